"""Quotation marks: which mark opens, which closes, and which pairs sit inside others.

Straight, curly, guillemets and two apostrophes ('' ... '') as some archives write double marks;
a mark after "=" is markup (id="..."), not a quote. An open mark with no close that opens its
paragraph (or follows a colon) quotes to the paragraph's end, unless a short run of lines
with no marks of their own leads to a closing mark (texts that put each sentence on its own
line) and none of them is narration by the caller's test (a line reporting a named person's
words). A quote left open whose next paragraph closes it with no mark of its own before runs
on into it (the writer left out the resuming mark), and a curly opening mark after a sentence's
end inside an open curly quote closes that quote (its closing mark left out). Invisible format
characters (direction marks, zero-width spaces) before a mark do not count as its context.
Works on the text alone, with that test passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from contextreader.analysis.paragraphs import sentence_a_line

# two apostrophes stand for a double mark in some archives' plain text (''like this'')
_MARKS = re.compile("''|[\"“”‘’'«»]")
_OPENERS = set(" \t\n([{—–-/:;,") | {"“", '"', "‘", "«"}
_DOUBLE = '“”«»"'

# invisible format characters a web page may leave around a mark: zero-width space, direction
# marks and embeddings, word joiner, byte-order mark
INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"

RUN_LINES = 6
"""The most lines (the opening mark's and the closing mark's included) a quote may run over
when the text puts each sentence on its own line and marks only the quote's two ends. Six
one-sentence lines hold a statement of a paragraph or two; further than that, an opening mark
left open and a closing mark much later are more likely two slips than one quotation, unless
the opening mark brings in a statement (see LONG_RUN_LINES)."""

LONG_RUN_LINES = 12
"""The most lines a quote may run over, as for RUN_LINES, when its opening mark follows a colon
or opens its line under a heading or a line ending in a colon (``_opens_statement``): a
statement of a few paragraphs printed in full runs to a dozen one-sentence lines. A mark in
the middle of a sentence ("praised a “new era") or after the writer's own sentence keeps to
RUN_LINES."""


@dataclass(slots=True)
class _Pair:
    """One matched pair of marks: the content is text[start:end]."""

    start: int
    end: int
    single: bool
    nested: bool = False  # inside another quote
    gap: tuple[int, int] | None = None  # the cue between the parts of a split quote
    w: int = 1  # width of each mark (2 for '' used as a double mark)


def _before(text: str, i: int) -> str:
    """The character before text[i], looking past INVISIBLE format characters (a direction
    mark or zero-width space a web page leaves before a mark); a space at the text's start."""
    j = i - 1
    while j >= 0 and text[j] in INVISIBLE:
        j -= 1
    return text[j] if j >= 0 else " "


def _is_open(text: str, i: int, w: int = 1) -> bool:
    prev = _before(text, i)
    nxt = text[i + w] if i + w < len(text) else " "
    return (prev in _OPENERS or prev.isspace()) and not nxt.isspace()


def _is_close(text: str, i: int, w: int = 1) -> bool:
    prev = _before(text, i)
    nxt = text[i + w] if i + w < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


Narration = Callable[[int, int], bool]
"""Whether text[start:end], a line between a quote's two ends, is the writer's narration."""


