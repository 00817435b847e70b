"""People found in session 11's reviews. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text


def names(nlp, text: str) -> list[str]:
    return [p.name for p in analyze_text(text, nlp).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turnout at the emergency shelters was high, said Mayor Greta Okonkwo.",
            ["Greta Okonkwo"],
        ),
        (
            "Floodwater rose through Hallerton on Tuesday. Mayor Greta Okonkwo said it was bad.",
            ["Greta Okonkwo"],
        ),
    ],
    ids=["turnout", "floodwater"],
)
def test_a_common_noun_opening_a_sentence_is_no_person(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port board met on Monday. Brennan said the shelters were full.", ["Brennan"]),
        ("The port board met on Monday. Brennan's aide said the shelters were full.", ["Brennan"]),
        (
            "The port board met on Monday. Brennan has given his whole career to the port.",
            ["Brennan"],
        ),
        ("The port board met on Monday. Brennan is a reporter for the Harbour Wire.", ["Brennan"]),
    ],
    ids=["speaker", "owner", "pronoun", "role"],
)
def test_a_surname_named_once_at_a_sentence_start_stays(nlp, text, expected):
    assert names(nlp, text) == expected
