"""Speakers: the subject of a cue verb, and the noun phrase that names who is speaking.

Follows "who"/"which", conjoined verbs, "..., saying" and "by saying"; a document "saying"
something speaks for its author; "he's said" is "he has said"; agentless passives ("it was
said") have no speaker; datelines and credit lines are never speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.people import NAME_NOUNS, role_lexicon
from contextreader.analysis.people.lexicon import run_in_body
from contextreader.analysis.people.not_people import names_the_place_before
from contextreader.analysis.quotes.embedded import Embedded, embedded_before
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import (
    PREP_FRAMES,
    CueLexicon,
    cue_lexicon,
    headline_verb,
    reporting_verbs,
)
from contextreader.data import DataFileError

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_NP_RIGHT_DEPS = {"prep", "compound", "flat", "nummod", "amod", "poss", "case", "pobj"}
# a line that opens with a name and a colon gives that name the quotes on it, as headlines and
# transcripts write them ("Roe: 'We Will Win'"); two names may share the label ("Roe and Doe:"),
# and a legislator's party and state may follow the name ("Rep. Jan Roe (D-Ore.):")
_LEAD_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_COLON_LEAD = re.compile(
    rf"({_LEAD_NAME}(?: (?:and|&) {_LEAD_NAME})?)(?: \([^()\n]{{1,20}}\))?"
    r"(?: on [^:\n]{1,80})?:(?:[ \t]|(?=[\"“]))"
)
# "PLACE (Agency) – " opening a story: a credit, never part of what anyone says
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{1,40}(?:\([^)\n]{1,40}\))?\s*[–—-]{1,2}\s+")
# the same with a credit in parentheses and any case: "Paris, May 4 (Agency) — "
_CREDIT_LINE = re.compile(r"[A-Z][\w .,'’-]{1,40}\([^)\n]{1,40}\)\s*[–—-]{1,2}\s+")


@dataclass(slots=True)
class _Speaker:
    span: tuple[int, int]
    text: str
    person: str | None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb of saying, following conjunctions, "..., saying" and "who"."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if subjects and _misread_infinitive(verb):
        subjects = []  # "Roe went before the board to call for ...": the infinitive is Roe's
    if subjects:
        # "Voters, Roe suggested, need not worry": an inserted "X said" parsed with the clause's
        # own subject as a second subject of the verb; the one next to the verb is its own
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    joined = joined_act(verb)
    if joined is not None and depth < 3:
        return _subject(joined, depth + 1)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in verb.children):
            # "said the same last year when asked about ...": the noun is when or where it
            # was done, not who did it; a "that" clause the parse hung on the clause is what
            # the verb above says ("said on Tuesday when asked that it was a scam")
            above = _saying_above(verb)
            return None if above is None or depth >= 3 else _subject(above, depth + 1)
        if _timed(verb):
            # "Roe had time to say that ...": Roe; "It is time to say that ...", "Roe had no
            # time to say that ...", "gave Roe a day to explain": a time or a chance to say
            # it, not that it was said
            return _time_taker(verb.head, depth)
        return verb.head
    if trailing_misread(verb):
        return verb.head  # "..., the companies announced on Monday."
    chained = chained_clause(verb)
    if chained is not None:
        # "She paused, then said ...": the first verb's subject does both
        return next(c for c in chained.children if c.dep_ == "nsubj")
    if depth < 3 and verb.dep_ == "dep" and verb.head.pos_ == "VERB" and _chained(verb.head, verb):
        return _subject(verb.head, depth + 1)  # the same, parsed loosely
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        above = verb.head.head
        if verb.head.lower_ == "as":
            # "the agency quoted Roe as saying ...": the object is who says it, the subject
            # only passes it on
            obj = next((c for c in above.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None:
                return obj
        return _subject(above, depth + 1)  # "X ended by saying ..."
    if verb.dep_ == "xcomp":
        controller = _object_controller(verb)
        if controller is not None:
            return controller
    repeated = _repeated_verb(verb)
    if repeated is not None and depth < 3:
        return _subject(repeated, depth + 1)
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        return _subject(verb.head, depth + 1)
    return None


def _timed(verb: Token) -> bool:
    """An infinitive relative clause on a noun of time ([mentions] times): "time to say"."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and verb.head.lemma_.lower() in cue_lexicon().mentions.times
    )


