"""cr_assertions: what claims nothing though it looks like a cue: acts that hide no claim,
stances demanded of someone, "so-called" names, storms and calls that hold no view.

Each text is invented; each test covers one rule of the sentence voice, with exact labels."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, sentence_voices, vague_assertions

NOUN = "'{}': no one is named as holding or voicing this; no source is named."


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # no one's claim
    "offering_nothing_gives_no_view": (
        "The so-called experts behind the scheme offer nothing.",
        "unattributed",
    ),
    "a_question_of_a_noun_is_an_issue": ("There is also a question of timing.", "unattributed"),
    "a_case_in_which_a_panel_ruled_is_no_ones_view": (
        "An ethics board later cleared him of misconduct in a separate complaint over a bill.",
        "unattributed",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


@pytest.mark.parametrize(
    "text",
    [
        "The council's video, posted on Tuesday, lasts two minutes.",
        "Her ferry plan is a battering ram aimed at our harbour.",
        "The email, sent on Friday, was two lines long.",
        "A warning was issued on Tuesday.",
    ],
)
def test_posting_and_aiming_are_acts_not_hidden_claims(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


# -- no one's claim --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Every councillor who values the harbour should reject this plan.",
        "The board must approve the budget by June.",
    ],
)
def test_a_stance_demanded_of_its_subject_is_the_writers(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_so_called_passes_on_no_hidden_claim(nlp):
    text = "Several clinics now serve the so-called Nordic diet to older patients."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
    assert vague_assertions(nlp, text) == []


def test_so_called_before_a_quoted_name_passes_on_a_label(nlp):
    text = 'The so-called "harbour renewal" would close the old pier.'
    assert [a[:2] for a in vague_assertions(nlp, text)] == [
        ('The so-called "harbour renewal"', "so-called")
    ]


def test_a_question_of_whether_is_still_asked(nlp):
    text = "There is also a question of whether the pier can reopen."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["a question"]


# -- a content clause moved past the verb of its noun ---------------------------------------------


def test_news_that_emerged_is_given_to_no_one(nlp):
    text = "News emerged on Friday that the cannery would close."
    assert vague_assertions(nlp, text) == [(text, "News", NOUN.format("News"))]


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready," Lena Voss said on a phone call with dock reporters.',
        # (the sentence that shows the rule: without it "a call" is a view from no one)
        "There was a call with dock reporters on Monday.",
    ],
)
def test_a_call_with_reporters_is_no_view(nlp, text):
    assert vague_assertions(nlp, text) == []


def test_the_fury_of_a_storm_is_no_ones_view(nlp):
    # "fury" is left out of the lists of feelings and reactions: in news it is as often weather
    text = "The full fury of the storm hit the coast on Monday."
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The cells can be charged from 10 to 80 percent in twelve minutes.", "unattributed"),
        ("The module was recalled in 2025.", "unattributed"),
        ("Dana Roe was charged with fraud on Friday.", "vague"),
    ],
)
def test_a_bare_passive_of_an_act_is_no_hidden_source(nlp: Language, text: str, voice: str) -> None:
    assert [s.voice for s in analyze_text(text, nlp).sentences] == [voice]


def test_an_imperative_look_is_a_request_not_an_impression(nlp: Language) -> None:
    text = "If you need a long battery, look elsewhere; the Pemberly Note lasts two days.\n"
    assert vague_assertions(nlp, text) == []
    assert sentence_voices(nlp, text) == [(text.strip(), "unattributed")]
    # an impression with a subject stays the outlet's own
    text = "The new keyboard looks flimsy beside the old one.\n"
    assert [c for _, c, _ in vague_assertions(nlp, text)] == ["looks"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # "decline" with no "to" clause or object tells of a fall, not a refusal
        (
            "Patients on the new drug declined 20 percent more slowly than the others.",
            "unattributed",
        ),
        ("Ferry traffic declined 8% last year.", "unattributed"),
        # with a "to" clause it is a refusal, and the subject is the one who declined (a
        # refusal to give words claims nothing: test_a_refusal_to_comment_claims_nothing)
        ("The ferry company declined to lower the fares.", "reported"),
    ],
)
def test_decline_takes_a_stance_only_with_an_object_or_infinitive(nlp: Language, text, voice):
    assert [v for _, v in sentence_voices(nlp, text)] == [voice]


def test_a_refusal_to_comment_claims_nothing(nlp):
    text = (
        "A spokesperson for the water board declined to comment. "
        "The ferry company refused to comment on the rumours. "
        "The firm refused to release its accounts."
    )
    assert sentence_voices(nlp, text) == [("The firm refused to release its accounts.", "reported")]


def test_a_refusal_to_comment_after_a_question_frame_keeps_the_frame(nlp):
    text = "Asked about the new coach on Friday, Lena Ruud refused to comment on the team."
    assert sentence_voices(nlp, text) == [(text, "vague")]
