"""Loaded terms: a word mentioned, not used (``loaded/mentions.py``): terms named or defined,
titles of works, a term named as a euphemism, a word picked out before a verb of meaning, and
the title in a shop's widget for a book glued into the text.
Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

LABEL = "contentious label"


MARKS = {
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
    # -- a term named or defined is mentioned, not used ----------------------------------------
    "mentioned_terms_are_not_used": [
        *unmarked(
            "The word “sheeple” was everywhere on the forum that week.",
            "Voters heard the label extremist again and again.",
            "Zealotry means blind devotion to a cause.",
            "Zealotry is defined as blind devotion.",
            'The board branded critics "zealots," a word its chair later regretted.',
            'The old dialect word translated "wretch" meant only a traveller.',
        ),
        ("Those mean bullies chased the boy.", [("bullies", "contentious label")]),
        ("Thugs define the district after dark.", [("Thugs", "contentious label")]),
        ("The sheeple were everywhere on the forum.", [("sheeple", "contentious label")]),
        ("The zealotry of the new board alarmed staff.", [("zealotry", "contentious label")]),
    ],
    # -- a label said of "who" in a question of who deserves it is applied to no one ----------
    "who_counts_as_the_label": [
        *unmarked(
            "The two parties disagree about who is an extremist.",
            "The board must decide who counts as a traitor.",
            "The question of who is a terrorist divides the council.",
        ),
        # a relative clause, or a question the speaker answers, uses the label
        ("The man who is a terrorist fled the city.", [("terrorist", "contentious label")]),
        ("I know who is a traitor in this room.", [("traitor", "contentious label")]),
    ],
    # -- a word a determiner or modifier picks out is used, whatever verb follows --------------
    "a_word_picked_out_is_used_before_a_verb_of_meaning": [
        ("The fiasco means ratepayers will pay more.", [("fiasco", "exaggeration")]),
        ("This debacle means the club must sell players.", [("debacle", "exaggeration")]),
        ("The regime was defined by curfews.", [("regime", "contentious label")]),
    ],
    # only an indefinite label is talked about; a definite one presumes someone is it
    "definite_label_in_a_question_of_who": [
        ("Voters must decide who is the traitor in this contest.", [("traitor", LABEL)]),
        *unmarked("Few agree on who counts as an extremist."),
    ],
    # a label in the "that" clause of a noun of prejudice, or of a belief given as one, names
    # the prejudice; a plain belief is the believers' charge
    "prejudice_named": [
        *unmarked(
            "The pamphlet mocked the stereotype that lawyers are greedy.",
            "Her essay traced ancient canards, such as the notion that landlords are greedy.",
        ),
        ("Critics cited the belief that bankers are greedy.", [("greedy", LABEL)]),
        # a stereotype someone takes up or calls true is applied, not named
        (
            "The stereotype that bankers are greedy is true, the columnist wrote.",
            [("greedy", LABEL)],
        ),
        (
            "He embraced the stereotype that bankers are greedy, and it is accurate.",
            [("greedy", LABEL)],
        ),
        (
            "He defended the stereotype that lawyers are greedy, saying it was simply true.",
            [("greedy", LABEL)],
        ),
        ("The survey confirms the stereotype that landlords are greedy.", [("greedy", LABEL)]),
        # not taken up: denied, refused, or a dummy "it" that stands for a clause
        *unmarked(
            "The survey does not confirm the stereotype that landlords are greedy.",
            "The brewer refused to endorse the stereotype that landlords are greedy.",
            "It is right to reject the stereotype that landlords are greedy.",
        ),
    ],
    # -- a shop's widget for a book glued into the text: its title loads nothing --------------
    # (furniture.shop_listings: a price label and an amount, then another label and amount or
    # an "(as of ...)" stamp; the title runs from the line's start or the sentence before)
    "title_in_a_shop_listing": [
        *unmarked(
            "The Deep State Unmasked: A Gui... Sam Wendle Best Price: $8.15 Buy New $5.40 "
            "(as of 02:20 PDT - Details)",
            "Inside the Deep State... Ona Bright List Price: $19.99 Price: $9.99",
        ),
        # the article's words after "Details)" and before the title keep their marks
        (
            "The council met again. Inside the Deep State: How th... Mara Quill Best Price: "
            "$4.10 Buy New $12.99 (as of 10:05 EDT - Details) The corrupt regime fell on Tuesday.",
            [("regime", LABEL)],
        ),
        (
            "Tarsen's mayor was a crook. The Crooks Next Door: Wh... Ona Bright List Price: "
            "$19.99 Price: $9.99\nThe port reopened.",
            [("crook", LABEL)],
        ),
        # a stop glued to the title with no space still ends the article's sentence
        (
            "Tarsen's mayor was a crook.The Crooks Next Door: Wh... Ona Bright List Price: "
            "$19.99 Price: $9.99\nThe port reopened.",
            [("crook", LABEL)],
        ),
        (
            "Inside the Deep State: How th... Mara Quill Best Price: $4.10 Buy New $12.99 (as of "
            "10:05 EDT - Details) Inside the Deep State: Who... Mara Quill Best Price: $2.10 Buy "
            "New $8.99 (as of 10:05 EDT - Details) The thugs fled.",
            [("thugs", LABEL)],
        ),
        # a price in a sentence of news is no listing: a label and an amount with no second
        # label after it, or a bracket with no clock time or "Details"
        (
            "The best price: $4 a gallon was a disgraceful sham, the dealer said.",
            [("disgraceful", LABEL), ("sham", LABEL)],
        ),
        (
            "A shameful regime cut the best price: $4 (as of Monday) for grain.",
            [("shameful", LABEL)],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
