"""Rule "unnamed": "regime" and "meddling" are the conventional news words for a named
government or a named country's interference ("the regime in Kavaria", "Ostrevian meddling", and
bare mentions after one), so only the unnamed verdict use is marked, or one an adjective of
condemnation makes a verdict ("the illegitimate regime"). A bare "the regime" after "the tax
regime" refers back to that system and is not marked either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from contextreader.analysis.loaded.lexicon import Entry, Lexicon
from contextreader.analysis.loaded.names import _sense_set_by_phrase
from contextreader.analysis.loaded.tokens import NOUN_MODIFIERS, _lemma, _named, _neighbour

# prepositions through which a place or person names whose government or act it is
NAMING_PREPS = frozenset({"in", "of", "by"})
_NAMED_USE_KEY = "cr_loaded.named_use"
_USES_KEY = "cr_loaded.uses"


def rule_unnamed(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'regime' as the writer's verdict ("the regime jailed reporters"), not the conventional
    name for a named government in wire copy ("the Dorvan regime", "Kavaria's regime", "the
    regime in Kavaria"); likewise 'meddling' as the news name of a named country's interference."""
    tok = doc[start]
    if _condemned(tok, lexicon):
        return start, end  # "the illegitimate regime in Kavaria": a verdict, named or not
    if _names_whose(tok) or _classified(tok):
        return None
    # "the regime" after "the Kavarian regime" is the same named government
    if _first_named_use(doc, tok.lemma_.lower(), lexicon) < tok.i:
        return None
    # "the regime" after "the current tax regime" is that system of rules again
    if _refers_to_a_system(tok, lexicon):
        return None
    return start, end


def _refers_to_a_system(tok: Token, lexicon: Lexicon) -> bool:
    """A bare use ("The regime has not changed since 1990") whose nearest earlier use with a
    modifier has the technical sense the entry excludes ("the current tax regime", "a strict
    treatment regime"): the bare word refers back to that system, as a bare "the regime" after
    "the Kavarian regime" refers back to that government. Uses in between that are bare
    themselves refer back too, so they are passed over."""
    lemma = _lemma(tok)
    entries = [e for e in lexicon.entries if e.term == lemma and e.rule == "unnamed"]
    if not entries:
        return False
    return _systems(tok.doc, lemma, tok.pos_, entries).get(tok.i, False)


def _systems(doc: Doc, lemma: str, pos: str, entries: list[Entry]) -> dict[int, bool]:
    """For each use of ``lemma`` as ``pos``, whether the nearest earlier use that settles the
    sense (a word before it or a set phrase that gives the technical sense, or any other
    modifier) gives the technical sense. One pass per doc, lemma and part of speech (kept only
    while the component runs): walking back from every use was quadratic in an article that
    uses the word a thousand times."""
    known = doc.user_data.setdefault(_USES_KEY, {})
    key = (lemma, pos)
    if key not in known:
        found: dict[int, bool] = {}
        system = False
        for t in doc:
            if t.pos_ != pos or _lemma(t) != lemma:
                continue
            found[t.i] = system
            before = _neighbour(doc, t.i - 1, -1)
            technical = before is not None and any(_lemma(before) in e.unless_prev for e in entries)
            if technical or any(_sense_set_by_phrase(t, e) for e in entries):
                system = True
            elif any(c.dep_ in NOUN_MODIFIERS | {"poss"} for c in t.children):
                system = False  # the nearest described use is another sense ("military regime")
        known[key] = found
    result: dict[int, bool] = known[key]
    return result


def _first_named_use(doc: Doc, lemma: str, lexicon: Lexicon) -> int:
    """The first token of ``lemma`` that a name qualifies (``len(doc)`` if none), found in one
    pass per doc and lemma (kept only while the component runs), not a scan per match. A use
    with a verdict ("the illegitimate regime in Kavaria") does not set up a neutral name for
    the bare uses after it."""
    known = doc.user_data.setdefault(_NAMED_USE_KEY, {})
    if lemma not in known:
        uses = (
            t.i
            for t in doc
            if t.lemma_.lower() == lemma and _names_whose(t) and not _condemned(t, lexicon)
        )
        known[lemma] = next(uses, len(doc))
    first: int = known[lemma]
    return first


def _condemned(tok: Token, lexicon: Lexicon) -> bool:
    """An adjective before the noun passes a verdict on the government (``[context]
    condemning``: "the illegitimate regime", "a corrupt and brutal regime"), not a type."""
    for mod in (c for c in tok.children if c.dep_ == "amod" and c.i < tok.i):
        words = [mod, *(c for c in mod.children if c.dep_ == "conj")]
        if any(w.lower_ in lexicon.condemning for w in words):
            return True
    return False


def _classified(tok: Token) -> bool:
    """'an authoritarian regime', 'military regimes', 'the regime of novelty': an adjective that
    sorts governments by type is political science's own term, and "regime of" an abstract
    noun is a system or order; the verdict is the bare "the regime" standing for a government."""
    if any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in tok.children):
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(g.pos_ == "NOUN" and g.ent_type_ == "" for g in prep.children if g.dep_ == "pobj"):
            return True
    return False


def _names_whose(tok: Token) -> bool:
    """True when a name qualifies the noun: "Kavaria's regime", "the regime in Kavaria"."""
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "amod", "nmod") and _named(child):
            return True
        named_pobj = any(_named(g) for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ in NAMING_PREPS and named_pobj:
            return True
    return False
