"""Word lists read from the data files, and the page furniture they name.

``word_lists`` reads a data file of ``[section] words = [...]`` tables; ``furniture_lexicon`` is
``page_furniture.toml``: the lines a web page sets around an article, and the labels an outlet
puts on a kind of piece. ``piece_label`` finds that label in an article's first lines ("OPINION:
Why the plan fails", a line "Analysis"): the outlet's own word for what the piece is, which the
report gives as its genre. Nothing here needs a parse, so the paragraph splitter, the outlet
finder and the assertions all read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from contextreader.data import DataFileError, read_toml
from contextreader.report import Genre

GENRE_LINES = 6  # a label stands above or before the headline, among the first lines
# what may follow a label at the start of a line: "OPINION: ...", "Analysis | ...", "Review — ..."
_LABEL_ENDS = (":", "|", "—", "–", " - ")
# the parts of a label line or byline: "Opinion | Editorial", "OPINION: The Editors"
_LINE_PARTS = re.compile(r"\s*(?:[:|—–]|\s-\s)\s*")


def word_lists(
    name: str, keys: tuple[str, ...]
) -> tuple[dict[str, frozenset[str]], dict[str, Any]]:
    """Read a data file of ``[section] words = [...]`` lists, each non-empty and lower case
    (a curated list with a capital or a gap would silently match nothing); also return the
    raw table for any other sections."""
    raw = read_toml(name)
    parts = {}
    for key in keys:
        words = raw[key]["words"]
        if not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise DataFileError(f"{name}: [{key}] needs lower-case words")
        parts[key] = frozenset(words)
    return parts, raw


@dataclass(frozen=True, slots=True)
class FurnitureLexicon:
    """Lines a web page sets around an article (see ``page_furniture.toml``)."""

    lines: frozenset[str]
    genres: tuple[str, ...]  # longest first, so "news analysis" is tried before "analysis"
    prefixes: tuple[str, ...]
    sentences: tuple[str, ...]
    stamps: tuple[str, ...]
    dates: frozenset[str]
    photo_credits: frozenset[str]
    stance_genres: frozenset[str]  # pieces whose "we" is the outlet's own (an editorial)
    writer_genres: frozenset[str]  # pieces whose text is a named writer's (a letter, an op-ed)
    reader_genres: frozenset[str] = frozenset()  # a page of readers' letters: their own words
    title_words: frozenset[str] = frozenset()  # "for": "Bill Shock For Drivers" is no name
    page_editors: frozenset[str] = frozenset()  # "editor": "writes the editor" is no letter
    sections: frozenset[str] = frozenset()  # "Notes to editors": all after it is for the press
    release_ends: frozenset[str] = frozenset()  # "ENDS": the line that closes a release's text
    contacts: frozenset[str] = frozenset()  # "Media contact" over a block of contact lines
    signposts: frozenset[str] = frozenset()  # "Jess Talbot in London:": who files what follows
    offers: tuple[str, ...] = ()  # "... is available for interview": an offer to the press
    unsigned: frozenset[str] = frozenset()  # "Editorial Board": a writer's label is the outlet's
    section_labels: tuple[str, ...] = ()  # "Weather", "... news in brief": a section's label
    months: frozenset[str] = frozenset()  # "march", "mar.": a sign-off's date names a month
    weekdays: frozenset[str] = frozenset()  # "monday": may open a sign-off's date
    editor_notes: frozenset[str] = frozenset()  # "updated", "corrected": open an editor's note
    day_parts: frozenset[str] = frozenset()  # "morning": "on Tuesday morning" is a date
    relative_times: frozenset[str] = frozenset()  # "last": "last week" is a date
    periods: frozenset[str] = frozenset()  # "week": "last week" is a date
    listings: tuple[str, ...] = ()  # "best price:": a shop widget's label before an amount


@cache
def furniture_lexicon() -> FurnitureLexicon:
    """Load and check ``page_furniture.toml`` once."""
    keys = (
        "lines",
        "genres",
        "prefixes",
        "sentences",
        "stamps",
        "dates",
        "photo_credits",
        "stance_genres",
        "writer_genres",
        "reader_genres",
        "title_words",
        "page_editors",
        "sections",
        "release_ends",
        "contacts",
        "signposts",
        "offers",
        "unsigned",
        "section_labels",
        "months",
        "weekdays",
        "editor_notes",
        "day_parts",
        "relative_times",
        "periods",
        "listings",
    )
    parts, _ = word_lists("page_furniture.toml", keys)
    if not all(p.endswith((":", " ")) for p in parts["prefixes"]):
        raise DataFileError("page_furniture.toml: [prefixes] must end with a colon or a space")
    if not parts["stance_genres"] <= parts["genres"]:
        raise DataFileError("page_furniture.toml: [stance_genres] must be [genres] too")
    if not parts["writer_genres"] <= parts["genres"]:
        raise DataFileError("page_furniture.toml: [writer_genres] must be [genres] too")
    if not parts["reader_genres"] <= parts["writer_genres"]:
        raise DataFileError("page_furniture.toml: [reader_genres] must be [writer_genres] too")
    return FurnitureLexicon(
        lines=parts["lines"] | parts["genres"] | parts["sections"] | parts["contacts"],
        genres=tuple(sorted(parts["genres"], key=len, reverse=True)),
        prefixes=tuple(sorted(parts["prefixes"])),
        sentences=tuple(sorted(parts["sentences"])),
        stamps=tuple(sorted(parts["stamps"], key=len, reverse=True)),
        dates=parts["dates"] | parts["months"] | parts["weekdays"],
        photo_credits=parts["photo_credits"],
        stance_genres=parts["stance_genres"],
        writer_genres=parts["writer_genres"],
        reader_genres=parts["reader_genres"],
        title_words=parts["title_words"],
        page_editors=parts["page_editors"],
        sections=parts["sections"],
        release_ends=parts["release_ends"],
        contacts=parts["contacts"],
        signposts=parts["signposts"],
        offers=tuple(sorted(parts["offers"])),
        unsigned=parts["unsigned"],
        section_labels=tuple(sorted(parts["section_labels"], key=len, reverse=True)),
        months=parts["months"],
        weekdays=parts["weekdays"],
        editor_notes=parts["editor_notes"],
        day_parts=parts["day_parts"],
        relative_times=parts["relative_times"],
        periods=parts["periods"],
        listings=tuple(sorted(parts["listings"], key=len, reverse=True)),
    )


def label_end(line: str) -> int | None:
    """Where a genre label that opens ``line`` ends, its colon, bar or dash included ("OPINION:
    Why ..." -> 8), or None; the whole line when it is only the label ("Analysis")."""
    low = line.lower()
    bare = low.rstrip().rstrip(".:|")
    for genre in furniture_lexicon().genres:
        if bare == genre:
            return len(line.rstrip())
        if not low.startswith(genre):
            continue
        rest = low[len(genre) :]
        after = rest.lstrip(" ")
        for end in _LABEL_ENDS:
            if after.startswith(end.strip()) and (end != " - " or rest.startswith(" -")):
                return len(line) - len(after) + len(end.strip())
    return None


@lru_cache(maxsize=8)
def piece_label(text: str, start: int = 0) -> Genre | None:
    """The outlet's label for the kind of piece, from the first ``GENRE_LINES`` lines that hold
    words from ``start`` on: its name as the data file gives it and its span in ``text``.
    Worked out once per text: the assertions (``stance_piece``), the sign-off finder and the
    letters-page reader (``loaded.voice.readers_letters``) each ask for one doc's label, and
    the report keeps it; callers share the one ``Genre`` and must not change it."""
    offset, seen = start, 0
    for line in text[start:].split("\n"):
        here, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > GENRE_LINES:
            break
        lead = len(line) - len(line.lstrip("\ufeff \t\r"))  # a byte-order mark opens no label
        end = label_end(line[lead:])
        if end is not None:
            word = line[lead : lead + end].rstrip(" .:|—–-")
            name = word.lower()
            lex = furniture_lexicon()
            writer = name in lex.writer_genres and not _unsigned(text, start)
            span = (here + lead, here + lead + len(word))
            return Genre(name=name, span=span, writer=writer, readers=name in lex.reader_genres)
    return None


def _unsigned(text: str, start: int) -> bool:
    """A part of one of the first lines names the piece an unsigned editorial ([unsigned]:
    "Opinion | Editorial", a byline "By the Editorial Board"): under a writer's label such as
    "Opinion" it is still the outlet's own voice, not a named writer's. Only a whole part of a
    line counts ("Editorial", not a headline or sentence that mentions the editorial board),
    and a byline of two or more words may end in one ("By the Harbour Ledger Editorial
    Board"); never where a byline names a writer ("By Mira Talvik")."""
    words = furniture_lexicon().unsigned
    lines = [line for line in text[start:].split("\n") if line.strip()][: 2 * GENRE_LINES]
    unsigned = False
    for line in lines:
        low = line.strip().lower()
        if low.startswith("by "):
            name = low.removeprefix("by ").strip(" .,")
            if name in words or any(" " in w and name.endswith(" " + w) for w in words):
                unsigned = True
                continue
            if line.strip()[3:4].isupper():  # not a sentence: "By any measure, ..."
                return False  # a named writer's byline
        if any(part.strip(" .,") in words for part in _LINE_PARTS.split(low)):
            unsigned = True
    return unsigned


def stance_piece(text: str, start: int = 0) -> bool:
    """True when the outlet labels the piece as one that argues in its own voice ("Editorial",
    "OPINION: ..."): its "we" outside quotation marks is the outlet's (or its writer's) own."""
    label = piece_label(text, start)
    return label is not None and label.name in furniture_lexicon().stance_genres


# a currency amount after a shop's price label ("$4.10", "US$ 12", "£6,500.00")
_CURRENCY = "$£€¥"
_AMOUNT = rf"\s*(?:[a-z]{{1,3}})?[{re.escape(_CURRENCY)}]\s?\d[\d,]*(?:\.\d+)?(?![\w.])"
# what may stand between two labels and amounts of one listing: spaces, a bar, a dash
_LISTING_GAP = r"[\s|•·/–—-]*"
# a widget's stamp after its prices, "(as of 10:05 EDT - Details)"; it counts with a clock time
# or "Details" in it, so news in brackets ("(as of Monday)") closes no listing
_AS_OF = r"\s*\(as\s+of\b[^()\n]{0,80}\)"
_STAMP_SIGN = re.compile(r"\d:\d\d|details\)$", re.IGNORECASE)
# the end of a sentence before a listing's title on its line: a full stop (not an ellipsis,
# which ends a cut title, nor an author's initial, "Jan R. Roe"), "!" or "?", maybe closing
# marks, then a space; or, in text glued together when the page was copied, a stop right after
# a lower-case word with a capital straight after it ("a disaster.The Radical Left: ...")
_SENTENCE_BEFORE = re.compile(
    r"(?<![.…])(?<!(?<!\S)[A-Z])[.!?][\"”’)]*\s+|(?<=[a-z])[.!?][\"”’)]*(?=[A-Z])"
)
# the most characters a listing's title and author take before its first label: a shop cuts
# the title short; more is an article's sentence whose end was not found, and nothing is taken
_TITLE_CHARS = 200


@cache
def _listing_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One label and its amount, and a run of them with the stamp that may close it (the labels
    of [listings], longest first, so "list price:" is tried before "price:")."""
    labels = "|".join(
        r"\s+".join(re.escape(w) for w in label.split()) for label in furniture_lexicon().listings
    )
    pair = rf"(?<!\w)(?:{labels}){_AMOUNT}"
    run = rf"{pair}(?:{_LISTING_GAP}{pair})*(?P<stamp>{_AS_OF})?"
    return re.compile(pair, re.IGNORECASE), re.compile(run, re.IGNORECASE)


@lru_cache(maxsize=8)
def shop_listings(text: str) -> tuple[tuple[int, int], ...]:
    """Where a shop's widget for a book or a product stands in ``text``, as (start, end): a
    price label and a currency amount ([listings]), followed at once by another label and
    amount or by a stamp "(as of 10:05 EDT - Details)" ("Empire of Lies: How th... Jan Roe Best
    Price: $4.10 Buy New $12.99 (as of 10:05 EDT - Details)"). The span opens where the
    listing's title does: at the start of its line, after a listing before it on the line, or
    after the sentence before it on the line; it ends with the last amount or the stamp, so
    the text after "Details)" is the article again. A label with an amount in a sentence of
    news ("The best price: $4 a gallon, the dealer said") is no listing. Worked out once per
    text: the loaded marks and the assertions each ask for it."""
    if not any(sign in text for sign in _CURRENCY):
        return ()  # no amount, no listing (most texts)
    pair, run = _listing_pattern()
    found: list[tuple[int, int]] = []
    for m in run.finditer(text):
        stamp = m.group("stamp")
        signed = stamp is not None and _STAMP_SIGN.search(stamp.strip()) is not None
        end = m.end() if signed or stamp is None else m.start("stamp")
        if not signed and len(pair.findall(text, m.start(), end)) < 2:
            continue
        floor = text.rfind("\n", 0, m.start()) + 1
        if found and found[-1][1] > floor:
            floor = found[-1][1]  # a listing before it on the line
        start = floor
        for stop in _SENTENCE_BEFORE.finditer(text, floor, m.start()):
            start = stop.end()
        while start < m.start() and text[start].isspace():
            start += 1
        if m.start() - start > _TITLE_CHARS:
            start = m.start()  # no title found: only the widget's labels and prices
        found.append((start, end))
    return tuple(found)
