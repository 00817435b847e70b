"""Whole-document passes once every quote is found: shared speakers and joined fragments.

A direct quote with no cue of its own goes on with the statement just before it, a line opening
with "Name:" gives its quotes to Name, and quoted fragments of one statement are joined into one
partial quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.direct import _line_lead, _near, bracketed_title
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.modality import prescribed
from contextreader.analysis.quotes.speakers import (
    _cue_speaker,
    _speaker,
    joint_people,
    saying_nouns,
)
from contextreader.report import Quote


def _inherit_speakers(quotes: list[Quote], text: str, turns: frozenset[str] = frozenset()) -> None:
    """A direct quote with no cue of its own goes on with the statement reported just before.

    'The plan is late, Roe said. "We need more time."' gives the quote to Roe: news style
    names the speaker once and lets the following quote lean on it. Only the nearest earlier
    quote with a speaker counts, in the same paragraph or the one before (``_near``). A longer
    fragment with no speaker of its own goes on with the quote before it in its paragraph
    ('"...," said Roe. "I would not call it reform. It is a tax rise" for the rich.').
    The quotes in ``turns`` are turns of an exchange, another party's than the quote before:
    they keep the speaker they have, or none.
    """
    ordered = sorted(quotes, key=lambda q: q.span)
    last: Quote | None = None
    for q in ordered:
        if (
            q.speaker_text is None
            and q.id not in turns
            and last is not None
            and last.span[1] <= q.span[0]
            and (
                (q.kind == "direct" and _near(text, last.span[1], q.span[0]))
                or (q.kind == "partial" and _same_paragraph(text, last.span[1], q.span[0]))
            )
        ):
            q.speaker_id, q.speaker_text = last.speaker_id, last.speaker_text
            q.speaker_span = last.speaker_span
        if q.speaker_text is not None and q.kind != "scare":
            last = q


def _same_paragraph(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a short stretch with no paragraph break."""
    return end - start < 300 and "\n" not in text[start:end]


def _possessor_speakers(quotes: list[Quote], ix: _Index) -> None:
    """Quoted words that make up something a person said, named with a possessor, are theirs.

    "Roe's '47 percent' remark" quotes the remark itself; in "Roe's slogan is 'Fair Shares'"
    the slogan is the quote. The noun is a noun of saying (``nouns``) or a word for what
    someone says or goes by (``sayings``); its possessor is the speaker and the noun the cue.
    Only quotes with no speaker of their own change; a scare quote becomes a partial quote.
    """
    lex = cue_lexicon()
    words = lex.nouns | saying_nouns()
    for q in quotes:
        if q.speaker_text is not None or bracketed_title(ix, lex, *q.span):
            continue  # (a headline cited in brackets after "your report" is no one's words)
        noun = _saying_noun(q, ix, words)
        poss = next((c for c in noun.children if c.dep_ == "poss"), None) if noun else None
        if noun is None or poss is None:
            continue
        spk = _speaker(poss, ix, lex)
        q.speaker_id, q.speaker_text, q.speaker_span = spk.person, spk.text, spk.span
        q.cue_span, q.cue = (noun.idx, noun.idx + len(noun.text)), noun.lemma_.lower()
        if q.kind == "scare":
            q.kind = "partial"


def _named_after(quotes: list[Quote], ix: _Index) -> None:
    """A direct quote with no cue found that a person's name follows in its own sentence is
    that person's: '"We were wrong," Roe, 58, told the paper', '"Not us!" Roe, the head of
    the fund, wrote'. News style names the speaker right after the closing mark; the parse of
    such a line may miss the verb (a long apposition, a verb the tagger took for a name), and
    the speaker handed on from an earlier quote is then someone else. The quote must end with
    a comma inside or outside the mark, or the name be set off by a comma, and the name may not
    be a possessive ("Roe's aide said")."""
    text = ix.text
    for q in quotes:
        if q.kind != "direct" or q.cue_span is not None:
            continue
        found = _name_right_after(q, ix)
        if found is None or (q.speaker_span is not None and q.speaker_span[0] >= q.span[1]):
            continue
        s, e, pid = found
        q.speaker_id, q.speaker_text, q.speaker_span = pid, text[s:e], (s, e)


