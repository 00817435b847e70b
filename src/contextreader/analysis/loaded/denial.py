"""Checks that a verdict word is applied to someone or something.

A quality or label the sentence denies ("the plan is not brilliant", "this is no disaster",
"I don't think the levy is absurd") or supposes against fact ("if she were a crook, ...") is
applied to nobody (``_denied``), and so is a verb of drama
the sentence denies ("far from obliterating the rule", ``_denied_act``); the component drops it
for the categories in ``DENIABLE``. Praise that remarks on a fact ("What is amazing is that
...", ``_remarks_on_a_fact``) or an adjective standing for a class of people ("the righteous",
``_names_a_class``) promotes no one. A label is applied to nobody, too, where it is said in
what someone denies ("denies that it was a genocide", ``_denied_clause``), given by a verb of
labelling the sentence denies ("never called them cowards", ``_withheld_label``), cited as what
others hold of the speaker ("people believe I'm a racist", ``_charge_on_the_speaker``) or put in
a cited list of questions ("the questions: are you a coward?", ``_listed_question``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from contextreader.analysis.loaded.casualties import _is_casualty
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import FIRST_PERSON, NOUN_MODIFIERS, _lemma, _subject_of

# adverbs that turn a denial into more of the same: "not just stupid", "not only illegal"
ADDITIVE = frozenset({"just", "only", "merely", "simply", "solely"})
# modals that, denied, forbid or rule out what their verb does: "must not call them traitors"
MODALS = frozenset({"must", "should", "shall", "may", "can", "could", "ought"})
# how far a label may stand from the verb that gives it (a relative clause on its object may
# come between in the small model's parse: "call the monks who left heretics")
LABEL_CLIMB = 4
# dependency labels of a word used as a noun phrase: "the righteous" as subject or object
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _remarks_on_a_fact(tok: Token) -> bool:
    """'What is amazing is that ...', 'It is wonderful that ...', 'It is noble to forgive': the
    adjective is the writer's surprise or pleasure at a state of affairs, or a maxim about an
    act anyone may do, not praise that promotes a person or product. "It was noble of Vell to
    resign" names whose act it was, and stays praise."""
    if tok.dep_ != "acomp":
        return False
    verb = tok.head
    subject = _subject_of(verb)
    if subject is not None and subject.lower_ == "what":
        return True
    # the clause "it" stands for comes after the adjective ("It is wonderful that ..."); a
    # clause before it is another sentence run on with a comma ("It is fast, it is gorgeous")
    clause = any(c.dep_ in ("ccomp", "csubj") and c.i > tok.i for c in verb.children)
    whose = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    infinitive = any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return subject is not None and subject.lower_ == "it" and (clause or (infinitive and not whose))


def _verb_with_object(tok: Token) -> bool:
    """'kept dazzling the press with slogans', 'stunned the audience': a word of praise used as
    a verb with a direct object tells what something did to someone, not a quality the writer
    praises in it ("a dazzling show", "the show was stunning")."""
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)


def _denied(tok: Token, lexicon: Lexicon) -> bool:
    """'The plan is not brilliant', 'she was never a traitor', 'this is no disaster', 'Vell is
    not some deluded fanatic': a quality or label the sentence denies is applied to nobody.

    The denial must stand between the verb and the word ("is not brilliant"), so a "not" of
    another clause ("Certainly not: the plan was absurd") does not count. Still marked: "not
    just stupid", "not only illegal" and "not the only extremist", which add to it, "not a
    setback but a disaster", which asserts what "but" joins, "there were no X", which denies
    that any exist rather than a quality, and a question ("Isn't that disgusting?"), which
    asserts it.
    """
    if _acts(tok):
        return _denied_act(tok)
    prenominal = tok.dep_ in NOUN_MODIFIERS and tok.i < tok.head.i
    pred = tok.head if prenominal and tok.head.dep_ == "attr" else tok
    while pred.dep_ == "conj" and pred.head.i < pred.i:
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in pred.head.children):
            return False  # "not a setback but a disaster": "but" asserts what it joins
        pred = pred.head  # "not brave or wise": the denial covers each quality it joins
    if pred.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in pred.children):
        verb = pred  # "the count was not rigged": a passive participle is its own predicate
    elif pred.dep_ in ("acomp", "attr"):
        verb = pred.head
    else:
        return False
    between = [c for c in verb.children if verb.i < c.i < pred.i]
    negated = any(c.dep_ == "neg" for c in between)
    if any(c.dep_ in ("acomp", "attr") for c in between):
        return False  # "is not part of it, perhaps worse": the denial was of the first predicate
    if pred is verb:
        negated = any(c.dep_ == "neg" for c in verb.children)
    negated = negated or _denied_by_opinion(verb, lexicon.neg_raisers | lexicon.inference)
    negated = negated or _no_one(verb, pred) or _counterfactual(verb)
    if not negated and not any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children):
        return False
    if any(c.dep_ == "expl" for c in verb.children):
        return False
    near = [*pred.children, *verb.children, *(g for c in verb.children for g in c.children)]
    if any(c.lower_ in ADDITIVE for c in near):
        return False
    return not any(t.text == "?" for t in tok.sent)