def _time_taker(noun: Token, depth: int) -> Token | None:
    """Who had or took the time a verb of saying is done in, when it was done: the subject of
    a verb of having or taking it ([mentions] time_takers: "Roe had just enough time to say
    ...", "found time to explain ..."), not where that is denied ("had no time to say", "never
    had the time to explain")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in cue_lexicon().mentions.time_takers:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or depth >= 3:
        return None
    return _subject(verb, depth + 1)


def occasion_infinitive(verb: Token) -> bool:
    """An infinitive relative clause on a noun of time no one is said to have taken to say
    something ("It is time to concede that ...", "Roe had no time to say that ...", "gave Roe a
    day to explain why ..."): the clause tells of a time to say it, not that it was said."""
    return _timed(verb) and _time_taker(verb.head, 0) is None


def _misread_infinitive(verb: Token) -> bool:
    """A to-infinitive the parse gave a subject after a preposition it read as a conjunction
    ("Roe went before the board to call for a recount": "before the board" is a place, "to
    call" says what Roe went to do). A to-infinitive has no subject of its own but after
    "for" ("for the board to call"); its speaker is the main clause's subject."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.i - 1 for c in verb.children)
        and bool(marks)
        and all(m.lower_ != "for" for m in marks)
    )


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def joined_act(verb: Token) -> Token | None:
    """The verb of saying that a second verb of saying goes with when the parse joined it to
    the clause reported instead: in "She warned that games would run past dark and called the
    plan a 'reckless experiment'", "called" hangs on "run" but has the finite form of
    "warned", which "would run" cannot share (the clause's verb leans on a modal), and no
    subject of its own: it is her second act, not part of her warning. The auxiliary must be a
    modal, after which only the bare form can follow ("has criticized the mayor and called
    him weak" may share "has", the past and the participle being alike). "Roe said the board
    met and voted to ..." joins two finite verbs and is left alone. None when there is no such
    verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or head.i >= verb.i:
        return None
    if head.dep_ != "ccomp" or head.tag_ in _FINITE:
        return None
    if not any(k.dep_ == "aux" and k.tag_ == "MD" and k.i < head.i for k in head.children):
        return None  # "has criticized ... and called": "called" may share "has"
    if any(k.dep_ in _SUBJECT_DEPS or k.dep_ == "aux" for k in verb.children):
        return None
    above = head.head
    lex = cue_lexicon()
    if above.tag_ != verb.tag_ or not lex.is_cue(above) or not lex.is_cue(verb):
        return None
    cc = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return above if cc is not None and cc.dep_ == "cc" else None


def chained_clause(verb: Token) -> Token | None:
    """ "She paused, then said she would wait.": a verb of saying that follows another verb of
    the same subject after a comma and "then", "and" or "but", which the parse hung on it as a
    clause it reports, leaving it no subject of its own. Returns that first verb, whose subject
    speaks; the clause after the verb is what is said."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) != 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    first = before[0]
    if not any(k.dep_ == "nsubj" and k.i < first.i for k in first.children):
        return None
    return first if _chained(first, verb) else None


def _chained(first: Token, verb: Token) -> bool:
    """True when ``verb`` follows the clause of ``first`` after a comma and "then", "and" or
    "but", with nothing else between ("She paused, then said ...")."""
    doc, j = verb.doc, verb.i - 1
    while j > first.i and doc[j].lower_ in ("then", "and", "but"):
        j -= 1
    return j < verb.i - 1 and j - 1 >= first.i and doc[j].text == ","


def trailing_misread(verb: Token) -> bool:
    """ "The firms have agreed to merge, the companies announced on Monday.": a trailing "X
    said" that the parse hung on the sentence as a noun phrase ("the companies") with the verb
    as its modifier. A past tense of saying (tagged as one, not as a participle) with no object
    on a noun set off by a comma after the main verb, the two running to the end of the
    sentence, is that noun's report of the clause before the comma."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    root = noun.sent.root
    if noun.dep_ not in ("npadvmod", "dep", "appos") or noun.head.i >= noun.i:
        return False
    if root.pos_ not in ("VERB", "AUX") or root.i >= noun.i:
        return False  # "Some letters to Dahl, Roe's aides wrote ...": no clause is reported
    left = noun.left_edge.i
    if left < 1 or verb.doc[left - 1].text != "," or left - 1 <= noun.sent.start:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in verb.children):
        return False
    rest = verb.doc[verb.right_edge.i + 1 : noun.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _repeated_verb(verb: Token) -> Token | None:
    """ "Roe said the road was closed by the state and said, '...'", "with Roe tweeting that it
    was a disaster and asking, '...'": a verb of saying that the parse conjoins to the verb of
    the clause another verb reports goes on with that reporting verb when it repeats it (same
    lemma) or matches its form where the clause's verb does not (parallel "-ing" forms), as
    does a participle of saying set off by a comma after the clause; it shares the reporting
    verb's subject, not the clause's. Returns the reporting verb, or None."""
    clause = verb.head
    outer = clause.head
    if clause.dep_ != "ccomp" or outer.pos_ != "VERB" or clause.lemma_ == verb.lemma_:
        return None
    if verb.dep_ == "advcl":
        # "Roe said the plan could be 'messy,' adding, '...'": a participle of saying set off
        # after the reported clause is the reporter's aside, not the clause's
        j = verb.left_edge.i - 1
        while j > clause.i and verb.doc[j].is_quote:
            j -= 1  # 'could be "messy," adding': the comma inside the closing mark
        aside = verb.tag_ == "VBG" and verb.i > clause.i and verb.doc[j].text == ","
        return outer if aside else None
    if verb.dep_ != "conj":
        return None
    parallel = outer.tag_ == verb.tag_ != clause.tag_ and _says_words(verb)
    return outer if outer.lemma_ == verb.lemma_ or parallel else None


def _says_words(verb: Token) -> bool:
    """True when a verb of saying has words of its own: a clause, or a quote after it ("asking,
    '...'"), not a topic ("asking for patience")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    nxt = [t for t in verb.doc[verb.i + 1 : verb.i + 3] if not (t.is_punct and not t.is_quote)]
    return bool(nxt) and nxt[0].is_quote


def _numeric_subject(verb: Token) -> Token | None:
    """ "About 6 in 10 say the city needs ...": the parser may take a share in figures for
    a modifier of the verb after it; a number that opens the verb's clause right before it is
    the verb's subject."""
    for c in verb.lefts:
        if c.pos_ == "NUM" and c.dep_ in ("nummod", "npadvmod") and c.right_edge.i == verb.i - 1:
            return c
    return None


def _object_controller(verb: Token) -> Token | None:
    """ "The leak led Roe to announce ...", "leaving some to wonder ...": the object of the
    verb above an infinitive is who does what the infinitive says, not that verb's subject;
    not a noun of time ("took a moment to say"), after which the subject says it."""
    head = verb.head
    if head.lemma_.lower() in cue_lexicon().subject_control or not any(
        c.lower_ == "to" for c in verb.children
    ):
        return None
    times = cue_lexicon().mentions.times
    for c in head.children:
        # "Roe took a moment to say ...": a noun of time is how long, not who
        if c.dep_ in ("dobj", "dative") and c.i < verb.i and c.lemma_.lower() not in times:
            return c
    return None


def _according_source(tok: Token) -> Token | None:
    """``according to X``: X, or the author of X when X is a thing someone made and the words
    name them ("according to a letter Roe wrote", "... an interview his brother gave"): the
    maker of a document is its source, the document is part of the cue."""
    for c in tok.children:
        if c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _maker(g) or g
    return None


def _maker(noun: Token) -> Token | None:
    """The subject of a relative clause that made ``noun`` ("a letter [that] Roe wrote"), when
    the noun is that clause's object, or the agent of a participle that puts it out ("figures
    published by the police"); None otherwise."""
    for rel in noun.children:
        if rel.dep_ == "acl" and rel.tag_ == "VBN" and rel.i == noun.i + 1:
            if rel.lemma_.lower() not in cue_lexicon().light_verbs:
                continue  # "a study funded by Roe" is not Roe's
            agent = agent_of(rel)
            if agent is not None:
                return agent
            continue
        if rel.dep_ != "relcl" or rel.pos_ != "VERB":
            continue
        relatives = cue_lexicon().subject_relatives
        if any(c.dep_ == "dobj" and c.lower_ not in relatives for c in rel.children):
            continue  # the noun is not what the clause made ("a poll that showed voters ...")
        subj = next((c for c in rel.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in relatives and subj.lower_ != "it":
            return subj
    return None


def _np_end(head: Token, depth: int = 0) -> int:
    """Token index after a noun phrase's head and the modifiers right after it, coordinated
    noun phrases included ("Democrats and Republicans in the senate", "Roe, Doe and Poe";
    "Current and former officials" parsed with "Current" as the head and "officials" as its
    conjunct)."""
    end = _hyphened_end(head.doc, head.i + 1)
    for c in head.rights:
        if c.i < end:
            continue  # a word joined on by a hyphen ("co-author") is part of the head
        if c.dep_ in _NP_RIGHT_DEPS and c.i == end:
            end = _before_aside(c)
        elif c.dep_ == "cc" and c.i == end:
            end = c.i + 1
        elif (
            c.text == ","
            and c.i == end
            and any(k.dep_ == "conj" and k.left_edge.i == c.i + 1 for k in head.rights)
        ):
            end = c.i + 1  # "Roe, Doe and Poe": the comma of a list, not of an aside
        elif (
            c.dep_ == "conj"
            and c.left_edge.i == end
            and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
            and depth < 4
        ):
            end = _np_end(c, depth + 1)
        else:
            break
    doc = head.doc
    while end > head.i + 1 and doc[end - 1].dep_ == "cc":
        end -= 1  # "and" with nothing coordinated after it
    return end


def _before_aside(mod: Token) -> int:
    """Token index after a modifier of a subject's head, up to a relative clause set off by a
    comma inside it ("people familiar with the trial, who spoke on condition of anonymity
    ...": the parser hangs the clause on "trial"; it is an aside, no part of the name)."""
    doc = mod.doc
    for t in doc[mod.i + 1 : mod.right_edge.i + 1]:
        if t.dep_ == "relcl" and t.left_edge.i > mod.i and doc[t.left_edge.i - 1].text == ",":
            return t.left_edge.i - 1
    return mod.right_edge.i + 1


_HYPHENS = frozenset({"-", "‐", "‑"})


def _hyphened_end(doc: Doc, end: int) -> int:
    """Token index after a word the tokenizer split at a hyphen with no space around it
    ("co-author" as "co", "-", "author"): the parts after the hyphen belong to the word."""
    while (
        end + 1 < len(doc)
        and doc[end].text in _HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


# determiners that take a singular noun: with a plural head they belong to a noun before it
_SINGULAR_DETS = frozenset({"a", "an", "another", "each", "every"})


def _reduced_relative_start(head: Token) -> int | None:
    """Where a plural subject starts when the parser fused it with the noun that its clause
    describes: in "a move critics called a giveaway" the "a" and "move" belong to the noun
    the relative clause hangs on ("a move [that] critics called ..."), so the subject is
    "critics". A singular article cannot open a plural noun phrase."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    dets = [c for c in head.lefts if c.dep_ == "det" and c.lower_ in _SINGULAR_DETS]
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.tag_ == "NN"]
    if not dets or not nouns or nouns[-1].i < dets[0].i:
        return None
    return nouns[-1].i + 1


def _verb_after_name(tok: Token) -> bool:
    """True for a headline verb right after a person's name in the phrase the parser made of a
    title-case line ("Jan Roe Slams Council"); "United States Officials" holds no verb."""
    prev = tok.doc[tok.i - 1]
    return prev.ent_type_ == "PERSON" and headline_verb(tok, cue_lexicon())


def _np_span(head: Token) -> tuple[int, int]:
    """The noun phrase of a subject, without relative clauses or appositions after it."""
    start = head.left_edge.i
    reduced = _reduced_relative_start(head)
    if reduced is not None:
        start = reduced
    end = _np_end(head)
    doc = head.doc
    while (
        start >= 2
        and doc[start - 1].text in _HYPHENS
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].is_alpha
    ):
        # "co-author" parsed as three subjects: the word before the hyphen, and its own
        # modifiers ("Her co-author"), belong to the head's phrase
        start = min(start - 2, doc[start - 2].left_edge.i)
    for i in range(head.i - 1, start - 1, -1):
        if _possessive_mark(doc[i]):
            continue  # "The Growers' Association": an apostrophe that makes a possessive
        if doc[i].is_quote or "\n" in doc[i].text:
            start = i + 1  # a subject never reaches back into the quote before it
            break
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or (
            doc[start].dep_ in ("advmod", "cc", "preconj")
            and start < head.i
            and not _hyphened_on(doc[start])
        )
    ):
        start += 1  # "even Roe's aides": the focus word is no part of who speaks
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1  # "Jan Roe's claim": the holder is "Jan Roe", without the possessive 's
    verb = next((t for t in doc[start + 1 : end] if _verb_after_name(t)), None)
    if verb is not None:
        # "Jan Roe Slams Council Over Fees, Cites ...": a title-case line's subject ends at
        # the headline verb inside the phrase the parser made of it
        end = verb.i
    if end - start > 14:
        start = head.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and start > head.i - 4:
            start -= 1
        end = head.i + 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _hyphened_on(tok: Token) -> bool:
    """The word is the first half of a hyphened word ("So-called fiscal hawks"), which the
    parser may take for an adverb of its own: it stays with the rest of the word."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and not tok.whitespace_
        and doc[tok.i + 1].text in _HYPHENS
        and not doc[tok.i + 1].whitespace_
    )


def _possessive_mark(tok: Token) -> bool:
    """An apostrophe the parser reads as the possessive of the word it closes up to ("the
    Growers' Association"), not a quotation mark."""
    return tok.tag_ == "POS" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


# subjects that make "be" with a predicate noun a cleft ("It was Roe who said ..."), not a
# description of the subject
_CLEFT_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "there", "what"})


def described_one(noun: Token) -> Token | None:
    """The one a predicate noun describes: the subject of "be" ("She was a scientist who
    ..."), or the object of a verb with "as" ("he described her as a scientist who ...", or
    its passive subject: "she was described as a scientist who ..."), when that one is a
    person (a pronoun or a name). A relative clause on the noun tells of that one. None for
    any other noun, and for a cleft ("It was Roe who ...")."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.pos_ != "VERB":
            return None
        subj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    else:
        return None
    if subj is None or subj.lower_ in _CLEFT_SUBJECTS or subj.i > noun.i:
        return None
    # a person, by pronoun or name ("One exception is a paper which found ..." describes no
    # one: the paper finds)
    if subj.pos_ == "PRON" or subj.ent_type_ == "PERSON":
        return subj
    return None


def _speaker(head: Token, ix: _Index, lex: CueLexicon, depth: int = 0) -> _Speaker:
    """The speaker of a subject token: a person when one is named or referred to."""
    if head.lower_ in lex.subject_relatives and head.head.dep_ == "relcl" and depth == 0:
        # "critics who say ...": the mention is the noun phrase with its relative pronoun when
        # they stand together, else the pronoun alone; the person is the antecedent's
        described = described_one(head.head.head)
        if described is not None:
            # "She was a scientist who believed ...", "he described her as a scientist who
            # ...": the predicate noun is the one it is said of, who holds the view
            return _speaker(described, ix, lex, 1)
        noun = _past_time_phrase(_past_place(head.head.head, head))
        ante = _speaker(noun, ix, lex, 1)
        s, e = _np_span(noun)
        if s < head.idx and not ix.text[e : head.idx].strip(" ,"):
            return _Speaker((s, head.idx + len(head.text)), ix.text[s:e], ante.person)
        if noun is not head.head.head and s < head.idx:
            # "her records in July, which": the noun, its time phrase and the pronoun
            return _Speaker((s, head.idx + len(head.text)), ix.text[s:e], ante.person)
        # apart from its antecedent ("data released Monday that suggest ..."), the pronoun is
        # the mention, and the antecedent names who speaks
        return _Speaker((head.idx, head.idx + len(head.text)), ante.text, ante.person)
    if head.lower_ in lex.pronouns:
        g = lex.pronouns[head.lower_]
        pid = ix.person_before(head.idx, g) if g in ("male", "female") else None
        # a "she" who is someone the text does not name is shown as the text describes her
        unnamed = (
            ix.unnamed_before(head.idx, g) if pid is None and g in ("male", "female") else None
        )
        return _Speaker((head.idx, head.idx + len(head.text)), unnamed or head.text, pid)
    if head.lower_ == "it" and head.dep_ == "nsubj":
        body = _it_antecedent(head, ix, lex)
        if body is not None:
            # "The firm said ... It said ...": the mention stays "It", shown as the body it
            # stands for, as a "she" is shown as the person she stands for
            a, z = _np_span(body)
            return _Speaker((head.idx, head.idx + len(head.text)), ix.text[a:z], None)
    s, e = _np_span(head)
    titled = _titled_name(head)
    # "former minister Jan Roe and Ann Lee": the names coordinated under the role noun
    joint_end = e if titled is head else max(e, _np_span(titled)[1])
    if titled is not head:
        # "former minister Jan Roe and the party leader Ann Lee", all hung on "minister"
        joint_end = max([joint_end, *(_np_span(c)[1] for c in _appositive_conjuncts(titled))])
    if _coordinated(titled, joint_end):
        # "Roe and Doe said": both speak; one person id cannot hold them, so the speaker is
        # the phrase as written, with the name of a last role ("Roe and the party leader Ann
        # Lee")
        last = max(_conjuncts(titled, joint_end), key=lambda t: t.i)
        after = _name_after_role(last, ix)
        joint_end = max(joint_end, after[1]) if after is not None else joint_end
        if titled is not head and role_lexicon().role_class(head.lemma_) is None:
            # a noun before the names that is no role is no part of who speaks ("the
            # ferries | Jan Roe and Ann Lee want to buy")
            s = titled.left_edge.idx
        return _Speaker((s, joint_end), ix.text[s:joint_end], None)
    m = ix.person_in(head.idx, head.idx + len(head.text))
    if m is None and head.pos_ == "PROPN":
        # a name around the head ("President Jan Roe"); never a name that only qualifies
        # another head ("Roe's advisers" are not Roe)
        m = ix.person_in(s, e)
    # an apposition whose only name is its owner's ("Roe's allies"): where the owner's name
    # starts, and the apposition's noun
    owned: tuple[int, Token] | None = None
    for c in head.children:
        if m is None and c.dep_ == "appos":
            end = c.right_edge.idx + len(c.right_edge.text)
            m = ix.person_in(c.left_edge.idx, end)
            while m is not None and _governed_name(ix.token_at(m[1] - 1), c):
                # "The lawyer, a friend of Jan Roe,": the name is someone else's; "Mrs Roe's
                # daughter, Ann Lee,": the possessor is someone else, the name after is hers
                if ix.token_at(m[1] - 1).dep_ == "poss" and c.pos_ == "NOUN" and owned is None:
                    owned = (m[0], c)
                m = ix.person_in(m[1], end) if m[1] < end else None
    for c in head.children:
        if m is None and c.dep_ == "relcl":
            # "Another rescuer, who gave only her first name, Shirin, said": the name she gave
            given = [t for t in c.subtree if t.dep_ == "appos" and t.head.lower_ in NAME_NOUNS]
            m = ix.person_in(given[0].idx, given[0].idx + len(given[0].text)) if given else None
    if m is None and head.pos_ == "NOUN":
        m = _run_in_name(head, s, ix)
    if m is not None:
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    if owned is not None and head.pos_ == "PROPN" and ix.person_in(s, e) is None:
        # "RANGOON, Burma - Jan Roe's allies predicted", parsed with the allies as an
        # apposition of the dateline: the apposition is who speaks, not its owner
        a, z = owned[0], owned[1].idx + len(owned[1].text)  # from the owner's name on
        return _Speaker((a, z), ix.text[a:z], None)
    named = _named_apposition(head)
    if named is not None and head.pos_ == "NOUN":
        # "the trade body, Water Providers Northbay, said": the body by its name
        return _Speaker(named, ix.text[named[0] : named[1]], None)
    written = ix.text[s:e]
    if head.pos_ == "PROPN" and " " not in written and written.istitle():
        # a lone surname the tagger did not take for a person ("..., Roe replied" with "Roe"
        # tagged as a title) is the one person whose name ends with it
        return _Speaker((s, e), written, ix.person_by_surname(written))
    return _Speaker((s, e), written, None)


def _run_in_name(head: Token, start: int, ix: _Index) -> tuple[int, int, str] | None:
    """The person whose name opens a role noun's phrase (at character ``start``) and runs
    straight into their body's name ("Jan Roe Harbour Ethics Commission spokesman said":
    ``run_in_body``); None for any other phrase ("the Roe Ethics Commission spokesman")."""
    lex = role_lexicon()
    if lex.role_class(head.text) is None:
        return None
    m = ix.person_in(start, head.idx)
    if m is None or m[0] != start:
        return None
    after = ix.token_at(m[1] - 1).i + 1
    return m if run_in_body(head.doc, after, lex) == head.i else None


def _governed_name(tok: Token, top: Token) -> bool:
    """True when a name inside an apposition is the object of a preposition or a possessor on
    the way up to the apposition's head ("a friend of Roe", "an aide to Roe's campaign",
    "Roe's daughter"): not the apposition's own name."""
    seen = 0
    while tok.i != top.i and tok.head is not tok and seen < 8:
        if tok.dep_ in ("pobj", "poss"):
            return True
        tok = tok.head
        seen += 1
    return False


def _conjuncts(head: Token, end: int) -> list[Token]:
    """``head`` and the words coordinated with it inside its phrase (which ends at character
    ``end``), in the order found: a further conjunct hangs on the one before it ("Roe, Doe and
    Poe": Doe on Roe, Poe on Doe)."""
    conjuncts = [head]
    for tok in conjuncts:  # the list grows as it is read
        conjuncts.extend(c for c in tok.children if c.dep_ == "conj" and c.idx < end)
    return conjuncts + [c for c in _appositive_conjuncts(head) if c.idx < end]


def _appositive_conjuncts(name: Token) -> list[Token]:
    """Nouns the parse hung as appositions of the role noun a name stands after, past an "and"
    it hung on that noun or on the name: in "former minister Jan Roe and the party leader Ann
    Lee", with "minister" heading "Roe", "leader" and "Lee" alike, "leader" and "Lee" are
    further conjuncts."""
    top = name.head
    if name.dep_ != "appos" or top.pos_ != "NOUN" or top.i != name.left_edge.i - 1:
        return []
    ccs = [*top.children, *name.children]
    cc = min((c for c in ccs if c.dep_ == "cc" and c.i > name.i), key=lambda c: c.i, default=None)
    if cc is None or cc.lower_ != "and":
        return []
    return [
        c for c in top.children if c.dep_ == "appos" and c.i > cc.i and c.pos_ in ("NOUN", "PROPN")
    ]


def _coordinated(head: Token, end: int) -> bool:
    """True when a subject head is a person's name coordinated with other noun phrases inside
    its phrase, which ends at character ``end`` ("Roe and Doe", "Roe and her deputy", "Roe,
    Doe and Poe"), with "and"."""
    if head.pos_ != "PROPN":
        return False
    conjuncts = _conjuncts(head, end)
    cc = any(c.dep_ == "cc" and c.lower_ == "and" for t in conjuncts for c in t.children)
    cc = cc or bool(_appositive_conjuncts(head))
    return (
        cc
        and any(
            c.pos_ in ("PROPN", "NOUN", "PRON")
            # "Roe and 1 percent": a share of a poll is no one coordinated with a name
            and not any(t.like_num for t in c.subtree)
            for c in conjuncts[1:]
        )
    )


def _titled_name(head: Token) -> Token:
    """The name a subject's role noun stands right before, when the parse made the name its
    apposition ("former minister | Jan Roe and Ann Lee": "minister" heads the phrase, the
    names are coordinated under it); ``head`` itself otherwise, and always when a comma
    stands between ("the minister, Jan Roe and Ann Lee" may be three people)."""
    if head.pos_ != "NOUN":
        return head
    for c in head.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1:
            return c
    return head


def _name_after_role(tok: Token, ix: _Index) -> tuple[int, int, str] | None:
    """The person mention right after a role noun that is a conjunct of a subject ("Roe and
    the party leader Ann Lee": the parse may make "leader" the conjunct and hang the name
    elsewhere); None when no name follows ("Roe and her deputy")."""
    doc = tok.doc
    nxt = tok.i + 1
    if tok.pos_ != "NOUN" or nxt >= len(doc) or not tok.whitespace_:
        return None
    if role_lexicon().role_class(tok.text) is None:
        return None
    m = ix.person_in(doc[nxt].idx, doc[nxt].idx + len(doc[nxt].text))
    return m if m is not None and m[0] == doc[nxt].idx else None


def joint_people(head: Token, end: int, ix: _Index) -> list[str]:
    """The people a coordinated subject names, in text order: the person each conjunct of
    ``head`` inside its phrase (which ends at character ``end``) is a mention of ("Roe and Doe"
    gives both; "Roe and her deputy" and "Roe and the committee" give Roe alone; "Roe and the
    party leader Ann Lee" gives Lee for the role's conjunct). Empty when the subject is not
    coordinated (``_coordinated``)."""
    head = _titled_name(head)
    if not _coordinated(head, end):
        return []
    conjuncts = _conjuncts(head, end)
    if any(c.left_edge.dep_ == "poss" and c.left_edge.pos_ == "PROPN" for c in conjuncts[1:]):
        # "Roe and Doe's lawyer": the lawyer may be both's, Roe none of the speakers
        return []
    found: list[str] = []
    for c in sorted(conjuncts, key=lambda t: t.i):
        # the conjunct's own head word: a name that only qualifies it is not it ("Roe's aides")
        m = ix.person_in(c.idx, c.idx + len(c.text)) or _name_after_role(c, ix)
        pid = m[2] if m is not None else _lone_surname(c, ix)
        if pid is not None and pid not in found:
            found.append(pid)
    return found


def _lone_surname(tok: Token, ix: _Index) -> str | None:
    """The one person whose name ends with a conjunct's name that is no mention of its own
    ("Roe" or "Dr. Roe" for Jan Roe), as ``_speaker`` takes a lone surname; None when the
    words before it are more than titles ("Sam Roe" may be another Roe)."""
    if tok.pos_ != "PROPN" or not tok.text.istitle():
        return None
    lex = role_lexicon()
    for c in tok.lefts:
        if c.dep_ in ("compound", "nmod") and not (
            c.lower_ in lex.honorifics or lex.role_class(c.text)
        ):
            return None
    return ix.person_by_surname(tok.text)


def _it_antecedent(it: Token, ix: _Index, lex: CueLexicon, depth: int = 0) -> Token | None:
    """The body a subject "it" stands for when that is clear: the subject of the clause above
    it ("Talmyr launched what it called ..."), else, for "It" opening a sentence's main
    clause, the main subject of the sentence before it in its paragraph ("The firm said ...
    It said ..."), when that sentence's main verb is a verb of saying with no singular object
    (which "it" might stand for instead) and no other such body as the subject of a clause
    under it ("said the audit was finished. It found ..."). Either way the subject must be a
    body, a document or a place: a singular noun a group or a document can be (``speakers``)
    or a singular name no person has. None otherwise."""
    verb = it.head
    for _ in range(3):
        if (
            verb.dep_ not in ("ccomp", "advcl", "relcl", "xcomp", "conj", "pcomp")
            or verb.head is verb
        ):
            break
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i < it.i:
            return subj if _a_body(subj, ix, lex) else None
    if it.head.dep_ != "ROOT" or depth > 2:
        return None
    sent = it.sent
    if sent.start == 0:
        return None
    prev = it.doc[sent.start - 1].sent
    if "\n" in ix.text[prev.start_char : it.idx].strip():
        return None  # only the sentence before it in its own paragraph
    if not lex.is_cue(prev.root) or any(
        c.dep_ == "dobj" and c.tag_ in ("NN", "NNP") for c in prev.root.children
    ):
        # "The firm published a report. It says ...": "it" may be the thing the verb names;
        # only after a verb of saying with no such object does the speaker go on as "it"
        return None
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "it":
        return _it_antecedent(subj, ix, lex, depth + 1)
    if subj is None or not _a_body(subj, ix, lex):
        return None
    # "The council said the audit was finished. It found ...": a body or document noun that is
    # the subject of a clause under the verb may be what "it" stands for as well (only a common
    # noun counts: a name there, "said Kavaria must prove ...", is not checked)
    rival = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and _a_body(t, ix, lex)
        for t in prev
        if t.i > subj.i
    )
    return None if rival else subj


