"""cr_quotes: who speaks, for fragments followed by statements, inserted cues, pronouns after
a quote that names someone, object control and "he's said"."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- a fragment, its cue, then whole sentences ----------------------------------------------
    "statement_after_a_fragment_is_a_direct_quote_of_its_own": (
        "Still, the farms are ''barely making money,'' Mr. Brandt said from his office. "
        "''Farming is a thin business. I never advise buying a farm.''",
        [
            ("partial", "barely making money,", "say", "Brandt", "Brandt"),
            (
                "direct",
                "Farming is a thin business. I never advise buying a farm.",
                "say",
                "Brandt",
                "Brandt",
            ),
        ],
    ),
    # -- an inserted "X said," beats an agentless passive ---------------------------------------
    "inserted_cue_speaks_for_a_passive_fragment": (
        "In Tarrow, Mr. Ortiz said, Mr. Brandt is seen as “a loner, a man who trusts no one.”",
        [("partial", "a loner, a man who trusts no one.", "say", "Ortiz", "Ortiz")],
    ),
    # -- a pronoun after a quote is not someone named inside it ---------------------------------
    "pronoun_speaker_skips_a_name_inside_the_quote": (
        "Senator Tom Brandt spoke in Tarrow. “I needed a fight with Lena Ortiz "
        "before the vote,” he conceded.",
        [
            (
                "direct",
                "I needed a fight with Lena Ortiz before the vote,",
                "concede",
                "Tom Brandt",
                "he",
            )
        ],
    ),
    # -- who does what an infinitive says -------------------------------------------------------
    "object_of_led_announces": (
        "The loss of the vote led Lena Ortiz to announce her retirement.",
        [("indirect", "her retirement", "announce", "Lena Ortiz", "Lena Ortiz")],
    ),
    "promise_keeps_its_subject": (
        "Ortiz promised voters to reveal the budget.",
        [("indirect", "the budget", "reveal", None, "Ortiz")],
    ),
    # -- "'s" as "has" --------------------------------------------------------------------------
    "contracted_has_said": (
        "Think of Tom Brandt. He's said he writes his speeches on trains.",
        [("indirect", "he writes his speeches on trains", "say", "Tom Brandt", "He")],
    ),
    "it_is_said_has_no_speaker": (
        "It's said that the mayor will resign.",
        [("indirect", "the mayor will resign", "say", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_split_statement_stays_one_quote(nlp):
    text = "“Farms are dying,” Mr. Brandt said. “Farming is a thin business. Nobody buys farms.”"
    assert [(k, w) for k, w, *_ in quote_rows(nlp, text)] == [
        (
            "direct",
            "Farms are dying,” Mr. Brandt said. “Farming is a thin business. Nobody buys farms.",
        )
    ]


def test_fragment_followed_by_another_speakers_quote(nlp):
    text = "Brandt called the farms “barely alive.” “Farming is a thin business,” said Lena Ortiz."
    assert quote_rows(nlp, text)[-1] == (
        "direct",
        "Farming is a thin business,",
        "say",
        "Lena Ortiz",
        "Lena Ortiz",
    )
