"""The ``cr_assertions`` component: every body sentence, in order, gets its voice.

Lines that are no sentence (``page_furniture``) are skipped; a sentence mostly in someone's
words (``quoted``) is quoted; one with a reported quote or a cue (``cues``) is reported, or
vague when its source names no one; a lead ending in a colon gives the paragraph after it to
its speaker; what is left is the outlet's own claim, unless it claims nothing (``no_claim``).
Vague and unattributed sentences become assertions, with the vague ones inside
(``inner_vague``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.assertions.context import _assertion, _Ctx, _Cue, _Found
from contextreader.analysis.assertions.cues import (
    _attribution_at,
    _framing_participle,
    _sentence_source,
)
from contextreader.analysis.assertions.headings import _title_case_cue
from contextreader.analysis.assertions.holders import _holder_subject
from contextreader.analysis.assertions.inner_vague import (
    _inner_vague,
    _unnamed_partner,
    _unnamed_speaker,
)
from contextreader.analysis.assertions.lexicon import attribution_lexicon, vague_lexicon, verb_forms
from contextreader.analysis.assertions.no_claim import _no_claim
from contextreader.analysis.assertions.page_furniture import (
    _byline,
    _credit_line,
    _editor_note,
    _figures_line,
    _name_line,
    _section_label,
    _sign_off,
    _signpost,
    is_furniture,
)
from contextreader.analysis.assertions.quoted import (
    _MARKED,
    _covered,
    _direct_cue_in,
    _embedded_posts,
    _in_post,
    _index_reported,
    _inside_marks,
    _only_cue_outside,
    _opens_unclosed,
    _partial_over,
    _reported_quote,
    _said_runs,
    _tagged_direct,
    _trimmed,
    _turn_of,
    _turn_quotes,
)
from contextreader.analysis.assertions.sources import is_vague_source, speaker_phrase
from contextreader.analysis.assertions.verdicts import _verdict_words
from contextreader.analysis.furniture import stance_piece
from contextreader.analysis.paragraphs import sign_off, span_is_heading
from contextreader.analysis.people import LABELS_KEY, OWN_LABELS_KEY
from contextreader.analysis.quotes import cue_lexicon
from contextreader.analysis.quotes.speakers import withheld_words
from contextreader.report import Assertion, Quote, Sentence, SentenceVoice

QUOTED_SHARE = 0.5
# a bracketed note of one to three words standing as a sentence of its own: an interview's stage
# direction ("[laughs]", "[pauses]") or a digest's source tag ("[Reuters]"), which claims nothing
_STAGE_DIRECTION = re.compile(r"\[[^\W\d_]+(?:[^\S\n][^\W\d_]+){0,2}\]")


def _sentences(doc: Doc) -> list[Span]:
    body = doc._.cr_body_start or 0
    out = []
    for sent in doc.sents:
        if sent.end_char <= body or not sent.text.strip():
            continue
        out.append(sent)
    return out


def _resumes_after_quote(ctx: _Ctx, prev: Span, span: tuple[int, int]) -> bool:
    """True when a sentence starts inside a direct quote that opened in the sentence before it,
    after words of that sentence, and closes before this one ends, with words of the sentence
    after it ('... her son – "Come back in the spring. | They'll need pruning" – are both a
    reconciliation ...'). A quote of several sentences that opens its first sentence ('"We lost
    the vote. | We will try again," Roe said.') is left as the splitter cut it."""
    i = bisect_right(ctx.starts, span[0])
    return any(
        prev.start_char <= a < span[0] < b < span[1]
        and any(ch.isalnum() for ch in ctx.text[prev.start_char : a])
        and any(ch.isalnum() for ch in ctx.text[b : span[1]])
        for a, b, _ in ctx.direct[max(0, i - 3) : i]
    )


def _past_label(text: str, span: tuple[int, int], labels: dict[int, int]) -> tuple[int, int]:
    """The sentence after an explainer's "Q." / "A." label that opens it ("A. Landlords must
    ..."): the label marks the outlet's own answer and is no part of the claim."""
    s, e = span
    if s not in labels:
        return span
    s = labels[s]
    while s < e and (text[s].isspace() or text[s] in ".:"):
        s += 1
    return s, e


@Language.component("cr_assertions", assigns=["doc._.cr_assertions", "doc._.cr_sentences"])
def assertions_component(doc: Doc) -> Doc:
    """Give every body sentence a voice; list the vague and unattributed ones as assertions."""
    quotes = list(doc._.cr_quotes or [])
    direct = sorted((q.span[0], q.span[1], q.id) for q in quotes if q.kind == "direct")
    ctx = _Ctx(
        doc,
        quotes,
        direct,
        [d[0] for d in direct],
        vague_lexicon(),
        attribution_lexicon(),
        cue_lexicon(),
        verb_forms(),
    )
    ctx.resolved = frozenset(
        i
        for q in quotes
        if q.speaker_ids and q.speaker_span is not None
        for i in range(*q.speaker_span)
    )
    text = ctx.text = doc.text  # Doc.text is rebuilt on every access: read it once
    ctx.stance = stance_piece(text, doc._.cr_body_start or 0)
    ctx.mentioned = frozenset(a for p in doc._.cr_people or [] for a, _ in p.mentions)
    ctx.said = sorted(run for q in quotes if q.kind != "scare" for run in _said_runs(q, text))
    ctx.said_starts = [a for a, _ in ctx.said]
    ctx.partials = sorted(
        (*q.span, q.id) for q in quotes if q.kind == "partial" and q.speaker_text is not None
    )
    ctx.partial_starts = [a for a, _, _ in ctx.partials]
    ctx.direct_cues = sorted(
        (q.cue_span[0], q.id)
        for q in quotes
        if q.kind == "direct" and q.cue_span is not None and q.speaker_text is not None
    )
    turns = _turn_quotes(doc.user_data.get(LABELS_KEY, []), quotes)
    own_labels = dict(doc.user_data.get(OWN_LABELS_KEY, []))
    by_id = {q.id: q for q in quotes}
    body_sents = _sentences(doc)
    by_sent = _index_reported(body_sents, quotes)
    sentences: list[Sentence] = []
    assertions: list[Assertion] = []
    spans: list[Span | None] = []
    dateline = doc._.cr_dateline.span if doc._.cr_dateline else (0, 0)
    posts = _embedded_posts(text, ctx.alex)
    marked = [m.span() for m in _MARKED.finditer(text)]
    signed = sign_off(text, doc._.cr_body_start or 0, doc)  # "Margaret Ellory" closing a letter
    lead: tuple[int, str | None] = (-1, None)  # where a "Roe argued:" lead's words end
    own: tuple[int, Assertion] | None = None  # where the list after the outlet's own lead ends
    for k, sent in enumerate(body_sents):
        # a headline above the dateline stays; the sentence the dateline opens starts after it
        span = _trimmed(sent, text, dateline[1] if sent.end_char > dateline[0] else 0)
        span = _past_label(text, span, own_labels)
        if span[0] >= span[1] or not any(ch.isalnum() for ch in text[span[0] : span[1]]):
            continue  # nothing but the dateline, or a stray mark the parser split off
        if _credit_line(sent) or _byline(text, *span) or is_furniture(text, *span):
            continue
        if signed is not None and signed[1][0] <= span[0] and span[1] <= signed[1][1]:
            continue  # the writer's name (and place) signing the piece: who wrote it
        if _signpost(sent, text, span):
            continue
        if _STAGE_DIRECTION.fullmatch(text, *span):
            continue  # "[laughs]": how an answer was given, no claim
        if _editor_note(sent, text, span) or _section_label(sent, text, span):
            continue  # "(Unofficial translation)", "World news in brief": no claim
        if _sign_off(sent, text, span):
            continue  # "Velgrad, 14 November": where and when a statement was signed
        if _figures_line(sent, text, span, ctx.figures_lines):
            continue  # "Shots 14-8. Corners 7-4.": a table's labels and figures
        if _name_line(sent, text, span) and _title_case_cue(sent, ctx) is None:
            continue
        if k and _resumes_after_quote(ctx, body_sents[k - 1], span):
            # 'Her last words – "Come back in the spring. They'll need pruning" – are a
            # refusal.': the splitter cut inside a quote set in a sentence; the two parts are
            # one sentence, read whole (the quoted first part left no claim of its own)
            prev = sentences[-1] if sentences else None
            last = assertions[-1] if assertions else None
            # the first part left no mark, or one unattributed claim of its own to take back
            own_claim = (
                prev is not None
                and prev.voice == "unattributed"
                and last is not None
                and last.id == prev.ref
                and last.span == prev.span
                and bool(spans)
            )
            clear = prev is not None and (
                own_claim or (prev.voice == "quoted" and not (last and last.span[1] > prev.span[0]))
            )
            if prev is not None and clear and prev.span[0] >= body_sents[k - 1].start_char:
                if own_claim:
                    assertions.pop()
                    spans.pop()
                sentences.pop()
                span = (prev.span[0], span[1])
                sent = doc[body_sents[k - 1].start : sent.end]
        if sentences and sentences[-1].voice in ("reported", "quoted"):
            end = _lead_end(text, sentences[-1].span[1])
            if end > span[0]:
                lead = (end, sentences[-1].ref)
        heading = span_is_heading(text, *span)
        share, qid = _covered(ctx, *span)
        turn_of = _turn_of(turns, *span)
        if turn_of is None and posts and _in_post(posts, *span):
            sentences.append(Sentence(span=span, voice="quoted", heading=heading))
            continue  # a post pasted into the article: its author's words, not ours
        if turn_of is not None:
            # a transcript turn ('ROE: ...'): the label and the words are the speaker's, not ours
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=turn_of))
            continue
        qref = None
        if share >= QUOTED_SHARE or (qid and _only_cue_outside(sent, ctx)):
            qref = qid
        else:
            # most of the sentence is a quoted fragment someone is given: their words; or
            # '"...," said Jan Roe, a ferry pilot who has crossed the strait for years.': the
            # sentence gives the quote its speaker; it says nothing in the outlet's voice
            qref = (
                _partial_over(ctx, *span)
                or _direct_cue_in(ctx, *span)
                or _tagged_direct(ctx, *span)
            )
        if qref is not None or (share >= QUOTED_SHARE):
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=qref))
            _unnamed_speaker(by_id.get(qref or ""), span, sent, ctx, assertions, spans)
            continue
        if _inside_marks(marked, *span) or _opens_unclosed(text, span[0]):
            # within quotation marks: someone's words, not the outlet's, speaker found or not
            sentences.append(Sentence(span=span, voice="quoted", heading=heading))
            continue
        verdict = _verdict_words(sent, ctx)
        found = _sentence_source(sent, ctx, verdict)
        top = _reported_quote(sent, by_sent, verdict)
        rq = top[0] if top is not None and (found is None or top[1] <= found.depth) else None
        if rq is None and top is not None and found is not None:
            # "X is expected to triple, according to the agency": the agency's
            rq = top[0] if _reports_cue(top[0], found, doc) else None
        if rq is not None and _passive_cue(rq, doc):
            rq = None  # "Roe is not expected to renew it": no one named expects it
        own_end = _vague_beside_own(rq, found, sent, ctx)
        if own_end is not None:
            # "The drugs cost $9,000, and many insurers refuse to pay": the first clause is
            # the outlet's claim; the unnamed source gets a vague assertion over its own clause
            rq = found = None
        if rq is not None and rq.speaker_span is not None:
            vague = _vague_speaker(rq, sent, ctx) if not rq.speaker_ids else None
            if vague is not None:
                # (after a refusal to give words, only the clause the unnamed source speaks in)
                a = _assertion(
                    assertions, _beside_refusal(sent, vague, ctx) or span, "vague", vague
                )
                sentences.append(Sentence(span=span, voice="vague", heading=heading, ref=a.id))
                spans.append(doc.char_span(*a.span, label="vague", alignment_mode="expand"))
                continue
            sentences.append(Sentence(span=span, voice="reported", heading=heading, ref=rq.id))
            src = doc.char_span(*rq.speaker_span, alignment_mode="expand")
            _unnamed_partner(src.root if src is not None else None, span, ctx, assertions, spans)
            main = doc.char_span(*rq.cue_span, alignment_mode="expand") if rq.cue_span else None
            _inner_vague(sent, ctx, main[0] if main else None, assertions, spans)
            continue
        if found is not None and found.cue is None:
            # a view, wish or ruling of someone named: theirs, not the outlet's
            sentences.append(Sentence(span=span, voice="reported", heading=heading))
            holder = _holder_subject(found.anchor) if found.anchor.pos_ == "VERB" else None
            _unnamed_partner(holder, span, ctx, assertions, spans)
            _inner_vague(sent, ctx, found.anchor, assertions, spans)
            continue
        cue = found.cue if found is not None else None
        if cue is None and span[0] < lead[0]:
            # the paragraph or list items after "Roe argued:" are Roe's words, marks or not
            sentences.append(Sentence(span=span, voice="reported", heading=heading, ref=lead[1]))
            continue
        if cue is None and own is not None and span[0] < own[0]:
            # the items of a list after the outlet's own "A long delay could:" finish its claim
            sentences.append(
                Sentence(span=span, voice=own[1].status, heading=heading, ref=own[1].id)
            )
            continue
        if _no_claim(sent, text, span, ctx):
            continue  # a question or a request to the reader, or the outlet's note on checking
        if cue is None:
            # "Asked whether he feared a ban, Roe shrugged.": the frame's question, put by no one
            # named, makes the sentence vague; one mark, not a vague frame inside a claim
            cue = _framing_cue(sent, ctx)
        status: SentenceVoice = "vague" if cue is not None else "unattributed"
        a = _assertion(assertions, span, status, cue, heading=heading)
        sentences.append(Sentence(span=span, voice=status, heading=heading, ref=a.id))
        if own_end is not None and status == "unattributed":
            a.span = (span[0], own_end)  # up to the joined clause, which is the vague source's
        clause = _beside_refusal(sent, cue, ctx) if cue is not None else None
        if clause is not None:
            a.span = clause  # "Roe declined to comment, but a source said ...": that clause
        end = -1 if heading else _lead_end(text, span[1], list_only=True)
        if end > span[1] and not _sourced_item(body_sents[k + 1 :], end, ctx, by_sent):
            # "A long delay could:" claims nothing until its list says what: one claim, the
            # lead with its items (unless an item gives a source of its own: then each item
            # is read on its own)
            a.span = (span[0], end)
            own = (end, a)
        spans.append(doc.char_span(*a.span, label=status, alignment_mode="expand"))
        if cue is None:
            _inner_vague(sent, ctx, None, assertions, spans)  # "the alleged thief was seen"
    doc._.cr_sentences = sentences
    doc._.cr_assertions = assertions
    doc.spans["cr_assertions"] = [s for s in spans if s is not None]
    return doc


