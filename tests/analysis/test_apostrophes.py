"""A curly apostrophe is read as a straight one by the tagger and parser (pipeline.py,
``_read_curly_apostrophes_as_straight``); the text and its offsets stay as written."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text

CURLY = "\u2019"

# sentences written with straight apostrophes; each is also read with curly ones
SENTENCES = [
    "The harbour levy wasn't a tax.",
    "They don't know where we'll go.",
    "She isn't a fool, and they aren't liars.",
    "The plan won't work, and we've said so.",
    "I'm sure they'll say we'd lied.",
    "Ada O'Neal didn't vote.",
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
        (f"The harbour plan wasn{CURLY}t a sham; the work began a week later.", []),
        (f"The levy isn{CURLY}t a disaster, whatever its critics say.", []),
        (f"The blog called the levy a disaster, and it{CURLY}s a hoax.", ["disaster", "hoax"]),
    ],
)
def test_marks_read_through_a_curly_apostrophe(nlp, text, terms):
    assert [t.term for t in analyze_text(text, nlp).loaded_terms] == terms


@pytest.mark.parametrize(
    "text",
    [
        # curly "’s" keeps its own reading: read as straight, it took the possessive where it
        # stands for "is" and the report was lost
        f"Everybody{CURLY}s furious about the levy, a shopkeeper said.",
        f"Nobody{CURLY}s perfect, said the coach.",
        f"It{CURLY}s a disaster, the mayor said.",
    ],
)
def test_a_curly_s_that_stands_for_is_keeps_its_report(nlp, text):
    assert [q.kind for q in analyze_text(text, nlp).quotes] == ["indirect"]


def test_a_curly_possessive_s_is_a_possessive(nlp):
    doc = nlp(f"The council{CURLY}s plan is a mess.")
    assert (doc[2].tag_, doc[2].dep_) == ("POS", "case")
