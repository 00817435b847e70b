"""Loaded terms: words made from names keep their capital and are marked all the same
(``loaded/names.py``). Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.lexicon import load_lexicon
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
        *unmarked(
            "Pell spoke to the Orwellian Society of Dunmore on Friday.",
            # a capitalised word after it makes it a word of a title or a name
            "The Machiavellian Prize went to Pell on Friday.",
            'Her memoir, "Kafkaesque Days," sold well in Dunmore.',
        ),
    ],
    # -- a phrase made from a name keeps the name's capital, which the model reads as a name ----
    "capitalised_phrases_made_from_names": [
        (
            "Critics said the levy would open Pandora's box for every council.",
            [("Pandora's box", "exaggeration")],
        ),
        (
            "The columnist wrote that the Never-Trumpers in the party had lost.",
            [("Never-Trumpers", "contentious label")],
        ),
        # a capitalised word after the phrase makes it part of a longer name
        *unmarked(
            "The play opened at the Pandora's Box Theatre in Dunmore on Friday.",
            "The Never-Trumper Caucus met in Dunmore on Friday.",
        ),
    ],
    # a capitalised phrase set off beside a noun of a work is the work's title
    "title_beside_a_work": [
        *unmarked(
            "Her novel, Mob Rule, sold well in Tarsen.",
            "The band's last album, Mob Rule, came out in May.",
            # or right before the noun of the work, as its name
            "She watched the Deep State video twice.",
            "He hosts the Witch Hunt podcast on Fridays.",
        ),
        (
            "The senator said the vote was Mob Rule, plain and simple.",
            [("Mob Rule", "contentious label")],
        ),
        (
            "The senator called the inquiry a Witch Hunt campaign.",
            [("Witch Hunt", "contentious label")],
        ),
        # a work's title goes with "the" or an owner; after "a" the capitals are emphasis
        (
            "It was a Witch Hunt game played by his enemies.",
            [("Witch Hunt", "contentious label")],
        ),
    ],
    # a phrase in title case whose next sentence opens on "the" and a noun of a work (names
    # between allowed) is that work's title; capitals for emphasis, or a plain next sentence,
    # leave the figure marked
    "title_named_by_the_next_sentence": [
        *unmarked(
            "\u201c\u2019House of Cards,\u2019\u201d the mayor said when asked about her favourite "
            "show. The Netflix drama ended its run in 2018.",
        ),
        (
            "Aides called the budget a \u201cHouse of Cards.\u201d The budget collapsed in May.",
            [("House of Cards", "exaggeration")],
        ),
        (
            "\u201cThe whole budget is a house of cards,\u201d she said. The show ended early.",
            [("house of cards", "exaggeration")],
        ),
        # unquoted capitals are emphasis, whatever the next sentence says
        (
            "The mayor called the audit a Witch Hunt. The report found no fault.",
            [("Witch Hunt", "contentious label")],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_only_words_made_from_names_keep_their_capital():
    capital = sorted(e.term for e in load_lexicon().entries if e.capital)
    assert capital == [
        "islamophobe",
        "kafkaesque",
        "machiavellian",
        "mccarthyism",
        "never-trumper",
        "orwellian",
        "pandora's box",
    ]