def _a_body(tok: Token, ix: _Index, lex: CueLexicon) -> bool:
    """True for a singular noun or name that a subject "it" can stand for and that speaks: a
    group, body or document (``speakers``), or a name no person has."""
    if ix.person_in(tok.idx, tok.idx + len(tok.text)) is not None:
        return False
    if tok.tag_ == "NNP":
        return tok.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP")
    return tok.tag_ == "NN" and tok.lemma_.lower() in lex.speakers


def _named_apposition(head: Token) -> tuple[int, int] | None:
    """The proper name set beside a common noun ("the trade body, Water Providers Northbay,",
    "industry group the Reading Council"), as character offsets, or None."""
    roles = role_lexicon()
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i:
            if names_the_place_before(c, roles):
                continue  # "diplomats in the capital, Marn, said": the name is the capital's
            start = c.left_edge
            if start.dep_ == "det":
                start = start.doc[start.i + 1]
            end = c.right_edge
            if any(not (t.is_title and t.is_alpha) for t in c.doc[c.i + 1 : end.i + 1]):
                end = c  # only a name's own words: "Bread Without Borders", not a clause
            return start.idx, end.idx + len(end.text)
    return None


def _quoted_only(subj: Token, cue: Token, ix: _Index) -> bool:
    """True when a verb joined to another ("conj") inherits a subject that stands inside quoted
    words while the verb stands outside them."""
    return cue.dep_ == "conj" and ix.in_quote(subj.idx) and not ix.in_quote(cue.idx)


