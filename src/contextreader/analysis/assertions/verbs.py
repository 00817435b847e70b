"""Verbs that give a sentence to someone: saying, stance, decree, feeling and finding.

``_verb_attribution`` reads a verb from the lists (cr_quotes' verbs of saying,
``attribution_cues.toml``'s stance and decree verbs, ``vague_sources.toml``'s impersonal
passives): its subject or "by" agent holds the view; an agentless passive or a decision with
no maker named leaves it vague; a gerund of saying with no subject is done by no one in
particular. Verbs of feeling give the view to the one who feels, verbs of finding to the poll
or record that finds. A verb outside the lists that takes a "that" clause with a person as
subject reports them, and a verb the tagger read as a noun or a preposition is found by its
written form (``_mistagged_verb``). What looks like such a verb but claims nothing is told
apart in ``no_claim``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import (
    _Ctx,
    _Cue,
    _Found,
    _labels_as,
    _lemma,
    _prep_child,
    _set_off,
)
from contextreader.analysis.assertions.holders import (
    _EMPTY_SUBJECTS,
    _THING_PRONOUNS,
    _can_hold,
    _holder_found,
    _holder_subject,
    _is_poll,
    _person_holder,
    _person_like,
)
from contextreader.analysis.assertions.no_claim import (
    _court_record,
    _delivered_to,
    _gives_a_name,
    _hardly_anyone,
    _measured_by_experience,
    _says_a_formula,
    _status_outcome,
    _undergone,
)
from contextreader.analysis.assertions.sources import _reading_instrument, _restates_name
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.direct import mindless
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.modality import (
    appeal,
    prescribed,
    purpose_only,
    sought_knowledge,
)
from contextreader.analysis.quotes.reported import contact_clause
from contextreader.analysis.quotes.speakers import agent_of, placeholder_only, withheld_words
from contextreader.outlets.kb import load_kb

# a verb of stance carries a view in an object, a clause or a stance preposition (data file)
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "dative", "acomp"})


def _has_content(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """Whether the verb carries what is said or held: a clause always; for a verb of stance an
    object or a stance preposition; for a verb of saying an object only when its lexicon entry
    allows one ("deny the claims", not "maintain a lead"), never for a verb that only
    introduces a quote ("add to the debt")."""
    if contact_clause(verb):
        return False  # "People I know will die": a relative clause on "People", no comment
    if _habitual_act(verb, lemma, ctx):
        return False  # "sanctions on the people who sign the orders": who is meant, no one's word
    if verb.dep_ == "parataxis" or (verb.dep_ == "relcl" and not _bare_relative(verb)):
        return True  # ", he said"; "the plan (which) Roe backs": the noun is what is held
    if _as_worded(verb, ctx):
        return False  # "the claim as stated refers to all crime": that claim's own words
    if lemma in ctx.alex.agreement and _bare_reply(verb, ctx):
        return True  # "Others disagree.": a view of what was just reported
    if any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children):
        return True  # "As Roe told the paper, ...", "more than her aides expected"
    if lemma in ctx.verbs.withheld:
        return _withholds(verb) and not withheld_words(verb, ctx.verbs)
    if placeholder_only(verb, ctx.verbs):
        return False  # "the panel will report its findings": no content given
    if verb.dep_ == "xcomp" and withheld_words(verb.head, ctx.verbs):
        return False  # "declined to comment on the claims": no words given
    stance = lemma in ctx.alex.verbs or lemma in ctx.alex.decrees
    frames = ctx.verbs.verbs.get(lemma, frozenset())
    if frames == {"quote"} and not stance:
        return False  # "prices continue to rise", "add to the debt": only a quote's cue
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            return True  # "called for the city to act": a "for ... to" clause, parsed loosely
        if c.dep_ == "dobj" and c.lower_ in _NOTHING:
            continue  # "the experts offer nothing": no view is given
        if stance and (
            c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in ctx.alex.stance_preps)
        ):
            return True
        if frames == {"quote"}:
            continue
        if c.dep_ == "dobj" and "object" in frames:
            return True
        if c.dep_ == "prep" and c.lower_ in _SPEECH_PREPS:
            return True
        if c.dep_ == "intj" and frames != {"quote"}:
            return True  # "Everyone but Roe said yes."
    return False


def _describes_noun(verb: Token, ctx: _Ctx) -> bool:
    """A past participle set on the subject of a clause ("A petition, signed by 6,000 people,
    was handed in", "Super PACs, first authorised by court rulings, can raise ...") with no
    clause of its own: it describes what the clause is about and states no decree the clause
    passes on. (On an object, "advocates started a petition, signed by 45,000 people, to ...",
    the signers may share the view the sentence reports: read as before.) Where the subject
    itself says or finds ("A letter, signed by 40 doctors, says ..."), its signers or makers
    hold what it says: read as before too."""
    if not (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)
    ):
        return False
    own = verb.head.head
    lemma = _lemma(own, ctx)
    return not (lemma in ctx.verbs.verbs or ctx.verbs.is_cue(own) or lemma in ctx.alex.findings)


def _bare_reply(verb: Token, ctx: _Ctx) -> bool:
    """ "Others disagree.", "Not everyone agrees.": the verb heads its sentence with only a
    subject, adverbs of degree or negation, and punctuation, and the subject can hold a view
    (``_holds_a_view``); figures that agree ("The figures agree.") are the outlet's claim."""
    kids = list(verb.children)
    return (
        verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and _holds_a_view(c, ctx) for c in kids)
        and all(c.dep_ in ("nsubj", "advmod", "neg", "punct", "aux") for c in kids)
    )


