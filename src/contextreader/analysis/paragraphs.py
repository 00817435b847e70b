"""Paragraphs and headings: line breaks are sentence boundaries the parser must keep.

News text is laid out in paragraphs and may carry headlines and subheads (a short line with no
closing punctuation). ``cr_paragraphs`` runs before the parser and starts a sentence after every
line break, so no sentence runs across a paragraph or out of a heading. ``is_heading`` and
``span_is_heading`` are plain functions the other components share.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.extensions import text_of
from contextreader.analysis.furniture import furniture_lexicon, label_end, piece_label, word_lists

# a blank line: what ends a paragraph where single line breaks only end lines
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# archives that print one sentence a line split a paragraph over lines; a quotation or an
# interview answer is run on over at most this many further lines
RUN_ON_LINES = 6
# a sentence break inside a line: a word of three or more lower-case letters ends a sentence and
# a capital opens the next (three letters, so "Mr." and "Dr." do not count)
_INNER_BREAK = re.compile(r"[a-z]{3,}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
_LONG_LINE = 60  # shorter lines (headings, datelines, one-line paragraphs) say nothing
# a one-word subhead in capitals: letters only, with inner hyphens or apostrophes ("STOKE-ON-TRENT")
_CAPITALS_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_END_PUNCT = tuple(".!?:;…\"'”’)]")
_SENTENCE_END = (*_END_PUNCT, "»")
# a clock time's abbreviation keeps its full stop ("2 a.m."), so the parser does not see a
# sentence end there; a capitalised word after it that can only open a clause (a determiner,
# a pronoun, a preposition, a question word: "... after 2 a.m. The toll rose") starts one, while
# a name or a word of the time itself ("5 p.m. Friday", "9 a.m. Eastern time") goes on with it
_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
_CLAUSE_OPENERS = frozenset({"DT", "PRP", "PRP$", "EX", "IN", "WDT", "WP", "WRB"})
# SENT_START -1 ("no sentence starts here") as the unsigned value ``Doc.to_array`` holds
_NOT_START = (1 << 64) - 1


@Language.component("cr_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word after any line break, and none at a line's second
    word when the first cannot end a sentence.

    A sentence ends only at closing punctuation (". ! ? : ; …", or a closing quotation mark or
    bracket after it). After a headline the parser can take a line's first word for a sentence
    of its own: "Union leader Jan Roe said ..." must not split into "Union" and "leader Jan
    Roe said ...", nor a dateline "PORTHAVEN (Harbour Wire) - ..." after its place. Further
    into a line the parser decides: forbidding its breaks there too joins fragments that run
    together where a text lost its line breaks, and costs more than it mends (measured).

    The boundaries are written in one ``from_array`` call: setting ``Token.is_sent_start`` one
    token at a time re-checks the whole doc on each call, which is quadratic on long articles.
    """
    starts = doc.to_array([SENT_START])
    changed = False
    first: Token | None = next((t for t in doc if not t.is_space), None)  # the line's first word
    if first is not None:
        changed = _after_label(doc, first, starts)
        if _after_clock(doc, first, starts):
            changed, first = True, None
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if breaks_after(prev):
            starts[tok.i] = 1
            first = tok
            _after_label(doc, tok, starts)
            if _after_clock(doc, tok, starts):
                first = None  # the update's first word is set apart: no second word to guard
            changed = True
        elif _after_clock_time(prev, tok) or _after_unit_stop(prev, tok):
            starts[tok.i] = 1
            changed = True
        elif _goes_on_after_exclamation(prev, tok):
            starts[tok.i] = _NOT_START
            changed = True
        elif _after_dotted_title(prev, tok):
            starts[tok.i] = _NOT_START  # "Col. Jan Roe said": the stop ends no sentence
            changed = True
            first = None
        elif first is not None:
            # ``tok`` is the line's second word: only it is guarded
            if not _may_end_sentence(first) and not _may_follow(first, tok):
                starts[tok.i] = _NOT_START
                changed = True
            first = None
    if changed:
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # 1-d is accepted
    return doc


_JOINING_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})


