"""Lines copied with the article that are no sentence of it, and so get no voice.

Page furniture ("Advertisement", "Related: ...", a time stamp; from ``page_furniture.toml``),
a photo credit or a sign-off after a quote, a byline, and the name lines at an article's head
(a masthead, a section, a place). All are known by their words and their shape on the line,
never by a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Span

from contextreader.analysis.furniture import furniture_lexicon, shop_listings
from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.paragraphs import CLOCK_LEAD, is_byline, photo_credit_start
from contextreader.analysis.quotes import cue_lexicon

_EDGE = " .:!|•·-–—>»"
_SHORT_LINE = 100  # a line of furniture, not a paragraph that opens with its words
_STOP = re.compile(r"[.!?][\"”’)]*\s")  # a full stop inside a line: more than one sentence
_INK = re.compile(r"\S")  # a character ``str.strip`` keeps

_T = TypeVar("_T")


class _Lines:
    """The lines of one text, found once: where each ends, and the answers that depend on a
    line's words alone. Every sentence asks about the line it stands on; an article set on one
    long line (pasted from a PDF or a web page) must not be read whole again for each of its
    sentences, nor a long paragraph for each of its own."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.answers: dict[tuple[str, int, int], object] = {}

    def around(self, start: int, end: int | None = None) -> tuple[int, int]:
        """What ``paragraphs.line_around`` answers: the start and end (the newline's offset,
        or the text's end) of the line, or lines, that hold text[start:end]."""
        before = bisect_left(self.breaks, start)
        after = bisect_left(self.breaks, start if end is None else end)
        return (
            self.breaks[before - 1] + 1 if before else 0,
            self.breaks[after] if after < len(self.breaks) else len(self.text),
        )

    def answer(self, kind: str, line_start: int, line_end: int, fn: Callable[[str], _T]) -> _T:
        """``fn`` of the line text[line_start:line_end], worked out once for it."""
        key = (kind, line_start, line_end)
        if key not in self.answers:
            self.answers[key] = fn(self.text[line_start:line_end])
        return self.answers[key]  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _lines(text: str) -> _Lines:
    """The lines of ``text`` (kept for the few texts read last, as ``_notes_start`` is)."""
    return _Lines(text)


def _blank(text: str, start: int, end: int) -> bool:
    """``not text[start:end].strip()``, without copying the part (it may run to a long line's
    other end)."""
    return _INK.search(text, start, end) is None


