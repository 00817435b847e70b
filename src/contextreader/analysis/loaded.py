"""Loaded terms: words that colour the text, each with a note, a neutral alternative and a voice.

``cr_loaded`` matches the curated lexicon (``data/loaded_terms.toml``, see ``lexicon.py``) on
lemmas, so "smears", "smeared" and "smearing" all find the entry "smear", and multi-word phrases on
their lower-cased or lemmatised words. Matches then pass the context checks that keep marks
trustworthy:

* a word inside a proper name is not loaded ("Regime Change Films", "the Reckless Hearts", an
  ORG/PERSON/WORK_OF_ART... entity), nor in a technical sense the entry excludes ("tax regime");
* "so-called X" marks "so-called" together with the noun phrase it distances the writer from;
* "alleged"/"allegedly" is the standard legal caution in crime and court reporting, so it is only
  marked as doubt where nothing in the sentence (or the one before) is about courts or police;
* "claim" is marked only where it frames a statement ("claimed that ...", "claims by critics",
  "claims that ..."), not as a right or demand ("insurance claims", "claimed responsibility");
* every scare quote the quotes component found (``Quote.kind == "scare"``) becomes a mark, unless
  the quoted words are a title.

Each mark gets a voice from where it sits: "quoted" inside a direct or partial quote, "reported"
inside reported speech, otherwise "outlet" (see ``voice_of``). Overlapping matches keep the
contextual or longer one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.lexicon import Entry, Lexicon, load_lexicon
from contextreader.analysis.paragraphs import sentence_is_heading
from contextreader.report import LoadedTerm, Quote, Voice

# entity types whose words are names, not the writer's word choice
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# a preposition after "claims" that names who makes them: "claims by critics"
CLAIM_PREPS = frozenset({"by"})
# dependency labels of a clause a verb of saying introduces
CLAUSAL = frozenset({"ccomp", "xcomp", "acl", "relcl", "parataxis"})
QUOTE_CHARS = frozenset("\"'“”‘’«»")
SO_CALLED_NP = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# heads a stance adverb can qualify after "is"/"has": 'was clearly wrong', 'has clearly failed'
LINKED = frozenset({"VERB", "AUX", "ADJ"})


# -- voice ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VoiceIndex:
    """Disjoint, sorted character spans of speakers' words and of reported speech.

    Built once per doc from the quote list so each lookup is a bisect, not a scan of every quote.
    """

    quoted: tuple[tuple[int, int], ...]
    reported: tuple[tuple[int, int], ...]

    @classmethod
    def from_quotes(cls, quotes: Iterable[Quote]) -> VoiceIndex:
        quotes = list(quotes)
        quoted = [q.span for q in quotes if q.kind in ("direct", "partial")]
        reported = [q.span for q in quotes if q.kind == "indirect"]
        return cls(_union(quoted), _union(reported))


def _union(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Merge overlapping spans (a partial quote inside reported speech, nested quotes)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``span`` starts inside one of the disjoint sorted ``spans``."""
    i = bisect.bisect_right(spans, (span[0], float("inf"))) - 1
    return i >= 0 and spans[i][0] <= span[0] < spans[i][1]


def voice_of(span: tuple[int, int], index: VoiceIndex) -> Voice:
    """Whose words the marked span is: a speaker's (quoted), reported speech, or the outlet's."""
    if _inside(span, index.quoted):
        return "quoted"
    if _inside(span, index.reported):
        return "reported"
    return "outlet"


# -- names and context ---------------------------------------------------------------------


