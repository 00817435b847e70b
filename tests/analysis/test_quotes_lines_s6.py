"""A direct quote over several one-sentence lines, marked only at its two ends (session 6).

Some texts put each sentence on its own line; a quote of three sentences is then an opening
mark, a line with no marks, and a closing mark on a later line. Every article here is invented.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes import find_pairs
from contextreader.analysis.quotes.marks import RUN_LINES
from tests.analysis.helpers import named, quote_rows, sentence_voices

STATEMENT = (
    "The harbour board met on Monday.\n"
    "Tomas Vell said in a statement: “I categorically reject these claims.\n"
    "I have never met the man.\n"
    "This smear campaign will fail.”\n"
    "The board will vote next week.\n"
)


def double_quotes(text: str) -> list[str]:
    """The words inside each pair of double marks, in text order."""
    return [text[p.start : p.end] for p in find_pairs(text) if not p.single]


def test_a_quote_over_three_lines_is_one_direct_quote_with_its_speaker(nlp):
    assert quote_rows(nlp, STATEMENT) == [
        (
            "direct",
            "I categorically reject these claims.\nI have never met the man.\n"
            "This smear campaign will fail.",
            "say",
            "Tomas Vell",
            "Tomas Vell",
        )
    ]


def test_the_lines_inside_the_quote_are_quoted_not_the_writers_own(nlp):
    assert sentence_voices(nlp, STATEMENT) == [
        ("The harbour board met on Monday.", "unattributed"),
        ("Tomas Vell said in a statement: “I categorically reject these claims.", "quoted"),
        ("I have never met the man.", "quoted"),
        ("This smear campaign will fail.”", "quoted"),
        ("The board will vote next week.", "unattributed"),
    ]
    rep = analyze_text(STATEMENT, nlp)
    assert [(STATEMENT[slice(*t.span)], t.voice) for t in rep.loaded_terms] == [
        ("smear campaign", "quoted")
    ]
    assert [STATEMENT[slice(*a.span)] for a in rep.assertions] == [
        "The harbour board met on Monday.",
        "The board will vote next week.",
    ]


def test_a_cue_after_the_closing_mark_names_the_speaker(nlp):
    text = (
        "“We will not sell the orchard.\n"
        "It has been ours for a century.\n"
        "Nobody asked us,” said Ada Roan.\n"
    )
    assert quote_rows(nlp, text) == [
        (
            "direct",
            "We will not sell the orchard.\nIt has been ours for a century.\nNobody asked us,",
            "say",
            "Ada Roan",
            "Ada Roan",
        )
    ]


PAIRS = {
    # -- runs that are one quote ------------------------------------------------------------
    "apostrophes_in_words_do_not_break_a_run": (
        "Ada Roan said: “We won’t sell.\nThe land isn't theirs.\nWe stay.”\n",
        ["We won’t sell.\nThe land isn't theirs.\nWe stay."],
    ),
    "a_quote_within_the_quote_on_its_closing_line": (
        "Ada Roan said: “We won’t sell.\nThe land is ours.\nThey called it ‘fair’, it is not.”\n",
        ["We won’t sell.\nThe land is ours.\nThey called it ‘fair’, it is not."],
    ),
    "two_apostrophes_standing_for_double_marks": (
        "Ada Roan said: ''We will not sell.\nThe land is ours.\nWe stay.''\n",
        ["We will not sell.\nThe land is ours.\nWe stay."],
    ),
    "marks_after_the_close_on_its_line_pair_as_usual": (
        "Ada Roan said: “We will not sell.\nWe stay,” she said. “Ask anyone.”\n",
        ["We will not sell.\nWe stay,", "Ask anyone."],
    ),
    "six_lines_is_the_limit": (
        "Ada Roan said: “One.\nTwo.\nThree.\nFour.\nFive.\nSix.”\n",
        ["One.\nTwo.\nThree.\nFour.\nFive.\nSix."],
    ),
    # -- runs that are not: the old reading stands ------------------------------------------
    "seven_lines_is_too_many": (
        "Ada Roan said: “One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.”\n",
        [],
    ),
    "a_blank_line_between_ends_the_run": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n\nWe stay.”\n",
        ["We will not sell the land to anyone at all."],
    ),
    "a_line_between_with_marks_of_its_own": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n"
        "The council called it a 'fair' offer.\n"
        "We stay.”\n",
        ["We will not sell the land to anyone at all."],
    ),
    "a_later_line_whose_first_mark_opens": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n"
        "The council called it “fair.”\n",
        ["We will not sell the land to anyone at all.", "fair."],
    ),
    "an_inch_mark_does_not_close_a_run": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n"
        'The new screen is 27" wide.\n',
        ["We will not sell the land to anyone at all."],
    ),
    "a_stray_opening_mark_mid_sentence_then_narration": (
        "The mayor praised a “new era for the docks.\n"
        "The council met for an hour.\n"
        "Councillors voted on the budget.\n"
        "The budget passed by four votes.\n"
        "The mayor left early.\n"
        "Reporters waited outside.\n"
        "The meeting ended at noon,” the clerk wrote.\n",
        [],
    ),
    # -- news style: each new paragraph of the quote opens with a mark (unchanged) ----------
    "news_style_continuation": (
        "Ada Roan said: “We will not sell the land to anyone.\n“We will not move.”\n",
        ["We will not sell the land to anyone.\n“We will not move."],
    ),
    "news_style_continuation_after_a_blank_line": (
        "Ada Roan said: “We will not sell the land to anyone.\n\n“We will not move.”\n",
        ["We will not sell the land to anyone.\n\n“We will not move."],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(PAIRS))
def test_pairs_over_lines(text, expected):
    assert double_quotes(text) == expected


def test_the_limit_counts_the_opening_and_closing_lines():
    assert RUN_LINES == 6


def test_narration_between_two_stray_marks_stays_the_writers(nlp):
    text = (
        "The mayor praised a “new era for the docks.\n"
        "The council met for an hour.\n"
        "The hall was cold.\n"
        "The budget passed by four votes.\n"
        "The mayor left early.\n"
        "Reporters waited outside.\n"
        "The meeting ended at noon,” the clerk wrote.\n"
    )
    assert [voice for _, voice in sentence_voices(nlp, text)] == [
        "reported",
        *["unattributed"] * 5,
        "reported",
    ]
