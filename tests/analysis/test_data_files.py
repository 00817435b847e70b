"""The hand-kept data files fail loudly, naming the table at fault, when a list is malformed."""

import pytest

from contextreader.analysis.lexicon import LexiconError, load_lexicon_text
from contextreader.analysis.people import parse_role_lexicon, role_lexicon

ROLES = {"roles": {"mayor": "mayor"}, "honorifics": {"ms.": "female"}}


def test_packaged_role_nouns_load_with_every_list():
    lex = role_lexicon()
    assert lex.roles["mayor"] == "mayor"
    assert {"van", "bin"} <= lex.particles
    assert "jr." in lex.suffixes
    assert "husband" in lex.kinship
    assert "next" in lex.not_anaphoric


def test_packaged_role_nouns_hold_the_months_portfolios_and_newsroom_credits():
    lex = role_lexicon()
    assert {"may", "june"} <= lex.months
    assert {"ministry", "committee"} <= lex.portfolio_nouns
    assert {"writer", "reporters"} <= lex.staff_titles
    assert {"correspondent", "desk"} <= lex.desks


def test_months_portfolios_and_newsroom_credits_come_from_the_data():
    lex = parse_role_lexicon(
        {
            **ROLES,
            "not_person": {"months": ["may"]},
            "named_things": {"portfolios": ["bureau"]},
            "bylines": {"staff_titles": ["editor"], "desks": ["newsroom"]},
        }
    )
    assert lex.months == frozenset({"may"})
    assert lex.portfolio_nouns == frozenset({"bureau"})
    assert lex.staff_titles == frozenset({"editor"})
    assert lex.desks == frozenset({"newsroom"})
    assert parse_role_lexicon(ROLES).desks == frozenset()


def test_particles_come_from_the_data():
    lex = parse_role_lexicon({**ROLES, "name_parts": {"particles": ["ter"]}})
    assert lex.particles == frozenset({"ter"})
    assert lex.honorifics == {"ms.": "female"}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({**ROLES, "name_parts": {"particles": "van"}}, r"\[name_parts\] particles"),
        ({**ROLES, "name_parts": {"suffixes": ["Jr."]}}, r"\[name_parts\] suffixes"),
        ({**ROLES, "kinship": {"words": ["aunt", 3]}}, r"\[kinship\] words"),
        ({**ROLES, "role_mentions": {"not_anaphoric": [""]}}, r"\[role_mentions\]"),
        ({**ROLES, "honorifics": {"mr.": "man"}}, r"\[honorifics\] has unknown value"),
        ({**ROLES, "gendered": {"king": 1}}, r"\[gendered\] must map"),
        ({"honorifics": {}}, r"\[roles\] must map"),
        ({**ROLES, "titles": {}}, r"unknown table\(s\) \['titles'\]"),
        ({**ROLES, "not_person": {"months": ["May"]}}, r"\[not_person\] months"),
        ({**ROLES, "named_things": {"portfolios": "ministry"}}, r"\[named_things\] portfolios"),
        ({**ROLES, "bylines": {"desks": ["Desk"]}}, r"\[bylines\] desks"),
        ({**ROLES, "bylines": {"staff_titles": [""]}}, r"\[bylines\] staff_titles"),
    ],
)
def test_malformed_role_nouns_are_rejected(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_role_lexicon(raw)


def test_lexicon_pos_must_be_a_list_of_tags():
    text = (
        '[context]\nscare_quote_note = "A note."\n[[category]]\nname = "puffery"\n'
        'entries = [{ term = "stellar", pos = "ADJ", note = "A note." }]\n'
    )
    with pytest.raises(LexiconError, match="'pos' must be a list"):
        load_lexicon_text(text)
