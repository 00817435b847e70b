"""The people finder's word lists (``people/lexicon.py``): malformed role mentions are rejected
and the packaged offices join their written forms."""

from __future__ import annotations

import pytest

from contextreader.analysis.people import parse_role_lexicon, role_lexicon


@pytest.mark.parametrize(
    ("mentions", "message"),
    [
        ({"same_office": [["mayor", "judge"]]}, r"same_office mixes classes"),
        ({"same_office": [["mayor", "sheriff"]]}, r"same_office must list groups"),
        ({"generic": ["boss"]}, r"generic has words not in \[roles\]"),
        ({"title_only": ["boss"]}, r"title_only has words not in \[roles\]"),
    ],
)
def test_malformed_role_mentions_are_rejected(mentions: dict[str, object], message: str) -> None:
    raw = {"roles": {"mayor": "mayor", "judge": "judge"}, "role_mentions": mentions}
    with pytest.raises(ValueError, match=message):
        parse_role_lexicon(raw)


def test_packaged_offices_join_their_written_forms() -> None:
    lex = role_lexicon()
    assert lex.office("sen.") == lex.office("senator") >= {"senator", "sen.", "sen"}
    assert lex.office("mayor") == frozenset({"mayor"})


def test_a_title_only_noun_is_a_role_only_with_its_capital() -> None:
    lex = role_lexicon()
    assert lex.role_class("Major") == "officer"
    assert lex.role_class("major") is None
    assert lex.classes_in("major donor") == set()
    assert lex.classes_in("Major") == {"officer"}


def test_an_investigator_is_no_officer() -> None:
    lex = role_lexicon()
    assert lex.classes_in("principal investigator") == {"investigator"}
    assert lex.classes_in("police inspector") == {"officer"}


def test_name_particles_are_the_particles_and_the_surname_openers() -> None:
    lex = role_lexicon()
    assert lex.name_particles == lex.particles | lex.surname_openers
    assert {"de", "van", "ben", "di"} <= lex.name_particles  # "Jan de Roe", "Luca Di Roe"
    assert not {"the", "and", "of", "jr"} & lex.name_particles  # no name's inner word
