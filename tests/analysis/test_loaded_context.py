"""Loaded terms: the context rules that keep marks precise (issue 4).

Each rule has a sentence where it marks and one where it stays silent; the sentences and names
are invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, scare, unmarked

# Each group names the rule its sentences test; each case is a sentence and every
# (marked words, category) found in it.
MARKS = {
    # -- "amplified": a plain verdict noun counts where the writer piles it up ----------------
    "lie_only_when_amplified": [
        ("It was the biggest lie of the year.", [("lie", "contentious label")]),
        ("The report was a web of lies.", [("lies", "contentious label")]),
        ("Dorsey repeated the lie about the budget.", []),
        ("She told a white lie.", []),
    ],
    # -- "label": group words and labels count where they are said of people -----------------
    "labels_said_of_people": [
        ("Marla Venn is a neocon.", [("neocon", "contentious label")]),
        ("The neocons met on Tuesday.", []),
        ("Marla Venn is a globalist.", [("globalist", "contentious label")]),
        ("The fund paid for globalist projects.", []),
        ("The fanatic Jorvan Kell was jailed.", [("fanatic", "contentious label")]),
        ("Police said the fanatic Tom Becket was jailed.", [("fanatic", "contentious label")]),
        ("The fanatics met on Tuesday.", []),
        ("Teller is the swamp.", [("swamp", "contentious label")]),
        ("They promised to drain the swamp.", [("drain the swamp", "contentious label")]),
    ],
    # -- set phrases and new entries ----------------------------------------------------------
    "set_phrases_and_mined_entries": [
        ("Vale called the inquiry a Witch Hunt.", [("Witch Hunt", "contentious label")]),
        ("It was a partisan attack on the judge.", [("partisan", "contentious label")]),
        ("The verdict shocked the town.", [("shocked", "exaggeration")]),
        ("The remarks scandalized parishioners.", [("scandalized", "exaggeration")]),
        ("The law tramples free speech.", [("tramples", "exaggeration")]),
        ("An overzealous clerk refused the form.", [("overzealous", "exaggeration")]),
        ("Two jihadists were seen near the border.", [("jihadists", "contentious label")]),
        ("Orla called the senator a scoundrel.", [("scoundrel", "contentious label")]),
        ("Officials plundered the pension fund.", [("plundered", "exaggeration")]),
        ("The camp conditions were inhumane.", [("inhumane", "exaggeration")]),
        ("An ominously quiet week followed.", [("ominously", "fear and threat")]),
        ("He was violently opposed to the plan.", [("violently", "exaggeration")]),
    ],
    "neutral_senses_and_names": unmarked(
        "The partisan divide widened after the vote.",
        "Propaganda campaigns were studied in the course.",
        "The counter-propaganda unit was closed.",
        "The state will receive federal disaster aid.",
        "Astronomers mapped the stellar system.",
        "The bill was banned outright.",
        "She paid the petty cash bill.",
        "The school ran an anti-bullying week.",
        "She reviewed Witch Hunt Diaries for the paper.",
    ),
    # -- doubt: "purported" follows the rule for its synonym "alleged" -------------------------
    "purported_only_where_the_matter_is_contested": [
        ("The purported memo surfaced on Monday.", []),
        (
            "The purported memo, which the ministry denied writing, surfaced on Monday.",
            [("purported", "expression of doubt")],
        ),
    ],
    # -- voice: puffery in a speaker's mouth is not the outlet's promotion ---------------------
    "puffery_not_marked_inside_a_speakers_quote": [
        ("The amazing bridge opened on Monday.", [("amazing", "puffery")]),
        ('"It was an amazing night," Ferro said.', []),
    ],
    # "no evidence" is what the claim says, not a dispute of it
    "claim_is_not_disputed_by_its_own_words": unmarked(
        "Harlan claimed that there was no evidence of fraud."
    ),
    "so_called_introducing_a_name_or_coined_term_is_not_doubt": unmarked(
        "Delvin chaired the so-called Harwick Group for years.",
        "Inspectors seized so-called burner phones at the port.",
        "The so-called peace dividend never arrived.",
    ),
    "legal_terms_are_loaded_only_outside_court_reporting": [
        ("Prosecutors said the firm made fraudulent payments to a shell company.", []),
        (
            "The ministry ran a fraudulent scheme to hide the cuts.",
            [("fraudulent", "contentious label")],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


# -- scare quotes: loaded where they deny people their name ----------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ('The "progressives" won the vote.', "progressives", True),
        ('The "recovery" began in June.', "recovery", False),
        # a word for a camp, but named ("known as"), not held at a distance
        ('A faction known as the "progressives" won the vote.', "progressives", False),
    ],
)
def test_scare_quotes_that_pass_a_verdict(nlp, text, word, kept):
    assert ((word, "scare quotes") in marks(nlp, text, scare(text, word))) is kept
