"""cr_quotes: verbs of saying that prescribe rather than report (``quotes/modality.py``): a verb
under a modal of obligation, a sentence the writer prescribes or judges, and modals inside a
report. Every text is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.quotes.modality import prescribed, prescribed_fact
from tests.analysis.helpers import named, quote_rows, sentence_voices

PERSON_ROWS = ("kind", "words", "cue", "person", "mention")


# Each case: a short text and each quote as PERSON_ROWS.
QUOTES = {
    # reports around modals stay reports
    "a_modal_inside_a_report": (
        "Bram Oster said she should know the result by Friday.",
        [
            (
                "indirect",
                "she should know the result by Friday",
                "say",
                "Bram Oster",
                "Bram Oster",
            )
        ],
    ),
    "must_have_said_is_a_report": (
        "Ada Murn must have said that the pier was unsafe.",
        [("indirect", "the pier was unsafe", "say", "Ada Murn", "Ada Murn")],
    ),
    "had_to_admit_is_a_report": (
        "Ada Murn had to admit that the pier was unsafe.",
        [("indirect", "the pier was unsafe", "admit", "Ada Murn", "Ada Murn")],
    ),
    "a_fragment_under_a_modal_inside_a_report": (
        'Ada Murn said voters should call the toll "a farce."',
        [("partial", "a farce.", "say", "Ada Murn", "Ada Murn")],
    ),
    "a_fragment_under_a_prescribed_verb_is_nobodys": (
        'Readers should call the toll "a farce."',
        [("scare", "a farce.", None, None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(QUOTES))
def test_the_quotes_found(nlp, text, expected):
    assert quote_rows(nlp, text, PERSON_ROWS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Voters should know that the council is corrupt.",
        "Readers must remember that the mayor lied.",
        "Residents need to know that the well water is unsafe.",
        "Commuters have to ask why the bridge is still shut.",
        "Voters ought to ask why the council lied.",
        "Let's remember that the mayor lied.",
        "Ada Murn should have known that the dam was weak.",
    ],
    ids=["should", "must", "need_to", "have_to", "ought_to", "lets", "should_have"],
)
def test_a_prescribed_verb_reports_nothing(nlp, text):
    assert quote_rows(nlp, text, PERSON_ROWS) == []


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Voters have to ask why the pier closed.", ["ask"]),
        ("The mayor has yet to explain why the pier closed.", []),
        ("It should be noted that our pier closed.", []),
    ],
    ids=["have_to", "has_yet_to", "impersonal_passive"],
)
def test_which_verbs_are_prescribed(nlp, text, verbs):
    assert [t.text for t in nlp(text) if prescribed(t)] == verbs


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Voters should know that the council lied.", ["know"]),
        ("Readers must remember that.", ["remember"]),
        ("Applicants must promise to pay the fee.", []),
        ("Ada Murn knows that the council lied.", []),
    ],
    ids=["should_know", "must_remember", "a_demanded_act", "a_report"],
)
def test_which_verbs_prescribe_a_fact(nlp, text, verbs):
    assert [t.text for t in nlp(text) if prescribed_fact(t)] == verbs


@pytest.mark.parametrize(
    "text",
    [
        "Readers in Tarsen should remember that.",
        "The board of Vell is corrupt, and voters should know it.",
        # an intention noun with a possessor and a predicate noun is the writer's verdict on it
        "Their agenda is a danger to every family in Vell.",
    ],
)
def test_a_sentence_the_writer_prescribes_or_judges_is_the_writers(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_speakers_plan_with_a_clause_is_still_reported(nlp):
    text = "Their plan is that the ferry should stop at Vell."
    assert sentence_voices(nlp, text)[0][1] == "reported"
