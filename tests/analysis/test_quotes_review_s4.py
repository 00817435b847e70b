"""cr_quotes, session 4 review: things received, found or shown before a colon speak no
words, a sign that reads words is no speaker, headline verbs the tagger took for names, a
subject fused with the noun its clause describes, and sayings set off after their noun."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- received, found, shown: the words are the thing's --------------------------------------
    "a_flyer_received_is_no_words_of_the_receivers": (
        'Voters in Marlow received a flyer: "Stop the tax hike now."',
        [("direct", "Stop the tax hike now.", None, None, None)],
    ),
    "a_letter_got_from_a_sender_is_the_senders": (
        'Residents got a letter from the council: "Your water will be shut off on Friday."',
        [("direct", "Your water will be shut off on Friday.", None, None, "the council")],
    ),
    "a_letter_got_is_no_words_of_the_receivers": (
        'Residents got a letter on Monday: "Your water will be shut off on Friday."',
        [("direct", "Your water will be shut off on Friday.", None, None, None)],
    ),
    "a_note_found_before_a_participle_is_the_notes": (
        'Inspectors found a note taped to the door: "Closed until further notice."',
        [("direct", "Closed until further notice.", None, None, None)],
    ),
    "a_short_note_found_is_a_scare_quote": (
        'Inspectors found a statement on the desk: "We quit."',
        [("scare", "We quit.", None, None, None)],
    ),
    "receiving_something_then_saying_still_reports": (
        'The mayor received the report and said: "This changes nothing."',
        [("direct", "This changes nothing.", "say", None, "The mayor")],
    ),
    "finding_with_no_object_reports": (
        'We found: "Most tenants pay too much."',
        [("direct", "Most tenants pay too much.", "find", None, "We")],
    ),
    # -- reading: a sign shows words, a speaker voices a statement -------------------------------
    "a_shop_sign_reading_words_is_no_speaker": (
        'A shop sign read: "Everything must go."',
        [("direct", "Everything must go.", None, None, None)],
    ),
    "reading_out_a_statement_gives_the_readers_words": (
        'Roe read a statement: "I am stepping down today."',
        [("direct", "I am stepping down today.", "read", None, "Roe")],
    ),
    "reading_out_someone_elses_letter_is_not_the_readers": (
        'Roe read a letter from her father: "Be brave."',
        [("scare", "Be brave.", None, None, None)],
    ),
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
    # -- "a move critics called ..." ---------------------------------------------------------------
    "a_clause_on_a_noun_speaks_for_its_own_subject": (
        "The Lakeville Ledger reported the deal on Monday, a move critics called a "
        '"reckless giveaway."',
        [("partial", "reckless giveaway.", "call", None, "critics")],
    ),
    "a_group_of_critics_stays_whole": (
        'A group of critics called the plan "a giveaway."',
        [("partial", "a giveaway.", "call", None, "A group of critics")],
    ),
    # -- sayings set off after their noun ----------------------------------------------------------
    "a_possessed_motto_before_a_colon": (
        'Jan Roe\'s motto: "Work hard, be kind."',
        [("direct", "Work hard, be kind.", "motto", "Jan Roe", "Jan Roe")],
    ),
    "a_possessed_slogan_in_apposition": (
        'Jan Roe stood at the gate. Her slogan, "Build it now," was everywhere.',
        [("direct", "Build it now,", "slogan", "Jan Roe", "Her")],
    ),
    "a_single_name_possessing_a_slogan": (
        'Roe\'s slogan is "Build it now."',
        [("partial", "Build it now.", "slogan", None, "Roe")],
    ),
    # -- neighbours that must not change ---------------------------------------------------------
    "called_with_a_subject_of_its_own_is_a_partial_quote": (
        'Roe called the plan "a disgrace."',
        [("partial", "a disgrace.", "call", None, "Roe")],
    ),
    "a_book_title_is_a_scare_quote": (
        'Her book "Bread and Stones" came out in May.',
        [("scare", "Bread and Stones", None, None, None)],
    ),
    "according_to_in_the_middle_of_a_report_leaves_the_speaker": (
        'Pruitt said the plan, according to her staff, was "dead on arrival."',
        [("partial", "dead on arrival.", "say", None, "Pruitt")],
    ),
    "a_split_quote_across_a_long_cue_is_one_quote": (
        '"This budget," Pruitt said in a long speech to the council on Tuesday evening, '
        '"is a disgrace."',
        [
            (
                "direct",
                'This budget," Pruitt said in a long speech to the council on Tuesday evening, '
                '"is a disgrace.',
                "say",
                None,
                "Pruitt",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
