"""Whole-document passes once every quote is found: shared speakers and joined fragments.

A direct quote with no cue of its own goes on with the statement just before it, a line opening
with "Name:" gives its quotes to Name, and quoted fragments of one statement are joined into one
partial quote.
"""

from __future__ import annotations

import re

from contextreader.analysis.quotes.direct import _near
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.speakers import _COLON_LEAD
from contextreader.report import Quote


def _inherit_speakers(quotes: list[Quote], text: str) -> None:
    """A direct quote with no cue of its own goes on with the statement reported just before.

    'The plan is late, Roe said. "We need more time."' gives the quote to Roe: news style
    names the speaker once and lets the following quote lean on it. Only the nearest earlier
    quote with a speaker counts, in the same paragraph or the one before (``_near``). A longer
    fragment with no speaker of its own goes on with the quote before it in its paragraph
    ('"...," said Roe. "I would not call it reform. It is a tax rise" for the rich.').
    """
    ordered = sorted(quotes, key=lambda q: q.span)
    last: Quote | None = None
    for q in ordered:
        if (
            q.speaker_text is None
            and last is not None
            and last.span[1] <= q.span[0]
            and (
                (q.kind == "direct" and _near(text, last.span[1], q.span[0]))
                or (q.kind == "partial" and _same_paragraph(text, last.span[1], q.span[0]))
            )
        ):
            q.speaker_id, q.speaker_text = last.speaker_id, last.speaker_text
            q.speaker_span = last.speaker_span
        if q.speaker_text is not None and q.kind != "scare":
            last = q


def _same_paragraph(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a short stretch with no paragraph break."""
    return end - start < 300 and "\n" not in text[start:end]


def _headline_speakers(quotes: list[Quote], ix: _Index) -> None:
    """On a line that opens with "Name:", every quote with its cue after the colon is Name's.

    Headlines and transcripts write "Roe: Budget 'Too Small'" or "ROE: I think we will win";
    the name is the one speaking, even where a verb inside the line has a subject of its own.
    A lead that names no person ("The Latest: Roe urges ...", a rubric) leaves a quote that
    has its own cue and speaker alone.
    """
    text = ix.text
    for q in quotes:
        if q.kind == "scare" and q.speaker_text is None:
            continue
        line_start = text.rfind("\n", 0, q.span[0]) + 1
        m = _COLON_LEAD.match(text, line_start, q.span[0])
        if m is None or (q.cue_span is not None and q.cue_span[0] < m.end()):
            continue
        s, e = m.span(1)
        if q.speaker_span == (s, e):
            continue
        found = ix.person_in(s, e)
        pid = found[2] if found is not None else ix.person_named(m.group(1))
        if pid is None and q.cue_span is not None and q.speaker_text is not None:
            continue
        q.speaker_id = pid
        q.speaker_text, q.speaker_span = m.group(1), (s, e)
        if q.kind == "scare":
            q.kind = "partial"


def _join_partials(quotes: list[Quote], text: str) -> list[Quote]:
    """Quoted fragments of one statement (same cue, same paragraph) are one partial quote.

    'X called the plan "reckless" and "cruel"' quotes one statement in two pieces; listing it
    once keeps the count of what X said honest. The span runs from the first to the last piece.
    """
    out: list[Quote] = []
    last: Quote | None = None
    for q in sorted(quotes, key=lambda q: q.span):
        if q.kind != "partial":
            out.append(q)
            continue
        if last is not None and _one_statement(last, q, text):
            last.span = (last.span[0], q.span[1])
            continue
        out.append(q)
        last = q
    return out


_SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+[\"“‘']?[A-Z]")


def _one_statement(last: Quote, q: Quote, text: str) -> bool:
    """Two partial quotes are pieces of one statement: same cue and speaker in one paragraph,
    or, with no cue word, the same speaker in one sentence ('she said it would be "ugly," "a
    shock" and "a fight"' after the cue's own sentence has named her)."""
    between = text[last.span[1] : q.span[0]]
    if "\n" in between or q.speaker_span is None or q.speaker_span != last.speaker_span:
        return False
    if q.cue_span is not None:
        return q.cue_span == last.cue_span
    return last.cue_span is None and len(between) < 200 and not _SENTENCE_BREAK.search(between)
