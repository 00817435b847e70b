"""Paragraph breaks start sentences; headings are whole short lines that do not end a sentence;
no sentence starts inside a line after a word no sentence ends on, and a clock time in a
title-case headline does not split it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.paragraphs import (
    is_byline,
    is_heading,
    sentence_is_heading,
    span_is_heading,
)
from contextreader.analysis.pipeline import analyze_text, doc_text
from contextreader.io.article import article_from_text
from contextreader.report import Report
from tests.analysis.helpers import quote_rows

TEXT = (
    "date 2020-01-02\n"
    "Harbour Council Backs New Ferry Plan\n\n"
    "The council voted on Monday. It was close.\n\n"
    "What Happens Next\n\n"
    "Work starts in May, officials said\n"
    "and the ferry runs from June."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbour Council Backs New Ferry Plan", True),
        ("What Happens Next", True),
        ("The council voted on Monday.", False),
        ("Work starts in May, officials said", False),
        ("Ferry", False),
        ("TARNBY", True),
        ("STOKE-ON-TRENT", True),
        ("UK", False),
        ("TARNBY.", False),
        ("“Quote Here,” Said Someone.", False),
    ],
)
def test_is_heading(line, expected):
    assert is_heading(line) is expected


def test_line_breaks_start_sentences_and_headings_are_found(nlp):
    article = article_from_text(TEXT)
    doc = nlp(doc_text(article))
    text = doc.text
    found = [
        (s.text.strip(), sentence_is_heading(s), span_is_heading(text, s.start_char, s.end_char))
        for s in doc.sents
        if s.text.strip()
    ]
    assert found == [
        ("Harbour Council Backs New Ferry Plan", True, True),
        ("The council voted on Monday.", False, False),
        ("It was close.", False, False),
        ("What Happens Next", True, True),
        ("Work starts in May, officials said", False, False),
        ("and the ferry runs from June.", False, False),
    ]


def _headings(nlp, text: str) -> list[tuple[str, bool]]:
    """Each sentence as (its words, whether the report calls it a heading)."""
    rep = analyze_text(text, nlp)
    return [(text[slice(*s.span)], s.heading) for s in rep.sentences]


def _people(report: Report) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in report.people]


def test_a_capitalised_clock_time_in_a_title_case_headline_does_not_split_it(nlp):
    text = "Storm Hits Harbour At 2 A.M. In Coastal Towns\n\nThe storm passed by noon."
    assert _headings(nlp, text) == [
        ("Storm Hits Harbour At 2 A.M. In Coastal Towns", True),
        ("The storm passed by noon.", False),
    ]


def test_a_lower_case_clock_time_still_ends_a_sentence(nlp):
    text = "The storm reached the coast at 2 a.m. The toll rose by noon."
    assert _headings(nlp, text) == [
        ("The storm reached the coast at 2 a.m.", False),
        ("The toll rose by noon.", False),
    ]


# -- sentence starts -----------------------------------------------------------------------------


def test_no_sentence_starts_inside_a_line_after_a_word_no_sentence_ends_on(
    nlp: Language,
) -> None:
    text = (
        "Analysis: the union threatens a strike at Brenmoor\n\n"
        "Union leader Tomas Quill said on Monday that workers would walk out.\n"
    )
    doc = nlp(text)
    # a label for the kind of piece is a sentence of its own
    assert [s.text.strip() for s in doc.sents] == [
        "Analysis:",
        "the union threatens a strike at Brenmoor",
        "Union leader Tomas Quill said on Monday that workers would walk out.",
    ]
    assert _people(analyze_text(text, nlp)) == [("Tomas Quill", "Union leader")]


def test_a_sentence_still_starts_after_a_full_stop_inside_a_line(nlp: Language) -> None:
    doc = nlp("The pier closed on Monday. Workers left the site.")
    assert [s.text.strip() for s in doc.sents] == [
        "The pier closed on Monday.",
        "Workers left the site.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a unit letter on a figure is no abbreviation: its full stop ends the sentence
        (
            "The bridge cost $40m. Engineers said it was safe.",
            ["The bridge cost $40m.", "Engineers said it was safe."],
        ),
        (
            "The fund lost £7m. Its trustees met on Friday.",
            ["The fund lost £7m.", "Its trustees met on Friday."],
        ),
        (
            "The mill was sold for $3M. The buyer kept the staff.",
            ["The mill was sold for $3M.", "The buyer kept the staff."],
        ),
        # abbreviations that do not end a sentence stay whole
        ("The ferry leaves at 6 p.m. on weekdays.", ["The ferry leaves at 6 p.m. on weekdays."]),
        ("Mr. Okafor said the ferry was late.", ["Mr. Okafor said the ferry was late."]),
        # a letter after a space is no unit on a figure
        ("See item b. The list goes on.", ["See item b.", "The list goes on."]),
    ],
)
def test_a_unit_on_a_figure_ends_a_sentence(nlp: Language, text: str, sentences: list[str]) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_a_source_after_a_sum_in_millions_is_found(nlp: Language) -> None:
    text = (
        "The refit ran over budget, to more than $12m. "
        "Sources close to the yard said the owner had added a deck."
    )
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == [
        ("indirect", "the owner had added a deck", "Sources close to the yard")
    ]


def test_a_lower_case_word_after_an_exclaimed_quote_goes_on_with_the_sentence(nlp):
    text = (
        'Crowds filled the square, chanting "Ninety days, not one more!" and "Hands off our '
        'wages!" Police watched.'
    )
    sents = [s.text for s in nlp(text).sents]
    assert sents == [
        'Crowds filled the square, chanting "Ninety days, not one more!" and "Hands off our '
        'wages!"',
        "Police watched.",
    ]
    assert quote_rows(nlp, text, ("kind", "speaker")) == [("partial", "Crowds")]


def test_a_capital_after_an_exclaimed_quote_still_opens_a_sentence(nlp):
    # guard: only a lower-case word goes on with the sentence
    text = 'Fans sang "Up the Rovers!" Police watched.'
    assert [s.text for s in nlp(text).sents] == ['Fans sang "Up the Rovers!"', "Police watched."]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("By the press desk", True),
        ("From our correspondent", True),
        ("By the river bank", False),
        ("By the desk of the harbour master", False),
        ("From our own correspondent", True),
        ("By our Washington correspondent", True),
        ("From our health correspondent", True),
    ],
)
def test_a_desk_after_by_the_is_a_byline(line, credit):
    assert is_byline(line) is credit