# what opens a list item: a bullet sign, a lone lower-case letter (a bullet glyph whose font
# was lost: "l", "o"), or a number
_LIST_MARKER = re.compile(r"(?:([^\w\s])|([a-z])|(\d{1,2})[.)])[ \t]+")


def _lead_end(text: str, end: int, *, list_only: bool = False) -> int:
    """Where the words of a lead sentence that ends its line with a colon ("Roe argued
    that:") end: with the next paragraph, or with the last of the list items that follow it
    (paragraphs opening with the same kind of marker). -1 when the sentence is no such lead,
    or, with ``list_only``, when no list of two or more items follows it."""
    if end < 1 or text[end - 1] != ":":
        return -1
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip():
        return -1
    start = nl
    while start < len(text) and text[start].isspace():
        start += 1
    para_end = _para_end(text, start)
    first = _LIST_MARKER.match(text, start)
    if list_only and first is None:
        return -1
    items = 1
    while first is not None:
        nxt = para_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        item = _LIST_MARKER.match(text, nxt)
        same = item is not None and all(
            (a is None) == (b is None) and (a == b or k == 2)
            for k, (a, b) in enumerate(zip(first.groups(), item.groups(), strict=True))
        )
        if not same:
            break
        para_end = _para_end(text, nxt)
        items += 1
    return -1 if list_only and items < 2 else para_end


