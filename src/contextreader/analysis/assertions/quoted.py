"""Which words in the text are someone else's.

The quotes cr_quotes found (direct quotes, partial quotes with a speaker, reported content),
runs inside one pair of quotation marks, social-media posts pasted into the article and
transcript turns ("ROE: ...") are their speakers' words, not the outlet's. The component asks
here how much of a sentence they cover, and which reported quote gives a sentence its voice.
``_trimmed`` gives a sentence's extent without a stray opening mark at its end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from spacy.tokens import Span

from contextreader.analysis.assertions.context import _Ctx, _depth
from contextreader.analysis.assertions.lexicon import AttributionLexicon
from contextreader.analysis.people import TranscriptTurn
from contextreader.analysis.quotes import cue_lexicon
from contextreader.analysis.quotes.posts import POST_SIGNATURE, signed_post_start
from contextreader.analysis.quotes.reported import gapped_relative
from contextreader.report import Quote


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


def _reported_quote(
    sent: Span, by_sent: dict[int, list[Quote]], skip: frozenset[int] = frozenset()
) -> tuple[Quote, int] | None:
    """The quote (indirect or partial) whose cue or content is in this sentence, the one whose
    cue is highest in the parse when there are several, with that cue's depth (a quote with no
    cue in the sentence counts as the sentence's top). A quote whose cue is one of ``skip``
    (the claim a verdict is passed on) is no voice of the sentence."""
    best: tuple[Quote, int] | None = None
    for q in by_sent.get(sent.start, []):
        cue = None
        if q.cue_span is not None and sent.start_char <= q.cue_span[0] < sent.end_char:
            cue = sent.doc.char_span(*q.cue_span, alignment_mode="expand")
        if skip and (cue is None or not len(cue) or cue[0].i in skip):
            continue
        if cue is not None and len(cue) and gapped_relative(cue[0]) is not None:
            continue  # "..., a move critics say will gut the centre": not the sentence's voice
        depth = _depth(cue[0]) if cue is not None and len(cue) else 0
        if best is None or depth < best[1]:
            best = (q, depth)
    return best


def _trimmed(sent: Span, text: str, skip_to: int = 0) -> tuple[int, int]:
    """The sentence without surrounding space, and without a dateline that ends at ``skip_to``."""
    s, e = max(sent.start_char, min(skip_to, sent.end_char)), sent.end_char
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # "... at the pier. ''We are ready": the parser can end a sentence after the mark that
    # opens the next one's quote; a mark after a space opens, so it belongs to what follows
    m = _OPENING_TAIL.search(text, s, e)
    if m is not None and m.start() > s:
        e = m.start()
    elif e == sent.end_char and _closes_after(sent, text):
        # 'said it would "review the material carefully."' at a paragraph's end: the parser
        # can leave the closing mark as a sentence of its own; it closes this one's quote
        e += len(sent.doc[sent.end].text)
    return s, e


def _closes_after(sent: Span, text: str) -> bool:
    """A closing quotation mark right after the sentence (no space between), alone before a
    line break or the end of the text, that closes a quote opened in the sentence."""
    doc = sent.doc
    if sent.end >= len(doc) or doc[sent.start].text in _CLOSERS:
        return False
    mark = doc[sent.end]
    if mark.text not in _CLOSERS or doc[sent.end - 1].whitespace_:
        return False
    after = text[mark.idx + len(mark.text) : mark.idx + len(mark.text) + 1]
    if after and not after.isspace():
        return False
    words = text[sent.start_char : sent.end_char]
    if mark.text == "”":
        return words.count("“") > words.count("”")
    return words.count(mark.text) % 2 == 1  # a straight mark opened in the sentence


# a quotation mark that opens (it follows a space) at the very end of a sentence
_OPENING_TAIL = re.compile(r"\s+(?:''|[\"“‘«])$")


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


# marks that close a quote, and marks that open one (a curly single mark is left out: it is
# also an apostrophe)
_CLOSERS = ("”", '"', "''", "»")
_OPENERS = ("“", '"', "''", "«")


def _said_runs(q: Quote, text: str) -> list[tuple[int, int]]:
    """The stretches of a quote that are someone's words. A direct quote that goes on after
    its cue ('"We are ready," Roe said when asked about the delay. "We always were."') is one
    quote in two runs of marks; the cue's clause between them is the writer's, so a view in it
    ("when asked about X": a question from no one named) is read as the writer gives it."""
    s, e = q.span
    cue = q.cue_span
    if q.kind != "direct" or cue is None or not s < cue[0] < e:
        return [q.span]
    closes = [i + len(m) for m in _CLOSERS if (i := text.rfind(m, s + 1, cue[0])) >= 0]
    opens = [i for i in (text.find(m, cue[1], e) for m in _OPENERS) if i >= 0]
    if not closes or not opens:
        return [q.span]
    return [(s, max(closes)), (min(opens), e)]


@cache
def _post_element(names: frozenset[str]) -> re.Pattern[str]:
    """An element of one of these names with its content, '<tweet ...>...</tweet>', or closed
    by a copy's empty tag of the same name, '<tweet ...>...<tweet/>'."""
    alt = "|".join(sorted(map(re.escape, names)))
    # (no other element of the same name inside: an empty '<tweet id="1"/>' before a later post
    # must not swallow the outlet's words between them)
    return re.compile(
        rf"<({alt})\b[^<>]*(?<!/)>((?:(?!<\1\b).)*?)(?:</\1>|<\1\s*/>)", re.IGNORECASE | re.DOTALL
    )


