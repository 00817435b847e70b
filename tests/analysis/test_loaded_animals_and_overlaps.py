"""Loaded terms: a kind of animal is the animal, a longer entry wins over the word inside it,
verdicts of coldness, and labels of motive for money. Every sentence and name is invented for
these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # a noun before an animal word that makes it a kind of kept or working animal
    "animal_kinds": [
        *unmarked(
            "Pip, a wiry terrier, naps by the till. A paper once named him the best shop dog.",
            "The police dog found the bag, and the guide dog led her home.",
        ),
        ("The senator called his rival a dog.", [("dog", "contentious label")]),
    ],
    # an animal joined to people by "and" with its own determiner is a second referent, not a
    # label said of them; a bare second label shares the first one's modifier
    "animal_joined_to_people": [
        *unmarked(
            "Lifeboat crews saved nine people, among them an elderly couple and their dog.",
            "Volunteers reached a homeless man and his dog under the bridge.",
            "The rescue included two elderly tenants and a pig from the yard.",
        ),
        (
            "The retired judge is a liar and a snake.",
            [("liar", "contentious label"), ("snake", "contentious label")],
        ),
        (
            "She called the pundits liars and rats.",
            [("liars", "contentious label"), ("rats", "contentious label")],
        ),
    ],
    # a multi-word entry beats a single word of it that a context rule would mark alone
    "longer_entry_wins": [
        (
            "Critics called the minister an attack dog.",
            [("attack dog", "contentious label")],
        ),
        (
            "He is the governor's attack dog on the council.",
            [("attack dog", "contentious label")],
        ),
    ],
    # "cold-blooded" of a person or a killing is a verdict; of reptiles it is biology
    "cold_blooded": [
        (
            "Prosecutors called it a cold-blooded scheme to collect the insurance.",
            [("cold-blooded", "contentious label")],
        ),
        *unmarked("Lizards are cold-blooded animals that bask at noon."),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


NEW_ENTRIES = {
    "money_grab": [("Critics called the fee a money grab.", [("money grab", "contentious label")])],
    "smash_and_grab": [
        (
            "The budget was a smash-and-grab on pensioners.",
            [("smash-and-grab", "contentious label")],
        ),
        *unmarked("The smash-and-grab raid on the jewellers took two minutes."),
    ],
    "greedy": [
        ("The greedy landlords raised rents again.", [("greedy", "contentious label")]),
        # the computing sense: a method that takes the best step at each point
        ("The router picks paths with a greedy algorithm.", []),
        ("A greedy search finds a good tour quickly.", []),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(NEW_ENTRIES))
def test_new_entries(nlp, text, expected):
    assert marks(nlp, text) == expected
