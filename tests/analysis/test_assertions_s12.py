"""cr_assertions, session 12: yardsticks of experience on a superlative are the writer's own
comparison, not a view given to anyone.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.paragraphs import is_byline
from tests.analysis.helpers import named, sentence_voices, vague_assertions


@pytest.mark.parametrize(
    "text",
    [
        "The flooding is the worst the valley has seen in a decade.",
        "It was the longest queue the depot had seen since 1990.",
        "The ferry plan is the boldest idea islanders have heard in years.",
    ],
)
def test_a_superlative_measured_by_experience_is_the_outlets_own(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


# -- a live blog's furniture -----------------------------------------------------------------------

LIVE = (
    "Storm hits Tarrow coast\n\n"
    "Tarrow Courier staff\n\n"
    "UPDATE: 9:42 pm\n\n"
    "Welcome to our live coverage of the storm in Tarrow.\n\n"
    "The harbour wall has been breached.\n"
)


def test_a_newsroom_credit_a_time_stamp_and_a_greeting_claim_nothing(nlp):
    assert sentence_voices(nlp, LIVE) == [
        ("Storm hits Tarrow coast", "unattributed"),
        ("The harbour wall has been breached.", "unattributed"),
    ]


def test_an_update_with_news_after_its_colon_is_news(nlp):
    text = "UPDATE: The harbour wall has been breached."
    assert "unattributed" in [voice for _, voice in sentence_voices(nlp, text)]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Tarrow Courier staff", True),
        ("Courier staff and agencies", True),
        ("From staff reports", True),
        ("By Jan Roe", True),
        ("Staff", False),
        ("Cuts hit hospital staff", False),
        ("Hospital staff were told to leave", False),
    ],
)
def test_a_newsroom_credit_is_a_byline(line, credit):
    assert is_byline(line) is credit


# -- people counted, not named ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some senators said the levy was dead.",
        "Several Republicans said the levy was dead.",
        "A few councillors have called for an inquiry into the levy.",
    ],
)
def test_people_counted_by_a_quantifier_are_a_vague_source(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "vague")]


# -- a framing participle ---------------------------------------------------------------------


def test_a_framing_participle_leaves_the_main_clause_to_the_outlet(nlp):
    text = "Asked whether she regretted the book, Ada Kirlow paused for a long time."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
    assert [a[0] for a in vague_assertions(nlp, text)] == ["Asked whether she regretted the book"]


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    "a_view_of_the_same_people_outside_a_superlative_stays_theirs": (
        "The valley has seen worse, residents say.",
        "vague",
    ),
    # people counted, not named
    "people_named_by_their_office_with_the_article_are_not_counted": (
        "The senators said the levy was dead.",
        "reported",
    ),
    # a framing participle
    "a_framing_participle_before_a_report_leaves_the_report_its_speakers": (
        "Asked about the strike, the mayor said the talks would resume.",
        "reported",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]
