"""cr_outlet: which outlet published the article, and which outlets the text names.

The publisher is recognised from the strongest signal present, in this order:

1. ``url``: the registrable domain of the article's address (editions and subdomains match);
2. ``metadata``: a page title that ends in a known outlet name ("... | Reuters");
3. ``dateline``: a credit in parentheses at the start of the body, after an optional place and
   date: "WASHINGTON (AP) —", "KYIV, Ukraine (AP) —", "MOSCOW, May 5 (Reuters) -", "(Reuters) -";
4. ``byline``: the outlet a byline among the first lines names after the writer, set off by a
   comma or a bar: "By Jan Roe, Associated Press", "By Jan Roe | Reuters";
5. ``credit``: a closing credit in the last lines ("— Reuters", "© AFP", "Copyright 2024 The
   Associated Press") or an outlet's house phrase there ("(Reporting by ...; Editing by ...)").
   A house phrase only hints at an outlet: a dateline that credits an outlet we have no notes
   on ("PORTHAVEN (Harbour Wire) -"), or a byline that names one after the writer ("By Jan Roe,
   Harbour Press Agency"), outweighs it, and the publisher stays unknown.

The dateline itself, known credit or not, goes to ``doc._.cr_dateline`` (``report.Dateline``):
it is never a claim or a person; the byline line goes to ``doc._.cr_byline``
(``report.Byline``), with the outlet it names after the writer, known or not. A dateline or
byline credit that is not the publisher (the article's address names another outlet) stays a
cited outlet, as the story's source.

An outlet the text only cites ("told Sputnik", "according to TASS") is a ``CitedOutlet``, never
the publisher. Every mention of a known outlet goes into ``doc.spans["cr_outlets"]`` (label
``OUTLET``, ``kb_id`` the outlet id) so that cr_people can keep outlets out of people.

Names and aliases match anywhere; credit-only forms ("AP", "AFP", "Sputnik") only in a credit
position: in the dateline, the closing credit, in parentheses, or next to a citing cue from the
data file ("told", "according to", "reported").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.furniture import furniture_lexicon
from contextreader.analysis.paragraphs import byline_role, byline_span, sign_off
from contextreader.analysis.people import role_lexicon
from contextreader.outlets.kb import KnowledgeBase, OutletEntry, load_kb
from contextreader.outlets.words import load_words
from contextreader.report import (
    Byline,
    CitedOutlet,
    Dateline,
    MatchedBy,
    Outlet,
    Source,
    text_lines,
)

SPAN_GROUP = "cr_outlets"
LABEL = "OUTLET"

DATELINE_LINES = 6  # a dateline may follow a headline, a byline, a time stamp and a caption
CLOSING_LINES = 3  # a closing credit sits in the last few lines
_CUE_WINDOW = 40

# A place is capitalised words ("WASHINGTON", "Kyiv", "St.", "Jan.", "5", "D.C.") with at most one
# short lower-case particle between two of them ("Rio de Janeiro", "Frankfurt am Main"), in
# comma-separated parts: "KYIV, Ukraine", "MOSCOW, May 5".
_CAP = r"\[?[A-ZÀ-Þ0-9][\w.'’-]*\]?"  # "[India]" in "New Delhi [India], Jan 5 (ANI):"
_PART = rf"{_CAP}(?:[ ]+(?:[a-zß-ÿ]{{1,3}}[ ]+)?{_CAP})*"
_PLACE = rf"(?=[A-ZÀ-Þ]){_PART}(?:,[ ]*{_PART})*"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})?[ ]*\((?P<credit>[^()\n]{{1,40}})\)(?P<dash>[ ]*(?:[-–—]{{1,3}}|:))?"
)
# a hyphen and a word in title case right after an outlet's name: the name goes on as another
# ("Standard-Bearer", "Times-Picayune"); a lower-case word after it describes the outlet ("a
# Harbour Times-owned paper"), and an acronym or another outlet's name is a partner ("a
# Harbour Post-ABC News poll")
_LONGER_NAME = re.compile(r"-[A-ZÀ-Þ][a-zß-ÿ]+(?!\w)")
# the strict shape that lets an unknown credit stand as a dateline: a first word in capitals
# and a name of capitalised words, lower-case particles between them ("Voice of the Valley")
_CAPS_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+\b")
_NAME_WORD = r"(?:The |the )?[A-ZÀ-Þ][\w.&'’]*"  # no hyphen: "(R-Ohio)" is a party
_CREDIT_NAME = re.compile(
    rf"{_NAME_WORD}(?:[ ]+(?:(?:of|and|for|de|the|&)[ ]+)?{_NAME_WORD}){{0,5}}"
)
# a dateline with no credit, its place at most four words: "GULLPORT, Maine — The council ...",
# "SALT LAKE CITY, Utah —"
_PLACE_WORDS = 4
# the story goes on after the dash with a capital, a figure or a quotation mark ("NASA — the
# agency — will ..." is a sentence with an aside, not a dateline)
_PLACE_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})[ ]+(?P<dash>[-–—]{{1,3}})[ ](?=[ ]*[A-Z0-9\"“‘'])"
)
# a dateline on a line of its own, with no credit and no dash: "DUNMORE, Aug 14", "NEW YORK,
# May 3, 2025" (a place in capitals, then a date)
_LINE_DATELINE = re.compile(rf"(?P<place>{_PLACE})[.]?")
# the colon style of South Asian papers: "LUCKNAGAR:", "NEW DELHI, Nov 29:"; a transcript's
# speaker label looks the same, so only where no other line opens with one
_COLON_DATELINE = re.compile(rf"(?P<place>{_PLACE})(?P<dash>:)[ ]+(?=[A-Z\"“‘'])")
_LABEL_LINE = re.compile(r"^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*:", re.MULTILINE)
# TASS's house style: "MOSCOW, January 5. /TASS/. Text"
_SLASH_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})?[ ]*/(?P<credit>[^/\n]{{1,40}})/(?P<dash>[ ]*(?:[-–—]{{1,3}}|[.:]))?"
)
# "— Reuters" ending the last paragraph
_TRAILING_CREDIT = re.compile(r"(?<!\w)[-–—]{1,3}[ ]*(?P<credit>[^\s\-–—][^\n\-–—]{0,40}?)[ .]*\Z")
# decorations around a credit standing on its own line: dashes, ©, "Copyright", a year, a full
# stop, "All rights reserved", brackets
_CREDIT_LEAD = re.compile(r"(?:[-–—(\[]+|©|\(c\)|copyright|\d{4}|[ ,])*", re.IGNORECASE)
_CREDIT_TAIL = re.compile(r"(?:[-–—)\].,]+|©|\d{4}|all rights reserved|[ ])*\Z", re.IGNORECASE)


@cache
def _photo_credit() -> re.Pattern[str]:
    """A photo's credit goes on after the outlet: "(AP Photo/Jan Roe, File)", "(REUTERS/Jan
    Roe)"; it is a caption's, and the caption is no dateline (the words are
    ``page_furniture.toml`` [photo_credits])."""
    words = "|".join(re.escape(w) for w in sorted(furniture_lexicon().photo_credits))
    return re.compile(rf"[ ]*(?:/|(?:{words})\b)", re.IGNORECASE)


@cache
def _portfolio_pattern() -> re.Pattern[str]:
    """An office's portfolio, not a publication: "Minister of Foreign Affairs", "the Department
    of the Economy", "the Committee on Foreign Affairs" (the nouns are ``role_nouns.toml``
    [named_things] portfolios)."""
    nouns = "|".join(re.escape(w) for w in sorted(role_lexicon().portfolio_nouns))
    return re.compile(rf"\b(?:{nouns})[ ]+(?:of|for|on)[ ]+(?:the[ ]+)?\Z", re.IGNORECASE)


def _portfolio(text: str, start: int) -> bool:
    """A name right after "Minister of", "Ministry of", "Department of", "Committee on" ...:
    the office's portfolio ("Deputy Minister of Foreign Affairs"), not the publication."""
    return _portfolio_pattern().search(text[max(0, start - 40) : start]) is not None


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " : ")