def _holds_a_view(tok: Token, ctx: _Ctx) -> bool:
    """A person, a body or people (``_can_hold``: "Others", "Not everyone", "Jan Roe", "the
    council"), or a share of them ("62 percent of voters"), not a count or a record
    ([records]: "the figures", "the results")."""
    if {tok.lemma_.lower(), tok.lower_} & ctx.alex.records:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is not None:
        return _holds_a_view(whole, ctx)  # "62 percent of voters", "most of the figures"
    return _can_hold(tok, ctx)


def _as_worded(verb: Token, ctx: _Ctx) -> bool:
    """ "the claim as stated", "her promise as written": a bare participle with "as" on a noun
    of saying points back to that utterance's own words, which the noun already names; it
    gives no new view and hides no source."""
    noun = verb.head
    return (
        verb.tag_ == "VBN"
        and noun.i != verb.i
        and noun.pos_ == "NOUN"
        and (noun.lemma_.lower() in ctx.alex.nouns or noun.lemma_.lower() in ctx.verbs.nouns)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "ccomp") for c in verb.children)
    )


def _withholds(verb: Token) -> bool:
    """ "declined to comment", "refused the offer": a verb that holds something back takes a
    stance only on a "to" clause or an object. Without one it tells of a fall ("Patients
    declined more slowly", "sales declined 5%"), and a figure is no object."""
    return any(
        c.dep_ == "xcomp"
        or (c.dep_ == "dobj" and not c.like_num and not any(g.dep_ == "nummod" for g in c.children))
        for c in verb.children
    )


_SPEECH_PREPS = frozenset({"about", "on", "over", "against", "for", "of"})


def _bare_relative(verb: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun and its verb takes no object
    ("a politician who had never debated", "a father who sang at church"): then the noun it
    is on is who speaks, not what is said, and the clause carries content only as any clause
    does. (With an object, "a company that had declared bankruptcy", it stays a report.)"""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
        for c in verb.children
    ) and not any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children)


def _habitual_act(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """Whether a verb of decree or of saying (not of stance or thought) in a restrictive
    relative clause, in the plain present, with the relative pronoun as its subject and a
    plain object, says which people are meant by what they do ("sanctions on the people who
    sign the orders", "a law that protects workers who report abuses"): a habit or a role,
    not one decision or statement that someone unnamed made. "officials who approved the
    loans" (one act, in the past) and "residents who oppose the plan" (a view) stay reports."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or lemma in ctx.alex.verbs:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in kids):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "ccomp", "xcomp", "advcl") for c in kids):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids):
        return False
    left = verb.left_edge.i
    return not (left > 0 and verb.doc[left - 1].text == ",")


# objects that give nothing: "offer nothing", "say little"
_NOTHING = frozenset({"nothing", "little", "none"})


