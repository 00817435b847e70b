"""A curly apostrophe is read as a straight one by the tagger and parser (pipeline.py,
``_read_curly_apostrophes_as_straight``); the text and its offsets stay as written."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text

CURLY = "\u2019"

# sentences written with straight apostrophes; each is also read with curly ones
SENTENCES = [
    "This wasn't empty rhetoric.",
    "They don't know it's there.",
    "She isn't a fool, and she's not a liar.",
    "The harbour board's plan won't work.",
    "I'm sure they'll say we'd lied.",
]


def _parse(nlp, text):
    return [(t.text.replace(CURLY, "'"), t.tag_, t.dep_, t.head.i) for t in nlp(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_curly_apostrophe_parses_as_a_straight_one(nlp, text):
    assert _parse(nlp, text.replace("'", CURLY)) == _parse(nlp, text)


def test_the_text_keeps_its_curly_apostrophes(nlp):
    text = f"The ferry wasn{CURLY}t late."
    doc = nlp(text)
    assert doc.text == text
    assert doc[3].text == f"n{CURLY}t"
    assert (doc[3].dep_, doc[3].tag_) == ("neg", "RB")


def test_a_closing_single_quotation_mark_keeps_its_own_reading(nlp):
    # the mark alone is a quotation mark, not the possessive of a straight apostrophe
    doc = nlp("The so-called \u2018experts\u2019 were wrong.")
    assert doc[6].text == CURLY
    assert doc[6].shape_ == CURLY


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # the negation is read, so the label is denied, as with a straight apostrophe
        (f"This wasn{CURLY}t empty rhetoric. It was backed by action.", []),
        (f"The levy isn{CURLY}t a disaster, whatever its critics say.", []),
        (f"The blog called the levy a disaster, and it{CURLY}s a hoax.", ["disaster", "hoax"]),
    ],
)
def test_marks_read_through_a_curly_apostrophe(nlp, text, terms):
    assert [t.term for t in analyze_text(text, nlp).loaded_terms] == terms
