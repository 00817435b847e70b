"""Quotation marks: which mark opens, which closes, and which pairs sit inside others.

Straight, curly, guillemets and two apostrophes ('' ... '') as some archives write double marks;
a mark after "=" is markup (id="..."), not a quote. An open mark with no close that opens its
paragraph (or follows a colon) quotes to the paragraph's end, unless a short run of lines
with no marks of their own leads to a closing mark (texts that put each sentence on its own
line) and none of them is narration by the caller's test (a line reporting a named person's
words). Works on the text alone, with that test passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# two apostrophes stand for a double mark in some archives' plain text (''like this'')
_MARKS = re.compile("''|[\"“”‘’'«»]")
_OPENERS = set(" \t\n([{—–-/:;,") | {"“", '"', "‘", "«"}
_DOUBLE = '“”«»"'

RUN_LINES = 6
"""The most lines (the opening mark's and the closing mark's included) a quote may run over
when the text puts each sentence on its own line and marks only the quote's two ends. Six
one-sentence lines hold a statement of a paragraph or two; further than that, an opening mark
left open and a closing mark much later are more likely two slips than one quotation."""


@dataclass(slots=True)
class _Pair:
    """One matched pair of marks: the content is text[start:end]."""

    start: int
    end: int
    single: bool
    nested: bool = False  # inside another quote
    gap: tuple[int, int] | None = None  # the cue between the parts of a split quote
    w: int = 1  # width of each mark (2 for '' used as a double mark)


def _is_open(text: str, i: int, w: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + w] if i + w < len(text) else " "
    return (prev in _OPENERS or prev.isspace()) and not nxt.isspace()


def _is_close(text: str, i: int, w: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + w] if i + w < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


Narration = Callable[[int, int], bool]
"""Whether text[start:end], a line between a quote's two ends, is the writer's narration."""


def find_pairs(text: str, start: int = 0, narration: Narration | None = None) -> list[_Pair]:
    """Pair quotation marks, paragraph by paragraph, surviving stray and nested marks.

    Double marks pair with each other; single marks pair inside a paragraph only when they look
    like quotes (an apostrophe has a letter after it). A double quote left open at a paragraph's
    end continues when the next paragraph opens with a double mark, as news style writes it,
    or runs on to a closing mark a few lines later when the lines between hold no marks (texts
    that give each sentence its own line and mark only the quote's two ends; see _run_end),
    unless ``narration`` finds a line between them that is the writer's own.
    """
    pairs: list[_Pair] = []
    open_d: int | None = None  # index of the open double mark
    open_s: int | None = None
    para_end = -1
    open_w = 1  # width of the open double mark
    for i, ch in _quote_marks(text, start):
        w = len(ch)
        if w == 2:
            ch = '"'
        if i > para_end:  # a new paragraph
            nl = text.find("\n", i)
            para_end = len(text) if nl < 0 else nl
            prev_nl = text.rfind("\n", 0, i)
            at_para_start = not text[prev_nl + 1 : i].strip()
            open_s = None
            if open_d is not None and not (at_para_start and ch in '“"«'):
                run_end = _run_end(text, open_d + open_w, i, narration)
                if run_end is not None:
                    para_end = run_end  # one quote over several lines: read them as one
                else:
                    _close_unfinished(text, open_d, pairs, open_w)
                    open_d = None
            elif open_d is not None:
                continue  # the continuation mark of a multi-paragraph quote
        role = _double_role(text, i, ch, open_d is not None, w) if ch in _DOUBLE else None
        if role == "open":
            open_d, open_w = i, w
            open_s = None
            continue
        if role == "close" and open_d is not None:
            pairs.append(_Pair(open_d + open_w, i, single=False, w=open_w))
            open_d = None
            open_s = None
            continue
        if ch in _DOUBLE:
            continue
        # single marks
        if ch in "‘'" and _is_open(text, i) and open_s is None:
            open_s = i
        elif ch in "’'" and open_s is not None and _is_close(text, i) and i - open_s < 200:
            pairs.append(_Pair(open_s + 1, i, single=True, nested=open_d is not None))
            open_s = None
    if open_d is not None:
        _close_unfinished(text, open_d, pairs, open_w)
    return sorted(pairs, key=lambda p: p.start)


def _double_role(text: str, i: int, ch: str, pending: bool, w: int = 1) -> str | None:
    """open / close / None (stray) for a double mark, trusting its context over its glyph."""
    o, c = _is_open(text, i, w), _is_close(text, i, w)
    if ch in "“«":
        return "close" if pending and c and not o else "open"
    if ch in "”»":
        return "open" if o and not c and not pending else "close"
    if pending:
        return "close"
    return "open" if o or not c else None


def _run_end(
    text: str, after_open: int, first: int, narration: Narration | None = None
) -> int | None:
    """The end of the line that closes a quote opened before ``after_open``, or None.

    Some texts put each sentence on its own line and mark only a quote's two ends. The quote
    runs on when every line after the opening one holds no quotation mark of its own (words'
    apostrophes aside) until a line whose first double mark closes by its context; a blank
    line (a paragraph break), or more than RUN_LINES lines, ends the search. ``first`` is the
    first mark after the opening line, where find_pairs would otherwise give up. A line
    between the two ends that ``narration`` calls the writer's own (one that reports a named
    person's words, say) shows the two marks are slips, not one quotation.
    """
    line_start = text.find("\n", after_open) + 1
    if not line_start:
        return None
    for _ in range(RUN_LINES - 1):
        nl = text.find("\n", line_start)
        line_end = len(text) if nl < 0 else nl
        line = text[line_start:line_end]
        if not line.strip():
            return None
        if line_end > first:
            close = _first_double(text, line_start, line_end)
            if close is not None and _closes(text, close):
                return line_end
            if close is not None or has_mark(text, line_start, line_end):
                return None
        if narration is not None and narration(line_start, line_end):
            return None
        if nl < 0:
            return None
        line_start = nl + 1
    return None


def _quote_marks(text: str, start: int, end: int | None = None) -> Iterator[tuple[int, str]]:
    """Each quotation mark in text[start:end] with where it begins, skipping markup left in
    the text: a mark after "=" is an attribute value (id="..."), not a quote."""
    for m in _MARKS.finditer(text, start, len(text) if end is None else end):
        i = m.start()
        if not (i > 0 and text[i - 1] == "="):
            yield i, m.group()


def _first_double(text: str, start: int, end: int) -> int | None:
    """Where the first double mark (or '' standing for one) of text[start:end] begins."""
    return next(
        (i for i, ch in _quote_marks(text, start, end) if len(ch) == 2 or ch in _DOUBLE), None
    )


def _closes(text: str, i: int) -> bool:
    """A double mark that closes by its context: a word before it and none just after.

    A straight mark right after a digit is an inch mark (a 27" screen), never the end of a run.
    """
    w = 2 if text.startswith("''", i) else 1
    if text[i] in '"”' and i > 0 and text[i - 1].isdigit():
        return False
    return _is_close(text, i, w) and not _is_open(text, i, w)


def has_mark(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds a quotation mark: any double mark, or a single mark
    that opens a word (an apostrophe inside or after a word is not one)."""
    return any(
        len(ch) == 2 or ch in _DOUBLE or _is_open(text, i)
        for i, ch in _quote_marks(text, start, end)
    )


def _close_unfinished(text: str, open_i: int, pairs: list[_Pair], w: int = 1) -> None:
    """An open mark with no close: a quote to the paragraph's end when it opens the paragraph."""
    prev_nl = text.rfind("\n", 0, open_i)
    before = text[prev_nl + 1 : open_i].rstrip()
    if before and not before.endswith(":"):
        return
    nl = text.find("\n", open_i)
    end = len(text) if nl < 0 else nl
    while end > open_i + 1 and text[end - 1].isspace():
        end -= 1
    if end - open_i > 20:
        pairs.append(_Pair(open_i + w, end, single=False, w=w))


def _mark_nested(pairs: list[_Pair]) -> None:
    """A pair inside another pair is nested (a quote within a quote)."""
    outer_end = -1
    for p in pairs:
        if p.start < outer_end:
            p.nested = True
        elif not p.single:
            outer_end = p.end
