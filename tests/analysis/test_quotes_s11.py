"""Quotes found in session 11's reviews. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, quote_rows

SPEAKERS = ("words", "person", "speaker")


# Each case: a short text and each quote as (words, person, speaker as written).
SPEAKER_CASES = {
    "a_pronoun_after_one_worker_is_that_worker": (
        "Station manager Alice Pembury said crews came quickly.\n\n"
        'One worker said she had lost her job. "We have nowhere to go," she said.',
        [
            ("crews came quickly", "Alice Pembury", "Alice Pembury"),
            ("she had lost her job", None, "One worker"),
            ("We have nowhere to go,", None, "One worker"),
        ],
    ),
    "an_unnamed_neighbour_is_no_one_named": (
        "Station manager Alice Pembury said crews came quickly.\n\n"
        "A neighbour, who asked not to be named, said he smelt smoke.",
        [
            ("crews came quickly", "Alice Pembury", "Alice Pembury"),
            ("he smelt smoke", None, "A neighbour"),
        ],
    ),
    "a_pronoun_after_a_farmer_is_that_farmer": (
        "Mayor Ilse Varga said the border would open.\n\n"
        'A farmer near the crossing was waiting. "We just want to sell apples," she said.',
        [
            ("the border would open", "Ilse Varga", "Ilse Varga"),
            ("We just want to sell apples,", None, "A farmer"),
        ],
    ),
    "a_named_subject_after_the_unnamed_one_keeps_the_pronoun": (
        'A guard opened the gate. Mayor Ilse Varga walked in.\n\n"We are ready," she said.',
        [("We are ready,", "Ilse Varga", "she")],
    ),
    "a_role_with_the_points_back_to_the_person_named": (
        "Senator Dana Whitcombe met voters in Ashby.\n\n"
        "The senator is a keen runner. She said the race was close.",
        [("the race was close", "Dana Whitcombe", "She")],
    ),
    "the_byline_writer_is_never_he_or_she": (
        "Council approves bus lanes\n\nBy Hamish Tolland\n\n"
        "The council approved three bus lanes on Monday. She said the plan was late.",
        [("the plan was late", None, "She")],
    ),
    "interrupting_someone_to_say_is_the_subjects_words": (
        "Councillor Ada Baptiste interrupted the mayor to say the figures were old.",
        [("the figures were old", "Ada Baptiste", "Ada Baptiste")],
    ),
    "the_woman_after_a_named_woman_is_her": (
        "Greta Holm won the harbour lottery last week. The woman has not yet collected the "
        'prize. "I am still in shock," she said.',
        [("I am still in shock,", "Greta Holm", "she")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(SPEAKER_CASES))
def test_the_speaker_of_each_quote(nlp, text, expected):
    assert quote_rows(nlp, text, SPEAKERS) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "who did not want to be named",
        "who asked not to be named",
        "who wished not to be identified",
    ],
)
def test_a_condition_of_anonymity_is_no_quote(nlp, clause):
    text = f"A witness, {clause}, said he saw a van."
    assert quote_rows(nlp, text, SPEAKERS) == [("he saw a van", None, "A witness")]


def test_an_as_aside_before_a_quote_gives_the_quote_not_the_clause(nlp):
    text = (
        "A fierce negotiator, Senator Ada Vell could win over rivals and then, as one colleague "
        'put it, "make them think it was their idea."'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert rows == [("direct", "make them think it was their idea.", "one colleague")]


def test_the_writers_own_i_is_shown_as_the_writer(nlp):
    text = "Let me say it plainly: the harbour plan is a reckless gamble with our money."
    assert quote_rows(nlp, text, ("words", "person", "speaker")) == [
        ("the harbour plan is a reckless gamble with our money", None, "the writer")
    ]
    voices = {t.term: t.voice for t in analyze_text(text, nlp).loaded_terms}
    assert voices.get("reckless") == "outlet"


def test_a_report_never_holds_the_dateline(nlp):
    text = (
        "Ferry row\n\nPORTHAVEN, May 2 (Harbour Wire) - The ferry will stop in June, "
        "officials said."
    )
    assert quote_rows(nlp, text, ("words", "speaker")) == [
        ("The ferry will stop in June", "officials")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The utilities' trade body, Water Providers Northbay, said it was studying the bill.",
            "Water Providers Northbay",
        ),
        (
            "Industry group the Digital Reading Council has said shipments fell last year.",
            "Digital Reading Council",
        ),
    ],
)
def test_a_body_named_beside_its_noun_speaks_by_its_name(nlp, text, speaker):
    assert [row[-1] for row in quote_rows(nlp, text, ("words", "speaker"))] == [speaker]


def test_a_kicker_in_capitals_is_no_speaker(nlp):
    text = 'FACT CHECK: Did crime in Port Aldwin really "double" under Mayor Ada Quist?\n\nBody.'
    assert [row[-1] for row in quote_rows(nlp, text, ("words", "speaker"))] == [None]
