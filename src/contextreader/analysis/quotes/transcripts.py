"""Transcripts: a paragraph opened by a speaker label and a colon is a direct quote.

The turns come from cr_people; the label is the speaker and there is no cue word. "Q" names no
one: it marks the interviewer's questions, which are the byline's writer's when one writer is
named there and otherwise an interviewer the text does not name, unless the question opens by
naming its asker ("Q: Jan Roe, Kell Post. ..."); where two or more askers are named so (a press
conference), a question that names no one is "a reporter"'s. "A" with no one named for it
is an interviewee the text does not name. An unlabelled answer (after "Q." questions) is the
interviewee's, whom the introduction names, or "the interviewee". A question that quotes someone
('Roe said last week that you were "out of touch." Is that fair?') is the writer's report of
those words, so marks inside it keep their own speaker rather than nesting in the question.
"""

from __future__ import annotations

from bisect import bisect_right

from contextreader.analysis.people import TranscriptTurn
from contextreader.analysis.quotes.direct import _Builder
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.marks import _Pair

QUESTION_LABELS = frozenset({"Q"})  # the interviewer's turns
ANSWER_LABELS = frozenset({"A"})  # the interviewee's turns
INTERVIEWER = "the interviewer"  # who asks when no single writer is named in the byline
INTERVIEWEE = "the interviewee"  # who answers when the text names no one for "A:"
REPORTER = "a reporter"  # who asks at a press conference when the question names no one


def is_question(text: str, turn: TranscriptTurn) -> bool:
    """True for an interviewer's turn ("Q: ...")."""
    return text[turn.label[0] : turn.label[1]] in QUESTION_LABELS


def _unmark_turns(text: str, turns: list[TranscriptTurn]) -> str:
    """The text with the mark that opens a transcript turn blanked ('"ROE: ...').

    Some outlets open every turn with a quotation mark and never close it; paired as usual,
    the marks would run one turn into the next. The label already says whose words they are.
    """
    chars = list(text)
    for t in turns:
        for i in range(t.paragraph[0], t.label[0]):
            if chars[i] in "\"“'‘":
                chars[i] = " "
    return "".join(chars)


def _nest_in_turns(pairs: list[_Pair], turns: list[TranscriptTurn], text: str) -> None:
    """Marks inside a transcript turn quote someone within the speaker's words: nested; not
    inside a question, which reports them as the writer's narration would."""
    spans = sorted(t.content for t in turns if not is_question(text, t))
    starts = [s for s, _ in spans]
    for p in pairs:
        i = bisect_right(starts, p.start) - 1
        if i >= 0 and p.start < spans[i][1]:
            p.nested = True


def _transcript_quotes(b: _Builder, turns: list[TranscriptTurn]) -> list[tuple[int, int]]:
    """One direct quote per transcript turn: the label is the speaker (or the name the turn
    gives for it: "SPOKESPERSON (Jan Roe):"), there is no cue word. Where the questions name
    two or more different askers ("Q: Jan Roe, Kell Post. Will ...?"), a press conference, a
    question that names no one is a reporter's, not the byline writer's or an interviewer's."""
    out = []
    asker: tuple[str | None, str] | None = _byline_writer(b.ix)
    if len({t.person for t in turns if t.person and is_question(b.ix.text, t)}) >= 2:
        asker = (None, REPORTER)
    names = {p.id: p.name for p in b.ix.doc._.cr_people or []}
    for t in turns:
        q = b.add("direct", t.content, None, None)
        q.speaker_span = t.speaker or t.label
        q.speaker_text = b.ix.text[q.speaker_span[0] : q.speaker_span[1]]
        q.speaker_id = t.person
        if t.answer:  # an unlabelled answer: the interviewee's, named in the introduction
            q.speaker_span = None
            q.speaker_text = names.get(t.person, INTERVIEWEE) if t.person else INTERVIEWEE
        elif is_question(b.ix.text, t) and t.person is None:
            q.speaker_id, q.speaker_text = asker if asker is not None else (None, INTERVIEWER)
        elif t.person is None and q.speaker_text in ANSWER_LABELS:
            q.speaker_text = INTERVIEWEE  # "A" names no one: it marks the answers
        out.append(t.content)
    return out


def _byline_writer(ix: _Index) -> tuple[str, str] | None:
    """The id and name of the one writer the byline names, or None (no byline, or several)."""
    ids = {m[2] for m in ix.mentions if m[0] in ix.bylined}
    if len(ids) != 1:
        return None
    pid = ids.pop()
    return next(((p.id, p.name) for p in ix.doc._.cr_people or [] if p.id == pid), None)