def _counterfactual(verb: Token) -> bool:
    """'If she were a crook, she would not have ...': "were" with "he", "she", "it" or "I" under
    "if" supposes what is not so, and applies the label to no one. "If he is a bigot, he should
    resign" supposes it may be, "if they were bigots" may be plain past, "if anyone were a
    crook, it was the mayor" names one, "as if he were a dictator" likens him to one, and "if
    she were any more reckless" grades what she is: all stay marked."""
    if verb.lower_ != "were" or verb.dep_ != "advcl":
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if not any(m.lower_ == "if" for m in marks) or any(m.lower_ in COMPARING for m in marks):
        return False  # "runs the city as if he were a dictator" likens him to one
    if any(t.lower_ in GRADED for t in verb.subtree):
        return False  # "if she were any more reckless": she is already
    subject = _subject_of(verb)
    return subject is not None and subject.lower_ in ("i", "he", "she", "it")


# subjects that deny the predicate of anyone: "nobody was shocked", "none of them is corrupt"
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing"})
# prepositions that make the predicate a comparison ("as reckless as X", "worse than X"),
# which asserts it of what is compared; "nobody is so reckless" compares nothing
COMPARING = frozenset({"as", "than"})
# words that grade a predicate against what it already is: "if she were any more reckless"
GRADED = frozenset({"more", "less", "any"})


def _no_one(verb: Token, pred: Token) -> bool:
    """'Nobody was shocked', 'No one on the board is corrupt': a subject that denies the
    predicate of everyone applies it to no one. Not a comparison: "nothing is more shocking
    than the delay" and "no one is as reckless as the minister" say the delay and the minister
    are."""
    subject = _subject_of(verb)
    if subject is None:
        return False
    if any(
        c.tag_ in ("JJR", "RBR")
        or c.lower_ in ("more", "less")
        or (c.lower_ in COMPARING and c.dep_ == "prep")
        for c in pred.children
    ):
        return False  # "nothing is more shocking than", "no one is as reckless as X": X is
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True
    return subject.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _acts(tok: Token) -> bool:
    """The word is the verb of a clause in the active: not a participle before a noun or after
    "is" ("a terrifying ordeal", "it is terrifying"), nor a passive ("was not rigged"), which
    are denied as qualities."""
    if tok.pos_ != "VERB" or tok.dep_ in NOUN_MODIFIERS or tok.dep_ in ("acomp", "attr", "oprd"):
        return False
    return not any(c.dep_ == "auxpass" for c in tok.children)


