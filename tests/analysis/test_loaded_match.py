"""Finding lexicon terms (``TermMatcher``): inflections, multi-word terms, forms, POS, case, order.

Each test builds a matcher over a few entries written here, so the cases do not move when the
curated lexicon changes, and asserts every (term, matched words) the matcher returns, in order.
Hand-made docs pin the lemmas and tags where a case depends on what the parser would say.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis.loaded.lexicon import Entry
from contextreader.analysis.loaded.matching import TermMatcher


def entry(term: str, **kw: object) -> Entry:
    return Entry(term=term, category="contentious label", note="a test entry", **kw)  # type: ignore[arg-type]


def found(matcher: TermMatcher, doc: Doc) -> list[tuple[str, str]]:
    return [(e.term, doc[s:x].text) for e, s, x in matcher.matches(doc)]


def hand_doc(nlp: Language, tagged: str) -> Doc:
    """A doc of "word/lemma/POS" items, tagged as a parser might have tagged them (no space
    around a hyphen)."""
    words, lemmas, pos = (
        list(col) for col in zip(*(t.split("/") for t in tagged.split()), strict=True)
    )
    spaces = ["-" not in (w, nxt) for w, nxt in zip(words, [*words[1:], ""], strict=True)]
    return Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor smeared her rival, and she smears him still.",
            [("smear", "smeared"), ("smear", "smears")],
        ),
        ("Critics called it a witch hunt.", [("witch hunt", "witch hunt")]),
        ("The witch hunts went on.", [("witch hunt", "witch hunts")]),
        ("THE WITCH HUNT GOES ON", [("witch hunt", "WITCH HUNT")]),
        # "Witch" tagged as a name keeps its capital as its lemma; "hunts" is found by its lemma
        ("Witch hunts never end.", [("witch hunt", "Witch hunts")]),
        # "killing" has the lemma "kill" here; the term's word is found as written
        ("The killing fields were quiet.", [("killing field", "killing fields")]),
    ],
)
def test_inflections_and_multi_word_terms(nlp: Language, text: str, expected: list) -> None:
    matcher = TermMatcher(nlp, [entry("smear"), entry("witch hunt"), entry("killing field")])
    assert found(matcher, nlp(text)) == expected


def test_one_word_by_form_the_next_by_lemma(nlp: Language) -> None:
    matcher = TermMatcher(nlp, [entry("left-winger"), entry("killing field")])
    doc = hand_doc(
        nlp,
        "Left/leave/VERB -/-/PUNCT wingers/winger/NOUN and/and/CCONJ killed/kill/VERB"
        " fields/field/NOUN",
    )
    # "killed fields" shares the lemmas of "killing fields" but neither word is the term's
    assert found(matcher, doc) == [("left-winger", "Left-wingers")]


def test_forms_match_only_as_written(nlp: Language) -> None:
    matcher = TermMatcher(
        nlp,
        [
            entry("illegals", match="form"),
            entry("demonize", forms=("demonise",)),
        ],
    )
    doc = nlp("An illegal act: they demonise the illegals, demonised them and demonize us.")
    # "illegal" is not the form "illegals"; "demonised" is neither the lemma "demonize" nor the
    # form "demonise" as written
    assert found(matcher, doc) == [
        ("demonize", "demonise"),
        ("illegals", "illegals"),
        ("demonize", "demonize"),
    ]


def test_a_hyphened_form_inflects_as_its_term(nlp: Language) -> None:
    matcher = TermMatcher(
        nlp, [entry("rubber stamp", forms=("rubber-stamp",)), entry("sell out", match="form")]
    )
    doc = hand_doc(
        nlp,
        "They/they/PRON rubber/rubber/NOUN -/-/PUNCT stamped/stamp/VERB it/it/PRON and/and/CCONJ"
        " rubber/rubber/NOUN -/-/PUNCT stamps/stamp/NOUN sell/sell/VERB outs/out/NOUN",
    )
    # an entry matched only as written does not inflect its forms either
    assert found(matcher, doc) == [
        ("rubber stamp", "rubber-stamped"),
        ("rubber stamp", "rubber-stamps"),
    ]


def test_pos_restricts_one_word_terms_not_forms(nlp: Language) -> None:
    matcher = TermMatcher(nlp, [entry("slam", pos=frozenset({"VERB"}), forms=("slams",))])
    doc = hand_doc(
        nlp,
        "Critics/critic/NOUN slammed/slam/VERB the/the/DET grand/grand/ADJ slam/slam/NOUN"
        " and/and/CCONJ the/the/DET slams/slam/NOUN",
    )
    assert found(matcher, doc) == [("slam", "slammed"), ("slam", "slams")]


def test_capitalised_word_in_a_title_is_found(nlp: Language) -> None:
    # whether "Regime" here is a name is for the context rules in loaded/ to decide
    matcher = TermMatcher(nlp, [entry("regime")])
    doc = nlp("Regime Change Films Opens Office in Dunmore")
    assert doc[0].pos_ == "PROPN"
    assert found(matcher, doc) == [("regime", "Regime")]


def test_each_match_once_in_text_order(nlp: Language) -> None:
    entries = [
        entry("hunt"),
        entry("witch hunt", forms=("witch hunts",)),
        entry("lie"),
        entry("lies", match="form"),
    ]
    matcher = TermMatcher(nlp, entries)
    doc = hand_doc(
        nlp,
        "lies/lie/NOUN and/and/CCONJ witch/witch/NOUN hunts/hunt/NOUN",
    )
    # "witch hunts" by the form and by the lemma is one match; at "lies" the entry written as
    # the text ("lies") comes before the one found through the lemma ("lie")
    assert [(e.term, s, x) for e, s, x in matcher.matches(doc)] == [
        ("lies", 0, 1),
        ("lie", 0, 1),
        ("witch hunt", 2, 4),
        ("hunt", 3, 4),
    ]