def _name_right_after(q: Quote, ix: _Index) -> tuple[int, int, str] | None:
    """The person mention that follows a quote's closing mark on its line, as _named_after
    wants it, or None."""
    text = ix.text
    i = q.span[1]
    while i < len(text) and text[i] in _CLOSING:
        i += 1
    comma = text[q.span[1] - 1 : i].count(",") > 0
    while i < len(text) and text[i] in " \t":
        i += 1
    m = ix.person_in(i, i + 1)
    if m is None or m[0] != i or "\n" in text[q.span[1] : i]:
        return None
    rest = text[m[1] : m[1] + 3]
    if rest.startswith(("'s", "’s", "'", "’")):
        return None
    return m if comma or rest.startswith(",") else None


_CLOSING = frozenset("\"”’'»,")


def _saying_noun(q: Quote, ix: _Index, words: frozenset[str]) -> Token | None:
    """The noun of saying a quote premodifies ("Roe's 'fair share' remark") or is the
    predicate of ("Roe's slogan is '...'"), or None."""
    start, end = q.span
    for t in ix.doc[ix.token_at(start).i : ix.token_at(max(start, end - 1)).i + 1]:
        h = t.head
        if start - 1 <= h.idx < end + 1:
            continue  # attached inside the quote
        if h.pos_ == "NOUN" and t.i < h.i and t.dep_ in _PREMODIFIERS and _said(h, words):
            return h
        if _set_after(h, t, q, ix) and _said(h, words):
            return h  # "Roe's motto: '...'", "Her slogan, '...', was everywhere"
        if h.lemma_ == "be" and t.i > h.i and t.dep_ in ("attr", "ccomp", "acomp", "xcomp"):
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "NOUN" and _said(subj, words):
                return subj
    return _holding_noun(ix.token_at(start), words)


def _holding_noun(tok: Token, words: frozenset[str], limit: int = 6) -> Token | None:
    """A possessed noun of saying whose complement holds the quoted words: "Roe's pledge to
    stay 'neutral'", "her warning that the town would be 'the last in line'". The words are
    part of what the possessor pledged or warned. The search goes up the parse from the quote
    and stops at a verb of saying (that verb reports the words) or a clause's subject."""
    lex = cue_lexicon()
    for _ in range(limit):
        if tok.dep_ in ("nsubj", "nsubjpass", "ROOT") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and lex.is_cue(tok):
            return None
        if tok.pos_ == "NOUN" and _said(tok, words) and any(c.dep_ == "poss" for c in tok.children):
            return tok
    return None


def _set_after(noun: Token, t: Token, q: Quote, ix: _Index) -> bool:
    """True when a quote is set off right after a noun by a comma or a colon and hangs on it
    (an apposition, or the clause the parser made of the quoted words): the quote is what the
    noun names."""
    if noun.pos_ != "NOUN" or t.i <= noun.i or t.dep_ not in ("appos", "acl"):
        return False
    between = ix.text[noun.idx + len(noun.text) : q.span[0]]
    return between.strip(" \"“‘'") in (",", ":")


def _said(noun: Token, words: frozenset[str]) -> bool:
    return noun.lemma_.lower() in words or noun.lower_ in words


_PREMODIFIERS = frozenset({"nmod", "compound", "amod", "nummod", "npadvmod"})