def is_furniture(text: str, start: int, end: int) -> bool:
    """A sentence that is page furniture, not news: an advertising slot, a link to another
    story, a share button, a time stamp, a photo credit, a release's contact lines or a live
    blog's label ("Advertisement", "Related: ...", "Updated 3:45 PM EST", "9:42 pm", "(Photo:
    Jan Roe/Gazette)", "Media contact:", "press@example.org", "UPDATE:") or a shop's widget for
    a book (a sentence wholly inside a ``furniture.shop_listings`` span), as copied with the
    article. Known by the line's opening words and shape, from ``page_furniture.toml``."""
    if any(a <= start and end <= b for a, b in shop_listings(text)):
        return True  # a shop's widget, "Empire of Lies: How th... Jan Roe Best Price: $4.10 ..."
    lex = furniture_lexicon()
    words = " ".join(text[start:end].split()).lower().replace("’", "'")
    if words.startswith(lex.sentences):
        return True  # "For more information, visit ...", wherever it stands
    if _offer(words, lex.offers):
        return True  # "Dr Jan Roe is available for interview on Tuesday."
    if _in_notes(text, start) or _in_contact_block(text, start):
        return True  # under "Notes to editors", or a contact's lines under "Media contact"
    lines = _lines(text)
    line_start, line_end = lines.around(start, end)
    if _caption(text, start, end, line_start, line_end):
        return True  # a caption: "Crowds on the quay. (Photo: Jan Roe/Harbour Wire)"
    if lines.answer("lead", line_start, line_end, _sentence_line):
        return True  # one sentence, "CLICK HERE TO GET THE APP", the parser cut in two
    opens_line = _blank(text, line_start, start)
    whole_line = opens_line and _blank(text, end, line_end)
    if not opens_line and not words.startswith("("):
        return False
    bare = words.strip(_EDGE)
    clock = CLOCK_LEAD.match(text, start) if opens_line else None
    if clock is not None and clock.end() >= start + len(text[start:end].rstrip()):
        return True  # "11:10" stamping the live blog's update that follows it on the line
    if (whole_line or words.endswith(":")) and bare in lex.lines:
        return True  # "Advertisement"; "UPDATE:" before the update it labels
    if _LIST_MARK.fullmatch(words):
        return True  # "1." a list item's number the parser split off: it claims nothing
    if words.startswith(lex.prefixes):
        return True
    if whole_line and _CONTACT.fullmatch(bare):
        return True
    stamp = next((s for s in lex.stamps if words.startswith((f"{s} ", f"{s}:"))), None)
    if not whole_line or not any(ch.isdigit() for ch in words):
        return False
    rest = words[len(stamp) :] if stamp is not None else words
    if stamp is not None and rest.startswith(" by ") and "," in rest:
        # "Published by the Ministry of Health, 14 March 2026": who put it out, then the date
        issuer, _, rest = rest.partition(",")
        if len(issuer.split()) > _ISSUER_WORDS:
            return False
    return all(
        any(ch.isdigit() for ch in w) or w.strip(":") in lex.dates or not w.strip(":")
        for w in rest.replace(",", " ").split()
    )


def _sentence_line(line: str) -> bool:
    """A short line of one sentence that opens with a [sentences] phrase."""
    line = " ".join(line.split()).lower()
    lex = furniture_lexicon()
    return line.startswith(lex.sentences) and len(line) <= _SHORT_LINE and not _STOP.search(line)


# a sign-off line of a place and a date: one to three capitalised words, a comma, then the date
_PLACE_COMMA = re.compile(r"((?:[^\W\d_][\w'’.-]*)(?: [^\W\d_][\w'’.-]*){0,2}), (.+)")
# a date in figures alone ("12.05.2024", "12/5/24")
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# a day of the month ("14", "3rd") and a year ("2026")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_YEAR = re.compile(r"\d{4}")
_LAST_DAY = 31


def _place_and_date(line: str) -> bool:
    """ "Velgrad, 14 November", "Port Elwin, March 3, 2026": a line that is only a place (one to
    three capitalised words) and a calendar date says where and when a statement was signed; it
    claims nothing. The date is a day and a month's name either way round, maybe after a
    weekday and before a year ([months], [weekdays]), or a date in figures ("12.05.2024"):
    a name and an age ("Jan Roe, 34") or a span of time ("48 hours on") is no sign-off.
    (The outlet finder's dateline test, ``outlet._place_and_date``, is another: a place in
    capitals, maybe a region, and looser date words.)"""
    m = _PLACE_COMMA.fullmatch(line.rstrip("."))
    if m is None or not all(w[0].isupper() for w in m.group(1).split()):
        return False
    if _NUMERIC_DATE.fullmatch(m.group(2).strip()):
        return True
    lex = furniture_lexicon()
    rest = [w.lower() for w in m.group(2).replace(",", " ").split()]
    if rest and rest[0] in lex.weekdays:
        rest = rest[1:]
    if len(rest) == 3 and _YEAR.fullmatch(rest[2]):
        rest = rest[:2]
    if len(rest) != 2:
        return False
    day = next((w for w in rest if _DAY.fullmatch(w)), None)
    month = next((w for w in rest if w in lex.months), None)
    return day is not None and month is not None and 0 < int(day.rstrip("stndrh")) <= _LAST_DAY


