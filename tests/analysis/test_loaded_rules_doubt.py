"""Loaded terms, rules for doubt words (``loaded/rules/doubt.py``): a hedge is not disputed by
its own content, and "no doubt" affirms. Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # -- a hedge is not disputed by its own content, nor by the words it hangs from ----------
    "hedge_content_does_not_dispute_it": [
        *unmarked(
            "The ministry lied to voters by claiming that the bridge was safe.",
            "Opponents would reject the claim that the levy funds the stadium.",
            "The only witness, she claimed, was a clerk later jailed for fake invoices.",
            "The chancellor had supposedly already rejected the offer before the vote.",
        ),
        (
            "The claim that the levy funds the stadium is nonsense.",
            [("nonsense", "expression of doubt")],
        ),
        (
            "Critics claimed, without evidence, that the harbour board had hidden losses.",
            [("claimed", "loaded verb of saying")],
        ),
        (
            "Verlan supposedly met the envoy, but he denies it.",
            [("supposedly", "expression of doubt")],
        ),
        (
            "The alleged bribe, which the minister denies, was never found.",
            [("alleged", "expression of doubt")],
        ),
    ],
    # -- "no doubt" affirms: it does not make the sentence dispute a claim --------------------
    "affirming_doubt_phrases_do_not_dispute": [
        ("The council claimed the bridge was safe, and there is no doubt about that.", []),
        (
            "The council claimed the bridge was safe, and there is doubt about that.",
            [("claimed", "loaded verb of saying")],
        ),
    ],
    # "X is supposedly Y" is doubt only of a real subject described right after the adverb;
    # hearsay, prospects, superlatives and legal reporting are left to rule "alleged"
    "supposedly_describing_or_relaying": [
        ("The board is supposedly neutral.", [("supposedly", "expression of doubt")]),
        ("She is supposedly his ally.", [("supposedly", "expression of doubt")]),
        *unmarked(
            "The accused is supposedly the gunman seen on the camera, police said.",
            "There is supposedly a vault under the bank.",
            "It is supposedly possible to reach the summit in a day.",
            "The drought is supposedly the worst in forty years.",
            "The ruling is supposedly due on Friday.",
            "Supposedly, the ruling is due on Friday.",
            # a time after the adjective makes it a timing
            "The new pier is supposedly ready by the autumn.",
            "The ferry route is supposedly open until March.",
        ),
        # a prepositional phrase that is part of the description keeps it doubt
        (
            "The regulator is supposedly independent of the banks.",
            [("supposedly", "expression of doubt")],
        ),
    ],
    # "complaint" is legal wording only as a filing, not as a grievance
    "complaint_as_filing_or_grievance": [
        (
            "Shoppers' biggest complaint is the alleged price gouging, which the chain denies.",
            [("alleged", "expression of doubt")],
        ),
        *unmarked("The regulator filed a complaint describing a fraudulent scheme."),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Orr, who is supposedly his oldest friend, left the party.", True),
        ("The Vell panel is supposedly independent.", True),
        # negative: a place or an event is the account relayed, not a description doubted
        ("The envoy is supposedly in Vell this week.", False),
        ("The envoy supposedly met the mayor on Tuesday.", False),
    ],
)
def test_supposedly_before_a_predicate_description(nlp, text, marked):
    assert bool([w for w, _ in marks(nlp, text) if w == "supposedly"]) is marked
