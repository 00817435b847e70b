"""Reported speech on the dependency parse: indirect quotes and their content spans.

A verb of saying with a subject and a content clause or object (or its preposition's object, or
"as"), "as X reported" asides, "according to X", "X said:" with no mark after the colon, and nouns
and adjectives of saying or belief ("the claim that ...", "X was certain that ..."). A colon
lead that ends its line and sets out an unmarked paragraph quotes it directly (``blocks``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.furniture import stance_piece
from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.blocks import announced_block, block_after, lead_mark
from contextreader.analysis.quotes.direct import (
    _Builder,
    _clause_of_a_noun,
    _shown_saying,
    _speaker_can_speak,
    _thing_cannot_say,
    bracketed_title,
)
from contextreader.analysis.quotes.embedded import embedded_at, inside_embedded
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import (
    LEAD_COLON_WORDS,
    PREP_FRAMES,
    CueLexicon,
    cue_lexicon,
    phrasal_clause,
)
from contextreader.analysis.quotes.marks import has_mark
from contextreader.analysis.quotes.modality import (
    appeal,
    denied_fact,
    foreseen,
    prescribed,
    purpose_only,
    sought_knowledge,
)
from contextreader.analysis.quotes.questions import QUESTION_WORDS, question_put
from contextreader.analysis.quotes.speakers import (
    _DATELINE,
    _POSSESSIVES,
    _as_aside,
    _cue_speaker,
    _is_according,
    _repeated_verb,
    _Speaker,
    _speaker,
    _subject,
    chained_clause,
    is_agentless_passive,
    joined_act,
    light_verb_subject,
    placeholder_only,
    poll_source,
    poll_verb,
    trailing_misread,
    withheld_words,
)
from contextreader.report import Quote


def _anyone(spk: _Speaker, cue: Token) -> bool:
    """A speaker outside quotation marks who is anyone at all: "you" ("until you read the small
    print") or a generic "one" in the present or with a modal ("one wonders", "one might say");
    the sentence is the writer's, addressed to the reader. "One said the car was speeding" is
    one of some people named before, and "I" and "we" are the writer's own stance (reported)."""
    word = spk.text.lower()
    if word == "you":
        return True
    if word != "one":
        return False
    return cue.tag_ in ("VBZ", "VBP", "VB") or any(c.tag_ == "MD" for c in cue.children)


def _content_span(cue: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """Token range of what a verb of saying reports, by its frame."""
    emb = embedded_at(cue, lex)
    if emb is not None:
        return emb.predicate, emb.end  # "what police said was an arson": X reports "was Y"
    frames = lex.frames(cue)
    kids = list(cue.children)
    gapped = gapped_relative(cue)
    if gapped is not None and gapped.dep_ == "ccomp":
        return gapped.left_edge.i, gapped.right_edge.i + 1
    label = gapped if gapped is not None else _relative_label(cue, lex)
    if label is not None and _name_given(cue, label, lex):
        return None  # "a dog they called Rex": a name given (``gives_a_name``), no view
    if label is not None:
        return label.left_edge.i, _label_end(cue, label)
    first = chained_clause(cue)  # "She paused, then said ...": "She paused" is not said
    chained = -1 if first is None else first.i
    for c in kids:
        if f"{lex.lemma(cue)} {c.lower_}" in lex.phrasal:
            # "made clear that ...": the adjective is the verb's particle, not what it says
            clause = phrasal_clause(c)
            if clause is not None:
                return clause.left_edge.i, clause.right_edge.i + 1
            if c.left_edge.i == c.right_edge.i:
                continue
        if (
            c.dep_ == "ccomp"
            and not _small_clause(c, cue, lex)
            and not _fronted_report(c, cue, lex)
            and not _embedded(c, cue, lex)
            and not _before_colon(c, cue)
            and not _relative_opening(c)
            and not _content_after(cue, c, frames)
            and not _relative_after_object(cue, c, frames)
            and c.i != chained
        ):
            stop = min(
                _repeat_cut(cue, c),
                _new_report_cut(c, lex),
                _comment_cut(c, lex),
                _speaker_act_cut(c),
                _contrast_cut(c, lex),
            )
            if stop == c.right_edge.i + 1:
                stop = _coordinated_end(cue, c, _run_on_end(cue, c, lex))
            start = _clause_start(cue, c, lex)
            end = _name_after_noun(cue, _appositive_cut(cue.doc, start, stop))
            return _trailing_content(cue, c) or (start, end)
    after_object = _that_after_object(cue, lex) or _clause_after_person_told(cue)
    if after_object is not None:
        return after_object
    if cue.dep_ == "parataxis":
        return _interrupted_content(cue)
    if trailing_misread(cue):
        # "..., the companies announced on Monday.": the clause before the comma
        return cue.sent.start, cue.head.left_edge.i - 1
    spliced = _spliced_report(cue, frames)
    if spliced is not None:
        return spliced
    if _as_aside(cue, lex):
        if _opens_quote_after(cue):
            return None  # "..., as one aide put it, 'X'": the aside gives the quote, not the clause
        return _according_content(cue)
    for c in kids:
        if "infinitive" in frames and c.dep_ == "xcomp":
            if lex.summoned(cue) and any(k.dep_ == "auxpass" for k in kids):
                return None  # "police were called to move the crowd": summoned, no words
            return c.left_edge.i, c.right_edge.i + 1
        if "object" in frames and c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that"):
            if _figure(cue, c, lex) or _physical_act(cue, c, lex):
                return None
            end = _as_complement_end(cue, c, frames & PREP_FRAMES)
            if c.tag_ in ("WDT", "WP") and c.i < cue.i and end > c.right_edge.i + 1:
                # "the stage, which Roe described as 'noisy'": the relative pronoun stands for
                # a noun outside the clause; what she said of it is the "as" phrase
                return _as_phrase_start(cue, c), end
            cut = _aside_cut(c, lex) if end == c.right_edge.i + 1 else None
            return c.left_edge.i, end if cut is None else cut
        if "as" in frames and c.dep_ == "dobj" and _as_complement_end(cue, c) > c.right_edge.i + 1:
            return c.left_edge.i, _as_complement_end(cue, c)  # "sees the plan as a trap"
        if c.dep_ == "dobj" and _predicate_after(cue, c) is not None:
            # "called the plan a 'blueprint' for growth": what the speaker calls it is the report
            return c.left_edge.i, _as_complement_end(cue, c)
    after_prep = None if "quote" in frames else _that_after_prep(cue)
    return _prep_content(cue, frames, lex) or after_prep or _inverted_content(cue, lex)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _name_after_noun(cue: Token, end: int) -> int:
    """The end of the content, run on over a person's name right after the common noun it
    ends on ("she is engaged to actor boyfriend | Jan Roe": the parse may hang the name on
    the main verb, yet it names the boyfriend). Only content after the verb of saying: in
    "The tax was a disaster Jan Roe said" the name is the speaker's."""
    doc = cue.doc
    if end < 2 or end >= len(doc) or not doc[end - 1].whitespace_ or end <= cue.i:
        return end
    last, nxt = doc[end - 1], doc[end]
    if last.tag_ not in ("NN", "NNS") or not last.is_lower:
        return end
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B":
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if any(t.head == cue and t.dep_ in ("nsubj", "nsubjpass") for t in doc[end:stop]):
        return end  # "..., she told actor Jan Roe" is fine; the cue's own subject is not
    return stop


def _coordinated_end(cue: Token, clause: Token, stop: int) -> int:
    """Where content really ends when the parse split it into two clauses of the cue, the
    second right after the first: 'said claims must be approved and that "X" was not among
    them' (the coordinator left on the first clause: both are said), or 'said the levels
    found in tap water were "lower"' ("the levels found" read as a clause, "were ..." as a
    second one with no subject: one clause, whose subject is the first)."""
    doc = cue.doc
    nxt = next(
        (k for k in cue.children if k.dep_ == "ccomp" and k.i > clause.i and k.left_edge.i == stop),
        None,
    )
    if nxt is None or stop <= 0:
        return stop
    last = doc[stop - 1]
    joined = last.dep_ == "cc" and last.head.i == clause.i
    subjectless = (
        not last.is_punct
        and last.dep_ != "cc"  # "thinks it should be released but said ...": a second act
        and not any(c.dep_ in _SUBJECT_DEPS for c in nxt.children)
    )
    return nxt.right_edge.i + 1 if joined or subjectless else stop


def _interrupted_content(cue: Token) -> tuple[int, int]:
    """What a verb of saying set off by commas inside a sentence reports (the parse hangs it on
    a word of the sentence as parataxis): the side that holds the verb of the clause it
    interrupts. "Sales fell in May, Roe said, and the shop closed": the clause the aside
    follows ("Sales fell in May") is what Roe is said to have said; what comes after it ("and
    the shop closed", "so that ...") may be the writer's own and is left out. "Though sales
    fell, Roe said, the shop will stay open", "The point, Roe said, is that ...": the clause's
    verb comes after the aside (past a subordinate clause or the subject the parse hung it
    on), and so does the report. Quoted words after the aside are the speaker's own and are
    its content ("..., she said, and 'we were amazed'"). A verb before the aside whose clause
    goes on past it ("It was, Roe said, the worst winter", "There is, Roe said, no way out": its
    attribute or object follows) leaves the report after the aside too. With no verb found, the
    longer side."""
    sub = cue.sent
    s, e = sub.start, sub.end
    before, after = (s, cue.left_edge.i), (cue.right_edge.i + 1, e)
    verb = cue.head
    while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "advcl"):
        verb = verb.head
    quoted_after = any(t.is_quote for t in cue.doc[after[0] : after[1]])
    if verb.pos_ in ("VERB", "AUX") and not quoted_after and verb.i != cue.i:
        if verb.i > cue.left_edge.i:
            return after
        if _goes_on_after(cue, verb):
            return s, e
        if not _completed_after(verb, cue):
            return before
        # the aside ends at its closing comma, though the parse may hang words after it on
        # the verb of saying ("There is, Roe said, no way out", with "out" on "said")
        close = next((t.i for t in cue.doc[cue.i + 1 : after[0]] if t.text == ","), None)
        return after if close is None else (close + 1, e)
    return before if before[1] - before[0] > after[1] - after[0] else after


# what a verb needs to make its clause: its attribute, complement, object or clause
_REQUIRED_DEPS = frozenset({"attr", "acomp", "dobj", "ccomp", "xcomp", "oprd"})


def _goes_on_after(cue: Token, verb: Token) -> bool:
    """True when the clause of ``verb`` that an aside interrupts goes on after it ("The debt
    would be paid, the auditors wrote, with cuts to the budget"): the words right after the
    aside's closing comma, to the end of the sentence, are a prepositional phrase of that verb
    (or of the verb of saying, where the parse hangs it there), no clause, conjunction or
    quotation of their own, nor a report of their own ("..., including a plan they say will
    fail"), so the report is the whole sentence."""
    doc = cue.doc
    close = next((t for t in doc[cue.i + 1 : cue.right_edge.i + 1] if t.text == ","), None)
    if close is None or close.i + 1 >= len(doc):
        return False
    nxt = doc[close.i + 1]
    last = cue.sent.end  # past the sentence's last word: its stop and a line break left out
    while last > nxt.i and (doc[last - 1].is_space or doc[last - 1].is_punct):
        last -= 1
    if nxt.dep_ != "prep" or nxt.head.i not in (cue.i, verb.i) or nxt.right_edge.i + 1 < last:
        return False
    # "..., analysts note, with a clause they think would ...": a report of its own inside
    return not any(
        t.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in t.children)
        and any(c.dep_ == "ccomp" for c in t.children)
        for t in nxt.subtree
    )