def _sign_off(sent: Span, text: str, span: tuple[int, int]) -> bool:
    """A place-and-date sign-off on a line of its own (``_place_and_date``) among the text's
    last lines, whose place words the parser reads as names or nouns: "Markets Fall Sharply,
    3 March" is a headline with a date, its verb and adverb written in capitals."""
    line_start, line_end = _lines(text).around(*span)
    if not (_blank(text, line_start, span[0]) and _blank(text, span[1], line_end)):
        return False  # the sentence is the whole line
    if not _place_and_date(" ".join(text[span[0] : span[1]].split())):
        return False
    if len([x for x in text[line_end:].splitlines() if x.strip()]) > _LINES_AFTER_SIGN_OFF:
        return False  # a sign-off closes the text (a signature or a note may follow it)
    whole = sent.doc.char_span(span[0], span[1], alignment_mode="expand")
    if whole is None:
        return False
    place = []
    for t in whole:
        if t.text == ",":
            break
        place.append(t)
    return all(t.tag_ in _PLACE_TAGS or not t.is_alpha for t in place)


# the most non-blank lines after a sign-off: a signature, a name, an office
_LINES_AFTER_SIGN_OFF = 3
# what a place's words are tagged: a name or a noun ("Tarrow" may be read as a common noun)
_PLACE_TAGS = frozenset({"NNP", "NNPS", "NN"})


# a list item's number or letter, alone ("1.", "(2)", "b)")
_LIST_MARK = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]")
# most words in the "by ..." of a stamp ("Published by the Ministry of Health, 14 March")
_ISSUER_WORDS = 8
# how many lines up a contact's details may run under their label
_CONTACT_LINES = 8


def _caption(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """The sentence is (part of) a picture's caption: its line ends in a photo credit, and the
    line is short or one sentence before the credit ("Crowds on the quay. (Photo: Jan
    Roe/Harbour Wire)"), or the sentence holds the credit itself. A paragraph of news that a
    credit closes keeps its other sentences as claims."""
    at, short = _lines(text).answer("caption", line_start, line_end, _caption_line)
    if at is None:
        return False
    if end > line_start + at:
        return True  # the credit, or the sentence it closes
    return short


def _caption_line(line: str) -> tuple[int | None, bool]:
    """Where a credit that ends ``line`` opens (None when it ends in none), and whether the
    line is a caption's when the credit is not in the sentence: short, or one sentence before
    the credit."""
    at = photo_credit_start(line)
    if at is None:
        return None, False
    before = line[:at].rstrip()
    return at, len(" ".join(line.split())) <= _SHORT_LINE or not _STOP.search(before)


def _offer(words: str, offers: tuple[str, ...]) -> bool:
    """ "Dr Jan Roe is available for interview on Tuesday.": an [offers] phrase as the main
    clause of its sentence, with at most a short tail of when or how after it. An offer in a
    relative clause ("Professor Ann Roe, who is available for interview, said the findings
    showed ...") or followed by more of the sentence leaves the sentence a claim."""
    for offer in offers:
        at = words.find(offer)
        if at < 0:
            continue
        before = words[:at].split()
        if before and before[-1] in cue_lexicon().relatives:
            continue
        tail = words[at + len(offer) :].strip(_EDGE + " ")
        if "," not in tail and len(tail.split()) <= _OFFER_TAIL:
            return True
    return False


# the most words after an offer ("on Tuesday between 9am and noon")
_OFFER_TAIL = 8


@lru_cache(maxsize=4)
def _notes_start(text: str) -> int:
    """Where a press release's notes for journalists open: the end of a line that is only a
    [sections] heading ("Notes to editors") in a piece that shows it is a release (see
    ``_release_notes``), or the text's length when there is none."""
    lex = furniture_lexicon()
    lines = text.split("\n")
    pos = 0
    for k, line in enumerate(lines):
        pos += len(line) + 1
        if line.strip(_EDGE + " \t\r").lower() in lex.sections and _release_notes(lines, k):
            return pos - 1
    return len(text)


def _release_notes(lines: list[str], k: int) -> bool:
    """Whether the heading on lines[k] opens a release's notes: the nearest line with words
    above it closes a release ("ENDS"), the first below it is a numbered or bulleted note
    ("1. The study ...") or a contact label ("Media contact"), or a line below it offers
    someone to the press ([offers]: "Dr Jan Roe is available for interview.") or is a short
    "About ..." heading over what the organisation is ("About Kell Trust")."""
    lex = furniture_lexicon()
    above = next((ln.strip() for ln in reversed(lines[:k]) if ln.strip()), "")
    if above.lower() in lex.release_ends:
        return True
    below = next((ln.strip() for ln in lines[k + 1 :] if ln.strip()), "")
    if bool(_NOTE_MARK.match(below)) or below.strip(_EDGE).lower() in lex.contacts:
        return True
    for line in lines[k + 1 :]:
        if _ABOUT.fullmatch(line.strip()):
            return True
        for sentence in _SENTENCE_SPLIT.split(" ".join(line.split()).lower().replace("’", "'")):
            if _offer(sentence, lex.offers):
                return True
    return False


# "About Kell Trust": a short heading of its own over a release's note on who sent it
_ABOUT = re.compile(r"About(?: (?:the|[A-Z][\w'’&.-]*)){1,5}:?")
# the space after a sentence's closing mark, to split a line into its sentences
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


# a numbered or bulleted note ("1. ", "(2) ", "• ")
_NOTE_MARK = re.compile(r"(?:\(?\d{1,2}[.)]|[•*·–-])\s")


def _in_notes(text: str, start: int) -> bool:
    """True for a sentence under a release's "Notes to editors" heading."""
    return start >= _notes_start(text)


def _in_contact_block(text: str, start: int) -> bool:
    """True for a line of a contact block: under a line that is only a [contacts] label
    ("Media contact"), with no blank line between (the name, the organisation, the number),
    when it and every line between it and the label look like contact details. A full
    sentence ends the block: story text set under a "Contact" subhead in single lines ("The
    regulator found that ...") is no contact's details."""
    contacts = furniture_lexicon().contacts
    line_start, line_end = _lines(text).around(start, start)
    if not _blank(text, line_start, start):
        return False  # not the first sentence of its line
    if not _contact_detail(text[line_start:line_end]):
        return False
    for _ in range(_CONTACT_LINES):
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1].strip()
        if not line:
            return False  # a blank line ends the block
        if line.strip(_EDGE).lower() in contacts:
            return True
        if not _contact_detail(line):
            return False  # a sentence of the story between: the block ended above it
        line_start = above
    return False