def _framing_cue(sent: Span, ctx: _Ctx) -> _Cue | None:
    """The vague cue of a framing participle that opens the sentence ("Asked about the book,",
    "Widely criticised,"), which ``_sentence_source`` leaves out of the sentence's voice."""
    for tok in sent:
        if tok.dep_ == "advcl" and _framing_participle(tok):
            found = _attribution_at(tok, ctx)
            if found is not None and found.anchor.i == tok.i and found.cue is not None:
                return found.cue
    return None


def _beside_refusal(sent: Span, cue: _Cue, ctx: _Ctx) -> tuple[int, int] | None:
    """Where a sentence's main verb refuses to give words ("declined to comment"), which claims
    nothing, the clause that holds the vague cue: a frame ("Asked whether she would resign,"),
    a joined clause ("but a source close to the firm said they were false") or a relative
    clause ("the deal, which analysts say is worth £2m"). None where the cue is elsewhere."""
    root = sent.root
    if not withheld_words(root, ctx.verbs):
        return None
    tok = cue.span.root
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in ("conj", "advcl", "relcl"):
            last = tok.right_edge
            while last.is_space and last.i > tok.i:
                last = last.doc[last.i - 1]
            return tok.left_edge.idx, last.idx + len(last.text)
        tok = tok.head
    return None


