"""The outlet's own verdict on a claim.

"Roe's claim that crime doubled is false", "We rate this claim false" and "The claim is not
supported by the figures" hold someone's claim, but the sentence is the outlet's verdict on it:
the claim's words give the sentence no voice, and no vague mark (the claim is the topic).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import _Ctx


def _verdict_words(sent: Span, ctx: _Ctx) -> frozenset[int]:
    """A verdict on a claim in the outlet's voice: "Roe's claim that crime doubled is false"
    (a noun of saying as the subject of "be" with a truth value), or the outlet's rating in
    the first person plural, "We rate this claim false". The claim's own words are its
    holder's, but the sentence is the outlet's claim about them: the tokens of the claim (and
    of the rating verb) are returned, to be passed over when the sentence's voice is sought;
    an empty set when the sentence passes no such verdict."""
    truth = ctx.alex.truth_values
    for verb in sent:
        if verb.pos_ not in ("AUX", "VERB"):
            continue
        kids = list(verb.children)
        weighed = _weighed_claim(verb, kids, ctx)
        if weighed is not None:
            return frozenset(t.i for t in weighed.subtree)
        if not any(c.lower_ in truth and c.dep_ in _VERDICT_DEPS for c in kids):
            continue
        if verb.lemma_ == "be":
            claim = next((c for c in kids if c.dep_ == "nsubj"), None)
            rater = None
        else:
            claim = next((c for c in kids if c.dep_ == "dobj"), None)
            rater = next((c for c in kids if c.dep_ == "nsubj"), None)
            if rater is None or rater.lower_ != "we" or verb.dep_ not in ("ROOT", "conj"):
                continue  # "experts rate the claim false": the experts' view
        if claim is None or not _claim_noun(claim, ctx):
            continue
        words = {t.i for t in claim.subtree}
        if rater is not None:
            words |= {verb.i, rater.i}
        return frozenset(words)
    return frozenset()


# where a verdict's truth value hangs: "is false", "rate this claim false" (read as an adverb)
_VERDICT_DEPS = frozenset({"acomp", "attr", "oprd", "advmod", "xcomp", "ccomp", "dep"})


def _weighed_claim(verb: Token, kids: list[Token], ctx: _Ctx) -> Token | None:
    """ "The claim that crime halved is not supported by the figures": a verb that weighs a
    claim against evidence ([verifications]), in the passive with a "by" phrase, whose subject
    is a noun of saying; that noun, or None."""
    if verb.lemma_.lower() not in ctx.alex.verifications:
        return None
    if not any(c.dep_ == "agent" for c in kids):
        return None
    claim = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    return claim if claim is not None and _claim_noun(claim, ctx) else None


def _claim_noun(noun: Token, ctx: _Ctx) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in ctx.alex.nouns or lemma in ctx.verbs.nouns)
