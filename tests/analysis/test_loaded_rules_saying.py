"""Loaded terms, rules for verbs of saying (``loaded/rules/saying.py``): a verb of attack is a
loaded verb of saying only where it attacks someone or what they said or did. Every sentence
and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import (
    grouped,
    marks,
    quote_rows,
    unmarked,
)

SAYING = "loaded verb of saying"


MARKS = {
    # a verb of attack is a verb of saying where it attacks a person, a body or what they said
    # or did; the physical act is not marked
    "attacking": [
        ("The senator slammed the governor over the ferry delays.", [("slammed", SAYING)]),
        ("Tenants blasted the rent decision.", [("blasted", SAYING)]),
        ("The mayor also blasted Harlow because the budget was late.", [("blasted", SAYING)]),
        ("The proposal was blasted as unworkable.", [("blasted", SAYING)]),
        ("Vell was slammed by neighbours for the cuts.", [("slammed", SAYING)]),
        ('"It was the wrong call," the coach blasted.', [("blasted", SAYING)]),
        *unmarked(
            "The cook slammed the oven door and walked out.",
            "The van driver slammed on the brakes near the school.",
            "He slammed his hand on the desk.",
            "Miners blasted granite from the cliff above Tarsen.",
            "Crews blasted the old bridge with dynamite.",
            "The lorry slammed into a wall.",
        ),
        # a headline's passive without its "is": the subject is the one attacked; a phrase of
        # motion after the verb is the physical act
        ("Harbour Council Slammed Over Ferry Cuts", [("Slammed", SAYING)]),
        ("Mayor Blasted For Late Budget", [("Blasted", SAYING)]),
        *unmarked(
            "Two porters slammed against the gate.",
            "The shed door slammed shut.",
            # in a body sentence the same words are an act
            "The quarry crews blasted in the pit for six hours.",
            "The crowd slammed in protest.",
        ),
    ],
    # "fumed" is a verb of saying only where it introduces speech; "fuming" paints anger, with
    # an adjective for its alternative
    "fume_introduces_speech": [
        ('"We lost again," the Vell coach fumed.', [("fumed", SAYING)]),
        (
            "Fans were left fuming after the Dunmore match was called off.",
            [("fuming", "exaggeration")],
        ),
        # said of people's temper without speech it is still the loaded word; of smoke or an
        # acid it is the plain one
        ("Commuters fumed online about the Vell fares.", [("fumed", SAYING)]),
        *unmarked(
            "Smoke was fuming from the Vell chimney.",
            "The lab keeps fuming nitric acid in glass.",
        ),
    ],
    # "tout" is apt where a thing made to promote does the promoting; a person or a body
    # touting something is still cast as a salesman
    "touted_by_an_advert": [
        *unmarked(
            "The new ad touts her record on schools.",
            "The brochure touts the hotel's sea views.",
            "A leaflet touting the Vell gym was pushed under every door.",
            "Her record on schools is touted in the campaign's latest commercial.",
            "The billboard mocks her rival and touts her record.",
        ),
        ("The mayor touted the harbour deal.", [("touted", SAYING)]),
        ("The campaign touts her record in a new ad.", [("touts", SAYING)]),
        ("Officials touted the plan as a success.", [("touted", SAYING)]),
        ("The deal was touted by the mayor as a bargain.", [("touted", SAYING)]),
        ("The plan was touted in a brochure by the minister.", [("touted", SAYING)]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_a_verb_of_attack_in_its_physical_sense_reports_nothing(nlp):
    text = "She slammed the door before he could speak. He blasted rock from the cliff."
    assert quote_rows(nlp, text, ("words",)) == []


def test_a_verb_of_attack_on_someone_or_something_said_still_reports(nlp):
    text = "Critics blasted the mayor. The minister slammed the report."
    assert quote_rows(nlp, text, ("words", "mention")) == [
        ("the mayor", "Critics"),
        ("the report", "The minister"),
    ]