def _title(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_upper


def part_of_name(tok: Token, in_heading: bool) -> bool:
    """A word that belongs to a name ("Regime Change Films") is not the writer's word choice.

    Named entities always count. Outside headings (which capitalise every word) a capitalised
    word is a name when it is not the first of its sentence, or when it opens a run of
    capitalised words.
    """
    if tok.ent_type_ in NAME_ENTS:
        return True
    if in_heading or not _title(tok):
        return False
    if not tok.is_sent_start:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and _title(nxt) and nxt.sent == tok.sent


def _legal_context(sent: Span, legal: frozenset[str]) -> bool:
    """True when the sentence or the one before is about courts, charges or police."""
    doc = sent.doc
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return any(t.lemma_.lower() in legal or t.lower_ in legal for t in doc[start : sent.end])


# a context rule: given the lexicon match, return the token span to mark, or None to drop it
Rule = Callable[[Doc, int, int, Lexicon], tuple[int, int] | None]


def rule_so_called(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'so-called X': mark the phrase together with the noun phrase it puts at a distance."""
    sent_end = doc[start].sent.end
    j, last = end, end
    while j < sent_end and j - end < 8:
        tok = doc[j]
        if tok.pos_ in SO_CALLED_NP or tok.text in QUOTE_CHARS or tok.text == "-":
            if tok.pos_ in ("NOUN", "PROPN", "NUM"):
                last = j + 1
            elif tok.text in QUOTE_CHARS and last == j and j > end:
                last = j + 1  # a closing quote right after the noun
            j += 1
            continue
        break
    return start, last


def rule_alleged(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'alleged' is doubt outside court and crime reporting, where it is the legal caution."""
    if _legal_context(doc[start].sent, lexicon.legal):
        return None
    return start, end


def rule_claims(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'claim' as a statement of contested truth, not a demand, a right or a toll."""
    tok = doc[start]
    children = list(tok.children)
    modified = any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ != "PRON" for c in children)
    if modified and tok.pos_ == "NOUN":
        return None  # "insurance claims", "the company's claim"
    if tok.pos_ == "VERB":
        if any(c.dep_ in CLAUSAL for c in children) or tok.dep_ in ("parataxis",):
            return start, end
        return None
    if tok.pos_ == "NOUN":
        for c in children:
            if c.dep_ in ("acl", "relcl", "ccomp") and any(g.lower_ == "that" for g in c.children):
                return start, end
            if c.dep_ == "prep" and c.lower_ in CLAIM_PREPS:
                return start, end
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that":
            return start, end
    return None


def _introduces_speech(tok: Token) -> bool:
    """A verb that introduces what someone said: it takes a clause, or a quote hangs on it."""
    if any(c.dep_ in CLAUSAL for c in tok.children) or tok.dep_ == "parataxis":
        return True
    cue_starts = {q.cue_span[0] for q in tok.doc._.cr_quotes or [] if q.cue_span}
    if tok.idx in cue_starts:
        return True
    # '..., he insisted.' : a subject, no object, and quotation marks in the sentence
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    has_object = any(c.dep_ in ("dobj", "prep", "prt", "agent") for c in tok.children)
    quoted = any(t.text in QUOTE_CHARS for t in tok.sent)
    return has_subject and not has_object and quoted


def rule_saying(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'admit' or 'insist' are loaded only as verbs of saying, not in 'admitted to hospital'."""
    tok = doc[start]
    if tok.pos_ not in ("VERB", "AUX") or not _introduces_speech(tok):
        return None
    return start, end


def rule_stance(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'clearly' comments on a claim ('he clearly lied'), not on manner ('she spoke clearly')."""
    tok = doc[start]
    sent = tok.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), tok)
    if tok.i == first.i:
        return start, end  # 'Clearly, ...'
    head = tok.head
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.tag_ == "MD":
        return None  # 'you can clearly see': manner, after a modal
    if head.pos_ in ("VERB", "AUX") and tok.i < head.i:
        return start, end  # 'he clearly lied'
    if prev is not None and prev.pos_ == "AUX" and head.pos_ in LINKED:
        return start, end  # 'it was clearly wrong', 'they have clearly failed'
    if (
        tok.i > 0
        and doc[tok.i - 1].text == ","
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == ","
    ):
        return start, end  # '..., clearly, ...'
    return None


RULES: dict[str, Rule] = {
    "so-called": rule_so_called,
    "alleged": rule_alleged,
    "claims": rule_claims,
    "saying": rule_saying,
    "stance": rule_stance,
}


# -- the component -------------------------------------------------------------------------


# which match wins an overlap: a noun phrase marked by "so-called" or a scare quote, then the
# other contextual rules, then plain lexicon matches (longer first within a level)
_PRIORITY = {"so-called": 2, "scare-quote": 2, "lexicon": 0}


@dataclass(slots=True)
class _Candidate:
    start: int  # token offsets
    end: int
    entry: Entry | None  # None for a scare quote
    priority: int
    quote_span: tuple[int, int] | None = None


@Language.factory("cr_loaded", assigns=["doc._.cr_loaded", "doc.spans"])
def make_loaded_terms(nlp: Language, name: str) -> LoadedTerms:
    return LoadedTerms(nlp, name)


class LoadedTerms:
    """Finds loaded terms; the matchers are built once per pipeline."""

    def __init__(self, nlp: Language, name: str = "cr_loaded", lexicon: Lexicon | None = None):
        self.name = name
        self.lexicon = lexicon or load_lexicon()
        self.entries: dict[str, Entry] = {}
        self.matcher = Matcher(nlp.vocab)
        for i, entry in enumerate(self.lexicon.entries):
            key = f"cr_loaded_{i}"
            self.entries[key] = entry
            self.matcher.add(key, _patterns(nlp, entry))

    def __call__(self, doc: Doc) -> Doc:
        heading = {s.start: sentence_is_heading(s) for s in doc.sents}
        candidates = [*self._lexicon_hits(doc, heading), *self._scare_quotes(doc)]
        index = VoiceIndex.from_quotes(q for q in (doc._.cr_quotes or []) if q.kind != "scare")
        terms: list[LoadedTerm] = []
        spans: list[Span] = []
        for cand in _without_overlaps(candidates):
            span = doc[cand.start : cand.end]
            chars = cand.quote_span or (span.start_char, span.end_char)
            terms.append(self._term(doc, cand, chars, voice_of(chars, index), len(terms) + 1))
            char_span = doc.char_span(
                chars[0], chars[1], label=terms[-1].category, alignment_mode="expand"
            )
            if char_span is not None:
                spans.append(char_span)
        doc._.cr_loaded = terms
        doc.spans[self.name] = spans
        return doc

    def _lexicon_hits(self, doc: Doc, heading: dict[int, bool]) -> Iterable[_Candidate]:
        for match_id, start, end in self.matcher(doc):
            entry = self.entries[doc.vocab.strings[match_id]]
            if not _context_ok(doc, start, end, entry, heading[doc[start].sent.start]):
                continue
            if entry.rule != "lexicon":
                found = RULES[entry.rule](doc, start, end, self.lexicon)
                if found is None:
                    continue
                start, end = found
            yield _Candidate(start, end, entry, _PRIORITY.get(entry.rule, 1))

    def _scare_quotes(self, doc: Doc) -> Iterable[_Candidate]:
        for q in doc._.cr_quotes or []:
            if q.kind != "scare":
                continue
            span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
            if span is None or len(span) == 0 or _is_title(span):
                continue
            yield _Candidate(
                span.start, span.end, None, _PRIORITY["scare-quote"], quote_span=q.span
            )

    def _term(
        self, doc: Doc, cand: _Candidate, chars: tuple[int, int], voice: Voice, n: int
    ) -> LoadedTerm:
        entry = cand.entry
        if entry is None:
            return LoadedTerm(
                id=f"t{n}",
                span=chars,
                term=" ".join(doc.text[chars[0] : chars[1]].split()),
                category="scare quotes",
                note=self.lexicon.scare_quote_note,
                alternative=None,
                voice=voice,
                rule="scare-quote",
            )
        return LoadedTerm(
            id=f"t{n}",
            span=chars,
            term=entry.term,
            category=entry.category,
            note=entry.note,
            alternative=entry.alternative,
            voice=voice,
            rule=entry.rule,
        )


def _patterns(nlp: Language, entry: Entry) -> list[list[dict[str, object]]]:
    """Token patterns for one entry: lemma and lower-case forms, restricted by POS if asked."""
    pos: dict[str, object] = {"POS": {"IN": sorted(entry.pos)}} if entry.pos else {}
    words = [t.lower_ for t in nlp.make_doc(entry.term)]
    patterns: list[list[dict[str, object]]] = []
    if len(words) == 1:
        patterns.append([{"LOWER": words[0], **pos}])
        if entry.match == "lemma":
            patterns.append([{"LEMMA": words[0], **pos}])
    else:
        patterns.append([{"LOWER": w} for w in words])
        if entry.match == "lemma":
            patterns.append([{"LEMMA": w} for w in words])
    for form in entry.forms:
        patterns.append([{"LOWER": t.lower_} for t in nlp.make_doc(form)])
    return patterns


def _context_ok(doc: Doc, start: int, end: int, entry: Entry, in_heading: bool) -> bool:
    """Drop names and the technical senses the entry lists."""
    if any(part_of_name(t, in_heading) for t in doc[start:end]):
        return False
    if start > 0 and _lemma(doc[start - 1]) in entry.unless_prev:
        return False
    return not (end < len(doc) and _lemma(doc[end]) in entry.unless_next)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _is_title(span: Span) -> bool:
    """Quoted words that are a title ("Witch Hunt", a WORK_OF_ART), not a scare quote."""
    words = [t for t in span if t.is_alpha]
    if any(t.ent_type_ == "WORK_OF_ART" for t in span):
        return True
    return len(words) >= 2 and all(_title(t) or t.is_stop for t in words) and _title(words[0])


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the contextual or longer match where matches overlap; return them in text order."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    taken: list[_Candidate] = []
    used: set[int] = set()
    for cand in ranked:
        toks = set(range(cand.start, cand.end))
        if toks & used:
            continue
        used |= toks
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)
