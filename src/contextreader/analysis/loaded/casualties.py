"""Words that report real deaths or injuries of people: "killed nine people", "the dead",
"dozens of villagers were wounded" (``_is_casualty``), and a count of people (``_counted_people``).
Rule "not-of-killings" and the violent-act test read them (``rules/hazards.py``), and so does
a "No." that answers a question (``denial._answered_no``): a module of its own, so that
``denial`` need not import the rules package, which imports ``denial``.
"""

from __future__ import annotations

from spacy.tokens import Token

from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import _a_person, _lemma


def _is_casualty(tok: Token, lexicon: Lexicon, strict: bool = False) -> bool:
    """A word that reports real deaths or injuries of people (``[context] casualties``): a
    count of people killed, hurt or dead ("killed nine people", "the blast killed 40", "dozens
    of villagers were wounded", "six people dead", "deaths of 12 miners"), "the dead", "the
    wounded", "bodies". Not a figure or another sense: what is killed is no person ("killing
    hopes", "killed the bill", "made a killing"), a lone death ("its founder died", "the death
    of an era"), a compound ("death knell", "the death penalty", "injury-hit"), nor a denial
    ("no one was killed", "were not hurt"). ``strict``: the count must be of people, not any
    number ("killed 300 jobs", "thousands of jobs"; see ``_counted_people``)."""
    if tok.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN"):
        return False
    if _lemma(tok) not in lexicon.casualties and tok.lower_ not in lexicon.casualties:
        return False
    doc = tok.doc
    if tok.dep_ == "compound" and _lemma(tok.head) == "toll":
        return True  # "the death toll (of the attack) rises": the count of the dead
    if tok.dep_ == "compound" or any(
        0 <= i < len(doc) and doc[i].text == "-" for i in (tok.i - 1, tok.i + 1)
    ):
        return False  # "death knell", "death penalty", "injury-hit"
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if tok.lower_ in ("bodies", "corpse", "corpses"):
        return True
    if tok.pos_ == "VERB":
        if any(
            c.dep_ == "advmod" and c.i > tok.i and c.lower_.endswith("ally") for c in tok.children
        ):
            return False  # "injured financially", "wounded politically": a harm of another kind
        return any(
            _counted_people(victim, lexicon, strict)
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and _lemma(tok) == "die")
            for victim in (c, *c.conjuncts)  # "killed a mother and her three children"
        )
    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
        before = doc[tok.i - 1] if tok.i else None
        # "the dead", "the wounded"; "six people dead", "left 200 dead"
        return before is not None and (
            before.lower_ == "the" or _counted_people(before, lexicon, strict)
        )
    if any(c.dep_ == "nummod" for c in tok.children):
        return True  # "12 deaths", "40 casualties"
    return any(
        g.like_num or any(n.dep_ == "nummod" for n in g.children)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )  # "the deaths of nine miners", not "the deaths of patients"


def _counted_people(tok: Token, lexicon: Lexicon, strict: bool = False) -> bool:
    """A number of people: a number ("killed 40", "three of them", "dozens were killed"; a
    word of many, ``[context] multitudes``: "many died"), people counted ("nine people",
    "several bystanders", "dozens of villagers") or named as many ("civilians"), not denied
    ("no one", "no civilians")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    # a count with an "of" phrase ("dozens of tourists", "hundreds of shops") is read as people:
    # no word list names every kind of victim, and a real killing marked costs more than a
    # figure of speech missed
    if tok.pos_ == "NUM" or tok.like_num or tok.lower_ in lexicon.multitudes:
        if not strict:
            return True  # "killed 40", "dozens were killed", "many died"
        # strict: a bare count ("killed 40") is of people, a count "of" things is not
        # ("thousands of jobs")
        return all(
            _a_person(g, lexicon)
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        )
    if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in tok.children):
        # a count of a people is tagged as a plural name: "left four Kavarians dead"
        # "killed eight guards": a count of the killed is of people; strict, a word for
        # people or one that names a doer ("four shoppers"), not "300 jobs"
        return not strict or _doers(tok) or _a_person(tok, lexicon)
    # a plural noun for people ("several bystanders", "civilians"), not for things ("many
    # careers died")
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _a_person(tok, lexicon)


# endings of English nouns for one who does something: "shopper", "villager", "visitor",
# "tourist", "civilian", "resident", "migrant"
DOER_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant")


def _doers(tok: Token) -> bool:
    """A plural noun for people named by what they do or where they live ("shoppers",
    "villagers", "residents"): a word of no list may still be people."""
    return tok.tag_ == "NNS" and _lemma(tok).endswith(DOER_ENDINGS)
