"""Whether a source phrase names no one.

"officials", "some critics", "one of his aides", "those who know him" name no one; "Jan Roe",
"Roe and others", "the port authority" (one body, named by what it is) and a document whose
author is named ("a study by the Tarnby Institute") do. The nouns and quantifiers come from
``vague_sources.toml``. ``_source_phrase`` cuts the phrase out of the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.assertions.lexicon import VagueLexicon, attribution_lexicon
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.lexicon import cue_lexicon

# prepositions that place a source ("officials in X", "sources close to", "critics from X")
_SOURCE_PREPS = frozenset({"in", "from", "at", "within", "inside", "with", "on", "of", "close"})


def is_vague_source(span: Span, lex: VagueLexicon) -> bool:
    """A source phrase that names no one: its head is a vague noun or quantifier.

    A name that only qualifies the head ("US officials", "Pentagon officials", "Roe's
    advisers") still leaves the source unnamed; a name that is the head, or stands beside it
    ("Roe and others", "officials such as Jan Roe"), names someone.
    """
    head = span.root
    part = _partitive_of(head, lex)
    if part is not None:
        # "one of the aides", "a wide array of economists": as vague as those counted
        return is_vague_source(head.doc[part.left_edge.i : part.right_edge.i + 1], lex)
    named = (head.ent_type_ in ("PERSON", "ORG") or head.pos_ == "PROPN") and not (
        _vague_head(head, lex)  # (the tagger can read a plural opening a sentence as a name)
    )
    if named or _restates_name(head) or _named_document(head, lex) or _refers_back(head, lex):
        return False
    if _points_back(head, lex):
        return False
    if _named_in_lead(head, lex):
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return False  # "the union's leader, Mo Dunn, warned": the apposition names him
    if _appositive_person(head):
        return False  # "a spokesperson for the mayor, Jan Roe, said": a name is set beside it
    for t in span:
        possessive = t.dep_ == "poss" or (t.dep_ == "compound" and t.head.dep_ == "poss")
        # (the head itself was read above: a vague noun the tagger took for a name, as it can
        # take "Campaigners" opening a sentence, names no one)
        if t.ent_type_ == "PERSON" and t.i != head.i and t.head.i != head.i and not possessive:
            if _qualifies(t, head):
                continue  # "sources close to the Vance campaign": still no one named
            return False
        if t.ent_type_ == "PERSON" and t.dep_ in ("conj", "appos"):
            return False
    # "boat owners and legal experts said": unnamed people joined to an unnamed group
    heads = [head, *(c for c in head.children if c.dep_ == "conj")]
    if any(h.ent_type_ in ("PERSON", "ORG") or h.pos_ == "PROPN" for h in heads[1:]):
        return False
    return any(_vague_head(h, lex) for h in heads)


def _appositive_person(head: Token) -> bool:
    """ "A spokesperson for the mayor, Jan Roe, said": a person's name set off by commas after
    the source noun or after a person it works for. Whose name it is, the parse cannot tell
    (it hangs the name on the nearer noun), but a source phrase that holds one names someone.

    The name is a run of proper nouns with no determiner (the tagger may call it an
    organisation), in apposition to the head or to a noun for a person (a role noun: "the
    district attorney, Jan Roe") in the head's "for"/"of"/"to" phrase when the head is one
    person. A name set beside a body ("officials at the company, Tarn Logistics"), a place, or
    the one many work for ("aides to the governor, Jan Roe") names no one who speaks."""
    roles = role_lexicon().roles
    for t in head.subtree:
        if t.dep_ != "appos" or t.i <= head.i or not _name_run(t):
            continue
        if t.head.i == head.i:
            return True
        owner = t.head
        if head.tag_ != "NN" or not (owner.lemma_.lower() in roles or owner.lower_ in roles):
            continue  # "aides to the governor, Jan Roe": one name, many aides; it is his
        if owner.dep_ == "pobj" and owner.head.dep_ == "prep" and owner.head.head.i == head.i:
            return True
    return False


def _name_run(tok: Token) -> bool:
    """A person's name: proper nouns only, two or more of them (first and last) or one the
    model calls a person, and no determiner or place ("the Tarnby Institute", "Ohio")."""
    words = [t for t in tok.subtree if not t.is_punct]
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
        return False
    if any(t.ent_type_ in _NOT_PEOPLE for t in words):
        return False
    return tok.ent_type_ == "PERSON" or len(words) >= 2


# entity types of a proper noun that is no person's name
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})


# prepositions that bring in examples of the head ("officials such as Jan Roe"), not a
# qualifier of it ("sources close to the Roe campaign", "aides in Roe's office")
_EXAMPLES = frozenset({"as", "like", "including"})


def _qualifies(tok: Token, head: Token) -> bool:
    """Whether a word in a source phrase sits in a prepositional phrase that only says which
    ones are meant ("close to the Vance campaign", "from the Roe camp")."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            return node.head.lower_ not in _EXAMPLES
        node = node.head
    return False


def _named_document(head: Token, lex: VagueLexicon) -> bool:
    """ "the Harbour Board's annual reports", "a study by the Tarnby Institute", "a Gallup
    poll": a document, a study or a poll whose author is named (a possessor, "by X", or a name
    before it) is as named a source as its author; so is one owned by a single body or person
    named by what it is ("the fire service's annual reports", as "the fire service said" names
    it), not by unnamed people ("the officials' reports", "an official's report"). People
    are another matter: "Roe's aides" are still unnamed aides."""
    alex = attribution_lexicon()
    lemma = head.lemma_.lower()
    if not {lemma, head.lower_} & (alex.artifacts | alex.records | alex.polls):
        return False
    if _titled(head):
        return True  # "The Global Report on Food Crises found that ...": a title names it
    for c in head.children:
        if c.dep_ in ("poss", "compound") and _proper_name_word(c):
            return True
        if c.dep_ == "poss" and _definite_body(c, lex):
            return True
        by = c.dep_ == "prep" and c.lower_ == "by"
        if by and any(g.dep_ == "pobj" and _proper_name_word(g) for g in c.children):
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN" and _named_place(c):
            return True  # "a study published on Wednesday in the journal Reef Letters"
    return False


def _titled(head: Token) -> bool:
    """ "The Global Report on Food Crises", "the Harbour Survey": a document noun written with a
    capital inside a sentence that is otherwise in lower case is part of a title. (A title-case
    headline capitalises every word; a capital opening a sentence says nothing.) A title has
    "the" or no article and another capitalised word beside the noun ("a new Study says" is
    one study written with a capital, no title)."""
    if head.tag_ != "NNP" or not head.text[:1].isupper() or head.i == head.sent.start:
        return False
    if any(c.dep_ == "det" and c.lower_ != "the" for c in head.children):
        return False
    phrase = range(head.left_edge.i, head.right_edge.i + 1)
    if not any(
        t.i != head.i and t.dep_ != "det" and t.is_alpha and t.text[0].isupper()
        for t in head.doc[phrase.start : phrase.stop]
    ):
        return False
    return any(
        t.i not in phrase and t.is_alpha and t.text[0].islower() and t.pos_ in _CONTENT
        for t in head.sent
    )


# parts of speech a title-case headline capitalises ("UN Report Warns of Hunger")
_CONTENT = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV"})


def _refers_back(head: Token, lex: VagueLexicon) -> bool:
    """ "the report said", "the study found": a document of findings ([studies]) with only "the"
    points back to the last such document the article spoke of; it is named when that one was
    ("The Global Report on Food Crises found ... the study found"), as "the company said" is the
    company named before. After an unnamed one ("a report said ... the report added") or with
    none before it, it names no one. Other bare "the report"s between are passed over."""
    if not _bare_definite(head, lex):
        return False
    for tok in reversed(head.doc[: head.i]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue  # ("survey data", "poll numbers": no document spoken of)
        if tok.lower_ not in lex.studies and tok.lemma_.lower() not in lex.studies:
            continue
        if _named_document(tok, lex):
            return True
        if not _bare_definite(tok, lex):
            return False
    return False


# determiners that point a plural back at ones just spoken of ("both groups", "these experts")
_BACK_DETS = frozenset({"both", "these"})


def _points_back(head: Token, lex: VagueLexicon) -> bool:
    """ "Both groups said", "The two analysts said", "These unions say": a plural with "both",
    "these", or "the" and a number points back to the people or bodies the text has just named
    in a list ("Keep Pools Open and the Tarnby Club", "Jan Roe and Ann Doe", within the three
    sentences before), as "the company said" is the company named before. Where the text
    last used that noun for people it did not name ("Younger voters ... These voters say",
    "Two experts ... Both experts said"), they stay unnamed."""
    if head.tag_ != "NNS" or not _pointing(head):
        return False
    doc = head.doc
    lemma = head.lemma_.lower()
    for tok in reversed(doc[: head.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or _pointing(tok):
            continue  # (an earlier "both groups" points back the same way)
        if not any(c.dep_ in ("appos", "conj") and _name_word(c) for c in tok.children):
            return False  # "Younger black voters have ...": the ones it points back to
        break
    sents = list(doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start <= head.i < s.end)
    start = sents[max(0, at - 3)].start
    return any(
        _name_word(t) and any(c.dep_ == "conj" and _name_word(c) for c in t.children)
        for t in doc[start : head.i]
    )


def _pointing(tok: Token) -> bool:
    """ "both groups", "these groups", "the two groups"."""
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}
    counted = any(c.dep_ == "nummod" for c in tok.children)
    return not dets.isdisjoint(_BACK_DETS) or ("the" in dets and counted)


def _name_word(tok: Token) -> bool:
    """A person's or a body's name ("Ann Doe", "the Elm Trust", "Unite")."""
    return tok.ent_type_ in ("PERSON", "ORG") or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _named_in_lead(head: Token, lex: VagueLexicon) -> bool:
    """ "Report warns shortage will worsen" over "..., according to a report published by the
    Centre for Housing Policy": a bare document noun ([studies], no article) opening the
    article's first line, a headline, is the document the first paragraph after it names
    (the same noun with its author), as "the report" points back to one named before."""
    if head.lower_ not in lex.studies and head.lemma_.lower() not in lex.studies:
        return False
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    doc = head.doc
    if any(not t.is_space for t in doc[: head.sent.start]):
        return False  # not the first line
    last = doc[head.sent.end - 1]
    after = doc[head.sent.end] if head.sent.end < len(doc) else None
    if "\n" not in last.text_with_ws and not (after is not None and "\n" in after.text):
        return False  # a sentence that runs on in its paragraph is no headline
    lemma = head.lemma_.lower()
    started = False
    for tok in doc[head.sent.end :]:
        if tok.is_space and "\n" in tok.text:
            if started:
                return False  # the end of the first paragraph after the headline
            continue
        if "\n" in tok.whitespace_ and started:
            return tok.lemma_.lower() == lemma and _named_document(tok, lex)
        started = True
        if tok.lemma_.lower() == lemma and _named_document(tok, lex):
            return True
    return False


def _bare_definite(tok: Token, lex: VagueLexicon) -> bool:
    """ "the report", "the study": one document of findings with "the" and nothing else."""
    if tok.tag_ not in ("NN", "NNP") or tok.lower_ not in lex.studies:
        return False
    kids = [c for c in tok.children if not c.is_punct]
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _definite_body(owner: Token, lex: VagueLexicon) -> bool:
    """ "the police department's", "the council's", "the mayor's": one owner, singular with
    "the", as named as "according to the mayor" names it; not a source noun naming no one
    ("the official's", "the authorities'")."""
    if owner.tag_ != "NN" or owner.ent_type_ in ("PERSON", "GPE", "LOC", "NORP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return False
    return not _vague_head(owner, lex)


def _named_place(participle: Token) -> bool:
    """ "published in the journal Reef Letters", "released by the Tarnby Institute": a
    participle whose "in"/"by" phrase holds a name (a body's or a work's)."""
    for prep in participle.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(
                _proper_name_word(t) and t.ent_type_ not in ("GPE", "LOC", "DATE")
                for t in obj.subtree
            ):
                return True
    return False


def _proper_name_word(tok: Token) -> bool:
    """A person's or a body's name (a place names no author: "a US study")."""
    return tok.ent_type_ in ("PERSON", "ORG") or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _partitive_of(head: Token, lex: VagueLexicon) -> Token | None:
    """The people a counting head counts: "aides" in "one of his aides", "a range of experts",
    "none of the scholars"."""
    if head.lower_ not in lex.partitives and head.lemma_.lower() not in lex.partitives:
        return None  # ("some of them", "many of you": a quantifier is vague by itself)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _restates_name(noun: Token) -> bool:
    """ "Jan Roe, a local official, ...": a noun in apposition to a name says who the named
    one is; it does not stand for someone unnamed."""
    return noun.dep_ == "appos" and (
        noun.head.pos_ == "PROPN" or noun.head.ent_type_ in ("PERSON", "ORG")
    )


def _vague_head(head: Token, lex: VagueLexicon) -> bool:
    """A source noun or quantifier that names no one ("officials", "some")."""
    lemma = head.lemma_.lower()
    low = head.lower_
    if _one_body(head, lex) or _reading_instrument(head, lex):
        return False
    # a capitalised plural opening a sentence ("Aides said") can keep its "s" in the lemma
    return (
        _counted_plural(head, lex)
        or lemma in lex.nouns
        or low in lex.nouns
        or low.removesuffix("s") in lex.nouns
        or low in lex.quantifiers
        # "those who back the plan", "those close to the talks": people described, not named
        or (
            low == "those"
            and any(c.dep_ in ("relcl", "acl", "prep", "amod") for c in head.children)
        )
    )


def _one_body(head: Token, lex: VagueLexicon) -> bool:
    """ "the disaster authority", "the port's authority": a noun of ``[bodies]`` in the
    singular with "the" or an owner is one body, named by what it is ("authorities" and "an
    authority" name no one)."""
    if head.lower_ not in lex.bodies or head.tag_ not in ("NN", "NNP"):
        return False
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in head.children)


def _reading_instrument(head: Token, lex: VagueLexicon) -> bool:
    """ "Heart monitors on the ward showed that ...": a noun of ``[instruments]`` (people or a
    device) that a word before it says is a device (``[devices]``: "heart",
    "air-quality", "glucose"), as the subject of a ``[readings]`` verb (what a device does), is
    the device, no unnamed people. "Election monitors said", "human rights monitors recorded"
    and "monitors from the OSCE indicated" are people."""
    words = {head.lemma_.lower(), head.lower_, head.lower_.removesuffix("s")}
    if not words & lex.instruments or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if head.head.lemma_.lower() not in lex.readings:
        return False
    before = head.doc[head.left_edge.i : head.i]
    return any(t.lower_ in lex.devices for t in before)


def _counted_plural(head: Token, lex: VagueLexicon) -> bool:
    """ "some senators", "several Republicans", "a few economists": people counted, not named,
    whatever they are called. Not a name ("Many Rivers"), nor an organisation."""
    if head.tag_ not in ("NNS", "NNPS") or head.ent_type_ in ("PERSON", "ORG", "GPE"):
        return False
    return any(
        c.dep_ in ("amod", "det", "nummod") and c.i < head.i and c.lower_ in lex.quantifiers
        for c in head.children
    )


def _source_phrase(head: Token) -> Span:
    """A source noun with its modifiers, without relative clauses."""
    doc = head.doc
    end = head.i + 1
    for c in head.rights:
        if c.i != end:
            break
        if c.dep_ in ("compound", "amod") or (
            c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS and c.right_edge.i - c.i <= 6
        ):
            end = c.right_edge.i + 1
        else:
            break
    return doc[head.left_edge.i : end]


def speaker_phrase(doc: Doc, chars: tuple[int, int]) -> Span | None:
    """A quote's speaker phrase as a source: without the relative pronoun cr_quotes keeps with
    its noun ("some investors, who point to ...": "some investors") nor the comma before it."""
    src = doc.char_span(*chars, alignment_mode="expand")
    if src is None:
        return None
    end = src.end
    relatives = cue_lexicon().relatives
    before = doc[end - 2].pos_ if end - src.start > 1 else ""
    if doc[end - 1].lower_ in relatives and before not in ("", "ADP", "PRON", "DET"):
        # ("many of whom say ...", "those who say ...": the pronoun is part of the phrase)
        end -= 1
        while end - src.start > 1 and doc[end - 1].is_punct:
            end -= 1
    return doc[src.start : end]