def _goes_on_after_exclamation(prev: Token, tok: Token) -> bool:
    """True when a lower-case "and", "or" or "but" follows a closing quotation mark after "!"
    or "?" ('chanting "Not a day more!" and "Hands off!"'): the mark ends the quoted words,
    not the sentence around them, which the conjunction goes on with. (Other words are left
    to the parser, whose split before '... ?" the aide asked' the cue finders expect.)"""
    doc = tok.doc
    return (
        tok.text in _JOINING_CONJUNCTIONS
        and prev.is_quote
        and prev.i > 0
        and doc[prev.i - 1].text in ("!", "?")
        and prev.whitespace_ != ""
    )


def _after_clock_time(prev: Token, tok: Token) -> bool:
    """True when ``tok`` opens a sentence after a clock time's "a.m."/"p.m." ("... at 2 a.m.
    The toll rose"): a capitalised determiner, pronoun, preposition or question word. Only the
    lower-case forms count: in a headline in title case ("Storm Hits At 2 A.M. In Towns") every
    word is capitalised, so a capital says nothing there."""
    return (
        prev.text in _CLOCK_ABBREVIATIONS  # lower case: "At 2 A.M. In ..." is a title-case line
        and tok.text[:1].isupper()
        and tok.tag_ in _CLAUSE_OPENERS
    )


# a number with a unit letter and a full stop: "$90m.", "£4m." (the tokenizer takes "m." for the
# one-letter abbreviation) and "$5M." (one token)
_UNIT_LETTER_STOP = re.compile(r"[A-Za-z]\.")
_NUMBER_UNIT_STOP = re.compile(r"\d[\d.,]*[A-Za-z]\.")


def _after_unit_stop(prev: Token, tok: Token) -> bool:
    """True when ``tok`` opens a sentence after a number that carries a one-letter unit and a
    full stop ("... grew to $90m. Sources said ...", "... cost $5M. The board ..."): a unit
    written on a figure is no abbreviation, so its full stop ends the sentence when a capital
    follows. spaCy reads "m." after "90" as the abbreviation "m.", so the parser sees no end."""
    if not tok.text[:1].isupper():
        return False
    if _NUMBER_UNIT_STOP.fullmatch(prev.text):
        return True
    if not _UNIT_LETTER_STOP.fullmatch(prev.text) or prev.i == 0:
        return False
    number = prev.doc[prev.i - 1]
    return not number.whitespace_ and number.like_num


@cache
def dotted_titles() -> frozenset[str]:
    """The courtesy titles and ranks ``role_nouns.toml`` [honorifics] lists with a full stop
    ("col.", "sgt.", "supt.")."""
    # imported here: the people package imports this module when it loads
    from contextreader.analysis.people import role_lexicon

    return frozenset(w for w in role_lexicon().honorifics if w.endswith(".") and len(w) > 2)


def _courtesy_title(word: str) -> bool:
    """ "Dr", "Mrs.", "Prof": a courtesy title (``role_nouns.toml`` [honorifics]) opening a name."""
    from contextreader.analysis.people import role_lexicon  # (see dotted_titles)

    return word.lower() in role_lexicon().honorifics


def _after_dotted_title(prev: Token, tok: Token) -> bool:
    """True when ``tok`` is a capitalised proper noun right after a title written with a full
    stop ("Col. Imran Roe told ...", "Supt. Jan Roe said"): the title is the name's and its stop
    is an abbreviation's, yet the parser may end a sentence there (most often when the title
    opens a paragraph). A line break between them is left alone."""
    return (
        prev.lower_ in dotted_titles()
        and prev.text[:1].isupper()
        and tok.is_title
        and tok.tag_ in ("NNP", "NNPS")
    )


# a clock time opening a line, as a live blog stamps each update ("11:10 Police have ...",
# "9:42 pm The storm ..."), before the update's first word; a time zone's abbreviation may
# follow ("12:00 BST", "9:15 ET", "14:30 UTC": capitals ending in "T", or "UTC") and a colon
CLOCK_LEAD = re.compile(
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?:[^\S\n]*(?i:am|pm|a\.m\.|p\.m\.))?"
    r"(?:[^\S\n]+(?:[A-Z]{1,3}T|UTC)\b)?:?(?=[^\S\n]+[\"“‘'A-Z])"
)


