"""Assertions: the voice of every sentence, and the claims the outlet makes on its own.

Every body sentence gets a ``report.Sentence`` with one voice:

- ``quoted``: mostly inside a direct quote (a sentence like '"...", X said' counts too);
- ``reported``: it carries reported speech or a partial quote with a specific speaker;
- ``vague``: attributed only to a source that names no one ("officials said", "critics say",
  "claims by some in X", "it is believed that", "reportedly");
- ``unattributed``: the outlet's own voice.

Headlines and subheads (``heading=True``) are read the same way: a headline that carries a quote
or a cue is quoted or reported; one that does not is the outlet's own, unattributed claim.

Vague and unattributed sentences become ``report.Assertion`` objects with a note in plain words
that says what is missing. Quotes come from cr_quotes; vague sources from ``vague_sources.toml``.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.paragraphs import span_is_heading
from contextreader.analysis.people import LABELS_KEY, TranscriptTurn
from contextreader.analysis.quotes import cue_lexicon
from contextreader.report import Assertion, Quote, Sentence, SentenceVoice

NO_SOURCE = "No source is named for this claim."
HEADING_NO_SOURCE = "A headline or subhead in the outlet's own words; no source is named."
QUOTED_SHARE = 0.5
# prepositions that place a source ("officials in X", "sources close to", "critics from X")
_SOURCE_PREPS = frozenset({"in", "from", "at", "within", "inside", "with", "on", "of", "close"})


@dataclass(frozen=True, slots=True)
class VagueLexicon:
    nouns: frozenset[str]
    quantifiers: frozenset[str]
    adverbs: frozenset[str]
    passive: frozenset[str]
    hedges: frozenset[str]


@cache
def vague_lexicon() -> VagueLexicon:
    """Load and check ``vague_sources.toml`` once."""
    raw = tomllib.loads(
        files("contextreader.data").joinpath("vague_sources.toml").read_text("utf-8")
    )
    parts = {}
    for key in ("nouns", "quantifiers", "adverbs", "passive", "hedges"):
        words = raw[key]["words"]
        if not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise ValueError(f"vague_sources.toml: [{key}] needs lower-case words")
        parts[key] = frozenset(words)
    return VagueLexicon(**parts)


def is_vague_source(span: Span, lex: VagueLexicon) -> bool:
    """A source phrase that names no one: its head is a vague noun or quantifier.

    A name that only qualifies the head ("US officials", "Pentagon officials", "Roe's
    advisers") still leaves the source unnamed; a name that is the head, or stands beside it
    ("Roe and others", "officials such as Jan Roe"), names someone.
    """
    head = span.root
    if head.ent_type_ in ("PERSON", "ORG"):
        return False
    for t in span:
        possessive = t.dep_ == "poss" or (t.dep_ == "compound" and t.head.dep_ == "poss")
        if t.ent_type_ == "PERSON" and t.head.i != head.i and not possessive:
            return False
        if t.ent_type_ == "PERSON" and t.dep_ in ("conj", "appos"):
            return False
    lemma = head.lemma_.lower()
    return lemma in lex.nouns or head.lower_ in lex.nouns or head.lower_ in lex.quantifiers


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    quotes: list[Quote]
    direct: list[tuple[int, int, str]]
    starts: list[int]
    lex: VagueLexicon
    # cue offsets of direct quotes with a speaker (-> quote id), and of reports that name no one
    direct_cues: list[tuple[int, str]] = field(default_factory=list)
    unnamed_cues: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class _Cue:
    """What makes a sentence vague: the words, and which kind of gap they leave."""

    span: Span
    kind: str  # source / passive / adverb / hedge

    @property
    def note(self) -> str:
        """The plain words that say what is missing."""
        text = self.span.text
        if self.kind == "passive":
            return f"'{text}' does not say who holds or said this; no source is named."
        if self.kind == "adverb":
            return f"'{text}': passed on without saying who reported it; no source is named."
        if self.kind == "hedge":
            return f"'{text}': the outlet's own impression; no source is named for it."
        return f"Attributed only to '{text}'; no one is named."


def _covered(ctx: _Ctx, s: int, e: int) -> tuple[float, str | None]:
    """Share of [s, e) inside direct quotes and the id of the quote covering most of it."""
    i = bisect_right(ctx.starts, e)
    cov, best, best_id = 0, 0, None
    for a, b, qid in ctx.direct[max(0, i - 6) : i]:
        ov = max(0, min(e, b) - max(s, a))
        cov += ov
        if ov > best:
            best, best_id = ov, qid
    return cov / max(1, e - s), best_id


def _reported_quote(sent: Span, by_sent: dict[int, list[Quote]]) -> Quote | None:
    """The quote (indirect or partial) whose cue or content is in this sentence."""
    qs = by_sent.get(sent.start, [])
    return qs[0] if qs else None


def _vague_in(sent: Span, ctx: _Ctx) -> _Cue | None:
    """A vague source or cue inside the sentence ("claims by some", "it is believed")."""
    lex = ctx.lex
    verbs = cue_lexicon()
    doc = sent.doc
    for tok in sent:
        if tok.lower_ in lex.adverbs:
            return _Cue(doc[tok.i : tok.i + 1], "adverb")
        # "it is believed that ...", "the plan is seen as ...", "he is said to ...", "she was
        # asked whether ...": a view or words given to nobody in particular
        if (
            tok.dep_ == "nsubjpass"
            and _agentless(tok.head)
            and (
                tok.head.idx in ctx.unnamed_cues
                or (
                    tok.head.lemma_ in lex.passive
                    and (tok.lower_ == "it" or _passive_frame(tok.head))
                )
            )
        ):
            return _Cue(_passive_phrase(tok), "passive")
        if tok.lemma_ in verbs.nouns and tok.pos_ == "NOUN":
            src = _by_source(tok)
            if src is not None and is_vague_source(src, lex):
                return _Cue(src, "source")
        if verbs.is_cue(tok):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                span = _source_phrase(subj)
                if is_vague_source(span, lex):
                    return _Cue(span, "source")
        if _is_hedge(tok, lex):
            return _Cue(_hedge_phrase(tok), "hedge")
    return None


def _is_hedge(tok: Token, lex: VagueLexicon) -> bool:
    """ "X seems to ...", "it appears that ...", "the speech sounded presidential": an
    impression the outlet gives as its own, with no one it comes from."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lex.hedges:
        return False
    return any(
        c.dep_ in ("xcomp", "acomp", "ccomp", "oprd", "attr")
        or (c.dep_ == "prep" and c.lower_ in ("like", "as"))
        for c in tok.children
    )


def _hedge_phrase(verb: Token) -> Span:
    """The hedging verb with a following "to"/"like"/"as if"."""
    doc = verb.doc
    end = verb.i + 1
    if end < len(doc) and doc[end].lower_ in ("to", "like"):
        end += 1
    return doc[verb.i : end]


def _passive_phrase(subj: Token) -> Span:
    """ "It is believed" with an impersonal "it"; otherwise only the verb ("is expected")."""
    verb = subj.head
    if subj.lower_ == "it":
        start = min(subj.i, verb.i)
    else:
        start = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
    return subj.doc[start : verb.i + 1]


def _agentless(verb: Token) -> bool:
    """A passive verb with no "by ..." saying who holds the view."""
    return not any(c.dep_ == "agent" for c in verb.children)


def _passive_frame(verb: Token) -> bool:
    """ "X is seen as ...", "X is expected to ...": the passive carries a view of X."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("xcomp", "oprd")
        for c in verb.children
    )


def _by_source(noun: Token) -> Span | None:
    """ "claims by some in X": the phrase after "by"/"from"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return _source_phrase(g)
    return None


def _source_phrase(head: Token) -> Span:
    """A source noun with its modifiers, without relative clauses."""
    doc = head.doc
    end = head.i + 1
    for c in head.rights:
        if c.i != end:
            break
        if c.dep_ in ("compound", "amod") or (
            c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS and c.right_edge.i - c.i <= 6
        ):
            end = c.right_edge.i + 1
        else:
            break
    return doc[head.left_edge.i : end]


def _sentences(doc: Doc) -> list[Span]:
    body = doc._.cr_body_start or 0
    out = []
    for sent in doc.sents:
        if sent.end_char <= body or not sent.text.strip():
            continue
        out.append(sent)
    return out


def _trimmed(sent: Span, text: str, skip_to: int = 0) -> tuple[int, int]:
    """The sentence without surrounding space, and without a dateline that ends at ``skip_to``."""
    s, e = max(sent.start_char, min(skip_to, sent.end_char)), sent.end_char
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _index_reported(sents: list[Span], quotes: list[Quote]) -> dict[int, list[Quote]]:
    """Sentence start token -> the indirect/partial quotes whose cue or content is in it."""
    starts = [s.start_char for s in sents]
    out: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.kind not in ("indirect", "partial") or q.speaker_text is None:
            continue
        points = [q.span[0], q.span[1] - 1] + ([q.cue_span[0]] if q.cue_span else [])
        seen = set()
        for ch in points:
            i = bisect_right(starts, ch) - 1
            if i < 0:
                continue
            key = sents[i].start
            if key not in seen:
                seen.add(key)
                out.setdefault(key, []).append(q)
    return out


@Language.component("cr_assertions", assigns=["doc._.cr_assertions", "doc._.cr_sentences"])
def assertions_component(doc: Doc) -> Doc:
    """Give every body sentence a voice; list the vague and unattributed ones as assertions."""
    quotes = list(doc._.cr_quotes or [])
    direct = sorted((q.span[0], q.span[1], q.id) for q in quotes if q.kind == "direct")
    ctx = _Ctx(doc, quotes, direct, [d[0] for d in direct], vague_lexicon())
    ctx.direct_cues = sorted(
        (q.cue_span[0], q.id)
        for q in quotes
        if q.kind == "direct" and q.cue_span is not None and q.speaker_text is not None
    )
    ctx.unnamed_cues = frozenset(
        q.cue_span[0]
        for q in quotes
        if q.kind == "indirect" and q.cue_span is not None and q.speaker_text is None
    )
    turns = _turn_quotes(doc.user_data.get(LABELS_KEY, []), quotes)
    body_sents = _sentences(doc)
    by_sent = _index_reported(body_sents, quotes)
    text = doc.text  # Doc.text is rebuilt on every access: read it once
    sentences: list[Sentence] = []
    assertions: list[Assertion] = []
    spans: list[Span | None] = []
    dateline_end = (doc._.cr_dateline or (0, 0))[1]
    for sent in body_sents:
        span = _trimmed(sent, text, dateline_end)
        if span[0] >= span[1] or not any(ch.isalnum() for ch in text[span[0] : span[1]]):
            continue  # nothing but the dateline, or a stray mark the parser split off
        heading = span_is_heading(text, *span)
        share, qid = _covered(ctx, *span)
        turn_of = _turn_of(turns, *span)
        if turn_of is not None:
            # a transcript turn ('ROE: ...'): the label and the words are the speaker's, not ours
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=turn_of))
            continue
        if share >= QUOTED_SHARE or (qid and _only_cue_outside(sent, ctx)):
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=qid))
            continue
        cue_of = _direct_cue_in(ctx, *span)
        if cue_of is not None:
            # '"...," said Jan Roe, a retiree who worked at the plant for forty years.': the
            # sentence gives the quote its speaker; it says nothing in the outlet's voice
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=cue_of))
            continue
        rq = _reported_quote(sent, by_sent)
        if rq is not None and rq.speaker_span is not None:
            src = doc.char_span(*rq.speaker_span, alignment_mode="expand")
            if src is not None and rq.speaker_id is None and is_vague_source(src, ctx.lex):
                a = _assertion(assertions, span, "vague", _Cue(src, "source"))
                sentences.append(Sentence(span=span, voice="vague", heading=heading, ref=a.id))
                spans.append(doc.char_span(*span, label="vague", alignment_mode="expand"))
                continue
            sentences.append(Sentence(span=span, voice="reported", heading=heading, ref=rq.id))
            continue
        cue = _vague_in(sent, ctx)
        status: SentenceVoice = "vague" if cue is not None else "unattributed"
        a = _assertion(assertions, span, status, cue, heading=heading)
        sentences.append(Sentence(span=span, voice=status, heading=heading, ref=a.id))
        spans.append(doc.char_span(*span, label=status, alignment_mode="expand"))
    doc._.cr_sentences = sentences
    doc._.cr_assertions = assertions
    doc.spans["cr_assertions"] = [s for s in spans if s is not None]
    return doc