def _headline_speakers(quotes: list[Quote], ix: _Index) -> None:
    """On a line with a "Name:" lead, every quote with its cue after the colon is Name's.

    Headlines and transcripts write "Roe: Budget 'Too Small'" or "ROE: I think we will win";
    the name is the one speaking, even where a verb inside the line has a subject of its own.
    Which lead a quote belongs to is ``_line_lead``'s decision (a later "Name:" on the line
    takes over: 'Roe: "A." Doe: "B."'); a lead that names no person leaves a quote that has its
    own cue and speaker alone.
    """
    text = ix.text
    for q in quotes:
        if q.kind == "scare" and q.speaker_text is None:
            continue
        lead = _line_lead(q.span[0], ix)
        if lead is None or (q.cue_span is not None and q.cue_span[0] < lead.end):
            continue
        s, e = lead.name
        if q.speaker_span == (s, e):
            continue
        found = ix.person_in(s, e)
        pid = found[2] if found is not None else ix.person_named(text[s:e])
        if pid is None and q.cue_span is not None and q.speaker_text is not None:
            continue
        q.speaker_id = pid
        q.speaker_text, q.speaker_span = text[s:e], (s, e)
        if q.kind == "scare":
            q.kind = "partial"


def _opening_quote_line_end(q: Quote, text: str) -> int | None:
    """The end of the line a quote opens (nothing before it but its opening mark), or None
    when the line has words before the quote."""
    line_start = text.rfind("\n", 0, q.span[0]) + 1
    if text[line_start : q.span[0]].strip() not in ('"', "“", "‘", "'"):
        return None
    line_end = text.find("\n", q.span[1])
    return len(text) if line_end < 0 else line_end


def _tagged_speakers(quotes: list[Quote], ix: _Index) -> None:
    """'"We will not give in": an interview with Jan Roe': a line that opens with a quote with
    no speaker, then a colon, then words naming one person (no "and" or list) and no verb of
    saying, is a headline or caption tagging the quote with whoever says it."""
    text = ix.text
    lex = cue_lexicon()
    for q in quotes:
        if q.speaker_text is not None or q.kind not in ("direct", "partial"):
            continue
        line_end = _opening_quote_line_end(q, text)
        if line_end is None:
            continue
        after = text[q.span[1] : line_end]
        tag = after.lstrip("\"”’' ")
        if not tag.startswith(":") or re.search(r"\band\b|&|,", tag):
            continue  # no tag, or a tag that names more than one ("Roe and Doe on ...")
        start = line_end - len(tag) + 1
        people = {m[2] for m in ix.mentions if start <= m[0] and m[1] <= line_end}
        # the tag's tokens, up to the line's end (``bisect_left``: the first token at or past it)
        words = ix.doc[ix.token_at(start).i : bisect_left(ix.tok_starts, line_end)]
        if len(people) != 1 or any(lex.is_cue(t) and t.pos_ == "VERB" for t in words):
            continue
        m = next(m for m in ix.mentions if start <= m[0] and m[1] <= line_end)
        q.speaker_id, q.speaker_text, q.speaker_span = m[2], text[m[0] : m[1]], (m[0], m[1])


# what sets a headline's tag off from the quote it opens with: "'...': water chief on ...",
# "'...' – union leader on ..."
_TAG_MARKS = frozenset({":", "–", "—", "-"})


def _role_tag_speakers(quotes: list[Quote], ix: _Index) -> None:
    """A headline that opens with a quote and tags it with a bare role phrase and no name:
    "'We need more time': harbour chief on the delays", "'...' – rail minister on the cuts",
    "'...', says union leader". Headlinese drops the article, so a bare role phrase points to
    the one person the article gives that office; the body names them. The phrase runs from
    the colon or dash (or is the speaker a verb of saying already found) to a preposition or
    the line's end, holds no name and no determiner, and ends in a role noun
    (``role_nouns.toml``). The quote gets the phrase as its speaker, and the person whose role
    holds that noun as a word ("chief executive of the water company" for "water chief") when
    exactly one person's does; else no person. A phrase with a determiner ("said a union
    leader", "the chief said") is left alone: an indefinite one names no one, and a definite
    one is the people component's to resolve."""
    text = ix.text
    for q in quotes:
        if q.speaker_id is not None or q.joint_ids or q.kind not in ("direct", "partial"):
            continue
        line_end = _opening_quote_line_end(q, text)
        if line_end is None:
            continue
        if ix.person_in(q.span[1], line_end) is not None:
            continue  # the tag names someone: ``_tagged_speakers``' case
        if q.speaker_text is None:
            phrase = _tag_phrase(q.span[1], line_end, ix)
        elif q.speaker_span is not None and q.span[1] <= q.speaker_span[0] < line_end:
            phrase = _role_phrase(ix, *q.speaker_span)
        else:
            continue
        if phrase is None:
            continue
        s, e = phrase
        q.speaker_text, q.speaker_span = text[s:e], (s, e)
        q.speaker_id = _one_holder(ix, text[s:e])