def _contact_detail(line: str) -> bool:
    """A line that may be a contact's details: one holding an e-mail or web address or a
    telephone number ("Tel: 01632 960 111"), or a short line that is no sentence (a name, a
    title, an organisation, an address: "Ann Lee, Press Officer", "14 Quay Street, Dover"):
    a few words, none of them ending a sentence (a full stop after a short abbreviation,
    "Ltd." or "Dr.", ends none)."""
    line = " ".join(line.split())
    if _CONTACT.search(line):
        return True
    if not 0 < len(line.split()) <= _CONTACT_WORDS:
        return False
    return not any(
        m.group(2) in "!?" or len(m.group(1)) > _ABBREVIATION for m in _SENTENCE_END.finditer(line)
    )


# the most words on a line of contact details that holds no number or address; a word that ends
# a sentence with its mark, and the longest abbreviation with a full stop ("Ltd.", "Dr.")
_CONTACT_WORDS = 10
_SENTENCE_END = re.compile(r"([^\s.!?]+)([.!?])[\"”’)]*(?:\s|$)")
_ABBREVIATION = 3


def _signpost(sent: Span, text: str, span: tuple[int, int]) -> bool:
    """ "Jess Talbot in London:", "Nadia Ferrow again:", "Nadia Ferrow reports from the
    seafront:": a short line of its own that ends in a colon, opens with a name and holds
    nothing but [signposts] words, prepositions, articles, nouns and names says who files the
    dispatch after it on a live blog; it claims nothing. "Roe said:" is a quote's lead, and a
    line with a clause of its own ("where two people were rescued:") claims something."""
    if not text[span[0] : span[1]].rstrip().endswith(":"):
        return False
    line_start, line_end = _lines(text).around(*span)
    if not (_blank(text, line_start, span[0]) and _blank(text, span[1], line_end)):
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > _SIGNPOST_WORDS or words[0].pos_ != "PROPN":
        return False
    name = 0
    while name < len(words) and words[name].pos_ == "PROPN" and words[name].text[:1].isupper():
        name += 1
    if name < 2:
        return False  # a first name and a surname: "Roe:" alone may be a transcript's turn
    signs = furniture_lexicon().signposts
    return all(
        t.lower_ in signs or t.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ") for t in words[name:]
    )


