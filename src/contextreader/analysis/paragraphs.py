"""Paragraphs and headings: line breaks are sentence boundaries the parser must keep.

News text is laid out in paragraphs and may carry headlines and subheads (a short line with no
closing punctuation). ``cr_paragraphs`` runs before the parser and starts a sentence after every
line break, so no sentence runs across a paragraph or out of a heading. ``paragraphs`` and
``is_heading`` are plain functions the other components share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from contextreader.analysis import extensions  # noqa: F401

_PARA = re.compile(r"[^\n]+")
_END_PUNCT = tuple(".!?:;…\"'”’)]")


@Language.component("cr_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word after any line break."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
            tok.is_sent_start = True
    return doc


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Character spans of the non-blank lines of ``text`` from ``start``, leading/trailing space cut."""
    for m in _PARA.finditer(text, start):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


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


def sentence_is_heading(sent: Span) -> bool:
    """True when ``sent`` is a whole line that reads as a heading."""
    doc = sent.doc
    text = doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.end_char)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    return line.strip() == sent.text.strip() and is_heading(line)
