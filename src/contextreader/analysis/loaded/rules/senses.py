"""Rules for words with a plain and a loaded use, told apart by where they stand or what they
are said of: a participle before a noun, not the verb of a clause ("participle"); a noun of
achievement as a modifier ("modifier"); a verdict noun as a predicate ("predicate"), countable
("countable") or amplified ("amplified": "a blatant lie"); a sentence adverb set off by commas
("stance"); invention said of an account ("invented") and praise said of a product
("promotional"); verbs done to people or measures, not to land or buildings ("forced",
"captive"); an adjective of conduct not before the name of a people ("not-a-people"); a
word of a past society's ranks not in a history ("not-historical"); a verb of smell only
of something abstract ("abstract-object"); a verb of ruin only of what someone has to lose, an
institution or a process ("of-prospects"); an adjective of motive not as a mood someone is in
("not-a-mood"); an adjective of effect not before the role a performer plays
("not-a-role"); an adverb of repute not before a word of difficulty said of a thing
("not-a-hard-thing"); a word of judgement not where it grades a feeling, a misfortune or
fortune ("not-of-fortune"), nor, with a word of killing, where it grades an act of violence
("not-of-violence"); and a verb of causing a feeling not as the reaction of the people who felt
it ("not-a-reaction").
"""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.assertions.lexicon import attribution_lexicon
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.names import _described
from contextreader.analysis.loaded.rules.hazards import (
    _is_casualty,
    _violent_act,
    _wordy_sentence_start,
)
from contextreader.analysis.loaded.rules.labels import _targets_people, official_governs
from contextreader.analysis.loaded.tokens import (
    NOUN_MODIFIERS,
    POINTING,
    _a_person,
    _a_person_or_body,
    _heads_a_clause,
    _lemma,
    _subject_of,
    clause_verb,
    set_off,
)
from contextreader.analysis.quotes.lexicon import cue_lexicon

# what may amplify a verdict noun: "a blatant lie", "an outright lie", "bald-faced lies"
AMPLIFIERS = frozenset({"ADJ", "ADV", "VERB"})
# determiners that make a noun countable, one act or thing: "an outrage", "this outrage"
COUNT_DETS = frozenset({"a", "an", "this", "that", "such", "another", "every", "each"})
# endings of abstract nouns made from verbs and adjectives: "corruption", "cronyism",
# "hypocrisy", "desperation", "arrogance", "complacency", "cowardice" is not among them (nor
# "-ment", which ends "excrement" and "cement" too)
ABSTRACT_ENDINGS = (
    "tion",
    "sion",
    "xion",
    "ism",
    "ity",
    "ness",
    "ance",
    "ence",
    "ancy",
    "ency",
    "acy",
    "isy",
    "ship",
    "dom",
    "hood",
    "itude",
)


def rule_participle(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'the discredited theory', 'a debunked rumour' pass the writer's verdict on the noun; as the
    verb of a clause ("the spokesman debunked the rumour", "she was never discredited") the
    word reports who showed what, which is an event in the story, not framing."""
    if _heads_a_clause(doc[start]):
        return None
    return start, end


def rule_stance(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'Clearly, ...' comments on the whole statement; 'he clearly lied' or 'spoke clearly' may
    be manner or ordinary emphasis, so only the sentence adverb set off by a comma is marked:
    at the start of the sentence or between commas."""
    tok = doc[start]
    sent = tok.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), tok)
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if tok.i == first.i and after is not None and after.text == ",":
        return start, end  # 'Clearly, ...'
    if before is not None and before.text == "," and after is not None and after.text == ",":
        return start, end  # '..., clearly, ...'
    return None