def _after_clock(doc: Doc, first: Token, starts: Any) -> bool:
    """A line that opens with a clock time and then a sentence ("11:10 Police have closed the
    road."): the time is a sentence of its own (furniture, ``page_furniture.is_furniture``),
    not part of the update's words. True when a start was set."""
    if not first.text[:1].isdigit():
        return False
    text = text_of(doc)
    m = CLOCK_LEAD.match(text, first.idx)
    if m is None:
        return False
    nxt = next((t for t in doc[first.i + 1 :] if t.idx >= m.end() and not t.is_space), None)
    if nxt is None or "\n" in text[m.end() : nxt.idx]:
        return False
    starts[nxt.i] = 1
    return True


def _after_label(doc: Doc, first: Token, starts: Any) -> bool:
    """A line that opens with the label of a kind of piece ("OPINION: I grew up ...",
    "Analysis | ..."): the label is a sentence of its own, so it is furniture and the words
    after it are the piece's first sentence. True when a start was set."""
    if not first.text[:1].isalpha():
        return False
    text = text_of(doc)
    line_end = text.find("\n", first.idx)
    line = text[first.idx : line_end if line_end >= 0 else len(text)]
    end = label_end(line)
    if end is None or end >= len(line.rstrip()):
        return False
    after = first.idx + end
    nxt = next((t for t in doc[first.i + 1 :] if t.idx >= after and not t.is_space), None)
    if nxt is None or nxt.idx >= first.idx + len(line):
        return False
    starts[nxt.i] = 1
    return True


def _may_follow(last: Token, tok: Token) -> bool:
    """Where the parser still decides although ``last`` has no closing punctuation: after a
    list item's bullet ("- The mill will reopen", "l The mill ...", a bullet glyph whose font
    was lost) and after a run-in head in capitals ("FLOODS Heavy rain fell ...")."""
    bullet = len(last.text) == 1 and not last.is_upper
    run_in = last.is_upper and len(last.text) > 1 and tok.is_title
    return bullet or run_in


def is_heading(line: str) -> bool:
    """A headline or subhead: one short line that does not end like a sentence and has no quote.
    One word is a heading only in capitals ("DUNMERE" over a roundup's section); a single
    word in lower or title case ("Ferry") may be a stray fragment."""
    line = line.strip()
    if not line or len(line) > 160 or line.endswith(_END_PUNCT):
        return False
    words = line.split()
    if len(words) == 1:
        letters = sum(ch.isalpha() for ch in line)
        return line.isupper() and letters >= 3 and _CAPITALS_WORD.fullmatch(line) is not None
    if len(words) > 20:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.6


