"""cr_assertions: hedges and impressions the outlet gives as its own ("looks", "seemingly", a
superlative measured by experience) and hearsay words such as "alleged".

Each text is invented; each test covers one rule of the sentence voice, with exact labels."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, sentence_voices, vague_assertions

# -- impressions and labels from no one ----------------------------------------------------------

HEDGE = "'{}': the outlet's own impression; no source is named for it."


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    "a_view_of_the_same_people_outside_a_superlative_stays_theirs": (
        "The valley has seen worse, residents say.",
        "vague",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


def test_alleged_is_still_hearsay(nlp):
    text = "The alleged thief was seen near the pier."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["alleged"]


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


def test_looks_with_a_complement_is_an_impression(nlp):
    text = "The harbor plan looks increasingly doomed."
    assert vague_assertions(nlp, text) == [(text, "looks", HEDGE.format("looks"))]


def test_looks_to_with_a_verb_is_an_aim(nlp):
    text = "The harbor board looks to sign a new contractor by June."
    assert vague_assertions(nlp, text) == []


def test_seemingly_passes_an_impression_on(nlp):
    text = "The pier was seemingly untouched by the storm."
    assert [c for _, c, _ in vague_assertions(nlp, text)] == ["seemingly"]
