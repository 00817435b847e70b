"""Loaded terms, session 5: context where a listed word is not loaded (issue 4, precision).

Each rule has the sentence where its word is still marked next to the sentences where the
context takes the mark away; every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.lexicon import load_lexicon
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
    # -- an adjective's sense is set by its noun, a noun's by its modifiers, wherever they stand
    "sense_set_by_the_noun_across_other_modifiers": [
        *unmarked(
            "Inspectors said the most devastating Kavarian airstrike in years hit the port.",
            "The devastating Harwick shooting left nine dead.",
            "The new tax and customs regime starts in May.",
            "Police disarmed the extremist Ostrevian groups in the hills.",
        ),
        (
            "Bracken called it a devastating failure of leadership.",
            [("devastating", "exaggeration")],
        ),
        ("The regime jailed three reporters.", [("regime", "contentious label")]),
    ],
    # -- a quality or label the sentence denies is applied to nobody ---------------------------
    "denied_verdicts_are_not_applied": [
        *unmarked(
            "The mayor is not brilliant, but she is careful.",
            "Men like these are not valiant.",
            "Dara Voss was never a traitor to the party.",
            "This storm is no disaster.",
            "The count was not rigged.",
        ),
        ("The count was rigged.", [("rigged", "contentious label")]),
        ("The plan is not just stupid, it is dangerous.", [("stupid", "contentious label")]),
        ("Vell is not the only extremist on the board.", [("extremist", "contentious label")]),
        ("Isn't that disgusting?", [("disgusting", "exaggeration")]),
        ("Certainly not: the plan was absurd.", [("absurd", "exaggeration")]),
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
    # -- "not X but Y" denies X and asserts Y ------------------------------------------------
    "but_asserts_what_it_joins": [
        (
            "The ruling was not a setback but a catastrophe for the port.",
            [("catastrophe", "fear and threat")],
        ),
        ("The vote was not a fiasco, but a debacle.", [("debacle", "exaggeration")]),
    ],
    # -- a word a determiner or modifier picks out is used, whatever verb follows --------------
    "a_word_picked_out_is_used_before_a_verb_of_meaning": [
        ("The fiasco means ratepayers will pay more.", [("fiasco", "exaggeration")]),
        ("This debacle means the club must sell players.", [("debacle", "exaggeration")]),
        ("The regime was defined by curfews.", [("regime", "contentious label")]),
    ],
    # -- a maxim about an act anyone may do praises nobody -------------------------------------
    "maxims_are_not_puffery": [
        ("It was noble to forgive an old rival in public.", []),
        ("It is wonderful to see the harbour rebuilt.", []),
        ("It was noble of Vell to resign.", [("noble", "puffery")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_context_lists_for_the_new_rules_are_loaded():
    lexicon = load_lexicon()
    assert "no doubt" in lexicon.affirming
    assert {"word", "term", "define"} <= lexicon.mention
    assert "mean" in lexicon.signify
