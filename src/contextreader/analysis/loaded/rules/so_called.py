"""Rule "so-called": the writer's doubt ("so-called evidence", "the so-called experts") is
marked together with the noun phrase it distances; the "commonly named" sense that introduces a
name or a coined term ("the so-called Harwick Group", "so-called ghost guns", 'the so-called
"ladder" rule') is not. A benefit claimed for a plain measure ("the so-called peace plan") is
still doubt, however long the measure's name, and even where it is the measure's official name
("the so-called Housing Reform Bill"): the benefit is tested before the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.loaded.denial import NEGATIVE_SUBJECTS
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.tokens import (
    NAME_ENTS,
    QUOTE_CHARS,
    _joining_hyphen,
    _lemma,
    set_off,
)
from contextreader.analysis.quotes.lexicon import cue_lexicon

SO_CALLED_NP = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# words that deny what a clause says: "which showed nothing", "which no study supports"
NEGATIONS = NEGATIVE_SUBJECTS | {"no", "not", "never", "nor"}


def rule_so_called(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'so-called X': mark the phrase together with the noun phrase it puts at a distance.

    "so-called" has two senses: "falsely so named" ("so-called evidence", "the so-called
    experts"), which is the writer's doubt, and "commonly named", which only introduces a name
    or a coined term ("the so-called Frankfurt proposal", "so-called ghost guns"). The second
    is left unmarked: a name or a noun compound follows it.
    """
    found = _so_called_phrase(doc, start, end)
    phrase = doc[end : found[1]]
    if not phrase and _name_origin(doc, start, end, lexicon):
        return None  # "the village is so-called because of its springs": how a name came about
    if _claimed_measure(phrase, lexicon):
        # 'the so-called "jobs renewal plan"', quoted or not, however long, and a measure's
        # official name that claims the benefit ("the so-called Housing Reform Bill")
        return found
    if _a_name(phrase):
        return None
    quoted = _quoted_term(doc[end : max(found[1], end + 1)], lexicon) if end < len(doc) else False
    if _names_a_term(phrase, lexicon) or quoted or _hyphened_term(phrase, lexicon):
        return None
    if _defined_after(doc[end - 1], lexicon):
        return None
    return found