def _turn_quotes(turns: list[TranscriptTurn], quotes: list[Quote]) -> list[tuple[int, int, str]]:
    """Each transcript turn's paragraph with the id of the direct quote cr_quotes made of it."""
    by_span = {q.span: q.id for q in quotes if q.kind == "direct"}
    return sorted(
        (t.paragraph[0], t.paragraph[1], by_span[t.content]) for t in turns if t.content in by_span
    )


def _turn_of(turns: list[tuple[int, int, str]], s: int, e: int) -> str | None:
    """The quote id of the transcript turn that holds most of [s, e)."""
    i = bisect_right(turns, (s, e, "\uffff")) - 1
    for a, b, qid in turns[max(0, i - 1) : i + 2]:
        if 2 * (min(e, b) - max(s, a)) >= e - s:
            return qid
    return None


def _direct_cue_in(ctx: _Ctx, s: int, e: int) -> str | None:
    """The id of a direct quote whose verb of saying lies in [s, e)."""
    i = bisect_left(ctx.direct_cues, (s, ""))
    if i < len(ctx.direct_cues) and ctx.direct_cues[i][0] < e:
        return ctx.direct_cues[i][1]
    return None


def _only_cue_outside(sent: Span, ctx: _Ctx) -> bool:
    """'"...", X said on Friday.': what is outside the quote is only the cue and its speaker."""
    verbs = cue_lexicon()
    outside = [
        t
        for t in sent
        if not t.is_punct and not t.is_space and _covered(ctx, t.idx, t.idx + len(t.text))[0] == 0
    ]
    return len(outside) <= 8 and any(verbs.is_cue(t) for t in outside)


def _assertion(
    out: list[Assertion],
    span: tuple[int, int],
    status: str,
    cue: _Cue | None,
    *,
    heading: bool = False,
) -> Assertion:
    if status == "vague" and cue is not None:
        note = cue.note
    elif status == "vague":
        note = "Attributed only to an unnamed source."
    elif heading:
        note = HEADING_NO_SOURCE
    else:
        note = NO_SOURCE
    a = Assertion(
        id=f"assertion{len(out) + 1}",
        span=span,
        status=status,  # type: ignore[arg-type]
        cue_span=(cue.span.start_char, cue.span.end_char) if cue is not None else None,
        note=note,
    )
    out.append(a)
    return a
