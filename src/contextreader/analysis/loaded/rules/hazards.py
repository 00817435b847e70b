"""Rule "figurative": a word of ruin ("ravaged", "havoc", "a disaster") is the plain word
for damage a storm, flood, fire or disease did, and a loaded figure where it dramatises a policy,
a defeat or a scandal. Its own subject decides where it has one; otherwise a hazard named in the
sentence or the one before it in its paragraph does.

Rule "not-of-killings": a word of spilt blood ("carnage", "bloodshed", "a bloodbath") is the
plain word where people were killed or hurt, and a loaded figure where it dramatises a loss with
no victims (a market rout, an election defeat).

Rule "not-of-nature": a word of outsize ("colossal") is the plain size of a natural hazard (a
storm, a flood), and a dramatised one of a blunder, a sum or a star.

Rule "not-of-peoples": a verb of wiping out ("annihilate") is the literal word for the mass
killing of peoples or of people in their many, and a figure for a defeat ("the party was
annihilated at the polls").

Rule "not-of-terror": a label the security field also uses for armed groups ("extremists") is
its plain term in a passage about terrorism, unless it is pinned on a person or a group.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.loaded.casualties import _counted_people, _doers, _is_casualty
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.rules.labels import said_of_people
from contextreader.analysis.loaded.tokens import (
    PLACE_ENTS,
    _a_person,
    _lemma,
    _neighbour,
    _personal,
    _subject_of,
    a_real_vehicle,
    clause_verb,
)
from contextreader.analysis.paragraphs import BLANK_LINE
from contextreader.analysis.people.lexicon import role_lexicon
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.speakers import agent_of


def rule_figurative(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of ruin ("ravaged", "havoc", "a disaster") is loaded where it dramatises a policy,
    a defeat or a scandal, and the plain word where a storm, a flood, a fire or a disease did the
    damage.

    Where the word says what its own subject did or is ("the levy ravaged the town", "the
    budget is a disaster", "called the response a disaster"), that subject decides: a hazard
    ("the storm ravaged the coast") makes it plain, anything else makes it a verdict, whatever
    else the sentence names. Otherwise ("recover from the devastation", "aid for three
    disasters") it is plain when the sentence, or the one before it in the same paragraph, names
    a hazard ("The hurricane struck in May. The town is still clearing the devastation."), or
    when its own clause reports people killed or hurt (``_is_casualty``: "the death toll from
    the disaster rose to 40", "the catastrophe killed 300 people"; not "havoc in the ministry;
    three aides were killed that year", nor an adjective that grades something else, "the
    catastrophic policy killed thousands"). A hazard word used as a figure ("a storm of
    criticism", "came under fire") does not count."""
    word = doc[start:end].root
    subject = _own_subject(word)
    by_agent = False
    if subject is None and word.pos_ == "VERB" and word.dep_ == "acl":
        subject = agent_of(word)  # "towns devastated by the shelling": the "by" does it
        by_agent = subject is not None
    if subject is not None and subject.pos_ != "PRON":
        if _names_hazard(subject, lexicon):
            return None
        if word.pos_ == "VERB" and _violent_act(subject, lexicon):
            return None  # "towns devastated by the shelling", "the bombing ravaged the port"
        if not by_agent:
            return start, end
        # "homes devastated by the water": an agent that is neither hazard nor violence is
        # read as any other word of ruin, on the sentence and the one before
    sent = doc[start].sent
    first = sent.start
    if first > 0:
        before = doc[first - 1].sent
        if not BLANK_LINE.search(text_of(doc)[before.start_char : sent.start_char]):
            first = before.start  # the sentence before, unless a blank line ends its paragraph
    if any(_is_hazard(tok, lexicon) for tok in doc[first : sent.end]):
        return None
    clause = clause_verb(word).i
    if word.pos_ == "NOUN" and any(
        _is_casualty(t, lexicon, strict=True) and clause_verb(t).i == clause for t in sent
    ):
        return None  # "the death toll from the disaster rose to 40": real deaths, the plain word
    return start, end


