"""Defects two usability reviews found in session 10, on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text


@pytest.mark.parametrize(
    "byline",
    ["By Priya Halloran, Health Correspondent", "By Priya Halloran, Staff Writer"],
)
def test_a_byline_description_is_no_person(nlp: Language, byline: str) -> None:
    text = f"Walking may slow memory loss\n\n{byline}\n\nWalking every day helps, a study found.\n"
    assert [p.name for p in analyze_text(text, nlp).people] == ["Priya Halloran"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tarn Mills chief executive Daniel Okafor said so.", "Tarn Mills chief executive"),
        ("The company's spokeswoman Celia Brandt said the board agreed.", "spokeswoman"),
        ("Castlemere head coach Ray Whitcombe praised the crowd.", "head coach"),
        ("Referee Colin Ashworth sent off two players.", "Referee"),
    ],
)
def test_a_role_right_before_a_name_in_any_case(nlp: Language, text: str, role: str) -> None:
    assert [p.role for p in analyze_text(text, nlp).people] == [role]


def test_lower_case_words_before_a_name_that_are_no_role(nlp: Language) -> None:
    text = "The visiting Daniel Okafor said the deal would close."
    assert [p.role for p in analyze_text(text, nlp).people] == [None]


def test_a_quote_split_by_its_tag_keeps_its_pieces(nlp: Language) -> None:
    text = '"We were second best for an hour," Helen Marsh said. "But the lads kept going."\n'
    report = analyze_text(text, nlp)
    [quote] = report.quotes
    assert [text[s:e] for s, e in quote.parts] == [
        "We were second best for an hour,",
        "But the lads kept going.",
    ]
    assert (
        report.quote_excerpt(quote) == "We were second best for an hour, … But the lads kept going."
    )


def test_partial_pieces_of_one_statement_keep_their_pieces(nlp: Language) -> None:
    text = 'Jan Roe called the plan "reckless" and "cruel" on Monday.\n'
    [quote] = analyze_text(text, nlp).quotes
    assert [text[s:e] for s, e in quote.parts] == ["reckless", "cruel"]


def test_a_quote_in_one_piece_has_no_pieces(nlp: Language) -> None:
    text = "\"We won,\" Helen Marsh said. 'It was hard,' she added.\n"
    assert [q.parts for q in analyze_text(text, nlp).quotes] == [[], []]
