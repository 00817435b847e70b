"""A relative clause with no relative pronoun on a noun that sums up the sentence ("..., a move
critics say will gut the centre"): the speakers hold a view of the move, not of the whole
sentence before the comma, which stays the outlet's.

Each text is invented.
"""

from __future__ import annotations

from tests.analysis.helpers import quote_rows, sentence_voices, vague_assertions

CLINIC = "The board closed the clinic, a move critics say will hurt patients."


def test_the_speakers_words_are_the_clause_after_the_verb(nlp):
    assert quote_rows(nlp, CLINIC, ("kind", "words", "cue", "mention")) == [
        ("indirect", "will hurt patients", "say", "critics")
    ]


def test_the_sentence_stays_the_outlets_with_a_vague_view_inside(nlp):
    assert sentence_voices(nlp, CLINIC) == [(CLINIC, "unattributed")]
    assert [(a[0], a[1]) for a in vague_assertions(nlp, CLINIC)] == [
        ("a move critics say will hurt patients", "critics")
    ]


def test_a_fronted_report_is_still_the_speakers(nlp):
    text = "The clinic will close, critics say."
    assert quote_rows(nlp, text, ("kind", "words", "mention")) == [
        ("indirect", "The clinic will close", "critics")
    ]
    assert sentence_voices(nlp, text) == [(text, "vague")]