def rule_amplified(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A plain verdict noun ("lie") is loaded where the writer amplifies or piles it up.

    "a blatant lie", "the biggest lie", "a web of lies" push the reader; "his lies about the
    budget" reports a charge in the ordinary word for it, and is left unmarked.
    """
    tok = doc[start:end].root
    if any(c.dep_ in ("amod", "compound", "advmod") and c.pos_ in AMPLIFIERS for c in tok.children):
        return start, end
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return start, end  # "a tissue of lies", "a foundation of lies"
    return None


def rule_predicate(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun that names a kind of event and passes a verdict on it ("massacre", "triumph")
    passes the verdict where it is said of something: as a predicate ("this was a massacre",
    "it is a triumph"), as what a verb makes of its object ("called the raid a massacre"), after
    "as" ("described as a massacre"), as the charge of a verb of accusing ("accused the troops
    of a massacre") or in apposition set off by punctuation ("the raid, a massacre of farmers").
    Where it refers to an event by the name it is known by ("before the massacre took place",
    "the harbour massacre", "the party's triumph"), it is reference, not a new verdict. Nor
    where an official act governs it ([context] official: "parliament voted to recognise the
    killings as genocide", "charged with genocide"): the finding is the body's, which the
    sentence reports. A court word elsewhere in the sentence ("the trial was a massacre of the
    truth", "the party, facing charges of fraud, is a mafia") leaves the verdict said."""
    tok = doc[start:end].root
    if official_governs(tok, lexicon):
        return None
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "a raid and a massacre": the second noun stands where the first does
    if tok.dep_ in ("attr", "oprd"):
        return start, end
    if tok.dep_ == "appos" and set_off(tok):
        return start, end
    if _second_object(tok, lexicon):
        return start, end  # "judged the pact a paper tiger", parsed as one noun phrase or two
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return start, end
    if tok.dep_ == "pobj" and _charge_of(tok.head, lexicon):
        return start, end  # 'accused the troops of "a deliberate massacre"'
    return None


def _second_object(tok: Token, lexicon: Lexicon) -> bool:
    """What a verb of labelling makes of its object where the parse gives the complement as an
    apposition on the object with nothing between ("judged the pact a paper tiger") or as a
    second object: the label said of the first."""
    if tok.dep_ == "appos" and tok.head.dep_ == "dobj" and not set_off(tok):
        verb = tok.head.head
    elif tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
        verb = tok.head
    else:
        return False
    return verb.pos_ == "VERB" and _lemma(verb) in lexicon.labelling


def _charge_of(prep: Token, lexicon: Lexicon) -> bool:
    """The "of" of a verb of labelling that brings its charge in with "of" (``[context]
    labelling`` and the verb's frames: "accused the troops of a massacre"): the charge is said
    of its object, as a predicate is."""
    if prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "of" hung on the object: "accused [the troops of a massacre]"
    if verb.pos_ != "VERB":
        return False
    lemma = _lemma(verb)
    return lemma in lexicon.labelling and "of" in cue_lexicon().verbs.get(lemma, frozenset())


def rule_countable(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun with a verdict sense and a reaction sense ("outrage") is loaded as the verdict.

    "This is an outrage", "the latest outrages" call an act shocking; "officials expressed
    outrage", "the decision caused outrage" or "a storm of outrage" report how people felt,
    which is news, not the writer's word for the act (in the last, the figure is "storm"). The
    verdict sense is countable (an article, a demonstrative, a plural), graded as the greatest
    ("the biggest outrage of the year"), or made by something ("made a mockery of the rules",
    against "the gaffe drew mockery"). An adjective that says whose or how wide the reaction is
    ("public outrage", "widespread outrage") leaves it the people's feeling.
    """
    tok = doc[start:end].root
    if tok.tag_ in ("NNS", "NNPS"):
        return start, end
    if any(c.dep_ == "det" and c.lower_ in COUNT_DETS for c in tok.children):
        return start, end
    if _made(tok):
        return start, end  # "made a mockery of", "the mockery it made of the rules"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return None  # "a storm of outrage": the figure is the storm; the outrage is people's
    if any(c.dep_ == "amod" and c.tag_ in ("JJS", "JJR") for c in tok.children):
        return start, end  # "the biggest outrage", "a greater mockery"
    return None


def _made(tok: Token) -> bool:
    """Something makes the noun: its verb is "make", as the verb it is the object of or as a
    relative clause on it ("the mockery it made of the rules")."""
    if tok.dep_ == "dobj" and tok.head.lemma_ == "make":
        return True
    return any(c.dep_ == "relcl" and c.lemma_ == "make" for c in tok.children)


def rule_modifier(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun of achievement used as a label on a product or a result ("a breakthrough drug",
    "breakthrough technology") is promotion; as a noun of its own ("a breakthrough in the
    talks", "scientists made a breakthrough") it reports that an advance was made, which is
    ordinary news wording, and is not marked. Other modifiers of the same noun may stand between
    ("a cynical cost-cutting move", "a breakthrough cancer drug"), but no adjective after a noun
    ("breakthrough harmful stereotypes" is a misparse of "break through")."""
    tok = doc[start:end].root
    head = tok.head
    if tok.dep_ in ("amod", "compound") and head.i > tok.i and head.pos_ == "NOUN":
        between = doc[tok.i + 1 : head.i]
        if tok.pos_ != "ADJ" and any(t.pos_ == "ADJ" for t in between):
            return None  # a noun before an adjective is no modifier: "breakthrough harmful ..."
        if all(_modifies(t, head) for t in between):
            return start, end
    return None


# pronouns that stand for a thing or an act, not a person: "It is cynical", "That was cynical"
THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def rule_not_a_mood(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """An adjective of motive ("cynical") passes a verdict before a noun ("a cynical ploy", as
    rule "modifier") and as a predicate of a thing or an act, a plan, a move, a decision
    ("the bill is cynical", "It is arrogant, cynical and insulting": a pronoun for a thing, a
    clause, or a noun of ``[context] criticised`` or ``measures``). Said of people it reads
    as a mood they are in ("voters were cynical after the scandal", "she was cynical and
    tired", "farmers remain cynical") and is not marked, nor where it has no subject, nor in a
    view someone takes or has (``[context] outlooks``: "sailors hold a cynical view of the
    forecast"), which is that person's distrust; a view with an owner ("the senator's cynical
    view of voters") is a verdict on the owner and is marked."""
    tok = doc[start:end].root
    if _view_taken(tok, lexicon):
        return None
    if rule_modifier(doc, start, end, lexicon) is not None:
        return start, end
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "arrogant, cynical and insulting": where the first one stands
    if first.dep_ != "acomp" or first.head.pos_ not in ("VERB", "AUX"):
        return None
    return (start, end) if _said_of_a_thing(first.head, lexicon) else None


def rule_not_a_doubter(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """An adjective of doubt ("dubious") casts doubt on what it is said of ("dubious claims",
    "the survey is dubious"). As the predicate of people or a body of them ("voters are
    dubious about the plan", "she was dubious at first") it says they doubt, which is their
    own state, and is not marked; "dubious in his dealings" says the person is shady."""
    tok = doc[start:end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "wary and dubious": where the first one stands
    if tok.dep_ != "acomp" or tok.head.pos_ not in ("VERB", "AUX"):
        return start, end
    subject = _subject_of(tok.head)
    if subject is not None and tok.head.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        subject = tok.head.head  # "voters who are dubious"
    if subject is None or subject.lower_ in THING_PRONOUNS:
        return start, end
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
        return start, end  # "dubious in his dealings": shady, not doubting
    return None if _a_person_or_body(subject, lexicon) else (start, end)


def _view_taken(tok: Token, lexicon: Lexicon) -> bool:
    """The adjective describes "a view" that is the object of "take", "have" or "hold", with an
    article and no owner ("she has a cynical view of the lottery")."""
    noun = tok.head
    if tok.dep_ != "amod" or _lemma(noun) not in lexicon.outlooks or noun.dep_ != "dobj":
        return False
    if _lemma(noun.head) not in lexicon.outlook_verbs:
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return dets in (["a"], ["an"])


def _said_of_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """The subject of the verb is a thing or an act: a clause ("What they did was cynical"), a
    pronoun for a thing, or a noun of a decision, work or measure."""
    if any(c.dep_ == "csubj" for c in verb.children):
        return True
    subject = _subject_of(verb)
    if subject is not None and verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        subject = verb.head  # "the levy, which is cynical", "voters who are cynical"
    if subject is None:
        return False
    if subject.lower_ in THING_PRONOUNS:
        return True
    lemma = _lemma(subject)
    return subject.pos_ == "NOUN" and (lemma in lexicon.criticised or lemma in lexicon.measures)


def rule_not_a_role(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """An adjective of effect right before "as" and a role ("the actor is chilling as a judge
    who never smiles", "chilling as Lady Tremont") praises how a part is played, a critic's
    verdict on a performance, not a warning to the reader. The "as" must be a preposition
    with a noun as its object; an "as" that opens a clause ("chilling as the coffin passed")
    tells when, and "as" or "so" before the word makes a comparison ("as chilling as anything
    in the report"): both are still the word's effect on the reader."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if after is None or after.lower_ != "as":
        return start, end
    if before is not None and before.lower_ in ("as", "so"):
        return start, end
    return None if _a_role(after) else (start, end)


# tags of a finite verb: "as the coffin passed", "as it named"
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _a_role(as_tok: Token) -> bool:
    """ "as" is a preposition whose object is a noun or a name, with no finite verb right after
    it ("as a magistrate", "as the ruthless mother of the heir"; not "as the soldiers marched"
    when the parser takes "soldiers" for the object)."""
    if as_tok.dep_ != "prep":
        return False
    role = next((c for c in as_tok.children if c.dep_ == "pobj"), None)
    if role is None or role.pos_ not in ("NOUN", "PROPN"):
        return False
    following = role.nbor(1) if role.i + 1 < len(role.doc) else None
    return following is None or following.tag_ not in FINITE


def rule_not_a_hard_thing(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """An adverb of repute ("notoriously") before a word of difficulty ([context] difficulty)
    said of a thing ("the disease is notoriously hard to treat", "a notoriously tricky
    climb", "The Eiger", "Kabul") says the thing is known to be hard, which brands nobody.
    Said of a person or a body (``_a_person_or_body``: "the minister is notoriously difficult
    to work with", "a notoriously difficult client", "The agency is notoriously hard to deal
    with") it brands them and is marked, as before any other word."""
    after = doc[end] if end < len(doc) else None
    if after is None or after.lower_ not in lexicon.difficulty:
        return start, end
    target = _described(after)
    if target is None or _a_person_or_body(target, lexicon):
        return start, end
    if target.dep_ == "appos" and _a_person_or_body(target.head, lexicon):
        return start, end  # "Hale, a notoriously difficult client"
    subject = _subject_of(target.head) if target.dep_ == "attr" else None
    if subject is not None and _a_person_or_body(subject, lexicon):
        return start, end  # "she is a notoriously difficult client"
    return None


def _modifies(tok: Token, head: Token) -> bool:
    """The word is part of another modifier of ``head`` that stands before it ("cost-cutting"
    in "a cynical cost-cutting move"): its heads lead to ``head`` without leaving the words
    before it."""
    while tok.i != head.i:
        if tok.head.i == tok.i or not tok.i < head.i:
            return False
        tok = tok.head
    return True


def rule_invented(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of invention said of a charge, an account or evidence (``[context] accounts``:
    "fabricated charges", "the story is fabricated") settles that it is false; said of a made
    thing ("fabricated steel parts") it is the trade's word for making, and as the verb of a
    clause ("the clerk fabricated the figures") it reports an act, as with rule "participle"."""
    return (start, end) if _said_of(doc[start:end].root, lexicon.accounts) else None


def rule_promotional(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Praise said of a product (``[context] products``: "a sleek phone", "a seamless checkout",
    "the app is intuitive") is promotion; the words have plain senses elsewhere ("a seamless
    steel tube", "the revolutionary war", "an intuitive guess")."""
    return (start, end) if _said_of(doc[start:end].root, lexicon.products) else None


def _said_of(tok: Token, nouns: frozenset[str]) -> bool:
    """The word describes a noun of ``nouns``: as a modifier before it or as a predicate of it
    ("sleek and intuitive" said of "the phone"), not as the verb of a clause."""
    if tok.pos_ in ("VERB", "AUX") and _heads_a_clause(tok):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ in NOUN_MODIFIERS and first.head.i > first.i:
        target: Token | None = first.head
    elif first.dep_ == "acomp":
        target = _subject_of(first.head)
    else:
        return False
    return target is not None and target.pos_ == "NOUN" and _lemma(target) in nouns


def rule_not_a_people(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """An adjective of conduct ("dirty": "a dirty deal", "dirty politicians") is not marked
    before the name of a people or a faith (a nationality or religion the parser tags as such):
    there it is an ethnic or religious slur, another sense than the charge the entry's note
    describes."""
    target = _described(doc[start:end].root)
    if target is not None and target.ent_type_ == "NORP":
        return None
    return start, end


def rule_forced(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of heavy machinery ("bulldoze") is loaded where it is done to people or to a
    measure ("bulldozed the council", "bulldozed the bill through", "the bill they bulldozed
    through"), and the plain word where land or buildings are cleared ("crews bulldozed the
    warehouse")."""
    verb = doc[start:end].root
    if _targets_people(verb, lexicon):
        return start, end
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and not targets and not _relative_subject(verb):
        targets.append(verb.head)  # "the bill they rammed through": the bill is its object
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"):
        targets += [g for g in prep.children if g.dep_ == "pobj"]  # "bulldozed through the bill"
    if any(_lemma(t) in lexicon.measures for t in targets):
        return start, end
    return None


def _relative_subject(verb: Token) -> bool:
    """The relative clause's own subject is its relative pronoun ("the council that rammed it
    through"), so the noun it hangs on does the act and is not what is done to."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)


def rule_captive(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'held the budget hostage', 'the bill was held hostage': a measure, a process or a whole
    country held as a hostage casts a political standoff as a kidnapping; people held hostage
    ("held three aid workers hostage") are the crime itself, reported in its plain word."""
    tok = doc[start:end].root
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in lexicon.captors:
        return None
    # "held the budget hostage"; "our energy future hostage", where "future" may be read as an
    # adjective on "hostage"
    held = [c for c in tok.children if c.dep_ in NOUN_MODIFIERS]
    held += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i]
    if any(_lemma(t) in lexicon.measures or _lemma(t) in lexicon.captives for t in held):
        return start, end
    return None


def rule_attitude(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """An adverb of force ("violently") lends violence to a verb of attitude that involves none
    (``[context] attitudes``: "violently opposed", "violently disagree", "objected violently");
    on a verb of physical force ("troops violently dispersed the march", "violently ended the
    protest") it tells how the act was done, which is plain report."""
    tok = doc[start:end].root
    head = tok.head
    if tok.dep_ != "advmod" or head.i == tok.i:
        return None
    return (start, end) if {_lemma(head), head.lower_} & lexicon.attitudes else None


def rule_not_historical(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word for the subordinates of a past society's lords ("vassal", "satrap", "servile",
    "bastard") casts a modern ally or official as one; in a sentence about such a society
    (``[context] history``: "the duke was a vassal of the king", "Persian satraps governed the
    provinces of the empire") it is the historian's plain term and is not marked. The history
    word must be tied to the term: its head, its own modifier, what it is said of, the object
    of its "of", or, for the subject of a verb, that verb's object ("feudal vassals", "the duke
    was a vassal of the king", "satraps ruled the provinces of the empire"); a king or a reign
    elsewhere in the sentence ("the king of Norland made his country a vassal of Beijing") is
    not about the term.

    A past period dates the term as a history word does (``_past_period``: "20th-century
    dictators", "the fascists of the 1930s", "dictators of the last century"), tied to it in the
    same way, unless the term is predicated in the present of someone ("the governor is a
    19th-century dictator", "critics call him a 20th-century satrap": a label with a figure of
    period), is what someone is likened to (``_a_figure_of_period``: "ran the state like a
    19th-century dictator"), or is a label set beside someone's name ("the governor, a
    19th-century dictator in all but name"). A past year elsewhere in the sentence dates some
    other event ("The dictator, who seized power in 1994, jailed three reporters last week") and
    says nothing about the term."""
    term = doc[start:end].root
    tied = _tied_words(term)
    if any(_history_word(t, lexicon) for t in tied):
        return None
    predicated = term.dep_ in ("attr", "oprd", "acomp", "xcomp")
    if (
        any(_past_period(t, lexicon) for t in tied)
        and not (predicated and not _past(term))
        and not _a_figure_of_period(term, lexicon)
    ):
        return None
    return start, end


def _a_figure_of_period(term: Token, lexicon: Lexicon) -> bool:
    """A term dated to a past period is a figure, put on someone now, where it is what
    something is likened to, the object of "like" ("ran the state like a 19th-century
    dictator", "like 20th-century dictators, the general jails critics") or of "as" with "a"
    ("rules as a 19th-century dictator would"; not "remembered as the last century's cruellest
    dictator", a role), or where it is set with "a" beside a word for a person ("the governor, a
    19th-century dictator in all but name"; not "Morel, the island's 20th-century dictator", which
    says who he was). Except for "like a ...", only in a clause not told in the past: a past
    clause is history ("Like many 20th-century dictators, Franco died in his bed")."""
    node = term.head if term.dep_ == "amod" else term  # "a 1930s fascist regime": the noun
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "like 19th-century despots and dictators"
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in node.children)
    if node.dep_ == "pobj" and node.head.lower_ == "like" and indefinite:
        return True  # "like a 19th-century dictator": a type someone is likened to
    if _past(node):
        # told in the past it is history: "Like many 20th-century dictators, Franco died in his
        # bed", "As a 20th-century dictator, he ruled by decree"
        return False
    if node.dep_ == "pobj":
        return node.head.lower_ == "like" or (node.head.lower_ == "as" and indefinite)
    return node.dep_ == "appos" and indefinite and _a_person(node.head, lexicon)


# a generation: a year at least this many years before the present one is history, not current
# affairs. It is the span after which governments open their papers to historians (the
# "thirty-year rule" of public records), and longer than most rulers stay in office, so a ruler
# dated so far back is, as a rule, no longer the one in office
GENERATION = 30
# an ordinal written in figures: "20th", "19th", "1st"
ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
# a year or a decade written in figures: "1957", "1930s"
YEAR = re.compile(r"(\d{4})(s?)")


def _past_period(tok: Token, lexicon: Lexicon) -> bool:
    """A period that ended a generation or more ago: a century before the present one, by
    ordinal or as the last one (``[context] periods`` counted by an ordinal in figures or by a
    word of ``[context] bygone``: "the 20th century", "19th-century", "the last century"; not
    "the 21st century" or "this century"), or a year or a decade the tagger reads as a date
    whose last year is at least ``GENERATION`` years before the present one ("in 1957", "the
    1970s"; not "in 2019", nor "1957 people", which counts). The present year is the clock's,
    so that what counts as history moves with time; no year is listed."""
    this_year = datetime.date.today().year
    if _lemma(tok) in lexicon.periods:
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "nummod"):
                continue
            ordinal = ORDINAL.fullmatch(c.lower_)
            if ordinal is not None and int(ordinal.group(1)) < (this_year - 1) // 100 + 1:
                return True
            if c.lower_ in lexicon.bygone:
                return True
        return False
    year = YEAR.fullmatch(tok.lower_)
    if year is None or tok.ent_type_ != "DATE":
        return False
    last = int(year.group(1)) + (9 if year.group(2) else 0)  # "the 1970s" ended in 1979
    return last <= this_year - GENERATION


def _history_word(tok: Token, lexicon: Lexicon) -> bool:
    """A history word, alone ("feudal") or as a phrase with the words compounded with it ("World
    War II", "Cold War broadcasts": a period the list names as "world war", "cold war")."""
    if _lemma(tok) in lexicon.history or tok.lower_ in lexicon.history:
        return True
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not parts:
        return False
    phrase = f" {' '.join([*(c.lower_ for c in parts), tok.lower_])} "
    if not any(" " in h and f" {h} " in phrase for h in lexicon.history):
        return False
    # the period's name: capitalised ("World War II", "the Cold War") or counted ("the first
    # world war"); "another world war" or "a new cold war" is a war to come, or a figure
    if all(t.text[:1].isupper() for t in [*parts, tok]):
        return True
    return any(c.like_num and c.dep_ != "compound" for c in tok.children)


def _tied_words(tok: Token) -> list[Token]:
    """The words a term is tied to (rule "not-historical"): for an adjective, the noun it
    modifies too; for each, its head, its modifiers and appositions (and a word before a
    modifier that modifies it: "the WWII Italian dictator"; a decade the parser reads as a
    number: "a 1930s fascist"), its subject (its head's for a predicate, its head's object for a
    complement), and the object of any "of" among them."""
    nodes = [tok, tok.head] if tok.dep_ == "amod" else [tok]
    tied: list[Token] = []
    for node in nodes:
        head = node.head
        tied.append(head)
        # a decade written in figures hangs on the noun as a number: "a 1930s fascist"
        mods = [
            c
            for c in node.children
            if c.dep_ in ("amod", "compound", "nmod", "poss", "appos", "nummod")
        ]
        # a modifier's own modifier: "the WWII Italian dictator" (the period dates the adjective)
        tied += mods + [
            g for m in mods for g in m.children if g.dep_ in ("npadvmod", "compound") and g.i < m.i
        ]
        tied += [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node.dep_ in ("attr", "acomp"):
            tied += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif node.dep_ == "oprd" or node.dep_ in ("nsubj", "nsubjpass"):
            tied += [c for c in head.children if c.dep_ == "dobj"]
    return tied + [
        p
        for t in [*nodes, *tied]
        for c in t.children
        if c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def rule_abstract_object(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A verb of smell with "of" ("reek of") claims a wrong is as plain as a smell where what it
    smells of is abstract: a noun with an ending of abstract nouns (``ABSTRACT_ENDINGS``:
    "reeks of corruption", "of hypocrisy", "of desperation"), or a noun counted as one ("reeks
    of a set-up", "of a cover-up"), where a smell is named by a mass or plural noun; of a thing
    ("reeked of cat pee", "of rotten eggs", "of burnt rubber") it reports a smell and is not
    marked."""
    of = doc[end - 1]
    objects = [c for c in of.children if c.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    for obj in objects:
        if obj.pos_ == "NOUN" and obj.lower_.endswith(ABSTRACT_ENDINGS):
            return start, end
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            return start, end
    return None


def rule_of_prospects(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of ruin ("ruin") overstates harm where what it ruins is what a person, a body or a
    country has to lose, or an institution or a process (``[context] prospects``: "ruined his
    career", "will ruin democracy", "would ruin the club", "ruined the talks"), or the person,
    body or country itself ("the scandal ruined him", "will ruin Venezuela"). Of anything else,
    a thing above all ("the flood ruined my carpet", "shelling ruined the hospital", "a ruined
    castle"), it reports damage and is not marked: a ruin told as hyperbole of some other thing
    ("ruined the picnic") is missed rather than a real one marked."""
    return (
        (start, end)
        if any(
            {_lemma(o), o.lower_} & lexicon.prospects
            or _a_person_or_body(o, lexicon)
            or o.ent_type_ == "GPE"
            for o in _ruined(doc[start:end].root, lexicon)
        )
        else None
    )


def _ruined(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What the verb is done to: its object, its subject in the passive, or the noun its
    participle describes ("ruined lives", "a career ruined by scandal", "so many lives ruined"),
    with the nouns joined to them and what a count counts ("thousands of lives")."""
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        objects = [verb.head]
    else:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and verb.tag_ == "VBN":
        # a bare participle after its noun, read as its subject: "so many lives ruined"
        objects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects += [c for o in objects for c in o.conjuncts]
    return objects + [
        g
        for o in objects
        if o.like_num or o.lower_ in lexicon.multitudes
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def rule_not_of_fortune(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of judgement ("terrible", "awful", "cruel") passes a verdict on an act, a person
    or a policy ("a terrible decision", "cruel views", "the plan is awful"). Where it grades a
    feeling, a misfortune or a turn of fortune (``[context] fortunes``: "the terrible anxiety
    workers feel", "a terrible tragedy at the port", "a cruel twist of fate", "primary results can
    be cruel", "a terrible cold", "put in a terrible position"), before it or as its predicate,
    or says how someone feels ("made them feel awful"), it says how bad the thing is, which
    blames nobody, and is not marked."""
    tok = doc[start:end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "sad and terrible news": where the first one stands
    if _how_one_feels(tok, lexicon):
        return None  # "voters will feel terrible": how someone feels, a verdict on nothing
    graded = _graded(tok)
    if (
        graded is not None
        and doc[start].lower_ not in lexicon.moral_verdicts
        and _violent_act(graded, lexicon)
    ):
        return None  # "the horrific shooting", "the bombing was terrible"
    if _killing_condemned(tok, graded, lexicon):
        return None  # "if he killed reporters, that is terrible"
    if graded is not None and _in_a_plight(graded, lexicon):
        return None  # "put us in a terrible position"
    if graded is None:
        return start, end
    words = _fortune_words(graded)
    if not words & lexicon.fortunes:
        return start, end
    if words & lexicon.turns and _owned(graded, lexicon):
        return start, end  # "the policy's cruel outcome", "the results of the reform"
    return None


def _fortune_words(noun: Token) -> set[str]:
    """How ``noun`` may be listed among the fortunes: its lemma, its form, and each noun
    compound it heads ("death toll", where a toll alone may be a fee)."""
    words = {_lemma(noun), noun.lower_}
    words.update(f"{c.lower_} {_lemma(noun)}" for c in noun.children if c.dep_ == "compound")
    return words


def _object_gap(verb: Token) -> bool:
    """An infinitive whose object is the subject of the clause it completes, left as a gap
    ("horrible to work with", "awful to deal with"): how the subject is to others."""
    return any(
        t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
        for t in verb.subtree
    )


def _in_a_plight(noun: Token, lexicon: Lexicon) -> bool:
    """'Put us in a terrible position', 'left in an awful situation': a spot someone is put in
    ([context] plights) after "in" on a verb other than "be" ("the talks are in a terrible
    situation" is a verdict), with no owner of its own ("in his terrible position on refugees"
    is a stance)."""
    return (
        _lemma(noun) in lexicon.plights
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ == "VERB"
        and noun.head.head.lemma_ != "be"
        and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "on") for c in noun.children
        )
    )


def _how_one_feels(tok: Token, lexicon: Lexicon) -> bool:
    """'Voters felt awful', 'it made the French feel terrible': the word completes "feel" said
    of a person, people or a body, and tells how they felt. Not said of a thing or "it" ("the
    plan feels terrible", "it feels terrible to cut jobs": a verdict on the plan or the cut),
    nor how someone comes across to others ("feels terrible to his staff", "feels horrible to
    work with"), nor a word of moral verdict ([context] moral_verdicts: "they felt cruel" says
    what they were)."""
    if tok.dep_ != "acomp" or _lemma(tok.head) != "feel" or tok.lower_ in lexicon.moral_verdicts:
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ == "to") or (c.dep_ == "xcomp" and _object_gap(c))
        for w in (tok, tok.head)
        for c in w.children
    ):
        return False
    subject = _subject_of(tok.head)
    return subject is not None and _a_person_or_body(subject, lexicon)


def rule_not_of_violence(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A word that casts a person or a group as bent on killing ("murderous") brands them said
    of a person, a regime or a mood ("a murderous regime", "murderous indifference"); where it
    grades an act of violence (``_violent_act``: "his murderous attack on the club", "a
    murderous rampage") it describes the act in the plain word for it and is not marked."""
    graded = _graded(doc[start:end].root)
    if graded is not None and _violent_act(graded, lexicon):
        return None
    return start, end


def _graded(tok: Token) -> Token | None:
    """The noun an adjective grades: the one it stands before ("a terrible attack") or the
    subject it is the predicate of ("the attack was terrible")."""
    if tok.dep_ == "amod":
        return tok.head
    if tok.dep_ == "acomp":
        return _subject_of(tok.head)
    return None


# pronouns that stand for what was just said: "that is terrible", "it was horrible"
def _killing_condemned(tok: Token, graded: Token | None, lexicon: Lexicon) -> bool:
    """'If he has killed reporters, that is terrible', 'Gunmen killed six villagers. It was
    terrible.': a word of judgement said of "that", "this" or "it" where the clause it answers
    (a clause on its verb, or the sentence before) reports people killed or wounded condemns a
    killing in the words anyone would use, and blames no one the report does not. An "it" that
    stands for a clause after it ("it is terrible that the minister refuses", "it is awful to
    cut jobs") points to that clause, not back to the killing, save the seeing of it with
    nothing else seen ("It was terrible to watch", [perception] in attribution_cues.toml; not
    "horrible to see the minister smile"); a word of moral verdict on who did it (``[context]
    moral_verdicts``: "that is cruel") is still marked."""
    if tok.dep_ != "acomp" or graded is None or graded.lower_ not in POINTING:
        return False
    if tok.lower_ in lexicon.moral_verdicts:
        return False
    verb = tok.head
    seeing = attribution_lexicon().perception
    if any(
        c.dep_ in ("ccomp", "csubj")
        or (c.dep_ == "xcomp" and (_lemma(c) not in seeing or _seen_thing(c)))
        for w in (verb, tok)
        for c in w.children
    ):
        return False  # "it is terrible that ...", "it is terrible to cut jobs"
    clauses = [verb]
    while clauses[-1].dep_ in ("ccomp", "xcomp", "conj") and clauses[-1].head.i != clauses[-1].i:
        clauses.append(clauses[-1].head)  # "I think that's terrible": the clause on "think"
    for v in clauses:
        for c in v.children:
            if c.dep_ == "advcl" and any(_is_casualty(t, lexicon) for t in c.subtree):
                return True
    sent = tok.sent
    if graded.i != _first_word(sent).i:
        return False
    doc = tok.doc
    if sent.start == 0:
        return False
    before = doc[_wordy_sentence_start(doc, sent.start) : sent.start]
    return any(_is_casualty(t, lexicon) for t in before)


def _first_word(sent: Span) -> Token:
    """The sentence's first word, past quotation marks and punctuation."""
    return next((t for t in sent if t.is_alpha), sent[0])


def _owned(noun: Token, lexicon: Lexicon) -> bool:
    """The turn of events has an owner: a possessive ("the policy's", "her") or an "of" phrase
    that is not itself a fortune ("the results of the reform", not "a twist of fate"). A
    possessive before a bereavement (``[context] bereavements``: "her terrible loss", "the
    family's cruel loss") names who suffered it, not who caused it: only "of" counts there
    ("her terrible loss of judgment"), and not one of lives ("the tragic loss of life",
    ``[context] lives``)."""
    bereavement = bool({_lemma(noun), noun.lower_} & lexicon.bereavements)
    if any(c.dep_ == "poss" for c in noun.children) and not bereavement:
        return True
    return any(
        g.dep_ == "pobj"
        and _lemma(g) not in lexicon.fortunes
        and not (bereavement and _lemma(g) in lexicon.lives)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def rule_not_a_reaction(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of causing a feeling ("shock") tells the reader how to take an act where the act
    does it ("a move that shocked everyone", "the verdict will shock voters"). As the passive or
    the participle of the people who felt it ("American women were shocked", "she was shocked
    by the verdict", "shocked voters"), it reports their own reaction, which is news, and is not
    marked; a thing so described ("the market was shocked") is still marked, and so is all or
    many people at once (``[context] sweeping``: "everyone was shocked", "the nation was
    shocked"), the writer's sweeping claim."""
    tok = doc[start:end].root
    if tok.tag_ != "VBN":
        return start, end
    while (
        tok.dep_ == "conj"
        and tok.head.i < tok.i
        and tok.head.tag_ == "VBN"
        and (tok.head.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.head.children))
    ):
        # "we were saddened and shocked": where the first participle stands, when it is a
        # feeling (passive or predicate), not an act ("has angered and shocked allies")
        tok = tok.head
    if tok.dep_ == "amod":
        felt: Token | None = tok.head  # "shocked voters"
    elif tok.dep_ == "acomp":
        felt = _subject_of(tok.head)  # "women were shocked", read as an adjective
    else:
        felt = _subject_of(tok)  # "women were shocked", read as a passive
    if felt is None or {felt.lower_, _lemma(felt)} & lexicon.sweeping:
        return start, end  # "everyone was shocked", "the nation was shocked": a sweeping claim
    if _a_person_or_body(felt, lexicon):
        return None
    return start, end


def rule_not_a_work(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of make-believe ("fantasy") dismisses a claim or a plan as imaginary ("the tax
    plan is a fantasy"); where it says what a work of fiction is (``[context] works``: "the
    movie is a space fantasy", "the novel, a dark fantasy, sold well") it names the genre
    and is not marked. So does a genre word with no article after "as" where a work is what
    treats something so ("her novel plays the merger as farce"; "the hearing was a farce" and
    "critics of the film saw the hearing as farce" are marked). A verb
    of attack whose subject is a work ("the film skewers the rich", "a comedy that skewers
    bankers") says what the satire does and is not marked either."""
    tok = doc[start:end].root
    if tok.pos_ == "VERB":
        subject = _subject_of(tok)
        if subject is not None and subject.tag_ == "WDT" and tok.dep_ == "relcl":
            subject = tok.head  # "a comedy that skewers bankers": what "that" stands for
        if subject is not None and subject.pos_ == "NOUN" and _lemma(subject) in lexicon.works:
            return None
        return start, end
    # "her novel plays the merger as farce": the work itself treats it so; not "the senator
    # described the film festival as farce", where a person gives the verdict
    bare = not any(c.dep_ in ("det", "poss") for c in tok.children)
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and bare:
        verb = clause_verb(tok.head.head)  # "as" hung on the object: "plays the merger as farce"
        doer = _subject_of(verb)
        if doer is not None and doer.tag_ == "WDT" and verb.dep_ == "relcl":
            doer = verb.head  # "the film, which plays the coup as farce": what "which" stands for
        if doer is not None and doer.pos_ == "NOUN" and _lemma(doer) in lexicon.works:
            return None
    if tok.dep_ == "attr" and tok.head.pos_ in ("AUX", "VERB"):
        target = _subject_of(tok.head)
    elif tok.dep_ == "appos":
        target = tok.head
    else:
        return start, end
    if target is not None and target.pos_ == "NOUN" and _lemma(target) in lexicon.works:
        return None
    return start, end


def rule_not_a_manner(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of condemnation ("perverse") in the idiom "in a ... way" or "in a ... sense"
    (``[context] manners``: "in a perverse way, the defeat helped him") means paradoxically and
    is not marked; "the perverse way the board treated its staff" condemns what was done."""
    tok = doc[start:end].root
    noun = tok.head
    if tok.dep_ == "amod" and _lemma(noun) in lexicon.manners and noun.dep_ == "pobj":
        dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
        if noun.head.lower_ == "in" and dets in (["a"], ["an"]):
            return None
    return start, end


def rule_not_a_named_regime(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A word that classes a form of rule ("totalitarian") is political science's plain term
    for one regime of history it names: after "the" and the name of its movement or country
    (``[context] regime_names``), before a noun of a system of rule (``[context] regimes``):
    "the Soviet totalitarian regime collapsed", "the Nazi totalitarian state". Pinned on
    anything else ("a Nazi totalitarian campaign against the press", "they want a Soviet
    totalitarian state") it is a label and is marked, as it is where the name is not capitalised
    ("the communist totalitarian state"), is likened to ("was the Nazi totalitarian state all
    over again") or its clause is not in the past ("the Communist totalitarian regime jails")."""
    tok = doc[start:end].root
    noun = tok.head
    if tok.dep_ != "amod" or noun.i == tok.i or _lemma(noun) not in lexicon.regimes:
        return start, end
    before = doc[start - 1] if start > 0 else None
    if before is None or before.lower_ not in lexicon.regime_names or before.head.i != noun.i:
        return start, end
    if not before.text[0].isupper() or noun.dep_ == "attr":
        return start, end  # "the communist totalitarian state", "was the Nazi ... all over again"
    if [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")] == ["the"] and _past(noun):
        return None
    return start, end


def _past(tok: Token) -> bool:
    """The verb of the clause the word is in is in the past tense ("the regime collapsed",
    "millions were murdered by the regime"), not the present or future ("the regime jails")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ == "VBD":
        return True
    # a participle is past but where a present or future helps it ("has jailed", "is ruled")
    return verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VB", "MD") for c in verb.children
    )


# what a verb of seeing sees, besides the killing: "to see the minister smile", "to hear that"
SEEN = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "nsubj", "obj"})


def _seen_thing(verb: Token) -> bool:
    """The verb of seeing has an object or a clause of its own ("to see the minister smile")."""
    return any(c.dep_ in SEEN for c in verb.children)
