"""cr_quotes, session 5: words that name no speaker, questions put to someone, figures that
are not speech, and pronouns carried by the subject."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import quote_rows

COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _quotes(nlp, text):
    return quote_rows(nlp, text, COLUMNS)


def test_denied_reply_names_no_speaker(nlp):
    text = (
        'The letter ended with a warning: "Do not sell the pier. The town will not forgive '
        'it." The council did not reply.'
    )
    assert _quotes(nlp, text) == [
        (
            "direct",
            "Do not sell the pier. The town will not forgive it.",
            None,
            None,
            "The letter",
        )
    ]
    rep = analyze_text(text, nlp)
    last = next(s for s in rep.sentences if text[s.span[0] : s.span[1]].startswith("The council"))
    assert last.voice != "quoted"


def test_declined_to_comment_is_not_the_quote_cue(nlp):
    text = (
        'A sign on the ferry gate read: "Closed until spring." Captain Ida Munk declined to '
        "comment."
    )
    assert [row[3] for row in _quotes(nlp, text) if row[0] == "direct"] == [None]


def test_would_not_comment_is_not_the_quote_cue(nlp):
    text = (
        'Every door on Alder Street had the same flyer: "Vote no on the tower." The developer, '
        "Hollis Crane, would not comment."
    )
    assert all(row[3] != "Hollis Crane" for row in _quotes(nlp, text))


def test_question_asked_is_not_the_answerers(nlp):
    text = (
        "The mayor spoke on Monday.\n\nAsked whether the depot would close, Tomas Brell "
        'replied: "We have no plans for that."'
    )
    assert _quotes(nlp, text) == [
        ("direct", "We have no plans for that.", "reply", "Tomas Brell", "Tomas Brell"),
    ]


def test_asked_after_the_cue_is_not_the_speakers(nlp):
    text = (
        'The tram line was late again. "We are working on it," said Greta Holm, asked about '
        "the delay."
    )
    assert _quotes(nlp, text) == [
        ("direct", "We are working on it,", "say", "Greta Holm", "Greta Holm"),
    ]


def test_reported_profits_are_a_figure(nlp):
    assert _quotes(nlp, "Lakeville Bank reported higher profits on Tuesday.") == []


def test_reported_thing_still_reports(nlp):
    assert _quotes(nlp, "Harbor police reported the theft on Tuesday.") == [
        ("indirect", "the theft", "report", None, "Harbor police")
    ]


def test_pronoun_past_window_takes_the_subject(nlp):
    text = (
        "Ann Lynch announced the new fund on Monday. She met Gov. Pat Corwin at the depot. "
        "Later the state sent aid. Crews went out. Roads closed. She further announced a "
        "second grant."
    )
    assert _quotes(nlp, text) == [
        ("indirect", "the new fund", "announce", "Ann Lynch", "Ann Lynch"),
        ("indirect", "a second grant", "announce", "Ann Lynch", "She"),
    ]


def test_subject_of_an_infinitive_is_no_subject(nlp):
    text = "Tom Roe called for Ed Diaz to resign. He said the vote was lost."
    assert _quotes(nlp, text) == [
        ("indirect", "the vote was lost", "say", "Tom Roe", "He"),
    ]
