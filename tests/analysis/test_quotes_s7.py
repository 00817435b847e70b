"""Three misreads of the quote finder (session 7). Every article here is invented.

- An attribution inside a noun phrase ("victims of what police said was an arson") is not the
  speaker of the sentence's own verb of saying, and the thing it names is nobody's speaker.
- Two quoted fragments after one cue pair as two pairs of marks (the report then lists them as
  one partial quote of one statement; see ``passes._join_partials``).
- A stray opening mark and a stray closing mark a few lines later do not quote a line between
  them that reports a named person's words; a real quote over several lines still pairs.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.quotes import find_pairs
from tests.analysis.helpers import named, quote_rows, sentence_voices

ROWS = ("kind", "words", "cue", "mention")

EMBEDDED = {
    "the_host_noun_speaks_when_the_parse_finds_no_subject": (
        "Victims of what police said was a deliberate arson told reporters they had lost "
        "everything.",
        [
            ("indirect", "was a deliberate arson", "say", "police"),
            (
                "indirect",
                "they had lost everything",
                "tell",
                "Victims of what police said was a deliberate arson",
            ),
        ],
    ),
    "the_named_thing_is_never_the_speaker": (
        "Survivors of what the army said was an accidental blast said they were never warned.",
        [
            ("indirect", "was an accidental blast", "say", "the army"),
            (
                "indirect",
                "they were never warned",
                "say",
                "Survivors of what the army said was an accidental blast",
            ),
        ],
    ),
    "an_auxiliary_before_the_main_verb": (
        "Owners of what firefighters said was an illegal warehouse have told the court they "
        "knew nothing.",
        [
            ("indirect", "was an illegal warehouse", "say", "firefighters"),
            (
                "indirect",
                "they knew nothing",
                "tell",
                "Owners of what firefighters said was an illegal warehouse",
            ),
        ],
    ),
    "a_free_relative_with_as": (
        "Families of what officials described as a targeted attack said they wanted answers.",
        [
            ("indirect", "as a targeted attack", "describe", "officials"),
            (
                "indirect",
                "they wanted answers",
                "say",
                "Families of what officials described as a targeted attack",
            ),
        ],
    ),
    "what_a_speaker_said_as_an_object_is_unchanged": (
        "Mara Pell said what she had told the board: the depot would close.",
        [("indirect", "what she had told the board", "say", "Mara Pell")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(EMBEDDED))
def test_an_attribution_inside_a_noun_phrase(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


def double_quotes(text: str) -> list[str]:
    """The words inside each pair of double marks, in text order."""
    return [text[p.start : p.end] for p in find_pairs(text) if not p.single]


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


@pytest.mark.parametrize(("text", "expected"), named(FRAGMENTS))
def test_fragments_after_one_cue_pair_on_their_own_marks(text, expected):
    assert double_quotes(text) == expected


def test_fragments_after_one_cue_are_one_statement_of_their_speaker(nlp):
    text = 'Jon Vell said the ruling was "a travesty" and "shameful."'
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == [
        ("partial", 'a travesty" and "shameful.', "Jon Vell")
    ]


STRAY = (
    "The mayor hailed a “new chapter for the harbour.\n"
    "Councillor Ben Ash said the plan would cost too much.\n"
    "The vote was put off until June,” the minutes record.\n"
)


def direct_words(nlp, text: str) -> list[str]:
    """The words of each direct quote the pipeline finds."""
    return [words for kind, words in quote_rows(nlp, text, ("kind", "words")) if kind == "direct"]


def test_a_line_reporting_a_named_person_is_not_inside_a_run(nlp):
    assert direct_words(nlp, STRAY) == []
    assert quote_rows(nlp, STRAY, ROWS)[0] == (
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
    assert quote_rows(nlp, text, ROWS) == [
        (
            "direct",
            "My brother rang me at dawn.\nHe said the barn roof had gone.\nWe drove out at once.",
            "say",
            "Ada Roan",
        )
    ]


def test_a_clause_inside_the_named_thing_leaves_the_parse_alone(nlp):
    # "that the council made": the named thing has a clause of its own, so where it ends is
    # not "before the next verb"; the parser's reading stands
    text = "Ula Brenn fought what she thinks is a rule that the council made in haste."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "what she thinks is a rule that the council made in haste", "think", "she")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillors have portrayed the ferry levy as a tax on islanders.",
            [("indirect", "the ferry levy as a tax on islanders", "portray", "Councillors")],
        ),
        (
            "The leaflet paints the harbour master as a crook.",
            [("indirect", "the harbour master as a crook", "paint", "The leaflet")],
        ),
        # without "as" these verbs report nothing
        ("Ada Roan cast her vote at noon.", []),
        ("The mural depicts the harbour in 1900.", []),
    ],
)
def test_verbs_that_cast_something_as_something_report_a_view(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, Ada Roan sent out the following tweet:\n"
            "The harbour board has misled the whole island.\n"
            "She deleted it an hour later.\n",
            [("direct", "The harbour board has misled the whole island.", "send", "Ada Roan")],
        ),
        (
            "The ferry union issued this statement:\n\nWe will not sail until the fares fall.\n",
            [("direct", "We will not sail until the fares fall.", "issue", "The ferry union")],
        ),
        # without a colon that hands words over, putting out a text reports nothing
        ("Police released the skipper without charge.", []),
        ("The ferry union issued a statement on Friday.", []),
    ],
)
def test_a_text_put_out_after_a_colon_is_its_senders_words(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected
