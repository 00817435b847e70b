"""Cues in headlines, which the small model parses badly.

A title-case headline ("Senator Endorses Roe For Mayor") is read word by word, verbs and nouns
of stance by their written form; a headline that opens with a name or a poll and a colon
("Poll: Most voters oppose the plan") gives what follows to them.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from contextreader.analysis.assertions.context import _Ctx, _Cue, _Found, _lemma
from contextreader.analysis.assertions.holders import _holder_found
from contextreader.analysis.assertions.quoted import _trimmed


def _colon_lead(sent: Span, ctx: _Ctx) -> _Found | None:
    """ "Poll: Most voters oppose the plan", "Jan Roe: The mill will reopen": a headline that
    opens with a person's or body's name or a poll and a colon gives the statement after it to
    them, as headlines do. Only at the start of a short line, and not after a genre label
    ("Analysis: ..."), which is the outlet's own."""
    doc = sent.doc
    text = ctx.text or doc.text
    s, e = _trimmed(sent, text)
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip() or len(sent) > 30:
        return None  # only a line of its own: a headline, with or without its full stop
    colon = next((t for t in sent[:7] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    words = [t for t in doc[colon.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(words) < 5 or text[s:e].rstrip().endswith("?"):
        return None  # "Roe: A late comeback", "Roe: Hero or villain?": a topic, not a claim
    lead = doc[colon.i - 1]
    if any(not (t.is_alpha or t.text in ("’s", "'s", ".", "-")) for t in doc[sent.start : colon.i]):
        return None
    before = doc[sent.start : colon.i]
    # "Jan Roe:", not "The X:"; or a name cr_people found where the tagger saw a common noun
    name = len(before) <= 3 and (
        all(t.pos_ == "PROPN" for t in before) or before[0].idx in ctx.mentioned
    )
    if (
        not name
        and lead.ent_type_ not in ("PERSON", "ORG")
        and lead.lemma_.lower() not in ctx.alex.polls
    ):
        return None
    return _holder_found(lead, colon, ctx)


def _title_case(sent: Span) -> bool:
    """A short line of mostly capitalised words: a title-case headline."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 3 or len(words) > 20:
        return False
    return sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _title_case_cue(sent: Span, ctx: _Ctx) -> _Found | None:
    """ "Senator Endorses Roe For Mayor": in a title-case headline the small model tags most
    words as names, so the words of saying and stance are found by their written form: a verb
    inflected after a capitalised subject, or plain after a plural one ("Moderators Ignore
    X"); a noun of stance with what it is about ("Companies Pull Support For X"); and a noun
    of others' reaction that no one holds ("Meeting Prompts Speculation")."""
    if not _title_case(sent):
        return None
    words = [t for t in sent if t.is_alpha]
    lists = ctx.alex.verbs | ctx.alex.decrees | ctx.verbs.verbs.keys()
    for prev, tok in pairwise(words):
        low, lemma = tok.lower_, _lemma(tok, ctx)
        # an "-s" word the tagger calls a plural noun is one ("Harbour Plans Divide Town")
        inflected = low.endswith("ed") or (low.endswith("s") and tok.tag_ not in ("NNS", "NNPS"))
        plain = (
            low == lemma
            and prev.i == tok.i - 1
            and prev.pos_ in ("NOUN", "PROPN")
            and prev.lower_.endswith("s")
        )
        if prev.text[0].isupper() and (inflected or plain) and lemma in lists:
            return _Found(tok, None)
    for i, tok in enumerate(words[1:], start=2):
        # a capitalised plural keeps its "s" in the lemma ("Brings Allegations Of ...")
        noun = tok.lower_.removesuffix("s") if tok.lower_ not in ctx.alex.nouns else tok.lower_
        if noun in ctx.alex.reactions or tok.lower_ in ctx.alex.reactions:
            return _Found(tok, _Cue(sent.doc[tok.i : tok.i + 1], "noun"))
        if noun in ctx.alex.nouns and i < len(words) and words[i].lower_ in ctx.alex.noun_preps:
            return _Found(tok, None)
    return None
