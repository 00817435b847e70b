"""Comment clauses: "..., shipping logs show, ...", "A lost season, fans complain".

A subject and a finite verb of saying, stance or ruling set off after what they report give the
rest of the sentence to the subject. The parser seldom links the two, so the clause is found
by its shape (the marks around it, the words its subject may hold) and the verb by its form.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import _Ctx, _Found, _lemma
from contextreader.analysis.assertions.holders import _holder_found

# marks that set off a comment clause ("..., residents complain -")
_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--", ";", ".", "!", "?", ":"})


def _comment_clause(verb: Token, ctx: _Ctx) -> _Found | None:
    """ "Over the winter, shipping logs show, the ferry ran empty"; "A lost season, fans
    complain - and ..."; "The pier will close, port records compiled by the trust show.": a
    subject and a finite verb of saying, stance or ruling set off by a comma after what they
    report are a comment clause, and the subject holds the rest of the sentence. The parser
    seldom links the two (it may even tag the verb a noun), so the clause is found by its
    shape and the verb by its written form. At the sentence's end the verb may keep a short
    tail with no verb in it ("..., Roe told a council panel Wednesday.")."""
    doc = verb.doc
    if verb.tag_ not in ("VBZ", "VBP", "VBD", "NN", "NNS"):
        return None
    lemma = _lemma(verb, ctx)
    if (
        lemma not in ctx.verbs.verbs
        and lemma not in ctx.alex.verbs
        and lemma not in ctx.alex.decrees
    ):
        return None
    sent = verb.sent  # (costly: only once the word is a cue)
    if verb.i == sent.start:
        return None
    if any(_own_modifier(c, verb) for c in verb.children):
        return None  # "the new report," is a noun
    if not _aside_follows(verb, sent):
        return None
    subj = doc[verb.i - 1]
    if subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.tag_ in ("PRP$", "WP"):
        return None
    k = subj.i
    while k > sent.start and verb.i - k <= _ASIDE_SUBJECT and not _aside_mark(doc[k - 1]):
        k -= 1
        if doc[k].pos_ not in _ASIDE_SUBJECT_POS and doc[k].tag_ != "VBN":
            return None  # more than a noun phrase stands before the verb
    if k <= sent.start + 1 or not _aside_mark(doc[k - 1]):
        return None  # nothing before the comma: no reported words for the clause to comment on
    if any(t.pos_ == "ADP" and not _in_subject(t) for t in doc[k : verb.i]):
        return None  # "..., at the last count": a phrase, not a subject ("compiled by X" is one)
    tail = doc[verb.i + 1 : sent.end]
    tailed = any(t.is_alpha for t in tail) and tail[0].text not in _ASIDE_MARKS
    if tailed and not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : k - 1]):
        return None  # "In addition, the city added 300 jobs": no clause for it to report
    noun_tagged = verb.tag_ in ("NN", "NNS")
    if noun_tagged and any(t.is_alpha for t in tail) and tail[0].text not in _ASIDE_MARKS:
        return None  # a noun-tagged verb needs its comment clause set off plainly
    return _holder_found(subj, verb, ctx)


# how far a comment clause's subject may reach back, and the words it may hold ("campaign and
# court records compiled by the trust")
_ASIDE_SUBJECT = 10
_ASIDE_SUBJECT_POS = frozenset(
    {"NOUN", "PROPN", "DET", "ADJ", "NUM", "PUNCT", "CCONJ", "ADP", "PART"}
)


def _own_modifier(child: Token, verb: Token) -> bool:
    """Whether a determiner or modifier the parser hung on a word is really its own ("the new
    report"), not one hung across a noun ("county clerk says") or, for "the"/"their", across a
    name ("the Harbour Trust show")."""
    if child.dep_ not in ("det", "poss", "nummod", "amod"):
        return False
    between = {t.pos_ for t in verb.doc[child.i + 1 : verb.i]}
    crossed = {"PROPN"} if child.dep_ in ("det", "poss") else {"PROPN", "NOUN"}
    return not between & crossed


def _aside_mark(tok: Token) -> bool:
    """A mark that sets off a comment clause (a hyphen inside a word, "home-state", is none)."""
    return tok.text in _ASIDE_MARKS and tok.tag_ != "HYPH"


def _in_subject(prep: Token) -> bool:
    """A preposition a comment clause's subject may hold: the agent of a participle ("records
    compiled by the trust") or one inside a name ("the Center for Public Policy")."""
    doc = prep.doc
    if prep.dep_ == "agent":
        return True
    return 0 < prep.i < len(doc) - 1 and doc[prep.i - 1].pos_ == doc[prep.i + 1].pos_ == "PROPN"


def _aside_follows(verb: Token, sent: Span) -> bool:
    """A comment clause's verb stands before a mark that ends it, or ends the sentence with
    a short tail of no more than an object and a time ("told a council panel Wednesday"); a
    headline's line ends with no mark (", study finds")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is None or nxt.text in _ASIDE_MARKS:
        return True
    if all(t.is_space for t in doc[verb.i + 1 : sent.end]):
        return True
    tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return False
    last = doc[sent.end - 1]
    return last.is_punct and last.text in (".", "!")