def _coordinated_subject(cue: Token, ix: _Index) -> Token | None:
    """The subject of a verb joined by "and", "or" or "but" right after a closing quotation
    mark ('X calls it "..." and promises ...'): the subject of the nearest verb before that
    quote, outside quoted words, in the same sentence (the parse may end a sentence at a quote:
    a stop outside quoted words or a line break ends the search); None when there is none."""
    doc = cue.doc
    j = cue.i - 1
    if j < 1 or doc[j].lower_ not in ("and", "or", "but") or not doc[j - 1].is_quote:
        return None
    for k in range(j - 1, max(j - 60, -1), -1):
        verb = doc[k]
        if "\n" in verb.text or (verb.text in (".", "!", "?") and not ix.in_quote(verb.idx)):
            return None
        if verb.pos_ != "VERB" or ix.in_quote(verb.idx):
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None and not ix.in_quote(subj.idx):
            return subj
    return None


def _cue_speaker(cue: Token, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    if cue.pos_ == "PROPN":
        return _headline_subject(cue, ix)
    if cue.lower_ != "according" and _as_aside(cue, lex):
        # "as first reported by the Ledger": the aside's own subject or agent, never the
        # subject of the clause it reports
        own = next((c for c in cue.children if c.dep_ == "nsubj"), None) or agent_of(cue)
        return _speaker(own, ix, lex) if own is not None else None
    if _bare_participle(cue):
        asker = agent_of(cue)
        return _speaker(asker, ix, lex) if asker is not None else None
    namer = _named_by(cue)
    if namer is not None:
        return _speaker(namer, ix, lex)
    author = _author_behind_preposition(cue, lex)
    if author is not None:
        return _speaker(author, ix, lex)
    subj = _according_source(cue) if cue.lower_ == "according" else _subject(cue)
    emb = embedded_before(cue, lex) if cue.lower_ != "according" else None
    if emb is not None and (subj is None or emb.what <= subj.i < emb.end):
        return _host_speaker(emb, cue, ix)
    if subj is not None and subj.head.i != cue.i and _quoted_only(subj, cue, ix):
        # 'Lumora calls it "the best tablet ever made" and promises "..."': the parse hung the
        # second verb on a verb inside the first quote; its subject is the first verb's
        subj = _coordinated_subject(cue, ix)
    if subj is not None and subj.dep_ in ("csubj", "nsubj"):
        subj = _after_fronted_participle(subj, cue) or subj
    if subj is None:
        subj = (
            _document_holder(cue, lex)
            or _stranded_subject(cue)
            or _numeric_subject(cue)
            or _rootless_subject(cue)
            or _interrupted_subject(cue, ix)
            or _subject_before_aside_close(cue)
        )
    if subj is None:
        return None
    if subj.dep_ == "nsubjpass" and subj.head.i == cue.i and not _contracted_perfect(cue, subj):
        # "X was asked whether ...", "X is expected to ...": the subject is who the words are
        # about; the speaker is the agent ("by Y") or no one named
        agent = agent_of(cue)
        if agent is None:
            return None
        subj = agent
    relative = subj.lower_ in lex.subject_relatives and subj.head.dep_ == "relcl"
    author = _publisher(subj.head.head, lex) if relative and subj.head.i == cue.i else None
    if author is not None:
        return _speaker(author, ix, lex)
    if not relative and subj.lower_ in ("who", "which"):
        misread = _misread_relative(subj, ix, lex)
        if misread is not None:
            return misread
    # "it said" / "it read" speaks for a thing named before (a letter, a company); "it is
    # said", "it is thought" name no speaker at all
    thing = subj.lower_ == "it" and subj.dep_ == "nsubj" and lex.lemma(cue) not in lex.thought
    if subj.lower_ in lex.impersonal_subjects and not (relative or thing):
        return None
    if subj.ent_type_ in ("DATE", "TIME") and subj.pos_ in ("PROPN", "NOUN"):
        # "Saturday at the convention Sen. Jan Roe said ...": a day is never who speaks; when
        # the parser took the opening time phrase for the subject, a person named after it
        # and before the verb is the one
        m = ix.last_person_in(subj.idx + len(subj.text), cue.idx)
        if m is not None:
            return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    credit_end = _dateline_end(subj, ix)
    if credit_end is not None:
        # the parser took the dateline for the subject: the speaker is named after it
        m = ix.person_in(credit_end, max(credit_end, cue.idx))
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2]) if m else None
    spk = _after_credit(_speaker(subj, ix, lex), subj, ix)
    if spk.person is None and subj.pos_ == "NOUN":
        named = _name_set_off(spk, cue, ix)
        if named is not None:
            return named
    if spk.person is None:
        spk.person = _document_author(subj, ix, lex)
    return spk


