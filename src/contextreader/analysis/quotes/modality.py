"""Verbs of saying and thinking that prescribe rather than report.

"Voters should know that the council lied" tells voters what to know; nobody is said to know
anything, and the sentence is the writer's. A verb under a modal of obligation, the infinitive
of a verb of need, or a verb after "let us" names what someone ought to say or think, so it is
no cue of a report (``[prescribed]`` in ``reporting_verbs.toml``). Inside a report ("Roe said
she should know the result by Friday") the verb above it still reports. ``prescribed_fact``
picks out the verbs of knowing and remembering among them, whose clause the writer asserts:
for cr_assertions, which decides a sentence's voice. So is a verb of saying set after an
expletive "it" and an adjective that weighs saying it ("It is pertinent to mention that ...",
"It is worth noting that ...", "It is too early to say whether ..."; ``[extraposed]``): the
infinitive has no subject, the writer is the one who mentions it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from contextreader.analysis.quotes.lexicon import checked_list, reporting_verbs


@dataclass(frozen=True, slots=True)
class _Prescribing:
    modals: frozenset[str]  # "should", "must": obligation
    needs: frozenset[str]  # "need to", "have to"
    exhortations: frozenset[str]  # "let us"
    facts: frozenset[str]  # "know", "remember": verbs that take their clause as true
    finding: frozenset[str]  # "find", "learn": verbs of finding something out
    seeking: frozenset[str]  # "deserve", "help": verbs that want or owe such knowing
    appeals: frozenset[str]  # "ask", "urge": "Anyone who saw it is asked to call police"
    weighing: frozenset[str]  # "pertinent", "worth": "It is pertinent to mention that ..."


@cache
def _prescribing() -> _Prescribing:
    """The ``[prescribed]`` word lists, loaded and checked once."""
    raw = reporting_verbs()
    out = {
        key: checked_list(raw, "prescribed", key)
        for key in ("modals", "needs", "exhortations", "facts", "finding", "seeking")
    }
    return _Prescribing(
        **out,
        weighing=checked_list(raw, "extraposed", "adjectives"),
        appeals=checked_list(raw, "appeals", "verbs"),
    )


# the first person plural of "let us" / "let's"
_US = frozenset({"us", "'s", "’s"})


def obliged(verb: Token) -> bool:
    """The verb carries a modal of obligation ([prescribed] modals: "should", "must"): "we
    should all be terrified" demands a state rather than tells of one. Not with "have" ("I
    must have been terrified", "should have been"): a guess or a regret, no demand."""
    modals = _prescribing().modals
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lemma_ == "have" for c in aux):
        return False
    return any(c.lower_ in modals for c in aux)


def prescribed(verb: Token) -> bool:
    """True when a verb of saying or thinking is demanded of its subject, not reported of it:
    "should know", "must remember", "ought to ask", "need to explain", "have to know", "let's
    remember". "must have said" (an inference that it was said), the past "had to admit" (it
    was admitted) and an impersonal passive ("it should be noted that ...", whose voice is
    decided elsewhere) are left alone."""
    words = _prescribing()
    if extraposed(verb):
        return True
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "it must be said that ...": an impersonal passive, left as it is
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    modal = next((a for a in aux if a in words.modals), None)
    if modal is not None:
        return not (modal == "must" and "have" in aux)
    if verb.dep_ not in ("xcomp", "ccomp"):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if verb.dep_ == "xcomp" and "to" in aux:
        if head.lower_ in words.modals:
            return True  # "ought" read as the main verb: "Voters ought to ask ..."
        if lemma in words.needs:
            # the past "had to admit that ..." says it was admitted; "has yet to say" is
            # "has not said yet", no demand
            return not (
                (lemma == "have" and head.tag_ in ("VBD", "VBN"))
                or any(c.lower_ == "yet" for c in head.children)
            )
    if lemma in words.exhortations:
        return any(c.lower_ in _US for c in (*verb.children, *head.children) if c.i > head.i)
    return False