def rule_not_of_a_vehicle(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A phrase of lost control ("out of control") is the plain report of a crash where it is a
    vehicle that runs out of control (``[context] vehicles``): the subject of the verb it hangs
    on ("the car spun out of control", "the truck was out of control", "the bus was sent
    careering out of control") or the noun it follows ("a lorry out of control hit the wall").
    Said of anything else it is read as rule "figurative" reads it: plain where a natural hazard
    is named ("the fire raged out of control"), a verdict elsewhere ("spending is out of
    control", "the crowd spun out of control", "the ship of state is out of control")."""
    word = doc[start:end].root
    said_of = _own_subject(word)
    head = word.head
    if said_of is None and head.pos_ in ("NOUN", "PROPN") and head.i < word.i:
        said_of = head  # "a lorry out of control"
    while said_of is None and head.pos_ in ("VERB", "AUX"):
        said_of = _subject_of(head)
        if (
            said_of is not None
            or head.dep_ not in ("xcomp", "conj", "advcl")
            or head.head.i == head.i
        ):
            break
        head = head.head  # "was sent careering out of control": the subject of "sent"
    if said_of is not None and a_real_vehicle(said_of, lexicon):
        return None  # not a figure: "the ship of state", "his campaign is a train out of control"
    return rule_figurative(doc, start, end, lexicon)


def rule_not_of_killings(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A word of spilt blood ("carnage", "bloodshed", "a bloodbath") is loaded where it
    dramatises a loss in which no one bled ("a bloodbath in the markets", "carnage at the polls"),
    and the plain word for real killings: where its sentence, the one before it or the one after
    it (in any paragraph: a witness's "Two bodies lay there." often stands alone) reports deaths or
    injuries (``[context] casualties``: "A gunman killed nine people, the worst bloodshed in the
    city in decades.", '"The junction was pure carnage. Two bodies lay there."'), or names a natural
    hazard as rule "figurative" reads it ("the quake caused carnage"). A word of an act of
    violence nearby is not enough: "shooting", "bombing" or "rampage" are often figures or other
    senses themselves ("the market bloodbath came a day after the bombing", "a scoring rampage.
    It was carnage for the visitors")."""
    subject = _own_subject(doc[start:end].root)
    if subject is not None and subject.pos_ != "PRON" and _names_hazard(subject, lexicon):
        return None
    sent = doc[start].sent
    first, last = _wordy_sentence_start(doc, sent.start), _wordy_sentence_end(doc, sent.end)
    for tok in doc[first:last]:
        if _is_hazard(tok, lexicon) or _is_casualty(tok, lexicon):
            return None
    return start, end


def rule_not_of_nature(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of outsize ("colossal", "gargantuan") dramatises the size of an act, a sum or an
    idea ("a colossal blunder", "a colossal waste of money"), but where it grades a natural
    hazard (``_is_hazard``, ``[context] hazards``: "a colossal storm", "the hurricane was
    colossal"), before it or as its predicate, it gives a physical size in the plain word for it
    and is not marked. Only hazards: a star, a wave or a mountain is as often a figure of
    politics, business or show business as a thing of nature ("a colossal star to rescue the
    franchise", "rode a colossal wave in November"), and a hazard word with an "of" phrase is a
    figure too ("a colossal storm of protest")."""
    tok = doc[start:end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "a huge and colossal storm": where the first one stands
    graded = tok.head if tok.dep_ == "amod" else None
    if tok.dep_ == "acomp":
        graded = _subject_of(tok.head)
    if graded is None:
        return start, end
    # "a colossal storm system", "a colossal dust storm": the noun or a compound before it
    words = [graded, *(c for c in graded.children if c.dep_ == "compound")]
    if any(_is_hazard(w, lexicon) for w in words):
        return None
    return start, end


def rule_not_of_peoples(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of wiping out ("annihilate", or its noun "annihilation") dramatises a defeat or a
    loss as total ("the party was annihilated at the polls", "the team annihilated its rivals"),
    but said of peoples or of people as such (``_of_peoples``: "annihilated whole peoples", "the
    settlers annihilated millions of people"; not "annihilated dozens of incumbents"), it is the
    literal word for a mass killing and is not marked. So too where its own sentence
    reports people killed (``_is_casualty``, strict: "annihilated the garrison, killing 400
    people"), or where the sentence before or after says the same word of peoples, as an answer
    says what a question asked ("Who did the regime annihilate? It annihilated whole
    peoples."). The noun is read by its "of" phrase ("the annihilation of whole peoples", not
    "of the opposition")."""
    tok = doc[start:end].root
    if _of_peoples(tok, lexicon):
        return None
    sent = tok.sent
    if any(_is_casualty(t, lexicon, strict=True) for t in sent):
        return None
    first, last = _wordy_sentence_start(doc, sent.start), _wordy_sentence_end(doc, sent.end)
    lemma = _lemma(tok)
    for other in doc[first:last]:
        if other.i != tok.i and _lemma(other) == lemma and _of_peoples(other, lexicon):
            return None
    return start, end


def _of_peoples(tok: Token, lexicon: Lexicon) -> bool:
    """What a verb of wiping out is done to (its object, its passive subject, or the "of" phrase
    of its noun) is a people or a population (``[context] populations``: "whole peoples", "the
    tribe", "civilians"), alone or counted ("millions of human beings", "40 villagers"), or
    people as such (``[context] counted_persons``) counted or described as a people ("400
    people", "millions of people", "the Armenian people"; not "the people who doubted it"). A
    count is not enough by itself: people counted by a role or a side ("dozens of incumbents",
    "thousands of challengers") are beaten, not killed, and so are people named by no count
    ("its rivals", "the opposition"); a bare count ("thousands were annihilated") stands for
    people."""
    if tok.pos_ == "VERB":
        done_to = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        done_to = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    for noun in (v for d in done_to for v in (d, *d.conjuncts)):
        # the people a count counts: "millions of people" by its "of" phrase, "40 villagers"
        # and "whole peoples" by the noun itself
        counted = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        persons = lexicon.populations | lexicon.counted_persons
        if not (noun.like_num or noun.lower_ in lexicon.multitudes):
            # "40 villagers", "400 people" are counted by a number on the noun itself, and "the
            # Armenian people", "innocent people", "the people of the valley" are a people or
            # a population by what describes them; "the people who doubted it", "the people
            # around him" are picked out by what they did or where they stood, and are beaten
            described = any(
                c.dep_ in ("nummod", "amod", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
                for c in noun.children
            )
            counted, persons = [noun], persons if described else lexicon.populations
        elif not counted:
            return True  # a bare count stands for people: "thousands were annihilated"
        if any({p.lower_, _lemma(p)} & persons for p in counted):
            return True
    return False


def rule_not_of_terror(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A label the security field also uses for the armed groups it studies ("extremists") is
    its plain term where its sentence, the one before or the one after names terrorism
    (``[context] terror``: "Police arrested two extremists. They are accused of a terrorist
    plot."). Pinned on a person or a group it is a label wherever it stands: predicated, in
    apposition, after a verb of labelling, before a word for people, or with an owner or an
    "in", "of" or "like" phrase that names them ("the extremists in Congress", "the senator's
    extremist agenda", "extremists like the mayor")."""
    tok = doc[start:end].root
    described = tok.head if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i else tok
    if said_of_people(tok, lexicon) or (described.i != tok.i and _personal(described, lexicon)):
        return start, end
    if _pins(tok, lexicon) or _pins(described, lexicon):
        return start, end
    return None if _in_passage_of(doc, start, lexicon.terror) else (start, end)


def rule_not_of_computers(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A label that is also the computing word for a break-in ("hack") names the break-in
    where its sentence, the one before it or the one after it is about computers (``[context]
    computing``: "Investigators traced the hack to a rival state. Hackers had reached the
    agency's servers."). Pinned on a person or a group it is the label wherever it stands:
    predicated, in apposition, after a verb of labelling, before a word for people, or placed in
    a camp or a field of politics ("the senator is a hack who forwards every email", "a hack
    politician", "party hacks leaked the files"); a body before it or owning it is whose
    systems were broken into or who broke in ("the bank hack", "the agency's hack")."""
    tok = doc[start:end].root
    # a body before it or owning it is whose systems were broken into, or who broke in ("the
    # agency's hack", "the bank hack"): only a camp or a field makes it a person's label here
    if said_of_people(tok, lexicon, frozenset()):
        return start, end
    if tok.dep_ in ("amod", "compound", "nmod") and _personal(tok.head, lexicon):
        return start, end  # "a hack writer", "hack politicians"
    if any(_allegiance(c, lexicon) for c in tok.children if c.dep_ in ("amod", "compound")):
        return start, end  # "political hacks", "a Tory hack", "a liberal hack"
    return None if _in_passage_of(doc, start, lexicon.computing) else (start, end)


def _allegiance(mod: Token, lexicon: Lexicon) -> bool:
    """A modifier that places a person in a camp or a field of politics (``[context]
    allegiances`` and camps: "political", "partisan", "liberal"; or a party or a nation the
    tagger finds: "a Tory hack"), which no break-in has."""
    if mod.ent_type_ == "NORP":
        return True
    return bool({_lemma(mod), mod.lower_} & (lexicon.allegiances | lexicon.camps))


def _in_passage_of(doc: Doc, start: int, words: frozenset[str]) -> bool:
    """A word of ``words`` (by lemma or as written) stands in the sentence at ``start``, the one
    before it or the one after it."""
    sent = doc[start].sent
    first, last = _wordy_sentence_start(doc, sent.start), _wordy_sentence_end(doc, sent.end)
    return any(_lemma(t) in words or t.lower_ in words for t in doc[first:last])


def _pins(node: Token, lexicon: Lexicon) -> bool:
    """An owner, or an "in", "of" or "like" phrase, that names people: "the senator's extremist
    agenda", "the extremists in Congress", "extremists like the mayor"."""
    for c in node.children:
        if c.dep_ == "poss" and _personal(c, lexicon):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "of", "like")
            and any(g.dep_ == "pobj" and _personal(g, lexicon) for g in c.children)
        ):
            return True
    return False


def _wordy_sentence_start(doc: Doc, start: int) -> int:
    """The start of the sentence before the one at ``start``, passing over "sentences" of
    quotation marks and blank lines alone (the parser cuts a closing quote off on its own)."""
    while start > 0:
        start = doc[start - 1].sent.start
        if any(t.is_alpha for t in doc[start : doc[start].sent.end]):
            break
    return start


def _wordy_sentence_end(doc: Doc, end: int) -> int:
    """The end of the sentence after the one ending at ``end``, passing over sentences with
    no word as ``_wordy_sentence_start`` does."""
    while end < len(doc):
        end = doc[end].sent.end
        if any(t.is_alpha for t in doc[doc[end - 1].sent.start : end]):
            break
    return end


def _violent_act(noun: Token, lexicon: Lexicon) -> bool:
    """The noun is an act of violence against people: a word for one (``[context]
    violent_acts``: "shooting", "massacre", "bombing"), or a word for an act (``[context]
    acts``: "attack", "action") made violent by a word that goes with it (``[context]
    violent_markers``, or a word of terrorism, ``[context] terror``: "a violent action", "the
    deadly attack", "two terrorism attacks"; not the graded word itself, "a
    murderous attack on the budget"), by the place or date it is named by where it names no
    target ("the Paris attacks", "the attacks in Paris", "another raid, this time in Lyon",
    "the 9/11 attacks"; not "the 2016 attacks on the judge"), or by people killed or wounded in
    its sentence ("the attack killed nine people"; not "killed 300 jobs") or, for an act no one
    owns and whose phrases give only its place, time, target, maker or weapon, in the next
    sentence of its paragraph ("Another raid. Scores dead."; not "an attack from the left over
    her budget", ``_of_an_attack``). Where it is
    "of", "on" or "against" something, that must be people or a place (``_people_or_place``:
    "the massacre of villagers", "an attack on the embassy"), or, for a thing that is no bare
    idea, people must be killed in its sentence: "the killing of democracy", "a terrible act of
    betrayal", "an attack on the minister's budget" are of another kind."""
    lemma = _lemma(noun)
    plain = lemma in lexicon.violent_acts or noun.lower_ in lexicon.violent_acts
    if not plain and lemma not in lexicon.acts:
        return False
    # the noun and a phrase set off after it that places or aims it ("another attack, this
    # time in Lyon", "this time on the budget"): its "in", "at", "on" and "against" are the
    # noun's own ("of" there is the phrase's: "the attack, the worst of the year")
    placed = [noun, *(c for c in noun.children if c.dep_ in ("appos", "npadvmod"))]
    targets = [
        g
        for p in placed
        for c in p.children
        if c.dep_ == "prep"
        and c.lower_ in (("of", "on", "against") if p.i == noun.i else ("on", "against"))
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "on Monday": a time
    ]
    if any(_an_idea(g) for g in targets):
        return False  # "the killing of democracy", "an attack on free speech"
    if not all(_people_or_place(g, lexicon) for g in targets):
        # "the murder of Obamacare", "the slaughter of the English language": a figure,
        # unless the sentence reports people killed ("the ambush of the caravan killed four")
        return any(_is_casualty(t, lexicon, strict=True) for t in noun.sent)
    if plain:
        return True
    near = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    # a word of terrorism ([context] terror) makes an act violent as "terror" and "terrorist"
    # do: "two terrorism attacks", "a jihadist attack" name the same kind of act
    markers = lexicon.violent_markers | lexicon.terror
    if any({_lemma(t), t.lower_} & markers for t in near):
        return True
    if not targets and any(
        c.dep_ in ("compound", "nmod", "nummod")
        and (c.ent_type_ in {*PLACE_ENTS, "DATE"} or any(ch.isdigit() for ch in c.text))
        for c in noun.children
    ):
        return True  # "the Paris attacks", "the 9/11 attacks"
    owned = any(c.dep_ == "poss" for c in noun.children)
    if (
        not targets
        and not owned
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS for g in c.children)
            for p in placed
            for c in p.children
        )
    ):
        # "the attacks in Paris", named by their place as "the Paris attacks" is; not "the
        # president's attacks in Iowa", which someone made in words
        return True
    if any(_is_casualty(t, lexicon, strict=True) for t in noun.sent):
        return True
    # the toll in the sentence right after, in the same paragraph ("Another attack, this time
    # in the port. Scores dead or hurt."): a bulletin gives the act, then its dead. Only for
    # an act no one owns, as for a place: "the senator's attacks" are words however the next
    # sentence goes on. Nor for an act with a phrase that is not an attack's (``_of_an_attack``:
    # "a terrible attack from the left over her flood response. Twelve people died in the
    # flood."): a side and a topic tell another story than the dead after it
    if owned or not all(_of_an_attack(c, lexicon) for c in noun.children if c.dep_ == "prep"):
        return False
    return any(_is_casualty(t, lexicon, strict=True) for t in _next_sentence(noun))


def _of_an_attack(prep: Token, lexicon: Lexicon) -> bool:
    """The preposition tells what a violent attack has: its place or time ("in Lyon", "at the
    market", "on Sunday", "in the early hours"), its target among people or places ("on a
    synagogue", "on worshippers"), who made it ("by gunmen") or with what ("with knives"); not
    what a war of words has, a side and a topic ("from the left over her flood plan")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    word = prep.lower_
    if word in ("by", "with"):
        return True
    if word in ("in", "at", "on") and any(g.ent_type_ in ("DATE", "TIME") for g in objects):
        return True
    if word in ("in", "at") and any(
        g.ent_type_ in PLACE_ENTS or _lemma(g) in lexicon.sites for g in objects
    ):
        return True
    return word in ("on", "against") and any(_people_or_place(g, lexicon) for g in objects)


def _next_sentence(tok: Token) -> Span:
    """The sentence after the one ``tok`` is in, in the same paragraph (an empty span at the
    end of the text or of a paragraph)."""
    doc = tok.doc
    sent = tok.sent
    if sent.end >= len(doc):
        return doc[sent.end : sent.end]
    after = doc[sent.end].sent
    # a blank line may be a token of the sentence before it: look from that sentence's start
    if BLANK_LINE.search(text_of(doc)[sent.start_char : after.start_char]):
        return doc[sent.end : sent.end]
    return after


def _people_or_place(tok: Token, lexicon: Lexicon) -> bool:
    """What an act of violence is done to: people ("villagers", "Jan Roe", "them", "a
    teenager", "dozens of shoppers", the tagger's PERSON or NORP) or a place or site (the
    tagger's GPE, LOC or FAC; ``[context] sites``: "the market", "the cathedral", "the bus"),
    not a thing, an idea, a body or a work ("democracy", "her character", "Labour", "the pilot
    episode"), which ``_violent_act`` reads as a figure unless people are killed."""
    if tok.pos_ == "PRON":
        return _a_people_pronoun(tok.lower_)
    if tok.ent_type_ in PLACE_ENTS or tok.ent_type_ in ("PERSON", "NORP"):
        return True
    if _a_person(tok, lexicon) or _doers(tok) or _counted_people(tok, lexicon, strict=True):
        return True
    lemma = _lemma(tok)
    roles = role_lexicon()
    if lemma in cue_lexicon().antecedents or lemma in roles.plain_people or lemma in roles.gendered:
        return True  # "a teenager", "the duke" (pronouns.toml [antecedents], role_nouns.toml)
    return lemma in lexicon.sites or tok.lower_ in lexicon.sites


def _an_idea(tok: Token) -> bool:
    """A singular noun that nothing picks out: an idea ("democracy", "free speech")."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    )


def _a_people_pronoun(word: str) -> bool:
    """A pronoun for people as the object of "of", "on" or "against" ("him", "them", "us",
    "you", "whom", "themselves"), from pronouns.toml: a personal, first- or second-person or
    object-only relative pronoun, or the reflexive of one; not "it" or "this"."""
    cues = cue_lexicon()
    base = word.removesuffix("selves").removesuffix("self")
    people = cues.first_person | cues.second_person | (cues.relatives - cues.subject_relatives)
    return word in people or word in cues.pronouns or base in cues.pronouns


def _own_subject(word: Token) -> Token | None:
    """What a word of ruin is said of: the subject of "ravaged" (its agent in the passive: "was
    ravaged by the flood"), the noun an -ing word describes ("devastating news", "a devastating
    storm"), of "is a disaster" or "is out of control", the object of "called
    the plan a disaster". None for a noun that is only the object of a verb or preposition."""
    if word.dep_ == "amod" and word.lower_.endswith("ing"):
        if _described_noun(word.head):
            return word.head  # "devastating news": the noun an -ing word describes does it
        if word.head.dep_ == "attr":
            # "the levy is devastating farmers", parsed as "is [devastating farmers]": the
            # subject of "is" does it
            return _subject_of(word.head.head)
    if word.pos_ == "VERB" and word.dep_ not in ("amod", "compound"):
        if any(c.dep_ == "nsubjpass" for c in word.children):
            return agent_of(word)
        subject = _subject_of(word)
        if subject is None and word.dep_ == "acomp":
            # "the levy is devastating farmers": a progressive the parser made a complement of
            # "is", whose subject is the verb's own
            subject = _subject_of(word.head)
        return subject
    head = word.head
    if word.dep_ in ("attr", "acomp") or (word.dep_ == "prep" and head.lemma_ in ("be", "get")):
        return _subject_of(head)
    if word.dep_ == "appos":
        return head  # "the response, a disaster" (the small model parses "called X a Y" so too)
    if word.dep_ in ("oprd", "xcomp"):
        return next((c for c in head.children if c.dep_ == "dobj"), None) or _subject_of(head)
    return None


def _described_noun(noun: Token) -> bool:
    """The noun after an -ing word is the one it describes: a noun with an article or a singular
    one ("a devastating blow", "devastating news"). A bare plural may be the object of the -ing
    word as a verb, which the small model often reads as a modifier ("stop the outbreak from
    devastating villages", "the epidemic is devastating farms")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "det" for c in noun.children)


def _names_hazard(tok: Token, lexicon: Lexicon) -> bool:
    """The subject is a hazard or a name for one: "the storm", "Hurricane Vell", or a name right
    after a hazard word, however the parser attached it ("after superstorm Vell ravaged the
    coast", where the small model reads "superstorm" as the object of "after")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    if tok.pos_ == "PROPN" and tok.i > 0:
        words.append(tok.doc[tok.i - 1])
    return any(_is_hazard(t, lexicon) for t in words)


def _is_hazard(tok: Token, lexicon: Lexicon) -> bool:
    """A natural hazard named as such, not as a figure ("a storm of criticism", "under fire")."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in lexicon.hazards:
        return False
    after = _neighbour(tok.doc, tok.i + 1, 1)
    if after is not None and after.lower_ == "of":
        return False
    before = tok.doc[max(0, tok.i - 2) : tok.i]
    return not any(_lemma(t) in lexicon.hazard_figures for t in before)