# the most words a reporter's signpost line holds ("Nadia Ferrow reports from the seafront in
# Marrowby:")
_SIGNPOST_WORDS = 10


# a line that is only an e-mail address, a web address or a telephone number
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\+?[\d(][\d ()./-]{6,}\d"
)


# dashes that open a sign-off after a quote ("— Jan Roe")
_SIGN_OFF_DASHES = frozenset("―—–-")


def _credit_line(sent: Span) -> bool:
    """'Getty/Instagram.', 'AP Photo/Jan Roe', '— Jan Roe' after a quote: a photo credit or a
    sign-off only names who made or said something; it asserts nothing, so it has no voice.
    Known by its typography (a slash between names, a dash before them), not by any name."""
    words = [t for t in sent if any(ch.isalnum() for ch in t.text)]
    if not words:
        return False
    lead = "".join(t.text for t in sent if t.i < words[0].i)
    signed = any(ch in _SIGN_OFF_DASHES for ch in lead)
    if signed and sent.root.pos_ == "PROPN" and not any(t.tag_ in FINITE_TAGS for t in words):
        # '— Jan Roe, in a campaign video posted on May 3.': a sign-off that says where the
        # words above came from; a name with no finite verb of its own claims nothing
        return True
    if not all(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return False
    return any(t.text == "/" for t in sent) or signed


def _name_line(sent: Span, text: str, span: tuple[int, int]) -> bool:
    """ "The Harbour Gazette", "Marrow Business, Port Elwin": a short line at the head of the
    article that is only a name (the masthead, a section, a place) names something and claims
    nothing. Known by its shape: a line of its own among the first few, of capitalised names
    (with "the", "of", "and" between them) and no verb, set above a headline or below a byline
    (a title-case headline alone is read as a headline). A place in capitals ("GENEVA", "NEW
    YORK": a dateline on a line of its own) is such a name whatever the tagger makes of it; of
    more than one word only below a byline (above a headline it may be a headline in capitals,
    "STOCKS PLUNGE") and only when the tagger reads every word as a name (a common noun or a
    verb among them is a headline in capitals: "PORT FEES SOAR", "STRIKE ENDS")."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > 6 or any(t.text not in _NAME_MARKS for t in sent if t.is_punct):
        return False
    capitals = len(words) <= _CAPITAL_WORDS and all(t.is_alpha and t.is_upper for t in words)
    if capitals and len(words) > 1 and any(t.pos_ != "PROPN" for t in words):
        capitals = False
    if not capitals and not all(
        t.lower_ in _NAME_JOINERS or (t.is_alpha and t.text[0].isupper() and t.pos_ == "PROPN")
        for t in words
    ):
        return False
    line_start, line_end = _lines(text).around(*span)
    if not (_blank(text, line_start, span[0]) and _blank(text, span[1], line_end)):
        return False
    above = _lines_between(text, 0, line_start, _HEAD_LINES)
    if len(above) >= _HEAD_LINES:
        return False
    below = _lines_between(text, line_end, len(text), 1)
    headline_below = bool(below) and len(below[0].split()) <= 20
    if headline_below and below[0].endswith((".", '"', "”")):
        headline_below = False
    if capitals and len(words) > 1:
        headline_below = False
    return headline_below or (bool(above) and is_byline(above[-1]))


def _section_label(sent: Span, text: str, span: tuple[int, int]) -> bool:
    """ "Weather", "Concert news", "World news in brief": a short line of its own that is a
    section's label ([section_labels]), or one after at most two nouns or adjectives, with no
    closing mark, names a part of the paper, not anything that happened; it claims nothing,
    wherever it stands. Only the words before the label are tested (the small model may tag
    "Weather" as a verb); a headline that ends in a label word ("Roe to quit politics", "Good
    news for business") has more words, a verb, "to" or a preposition, and stays a claim."""
    line_start, line_end = _lines(text).around(*span)
    found = _lines(text).answer("label", line_start, line_end, _label_line)
    if found is None:
        return False
    words, label = found
    line_span = sent.doc.char_span(line_start, line_end, alignment_mode="expand")
    if line_span is None:
        return False
    before = len(words) - len(label.split())
    if before > _LABEL_MODIFIERS:
        return False  # "Fresh blow for local business": a headline, not a label
    kept = [t for t in line_span if not t.is_space][:before]
    # only nouns and adjectives before the label ("World news in brief", "Concert news"), no
    # verb, "to" or preposition ("Roe quits politics", "Roe out of politics"); the small model
    # may read a capitalised first word as a base form ("Harbour news")
    return all(t.tag_ in _LABEL_TAGS or (k == 0 and t.tag_ == "VB") for k, t in enumerate(kept))


def _note_line(line: str) -> tuple[int, str] | None:
    """A short line wholly in brackets, as (where it opens after any spaces, the line
    stripped), or None."""
    bare = line.strip()
    if len(bare) < 3 or (bare[0], bare[-1]) not in (("(", ")"), ("[", "]")):
        return None
    inner = bare[1:-1]
    if any(ch in "()[]\n" for ch in inner) or not 0 < len(inner.split()) <= _LABEL_WORDS:
        return None
    return line.index(bare), bare


def _editor_note(sent: Span, text: str, span: tuple[int, int]) -> bool:
    """ "(Unofficial translation)", "[Full text]", "(Updated 3 March)": a short line of its own
    wholly in brackets, with no verb form and no figure, or opening with a word of
    [editor_notes] and no verb form after it, is the editor's note on the text; it claims
    nothing. The parser may leave the opening bracket with the sentence before, so the whole
    line is read. A bracketed sentence with a verb of its own ("(The ministry did not reply.)")
    or a headline's participle ("(Seven arrested after clashes)") stays a claim."""
    line_start, line_end = _lines(text).around(*span)
    found = _lines(text).answer("note", line_start, line_end, _note_line)
    if found is None:
        return False
    lead_space, line = found
    inner = line[1:-1]
    at = line_start + lead_space
    note = sent.doc.char_span(at, at + len(line), alignment_mode="expand")
    if note is None or any(t.tag_ in FINITE_TAGS for t in note):
        return False
    low = inner.lower().strip()
    lead = next(
        (
            w
            for w in furniture_lexicon().editor_notes
            if low == w or low.startswith((f"{w} ", f"{w}:"))
        ),
        None,
    )
    if lead is not None:
        # "(Updated 3 March)", "[Corrected]", "(Edited for length)": the editor's words on the
        # text; not "(Updated: two more deaths confirmed)", which tells what happened
        rest = sent.doc.char_span(at + 1 + len(lead), at + len(line), alignment_mode="expand")
        return rest is not None and not any(t.tag_ in _VERB_FORMS for t in rest)
    # no verb form and no figure: "(Seven arrested after clashes)" states what happened
    return not any(t.tag_ in _VERB_FORMS or t.like_num for t in note)


def _label_line(line: str) -> tuple[list[str], str] | None:
    """The words of a short line of one line's letters that ends in a [section_labels] label,
    and the label; None for any other line."""
    words = line.split(maxsplit=_LABEL_WORDS)
    if not words or len(words) > _LABEL_WORDS or "\n" in line:
        return None
    if not all(w.replace("-", "").replace("&", "").isalpha() for w in words):
        return None  # a figure, a mark: "Sport: 3-1", "Good news!"
    low = " ".join(words).lower()
    label = next(
        (x for x in furniture_lexicon().section_labels if low == x or low.endswith(" " + x)), None
    )
    return None if label is None else (words, label)


# the most words on a section label's line ("World news in brief") or in an editor's note
_LABEL_WORDS = 6
# the most words before a section's label ("Business news in brief"), and what they are tagged
_LABEL_MODIFIERS = 2
_LABEL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})