def find_pairs(
    text: str,
    start: int = 0,
    narration: Narration | None = None,
    named: Narration | None = None,
) -> list[_Pair]:
    """Pair quotation marks, paragraph by paragraph, surviving stray and nested marks.

    Double marks pair with each other; single marks pair inside a paragraph only when they look
    like quotes (an apostrophe has a letter after it). A double quote left open at a paragraph's
    end continues when the next paragraph opens with a double mark, as news style writes it,
    or runs on to a closing mark a few lines later when the lines between hold no marks (texts
    that give each sentence its own line and mark only the quote's two ends; see _run_end),
    unless ``narration`` finds a line between them that is the writer's own. ``named`` tells
    a line whose quote a cue gives to someone by name (see _resume).

    A text that quotes in curly single marks, as British style does ('‘…,’ said Roe. ‘…’',
    with “…” for a quote inside a quote; see _singles_primary), has its ‘…’ pairs found the
    way double ones are, and they count as full quotes (``single`` False): they run over
    paragraphs, and an apostrophe ("don’t", "the ’90s", "developers’ charter") does not close
    them (_primary_singles). Its double pairs are kept: a quote inside a ‘…’ quote is nested,
    as a single pair inside a double one is in American style.
    """
    pairs = _pair_run(text, _quote_marks(text, start), narration, named=named)
    if "‘" not in text:
        return pairs
    singles = _pair_run(text, _primary_singles(text, start), None, runs=False)
    if not _singles_primary(text, singles, [p for p in pairs if not p.single]):
        return pairs
    kept = [p for p in pairs if not (p.single and text[p.start - 1] == "‘")]
    kept = [p for p in kept if not (p.single and any(_overlap(p, q) for q in singles))]
    out = sorted(kept + singles, key=lambda p: p.start)
    _mark_nested(out)  # “sacred” inside ‘…’ is a quote within the quote
    return out


def _pair_run(
    text: str,
    marks: Iterator[tuple[int, str]],
    narration: Narration | None = None,
    runs: bool = True,
    named: Narration | None = None,
) -> list[_Pair]:
    """The pairs of ``marks``: double marks (or marks standing for them) pair over paragraphs,
    single ones inside a paragraph; ``runs`` lets a quote run over lines (_run_end)."""
    pairs: list[_Pair] = []
    open_d: int | None = None  # index of the open double mark
    open_s: int | None = None
    para_end = -1
    open_w = 1  # width of the open double mark
    resumed = -1  # the mark that resumes a quote left open some lines above
    a_line: list[bool] = []  # whether the text is laid out a sentence a line, read once

    def by_sentence() -> bool:
        if not a_line:
            a_line.append(sentence_a_line(text))
        return a_line[0]

    for i, ch in marks:
        w = len(ch)
        if w == 2:
            ch = '"'
        if i == resumed:
            continue  # the quote goes on: this mark only resumes it
        if i > para_end:  # a new paragraph
            seen = max(para_end, open_d or 0)  # the marks up to here are read
            nl = text.find("\n", i)
            para_end = len(text) if nl < 0 else nl
            prev_nl = text.rfind("\n", 0, i)
            at_para_start = _ELIDED_START.fullmatch(text, prev_nl + 1, i) is not None
            open_s = None
            if open_d is not None and not (at_para_start and ch in '“"«'):
                # after a resuming mark, the quote runs on from the resumed line
                after = seen if resumed > open_d else open_d + open_w
                run_end = _run_end(text, after, i, narration) if runs else None
                resume = None
                if run_end is None and runs:
                    resume = _resume(text, seen, narration, by_sentence, named)
                if resume is not None:
                    resumed, para_end = resume  # the lines between are the quote's too
                    if i == resumed:
                        continue
                elif run_end is not None:
                    para_end = run_end  # one quote over several lines: read them as one
                elif runs and (end := _closed_next(text, open_d, i, narration)) is not None:
                    para_end = end  # the quote goes on into the next paragraph
                else:
                    _close_unfinished(text, open_d, pairs, open_w)
                    open_d = None
            elif open_d is not None:
                if not _lines_between(text, seen, prev_nl):
                    continue  # the continuation mark of a multi-paragraph quote
                resume = _resume(text, seen, narration, by_sentence, named) if runs else None
                if resume is not None and resume[0] == i:
                    continue  # the unmarked lines above are the quote's too
                # a paragraph of the writer's own lies between: the quote ended above
                _close_unfinished(text, open_d, pairs, open_w)
                open_d = None
        role = _double_role(text, i, ch, open_d is not None, w) if ch in _DOUBLE else None
        if role == "open":
            if open_d is not None and _restarts(text, open_d, i):
                _close_before(text, open_d, i, pairs)
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
        elif (
            ch in "’'"
            and open_s is not None
            and _is_close(text, i)
            and i - open_s < 200
            and not _possessive_before_close(text, i, para_end)
        ):
            pairs.append(_Pair(open_s + 1, i, single=True, nested=open_d is not None))
            open_s = None
    if open_d is not None:
        _close_unfinished(text, open_d, pairs, open_w)
    return sorted(pairs, key=lambda p: p.start)