@dataclass(frozen=True, slots=True)
class Mention:
    """A known outlet at a char span. ``credit``: the span is a dateline or closing credit that
    names the outlet; False for plain mentions and for house phrases ("(Reporting by")."""

    start: int
    end: int
    outlet: OutletEntry
    credit: bool = False
    extent: tuple[int, int] | None = None  # a dateline: the whole "PLACE (CREDIT) -" stretch


@Language.factory(
    "cr_outlet",
    assigns=[
        "doc._.cr_outlet",
        "doc._.cr_cited_outlets",
        "doc._.cr_dateline",
        "doc._.cr_byline",
        "doc.spans",
    ],
)
def make_outlet_recognizer(nlp: Language, name: str) -> OutletRecognizer:
    return OutletRecognizer(nlp, load_kb())


class OutletRecognizer:
    """Finds the publisher and every outlet mention; matchers are built once per pipeline."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.names = _phrase_matcher(nlp, kb.name_forms())
        self.credits = _phrase_matcher(nlp, kb.credit_forms())
        self.cue_before = sorted(kb.recognition.cue_before, key=len, reverse=True)
        self.cue_after = sorted(kb.recognition.cue_after, key=len, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        body_start = min(max(doc._.cr_body_start or 0, 0), len(text))
        source: Source | None = doc._.cr_source
        dateline = find_dateline(text, body_start, self.kb)
        unknown = unknown_dateline(text, body_start) if dateline is None else None
        byline = find_byline_credit(text, body_start, self.kb)
        closing = find_closing_credit(text, body_start, self.kb)
        if (
            closing is not None
            and not closing.credit
            and (
                (unknown is not None and unknown.credit)
                or (byline is None and unknown_byline_outlet(text, body_start))
            )
        ):
            # a house phrase ("(Reporting by") only hints at an outlet, and the dateline or the
            # byline names another one, one we have no notes on: their word wins
            closing = None
        publisher = self._publisher(source, dateline, byline, closing)

        mentions = self._mentions(doc, text, body_start)
        for credit in (dateline, byline, closing):
            if credit is not None and credit.credit:
                mentions = [m for m in mentions if not _overlaps(m, credit)] + [credit]
        mentions.sort(key=lambda m: (m.start, m.end))

        doc._.cr_outlet = publisher
        doc._.cr_byline = find_byline(text, body_start, byline, doc)
        doc._.cr_dateline = (
            Dateline(dateline.extent, text[dateline.start : dateline.end])
            if dateline is not None and dateline.extent is not None
            else unknown
        )
        doc._.cr_cited_outlets = [
            CitedOutlet(outlet_id=m.outlet.id, name=m.outlet.name, span=(m.start, m.end))
            for m in mentions
            if not _is_publisher_credit(m, publisher)
        ]
        doc.spans[SPAN_GROUP] = _spans(doc, mentions)
        return doc

    # -- the publisher ---------------------------------------------------------------------

    def _publisher(
        self,
        source: Source | None,
        dateline: Mention | None,
        byline: Mention | None,
        closing: Mention | None,
    ) -> Outlet | None:
        """The strongest signal wins: url, metadata, dateline, byline, closing credit."""
        if source is not None and source.url:
            entry = self.kb.by_domain(source.url)
            if entry is not None:
                return entry.to_outlet("url", None)
        if source is not None and source.site_name:
            entry = self.kb.by_site_name(source.site_name)
            if entry is not None:
                return entry.to_outlet("metadata", None)
        if source is not None and source.title:
            entry = outlet_from_title(source.title, self.kb)
            if entry is not None:
                return entry.to_outlet("metadata", None)
        signals: tuple[tuple[MatchedBy, Mention | None], ...] = (
            ("dateline", dateline),
            ("byline", byline),
            ("credit", closing),
        )
        for matched_by, found in signals:
            if found is not None:
                return found.outlet.to_outlet(matched_by, (found.start, found.end))
        return None

    # -- mentions ----------------------------------------------------------------------------

    def _mentions(self, doc: Doc, text: str, body_start: int) -> list[Mention]:
        """Names anywhere, credit-only forms in parentheses or next to a citing cue.

        ``text`` is ``doc.text``, read once by the caller (spaCy rebuilds it on every access).
        """
        found: list[Span] = [doc[s:e] for _, s, e in self.names(doc)]
        for _, s, e in self.credits(doc):
            span = doc[s:e]
            if self._in_credit_position(text, span.start_char, span.end_char):
                found.append(span)
        out: list[Mention] = []
        for span in filter_spans(found):
            if span.start_char < body_start or _portfolio(text, span.start_char):
                continue
            if _LONGER_NAME.match(text, span.end_char) and not any(
                f.start_char == span.end_char + 1 for f in found
            ):
                continue  # "the Evening Standard-Bearer": another, longer name
            entry = self.kb.by_credit(span.text)
            if entry is not None:
                out.append(Mention(span.start_char, span.end_char, entry))
        return out

    def _in_credit_position(self, text: str, start: int, end: int) -> bool:
        """'(AP)', 'told AP', 'according to AP', 'AP reported' ..."""
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return True
        before = " ".join(text[max(0, start - _CUE_WINDOW) : start].split()).lower()
        after = " ".join(text[end : end + _CUE_WINDOW].split()).lower()
        if any(_ends_with_word(before, cue) for cue in self.cue_before):
            return True
        after = after.removeprefix("'s ").removeprefix("’s ")
        return any(_starts_with_word(after, cue) for cue in self.cue_after)


# -- signals, as plain functions so tests and scripts can call them -----------------------------


def find_dateline(text: str, body_start: int, kb: KnowledgeBase) -> Mention | None:
    """A dateline credit at the start of one of the body's first lines, e.g. 'LONDON (Reuters) -'.

    General shape: [PLACE[, REGION][, Month Day]] (CREDIT) followed by a dash or colon; the dash
    may be missing only after a place ("New Delhi, Jan 5 (PTI) The ..."). The credit must be a
    known outlet, and not a photo's ("The Capitol in Washington (AP Photo/Jan Roe)" is a
    caption).
    """
    for start, end in text_lines(text, body_start, DATELINE_LINES):
        for pattern in (_DATELINE, _SLASH_DATELINE):
            m = pattern.match(text, start, end)
            if m is None or (m.group("dash") is None and m.group("place") is None):
                continue
            hit = _credit_at(text, m.start("credit"), m.end("credit"), kb)
            if hit is not None and not _photo_credit().match(text, hit.end, m.end("credit")):
                return replace(hit, extent=(m.start(), m.end()))
    return None


def unknown_dateline(text: str, body_start: int) -> Dateline | None:
    """A dateline whose credit is no outlet we know, or one with no credit at all.

    A dateline is never a claim, whoever it credits, but an unknown credit is only taken in
    the strict wire shape: a place whose first word is in capitals ("PORTHAVEN", "NEW YORK,
    May 3"), a credit of one to six capitalised words ("(Harbour Wire)", "(The Daily Courier)")
    and a dash after it. The outlet stays unknown: the credit only names it (the notes on the
    outlet say so). A dateline with no credit ("GULLPORT, Maine —") is taken in the same shape.
    """
    lines = list(text_lines(text, body_start, DATELINE_LINES))
    for start, end in lines:
        m = _DATELINE.match(text, start, end)
        dash = (m.group("dash") or "").strip() if m is not None else ""
        if m is None or not dash or dash == ":" or m.group("place") is None:
            continue  # "ROE (Ind.): ..." is a transcript label; a wire dateline takes a dash
        place, credit = m.group("place"), m.group("credit").strip()
        if _CAPS_WORD.match(place) and _CREDIT_NAME.fullmatch(credit):
            return Dateline((m.start(), m.end()), credit)
    for start, end in lines:
        m = _PLACE_DATELINE.match(text, start, end)
        place = m.group("place") if m is not None else ""
        if (
            m is not None
            and _CAPS_WORD.match(place)
            and (len(place.split()) <= _PLACE_WORDS or _place_and_date(place))
        ):
            # the word limit keeps out a head in capitals: "STORM HITS COAST, TOWNS FLOOD -";
            # a place and a date may be longer: "PORT ELLIN, March 3, 2026 -"
            return Dateline((m.start(), m.end()))
    for start, end in lines:
        m = _LINE_DATELINE.fullmatch(text, start, end)
        if m is not None and _place_and_date(m.group("place")):
            return Dateline((m.start(), m.end()))
    furniture = furniture_lexicon()
    for start, end in lines:
        m = _COLON_DATELINE.match(text, start, end)
        place = m.group("place") if m is not None else ""
        words = place.split(",")[0].split()
        if (
            m is not None
            and words
            and place.lower() not in furniture.lines  # "UPDATE: The wall has been breached."
            and place.lower() not in furniture.stamps
            and all(_CAPS_WORD.fullmatch(w) for w in words)
            and len(place.split()) <= _PLACE_WORDS
            and len(_LABEL_LINE.findall(text, body_start)) == 1
        ):
            return Dateline((m.start(), m.end()))
    return None


def _place_and_date(line: str) -> bool:
    """ "DUNMORE, Aug 14", "NEW YORK, May 3, 2025": a place whose first word is in capitals (at
    most four words), then a date: figures and the month and day words of
    ``page_furniture.toml`` [dates], a figure and a word among them. A line of capitals alone
    ("BREAKING NEWS"), a name with a figure ("ROUTE 9") or a stamp ("UPDATE, May 3") is no
    dateline. Not the sign-off test of ``assertions.page_furniture``, which takes any capitalised
    place but a stricter date (a day and a month): each accepts lines the other does not."""
    parts = [p.strip() for p in line.split(",")]
    place, date = parts[0], [w for p in parts[1:] for w in p.split()]
    if len(parts) < 2 or not _CAPS_WORD.match(place) or len(place.split()) > _PLACE_WORDS:
        return False
    furniture = furniture_lexicon()
    if place.lower() in furniture.lines or place.lower() in furniture.stamps:
        return False  # "UPDATE, May 3" is a time stamp
    dates = furniture.dates
    if len(parts) > 2 and not any(ch.isdigit() for ch in parts[1]):
        date = [w for p in parts[2:] for w in p.split()]  # "GULLPORT, Maine, May 3"
    return (
        any(w.isdigit() for w in date)
        and any(w.lower() in dates and w.isalpha() for w in date)
        and all(w.isdigit() or w.lower().rstrip(".") in dates or w.lower() in dates for w in date)
    )


def find_byline_credit(text: str, body_start: int, kb: KnowledgeBase) -> Mention | None:
    """The known outlet a byline names after the writer: "By Jan Roe, Associated Press", "By
    Jan Roe | Reuters". The whole description must be the outlet's name or credit form ("By
    Jan Roe, AP"), or that and one word of the writer's job ("By Jan Roe, Associated Press
    Writer": ``role_nouns.toml`` [bylines] newsroom_titles); a role alone ("By Jan Roe, staff
    writer") names no outlet."""
    role = byline_role(text, body_start)
    if role is None:
        return None
    found = _credit_at(text, role[0], role[1], kb, prefixes=False)
    head, _, last = text[role[0] : role[1]].rstrip().rpartition(" ")
    if found is None and head.strip() and last.lower() in role_lexicon().newsroom_titles:
        if _one_generic_word(head):
            return None  # "By Jan Roe, Metro Editor": a desk of the paper, not the outlet
        found = _credit_at(text, role[0], role[0] + len(head), kb, prefixes=False)
    return found


def _one_generic_word(name: str) -> bool:
    """ "Metro", "Star": one word that names many outlets and many other things
    (``outlet_build.toml`` generic_words); with "The" it is a paper's name ("The Times
    Reporter"), never a desk."""
    words = name.split()
    return len(words) == 1 and words[0].lower() in load_words().generic


def unknown_byline_outlet(text: str, body_start: int) -> bool:
    """True when a byline names the writer's outlet, one we have no notes on, after the writer:
    "By Jan Roe, Harbour Press Agency", "By Jan Roe | Kell Evening Gazette". The part after the
    writer is capitalised words (small joining words aside) whose last is a word that ends a news
    organisation's name (``role_nouns.toml`` [bylines] outlet_words) and holds no role noun ("By
    Jan Roe, Press Officer")."""
    role = byline_role(text, body_start)
    if role is None:
        return False
    words = text[role[0] : role[1]].split()
    lex = role_lexicon()
    return (
        words[-1].lower() in lex.outlet_words
        and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words)
        and not lex.nouns_in(" ".join(words))
    )


