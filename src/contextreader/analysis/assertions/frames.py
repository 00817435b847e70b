"""Phrases that frame a clause as someone's: "In a new poll", "per X", "To Roe,", a side,
"by her own account".

"In his letter, Roe ..." and "per the court filing" give the clause to the document's author
(or the document); "Roe leads in the polls" to the polls; "To many voters, ..." to those
voters; "It was, by her own account, a disaster" to her ("by all accounts" to no one
named); "Most voters are against the plan", "Roe came out in favour of the deal" give the
subject's side.
"""

from __future__ import annotations

from spacy.tokens import Token

from contextreader.analysis.assertions.context import _Ctx, _Cue, _Found
from contextreader.analysis.assertions.holders import (
    _by_holder,
    _holder_found,
    _is_poll,
    _person_holder,
    _person_like,
)
from contextreader.analysis.assertions.lexicon import attribution_lexicon
from contextreader.analysis.quotes.lexicon import cue_lexicon


def _side_taken(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "Most voters are against the plan", "Roe came out in favour of the deal": a side taken,
    after "be" or a verb with "out" ("come out", "speak out"); the subject takes it. Other
    verbs with "against" are mostly acts ("played against", "ran against")."""
    if prep.lower_ == "in":
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ not in ctx.alex.side_nouns:
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            return None
    elif not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None  # ("are against closing the pier": a gerund is a side too)
    head = prep.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    if head.lemma_.lower() != "be" and not out:
        return None
    return _person_holder(head, prep, ctx)


def _viewpoint_frame(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "To Roe, the new timetable was a mistake": a "to" phrase set before the clause with a
    comma names whose view the clause gives. Only a person or a group ("To many voters, ..."),
    so "To date, ..." is no view."""
    head = prep.head
    if head.dep_ != "ROOT" or prep.i > head.i or prep.i != prep.sent.start:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    after = obj.right_edge.i + 1 if obj is not None else -1
    if obj is None or after >= len(prep.doc) or prep.doc[after].text != ",":
        return None
    if not _person_like(obj, ctx):
        return None
    return _holder_found(obj, prep, ctx)


def _taking_part(head: Token, ctx: _Ctx) -> bool:
    """Whether an "in" poll phrase hangs on taking part or working in it ("took part in the
    survey", "worked in polling", "has a role in the poll"): the poll as an activity, which
    reports no finding."""
    words = ctx.alex.taking_part
    return head.lemma_.lower() in words or any(
        c.dep_ == "dobj" and c.lemma_.lower() in words for c in head.children
    )


def _per_source(obj: Token, ctx: _Ctx) -> bool:
    """ "per the Harbour Gazette", "per Roe", "per a city spokesman", "per officials": a name,
    or people with a determiner or in the plural; a bare singular is a rate ("five dollars per
    person")."""
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG"):
        return True
    counted = obj.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in obj.children)
    return counted and _person_like(obj, ctx)


def _artifact_attribution(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "In a new poll by X, ...", "In his letter, Roe ...", "per the court filing": the
    sentence gives what the poll found or the letter says. The holder is the artifact's
    possessor or author ("by X"), else the artifact itself, named ("a Gallup poll") or not."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if prep.lower_ == "in" and _is_poll(obj, ctx) and not _taking_part(prep.head, ctx):
        # "Roe leads in the polls", "trails in a series of polls", "a third of those in the
        # survey approved": what the polls found
        return _Found(prep, None)
    if prep.lower_ == "per" and _per_source(obj, ctx):
        return _holder_found(obj, prep, ctx)  # "..., per the Harbour Gazette."
    if obj.lemma_.lower() not in ctx.alex.artifacts:
        return None
    if prep.lower_ == "in" and not (prep.head.dep_ == "ROOT" and prep.i < prep.head.i):
        return None  # a frame put before the clause; "she spoke in the interview" is no source
    holder = next((c for c in obj.children if c.dep_ == "poss"), None) or _by_holder(obj)
    if holder is not None:
        return _holder_found(holder, prep, ctx)
    return _Found(prep, None)


def account_frame(prep: Token) -> Token | None:
    """The noun of a "by X's account" frame on a clause ("It was, by her own account, a
    disaster", "By all accounts, the talks went well", "by his reckoning"): "by" set in the
    clause (not the agent of a passive) with a noun of ``[accounts]`` that has an owner, an
    "of" phrase or a quantifier; None otherwise ("by account number", "paid by account
    transfer")."""
    if prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    accounts = attribution_lexicon().accounts
    if obj is None or not {obj.lemma_.lower(), obj.lower_} & accounts:
        return None
    kids = [c for c in obj.children if c.dep_ in ("poss", "det", "prep")]
    if any(c.dep_ == "poss" and c.lower_ in cue_lexicon().first_person for c in kids):
        return None  # "by our count": the writer's own reckoning
    return obj if any(c.lower_ not in _PLAIN for c in kids) else None


# determiners that give an account no teller and no count ("by the account", "by an estimate")
_PLAIN = frozenset({"the", "a", "an", "this", "that"})


def _account_attribution(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "It was, by her own account, a disaster": the clause is her account (reported); "by
    the mayor's reckoning" the mayor's; "By all accounts", "by some estimates" give it to no
    one named (vague)."""
    obj = account_frame(prep)
    if obj is None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    if owner is not None:
        return _holder_found(owner, prep, ctx)
    return _Found(prep, _Cue(prep.doc[prep.i + 1 : obj.i + 1], "source"))  # "all accounts"