def _closed_next(text: str, open_i: int, first: int, narration: Narration | None) -> int | None:
    """The end of the paragraph right after an open mark's, when that paragraph holds no mark
    before ``first`` and ``first`` closes by its context: the writer broke a quotation into two
    paragraphs and left out the mark that resumes it (“We need unity. ¶ We lack it,” she says).
    The open mark opens its paragraph, no mark follows it there, and the sentences before the
    one the mark closes are not ``narration`` (the writer's own; the closing sentence holds the
    speaker's tag, 'Roe says')."""
    line_start = text.rfind("\n", 0, open_i) + 1
    open_end = text.find("\n", open_i)
    if open_end < 0 or text[line_start:open_i].strip() or has_mark(text, open_i + 1, open_end):
        return None
    start = text.rfind("\n", 0, first) + 1
    if text[first] not in _DOUBLE:
        return None  # an apostrophe ("the teachers’ union") closes no double quote
    if text[open_end:start].strip() or not _closes(text, first):
        return None
    if has_mark(text, start, first):
        return None
    cut = max(text.rfind(end, start, first) for end in (". ", "? ", "! "))
    if narration is not None and cut > start and narration(start, cut + 1):
        return None
    nl = text.find("\n", first)
    return len(text) if nl < 0 else nl


def _restarts(text: str, open_i: int, i: int) -> bool:
    """True when a curly opening mark comes after the end of a sentence inside a quote opened by
    another curly opening mark: the writer left out the mark that closes the first quote
    (“I just stood there. “And she said, ‘Wait,’” Roe said.). Not where a closing mark with
    no opener follows the new quote's close in the paragraph: that one closes the first quote,
    and the new one is nested in it (“He said no. “I heard him,” I told her,” Roe said.)."""
    before = text[open_i + 1 : i].rstrip()
    if not (text[open_i] == "“" and text[i] == "“" and before[-1:] in (".", "?", "!", "…")):
        return False
    end = text.find("\n", i)
    rest = text[i + 1 : len(text) if end < 0 else end]
    inner = rest.find("”")
    if inner < 0:
        return True
    after = rest[inner + 1 :]
    outer, reopen = after.find("”"), after.find("“")
    return outer < 0 or (0 <= reopen < outer)


def _close_before(text: str, open_i: int, i: int, pairs: list[_Pair]) -> None:
    """Close the quote opened at ``open_i`` just before the opening mark at ``i``."""
    end = i
    while end > open_i + 1 and text[end - 1].isspace():
        end -= 1
    pairs.append(_Pair(open_i + 1, end, single=False))


def _overlap(a: _Pair, b: _Pair) -> bool:
    return a.start - a.w < b.end + b.w and b.start - b.w < a.end + a.w


def _singles_primary(text: str, singles: list[_Pair], doubles: list[_Pair]) -> bool:
    """Whether a text quotes in curly single marks (‘…’) as its first marks, as British style
    does, rather than keeping them for a quote inside a quote or a headline's quote.

    ``singles`` are its ‘…’ pairs as _primary_singles finds them, ``doubles`` its double pairs.
    It does when a ‘…’ pair that no double pair holds holds a double pair itself ('‘… as
    “sacred”.’': the quote within the quote is in double marks), or when, below the first
    line (a headline quotes in single marks in American style too), ‘…’ pairs of two words or
    more that no double pair holds outnumber the double pairs that no ‘…’ pair holds.
    """

    def holds(a: _Pair, b: _Pair) -> bool:
        return a.start <= b.start - b.w and b.end + b.w <= a.end

    outer = [s for s in singles if not any(holds(d, s) for d in doubles)]
    if any(holds(s, d) for s in outer for d in doubles):
        return True
    body = max(text.find("\n"), 0)
    outer_s = [p for p in outer if p.start > body and len(text[p.start : p.end].split()) >= 2]
    outer_d = [d for d in doubles if d.start > body and not any(holds(s, d) for s in singles)]
    return len(outer_s) > len(outer_d)


