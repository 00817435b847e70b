"""Cues that are vague by their own words, with no holder to look for.

A hearsay adverb ("reportedly") or label ("the alleged thief", "the so-called reform", from
``vague_sources.toml``), an impression the outlet gives as its own ("seems to", "looks
doomed"), and a clause said to be known or in doubt by no one named ("it is unclear
whether").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import _Ctx, _Cue, _Found, _lemma
from contextreader.analysis.assertions.quoted import _OPENERS


def _impersonal_knowledge(adj: Token) -> _Found | None:
    """ "It is not clear whether the ferry will run", "Whether the mill reopens is unknown":
    a clause said to be known, unknown or in doubt, with an empty "it" or the clause itself
    as the subject, states what someone knows or doubts without saying who."""
    head = adj.head
    if adj.dep_ not in ("acomp", "attr", "oprd") or _copula_lemma(head) not in _COPULAS:
        return None
    kids = list(head.children)
    clause = any(c.dep_ == "csubj" for c in kids)
    it = next((c for c in kids if c.dep_ in ("nsubj", "expl") and c.lower_ == "it"), None)
    # "..., though it was doubtful she would quit": the parser may hang the copula on the
    # clause that follows it, as if "it was doubtful" were an aside in it
    hung = head.dep_ == "advcl" and head.head.i > adj.i and head.head.pos_ in ("VERB", "AUX")
    if not clause and not (
        it is not None and (hung or any(c.dep_ == "ccomp" for c in kids + list(adj.children)))
    ):
        return None
    start = min(it.i, head.i) if it is not None else head.i
    return _Found(head, _Cue(adj.doc[start : adj.i + 1], "unknown"))


def _copula_lemma(verb: Token) -> str:
    """The verb's lemma, with "be" for a contracted "'s"/"'re" however its apostrophe is
    written (the model leaves "’s" with the lemma "’")."""
    if verb.lower_.replace("’", "'") in ("'s", "'re", "'m") and verb.tag_.startswith("VB"):
        return "be"
    return verb.lemma_.lower()


# verbs that say what something is ("it is unclear", "it remains unknown", "it became clear")
_COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "look"})


def _hearsay_label(tok: Token, ctx: _Ctx) -> Span | None:
    """ "the alleged thief", "the so-called reform": a word before a noun that passes its label
    on from someone unnamed. Two-word labels are matched with or without their hyphen."""
    before_noun = tok.dep_ in ("amod", "compound", "advmod") and tok.head.pos_ in ("NOUN", "PROPN")
    if not before_noun and not (tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl")):
        return None
    doc, labels = tok.doc, ctx.lex.labels
    if tok.lower_ in labels:
        return _quoted_if_needed(doc[tok.i : tok.i + 1], tok.lower_, ctx)
    if not any(label.endswith("-" + tok.lower_) for label in labels):
        return None  # no two-word label ends in this word: the common case, decided cheaply
    for start in (tok.i - 1, tok.i - 2):
        if start < tok.sent.start:
            continue
        words = [t.lower_ for t in doc[start : tok.i + 1] if t.text != "-"]
        if len(words) == 2 and "-".join(words) in labels:
            return _quoted_if_needed(doc[start : tok.i + 1], "-".join(words), ctx)
    return None


def _quoted_if_needed(label: Span, key: str, ctx: _Ctx) -> Span | None:
    """The label, unless it is one of ``[quoted_labels]`` and no quotation mark opens the name
    after it ('the so-called "harbour renewal"' passes a label on; "the so-called Nordic diet"
    does not)."""
    if key not in ctx.lex.quoted_labels:
        return label
    doc = label.doc
    nxt = doc[label.end] if label.end < len(doc) else None
    return label if nxt is not None and nxt.text in (*_OPENERS, "‘") else None


def _is_hedge(tok: Token, ctx: _Ctx) -> bool:
    """ "X seems to ...", "it appears that ...", "the speech sounded presidential": an
    impression the outlet gives as its own, with no one it comes from."""
    lemma = _lemma(tok, ctx)
    if tok.pos_ not in ("VERB", "AUX") or lemma not in ctx.lex.hedges:
        return False
    clause = tok.head if tok.dep_ in ("auxpass", "aux") else tok
    if tok.tag_ == "VB" and not any(c.dep_ in _SUBJECT_OR_AUX for c in tok.children):
        return False  # "If you want a big screen, look elsewhere": a request, no impression
    if tok.tag_ == "VBG" and clause.dep_ == "pcomp":
        return False  # "came out bright without looking fake": how a thing is, no impression
    if lemma in ctx.lex.aims and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    ):
        return False  # "the club looks to sign a striker": an aim, not an impression
    if tok.dep_ in ("auxpass", "aux") and tok.head.tag_ == "VBN":
        return True  # "the story seemed wasted on them": the parser hangs it on the participle
    return any(
        c.dep_ in ("xcomp", "acomp", "ccomp", "oprd", "attr")
        or (c.dep_ == "prep" and c.lower_ in ("like", "as", "beside"))
        # "appeared closer to a deal on wages", "seemed a long way off"
        or (c.dep_ in ("advmod", "npadvmod") and c.tag_ in ("RBR", "JJR"))
        or (c.dep_ == "advmod" and any(g.dep_ == "npadvmod" for g in c.children))
        # "appeared as if it might ...", "sounded as though ..."
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _AS_IF for g in c.children))
        for c in tok.children
    )


_AS_IF = frozenset({"as", "if", "though", "like"})
# a base-form verb with none of these is a request to the reader ("look elsewhere")
_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})


def _hedge_phrase(verb: Token) -> Span:
    """The hedging verb with a following "to"/"like"/"as if"."""
    doc = verb.doc
    end = verb.i + 1
    if end < len(doc) and doc[end].lower_ in ("to", "like"):
        end += 1
    return doc[verb.i : end]
