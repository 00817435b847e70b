"""cr_quotes on headlines: headline verbs of saying the tagger reads as names or nouns, and
names and nouns the tagger reads as headline verbs. Every text is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

ROWS = ("kind", "words", "cue", "speaker")


# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- headline verbs --------------------------------------------------------------------------
    "a_headline_verb_before_a_colon_is_no_part_of_the_name": (
        'Roe Tweeted: "We won tonight."',
        [("direct", "We won tonight.", None, None, "Roe")],
    ),
    "a_headline_verb_tagged_as_a_name_is_a_cue": (
        'Mayor Slams Plan As "Reckless"',
        [("partial", "Reckless", "slam", None, "Mayor")],
    ),
    "a_subject_ends_at_a_headline_verb_after_a_name": (
        "Nora Vale Slams Council Over Parking Fees, Tells Drivers to ‘Slow Down’",
        [("partial", "Slow Down", "tell", None, "Nora Vale")],
    ),
    "a_place_name_in_a_headline_is_no_verb": (
        'United States Officials Say Talks Are "Useful"',
        [("partial", "Useful", "say", None, "United States Officials")],
    ),
    "a_noun_after_a_headline_verb_is_no_cue": (
        "Tom Harker Rebuffs Calls To Resign Over Shortfall\n\nMayor Tom Harker spoke on Monday.",
        [],
    ),
    "a_headline_verb_before_a_capitalised_noun_still_reports": (
        "Jo Smith Says Calls Were Ignored\n\nJo Smith spoke on Monday.",
        [("indirect", "Calls Were Ignored", "say", "Jo Smith", "Jo Smith")],
    ),
    "a_plural_name_in_running_text_is_no_headline_verb": (
        'The United States said the talks were "useful."',
        [("partial", "useful.", "say", None, "The United States")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# -- a headline verb the parser read as a noun -------------------------------------------------


def test_a_headline_noun_read_as_the_verb_gives_no_quote(nlp):
    text = "Harker rebuffs calls to delay ferry bill as rebellion grows\n\nThe vote is on Monday."
    assert quote_rows(nlp, text, ROWS) == []


def test_a_headline_verb_of_saying_still_reports(nlp):
    text = "Harker calls for delay to housing bill\n\nThe vote is on Monday."
    assert [r[:2] for r in quote_rows(nlp, text, ("kind", "cue"))] == [("indirect", "call")]


def test_a_capitalised_plural_subject_may_be_a_name(nlp):
    # a surname in "-s" agrees with "believes": the report stays
    text = "Ned Wines believes that the ferry will run again."
    assert [r[:2] for r in quote_rows(nlp, text, ("kind", "cue"))] == [("indirect", "believe")]
