"""What claims nothing, though it may look like a claim or a cue.

Sentences in the outlet's voice that claim nothing: a question, a request to the reader, the
outlet's note on what it could not check. Cue words that give no one a claim: a name given
("an app called Beacon"), a question put to someone ("declined to answer questions about X"),
a court's decision or a person's election on record, a set formula ("saying sorry"), a
forecast of a reaction, "a question of timing", a document that is only where an act took
place, hardly anyone as holder ("few voters"), a yardstick ("the best film I have seen"),
things undergone ("cities saw declines"), things handed over ("complaints sent to the
board").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.assertions.context import _Ctx, _definite, _labels_as, _lemma, _set_off
from contextreader.analysis.assertions.headings import _title_case
from contextreader.analysis.assertions.holders import _WHEN, _a_person, _is_poll
from contextreader.analysis.assertions.sources import _counted_plural
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.speakers import agent_of, withheld_words

# the subjects of a clause: a verb with none of them (and no auxiliary) in its base form is a
# request ("Look elsewhere.", "Let me start with the screen.")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


_CLOSING = "\"'”’»)] \t"


def _no_claim(sent: Span, text: str, span: tuple[int, int], ctx: _Ctx) -> bool:
    """A sentence in the outlet's voice that claims nothing: a question ("So should you buy
    it?"), a request to the reader ("If you need a light phone, look elsewhere."), the
    outlet's note on what it could not check ("The figures could not be independently
    confirmed."), or a refusal to give words ("A spokesperson declined to comment.")."""
    if text[span[0] : span[1]].rstrip(_CLOSING).endswith("?"):
        return True
    root = sent.root
    if (
        not _title_case(sent)  # (a title-case headline is tagged at random: "Harbour Tour Draws")
        and root.tag_ == "VB"
        and root.pos_ == "VERB"
        and not root.ent_type_
        and root.idx not in ctx.mentioned  # "Trump not walking the walk": a name read as a verb
        and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in root.children)
        and not any(t.dep_ in _SUBJECTS for t in sent if t.i < root.i and t.head.i == root.i)
        and not _after_lead(sent, root)
    ):
        return True
    # "A spokesperson for the bank declined to comment.": no words given, nothing claimed
    return _unverified(root, ctx) or _gesture(root, ctx) or _only_withheld(root, ctx)


def _only_withheld(root: Token, ctx: _Ctx) -> bool:
    """ "A spokesperson declined to comment.": words withheld, and no other verb joined to it
    ("declined to comment or passed along statements" still gives something) nor a frame
    before it ("Asked about the striker, Roe refused to comment": the question put by no one
    named is read as the frame it is)."""
    return withheld_words(root, ctx.verbs) and not any(
        (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or c.dep_ == "advcl" for c in root.children
    )


def _after_lead(sent: Span, root: Token) -> bool:
    """ "Their plea was a short one: let us stay.": a clause before a colon leads in the
    words after it, which are what was said, not a request to the reader ("Tip: look
    elsewhere." has no clause before its colon)."""
    colon = next((t.i for t in sent if t.text == ":" and t.i < root.i), None)
    return colon is not None and any(
        t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start : colon]
    )


# what a gesture's verb may have beside its subject and still tell only what someone did
# ("She paused for a moment.", "He grinned at her."); an object, a clause or a second verb
# would carry a claim of its own
_GESTURE_KIDS = frozenset({"nsubj", "punct", "advmod", "npadvmod", "aux", "neg", "prep", "prt"})
# prepositions after a gesture that turn it into a stance on something ("laughed at the idea")
_STANCE_AFTER = frozenset({"at", "about", "over", "off", "to"})


