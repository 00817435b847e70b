"""Answers opened by a dash: "— We asked for nothing new, said the minister." is her own words.

Many European papers (and interviews translated from them) print speech as a paragraph opened
by an em or en dash, with no quotation marks, and close it with an inverted "said X" after a
comma. Such a paragraph is one direct quote of X: every sentence of it, not only the last one
the parse hangs under "said". A dash paragraph right after an interviewer's "Q:" turn is the
answer to it even when no "said X" closes it; it is then the words of whoever gave the last
dash answer. A hyphen ("- The mill will reopen") is a list bullet, and a dash line with no
closing "said X" outside a question-and-answer is a list item too: neither is read as speech.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from contextreader.analysis.paragraphs import span_is_heading
from contextreader.analysis.people import TranscriptTurn
from contextreader.analysis.quotes.direct import _Builder
from contextreader.analysis.quotes.speakers import _cue_speaker, _Speaker
from contextreader.analysis.quotes.transcripts import is_question

# a paragraph opened by an em or en dash and a space, the dash-dialogue convention
_DASH_LINE = re.compile(r"^[^\S\n]*[—–][^\S\n]+(?=\S)", re.M)
# most words a closing "said X" may take: "said the minister", "said Elena Varga, the minister"
_TAIL_WORDS = 12


def _closing_cue(b: _Builder, start: int, end: int) -> tuple[int, Token, _Speaker] | None:
    """The comma before a closing "said X" (or "X said") that ends text[start:end], with its
    verb and speaker; None when the paragraph does not end so."""
    ix = b.ix
    sent = ix.sent_at(max(start, end - 1))
    toks = [t for t in sent if start <= t.idx < end]
    for k, comma in enumerate(toks):
        if comma.text != "," or len(toks) - k - 1 > _TAIL_WORDS:
            continue
        tail = toks[k + 1 :]
        cues = [t for t in tail if b.lex.is_cue(t) and t.pos_ == "VERB"]
        others = [t for t in tail if t.pos_ in ("VERB", "AUX") and t not in cues]
        if len(cues) != 1 or others:
            continue
        cue = cues[0]
        spk = _cue_speaker(cue, ix, b.lex)
        if spk is None or spk.span[0] <= comma.idx or spk.span[1] > end:
            continue
        if ix.text[start : comma.idx].strip():
            return comma.idx, cue, spk
    return None


def _after_question(text: str, start: int, ends: list[int]) -> bool:
    """True when the paragraph at ``start`` follows a question turn, with only space between;
    ``ends`` are the question turns' ends, sorted. Only the last one before ``start`` can be
    followed by nothing but space up to it."""
    k = bisect_right(ends, start)
    return k > 0 and not text[ends[k - 1] : start].strip()


def _dash_answers(b: _Builder, turns: list[TranscriptTurn]) -> list[tuple[int, int]]:
    """One direct quote per dash-opened answer; returns their spans."""
    text = b.ix.text
    body = b.doc._.cr_body_start or 0
    questions = sorted(t.paragraph[1] for t in turns if is_question(text, t))
    out: list[tuple[int, int]] = []
    last: _Speaker | None = None
    for m in _DASH_LINE.finditer(text, body):
        start = m.end()
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        end = start + len(text[start:end].rstrip())
        if span_is_heading(text, m.start(), end) or b.ix.in_quote(start):
            continue
        closing = _closing_cue(b, start, end)
        if closing is not None:
            stop, cue, spk = closing
            q = b.add("direct", (start, stop), cue, spk)
            last = spk
        elif _after_question(text, m.start(), questions):
            q = b.add("direct", (start, end), None, last)
        else:
            continue  # a list item, not speech
        out.append(q.span)
    return out