def _name_set_off(spk: _Speaker, cue: Token, ix: _Index) -> _Speaker | None:
    """ "Her co-author, Dr. Jan Roe of the Kell Institute, said ...": a person named right
    after a common-noun subject, set off by commas that close right before the verb, is that
    subject by name (the parser does not always hang the name on it as an apposition). The
    aside must hold no verb, so that "The firm, Roe told reporters, said" is left alone."""
    text = ix.text
    gap = text[spk.span[1] : cue.idx]
    if not gap.startswith(",") or not gap.rstrip().endswith(",") or len(gap) > 120:
        return None
    start = spk.span[1] + 1 + len(gap[1:]) - len(gap[1:].lstrip())
    m = ix.person_in(start, cue.idx)
    # the name opens the aside, after a title at most ("Dr.", "Prof.")
    if m is None or len(text[start : m[0]].split()) > 1:
        return None
    aside = cue.doc[ix.token_at(start).i : cue.i]
    if any(t.pos_ in ("VERB", "AUX") for t in aside):
        return None
    return _Speaker((m[0], m[1]), text[m[0] : m[1]], m[2])


def _after_credit(spk: _Speaker, subj: Token, ix: _Index) -> _Speaker:
    """The speaker without the dateline the subject's phrase runs into ("PORTHAVEN, May 2
    (Harbour Wire) - Roe Holdings said ..." is Roe Holdings): a dateline is a credit, never
    part of who speaks. The subject itself lies after the dateline's end."""
    end = _dateline_end(ix.token_at(spk.span[0]), ix)
    if end is None or not spk.span[0] < end <= subj.idx:
        return spk
    return _Speaker((end, spk.span[1]), ix.text[end : spk.span[1]], spk.person)


# determiners that take up a thing already named ("the statement", "this letter")
_DEFINITE = frozenset({"the", "this", "that"})


