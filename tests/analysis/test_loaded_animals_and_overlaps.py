"""Loaded terms: a kind of animal is the animal, a longer entry wins over the word inside it,
and verdicts of coldness. Every sentence and name is invented for these tests."""

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
