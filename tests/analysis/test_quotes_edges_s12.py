"""cr_quotes, session 12: what a reported quote holds (a "that" clause the parse lost after the
person told, numbers with their "%", no "only that", no relative aside or writer's forecast),
and where it ends (before a report of its own, after a fronted report under "according to")."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import quote_rows

COLUMNS = ("kind", "words", "cue", "speaker")


def _quotes(nlp, text):
    return quote_rows(nlp, text, COLUMNS)


# -- "told the jury that ..." when the parse loses the clause ------------------------------------


def test_a_that_clause_after_the_person_told_is_reported(nlp):
    # the parser reads "redirected" as an adjective of "payments" and hangs them on "told"
    text = "Lind told the jury that Moller had redirected payments to his brother."
    assert _quotes(nlp, text) == [
        ("indirect", "Moller had redirected payments to his brother", "tell", "Lind")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lind told the jury the story that had moved her.",
        "Her appointment sends a strong signal that bias in the force will not be tolerated.",
    ],
)
def test_a_relative_that_or_a_sent_signal_is_no_told_clause(nlp, text):
    assert _quotes(nlp, text) == []


# -- the edges of the content --------------------------------------------------------------------


def test_a_percent_sign_ends_the_content(nlp):
    assert _quotes(nlp, "Roe said growth would slow to 4% from 9%.") == [
        ("indirect", "growth would slow to 4% from 9%", "say", "Roe")
    ]


def test_an_adverb_of_the_saying_is_no_part_of_what_was_said(nlp):
    assert _quotes(nlp, "Dahl said only that the bank reviews its holdings.") == [
        ("indirect", "the bank reviews its holdings", "say", "Dahl")
    ]
    # "only" inside the clause is said
    assert _quotes(nlp, "Dahl said that only the bank reviews its holdings.") == [
        ("indirect", "only the bank reviews its holdings", "say", "Dahl")
    ]


def test_a_relative_aside_is_no_part_of_the_object_reported(nlp):
    assert _quotes(nlp, "The maker promises five years of repairs, which is generous.") == [
        ("indirect", "five years of repairs", "promise", "The maker")
    ]
    # the aside's own report starts after its verb, not at the relative pronoun
    assert _quotes(
        nlp, "She opposed the tariff scheme, which she believes rewarded the largest importers."
    ) == [
        ("indirect", "the tariff scheme", "oppose", "She"),
        ("indirect", "rewarded the largest importers", "believe", "she"),
    ]


def test_a_restrictive_relative_clause_stays_with_its_object(nlp):
    assert _quotes(nlp, "The mayor praised the volunteers who cleaned the beach.") == [
        ("indirect", "the volunteers who cleaned the beach", "praise", "The mayor")
    ]


def test_blaming_something_on_a_cause_keeps_the_cause(nlp):
    assert _quotes(nlp, "The minister blamed the delay on suppliers missing deadlines.") == [
        ("indirect", "the delay on suppliers missing deadlines", "blame", "The minister")
    ]


# -- a forecast in the writer's voice ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Casual hikers will want to look elsewhere.", "Some buyers may prefer the smaller model."],
)
def test_a_view_under_will_or_may_is_the_writers_forecast(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Casual hikers want to look elsewhere.",
            ("indirect", "to look elsewhere", "want", "Casual hikers"),
        ),
        (
            "Union leaders will seek to meet the minister.",
            ("indirect", "to meet the minister", "seek", "Union leaders"),
        ),
    ],
)
def test_a_present_view_or_a_plan_is_still_reported(nlp, text, row):
    assert _quotes(nlp, text) == [row]


# -- where the content stops ---------------------------------------------------------------------


def test_a_joined_clause_with_a_report_of_its_own_ends_the_content(nlp):
    text = (
        "Analysts say most small lenders are run by a single family, and regulators have "
        "called for a review."
    )
    assert _quotes(nlp, text) == [
        ("indirect", "most small lenders are run by a single family", "say", "Analysts"),
        ("indirect", "a review", "call", "regulators"),
    ]


def test_a_joined_clause_with_no_report_stays_in_the_content(nlp):
    assert _quotes(nlp, "Roe said the road was closed and the bridge was out.") == [
        ("indirect", "the road was closed and the bridge was out", "say", "Roe")
    ]


def test_according_to_after_a_fronted_report_sources_only_what_follows_it(nlp):
    text = (
        "Revenue for the quarter rose 9% to $2.1 billion, the firm said in a statement, "
        "slightly ahead of the $2.0 billion analysts had expected, according to Vantage data."
    )
    assert _quotes(nlp, text) == [
        ("indirect", "Revenue for the quarter rose 9% to $2.1 billion", "say", "the firm"),
        (
            "indirect",
            "slightly ahead of the $2.0 billion analysts had expected",
            "according to",
            "Vantage data",
        ),
    ]


def test_according_to_right_after_a_fronted_report_sources_the_whole(nlp):
    rows = _quotes(nlp, "The plan failed, Roe said on Monday, according to the Ledger.")
    assert ("indirect", "The plan failed, Roe said on Monday", "according to", "the Ledger") in rows


# -- a quote over two paragraphs -----------------------------------------------------------------


def test_the_mark_reopening_a_quote_is_not_shown_as_its_words(nlp):
    text = (
        'The coach said: "We ran hard all night and never stopped.\n\n'
        '"I am proud of every one of them."'
    )
    rep = analyze_text(text, nlp)
    (quote,) = rep.quotes
    assert rep.quote_excerpt(quote, 200) == (
        "We ran hard all night and never stopped. I am proud of every one of them."
    )
    # a mark inside one paragraph is the speaker's own quotation and stays
    text = "The coach said: \"They call it 'a miracle' and I agree.\""
    rep = analyze_text(text, nlp)
    assert rep.quote_excerpt(rep.quotes[0], 200) == "They call it 'a miracle' and I agree."
