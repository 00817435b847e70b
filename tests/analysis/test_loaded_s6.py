"""Loaded terms, session 6: words made from names, set phrases, and plain senses (issue 4).

Each case puts the sentence where the word is marked next to the sentences where its context
makes it plain; every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.lexicon import load_lexicon
from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # -- a word made from a name keeps its capital, and is marked all the same ---------------
    "capitalised_words_made_from_names": [
        (
            "The new border rules are Orwellian, the union said.",
            [("Orwellian", "contentious label")],
        ),
        (
            "Tenants described a Kafkaesque process of forms and fees.",
            [("Kafkaesque", "exaggeration")],
        ),
        (
            "Columnists decried the new McCarthyism in the hearings.",
            [("McCarthyism", "contentious label")],
        ),
        (
            "Rivals called the deputy Machiavellian and vain.",
            [("Machiavellian", "contentious label")],
        ),
        # inside a longer name it is the name's word
        *unmarked("Pell spoke to the Orwellian Society of Dunmore on Friday."),
    ],
    # -- the plain sense an entry lists, set by the next word ---------------------------------
    "plain_senses": [
        *unmarked(
            "The court ruled on the belligerent occupation of the Tarsen valley.",
            "The bloody civil war in Ostravia lasted nine years.",
            "Reporters obtained embarrassing documents about the harbour board.",
            "The venomous snake was caught near the school.",
        ),
        (
            "Delegates called the envoy belligerent and rude.",
            [("belligerent", "contentious label")],
        ),
        (
            "Police answered the march with a bloody crackdown.",
            [("bloody", "fear and threat")],
        ),
        (
            "Her remarks were embarrassing for the whole council.",
            [("embarrassing", "exaggeration")],
        ),
    ],
    # -- set phrases and idioms that cast a person or act in a loaded light -------------------
    "set_phrases": [
        (
            "The deputy was thrown under the bus by his own party.",
            [("under the bus", "exaggeration")],
        ),
        ("The coach was given the boot after the cup loss.", [("given the boot", "exaggeration")]),
        ("The family has been through hell since the fire.", [("through hell", "exaggeration")]),
        (
            "The summit was a love-fest between the two presidents.",
            [("love-fest", "exaggeration")],
        ),
        ("Harlan called the profile a hack job.", [("hack job", "contentious label")]),
        ("Harlan called the profile a puff piece.", [("puff piece", "contentious label")]),
        ("The minister dismissed the report as poppycock.", [("poppycock", "expression of doubt")]),
        ("Opponents say the fund is a slush fund.", [("slush fund", "contentious label")]),
        ("Rivals cast the governor as a bogeyman.", [("bogeyman", "contentious label")]),
        (
            "The board's milquetoast reply pleased no one.",
            [("milquetoast", "exaggeration")],
        ),
        *unmarked(
            "The hack of the party servers began in May.",
            "The boot of the car was full of leaflets.",
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_only_words_made_from_names_keep_their_capital():
    capital = sorted(e.term for e in load_lexicon().entries if e.capital)
    assert capital == ["kafkaesque", "machiavellian", "mccarthyism", "orwellian"]
