"""Small helpers more than one pass of the people finder needs.

Where a span stands (on a headline or title-case line, on the article's title line, inside an
outlet mention cr_outlet found) and the words of a name as written ("Jan Roe-Doe Jr." keeps
its hyphenated part as one word).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.paragraphs import (
    is_heading,
    line_around,
)

# the names of things ``_thing_names`` finds ("Storm Ilsa"), kept for ``_add_mentions``
THINGS_KEY = "cr_people.things"
# the tokens of a street named after someone at the spots it is a street ("on Abbey Terrace")
STREETS_KEY = "cr_people.streets"


def _outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    group = doc.spans.get("cr_outlets") if "cr_outlets" in doc.spans else None
    return sorted((s.start_char, s.end_char) for s in group) if group is not None else []


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, mostly disjoint ``spans``."""
    i = bisect_right(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 3) : i])


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def in_heading(span: Span, text: str) -> bool:
    """True when ``span`` sits on a line of ``text`` that reads as a headline or subhead.

    A title-case line that ends with a full stop counts too ("Roe Defends Plan Against
    Critics."): its capitals make every word look like a name to the tagger.
    """
    start, end = line_around(text, span.start_char, span.end_char)
    if end - start > _HEADLINE_CHARS:
        return False  # a paragraph: and never walked again for each name on it
    line = text[start:end]
    return is_heading(line) or _title_case(span.doc, start, start + len(line))


# no headline is longer: 25 capitalised words with their small words between
_HEADLINE_CHARS = 400


_HEADLINE_LOWER = frozenset({"ADP", "DET", "CCONJ", "PART", "SCONJ"})


def _title_case(doc: Doc, start: int, end: int) -> bool:
    """A line in title case: nearly every word capitalised, verbs and common nouns too."""
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None:
        return False
    # a headline leaves its short function words in lower case ("Roe Blasts Doe for Plan")
    words = [t for t in line if t.text[:1].isalpha() and t.pos_ not in _HEADLINE_LOWER]
    if len(words) < 5 or len(words) > 25:
        return False
    if sum(1 for t in words if t.text[:1].isupper()) / len(words) < 0.8:
        return False
    common = [t for t in words[1:] if t.text[:1].isupper() and t.tag_ not in ("NNP", "NNPS")]
    every = all(t.text[:1].isupper() for t in words)
    return len(common) >= 2 or (every and _opens_text(doc, start))


def _opens_text(doc: Doc, start: int) -> bool:
    """Whether the line at ``start`` is the first of the text, where an article's title
    stands: a first line with every word but the small ones capitalised is a headline even
    when the tagger reads each as a name ("Pike Fund Chief Praises Ada Moss Donor")."""
    first = next((t for t in doc if not t.is_space), None)
    return first is not None and first.idx >= start


_TITLE_CHARS = 120  # a first line this short is the title


def _title_end(text: str) -> int:
    """The end of the text's first line when it is the title (a short line with more text
    after it), else -1."""
    opening = len(text) - len(text.lstrip())
    end = text.find("\n", opening)
    if end < 0 or end - opening >= _TITLE_CHARS or not text[end:].strip():
        return -1
    return end


# a nickname in quotation marks inside a name ('Jan "Iron" Roe'): no word of the name
_NICKNAME = re.compile(r"(?<=[\w.])\s+[\"“‘'][^\"“”‘’'\n]{1,40}[\"”’']\s+(?=\w)")


def _words(span: Span) -> tuple[str, ...]:
    """The words of a name as written: a hyphenated or dotted part stays one word, and a
    nickname in quotation marks inside it is left out ('Jan "Iron" Roe' is Jan Roe)."""
    out = []
    for w in _NICKNAME.sub(" ", span.text).split():
        w = w.strip(',;:()[]"“”')
        if w and any(c.isalpha() for c in w):
            out.append(w)
    return tuple(out)


def nickname(span: Span) -> str:
    """The one-word nickname in quotation marks inside a name ('Robert "Bobby" Roe' gives
    Bobby), or ""."""
    found = _NICKNAME.search(span.text)
    if found is None:
        return ""
    words = found.group().strip().strip("\"“”‘’'").split()
    return words[0] if len(words) == 1 and words[0].isalpha() else ""


def names_family(tok: Token, families: frozenset[str]) -> bool:
    """A surname that qualifies a noun for a family ("the Roe family", "the Roe clan"): the
    family's name, no mention of one person in it."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in families and tok.head.i == nxt.i
