"""A headline that opens with a speaker's name and a colon: "Roe: The mill will reopen in May".

Headlines give a statement to whoever the words before the colon name, with no verb of saying
and often without quotation marks. The assertion finder already reads such a line as the
name's report (``assertions.headings._colon_lead``); this pass lists it as the name's reported
quote. Only on a short line of its own, with the colon among its first few words. The name
must be a person the story names again or an organisation ("Harbour Board:"); never a place
or a topic ("Syria:"; "Brexit:" read as a person the story never comes back to), a genre
label ("Analysis:"), a rubric ("The Latest:") or a kicker in capitals. What follows must be a
statement: five words or more, a finite verb, no question mark and no quotation marks (a
quote in marks is found as a direct quote, with the name as its speaker:
``passes._headline_speakers``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.paragraphs import label_end
from contextreader.analysis.quotes.direct import _Builder, _lead_names_someone
from contextreader.analysis.quotes.speakers import _Speaker

_MAX_TOKENS = 30  # a headline's length, as the assertion finder counts it
_LEAD_TOKENS = 6  # words before the colon: "Jan Roe:", "Harbour Board chair Jan Roe:"
_MIN_WORDS = 5  # "Roe: A late comeback" is a topic, not a statement
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MARKS = '"“”‘’«»'


def _headline_claims(b: _Builder, direct: list[tuple[int, int]]) -> None:
    """Add the statement after a headline's "Name:" lead as the name's reported quote."""
    text = b.ix.text
    taken = sorted([*direct, *(q.span for q in b.quotes)])
    for sent in b.doc.sents:
        found = _claim(sent, b, text)
        if found is None:
            continue
        span, colon, spk = found
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        b.add("indirect", span, colon, spk)


def _claim(sent: Span, b: _Builder, text: str) -> tuple[tuple[int, int], Token, _Speaker] | None:
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
    stop = line_start + len(line)
    if person is not None and not any(
        m[2] == person[2] and not line_start <= m[0] < stop for m in b.ix.mentions
    ):
        return None  # a name the story never comes back to may be a topic ("Brexit:")
    after = [t for t in sent.doc[colon.i + 1 : last.i + 1] if not t.is_space]
    content = [t for t in after if not t.is_punct]
    claim = text[after[0].idx : end] if after else ""
    if (
        len(content) < _MIN_WORDS
        or claim.rstrip().endswith("?")
        or any(ch in claim for ch in _MARKS)
        or not any(t.tag_ in _FINITE for t in content)
    ):
        return None
    span_end = end - 1 if last.text in (".", "!") else end
    if person is not None:
        spk = _Speaker((person[0], person[1]), text[person[0] : person[1]], person[2])
    else:
        name = lead.text
        spk = _Speaker((start, colon.idx), name, b.ix.person_named(name))
    return (after[0].idx, span_end), colon, spk