def _document_author(noun: Token, ix: _Index, lex: CueLexicon) -> str | None:
    """The person who put out a document taken up again as the subject of a verb of saying:
    "Roe published a statement on Monday. The statement reads: ..." A definite document noun
    points back to the same noun just before it, in its own sentence or the previous one; when
    that one is the object of a verb that puts words forward (``light_verbs``: publish, issue,
    send ...) and the verb's subject is a person, the document speaks for that person. The
    speaker stays the document as written; only the person it stands for is filled in."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in document_nouns():
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    doc = noun.doc
    start = doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    for tok in reversed(doc[start : noun.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
            continue
        author = _publisher(tok, lex)
        return _speaker(author, ix, lex).person if author is not None else None
    return None


def _host_speaker(emb: Embedded, cue: Token, ix: _Index) -> _Speaker | None:
    """ "Victims of what police said was an arson told ...": the speaker is the noun phrase
    the embedded attribution hangs on, never the thing it names (the parser's subject there);
    with nothing to hang on ("What police said was ... told"), no one is named."""
    if emb.host is None:
        return None
    doc = cue.doc
    start, end = doc[emb.host].idx, doc[emb.end - 1].idx + len(doc[emb.end - 1].text)
    m = ix.person_in(start, doc[emb.what - 1].idx)
    return _Speaker((start, end), ix.text[start:end], m[2] if m else None)


def reports_a_named_person(
    ix: _Index, lex: CueLexicon, start: int, end: int, any_name: bool = False
) -> bool:
    """True when a sentence of text[start:end] reports a named person's words: its main verb is
    a finite verb of saying with a clause or an object, and its subject is a name the text
    gives a person ("Ben Ash said the plan would cost too much."). Inside a quotation a
    speaker rarely names someone by name as the subject of "said"; the writer does it all
    the time, so such a line is narration (used to keep two stray marks from quoting it).
    With ``any_name`` a subject that is a name counts even when the text gives no person that
    name ('“It is over,” said Ana Holt.' where the tagger missed her)."""
    for sent in ix.sents[bisect_left(ix.sent_starts, start) :]:
        if sent.start_char >= end:
            return False
        root = sent.root
        if not lex.is_cue(root) or root.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if not any(c.dep_ in ("ccomp", "dobj") for c in root.children):
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.pos_ == "PROPN"
            and (any_name or ix.person_in(subj.idx, subj.idx + 1))
        ):
            return True
    return False


def _headline_subject(cue: Token, ix: _Index) -> _Speaker | None:
    """The subject of a headline verb the parser took for a name ("Mayor Slams Plan"): the
    capitalised words from the line's start to the verb, four at most."""
    start = cue.sent.start
    words = [t for t in cue.doc[start : cue.i] if not t.is_space]
    if not 1 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return None
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    m = ix.person_in(s, e)
    if m is not None and s <= m[0] and m[1] <= e:
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    # a name the tagger ran on into the verb ("Jan Roe Slams Plan" as one name) is cut there
    return _Speaker((s, e), ix.text[s:e], ix.person_named(ix.text[s:e]))


def _misread_relative(rel: Token, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """ "They went to the port office, which reported ...": a relative pronoun whose clause the
    parse hung elsewhere (as an adverbial clause) still stands for the noun right before it;
    the mention runs from that noun phrase to the pronoun, as for a well-parsed relative."""
    if rel.i == 0:
        return None
    ante = rel.doc[rel.i - 1]
    if ante.pos_ not in ("NOUN", "PROPN"):
        return None
    ante = _past_time_phrase(ante)
    found = _speaker(ante, ix, lex, 1)
    s, _ = _np_span(ante)
    end = rel.idx + len(rel.text)
    return _Speaker((min(s, found.span[0]), end), found.text, found.person)


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _past_place(noun: Token, relative: Token) -> Token:
    """ "Jan Roe, a nurse from Kendal, who told reporters ...": "who" stands for a person,
    never for a place, so when the parse hangs the clause on a place closing a phrase, the
    pronoun stands for the noun that phrase modifies, and for the name that noun is set
    beside. "which" and "that" may mean the place."""
    if relative.lower_ != "who" or noun.ent_type_ not in _PLACE_ENTITIES or noun.dep_ != "pobj":
        return noun
    prep = noun.head
    target = prep.head
    if prep.dep_ != "prep" or target.pos_ not in ("NOUN", "PROPN") or target.i > noun.i:
        return noun
    if target.dep_ == "appos" and target.head.pos_ == "PROPN" and target.head.i < target.i:
        return target.head  # "Jan Roe, a nurse from Kendal, who": Jan Roe
    return target


def _past_time_phrase(noun: Token) -> Token:
    """ "Roe released her records in July, which showed ...": a date or time that closes the
    phrase before "which" only says when; the relative stands for the noun the time phrase
    follows (the object of the verb it hangs on, or the noun it modifies)."""
    if noun.ent_type_ not in ("DATE", "TIME") or noun.dep_ != "pobj":
        return noun
    target = noun.head.head
    if target.pos_ in ("NOUN", "PROPN"):
        return target
    obj = next((c for c in target.children if c.dep_ == "dobj" and c.i < noun.i), None)
    return obj if obj is not None else noun


def _after_fronted_participle(subj: Token, cue: Token) -> Token | None:
    """ "Asked whether ..., the chief executive, Jan Roe, said ...": the parser may take a
    participle phrase that opens the sentence for the verb's clausal subject and hang the
    noun phrase after its comma on a word inside it. That noun phrase, set off by the comma
    and ending right before the verb (a comma at most between), is who says it."""
    doc = cue.doc
    if subj.tag_ not in ("VBN", "VBG", "VBD") or subj.pos_ != "VERB" or subj.i > cue.i:
        return None
    if any(not (t.is_space or t.is_punct) for t in doc[subj.sent.start : subj.i]):
        return None  # the phrase must open its sentence
    j = cue.i - 1
    if j > subj.i and doc[j].text == ",":
        j -= 1
    noun = doc[j]
    while noun.dep_ in ("appos", "compound", "flat") and subj.i < noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= subj.i + 1:
        return None
    start = noun.left_edge.i
    return noun if start > subj.i and doc[start - 1].text == "," else None


def _subject_before_aside_close(cue: Token) -> Token | None:
    """ "the trust, whose chair, Jan Roe, has called the plan '...'": after a relative clause
    the parser may leave the finite verb with no subject. A name set off as an apposition that
    ends, with its closing comma, right before the verb (or the auxiliary that opens it) is who
    says it."""
    doc = cue.doc
    first = min([c for c in cue.children if c.dep_ in ("aux", "neg") and c.i < cue.i] + [cue])
    if first.tag_ not in FINITE_TAGS or first.i < 3:
        return None
    if doc[first.i - 1].text != ",":
        return None
    prev = doc[first.i - 2]
    if prev.pos_ != "PROPN" or prev.dep_ != "appos" or prev.head.i >= prev.i:
        return None
    if doc[prev.left_edge.i - 1].text != ",":
        return None  # the name must be set off by commas on both sides
    return prev


def _stranded_subject(cue: Token) -> Token | None:
    """ "Tuesday, on the trail for his wife, former president Jan Roe said ...": after a long
    opening the parser may hang the name on a word before it (as an apposition, or as a
    conjunct of a noun there) and leave the finite verb with no subject. A name or noun right
    before such a verb, and not its own dependent, is who says it."""
    if (
        cue.tag_ not in ("VBD", "VBZ", "VBP", "VB")
        or cue.i == 0
        or cue.dep_ not in ("ROOT", "ccomp")
    ):
        return None
    prev = cue.doc[cue.i - 1]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.head.i == cue.i:
        return None
    if prev.dep_ == "conj" and prev.head.pos_ == "PROPN" and prev.i - prev.head.i <= 3:
        return prev.head  # "..., Roe and Doe call them ...": the first of the coordinated names
    return prev if prev.dep_ == "appos" else None


# words that open a phrase set off between a subject and its verb: a relative pronoun or a
# participle ("Roe, whose father ..., said", "Roe, sentencing him, said")
_INSERT_OPENERS = frozenset({"WP", "WP$", "WDT", "VBG", "VBN"})


def _misread_participle(verb: Token) -> bool:
    """ "Roe, asked about it, said ...": a past form the tagger read as a finite verb, hung on
    the verb after it as an adverbial clause with no subject of its own, is a participle."""
    return (
        verb.tag_ == "VBD"
        and verb.dep_ in ("advcl", "parataxis")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _interrupted_subject(cue: Token, ix: _Index) -> Token | None:
    """ "Judge Jan Roe, sentencing him at the crown court, said ...", "In a letter read by Doe,
    Jan Roe, whose father worked there, said ...": a phrase set off by commas between a name
    and its verb may lead the parser to make the name the subject of that phrase, or the
    object of a fronted phrase, and leave the finite verb with no subject. The person named
    right before the opening comma of that phrase (a relative clause or a participle, ending
    with the comma right before the verb) is the verb's subject; a name earlier in the
    sentence, in a fronted phrase, is not."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    start = cue.sent.start
    for j in range(cue.i - 2, max(start, cue.i - 40), -1):
        if doc[j].text != ",":
            continue
        if doc[j + 1].tag_ not in _INSERT_OPENERS and not _misread_participle(doc[j + 1]):
            return None  # the nearest comma opens no relative or participle phrase
        name = doc[j - 1]
        m = ix.person_in(name.idx, name.idx + len(name.text))
        if m is None or m[1] != name.idx + len(name.text):
            return None
        if name.pos_ not in ("PROPN", "NOUN") and not name.text[:1].isupper():
            # a rare surname the tagger calls an adverb ("Evjenth, asked about it, said") is
            # still the person mention that ends there
            return None
        return name
    return None


def _rootless_subject(cue: Token) -> Token | None:
    """ "Roe, a council member, called the budget 'weak.'", '"Why?" the 19-year-old asked.':
    a sentence needs a finite verb; when the parser found none (its root is the noun phrase
    that opens it) and read the verb of saying after that phrase as a participle describing
    a noun, the verb is the sentence's own and the opening phrase its subject. A true reduced
    relative ("the plan, called 'a trap' by critics") has a "by" agent or only the quote for
    its complement, and is left alone."""
    root = cue.sent.root
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or not root.i < cue.i:
        return None
    if root.pos_ == "ADJ":
        # "the 19-year-old": an adjective made a noun by its article
        if not any(c.dep_ == "det" for c in root.children):
            return None
    elif root.pos_ not in ("NOUN", "PROPN"):
        return None
    if agent_of(cue) is not None or any(c.dep_ == "nsubj" for c in root.children):
        return None
    kids = [c for c in cue.children if c.i > cue.i]
    takes_object = any(c.dep_ in ("dobj", "oprd", "ccomp") and not c.is_quote for c in kids)
    bare = all(c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in kids)
    if not takes_object and not bare:
        return None
    if takes_object and not _quote_follows(cue):
        return None
    return root


def _quote_follows(verb: Token) -> bool:
    """True when a quotation mark stands after an object of the verb, in its sentence (the
    quoted words are what the verb calls the object)."""
    return any(t.is_quote for t in verb.doc[verb.i + 1 : verb.sent.end])


def _document_holder(cue: Token, lex: CueLexicon) -> Token | None:
    """Who puts out the words a document says: 'Roe issued a statement saying ...', 'her
    office released a video saying ...', 'Roe's letter saying ...'.

    A participle of saying that describes a noun has no subject of its own; the words are those
    of the noun's author: its possessor, its "by"/"from" X, or the subject of a verb that puts
    words forward (``light_verbs``: issue, release, send, post, carry ...). A thing merely seen
    or found ("saw a sign saying ...") names no author.
    """
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.pos_ != "NOUN":
        return None
    noun = cue.head
    for c in noun.children:
        if c.dep_ == "poss":
            # "she amended her letter saying ...": the clause's subject names the author
            # better than the possessive pronoun bound by it
            subj = _subject(noun.head) if noun.dep_ == "dobj" else None
            if c.lower_ in _POSSESSIVES and subj is not None and subj.i < c.i:
                return subj
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < cue.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    obj = noun
    while obj.dep_ == "conj" and obj.head.i < obj.i:
        obj = obj.head  # "held candles and signs reading ...": the verb of the first object
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in lex.light_verbs:
        return None
    # "marched, carrying signs saying ...": a participle's subject is its clause's
    subj = _subject(obj.head)
    return subj if subj is not None and subj.dep_ == "nsubj" else None


def _author_behind_preposition(cue: Token, lex: CueLexicon) -> Token | None:
    """The author of a document that a participle of saying describes when the parse hangs
    the participle on the document's "from"/"by" phrase or on the verb: 'carried a statement
    from the ministry describing Kell as "..."' (the parse reads "describing" as the
    preposition's complement, or as a clause of "carried") is the ministry's description, not
    that of whoever carried the statement. A
    participle of saying joined to such a one by "and" but hung on the finite verb before it
    ('... describing Kell as "..." and saying her detention was lawful') is the same author's:
    an "-ing" form is never coordinated with a finite verb."""
    if cue.tag_ != "VBG":
        return None
    if cue.dep_ == "conj" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
        return _author_behind_preposition(cue.head, lex)  # "describing ... and saying ..."
    if cue.dep_ == "conj" and cue.head.tag_ in ("VBD", "VBZ", "VBP"):
        # the nearest participle of saying between the finite verb and this one
        earlier = next(
            (
                t
                for t in reversed(cue.doc[cue.head.i + 1 : cue.i])
                if t.tag_ == "VBG" and lex.is_cue(t)
            ),
            None,
        )
        return _author_behind_preposition(earlier, lex) if earlier is not None else None
    if cue.dep_ not in ("pcomp", "advcl", "acl") or cue.i < 3:
        return None
    # the words right before the participle end the object of "from"/"by" that follows the
    # document noun, wherever the parse hung the participle and the preposition
    author = cue.doc[cue.i - 1]
    while author.dep_ != "pobj" and author.head.i != author.i and author.head.i < cue.i:
        author = author.head
    prep = author.head
    if (
        author.dep_ != "pobj"
        or prep.lower_ not in ("from", "by")
        or author.right_edge.i != cue.i - 1
    ):
        return None
    noun = cue.doc[prep.i - 1]
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (lemma in lex.nouns or lemma in document_nouns()):
        return None
    return author


def _publisher(noun: Token, lex: CueLexicon) -> Token | None:
    """Who put out a document that says something: 'Roe released a video that accuses Doe of
    ...'. A document (``speakers`` or a noun of saying) that is the object of a verb that puts
    words forward (``light_verbs``) speaks for that verb's subject; None otherwise."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    words = lex.speakers | lex.nouns
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return None  # the written form too: the small model lemmatises "data" as "datum"
    subj = light_verb_subject(noun, lex)
    return None if subj is None or subj.lower_ == "who" else subj


def light_verb_subject(noun: Token, lex: CueLexicon) -> Token | None:
    """ "Roe made the argument that ...", "Roe repeated the claim that ...", "Roe released a
    video": the object of a verb that puts words forward (``light_verbs``) is the verb's
    subject's ("the deal fuelled speculation that ..." is nobody's words); None where that
    subject names no one ("it", "there", "which": ``[impersonal_subjects]``)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lex.light_verbs:
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in lex.impersonal_subjects:
        return None
    return subj


def _named_by(verb: Token) -> Token | None:
    """ "Tarrow, called 'the Gateway of the North' by its residents, ...": a verb with a
    name or label as its object predicate, no object of its own and "by X" is a passive the
    parser read as active; X gives the name, not the subject the name is given to."""
    kids = list(verb.children)
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in kids):
        return None
    if not any(c.dep_ == "oprd" for c in kids):
        return None
    by = next((c for c in kids if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _contracted_perfect(cue: Token, subj: Token) -> bool:
    """ "He's said he will run": "'s" before a participle is "has" when the subject is a person
    ("it's said that ..." stays a passive with no speaker)."""
    return subj.lower_ not in cue_lexicon().impersonal_subjects and any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in cue.children
    )


def agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive verb: X. After an "as" phrase the parser often hangs "by X" on the
    phrase's noun ("is seen as a risk by the council", "was described as a disgrace by the
    mayor"); on a passive it is the verb's agent all the same, unless the noun is a work whose
    "by" names its maker ("is seen as a novel by Jan Roe")."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() in cue_lexicon().mentions.works:
                continue
            by = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ == "by"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
            if agent is None or any(t.lower_ == noun.lower_ for t in agent.subtree):
                continue  # (not "a step by step plan")
            if _a_who(agent):
                return agent
    return None


def _a_who(tok: Token) -> bool:
    """Whether ``tok``, a "by" object the parser hung on an "as" phrase, can be who holds the
    view: a name, a personal pronoun, a plural ("by critics") or a noun with its determiner ("by
    the council", "by some residents") - not a bare singular noun, which gives a manner or a
    standard ("by default", "by definition", "by mistake"), nor "by any measure"."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which")
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    measures = cue_lexicon().measure_determiners  # ([as_clause] measure_determiners)
    return bool(dets) and all(d.lower_ not in measures for d in dets)


def is_agentless_passive(cue: Token) -> bool:
    """A passive verb of saying or thinking with no "by X": its words belong to no one named."""
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)
    if subj is not None and _contracted_perfect(cue, subj):
        return False
    return (passive or _bare_participle(cue)) and agent_of(cue) is None


def _saying_above(verb: Token) -> Token | None:
    """The verb of saying above ``verb`` that a "that" clause under ``verb`` belongs to, when
    the parse hung the clause on a clause of time ("said when asked about the levy that it
    had failed"): the verb above says nothing else (no object or clause of its own). None
    where the verb above is no verb of saying ("wept when told that the mill would close":
    the clause is what she was told) or the clause is a question ("when asked whether")."""
    if verb.dep_ == "advcl":
        above: Token | None = verb.head
    else:  # a relative clause: the verb its noun hangs on
        above = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if above is None or above.lemma_.lower() not in cue_lexicon().verbs:
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in above.children):
        return None
    return above if _that_clause_under(verb) else None


def _that_clause_under(verb: Token) -> bool:
    """A clause opened by "that" with a subject of its own anywhere under ``verb``, as its
    content or hung on a noun of its phrase ("asked about the plan that it was a disgrace",
    where the parse may read "that" as a relative pronoun); not a relative clause whose
    subject is the "that" ("asked about the report that found ...")."""
    for t in verb.subtree:
        if t.dep_ not in ("ccomp", "acl", "relcl") or t.left_edge.lower_ != "that":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in t.children):
            return True
    return False