def _denied_act(verb: Token) -> bool:
    """'Far from obliterating the rule, the reform kept it', 'not even the flood obliterates a
    town's memory': a verb the sentence denies outright tells of nothing done, so it dramatises
    or labels nothing. The denial is "far from" before the verb or "not" on its subject ("not
    even X"), which deny that anyone does it. A "not" on the verb itself is left alone: "you
    can't demonise rivals by ...", "if the board can't whitewash the report" still use the
    words. Still marked: "not only obliterated", which adds to it, and a question, which
    asserts it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.lower_ == "far":
        return True
    subject = _subject_of(verb)
    if subject is None:
        return False
    denials = [c for c in subject.children if c.dep_ == "neg" and c.i < subject.i]
    if not denials:
        return False
    near = [*verb.children, *(g for d in denials for g in d.children)]
    if any(c.lower_ in ADDITIVE for c in near):
        return False
    return not any(t.text == "?" for t in verb.sent)


def _answered_no(tok: Token, loaded: frozenset[int], lexicon: Lexicon) -> bool:
    """'Is it a fiasco? No. But it stings.': a verdict raised in a yes-no question that
    the next sentence answers "No" is put in order to be rejected, and is applied to nothing.
    The question must begin with its verb ("Is it ...", "Was this ...") and the verdict must be
    what that verb puts (its predicate: "Is the plan a disaster?", "Is it a cruel regime?"): a
    label in the subject ("Will the traitors be punished? No.") is taken for granted, and a
    question with a wh-word ("Why is it a disaster?") presumes the verdict. "No" must open the
    answer with nothing after it but punctuation or "but" ("No. But ...", "No, but ..."); "No
    one ..." is no answer. An answer that goes on to a stronger verdict ("No. It is worse.",
    ``_outbid``; another word marked in it, ``loaded`` (token indices of kept marks that are
    not praise): "No, it is a catastrophe") or to people killed (``[context] casualties``)
    rejects the word only to outbid it, and the mark stays."""
    sent = tok.sent
    words = [t for t in sent if t.is_alpha]
    if not words or words[0].pos_ != "AUX" or sent[-1].text != "?":
        return False
    if not _put_by(tok, words[0]):
        return False
    doc = tok.doc
    i = sent.end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1  # a closing quotation mark or a line break before the answer
    if i >= len(doc) or doc[i].lower_ not in lexicon.rejections:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if not (after is None or after.is_punct or after.is_space or after.lower_ == "but"):
        return False
    answer = doc[i].sent
    end = answer.end
    if end - i <= 3 and end < len(doc):
        end = doc[end].sent.end  # "No." alone: the sentence after it goes on with the answer
    rest = doc[i + 1 : end]
    if _outbid(tok, rest, lexicon) or any(t.i in loaded for t in rest):
        return False  # "No. It is worse.", "No, it is a catastrophe."
    return not any(_is_casualty(t, lexicon, strict=True) for t in rest)


def _outbid(tok: Token, rest: Span, lexicon: Lexicon) -> bool:
    """The answer's first clause, right after "No", goes one better than the word the question
    put: "worse" ("No. It is worse.", "No, worse than that.") or the word's own comparative or
    superlative ("Was it cruel? No, it was crueller than that."). A comparative later on or of
    something else ("No. But costs are higher", "No, but it could have been better", "No. It
    is more complicated than that") does not."""
    clause: list[Token] = []
    for t in rest:
        if clause and (t.text in (".", "!", "?", ";") or t.lower_ == "but"):
            break  # the first clause ends at a full stop or "but", not at a comma ("if anything")
        if t.is_alpha:
            clause.append(t)
    if clause and clause[0].lower_ == "but":
        return False
    labels = {_lemma(tok), tok.lower_}
    return any(
        t.lower_ in lexicon.outbids
        or labels & _graded_bases(t.lower_)
        or (t.lower_ in ("more", "most") and _lemma(t.head) in labels)
        for t in clause
    )


def _graded_bases(word: str) -> set[str]:
    """The words ``word`` may be the comparative or superlative of, by its ending (the small
    model lemmatises "crueller" as "cruell"): "crueller", "cruellest" -> "cruel", "larger" ->
    "large", "angrier" -> "angry", "bigger" -> "big"."""
    bases: set[str] = set()
    for ending in ("est", "er", "st", "r"):
        if not word.endswith(ending) or len(word) < len(ending) + 3:
            continue
        stem = word[: -len(ending)]
        bases.add(stem)
        if stem[-1] == stem[-2]:
            bases.add(stem[:-1])  # "crueller", "bigger"
        if stem.endswith("i"):
            bases.add(stem[:-1] + "y")  # "angrier"
    return bases


def _put_by(tok: Token, verb: Token) -> bool:
    """The word is the predicate the question's first verb puts, or a word of it: "Is it a
    disaster?", "Is the government a cruel regime?", "Was it cruel?"."""
    word = tok
    while word.dep_ in ("amod", "compound", "advmod", "conj") and word.head.i != word.i:
        word = word.head  # "a cruel regime": the noun it grades
    head = word.head
    if word.dep_ == "nsubj" and head.i == verb.i:
        # "Is the ferry timetable a fiasco?" parsed with two subjects: the second is what
        # the question puts
        return any(c.dep_ == "nsubj" and c.i < word.i for c in head.children)
    if word.dep_ == "ROOT" and word.pos_ == "VERB":
        # "Did the senator betray the party?": the verb the fronted "did" helps is what is put
        return any(c.i == verb.i and c.dep_ in ("aux", "auxpass") for c in word.children)
    if word.dep_ not in ("attr", "acomp", "oprd"):
        return False
    return head.i == verb.i or any(c.i == verb.i for c in head.children)


def _forbidden_label(tok: Token, lexicon: Lexicon) -> bool:
    """'You must not call your rivals traitors', 'Don't call them cowards', 'it is not
    acceptable to call the monks who left heretics', 'it is wrong to call them heretics': a
    label given by a verb of labelling (``[context] labelling``) that the sentence forbids is
    mentioned as what one must not say, applied to no one: a modal denied ("must not"), a
    denied command, or an infinitive after an adjective of permission denied ("not acceptable",
    ``[context] permitted``) or of fault ("wrong", ``[context] forbidden``). "It is fair to
    call them traitors" and "it is not unfair to call them traitors" apply it."""
    verb = _labelling_verb(tok, lexicon)
    if verb is None:
        return False
    kids = list(verb.children)
    negated = any(c.dep_ == "neg" for c in kids)
    if negated and any(c.tag_ == "MD" and c.lower_ in MODALS | {"ca", "wo"} for c in kids):
        return True  # "must not call", "cannot call" ("can" + "not"; "ca" of "can't")
    if negated and _lemma(verb) == verb.lower_ and not any(c.dep_ == "nsubj" for c in kids):
        return any(c.lower_ in ("do", "never") for c in kids)  # "Don't call them cowards"
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in kids):
        return False
    frame = verb.head
    adjective: Token | None
    if frame.dep_ == "acomp":
        adjective, frame = frame, frame.head  # the parse may hang "to call" on the adjective
    else:
        adjective = next((c for c in frame.children if c.dep_ == "acomp"), None)
    if adjective is None:
        return False
    word = adjective.lower_
    denied = any(c.dep_ == "neg" for c in frame.children)
    return (denied and word in lexicon.permitted) or (not denied and word in lexicon.forbidden)