def _verb_attribution(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe backs the plan", "critics fear that ...", "the plan was criticized": a verb of
    saying, thinking, stance or decree; its subject (or "by" agent) is the holder."""
    if tok.dep_ in ("aux", "auxpass", "amod"):
        return None
    if prescribed(tok):
        # "voters should know that ...", "every councillor should reject the plan": the writer
        # prescribes a view or a stance; nobody is said to hold it
        return None
    if purpose_only(tok):
        # "residents packed a hall to protest against the cuts": what an act is for
        return None
    if sought_knowledge(tok) or appeal(tok):
        # "residents deserve to know whether ...": what someone is to know, no one's view;
        # "anyone with information is asked to call police": an appeal to the reader
        return None
    lemma = _lemma(tok, ctx)
    if _measured_by_experience(tok, lemma, ctx):
        return None
    if lemma in ctx.alex.experiencers or (lemma in ctx.alex.both_ways and _feeling_caused(tok)):
        return _experiencer_attribution(tok, ctx)
    finding = _finding(tok, lemma, ctx) or _estimate(tok, lemma, ctx)
    if finding is not None:
        return finding
    decree = lemma in ctx.alex.decrees
    said = lemma in ctx.verbs.verbs or ctx.verbs.is_cue(tok)
    stance = lemma in ctx.alex.verbs
    framed = lemma in ctx.lex.framed
    if not (said or decree or stance or framed or lemma in ctx.lex.passive):
        return _clause_taker(tok, ctx)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _bare_participle(tok)
    if passive:
        agent = agent_of(tok)
        if decree and not (said or stance) and _describes_noun(tok, ctx):
            # "A petition, signed by 6,000 people, was handed in", "a law passed by the
            # assembly": the participle says what the thing is; its signers or makers are no
            # source of the sentence's claim
            return None
        if agent is not None:
            # "was opposed by most of the members": the "by" phrase holds the view
            return (
                None
                if agent.lower_ in _EMPTY_SUBJECTS | {"it", "this"}
                else _holder_found(agent, tok, ctx)
            )
        venue = _named_venue(tok)
        if venue is not None:
            return _holder_found(venue, tok, ctx)  # "published in the Journal of X"
        if _court_record(tok, lemma, ctx) or _delivered_to(tok) or _as_worded(tok, ctx):
            return None
        if ctx.verbs.summoned(tok):
            return None  # "police were called to move the crowd": summoned, no view
        if decree and not (said or stance):
            return _agentless_decree(tok, lemma, ctx)
        if lemma in ctx.alex.perception and (not _passive_view(tok) or _found_in_state(tok, ctx)):
            # "he was seen leaving", "was found dead": a sight or a discovery, not a view;
            # "is seen as" is one
            return None
        if lemma in ctx.alex.naming and _gives_a_name(tok):
            return None  # "a trading app called Beacon": a name, not a label
        if lemma in ctx.alex.acts_when_bare and not _passive_says(tok):
            return None  # "the cells can be charged in minutes", "the model was recalled"
        if lemma in ctx.alex.works_put_out and not (_passive_says(tok) or _speaking_work(tok)):
            return None  # "in a report published on Friday": when the work came out
        if lemma in ctx.alex.credits and not (_prep_child(tok, "with") or _prep_child(tok, "to")):
            return None  # "is credited as a co-producer": a work's credits, no one's view
        if _tallied(tok, ctx):
            return None  # "the post was liked 600,000 times": a count of clicks, no one's view
        if framed and not (said or stance) and not (_passive_view(tok) or _prep_child(tok, "to")):
            return None  # "was billed $40" is a charge; "was billed as a cure" a label
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        span = _passive_phrase(subj) if subj is not None else tok.doc[tok.i : tok.i + 1]
        return _Found(tok, _Cue(span, "passive"))
    # "the coroner identified the man as Sam Reyes": a label or class given by its subject
    labelled = framed and _labels_as(tok)
    if not (said or decree or stance or labelled):
        return None  # the impersonal-passive verbs ("it is thought") count only as passives
    if not (labelled or _has_content(tok, lemma, ctx)):
        return None
    holder = _holder_subject(tok)
    if holder is None:
        # "The levy, many fear, will ...": the parser hangs "many" on the verb
        holder = next((c for c in tok.lefts if c.lower_ in ctx.lex.quantifiers), None)
    if holder is None or holder.lower_ in _EMPTY_SUBJECTS:
        return _arbitrary_doer(tok, ctx)
    if holder.lower_ == "you" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in tok.children
    ):
        return None  # "If you want a big screen, look elsewhere": the reader, supposed
    if _thing_controls(holder, tok, ctx):
        return _arbitrary_doer(tok, ctx)
    if _hardly_anyone(holder):
        return None  # "a payroll that few voters asked for": the outlet's claim, no one's view
    if ctx.stance and holder.lower_ == "we":
        return None  # an editorial's "We believe the plan is wrong": the outlet's own claim
    if _undergone(tok, lemma, holder, ctx):
        return None
    if _reading_instrument(holder, ctx.lex):
        # "Heart monitors on the ward showed that ...": a device's reading, in the outlet's
        # voice (no one holds it, so the sentence is no one's view)
        return None
    own = holder.head.i == tok.i or (tok.dep_ == "relcl" and tok.head.i == holder.i)
    if lemma in ctx.verbs.minded and own and _mindless(holder, ctx):
        # "The old engine refused to start", "a film that refuses to explain itself": what a
        # thing does, no one's view (only the verb's own subject: one found further up may be
        # the wrong one)
        return None
    if _willed_by_thing(tok, holder, ctx):
        return None  # "The novel refuses to offer easy answers": what the book does
    if own and _thing_does(lemma, holder, ctx):
        return None  # "the figure refers to burglaries only": what a thing means
    return _holder_found(holder, tok, ctx)


def _thing_does(lemma: str, holder: Token, ctx: _Ctx) -> bool:
    """A verb that things do as well as people ([mentions] things_do: "read", "see", "refer")
    whose subject is a common noun that cannot speak (no person, group, body, document or
    role): "the figure refers to burglaries" gives no one's words, as cr_quotes finds no quote
    there."""
    if lemma not in ctx.verbs.mentions.things_do or holder.pos_ != "NOUN":
        return False
    if holder.idx in ctx.resolved or holder.idx in ctx.mentioned:
        return False
    low = holder.lemma_.lower()
    speaks = low in ctx.verbs.speakers or low in role_lexicon().roles
    return not (speaks or _can_hold(holder, ctx))


def _willed_by_thing(tok: Token, holder: Token, ctx: _Ctx) -> bool:
    """A verb in the "to" clause of a verb of will ([minded]) whose subject is a thing with no
    will ("The novel refuses to offer easy answers"): the thing does it, no one says it."""
    verb = holder.head
    return (
        tok.dep_ == "xcomp"
        and tok.head.i == verb.i
        and holder.dep_ == "nsubj"
        and _lemma(verb, ctx) in ctx.verbs.minded
        and _mindless(holder, ctx)
    )


def _mindless(holder: Token, ctx: _Ctx) -> bool:
    """A common noun for a thing that can hold no view or will ("the engine", "heavy rain",
    "a quiet novel": ``mindless``), not a mention of someone."""
    if holder.idx in ctx.resolved or holder.idx in ctx.mentioned:
        return False
    return mindless(holder, ctx.verbs)


# words that may stand between a subject and its verb ("Roe also backs", "they don't like")
_BETWEEN = frozenset({"do", "does", "did", "n't", "not", "never", "also", "still", "really", "now"})


def _mistagged_verb(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe blasted Dahl for ...", "The campaign projects that ...", "Voters don't like it":
    the small model can read a verb of saying or stance as a noun, an adjective or "like" as a
    preposition, and then finds no main verb at all. A word whose written form is such a verb,
    right after a subject (adverbs and "don't" aside), is taken as the verb the parse missed,
    when the parse has no verb at its root or the word follows "do"/"not"."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "VERB"):
        return None
    lemma = _lemma(tok, ctx)
    if lemma not in ctx.verbs.verbs and lemma not in ctx.alex.verbs:
        return None
    if tok.i == tok.sent.start:  # (Token.sent is costly: only asked once the word is a cue)
        return None
    if tok.lower_ == lemma and tok.tag_ not in ("VBP", "VB", "IN", "NN", "JJ"):
        return None
    takes_object = tok.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in tok.children)
    if tok.dep_ == "pobj" or (
        not takes_object and any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    ):
        return None  # "in Swing States", "the plans", "his call": a noun after all
    # (a root with an object is a verb whatever its tag: in "Roe's campaign disputes the
    # figures" the possessive is the subject's)
    prev = tok.doc[tok.i - 1]
    helped = False
    while prev.i > tok.sent.start and prev.lower_.replace("’", "'") in _BETWEEN:
        helped = helped or prev.lower_ in ("do", "does", "did", "n't", "n’t", "not", "never")
        prev = prev.doc[prev.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN", "PRON") or prev.tag_ in ("PRP$", "WP"):
        return None
    if tok.lower_ == lemma and not helped and prev.tag_ in ("NN", "NNP"):
        return None  # a bare verb form after a singular noun is no verb: "the Senate vote"
    if not helped and (tok.pos_ == "ADP" or tok.sent.root.pos_ in ("VERB", "AUX")):
        return None  # "players like Roe": "like" is a verb only after "do"/"not"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is None or (nxt.is_punct and nxt.text not in ("(", "“", '"')):
        return None  # the verb needs what it says or holds after it
    return _holder_found(prev, tok, ctx)


# words that open a condition ("if you want a big screen, ...")
_CONDITIONS = frozenset({"if", "unless", "when", "whenever"})
# words that open a shortened clause of time or condition ("when asked", "if pressed")
_SUBORDINATORS = frozenset({"when", "if", "once", "after", "before", "unless", "while", "until"})


def _named_venue(verb: Token) -> Token | None:
    """ "The study, published on Monday in the Journal of Coastal Ecology", "it was reported in
    the Harbour Gazette that ...": a passive of saying with no "by" phrase but an "in" phrase
    that names where the words appeared gives them to that publication, a named source. The
    name may stand beside a common noun ("in the journal Reef Letters", "in the newspaper
    Harbour Gazette")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            if obj.pos_ != "PROPN":
                obj = next((g for g in obj.children if g.dep_ == "appos"), obj)
            if obj.pos_ == "PROPN" and (obj.ent_type_ not in _PLACES_TIMES or _titled_name(obj)):
                return obj
    return None


def _titled_name(obj: Token) -> bool:
    """ "in The Australian", "in The Scotsman": a name whose "The" keeps its capital inside a
    sentence is a title (a paper's), however the model reads the word after it (a people);
    "in the French" is no title. A place keeps its "The" too ("in The Hague", "in The
    Bronx"): one the model reads as a place is a paper's title only when the outlet knowledge
    base knows the name as a paper's ("in The Australian")."""
    the = next((c for c in obj.children if c.dep_ == "det" and c.text == "The"), None)
    if the is None:
        return False
    if obj.ent_type_ not in _PLACES:
        return True
    return load_kb().by_credit(obj.doc[the.i : obj.i + 1].text) is not None


# entity types of an "in" phrase that says where or when, not in which publication
_PLACES_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT"})
# of those, the types of a place
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _bare_participle(tok: Token) -> bool:
    """ "the plan, denounced as ...", "Asked whether ..., Roe said", "Roe, when asked about
    it, ...": a past participle with no subject and no auxiliary is passive. The tagger often
    reads a clause-opening one as a past tense ("Asked"/VBD), but a finite verb would have a
    subject; it also hangs "when asked ..." after a name as a relative clause."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in kids):
        return False
    if tok.dep_ in ("acl", "advcl"):
        return (
            tok.tag_ == "VBN"
            or tok.i == tok.sent.start
            or any(c.lower_ in _SUBORDINATORS for c in kids)
        )
    return tok.dep_ == "relcl" and any(c.lower_ in _SUBORDINATORS for c in kids)


def _feeling_caused(verb: Token) -> bool:
    """ "The storm worried fishermen": a verb of feeling that can take the one who feels as its
    object ([both_ways]) is read as a cause of feeling when active with an object and no
    clause; "fishermen worried that ..." keeps the one who feels as subject."""
    kids = [c.dep_ for c in verb.children]
    return (
        "dobj" in kids
        and not {"ccomp", "xcomp", "nsubjpass", "auxpass"} & set(kids)
        and verb.tag_ != "VBN"
    )


def _thing_controls(holder: Token, verb: Token, ctx: _Ctx) -> bool:
    """Whether a gerund's or infinitive's subject was found only through a verb whose subject
    is a thing ("It means conceding ...", "That is a long way from admitting ..."), not a verb of
    saying or wish ("it plans to appeal": a company's plan)."""
    if holder.lower_ not in _THING_PRONOUNS or holder.head.i == verb.i:
        return False
    if holder.head.dep_ == "relcl" or holder.dep_ not in ("nsubj", "nsubjpass"):
        return False  # a relative "that" stands for the noun before it
    gov = _lemma(holder.head, ctx)
    return gov not in ctx.verbs.verbs and gov not in ctx.alex.verbs


def _arbitrary_doer(verb: Token, ctx: _Ctx) -> _Found | None:
    """ "Asking for a raise makes some managers uneasy", "It means conceding that Roe was
    right", "That is a long way from admitting ...": a gerund or infinitive of saying or stance
    with no subject of its own, standing as a subject or after a verb whose subject is a thing,
    is done by no one in particular; no source is named for it."""
    nonfinite = verb.tag_ == "VBG" or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    if not nonfinite or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return None
    if _says_a_formula(verb, ctx):
        return None
    prep = verb.head if verb.dep_ == "pcomp" else None
    loose = (
        prep is not None
        and prep.head.pos_ in ("ADJ", "NOUN")
        and prep.head.dep_ != "amod"
        and not _restates_name(prep.head)  # "Roe, an early voice in urging ...": Roe's act
    )
    if verb.dep_ not in ("csubj", "csubjpass"):
        holder = _holder_subject(verb)
        if holder is None and loose:
            # "a long way from admitting ...": no one's act
            return _Found(verb, _Cue(verb.doc[verb.i : verb.i + 1], "generic"))
        if holder is None or not _thing_controls(holder, verb, ctx):
            return None
        if verb.tag_ == "VB":
            return None  # "it is hard to see how ...": the outlet's own judgement
    return _Found(verb, _Cue(verb.doc[verb.i : verb.i + 1], "generic"))


def _agentless_decree(verb: Token, lemma: str, ctx: _Ctx) -> _Found | None:
    """ "She was elected in 2019", "the treaty was signed": a decision, vote or appointment
    whose maker is not named. A decree is attributed to whoever decreed it, so with no one
    named it is vague. Only a finite passive ("was", "is", "were"): a bare participle is too
    often a name ("a man named Roe"), and "named after/for" gives a name, not a post."""
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    naming = ("after", "for") if lemma == "name" else ("after",)
    if any(c.dep_ == "prep" and c.lower_ in naming for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if _status_outcome(verb, lemma, ctx):
        return None
    span = _passive_phrase(subj) if subj is not None else verb.doc[verb.i : verb.i + 1]
    return _Found(verb, _Cue(span, "decree"))


def _tallied(verb: Token, ctx: _Ctx) -> bool:
    """ "liked more than 600,000 times", "was viewed 2 million times": a passive counted in
    large figures tallies acts (clicks, views) that a platform records; it hides no holder
    of a view. A small count ("was criticised three times") still does."""
    for c in verb.children:
        if c.dep_ != "npadvmod" or c.lemma_.lower() != "time":
            continue
        for n in c.children:
            if n.dep_ == "nummod" and _large_count(n, ctx.alex.large_numbers):
                return True
    return False


def _large_count(num: Token, large: frozenset[str]) -> bool:
    """A count in the hundreds or more: "600,000", "2 million", "1,200", "hundreds" (the
    number words of ``[large_numbers]``)."""
    words = [t.lower_ for t in num.subtree if t.tag_ == "CD"]
    if any(w in large for w in words):
        return True
    digits = [w.replace(",", "") for w in words]
    return any(d.isdigit() and int(d) >= 100 for d in digits)


def _speaking_work(verb: Token) -> bool:
    """ "A paper published last week suggests ...": a participle on the subject of its clause
    (the work that speaks, its author left unnamed); or an empty "it" as the subject ("it was
    published that ..."), whose clause the parser may hang elsewhere."""
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)


def _passive_says(verb: Token) -> bool:
    """Whether a passive verb of ``[acts_when_bare]`` carries words or a charge: a clause
    ("it was recalled that ..."), a "to" clause ("was invited to speak") or a charge or label
    after "with", "as" or "of" ("was charged with fraud")."""
    return any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("with", "as", "of"))
        for c in verb.children
    )


# prepositions that bring in what a feeling is about ("angered by", "upset over", "pleased with")
_STIMULUS_PREPS = frozenset({"by", "at", "over", "about", "with", "of"})


def _experiencer_attribution(verb: Token, ctx: _Ctx) -> _Found | None:
    """ "The plan alarmed experts", "the speech resonated with voters": the one who feels holds
    a view of what made them feel it. Active, that is the object (or "with"/"to" X); passive
    ("Roe was angered by the ruling"), the subject, but only with what the feeling is about: a
    bare "Roe was upset" describes her and gives no view."""
    kids = list(verb.children)
    holder: Token | None
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in kids):
        if not any(
            c.dep_ in ("ccomp", "xcomp")
            or (
                c.dep_ in ("agent", "prep")
                and (c.dep_ == "agent" or c.lower_ in _STIMULUS_PREPS)
                and _about_a_claim(next((g for g in c.children if g.dep_ == "pobj"), None), ctx)
            )
            for c in kids
        ):
            return None
        # the subject, which the parser may call active when a hedge stands for "was"
        holder = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), None)
        relative = holder is not None and holder.lower_ in cue_lexicon().relatives
        if relative and verb.dep_ == "relcl":
            holder = verb.head
    else:
        stim = _stimulus_subject(verb)
        if not _about_a_claim(stim, ctx):
            return None  # "The noise frightened the children": a fright, not a view of a claim
        if _surprised_by_doer(verb, stim, ctx):
            return None  # "Roe stuns fans with a surprise engagement": no view of a claim
        holder = next((c for c in kids if c.dep_ == "dobj"), None)
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("with", "to")), None)
        if holder is None and prep is not None:
            holder = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if holder is None or not _person_like(holder, ctx):
        return None
    return _holder_found(holder, verb, ctx)