def _completed_after(verb: Token, cue: Token) -> bool:
    """True when the verb's clause is finished only after the aside that interrupts it: a
    dependent the verb needs (``_REQUIRED_DEPS``) stands after the aside ("It was, Roe said,
    the hardest winter"), or the verb is a "be" with no predicate yet; "Sales doubled, Roe
    said, and the shop closed" closes before it."""
    if any(c.dep_ in _REQUIRED_DEPS and c.i > cue.right_edge.i for c in verb.children):
        return True
    # "be" with no predicate of its own: the parse hung what follows the aside on the verb of
    # saying ("It was, Roe said, the worst winter", "There is, Roe said, no way out")
    return verb.lemma_ == "be" and not any(
        c.dep_ in _REQUIRED_DEPS or c.dep_ in ("prep", "advmod") for c in verb.children
    )


def _small_clause(clause: Token, cue: Token, lex: CueLexicon) -> bool:
    """True for a "clause" after a verb of finding or seeing in a "to" infinitive that is no
    clause but its object with a participle ("struggled to find jobs in a town still reeling
    from ..."): a participle with no auxiliary and no "that" states no proposition, and the
    infinitive tells of a search, not of a finding anyone reports. "The poll shows the mayor
    leading" and "tried to show that the tax had failed" still report."""
    if lex.lemma(cue) not in lex.mentions.shown or clause.i < cue.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    if clause.tag_ not in ("VBG", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _appositive_cut(doc: Doc, start: int, stop: int) -> int:
    """Token index where a content clause ends before a noun phrase with an indefinite article
    set off by a comma at its end, which sums it up or describes a thing in it with a clause of
    its own ("said it had cut prices, a move that rivals have called reckless"; "said it had
    hired Roe, a lawyer who once ran the fund"): the writer's gloss, no part of what was said.
    A phrase with no clause of its own ("said it had hired Roe, a lawyer") and an item of a
    list ("called for lower fees, the end of the levy and ...") stay in the content."""
    for t in doc[start:stop]:
        if t.dep_ != "appos" or t.head.i < start or t.i <= start:
            continue
        first = t.left_edge
        if first.i <= start or doc[first.i - 1].text != "," or first.lower_ not in ("a", "an"):
            continue
        if t.right_edge.i + 1 < stop and not all(
            x.is_punct for x in doc[t.right_edge.i + 1 : stop]
        ):
            continue
        clause = next((c for c in t.children if c.dep_ in ("relcl", "acl") and c.i > t.i), None)
        if clause is not None and not any(c.dep_ == "cc" and c.i > clause.i for c in t.children):
            return first.i - 1
    return stop


def _relative_opening(clause: Token) -> bool:
    """True for a "clause" the parse hangs on the verb after it that is a piece of a relative
    clause on a noun before it ("pointed to three crashes, including one in which a boy was
    struck"), not what the verb reports: it opens with a preposition and a relative pronoun,
    or it is finite with no subject, right after a word of a phrase set off by a comma after
    the verb (the subject stayed with the noun in that phrase)."""
    first = clause.doc[clause.left_edge.i]
    if first.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in first.children
    ):
        return True
    kids = list(clause.children)
    doc, cue = clause.doc, clause.head
    if any(k.dep_ in _SUBJECT_DEPS for k in kids) or clause.i < cue.i:
        return False
    before = doc[clause.left_edge.i - 1]
    if before.is_punct or not any(t.text == "," for t in doc[cue.i + 1 : before.i]):
        return False  # "The museum, Roe said, would ...": the subject stands before the verb
    return clause.tag_ in FINITE_TAGS or any(
        k.dep_ in ("aux", "auxpass") and k.tag_ in FINITE_TAGS and k.i < clause.i for k in kids
    )


def _run_on_end(cue: Token, clause: Token, lex: CueLexicon) -> int:
    """Token index where a content clause ends, past a second clause the parse hangs on the
    same verb right after it, with no comma or conjunction between ("told reporters that he
    was pleased the council had reached a decision": the second clause completes the first,
    which the parse left short); else the clause's right edge. A second verb of saying is a
    report of its own ("Roe said the plan failed Doe said it would not"), and a quotation the
    parse split stays with its marks."""
    doc, end = cue.doc, clause.right_edge.i + 1
    if clause.i < cue.i:
        return end
    for c in cue.rights:
        if (
            c.dep_ == "ccomp"
            and c.i > clause.i
            and c.left_edge.i == end
            and not lex.is_cue(c)
            and not any(t.is_punct for t in doc[clause.left_edge.i : c.right_edge.i + 1])
        ):
            end = c.right_edge.i + 1
    return end


def gapped_relative(cue: Token) -> Token | None:
    """ "..., a move critics say will gut the centre": a relative clause with no relative
    pronoun on the noun before the speaker; what the critics say is the clause after the
    verb, whose subject is that noun ("will gut the centre"), not the sentence before the
    comma, which the parser hangs on the verb as well. Known by the noun phrase that runs
    into the subject ("a move critics") and the clause after the verb that has no subject.
    A verb of naming gives its label instead (``_gapped_label``: "..., a scheme critics have
    called a reckless giveaway"): the token returned is then the label, not a clause."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or not any(
        c.dep_ == "compound" and c.i < subj.i and c.pos_ == "NOUN" for c in subj.children
    ):
        return None
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < subj.i]
    after = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if not before or len(after) != 1:
        return _gapped_label(cue, subj, bool(before))
    clause = after[0]
    if any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return None
    return clause


def gapped_end(cue: Token, found: Token) -> int:
    """Token index where what ``gapped_relative`` found ends: its clause's right edge, or the
    label's end with the phrases the parse hangs on the verb ("called a risk | to savers")."""
    return found.right_edge.i + 1 if found.dep_ == "ccomp" else _label_end(cue, found)


def _naming_verb(cue: Token, lex: CueLexicon) -> bool:
    """A verb whose object and object predicate name a thing ("called the plan a giveaway")."""
    return lex.lemma(cue) in lex.mentions.participles - lex.mentions.with_as


def _the_label(cue: Token) -> Token | None:
    """The one noun or adjective phrase after a verb of naming whose object stands before it
    (as a relative pronoun or a gap): "called a reckless giveaway". None where the verb takes
    a clause or a second object after it, which makes it no naming."""
    after = [c for c in cue.children if c.i > cue.i]
    labels = [c for c in after if c.dep_ in ("dobj", "oprd")]
    if len(labels) != 1 or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in after):
        return None
    if _dwelling(labels[0]):
        return None  # "the farm Jan Roe called (his) home": where he lived, no label
    return labels[0] if labels[0].pos_ in ("NOUN", "ADJ", "PROPN") else None


def _dwelling(label: Token) -> bool:
    """A noun of ``[mentions] dwellings`` with nothing before it but a possessive ("home",
    "his home"), as in "the town she called home": the idiom of living somewhere. "called it
    a home from home" or "called the shelter a real home" still give a label."""
    if label.lower_ not in cue_lexicon().mentions.dwellings:
        return False
    return all(c.dep_ == "poss" for c in label.children)


def _called_home(cue: Token, lex: CueLexicon) -> bool:
    """ "The farm Jan Roe called his home was sold on Monday": a verb of naming right before a
    noun of ``[mentions] dwellings`` that the parse reads as the subject of a clause after it
    is the idiom of living somewhere in a relative clause with no relative pronoun; the
    "clause" is the sentence's own verb, which reports nothing ("called the house a prison"
    still names it)."""
    if not _naming_verb(cue, lex):
        return False
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i < cue.i:
            continue
        subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None and subj.left_edge.i == cue.i + 1 and _dwelling(subj):
            return True
    return False


def gives_a_name(cue: Token) -> bool:
    """A verb of naming in a relative clause whose label is a proper name ("a dog they called
    Rex", "the village, which the Romans called Venta", "what locals call the Green"): it
    tells what a thing is called, no one's view of it, so it reports nothing. "a man police
    called a hero" gives a view, and so does a name given by people known by their view
    ("a tax critics have called the Bedroom Tax": ``_name_given``)."""
    lex = cue_lexicon()
    gapped = gapped_relative(cue)
    label = gapped if gapped is not None else _relative_label(cue, lex)
    return label is not None and _name_given(cue, label, lex)


def _name_given(cue: Token, label: Token, lex: CueLexicon) -> bool:
    """Whether a verb of naming's label is a name, no one's view: a proper name, unless those
    who give it are known by their stance (attribution_cues.toml [stance_agents]: "which
    opponents called Project Fear" is the opponents' label; "which the Romans called Venta",
    "a dog they called Rex" are names)."""
    if label.pos_ != "PROPN":
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None:
        return True
    words = {subj.lemma_.lower(), subj.lower_, subj.lower_.removesuffix("s")}
    return not words & lex.opinion_holders


def _gapped_label(cue: Token, subj: Token, main_before: bool) -> Token | None:
    """ "The council approved the plan, a scheme critics have called a reckless giveaway":
    the noun set after a comma ("a scheme") is the object of the verb of naming in the
    relative clause after it, which has no relative pronoun; what the critics called it is the
    label ("a reckless giveaway"), not the sentence before the comma. The parse hangs the verb
    on the main verb (as a conjunct) or the main clause on the verb (``main_before``). Known
    by the noun phrase, opened by a determiner right after a comma, that runs into the
    subject. "Union leaders called a strike" has no such phrase and reports no label."""
    if not _naming_verb(cue, cue_lexicon()):
        return None
    if not main_before and not (cue.dep_ == "conj" and cue.head.i < subj.i):
        return None
    first = subj.left_edge
    if first.dep_ != "det" or first.i == 0 or cue.doc[first.i - 1].text != ",":
        return None
    return _the_label(cue)


def _relative_label(cue: Token, lex: CueLexicon) -> Token | None:
    """ "the tariff, which opponents called a cash grab", "what critics have called a
    giveaway": the relative pronoun is the verb of naming's object, so what the speaker said
    is the label after the verb, not the clause the relative hangs on. So too where the
    clause has no relative pronoun, or only a "that" the parse reads as a conjunction ("a plan
    (that) Jan Roe called a disgrace"): the noun right before the speaker is the object."""
    if not _naming_verb(cue, lex):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None:
        return None
    if not any(
        c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < subj.i for c in cue.children
    ) and not _object_gap(cue, subj):
        return None
    label = _the_label(cue)
    if label is None:
        return None
    last = cue.doc[label.right_edge.i]
    start, end = cue.idx + len(cue.text), last.idx + len(last.text)
    # 'what it called "a stunt"': the quoted label is a partial quote, found with its speaker
    return None if has_mark(text_of(cue.doc), start, end) else label