def _name_origin(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A bare "so-called" followed by where a name comes from ([context] name_origins): "the
    village is so-called because of its springs". The word is lower case and stands alone, not
    the start of what "so-called" puts at a distance ("so-called for-profit colleges", "the
    so-called For the People Act")."""
    if end >= len(doc) or doc[end].text not in lexicon.name_origins:
        return False
    return end + 1 >= len(doc) or not _joining_hyphen(doc[end + 1])


def _a_name(phrase: Span) -> bool:
    """A proper name follows: "the so-called Harwick Group", "the so-called Nordic diet"."""
    return any(
        t.ent_type_ in NAME_ENTS or (t.pos_ == "PROPN" and t.ent_type_ != "NORP")
        for t in phrase
        if t.is_alpha
    )


def _defined_after(called: Token, lexicon: Lexicon) -> bool:
    """The writer explains the term right after it, in an apposition set off by punctuation
    ("so-called carried interest, a share of a fund's profits paid to its managers", "so-called
    dark pools, private venues where ..."): "so-called" introduces a term of art the reader may
    not know. An apposition whose head debunks ([context] debunking: "so-called science, a
    mishmash of guesswork", "a myth") leaves the mark. The term stands bare, as a term of art
    does; with a determiner ("the so-called evidence, a blurry photo") the apposition may
    debunk what the phrase names, and so it may after a word for people ("so-called experts,
    ...") or a benefit claimed ("so-called reforms, ...")."""
    noun = called.head
    if called.dep_ != "amod" or noun.pos_ != "NOUN" or noun.i < called.i:
        return False
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    people = lexicon.people | lexicon.camps | lexicon.claimed_goods
    if _lemma(noun) in people or noun.lower_ in people:
        return False
    appositions = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and set_off(c)]
    appositions += _reduced_relative_after(noun) + _loose_apposition_after(noun)
    if any(_explaining_clause(c, lexicon) for c in noun.children):
        return True
    return any(
        c.pos_ == "NOUN"
        and _lemma(c) not in lexicon.debunking
        and c.lower_ not in lexicon.debunking
        for c in appositions
    )


def _loose_apposition_after(noun: Token) -> list[Token]:
    """An apposition the parser hangs elsewhere in the sentence: a comma, then "a" or "an" and
    the noun it goes with ("so-called dark pools, a trading venue popular with large
    funds, ..." where "venue" is read as a loose dependent of the main verb). Not the
    subject of a clause of its own ("so-called reforms, a spokesman said")."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    det = doc[noun.i + 2]
    head = det.head
    if det.lower_ not in ("a", "an") or det.dep_ != "det" or head.i <= det.i:
        return []
    if head.pos_ != "NOUN" or head.dep_ in ("nsubj", "nsubjpass"):
        return []
    return [head]


def _explaining_clause(clause: Token, lexicon: Lexicon) -> bool:
    """A relative clause set off by a comma that tells what the term does ("so-called carried
    interest, which benefits fund managers"): it explains the term as an apposition does. Not
    one that may debunk it: with "be" as verb or auxiliary ("which is guesswork", "which was
    paid for by the industry"), a negation ("which showed nothing"), a debunking word
    (``[context] debunking``) or a verb of saying ("which critics say are a fraud"). A relative
    clause inside it speaks of another noun and is not read ("which let investors trade shares
    that are not yet listed")."""
    if clause.dep_ != "relcl" or clause.i <= clause.head.i:
        return False
    first = clause.left_edge
    if first.i == 0 or first.nbor(-1).text != "," or first.lower_ not in ("which", "that"):
        return False
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sayings = cue_lexicon().verbs
    for t in _own_words(clause):
        lemma = _lemma(t)
        if t.dep_ == "neg" or t.lower_ in NEGATIONS or lemma == "be":
            return False
        if lemma in lexicon.debunking or t.lower_ in lexicon.debunking:
            return False
        if t.pos_ == "VERB" and lemma in sayings:
            return False
    return True


def _own_words(clause: Token) -> list[Token]:
    """The words of a clause without the relative clauses nested in it."""
    words, todo = [], [clause]
    while todo:
        tok = todo.pop()
        words.append(tok)
        todo.extend(c for c in tok.children if c.dep_ != "relcl")
    return words


def _reduced_relative_after(noun: Token) -> list[Token]:
    """An apposition the parser reads as a clause of its own: a comma, then a noun with a
    participle right after it ("so-called stablecoins, cryptocurrencies pegged to the dollar",
    parsed as if the cryptocurrencies pegged something). Not a verb of saying ("so-called
    reforms, critics said") nor a verb with an object or clause of its own."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    nxt = doc[noun.i + 2]
    while nxt.i + 1 < len(doc) and nxt.dep_ in ("det", "amod", "compound"):
        nxt = doc[nxt.i + 1]
    verb = nxt.head
    if nxt.dep_ not in ("nsubj", "nsubjpass") or verb.i != nxt.i + 1:
        return []
    if verb.tag_ not in ("VBN", "VBD") or _lemma(verb) in cue_lexicon().verbs:
        return []  # "so-called reforms, critics said"
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return []  # "so-called reforms, voters rejected them": a clause of its own
    return [nxt]


def _claimed_measure(phrase: Span, lexicon: Lexicon) -> bool:
    """A plain measure ("plan", "bill", "package") named by a benefit it is said to bring or a
    quality it is said to have (``[context] claimed_qualities``: "affordable", "fair"),
    among any other words ("the so-called school modernisation plan", "the so-called peace and
    security package"): the writer questions the benefit claimed, as with "the so-called peace
    plan", however many words the measure's name runs to."""
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.is_alpha]
    if not nouns or _lemma(nouns[-1]) not in lexicon.measures:
        return False
    if any(_lemma(t) in lexicon.claimed_goods for t in nouns[:-1]):
        return True
    # or by a quality it is said to have: "the so-called affordable living plan", 'its
    # so-called "fair rents" bill'
    return any(
        t.lower_ in lexicon.claimed_qualities
        for t in phrase
        if t.i < nouns[-1].i and t.pos_ in ("ADJ", "NOUN", "PROPN")
    )


def _names_a_term(phrase: Span, lexicon: Lexicon) -> bool:
    """A proper name ("the St. Gallen Group") or a noun compound ("migrant caravan"), unless the
    compound is a benefit claimed for a plain measure ("the so-called peace plan"): that
    questions the claim rather than naming a term."""
    words = [t for t in phrase if t.is_alpha]
    if _a_name(phrase):
        return True
    return any(
        t.dep_ == "compound"
        and t.pos_ in ("NOUN", "PROPN", "ADJ")
        and not _claimed_good(t, lexicon)
        for t in words
    )


def _claimed_good(modifier: Token, lexicon: Lexicon) -> bool:
    """'peace' in "peace plan", 'reform' in "reform package": a benefit a measure is said to
    bring, as the first half of a compound whose head is a plain noun for a measure."""
    return (
        modifier.lemma_.lower() in lexicon.claimed_goods
        and modifier.head.lemma_.lower() in lexicon.measures
    )


def _hyphened_term(phrase: Span, lexicon: Lexicon) -> bool:
    """'so-called first-loss notes', 'so-called cost-plus contracts': a hyphened modifier
    coins a term of art. Not where the term names people ('so-called pro-life activists'):
    that questions the name they go by; nor where it claims a stance ('so-called
    tough-on-crime bill', see ``_claimed_stance``)."""
    if not any(_joining_hyphen(t) for t in phrase[1:-1]):
        return False
    if _claimed_stance(phrase):
        return False
    people = lexicon.people | lexicon.camps
    return not any(t.pos_ == "NOUN" and t.lemma_.lower() in people for t in phrase)


def _claimed_stance(phrase: Span) -> bool:
    """'so-called tough-on-crime bill', 'so-called soft-on-defence judges': an adjective and a
    preposition hyphened into one modifier claim a quality shown on some matter, a slogan the
    writer doubts, not a term of art."""
    toks = list(phrase)
    return any(
        a.pos_ == "ADJ" and _joining_hyphen(h) and p.pos_ == "ADP"
        for a, h, p in zip(toks, toks[1:], toks[2:], strict=False)
    )


def _quoted_term(phrase: Span, lexicon: Lexicon) -> bool:
    """'the so-called "ladder" rule', 'so-called "quiet zones"': quotation marks right
    after "so-called" show a term being named. Not where the quoted words are a quality or a
    word for people ('the so-called "honest" brokers', 'so-called "experts"'): that is sarcasm.
    A word for people as a possessor ('the so-called "mayor's cup"') names whose thing the term
    is and does not count."""
    if len(phrase) == 0 or phrase[0].text not in QUOTE_CHARS:
        return False
    # the quoted words may be of any kind ("so-called ''carry back'' rules"), so the closing
    # mark is looked for past the noun phrase, a few words on
    after = phrase.doc[phrase.start + 1 : min(phrase.start + 8, phrase.sent.end)]
    end = next((t.i for t in after if t.text in QUOTE_CHARS), phrase.end)
    quoted = [t for t in phrase.doc[phrase.start + 1 : end] if t.is_alpha]
    if not quoted:
        return False
    people = lexicon.people | lexicon.camps
    if all(t.pos_ in ("ADJ", "ADV") or t.tag_ == "VBN" for t in quoted):
        # a quoted quality ('"good" bishops') is sarcasm, not a name; a participle that sorts a
        # thing by what is done to it ('so-called "closed" primaries') names a kind, unless it
        # is a quality claimed or what follows names people ('so-called "elected" leaders')
        return all(
            (t.tag_ == "VBN" or t.lower_.endswith("ed"))
            and t.lower_ not in lexicon.claimed_qualities
            for t in quoted
        ) and not any(t.head.lemma_.lower() in people for t in quoted)
    if all(t.pos_ == "NOUN" and _lemma(t) in lexicon.claimed_goods for t in quoted):
        return False  # 'so-called "reforms"': a benefit claimed, doubted as it is unquoted
    # a possessor names whose thing the term is, not what it is ('so-called "mayor's cup"')
    return not any(
        t.lower_ in people or t.lemma_.lower() in people
        for t in quoted
        if t.dep_ != "poss" and not any(c.dep_ == "case" for c in t.children)
    )


def _so_called_phrase(doc: Doc, start: int, end: int) -> tuple[int, int]:
    sent_end = doc[start].sent.end
    j, last = end, end
    while j < sent_end and j - end < 8:
        tok = doc[j]
        quoted_participle = tok.tag_ == "VBN" and j > end and doc[j - 1].text in QUOTE_CHARS
        # the second half of a hyphened word, whatever its tag ("data-pooling agreements")
        hyphened = j > end and _joining_hyphen(doc[j - 1]) and tok.is_alpha
        if (
            tok.pos_ in SO_CALLED_NP
            or tok.text in QUOTE_CHARS
            or tok.text == "-"
            or quoted_participle
            or hyphened
        ):
            if tok.pos_ in ("NOUN", "PROPN", "NUM"):
                last = j + 1
            elif tok.text in QUOTE_CHARS and last == j and j > end:
                last = j + 1  # a closing quote right after the noun
            j += 1
            continue
        break
    return start, last