def span_is_heading(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a whole line that reads as a headline or subhead; a
    line that opens with the label of a kind of piece starts after it ("OPINION: Council Must
    Drop The Plan": the headline is "Council Must Drop The Plan")."""
    end = start + len(text[start:end].rstrip())  # a sentence may carry the break that ends it
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    label = label_end(line)
    if label is not None and label < len(line.rstrip()) and start >= line_start + label:
        line = line[label:]
    return line.strip() == text[start:end].strip() and is_heading(line)


def sentence_is_heading(sent: Span) -> bool:
    """True when ``sent`` is a whole line that reads as a heading; a line that opens with the
    label of a kind of piece starts after it ("OPINION: Council Must Drop The Plan").

    Works from the tokens alone: ``Doc.text`` is rebuilt on every access, which would make a
    per-sentence call quadratic on a long article.
    """
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    first, last = words[0], words[-1]
    opening = _line_start(doc, first.i, _LABEL_TOKENS)
    if opening is None:
        return False
    if opening < first.i:
        label = doc[opening : first.i].text  # only a genre label may stand before it
        if label_end(label) != len(label.rstrip()):
            return False
    if last.i + 1 < len(doc) and not (breaks_after(last) or breaks_after(doc[last.i + 1])):
        return False
    line = doc[first.i : last.i + 1].text
    return "\n" not in line and is_heading(line)


_LABEL_TOKENS = 6  # a genre label and its colon, bar or dash ("NEWS ANALYSIS |") is short


def _line_start(doc: Doc, i: int, back: int) -> int | None:
    """The index of the first token of the line that holds ``doc[i]`` when it is at most
    ``back`` tokens before it, else None. Space that opens the doc is not part of its first
    line."""
    j = i
    while j > 0 and not breaks_after(doc[j - 1]) and not (j == 1 and doc[0].is_space):
        if i - j >= back:
            return None
        j -= 1
    return j


def _may_end_sentence(tok: Token) -> bool:
    """A token a sentence may end on: closing punctuation, or a word that carries it ("Inc.")."""
    return tok.text.endswith(_SENTENCE_END)


def breaks_after(tok: Token) -> bool:
    """A line ends after ``tok``: a line break follows it, or it is a run of blanks holding one."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


# "By Jan Roe", "By JAN ROE and DANA DOE", "By Jan Roe, staff writer": capitalised name words
# after "By"; several names end with "and" ("By A, B and C"), so a lone part after a comma is
# the writer's description ("By Jan Roe, Health Correspondent"), not a second writer. A bar may
# set the description off too ("By Jan Roe | Harbour Wire"); the description may be the outlet
# the writer works for ("By Jan Roe, Associated Press"), up to four words of any kind, or a
# longer name of the outlet and its desk, every word capitalised but the small joining words
# ("By Jan Roe, The Harbour Evening Gazette Fact Desk"). Further parts may follow, each set off
# by a comma or a bar: a capitalised name (the outlet after a role, "By Jan Roe, Health
# Correspondent, The Harbour Gazette"), a time stamp ("| Updated 9:40 am", its words from
# ``page_furniture.toml`` [stamps] and [dates]) or a score ("| Rating: 3/5")
_NAME_PART = r"[A-ZÀ-Þ][\w.'’-]*"
_NAME = rf"{_NAME_PART}(?:[ ]+(?:(?!and )[a-z]{{1,3}}[ ]+)?{_NAME_PART})+"  # "Jan de Roe"
# a further word of a longer name, maybe after a small joining word ("Harbour Gazette of Ashby")
_NAME_ON = rf"(?:[ ]+(?:(?:of|the|for|and|&)[ ]+)?{_NAME_PART})"
_DESK_NAME = rf"{_NAME_PART}{_NAME_ON}{{4,8}}"
# a comma, a bar or a dash ("By Jan Roe — Transport Correspondent"); a hyphen only with a
# space either side, as "Roe-Doe" is one name
_DASH_SEP = r"[ ]*[—–][ ]*|[ ]+-[ ]+"
_BYLINE_SEP = rf"(?:,[ ]*|[ ]*\|[ ]*|{_DASH_SEP})"
# a dash a pasted page may set before the byline ("— By Jan Roe", "—By Jan Roe", "- By Jan Roe")
_LEAD_DASH = r"(?:[—–][ ]*|-[ ]+)?"
_ROLE = rf"[^\W\d][\w.'’-]*(?:[ ]+[\w.'’-]+){{0,3}}|{_DESK_NAME}"
# a score a review's byline gives ("Rating: 3/5", "Score: 8 out of 10")
_SCORE = r"[A-Z][a-z]+:[ ]*\d+(?:\.\d+)?[ ]*(?:/|out[ ]+of)[ ]*\d+"
_BYLINE_PARTS = 4  # at most this many parts after the names


@cache
def _byline_re() -> re.Pattern[str]:
    """The byline's pattern: the names, then its parts (see above)."""
    lex = furniture_lexicon()
    stamp_words = "|".join(re.escape(w) for w in lex.stamps)
    date_words = "|".join(re.escape(w) for w in sorted(lex.dates, key=len, reverse=True))
    date_word = rf"(?:\d[\d:./-]*|{date_words})"
    stamp = rf"(?i:(?:{stamp_words}):?(?:[ ]+{date_word})+)"
    date = rf"(?i:(?:(?:{date_words})[ ]+)*\d[\d:./-]*(?:[ ]+{date_word})*)"
    stamped = rf"{stamp}|{_SCORE}|{date}"
    further = rf"{_NAME_PART}{_NAME_ON}{{0,8}}|{stamped}"
    return re.compile(
        rf"{_LEAD_DASH}By[ ]+(?P<names>{_NAME}(?:(?:,[ ]*{_NAME})*[ ]+(?:and|&)[ ]+{_NAME})?)"
        rf"(?P<parts>{_BYLINE_SEP}(?:{_ROLE}|{stamped})"
        rf"(?:{_BYLINE_SEP}(?:{further})){{0,{_BYLINE_PARTS - 1}}})?[ ]*"
    )


_BYLINE_LINES = 4  # a byline sits under the headline, among the first lines of the body
_NAME_RE = re.compile(_NAME)


@cache
def _newsroom_credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Credits to a newsroom rather than a person (the words are ``role_nouns.toml``
    [bylines]): its staff, "Harbour Wire staff", "Gazette staff and agencies", "From staff
    reports", "Times Staff Writer"; and a desk instead of a named writer, on a line of its own,
    "Special Correspondent", "Our Correspondent", "Staff Reporter", "Our Bureau", "Gazette News
    Desk", "By the press desk", the outlet's name set off from it by a bar ("Harbour Gazette |
    Staff Correspondent", "Staff Reporter | Harbour Gazette")."""
    # imported here: the people package imports this module when it loads
    from contextreader.analysis.people import role_lexicon

    lex = role_lexicon()
    # a staff title with or without a capital ("[Ww]riter"), a desk with one
    titles = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(lex.staff_titles))
    desks = "|".join(w[0].upper() + re.escape(w[1:]) for w in sorted(lex.desks))
    lower_desks = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(lex.desks))
    staff = re.compile(
        r"(?:(?:By|From)[ ]+)?(?:(?:[A-Z][\w.&'’-]*[ ]+){1,4}(?:[Ss]taff|and[ ]+agencies)"
        rf"|[Ss]taff[ ]+reports?)(?:[ ]+(?:{titles}|and[ ]+agencies))?"
    )
    outlet = rf"{_NAME_PART}{_NAME_ON}{{0,5}}[ ]*\|[ ]*"
    desk = re.compile(
        rf"(?:{outlet})?(?:(?:By|From)[ ]+)?(?:[A-Z][\w.&'’-]*[ ]+){{0,2}}(?:{desks})"
        rf"(?:[ ]*\|[ ]*{_NAME_PART}{_NAME_ON}{{0,5}})?"
        # "By the press desk", "From our correspondent": after "By"/"From" and "the"/"our" a
        # desk in lower case is a credit too
        rf"|(?:By|From)[ ]+(?:[Tt]he|[Oo]ur)[ ]+(?:[\w'’-]+[ ]+){{0,2}}(?:{lower_desks})"
    )
    return staff, desk


