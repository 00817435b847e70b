"""Pure text layout for the article pane: safe display text, wrapping, and the marks to draw.

Nothing here touches Textual, so it is tested and timed on its own. Every function keeps one
display character per article character, so a report's offsets (Python ``str`` indices) map to a
(line, column) position by plain subtraction.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from contextreader.report import LoadedTerm, Quote, Report
from contextreader.wording import visible

MarkKind = Literal["person", "quote", "speaker", "assertion", "loaded", "outlet"]
# a mark kind the reader can show or hide with one key (speaker marks follow quotes)
ToggleKind = Literal["people", "quotes", "assertions", "loaded"]
ALL_TOGGLES: frozenset[str] = frozenset({"people", "quotes", "assertions", "loaded"})
TOGGLE_OF: dict[str, str] = {
    "person": "people",
    "quote": "quotes",
    "speaker": "quotes",
    "assertion": "assertions",
    "loaded": "loaded",
    "outlet": "people",
}

_WORD = re.compile(r"\S+\s*|\s+")


display_text = visible  # the article text made safe to draw (see contextreader.wording)


def wrap(text: str, width: int, start: int = 0) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:]`` to ``width`` cells, as (start, end) offsets.

    Each line range excludes its newline. Spaces after the last word on a line stay with that
    line (they are cropped when drawn), so no character is lost and offsets stay exact.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = start
    for paragraph in text[start:].split("\n"):
        end = pos + len(paragraph)
        lines.extend(_wrap_paragraph(text, pos, end, width))
        pos = end + 1
    return lines


def _wrap_paragraph(text: str, start: int, end: int, width: int) -> Iterable[tuple[int, int]]:
    if start == end:
        yield (start, end)
        return
    line_start = start
    used = 0
    for m in _WORD.finditer(text, start, end):
        word_end = m.start() + len(m.group().rstrip())
        word_cells = cell_len(text[m.start() : word_end])
        if used and used + word_cells > width:
            yield (line_start, m.start())
            line_start, used = m.start(), 0
        if used == 0:
            if cell_len(text[line_start:word_end]) > width:  # a word longer than a line
                cuts, last_cells = _cuts(text, line_start, word_end, width)
                for cut in cuts:
                    yield (line_start, cut)
                    line_start = cut
                used = last_cells + cell_len(text[word_end : m.end()])
            else:
                used = cell_len(text[line_start : m.end()])
        else:
            used += cell_len(m.group())
    yield (line_start, end)


def _cuts(text: str, start: int, end: int, width: int) -> tuple[list[int], int]:
    """Where a word longer than a line is cut, and the cells left on its last piece.

    One pass over the word, so a 300,000-character word (a base64 blob, a URL list) wraps in
    linear time; each piece holds at least one character even if it is wider than ``width``.
    """
    cuts: list[int] = []
    piece_start, cells = start, 0
    for i in range(start, end):
        w = cell_len(text[i])
        if cells + w > width and i > piece_start:
            cuts.append(i)
            piece_start, cells = i, 0
        cells += w
    return cuts, cells


def line_of(lines: list[tuple[int, int]], offset: int) -> int:
    """Index of the wrapped line holding ``offset``: the last line starting at or before it."""
    starts = [s for s, _ in lines]
    return max(0, bisect_right(starts, offset) - 1)


@dataclass(frozen=True, slots=True)
class Mark:
    """One stretch of the article to draw in a style, pointing back to an annotation."""

    start: int
    end: int
    kind: MarkKind
    ref: str  # the annotation id: q1, p2, a3, t4, "outlet", or "cited:<index>"
    detail: str = ""  # assertion status, quote kind, loaded-term voice


def marks_for(report: Report) -> list[Mark]:
    """Every mark the report asks for, in reading order."""
    marks: list[Mark] = []
    for p in report.people:
        marks.extend(Mark(s, e, "person", p.id) for s, e in p.mentions)
    for q in report.quotes:
        marks.extend(Mark(s, e, "quote", q.id, q.kind) for s, e in q.pieces)
        if q.speaker_span:
            marks.append(Mark(*q.speaker_span, "speaker", q.id))
    for a in report.assertions:
        marks.append(Mark(*a.span, "assertion", a.id, a.status))
    for t in report.loaded_terms:
        marks.append(Mark(*t.span, "loaded", t.id, t.voice))
    if report.outlet and report.outlet.evidence_span:
        marks.append(Mark(*report.outlet.evidence_span, "outlet", "outlet"))
    for i, c in enumerate(report.cited_outlets):
        marks.append(Mark(*c.span, "outlet", f"cited:{i}", "cited"))
    marks.sort(key=lambda m: (m.start, -m.end))
    return marks


def spans_of(report: Report, ref: str) -> list[tuple[int, int]]:
    """The article spans an annotation id stands for (a person: every mention)."""
    if ref == "outlet":
        span = report.outlet.evidence_span if report.outlet else None
        return [span] if span else []
    if ref.startswith("cited:"):
        index = int(ref.removeprefix("cited:"))
        return [c.span for c in report.cited_outlets[index : index + 1]]
    for p in report.people:
        if p.id == ref:
            return list(p.mentions)
    for q in report.quotes:
        if q.id == ref:
            return [*q.pieces, *([q.speaker_span] if q.speaker_span else [])]
    for a in report.assertions:
        if a.id == ref:
            return [a.span]
    for t in report.loaded_terms:
        if t.id == ref:
            return [t.span]
    return []


def speaker_name(report: Report, quote: Quote) -> str | None:
    """Who said a quote, safe to display: the person's name, else the speaker as written (a
    joint speaker, "Roe and Doe", as written: its people are ``Report.speakers_of``)."""
    person = report.person(quote.speaker_id)
    name = person.name if person else quote.speaker_text
    return visible(name) if name else None


def loaded_words(report: Report, term: LoadedTerm) -> str:
    """A loaded term as the article prints it ("cronies"), not the word list's lemma ("crony"),
    on one line and safe to display."""
    return visible(" ".join(report.text[term.span[0] : term.span[1]].split()))


def repeated_terms(report: Report) -> set[str]:
    """The loaded terms the article uses more than once, as their words read (case aside):
    their sidebar entries say where each one is, or they would look the same."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for t in report.loaded_terms:
        words = loaded_words(report, t).casefold()
        (repeated if words in seen else seen).add(words)
    return repeated


