"""Nouns that give a view to someone: "Roe's view that ...", "amid fears that ...".

A noun of saying or stance with what it is about gives it to its holder (a possessor, "by X",
the one who voices it), or to no one when none is named; a noun of others' reaction with no
one reacting ("the plan drew criticism") is vague. A work about something ("a film about the
strike") tells what its author tells, and a noun for one who takes a side ("Roe is a critic of
the plan") gives the subject's stance.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import _Ctx, _Cue, _definite, _Found
from contextreader.analysis.assertions.holders import (
    _GROUP_ENTS,
    _WHEN,
    _by_holder,
    _holder_found,
    _noun_holder,
    _person_holder,
    _person_like,
)
from contextreader.analysis.assertions.no_claim import (
    _answered,
    _matter_of,
    _not_yet,
    _setting_document,
)


def _noun_attribution(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe's view that ...", "support for the plan from X", "amid fears that ...": a noun of
    saying or stance with content; with no holder the view is given to no one."""
    lemma = tok.lemma_.lower()
    if not (lemma in ctx.alex.nouns or lemma in ctx.verbs.nouns or lemma in ctx.alex.intentions):
        return None
    if tok.lower_ in ctx.alex.meetings:
        return None  # "talks on a treaty": a meeting, not a view
    if lemma in ctx.verbs.question_nouns and _answered(tok, ctx):
        return None
    if _matter_of(tok, lemma, ctx) or _setting_document(tok, lemma, ctx):
        return None
    if lemma in ctx.alex.reactions and _not_yet(tok, ctx):
        return None  # "the merger is likely to face scrutiny from regulators": a forecast
    by = _by_holder(tok)
    if by is not None:
        return _holder_found(by, tok, ctx)  # "claims by some in X", "support from voters"
    if lemma in ctx.alex.utterances and _described(tok):
        return None  # "This refusal is the cornerstone of ...": the writer's claim about it
    if _generic_subject(tok):
        return None  # "Fear is not a plan": the writer's claim about fear itself, no one's
    if not _noun_content(tok, ctx):
        if any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in tok.children):
            # "Roe holds this view": what is held was said before; theirs only with a holder
            # ("that stance" alone points back to someone already named)
            owner = _noun_holder(tok, ctx)
            return _holder_found(owner, tok, ctx) if owner is not None else None
        if lemma in ctx.alex.reactions and tok.dep_ == "dobj" and _definite(tok):
            return None  # "Roe denied the accusation": one made before, by someone named there
        if lemma in ctx.alex.reactions and _had_by(tok):
            return None  # "Anyone with concerns can call the council": people described
        if lemma in ctx.alex.reactions and _noun_holder(tok, ctx) is None:
            # "the meeting prompted speculation", "she came under criticism": others' reaction,
            # and no one named reacting
            return _Found(tok, _Cue(_noun_phrase(tok), "noun"))
        return None
    holder = _noun_holder(tok, ctx)
    if holder is not None:
        return _holder_found(holder, tok, ctx)
    if any(c.dep_ in ("compound", "amod") and c.ent_type_ in _GROUP_ENTS for c in tok.children):
        return _Found(tok, None)  # "Republican criticism", "Kremlin denials"
    if lemma not in ctx.alex.nouns:
        # cr_quotes' nouns and those of intention need a holder ("a threat to the town", "the
        # plan to rebuild the pier" point back to someone's, or are no one's view)
        return None
    return _Found(tok, _Cue(_noun_phrase(tok), "noun"))


def _had_by(noun: Token) -> bool:
    """ "anyone with concerns", "residents with questions": a "with" phrase on a noun or a
    pronoun describes those people by what they have; with nothing it is about, it passes on
    no one's view."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.i != prep.i
        and prep.head.pos_ in ("NOUN", "PRON", "PROPN")
    )


def _described(noun: Token) -> bool:
    """Whether the noun is the subject of "be" with a predicate noun and no clause ("the
    ruling was a blow", "the revelations are the latest in a string of scandals")."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "attr" for c in head.children)
        and not any(c.dep_ == "ccomp" for c in head.children)
    )


def _generic_subject(noun: Token) -> bool:
    """Whether the noun, bare (no determiner, owner or modifier), is the subject of "be" in the
    present with a predicate noun and no clause ("Fear is not a plan", "Rumours are a poor
    guide"): a statement about the thing itself, as any generic sentence is, not a report of
    anyone's fear. ("Fear is growing" and "Concern is high" tell of others' present reaction.)"""
    head = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ not in ("NN", "NNS") or any(noun.children):
        return False
    if head.lemma_ != "be" or head.tag_ not in ("VBZ", "VBP"):
        return False
    kids = list(head.children)
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in kids) and not any(
        c.dep_ in ("ccomp", "aux", "auxpass") and c.tag_ != "MD" for c in kids
    )


def _work_about(noun: Token, ctx: _Ctx) -> _Found | None:
    """ "a talk about the lighthouse", "two films about the crash", "a joke about the weather": a
    work or an act of telling with what it is about gives what it tells to its author (a
    possessive, "by X", the one who delivers it) or, with no author named, to the work itself,
    as "in a new poll" does."""
    lemma = noun.lemma_.lower()
    if lemma not in ctx.alex.artifacts and lemma not in ctx.alex.works:
        return None
    if not any(
        c.dep_ == "prep"
        and c.lower_ in _ABOUT
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in noun.children
    ):
        return None
    holder = _noun_holder(noun, ctx) or _by_holder(noun)
    return _holder_found(holder, noun, ctx) if holder is not None else _Found(noun, None)