def find_byline(
    text: str, body_start: int, known: Mention | None, doc: Doc | None = None
) -> Byline | None:
    """The byline among the body's first lines, with the name after the writer when it is a
    known outlet's (``known``, from ``find_byline_credit``: "By Jan Roe, Reuters") or reads as
    a news organisation's we have no notes on (``unknown_byline_outlet``); with none at the
    head, a writer's sign-off at the foot ("Margaret Ellory" closing a letter: ``sign_off``),
    the name's span; or None."""
    span = byline_span(text, body_start)
    if span is None:
        signed = sign_off(text, body_start, doc)
        return Byline(span=signed[0]) if signed is not None else None
    role = byline_role(text, body_start)
    if role is None:
        return Byline(span=span)
    named = known is not None or unknown_byline_outlet(text, body_start)
    return Byline(span=span, credit=text[role[0] : role[1]] if named else None)


def find_closing_credit(text: str, body_start: int, kb: KnowledgeBase) -> Mention | None:
    """A closing credit in the last lines: a credit line, a trailing '— Reuters', a house phrase.

    A house phrase ("(Reporting by") gives the outlet with ``credit=False``: its evidence is the
    phrase, not a name of the outlet, so it stays out of the ``cr_outlets`` span group.
    """
    lines = list(text_lines(text, body_start, None))[-CLOSING_LINES:]
    for start, end in reversed(lines):
        hit = _credit_line(text, start, end, kb) or _trailing_credit(text, start, end, kb)
        if hit is not None:
            return hit
        for phrase, entry in kb.signatures():
            at = text.find(phrase, start, end)
            if at >= 0:
                return Mention(at, at + len(phrase), entry, credit=False)
    return None


