"""Loaded terms, session 9: "so-called" before a benefit claimed for a measure, and notes that
fit whoever chose the word (issue 4). Every sentence and name is invented for these tests.
"""

from __future__ import annotations

import re

import pytest

from contextreader.analysis.loaded.lexicon import load_lexicon
from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

MARKS = {
    # "so-called" before a compound of a claimed benefit and a plain measure questions the claim
    "so_called_claimed_benefit": [
        (
            "The so-called reform package was unveiled on Monday.",
            [("so-called reform package", "expression of doubt")],
        ),
        (
            "Critics of Dunmore mocked the so-called peace plan.",
            [("so-called peace plan", "expression of doubt")],
        ),
        *unmarked(
            # a compound that names a term stays unmarked, even with a benefit in it
            "The so-called peace dividend never reached the valley towns.",
            "Brokers in Tarsen sold so-called reform bonds to the mayor.",
        ),
    ],
    # new entries: a move cast as a trick, spending cast as excess
    "tricks_and_excess": [
        ("The levy is a naked ploy by the board of Tarsen.", [("ploy", "contentious label")]),
        ("The council of Vell funds a lavish lifestyle.", [("lavish", "exaggeration")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_a_speakers_so_called_is_reported_with_the_same_mark(nlp):
    text = "The mayor of Vell said the so-called reform package was a mistake."
    assert mark_voices(nlp, text) == [("so-called reform package", "reported")]


def test_no_note_speaks_for_the_writer():
    """A note is shown whoever chose the word (the outlet, a quoted or a reported speaker), so
    none says the word is the writer's."""
    writers = [e.term for e in load_lexicon().entries if re.search(r"\bwriter's\b", e.note, re.I)]
    assert writers == []


def test_no_note_talks_about_the_machinery():
    """Notes are for readers: how a term is matched belongs in a comment in the file."""
    words = re.compile(r"\b(tagger|lemma|parser|spacy|matched|matcher)\b", re.I)
    assert [e.term for e in load_lexicon().entries if words.search(e.note)] == []
