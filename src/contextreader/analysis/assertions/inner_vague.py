"""Vague assertions beside a sentence's main voice.

A quoted sentence whose speaker is unnamed ("said a senior official") is one vague assertion
over the quote; unnamed people beside a named one ("Roe and other officials said") add one over
the sentence; and a vague clause inside someone's sentence ("Roe spoke on Monday, and there were
complaints that ...", "the alleged thief") becomes one over its clause. A view inside what
someone is reported to say is theirs: attributions do not nest.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import _assertion, _Ctx, _Cue
from contextreader.analysis.assertions.cues import _attribution_at
from contextreader.analysis.assertions.quoted import _in_quote
from contextreader.analysis.assertions.sources import _vague_head, is_vague_source, speaker_phrase
from contextreader.analysis.assertions.verdicts import _verdict_words
from contextreader.analysis.extensions import text_of
from contextreader.analysis.quotes.reported import gapped_end, gapped_relative
from contextreader.report import Assertion, Quote


def _unnamed_speaker(
    q: Quote | None,
    span: tuple[int, int],
    sent: Span,
    ctx: _Ctx,
    out: list[Assertion],
    spans: list[Span | None],
) -> None:
    """A quoted sentence is its speaker's; when the speaker is only "an official" the quote is
    vaguely sourced, and the words outside the marks ("..., he said when asked about X") can
    hold a view given to no one."""
    main = None
    if q is not None and q.cue_span is not None:
        cue = ctx.doc.char_span(*q.cue_span, alignment_mode="expand")
        main = cue[0] if cue is not None and len(cue) else None
    if q is not None and not q.speaker_ids and q.speaker_span is not None:
        src = speaker_phrase(ctx.doc, q.speaker_span)
        if src is not None and is_vague_source(src, ctx.lex):
            if ctx.vague_quote is not None and ctx.vague_quote[0] == q.id:
                # the same quote's next sentence: one vague assertion over the whole quote
                a, k = out[ctx.vague_quote[1]], ctx.vague_quote[2]
                a.span = (min(a.span[0], span[0]), max(a.span[1], span[1]))
                spans[k] = ctx.doc.char_span(*a.span, label="vague", alignment_mode="expand")
                return
            _assertion(out, span, "vague", _Cue(src, "source"))
            spans.append(ctx.doc.char_span(*span, label="vague", alignment_mode="expand"))
            ctx.vague_quote = (q.id, len(out) - 1, len(spans) - 1)
            return
    _inner_vague(sent, ctx, main, out, spans)


def _unnamed_partner(
    head: Token | None,
    span: tuple[int, int],
    ctx: _Ctx,
    out: list[Assertion],
    spans: list[Span | None],
) -> None:
    """ "Roe and other officials said ...", "she and several experts agree": the view is
    someone named's, and also that of people no one names; the sentence stays Roe's, and a
    vague assertion over it says who else is given the claim without a name."""
    if head is None:
        return
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ != "PROPN" and not c.ent_type_ and _vague_head(c, ctx.lex):
            phrase = ctx.doc[c.left_edge.i : c.right_edge.i + 1]
            _assertion(out, span, "vague", _Cue(phrase, "partner"))
            spans.append(ctx.doc.char_span(*span, label="vague", alignment_mode="expand"))
            return


def _inner_vague(
    sent: Span,
    ctx: _Ctx,
    main: Token | None,
    out: list[Assertion],
    spans: list[Span | None],
) -> None:
    """Vague claims inside a sentence whose main voice is someone named's: "Roe said on
    Monday that she would run, and there were angry objections that ..." gives the
    objections to no one. Each such clause becomes a vague assertion of its own; a view inside
    what someone is reported to say is theirs (attributions do not nest) and is left alone."""
    taken: list[tuple[int, int]] = []
    verdict = _verdict_words(sent, ctx)  # "The claim that X is false": the claim is the topic
    for tok in sent:
        if tok.i in verdict:
            continue
        found = _attribution_at(tok, ctx)
        if found is None or found.cue is None:
            continue
        anchor = found.anchor
        if main is not None and (anchor.i == main.i or _in_said(anchor, main, ctx)):
            continue
        if main is not None and _under(main, anchor) and gapped_relative(anchor) is None:
            continue  # (a gapped relative's verb heads the sentence in the parse only)
        # in someone's words, unless those are the main cue's and the view stands apart from
        # what it reports (``_in_said``: "Roe backed a plan which some residents oppose")
        own = main is not None and _in_content(anchor, main)
        if (_in_quote(ctx, anchor.idx) and not own) or any(a <= anchor.idx < b for a, b in taken):
            continue
        if _open_question(anchor):
            continue  # "questions about whether any managers had been questioned": asks, no claim
        clause = _clause(anchor)
        if clause is None:
            continue
        taken.append(clause)
        _assertion(out, clause, "vague", found.cue)
        spans.append(ctx.doc.char_span(*clause, label="vague", alignment_mode="expand"))


def _open_question(anchor: Token) -> bool:
    """True for the verb of an embedded yes-no question ("asked whether the fund had been
    raided", "questions about whether any managers had been questioned"): the clause asks, and
    claims nothing anyone could hold."""
    return anchor.dep_ != "ROOT" and any(
        c.dep_ == "mark" and c.lower_ == "whether" for c in anchor.children
    )


def _summary_aside(node: Token) -> bool:
    """ "Roe said the levy was fair, a point that officials dispute": a noun set off by a comma
    or dash at the end of what is reported, with a relative clause, sums up the report and
    says who else holds a view of it; the writer adds it, not the speaker."""
    doc = node.doc
    return (
        node.dep_ in ("npadvmod", "appos")
        and node.pos_ == "NOUN"
        and node.left_edge.i > 0
        and doc[node.left_edge.i - 1].text in (",", "—", "–", "-", "--")
        and any(c.dep_ == "relcl" for c in node.children)
        and node.right_edge.i + 2 >= node.sent.end
    )


def _under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is ``top`` or in its subtree."""
    return tok.i == top.i or any(a.i == top.i for a in tok.ancestors)


# edges from a cue that do not lead into what is said or held: a coordinated clause, a
# framing participle ("Asked about X, Roe said"), the subject, adverbs
_NOT_CONTENT = frozenset(
    {"conj", "cc", "advcl", "npadvmod", "advmod", "punct", "nsubj", "nsubjpass", "mark", "aux"}
)


def _in_content(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` is part of what the cue reports: below it, not through a coordinated
    clause or a framing participle."""
    node = tok
    while node.head.i != node.i:
        if node.head.i == cue.i:
            return node.dep_ not in _NOT_CONTENT
        node = node.head
    return False


# edges from a cue into a clause it reports (what is said, thought or wanted), as against a noun
# it acts on ("did not answer requests for comment")
_CLAUSE_EDGES = frozenset({"ccomp", "xcomp", "csubj", "parataxis", "pcomp", "acl", "relcl"})


def _in_said(tok: Token, cue: Token, ctx: _Ctx) -> bool:
    """Whether ``tok`` is inside what the cue reports, so any view in it is reported too
    (attributions do not nest). What the cue only acts on is not reported by it: a noun of
    others' reaction in its object ("Roe responded to questions about her health"), or a
    view with a subject of its own inside that object ("Roe vetoed a bill, which critics said
    was unfair"). (Other nouns, "in a statement that", "made comments about", are the cue's
    subject's own.)"""
    if not _in_content(tok, cue):
        return False
    node, clausal = tok, False
    while node.head.i != cue.i:
        if _summary_aside(node):
            return False  # "..., a point that officials dispute": the writer's aside
        clausal = clausal or node.dep_ in _CLAUSE_EDGES
        node = node.head
    if node.dep_ in _CLAUSE_EDGES:
        return True  # "Roe said that critics fear ...": the critics are in Roe's words
    if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # (also "delegates who are expected to ...": a passive view of its own)
    return clausal or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.alex.reactions


def _clause(anchor: Token) -> tuple[int, int] | None:
    """The words that carry a vague claim: the cue word's phrase, without edge punctuation."""
    doc = anchor.doc
    s, e = anchor.left_edge.i, anchor.right_edge.i + 1
    gapped = gapped_relative(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    if gapped is not None:
        # "..., a move critics say will gut the centre": the noun phrase and its clause only
        subj = next(c for c in anchor.children if c.dep_ == "nsubj" and c.i < anchor.i)
        s, e = subj.left_edge.i, gapped_end(anchor, gapped)
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e - s < 2:
        return None
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return start, _past_closing_mark(text_of(doc), start, end)


def _past_closing_mark(text: str, start: int, end: int) -> int:
    """``end``, moved past a closing quotation mark whose opening mark is inside the span
    ('the so-called "reforms"' keeps its last mark, not 'the so-called "reforms')."""
    words, nxt = text[start:end], text[end : end + 1]
    if nxt == '"' and words.count('"') % 2 == 1:
        return end + 1
    if nxt == "”" and words.count("“") > words.count("”"):
        return end + 1
    return end