def find_all(text: str, term: str) -> list[tuple[int, int]]:
    """Case-insensitive, non-overlapping matches of ``term`` in ``text``, as offsets in ``text``.

    Both are compared in Unicode's composed form (NFC), so a typed "é" finds an article saved
    with e + combining acute (NFD, as text copied on a Mac often is), and the other way round.
    A match never ends inside a letter: "cafe" does not find the "cafe" of "café" in either
    form, nor "Z" the Z of Z + a combining stroke."""
    term = unicodedata.normalize("NFC", term)
    if not term:
        return []
    folded, starts, ends = _composed(text)
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    found: list[tuple[int, int]] = []
    pos = 0
    while (m := pattern.search(folded, pos)) is not None:
        s, e = m.span()
        if e < len(folded) and unicodedata.combining(folded[e]):
            pos = s + 1  # the match stops inside a letter with a mark
            continue
        found.append((starts[s], ends[e - 1]))
        pos = max(e, s + 1)
    return found


@lru_cache(maxsize=4)  # each key typed in the search box searches the same article again
def _composed(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` in NFC, and for each of its characters where it starts and ends in ``text``.

    Normalised a cluster at a time: a cluster is a character with the marks after it (and any
    character that composes with it, as Hangul jamo do), so NFC of the whole is the clusters'
    NFC joined. A character of a cluster that changed maps to the whole cluster. (The lists
    are cached: read them, never change them.)"""
    if unicodedata.is_normalized("NFC", text):
        identity = list(range(len(text)))
        return text, identity, [i + 1 for i in identity]
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def close(begin: int, end: int) -> None:
        cluster = text[begin:end]
        nfc = unicodedata.normalize("NFC", cluster)
        pieces.append(nfc)
        if nfc == cluster:
            starts.extend(range(begin, end))
            ends.extend(range(begin + 1, end + 1))
        else:
            starts.extend([begin] * len(nfc))
            ends.extend([end] * len(nfc))

    begin = 0
    for i in range(1, len(text) + 1):
        if i < len(text):
            ch = text[i]
            if unicodedata.combining(ch):
                continue
            cluster = text[begin:i]
            nfc = unicodedata.normalize("NFC", cluster)
            if unicodedata.normalize("NFC", cluster + ch) != nfc + unicodedata.normalize("NFC", ch):
                continue  # composes with the cluster before it
        close(begin, i)
        begin = i
    return "".join(pieces), starts, ends


def clipped(text: Text, console: Console, width: int, lines: int) -> Text:
    """``text`` as at most ``lines`` lines of ``width`` cells, the last ending in "…" when any
    were cut, so a box with a fixed height never loses words without a sign."""
    wrapped = text.wrap(console, width)
    if lines <= 0 or len(wrapped) <= lines:
        return text
    last = wrapped[lines - 1]
    last.truncate(max(width - 1, 0))
    last.rstrip()
    last.append("…")
    return Text("\n").join([*wrapped[: lines - 1], last])
