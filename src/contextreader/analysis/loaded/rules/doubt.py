"""Rules for hedges and doubt words: "alleged" (and "purported"), "claims", "supposedly" /
"ostensibly", and words that are also legal terms ("fraudulent").

In court and crime reporting "alleged" is the standard legal caution (``_legal_context``), and
"claimed" is how much news reports any statement; they are marked only where the sentence frames
the matter as disputed (``_contested``), leaving out the hedge's own words and what it hangs from
(``_own_scope``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.assertions.lexicon import attribution_lexicon
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import CLAUSAL, PREDICATES, _a_person, _heads_a_clause

# a preposition after "claims" that names who makes them: "claims by critics"
CLAIM_PREPS = frozenset({"by"})
# what a doubt adverb qualifies when it is ironic about a description: "the supposedly
# independent panel", "an ostensibly neutral report"
DESCRIPTIVE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def _legal_context(sent: Span, legal: frozenset[str]) -> bool:
    """True when the sentence or the one before is about courts, charges or police: a word of
    ``[context] legal``, or one of its phrases, matched on the lemmas of the words in turn ("filed
    a complaint": "file a complaint")."""
    doc = sent.doc
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    words = doc[start : sent.end]
    if any(t.lemma_.lower() in legal or t.lower_ in legal for t in words):
        return True
    lemmas = f" {' '.join(t.lemma_.lower() for t in words)} "
    return any(" " in p and f" {p} " in lemmas for p in legal)


# the hedge's own words, the words of what it says, and the words it hangs from (see
# ``_own_scope``)
_Scope = tuple[range, set[int], set[int]]


def _contested(sent: Span, scope: _Scope, lexicon: Lexicon) -> bool:
    """True when the sentence frames its matter as disputed: a denial, a dispute, a doubt word.

    "claimed" or "alleged" alone is how much news reports any statement or charge; together with
    "denied", "without evidence" or "hoax" it marks the writer keeping a matter at arm's length.
    The words of ``scope`` do not count (see ``_own_scope``).
    """
    hedge, own, governors = scope
    ignored = own | governors | _affirmed(sent, lexicon)
    for t in sent:
        if t.i in ignored or t.head.i in hedge:
            continue  # "falsely claimed": the writer's own verdict, carried by the adverb itself
        if t.lemma_.lower() in lexicon.contested or t.lower_ in lexicon.contested:
            return True
    text = " ".join(t.lower_ for t in sent if t.i not in ignored)
    return any(" " in cue and cue in text for cue in lexicon.contested)


def _affirmed(sent: Span, lexicon: Lexicon) -> set[int]:
    """The words of phrases that affirm rather than doubt ("no doubt", "beyond doubt"), which
    hold a doubt word without disputing anything."""
    words = [t.lower_ for t in sent]
    found: set[int] = set()
    for phrase in lexicon.affirming:
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                found.update(range(sent.start + i, sent.start + i + len(parts)))
    return found


def _own_scope(doc: Doc, start: int, end: int, governed: bool = False) -> _Scope:
    """The words that cannot show a hedge or a verb of saying to be framing a disputed matter.

    * the hedge and what it says or qualifies: "claimed there was no evidence" and "had
      supposedly rejected the offer" are not disputed by their own content; a cue set into
      its clause ("The witness, she claimed, was a fraud") has the whole clause for content;
    * with ``governed``, the words a claim hangs from: in "rejected the claim that ...", "lied
      by claiming ..." or "the claim that ... is nonsense" the dispute is stated outright and
      "claim" only names what is disputed, so it hints at nothing. Coordinated clauses ("denied
      it, but Harlan claimed ...") are not what the claim hangs from.
    """
    tok = doc[start]
    hedge = range(start, end)
    own = set(hedge)
    for c in tok.children:
        if c.dep_ in CLAUSAL:
            own.update(t.i for t in c.subtree)
    if tok.dep_ == "parataxis":
        own.update(t.i for t in tok.head.subtree)
    elif tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
        own.add(tok.head.i)  # "supposedly rejected the offer": the verb it qualifies
        for c in tok.head.children:
            if c.dep_ in ("xcomp", "ccomp"):
                own.update(t.i for t in c.subtree)  # "ostensibly decided to deny the request"
    governors: set[int] = set()
    child = tok
    while governed and child.head.i != child.i and child.dep_ != "conj":
        governor = child.head
        governors.add(governor.i)
        if child.dep_ in ("nsubj", "nsubjpass"):
            # "the claim that ... is nonsense": the predicate disputes the claim openly
            for pred in (c for c in governor.children if c.dep_ in PREDICATES):
                governors.update(t.i for t in pred.subtree)
        child = governor
    return hedge, own, governors


def rule_alleged(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'alleged' is doubt outside court and crime reporting, where it is the legal caution.

    Even there it is only marked where the sentence frames the matter as contested. The verb
    ("she alleged that ...", "what he has alleged") is the plain word for making an accusation
    and is not marked; the doubt lies in "the alleged X", which keeps X itself at a distance.
    """
    if _heads_a_clause(doc[start]):
        return None
    sent = doc[start].sent
    if _legal_context(sent, lexicon.legal):
        return None
    if not _contested(sent, _own_scope(doc, start, end), lexicon):
        return None
    return start, end


def rule_not_legal(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word that is also a legal term ("fraudulent payments" in an indictment) is loaded only
    outside court, charge and police reporting, where it is the writer's own verdict."""
    if _legal_context(doc[start].sent, lexicon.legal):
        return None
    return start, end


def rule_claims(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'claim' as a statement of contested truth, not a demand, a right or a toll.

    It must frame a statement ("claimed that ...", "claims by critics") in a sentence that
    treats the matter as disputed; otherwise "claimed" is ordinary attribution.
    """
    found = _claim_frames_statement(doc, start, end)
    scope = _own_scope(doc, start, end, governed=True)
    if found is None or not _contested(doc[start].sent, scope, lexicon):
        return None
    return found


def _claim_frames_statement(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tok = doc[start]
    children = list(tok.children)
    modified = any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ != "PRON" for c in children)
    if modified and tok.pos_ == "NOUN":
        return None  # "insurance claims", "the company's claim"
    if tok.pos_ == "VERB":
        if any(c.dep_ in CLAUSAL for c in children) or tok.dep_ in ("parataxis",):
            return start, end
        return None
    if tok.pos_ == "NOUN":
        for c in children:
            if c.dep_ in ("acl", "relcl", "ccomp") and any(g.lower_ == "that" for g in c.children):
                return start, end
            if c.dep_ == "prep" and c.lower_ in CLAIM_PREPS:
                return start, end
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that":
            return start, end
    return None


def rule_ironic(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'supposedly', 'ostensibly' are doubt where they undercut a description or a disputed matter.

    "the supposedly independent panel" denies the panel the adjective: the writer's doubt. "He
    supposedly met the envoy" or "ostensibly to practise calligraphy" report what is said or
    stated, much as "reportedly" does; that is only framed as doubt where the sentence disputes
    it (a denial, "hoax", "no evidence"), as with "alleged".
    """
    tok = doc[start]
    head = tok.head
    describes = head.i != tok.i and head.pos_ in DESCRIPTIVE_POS and head.dep_ != "ROOT"
    if head.dep_ in ("attr", "acomp") and head.head.lemma_ == "be":
        describes = False  # "is supposedly neutral", however attached: see below
    if describes and head.i > tok.i:
        return start, end  # "a supposedly independent panel", "the ostensibly neutral report"
    if _doubted_description(doc, start, end, lexicon):
        return start, end  # "who is supposedly his friend", "the panel is supposedly neutral"
    return rule_alleged(doc, start, end, lexicon)


# prepositions that put a state in time: "supposedly ready by May", "open until the summer"
_TIME_PREPS = frozenset({"by", "until", "till", "within", "before", "after", "since"})


def _of_time(prep: Token) -> bool:
    """A preposition of time, or one whose object is a date or a time ("safe in the spring")."""
    return prep.lower_ in _TIME_PREPS or any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children
    )


def _doubted_description(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'X is supposedly Y' where Y describes X: a plain adjective ("the panel is supposedly
    neutral") or a word for a person's role or tie ("he is supposedly his friend"), right after
    the adverb, of a real subject. Not "there is" or "it is" ("there is supposedly a tunnel",
    "it is supposedly possible"), a superlative, a timing or a prospect ("supposedly the worst
    in a century", "supposedly due next week"), which report hearsay as "reportedly" does, nor
    court and police reporting ("the suspect is supposedly the driver, police said"), where
    these are left to rule "alleged"."""
    tok = doc[start]
    verb = tok.head
    if verb.dep_ in ("attr", "acomp"):
        verb = verb.head  # the adverb hung from the predicate: "is [supposedly neutral]"
    if verb.lemma_ != "be" or end >= len(doc):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None or subject.dep_ == "expl" or subject.lower_ in ("it", "there"):
        return False
    pred = next(
        (c for c in verb.children if c.dep_ in ("attr", "acomp") and c.left_edge.i in (start, end)),
        None,
    )
    if pred is None or _legal_context(tok.sent, lexicon.legal):
        return False
    if pred.pos_ == "ADJ":
        if pred.lower_ in attribution_lexicon().forecasts:
            return False  # "is supposedly due", "supposedly set to", "likely": a prospect
        if any(c.dep_ == "prep" and c.i > pred.i and _of_time(c) for c in verb.children):
            return False  # "is supposedly ready by May", the time hung on "is"
        return pred.tag_ == "JJ" and not any(
            c.dep_ in ("xcomp", "ccomp", "npadvmod") or (c.dep_ == "prep" and _of_time(c))
            for c in pred.children
        )  # "supposedly independent of the board" is doubt, "ready by May" a timing
    return pred.pos_ == "NOUN" and _a_person(pred, lexicon)
