"""cr_quotes: verbs found by their written form, passive "asked" clauses, coordinated
speakers and content introduced by a colon."""

from __future__ import annotations

import pytest

from contextreader.analysis.quotes import cue_lexicon
from tests.analysis.helpers import named, quote_rows

COLUMNS = ("kind", "words", "cue", "mention")


def test_written_forms_point_to_their_lemma():
    forms = cue_lexicon().forms
    assert forms["hopes"] == forms["hoped"] == forms["hoping"] == "hope"
    assert forms["admitted"] == forms["admits"] == "admit"
    assert forms["said"] == "say" and forms["denies"] == "deny"
    assert "hop" not in forms  # no form of a verb outside the lexicon


# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, speaker mention).
CASES = {
    # -- verbs the model lemmatises wrongly -----------------------------------------------------
    "hopes_is_a_cue_though_lemmatised_as_hop": (
        "Mayor Lena Ortiz hopes that the bridge will open soon.",
        [("indirect", "the bridge will open soon", "hope", "Lena Ortiz")],
    ),
    "hoping_in_the_progressive": (
        "Ortiz is hoping the bridge opens.",
        [("indirect", "the bridge opens", "hope", "Ortiz")],
    ),
    "a_verb_outside_the_lexicon_is_no_cue": (
        "The rabbit hopped over the fence that the farmer built.",
        [],
    ),
    # -- "Asked about X, Roe said ..." ----------------------------------------------------------
    "asked_clause_is_no_speech_of_the_main_subject": (
        "Asked about the budget, Lena Ortiz said the city would cut costs.",
        [
            ("indirect", "the city would cut costs", "say", "Lena Ortiz"),
        ],
    ),
    "when_asked_whether": (
        "When asked whether she would run, Ortiz said she had not decided.",
        [
            ("indirect", "she had not decided", "say", "Ortiz"),
        ],
    ),
    "an_asker_with_a_subject_still_asks": (
        "Ortiz asked whether the bridge would open.",
        [("indirect", "whether the bridge would open", "ask", "Ortiz")],
    ),
    # -- coordinated subjects -------------------------------------------------------------------
    # the non-breaking space makes the parser take "Current" for the head and "officials" for
    # its conjunct
    "misparsed_coordination_takes_the_whole_phrase": (
        "The club must start over.\u00a0Current and former members who talked to the "
        "Gazette said the club has lost its way.",
        [
            (
                "indirect",
                "the club has lost its way",
                "say",
                "Current and former members",
            )
        ],
    ),
    "two_coordinated_groups_speak_together": (
        "Democrats and Republicans in the state senate said the plan had failed.",
        [
            (
                "indirect",
                "the plan had failed",
                "say",
                "Democrats and Republicans in the state senate",
            )
        ],
    ),
    # -- "X said:" with the words after the colon -----------------------------------------------
    # the paragraph after the colon is a block quotation whose marks were lost: her words
    "colon_at_line_end_introduces_the_next_paragraph": (
        "The mayor, Lena Ortiz, said on Monday:\n\n"
        "The bridge must open this year. The council has failed.\n\nThen she left.",
        [
            (
                "direct",
                "The bridge must open this year. The council has failed.",
                "say",
                "Lena Ortiz",
            )
        ],
    ),
    "colon_introduces_a_list": (
        "Ortiz wrote:\n\n- a new bridge by May\n- a second ferry\n\nThe council refused.",
        [("indirect", "a new bridge by May\n- a second ferry", "write", "Ortiz")],
    ),
    "colon_after_an_addressee": (
        "Ortiz told reporters: the bridge must open.",
        [("indirect", "the bridge must open", "tell", "Ortiz")],
    ),
    "colon_before_a_quotation_mark_is_a_direct_quote": (
        'Ortiz said: "The bridge must open this year."',
        [("direct", "The bridge must open this year.", "say", "Ortiz")],
    ),
    "colon_after_a_verb_that_is_no_cue": (
        "Ortiz listed her demands:\n\n- a new bridge by May\n- a second ferry",
        [],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text, COLUMNS) == expected


def test_a_relative_clause_after_the_conjunct_is_left_out(nlp):
    text = "Farmers and ranchers who grow hay said the drought was severe."
    assert quote_rows(nlp, text, COLUMNS)[-1] == (
        "indirect",
        "the drought was severe",
        "say",
        "Farmers and ranchers",
    )


PERSON_COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _person_quotes(nlp, text):
    return quote_rows(nlp, text, PERSON_COLUMNS)


def test_declined_to_comment_is_not_the_quote_cue(nlp):
    text = (
        'A sign on the ferry gate read: "Closed until spring." Captain Ida Munk declined to '
        "comment."
    )
    assert [row[3] for row in _person_quotes(nlp, text) if row[0] == "direct"] == [None]


def test_would_not_comment_is_not_the_quote_cue(nlp):
    text = (
        'Every door on Alder Street had the same flyer: "Vote no on the tower." The developer, '
        "Hollis Crane, would not comment."
    )
    assert all(row[3] != "Hollis Crane" for row in _person_quotes(nlp, text))


def test_reported_profits_are_a_figure(nlp):
    assert _person_quotes(nlp, "Lakeville Bank reported higher profits on Tuesday.") == []


def test_reported_thing_still_reports(nlp):
    assert _person_quotes(nlp, "Harbor police reported the theft on Tuesday.") == [
        ("indirect", "the theft", "report", None, "Harbor police")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Another nationwide strike has been called for Thursday.",
        "A meeting of the board has been called for next week.",
    ],
)
def test_a_date_after_called_for_says_when_not_what(nlp, text):
    # a strike or meeting "called for" a day is set for it: nothing is asked for or said
    assert quote_rows(nlp, text, ("kind", "words")) == []


def test_called_for_a_thing_is_still_asked_for(nlp):
    # guard: a thing after "called for" is what is asked, even with a day after it
    text = "The union called for a ban on Monday."
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [("indirect", "a ban", "call")]


def test_a_phrase_that_opens_with_a_time_but_names_more_is_still_content(nlp):
    # guard: "years of slow growth" is what they point to, not when
    text = "Some analysts point to years of slow growth."
    assert quote_rows(nlp, text, ("kind", "words")) == [("indirect", "years of slow growth")]


def test_a_quoted_word_inside_an_added_thing_is_no_quote(nlp):
    # 'adding "fresh" ideas': the quoted word qualifies what is added; nothing is said
    text = 'Mark Dunn is adding "fresh" ideas to the menu.'
    assert [r for r in quote_rows(nlp, text, ("kind", "words")) if r[0] != "scare"] == []


def test_a_faculty_that_refuses_holds_no_view(nlp):
    text = "He plays a clerk whose conscience refuses to rest. The clerk refused to resign."
    assert [r[0] for r in quote_rows(nlp, text, ("words",))] == ["to resign"]