def outlet_from_title(title: str, kb: KnowledgeBase) -> OutletEntry | None:
    """The outlet a page title names after its last separator ('Talks stall | Reuters')."""
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip():
            entry = kb.by_site_name(tail)
            if entry is not None:
                return entry
    return None


def title_without_publisher(title: str, publisher: Outlet | None, kb: KnowledgeBase) -> str:
    """A page title without the publisher's name after its last separator, as a reader shows
    it: 'Talks stall | Reuters' -> 'Talks stall' when Reuters published the article."""
    if publisher is None:
        return title
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip():
            entry = kb.by_site_name(tail)
            if entry is not None and entry.id == publisher.id:
                return head.strip()
    return title


def _credit_line(text: str, start: int, end: int, kb: KnowledgeBase) -> Mention | None:
    """A line that is only a credit: 'Reuters', '— AFP', '© 2024 The Associated Press'."""
    lead = _CREDIT_LEAD.match(text, start, end)
    s = lead.end() if lead else start
    tail = _CREDIT_TAIL.search(text, s, end)
    e = tail.start() if tail else end
    if e - s > 60 or s >= e:
        return None
    return _credit_at(text, s, e, kb, prefixes=False)


def _trailing_credit(text: str, start: int, end: int, kb: KnowledgeBase) -> Mention | None:
    m = _TRAILING_CREDIT.search(text, start, end)
    if m is None:
        return None
    return _credit_at(text, m.start("credit"), m.end("credit"), kb, prefixes=False)


