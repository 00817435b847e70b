"""cr_quotes on headlines: headline verbs of saying the tagger reads as names or nouns, and
names and nouns the tagger reads as headline verbs. Every text is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import MENTIONED, named, quote_rows, sentence_voices

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


# what the "Name:" lead rule leaves alone: the lead's head is a thing, the line is in the body,
# the words after the colon are a description, the name is a topic, the body names itself
NO_LEAD_CASES = {
    "a_possessive_lead_names_a_thing_of_the_person": (
        "Ruth Calder's wedding: Guests travel from five countries for the day\n\n"
        "Ruth Calder married on Saturday. Calder said the day was perfect.",
    ),
    "a_who_is_who_line_in_the_body_is_no_headline": (
        "The new trustees\n\nThe museum has new trustees.\n\n"
        "Owen Pask: The treasurer has run the accounts since 2015.\n\n"
        "Pask said the museum was in good shape.",
    ),
    "a_how_clause_after_the_lead_is_a_description": (
        "Owen Pask: How a young farmer lost his land in a single year\n\n"
        "Owen Pask farmed near Dunmore. Pask said the bank gave him no time.",
    ),
    "a_noun_phrase_with_a_relative_clause_is_no_statement": (
        "Owen Pask: the teacher who rebuilt the village school\n\n"
        "Owen Pask retired in June. Pask said he would miss the children.",
    ),
    "a_name_no_one_has_speak_is_a_topic": (
        "Owen Pask: Detectives are searching for the van that hit him\n\n"
        "Owen Pask, 31, was hurt on Friday. Pask is in hospital.",
    ),
    "a_body_spoken_of_as_the_lender_is_the_outlets_summary": (
        "Fellgate Bank: The lender will shut nine branches in the spring\n\n"
        "Fellgate Bank is cutting costs. The bank said the branches would close.",
    ),
}


@pytest.mark.parametrize("text", [c[0] for c in NO_LEAD_CASES.values()], ids=list(NO_LEAD_CASES))
def test_a_lead_that_is_no_speaker_gives_no_statement(nlp, text):
    assert [r for r in quote_rows(nlp, text, ("kind", "cue")) if r[1] == ":"] == []


def test_a_possessive_lead_with_a_noun_of_stance_gives_its_holder(nlp):
    text = (
        "Ruth Calder's verdict: The new bridge is a waste of public money\n\n"
        "Ruth Calder, the former engineer, said the bridge would never pay for itself."
    )
    rows = quote_rows(nlp, text, ("words", "cue", "person"))
    assert ("The new bridge is a waste of public money", ":", "Ruth Calder") in rows


@pytest.mark.parametrize("kicker", ["Business", "EXCLUSIVE", "World news"])
def test_a_kicker_over_the_headline_leaves_its_statement(nlp, kicker):
    text = (
        f"{kicker}\n\nOwen Pask: We will rebuild the mill within two years\n\n"
        "Owen Pask, the owner, said the fire had destroyed the roof."
    )
    rows = [r for r in quote_rows(nlp, text, ("words", "cue", "person")) if r[1] == ":"]
    assert rows == [("We will rebuild the mill within two years", ":", "Owen Pask")]


@pytest.mark.parametrize(
    "above",
    ["Fire at mill", "Storm hits coast\n\nBy Ann Lee"],
    ids=["a_short_headline", "a_headline_and_a_byline"],
)
def test_a_name_line_under_a_headline_is_part_of_the_story(nlp, above):
    text = (
        f"{above}\n\nOwen Pask: The mill will reopen in May after the flood\n\n"
        "Owen Pask, the owner, said the fire had destroyed the roof."
    )
    assert [r for r in quote_rows(nlp, text, ("words", "cue")) if r[1] == ":"] == []


def test_an_apostrophe_after_the_lead_is_no_quotation_mark(nlp):
    text = (
        "Owen Pask: Britain’s ferries will run again within two years\n\n"
        "Owen Pask, the minister, said the fleet would be rebuilt."
    )
    rows = [r for r in quote_rows(nlp, text, ("words", "cue", "person")) if r[1] == ":"]
    assert rows == [("Britain’s ferries will run again within two years", ":", "Owen Pask")]


# -- a headline quote tagged with a bare role phrase ("'...': rail minister on the cuts") ----------

ROLE_BODY = (
    "\n\nTomas Adler, the rail minister, spoke to reporters on Monday about the planned cuts."
    '\n\n"We will not close another branch line," Adler said.\n'
)


@pytest.mark.parametrize(
    "headline",
    named(
        {
            "colon": ("'We will not close another line': rail minister on the cuts",),
            "dash": ("'We will not close another line' – rail minister on the cuts",),
            "says": ("'We will not close another line', says rail minister",),
        }
    ),
)
def test_a_headline_quote_tagged_with_a_role_is_the_one_holder_of_that_role(nlp, headline):
    text = headline + ROLE_BODY
    rows = quote_rows(nlp, text, ("words", "person", "speaker"))
    assert rows[0] == ("We will not close another line", "Tomas Adler", "rail minister")
    voices = dict(sentence_voices(nlp, text))
    assert voices[headline] == "quoted"


@pytest.mark.parametrize(
    "text",
    named(
        {
            # two people hold the office: the tag says which office, not who
            "two-holders": (
                "'We were never consulted': union leader on the strike\n\n"
                "Maria Soto, a union leader at the depot, and Peter Lund, a union leader at the"
                " port, met managers on Tuesday.\n",
            ),
            # another office that shares the head noun, or only its last word
            "other-leader": (
                "'Talks have failed', says union leader\n\n"
                "Opposition leader Petra Lind said the talks should resume.\n",
            ),
            "adviser-to": (
                "'We will not close another line': rail minister on the cuts\n\n"
                "Jan Roe, an adviser to the rail minister, spoke on Monday.\n",
            ),
            "former": (
                "'We will not close another line': rail minister on the cuts\n\n"
                "Jan Roe, a former rail minister, spoke on Monday.\n",
            ),
            "bare-head": (
                "'We will not close another line', says minister\n\n"
                "Prime Minister Jan Roe spoke on Monday.\n",
            ),
            # no one in the article holds it
            "no-holder": (
                "'We were never consulted': union leader on the strike\n\n"
                "Maria Soto, a nurse, joined the picket line on Tuesday.\n",
            ),
        }
    ),
)
def test_a_role_tag_no_single_person_holds_keeps_the_phrase_and_no_person(nlp, text):
    rows = quote_rows(nlp, text, ("words", "person"))
    assert rows[0][1] is None


@pytest.mark.parametrize(
    "headline",
    [
        # a determiner: "a" names no one; the body's "the" is the people component's to resolve
        "'We will not close another line', says a rail minister",
        # no role noun ends the phrase
        "'We will not close another line': weekend timetable on the cuts",
    ],
)
def test_a_tag_that_is_no_bare_role_phrase_gives_no_person(nlp, headline):
    rows = quote_rows(nlp, headline + ROLE_BODY, ("words", "person"))
    assert rows[0] == ("We will not close another line", None)
