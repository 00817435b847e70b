"""Block quotations that lost their markup: the paragraph after "Roe wrote:" is Roe's own words.

Pages copied from the web keep a block quotation's text but drop its ``<blockquote>``, so the
quoted passage arrives as a plain paragraph with no marks, after a lead line that ends with a
colon ("Roe wrote on Tuesday:", "As the Ledger reported:", "The statement reads:"). A verb of
saying or writing that hands its words over with a colon at the end of its line sets out what
follows verbatim: that is what a colon lead means in news and blog copy. The paragraph is read
as one direct quote of the lead's speaker, with the lead's verb as its cue.

The block is the next paragraph (one line) only. Texts that put one sentence on each line (as
some archives do) may run a quotation over several lines, but nothing in the text marks where
it ends: neither a blank line (some articles have none) nor a change of voice is a signal that
holds across outlets, and running on would give the writer's own comment after the quotation
to the source. A list after the colon stays a report of the lead (the items summarise rather
than quote), and so do a paragraph with quotation marks of its own (the marks say what is
quoted), a heading, and a lead in the first person (the writer quoting themself).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from contextreader.analysis.paragraphs import span_is_heading
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
    must end its line, the next paragraph follow with at most one blank line between, hold no
    quotation mark, and be neither a list item nor a heading; the speaker must not be the
    writer ("I wrote:", "We reported:").
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
    if (
        _LIST_ITEM.match(text, start)
        or has_mark(text, start, end)  # it quotes something itself: the marks decide
        or span_is_heading(text, start, end)
    ):
        return None
    return start, end


def _line_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl
