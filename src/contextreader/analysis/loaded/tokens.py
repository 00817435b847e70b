"""Word classes and small tests on tokens that the loaded-terms modules share.

Entity types that are names or people, quotation-mark tokens, the dependency labels of clauses
and predicates, and one-line questions about a token: is it title case (``_title``), what is its
lower-case lemma (``_lemma``), which word stands next to it across a hyphen (``_neighbour``),
what is its verb's subject (``_subject_of``), does it stand for a person or group
(``_personal``), for a person or people (``_a_person``), for a person or a body of them
(``_a_person_or_body``), for a name (``_named``), does
it head a clause (``_heads_a_clause``). The underscored names are the package's own: siblings
import them, code outside the package does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.people import first_names, role_lexicon

# entity types whose words are names, not the writer's word choice
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# dependency labels of a clause a verb of saying introduces
CLAUSAL = frozenset({"ccomp", "xcomp", "acl", "relcl", "parataxis"})
# quotation marks as tokens ('' is two apostrophes standing for a double mark in some archives)
QUOTE_CHARS = frozenset([*"\"'“”‘’«»", "''"])
# entity types that name whose government a "regime" is
NAMED_GOVERNMENT = frozenset({"GPE", "NORP", "PERSON", "ORG"})
# entity types of names that are places or things, never people
# entity types that are people or groups of people
PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG"})
# speakers labelling themselves ("we were pigs in a pen") are not calling anyone names
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# dependents through which a word describes a noun, or a noun is described: "devastating"
# before "airstrike", "tax" before "regime"
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# what a copular clause says of its subject: "is nonsense", "was false", "proved baseless"
PREDICATES = frozenset({"attr", "acomp", "oprd"})
# words that point back to something said before: "..., and it is true", "That is terrible."
POINTING = frozenset({"it", "this", "that"})


def _title(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_upper


def _heads_a_clause(tok: Token) -> bool:
    """A verb used as a verb ("she alleged", "has alleged"), not as a participle before a noun."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "advmod"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _named(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_GOVERNMENT


def _personal(tok: Token, lexicon: Lexicon) -> bool:
    """A person or group: a PERSON/NORP/ORG entity, a personal pronoun or a people noun."""
    return (
        tok.ent_type_ in PEOPLE_ENTS
        or tok.lower_ in lexicon.people
        or (tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.people)
    )


def _a_person(tok: Token, lexicon: Lexicon) -> bool:
    """One or more people: a person's name (``_a_named_person``), a word for people
    ([context] people: "she", "voters"), a role noun ("client", "surgeon") or a kin noun
    ("daughter", "parents"). Any other name is not enough: a mountain, a city, a company or a
    product ("The Eiger", "Kabul", "Tesla", "The Vision Pro") is a thing; a company or a
    people is a body (``_a_person_or_body``)."""
    if _a_named_person(tok):
        return True
    if tok.lower_ in lexicon.people or (tok.pos_ == "NOUN" and _lemma(tok) in lexicon.people):
        return True
    if tok.pos_ != "NOUN":
        return False
    roles = role_lexicon()
    return roles.role_class(_lemma(tok)) is not None or _lemma(tok) in roles.kinship


def _a_person_or_body(tok: Token, lexicon: Lexicon) -> bool:
    """A person or people (``_a_person``) or a body of them: a nation or a people ("the
    French"), an organisation ("Velcorp", "The Home Office"); not a place ("Kabul", "The
    Eiger"). The tagger reads many a "The" and one unknown word as an organisation ("The
    Matterhorn", "The A47"), so that shape is no body (a known miss: "The Kremlin")."""
    if _a_person(tok, lexicon) or tok.ent_type_ == "NORP":
        return True
    if tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    words = [t for t in ent if t.lower_ != "the"]
    before = tok.doc[ent.start - 1] if ent.start else None
    the = ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")
    return len(words) > 1 or not the


def _a_named_person(tok: Token) -> bool:
    """The token names a person: it is in a mention of a person the people component found
    (``doc.spans["cr_people"]``), which weighs more than the tagger's PERSON ("The Eiger" may
    be tagged one); or, as a name inside a quotation is no mention of its own, it is a word of
    such a person's name ("Roe" in '"Roe is a game-changer," the coach said of Jan Roe'), or
    a name that starts with a known first name ('"Jan Roe is ..."'; ``first_names``, not in a
    place's name). Without that component's results, a PERSON entity. A name after a courtesy
    title ("Dr Hale", "Mrs Roe") is a person's too."""
    if tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in role_lexicon().honorifics for c in tok.children
    ):
        return True
    mentions = tok.doc.spans.get("cr_people")
    if mentions is None:
        return tok.ent_type_ == "PERSON"
    if any(m.start <= tok.i < m.end for m in mentions):
        return True
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON":
        return False
    if any(tok.text in p.name.split() for p in tok.doc._.cr_people or []):
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ in PLACE_ENTS:
        return False
    name = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return (name[0] if name else tok).text in first_names()


# entity types of places, whose names may start like a person's ("Jordan", "St Helens")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word stands in (itself, for a verb): "the death toll from the
    disaster rose" has "rose" for "disaster" and for "death" alike, while "havoc in the
    ministry; three aides were killed" has two clauses."""
    for _ in range(50):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen with no space on either side, joining two words into one: "first-loss"."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.nbor(-1).whitespace_


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The word next to a match, across a hyphen: "regime-change" is "regime change"."""
    if 0 <= i < len(doc) and doc[i].text == "-":
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


# punctuation that sets an apposition off from its head: "the raid, a massacre", "the raid - a
# massacre", "the raid (a massacre)", "one word: massacre"
APPOSITION_MARKS = frozenset({",", "-", "–", "—", "--", ":", "(", "["})


def set_off(appos: Token) -> bool:
    """An apposition set off from its head by a comma, a dash, a colon or a bracket ("the raid,
    a massacre", "so-called carried interest, a share of ...", "dubbed the plan, a disaster
    for ..."). Two nouns side by side with nothing between ("in five-goal massacre", a headline
    without articles; "dubbed the council's plan a disaster") are a misparsed compound or a
    verb's object and complement, not one noun said of the other."""
    low, high = sorted((appos.head.i, appos.i))
    between = appos.doc[low + 1 : high]
    return any(t.text in APPOSITION_MARKS and t.tag_ != "HYPH" for t in between)


def a_real_vehicle(noun: Token, lexicon: Lexicon) -> bool:
    """A vehicle ([context] vehicles) named as the thing itself: "the car", "a school bus", "a
    hijacked passenger plane". Not a figure: a vehicle of something ("the ship of state"), one
    that is half of a lexicon entry ("the gravy train"), nor one the sentence likens something
    to ("his campaign is a train out of control", "like a car out of control", "the
    government, a runaway train")."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in lexicon.vehicles:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    if compounds and {f"{c.lower_} {_lemma(noun)}" for c in compounds} & lexicon.terms:
        return False
    if noun.dep_ in ("attr", "appos", "oprd"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("like", "as"))