def _object_gap(cue: Token, subj: Token) -> bool:
    """A relative clause on the noun right before its subject, with nothing between but a
    "that" ("a plan Jan Roe called ...", "a plan that Jan Roe called ..."): the noun is what
    the clause's verb has for its object."""
    noun = cue.head
    if cue.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN" or noun.i >= subj.i:
        return False
    if noun.lower_ in cue_lexicon().mentions.times:
        return False  # "the year Jan Roe called an election": the clause tells when
    if any(c.dep_ == "dobj" and c.i < cue.i for c in cue.children):
        return False
    between = cue.doc[noun.i + 1 : subj.left_edge.i]
    return all(t.lower_ == "that" for t in between) and len(between) <= 1


def _label_end(cue: Token, label: Token) -> int:
    """End of a label, with the phrases the parse hangs on the verb right after it ("called a
    giveaway | to developers")."""
    end = label.right_edge.i + 1
    times = cue_lexicon().mentions.times
    for c in cue.rights:
        if c.dep_ == "prep" and c.i == end:
            if any(t.dep_ == "pobj" and t.lower_ in times for t in c.children):
                break  # "called a friend | for thirty years": how long, no part of the label
            end = c.right_edge.i + 1
    return end


def _spliced_report(cue: Token, frames: frozenset[str]) -> tuple[int, int] | None:
    """ "Drivers will strike on Friday, their union announced on Monday, in what could be
    ...": a mid-sentence "X said" that the parse joins to the main verb as a second clause,
    set off by a comma with no "and", is the report of the clause before the comma, as it is
    where nothing follows ("..., their union announced on Monday."). Not where the verb has
    content of its own ("..., the firm announced cuts", "..., critics warned of a crash") or
    is joined by a conjunction ("Sales fell and the firm announced ...")."""
    head = cue.head
    if cue.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= cue.i:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in subj.subtree):
        return None  # "..., filming television shows and ...": a participle's object misread
    comma = subj.left_edge.i - 1
    if comma <= cue.sent.start or cue.doc[comma].text != ",":
        return None
    for c in cue.children:
        if c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "dative", "oprd"):
            return None
        if c.dep_ == "prep" and c.i > cue.i and c.lower_ in frames & PREP_FRAMES:
            return None
    return cue.sent.start, comma


def _physical_act(cue: Token, obj: Token, lex: CueLexicon) -> bool:
    """ "slammed the door", "blasted rock from the cliff": a verb of attack in its plain
    physical sense, on a thing of ``[physical] objects`` (or of its own ``verb_objects``:
    "pointed to the screen"), reports nothing; on anything else ("slammed the report",
    "blasted the delegate system", "slammed the council's stand") it reports in words."""
    return obj.lemma_.lower() in lex.physical.get(lex.lemma(cue), frozenset())


def _clause_start(cue: Token, clause: Token, lex: CueLexicon) -> int:
    """Where a content clause after its verb starts: at the verb's next word when the clause's
    own first word (a relative pronoun it has lost to a noun before the verb) stands before
    the verb ("the scheme, which she believes rewarded the largest firms": she believes it
    rewarded them; "which she believes" is no part of what she believes). A free relative
    ("what she thinks is a rule") has no noun before it to stand for and stays whole."""
    first = clause.doc[clause.left_edge.i]
    if clause.i > cue.i and first.i < cue.i and first.lower_ in lex.relatives:
        return cue.i + 1
    subject = _object_as_subject(cue, clause)
    return clause.left_edge.i if subject is None else subject.left_edge.i


def _object_as_subject(cue: Token, clause: Token) -> Token | None:
    """The noun phrase the parse made the verb's object when it is the subject of the clause
    reported: "Roe said a second flight, carrying a cargo module, was planned for May" (the
    parse hangs "a second flight" on "said" and leaves "was planned" without a subject). The
    clause has a tense (an auxiliary or a finite verb) but no subject, and the object stands
    right after the verb of saying with nothing but a comma before the clause."""
    doc = cue.doc
    if clause.i < cue.i or any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return None
    if clause.right_edge.i == clause.i:
        return None  # a bare verb ending the clause is a broken parse, not a predicate
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children
    )
    if not finite:
        return None
    obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.left_edge.i != cue.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
    return obj if all(t.is_punct for t in between) else None


