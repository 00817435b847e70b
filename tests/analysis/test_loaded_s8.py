"""Loaded terms, session 8: plain senses found in a blind review of marks, new entries (issue 4).

Each case puts the sentence where the word is marked next to the sentences where its context
makes it plain; every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # -- set phrases that only mean "not knowing", "a courtesy", "an outspoken critic" ------
    "plain_phrases": [
        ("The ignorant voters of Tarsen were misled again.", [("ignorant", "exaggeration")]),
        ("Dunmore launched a fierce attack on the board.", [("fierce", "exaggeration")]),
        *unmarked(
            "The clerk was ignorant of the new filing rule.",
            "The chair thanked her esteemed colleague from Vell.",
            "Ms Pell, a fierce critic of the plan, spoke first.",
        ),
    ],
    # -- new entries and forms -----------------------------------------------------------------
    "new_entries": [
        ("The blog called the protesters freaks.", [("freaks", "contentious label")]),
        ("He said his tormentors had won the vote.", [("tormentors", "contentious label")]),
        ("It was a gut-wrenching end to the season.", [("gut-wrenching", "exaggeration")]),
        ("The warmongering in Tarsen has to stop.", [("warmongering", "contentious label")]),
        ("The witch-hunting of the clerks went on.", [("witch-hunting", "contentious label")]),
        # a word made from a name keeps its capital and is still the label
        ("The site called him an Islamophobe.", [("Islamophobe", "contentious label")]),
        *unmarked(
            "A freak accident closed the road to Dunmore.",
            "Freak weather flooded the valley in June.",
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
