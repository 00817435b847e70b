"""cr_assertions: wordings that hide who holds a view, or that hold none: a document owned by a
body named by what it is, a noun of stance voiced by the subject of "full of", a count of
clicks, a relative clause on a predicate noun, an unnamed source in a clause joined after the
outlet's own, and a verb of request with "for".

Every sentence here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, quote_rows, sentence_voices, vague_assertions

SOURCE = "Attributed only to '{}'; no one is named."


# Each case: a text and the voice of each of its sentences.
SENTENCES = {
    # a document owned by one body or person named by what it is is as named as its owner
    "a_bodys_annual_reports_name_their_source": (
        "Fires in the county rose in 2022, according to the fire service's annual reports.",
        ["reported"],
    ),
    "unnamed_officials_reports_stay_vague": (
        "Fires in the county rose in 2022, according to the officials' annual reports.",
        ["vague"],
    ),
    "an_indefinite_owners_report_stays_vague": (
        "Fires in the county rose in 2022, according to an official's report.",
        ["vague"],
    ),
    # "full of praise": the subject voices it
    "full_of_praise_is_the_subjects_own": (
        "The singer Mia Lorne was full of praise for her band.",
        ["reported"],
    ),
    "effusive_in_praise_is_the_subjects_own": (
        "Coach Ben Arlow was effusive in his praise of the young keeper.",
        ["reported"],
    ),
    # a count of clicks hides no holder; a small count of a view still does
    "a_large_count_of_likes_is_no_view": (
        "The video had been liked more than 80,000 times by Sunday.",
        ["unattributed"],
    ),
    "an_agentless_like_without_a_count_is_vague": (
        "The mural was widely liked.",
        ["vague"],
    ),
    # a relative clause on a predicate noun tells of the one the noun describes
    "a_predicate_noun_with_a_view_is_the_subjects": (
        "Ida Marsh ran the lab for years. She was a chemist who believed that data should "
        "be shared.",
        ["unattributed", "reported"],
    ),
    "a_bare_relative_of_saying_claims_nothing": (
        "Pell was a novice candidate who had never debated.",
        ["unattributed"],
    ),
    "unnamed_people_who_say_something_stay_vague": (
        "Critics who say the levy is too high have written to the council.",
        ["vague"],
    ),
    # "appealed for": a request by the subject, not the outlet's claim
    "an_appeal_for_witnesses_is_the_officers": (
        "Inspector Jan Roe said a cyclist was hurt. She appealed for anyone with footage of "
        "the crash to come forward.",
        ["reported", "reported"],
    ),
}


@pytest.mark.parametrize(("text", "voices"), named(SENTENCES))
def test_the_voice_of_each_sentence(nlp, text, voices):
    assert [v for _, v in sentence_voices(nlp, text)] == voices


def test_an_unnamed_source_after_the_outlets_own_clause_gets_only_its_clause(nlp):
    text = (
        "The two pills cost hundreds of pounds a month, and many clinics have refused to "
        "stock them."
    )
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
    assert vague_assertions(nlp, text) == [
        ("many clinics have refused to stock them", "many clinics", SOURCE.format("many clinics"))
    ]


def test_the_outlets_claim_ends_before_the_joined_clause_of_an_unnamed_source(nlp):
    text = "Bread prices doubled over the winter, and several bakers say flour will cost more."
    rep = analyze_text(text, nlp)
    assert [(a.status, text[slice(*a.span)]) for a in rep.assertions] == [
        ("unattributed", "Bread prices doubled over the winter"),
        ("vague", "several bakers say flour will cost more"),
    ]


def test_an_outlets_sentence_with_no_unnamed_source_keeps_its_whole_span(nlp):
    text = "Bread prices doubled over the winter, and the bakers raised their prices."
    rep = analyze_text(text, nlp)
    assert [(a.status, text[slice(*a.span)]) for a in rep.assertions] == [("unattributed", text)]


def test_an_unnamed_source_whose_clause_reports_the_whole_sentence_keeps_it(nlp):
    text = "The ferry was late, and the crew had left early, one worker said."
    assert sentence_voices(nlp, text) == [(text, "vague")]


def test_a_source_in_the_first_clause_keeps_the_sentence(nlp):
    text = "Some experts say the levy is too high, and many clinics have refused to pay it."
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague"]


def test_a_partial_quote_in_a_description_is_only_the_speakers(nlp):
    text = (
        "Dr. Ada Quell, who led the unit until 2015, said the work mattered. She described "
        'her as a surgeon who "trusted her hands more than her charts."'
    )
    assert vague_assertions(nlp, text) == []


def test_an_unnamed_source_sharing_the_main_subject_keeps_the_sentence(nlp):
    text = "Many commuters can't help but fear that fares will rise."
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague"]


def test_a_relative_clause_on_a_predicate_noun_for_a_thing_stays_the_things(nlp):
    text = "One exception is a survey of tenants, which found that rents rose."
    speakers = [r[0] for r in quote_rows(nlp, text, ("speaker",))]
    assert speakers and "One exception" not in speakers  # the survey (or its tenants) finds


# a verb of will or refusal whose subject is a thing: the outlet's claim about the thing
@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The old tractor refused to start in the cold.", "unattributed"),
        ("The podcast declined to name its guests.", "reported"),
        ("The ferry company refused to publish its accounts.", "reported"),
        ("Many residents want to keep the old pier.", "vague"),
    ],
)
def test_a_thing_that_refuses_holds_no_view(nlp, text, voice):
    assert [v for _, v in sentence_voices(nlp, text)] == [voice]
