"""Loaded terms: verbs that dismiss or belittle what someone said or did ("rubbished",
"glossed over", "waffled", "a swipe at"), insults and campaign labels ("opportunist", "rubes",
"third-rate", "pay-to-play", "abortion on demand") and certainty stated as fact ("without
doubt"), each beside a plain sense the same letters have. Every sentence and name is invented
for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # -- verbs that dismiss or belittle, beside a noun or a literal act of the same letters ----
    "rubbish_as_a_verb": [
        *unmarked("Crews emptied every rubbish bin in the flooded school."),
        ("Senator Pell rubbished the audit as fiction.", [("rubbished", "loaded verb of saying")]),
    ],
    "rubbish_as_waste": [
        *unmarked("The council will collect rubbish on Monday."),
        *unmarked("Uncollected rubbish piled up on the quay."),
        *unmarked("Rubbish bags lined the street after the strike."),
        ("Councillor Bram talked rubbish all night.", [("rubbish", "expression of doubt")]),
    ],
    "gloss_over": [
        (
            "The minister glossed over the deficit in her budget speech.",
            [("glossed over", "contentious label")],
        ),
        *unmarked("The printer added a gloss to the cover."),
    ],
    "waffle_as_a_verb": [
        (
            "Mayor Dell has waffled on the harbour levy for months.",
            [("waffled", "contentious label")],
        ),
        *unmarked("The cafe sells a waffle with every coffee."),
    ],
    "a_swipe_at": [
        (
            "In her speech Vell took a swipe at her rival.",
            [("a swipe at", "loaded verb of saying")],
        ),
        ("Roe took a swipe at the harbour plan.", [("a swipe at", "loaded verb of saying")]),
        *unmarked(
            "The cat swiped at the ball of wool.",
            "Riders swipe their cards at the gate.",
            # a real swipe at a ball or an insect
            "The batter took a swipe at the ball and missed it.",
            "She took a swipe at a wasp on the table.",
        ),
    ],
    "scapegoat_as_a_verb": [
        (
            "The board scapegoated two junior clerks for the losses.",
            [("scapegoated", "contentious label")],
        ),
        ("You are scapegoating the porters.", [("scapegoating", "contentious label")]),
    ],
    "insinuation": [
        (
            "Roe insinuated that the auditor was paid off.",
            [("insinuated", "loaded verb of saying")],
        ),
        ("The memo was full of insinuations.", [("insinuations", "loaded verb of saying")]),
    ],
    # -- insults and campaign labels ----------------------------------------------------------
    "opportunist_said_of_people": [
        ("Critics called Pell a political opportunist.", [("opportunist", "contentious label")]),
    ],
    "insults": [
        ("The host said Tarn fooled the rubes in every town.", [("rubes", "contentious label")]),
        (
            "Roe blamed knuckleheaded officials for the delay.",
            [("knuckleheaded", "contentious label")],
        ),
        ("Dell called the editor a third-rate reporter.", [("third-rate", "contentious label")]),
        (
            "Dell called the harbour board a pack of corporate whores.",
            [("whores", "contentious label")],
        ),
        *unmarked("The bank made its third rate cut this year."),
    ],
    "campaign_labels": [
        (
            "The rival ad mocked the plan as voodoo economics.",
            [("voodoo economics", "contentious label")],
        ),
        ("The group opposes abortion on demand.", [("abortion on demand", "contentious label")]),
        (
            "Critics alleged pay-to-play deals at the port authority.",
            [("pay-to-play", "contentious label")],
        ),
        *unmarked(
            "The studio makes pay-to-play games for phones.",
            "Her son plays a pay-to-play mobile racing game.",
            "Pay-to-play clubs charge families for each match.",
            "Parents object to pay-to-play sports at the school.",
        ),
    ],
    "greed": [
        ("Tarn blamed the closures on corporate greed.", [("greed", "contentious label")]),
    ],
    # -- certainty stated as fact -------------------------------------------------------------
    "without_doubt": [
        ("Without a doubt, Pell is the favourite.", [("Without a doubt", "editorializing")]),
        # like "clearly" (rule "stance"): only as a comment set off on the whole sentence, and
        # only in the outlet's voice, since a speaker's certainty is the speaker talking
        *unmarked("The vote shows without doubt that the levy is unpopular."),
        *unmarked('"Without a doubt, we will win," Pell said.'),
        *unmarked("There is some doubt about the date of the vote."),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
