"""Attributions embedded in a noun phrase: "victims of what police said was an arson".

A free relative "what X said was Y" (also "what X described as Y", "what X believed to be
Y") names a thing, Y, and credits that naming to X. The whole of it is a noun phrase, and it
can hang on a noun ("victims of what ...") that is the subject of the sentence's own verb of
saying. The small parser often breaks the phrase up: it takes Y for the subject of the main
verb, or the copula for a clause the main verb reports. These helpers find the phrase on the
words themselves, so the main verb keeps its real speaker (the noun the phrase hangs on) and
the embedded verb reports only "was Y" for X.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.quotes.lexicon import CueLexicon

_SUBJECT_MAX = 6  # words of X in "what X said"
_PREDICATE_MAX = 12  # words of "was Y" up to the main verb
_HOST_POS = ("DET", "ADJ", "NUM", "NOUN", "PROPN")
_CLAUSE_OPENERS = ("WDT", "WP", "WP$", "WRB")


@dataclass(slots=True, frozen=True)
class Embedded:
    """ "[host of] what X <verb> was Y": token indices into the doc, ends exclusive."""

    what: int  # the "what" that opens the free relative
    verb: int  # the verb of saying inside it
    predicate: int  # the copula or "as" after the verb: "was Y" starts here
    end: int  # the token after Y (the main verb, or the sentence's end)
    host: int | None  # the first word of the noun phrase the free relative hangs on


def embedded_at(verb: Token, lex: CueLexicon) -> Embedded | None:
    """The embedded attribution whose verb of saying is ``verb``, or None."""
    if lex.lemma(verb) not in lex.verbs and lex.lemma(verb) not in lex.thought:
        return None
    what = _what_before(verb)
    predicate = _predicate_start(verb)
    if what is None or predicate is None:
        return None
    end = _predicate_end(verb.doc[predicate])
    if end is None:
        return None
    return Embedded(what.i, verb.i, predicate, end, _host_start(what))


def embedded_before(cue: Token, lex: CueLexicon) -> Embedded | None:
    """The embedded attribution that ends right before ``cue`` (an auxiliary, a negation or an
    adverb may stand between: "victims of what police said was an arson have told ..."), so
    that the phrase, or the noun it hangs on, is the cue's subject."""
    sent = cue.sent
    for tok in sent:
        if tok.i >= cue.i:
            return None
        if tok.lower_ != "what":
            continue
        for verb in tok.doc[tok.i + 2 : min(cue.i, tok.i + 2 + _SUBJECT_MAX)]:
            emb = embedded_at(verb, lex) if verb.pos_ in ("VERB", "AUX") else None
            if emb is not None and emb.what == tok.i and _only_auxiliaries(cue, emb.end):
                return emb
    return None


def inside_embedded(tok: Token, cue: Token, lex: CueLexicon) -> bool:
    """True when ``tok`` lies in an embedded attribution that ends right before ``cue``: the
    parser's subject or clause there is part of the noun phrase, not the cue's own."""
    emb = embedded_before(cue, lex)
    return emb is not None and emb.what <= tok.i < emb.end


def _what_before(verb: Token) -> Token | None:
    """The "what" a few words before the verb, with only its subject between (no verb and
    no punctuation): "what [the city's police] said"."""
    doc = verb.doc
    start = max(verb.sent.start, verb.i - _SUBJECT_MAX - 1)
    for i in range(verb.i - 1, start - 1, -1):
        t = doc[i]
        if t.lower_ == "what":
            return t if i < verb.i - 1 else None
        if t.is_punct or t.pos_ in ("VERB", "AUX") or t.tag_ in FINITE_TAGS:
            return None
    return None


def _predicate_start(verb: Token) -> int | None:
    """Where "was Y" starts after the verb: a finite copula, "as", or "to be"."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end:
        return None
    nxt = doc[verb.i + 1]
    if nxt.lemma_ == "be" and nxt.tag_ in ("VBD", "VBZ", "VBP"):
        return nxt.i
    if nxt.lower_ == "as":
        return nxt.i
    if nxt.lower_ == "to" and verb.i + 2 < verb.sent.end and doc[verb.i + 2].lower_ == "be":
        return nxt.i
    return None


def _predicate_end(copula: Token) -> int | None:
    """The token after Y: the next finite verb in the sentence, when Y (a noun phrase with
    its modifiers) runs up to it with no punctuation; None when there is no such verb, or
    when a clause of Y's own opens first ("an outlet that was biased", "a claim that the
    fund is empty"): its verb may be Y's, and where Y ends is then the parser's call."""
    doc = copula.doc
    first = copula.i + (2 if copula.lower_ == "to" else 1)
    limit = min(copula.sent.end, first + _PREDICATE_MAX)
    for i in range(first, limit):
        t = doc[i]
        if t.tag_ in FINITE_TAGS:
            return i if i > first else None
        if (t.is_punct and t.text not in ("-", "–")) or t.tag_ in _CLAUSE_OPENERS:
            return None
        if t.lower_ == "that":
            return None
    return None


def _only_auxiliaries(cue: Token, end: int) -> bool:
    """True when only auxiliaries, negations and adverbs stand between ``end`` and the cue."""
    between = cue.doc[end : cue.i]
    return end <= cue.i and all(t.pos_ in ("AUX", "PART", "ADV") for t in between)


def _host_start(what: Token) -> int | None:
    """The first word of the noun phrase a free relative hangs on by a preposition ("the
    victims of what ..."), or None when it stands alone ("What police said was ...")."""
    doc = what.doc
    start = what.sent.start
    if what.i - 2 < start or doc[what.i - 1].tag_ != "IN":
        return None
    head = doc[what.i - 2]
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    i = head.i
    while i - 1 >= start and (doc[i - 1].pos_ in _HOST_POS or doc[i - 1].tag_ == "POS"):
        i -= 1
    return i
