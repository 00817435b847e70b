"""cr_assertions, reviewed with fresh sentences: a verb of feeling that takes the one who
feels as its object, and a comment clause that needs a clause before it to comment on.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import sentence_voices, vague_assertions

# -- "worry" both ways: the one who feels is its subject or its object --------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a storm causes a feeling; no one holds a view of it
        ("The gale worried the governor.", "unattributed"),
        ("The gale worried trawler crews along the coast.", "unattributed"),
        # a tariff is something the one who feels it holds a view of
        ("The new tariff worried the governor.", "reported"),
        # the one who feels is the subject, with what they fear
        ("Trawler crews worried that the gale would reach the harbour.", "reported"),
    ],
)
def test_worry_reads_its_object_as_the_one_who_feels(nlp, text, voice):
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


# -- "it is unclear": with a curled apostrophe, and when the parser hangs it on its clause ------

UNKNOWN = "'{}': does not say who knows or doubts this; no source is named."


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


# -- "liken": an analogy someone draws is their view ---------------------------------------------


def test_likening_is_a_view_of_the_ones_who_draw_it(nlp):
    text = "Critics have likened the toll plan to a tax on commuters."
    assert vague_assertions(nlp, text) == [
        (text, "Critics", "Attributed only to 'Critics'; no one is named.")
    ]


# -- a summing-up aside after what is reported is the writer's, with its own holder -------------


def test_a_point_others_dispute_is_not_in_the_speakers_words(nlp):
    text = "Varga said the levy was fair, a point that local officials have disputed."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == [
        (
            "that local officials have disputed",
            "local officials",
            "Attributed only to 'local officials'; no one is named.",
        )
    ]


def test_what_the_speaker_says_officials_dispute_stays_theirs(nlp):
    text = "Varga said local officials have disputed the levy."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


# -- "identify/classify X as Y": a label given by the subject ------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The coroner's office identified the dead man as Sam Reyes, 34.", "reported"),
        ("The agency classified the weed killer as a poison.", "reported"),
        # no "as": a sighting or a charge, not a label
        ("The guide identified three rare birds.", "unattributed"),
        ("The clinic billed the family $400.", "unattributed"),
    ],
)
def test_a_label_given_with_as_is_the_subjects(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]