def _gesture(verb: Token, ctx: _Ctx) -> bool:
    """ "Luc grinned.", "She paused for a moment.", "Roe smiled at her daughter.": a gesture or
    an expression ([gestures]) by a person, with no object or clause, is a narrative beat that
    claims nothing. "Roe laughed at the proposal" takes a stance on a thing, and "Roe shrugged
    off the charge" has an object: both stay claims."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.alex.gestures:
        return False
    kids = list(verb.children)
    if any(c.dep_ not in _GESTURE_KIDS for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None and kids and kids[0].dep_ == "npadvmod" and kids[0].pos_ == "PROPN":
        subj = kids[0]  # "Luc grinned.": the small model can read a lone name as a modifier
    if subj is None or not _one_person(subj, ctx):
        return False
    for c in kids:
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _STANCE_AFTER):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "prt" or obj is None or not _one_person(obj, ctx, nouns=True):
                return False  # "laughed at the idea", "shrugged off": a stance, not a beat
    return True


def _one_person(tok: Token, ctx: _Ctx, nouns: bool = False) -> bool:
    """A person: a personal pronoun, a person's name, a mention cr_people found, or a word of
    the name of a person cr_people found ("Roe" after "Jan Roe", though the tagger may not
    call this one a name); with ``nouns``, also a role or kin noun ("her nephew")."""
    if nouns and tok.pos_ == "NOUN":
        roles = role_lexicon()
        return tok.lemma_.lower() in roles.roles or tok.lemma_.lower() in roles.kinship
    if tok.pos_ == "PRON":
        return tok.lower_ in ctx.verbs.pronouns and tok.lower_ not in ("it", "this", "that")
    if tok.ent_type_ == "PERSON" or tok.idx in ctx.mentioned:
        return True
    people = tok.doc._.cr_people or []
    return tok.pos_ == "PROPN" and any(tok.text in p.name.split() for p in people)


def _unverified(verb: Token, ctx: _Ctx) -> bool:
    """ "The outlet could not independently verify the account", "the toll could not be
    confirmed": a denied check by the writer (an "independently" check, or an agentless
    passive one) says what the outlet could not establish; it is no claim."""
    if _lemma(verb, ctx) not in ctx.alex.checks:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "neg" or c.lower_ in ("unable", "never") for c in [*kids, verb.head]):
        return False
    if any(c.lower_ == "independently" for c in kids):
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    return passive and agent_of(verb) is None


def _undergone(verb: Token, lemma: str, holder: Token, ctx: _Ctx) -> bool:
    """ "Some cities saw declines", "most drugs have shown modest benefits": with a plain
    object and a subject that is no person (nor a study, poll or record), "see" tells what a
    place or a thing had, not a view. A thing that "shows" something may still be a document
    ("the returns showed a loss"), so "show" needs a subject counted like people ("most
    drugs", "several towns"), which would otherwise pass for an unnamed source."""
    if lemma not in ctx.alex.undergoing or not _plain_object(verb):
        return False
    if _a_person(holder, ctx) or _is_poll(holder, ctx):
        return False
    return lemma == "see" or _counted_plural(holder, ctx.lex)


def _plain_object(verb: Token) -> bool:
    """A verb with a noun object and nothing that frames it ("saw declines", not "saw the
    plan as a threat", "sees that ...", "shows the levy to be popular")."""
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" for c in kids):
        return False
    return not _labels_as(verb) and not any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in kids
    )