def _credit_at(
    text: str, start: int, end: int, kb: KnowledgeBase, prefixes: bool = True
) -> Mention | None:
    """The known outlet written at text[start:end], trying 'The X' as X and, in a dateline,
    the longest known leading words ('Reuters Health' -> Reuters)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    candidates = [(start, end)]
    if text.startswith("The ", start) and kb.tells_one(text[start:end]):
        candidates.append((start + 4, end))  # (not "The Star" as "Star": a name many share)
    if prefixes:
        cuts = [m.start() for m in re.finditer(r"[ /,]", text[start:end])]
        candidates += [(start, start + c) for c in reversed(cuts)]
    for s, e in candidates:
        form = text[s:e]
        # a credit in capitals ("(ANTARA)", "— POLITICO") is the outlet's name in house style
        entry = kb.by_credit(form) or (kb.by_site_name(form) if form.isupper() else None)
        if entry is not None:
            return Mention(s, e, entry, credit=True)
    return None


# -- helpers ------------------------------------------------------------------------------------


def _phrase_matcher(nlp: Language, forms: dict[str, str]) -> PhraseMatcher:
    """A case-sensitive matcher, one key per outlet id; patterns are tokenised like the text."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_id: dict[str, list[Doc]] = {}
    for form, outlet_id in forms.items():
        by_id.setdefault(outlet_id, []).append(nlp.make_doc(form))
    for outlet_id, patterns in by_id.items():
        matcher.add(outlet_id, patterns)
    return matcher


def _ends_with_word(text: str, cue: str) -> bool:
    return text.endswith(cue) and (len(text) == len(cue) or not text[-len(cue) - 1].isalnum())


def _starts_with_word(text: str, cue: str) -> bool:
    return text.startswith(cue) and (len(text) == len(cue) or not text[len(cue)].isalnum())


def _is_publisher_credit(m: Mention, publisher: Outlet | None) -> bool:
    """The publisher's own credit (dateline, closing line, house phrase) is not a citation."""
    if publisher is None or m.outlet.id != publisher.id:
        return False
    ev = publisher.evidence_span
    return m.credit or (ev is not None and m.start < ev[1] and ev[0] < m.end)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _spans(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Token spans for the span group, labelled OUTLET with the outlet id as ``kb_id``."""
    spans = (
        doc.char_span(m.start, m.end, label=LABEL, kb_id=m.outlet.id, alignment_mode="expand")
        for m in mentions
    )
    return [s for s in spans if s is not None]
