"""A headline that opens with a speaker's name and a colon: "Roe: The mill will reopen in May".

Headlines give a statement to whoever the words before the colon name, with no verb of saying
and often without quotation marks. The assertion finder already reads such a line as the
name's report (``assertions.headings._colon_lead``); this pass lists it as the name's reported
quote. Only on the title line (the text's first), with the colon among its first few words:
a "Name: ..." line in the body is a who's-who or cast list. The lead must end in the name, or
in a noun of saying or stance after its possessive ("Roe's verdict:"; not "Roe's funeral:").
The name must be a person the story has speak elsewhere or an organisation ("Harbour Board:");
never a place or a topic ("Syria:"; "Brexit:" read as a person who never speaks), a genre
label ("Analysis:"), a rubric ("The Latest:") or a kicker in capitals. What follows must be a
statement: five words or more, a main verb that is finite (not only one in a relative clause:
"Roe: the man who saved the mill"), no wh-word opening ("Roe: How a banker lost ..."), no
question mark and no quotation marks (a quote in marks is found as a direct quote, with the
name as its speaker: ``passes._headline_speakers``). An organisation the statement speaks of
as "the" and a noun for a body ("Fellgate Bank: The lender will ...") is the outlet's summary.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.furniture import furniture_lexicon, label_end
from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.direct import _Builder, _lead_names_someone
from contextreader.analysis.quotes.marks import has_mark
from contextreader.analysis.quotes.speakers import _Speaker

_MAX_TOKENS = 30  # a headline's length, as the assertion finder counts it
_LEAD_TOKENS = 6  # words before the colon: "Jan Roe:", "Harbour Board chair Jan Roe:"
_KICKER_WORDS = 3  # a kicker over the title: "Business", "World news", "EXCLUSIVE"
_MIN_WORDS = 5  # "Roe: A late comeback" is a topic, not a statement
_POSSESSIVE = ("’s", "'s")
_WH = frozenset({"WRB", "WP", "WDT", "WP$"})


def _headline_claims(b: _Builder, direct: list[tuple[int, int]]) -> None:
    """Add the statement after a headline's "Name:" lead as the name's reported quote."""
    text = b.ix.text
    taken = sorted([*direct, *(q.span for q in b.quotes)])
    title = _title_start(text)
    title_end = text.find("\n", title)
    title_end = len(text) if title_end < 0 else title_end
    for sent in b.doc.sents:
        if not title <= sent.start_char <= title_end:
            continue  # only the title: a body line "Roe: The chief executive ..." lists who is who
        found = _claim(sent, b, text, title)
        if found is None:
            continue
        span, colon, spk = found
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        b.add("indirect", span, colon, spk)


def _title_start(text: str) -> int:
    """Where the title line starts: the first line that is no kicker over it, a short line in
    capitals ("EXCLUSIVE"), a section's label ("Business", "World news": ``page_furniture.toml``
    [section_labels]) or a time stamp ("Updated 2 May"). A short headline ("Fire at mill") or a
    byline is a line of its own, so a "Name:" line under it is part of the story."""
    lex = furniture_lexicon()
    pos = 0
    for line in text.splitlines(keepends=True):
        words = line.split()
        low = " ".join(words).lower()
        kicker = (
            len(words) <= _KICKER_WORDS
            and not line.rstrip().endswith((".", "?", "!", ":"))
            and (line.isupper() or low.endswith(lex.section_labels) or low.startswith(lex.stamps))
        )
        if words and not kicker:
            return pos
        pos += len(line)
    return pos


def _claim(
    sent: Span, b: _Builder, text: str, title: int
) -> tuple[tuple[int, int], Token, _Speaker] | None:
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > _MAX_TOKENS:
        return None
    start, last = words[0].idx, words[-1]
    end = last.idx + len(last.text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if text[line_start:start].strip() or text[end : line_start + len(line)].strip():
        return None  # only a line of its own
    if line_start != title:
        return None  # a sentence later on the title's line
    if label_end(line) is not None:
        return None  # "Analysis: ...", "OPINION | ...": the outlet's own piece
    colon = next((t for t in words[1 : _LEAD_TOKENS + 1] if t.text == ":"), None)
    if colon is None:
        return None
    lead = sent.doc[words[0].i : colon.i]
    if any(not (t.is_alpha or t.text in ("’s", "'s", ".", "-")) for t in lead):
        return None
    if len(lead.text) < 2 or not _lead_names_someone(b.ix, start, colon.idx):
        return None  # "Q:", "See:", "The Latest:", "FACT CHECK:"
    person = b.ix.person_in(start, colon.idx)
    if person is None and lead[-1].ent_type_ != "ORG":
        return None  # a place or a topic before the colon says nothing
    if not _lead_ends_in_holder(lead, person, b):
        return None  # "Roe's funeral:", "Roe obituary:": the lead's head is a thing, no speaker
    stop = line_start + len(line)
    if person is not None and not _speaks_elsewhere(person[2], b, line_start, stop):
        return None  # a name the story never has speak may be a topic ("Brexit:", "Covid:")
    after = [t for t in sent.doc[colon.i + 1 : last.i + 1] if not t.is_space]
    content = [t for t in after if not t.is_punct]
    claim = text[after[0].idx : end] if after else ""
    if (
        len(content) < _MIN_WORDS
        or claim.rstrip().endswith("?")
        or (after and has_mark(text, after[0].idx, end))
        or not _states(after)
    ):
        return None
    if person is None and _describes_a_body(after):
        return None  # "Northway Bank: The lender will close ...": the outlet's summary
    span_end = end - 1 if last.text in (".", "!") else end
    if person is not None:
        spk = _Speaker((person[0], person[1]), text[person[0] : person[1]], person[2])
    else:
        name = lead.text
        spk = _Speaker((start, colon.idx), name, b.ix.person_named(name))
    return (after[0].idx, span_end), colon, spk


def _lead_ends_in_holder(lead: Span, person: tuple[int, int, str] | None, b: _Builder) -> bool:
    """Whether the lead ends in whoever holds the statement: the name itself ("Harbour Board
    chair Jan Roe:"), or a name's noun of saying or stance after a possessive ("Roe's verdict:").
    Not a name's other noun ("Roe's funeral:", "Roe obituary:"), which makes the lead a topic."""
    last = lead[-1]
    if len(lead) >= 3 and lead[-2].text in _POSSESSIVE:
        return last.lemma_.lower() in b.lex.nouns or last.lower_ in b.lex.nouns
    if any(t.text in _POSSESSIVE for t in lead):
        return False
    if person is None:
        return True  # an organisation: its name's last word was checked by the caller
    return person[1] >= last.idx + len(last.text)


def _speaks_elsewhere(pid: str, b: _Builder, line_start: int, stop: int) -> bool:
    """Whether the story has the person speak outside the headline: a quote already given to
    them, or a mention that is the subject of a verb of saying ("Vale spoke on Monday")."""
    if any(q.speaker_id == pid and not line_start <= q.span[0] < stop for q in b.quotes):
        return True
    for m_start, _, m_pid in b.ix.mentions:
        if m_pid != pid or line_start <= m_start < stop:
            continue
        tok = b.ix.token_at(m_start)
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "nsubj" and b.lex.is_cue(tok.head):
            return True
    return False


def _states(after: list[Token]) -> bool:
    """Whether the words after the colon make a statement: their main verb is finite ("The mill
    will reopen"), not only a verb inside a relative clause ("the man who saved the mill"), and
    they do not open with a wh-word ("How a banker lost everything")."""
    if not after or after[0].tag_ in _WH:
        return False
    inside = {t.i for t in after}
    for t in after:
        if t.is_punct or (t.head.i in inside and t.head.i != t.i):
            continue
        if t.tag_ in FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in t.children
        ):
            return True
    return False


def _describes_a_body(after: list[Token]) -> bool:
    """Whether the statement's subject is "the" and a noun for a body ("The lender will close
    twelve branches"): the organisation before the colon spoken of in the third person."""
    inside = {t.i for t in after}
    bodies = role_lexicon().body_nouns
    for t in after:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and t.pos_ == "NOUN":
            dets = [c.lower_ for c in t.children if c.dep_ == "det"]
            if dets == ["the"] and t.lower_ in bodies:
                return True
    return False
