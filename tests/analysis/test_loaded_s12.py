"""Loaded terms, session 12: "terrorist" as a label but not as a designation or a charge,
"massacre" and "triumph" only where said of something, "radical" said of people, a verdict
inside a clause that a denied verb of inference withholds, notes that fit praise as well as
news, and new entries (issue 4). Every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, loaded_terms, mark_voices, marks, unmarked

LABEL = "contentious label"

MARKS = {
    # "terrorist" is a label said of people; a designation, a charge, a court, or the name of
    # the group whose members they are, is reported, not marked
    "terrorist": [
        (
            '"These are terrorists who ignore every truce," Olen Barr told reporters.',
            [("terrorists", LABEL)],
        ),
        ("The terrorists who seized the depot were armed.", [("terrorists", LABEL)]),
        *unmarked(
            "The Ostrel Front, which Vardania designates as a terrorist organisation, denies it.",
            "Two men from Tarsen were convicted of terrorism charges.",
            "He was convicted as a terrorist by a court in Tarsen.",
            "Ostrel Front terrorists attacked the post.",
            "Police said a terrorist attack killed nine people in Tarsen.",
            "The counter-terrorism unit in Tarsen was expanded.",
        ),
    ],
    # an event noun that passes a verdict, only where it is said of something
    "massacre_said_of_an_attack": [
        (
            '"This was a deliberate massacre of farmers," Olen Barr told reporters.',
            [("massacre", "fear and threat")],
        ),
        ("Critics described the raid on Tarsen as a massacre.", [("massacre", "fear and threat")]),
        ("Gunmen massacred forty villagers near Tarsen.", [("massacred", "fear and threat")]),
        *unmarked(
            "Weeks before the massacre, the gunman bought ammunition.",
            "A memorial to those killed in the harbour massacre opened in Tarsen.",
        ),
    ],
    "triumph_said_of_a_thing": [
        ("The new ferry is a triumph.", [("triumph", "puffery")]),
        *unmarked("After the triumph, the Tarsen rowers went home."),
    ],
    # the adjective "radical" said of people; of ideas, reforms and chemistry it is not marked
    "radical_said_of_people": [
        ("The radical activists marched on the Tarsen council.", [("radical", LABEL)]),
        ("The radical mayor of Tarsen cut the budget.", [("radical", LABEL)]),
        *unmarked(
            "Free radicals damage cells, and the radical species attack membranes.",
            "The plan calls for radical reform of the tax code.",
            "The radical idea of a four-day week was tested in Tarsen.",
        ),
    ],
    # a verdict in a clause that a denied verb of inference or proof governs is not asserted
    "denied_inference": [
        *unmarked(
            "The findings do not mean every reef is doomed.",
            "The survey does not show the harbour plan is a disaster.",
        ),
        ("The findings mean every reef is doomed.", [("doomed", "fear and threat")]),
        ("We did not know the pier was doomed.", [("doomed", "fear and threat")]),
    ],
    # new entries, each with the literal or neutral use it must leave alone
    "new_entries": [
        ("The embattled mayor of Tarsen resigned.", [("embattled", "exaggeration")]),
        ("His fiery speech angered the council.", [("fiery", "exaggeration")]),
        ("The council's payroll ballooned last year.", [("ballooned", "exaggeration")]),
        ("Lenders fear the ballooning deficit in Tarsen.", [("ballooning", "exaggeration")]),
        ("She is spreading lies about the council.", [("spreading lies", LABEL)]),
        ("The new ferry has a gorgeous deck.", [("gorgeous", "puffery")]),
        ("It is a lovable little ferry.", [("lovable", "puffery")]),
        *unmarked(
            "The fiery crash on the Tarsen road killed two.",
            "Hot-air ballooning is popular in Tarsen.",
            "The children released a red balloon.",
            "She spread the news about the council.",
        ),
    ],
    # a clause run on with a comma before "it is ..." is not the clause "it" stands for
    "run_on_praise": [
        ("The ferry is quick, it is gorgeous, and it is cheap.", [("gorgeous", "puffery")]),
        *unmarked("It is wonderful that the Tarsen bridge reopened."),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_a_label_pinned_by_another_is_reported(nlp):
    assert mark_voices(nlp, "Kell called the protesters terrorists.") == [
        ("terrorists", "reported")
    ]


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        # praise and surprise share one note; the alternative offers both readings
        ("The ferry has a stunning deck.", "unexpected / describe it"),
        ("The vote was a stunning defeat for the mayor.", "unexpected / describe it"),
        ("The night view from the deck is astonishing.", "unexpected / describe it"),
        # a price is not "disputed": the plain wording says it is unreasonable, or compares
        ("The fare is ridiculous for a short crossing.", "unreasonable / state the comparison"),
    ],
)
def test_notes_that_fit_praise_as_well_as_news(nlp, text, alternative):
    terms = loaded_terms(nlp, text)
    assert [t.alternative for t in terms] == [alternative]
    assert "Dramatises the news" not in terms[0].note
