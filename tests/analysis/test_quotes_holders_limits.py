"""cr_quotes: ordinary sentences the holder, announcement, colon and signature rules must leave
alone: a phrase in a group's sentence stays the writer's word, an announcement that is denied or
made by a thing gives no speaker, a colon lead names a person by office, and a name after a dash
or a line signs nothing unless it ends the quote."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

ROWS = ("kind", "words", "cue", "mention")

# Each case: a short article and every quote found in it, as (kind, quoted text, cue, mention).
CASES = {
    # -- a phrase in the outlet's sentence about a group or a thing ---------------------------
    "a_court_striking_a_named_program_says_nothing": (
        'The court struck down the "stop and frisk" program on Friday.',
        [("scare", "stop and frisk", None, None)],
    ),
    "voters_in_a_wave_say_nothing": (
        'Voters flocked to the polls in a "blue wave" that surprised the pundits.',
        [("scare", "blue wave", None, None)],
    ),
    "they_built_a_smart_city": (
        'They built a "smart" city in the desert.',
        [("scare", "smart", None, None)],
    ),
    "a_group_that_describes_itself_holds_the_phrase": (
        'The Dune Walkers Club bills itself as a "home for lost hikers" on its website.',
        [("partial", "home for lost hikers", None, "The Dune Walkers Club")],
    ),
    "an_outlet_voice_article_keeps_its_scare_quotes": (
        'The town\'s "smart" meters have a "lifetime" warranty. The council faces a "reckoning"'
        ' over them. Residents are tired of the "new normal" and the "green" budget.',
        [
            ("scare", "smart", None, None),
            ("scare", "lifetime", None, None),
            ("scare", "reckoning", None, None),
            ("scare", "new normal", None, None),
            ("scare", "green", None, None),
        ],
    ),
    # a longer stretch in the predicate of a group is the group's own words
    "a_group_holds_a_long_stretch": (
        'The Farmers Union "will not sign any deal that cuts the price of milk" this year.',
        [
            (
                "partial",
                "will not sign any deal that cuts the price of milk",
                None,
                "The Farmers Union",
            )
        ],
    ),
    # -- words put forward, then the quote ------------------------------------------------------
    "a_storm_issuing_a_warning_names_no_one": (
        'The storm issued a warning to sailors.\n\n"Stay in port until Friday."',
        [("direct", "Stay in port until Friday.", None, None)],
    ),
    "a_union_issuing_a_statement_speaks": (
        'The union issued a statement.\n\n"We will not back down from this fight."',
        [("direct", "We will not back down from this fight.", None, "The union")],
    ),
    "no_reply_is_no_announcement": (
        'Jan Roe did not respond when asked about it. "The bridge was never safe."',
        [("direct", "The bridge was never safe.", None, None)],
    ),
    "would_not_say_is_no_announcement": (
        'Jan Roe would not say. "The bridge was never safe."',
        [("direct", "The bridge was never safe.", None, None)],
    ),
    "a_statement_not_issued_is_no_announcement": (
        'Jan Roe did not issue a statement. "The bridge was never safe."',
        [("direct", "The bridge was never safe.", None, None)],
    ),
    "said_in_a_statement_then_the_words": (
        'Jan Roe said in a statement. "The bridge was never safe."',
        [("direct", "The bridge was never safe.", "say", "Jan Roe")],
    ),
    # -- a colon lead ----------------------------------------------------------------------------
    "a_named_person_was_blunt": (
        'Jan Roe was blunt: "We are out of money."',
        [("direct", "We are out of money.", None, "Jan Roe")],
    ),
    "an_office_holder_was_blunt": (
        'The mayor was blunt: "We are out of money."',
        [("direct", "We are out of money.", None, "The mayor")],
    ),
    "a_menu_speaks_no_words": (
        'The menu was simple: "Soup, bread and cheese."',
        [("direct", "Soup, bread and cheese.", None, None)],
    ),
    # -- a dash and a name ------------------------------------------------------------------------
    "a_name_that_goes_on_with_a_verb_signs_nothing": (
        'Jan Roe said: "We are broke and the bridge must wait" — Tom Ruiz disagreed.',
        [("direct", "We are broke and the bridge must wait", "say", "Jan Roe")],
    ),
    "signed_lines_with_a_place": (
        'Readers wrote in.\n"The bridge must wait until spring." — Ana Cruz, Dover\n'
        '"Fix the roads first." — Tom Ruiz, Hale',
        [
            ("direct", "The bridge must wait until spring.", None, "Ana Cruz"),
            ("direct", "Fix the roads first.", None, "Tom Ruiz"),
        ],
    ),
    # -- signs held with something else ----------------------------------------------------------
    "signs_held_with_candles_are_the_holders": (
        'Residents held candles and signs reading "Justice for Ana."',
        [("partial", "Justice for Ana.", "read", "Residents")],
    ),
    # -- a claim's holder is named without the possessive -----------------------------------------
    "a_claims_holder_without_its_s": (
        'Tom Ruiz rejected Jan Roe\'s claim that the bridge was "perfectly safe."',
        [("partial", "perfectly safe.", "claim", "Jan Roe")],
    ),
    # -- two quotes, each with its own cue -------------------------------------------------------
    "two_quotes_two_cues": (
        '"We won," Jan Roe said. "Now we govern," she said.',
        [("direct", "We won,", "say", "Jan Roe"), ("direct", "Now we govern,", "say", "she")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected
