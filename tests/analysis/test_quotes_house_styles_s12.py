"""cr_quotes and cr_assertions, session 12: British house style (‘…’ as the quotation marks,
“…” inside them), "quoted X as saying", the writer's "It is worth noting that ...", purpose
infinitives of acts still to come, a headline verb read as a noun, a likeness ("reads like")
that is no statement, and one vague assertion over a vaguely sourced quote. Every sentence is
invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.quotes import find_pairs
from tests.analysis.helpers import quote_rows, sentence_voices, vague_assertions

ROWS = ("kind", "words", "cue", "speaker")


def pair_words(text: str) -> list[tuple[str, bool, bool]]:
    """(the words, single, nested) for each pair of marks, in text order."""
    return [(text[p.start : p.end], p.single, p.nested) for p in find_pairs(text)]


# -- British style: ‘…’ first, “…” inside -------------------------------------------------------

SPLIT_UK = (
    "‘I have heard every side,’ said Ms Dorran. ‘What I will not do is tell a family to wait "
    "because someone called the meadow “sacred”.’"
)


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


# -- "quoted X as saying" ----------------------------------------------------------------------


def test_the_one_quoted_as_saying_is_the_speaker_not_the_channel(nlp):
    text = (
        "State radio quoted the interior minister, Dara Quill, as saying the border would "
        "reopen on Monday."
    )
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [("indirect", "say", "Dara Quill")]
    assert vague_assertions(nlp, text) == []


def test_a_speaker_passed_on_by_saying_keeps_the_subject(nlp):
    # "by saying": the subject is the one who says it
    text = "Dara Quill ended the meeting by saying the border would reopen on Monday."
    assert quote_rows(nlp, text, ("kind", "person")) == [("indirect", "Dara Quill")]


# -- the writer's "It is worth noting that ..." -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is pertinent to mention that the valley flooded in 2015.",
        "It is important to note that the valley flooded in 2015.",
        "It is worth noting that the valley flooded in 2015.",
        "It is too early to say whether the valley will flood again.",
    ],
)
def test_an_expletive_it_with_an_adjective_weighing_saying_is_the_writers_voice(nlp, text):
    assert quote_rows(nlp, text, ROWS) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_report_that_is_likely_to_say_is_no_writers_aside():
    from contextreader.analysis.quotes.modality import _prescribing

    # an adjective whose subject does the infinitive ("likely", "able") is not in the list
    assert "likely" not in _prescribing().weighing
    assert "able" not in _prescribing().weighing


def test_a_named_person_noting_something_still_reports_it(nlp):
    text = "Dara Quill noted that the valley flooded in 2015."
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [("indirect", "note", "Dara Quill")]


# -- a purpose still to come --------------------------------------------------------------------


def test_a_meeting_still_to_come_to_discuss_something_reports_nothing(nlp):
    text = "Villagers will hold another meeting on Friday to discuss the closure."
    assert quote_rows(nlp, text, ROWS) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_meeting_that_took_place_to_discuss_something_still_reports_it(nlp):
    text = "Dara Quill went on the radio on Friday to discuss the closure."
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [
        ("indirect", "discuss", "Dara Quill")
    ]


def test_a_purpose_still_to_come_with_a_clause_still_reports_it(nlp):
    text = "Dara Quill will call a news conference to announce that she is stepping down."
    assert [r[0] for r in quote_rows(nlp, text, ("kind",))] == ["indirect"]


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


# -- scare quotes and a likeness -----------------------------------------------------------------


def test_a_word_quoted_near_a_likeness_is_the_outlets_scare_quote(nlp):
    text = (
        'The mayor keeps waving a report from the "experts" at the Orrin Trust, a charity '
        "whose board reads like a list of donors."
    )
    assert quote_rows(nlp, text, ROWS) == [("scare", "experts", None, None)]


def test_a_sign_that_reads_words_still_shows_them(nlp):
    text = 'Outside the hall, a banner read "Save our ferry" in red letters.'
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert rows and rows[0][1] == "Save our ferry"


# -- one vague assertion over a vaguely sourced quote ------------------------------------------


def test_a_quote_from_an_unnamed_source_is_one_vague_assertion(nlp):
    text = (
        'A friend of the family said: "Mira is a kind girl. She has cried for days. She does '
        'not want to go back."'
    )
    found = vague_assertions(nlp, text)
    assert len(found) == 1
    assert found[0][0].rstrip('"') == text[:-1]  # over all three sentences
    assert found[0][1] == "A friend of the family"


def test_two_quotes_from_unnamed_sources_stay_two_assertions(nlp):
    first = 'A friend of the family said: "Mira is a kind girl."'
    second = 'A neighbour said: "She keeps to herself."'
    found = vague_assertions(nlp, first + "\n\n" + second)
    assert [w.rstrip('"') for w, _, _ in found] == [first[:-1], second[:-1]]
