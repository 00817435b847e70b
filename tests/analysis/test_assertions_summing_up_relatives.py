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


def test_a_vague_label_ends_where_the_speakers_label_ends(nlp):
    # the label's phrase the parse hangs on the verb ("to savers") is in both
    text = "The regulator fined the bank, a lender analysts have called a risk to savers."
    assert quote_rows(nlp, text, ("words", "mention")) == [("a risk to savers", "analysts")]
    assert [(a[0], a[1]) for a in vague_assertions(nlp, text)] == [
        ("a lender analysts have called a risk to savers", "analysts")
    ]


def test_a_name_given_in_a_gapped_relative_is_no_vague_view(nlp):
    text = "The agency began a review, a project staff have called Operation Lark."
    assert vague_assertions(nlp, text) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
