"""Loaded terms: whom a label is said of, and senses that are the usual news word (issue 4).

Each rule has sentences where it marks and sentences where it stays silent; the sentences and
names are invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks

MARKS = {
    # -- "swarm", "flood": the people are the ones doing it, and there must be many ---------
    "mass_verbs_are_said_of_their_subject": [
        ("Migrants swarmed the ferry terminal at dawn.", [("swarmed", "fear and threat")]),
        ("Thousands of refugees flooded the valley towns.", [("flooded", "fear and threat")]),
        ("The station was flooded with migrants by noon.", [("flooded", "fear and threat")]),
        ("Bees swarmed the orchard in May.", []),
        ("The river flooded the lower town.", []),
        ("Pell Arnott is flooding the inbox with complaints.", []),
    ],
    # -- people known by what they do or how they live are people a label can be said of ----
    "labels_about_people_known_by_what_they_do": [
        ("The governor launched a war on drivers last year.", [("war on", "exaggeration")]),
        ("The budget is a war on pensioners.", [("war on", "exaggeration")]),
        ("The budget is a war on potholes.", []),
        ("She wore a medal of the patron saint of drivers.", []),
    ],
    # -- a demonstrative label placed in a body of people, or followed by "who" -------------
    "labels_placed_among_people": [
        (
            "Those parasites in city hall raised the fees again.",
            [("parasites", "contentious label")],
        ),
        ("Those vermin in parliament voted for the pay rise.", [("vermin", "contentious label")]),
        (
            "The landlords are parasites who live off the tenants.",
            [("parasites", "contentious label")],
        ),
        ("These parasites in the gut cause fever.", []),
        ("Those animals at the shelter need homes.", []),
        ("Rats that carry the fever reached the docks.", []),
    ],
    # -- whose killer or cancer it is names the victim, not the one labelled -----------------
    "threat_nouns_are_not_personal_by_whose_they_are": [
        ("The senator's cancer returned in the spring.", []),
        ("Detectives arrested the baker's killer on Friday.", []),
        ("Graft is a cancer on the party.", [("cancer", "fear and threat")]),
        ("Oren Vell is a killer.", [("killer", "fear and threat")]),
    ],
    # -- a label a speaker puts on themselves, or one the sentence denies -------------------
    "self_labels_and_denials_are_not_name_calling": [
        ("We were sheep in a pen that night.", []),
        ("I am not crazy, the farmer told the inspectors.", []),
        ("Ilse Varga is no fool.", []),
        ("Ilse Varga is a fool.", [("fool", "contentious label")]),
    ],
    # -- the usual news words for armed groups and for party-neutral bodies -----------------
    "security_and_election_terms": [
        ("Government troops clashed with extremist groups near the pass.", []),
        ("Analysts at the non-partisan institute doubted the figures.", []),
        ("Tomas Rell is an extremist.", [("extremist", "contentious label")]),
        ("The council passed a partisan budget.", [("partisan", "contentious label")]),
        ("The shelling was a devastating attack on the port.", []),
        ("The network revived its horror series in October.", []),
        ("Moving the archive was a logistical nightmare.", []),
        ("Planners called a storm on polling day the nightmare scenario.", []),
        ("The mayor's term was a nightmare for tenants.", [("nightmare", "fear and threat")]),
        ("Banks sold toxic bundles of mortgages.", []),
        ("The audit dealt a devastating blow to the mayor.", [("devastating", "exaggeration")]),
    ],
    # -- dismissive set phrases ----------------------------------------------------------------
    "dismissive_phrases": [
        (
            "The clerk denied the wild claims about the dam.",
            [("wild claims", "expression of doubt")],
        ),
        (
            "Wolves in sheep's clothing run the harbour board.",
            [("Wolves in sheep's clothing", "contentious label")],
        ),
        ("Those wolves in the clergy protected each other.", [("wolves", "contentious label")]),
        ("The wild horses crossed the valley.", []),
    ],
    # -- a capitalised set phrase after "this" or "a" is no person's name ------------------
    "capitalised_phrases_misread_as_names": [
        (
            "The mayor urged the board to end this Rigged Witch Hunt at once.",
            [("Witch Hunt", "contentious label")],
        ),
        ("She reviewed the book Witch Hunt by Dana Holt.", []),
    ],
    # -- an adjective standing for a class of people praises nobody ---------------------------
    "praise_words_naming_a_class": [
        ("The psalm promises that the righteous will be spared.", []),
        ("The hymn mourns the enemy of the righteous.", []),
        ("Fifty righteous lived in the old town.", []),
        ("She led a righteous campaign against the dam.", [("righteous", "puffery")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
