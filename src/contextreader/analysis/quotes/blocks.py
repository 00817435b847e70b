"""Block quotations that lost their markup: the paragraph after "Roe wrote:" is Roe's own words.

Pages copied from the web keep a block quotation's text but drop its ``<blockquote>``, so the
quoted passage arrives as a plain paragraph with no marks, after a lead line that ends with a
colon ("Roe wrote on Tuesday:", "As the Ledger reported:", "The statement reads:"). A verb of
saying or writing that hands its words over with a colon at the end of its line sets out what
follows verbatim: that is what a colon lead means in news and blog copy. The paragraph is read
as one direct quote of the lead's speaker, with the lead's verb as its cue.

The block is the next line. In a text laid out a sentence a line (``sentence_a_line``, as some
archives print articles) a quoted paragraph is split over several lines and a blank line ends
it, so there the block runs on to the blank line, provided one comes within ``RUN_ON_LINES``
lines. It stops before a line with quotation marks of its own, a heading, a list item or a
line that names the speaker (the writer's narration: "Roe added that ..."). In a text laid out
a paragraph a line the next line is the writer's again. A list after the colon stays a report of the
lead (the items summarise rather than quote), and so do a paragraph with quotation marks of its
own (the marks say what is quoted), a heading, and a lead in the first person (the writer
quoting themself).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from contextreader.analysis.paragraphs import RUN_ON_LINES, sentence_a_line, span_is_heading
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import LEAD_COLON_WORDS, CueLexicon
from contextreader.analysis.quotes.marks import has_mark
from contextreader.analysis.quotes.speakers import _Speaker

# a list item opening a line: "- ", "• ", "1. ", "2) "
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+")


def block_after(
    cue: Token, spk: _Speaker | None, ix: _Index, lex: CueLexicon
) -> tuple[int, int] | None:
    """The paragraph a colon-ended lead sets out as its speaker's words ("Roe wrote:"), or None.

    ``cue`` is a verb of saying followed by a colon (``reported._colon_follows``). The colon
    must end its line, the next line follow with at most one blank line between, hold no
    quotation mark, and be neither a list item nor a heading; the speaker must not be the
    writer ("I wrote:", "We reported:"). The block runs on over the lines of its paragraph
    (``_run_on``).
    """
    if spk is None or lex.pronouns.get(spk.text.lower()) == "self":
        return None
    text = ix.text
    after = cue.doc[cue.i + 1 : cue.i + 1 + LEAD_COLON_WORDS]
    colon = next((t for t in after if t.text == ":"), None)
    if colon is None:
        return None
    line_end = _line_end(text, colon.idx + 1)
    if text[colon.idx + 1 : line_end].strip():
        return None  # "Roe said: the plan is dead." reports the rest of its own line
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text.count("\n", line_end, start) > 2:
        return None
    end = _line_end(text, start)
    end = start + len(text[start:end].rstrip())
    if _not_quoted(text, start, end):
        return None
    return start, _run_on(text, end, _surname(spk, lex))


def _not_quoted(text: str, start: int, end: int) -> bool:
    """True for a line that cannot be an unmarked quotation: a list item, a heading, or a line
    with quotation marks of its own (the marks say what is quoted)."""
    return bool(
        _LIST_ITEM.match(text, start)
        or has_mark(text, start, end)
        or span_is_heading(text, start, end)
    )


def _surname(spk: _Speaker, lex: CueLexicon) -> str | None:
    """The last word of a named speaker, lower-cased ("roe" of "Ann Roe"); None for a pronoun."""
    words = re.findall(r"[\w'’-]+", spk.text)
    if not words or spk.text.lower() in lex.pronouns:
        return None
    return words[-1].lower()


def _run_on(text: str, end: int, surname: str | None) -> int:
    """Where a block that ends its line at ``end`` really ends. In a text laid out a sentence a
    line, at the last line before a blank line, over single line breaks only, when that blank
    line comes within ``RUN_ON_LINES`` lines, and before a line that is no quotation or names
    the speaker; else at ``end``."""
    lines: list[tuple[int, int]] = []
    pos = _line_end(text, end)
    if not sentence_a_line(text):
        return end  # a paragraph a line: the next line is the writer's again
    while True:
        if not text[pos:].strip():
            return end  # the article ends before a blank line: nothing marks the paragraph's end
        start = pos + 1
        pos = _line_end(text, start)
        line = text[start:pos]
        if not line.strip():
            break  # a blank line ends the paragraph
        if len(lines) == RUN_ON_LINES:
            return end  # no blank line in reach: the text may write a paragraph a line
        lines.append((start, start + len(line.rstrip())))
    last = end
    for start, stop in lines:
        words = re.findall(r"[\w'’-]+", text[start:stop].lower())
        if (surname is not None and surname in words) or _not_quoted(text, start, stop):
            break
        last = stop
    return last


def _line_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl
