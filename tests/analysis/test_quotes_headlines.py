"""cr_quotes on headlines: headline verbs of saying the tagger reads as names or nouns, and
names and nouns the tagger reads as headline verbs. Every text is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import MENTIONED, named, quote_rows

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


# -- a "Name:" lead before an unmarked statement ------------------------------------------------
LEAD_CASES = {
    "a_person_named_again_in_the_story_says_the_statement": (
        "Vale: Ferry fares will rise by a third in May.\n\nNora Vale spoke on Monday.",
        [("indirect", "Ferry fares will rise by a third in May", ":", "Nora Vale", "Vale")],
    ),
    "a_name_the_story_never_mentions_again_may_be_a_topic": (
        "Vale: Ferry fares will rise by a third in May.\n\nThe board met on Monday.",
        [],
    ),
    "a_place_before_the_colon_is_a_topic": (
        "Harwick: Ferry fares will rise by a third in May.\n\nNora Vale spoke on Monday.",
        [],
    ),
    "a_genre_label_is_the_outlets_own": (
        "Analysis: Ferry fares will rise by a third in May.\n\nNora Vale spoke on Monday.",
        [],
    ),
    "a_phrase_with_no_verb_is_a_topic": (
        "Vale: A Life In Public Service And Quiet Work\n\nNora Vale spoke on Monday.",
        [],
    ),
    "a_question_after_the_lead_is_no_statement": (
        "Vale: Will the ferry ever run again on time?\n\nNora Vale spoke on Monday.",
        [],
    ),
    "a_lead_inside_a_paragraph_is_no_headline": (
        "Nora Vale spoke on Monday. Vale: fares will rise by a third in May.",
        [],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(LEAD_CASES))
def test_a_headline_lead_gives_its_statement(nlp, text, expected):
    assert quote_rows(nlp, text, MENTIONED) == expected
