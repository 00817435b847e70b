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

A lead that announces a text ("The ministry issued the following statement on Sunday.", with a
full stop or a colon) sets out every paragraph after it until the writer's narration takes over
again (``announced_block``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.paragraphs import RUN_ON_LINES, sentence_a_line, span_is_heading
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import (
    LEAD_COLON_WORDS,
    CueLexicon,
    checked_list,
    cue_lexicon,
    reporting_verbs,
)
from contextreader.analysis.quotes.marks import has_mark
from contextreader.analysis.quotes.speakers import _cue_speaker, _Speaker

# a list item opening a line: "- ", "• ", "1. ", "2) "
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+")
# a comma that ends its paragraph: a blank line follows it
_COMMA_ENDS_PARAGRAPH = re.compile(r",[^\S\n]*\n[^\S\n]*\n")


def lead_mark(tok: Token, cue: Token) -> bool:
    """The punctuation that hands the lead ``cue``'s words over: a colon ("Roe wrote:"), or a
    comma that ends its paragraph ("As Roe reported," over the passage, when the page dropped
    the block quotation's markup; ``_comma_lead``). A comma inside a paragraph, even at a
    line's end, is the sentence going on (a hard-wrapped "Roe said,\nadding that ...")."""
    return tok.text == ":" or (tok.text == "," and _comma_lead(tok, cue))


# what ties a verb of saying to words it has already taken, or to the clause it comments on
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
_ASIDE_DEPS = _CONTENT_DEPS | {"advcl"}


def _comma_lead(comma: Token, cue: Token) -> bool:
    """True when ``comma`` ends its paragraph and hands ``cue``'s words over to the next one.

    A break inside a sentence is common in copied pages, so the comma leads only when nothing
    says the sentence goes on or is already whole: the next paragraph must not open in lower
    case ("Smith said,\n\nadding that ...", "announced on Monday,\n\nin a statement ..."),
    and the verb must not have its content before it already ("The plan will fail, Smith
    said,": the words are given, and the comma goes on to "adding ..." or the next clause),
    whether the parse hangs those words on the verb or the verb on them as an aside ("The plan
    will fail, as Smith said,").
    """
    text = text_of(comma.doc)
    found = _COMMA_ENDS_PARAGRAPH.match(text, comma.idx)
    if found is None:
        return False
    rest = text[found.end() :].lstrip()
    if rest[:1].islower():
        return False  # the sentence goes on after the break
    if any(c.dep_ in _CONTENT_DEPS and c.i < cue.i for c in cue.children):
        return False  # "The plan will fail, Smith said,": said after its words
    if cue.dep_ == "advcl" and not any(c.dep_ == "mark" or c.lower_ == "as" for c in cue.children):
        # "closed the meeting, saying," over the words: a bare participle hands them over, or
        # one with only its addressee ("telling the board,"); "pointing to the figures," and
        # "citing the report," have what they point to already
        lex = cue_lexicon()
        return not any(
            c.dep_ in ("prep", "ccomp", "xcomp", "attr", "acomp")
            or (c.dep_ == "dobj" and lex.lemma(cue) not in lex.addressing)
            for c in cue.children
        )
    return not (cue.dep_ in _ASIDE_DEPS and cue.head.i < cue.i)


def block_after(
    cue: Token, spk: _Speaker | None, ix: _Index, lex: CueLexicon
) -> tuple[int, int] | None:
    """The paragraph a colon-ended lead sets out as its speaker's words ("Roe wrote:"), or None.

    ``cue`` is a verb of saying followed by a colon (``reported._colon_follows``), or by a
    comma that ends its paragraph (``lead_mark``: "As Roe reported,"). The colon
    must end its line, the next line follow with at most one blank line between, hold no
    quotation mark, and be neither a list item nor a heading; the speaker must not be the
    writer ("I wrote:", "We reported:"). The block runs on over the lines of its paragraph
    (``_run_on``).
    """
    if spk is None or lex.pronouns.get(spk.text.lower()) == "self":
        return None
    text = ix.text
    after = cue.doc[cue.i + 1 : cue.i + 1 + LEAD_COLON_WORDS]
    colon = next((t for t in after if lead_mark(t, cue)), None)
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


@cache
def _announced() -> tuple[frozenset[str], frozenset[str]]:
    """reporting_verbs.toml [announced]: the words that announce a text ("following") and
    the texts so announced ("statement", "letter")."""
    raw = reporting_verbs()
    return checked_list(raw, "announced", "words"), checked_list(raw, "announced", "nouns")


def announced_block(cue: Token, ix: _Index, lex: CueLexicon) -> tuple[int, int] | None:
    """The paragraph a lead that announces a text sets out as its speaker's words, or None.

    "The ministry issued the following statement on Sunday." (or "...:") puts the statement
    after the lead: its object is one of the announced texts ([announced] nouns, "statement")
    with the announcing word ("following") before it, and its subject, who issues it, is the
    speaker (never the writer: "I received the following letter"; nor a reader "on behalf of"
    someone else). The text is the next paragraph (the rest of the lead's own paragraph is the
    writer's note: "It has been translated."), as after a colon lead: where a statement ends
    among the paragraphs after it, the page no longer shows, and a writer's background
    paragraph taken for the statement would lose its own claims, so only the first is read.
    Not a paragraph with quotation marks of its own, a heading or a list item
    (``_not_quoted``), one that names a person who issued it by surname (their own text says
    "I"), or one that reports ("The ministry said later ...").
    """
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return None  # "The following statement was read by ...": no issuer as the subject
    if any(t.lower_ == "behalf" for t in cue.subtree):
        return None  # "read the following statement on behalf of Ann Roe": not the reader's
    announcing, nouns = _announced()
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in nouns or obj.i < cue.i:
        return None
    if not any(t.lower_ in announcing for t in obj.doc[obj.left_edge.i : obj.i]):
        return None
    spk = _cue_speaker(cue, ix, lex)
    if spk is None or lex.pronouns.get(spk.text.lower()) == "self":
        return None
    text = ix.text
    lead_end = _line_end(text, obj.idx)
    begin = lead_end
    while begin < len(text) and text[begin].isspace():
        begin += 1
    if begin >= len(text) or text.count("\n", lead_end, begin) > 2:
        return None  # the text must follow the lead, at most one blank line between
    stop = begin + len(text[begin : _line_end(text, begin)].rstrip())
    # a person's statement speaks of them as "I": their surname is the writer's again
    name = _surname(spk, lex) if spk.person is not None else None
    words = re.findall(r"[\w'’-]+", text[begin:stop].lower())
    if (name is not None and name in words) or _not_quoted(text, begin, stop):
        return None
    if _narrated(begin, stop, ix, lex):
        return None
    return begin, stop


def _narrated(start: int, end: int, ix: _Index, lex: CueLexicon) -> bool:
    """True for a paragraph in the writer's voice: one with a verb of saying in the past tense
    ("The ministry said later ...", "She added that ...")."""
    doc = ix.doc
    toks = doc[ix.token_at(start).i : bisect_left(ix.tok_starts, end)]
    return any(t.tag_ == "VBD" and lex.is_cue(t) and lex.lemma(t) not in lex.thought for t in toks)


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