def _embedded_posts(text: str, alex: AttributionLexicon) -> list[tuple[int, int]]:
    """Where social-media posts pasted into the article stand: the content of a post element,
    and the line that ends with a post's signature (with the line before it when the signature
    stands on a line of its own, or after nothing but a link or tags: "pic.twitter.com/x1 —
    Roe (@roe) ..."). A post is its author's words, as a quote is; the outlet only
    shows it. The post stops at the line break before it (an article whose paragraphs are
    single lines must not give its earlier paragraphs to the poster), unless a line that hands
    it over comes a few lines above (``posts.post_start``)."""
    found = [
        m.span()
        for m in _post_element(alex.embedded_posts).finditer(text)
        # an empty element closed by an empty tag ('<tweet id="7"><tweet/>') holds no post
        if m[2].strip() or m[0].lower().endswith(f"</{m[1].lower()}>")
    ]
    found += [(signed_post_start(text, m), m.end()) for m in POST_SIGNATURE.finditer(text)]
    return sorted(found)


# a pair of quotation marks on one line: curly, straight, or doubled apostrophes; a straight
# mark opens only where a word starts and closes only where one ends, so an inch mark ('a 12"
# pipe') does not pair with the next quote's opening mark and swallow the sentences between
_MARKED = re.compile(r"“[^“”\n]*”|(?<!\w)\"(?=\S)[^\"\n]*(?<=\S)\"(?!\w)|''[^\n]*?''")


def _inside_marks(runs: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies inside one pair of quotation marks ('“We are ready. The crew is
    here.”': each sentence is someone's words, whether or not a speaker was found for them)."""
    i = bisect_right(runs, (s, 1 << 62))
    return i > 0 and runs[i - 1][0] <= s and e <= runs[i - 1][1] + 1


def _opens_unclosed(text: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens with a double quotation mark that nothing closes in
    its paragraph ('Roe took questions. "We will build the pier.'): someone's words whose
    speaker the marks leave open, never the outlet's claim."""
    if text[s : s + 1] not in ("“", '"'):
        return False
    nl = text.find("\n", s)
    rest = text[s + 1 : len(text) if nl < 0 else nl]
    return "”" not in rest and '"' not in rest


def _in_post(posts: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether most of [s, e) lies inside a pasted post."""
    i = bisect_right(posts, (s, e))
    return any(2 * (min(e, b) - max(s, a)) > e - s for a, b in posts[max(0, i - 2) : i + 1])


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


def _in_quote(ctx: _Ctx, ch: int) -> bool:
    """Whether the offset lies in someone's words (a quote or reported content, not a scare
    quote)."""
    i = bisect_right(ctx.said_starts, ch)
    return any(a <= ch < b for a, b in ctx.said[max(0, i - 8) : i])


def _partial_over(ctx: _Ctx, s: int, e: int) -> str | None:
    """The id of a partial quote with a speaker that covers at least half of [s, e)."""
    i = bisect_right(ctx.partial_starts, e)
    for a, b, qid in ctx.partials[max(0, i - 8) : i]:
        if 2 * (min(e, b) - max(s, a)) >= e - s:
            return qid
    return None


def _direct_cue_in(ctx: _Ctx, s: int, e: int) -> str | None:
    """The id of a direct quote whose verb of saying lies in [s, e)."""
    i = bisect_left(ctx.direct_cues, (s, ""))
    if i < len(ctx.direct_cues) and ctx.direct_cues[i][0] < e:
        return ctx.direct_cues[i][1]
    return None


def _tagged_direct(ctx: _Ctx, s: int, e: int) -> str | None:
    """The id of a direct quote that opens [s, e) and has no verb of saying but a speaker
    named after it in the same sentence: a headline's tag ("'We need more time': harbour chief
    on the delays", "'...' – Jan Roe on the vote"). The tag says who speaks and what about; the
    sentence makes no claim of the outlet's own."""
    i = bisect_left(ctx.starts, s)
    if i >= len(ctx.direct) or ctx.text[s : ctx.direct[i][0]].strip(" \"“‘'"):
        return None
    qid = ctx.direct[i][2]
    q = next((q for q in ctx.quotes if q.id == qid), None)
    if q is None or q.cue_span is not None or q.speaker_span is None:
        return None
    return qid if q.span[1] <= q.speaker_span[0] and q.speaker_span[1] <= e else None


def _only_cue_outside(sent: Span, ctx: _Ctx) -> bool:
    """'"...", X said on Friday.': what is outside the quote is only the cue and its speaker."""
    verbs = cue_lexicon()
    outside = [
        t
        for t in sent
        if not t.is_punct and not t.is_space and _covered(ctx, t.idx, t.idx + len(t.text))[0] == 0
    ]
    return len(outside) <= 8 and any(verbs.is_cue(t) for t in outside)