def _para_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


def _reports_cue(q: Quote, found: _Found, doc: Doc) -> bool:
    """Whether an impersonal view stands inside what "according to X" gives X ("the total is
    expected to fall, according to the Harbour Trust"): the phrase names who holds the
    expectation or the impression, however high its cue sits in the parse. (Other reports
    keep a view that no one named holds beside them: PolNeAR nests those.)"""
    if found.cue is None or found.cue.kind not in ("passive", "hedge", "unknown"):
        return False
    if q.cue != "according to" or q.cue_span is None:
        return False
    cue = doc.char_span(*q.cue_span, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    anchor, according = found.anchor, cue[0]
    if not q.span[0] <= anchor.idx < q.span[1] or according.i < anchor.i:
        return False
    # the phrase closes the cue's own clause: it hangs on the cue, or on the clause the cue's
    # clause is joined to ("X rose, and Y is expected to fall, according to Z"), with no other
    # clause of the cue's between ("X was not disclosed, although Y spent $2m, according to Y"
    # gives Y only what follows "although")
    head = according.head
    if head.i != anchor.i and not (anchor.dep_ == "conj" and anchor.head.i == head.i):
        return False
    return not any(
        c.dep_ in ("advcl", "conj") and anchor.i < c.i < according.i for c in anchor.children
    )


def _vague_beside_own(rq: Quote | None, found: _Found | None, sent: Span, ctx: _Ctx) -> int | None:
    """Where the outlet's own clause ends (before ", and") when the sentence's only source is
    unnamed and stands in a clause with a subject of its own joined after a main clause of
    the outlet's own: the main verb has its own subject and no word outside the joined clause
    is a cue ("The drugs cost $9,000 a year, and many insurers have refused to cover them").
    Its source gives no view of what the first clause claims. None otherwise."""
    if rq is not None:
        if rq.speaker_ids or rq.speaker_span is None or rq.cue_span is None:
            return None
        if _vague_speaker(rq, sent, ctx) is None:
            return None
        cue = ctx.doc.char_span(*rq.cue_span, alignment_mode="expand")
        if cue is None or not len(cue):
            return None
        anchor = cue.root
        if found is not None and found.anchor.i != anchor.i:
            return None  # another cue in the sentence: leave the choice to the depths
    elif found is not None and found.cue is not None and found.cue.kind == "source":
        anchor = found.anchor
    else:
        return None
    root = sent.root
    if anchor.dep_ != "conj" or anchor.head.i != root.i or anchor.i < root.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return None  # "most drivers can't help but slow down ...": one subject, one clause
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < anchor.i for c in anchor.children):
        return None  # "X was delayed, but Y left early, another source said": both its
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children):
        return None
    # and no cue outside the joined clause ("The researchers reported that ...; X holds $2bn,
    # and the report says ..."): the first part is someone's too
    first = [t for t in sent if not (anchor.left_edge.i <= t.i <= anchor.right_edge.i)]
    if any(ctx.verbs.is_cue(t) or _attribution_at(t, ctx) is not None for t in first):
        return None
    last = anchor.left_edge.i - 1  # the outlet's clause ends before the joining word and comma
    while last > sent.start and (sent.doc[last].dep_ == "cc" or sent.doc[last].is_punct):
        last -= 1
    tok = sent.doc[last]
    return tok.idx + len(tok.text)