def _lines_between(text: str, start: int, end: int, most: int) -> list[str]:
    """The first ``most`` non-empty lines of text[start:end], stripped (read line by line, so a
    long article is not split whole for every short line)."""
    out: list[str] = []
    pos = start
    while pos < end and len(out) < most:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop].strip()
        if line:
            out.append(line)
        pos = stop + 1
    return out


# how far down the head of an article runs (headline, byline, date, masthead), the words that
# may join the parts of a name, and the only marks it may hold
_HEAD_LINES = 5
_NAME_JOINERS = frozenset({"the", "of", "and", "&"})
_CAPITAL_WORDS = 3  # the most words of a place in capitals on a dateline ("RIO DE JANEIRO")
_NAME_MARKS = frozenset({",", "&", "."})


def _byline(text: str, start: int, end: int) -> bool:
    """A byline, a whole line that says who wrote the article ("By Jan Roe"): it names the
    author and asserts nothing, so it has no voice and is no claim."""
    lines = _lines(text)
    line_start, line_end = lines.around(start, end)
    # the whole line, however the parser split it ("By Priya | Ramaswamy")
    return lines.answer("byline", line_start, line_end, is_byline)


# figures on a line of labels and figures: at least this many, and no more than this many words
# for each figure
_MIN_FIGURES = 2
_WORDS_PER_FIGURE = 3


