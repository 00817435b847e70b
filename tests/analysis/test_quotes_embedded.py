"""cr_quotes: attributions embedded in a noun phrase ("victims of what police said was an arson";
``quotes/embedded.py``). Every article here is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

ROWS = ("kind", "words", "cue", "mention")


EMBEDDED = {
    "the_host_noun_speaks_when_the_parse_finds_no_subject": (
        "Victims of what police said was a deliberate arson told reporters they had lost "
        "everything.",
        [
            ("indirect", "was a deliberate arson", "say", "police"),
            (
                "indirect",
                "they had lost everything",
                "tell",
                "Victims of what police said was a deliberate arson",
            ),
        ],
    ),
    "the_named_thing_is_never_the_speaker": (
        "Survivors of what the army said was an accidental blast said they were never warned.",
        [
            ("indirect", "was an accidental blast", "say", "the army"),
            (
                "indirect",
                "they were never warned",
                "say",
                "Survivors of what the army said was an accidental blast",
            ),
        ],
    ),
    "an_auxiliary_before_the_main_verb": (
        "Owners of what firefighters said was an illegal warehouse have told the court they "
        "knew nothing.",
        [
            ("indirect", "was an illegal warehouse", "say", "firefighters"),
            (
                "indirect",
                "they knew nothing",
                "tell",
                "Owners of what firefighters said was an illegal warehouse",
            ),
        ],
    ),
    "a_free_relative_with_as": (
        "Families of what officials described as a targeted attack said they wanted answers.",
        [
            ("indirect", "as a targeted attack", "describe", "officials"),
            (
                "indirect",
                "they wanted answers",
                "say",
                "Families of what officials described as a targeted attack",
            ),
        ],
    ),
    "what_a_speaker_said_as_an_object_is_unchanged": (
        "Mara Pell said what she had told the board: the depot would close.",
        [("indirect", "what she had told the board", "say", "Mara Pell")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(EMBEDDED))
def test_an_attribution_inside_a_noun_phrase(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


def test_a_clause_inside_the_named_thing_leaves_the_parse_alone(nlp):
    # "that the council made": the named thing has a clause of its own, so where it ends is
    # not "before the next verb"; the parser's reading stands
    text = "Ula Brenn fought what she thinks is a rule that the council made in haste."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "what she thinks is a rule that the council made in haste", "think", "she")
    ]
