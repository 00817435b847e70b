"""Transcripts: a paragraph opened by an upper-case speaker label and a colon is a direct quote.

The turns come from cr_people; the label is the speaker and there is no cue word.
"""

from __future__ import annotations

from bisect import bisect_right

from contextreader.analysis.people import TranscriptTurn
from contextreader.analysis.quotes.direct import _Builder
from contextreader.analysis.quotes.marks import _Pair


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


def _nest_in_turns(pairs: list[_Pair], turns: list[TranscriptTurn]) -> None:
    """Marks inside a transcript turn quote someone within the speaker's words: nested."""
    spans = sorted(t.content for t in turns)
    starts = [s for s, _ in spans]
    for p in pairs:
        i = bisect_right(starts, p.start) - 1
        if i >= 0 and p.start < spans[i][1]:
            p.nested = True


def _transcript_quotes(b: _Builder, turns: list[TranscriptTurn]) -> list[tuple[int, int]]:
    """One direct quote per transcript turn: the label is the speaker, there is no cue word."""
    out = []
    for t in turns:
        q = b.add("direct", t.content, None, None)
        q.speaker_span = t.label
        q.speaker_text = b.ix.text[t.label[0] : t.label[1]]
        q.speaker_id = t.person
        out.append(t.content)
    return out
