"""Who holds the view a cue gives, and whether that holder is named.

The holder is a verb's subject (followed through conjoined verbs, "wants to", relative
clauses), a noun's possessor or "by"/"from" phrase, or the one who voices a noun ("Roe raised
concerns"). ``_holder_found`` turns a holder into a found attribution: named, or vague by its
source phrase (``sources``). The tests of what can hold a view at all (a person, a group, a
body, a poll or a study) are here too.
"""

from __future__ import annotations

from spacy.tokens import Token

from contextreader.analysis.assertions.context import _Ctx, _Cue, _Found, _lemma
from contextreader.analysis.assertions.sources import (
    _reading_instrument,
    _source_phrase,
    is_vague_source,
)
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.reported import gapped_relative
from contextreader.analysis.quotes.speakers import described_one

# subjects that stand for no one ("there were fears", "what critics say")
_EMPTY_SUBJECTS = frozenset({"there", "what", "whatever"})
# pronouns that stand for a thing or a fact, not for someone who can hold a view
_THING_PRONOUNS = frozenset({"it", "this", "that"})
# entity types of people and bodies that can hold a view, and of a time (which holds none)
_GROUP_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_WHEN = frozenset({"DATE", "TIME"})


def _holder_subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, followed through conjoined verbs, "..., saying", "wants to X"
    and relative clauses ("officials who fear that ...": the officials)."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            if c.lower_ in cue_lexicon().relatives and verb.dep_ == "relcl":
                # "she was a scientist who trusted data": the one the noun describes
                return described_one(verb.head) or verb.head
            return c
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return described_one(verb.head) or verb.head
    head = verb.head
    if verb.dep_ == "xcomp":
        # "leaving some to wonder whether ...": the object of the head verb is the holder
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and depth < 3:
            return _holder_subject(head.head, depth + 1)  # "Roe was quick to point out"
    if verb.dep_ == "pcomp" and depth < 3 and head.head.i != head.i:
        # "Roe has a habit of praising rivals", "tireless in thanking her crew"
        owner = head.head
        poss = next((c for c in owner.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if owner.pos_ in ("VERB", "AUX", "ADJ"):
            return _holder_subject(owner, depth + 1)
        if owner.dep_ in ("dobj", "attr") and owner.head.pos_ in ("VERB", "AUX"):
            return _holder_subject(owner.head, depth + 1)
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        return _holder_subject(verb.head, depth + 1)
    return None


def _holder_found(holder: Token, cue: Token, ctx: _Ctx) -> _Found:
    """Named or vague, by the holder's phrase; a phrase cr_quotes resolved to a person ("the
    diplomat" for the ambassador named before) is named."""
    span = _source_phrase(holder)
    if gapped_relative(cue) is not None:
        # "a move critics say ...": the noun the clause is on ("a move") is no part of the source
        before = [c.right_edge.i + 1 for c in holder.lefts if c.dep_ in ("compound", "det")]
        span = holder.doc[max(before, default=span.start) : span.end]
    if holder.idx not in ctx.resolved and is_vague_source(span, ctx.lex):
        return _Found(cue, _Cue(span, "source"))
    return _Found(cue, None)


def _person_holder(head: Token, cue: Token, ctx: _Ctx) -> _Found | None:
    """The holder found for ``cue`` when the subject of ``head`` (``_holder_subject``) is a
    person or a group of people (``_person_like``); None otherwise."""
    holder = _holder_subject(head)
    if holder is None or not _person_like(holder, ctx):
        return None
    return _holder_found(holder, cue, ctx)


def _person_like(tok: Token, ctx: _Ctx) -> bool:
    """A person or a group of people: a personal pronoun, a person's or group's name, or a
    noun for people who can speak ("officials", "the campaign")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ctx.verbs.pronouns
    return _can_hold(tok, ctx)


def _can_hold(tok: Token, ctx: _Ctx) -> bool:
    """A person, a named body, or a group noun: something that can hold a view - not a device
    that reads a value ("heart monitors recorded that ...")."""
    if _reading_instrument(tok, ctx.lex):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "there", "what", "which")
    if tok.ent_type_ in _GROUP_ENTS or tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in ctx.alex.holders
        or tok.lower_ in ctx.alex.holders  # "data" (the model's lemma is "datum")
        or lemma in ctx.lex.nouns
        or tok.lower_ in ctx.lex.nouns
        or tok.lower_ in ctx.lex.quantifiers
    )


def _a_person(tok: Token, ctx: _Ctx) -> bool:
    """Someone who can see or show a view, or a study or record that can show a finding: a
    personal pronoun, a person's name or a people's ("Republicans"), a mention cr_people or
    cr_quotes found, a quantifier or a count standing alone ("many", "all"), or a noun for
    people or bodies ([nouns] of vague_sources.toml, [holders], role nouns) or for a study, a
    poll or a record. A place ("some cities", "America") or a thing ("most drugs") is none."""
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ in ("PRON", "DET", "NUM") and words & ctx.lex.partitives:
        return True  # "all see a chance", "both saw a threat": the people meant before
    if tok.pos_ == "PRON":
        return tok.lower_ in ctx.verbs.pronouns and tok.lower_ not in _THING_PRONOUNS
    if tok.ent_type_ in ("PERSON", "NORP") or tok.idx in ctx.resolved or tok.idx in ctx.mentioned:
        return True
    if tok.ent_type_ in ("GPE", "LOC") or words & role_lexicon().place_nouns:
        return False
    alex = ctx.alex
    return bool(
        words & (ctx.lex.nouns | ctx.lex.quantifiers | alex.artifacts | alex.records | alex.polls)
        or words & (alex.holders | role_lexicon().roles.keys())
    )


def _is_poll(obj: Token, ctx: _Ctx) -> bool:
    """A poll, a survey, or an average or series "of" them."""
    if obj.lemma_.lower() in ctx.alex.polls or obj.lower_ in ctx.alex.polls:
        return True
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return inner is not None and (
        inner.lemma_.lower() in ctx.alex.polls or inner.lower_ in ctx.alex.polls
    )


def _noun_holder(noun: Token, ctx: _Ctx) -> Token | None:
    """Who holds the view a noun names: a possessive, "by"/"from"/"among" X, or the subject of a
    verb that voices it ("Roe raised concerns that ...")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in _WHEN:
            return c  # ("Tuesday's debate" says when, not whose)
    owner = _bare_apostrophe_owner(noun)
    if owner is not None:
        return owner
    head = noun.head
    if noun.dep_ == "dobj" and _lemma(head, ctx) in ctx.alex.holder_verbs:
        subj = _holder_subject(head)
        if subj is not None and _can_hold(subj, ctx):
            return subj
    return _voicing_subject(noun, ctx) or _committed_subject(noun, ctx)


def _voicing_subject(noun: Token, ctx: _Ctx) -> Token | None:
    """ "The actress Jane Roe was full of praise for her director", "Dahl was effusive in praise
    of the crew": a noun of stance after a predicate adjective of ``[voicing_adjectives]`` is
    voiced by the adjective's subject, whatever it is ("the letter was full of criticism")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "with"):
        return None
    adj = prep.head
    if adj.dep_ != "acomp" or adj.lower_ not in ctx.alex.voicing_adjectives:
        return None
    subj = _holder_subject(adj.head)
    return subj if subj is not None and subj.lower_ not in ("it", "there") else None


# prepositions that make a noun the basis of what the subject does ("ran on a promise")
_BASIS = frozenset({"on", "upon"})


def _committed_subject(noun: Token, ctx: _Ctx) -> Token | None:
    """ "Roe, who ran on a promise to cut fares", "Dahl campaigned on a pledge of reform": a
    commitment that is the basis of what an active verb's subject does is the subject's own
    (the relative clause's subject is the noun it is on)."""
    if noun.lemma_.lower() not in ctx.alex.commitments or noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in _BASIS or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = _holder_subject(verb)
    return subj if subj is not None and _person_like(subj, ctx) else None


def _bare_apostrophe_owner(noun: Token) -> Token | None:
    """ "Moss’ question", "Reyes' sharp question": a name ending in "s" and a bare apostrophe
    before the noun (and its modifiers) is a possessive, though the parser often hangs the name
    elsewhere (as a modifier, or as an object of the verb)."""
    doc = noun.doc
    k = noun.i - 1
    while k >= 0 and doc[k].head.i == noun.i and doc[k].dep_ in ("amod", "compound"):
        k -= 1  # "Moss’ pointed question"
    if k < 1 or doc[k].text not in ("’", "'"):
        return None
    owner = doc[k - 1]
    return owner if owner.pos_ == "PROPN" and owner.lower_.endswith("s") else None


def _by_holder(noun: Token) -> Token | None:
    """ "claims by X", "support from X", "anger among X", "drew criticism from X": X."""
    kids = list(noun.children)
    if noun.dep_ == "dobj":
        kids += [c for c in noun.head.children if c.i > noun.i]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "among"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None:
                return g
    return None