def is_byline(line: str) -> bool:
    """True for a line that only says who wrote the article: "By Jan Roe and Dana Doe", or a
    newsroom's credit, "Harbour Wire staff", "Special Correspondent"."""
    line = line.strip()
    return any(p.fullmatch(line) is not None for p in (_byline_re(), *_newsroom_credits()))


def byline_names(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """The offsets of each author's name in a byline among the body's first lines ("By Jan
    Roe and Dana Doe" gives two): the writer is a person the article names, and a transcript
    label with the writer's surname ("ROE: What changed?") is the writer asking."""
    found = _find_byline(text, body_start)
    if found is None:
        return []
    m, start = found
    names = m.start("names") + start
    # a newsroom's credit in the names' place ("By Staff Reporters, Harbour Press Agency",
    # "By Our Correspondent") names no writer
    newsroom = _newsroom_credits()
    return [
        (names + n.start(), names + n.end())
        for n in _NAME_RE.finditer(m["names"])
        if not any(p.fullmatch(n.group()) for p in newsroom)
    ]


def byline_role(text: str, body_start: int = 0) -> tuple[int, int] | None:
    """The offsets of what a byline among the body's first lines says after the names, set off
    by a comma or a bar: "staff writer" in "By Jan Roe, staff writer", "Harbour Wire" in "By Jan
    Roe | Harbour Wire" (the outlet the writer works for, when it names one). Of several parts,
    the last that is no time stamp, date or score: the outlet follows the writer's role ("By Jan
    Roe, Health Correspondent, Harbour Wire | Updated 9:40 am" gives "Harbour Wire")."""
    found = _find_byline(text, body_start)
    if found is None or found[0].group("parts") is None:
        return None
    m, start = found
    out = None
    pos = m.start("parts")
    for part in re.split(rf"(,|[ ]*\||{_DASH_SEP})", m["parts"]):
        bare = part.strip()
        at = pos + len(part) - len(part.lstrip())
        pos += len(part)
        if bare in ("", ",", "|", "—", "–", "-") or any(ch.isdigit() for ch in bare):
            continue  # a separator, a stamp, a date or a score
        out = start + at, start + at + len(bare)
    return out


def byline_span(text: str, body_start: int = 0) -> tuple[int, int] | None:
    """The offsets of the byline line among the body's first lines ("By Jan Roe, Harbour
    Wire"), stripped, or None."""
    found = _find_byline(text, body_start)
    if found is None:
        return None
    m, start = found
    return start, start + len(m.group())


@lru_cache(maxsize=4)
def _find_byline(text: str, body_start: int) -> tuple[re.Match[str], int] | None:
    """The byline among the body's first lines, and the offset of the stripped line it fills.
    Kept for the last few texts: the outlet, people and quotes components each ask for the
    byline's names, role or span, several times an article."""
    count = 0
    for m in re.finditer(r"[^\n]+", text[body_start:]):
        line = m.group()
        if not line.strip():
            continue
        start = body_start + m.start() + len(line) - len(line.lstrip())
        found = _byline_re().fullmatch(line.strip())
        if found is not None:
            return found, start
        count += 1
        if count >= _BYLINE_LINES:
            break
    return None


@cache
def _photo_credit_re() -> re.Pattern[str]:
    """A picture's credit at the end of a line (the words are ``page_furniture.toml``
    [photo_credits]): "(Photo: Jan Roe/Harbour Wire)", "(Picture by Jan Roe)", "(AP Photo/Jan
    Roe)", or after a sentence "Photo: Jan Roe/Harbour Wire" (a slash between the maker and the
    agency, as a bare "Photo: ..." may open a paragraph of news)."""
    words = "|".join(re.escape(w) for w in sorted(furniture_lexicon().photo_credits))
    word = rf"(?i:{words})"
    return re.compile(
        rf"(?:\({word}(?:[ ]*:|[ ]+(?i:by)[ ])(?P<named>[^()\n]+)\)"
        rf"|\((?:[A-Z][\w.&'’-]*[ ]+){{1,3}}{word}[ ]*/(?P<agency>[^()\n]+)\)"
        rf"|(?:^|(?<=[.!?])[\"”’]?[ ]+){word}[ ]*:[ ]*"
        rf"(?P<bare>[A-Z][^()\n/]{{0,40}}/[^()\n]{{1,60}}?))"
        r"[ ]*\Z"
    )


def photo_credit(line: str) -> tuple[int, int] | None:
    """Where the names of a picture's credit that ends ``line`` stand in it ("Sam Roe/Harbour
    Wire" in "Crowds on the quay. (Photo: Sam Roe/Harbour Wire)"), or None: the line is a
    caption, and whoever it names made the picture, no one the story is about."""
    m = _photo_credit_re().search(line.rstrip())
    if m is None:
        return None
    group = next(g for g in ("named", "agency", "bare") if m.group(g) is not None)
    return m.start(group), m.end(group)


def photo_credit_start(line: str) -> int | None:
    """Where a picture's credit that ends ``line`` opens in it (the "(" of "(Photo: Sam
    Roe/Harbour Wire)"), or None when the line ends in no credit."""
    m = _photo_credit_re().search(line.rstrip())
    if m is None:
        return None
    return m.start() + len(m.group()) - len(m.group().lstrip())


def photo_credit_spans(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """The offsets of the names in every picture's credit that ends a line of the body."""
    out = []
    for m in re.finditer(r"[^\n]+", text[body_start:]):
        found = photo_credit(m.group())
        if found is not None:
            at = body_start + m.start()
            out.append((at + found[0], at + found[1]))
    return out


# a closing credit's clause: who reported, wrote or edited the story ("Reporting by Jan Roe in
# Kell and Dana Doe", "editing by Ann Lee", "Additional reporting by Jan Roe")
_CREDIT_CLAUSE = re.compile(
    r"(?:(?:[Aa]dditional|[Ff]urther)[ ]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch)"
    r"[ ]+by[ ]+(?P<names>.+)"
)
_CREDIT_LINES = 3  # a closing credit sits in the last few lines
# the place a reporter filed from, after the name: "Jan Roe in Kell"
_FILED_FROM = re.compile(r"[ ]+in[ ]+[A-ZÀ-Þ][\w.'’-]*(?:[ ]+[A-ZÀ-Þ][\w.'’-]*)*$")


def credit_names(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """The offsets of each name in a closing credit among the last lines, a line (maybe in
    parentheses) made only of clauses set off by semicolons that say who reported, wrote or
    edited the story: "(Reporting by Jan Roe in Kell and Dana Doe; editing by Ann Lee)". Each
    name is a person the article names, as a byline's writer is; a clause that holds anything
    but names (and the places they filed from) makes the line no credit."""
    lines = [m for m in re.finditer(r"[^\n]+", text[body_start:]) if m.group().strip()]
    for m in reversed(lines[-_CREDIT_LINES:]):
        line = m.group()
        start = body_start + m.start()
        bare = line.strip()
        at = start + len(line) - len(line.lstrip())
        if bare.startswith("(") and bare.endswith(")"):
            bare, at = bare[1:-1], at + 1
        out: list[tuple[int, int]] = []
        pos = 0
        for clause in bare.split(";"):
            lead = len(clause) - len(clause.lstrip())
            found = _CREDIT_CLAUSE.fullmatch(clause.strip().rstrip("."))
            if found is None:
                out = []
                break
            base = at + pos + lead + found.start("names")
            names = _names_in_credit(found["names"], base)
            if not names:
                out = []
                break
            out += names
            pos += len(clause) + 1
        if out:
            return out
    return []


def _names_in_credit(names: str, base: int) -> list[tuple[int, int]]:
    """The names of "Jan Roe in Kell, Ann Lee and Dana Doe" at offset ``base``; empty when a
    part is no name."""
    out = []
    for i, part in enumerate(re.split(r"(,[ ]*(?:and[ ]+)?|[ ]+and[ ]+)", names)):
        if i % 2 == 0:  # a name; the odd parts are the commas and "and"s between
            name = _FILED_FROM.sub("", part)
            if _NAME_RE.fullmatch(name) is None:
                return []
            out.append((base, base + len(name)))
        base += len(part)
    return out


def sentence_a_line(text: str) -> bool:
    """True for a text laid out one sentence a line, as some archives print articles: fewer than
    one long line in five holds a sentence break. Such a text splits a paragraph over lines, and
    only a blank line ends it; in a text laid out a paragraph a line, most long lines hold
    several sentences."""
    lines = [line for line in text.split("\n") if len(line) >= _LONG_LINE]
    if not lines:
        return False
    return sum(bool(_INNER_BREAK.search(line)) for line in lines) < len(lines) / 5


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The start and end (the newline's offset, or the text's end) of the line, or lines, that
    hold ``text[start:end]``."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


# a writer's sign-off at the foot of a letter or column: a name line ("Margaret Ellory", "Dr
# J. Roe"), maybe with the place the writer lives after a comma, and maybe a place line below
_SIGN_NAME = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:[ ]+[A-ZÀ-Þ][\w'’.-]*){1,3})(?:[ ]*,[ ]*(?P<place>.+))?"
)
_SIGN_PLACE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:,?[ ]+[A-ZÀ-Þ][\w'’.-]*){0,3}\.?")
# the words outside quotation marks that make the text before a sign-off the writer's own
# words in double quotation marks, or in single ones set off by spaces or punctuation ('I have
# worked here,' said ...), so an apostrophe ("I've", "Roe's") opens none
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]|(?<!\w)['‘][^'‘’\n]*['’](?!\w)")


def sign_off(
    text: str, body_start: int = 0, doc: Doc | None = None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The writer's sign-off that closes a piece: the offsets of the name and of the whole
    sign-off (a name line, maybe "Name, Place", maybe then a place line), or None. Only in a
    piece the outlet labels a named writer's ([writer_genres]: "Letters to the Editor") or,
    with no label, after a paragraph in the first person (pronouns.toml [first_person_singular] "I",
    "my"); the name opens with a known first name, an initial or a title, so "The Editors" is
    none (a caption after a paragraph whose "I" is only in someone's quoted words is no
    sign-off either). With the parsed ``doc``, the tagger must not read the name as a place
    ("Jackson Hole, Wyoming"). It says who wrote the piece; it claims nothing.

    With a ``doc`` (whose text ``text`` is) the answer is kept on it: the outlet, people,
    quotes and assertions components all ask."""
    if doc is None:
        return _find_sign_off(text, body_start, None)
    key = f"{_SIGN_OFF_KEY}:{body_start}"
    if key not in doc.user_data:
        doc.user_data[key] = _find_sign_off(text, body_start, doc)
    found: tuple[tuple[int, int], tuple[int, int]] | None = doc.user_data[key]
    return found


_SIGN_OFF_KEY = "cr_sign_off"


def _find_sign_off(
    text: str, body_start: int, doc: Doc | None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``sign_off``, worked out."""
    lines = [m for m in re.finditer(r"[^\n]+", text[body_start:]) if m.group().strip()]
    if len(lines) < _SIGN_MIN_LINES:
        return None
    for size in (2, 1):
        block = lines[-size:]
        found = _sign_off_lines(text, body_start, block, doc)
        if found is None:
            continue
        before = lines[-size - 1].group()
        if not _writers_piece(text, body_start, before):
            return None
        return found
    return None


_SIGN_MIN_LINES = 3  # a sign-off closes a piece of at least a few lines


def sign_off_names(text: str, body_start: int = 0, doc: Doc | None = None) -> list[tuple[int, int]]:
    """The offsets of the writer's name in the sign-off that closes the piece (``sign_off``),
    as ``byline_names`` gives a byline's: a person the article names."""
    signed = sign_off(text, body_start, doc)
    return [signed[0]] if signed is not None else []


def _sign_off_lines(
    text: str, body_start: int, block: list[re.Match[str]], doc: Doc | None = None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The name and the whole sign-off in ``block``, the last one or two lines, or None."""
    from contextreader.analysis.people import first_names  # people imports this module

    first = block[0]
    bare = first.group().strip()
    m = _SIGN_NAME.fullmatch(bare)
    if m is None or (m["place"] is not None and len(block) > 1):
        return None
    if m["place"] is not None and _SIGN_PLACE.fullmatch(m["place"].strip()) is None:
        return None
    if len(block) > 1 and _SIGN_PLACE.fullmatch(block[1].group().strip()) is None:
        return None
    words = m["name"].split()
    lead = words[0]
    known = lead in first_names() or _courtesy_title(lead) or re.fullmatch(r"[A-Z]\.", lead)
    if not known or words[-1].endswith("."):
        return None  # a sentence or a heading, not a name
    at = body_start + first.start() + len(first.group()) - len(first.group().lstrip())
    last = block[-1]
    end = body_start + last.start() + len(last.group().rstrip())
    if doc is not None and _tagged(doc, at, at + len(m["name"])) & _PLACES:
        return None  # "Jackson Hole, Wyoming": the tagger reads a place, not a name
    return (at, at + len(m["name"])), (at, end)


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _tagged(doc: Doc, start: int, end: int) -> set[str]:
    """The labels of the named entities the tagger finds between ``start`` and ``end``."""
    return {e.label_ for e in doc.ents if e.start_char < end and start < e.end_char}


def _writers_piece(text: str, body_start: int, before: str) -> bool:
    """A piece under a named writer's label, or, with no label, whose paragraph ``before`` the
    sign-off speaks in the first person outside quotation marks."""
    label = piece_label(text, body_start)
    if label is not None:
        return label.writer
    words = re.findall(r"[\w'’]+", _QUOTED.sub(" ", before))
    first = _first_person()
    return any(w.lower() in first for w in words)


@cache
def _first_person() -> frozenset[str]:
    """One writer's first person (pronouns.toml [first_person_singular]): "we" may be an
    outlet's."""
    return word_lists("pronouns.toml", ("first_person_singular",))[0]["first_person_singular"]