def _bare_participle(cue: Token) -> bool:
    """ "Asked about the budget, Roe said ...", "When told of the vote, Roe ...", "..., said
    Roe, asked about the delay", "Roe said little when asked": a past participle heading an
    adverbial clause with no subject or auxiliary of its own is passive. The main clause's
    subject is who was asked, not who asked; the asker goes unnamed. The small model often
    tags the participle as a past tense ("Asked" opening a paragraph): without a subject it
    is a participle all the same."""
    if cue.tag_ not in ("VBN", "VBD") or cue.dep_ not in ("advcl", "acl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children):
        return False
    if cue.i < cue.head.i:
        # a past-tense tag counts only on the sentence's first word, where nothing else fits
        opens = all(t.is_space for t in cue.doc[cue.sent.start : cue.i])
        return cue.tag_ == "VBN" or opens
    # after its clause, set off by a comma ("said Roe, asked about ...") or opened by a word
    # of its own that makes it a clause of time or condition ("said little when asked about
    # ...", "if asked"); not "as", which compares ("the claim as stated"), nor an adverb such
    # as "then" or "later"; and not over a "that" clause, which the parse hung on the
    # participle but the verb before says ("said when asked about it that it was a scam")
    if cue.dep_ != "advcl" or cue.i == 0:
        return False
    before = cue.doc[cue.i - 1]
    if before.text == ",":
        return True
    if before.head.i != cue.i or _saying_above(cue) is not None:
        return False
    return (before.dep_ == "mark" and before.lower_ != "as") or (
        before.dep_ == "advmod" and before.tag_ == "WRB"
    )


def _dateline_end(tok: Token, ix: _Index) -> int | None:
    """Where the dateline ends when ``tok`` is part of one ("PARIS (Agency) —"), else None."""
    line_start = ix.text.rfind("\n", 0, tok.idx) + 1
    if tok.idx - line_start > 60:
        return None
    m = _DATELINE.match(ix.text, line_start) or _CREDIT_LINE.match(ix.text, line_start)
    return m.end() if m is not None and tok.idx < m.end() else None


@cache
def _speaker_words(key: str) -> frozenset[str]:
    """One word list of ``[speakers]`` in ``reporting_verbs.toml``, loaded and checked once."""
    words = reporting_verbs()["speakers"].get(key, [])
    if not all(isinstance(w, str) and w == w.lower() for w in words):
        raise DataFileError(f"reporting_verbs.toml: [speakers] {key} must be lower-case words")
    return frozenset(words)


def poll_nouns() -> frozenset[str]:
    """Nouns for instruments that ask people what they think (``polls``)."""
    return _speaker_words("polls")


def document_nouns() -> frozenset[str]:
    """Documents that carry words and can be taken up again (``documents``)."""
    return _speaker_words("documents")


def saying_nouns() -> frozenset[str]:
    """Words for something a person says or goes by (``sayings``)."""
    return _speaker_words("sayings")


def poll_source(tok: Token, lex: CueLexicon) -> Token | None:
    """The poll of "in a poll" on a verb of saying or thinking ("In a survey released Monday,
    60 percent said ...", "Voters said in a poll that ..."): the poll reports what its
    respondents say. A named body or person as the verb's subject ("In a poll of 800 voters,
    the Roe Institute found ...") made the poll and speaks for itself. Returns the poll's
    noun, or None."""
    verb = poll_verb(tok, lex)
    if verb is None:
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in poll_nouns():
        return None
    subj = _subject(verb)
    if subj is not None and subj.ent_type_ in ("ORG", "PERSON"):
        return None
    return obj


def poll_verb(prep: Token, lex: CueLexicon) -> Token | None:
    """The verb of saying or thinking an "in" phrase tells the setting of: the verb it hangs
    on, the verb whose subject it is part of ("a third of those in a poll said ..."), or
    the verb whose reported clause it closes ("Voters said they were upset in a poll this
    month"). None for any other "in"."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    head = prep.head
    if lex.is_cue(head):
        return head
    noun = head
    while noun.dep_ in ("pobj", "prep") and noun.head is not noun:
        noun = noun.head  # "some of the people in a poll"
    if noun.dep_ == "nsubj" and lex.is_cue(noun.head):
        return noun.head
    closes = prep.right_edge.i + 1 >= head.right_edge.i
    if head.dep_ == "ccomp" and lex.is_cue(head.head) and closes:
        return head.head
    return None


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _cue_tokens(tokens: list[Token], lex: CueLexicon) -> list[Token]:
    """The cues among ``tokens`` that can give a direct quote its speaker."""
    return [t for t in tokens if (lex.is_cue(t) and not withholds(t, lex)) or _is_according(t)]


def withholds(cue: Token, lex: CueLexicon) -> bool:
    """True for a verb of saying that is denied or refused ("did not reply", "would not
    comment", "declined to say", "refused to answer"): it says that someone gave no words, so
    the quote beside it is someone else's (a letter's, a statement's) or no one's named."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    if lex.lemma(cue) in lex.withheld:
        return True
    return cue.dep_ == "xcomp" and lex.lemma(cue.head) in lex.withheld


def withheld_words(verb: Token, lex: CueLexicon) -> bool:
    """True for a verb that holds something back ([withheld]) whose "to" clause is a verb of
    giving words ([withheld] says), whatever that verb's object or clause ("declined to
    comment", "refused to say whether she would run", "declined to confirm the report",
    "refused to deny that she knew", "declined to identify the buyer"): no words were given,
    so nothing is reported and nothing claimed. "Refused to pay the fine" holds a stance, and
    "refused to release his records", "refused to apologise" refuse an act; they still
    report, and so does a phrasal verb ("refused to speak out")."""
    if lex.lemma(verb) not in lex.withheld:
        return False
    return any(
        c.dep_ == "xcomp"
        and lex.lemma(c) in lex.withheld_says
        and not any(g.dep_ == "prt" for g in c.children)
        for c in verb.children
    )


def placeholder_only(verb: Token, lex: CueLexicon) -> bool:
    """True for a verb of saying whose one content is an object that names only the kind of
    thing said ([placeholders]: "will report its findings", "announced its decision"), with
    nothing on it but a determiner, an owner or an adjective: no content is reported."""
    if any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")
        or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS)
        for c in verb.children
    ):
        return False  # "findings about the dam", "described the verdict as unfair": content
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objs) == 1 and (
        objs[0].lower_ in lex.placeholders
        and all(_bare_part(c) or _when(c) for c in objs[0].children)
    )


