"""cr_quotes: a question put to someone is no quote of theirs (``quotes/questions.py``), while a
request put to someone is reported. Every text is invented."""

from __future__ import annotations

from contextreader.analysis.quotes.questions import QUESTION_WORDS
from tests.analysis.helpers import quote_rows

PERSON_COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _person_quotes(nlp, text):
    return quote_rows(nlp, text, PERSON_COLUMNS)


def test_question_asked_is_not_the_answerers(nlp):
    text = (
        "The mayor spoke on Monday.\n\nAsked whether the depot would close, Tomas Brell "
        'replied: "We have no plans for that."'
    )
    assert _person_quotes(nlp, text) == [
        ("direct", "We have no plans for that.", "reply", "Tomas Brell", "Tomas Brell"),
    ]


def test_asked_after_the_cue_is_not_the_speakers(nlp):
    text = (
        'The tram line was late again. "We are working on it," said Greta Holm, asked about '
        "the delay."
    )
    assert _person_quotes(nlp, text) == [
        ("direct", "We are working on it,", "say", "Greta Holm", "Greta Holm"),
    ]


def test_a_request_put_to_someone_is_reported_but_a_question_is_not(nlp):
    text = "Dana Voss was asked to resign. Voss was asked about the cost."
    assert quote_rows(nlp, text, ("kind", "words")) == [("indirect", "to resign")]


def test_a_question_clause_put_to_someone_is_no_quote(nlp):
    text = "Mira Tull was asked whom she would back. Tull was quizzed about the vote."
    assert quote_rows(nlp, text, ("kind", "words")) == []
    assert "whom" in QUESTION_WORDS
