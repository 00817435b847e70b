"""Rules for name-calling: a label is loaded only when said of a person or group.

``said_of_people`` finds the person a label noun is pinned on: predicated ("X is a clown"), in
apposition, as a title before a name, qualified by whose it is ("his lackeys"), followed by
"who", or pointed at in a body of people ("those parasites in city hall"); not where speakers
label themselves or the sentence denies it. Rules: "label", "label-not-official" (not in a
sentence about an official designation, charge or court), "threat" ("the woman's killer" names
a victim), and "mass" (a verb of threat said of many people doing it: "migrants swarmed the
post"). A label that also names a kept animal is the animal where someone walks or feeds it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import (
    FIRST_PERSON,
    _lemma,
    _named,
    _personal,
    _subject_of,
    a_real_vehicle,
)

# dependents through which a person or group qualifies a label noun: "Tory clowns", "his lackeys"
LABEL_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
# prepositions that link a label to the people it is about: "invasion of migrants", "war on women"
LABEL_PREPS = frozenset({"of", "on", "against", "by"})
# relative pronouns that say the noun before them stands for people: "parasites who ..."
WHO_WORDS = frozenset({"who", "whom", "whose"})
RELATIVES = WHO_WORDS | {"that", "which"}
# determiners that point at someone present or named before: "those parasites in city hall"
DEMONSTRATIVES = frozenset({"these", "those", "this", "that"})
# prepositions that place a label in a body of people: "in parliament", "at the ministry"
GROUP_PREPS = frozenset({"in", "at", "on", "inside", "within", "from", "of"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us", "those", "these"})
# modifiers that make a threat noun personal: not "poss" or "compound", which name the victim
THREAT_MODIFIERS = frozenset({"amod", "nmod"})


def _qualifies(mod: Token, lexicon: Lexicon) -> bool:
    """A modifier that says whose label it is ("Tory clowns", "his lackeys"), not an adjective
    of faith or nation that only describes the label itself ("Islamic jihadis")."""
    if mod.dep_ == "amod" and mod.ent_type_ == "NORP" and mod.pos_ == "ADJ":
        return False
    return _personal(mod, lexicon)


def said_of_people(
    tok: Token, lexicon: Lexicon, modifiers: frozenset[str] = LABEL_MODIFIERS
) -> bool:
    """True when a label noun is applied to a person or group.

    "X is a clown", "X, a puppet of ...", "called X a monster", "Tory clowns", "you fool":
    predicated of, appositive to, or modified by a person, group or people noun (through one of
    ``modifiers``).
    """
    if _lemma(tok) in lexicon.animals:
        if any(c.dep_ == "compound" and c.lower_ in lexicon.animal_kinds for c in tok.children):
            return False  # "named him the best shop dog": a kind of animal, no label
        modifiers = modifiers - {"poss"}  # "her dog", "the farmer's pigs": whose animal it is
    if any(_qualifies(c, lexicon) for c in tok.children if c.dep_ in modifiers):
        return True
    if tok.dep_ == "appos" and _personal(tok.head, lexicon):
        return True
    if _relative_who(tok) or _pointed_at_a_group(tok, lexicon):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return True  # "the fanatic Kell": a label used as the person's title
    if any(c.dep_ == "appos" and _personal(c, lexicon) for c in tok.children):
        return True
    if tok.dep_ == "attr":
        subj = _subject_of(tok.head)
        if subj is None and tok.head.dep_ == "xcomp":
            # "X was proven to be a liar", "X seems to be a fraud": the subject of the raising verb
            subj = _subject_of(tok.head.head)
        if _self_or_denied(tok, subj):
            return False
        return subj is not None and _personal(subj, lexicon)
    if tok.dep_ == "oprd":
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        subj = _subject_of(tok.head)
        target = obj if obj is not None else subj
        return target is not None and _personal(target, lexicon)
    if _as_label_of_people(tok, lexicon):
        return True
    # "a liar and a predator": the second label is said of whoever the first one is. A word
    # before the first noun reaches a bare second one ("Tory clowns and puppets"), not one with
    # its own determiner, which names a referent of its own ("an elderly couple and their dog")
    joined = tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i
    if joined:
        own = any(c.dep_ in ("det", "poss") for c in tok.children)
        if said_of_people(tok.head, lexicon, frozenset() if own else modifiers):
            return True
    # "you fool": a label said to someone's face
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ == "you"


def _relative_who(tok: Token) -> bool:
    """'parasites who live off the council': "who" tells that the label's noun stands for people
    ("rats that carry the fever" has "that" or "which")."""
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        if any(g.lower_ in WHO_WORDS for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _pointed_at_a_group(tok: Token, lexicon: Lexicon) -> bool:
    """'those parasites in city hall', 'these clowns at the ministry': a demonstrative label
    placed in a body of people or an institution.

    "these"/"those" alone only point back to whatever was named before, animals and things as
    often as people ("these animals then infect ..."), and a place alone does not help ("these
    parasites in the gut"); a group of people or the seat of one ("parliament", "City Hall")
    does: animals are not said to sit in it.
    """
    if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in GROUP_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _personal(obj, lexicon) or _seat_of_people(obj, lexicon):
                return True
    return False


def _seat_of_people(tok: Token, lexicon: Lexicon) -> bool:
    """An institution by its building or body: an ORG or FAC name ("City Hall", "the Harlow
    Council") or a listed body or seat in lower case ("parliament", "city hall")."""
    if tok.ent_type_ in ("ORG", "FAC"):
        return True
    words = [c.lower_ for c in tok.children if c.dep_ == "compound"] + [tok.lemma_.lower()]
    return " ".join(words) in lexicon.people


def _self_or_denied(pred: Token, subj: Token | None) -> bool:
    """'we were pigs in a pen', 'I'm not crazy', 'he is no fool': a label a speaker puts on
    themselves, or one the sentence denies, is not calling someone a name."""
    if subj is not None and subj.lower_ in FIRST_PERSON:
        return True
    verb = pred.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated or any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children)


def _as_label_of_people(tok: Token, lexicon: Lexicon) -> bool:
    """'denounced them as traitors', 'was branded as a predator': the label after "as" is said
    of the verb's object, or of its subject when the verb is passive."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return target is not None and _personal(target, lexicon)


def _targets_people(tok: Token, lexicon: Lexicon) -> bool:
    """A verb done to people ("crushed the protesters"), a noun or adjective about people
    ("war on women", "a holy warrior")."""
    if tok.pos_ in ("VERB", "AUX"):
        roles = ("dobj", "nsubjpass")
        return any(_personal(c, lexicon) for c in tok.children if c.dep_ in roles)
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in LABEL_PREPS]
    if _done_to_a_vehicle(tok, lexicon):
        # "the bus hijack by gunmen", "the hijack of a plane by militants": the "by" names who
        # did the act, and an act done to a vehicle is the plain crime, whoever did it
        preps = [p for p in preps if p.lower_ != "by"]
    if any(_personal(c, lexicon) for p in preps for c in p.children if c.dep_ == "pobj"):
        return True
    if tok.pos_ == "ADJ":
        if tok.dep_ == "amod":
            return _personal(tok.head, lexicon)
        if tok.dep_ == "acomp":
            subj = _subject_of(tok.head)
            if _self_or_denied(tok, subj):
                return False
            return subj is not None and _personal(subj, lexicon)
    return False


def _done_to_a_vehicle(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of an act whose object is a real vehicle (``a_real_vehicle``): its "of" phrase or
    a noun before it ("the hijack of a plane", "the bus hijack"; not "the hijack of the ship of
    state")."""
    objects = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    objects += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(a_real_vehicle(o, lexicon) for o in objects)


def rule_label(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word that is name-calling only when said of people ("monster", "puppet", "crushed")."""
    span = doc[start:end]
    head = span.root
    if _tended_animal(head, lexicon) or _gone_to_the_animals(head, lexicon):
        return None
    if said_of_people(head, lexicon) or _targets_people(head, lexicon):
        return start, end
    # the term's own preposition, wherever the parser hung it ("launched a war on drivers last
    # year", "on" parsed onto the verb)
    last = doc[end - 1]
    if (
        end - start > 1
        and last.lower_ in LABEL_PREPS
        and any(_personal(c, lexicon) for c in last.children if c.dep_ == "pobj")
    ):
        return start, end
    return None


def rule_not_of_a_thing(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word for a person or a person's temper that is a figure, or the plain word, where it
    is said of a thing: "the villain is the fuel tax", "smoke was fuming from the chimney".
    Marked wherever it is not said of a thing, whoever it refers to ("the villain escaped",
    "cast the union as the villain", "she fumed about the delay"). A noun is said of a thing
    by "be" with a common noun that is no person or group; a word of temper only of a bare mass
    noun ("smoke", "acid"), as "the coach" or "the company" may stand for people."""
    tok = doc[start:end].root
    other = _said_of(tok)
    if other is None or not _a_thing(other, lexicon):
        return start, end
    temper = tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ != "compound"
    if temper and any(c.dep_ in ("det", "poss") for c in other.children):
        return start, end  # "the coach fumed", "the company was fuming": may be people
    return None


def _said_of(tok: Token) -> Token | None:
    """What a word is said of: the other side of "be" for a noun ("the villain is the tax", "the
    tax is the villain"); the noun an adjective or a noun before it describes or the subject of
    its verb ("fuming acid", "a sell-out tour", "the crowd was left fuming"); a verb's subject
    ("smoke fumed")."""
    if tok.dep_ == "attr":
        return _subject_of(tok.head)
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        return tok.head  # a noun before a noun: "a sell-out show", "the villain role"
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return None
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
        if attr is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
            return None  # "the villain was a former guard" says what kind of person
        return attr
    if tok.dep_ == "amod":
        return tok.head
    if tok.dep_ == "oprd":
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        return obj if obj is not None else _subject_of(tok.head)
    if tok.dep_ in ("acomp", "xcomp"):
        return _subject_of(tok.head)
    return _subject_of(tok) if tok.pos_ in ("VERB", "AUX", "ADJ") else None


def _a_thing(tok: Token, lexicon: Lexicon) -> bool:
    """A common noun in the singular (or a mass noun) that is no person or group: "the tax",
    "smoke", "acid". A plural ("fans", "banks") may stand for people and is not taken for one.
    An entity type on a common noun is not read: the small model takes a capitalised one at
    the start of a sentence for a group ("Smoke was fuming" as NORP)."""
    people = lexicon.people
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lower_ not in people
        and _lemma(tok) not in people
    )


def rule_label_not_official(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A label that is also a category of law ("terrorist"): name-calling where said of people,
    but reported, not marked, in a sentence about an official act that applies it: a
    government's designation, a charge, a court ("the state designates them as terrorists",
    "he was convicted as a terrorist"). Only the sentence itself counts, and only the
    ``official`` words, so the victims and police of a report on an attack do not silence a
    speaker who calls the attackers terrorists. Nor where a name before it says whose members
    they are ("Ostrel Front terrorists"): that is the designation a group goes by, as
    "Islamist extremists" is the security term (the entry's ``unless_prev``)."""
    if _officially_applied(doc, start, end, lexicon):
        return None
    return rule_label(doc, start, end, lexicon)


def _officially_applied(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """The sentence reports an official act, a state gives the label by a verb of labelling,
    or a name before the noun says whose members they are (``rule_label_not_official``)."""
    if official_act(doc[start].sent, lexicon):
        return True
    tok = doc[start:end].root
    if _a_states_view(tok, lexicon):
        return True
    return any(c.dep_ in ("compound", "nmod") and _named(c) and c.i < tok.i for c in tok.children)


def official_act(sent: Span, lexicon: Lexicon) -> bool:
    """The sentence reports an official act that applies a label or finds a fact: one of the
    ``official`` words ("designated", "charged", "court", "recognise"). A verb of labelling
    among them ("analysts judged the coalition a paper tiger") is anyone's verdict, not an
    official act."""
    return any(_official_word(t, lexicon) for t in sent)


# verbs that link a subject to what is said of it: "the trial was a farce" says nothing of who
# holds the trial, so their subject is no official act's author
COPULAS = frozenset({"be", "become", "seem", "remain"})


def official_governs(tok: Token, lexicon: Lexicon) -> bool:
    """An official act governs the term: one of the ``official`` words is among the words it
    hangs from, up its clause and the clauses that take it in ("recognise the killings as
    genocide", "charged with genocide", "genocide charges", "a conviction for genocide"), or is
    the subject of a verb among them ("the court ruled that the killings were genocide"). A
    court word elsewhere in the sentence ("the party, facing charges of fraud, is a mafia", "the
    trial was a farce") governs nothing. A verb of labelling is anyone's verdict, as in
    ``official_act``."""
    for anc in tok.ancestors:
        if _official_word(anc, lexicon):
            return True
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if _lemma(anc) not in COPULAS and any(
            c.dep_ in ("nsubj", "nsubjpass") and _official_word(c, lexicon) for c in anc.children
        ):
            return True
        if anc.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "relcl"):
            break
    return False


def _official_word(t: Token, lexicon: Lexicon) -> bool:
    """One of the ``official`` words, by lemma or word form, and no verb of labelling
    (``official_act``); one of ``official_verbs`` as a noun only before another noun, with
    its target or as the penalty ("a jail term", "sanctions on the group", "sent to jail";
    ``_the_penalty``; not "escaped from the jail"). A
    participle the tagger reads as an adjective keeps its ending as its lemma ("designated
    terrorists", "a convicted terrorist"), so its verb is tried too."""
    if t.pos_ == "VERB" and _lemma(t) in lexicon.labelling:
        return False
    forms = _forms(t)
    if not any(form in lexicon.official for form in forms):
        return False
    if t.pos_ != "NOUN" or not any(form in lexicon.official_verbs for form in forms):
        return True
    return (
        t.dep_ == "compound"
        or any(c.dep_ == "prep" and c.lower_ in TARGETING for c in t.children)
        or _the_penalty(t)
    )


# prepositions that bring in whom a jail or sanctions are for: "sanctions on the group"
TARGETING = frozenset({"on", "against", "for"})
# prepositions before a bare "jail" that make it the penalty: "sent to jail", "in jail"
PENALTY_PLACES = frozenset({"to", "in"})


def _the_penalty(t: Token) -> bool:
    """A bare noun ("jail", no article or owner) after "to" or "in" on a verb: the penalty
    ("was sent to jail as a terrorist", "spent years in jail"), not the building ("escaped
    from the jail", "the jail's roof")."""
    prep = t.head
    return (
        t.dep_ == "pobj"
        and prep.lower_ in PENALTY_PLACES
        and prep.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("det", "poss") for c in t.children)
    )


def _forms(t: Token) -> tuple[str, ...]:
    """The lemma and the word, and for a participle ending in "-ed" read as an adjective its
    verb ("designated" -> "designate", "jailed" -> "jail")."""
    forms: tuple[str, ...] = (_lemma(t), t.lower_)
    if t.pos_ == "ADJ" and t.lower_.endswith("ed"):
        forms += (t.lower_[:-1], t.lower_[:-2])
    return forms


def _a_states_view(tok: Token, lexicon: Lexicon) -> bool:
    """'Ostrevia regards the militia as terrorists', 'Ostrevia considers them terrorists': a
    label that a country (a GPE name as the subject) gives by a verb of labelling is that
    state's designation, which the sentence reports, as with the ``official`` words."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
    elif tok.dep_ in ("oprd", "ccomp", "xcomp"):
        verb = tok.head
    else:
        return False
    if verb.pos_ != "VERB" or _lemma(verb) not in lexicon.labelling:
        return False
    subject = _subject_of(verb)
    return subject is not None and subject.ent_type_ == "GPE"


def _tended_animal(tok: Token, lexicon: Lexicon) -> bool:
    """'walks the dog', 'fed the pigs', 'a dog she adopted': what someone walks, feeds or keeps
    is the animal itself, whatever else the sentence says of people."""
    if _lemma(tok) not in lexicon.animals:
        return False
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "fed the pigs and the dog"
    if tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in lexicon.animal_care:
        return True
    return any(
        c.dep_ == "relcl"
        and _lemma(c) in lexicon.animal_care
        and any(g.dep_ == "nsubj" and g.lower_ not in RELATIVES for g in c.children)
        for c in tok.children
    )  # the animal is the verb's object: "a dog she adopted", not "rats who own the city"


def _gone_to_the_animals(tok: Token, lexicon: Lexicon) -> bool:
    """'the town has gone to the dogs', 'the discipline went to the Diversity dogs': the idiom
    for decline ("go to the dogs") is said of a place or a field, whatever words come between;
    it calls no one a dog."""
    if _lemma(tok) not in lexicon.animals or tok.tag_ != "NNS" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "to" and prep.head.lemma_.lower() == "go"


def rule_threat_label(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun of threat ("killer", "cancer") is a label where it is said of people ("Vell is a
    killer", "a cancer on the party"); whose it is names the victim or the sufferer, not the
    one labelled: "the woman's killer", "the senator's cancer" are plain news."""
    head = doc[start:end].root
    if said_of_people(head, lexicon, THREAT_MODIFIERS) or _targets_people(head, lexicon):
        return start, end
    return None


def rule_mass(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of threat said of people ("swarm", "flood") casts them as a mass of insects or
    water; unlike "crushed the protesters", the people are the ones doing it: the subject
    ("Migrants swarmed the border post", "thousands of migrants flooded the town"), the agent
    of a passive or what something is filled with ("the town was flooded with migrants").

    The subject must be many: one person "flooding the media with complaints" is not a mass.
    """
    verb = doc[start:end].root
    subj = _subject_of(verb)
    if subj is not None and subj.dep_ == "nsubj" and _many_people(subj, lexicon):
        return start, end
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ in ("with", "by") and any(
            _many_people(g, lexicon) for g in prep.children if g.dep_ == "pobj"
        ):
            return start, end
    return None


def _many_people(tok: Token, lexicon: Lexicon) -> bool:
    """A plural or collective word for people ("migrants", "they", "the crowd", "Ostrevians"),
    or a number of them ("thousands of migrants")."""
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_PRONOUNS or tok.ent_type_ == "NORP"
    if plural and _personal(tok, lexicon):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.collectives:
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(_many_people(g, lexicon) for g in prep.children if g.dep_ == "pobj"):
            return True
    return False


def rule_mass_label(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'swarm', 'flood': as a verb said of the people doing it (``rule_mass``), as a noun said of
    people like a threat noun ("a swarm of migrants", "migrants are a swarm of locusts"). A
    noun whose "of" names things ("battered by a flood of cheap imports") is the plain figure,
    unless it is said of someone ("the migrants are a flood of cheap labour"): a name the parse
    hangs on it in apposition is no sign it is."""
    if doc[start].pos_ in ("VERB", "AUX"):
        return rule_mass(doc, start, end, lexicon)
    noun = doc[start:end].root
    what = [g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if (
        what
        and noun.dep_ not in ("attr", "oprd", "appos")
        and not any(_many_people(g, lexicon) for g in what)
    ):
        return None
    return rule_threat_label(doc, start, end, lexicon)