# prepositions that say what something said is about ("findings on the dam") or what it is
# called ("described the verdict as unfair")
_TOPIC_PREPS = frozenset({"about", "on", "over", "of", "against", "into", "regarding", "as"})


def _bare_part(tok: Token) -> bool:
    """An article, an adjective or an owner that is a pronoun ("its findings"): the noun stays
    a bare kind of thing. An owner by name ("Gore's decision") says whose news it is, and the
    news is the content."""
    return tok.dep_ in ("det", "amod") or (tok.dep_ == "poss" and tok.pos_ == "PRON")


def _when(prep: Token) -> bool:
    """ "its decision on Friday": a preposition whose object is a date or a time (the parse can
    hang it on the noun) says when, not what about."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children
    )


def _as_aside(cue: Token, lex: CueLexicon) -> bool:
    """ "As Roe reported, ...", "..., as first reported by the Ledger": an aside with "as" that
    gives the source of the main clause, which is what it reports."""
    if cue.dep_ != "advcl" or lex.lemma(cue) not in lex.as_clause:
        return False
    kids = list(cue.children)
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.lower_ != "it" for c in kids):
        return False
    if any(_topic_after(cue, c, lex) for c in kids):
        return False  # "..., as the police chief warned of more crime": a report of its own
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)


def _topic_after(cue: Token, prep: Token, lex: CueLexicon) -> bool:
    """Whether ``prep`` after an "as" verb brings the verb's own content: one of the verb's
    content prepositions ("as Roe warned of more crime"), or, for such a verb, "on" or "over"
    before a common noun that is no time and no channel ("warns on crime"; not "warned on
    Monday", "wrote on Twitter" or "warned on radio"). Then the clause before "as" is no
    report of that verb."""
    own = lex.frames(cue) & PREP_FRAMES
    if prep.dep_ != "prep" or prep.i < cue.i or not own:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return False
    if prep.lower_ in own:
        return True
    if obj.lower_ in lex.channels:
        return False  # "warned on radio", "argued on air", "warned over the phone": a channel
    return prep.lower_ in lex.topic_prepositions and obj.is_lower and obj.tag_ in ("NN", "NNS")


_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
