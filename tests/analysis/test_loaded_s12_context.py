"""Loaded terms, session 12 review (revL): verbs of attack only where they attack someone or
what they said or did, quoted titles of works, a bare "regime" after a technical one, a
"so-called" plan named by a quality it claims, the forms of "rightsize", passive hearsay,
a term named as a euphemism, a writer's comment after reported speech, and new entries.
Every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

SAYING = "loaded verb of saying"
LABEL = "contentious label"
DOUBT = "expression of doubt"
EXAGGERATION = "exaggeration"

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
    ],
    # a capitalised title in quotation marks after a noun of a work, or with one beside it
    "title_of_a_work": [
        ("The inquiry into the mill is a witch hunt.", [("witch hunt", LABEL)]),
        *unmarked(
            'The documentary "Witch Hunt" was shown at the Tarsen festival.',
            'She watched "Witch Hunt", a documentary about the mill trials.',
            'Her latest single "Fake News" topped the chart.',
            'Vell hosts the radio show "Spin Doctors" on Fridays.',
        ),
    ],
    # a bare "regime" after a technical one refers back to it
    "regime_after_a_system": [
        ("The regime jailed three reporters in Tarsen.", [("regime", LABEL)]),
        *unmarked(
            "Tarsen will replace its tax regime next year. The regime has not changed since 1990.",
            "The treatment regime lasted six weeks. Since then the regime has been reviewed.",
        ),
    ],
    # "so-called" before a measure named by a quality it claims questions the claim
    "so_called_claimed_quality": [
        (
            'The board pushed through its so-called "fair housing" plan.',
            [('so-called "fair housing" plan', DOUBT)],
        ),
        (
            "The council adopted its so-called affordable living scheme.",
            [("so-called affordable living scheme", DOUBT)],
        ),
        *unmarked("The so-called Harwick Group met on Tuesday."),
    ],
    # the forms of "rightsize"
    "rightsize": [
        ("The army will right-size the Tarsen base.", [("right-size", "euphemism")]),
        ("The base will be right-sized next year.", [("right-sized", "euphemism")]),
        ("The ministry announced the right-sizing of the depot.", [("right-sizing", "euphemism")]),
        ("The bank will rightsize its branches.", [("rightsize", "euphemism")]),
        *unmarked("Turn right. Size matters less than speed."),
    ],
    # a term that is the subject of "is a euphemism / term" is mentioned, not used
    "named_as_a_euphemism": [
        ("Collateral damage was heavy in Tarsen.", [("Collateral damage", "euphemism")]),
        ("The army's collateral damage was severe.", [("collateral damage", "euphemism")]),
        *unmarked(
            '"Collateral damage is a euphemism for dead civilians," Vell said.',
            "Collateral damage is a term the army prefers.",
            '"Rightsizing" is a euphemism, the union said.',
        ),
    ],
    # new entries
    "new_entries": [
        ("The bill was rammed through the assembly at midnight.", [("rammed through", LABEL)]),
        ("The singer sensationally quit the tour.", [("sensationally", EXAGGERATION)]),
        ("It was a cringeworthy interview.", [("cringeworthy", EXAGGERATION)]),
        ("The couple had a blazing row at the airport.", [("blazing row", EXAGGERATION)]),
        ("The shock result stunned the party.", [("shock", EXAGGERATION)]),
        ("The bridge is a testament to the skill of its builders.", [("testament to", "puffery")]),
        ("The fee is a cash grab.", [("cash grab", LABEL)]),
        ("The land grab angered farmers near Tarsen.", [("land grab", LABEL)]),
        ("Vell betrayed his voters.", [("betrayed", LABEL)]),
        ("The vote was a betrayal of the voters.", [("betrayal", LABEL)]),
        *unmarked(
            "The van rammed through the gate.",
            "The blast sent a shock wave through Tarsen.",
            "Patients received electric shock therapy.",
            "Her voice betrayed her nerves.",
            "Tenants felt a deep sense of betrayal.",
            "Tenants called the broken promise a betrayal of their trust.",
            "The raids saved countless lives.",
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


VOICES = {
    # passive hearsay relays unnamed sources: the word is reported, not the outlet's
    "passive_hearsay": [
        ("Club officials are said to be livid.", [("livid", "reported")]),
        ("The minister was reported to be furious with the leak.", [("furious", "reported")]),
        ("The star is rumoured to be furious.", [("furious", "reported")]),
        ("Officials are known to be furious.", [("furious", "outlet")]),
        ("The players were furious.", [("furious", "outlet")]),
        ("The reckless mayor is said to be ill.", [("reckless", "outlet")]),
    ],
    # a comma-set noun phrase that sums up the report is the writer's comment on it
    "comment_after_reported_speech": [
        (
            "The mayor said the plan was a historic step, an absurd boast.",
            [("absurd", "outlet")],
        ),
        (
            "The minister said the scheme was a stunning success, a dubious claim.",
            [("stunning", "reported"), ("dubious", "outlet")],
        ),
        (
            "The minister said the ferry was a stunning success, the first in decades.",
            [("stunning", "reported")],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(VOICES))
def test_voices(nlp, text, expected):
    assert mark_voices(nlp, text) == expected