_DECADE = re.compile(r"\d0s\b")


def _primary_singles(text: str, start: int) -> Iterator[tuple[int, str]]:
    """The curly single marks of text[start:] that quote, as the double marks standing for
    them (‘ as “, ’ as ”), for a text that quotes in single marks first (_singles_primary).

    An apostrophe is left out: a mark with a letter or digit on both sides ("don’t",
    "O’Neill"), a ’ that starts a word ("’90s", "rock ’n’ roll": a closing mark never opens),
    a ‘ before a decade ("‘90s", as word processors write it), and a plural possessive, s’
    before a space and a word in lower case ("the developers’ charter"), when the next mark
    of its paragraph that is no apostrophe closes a quote too (the quote ends there, not at
    the possessive).
    """
    marks = [(i, ch) for i, ch in _quote_marks(text, start) if ch in "‘’"]
    keep = [not _apostrophe(text, i, ch) for i, ch in marks]
    for k, (i, ch) in enumerate(marks):
        if not keep[k] or ch != "’" or not _possessive_s(text, i):
            continue
        nl = text.find("\n", i)
        para_end = len(text) if nl < 0 else nl
        later = next(
            (j for j, (m, _c) in enumerate(marks[k + 1 :], k + 1) if keep[j] and m < para_end),
            None,
        )
        if later is not None and marks[later][1] == "’" and _is_close(text, marks[later][0]):
            keep[k] = False
    for k, (i, ch) in enumerate(marks):
        if keep[k]:
            yield i, "“" if ch == "‘" else "”"