def _surprised_by_doer(verb: Token, stim: Token | None, ctx: _Ctx) -> bool:
    """ "Kiki Marlowe stuns fans with a surprise engagement", "the club surprised its fans": a
    verb of surprise ([surprises]) whose cause is a person or a group (what they did) leaves
    those who feel it surprised, not holding a view of a claim. Words of saying or a decision
    as the means ("Roe stunned fans with her remarks") still give them one."""
    if stim is None or _lemma(verb, ctx) not in ctx.alex.surprises:
        return False
    if stim.dep_ in ("csubj", "csubjpass") or stim.pos_ in ("VERB", "AUX"):
        return False
    if _worded(stim, ctx) or stim.lemma_.lower() in ctx.alex.artifacts:
        return False  # "the ruling stunned lawyers", "the report shocked MPs": a view of it
    if not _can_hold(stim, ctx):
        return False  # "the result surprised analysts", "this stunned lawyers": a view of it
    # the means, on the verb or (as the parser often hangs it) on its object
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    means = [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("with", "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return not any(_worded(g, ctx) for g in means)


def _worded(noun: Token, ctx: _Ctx) -> bool:
    """A word of saying, stance or decree ("her remarks", "a ruling")."""
    lemma, alex = noun.lemma_.lower(), ctx.alex
    return lemma in alex.nouns or lemma in ctx.verbs.nouns or lemma in alex.decrees


def _finding(verb: Token, lemma: str, ctx: _Ctx) -> _Found | None:
    """ "The survey finds Roe with a small lead", "the audit revealed gaps": a verb of finding
    (``[findings]``) whose subject is a poll, a study or a record gives what it found.
    (With a person as subject "find" is mostly a discovery: "Roe found the keys".)"""
    if lemma not in ctx.alex.findings:
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.children):
        return None  # a participle, unless a perfect: "studies have linked X to Y"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.tag_ == "VBZ":
        # "The paper links X to Y": the parser can take the subject for a compound of the verb
        subj = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if subj is None or not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    alex = ctx.alex
    nouns = {subj.lemma_.lower(), subj.lower_}  # "data": the model's lemma is "datum"
    if not nouns & (alex.artifacts | alex.records) and not _is_poll(subj, ctx):
        return None  # ("an average of the polls" is a poll too)
    return _holder_found(subj, verb, ctx)


_HAVE = frozenset({"have", "has", "had", "'ve", "’ve", "'d", "’d"})


def _estimate(verb: Token, lemma: str, ctx: _Ctx) -> _Found | None:
    """ "Police put the figure at 38,000", "analysts peg the cost at $2bn": a verb of placing
    (``[placings]``) with a quantity (``[estimates]``) as object and an "at" phrase gives the
    estimate to its subject, a person or a group. ("The shop set the price at $5" sets a price.)"""
    if lemma not in ctx.alex.placings or verb.tag_ == "VBN":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not {obj.lemma_.lower(), obj.lower_} & ctx.alex.estimates:
        return None
    if not any(
        c.dep_ == "prep" and c.lower_ == "at" and _amount_in(c, ctx.alex.estimates)
        for c in (*verb.children, *obj.children)
    ):
        return None  # "put the cost at the centre of her campaign": a place, no estimate
    return _person_holder(verb, verb, ctx)


_AMOUNT_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _amount_in(prep: Token, quantities: frozenset[str]) -> bool:
    """Whether the object of an "at" phrase is a number or an amount ("at 38,000", "at $2bn",
    "at 12 per cent", "at about a million"), or has one as its number word: the object or a
    word it heads as its number; or a quantity measured against another ("at twice the
    official figure", ``[estimates]``)."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.lemma_.lower() in quantities:
            return True
        for tok in (obj, *(c for c in obj.children if c.dep_ in ("nummod", "quantmod", "nmod"))):
            if tok.like_num or tok.tag_ == "CD" or tok.ent_type_ in _AMOUNT_ENTS:
                return True
    return False


def _stimulus_subject(verb: Token) -> Token | None:
    """What causes the feeling in the active: the subject, or the noun a relative "which"
    stands for ("a ruling which angered Roe"); a bare participle's noun ("news alarming
    investors")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is not None and subj.lower_ in cue_lexicon().relatives and verb.dep_ == "relcl":
        return verb.head
    if subj is None and verb.dep_ in ("relcl", "acl"):
        return verb.head
    if subj is None and verb.dep_ in ("conj", "advcl", "xcomp"):
        # "Roe sold the ferry, angering the crew": the one who did it
        return _holder_subject(verb)
    return subj


def _about_a_claim(stim: Token | None, ctx: _Ctx) -> bool:
    """Whether what causes a feeling is something one can hold a view of: a clause ("that
    she left angered Roe"), a person or group (their conduct), a word of saying, stance or
    decree ("the ruling", "the plan", "her remarks"), something that carries words ("the
    letter"), or one of the plans, results and events of public life in ``[stimuli]``. A
    sight or a sound ("the noise", "the storm") causes a feeling, not a view."""
    if stim is None:
        return False
    if any(_about_a_claim(c, ctx) for c in stim.children if c.dep_ == "conj"):
        return True  # "the strike and the new fares have angered commuters"
    if stim.dep_ in ("csubj", "csubjpass") or stim.pos_ in ("VERB", "AUX"):
        return True
    if stim.pos_ == "PRON":
        return True  # "this alarmed experts": a pronoun points back to what was said or done
    if _can_hold(stim, ctx):
        return True  # "Roe angered voters": a view of her, or of what she did
    lemma, alex = stim.lemma_.lower(), ctx.alex
    return (
        lemma in alex.stimuli
        or lemma in alex.nouns
        or lemma in alex.artifacts
        or lemma in alex.verbs
        or lemma in alex.decrees
        or lemma in ctx.verbs.nouns
        # many verbs of saying are sounds first ("thunder", "roar"): as a noun, a sound
        or (lemma in ctx.verbs.verbs and stim.pos_ != "NOUN")
    )


def _clause_taker(verb: Token, ctx: _Ctx) -> _Found | None:
    """A verb outside the word lists that takes a "that"/"whether" clause and has someone as
    its subject ("Roe hinted that ...", "the senator wondered whether ..."): verbs that take
    such clauses with a person as subject report what that person says, thinks or knows."""
    if verb.pos_ != "VERB" or _lemma(verb, ctx) in ctx.alex.not_attributing:
        return None
    if not any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children)
        for c in verb.children
    ):
        return None
    return _person_holder(verb, verb, ctx)


def _passive_view(verb: Token) -> bool:
    """ "X is seen as ...", "X is seen to ...": the passive carries a view of X."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("xcomp", "oprd", "ccomp")
        for c in verb.children
    ) and not any(
        c.tag_ in ("VBG", "VBN") and c.dep_ in ("xcomp", "advcl") and not _set_off(c)
        for c in verb.children
    )


def _found_in_state(verb: Token, ctx: _Ctx) -> bool:
    """ "was found dead in his home", "was seen alive on Friday": a passive of perception whose
    only complement is the state one was found in (``[found_states]``), with no "as" phrase
    or clause that would carry a view ("was found to be unsafe", "is seen as a threat")."""
    kids = list(verb.children)
    states = [c for c in kids if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    if not states or any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return False
    return all(c.lower_ in ctx.alex.found_states and not any(c.children) for c in states)


def _passive_phrase(subj: Token) -> Span:
    """ "It is believed" with an impersonal "it"; otherwise only the verb ("is expected")."""
    verb = subj.head
    if subj.lower_ == "it":
        start = min(subj.i, verb.i)
    else:
        start = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
    return subj.doc[start : verb.i + 1]
