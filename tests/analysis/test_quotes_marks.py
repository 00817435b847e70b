"""Quotation marks (``quotes/marks.py``): a direct quote over several one-sentence lines marked
only at its two ends, stray marks and runs, British single marks holding double ones, inch marks
and apostrophes, fragments on their own marks, and the pieces of a split quote.

Every article here is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes import find_pairs
from contextreader.analysis.quotes.marks import LONG_RUN_LINES, RUN_LINES
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


# the lines of the longest quote that runs over lines with marks at its two ends only
TWELVE = "\n".join(f"Line {n}." for n in range(1, 13))

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
        "Ada Roan said that “one.\nTwo.\nThree.\nFour.\nFive.\nSix.”\n",
        ["one.\nTwo.\nThree.\nFour.\nFive.\nSix."],
    ),
    # from a mark that opens its line or follows a colon, a statement printed in full
    "twelve_lines_after_a_colon_is_the_limit": (
        "Ada Roan said: “" + TWELVE + "”\n",
        [TWELVE],
    ),
    "twelve_lines_from_a_mark_opening_its_line_under_a_heading": (
        "Ada Roan's statement\n“" + TWELVE + "”\n",
        [TWELVE],
    ),
    # -- runs that are not: the old reading stands ------------------------------------------
    "seven_lines_from_a_mark_inside_a_sentence_is_too_many": (
        "Ada Roan said that “one.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.”\n",
        [],
    ),
    "seven_lines_from_a_mark_after_the_writers_sentence_is_too_many": (
        "The council met at noon.\n“" + "\n".join(TWELVE.split("\n")[:7]) + "”\n",
        [],
    ),
    "thirteen_lines_is_too_many": (
        "Ada Roan said: “" + TWELVE + "\nThirteen.”\n",
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
    # -- a quote left open that resumes with a new opening mark some lines on -------------
    # (a text laid out a sentence a line: its long lines hold one sentence each)
    "resumes_at_a_line_start_after_unmarked_lines": (
        "Ada Roan said: “We will not sell the land to anyone at all, not for any price.\n"
        "Our families farmed it for a century and mean to farm it for another.\n"
        "“We will not move,” she said.\n",
        [
            "We will not sell the land to anyone at all, not for any price.\n"
            "Our families farmed it for a century and mean to farm it for another.\n"
            "“We will not move,"
        ],
    ),
    # a paragraph a line: an unmarked line is the writer's paragraph, and the quote ended above
    "a_paragraph_a_line_does_not_resume_past_an_unmarked_line": (
        "“We will appeal,” Ada Roan said. “The ruling is wrong\n"
        "Roan's lawyers filed papers with the court on Friday. They expect a date soon.\n"
        "“It is over,” a clerk said.\n",
        ["We will appeal,", "It is over,"],
    ),
    "a_paragraph_a_line_does_not_continue_past_an_unmarked_line": (
        "“We will appeal,” Ada Roan said. “The ruling is wrong\n"
        "The lawyers filed papers with the court on Friday. They expect a date soon.\n"
        "“It is over,” a clerk said.\n",
        ["We will appeal,", "It is over,"],
    ),
    "resumes_after_an_elision_with_a_quote_inside": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n"
        "They call it ‘waste ground.’ […] “It feeds us.\n"
        "It always has,” she said.\n",
        [
            "We will not sell the land to anyone at all.\n"
            "They call it ‘waste ground.’ […] “It feeds us.\nIt always has,"
        ],
    ),
    "a_mid_line_opening_mark_without_an_elision_does_not_resume": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n"
        "The council called it “a fair price,” a clerk said.\n",
        ["We will not sell the land to anyone at all.", "a fair price,"],
    ),
    "a_blank_line_before_the_resuming_mark_ends_the_quote": (
        "Ada Roan said: “We will not sell the land to anyone at all.\n"
        "The council met on Friday.\n\n"
        "Later a clerk said: “The sale is off,” and left.\n",
        ["We will not sell the land to anyone at all.", "The sale is off,"],
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
    assert LONG_RUN_LINES == 12 == TWELVE.count("\n") + 1


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


def pair_words(text: str) -> list[tuple[str, bool, bool]]:
    """(the words, single, nested) for each pair of marks, in text order."""
    return [(text[p.start : p.end], p.single, p.nested) for p in find_pairs(text)]


# -- British style: ‘…’ first, “…” inside -------------------------------------------------------

SPLIT_UK = (
    "‘I have heard every side,’ said Ms Dorran. ‘What I will not do is tell a family to wait "
    "because someone called the meadow “sacred”.’"
)


ROWS = ("kind", "words", "cue", "speaker")


FRAGMENTS = {
    "and": (
        'Jon Vell said the ruling was "a travesty" and "shameful."',
        ["a travesty", "shameful."],
    ),
    "or": (
        "Ines Maro called the fee “unfair” or “at best clumsy” on Friday.",
        ["unfair", "at best clumsy"],
    ),
}


MENTION_ROWS = ("kind", "words", "cue", "mention")


STRAY = (
    "The mayor hailed a “new chapter for the harbour.\n"
    "Councillor Ben Ash said the plan would cost too much.\n"
    "The vote was put off until June,” the minutes record.\n"
)


def direct_words(nlp, text: str) -> list[str]:
    """The words of each direct quote the pipeline finds."""
    return [words for kind, words in quote_rows(nlp, text, ("kind", "words")) if kind == "direct"]


def test_an_inch_mark_does_not_pair_with_a_later_quote(nlp):
    text = (
        'The new pipe is 12" wide. The repair crew arrived on Monday. '
        '"We will fix it soon. It will hold." The crowd cheered.'
    )
    assert sentence_voices(nlp, text) == [
        ('The new pipe is 12" wide.', "unattributed"),
        ("The repair crew arrived on Monday.", "unattributed"),
        ('"We will fix it soon.', "quoted"),
        ('It will hold."', "quoted"),
        ("The crowd cheered.", "unattributed"),
    ]


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


def test_single_marks_used_first_are_full_quotes_and_hold_the_double_ones():
    assert pair_words(SPLIT_UK) == [
        ("I have heard every side,", False, False),
        (
            "What I will not do is tell a family to wait because someone called the meadow "
            "“sacred”.",
            False,
            False,
        ),
        ("sacred", False, True),
    ]


def test_a_split_quote_in_single_marks_is_one_direct_quote(nlp):
    rows = quote_rows(nlp, SPLIT_UK, ROWS)
    assert rows[0][:3] == ("direct", SPLIT_UK[1:-1], "say")
    assert rows[0][3] == "Dorran"
    # the inner word is inside the quote: nobody else is reported as calling it so
    assert [r for r in rows if r[0] != "scare"] == rows[:1]


def test_the_narration_between_two_single_quoted_parts_is_a_cue_not_words():
    text = "‘We were promised a road twice,’ Cllr Vane said. ‘We have seen nothing.’"
    assert [w for w, _, _ in pair_words(text)] == [
        "We were promised a road twice,",
        "We have seen nothing.",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a plural possessive before a lower-case noun, with the quote's end still to come
        (
            "Lena Roe said: ‘This is no housing plan. It is a builders’ charter in disguise.’",
            "This is no housing plan. It is a builders’ charter in disguise.",
        ),
        # letters on both sides, and a decade
        (
            "Omar Pell said: ‘We didn’t see this coming in the ’90s, and nobody’s to blame.’",
            "We didn’t see this coming in the ’90s, and nobody’s to blame.",
        ),
    ],
)
def test_an_apostrophe_does_not_close_a_single_mark_quote(text, words):
    assert [w for w, single, _ in pair_words(text) if not single] == [words]


def test_a_quote_that_ends_on_a_plural_noun_still_closes_there():
    text = (
        "Ms Dorran called the bill ‘a gift to the builders’ and said it was ‘a disgrace’ in a "
        "speech on Monday."
    )
    assert [w for w, single, _ in pair_words(text) if not single] == [
        "a gift to the builders",
        "a disgrace",
    ]


def test_a_text_quoting_in_double_marks_keeps_its_single_pairs_as_before():
    # American style: a headline's ‘…’ and a quote within a quote are no first marks
    text = (
        "Dorran Calls Bill ‘A Disgrace’\n\n"
        "“She told us the plan was ‘dead on arrival,’ and she meant it,” said Tom Vane.\n\n"
        "“We will fight on,” said Ana Bell."
    )
    assert pair_words(text) == [
        ("A Disgrace", True, False),
        ("She told us the plan was ‘dead on arrival,’ and she meant it,", False, False),
        ("dead on arrival,", True, True),
        ("We will fight on,", False, False),
    ]


@pytest.mark.parametrize(("text", "expected"), named(FRAGMENTS))
def test_fragments_after_one_cue_pair_on_their_own_marks(text, expected):
    assert double_quotes(text) == expected


def test_fragments_after_one_cue_are_one_statement_of_their_speaker(nlp):
    text = 'Jon Vell said the ruling was "a travesty" and "shameful."'
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == [
        ("partial", 'a travesty" and "shameful.', "Jon Vell")
    ]


def test_a_line_reporting_a_named_person_is_not_inside_a_run(nlp):
    assert direct_words(nlp, STRAY) == []
    assert quote_rows(nlp, STRAY, MENTION_ROWS)[0] == (
        "indirect",
        "the plan would cost too much",
        "say",
        "Ben Ash",
    )
    assert sentence_voices(nlp, STRAY)[1] == (
        "Councillor Ben Ash said the plan would cost too much.",
        "reported",
    )


def test_without_the_report_the_stray_marks_still_make_a_run(nlp):
    # the guard is the report: the same marks around a line of plain narration still pair
    text = STRAY.replace("Councillor Ben Ash said the plan would cost too much.", "It rained.")
    assert direct_words(nlp, text) == [
        "new chapter for the harbour.\nIt rained.\nThe vote was put off until June,"
    ]


def test_a_quote_over_lines_that_reports_someone_by_a_pronoun_stays_one_quote(nlp):
    text = (
        "Ada Roan said: “My brother rang me at dawn.\n"
        "He said the barn roof had gone.\n"
        "We drove out at once.”\n"
    )
    assert quote_rows(nlp, text, MENTION_ROWS) == [
        (
            "direct",
            "My brother rang me at dawn.\nHe said the barn roof had gone.\nWe drove out at once.",
            "say",
            "Ada Roan",
        )
    ]


def test_a_tag_after_a_quote_is_read_to_its_line_end_only(nlp):
    text = (
        '"We will not give in": an interview with Jan Roe\n'
        "Dana Doe said the talks went on through the night."
    )
    assert quote_rows(nlp, text, ("kind", "person")) == [
        ("direct", "Jan Roe"),
        ("indirect", "Dana Doe"),
    ]


def test_a_quote_split_by_its_tag_keeps_its_pieces(nlp: Language) -> None:
    text = '"We were second best for an hour," Helen Marsh said. "But the lads kept going."\n'
    report = analyze_text(text, nlp)
    [quote] = report.quotes
    assert [text[s:e] for s, e in quote.parts] == [
        "We were second best for an hour,",
        "But the lads kept going.",
    ]
    assert (
        report.quote_excerpt(quote) == "We were second best for an hour, … But the lads kept going."
    )


def test_partial_pieces_of_one_statement_keep_their_pieces(nlp: Language) -> None:
    text = 'Jan Roe called the plan "reckless" and "cruel" on Monday.\n'
    [quote] = analyze_text(text, nlp).quotes
    assert [text[s:e] for s, e in quote.parts] == ["reckless", "cruel"]


def test_a_quote_in_one_piece_has_no_pieces(nlp: Language) -> None:
    text = "\"We won,\" Helen Marsh said. 'It was hard,' she added.\n"
    assert [q.parts for q in analyze_text(text, nlp).quotes] == [[], []]


def test_a_label_phrase_keeps_its_closing_quotation_mark(nlp: Language) -> None:
    text = 'The council\'s so-called "reforms" will not pass.\n'
    report = analyze_text(text, nlp)
    vague = [text[a.span[0] : a.span[1]] for a in report.assertions if a.status == "vague"]
    assert 'The council\'s so-called "reforms"' in vague


# -- straight single marks as a text's first marks -----------------------------------------------


def test_a_quote_in_straight_single_marks_split_by_its_tag_keeps_its_pieces(
    nlp: Language,
) -> None:
    text = (
        "'The pool is the soul of this village,' said Mrs Ruth Calder, 64, who swims there "
        "daily. 'My sons learned to swim here.'\n"
    )
    [quote] = analyze_text(text, nlp).quotes
    assert quote.kind == "direct"
    assert [text[s:e] for s, e in quote.parts] == [
        "The pool is the soul of this village,",
        "My sons learned to swim here.",
    ]


def test_fragments_in_straight_single_marks_keep_their_pieces(nlp: Language) -> None:
    text = (
        "A spokesman for the board said it was 'studying the plans' and was 'talking to "
        "the owners about a new site'.\n"
    )
    [quote] = analyze_text(text, nlp).quotes
    assert [text[s:e] for s, e in quote.parts] == [
        "studying the plans",
        "talking to the owners about a new site",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural possessive inside the quote does not close it
        (
            "'The riders' club won't pay,' he said.",
            ["The riders' club won't pay,"],
        ),
        # a possessive with no close after it, and a quote after it, stay apart
        ("The 'riders' and the owners' club met to say 'enough'.", ["riders", "enough"]),
        ("She called it 'a sham' and the riders' club agreed.", ["a sham"]),
    ],
)
def test_a_straight_plural_possessive_does_not_close_a_single_quote(
    text: str, expected: list[str]
) -> None:
    assert [text[p.start : p.end] for p in find_pairs(text)] == expected


@pytest.mark.parametrize(
    "second",
    [
        '"The pier is closed," Mark Bell, the harbour master, said.',
        '"The pier is closed," Mark Bell said in an interview on Friday.',
    ],
    ids=["apposition", "long-cue"],
)
def test_a_second_quote_with_its_own_cue_is_not_joined_to_the_first(nlp, second):
    text = f'"The ferry will run," Jana Roe said. {second}'
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert rows == [
        ("direct", "The ferry will run,", "Jana Roe"),
        ("direct", "The pier is closed,", "Mark Bell"),
    ]


def test_a_second_part_with_no_cue_of_its_own_goes_on_with_the_first(nlp):
    text = '"The ferry will run," Jana Roe said. "The pier is closed until May."'
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", "Jana Roe")]


# -- a quote left open does not resume on another speaker's quote ---------------------------------

_LEFT_OPEN = (
    "Ada Roan, the head of the water board, defended the price rise on Monday.\n"
    "“We looked at every way to keep the bills down and none of them would work\n"
    "The board, known as 'the Tap' to its staff, will raise bills by a tenth in May.\n"
    "{resume}\n"
)


def test_a_named_speakers_quote_does_not_resume_one_left_open(nlp):
    # one sentence a line, but the line with the next opening mark names its own speaker
    text = _LEFT_OPEN.format(resume="“It is a cruel blow to every family,” said Piet Omberg.")
    rows = [r for r in quote_rows(nlp, text, ROWS) if r[0] == "direct"]
    assert ("direct", "It is a cruel blow to every family,", "say", "Piet Omberg") in rows
    assert not any("raise bills" in words for _, words, _, _ in rows)


def test_a_pronoun_cue_lets_the_quote_resume(nlp):
    text = _LEFT_OPEN.replace("'the Tap' to its staff", "a lean one").format(
        resume="“We had no other choice,” she said."
    )
    rows = [r for r in quote_rows(nlp, text, MENTION_ROWS) if r[0] == "direct"]
    assert len(rows) == 1 and "will raise bills" in rows[0][1] and rows[0][3] == "she"


def test_a_verb_of_saying_in_the_writers_next_sentence_is_no_cue_of_the_quote(nlp):
    text = (
        '"The ferry will run," Jana Roe said. "The pier is closed until May." '
        "Harbour staff in the town have said little about it."
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows[0] == ("direct", "Jana Roe")
    assert not any(r == ("direct", "Harbour staff in the town") for r in rows)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Harlow runs the ferry. Ana Reyes chairs the board.\n\n"
            '"The service has lost money for ten years." He told reporters.',
            "He",
        ),
        (
            "Tom Harlow runs the ferry. Ana Reyes chairs the board.\n\n"
            '"We cannot keep paying for empty boats." She said so at the ferry office.',
            "She",
        ),
    ],
    ids=["told-reporters", "said-at"],
)
def test_a_cue_with_its_audience_or_setting_after_a_quote_is_still_its_cue(nlp, text, speaker):
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", speaker)]


def test_a_question_with_its_own_long_cue_is_not_joined_to_the_quote_before(nlp):
    text = (
        '"We will not close the school without a plan," Harlow said. "Where will the children '
        'go?" asked Maria Lopez of the island parents association.'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", "Harlow"), ("direct", "Maria Lopez")]


def test_an_invisible_direction_mark_before_a_quote_leaves_it_a_whole_quote(nlp):
    # a web page's left-to-right embedding before a closing-glyph mark used to open the quote
    text = (
        "The ferry post drew many replies.\n\n"
        "\u202a”Bring the old boat back, we miss it!” wrote Nora Quill.\n\n"
        "\u202a”The new one is always late,” said Ivo Brandt."
    )
    assert double_quotes(text) == [
        "Bring the old boat back, we miss it!",
        "The new one is always late,",
    ]
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", "Nora Quill"), ("direct", "Ivo Brandt")]


def test_an_invisible_mark_after_a_word_does_not_make_a_closing_mark_open():
    assert double_quotes("She called it “a folly\u200b” and left the room.") == ["a folly\u200b"]


def test_a_new_opening_mark_after_a_sentence_ends_closes_a_quote_left_open():
    # the writer left out the closing mark after "there."
    text = (
        "Roe said the mayor came over “and said, ‘Hello.’ I just stood there. "
        "“And she said, ‘Wait,’” Roe said."
    )
    assert double_quotes(text) == [
        "and said, ‘Hello.’ I just stood there.",
        "And she said, ‘Wait,’",
    ]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # inside a sentence, a second opening mark starts a quote within the quote
        ("“We call the pier “the old lady” around here,” he said.", ["the old lady"]),
        ("“It was late, “and she said, ‘Wait,’” Roe said.", ["and she said, ‘Wait,’"]),
    ],
    ids=["nested", "mid-sentence"],
)
def test_a_new_opening_mark_inside_a_sentence_does_not_close_the_open_quote(text, quotes):
    assert double_quotes(text) == quotes


def test_a_quote_broken_into_two_paragraphs_without_a_resuming_mark_runs_to_its_close():
    text = (
        "“We need unity in this town. We have not had it since\n\n"
        "1990. We lack it now,” Roe says.\n\nThe vote is on Monday."
    )
    assert double_quotes(text) == [
        "We need unity in this town. We have not had it since\n\n1990. We lack it now,"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own sentence reports another person's words in the next paragraph
        "“We need unity in this town. We have not had it.\n\n"
        "Ada Moss said the town needs more. It lacks it now,” Roe says.",
        # the closing mark is two paragraphs on
        "“We need unity in this town. We have not had it.\n\n"
        "The vote is next week.\n\nIt lacks it now,” Roe says.",
    ],
    ids=["narration-between", "two-paragraphs-on"],
)
def test_a_quote_left_open_stops_at_its_paragraph_end_otherwise(nlp, text):
    assert quote_rows(nlp, text, ("kind", "words"))[0] == (
        "direct",
        "We need unity in this town. We have not had it.",
    )


def test_an_apostrophe_in_the_next_paragraph_does_not_close_a_quote_left_open(nlp):
    # the plural possessive's apostrophe is no closing mark: the quote stops at its paragraph
    text = (
        "“We will reopen the pool by June, and every lane will be new.\n\n"
        "The swimmers’ club disagreed with the plan on Monday.\n\n"
        "“That is too soon,” said the club's chair, Ivo Brandt."
    )
    assert double_quotes(text) == [
        "We will reopen the pool by June, and every lane will be new.",
        "That is too soon,",
    ]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # a quote nested with double marks after a sentence's end, then the outer close: the
        # first quote is not cut short before the nested one
        ("“He said no. “I heard him,” I told her,” Roe said.", ["I heard him,"]),
        ("“We won. “We did it,” they shouted,” said Kim Lee.", ["We did it,"]),
    ],
    ids=["told", "shouted"],
)
def test_a_nested_double_quote_after_a_sentence_end_keeps_the_outer_quote(text, quotes):
    assert double_quotes(text) == quotes
