"""cr_assertions: what is said to be known or in doubt, what a study finds, feelings and
debates no one is named as holding, impressions, and comment clauses at a sentence's end.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, sentence_voices, vague_assertions

UNKNOWN = "'{}': does not say who knows or doubts this; no source is named."
NOUN = "'{}': no one is named as holding or voicing this; no source is named."
HEDGE = "'{}': the outlet's own impression; no source is named for it."

# -- known, unknown, in doubt: no one is named as knowing or doubting --------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is not clear whether the ferry will run in March.", "It is not clear"),
        ("It was doubtful the pier would open on time.", "It was doubtful"),
        ("Whether the mill will reopen is unknown.", "is unknown"),
    ],
)
def test_a_clause_known_or_in_doubt_is_no_ones(nlp, text, cue):
    assert vague_assertions(nlp, text) == [(text, cue, UNKNOWN.format(cue))]


# -- what a poll, a study or a record finds -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ferry ran at a loss for years, tax filings gathered by the Harbour Trust show.",
        "The toll will rise in May, the ferry board told reporters on Monday.",
    ],
)
def test_a_comment_clause_at_the_end_gives_the_sentence(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


# -- feelings and debates that no one is named as holding ---------------------------------------


def test_a_feeling_about_something_with_no_one_feeling_it_is_vague(nlp):
    text = "There is widespread anger over the new ferry toll."
    cue = "widespread anger"
    assert vague_assertions(nlp, text) == [(text, cue, NOUN.format(cue))]


def test_a_debate_about_something_is_vague(nlp):
    text = "The flood reopened an old debate about harbour walls."
    assert vague_assertions(nlp, text) == [(text, "an old debate", NOUN.format("an old debate"))]


# -- impressions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The two unions appeared closer to a deal on wages.", "appeared"),
        ("Counting the votes again seemed beside the point.", "seemed"),
        ("The harbour talks appeared as if they would end early.", "appeared"),
    ],
)
def test_an_impression_with_a_predicate_is_the_outlets_own(nlp, text, cue):
    assert vague_assertions(nlp, text) == [(text, cue, HEDGE.format(cue))]


# -- unnamed groups joined together; feelings shared by joined words ---------------------------


def test_unnamed_people_joined_to_an_unnamed_group_are_vague(nlp):
    text = "Boat owners and legal experts said the fee will not last."
    source = "Boat owners and legal experts"
    note = f"Attributed only to '{source}'; no one is named."
    assert vague_assertions(nlp, text) == [(text, source, note)]


def test_joined_feelings_share_what_they_are_about(nlp):
    text = "Many residents were pleased and relieved at the news of the vote."
    note = "Attributed only to 'Many residents'; no one is named."
    assert vague_assertions(nlp, text) == [(text, "Many residents", note)]


@pytest.mark.parametrize(
    "text",
    [
        "A new harbour poll gave Quist a six-point lead.",
        "The county tally gives Brink 412 votes.",
    ],
)
def test_a_poll_or_count_that_places_someone_reports_its_finding(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


# -- works about something; intentions ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quist gave a short talk about the old lighthouse.",
        "There are two films about the ferry crash.",
    ],
)
def test_a_work_about_something_tells_it(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


def test_a_verb_that_only_cues_quotes_reports_nothing_alone(nlp):
    # "continues to grow" is no report; the agentless "expected" is the only view left
    text = "Ferry traffic continues to grow with more boats expected next year."
    assert [(span, cue) for span, cue, _ in vague_assertions(nlp, text)] == [(text, "expected")]


def test_a_passive_view_with_its_own_subject_inside_an_object_is_no_ones(nlp):
    text = "The caucuses help in determining the wardens who are expected to back Tamsin Roe."
    assert [(span, cue) for span, cue, _ in vague_assertions(nlp, text)] == [
        ("who are expected to back Tamsin Roe", "are expected")
    ]


def test_a_title_case_headline_with_a_plural_reaction_is_vague(nlp):
    text = "Mayor Visit To Flooded Pier Brings Allegations Of Neglect."
    assert [(span, cue) for span, cue, _ in vague_assertions(nlp, text)] == [(text, "Allegations")]


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # known, unknown, in doubt: no one is named as knowing or doubting
    "clear_with_no_clause_is_the_outlets_own": ("The water in the bay is clear.", "unattributed"),
    # what a poll, a study or a record finds
    "a_survey_that_finds_reports_its_finding": (
        "The harbour survey finds most boat owners against the toll.",
        "reported",
    ),
    "a_person_who_finds_something_makes_a_discovery": (
        "Mara Quist found the keys under the boat.",
        "unattributed",
    ),
    "a_phrase_after_a_comma_is_no_comment_clause": (
        "Quist trailed Brink in the race, by five points.",
        "unattributed",
    ),
    # feelings and debates that no one is named as holding
    "a_debate_on_a_day_is_an_event": (
        "The debate on Tuesday drew five million viewers.",
        "unattributed",
    ),
    # impressions
    "appearing_somewhere_is_no_impression": (
        "Mara Quist appeared on television on Monday.",
        "unattributed",
    ),
    # unnamed groups joined together; feelings shared by joined words
    "a_named_person_among_the_sources_names_someone": (
        "Boat owners and Jan Roe said the fee will not last.",
        "reported",
    ),
    "a_call_for_someone_to_act_is_a_wish": (
        "Mara Quist has called for the ferry fares to be cut.",
        "reported",
    ),
    "a_person_who_gives_something_acts": (
        "Quist gave the harbour master a new boat.",
        "unattributed",
    ),
    # works about something; intentions
    "an_intention_with_a_holder_is_theirs": (
        "Quist is buying boats as part of her plan to double the fleet.",
        "reported",
    ),
    "an_intention_with_no_holder_points_back_and_is_no_claim": (
        "The plan to rebuild the pier will cost five million.",
        "unattributed",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


# -- a comment clause at a sentence's end reports the clause before it --------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # an adverbial before the comma is no reported clause: "added" is a plain act
        ("In addition, the township added 40 bus stops.", "unattributed"),
        # a clause before the comma is what the speaker reports
        ("The fares will rise, Mayor Ines Varga told a council panel Tuesday.", "reported"),
    ],
)
def test_comment_clause_needs_a_clause_to_report(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


# -- "data" finds and places, though the model's lemma for it is "datum" ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The data found a gap in pay between the two plants.",
        "The data put the jobless rate at 5 percent.",
    ],
)
def test_data_report_their_findings(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It\u2019s unclear whether the night bus will run.", "It\u2019s unclear"),
        ("It's unclear whether the night bus will run.", "It's unclear"),
    ],
)
def test_a_contracted_it_is_unclear_is_no_ones(nlp, text, cue):
    assert vague_assertions(nlp, text) == [(text, cue, UNKNOWN.format(cue))]


def test_it_was_doubtful_hung_on_the_clause_after_it_is_no_ones(nlp):
    text = "A loss could have ended the mayor's bid, though it was doubtful she would quit soon."
    cue = "it was doubtful"
    assert vague_assertions(nlp, text) == [(text, cue, UNKNOWN.format(cue))]


def test_clear_weather_is_no_doubt(nlp):
    text = "It\u2019s clear and cold on the coast today."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
