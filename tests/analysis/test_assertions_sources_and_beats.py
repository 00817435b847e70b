"""cr_assertions: a source phrase that holds a person's name set beside it, a commitment
whose holder is the subject, a named venue beside a common noun, and narrative beats (a
gesture by a person) that claim nothing."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text


def _voice(nlp, text, sentence):
    rep = analyze_text(text, nlp)
    start = text.index(sentence)
    (s,) = [s for s in rep.sentences if s.span[0] == start]
    return s.voice


def _marked(nlp, text):
    rep = analyze_text(text, nlp)
    return {text[a.span[0] : a.span[1]]: a.status for a in rep.assertions}


# A: a comma-set name beside the source noun, or beside the one person it speaks for


def test_name_set_beside_a_role_in_the_source_phrase_names_someone(nlp):
    text = (
        "A spokesperson for the district attorney, Fenella Groves, said the criticism was unfair."
    )
    assert _marked(nlp, text) == {}


def test_name_beside_a_spokesperson_names_someone(nlp):
    text = "A spokesperson for the mayor, Jan Roe, said the criticism was unfair."
    assert _marked(nlp, text) == {}


def test_source_phrase_with_no_name_stays_vague(nlp):
    text = "A spokesperson for the district attorney said the criticism was unfair."
    assert _marked(nlp, text) == {text: "vague"}


def test_name_beside_a_company_names_no_speaker(nlp):
    text = "A spokesperson for the company, Tarn Logistics, said the criticism was unfair."
    rep = analyze_text(text, nlp)
    (a,) = rep.assertions
    assert a.status == "vague"
    assert "no one is named" in (a.note or "")


def test_one_name_beside_the_boss_of_many_aides_stays_vague(nlp):
    text = "Aides to the district attorney, Fenella Groves, said the criticism was unfair."
    assert _marked(nlp, text) == {text: "vague"}


# B: a commitment that is the basis of what the subject does is the subject's


def test_promise_run_on_by_a_relative_clause_antecedent_is_theirs(nlp):
    text = "Dana Pirk, who ran on a promise to cut bus fares, won the seat by 40 votes."
    assert _marked(nlp, text) == {}
    assert _voice(nlp, text, text) == "reported"


def test_pledge_campaigned_on_by_the_subject_is_theirs(nlp):
    text = "Omar Velde campaigned on a pledge to reopen the ferry."
    assert _marked(nlp, text) == {}


def test_promise_with_no_one_acting_on_it_stays_vague(nlp):
    text = "The town was built on a promise of jobs that never came."
    rep = analyze_text(text, nlp)
    (a,) = rep.assertions
    assert a.status == "vague"
    assert "'a promise'" in (a.note or "")


# C: "published in the journal X" names the venue


def test_published_in_a_named_journal_is_no_vague_passive(nlp):
    text = (
        "The study, published Tuesday in the journal Coastal Letters, was led by Dr. Ola Brandt, "
        "a geologist at Tarnby."
    )
    assert _marked(nlp, text) == {}


def test_published_in_an_unnamed_journal_stays_vague(nlp):
    text = "The study, published Tuesday in the journal, was led by Dr. Ola Brandt."
    rep = analyze_text(text, nlp)
    (a,) = rep.assertions
    assert a.status == "vague"
    assert "'published'" in (a.note or "")


def test_published_in_a_paper_titled_with_the_is_no_vague_passive(nlp):
    text = "The latest Tarnpoll, published in The Westerner, has the Greens ahead 53-47."
    assert _marked(nlp, text) == {}


def test_published_in_a_paper_the_outlet_list_knows_is_no_vague_passive(nlp):
    text = "The latest poll, published in The Australian, has the Greens ahead 53-47."
    assert _marked(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "It was reported in The Hague that the ferry talks had stalled.",
        "It was announced in The Bronx that the library would close.",
    ],
)
def test_reported_in_a_place_with_the_stays_vague(nlp, text):
    (a,) = analyze_text(text, nlp).assertions
    assert a.status == "vague"


def test_published_in_the_press_of_a_people_stays_vague(nlp):
    text = "The latest poll, published in the Danish press, has the Greens ahead 53-47."
    (a,) = analyze_text(text, nlp).assertions
    assert a.status == "vague"
    assert "'published'" in (a.note or "")


# D: a gesture or expression by a person is a narrative beat, no claim


_STALL = "Mira Olsen has sold fish at the harbour market for thirty years. "


def test_a_persons_gesture_is_no_claim(nlp):
    text = _STALL + "Olsen grinned. She paused for a moment. She smiled at her nephew."
    assert _marked(nlp, text) == {_STALL.strip(): "unattributed"}


def test_a_gesture_toward_an_idea_or_with_an_object_stays_a_claim(nlp):
    text = _STALL + "She laughed at the proposal. Olsen shrugged off the fine."
    marked = _marked(nlp, text)
    assert marked["She laughed at the proposal."] == "unattributed"
    assert marked["Olsen shrugged off the fine."] == "unattributed"


def test_a_thing_that_pauses_is_a_claim(nlp):
    text = "The ferry service paused for the winter."
    assert _marked(nlp, text) == {text: "unattributed"}


def test_a_gesture_with_a_second_verb_keeps_its_claim(nlp):
    text = _STALL + "Olsen nodded and sold the last of the cod to a chef."
    marked = _marked(nlp, text)
    assert marked["Olsen nodded and sold the last of the cod to a chef."] == "unattributed"
