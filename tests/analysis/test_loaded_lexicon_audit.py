"""Loaded-term lexicon audit: entries whose plain sense is common in news are protected, and
the alternatives shown fit the slot of the word they replace. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, loaded_terms, marks, unmarked

LABEL = "contentious label"
SAYING = "loaded verb of saying"

MARKS = {
    # literal senses of sound and motion verbs, and of pests, are plain description
    "literal_sense_unmarked": unmarked(
        "Rats infested the old granary, and the rat-infested barn was closed.",
        "The volcano spewed ash over the valley.",
        "Water gushed from the broken main.",
        "Police said the man was peddling drugs near the school.",
        "A lorry fire caused a traffic snarl on the ring road.",
        "The wind howled all night and the dog barked.",
        "Fans trashed the hotel room after the final.",
        "The tyres screeched as the van turned.",
        "The engine's whine kept residents awake.",
    ),
    "figurative_sense_marked": [
        ("The senator spewed insults at the panel.", [("spewed", SAYING)]),
        ("The minister peddled a story about the budget.", [("peddled", SAYING)]),
        ("He whined that the rules were unfair.", [("whined", SAYING)]),
        (
            "The columnist wrote that the ministry was infested with lobbyists.",
            [("infested", "fear and threat")],
        ),
    ],
    # crime reporting and named crime groups are not a label
    "crime_sense_unmarked": unmarked(
        "Police warned residents about a new phone scam after two arrests.",
        "The report traced the money to the mafia in Naples.",
    ),
    "label_sense_marked": [
        ("The columnist said the pension plan was a scam.", [("scam", LABEL)]),
        ("Critics called the club's board a mafia.", [("mafia", LABEL)]),
    ],
    # a war zone and a full-scale invasion named as such are war reporting
    "war_reporting_unmarked": unmarked(
        "Reporters entered the war zone near the border.",
        "The army launched a full-scale invasion of its neighbour.",
    ),
    "war_figure_marked": [
        ("After the riot the high street was a war zone.", [("war zone", "fear and threat")]),
    ],
    # an insult to intelligence is a label, like "imbecilic"
    "insults_are_labels": [
        ("The editorial called it a stupid decision.", [("stupid", LABEL)]),
        ("The column said the rival was a hypocrite.", [("hypocrite", LABEL)]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        ("The self-styled expert offered advice.", "self-described"),
        ("Her rival called him an idiot.", "person"),
        ("Her rival called him an ignoramus.", "uninformed person"),
    ],
)
def test_alternative_fits_the_slot(nlp, text, alternative):
    (term,) = loaded_terms(nlp, text)
    assert term.alternative == alternative