def _labelling_verb(tok: Token, lexicon: Lexicon) -> Token | None:
    """The verb of labelling that gives the word as a label ("call" in "call them vile
    heretics"), through the noun an adjective describes and a relative clause on the verb's
    object; None if there is none within a few steps."""
    for _ in range(LABEL_CLIMB):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ not in ("amod", "compound", "oprd", "dobj", "relcl", "attr", "ccomp"):
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and _lemma(tok) in lexicon.labelling and tok.dep_ != "relcl":
            return tok
    return None


def _denied_by_opinion(verb: Token, neg_raisers: frozenset[str]) -> bool:
    """'I don't think the levy is absurd': the denial of a verb of opinion carries down
    into the clause it governs (the clause is what the speaker does not hold); so does the
    denial of a verb of inference ('the findings do not mean every reef is doomed') or of an
    adjective of certainty ('it is not clear that the reef is doomed'), which withholds the
    clause instead of asserting it."""
    head = verb.head
    if verb.dep_ != "ccomp":
        return False
    if head.lemma_.lower() in neg_raisers and any(c.dep_ == "neg" for c in head.children):
        return True
    # an adjective of certainty denied ("it is not clear that the bill is doomed", "it is not
    # certain the bill is doomed"): the clause is left open, not asserted
    adjective = head if head.dep_ == "acomp" else None
    adjective = adjective or next((c for c in head.children if c.dep_ == "acomp"), None)
    if adjective is None or adjective.lemma_.lower() not in neg_raisers:
        return False
    return any(c.dep_ == "neg" for c in (*adjective.children, *adjective.head.children))


def _names_a_class(tok: Token) -> bool:
    """'the righteous', 'fifty righteous', 'the home of the brave': an adjective standing as a
    noun names a class of people, in scripture and sayings, rather than praising anyone."""
    if tok.pos_ != "ADJ":
        return False
    if tok.dep_ in NOMINAL_DEPS:
        return True
    return tok.dep_ == "amod" and tok.head.pos_ == "NUM"


# adverbs that all but deny the verb they go with: "could hardly deny that it was a fiasco"
SCARCELY = frozenset({"hardly", "scarcely", "barely"})
# subjects that, with a verb of denying, affirm its clause: "few deny that the regime is brutal"
FEW = frozenset({"few"})


def _predicate(tok: Token) -> Token | None:
    """The predicate the word is, or is a modifier of ("a brutal regime" after "is"), through
    the words it is joined to ("corrupt and cruel"); None if the word is no predicate."""
    prenominal = tok.dep_ in NOUN_MODIFIERS and tok.i < tok.head.i
    pred = tok.head if prenominal and tok.head.dep_ in ("attr", "oprd") else tok
    while pred.dep_ == "conj" and pred.head.i < pred.i:
        pred = pred.head
    return pred if pred.dep_ in ("attr", "acomp", "oprd") else None