def _apostrophe(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if ch == "’":
        return nxt.isalnum() and not prev.isalnum()
    return _DECADE.match(text, i + 1) is not None


def _possessive_s(text: str, i: int) -> bool:
    """s’ before a space and a word in lower case: "the developers’ charter"."""
    return (
        i > 1
        and text[i - 1] in "sS"
        and text[i - 2].isalpha()
        and text[i + 1 : i + 2] == " "
        and text[i + 2 : i + 3].islower()
    )


def _possessive_before_close(text: str, i: int, para_end: int) -> bool:
    """ "'The players' union won't help.'": a straight s' before a word in lower case is a
    plural possessive, not the close, when a later mark of the paragraph closes the quote
    ("help.'": no letter after it, and no possessive itself) before any mark opens another."""
    if text[i] != "'" or not _possessive_s(text, i):
        return False
    j = text.find("'", i + 1, para_end)
    while j >= 0:
        if _is_open(text, j):
            return False
        if _is_close(text, j) and not _possessive_s(text, j):
            return True
        j = text.find("'", j + 1, para_end)
    return False


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
    line (a paragraph break), or more than RUN_LINES lines (LONG_RUN_LINES from a mark that
    brings in a statement, ``_opens_statement``), ends the search. ``first`` is the
    first mark after the opening line, where find_pairs would otherwise give up. A line
    between the two ends that ``narration`` calls the writer's own (one that reports a named
    person's words, say) shows the two marks are slips, not one quotation.
    """
    most = LONG_RUN_LINES if _opens_statement(text, after_open) else RUN_LINES
    for _, line_start, line_end in _lines_after(text, after_open, narration, most):
        if line_end > first:
            close = _first_double(text, line_start, line_end)
            if close is not None and _closes(text, close):
                return line_end
            if close is not None or has_mark(text, line_start, line_end):
                return None
    return None


# what ends a sentence, not a heading: a stop, a question or exclamation mark, or a closing
# quotation mark or bracket after one
_ENDINGS = frozenset(".!?…”\"’')]")


def _opens_statement(text: str, after_open: int) -> bool:
    """The opening mark that ends just before ``after_open`` follows a colon ('The minister
    said: “We ...'), or opens its line right under a line that ends with a colon or is a
    heading (no full stop or other closing punctuation at its end: "The Minister's Statement"):
    the way a statement printed in full is brought in. A mark opening a line after the
    writer's own sentence may be a slip."""
    line_start = text.rfind("\n", 0, after_open) + 1
    before = text[line_start:after_open].rstrip(_DOUBLE + "'").rstrip()
    if before:
        return before.endswith(":")
    above = text[: max(0, line_start - 1)].rstrip()
    last = above[above.rfind("\n") + 1 :].strip()
    return bool(last) and (last.endswith(":") or last[-1] not in _ENDINGS)


def _lines_after(
    text: str, after: int, narration: Narration | None, most: int = RUN_LINES
) -> Iterator[tuple[int, int, int]]:
    """The lines after the one that holds ``after``, as (k, start, end), k counting from 0:
    at most ``most`` - 1 of them, up to a blank line, and none past a line ``narration``
    calls the writer's (that line is still given, for the caller to read first)."""
    line_start = text.find("\n", after) + 1
    if not line_start:
        return
    for k in range(most - 1):
        nl = text.find("\n", line_start)
        line_end = len(text) if nl < 0 else nl
        if not text[line_start:line_end].strip():
            return
        yield k, line_start, line_end
        if (narration is not None and narration(line_start, line_end)) or nl < 0:
            return
        line_start = nl + 1


# what may come before the mark that resumes a quote at the start of a paragraph or line:
# nothing, or the ellipsis that shows words were left out ("[…] “We kept it.")
_ELIDED_START = re.compile(r"\s*(?:(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*)?")
# the bracketed ellipsis of an elision, with the mark that resumes the quote after it
_ELISION = re.compile(r"\[\s*(?:…|\.\.\.)\s*\]\s*$")


def _lines_between(text: str, after: int, before: int) -> bool:
    """True when a line with words lies between the line that holds ``after`` and the line
    that starts after the newline at ``before``."""
    end = text.find("\n", after)
    return 0 <= end < before and bool(text[end:before].strip())


def _resume(
    text: str,
    after: int,
    narration: Narration | None = None,
    by_sentence: Callable[[], bool] = lambda: False,
    named: Narration | None = None,
) -> tuple[int, int] | None:
    """Where a quote left open at the end of the line that holds ``after`` (its opening mark,
    or the last mark read of it) resumes, as (the resuming mark, the end of its line), or None.

    A long quotation opens each of its paragraphs with a mark and closes only the last; a copy
    that puts each sentence on its own line keeps only the marks, so the lines between an
    open mark and the next double mark are still the quote when that next mark opens again
    at the start of its line or right after the bracketed ellipsis of an elision ('[…] “We
    kept it'). The lines between may hold a quote within the quote in single marks, but no
    double mark, no blank line and no line ``narration`` calls the writer's; RUN_LINES lines
    at most.

    The line right after, or a line that resumes after an elision (the writer leaves out only
    quoted words), may resume in any layout. Past a line with no mark of its own at its
    start, a plain opening mark resumes the quote only in a text laid out a sentence a line
    (``by_sentence``): in one laid out a paragraph a line, such a line is a paragraph of the
    writer's, and a quote would open it with a mark ("Roe's lawyers filed papers."). Nor does
    it resume on a line whose quote ``named`` finds given to someone by name ('“It is over,”
    said Ana Holt.': likely a new speaker's quote, not the open one going on)."""
    for k, line_start, line_end in _lines_after(text, after, narration):
        mark = _first_double(text, line_start, line_end)
        if mark is not None:
            before = text[line_start:mark]
            if _closes(text, mark) or not (not before.strip() or _ELISION.search(before)):
                return None
            if named is not None and named(line_start, line_end):
                return None
            if k == 0 or before.strip() or by_sentence():
                return mark, line_end
            return None
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