def _measured_by_experience(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """A verb of perceiving or remembering in a relative clause on a superlative: a yardstick,
    and the writer's own comparison; no one is given a view. "The only plan officials back"
    does give the officials one, and stays."""
    if verb.dep_ != "relcl" or not (lemma in ctx.alex.perception or lemma in ctx.alex.yardsticks):
        return False
    head = verb.head
    return head.tag_ == "JJS" or any(c.tag_ == "JJS" and c.dep_ == "amod" for c in head.children)


def _hardly_anyone(holder: Token) -> bool:
    """ "few voters", "no resident", "nobody", "no one": a holder that says hardly anyone
    holds the view gives it to no one; the sentence is the outlet's claim about who does
    ("a few voters" are some voters)."""
    if holder.lower_ in ("nobody", "few") or (
        holder.lower_ == "one" and any(c.lower_ == "no" for c in holder.children)
    ):
        return not any(c.lower_ == "a" for c in holder.children)
    kids = list(holder.children)
    if any(c.dep_ == "det" and c.lower_ == "a" for c in kids):
        return False
    return any(
        (c.dep_ == "amod" and c.lower_ == "few" and not any(g.lower_ == "a" for g in c.children))
        or (c.dep_ == "det" and c.lower_ == "no")
        for c in kids
    )


def _delivered_to(verb: Token) -> bool:
    """ "counts of offenses reported to police", "complaints submitted to the board": a
    participle on a noun that names whom the thing went to, with nothing said of it (no
    clause, no "as" or "to be"), sorts the things by where they were taken; no one is given
    a claim."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or _set_off(verb):
        return False
    kids = list(verb.children)
    if _labels_as(verb) or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in kids):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in kids
    )


def _says_a_formula(verb: Token, ctx: _Ctx) -> bool:
    """ "Saying sorry is hard", "saying no to a friend": what is said is a set formula that
    performs an act (apologising, refusing, thanking), not a claim anyone could hold, so the
    act passes on no view. (``[formulas]`` in the data file.)"""
    doc = verb.doc
    end = verb.i + 1
    while end <= verb.right_edge.i and not doc[end].is_punct and doc[end].dep_ != "prep":
        end += 1
    said = " ".join(t.lower_ for t in doc[verb.i + 1 : end])
    return said in ctx.alex.formulas


def _gives_a_name(verb: Token) -> bool:
    """ "a trading app called Beacon", "a ferry named Saint Anne", "a district known as Old
    Quay": the participle's complement (or its "as" phrase) is a proper name, outside quotation
    marks (a name in marks may be someone's label, 'called "a disgrace"'), and no date."""
    for child in verb.children:
        c = child
        if c.dep_ == "prep" and c.lower_ == "as":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ not in ("oprd", "attr", "dobj", "xcomp", "pobj"):
            continue
        words = [t for t in c.subtree if not t.is_punct and t.lower_ != "the"]
        left = verb.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if any(t.is_quote for t in c.subtree) or (left is not None and left.is_quote):
            return False
        if any(t.ent_type_ in _WHEN for t in words):
            return False  # "called Friday for a vote": a day, not a name
        return bool(words) and all(t.pos_ == "PROPN" or t.like_num for t in words)
    return False


def _court_record(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "Roe was acquitted", "was found guilty": a court's decision with no one named is a
    matter of record (``[court_outcomes]``, ``[verdicts]``), not a claim whose source is hidden
    (a charge is an accusation, and stays vague); with a clause of its own it still passes on
    words."""
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "csubj") for c in kids):
        return False
    if lemma in ctx.alex.court_outcomes:
        return True
    return lemma == "find" and any(
        c.dep_ in ("acomp", "oprd", "xcomp", "attr") and c.lower_ in ctx.alex.verdicts for c in kids
    )


def _status_outcome(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "He was sentenced to ten years", "She was named chief executive", "Roe was elected in
    2019": a decision that changes a person's standing (``[standing]``: a sentence, a post, a
    seat) is the recorded outcome of a known process, not a claim whose source is hidden; the
    verb itself says who decides (a court, a board, the voters). One with content of its own
    ("she was named to lead the inquiry") still passes on someone's words."""
    if lemma not in ctx.alex.standing:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _not_yet(noun: Token, ctx: _Ctx) -> bool:
    """ "The merger is likely to face scrutiny from regulators", "the plan could draw
    criticism": others' reaction as the object of a verb under a modal or a word of
    likelihood ([forecasts]) has not happened; the sentence is the writer's forecast, and no
    one is said to react."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("can", "ca") for c in verb.children
    ):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in ctx.alex.forecasts


def _matter_of(noun: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "There is also a question of timing", "a question of trust": with "of" and a bare noun
    phrase the noun names an issue (a matter of), not a question anyone asks; "the question of
    whether ..." still asks one (``[matters]``)."""
    if lemma not in ctx.alex.matters:
        return False
    kids = [c for c in noun.children if c.dep_ in ("prep", "acl", "relcl", "ccomp")]
    if len(kids) != 1 or kids[0].dep_ != "prep" or kids[0].lower_ != "of":
        return False
    obj = next((g for g in kids[0].children if g.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.dep_ == "pobj"


def _setting_document(noun: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "A panel cleared her in a separate complaint over a loan", "he was named in a report on
    the fire": a document or a case in an "in" phrase after the verb is where an act took
    place; the noun names the filing, not a view someone unnamed holds."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    verb = prep.head
    if _occasion(noun, prep, verb):
        return True
    if prep.lower_ != "in" or lemma not in ctx.alex.artifacts:
        return False
    return verb.pos_ in ("VERB", "AUX") and prep.i > verb.i


def _occasion(noun: Token, prep: Token, verb: Token) -> bool:
    """ "asked on the call about the sale", "said during the debate on taxes": a talk that
    is the time or the place of an act (a definite one, with no clause saying what it holds)
    tells when or where the act took place, not a view someone unnamed holds."""
    if verb.pos_ not in ("VERB", "AUX") or prep.lower_ not in ("on", "during"):
        return False
    if not _definite(noun):
        return False
    return not any(
        c.dep_ in ("acl", "relcl", "ccomp")
        and any(g.dep_ == "mark" and g.lower_ in ("that", "whether") for g in c.children)
        for c in noun.children
    )


def _answered(noun: Token, ctx: _Ctx) -> bool:
    """ "declined to answer questions about X", "did not reply to our question on whether
    ...": a question put to the subject of a verb that answers it (or refuses to), directly or
    after a preposition; or the question a verb of ``[questions]`` puts ("she was asked a
    question about X", "reporters asked questions about the deal")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    return head.pos_ in ("VERB", "AUX") and (
        lemma in ctx.alex.answering or (noun.dep_ == "dobj" and lemma in ctx.verbs.questions)
    )