def _sourced_item(after: list[Span], end: int, ctx: _Ctx, by_sent: dict[int, list[Quote]]) -> bool:
    """Whether a sentence of a list (the sentences in ``after`` that start before ``end``)
    gives a source of its own ("- raise fines, officials said")."""
    for sent in after:
        if sent.start_char >= end:
            return False
        if _reported_quote(sent, by_sent) is not None or _sentence_source(sent, ctx) is not None:
            return True
    return False


def _passive_cue(q: Quote, doc: Doc) -> bool:
    """Whether a report's cue is an agentless passive ("is expected to", "was told"): then
    its speaker is the one the view is about, not the one who holds it."""
    cue = doc.char_span(*q.cue_span, alignment_mode="expand") if q.cue_span else None
    if cue is None or not len(cue):
        return False
    verb = cue.root
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _vague_speaker(q: Quote, sent: Span, ctx: _Ctx) -> _Cue | None:
    """The unnamed source of a report that names no person: its speaker phrase when that is
    vague ("officials said"), else the sentence's own main source when that is vague (the
    report's speaker was only "who" or a stray word of "officials who spoke with us said")."""
    if q.speaker_span is not None:
        src = speaker_phrase(ctx.doc, q.speaker_span)
        if src is not None and is_vague_source(src, ctx.lex):
            return _Cue(src, "source")
    found = _sentence_source(sent, ctx)
    if found is not None and found.cue is not None and found.cue.kind == "source":
        return found.cue
    return None
