"""Which scare quotes the quotes component found are worth a loaded mark.

``distancing`` keeps one quoted word (or two around a loaded word) held at arm's length inside
the writer's own noun phrase ('the "reforms"', 'the "progressive" wing'), and turns away titles,
capitalised names, foreign terms, quoted sentences, terms being named ('known as a "reference"')
and lists of quoted terms. ``_echoes_speaker`` finds quoted words a speaker is quoted using
elsewhere in the article: those repeat the speaker, they are not the writer's distance. Whether a
kept scare quote passes a verdict is ``LoadedTerms._passes_verdict`` (``component.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import QUOTE_CHARS, _lemma, _title

# a scare quote longer than this is a lifted phrase, not a word held at a distance
MAX_SCARE_WORDS = 2
# what may come right before a quote used inside the writer's own noun phrase
SCARE_BEFORE = frozenset({"DET", "ADJ", "NUM"})
SENTENCE_END = frozenset({".", "?", "!", "…"})
# what joins items of a list of quoted words
LIST_LINKS = frozenset({",", "and", "or", "/", ";"})


def _is_title(span: Span) -> bool:
    """Quoted words that are a title ("Witch Hunt", a WORK_OF_ART), not a scare quote."""
    words = [t for t in span if t.is_alpha]
    if any(t.ent_type_ == "WORK_OF_ART" for t in span):
        return True
    return len(words) >= 2 and all(_title(t) or t.is_stop for t in words) and _title(words[0])


def _around(doc: Doc, span: Span) -> tuple[Token | None, Token | None]:
    """The words just outside the quotation marks around ``span`` (marks and spaces skipped)."""
    i = span.start - 1
    while i >= 0 and (doc[i].text in QUOTE_CHARS or doc[i].is_space):
        i -= 1
    j = span.end
    while j < len(doc) and (doc[j].text in QUOTE_CHARS or doc[j].is_space):
        j += 1
    return (doc[i] if i >= 0 else None), (doc[j] if j < len(doc) else None)


def _quote_nearby(doc: Doc, before: Token | None, after: Token | None) -> bool:
    """Another quoted item right before or after: a list of quoted words ("'votar,' 'donde'")."""
    if before is not None and before.text in LIST_LINKS and before.i > 0:
        prev = doc[before.i - 1].text
        if prev in QUOTE_CHARS or prev[-1:] in QUOTE_CHARS:
            return True
    if after is not None and after.text in LIST_LINKS and after.i + 1 < len(doc):
        return doc[after.i + 1].text[:1] in QUOTE_CHARS
    return False


def distancing(
    doc: Doc, span: Span, lexicon: Lexicon, loaded_words: frozenset[str] = frozenset()
) -> bool:
    """A scare quote that is the writer keeping a word at arm's length, worth a loaded mark.

    The quotes component calls any quoted words nobody is said to speak a scare quote. Most of
    those are something else: a phrase taken from a document, a title, a term being defined or
    named ("the term 'exemplar'", "known as 'Harbour Hands'"), a list of search terms, or a whole
    clause lifted from a letter. Kept: one word (or two around a word of the lexicon, 'the
    "Ostrevian meddling"'), not a title or a capitalised name, not a finished sentence, not
    introduced by a naming word, not part of a list, and used inside the writer's own noun
    phrase (after a determiner, possessive or adjective, or as a modifier of the next noun).
    """
    words = [t for t in span if t.is_alpha]
    if not 1 <= len(span.text.split()) <= MAX_SCARE_WORDS or _is_title(span):
        return False
    if len(span.text.split()) > 1 and not any(
        _lemma(t) in loaded_words or t.lower_ in loaded_words for t in words
    ):
        return False  # two quoted words without a loaded one are a term being mentioned
    if len(words) == 1 and _title(words[0]) and not words[0].is_sent_start:
        return False  # 'the "Conference"', an '"Islamic" city': a name or a capitalised term
    if any(t.text in SENTENCE_END for t in span[-2:]):
        return False  # a quoted sentence or its end: someone's words, not a single word held off
    if any(t.tag_ == "FW" for t in words):
        return False  # a foreign or Latin term is quoted as a term ("ex parte"), not doubted
    before, after = _around(doc, span)
    if before is None or _quote_nearby(doc, before, after) or _in_quote_run(doc, span):
        return False
    if _named_by(doc, before, lexicon):
        return False
    # the quoted words sit inside the writer's own noun phrase: 'the "reforms"', 'their
    # "dialogue"', 'a purely formal "truce"', or modify its noun: 'the "progressive" wing'
    in_phrase = before.pos_ in SCARE_BEFORE or before.dep_ == "poss"
    modifier = after is not None and after.pos_ == "NOUN" and after.sent == span.sent
    if len(words) > 1:
        # two quoted words before a noun name a kind of thing ('"blue badge" permits', 'a "harbour
        # watch" fund'): a term being mentioned, not a word held at a distance
        return in_phrase and not modifier
    return in_phrase or modifier


def _named_by(doc: Doc, before: Token, lexicon: Lexicon) -> bool:
    """A naming word right before the quote, or before its article or adjective: 'known as a
    "reference"', 'calling the ferry a "lifeline"'."""
    i = before.i
    for _ in range(3):
        tok = doc[i]
        if tok.lemma_.lower() in lexicon.naming or tok.lower_ in lexicon.naming:
            return True
        if tok.pos_ not in ("DET", "ADJ") or i == 0:
            return False
        i -= 1
    return False


def _echoes_speaker(doc: Doc, span: Span, speech: Sequence[tuple[int, int]]) -> bool:
    """The quoted words also occur inside a speaker's quoted words elsewhere in the article.

    Then the quotation marks repeat a speaker's word (a partial quote whose speaker is named
    elsewhere), rather than the writer holding a word of their own at a distance.
    """
    words = [re.escape(t.lower_) for t in span if t.is_alpha]
    if not words:
        return False
    # "game-changing" is three tokens: the words may be joined by a hyphen or a space
    pattern = re.compile(r"\b" + r"[\s-]+".join(words) + r"\b", re.IGNORECASE)
    text = text_of(doc)
    return any(
        not s <= span.start_char < e and pattern.search(text, s, e) is not None for s, e in speech
    )


def _in_quote_run(doc: Doc, span: Span) -> bool:
    """Quoted words next to other quoted words: a list of terms ('"autonomy," "viability"').

    Terms listed like this are mentioned, not held at a distance one by one.
    """
    text = text_of(doc)
    i = span.end_char
    while i < len(text) and text[i] in QUOTE_CHARS:
        i += 1  # the closing mark(s)
    k = i
    while k < len(text) and text[k] in ",; ":
        k += 1
    if k > i and k < len(text) and text[k] in QUOTE_CHARS:
        return True
    j = span.start_char - 1
    while j >= 0 and text[j] in QUOTE_CHARS:
        j -= 1  # the opening mark(s)
    k = j
    while k >= 0 and text[k] in ",; ":
        k -= 1
    return k < j and k >= 0 and text[k] in QUOTE_CHARS