def _tag_phrase(after: int, line_end: int, ix: _Index) -> tuple[int, int] | None:
    """The role phrase of a tag after a colon or dash that follows a quote's closing mark."""
    text = ix.text
    i = after
    while i < line_end and (text[i] in _CLOSING or text[i] in " \t") and text[i] != ",":
        i += 1
    if i >= line_end or text[i] not in _TAG_MARKS:
        return None
    first = bisect_left(ix.tok_starts, i + 1)
    stop = first
    while stop < len(ix.doc) and ix.doc[stop].idx < line_end:
        t = ix.doc[stop]
        if t.pos_ == "ADP" or t.is_punct:
            break
        stop += 1
    words = ix.doc[first:stop]
    if not len(words):
        return None
    return _role_phrase(ix, words[0].idx, words[-1].idx + len(words[-1].text))


def _role_phrase(ix: _Index, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) when text[start:end] is a bare role phrase: at most four words of
    nouns and adjectives, no determiner, no verb, ending in a role noun ("water chief", "rail
    minister", "union leader")."""
    words = ix.text[start:end].split()
    toks = ix.doc[ix.token_at(start).i : bisect_left(ix.tok_starts, end)]
    if not 1 <= len(words) <= 4 or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in toks):
        return None
    if role_lexicon().roles.get(words[-1].lower()) is None:
        return None
    return start, end


def _one_holder(ix: _Index, phrase: str) -> str | None:
    """The one person whose role the tag's ``phrase`` names, or None when none or several do.
    The role must hold every word of the phrase ("chief executive of the water company" for
    "water chief"), its first role noun must be one of them (not "adviser to the rail minister"
    for "rail minister"), a one-word phrase must be the whole role ("minister", not "Prime
    Minister"), and a past holder ("former rail minister") holds it no longer."""
    tag = [w.lower() for w in re.findall(r"[\w'’-]+", phrase)]
    lex = role_lexicon()
    ids = set()
    for p in ix.doc._.cr_people or []:
        words = [w for w in re.findall(r"[\w'’-]+", (p.role or "").lower()) if w not in _ARTICLES]
        if not words or any(w in lex.side_markers for w in words):
            continue  # a past holder ("former", "retired": role_nouns.toml side_markers)
        if not all(w in words for w in tag):
            continue
        if len(tag) == 1 and words != tag:
            continue
        if next((w for w in words if lex.roles.get(w) is not None), None) in tag:
            ids.add(p.id)
    return ids.pop() if len(ids) == 1 else None


_ARTICLES = frozenset({"a", "an", "the"})


def _pieces(quotes: list[Quote], marked: list[tuple[int, int]]) -> None:
    """Give a direct or partial quote written in several pieces ('"A," she said. "B."',
    'called it "reckless" and "cruel"') the pieces inside its marks, so a reader shows the
    speaker's words and not the narration between them. ``marked`` holds every pair of marks
    as found (before split quotes are joined), sorted: single marks too, which a text that
    quotes in straight single marks ("'A,' she said. 'B.'") quotes with. A pair of marks
    inside another one (a quote within the quote) is part of that piece."""
    starts = [a for a, _ in marked]
    for q in quotes:
        if q.kind not in ("direct", "partial"):
            continue
        s, e = q.span
        i = bisect_left(starts, s)
        pieces: list[tuple[int, int]] = []
        for a, b in marked[i:]:
            if a >= e:
                break
            if b <= e and not (pieces and a < pieces[-1][1]):
                pieces.append((a, b))
        if len(pieces) > 1 and pieces[0][0] == s and pieces[-1][1] == e:
            q.parts = pieces