def _that_after_object(cue: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """ "told the court that the firm had diverted payments into two accounts": a "that" right
    after the verb's object (the person told) opens the clause it reports, even when the parse
    has lost the clause (it read "diverted" as an adjective of "payments" and hung the
    payments on "told"). Not a relative "that" of the object ("told the story that had been
    ..."), which a verb follows or which heads a clause on the object."""
    doc = cue.doc
    if "quote" in lex.frames(cue) or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # "sent a strong signal that ...": the noun's clause, not one told
    obj = next((c for c in cue.rights if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.lemma_.lower() in lex.nouns:
        return None  # "repeated the claim that ...": the claim's content (``_noun_report``)
    i = obj.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "that":
        return None
    that, nxt = doc[i], doc[i + 1]
    if nxt.pos_ in ("VERB", "AUX") or nxt.is_punct or that.head.head.i == obj.i:
        return None
    end = max(cue.right_edge.i, that.right_edge.i, that.head.right_edge.i) + 1
    end = min(end, cue.sent.end)
    return (i + 1, end) if end - i > 3 else None


def _clause_after_person_told(cue: Token) -> tuple[int, int] | None:
    """ "told us the figure referred to burglaries only": after the person told, a clause with
    no "that" whose subject the parse hung on the verb as its object and whose finite verb it
    read as a modifier of that noun ("figure" -> "referred"). The verb follows the noun at
    once (a relative clause has its own subject: "told us the plan it had drawn up") and has
    a tense ("told him the story behind the mill" has no verb)."""
    told = next((c for c in cue.rights if c.dep_ == "dative" and c.tag_ == "PRP"), None)
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if told is None or obj is None or obj.i < told.i or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = next((c for c in obj.rights if c.dep_ == "acl"), None)
    if verb is None or verb.i != obj.i + 1 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if obj.left_edge.i != told.i + 1:
        return None
    return obj.left_edge.i, max(obj.right_edge.i, verb.right_edge.i) + 1


def _after_dateline(
    span: tuple[int, int], dateline: tuple[int, int] | None, text: str
) -> tuple[int, int] | None:
    """The words a report holds without the dateline in front of them ("PORTHAVEN, May 2
    (Harbour Wire) - The ferry will ..., officials said"): a credit, no one's words."""
    if dateline is None or not (span[0] < dateline[1] and dateline[0] < span[1]):
        return span
    start = dateline[1]
    while start < span[1] and text[start].isspace():
        start += 1
    return (start, span[1]) if start < span[1] else None


def _opens_quote_after(cue: Token) -> bool:
    """An opening quotation mark right after the verb, past its object pronoun and a comma or
    colon ("as one colleague put it, 'make them feel heard'")."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and (doc[i].lower_ == "it" or doc[i].text in (",", ":")):
        i += 1
    return i < len(doc) and doc[i].is_quote


def _before_colon(clause: Token, cue: Token) -> bool:
    """True when a clause the parse hangs before the verb as its content ends at a colon or a
    semicolon ("Everyone knows the truth: the teachers want higher pay"). A colon points
    forward: what stands before it is a statement of its own that the words after it explain,
    never what a verb after it reports; reported words set before their verb are set off by a
    comma or a dash ("The plan is dead, Roe said")."""
    if clause.i > cue.i:
        return False
    return any(t.text in (":", ";") for t in cue.doc[clause.right_edge.i + 1 : cue.i])


def _embedded(clause: Token, cue: Token, lex: CueLexicon) -> bool:
    """ "Victims of what police said was an arson told reporters they ...": the parser may
    make "was an arson" a clause the main verb reports; it is part of the verb's subject."""
    return clause.i < cue.i and inside_embedded(clause, cue, lex)


def _figure(cue: Token, obj: Token, lex: CueLexicon) -> bool:
    """True when a verb of reporting figures has a company's results for its object ("the
    bank reported higher profits"): it states a number, not what anyone said."""
    if lex.lemma(cue) not in lex.figures:
        return False
    results = role_lexicon().org_results
    return obj.lower_ in results or obj.lemma_.lower() in results


def _repeat_cut(cue: Token, clause: Token) -> int:
    """Token index where a content clause ends: before "and said ..." when the parse conjoins
    a repetition of the reporting verb to the clause ("Roe said the road was closed and said,
    '...'"), which reports words of its own; else the clause's right edge."""
    doc = cue.doc
    if clause.i < cue.i and not any(t.is_quote for t in doc[clause.i : clause.right_edge.i + 1]):
        # a repetition or an "adding ..." goes on from a reporting verb before its clause; in
        # "X could swamp the valley, closing schools, says Z" the participle is part of X
        # (quoted words in it are a quote of their own, which the clause stops before)
        return clause.right_edge.i + 1
    for c in clause.rights:
        repeated = _repeated_verb(c)
        if repeated is not None and repeated.i == cue.i:
            cut = c.left_edge.i
            while cut > clause.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return cut
    return clause.right_edge.i + 1


def _comment_cut(clause: Token, lex: CueLexicon) -> int:
    """Token index where a content clause ends before a closing ", which <subject> <verb>"
    whose "which" is the verb's object ("claimed that crime rose, which the figures do not
    support"; "said wages fell, which the company disputes"): a clause with a subject of its
    own that takes what was said as its object comments on it, in the writer's words or in a
    report of its own. A pronoun subject may go on with the speaker's story ("was there to
    meet the press, which she was doing when ...") unless its verb reports ("..., which he
    denies"); "..., which rewarded large firms", with "which" as subject, describes a thing in
    the clause. Those stay. Else the clause's right edge. After a lone verb the parse may hang
    the comment as its object clause ("said the mayor lied, which he denies"): cut there too."""
    doc, end = clause.doc, clause.right_edge.i + 1
    for t in doc[clause.i + 1 : end]:
        if t.dep_ not in ("relcl", "advcl", "ccomp") or t.right_edge.i + 1 != end:
            continue
        first = t.left_edge
        if first.lower_ != "which" or first.dep_ != "dobj" or first.head.i != t.i:
            continue
        if first.i <= clause.i + 1 or doc[first.i - 1].text != ",":
            continue
        subj = next((k for k in t.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i < first.i:
            continue
        if subj.lower_ in ("i", "we"):
            continue  # "..., which I doubt": the speaker's own words go on
        if subj.pos_ != "PRON" or lex.is_cue(t):
            return first.i - 1
    return end


def _new_report_cut(clause: Token, lex: CueLexicon) -> int:
    """Token index where a content clause ends before ", and <a new subject> <verb of
    saying> ...": a clause joined after a comma whose verb reports with a subject of its own
    is a report of its own, not more of the first ("Experts say most funds are run by one
    officer, and campaigners have called for a review"). Other clauses joined so stay in the
    content: "Roe said the plan had failed, but the money had been spent" reports both."""
    doc = clause.doc
    for c in clause.rights:
        if c.dep_ != "conj" or not lex.is_cue(c) or _content_span(c, lex) is None:
            continue  # "..., and a loss like this will add to the pressure": no report
        kids = list(c.children)
        if not any(k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i for k in kids):
            continue
        if any(k.dep_ == "mark" and k.i < c.i for k in kids):
            continue
        cc = c.left_edge.i - 1
        if cc <= clause.i or doc[cc].dep_ != "cc" or doc[cc - 1].text not in (",", ";"):
            continue
        return cc - 1
    return clause.right_edge.i + 1


def _contrast_cut(clause: Token, lex: CueLexicon) -> int:
    """Token index where a content clause ends before ", while <a new subject> <verb of
    saying> ..." ([contrasts]): "Many fans said Voss had been overlooked, while others accused
    her of a stunt" reports the fans' view only; the clause after "while" is the others' own.
    A "while" clause with no verb of saying ("said prices rose, while wages fell") or no comma
    before it ("said she read while the band played") stays in the content."""
    doc = clause.doc
    for c in clause.rights:
        if c.dep_ != "advcl" or not lex.is_cue(c):
            continue
        kids = list(c.children)
        mark = next((k for k in kids if k.dep_ == "mark" and k.i < c.i), None)
        if mark is None or mark.lower_ not in lex.contrasts or mark.i != c.left_edge.i:
            continue
        if not any(k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i for k in kids):
            continue
        if mark.i - 1 <= clause.i or doc[mark.i - 1].text not in (",", ";"):
            continue
        return mark.i - 1
    return clause.right_edge.i + 1


def _speaker_act_cut(clause: Token) -> int:
    """Token index where a content clause ends before "and <verb of saying>" that goes with
    the verb of saying, not with the clause (``joined_act``): "She warned that games would
    run past dark and called the plan a 'reckless experiment'" warns of the games alone."""
    for c in clause.rights:
        if joined_act(c) is not None:
            return c.left_edge.i - 1
    return clause.right_edge.i + 1


def _trailing_content(cue: Token, first: Token) -> tuple[int, int] | None:
    """All that a sentence-final "..., the clerk added." reports, when the parse splits it.

    "A had told B that ..., but C overruled it, the clerk added": the parser makes each clause
    a complement of "added", or makes "added" a conjunct of the first verb; either way the
    trailing verb of saying sources every clause before it, not the first one alone.
    """
    doc = cue.doc
    after = doc[cue.right_edge.i + 1 : cue.sent.end]
    if first.i > cue.i or any(not t.is_punct and not t.is_space for t in after):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return None  # not "..., X said."
    if cue.dep_ == "conj" and cue.head.i < first.i:
        return cue.sent.start, subj.left_edge.i - 1
    fronted = [c for c in cue.children if c.dep_ == "ccomp" and c.i < subj.i]
    if len(fronted) > 1:
        return fronted[0].left_edge.i, subj.left_edge.i - 1
    return None


def _content_after(cue: Token, clause: Token, frames: frozenset[str]) -> bool:
    """True when a clause before ``cue`` is not what it reports because the verb has content
    of its own after it ("X launched a wallet, on the same day it confirmed a reduction of
    staff": the reduction is what it confirmed): a clause opened by "that" (or "whether"), an
    object its frame takes, or an infinitive its frame takes (a title after the verb the
    parser read as a clause, 'said on "Face the Facts"', is none). "The plan failed, Roe told
    reporters" keeps the clause (no object frame)."""
    if clause.i > cue.i:
        return False
    for c in cue.rights:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children):
            return True
        if c.dep_ == "dobj" and "object" in frames:
            return True
        if c.dep_ == "xcomp" and "infinitive" in frames:
            return True
    return False


def _relative_after_object(cue: Token, clause: Token, frames: frozenset[str]) -> bool:
    """True for a "clause" the parse hangs on a verb that takes its object as content, after
    that object and a phrase on the verb, with no "that": it is a relative clause on the noun
    the phrase ends on ("vowed to defend them from the slurs they will face": what they will
    face is no report; the verb's object is what it bears on)."""
    if clause.i < cue.i or "object" not in frames or "infinitive" in frames:
        return False  # "promised parents at the meeting the school would reopen": told them
    if any(m.dep_ == "mark" for m in clause.children):
        return False
    if not any(c.dep_ == "dobj" and c.i < clause.i for c in cue.children):
        return False
    if clause.doc[clause.left_edge.i].is_punct:
        return False  # "reported the deal on Monday, a move critics called ...": set off
    if not _lacks_object(clause):
        return False  # "... the roof would be fixed", "... the board would cut jobs": whole
    before = clause.doc[clause.left_edge.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and any(
        p.dep_ == "prep" and p.right_edge.i == before.i for p in cue.children
    )


def _lacks_object(clause: Token) -> bool:
    """Whether a clause lacks its object, as a relative clause on the noun before it does
    ("the slurs they will face"): a verb with an active subject and no object, complement or
    clause of its own. A passive ("the roof would be fixed") or a verb with its object ("the
    board would cut jobs") is a whole clause."""
    kids = [c.dep_ for c in clause.children]
    return (
        "nsubj" in kids
        and clause.pos_ == "VERB"
        and not {"dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "acomp", "attr", "oprd"}
        & set(kids)
    )


def _fronted_report(clause: Token, cue: Token, lex: CueLexicon) -> bool:
    """True when a clause the parse hangs before ``cue`` as its content is a report of its own.

    "She claimed at some stage, a farmer urged ...", "They say that ...; Roe wants ...": the
    small model often makes the first verb of saying the complement of the verb after it. A
    statement reported before its verb ends with that verb ("Roe kept her lead, a poll found";
    "The plan failed, Roe said"); when the verb after it goes on with an object or a clause of
    its own, the first verb of saying (with its own subject) is a report of its own.
    """
    return (
        clause.i < cue.i
        and lex.is_cue(clause)
        and lex.lemma(clause) not in lex.thought
        and any(c.dep_ == "nsubj" for c in clause.children)
        and any(
            c.i > cue.i
            and (c.dep_ in _OWN_CONTENT or (c.dep_ == "prep" and c.lower_ in lex.frames(cue)))
            for c in cue.children
        )
    )


# what a verb has after it when it says something of its own, not a report fronted before it
_OWN_CONTENT = frozenset({"dobj", "dative", "xcomp", "ccomp", "attr", "acomp", "oprd"})


def _inverted_content(cue: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """What a fronted report (``_fronted_report``) with no content of its own reports: the rest
    of the clause of the verb the parse hung it on ("She claimed at some stage, a farmer
    urged the hall to clap": the farmer's urging is what she claimed)."""
    head = cue.head
    if cue.dep_ != "ccomp" or not _fronted_report(cue, head, lex):
        return None
    if any(c.dep_ in _OWN_CONTENT for c in cue.children):
        return None  # "Roe declares 'success,' dodges the audit": it says what it says
    start = cue.right_edge.i + 1
    end = head.right_edge.i + 1
    return (start, end) if end - start > 2 else None


# the words of a speaker's noun phrase: no verb, "to" or relative pronoun among them
_SPEAKER_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PUNCT", "CCONJ"})


def _said_first(tok: Token, ix: _Index, lex: CueLexicon) -> tuple[tuple[int, int], _Speaker] | None:
    """An inverted report that opens its sentence with "Said" ("Said a senior leader, the
    party will regroup.", "Said sources in the ministry, talks would resume"), as Indian
    English writes it: the noun phrase up to the first comma speaks, and the clause after the
    comma is what it said. The phrase holds a noun and no verb ("Said to be worth millions,
    the estate ..." is no report); the clause has a finite verb of its own and no quotation
    marks (the direct quote gives those words)."""
    doc = tok.doc
    if tok.text != "Said" or tok.i + 3 >= len(doc) or lex.lemma(tok) != "say":
        return None  # the tagger reads it as a past tense or a participle
    if not (tok.is_sent_start or tok.i == 0 or "\n" in doc[tok.i - 1].text):
        return None
    if ix.in_quote(tok.idx):
        return None
    sent_end = tok.sent.end
    comma = next(
        (k for k in range(tok.i + 1, min(sent_end, tok.i + 12)) if doc[k].text == ","), None
    )
    if comma is None or comma == tok.i + 1:
        return None
    phrase = doc[tok.i + 1 : comma]
    if phrase[0].pos_ == "ADP" or any(
        t.pos_ not in _SPEAKER_PHRASE_POS or t.is_quote for t in phrase
    ):
        return None
    # the head: the last noun before the phrase's first preposition ("sources in the Congress")
    first_prep = next((t.i for t in phrase if t.pos_ == "ADP"), phrase.end)
    nouns = [t for t in doc[phrase.start : first_prep] if t.pos_ in ("NOUN", "PROPN")]
    rest = doc[comma + 1 : sent_end]
    if not nouns or len(rest) < 3 or any(t.is_quote for t in rest):
        return None  # 'Said Jan Roe, "We were proud."': the quoted words give it
    if rest[0].tag_ in ("WP", "WDT", "WP$"):
        return None  # "Said Jan Roe, who grew up there, ...": the comma opens an aside
    if not any(t.tag_ in FINITE_TAGS for t in rest):
        return None
    # "Said Jan Roe, chief executive of Kell Labs, the firm will ...": a phrase with no finite
    # verb between two commas is the speaker's apposition; the report starts after it
    closing = next((t.i for t in rest if t.text == ","), None)
    if closing is not None and not any(t.tag_ in FINITE_TAGS for t in doc[comma + 1 : closing]):
        comma = closing
        if not any(t.tag_ in FINITE_TAGS for t in doc[comma + 1 : sent_end]):
            return None
    head = nouns[-1]
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    m = ix.person_in(phrase[0].idx, head.idx + len(head.text))
    if m is not None:
        return (comma + 1, sent_end), _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    if not _said_by_who(phrase, head, lex):
        return None  # "Said payments, the court found, were ...": "said" is "the aforesaid"
    return (comma + 1, sent_end), _Speaker((start, end), ix.text[start:end], None)


def _said_by_who(phrase: Span, head: Token, lex: CueLexicon) -> bool:
    """Whether the phrase after an opening "Said" names someone who speaks: a name, a noun
    with its determiner ("a senior minister", "the court"), or a noun for people, bodies or
    offices ("officials in the ministry", "sources close to the talks"). A bare noun for a
    thing ("Said payments, ...") makes "said" the adjective ("the said payments")."""
    from contextreader.analysis.assertions.lexicon import vague_lexicon  # (import cycle)

    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if any(t.pos_ == "DET" or t.tag_ == "PRP$" for t in phrase if t.i < head.i):
        return True
    lemma = head.lemma_.lower()
    return lemma in lex.speakers or lemma in role_lexicon().roles or lemma in vague_lexicon().nouns


def _that_after_prep(cue: Token) -> tuple[int, int] | None:
    """ "She revealed for the first time that ...", "claiming without evidence that ...": a
    clause opened by "that" which the parse hung on the object of the verb's preposition (as
    a relative clause of "time" or "evidence") is what the verb reports, when the verb has no
    other content. The parser may also read that "that" as the relative adverb of "time"
    ("said at the time that the canteen was too cheap"): a clause with a subject of its own
    after a verb of saying is still its content."""
    for c in cue.rights:
        if c.dep_ != "prep":
            continue
        for obj in c.children:
            if obj.dep_ != "pobj":
                continue
            for g in obj.rights:
                if g.dep_ in ("acl", "relcl") and any(
                    m.lower_ == "that" and m.i < g.i and _opens_clause(m, g) for m in g.children
                ):
                    return g.left_edge.i, g.right_edge.i + 1
    return None


def _opens_clause(that: Token, verb: Token) -> bool:
    """True when "that" introduces ``verb``'s clause rather than filling a gap in it: a
    complementiser, or a relative adverb before a clause with a subject of its own."""
    return that.dep_ == "mark" or (
        that.dep_ == "advmod" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


# a list item opening a line: "- ", "• ", "1. ", "2) "
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+")


def _prenominal_participle(tok: Token) -> bool:
    """ "a gift for small, telling details": an "-ing" form after an adjective and a comma,
    right before a bare plural or mass noun it is parsed to take as object, is one more
    adjective on that noun (coordinated adjectives before a noun), not a verb of saying."""
    doc = tok.doc
    i = tok.i
    if tok.tag_ != "VBG" or i < 2 or i + 1 >= len(doc):
        return False
    if doc[i - 1].text != "," or doc[i - 2].pos_ != "ADJ":
        return False
    noun = doc[i + 1]
    return (
        noun.head.i == i
        and noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
        and not any(c.dep_ in ("nsubj", "dobj", "ccomp") and c.i != noun.i for c in tok.children)
    )


def _speech_verb(lex: CueLexicon, cue: Token) -> bool:
    """A verb of saying (not of thinking) in the active voice: "Roe wrote", not "Roe hopes" or
    "the stories talked about"."""
    return lex.lemma(cue) not in lex.thought and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in cue.children
    )


def _colon_follows(cue: Token) -> bool:
    """ "Roe said:", "Roe notes:", "Roe told reporters:", "Roe said on Monday:": a colon right
    after the verb (an adverb, particle, addressee or short time phrase between) introduces
    what is said."""
    doc = cue.doc
    if cue.dep_ == "relcl" or (cue.text[:1].isupper() and cue.i > cue.sent.start):
        return False  # "the reason that we must act today:", a title-case heading "X Goes On:"
    for t in doc[cue.i + 1 : min(len(doc), cue.i + 1 + LEAD_COLON_WORDS)]:
        if lead_mark(t, cue):
            return True  # or a comma ending the paragraph: "As the Ledger reported," over it
        addressee = (t.head.i == cue.i and t.dep_ in ("dative", "dobj")) or t.dep_ == "det"
        stranded = t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children)
        if (
            t.is_punct
            or stranded
            or (
                t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
                and t.dep_ not in ("npadvmod", "pobj", "compound")
                and not addressee
            )
        ):
            return False
    return False


def _colon_content(cue: Token, ix: _Index) -> tuple[int, int] | None:
    """What follows "X said:" when the parse gives the verb no content of its own.

    The rest of the line after the colon, to the end of its sentence (the parser often starts
    a new sentence at the colon); or, when the colon ends the line, the next paragraph, and the
    lines after it while they are items of one list. A quotation mark after the colon opens a
    direct quote, handled with the marks.
    """
    text = ix.text
    colon = next(t for t in cue.doc[cue.i + 1 : cue.i + 1 + LEAD_COLON_WORDS] if lead_mark(t, cue))
    i = colon.idx + 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text) or text[i] in "\"“‘'«":
        return None
    if i < line_end:
        end = ix.sent_at(i).end_char
    else:
        if text.count("\n", colon.idx, i) > 2:
            return None
        end = _paragraph_end(text, i)
        while _LIST_ITEM.match(text, i):
            nxt = end
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt >= len(text) or not _LIST_ITEM.match(text, nxt):
                break
            i, end = nxt, _paragraph_end(text, nxt)
    a = bisect_left(ix.tok_starts, colon.idx + 1)
    b = bisect_left(ix.tok_starts, end)
    return (a, b) if b > a else None


def _paragraph_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


def _prep_content(cue: Token, frames: frozenset[str], lex: CueLexicon) -> tuple[int, int] | None:
    """What a verb reports through its preposition ("called for a ban on X": a ban on X).

    Only the first preposition after the verb counts, and only when the verb has no direct
    object of its own ("asked the mayor about X" asks the mayor; the topic is a detail). A
    verb in its plain physical sense on a thing of ``[physical] objects`` reports nothing
    ("pointed to the spot"), and a gloss set off by a comma after the object ("pushed for an
    amendment, a move that experts say faces long odds") is the writer's, not the content.
    A denied verb ("has not commented on Roe", "never talked about the loan") gives only the
    topic of words that were not said: no one is reported. A date or time after the
    preposition says when ("a vote was called for Monday": set for a day), not what.
    """
    if not frames & PREP_FRAMES or any(c.dep_ in ("dobj", "neg") for c in cue.children):
        return None
    for c in cue.rights:
        if c.dep_ != "prep":
            continue
        if c.lower_ not in frames:
            return None
        obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None or _physical_act(cue, obj, lex):
            return None
        if all(t.ent_type_ in ("DATE", "TIME") for t in obj.subtree):
            # "a strike has been called for Thursday": when, not what is asked ("pointed to
            # years of slow growth" names more than a time)
            return None
        start = obj.left_edge.i
        return start, _appositive_cut(cue.doc, start, obj.right_edge.i + 1)
    return None


def _as_complement_end(cue: Token, obj: Token, frames: frozenset[str] = frozenset()) -> int:
    """End of an object with its "as" complement: "described the plan as 'a failure'" reports
    the whole "the plan as 'a failure'", not the plan alone; so does a preposition of the verb's
    frame after the object ("accused Roe of lying", "praised the mayor for her calm"), and an
    object predicate right after it ("called the plan a 'blueprint' for growth")."""
    predicate = _predicate_after(cue, obj)
    end = obj.right_edge.i + 1 if predicate is None else predicate.right_edge.i + 1
    for c in cue.rights:
        if c.i < end:
            continue
        if c.dep_ not in ("prep", "oprd"):
            # "described the case as politically motivated": the parse may hang the "as"
            # phrase on its adjective, a clause of the verb that opens with "as"; not a clause
            # of time or cause with a subject of its own ("condemned the launch as Pyongyang
            # fired three more")
            as_ = cue.doc[end] if end < len(cue.doc) else None
            if (
                as_ is not None
                and as_.lower_ == "as"
                and as_.dep_ != "mark"
                and c.left_edge.i == end
                and not any(k.dep_ in _SUBJECT_DEPS for k in c.children)
            ):
                end = c.right_edge.i + 1
            continue
        if c.lower_ == "as" or (c.lower_ in frames and c.i == end):
            end = max(end, c.right_edge.i + 1)
    return end


def _as_phrase_start(cue: Token, obj: Token) -> int:
    """Where the words after "as" start in an object's "as" complement ("which Roe described as
    'noisy'" starts at "'noisy'"); right after the verb when there is no "as"."""
    doc = cue.doc
    for t in doc[cue.i + 1 : cue.right_edge.i + 1]:
        if t.lower_ == "as":
            return t.i + 1
    return cue.i + 1


def _aside_cut(obj: Token, lex: CueLexicon) -> int | None:
    """Token index where an object the verb reports ends before a relative clause or a noun in
    apposition set off by a comma ("promises six years of updates, which is generous",
    "defended the decision to cut the service, a move critics have called a betrayal"): the
    aside describes the thing named, in the writer's words or in a report of its own
    ("opposed the scheme, which she believes rewarded the largest firms"), and is no part of
    what was promised, defended or opposed."""
    doc = obj.doc
    for t in doc[obj.i : obj.right_edge.i + 1]:
        if t.left_edge.i <= obj.i or doc[t.left_edge.i - 1].text != ",":
            continue
        if t.dep_ == "relcl" or (t.dep_ == "appos" and _comment_on_it(t, obj, lex)):
            return t.left_edge.i - 1
    return None


def _comment_on_it(appos: Token, obj: Token, lex: CueLexicon) -> bool:
    """A noun in apposition that reports what others said of the thing the object names, in a
    phrase of its own that opens with a determiner and ends the object ("defended the
    decision to cut the service, a move critics slammed as a betrayal"): the critics' words
    are theirs, no part of what the speaker defended. An appositive that says what the thing
    is ("confirmed the cause, a gas leak") is what was said, and stays; so do a gloss on a
    name ("a photo of his wife, Ann, a former model") and a list the parse took for
    apposition ("the attacks, her support for the crews and her work")."""
    named = appos.head
    return (
        appos.pos_ == "NOUN"
        and appos.doc[appos.left_edge.i].tag_ == "DT"
        and appos.right_edge.i == obj.right_edge.i
        and named.pos_ != "PROPN"
        and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in named.children)
        and any(lex.is_cue(t) for t in appos.subtree if t.i != appos.i and t.pos_ == "VERB")
    )


def _predicate_after(cue: Token, obj: Token) -> Token | None:
    """The object predicate right after a verb's object ("called the plan a disgrace")."""
    end = obj.right_edge.i + 1
    return next((c for c in cue.rights if c.dep_ == "oprd" and c.left_edge.i == end), None)


def _according_content(cue: Token) -> tuple[int, int] | None:
    """According to X, <content>: the sentence without the according phrase."""
    sent = cue.sent
    s, e = cue.left_edge.i, cue.right_edge.i + 1
    if _inside_its_clause(cue, s, e):
        return sent.start, sent.end
    e = _according_phrase_end(cue.doc, s, e, sent.end)
    if s - sent.start >= sent.end - e:
        return sent.start, s
    return e, sent.end


def _according_phrase_end(doc: Doc, s: int, e: int, sent_end: int) -> int:
    """Where an "according to" phrase that opens its sentence ends. It is set off by a comma;
    when no comma follows the phrase the parse gives, the parse ran it on into the clause
    ("According to the agency, the region's wettest years have ...", with "years" read as an
    apposition to "the agency"): it ends at its last comma. An apposition set off by its own
    commas ("According to Jan Roe, the mayor, taxes ...") keeps its comma after it."""
    if e >= sent_end or doc[e].text == "," or not doc[s].is_sent_start:
        return e
    for comma in reversed([t.i for t in doc[s + 1 : e] if t.text == ","]):
        # a comma of a list in the source ("According to Jan Roe, Ann Doe and two others the
        # car ...", "figures for 2019, 2020 and 2021 the rainfall ..."): the words after it
        # are conjuncts of a word before it (or, as the parse may read them, an apposition
        # with conjuncts of its own), so the phrase runs on to where the parse ends it
        tail = doc[comma + 1 : e]
        if not any(
            t.dep_ == "conj"
            and (t.head.i < comma or (t.head.dep_ == "appos" and t.head.head.i < comma))
            for t in tail
        ):
            return comma
    return e


def _inside_its_clause(cue: Token, s: int, e: int) -> bool:
    """True for an "according to" phrase (or "as" aside) set off by commas inside the one
    clause it sources, whose verb stands after it ("The firm, according to its filing, lost
    $3 million") or goes on after it with a second verb that shares the subject ("The talks
    began in the spring, according to people close to them, and nearly collapsed in May").
    Not when the words after it are a clause with a subject of its own ("..., according to
    the survey, but wages fell"), which is the writer's, or a verb that reports a clause of
    its own ("..., and said they had questions")."""
    doc, sent, head = cue.doc, cue.sent, cue.head
    if s <= sent.start or e >= sent.end or doc[s - 1].text != "," or doc[e].text != ",":
        return False
    if all(t.is_punct or t.dep_ == "cc" for t in doc[sent.start : s]):
        return False  # "And, as the paper reported, ...": the aside opens the clause
    if head.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT" or head.left_edge.i > sent.start:
        return False  # "If, as I said, X holds, Y": the aside sources its own clause only
    if head.i > e:
        return True
    later = [c for c in head.rights if c.i > e]
    if any(c.dep_ in ("ccomp", "parataxis", "advcl") for c in later):
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(k.dep_ in _SUBJECT_DEPS or k.dep_ == "ccomp" for k in c.children)
        for c in later
    )


def _trim_tokens(doc: Doc, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The content's offsets without edge punctuation, "that" or a dateline; None when too
    little is left to be a report."""
    while s < e and (doc[s].is_punct or doc[s].is_space or _complementizer(doc[s])):
        s += 1
    if s + 1 < e and doc[s].dep_ == "advmod" and doc[s + 1].lower_ == "that":
        s += 2  # "said only that ...", "said simply that ...": the adverb qualifies the saying
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space) and not _kept_end(doc, s, e):
        e -= 1
    if e - s < 1 or (e - s == 1 and doc[s].pos_ != "PROPN"):
        return None  # one word reports something only when it names it ("endorsed Roe")
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    m = _DATELINE.match(text, start, end)
    return (m.end(), end) if m and m.end() < end else (start, end)


def _complementizer(tok: Token) -> bool:
    """ "that" opening a clause ("said that ..."), not the determiner of a noun phrase ("did not
    mention that survey"), which is part of what is reported."""
    return tok.lower_ == "that" and not (tok.dep_ == "det" and tok.head.i > tok.i)


# signs the tokenizer calls punctuation that belong to the number before them ("12% to 15%")
_UNITS = frozenset({"%", "‰"})


def _kept_end(doc: Doc, s: int, e: int) -> bool:
    """True when the last token of ``doc[s:e]``, a punctuation mark, belongs to the words: a
    unit ("15%") or a closing bracket whose opening one is inside ("Rep. Lia Moss (D-Ore.)")."""
    last = doc[e - 1].text
    if last in _UNITS:
        return True
    return last == ")" and any(t.text == "(" for t in doc[s : e - 1])


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> float:
    """Share of [s, e) covered by the sorted spans."""
    i = bisect_right(starts, e)
    cov = sum(max(0, min(e, b) - max(s, a)) for a, b in spans[max(0, i - 4) : i])
    return cov / max(1, e - s)


def _straddles(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """True when [s, e) opens inside one of the sorted spans and runs on into the next one:
    content that starts in a direct quote and holds the next quote ('said: "A", while Doe
    said: "B"' read as one clause from "A" on) is the two quotes' words, already found. Not
    content that runs on only into unquoted words ('"A," and donations rose, Roe said')."""
    i = bisect_right(starts, s) - 1
    return 0 <= i < len(spans) - 1 and spans[i][0] <= s < spans[i][1] < spans[i + 1][0] < e


def _reported(b: _Builder, direct: list[tuple[int, int]], body: int) -> None:
    """Indirect quotes from verbs of saying with a subject and a content clause or object."""
    doc = b.doc
    d_starts = [s for s, _ in direct]
    # (a headline cited in brackets after "your report" is a title, no report's words)
    partials = sorted(
        (
            (q.span, q)
            for q in b.quotes
            if q.kind == "partial"
            or (q.kind == "scare" and not bracketed_title(b.ix, b.lex, *q.span))
        ),
        key=lambda x: x[0],
    )
    p_starts = [s for (s, _), _ in partials]
    # a speaker of None: an agentless passive ("X is expected to ...") reports a view of no one
    found: list[tuple[tuple[int, int], Token, _Speaker | None]] = []
    blocks: dict[int, tuple[int, int]] = {}  # cue index -> the unmarked paragraph it sets out
    silent: list[tuple[int, int]] = []  # token ranges of open questions no one answered
    dateline = doc._.cr_dateline.span if doc._.cr_dateline else None
    stance = stance_piece(b.ix.text, body)
    for tok in doc:
        if tok.idx < body:
            continue
        according = _is_according(tok)
        poll = poll_source(tok, b.lex)
        if poll is not None:
            clause = _clause_without(tok, poll_verb(tok, b.lex) or tok.head)
            span = _trim_tokens(doc, b.ix.text, *clause) if clause is not None else None
            if span is not None and _inside(direct, d_starts, *span) < 0.5:
                found.append((span, tok, _speaker(poll, b.ix, b.lex)))
            continue
        fronted = _said_first(tok, b.ix, b.lex)
        if fronted is not None:
            # "Said a senior leader, the party will regroup.": the speaker after the verb
            span = _trim_tokens(doc, b.ix.text, *fronted[0])
            if span is not None and _inside(direct, d_starts, *span) < 0.5:
                found.append((span, tok, fronted[1]))
            continue
        if not according and not b.lex.is_cue(tok):
            # "Roe's view is that ...", not inside quoted words ('"My fear," she said, "is
            # that ..."': the quote already gives them)
            noun = None if b.ix.in_quote(tok.idx) else _copular_report(tok, b.lex)
            noun = noun or _noun_report(tok, b.lex)
            if noun is not None:
                holder = _bound_possessor(tok, noun[1], b.lex)
                # "Our view is that ...": an editorial's own claim, as with "We believe ..."
                if holder.lower_ != "our" or b.ix.in_quote(holder.idx):
                    found.append((noun[0], tok, _speaker(holder, b.ix, b.lex)))
            adj = _adjective_report(tok, b.lex)
            if adj is not None:
                span = _trim_tokens(doc, b.ix.text, *adj[0])
                if span is not None and _inside(direct, d_starts, *span) < 0.5:
                    found.append((span, tok, _speaker(adj[1], b.ix, b.lex)))
            continue
        if _inside(direct, d_starts, tok.idx, tok.idx + 1) > 0 or b.ix.in_quote(tok.idx):
            continue  # a verb inside quoted words is part of the quote, not a report of its own
        if not according and prescribed(tok):
            continue  # "Voters should know that ...": the writer's demand, no one's report
        if not according and purpose_only(tok):
            continue  # "will meet to discuss the review": what an act is for, no one's report
        if not according and _misread_number(tok):
            continue  # "Roe rebuffs calls to ...": "calls" is the object, not the verb
        if not according and foreseen(tok, b.lex.lemma(tok)):
            continue  # "Serious hikers will want to look elsewhere": the writer's forecast
        if not according and denied_fact(tok, b.lex.lemma(tok)):
            continue  # "Children do not understand that ...": the writer's claim, no one's view
        if not according and _asks_anonymity(tok, b.lex):
            continue  # "a resident who asked not to be named": a condition, not a statement
        if any(a <= tok.i < b for a, b in silent):
            continue
        if tok.dep_ == "xcomp" and b.lex.lemma(tok.head) in b.lex.questions:
            continue  # "Asked to describe the device, Roe said ...": a request, not her words
        if not according and sought_knowledge(tok):
            continue  # "Residents deserve to know whether ...": what one is to know, no view
        if not according and _bare_to(tok):
            continue  # "nobody has asked her to since ...": the asked-for act is left unsaid
        if not according and appeal(tok):
            continue  # "Anyone with information is asked to call police": no one's words
        if b.lex.lemma(tok) in b.lex.thought and _describes_a_kind(tok):
            continue  # "a builder who wants to put up homes must ...": who, not what they hold
        if placeholder_only(tok, b.lex):
            continue  # "will report its findings in 2028": no content given
        if _prenominal_participle(tok):
            continue  # "small, telling details": an adjective the parser took for a verb
        if withheld_words(tok, b.lex) or (tok.dep_ == "xcomp" and withheld_words(tok.head, b.lex)):
            continue  # "declined to comment", "refused to say whether ...": no words given
        if tok.dep_ == "xcomp" and _permitted(tok, b.lex):
            continue  # "not authorised to discuss the matter": what one may say, nothing said
        if not according and contact_clause(tok):
            continue  # "People I know will die": a relative clause on the noun, no comment
        if not according and _called_home(tok, b.lex):
            continue  # "The farm Jan Roe called his home was sold": where he lived, no report
        rng = _according_content(tok) if according else _content_span(tok, b.lex)
        if not according and rng is not None and _denied_question(tok, rng):
            # "has not announced whether he will run": no words were given, and no verb in
            # the open question ("would not say whether she would back the plan ...") reports
            silent.append(rng)
            continue
        if not according and rng is not None and _finding_out(tok, rng, b.lex):
            continue  # "waits to see whether the league will act": an open question, no view
        # "issued the following statement on Sunday." sets out the paragraphs after it
        announced = None if according else announced_block(tok, b.ix, b.lex)
        lead = (
            announced is None and not according and _speech_verb(b.lex, tok) and _colon_follows(tok)
        )
        if lead:
            rng = _colon_content(tok, b.ix) or rng
        elif announced is not None:
            rng = (b.ix.token_at(announced[0]).i, bisect_left(b.ix.tok_starts, announced[1]))
        if rng is None:
            continue
        span = _trim_tokens(doc, b.ix.text, *rng)
        if span is not None:
            span = _after_dateline(span, dateline, b.ix.text)
        if span is not None:
            span = _through_quote(span, tok, b.ix)
        if span is not None and not according and _bracketed_aside(span, tok, b.ix.text):
            continue  # "argued for a smaller levy (in May, he voted ...)": the writer's aside
        quoted = _according_quote(tok, b.ix.text, b.quotes) if according else None
        if quoted is not None:
            span = quoted
        elif (
            span is None
            or _inside(direct, d_starts, *span) >= 0.5
            or _straddles(direct, d_starts, *span)
        ):
            continue
        spk = _cue_speaker(tok, b.ix, b.lex)
        if spk is None and not is_agentless_passive(tok):
            continue
        if (
            spk is None
            and b.lex.lemma(tok) in b.lex.questions
            and question_put(tok, b.lex.question_nouns)
            and not has_mark(b.ix.text, *span)
        ):
            continue  # "X was asked about the cost": a question put by no one named, no statement
        if (
            spk is not None
            and _thing_cannot_say(tok, spk, b.ix, b.lex)
            and not any(c.lower_ == "as" for c in tok.children)
        ):
            # "the crash saw shares fall": a thing that cannot speak reports nothing; "sees
            # the plan as a trap" is a view whoever holds it
            continue
        if spk is not None and _event_suggests(tok, spk, b):
            continue  # "Shares jumped 22%, suggesting investors doubt it": the writer's inference
        if spk is not None and spk.person is None and _anyone(spk, tok):
            continue  # "until you read ...": the writer's words to the reader
        if stance and spk is not None and spk.person is None and spk.text.lower() == "we":
            continue  # an editorial's "We believe ...": the outlet's own claim, not a report
        if (spk is None or spk.person is None) and any(
            _shown_saying(c, tok) and b.lex.is_cue(c) for c in tok.children
        ):
            continue  # "the video shows him saying ...": his words, reported by his own verb
        block = block_after(tok, spk, b.ix, b.lex) if lead else announced
        if block is not None:
            blocks[tok.i] = block
        found.append((span, tok, spk))
    found = _past_fronted_report(_clip_according(found, b.lex), b.lex)
    # univocal: a cue inside another report's content is part of that content, except under
    # "according to" or "in a poll": 'Polls show that ..., according to X' is X's report of
    # what the polls show, and the polls' own claim is a report of its own (the outlet cites
    # both)
    spans = sorted((f[0], _cites(f[1], b.lex)) for f in found)
    starts = [s for (s, _), _ in spans]
    longest = max((e - s for (s, e), _ in spans), default=0)
    for span, tok, spk in found:
        speech = not _cites(tok, b.lex) and b.lex.lemma(tok) not in b.lex.thought
        # only reports starting at most ``longest`` characters before the cue can hold it
        near = spans[bisect_left(starts, tok.idx - longest) : bisect_right(starts, tok.idx)]
        if any(
            s <= tok.idx < e and (s, e) != span and not (acc and speech) for (s, e), acc in near
        ):
            if spk is not None and tok.pos_ == "NOUN":
                # "X called Roe's claim that there were 'thousands' false": the report is X's,
                # the quoted words are the claim's, whose holder is Roe
                _adopt_partials(partials, p_starts, span, tok, spk, b.lex, nested=True)
            continue
        if spk is not None and _adopt_partials(partials, p_starts, span, tok, spk, b.lex):
            if tok.idx >= span[1] and not (tok.i and doc[tok.i - 1].text == "("):
                # 'The "peaceful" rally was a sham, Roe said': the clause before the verb is
                # Roe's claim around the fragment (a report that runs on after its verb reads
                # its own clause, ``voice._said_clause``); a source in brackets after the
                # fragment ('a "hollow" deal (according to Roe)') is the fragment's alone
                b.framing.append(b.make("indirect", span, tok, spk))
            continue
        if tok.i in blocks:
            b.add("direct", blocks[tok.i], tok, spk)  # a block quotation that lost its marks
            continue
        if _within_own_partial(partials, p_starts, span, tok, spk):
            continue  # 'promises "a display so real ..."': the partial already gives the words
        b.add("indirect", span, tok, spk)


def _bracketed_aside(span: tuple[int, int], cue: Token, text: str) -> bool:
    """The content the parse gives a verb of saying or thinking is all inside round brackets
    that open after the verb ("argued for a smaller levy (in May, he voted against the larger
    one)", where the bracketed clause is read as what he argued): a parenthesis is the
    writer's aside, not the report."""
    before, after = text[: span[0]].rstrip(), text[span[1] :].lstrip()
    return before.endswith("(") and after.startswith(")") and cue.idx < len(before) - 1


# determiners and pronouns of an indefinite noun phrase: "a builder who wants ...", "anyone who
# believes ..."
_INDEFINITE_DETS = frozenset({"a", "an", "any", "every", "each"})
_INDEFINITE_PRONOUNS = frozenset(
    {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "whoever"}
)


def _describes_a_kind(verb: Token) -> bool:
    """True for a verb of thought in a restrictive relative clause (no comma before it) on an
    indefinite noun phrase ("a builder who wants to put up forty homes must also ...", "anyone
    who believes the plan is free"): the clause says which one is meant, it reports no view.
    "a man who said he saw it" is speech and stays a report."""
    noun = verb.head
    if verb.dep_ != "relcl" or verb.i < noun.i or noun.dep_ in ("attr", "appos", "oprd"):
        return False  # "Roe is a candidate who wants to ...": said of one person
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return False  # "a game in which companies seek ...": the clause's subject is its own
    left = verb.left_edge.i
    if left > 0 and verb.doc[left - 1].text == ",":
        return False
    if noun.lower_ in _INDEFINITE_PRONOUNS:
        return True
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE_DETS for c in noun.children
    ):
        return False
    return _generic(noun)


def _generic(noun: Token) -> bool:
    """The clause the noun stands in says what holds of any such one: a modal ("a builder who
    wants to build must also ..."), the plain present ("a voter who believes that is wrong") or
    its "do" ("does not understand"). A past or perfect tells of one ("A senator who believes
    the law is void has filed a lawsuit"), whose view the relative clause then reports."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or (c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP")) for c in auxes):
        return True  # "must also ...", "does not understand ..."
    return verb.tag_ in ("VBZ", "VBP") and not auxes


def _through_quote(span: tuple[int, int], cue: Token, ix: _Index) -> tuple[int, int]:
    """The content run on to the closing mark of a quotation that opens inside it and closes
    after it in the same sentence ('said it had arrived "three days before the drill began,
    which is no invitation, it is a notification"', where the parse ends the clause at the
    inner comma): quoted words are never cut off at a comma of their own."""
    s, e = span
    i = bisect_right(ix.quoted_starts, e - 1) - 1
    if i < 0:
        return span
    qs, qe = ix.quoted[i]
    sent = cue.sent
    if not (s < qs < e < qe < sent.end_char) or ix.text[qe] not in _CLOSING_MARKS:
        return span
    if not ix.text[e:qe].lstrip().startswith(","):
        return span  # cut at a word, the parse may have hung the quote on another verb
    return s, qe + 1


_CLOSING_MARKS = frozenset("\"”’'»")


def _permitted(verb: Token, lex: CueLexicon) -> bool:
    """True for a verb of saying in the "to" clause of a word of permission ("was not
    authorised to discuss it", "is free to say what she likes"): it says what may be said."""
    head = verb.head
    return head.lemma_.lower() in lex.permission or head.lower_ in lex.permission


def _event_suggests(cue: Token, spk: _Speaker, b: _Builder) -> bool:
    """True for a participle set after a clause ("Shares jumped 22%, suggesting that investors
    doubt the deal") whose subject comes from that clause and cannot speak: what suggests, shows
    or signals is the event the clause tells of, so the inference is the writer's. "The council
    voted, saying that ..." still reports the council, and so does any verb not in [evidence]
    ("The writers urged her to act, arguing that ...")."""
    if b.lex.lemma(cue) not in b.lex.evidence:
        return False
    if (
        cue.dep_ != "advcl"
        or cue.tag_ != "VBG"
        or any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
    ):
        return False
    return not _speaker_can_speak(spk, b.ix, b.lex)


def _within_own_partial(
    partials: list[tuple[tuple[int, int], Quote]],
    starts: list[int],
    span: tuple[int, int],
    cue: Token,
    spk: _Speaker | None,
) -> bool:
    """True when a report's content lies inside a partial quote that the same verb governs or
    the same speaker says ('promises "a display so real you will forget it is a screen"',
    whose object the parse cut short): the quote gives the same words, and listing them twice
    says more than was said."""
    cue_span = (cue.idx, cue.idx + len(cue.text))
    i = bisect_right(starts, span[0]) - 1
    while i >= 0 and starts[i] > span[0] - 400:
        q = partials[i][1]
        own = q.cue_span == cue_span or (spk is not None and q.speaker_span == spk.span)
        if q.kind == "partial" and own and q.span[0] <= span[0] and span[1] <= q.span[1]:
            return True
        i -= 1
    return False


def _denied_question(cue: Token, rng: tuple[int, int]) -> bool:
    """ "The governor has not announced whether he will run", "The board has not said when it
    will decide": a denied verb of saying over an open question (opened by "whether", "if" or
    a wh-word) says that no answer was given, so it reports no words. "Roe did not say the
    plan had failed" still reports a clause, and "Roe said whether ..." is no denial."""
    if not any(c.dep_ == "neg" for c in cue.children):
        return False
    doc = cue.doc
    s = rng[0]
    while s < rng[1] and (doc[s].is_punct or doc[s].dep_ == "prep"):
        s += 1  # "did not comment on whether ..."
    return s < rng[1] and s > cue.i and doc[s].lower_ in QUESTION_WORDS


def _finding_out(cue: Token, rng: tuple[int, int], lex: CueLexicon) -> bool:
    """ "faces a nervous wait to see whether the league will charge him", "tests will show if
    the water is safe": a verb of seeing, finding or showing over an open yes-no question
    ("whether", "if") tells that an answer is awaited, not what anyone thinks or says. "Roe
    sees the plan as a trap" and "the poll shows that ..." still report."""
    if lex.lemma(cue) not in lex.mentions.shown:
        return False
    doc = cue.doc
    s = rng[0]
    while s < rng[1] and doc[s].is_punct:
        s += 1
    return s < rng[1] and s > cue.i and doc[s].lower_ in ("whether", "if")


def _bare_to(cue: Token) -> bool:
    """True for a verb whose infinitive stops at "to", the verb left out ("nobody has asked her
    to since the light was automated", "she could have, but did not want to"): the parser hangs
    the words after "to" on it, but nothing asked for or said is given."""
    for c in cue.children:
        if c.dep_ != "xcomp":
            continue
        to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        if to is None or to.i + 1 >= len(cue.doc) or to.i < cue.i:
            continue
        if c.i > to.i and c.pos_ in ("VERB", "AUX") and not _own_clause(c):
            continue  # "vowed to, in her words, clean up ...": the verb after "to" is given
        nxt = cue.doc[to.i + 1]
        if nxt.is_punct or nxt.pos_ in ("SCONJ", "ADP", "CCONJ") or nxt.tag_ == "IN":
            return True
    return False


def _own_clause(verb: Token) -> bool:
    """True for a verb with a subject or a subordinating word of its own ("since the light was
    automated"): a clause of its own, not the infinitive's verb."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def contact_clause(cue: Token) -> bool:
    """ "People I know will die": a clause the parser hangs on the main verb as a comment
    ("..., I know, ...") but which runs straight on from a noun into the verb, with no comma,
    dash or bracket on either side, is a relative clause with no relative pronoun on that
    noun; it reports nothing. A comment clause is set off by punctuation or stands at an end
    of its sentence ("The plan, I think, will fail", "The plan will fail, I think")."""
    if cue.dep_ != "parataxis":
        return False
    doc, sent = cue.doc, cue.sent
    first, last = cue.left_edge.i, cue.right_edge.i
    if first <= sent.start or last + 1 >= sent.end:
        return False
    edges = (doc[first - 1], doc[first], doc[last], doc[last + 1])
    return not any(t.is_punct for t in edges) and doc[first - 1].pos_ in ("NOUN", "PROPN")


def _misread_number(cue: Token) -> bool:
    """True for a verb of saying in the third person singular ("calls") whose subject, as the
    parser read it, is a plural noun in "-s" in lower case ("rebuffs"): a subject and a verb
    that do not agree are a misreading, as in the headline "Roe rebuffs calls to delay bill",
    where the "subject" is the verb and the "verb" its object."""
    if cue.tag_ != "VBZ":
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    # a capitalised one may be a name or a body's name ("Wines believes", "Citizens for Tax
    # Justice advocates"), which is singular
    return subj is not None and subj.tag_ == "NNS" and subj.text.endswith("s") and subj.is_lower


def _asks_anonymity(cue: Token, lex: CueLexicon) -> bool:
    """ "asked not to be named", "requested that she not be identified", "did not want to be
    named": the condition of anonymity a source set (a verb of ``[anonymity] cues`` over a
    denied passive of one of its ``verbs``, or a denied cue over a passive), which is no
    statement of theirs. "She said she would not be named to the board" still reports what
    she said."""
    if lex.lemma(cue) not in lex.anonymity_cues:
        return False
    cue_denied = any(k.dep_ == "neg" for k in cue.children)
    for c in cue.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        kids = list(c.children)
        passive = any(k.dep_ == "auxpass" for k in kids)
        denied = cue_denied or any(k.dep_ == "neg" for k in kids)
        if passive and denied and lex.lemma(c) in lex.anonymity:
            return True
    return False


def _cites(tok: Token, lex: CueLexicon) -> bool:
    """True for a cue that cites a source for a whole clause: "according to", "in a poll"."""
    return _is_according(tok) or poll_source(tok, lex) is not None


def _clause_without(prep: Token, verb: Token) -> tuple[int, int] | None:
    """The clause of ``verb`` that a prepositional phrase belongs to, as a token range: without
    the phrase when it opens or closes the clause ("In a poll, 60 percent said ...": "60
    percent said ..."), whole when the phrase stands inside it with a clause of its own
    ("Voters said in a poll released Monday that ...") or in its subject ("a third of those
    in a poll said ..."); None for a phrase inside that holds no clause."""
    doc = prep.doc
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    s, e = prep.left_edge.i, prep.right_edge.i + 1
    if all(t.is_punct for t in doc[start:s]):
        return e, end
    if all(t.is_punct for t in doc[e:end]) and verb.i < s - 1:
        return start, s
    inside_subject = any(
        t.dep_ == "nsubj" and t.left_edge.i <= s < t.right_edge.i for t in doc[start:s]
    )
    if inside_subject or any(t.pos_ in ("VERB", "AUX") for t in doc[s:e]):
        return start, end
    return None


def _according_quote(acc: Token, text: str, quotes: list[Quote]) -> tuple[int, int] | None:
    """The content of "according to X" when it sources a quote with its own cue, on either
    side of the phrase ('"...," the bishop said, according to the Gazette, after the mass':
    what the bishop said, not the time phrase after it); None otherwise."""
    sent = acc.sent
    s, e = acc.left_edge.i, acc.right_edge.i + 1
    for rng in ((sent.start, s), (e, sent.end)):
        span = _trim_tokens(acc.doc, text, *rng) if rng[1] > rng[0] else None
        quoted = _quoted_report(span, quotes) if span is not None else None
        if quoted is not None:
            return quoted
    return None


def _quoted_report(span: tuple[int, int], quotes: list[Quote]) -> tuple[int, int] | None:
    """What "according to X" reports when it sources a quote with its own cue.

    '"We will win," Roe said, according to the Ledger': the paper reports that Roe said the
    quoted words, so its report runs from the quote through "Roe said". A direct quote whose
    cue lies in the according phrase's content (or next to it, where the parser ended a
    sentence at the quote) is part of that content. None when no such quote is there.
    """
    start, end = span
    for q in quotes:
        if q.kind != "direct" or q.cue_span is None or not start <= q.cue_span[0] < end:
            continue
        just_before = q.span[0] < start and q.span[1] >= start - 3
        if just_before or start <= q.span[0] < end:
            return min(start, q.span[0]), max(end, q.span[1])
    return None


def _clip_according(
    found: list[tuple[tuple[int, int], Token, _Speaker | None]], lex: CueLexicon
) -> list[tuple[tuple[int, int], Token, _Speaker | None]]:
    """ "Roe said the plan failed, according to the Ledger": an "according to" (or "in a
    poll") phrase set off by a comma at the end of a report's content sources the whole
    sentence, so it is no part of what Roe said; the report stops before the comma."""
    cues = [tok for _, tok, _ in found if _cites(tok, lex)]
    if not cues:
        return found
    out = []
    for (s, e), tok, spk in found:
        for acc in cues:
            if acc is tok or not s < acc.idx < e or acc.i == 0:
                continue
            comma = acc.doc[acc.i - 1]
            phrase_end = acc.right_edge.idx + len(acc.right_edge.text)
            if comma.text == "," and phrase_end >= e and comma.idx > s:
                e = _text_end(acc.doc, acc.i - 1)
        out.append(((s, e), tok, spk))
    return out


def _past_fronted_report(
    found: list[tuple[tuple[int, int], Token, _Speaker | None]], lex: CueLexicon
) -> list[tuple[tuple[int, int], Token, _Speaker | None]]:
    """ "Sales rose 9%, the firm said in a statement, just above the figure analysts had
    expected, according to Vantage data": an "according to" (or "in a poll") source at the
    end of a sentence that holds a fronted report ("..., the firm said") and then goes on
    with words of its own sources those words, not the firm's statement before them; its
    content starts after the cue clause. With nothing between that cue clause and the phrase
    ('"We will win," Roe said, according to the Ledger') the source reports the whole."""
    out = []
    for (s, e), tok, spk in found:
        if _cites(tok, lex):
            for (rs, re_), cue, _ in found:
                if _cites(cue, lex) or not (s <= rs and re_ <= cue.idx and s < cue.idx < e):
                    continue
                start = _cue_clause_end(cue)
                if start is not None and start.idx < tok.idx and start.idx > s:
                    rest = [t for t in cue.doc[start.i : tok.i] if not t.is_punct]
                    if len(rest) >= 2:
                        s = start.idx
        out.append(((s, e), tok, spk))
    return out


def _cue_clause_end(cue: Token) -> Token | None:
    """The first word after a verb of saying and its own modifiers ("the firm said in a
    statement on Monday, ..."): the start of what follows its clause, or None."""
    doc = cue.doc
    i = cue.i + 1
    for c in cue.rights:
        if c.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj", "punct", "agent"):
            i = max(i, c.right_edge.i + 1)
            continue
        break
    while i < cue.sent.end and doc[i].is_punct:
        i += 1
    return doc[i] if i < cue.sent.end else None


def _text_end(doc: Doc, i: int) -> int:
    """End offset of the last word before token ``i`` that is not punctuation or space."""
    j = i - 1
    while j > 0 and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    return doc[j].idx + len(doc[j].text)


def _noun_report(tok: Token, lex: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """ "Roe's claim that ...", "criticism of the plan by Roe": a noun of saying or of stance
    with a named holder (a possessive or "by"/"from" X) and its content (a "that" clause, or
    what the stance is about). Returns the content's offsets and the holder's token."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.nouns:
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    content: Token | None = None
    # a work's "on"/"about" phrase is its topic, not what it says ("your report on the bypass")
    work = tok.lemma_.lower() in lex.mentions.works
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and holder is None:
            holder = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children):
            content = c
        elif c.dep_ == "prep" and c.lower_ in lex.noun_preps and content is None and not work:
            content = next((g for g in c.children if g.dep_ == "pobj"), None)
    if holder is None and content is not None and content.dep_ in ("acl", "ccomp"):
        holder = light_verb_subject(tok, lex)
    if holder is None or content is None or holder.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    s, e = content.left_edge, content.right_edge
    if e.i - s.i < 1:
        return None
    return (s.idx, e.idx + len(e.text)), holder


def _copular_report(noun: Token, lex: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """ "Roe's view is that the tax is too high", "His argument at the hearing was that ...": a noun
    of saying or stance with a possessive holder, the subject of "be", completed by a "that"
    clause after the verb: the clause is what the holder says or holds ("at the hearing" is no
    content). Not a clause without "that" ("Roe's view is he should go" is rare and often
    misparsed), a predicate ("Roe's view is shared by many") or a noun with no holder ("The
    claim is that ..."). Returns the clause's offsets and the holder's token."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.nouns:
        return None
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None or holder.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is None or not _marked(clause):
        return None
    s, e = clause.left_edge, clause.right_edge
    return (s.idx, e.idx + len(e.text)), holder


def _adjective_report(tok: Token, lex: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """ "Roe was certain (that) the plan would fail", "Voters are upset that ...": an adjective
    of belief or feeling (``adjectives`` in the lexicon) predicated of a subject, with a clause
    as its complement, reports the subject's mind; the clause is the content (token range) and
    the subject its holder. Without a clause ("Roe was upset") it reports nothing."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.lower_ not in lex.adjectives:
        return None  # "frustrated" is often tagged as a participle; the written form decides
    if tok.dep_ not in ("acomp", "oprd") or tok.head.pos_ not in ("AUX", "VERB"):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        # "Roe was adamant that ...": the parse may hang the clause on the copula instead
        clause = next(
            (c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and _marked(c)),
            None,
        )
    if clause is None:
        return None
    holder = _subject(tok.head)
    if holder is None or holder.dep_ != "nsubj":
        return None
    if holder.lower_ in lex.impersonal_subjects or holder.lower_ == "what":
        return None  # "It is clear that ...", "What is certain is that ...": no one's mind
    return (clause.left_edge.i, clause.right_edge.i + 1), holder


def _marked(clause: Token) -> bool:
    """True when a clause opens with "that" ("... that the plan failed")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _bound_possessor(noun: Token, holder: Token, lex: CueLexicon) -> Token:
    """The subject a possessive pronoun holder stands for in its own clause.

    "The leaders signalled their support for X", "Roe repeated her claim that ...": the
    possessive of a noun of saying that is the object of a verb of saying is bound by that
    verb's subject, which names the holder better than the pronoun does; elsewhere ("fanned
    controversy over her remark") the possessive is the mention.
    """
    if holder.lower_ not in _POSSESSIVES or holder.dep_ != "poss":
        return holder
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return holder
    if not lex.is_cue(verb) and verb.lemma_.lower() not in lex.light_verbs:
        # "fanned controversy over her remark": the remark is still hers; "they shared their
        # concerns" puts the subject's own words forward
        return holder
    subj = _subject(verb)
    if subj is None or subj.i > noun.i or subj.lower_ in lex.impersonal_subjects:
        return holder
    return subj


def _adopt_partials(
    partials: list[tuple[tuple[int, int], Quote]],
    starts: list[int],
    span: tuple[int, int],
    cue: Token,
    spk: _Speaker,
    lex: CueLexicon,
    nested: bool = False,
) -> bool:
    """Quoted fragments inside reported content become that speaker's partial quotes.

    With ``nested`` (a noun of saying with its holder inside another report's content), the
    fragment is the noun's holder's even when a verb outside the noun governs it.
    """
    if lex.lemma(cue) in lex.unvoiced:
        return False  # "plans to shut it in a 'raid'": an intention holds no one's words
    i = bisect_left(starts, span[0])
    adopted = False
    while i < len(partials) and partials[i][0][0] < span[1]:
        q = partials[i][1]
        if q.span[1] <= span[1] + 1:
            # a fragment with no cue of its own (no speaker, or one inferred from its sentence)
            # is the words of the report it stands in
            outer = nested and q.cue_span is not None and not span[0] <= q.cue_span[0] < span[1]
            if q.speaker_text is None or q.cue_span is None or outer:
                q.kind = "partial"
                q.cue_span = (cue.idx, cue.idx + len(cue.text))
                q.cue = lex.lemma(cue)
                q.speaker_id, q.speaker_text, q.speaker_span = spk.person, spk.text, spk.span
            adopted = adopted or (q.kind == "partial" and not _own_inner_report(q, cue, spk))
        i += 1
    return adopted


def _own_inner_report(q: Quote, cue: Token, spk: _Speaker) -> bool:
    """True for a fragment whose own cue stands between the report's cue and the fragment, with
    another speaker ('Leaders denounced what Roe called "reckless" acts', 'Roe said voters have
    come to believe "..."'): the fragment is the inner speaker's, and the outer report is a
    statement of its own, listed beside it. A cue after the fragment ("..., as a memo put it")
    gives the fragment's source and stays its cue."""
    if q.cue_span is None or not cue.idx < q.cue_span[0] < q.span[0]:
        return False
    inner = cue.doc.char_span(*q.cue_span, alignment_mode="expand")
    if inner is None or _clause_of_a_noun(inner[0]):
        return False  # ', a move critics called "..."': the writer's aside, no part of it
    if spk.person is not None and q.speaker_id == spk.person:
        return False
    return q.speaker_span != spk.span