def _plainly_said(verb: Token) -> bool:
    """The verb is said outright by its subject: not denied ("does not deny", "can hardly
    deny"), not by a subject that affirms by denying ("no one denies", "few deny"), not left
    undone ("refused to deny", "it is hard to deny") and not asked ("Does she deny ...?")."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in SCARCELY for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    subject = _subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in NEGATIVE_SUBJECTS | FEW or any(
        c.dep_ in ("det", "amod") and c.lower_ in FEW | {"no"} for c in subject.children
    ):
        return False
    return not any(t.text == "?" for t in verb.sent)


def _denied_clause(tok: Token, lexicon: Lexicon) -> bool:
    """'The state denies that the massacre was a genocide', 'he denied being a racist': a label
    said in the clause a verb of denying (``[context] denying``) takes is what the subject holds
    false; nobody applies it there. Still marked: "no one denies that the regime is brutal",
    "few would deny", "cannot deny", "refused to deny" and a question, which leave the clause
    standing, and "rejected the accusations that the mayor was a crook", where the accusers
    apply it (their word, reported)."""
    pred = _predicate(tok)
    if pred is None or pred.dep_ == "oprd":
        return False
    clause = pred.head
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    denier = clause.head
    return _lemma(denier) in lexicon.denying and _plainly_said(denier)


def _withheld_label(tok: Token, lexicon: Lexicon) -> bool:
    """'She never called her rivals cowards', 'I wouldn't call him a thug', 'he doesn't go on
    air to call his opponents traitors': a label given by a verb of labelling the sentence
    denies, or by one a denied verb was for, is given to no one. Still marked: "not only called
    them cowards", "I wouldn't call him anything but a thug" (the label is what "but" leaves),
    a denied verb of holding back ("never hesitated to call them traitors", ``[context]
    unhesitating``), a denied verb with an object, which says what is enough ("doesn't need a
    microphone to call them traitors"), and a question ("Didn't he call them cowards?")."""
    verb = _labelling_verb(tok, lexicon)
    if verb is None or any(t.text == "?" for t in verb.sent):
        return False
    denied = verb
    if not any(c.dep_ == "neg" for c in verb.children):
        if verb.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return False
        denied = verb.head  # "doesn't run to the press to call them traitors"
        if _lemma(denied) in lexicon.unhesitating:
            return False
        if denied.pos_ != "VERB" or any(c.dep_ in ("acomp", "attr") for c in denied.children):
            return False  # "it is not unfair to call them heretics": ``_forbidden_label``'s
        if any(c.dep_ == "dobj" for c in denied.children):
            return False  # "doesn't need a microphone to call them traitors": enough, not denied
        if not any(c.dep_ == "neg" for c in denied.children):
            return False
    near = [*verb.children, *denied.children]
    return not any(c.lower_ in ADDITIVE for c in near)


def _charge_on_the_speaker(tok: Token, lexicon: Lexicon) -> bool:
    """'People believe I'm a racist', 'our critics say we are extremists': a label others are
    said to hold or say of the speaker (the clause's subject is "I" or "we", the verb of holding
    or saying's is not, ``[context] holding``) is the charge the speaker answers, cited rather
    than applied. "I think I'm a fool" and "they say he is a crook" are not this."""
    pred = _predicate(tok)
    if pred is None:
        return False
    clause = pred.head
    subject = _subject_of(clause)
    if subject is None or subject.lower_ not in FIRST_PERSON or clause.dep_ != "ccomp":
        return False
    holder = clause.head
    if _lemma(holder) not in lexicon.holding:
        return False
    their = _subject_of(holder)
    return their is not None and their.lower_ not in FIRST_PERSON


def _listed_question(tok: Token, lexicon: Lexicon) -> bool:
    """'Look at the questions: Mayor, are you a coward? Minister, can you count?': a label put
    in a yes-no question that a list of questions (after "the questions:", ``[context] asking``)
    cites is what was asked, not said of anyone. A question with a wh-word ("the question: why
    is she such a coward?") presumes the label, and is kept."""
    if _predicate(tok) is None:
        return False
    doc = tok.doc
    sent = tok.sent
    if not any(t.text == "?" for t in doc[tok.i : sent.end]):
        return False
    i = tok.i - 1
    own = True  # still in the word's own question, before an earlier "?"
    while i >= 0:
        t = doc[i]
        if "\n" in t.text:
            return False  # the list stays in its paragraph
        if t.text == "?":
            own = False
        if own and t.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return False
        if t.text == ":":
            return i > 0 and _lemma(doc[i - 1]) in lexicon.asking
        if t.text in (".", "!", ";"):
            return False
        i -= 1
    return False