def _figures_line(
    sent: Span, text: str, span: tuple[int, int], decided: dict[int, bool] | None = None
) -> bool:
    """ "Shots 14-8. On target 5-3. Corners 7-4.", "Attendance: 23,118": a line of labels, each
    followed by its figures, with no verb, is a table of statistics set out as text; it states
    no claim in a sentence. Known by its shape: the line ends on a figure, holds two or more,
    hardly more words than figures, and no verb but a base form. The answer is the line's, so
    it is worked out once per line and kept in ``decided`` (by the line's start): an article
    set on one long line is not read whole again for each of its sentences."""
    line_start, line_end = _lines(text).around(*span)
    if decided is not None and line_start in decided:
        return decided[line_start]
    answer = _figures_shape(sent, text, line_start, line_end)
    if decided is not None:
        decided[line_start] = answer
    return answer


def _figures_shape(sent: Span, text: str, line_start: int, line_end: int) -> bool:
    """The shape test of ``_figures_line`` on the line text[line_start:line_end]."""
    # the cheap test first: the last run of text holding a letter or digit must hold a digit
    last = next(
        (w for w in reversed(text[line_start:line_end].split()) if any(c.isalnum() for c in w)),
        "",
    )
    if not any(ch.isdigit() for ch in last):
        return False
    line = sent.doc.char_span(line_start, line_end, alignment_mode="expand")
    if line is None:
        return False
    words = [t for t in line if any(ch.isalnum() for ch in t.text)]
    figures = [t for t in words if any(ch.isdigit() for ch in t.text)]
    return (
        bool(words)
        and any(ch.isdigit() for ch in words[-1].text)
        and len(figures) >= _MIN_FIGURES
        and len(words) - len(figures) <= _WORDS_PER_FIGURE * len(figures)
        and not any(t.tag_ in _VERB_FORMS for t in line)
    )


# verb forms that make a line a sentence (a lone base form is left out: the small model reads a
# capitalised label at a line's start as one, "Attendance 14,204")
_VERB_FORMS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
