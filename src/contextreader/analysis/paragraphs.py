"""Paragraphs and headings: line breaks are sentence boundaries the parser must keep.

News text is laid out in paragraphs and may carry headlines and subheads (a short line with no
closing punctuation). ``cr_paragraphs`` runs before the parser and starts a sentence after every
line break, so no sentence runs across a paragraph or out of a heading. ``is_heading`` and
``span_is_heading`` are plain functions the other components share.
"""

from __future__ import annotations

import re

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis import extensions  # noqa: F401

# a blank line: what ends a paragraph where single line breaks only end lines
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# archives that print one sentence a line split a paragraph over lines; a quotation or an
# interview answer is run on over at most this many further lines
RUN_ON_LINES = 6
# a sentence break inside a line: a word of three or more lower-case letters ends a sentence and
# a capital opens the next (three letters, so "Mr." and "Dr." do not count)
_INNER_BREAK = re.compile(r"[a-z]{3,}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
_LONG_LINE = 60  # shorter lines (headings, datelines, one-line paragraphs) say nothing
_END_PUNCT = tuple(".!?:;…\"'”’)]")


@Language.component("cr_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word after any line break.

    The boundaries are written in one ``from_array`` call: setting ``Token.is_sent_start`` one
    token at a time re-checks the whole doc on each call, which is quadratic on long articles.
    """
    starts = doc.to_array([SENT_START])
    changed = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and _breaks_after(prev):
            starts[tok.i] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # 1-d is accepted
    return doc


def is_heading(line: str) -> bool:
    """A headline or subhead: one short line that does not end like a sentence and has no quote."""
    line = line.strip()
    if not line or len(line) > 160 or line.endswith(_END_PUNCT):
        return False
    words = line.split()
    if len(words) < 2 or len(words) > 20:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.6


def span_is_heading(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a whole line that reads as a headline or subhead."""
    end = start + len(text[start:end].rstrip())  # a sentence may carry the break that ends it
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip() == text[start:end].strip() and is_heading(line)


def sentence_is_heading(sent: Span) -> bool:
    """True when ``sent`` is a whole line that reads as a heading.

    Works from the tokens alone: ``Doc.text`` is rebuilt on every access, which would make a
    per-sentence call quadratic on a long article.
    """
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    first, last = words[0], words[-1]
    if first.i > 0:
        prev = doc[first.i - 1]
        # the line starts here: a line break before, or only (blanked header) space since the start
        if not (_breaks_after(prev) or (prev.is_space and prev.i == 0)):
            return False
    if last.i + 1 < len(doc) and not (_breaks_after(last) or _breaks_after(doc[last.i + 1])):
        return False
    line = doc[first.i : last.i + 1].text
    return "\n" not in line and is_heading(line)


def _breaks_after(tok: Token) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def sentence_a_line(text: str) -> bool:
    """True for a text laid out one sentence a line, as some archives print articles: fewer than
    one long line in five holds a sentence break. Such a text splits a paragraph over lines, and
    only a blank line ends it; in a text laid out a paragraph a line, most long lines hold
    several sentences."""
    lines = [line for line in text.split("\n") if len(line) >= _LONG_LINE]
    if not lines:
        return False
    return sum(bool(_INNER_BREAK.search(line)) for line in lines) < len(lines) / 5
