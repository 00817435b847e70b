"""The attribution that gives a sentence its voice.

Every word is tried as each kind of cue (``_find_at``: ``hedges``, ``verbs``, ``nouns``, stance
adjectives, ``frames``, ``comment_clauses``), memoised per doc, and the cue highest in the parse
gives the voice ("Roe believes critics are wrong" is Roe's); a hearsay label, a gapped relative
("a move critics say ...") and a framing participle ("Asked about X, ...") give none. With no
cue among the words, a headline is read by ``headings``. Stance adjectives ("Aides were
confident that ...") are read here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.comment_clauses import _comment_clause
from contextreader.analysis.assertions.context import _Ctx, _Cue, _Found
from contextreader.analysis.assertions.frames import (
    _account_attribution,
    _artifact_attribution,
    _side_taken,
    _viewpoint_frame,
)
from contextreader.analysis.assertions.headings import _colon_lead, _title_case_cue
from contextreader.analysis.assertions.hedges import (
    _hearsay_label,
    _hedge_phrase,
    _impersonal_knowledge,
    _is_hedge,
)
from contextreader.analysis.assertions.holders import (
    _EMPTY_SUBJECTS,
    _holder_found,
    _holder_subject,
)
from contextreader.analysis.assertions.no_claim import _answered
from contextreader.analysis.assertions.nouns import _noun_attribution, _stance_agent, _work_about
from contextreader.analysis.assertions.verbs import _mistagged_verb, _verb_attribution
from contextreader.analysis.quotes.reported import gapped_relative, gives_a_name


def _sentence_source(sent: Span, ctx: _Ctx, skip: frozenset[int] = frozenset()) -> _Found | None:
    """The attribution that gives the sentence its voice: the one whose cue is highest in the
    parse (the main clause's "X believes ..." outranks a view reported deeper inside it).
    The words of ``skip`` (a claim a verdict is passed on) give the sentence no voice."""
    best: _Found | None = None
    for tok in sent:
        if tok.i in skip:
            continue
        found = _attribution_at(tok, ctx)
        if found is not None and found.anchor.i in skip:
            continue
        if found is not None and found.cue is not None and found.cue.kind == "label":
            continue  # "the alleged thief": hearsay about one phrase, not the sentence's voice
        if found is not None and gapped_relative(found.anchor) is not None:
            continue  # "..., a move critics say will gut the centre": a view of one phrase
        if found is not None and gives_a_name(found.anchor):
            continue  # "a dog they called Rex": what a thing is called, no one's view
        if found is not None and any(
            _framing_participle(a) for a in (found.anchor, *found.anchor.ancestors)
        ):
            continue  # "Asked about the book, Roe paused": the pause is told in the outlet's voice
        if found is not None and (best is None or found.depth < best.depth):
            best = found
    return best or _title_case_cue(sent, ctx) or _colon_lead(sent, ctx)


def _framing_participle(anchor: Token) -> bool:
    """A bare past participle that opens the sentence as a frame ("Asked about the book,",
    "Widely criticized,") before the clause it hangs on: it gives its view to no one, and
    the main clause stays whoever's it is."""
    return (
        anchor.dep_ == "advcl"
        and anchor.tag_ == "VBN"
        and anchor.i < anchor.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in anchor.children)
    )


def _attribution_at(tok: Token, ctx: _Ctx) -> _Found | None:
    """The attribution whose cue is this token, if any (memoised per doc)."""
    if tok.i not in ctx.seen:
        ctx.seen[tok.i] = _find_at(tok, ctx)
    return ctx.seen[tok.i]


def _find_at(tok: Token, ctx: _Ctx) -> _Found | None:
    """Try the token as each kind of cue: an adverb of hearsay, an impression verb, a verb,
    noun or adjective of saying or stance, or "in"/"per" before a poll or a letter."""
    lex = ctx.lex
    if tok.lower_ in lex.adverbs:
        # "reportedly", "allegedly": passed on from nobody in particular
        return _Found(tok.head, _Cue(tok.doc[tok.i : tok.i + 1], "adverb"))
    label = _hearsay_label(tok, ctx)
    if label is not None:
        return _Found(tok.head, _Cue(label, "label"))
    if _is_hedge(tok, ctx):
        # "he seemed shaken by X", parsed with "seemed" under the participle: the hedge still
        # governs the clause
        anchor = tok.head if tok.dep_ in ("auxpass", "aux") else tok
        return _Found(anchor, _Cue(_hedge_phrase(tok), "hedge"))
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
        return _verb_attribution(tok, ctx) or _comment_clause(tok, ctx)
    by_form = _mistagged_verb(tok, ctx)
    if by_form is not None:
        return by_form
    if tok.pos_ == "NOUN":
        if tok.lemma_.lower() in ctx.verbs.question_nouns and _answered(tok, ctx):
            return None  # "declined to answer questions about X": a question put, no claim
        return (
            _stance_agent(tok, ctx)
            or _noun_attribution(tok, ctx)
            or _work_about(tok, ctx)
            or _comment_clause(tok, ctx)
        )
    if tok.pos_ == "ADJ" and tok.lower_ in lex.unknown:
        return _impersonal_knowledge(tok)
    if tok.pos_ == "ADJ" and tok.lemma_.lower() in ctx.alex.adjectives:
        return _adjective_attribution(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ in ("in", "per"):
        return _artifact_attribution(tok, ctx) or _side_taken(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ == "to":
        return _viewpoint_frame(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ == "against":
        return _side_taken(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ == "by":
        return _account_attribution(tok, ctx)
    return None


def _adjective_attribution(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Aides were confident that ...", "Roe is critical of the plan": a stance adjective with
    a clause or object; its holder is who it describes."""
    preps = ctx.alex.stance_preps | {"that", "in"}
    # "pleased and relieved at the news": what they feel it about hangs on the last one
    words = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("ADJ", "VERB"))]
    if not any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
        for w in words
        for c in w.children
    ):
        return None
    if tok.dep_ == "amod":
        holder: Token | None = tok.head
    elif tok.dep_ in ("acomp", "oprd", "attr"):
        holder = _holder_subject(tok.head)
    else:
        holder = _holder_subject(tok)
    if holder is None or holder.lower_ in _EMPTY_SUBJECTS or holder.lower_ == "it":
        return None
    return _holder_found(holder, tok, ctx)
