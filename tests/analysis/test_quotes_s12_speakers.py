"""Quote speakers found in session 12's reviews. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import quote_rows

SPEAKERS = ("kind", "words", "cue", "person", "speaker")


def _rows(nlp, text):
    return quote_rows(nlp, text, SPEAKERS)


def _of(rows, words):
    return [r for r in rows if r[1] == words]


def test_a_narration_line_naming_one_person_gives_them_the_quote_after_it(nlp):
    text = (
        "Harbour life\n\n"
        'Her deputy, Tomas Brecken, has called her "the last honest skipper." '
        "Marit Olsberg laughs at the label.\n\n"
        '"Tomas is generous. Honest is a big word."'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "Tomas is generous. Honest is a big word.") == [
        (
            "direct",
            "Tomas is generous. Honest is a big word.",
            None,
            "Marit Olsberg",
            "Marit Olsberg",
        )
    ]


def test_a_line_that_sets_up_a_pronoun_speaker_gives_the_answer_to_her(nlp):
    text = (
        "Harbour life\n\n"
        "Anna Berg left the council in May.\n\n"
        "On why she quit, she was frank.\n\n"
        '"Nobody listened to us."'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "Nobody listened to us.") == [
        ("direct", "Nobody listened to us.", None, "Anna Berg", "she")
    ]


@pytest.mark.parametrize(
    "between",
    [
        "The harbour board has not replied.",  # no person as subject
        "Maria Costa visited him on Monday.",  # someone else is in the scene
    ],
)
def test_a_narration_line_about_no_one_or_two_people_leaves_the_quote_as_it_was(nlp, between):
    text = f'Harbour life\n\n"It is over," Peter Hall said. {between}\n\n"We will fight on."'
    rows = _rows(nlp, text)
    assert [r[3] for r in _of(rows, "We will fight on.")] == ["Peter Hall"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "SAN TELMO, Calif., Oct 22 (Wire) - Halvard Systems Inc reported quarterly revenue"
            " above estimates but warned that growth would slow.",
            "Halvard Systems Inc",
        ),
        (
            "PORT ELLIS, Ore., Oct 22 (Wire) - Marlow Systems Inc reported quarterly revenue"
            " above estimates but warned that growth would slow next year.",
            "Marlow Systems Inc",
        ),
        # no dateline: the whole subject stays
        (
            "Marlow Systems Inc of Port Ellis reported quarterly revenue above estimates but"
            " warned that growth would slow.",
            "Marlow Systems Inc of Port Ellis",
        ),
    ],
)
def test_a_dateline_is_cut_from_the_speaker(nlp, line, speaker):
    rows = _rows(nlp, "Shares rise\n\n" + line)
    assert [r[4] for r in rows] == [speaker]


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Judge Ruth Calder, sentencing him at Dunmore Crown Court, said the thefts were"
            ' "a cold betrayal."',
            "a cold betrayal.",
            "Ruth Calder",
        ),
        (
            "In a letter read to the court by Ames, Lena Marsh, whose mother had worked there"
            ' for 20 years, said she felt "betrayed."',
            "betrayed.",
            "Lena Marsh",
        ),
    ],
)
def test_a_phrase_set_off_between_a_name_and_said_keeps_the_name_the_speaker(
    nlp, text, words, person
):
    rows = _rows(nlp, "Court report\n\n" + text)
    assert [(r[0], r[2], r[3]) for r in _of(rows, words)] == [("partial", "say", person)]


def test_a_name_in_a_fronted_phrase_is_not_the_speaker(nlp):
    text = (
        'Court report\n\nIn a statement read by Lena Marsh, the family said it was "heartbroken."'
    )
    rows = _rows(nlp, text)
    assert [(r[3], r[4]) for r in _of(rows, "heartbroken.")] == [(None, "the family")]


def test_what_she_called_gives_the_fragment_to_her_not_to_a_borrowed_subject(nlp):
    text = (
        "Match report\n\n"
        'Coach Dana Ruiz said her side had shown "grit" after going behind, and praised the'
        ' visiting fans for what she called "a wall of sound."'
    )
    rows = _rows(nlp, text)
    assert [(r[2], r[3], r[4]) for r in _of(rows, "a wall of sound.")] == [
        ("call", "Dana Ruiz", "she")
    ]


def test_what_a_named_person_called_is_theirs_and_the_outer_report_is_listed_too(nlp):
    text = (
        "World news\n\n"
        "Other leaders denounced what Prime Minister Dana Ruiz called the rebels'"
        ' "reckless, dangerous" acts.'
    )
    rows = _rows(nlp, text)
    assert [(r[0], r[2], r[3] or r[4]) for r in rows] == [
        ("indirect", "denounce", "Other leaders"),
        ("partial", "call", "Dana Ruiz"),
    ]


def test_what_it_called_stays_with_the_subject_of_the_verb_above(nlp):
    rows = _rows(nlp, 'Match report\n\nThe league condemned what it called "a reckless tackle."')
    assert [(r[2], r[4]) for r in rows] == [("condemn", "The league")]


def test_a_slogan_on_a_sign_is_no_ones_words_before_a_relative_clause_of_saying(nlp):
    text = (
        "Rally report\n\n"
        'Marchers carried banners reading "Save the Pier" and "Stop the Sale," slogans that'
        " the council said were unfair."
    )
    rows = _rows(nlp, text)
    assert [(r[0], r[4]) for r in rows if r[0] != "indirect"] == [
        ("scare", None),
        ("scare", None),
    ]


def test_a_thing_that_sees_reports_nothing_but_a_view_held_as_is_a_report(nlp):
    text = (
        "Storm report\n\n"
        "A reporter who reached the port an hour after the storm saw at least ten boats"
        " sinking.\n\nMany residents see the plan as a trap."
    )
    rows = _rows(nlp, text)
    assert [(r[0], r[2], r[4]) for r in rows] == [("indirect", "see", "Many residents")]
