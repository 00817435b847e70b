"""Loaded terms: words of praise or alarm in a plain sense (a weighty duty, a stock phrase, a
legal standard, a descriptive category), feelings reported of someone else, impersonal frames
in the writer's voice, labels a sentence forbids, and scare quotes inside what a rumour or claim
holds. Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

MARKS = {
    # -- puffery words that praise nothing --------------------------------------------------
    "weighty_not_praised": [
        *unmarked(
            "Dell took on the awesome responsibility of running the harbour board.",
            "The governor holds awesome power over the budget.",
        ),
        ("The new band put on an awesome show.", [("awesome", "puffery")]),
    ],
    "praise_word_as_a_verb_with_an_object": [
        *unmarked("The ministry kept dazzling the press with slogans."),
        ("The troupe gave a dazzling performance.", [("dazzling", "puffery")]),
    ],
    "stock_phrase_of_chance": [
        *unmarked("By an amazing coincidence, the audit began the day Pell resigned."),
        ("The harbour has an amazing view.", [("amazing", "puffery")]),
    ],
    "praise_word_on_an_insult_intensifies_it": [
        ("Vell is a world-class hypocrite.", [("hypocrite", "contentious label")]),
        ("Vell is a world-class chef.", [("world-class", "puffery")]),
    ],
    # -- plain, accurate or technical senses -------------------------------------------------
    "descriptor_like_islamist_extremists": [
        *unmarked("The port has been seized by radical Islamists who want a caliphate."),
        (
            "The port has been seized by radical activists.",
            [("radical", "contentious label")],
        ),
    ],
    "legal_standard": [
        *unmarked("The appeals panel ruled the fine grossly disproportionate to the offence."),
        ("The mayor's plan was grossly unfair to tenants.", [("grossly", "exaggeration")]),
    ],
    "descriptive_category": [
        *unmarked("The rise of partisan media has changed how voters read the news."),
        ("The ruling was a partisan act.", [("partisan", "contentious label")]),
    ],
    "plain_phrase_for_a_far_reaching_change": [
        *unmarked("The time for drastic change has come.", "The council took drastic action."),
        ("The drastic cuts closed two libraries.", [("drastic", "exaggeration")]),
    ],
    "slur_is_not_the_charge_of_conduct": [
        *unmarked("A neighbour shouted that they were dirty Arabs."),
        ("They ran a dirty campaign.", [("dirty", "exaggeration")]),
    ],
    # -- a label the sentence forbids is applied to no one ---------------------------------
    "forbidden_labels": [
        *unmarked(
            "It is not permissible to call those who hold this view immoral heretics.",
            "You must not call your rivals traitors.",
            "Don't call them cowards.",
            "It is wrong to call them heretics.",
        ),
        ("It is fair to call them heretics.", [("heretics", "contentious label")]),
        ("It is not unfair to call them heretics.", [("heretics", "contentious label")]),
    ],
}

VOICES = {
    # -- a feeling that completes "feel" is its subject's, reported by the writer -----------
    "feelings_of_others": [
        (
            "Many residents felt betrayed when the mayor closed the clinic.",
            [("betrayed", "reported")],
        ),
        ("Many dockers felt humiliated by the ruling.", [("humiliated", "reported")]),
        ("The mayor betrayed the residents.", [("betrayed", "outlet")]),
        ("The vote felt rigged.", [("rigged", "outlet")]),
    ],
    # -- an impersonal frame has no speaker but the writer -----------------------------------
    "impersonal_frames": [
        (
            "Though harsh, it is not unfair to say that the council is a corrupt regime.",
            [("regime", "outlet")],
        ),
        (
            "It is apparent that the mayor wanted to hide her shady dealings.",
            [("shady", "outlet")],
        ),
        ("It is fair to call them heretics.", [("heretics", "outlet")]),
        (
            "It is clear that the minister said the plan was a disaster.",
            [("disaster", "reported")],
        ),
        ("Critics call their rivals traitors.", [("traitors", "reported")]),
    ],
    # -- "as" after a relative clause on the object belongs to the verb of labelling -------
    "label_across_a_relative_clause": [
        (
            "The union brands landlords, who raised rents this year, as bigots.",
            [("bigots", "reported")],
        ),
        ("Landlords who raised rents this year behaved as bigots.", [("bigots", "outlet")]),
    ],
    # -- a scare quote inside what a rumour or claim holds is the rumour's word -------------
    "scare_quote_in_a_rumour": [
        (
            'Officials debunked a rumour that a "rigged" ballot box was found.',
            [("rigged", "reported")],
        ),
        ('Officials inspected the "rigged" ballot box.', [("rigged", "outlet")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), grouped(VOICES))
def test_voices(nlp, text, expected):
    assert mark_voices(nlp, text) == expected
