"""Rules for verbs of saying: "admit" or "insist" are loaded only as verbs that introduce
speech (rule "saying"), some only where the matter is disputed ("disputed-saying"); a verb of
attack ("slam", "blast") is a loaded verb of saying only where it attacks a person, a body or what
they said or did, not a door or rock ("attacking").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from contextreader.analysis.headlines import HEADLINE_COPY_KEY
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.rules.doubt import _contested, _Scope
from contextreader.analysis.loaded.tokens import (
    CLAUSAL,
    NAMED_GOVERNMENT,
    QUOTE_CHARS,
    _lemma,
    _personal,
)
from contextreader.analysis.paragraphs import sentence_is_heading
from contextreader.analysis.quotes.lexicon import cue_lexicon

# per-doc lookups the rules share while the component runs (removed when it finishes)
_CUE_STARTS_KEY = "cr_loaded.cue_starts"


def _introduces_speech(tok: Token) -> bool:
    """A verb that introduces what someone said: it takes a clause, or a quote hangs on it."""
    if any(c.dep_ in CLAUSAL for c in tok.children) or tok.dep_ == "parataxis":
        return True
    if tok.idx in _cue_starts(tok.doc):
        return True
    # '..., he insisted.' : a subject, no object, and quotation marks in the sentence
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    has_object = any(c.dep_ in ("dobj", "prep", "prt", "agent") for c in tok.children)
    quoted = any(t.text in QUOTE_CHARS for t in tok.sent)
    return has_subject and not has_object and quoted


def _cue_starts(doc: Doc) -> set[int]:
    """Where the cue of each quote starts, gathered once per doc (kept only while the component
    runs), not once per verb of saying."""
    found = doc.user_data.get(_CUE_STARTS_KEY)
    if found is None:
        found = {q.cue_span[0] for q in doc._.cr_quotes or [] if q.cue_span}
        doc.user_data[_CUE_STARTS_KEY] = found
    return found


def rule_saying(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'admit' or 'insist' are loaded only as verbs of saying, not in 'admitted to hospital'."""
    tok = doc[start]
    if tok.pos_ not in ("VERB", "AUX") or not _introduces_speech(tok):
        return None
    return start, end


def rule_disputed_saying(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """'insisted', 'admitted', 'conceded' hint at a verdict only where the matter is disputed.

    Elsewhere they are ordinary reporting ("she admitted the error"), and marking every one
    would bury the marks that matter. Unlike "claimed", what the speaker insists on counts: one
    who insists that a report is false is a side in a dispute.
    """
    found = rule_saying(doc, start, end, lexicon)
    scope: _Scope = (range(start, end), set(range(start, end)), set())
    if found is None or not _contested(doc[start].sent, scope, lexicon):
        return None
    return found


def rule_attacking(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of attack ("slam", "blast") is a loaded verb of saying where it attacks someone
    or what they said or did: a person or body ("slammed the mayor", "the minister was
    slammed"), a decision, statement or work (``[context] criticised``, plain measures, nouns of
    saying: "blasted the report"), an "as" complement ("blasted the plan as reckless"), or where
    it introduces speech ("'A disgrace,' the coach blasted"). Without such a target it is the
    physical act: "slammed the door", "slammed on the brakes", "blasted rock from the hillside",
    "blasted music"."""
    verb = doc[start:end].root
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in CLAUSAL for c in verb.children) or verb.dep_ == "parataxis":
        return start, end
    if verb.idx in _speech_cues(doc):
        return start, end
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children):
            return start, end  # "blasted the plan as reckless", "was slammed as a stunt"
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if (
        not targets
        and verb.tag_ in ("VBD", "VBN")
        and _in_a_headline(verb)
        and any(c.lower_ in lexicon.grounds for c in verb.children if c.dep_ == "prep")
        and all(c.lower_ in lexicon.grounds for c in verb.children if c.dep_ == "prep")
        and not any(c.dep_ in ("prt", "advmod") for c in verb.children)
    ):
        # a headline's passive without its "is" ("Council Slammed Over Ferry Cuts"), which
        # the parse reads as an act of the subject with no object: the subject is attacked
        # (``[context] grounds``: not "slammed into a van", "slammed shut"); in a body
        # sentence the same words are an act ("the miners blasted in the tunnel")
        targets = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "amod":
        targets.append(verb.head)  # "the much-slammed plan", or a misparse: "slammed Mayor Roe"
    targets += [g for t in targets for g in t.children if g.dep_ == "conj"]
    if any(_criticised(t, lexicon) for t in targets):
        return start, end
    return None


def _in_a_headline(tok: Token) -> bool:
    """Whether the word stands in a headline: a title-case one read on its lower-case copy, or
    a line of its own that reads as a heading."""
    return bool(tok.doc.user_data.get(HEADLINE_COPY_KEY)) or sentence_is_heading(tok.sent)


def _criticised(tok: Token, lexicon: Lexicon) -> bool:
    """Someone or something of theirs that criticism can hit: a person or body (a name, a
    pronoun, a people noun), a decision, statement or work, a measure, a noun of saying."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_GOVERNMENT or _personal(tok, lexicon):
        return True  # a name: "slammed Roe", "blasted Kavaria", "slammed the Ledger"
    lemma = _lemma(tok)
    return lemma in lexicon.criticised or lemma in lexicon.measures or lemma in cue_lexicon().nouns


def _speech_cues(doc: Doc) -> set[int]:
    """Where the cue of each direct or partial quote starts: a verb that introduces quoted
    words. (An indirect quote made of a verb's object, "slammed the door", is no evidence of
    speech, since the object is what a verb of attack needs to be told apart.)"""
    return {
        q.cue_span[0]
        for q in doc._.cr_quotes or []
        if q.cue_span and q.kind in ("direct", "partial")
    }


def rule_not_by_an_advert(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A verb of promoting ("tout") is apt, not a loaded verb of saying, where the one that
    promotes is a thing made to promote (``[context] adverts``): "the ad touts her record",
    "a brochure touting the hotel's views", "her record is touted in the ad". Where a person or
    a body does it ("the mayor touted the deal", "the campaign touts her record in an ad") it
    casts their praise as salesmanship and is marked."""
    verb = doc[start:end].root
    return None if any(_lemma(t) in lexicon.adverts for t in _promoters(verb)) else (start, end)


def _promoters(verb: Token) -> list[Token]:
    """Who or what does the promoting: the verb's subject (or the first verb's, for a verb
    joined to it: "the ad attacks her rival and touts her record"), the noun a relative or a
    participle clause hangs on ("the brochure, which touts ...", "a brochure touting ..."), and
    for a passive its "by" phrase, or with none its "in" phrase ("is touted by the brochure",
    "is touted in the ad"; "touted in a brochure by the minister" is the minister's)."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    found = [s for s in subjects if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")]
    if verb.dep_ in ("acl", "relcl") and not found:
        found.append(verb.head)
    if any(s.dep_ == "nsubjpass" for s in subjects):
        phrases = {
            p: [g for g in c.children if g.dep_ == "pobj"]
            for p in ("by", "in")
            for c in verb.children
            if c.dep_ in ("agent", "prep") and c.lower_ == p
        }
        # "touted in a brochure by the minister": who does it is the "by" phrase, also where
        # the parse hangs it on the advert
        authors = [
            g
            for o in phrases.get("in", [])
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        found += phrases.get("by") or authors or phrases.get("in") or []
    return found