# prepositions that say what a work is about
_ABOUT = frozenset({"about", "regarding", "concerning"})


def _noun_phrase(noun: Token) -> Span:
    """The noun with its determiner and adjectives ("numerous complaints")."""
    start = noun.left_edge.i if noun.left_edge.i >= noun.i - 3 else noun.i
    return noun.doc[start : noun.i + 1]


# determiners that point back to something already said ("this view", "such claims")
_ANAPHORIC = frozenset({"this", "that", "these", "those", "such"})


def _relative_that(that: Token) -> bool:
    """Whether a "that" after a noun is a relative pronoun: its clause's subject ("a dispute
    that drew crowds") or the object its verb lacks ("the scrutiny that any brochure
    receives"). An object whose verb is followed at once by its own preposition ("the
    view that Ostrevia broke into the archive") is a misparse of the opening "that": the
    verb's complement is that phrase."""
    if that.dep_ in ("nsubj", "nsubjpass"):
        return True
    if that.dep_ != "dobj":
        return False
    verb = that.head
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is None or not (nxt.head.i == verb.i and nxt.dep_ in ("prep", "prt"))


def _noun_content(noun: Token, ctx: _Ctx) -> bool:
    """Whether a noun of saying or stance says what about: a clause or a topic phrase. A
    "with" phrase after a word of saying ("flooding the comments with congratulations", "a
    statement with figures") is what comes with it, not what it is about; after a word of
    feeling it is ("anger with the ruling")."""
    doc = noun.doc
    # "concerns that ...": the parser often reads the clause as a relative one; but a "that"
    # that is the clause's subject or object is a relative pronoun ("a dispute that drew
    # crowds", "the scrutiny that any brochure receives")
    if (
        noun.i + 1 < len(doc)
        and doc[noun.i + 1].lower_ == "that"
        and not _relative_that(doc[noun.i + 1])
        and any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.rights)
    ):
        return True
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and any(
            g.dep_ in ("mark", "aux") and g.lower_ in ("that", "whether", "if", "to")
            for g in c.children
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ctx.alex.noun_preps
            and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _WHEN for g in c.children)
            and not _talk_partner(noun, c, ctx)
            and not (c.lower_ == "with" and noun.lemma_.lower() in ctx.alex.utterances)
        ):
            return True  # (a time says when, not what about: "the debate on Tuesday")
    head = noun.head
    # "the concern is that ...", "one view is that ..."; a predicate noun is the content of a
    # view ("the fear is a second closure") but not of an act of saying or a commitment, which
    # it describes ("the ruling was a blow", "the pledge was a cornerstone of the campaign":
    # the writer's claim about it), nor of a view pointed back to ("That fear was no slogan")
    lemma = noun.lemma_.lower()
    described = (
        lemma in ctx.alex.intentions
        or lemma in ctx.alex.utterances
        or lemma in ctx.alex.commitments
        or any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in noun.children)
    )
    if (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "ccomp" or (c.dep_ == "attr" and not described) for c in head.children)
    ):
        return True
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and not described and head.dep_ == "ccomp":
        # "Their demand was clear: lower the tax": the parser hangs "be" on the words after
        # the colon, which say what was asked
        colon = next((t for t in head.head.children if t.text == ":" and t.i > head.i), None)
        if colon is not None and colon.i < head.head.i:
            return True
    return _extraposed_content(noun, ctx)


def _extraposed_content(noun: Token, ctx: _Ctx) -> bool:
    """ "Word spread that the mill would close", "news emerged on Friday that ...": a clause
    moved past the verb of its subject noun is that noun's content, when the verb is one of
    happening, not of saying ("the report said that ..." says it itself) and has no object."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.pos_ != "VERB" or ctx.verbs.is_cue(head):
        return False
    if any(c.dep_ in ("dobj", "attr", "acomp", "nsubjpass") for c in head.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > head.i
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in head.children
    )


def _talk_partner(noun: Token, prep: Token, ctx: _Ctx) -> bool:
    """ "a call with reporters", "an interview with the mayor": after a noun of saying, "with"
    and a person names whom one speaks to, not what about ("anger with the ruling" is a view)."""
    if prep.lower_ != "with" or noun.lemma_.lower() not in ctx.verbs.nouns:
        return False
    return any(g.dep_ == "pobj" and _person_like(g, ctx) for g in prep.children)


def _stance_agent(noun: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe is a critic of the plan", "Dahl was a loyal backer of the toll": a noun for one who
    takes a side, said of the subject, gives the subject's stance toward its "of"/"for" object.
    (Only as the predicate: "Supporters of Roe met on Monday" says what they did.)"""
    if noun.lemma_.lower() not in ctx.alex.stance_agents or noun.dep_ != "attr":
        return None
    if noun.head.lemma_.lower() != "be":
        return None
    if not any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    ):
        return None
    return _person_holder(noun.head, noun, ctx)