def extraposed(verb: Token) -> bool:
    """True for an infinitive or "-ing" form after an expletive "it", a form of "be" and an
    adjective that weighs saying it (``[extraposed] adjectives``): "It is pertinent to mention
    that ...", "It is important to note that ...", "It is worth noting that ...", "It would be
    fair to say that ...". The verb has no subject of its own; the writer mentions, notes or
    says it. "It is likely to say ..." (a report or a body that is likely to) is no such
    sentence: "likely" is not in the list."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if not ("to" in aux or verb.tag_ == "VBG") or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    adjective: Token | None = head
    copula = head.head
    if not (head.pos_ == "ADJ" and head.dep_ == "acomp"):
        adjective = next((c for c in head.children if c.dep_ == "acomp"), None)
        copula = head
    if adjective is None or adjective.lower_ not in _prescribing().weighing:
        return False
    if copula.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)


# modals of an act still to come ("will hold a meeting to ..."); "would" and "could" also
# tell what happened in reported speech and stay out
_TO_COME = frozenset({"will", "'ll", "’ll", "shall", "may", "might"})


def purpose_only(verb: Token) -> bool:
    """True for an infinitive of purpose with no words of its own after an act still to come:
    "Residents will hold a meeting on Saturday to discuss the review", "The board may meet
    to discuss the plan". It tells what the act is for; nothing has been said yet. After an
    act that took place ("Roe went on the show to discuss the polls") the verb tells what was
    said; and one that gives a clause ("will call a press conference to announce that she
    will resign") or a quote reports it either way."""
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    act = verb.head if verb.dep_ == "advcl" else verb.head.head
    if act.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.lower_ in _TO_COME for c in act.children
    ):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "parataxis") for c in verb.children):
        return False
    nxt = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    return not any(t.is_quote or t.text == ":" for t in verb.subtree) and not (
        nxt is not None and (nxt.is_quote or nxt.text == ":")
    )


def sought_knowledge(verb: Token) -> bool:
    """True for the infinitive of a verb of knowing or finding out (``facts``, ``finding``)
    governed by a verb that wants, tries for or owes it (``seeking``): "Residents deserve to
    know whether ...", "to help families find out where ...", "Roe wants to learn why ...".
    It tells what someone is to know or wants to, not what anyone knows, thinks or says.
    "began to realise that ..." (it was realised), a finite verb ("Residents know that ...")
    and a modal one ("should know", ``prescribed``) are left to the other rules."""
    words = _prescribing()
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if verb.lemma_.lower() not in words.facts | words.finding:
        return False
    return verb.head.lemma_.lower() in words.seeking


def appeal(verb: Token) -> bool:
    """True for a verb of asking (``appeals``) in the present-tense passive with a "to" clause
    and no one named who asks: "Anyone with information is asked to call police", "Visitors
    are urged to keep to the path". An appeal to whoever reads; no one's words or view. The
    past ("Roe was asked to explain") puts a question to someone and is left alone."""
    if verb.lemma_.lower() not in _prescribing().appeals or verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in kids):
        return False
    if any(c.dep_ == "agent" for c in kids):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in kids
    )


def prescribed_fact(verb: Token) -> bool:
    """True for a verb of knowing or remembering demanded of its subject ("Voters should know
    that the council lied", "Readers must remember that"): the clause is taken as true, so the
    sentence states it in the writer's own voice, not anyone's view (``facts``)."""
    return verb.lemma_.lower() in _prescribing().facts and prescribed(verb)


def denied_fact(verb: Token, lemma: str) -> bool:
    """True for a denied verb of knowing or remembering (``lemma``, the lexicon's, in
    ``facts``): "Young children do not understand that zero is a number", "Voters never
    realized that the fund was empty". The clause is taken as true, in the writer's voice, and
    the subject is said not to hold it: no one is reported as saying or thinking anything.
    "Roe does not believe the plan will work" reports a view and is no such verb."""
    if lemma not in _prescribing().facts:
        return False
    return any(c.dep_ == "neg" for c in verb.children)


@cache
def _foreseeing() -> tuple[frozenset[str], frozenset[str]]:
    """The ``[foreseen]`` modals and verbs, loaded and checked once."""
    raw = reporting_verbs()
    return checked_list(raw, "foreseen", "modals"), checked_list(raw, "foreseen", "verbs")


def foreseen(verb: Token, lemma: str) -> bool:
    """True for a verb of wanting or believing (``lemma``, the lexicon's) under a modal of the
    future or of possibility: "Serious hikers will want to look elsewhere", "Some buyers may
    prefer the smaller model". The writer foresees a view; no one is reported as holding it."""
    modals, verbs = _foreseeing()
    if lemma not in verbs:
        return False
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