def _join_partials(quotes: list[Quote], ix: _Index) -> list[Quote]:
    """Quoted fragments of one statement (same cue, same paragraph) are one partial quote.

    'X called the plan "reckless" and "cruel"' quotes one statement in two pieces; listing it
    once keeps the count of what X said honest. The span runs from the first to the last piece.
    """
    out: list[Quote] = []
    last: Quote | None = None
    for q in sorted(quotes, key=lambda q: q.span):
        if q.kind != "partial":
            out.append(q)
            continue
        if last is not None and _one_statement(last, q, ix):
            last.span = (last.span[0], q.span[1])
            continue
        out.append(q)
        last = q
    return out


_SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+[\"“‘']?[A-Z]")


def _one_statement(last: Quote, q: Quote, ix: _Index) -> bool:
    """Two partial quotes are pieces of one statement: same cue and speaker in one paragraph,
    or, with no cue word, the same speaker in one sentence ('she said it would be "ugly," "a
    shock" and "a fight"' after the cue's own sentence has named her); never across a verb of
    saying of the writer's between them, which makes a statement of its own ('described it as
    "reckless," warning it would "bankrupt" farmers')."""
    text = ix.text
    between = text[last.span[1] : q.span[0]]
    if "\n" in between or q.speaker_span is None or q.speaker_span != last.speaker_span:
        return False
    if _cue_between(last, q, ix):
        return False
    if q.cue_span is not None:
        return q.cue_span == last.cue_span
    return last.cue_span is None and len(between) < 200 and not _SENTENCE_BREAK.search(between)


def _cue_between(last: Quote, q: Quote, ix: _Index) -> bool:
    """True when a verb of saying of the same speaker, other than the fragments' own cue,
    stands between them ("and warned that", ", warning that"): the speaker's second statement.
    A verb of someone or something else there ("'theatre' that shows its 'contempt'") is part
    of the one statement."""
    lex = cue_lexicon()
    first, stop = ix.token_at(last.span[1]).i, ix.token_at(q.span[0]).i
    for tok in ix.doc[first:stop]:
        if tok.pos_ != "VERB" or ix.in_quote(tok.idx) or not lex.is_cue(tok):
            continue
        if (tok.idx, tok.idx + len(tok.text)) in (q.cue_span, last.cue_span) or prescribed(tok):
            continue
        spk = _cue_speaker(tok, ix, lex)
        if spk is not None and (
            spk.span == q.speaker_span or (spk.person is not None and spk.person == q.speaker_id)
        ):
            return True
    return False


WRITER = "the writer"  # how a quote whose speaker is the article's own "I" names that speaker


def _writer_speakers(quotes: list[Quote], ix: _Index) -> None:
    """Name the speaker "the writer" where it is the article's own "I" or "me", outside anyone's
    quotation marks ("Let me say it plainly: ...", "I'm sure that ..."): a reader meets the
    quote in a list of speakers, where a bare "I" or "me" says nothing. The speaker's span
    still points at the pronoun."""
    for q in quotes:
        span = q.speaker_span
        if span is None or q.speaker_id is not None or ix.in_quote(span[0]):
            continue
        word = ix.text[span[0] : span[1]].lower()
        # "we" may be the outlet, or a people the writer is one of; "my" holds a view ("My view
        # is that ...")
        if word in ("i", "me", "my"):
            q.speaker_text = WRITER


def _joint_speakers(quotes: list[Quote], ix: _Index) -> None:
    """A quote whose speaker is a coordinated subject ("Roe and Doe said") is said by each
    person it names: their ids go in ``joint_ids``, in text order, while ``speaker_id`` stays
    None (no one of them says it alone). Read from the speaker's span once every pass has
    set it, so a quote that inherits the speaker inherits the people too."""
    for q in quotes:
        if q.speaker_id is not None or q.speaker_span is None:
            continue
        span = ix.doc.char_span(*q.speaker_span, alignment_mode="expand")
        if span is None or not len(span):
            continue
        q.joint_ids = joint_people(span.root, q.speaker_span[1], ix)
