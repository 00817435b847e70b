"""Pass 1: the names that may be people, cleaned.

``_candidates`` takes the tagger's PERSON entities of the body (and names it calls an
organisation or a place that follow a title, or open with a known first name and act as a
person), cuts honorifics, titles, stray words in front ("Follow", "See"), verbs and possessive
endings off them (``_clean_name``), and drops what is no person: a name on a headline or
title-case line, inside an outlet mention or a dateline, after "the", an address, an acronym, a
kicker, a one-word name more often tagged a place or an organisation, and the names
``not_people`` finds for things, places, brands and companies. It adds names the tagger missed:
after a capitalised title ("Foreign Minister Jan Roe"), a known first name with a surname the
article tags elsewhere or beside a role noun, a name given as someone's "name", and the
writers a byline names.

Each candidate is (name span, the title cut from its front, the gender an honorific there
gives), in text order, for ``clusters``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.paragraphs import (
    breaks_after,
    byline_names,
    credit_names,
    sign_off_names,
)
from contextreader.analysis.people._common import (
    STREETS_KEY,
    THINGS_KEY,
    _is_acronym,
    _outlet_spans,
    _overlaps,
    _title_end,
    _words,
    in_heading,
    names_family,
)
from contextreader.analysis.people.lexicon import (
    NAME_NOUNS,
    RoleLexicon,
    firm_suffix,
    first_names,
    role_lexicon,
    run_in_body,
)
from contextreader.analysis.people.not_people import (
    _company_names,
    _owns_office,
    _thing_names,
    street_spots,
)
from contextreader.analysis.people.roles import _role_apposition, _role_named

_TITLED_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "GPE", "LOC", "FAC"})


_DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''"})

_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


def _is_verb(tok: Token) -> bool:
    """A verb the tagger put inside a name ("Follow Jan Roe", "Jan Roe Defends ..."); a
    first name the tagger reads as a verb ("Will", "Mark") stays, and so does a lower-case
    particle ("Jan dos Roe")."""
    return tok.tag_ in _VERB_TAGS and tok.text not in first_names() and not _particle(tok)


def _particle(tok: Token) -> bool:
    """A lower-case word inside a name ("de", "van", "bint", "dos": ``[name_parts]``)."""
    lex = role_lexicon()
    return tok.is_lower and tok.lower_ in lex.name_particles


def _hyphened(tok: Token) -> bool:
    """A token joined by a hyphen to the one before or after it, with no space between."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return before or after


def _name_word_ok(word: str, lex: RoleLexicon) -> bool:
    """Whether one written word of a name (a hyphenated one whole) may stand in a name: a
    capitalised word ("Jae-myung" keeps its lower-case syllable), a lower-case particle
    ("de", "dos"), or a particle hyphened to a capitalised word ("el-Roe", "al-Roe")."""
    if word[:1].isupper():
        return True
    if word.lower() in lex.name_particles:
        return True
    head, _, rest = word.partition("-")
    return head.lower() in lex.name_particles and rest[:1].isupper()


def _common_word(tok: Token, lower: frozenset[str]) -> bool:
    """A word the article also writes in lower case, so capitalised only where it stands:
    "See" in "(See Roe's essay)"; a first name ("Will", "Bill") stays a name."""
    return tok.lower_ in lower and tok.text not in first_names()


def _given(tok: Token) -> bool:
    """A known first name followed by a capitalised word: the first word of a full name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text in first_names() and nxt is not None and nxt.text[:1].isupper()


def _not_name_word(tok: Token, lower: frozenset[str]) -> bool:
    lex = role_lexicon()
    if tok.lower_ in lex.particles or tok.lower_ in lex.honorifics or lex.role_class(tok.text):
        return False
    # "Greeks", not "Ines" or "Agnes", which the tagger also reads as plurals
    plural = tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s") and not _given(tok)
    inflected = tok.tag_ in ("VBG", "VBZ", "VBD") and _is_verb(tok)
    # "Across Millbrook, ...", "During Roe's tenure": a function word opening the sentence
    # (not a first name that is one too: "Will Roe")
    preposition = _positional(tok) and tok.is_stop and tok.text not in first_names()
    return (
        plural
        or inflected
        or preposition
        or (_positional(tok) and (_is_verb(tok) or _common_word(tok, lower)))
    )


def _kin_title(tok: Token, end: int) -> bool:
    """A kinship noun written as a title before a full name ("Grandad Jan Roe, 67,", "Mum Ana
    Roe said"): the relation, not part of the name. Two capitalised name words must follow
    it inside the entity, so a lone first name that is also a kin word keeps it."""
    lex = role_lexicon()
    doc = tok.doc
    return (
        tok.is_title
        and tok.lower_ in lex.kinship
        and end - tok.i >= 3
        and all(t.text[:1].isupper() for t in doc[tok.i + 1 : tok.i + 3])
    )


def _title_as_given(doc: Doc, i: int, end: int, lex: RoleLexicon) -> bool:
    """A royal title that is also a given name or a nickname, opening a two-word name whose
    second word is no known first name, with no royal context: "Duke Snider", "Prince
    Fielder", "Emir Kusturica" are names. Not "Prince Harry" (a first name after it), "Crown
    Prince Roe", "Emir Roe bin Hamad" or "Duke Roe of Kellshire"."""
    tok = doc[i]
    if tok.lower_ not in lex.given_titles or not tok.is_title or end - i != 2:
        return False
    if doc[i + 1].text in first_names() or not doc[i + 1].is_title:
        return False
    if i > 0 and lex.role_class(f"{doc[i - 1].text} {tok.text}") is not None:
        return False  # "Crown Prince Karim": a title of two words
    return not (end < len(doc) and (doc[end].lower_ in lex.particles or doc[end].lower_ == "of"))


def _surname_after_given(doc: Doc, i: int, end: int) -> bool:
    """A courtesy title written after a first name, as the last word of the name ("Aamer |
    Sheikh", the tagger's name only the title): a surname, not a title."""
    if end - i != 1 or i == 0:
        return False
    prev = doc[i - 1]
    return prev.text in first_names() and prev.tag_ == "NNP" and bool(prev.whitespace_)


def _positional(tok: Token) -> bool:
    """Capitalised because of where it stands: opening a sentence or following a bracket,
    quotation mark or dash."""
    return tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].is_punct)


def _clean_name(
    ent: Span, lex: RoleLexicon, lower: frozenset[str] = frozenset()
) -> tuple[Span, str, str] | None:
    """The name inside a PERSON entity, the title words cut from its front, and a gender.

    Names hold no verbs and no colon: the entity is cut before one ("Jan Roe Says", "ROE:
    Well") and loses a verb in front ("Follow Jan Roe"). A first name the tagger left outside
    the entity joins it ("Chair Jan | Roe Smith").
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    gender = ""
    title_start = start
    while (
        start < end
        and not _title_as_given(doc, start, end, lex)
        and (
            (doc[start].lower_ in lex.honorifics and not _surname_after_given(doc, start, end))
            or lex.role_class(doc[start].text) is not None
            or doc[start].is_punct
            or doc[start].is_space
            or (_not_name_word(doc[start], lower) and start + 1 < end)
            or _kin_title(doc[start], end)
        )
    ):
        gender = gender or lex.honorifics.get(doc[start].lower_, "")
        if _not_name_word(doc[start], lower):
            title_start = start + 1  # a stray word in front is no title
        start += 1
    for i in range(start + 1, end):
        if _is_verb(doc[i]) or doc[i].text == ":" or _opens_cut_nickname(doc, i, end):
            end = i
            break
    # the tagger may stop at a particle: "Jan van | Roe", "Jan van der | Roe" (Roe an ORG)
    while end < len(doc) and end - start >= 2 and doc[end - 1].lower_ in lex.particles:
        nxt = doc[end]
        if nxt.is_lower and nxt.lower_ in lex.particles:
            end += 1
            continue
        if nxt.is_alpha and nxt.text[:1].isupper() and nxt.tag_ == "NNP":
            end += 1
        break
    if (
        end - start == 1
        and end == ent.end
        and end < len(doc)
        and doc[start].text in first_names()
        and doc[start].head.i == end
        and doc[end].tag_ == "NNP"
        and doc[end].is_title
        and doc[end].is_alpha
        and not doc[end].ent_type_
        and lex.role_class(doc[end].text) is None
    ):
        end += 1  # "as did Ida | Rusk": the tagger stopped at the first name
    # "Jan Roe Anti-Graft Commission spokesman": the name stops where the body's begins
    end = _run_in_cut(doc, start, end, lex) or _hyphen_rest(doc, start, end)
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].like_num  # "Jan Roe 384" in a table of delegates
        or doc[end - 1].lower_ in ("'s", "’s", "‘s", "'", "’")
        # "Jan Roe of | Acme Bank": a name ends in no small word ("Ki-moon" keeps its part)
        or (doc[end - 1].is_lower and end - 1 > start and bool(doc[end - 2].whitespace_))
    ):
        end -= 1
    if start >= end:
        return None
    prev = doc[start - 1] if start > 0 else None
    if (
        prev is not None
        and start == ent.start
        and (prev.text in first_names() or _given_after_title(prev, lex))
        and prev.lower_ not in lex.honorifics
        and (lex.role_class(prev.text) is None or _title_as_given(doc, start - 1, end, lex))
        # a first name joins a surname, or a first and a middle name ("Eleanor | Mae Roe")
        and (
            doc[start].text not in first_names()
            or (end - start >= 2 and prev.tag_ == "NNP")  # not "(See Jan Roe's essay)"
        )
        and prev.whitespace_
        and (not prev.is_sent_start or _opens_with_given(prev, start, end, lower))
    ):
        start -= 1  # "Chair Jan" + "Roe Smith": the first name is the name's
        prev = doc[start - 1] if start > 0 else None
        if (
            prev is not None
            and prev.text in first_names()
            and prev.whitespace_
            and prev.tag_ == "NNP"
            and not prev.is_sent_start
            and lex.role_class(prev.text) is None
        ):
            start -= 1  # a first and a middle name: "Born Eleanor Mae | Ruddick"
    while title_start < start and (doc[title_start].is_punct or doc[title_start].is_space):
        title_start += 1
    title = doc[title_start:start].text if start > title_start else ""
    return doc[start:end], title, gender


def _opens_cut_nickname(doc: Doc, i: int, end: int) -> bool:
    """A double quotation mark at ``i`` that opens a nickname the tagger's name stops inside
    ('Jan "Iron | Fist" Roe'): the name ends before it, and is joined again around the
    nickname later (``_join_split_names``). A name that holds the whole nickname and the
    surname after it keeps it ('Jan "Iron" Roe'; ``_words`` leaves the nickname out)."""
    opening = bool(doc[i - 1].whitespace_) and not doc[i].whitespace_
    if doc[i].text not in _DOUBLE_QUOTES or not opening:
        return False
    close = next((j for j in range(i + 1, end) if doc[j].text in _DOUBLE_QUOTES), None)
    return close is None or close == end - 1


def _hyphen_rest(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when the tagger stopped inside or before a hyphenated word of it:
    a given name of two syllables ("Moon Jae | -in", "Lee Jae | -myung": a short capitalised
    syllable, then a short lower-case one that is no verb or adjective and modifies no noun
    after it, so not "Jan Roe-led" or "the Roe-era rules"), or a second surname written
    with a hyphen ("Pedro Roe | Diaz-Vela": two capitalised words the tagger left untagged)."""
    if end - start < 2 or end + 2 >= len(doc):
        return end
    first, hyph, second = doc[end : end + 3]
    if (
        hyph.text == "-"
        and not first.whitespace_
        and not hyph.whitespace_
        and doc[end - 1].whitespace_
        and all(t.is_title and t.is_alpha and t.tag_ == "NNP" for t in (first, second))
        and _untagged_or_alone(doc[end : end + 3])
        and all(role_lexicon().role_class(t.text) is None for t in (first, second))
    ):
        return end + 3  # "Pedro Roe Diaz-Vela"
    if doc[end - 1].text == "-" and end - start >= 3:
        end -= 1  # the tagger's name took the hyphen: "Roe Ha- | in"
    if doc[end].text != "-":
        return end
    rest = doc[end + 1]
    return end + 2 if _syllable(rest) else end  # "Moon Jae-in"


def _untagged_or_alone(span: Span) -> bool:
    """Whether the tagger left the words untagged or made them an entity of their own (it
    often calls an unfamiliar hyphenated surname an organisation: "Diaz-Vela")."""
    if not span[0].ent_type_:
        return not any(t.ent_type_ for t in span)
    return any(e.start == span.start and e.end == span.end for e in span.doc.ents)


def _syllable(tok: Token) -> bool:
    """A lower-case syllable after a hyphen that ends a given name of two ("Jae-in",
    "Min-ju"): short, after a short capitalised one, no verb or adjective ("Roe-led") and
    modifying no noun after it ("the Roe-era rules")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return False
    first = doc[tok.i - 2]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        first.is_title
        and not first.whitespace_
        and len(first) <= 4
        and tok.is_lower
        and tok.is_alpha
        and len(tok) <= 5
        and tok.lower_ not in role_lexicon().hyphen_suffixes  # "Roe-ish", "Roe-era"
        and not tok.tag_.startswith(("VB", "JJ"))
        and not (after is not None and after.tag_ in ("NN", "NNS") and after.is_lower)
    )


def _opens_with_given(prev: Token, start: int, end: int, lower: frozenset[str]) -> bool:
    """A known first name opening the sentence that the tagger left out of the name after it
    ("Marta | Roe, 71, is ..."): the parse joins it to the name and the article never writes
    the word in lower case (not "Will" or "Grace" used as a word)."""
    return (
        prev.tag_ == "NNP"
        and prev.dep_ == "compound"
        and start <= prev.head.i < end
        and prev.lower_ not in lower
    )


def _given_after_title(tok: Token, lex: RoleLexicon) -> bool:
    """A capitalised word between a courtesy title and a one-word name the tagger found ("Cllr
    Priya | Roe", "Dr Amara | Roe"): a first name the lexicon does not know, not part of the
    title. After an office ("General Counsel | Roe") it may be the office's own word."""
    doc = tok.doc
    if tok.i == 0 or tok.tag_ != "NNP" or not tok.is_alpha or not tok.text[:1].isupper():
        return False
    if tok.text.isupper() or lex.role_class(tok.text) is not None:
        return False
    return doc[tok.i - 1].lower_ in lex.honorifics


def _run_in_cut(doc: Doc, start: int, end: int, lex: RoleLexicon) -> int | None:
    """Where a name that opens at ``start`` stops when it runs straight into a body's name
    ("Jan Roe | Harbour Ethics Commission spokesman": ``run_in_body``), or None. The words
    before the cut must be shaped as a name: a given name, then only known first names,
    initials or particles, then one surname ("Mary Ann Roe", "Jan van der Berg", "John Paul
    Jones"), so a cut never falls inside the name. A surname may be a first name too ("Amina
    Yusuf | Independent Electoral Commission"), so of several such cuts: one where the tagger
    ends an entity ("Mary Ann Roe" a person, then "Civil Aviation Authority"), else one whose
    surname the tagger reads as a person's name elsewhere, else the last."""
    cuts = [
        k
        for k in range(start + 2, end + 1)
        if _name_shaped(doc, start, k, lex) and run_in_body(doc, k, lex)
    ]
    if not cuts:
        return None
    stop = max(cuts)
    for k in cuts:
        if doc[k].ent_iob_ != "I":
            return k
    for k in cuts:
        surname = doc[k - 1].text
        if any(t.text == surname and t.ent_type_ == "PERSON" for t in (*doc[:start], *doc[stop:])):
            return k
    return cuts[-1]


def _name_shaped(doc: Doc, start: int, k: int, lex: RoleLexicon) -> bool:
    """Whether ``doc[start:k]`` is shaped as one person's name: its last word (hyphenated or
    not) a capitalised surname, every word between the first and that one a known first
    name, an initial or a particle."""
    last = k - 1
    while last - 2 > start and doc[last - 1].text == "-" and not doc[last - 2].whitespace_:
        last -= 2  # "Roe-Diaz": one surname
    tok = doc[last]
    if not (tok.is_alpha and tok.text[:1].isupper()) or tok.lower_ in lex.name_particles:
        return False
    return all(
        t.text in first_names()
        or t.lower_ in lex.name_particles
        or (len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper())
        or (len(t.text) == 1 and t.is_upper)
        for t in doc[start + 1 : last]
    )


def _mislabelled_person(span: Span, lower: frozenset[str]) -> bool:
    """A name the tagger calls an organisation or a place ("Dana Roe said ...").

    Trusted only when it opens with a known first name, ends in a word the article never
    writes in lower case (not "Roe Research", "Roe Park"), has two or three words and stands
    as a person does: the subject of a verb, or set beside a role ("Dana Roe, a lawyer,").
    """
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or words[0].text not in first_names():
        return False
    if words[0].tag_ not in ("NNP", "NNPS"):  # "Ines", "Agnes" read as plurals
        return False
    if words[0].lower_ in role_lexicon().particles or any(t.tag_ != "NNP" for t in words[1:]):
        return False
    if words[-1].lower_ in lower or _not_person_word(words, role_lexicon()):
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if (
        before not in _DETERMINERS
        and run_in_body(span.doc, span.end, role_lexicon())
        and _surname_named_elsewhere(span)
    ):
        return True  # "Dana Roe Harbour Ethics Council chair said ... Roe said": the chair's
    if _role_named(span, role_lexicon()) is not None:
        return True  # "a schoolteacher named Dana Roe"
    return _role_apposition(span, role_lexicon()) is not None


def _surname_named_elsewhere(span: Span) -> bool:
    """Whether the tagger reads the last word of ``span`` as (part of) a person's name
    somewhere else in the article. A name it ran into a body's name and called one
    organisation ("Kenya Independent Electoral Commission chairman") is trusted as a person
    only then: a place or a body's own first words look just like a first name and a surname."""
    surname = span[-1].text
    return any(
        e.label_ == "PERSON"
        and (e.end <= span.start or e.start >= span.end)
        and any(t.text == surname for t in e)
        for e in span.doc.ents
    )


def _headline_name(span: Span, lower: frozenset[str]) -> bool:
    """A name in a headline, whose capitals make every word look like a name: trusted only as
    a known first name and a surname the article never writes in lower case ("How Jan Roe
    Sees It"), not "Roe Private" or "Email Server"."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) == 2
        and words[0].text in first_names()
        and words[1].lower_ not in lower
        and words[1].tag_ == "NNP"
    )


def _stands_as_person(tok: Token) -> bool:
    """The last word of a name used as a person is: the subject of a verb of saying ("Tom Day
    said"), set beside another noun ("The headteacher, Amy Law, said") or followed by an age
    ("Amy Law, 41,"). Not one with a noun for a business set beside it ("Jordan Press, the news
    agency,"): the name is the business's."""
    doc = tok.doc
    bodies = role_lexicon().body_nouns
    if any(c.dep_ == "appos" and c.lower_ in bodies for c in tok.children):
        return False
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].like_num:
        return True
    if tok.dep_ == "appos":
        return True
    return _speaks(tok)


def _subject_of_verb(tok: Token) -> bool:
    """The subject of a verb ("Dana Obi became ...", "Dana Obi said ...")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


def _speaks(tok: Token) -> bool:
    """The subject of a verb of saying ("Tom Day, 41, said")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # imported here: the quotes package reads this module's transcript turns when it loads
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return cue_lexicon().is_cue(tok.head)


def _not_person_word(words: list[Token], lex: RoleLexicon) -> bool:
    """Whether a word of ``[not_person]`` shows the name is no person's. Not a known first name
    opening a longer name ("Bill Hocking"), nor a word that is also a common surname after a
    known first name, in a name that stands as a person's ("Amy Law said", "Tom Day, 40,"): an
    organisation or a place is named by its head word, not by a first name before it."""
    for k, t in enumerate(words):
        if t.lower_ not in lex.not_person:
            continue
        if k == 0 and len(words) >= 2 and t.text in first_names():
            continue
        if (
            k == len(words) - 1 == 1
            and t.lower_ in lex.not_person_surnames
            and words[0].text in first_names()
            and words[0].lower_ not in lex.months
            and (words[0].i == 0 or words[0].doc[words[0].i - 1].lower_ not in _DETERMINERS)
            and _stands_as_person(t)
        ):
            continue
        return True
    return False


# "the Grace Church" is a building
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def _looks_like_name(span: Span, lex: RoleLexicon, lower: frozenset[str] = frozenset()) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 5:
        return False
    if _not_person_word(words, lex):
        return False
    for t in words:
        if t.like_num or any(c.isdigit() or c in "[]{}<>|@#" for c in t.text):
            return False
        if not t.text[:1].isupper() and not _particle(t) and not _hyphened(t):
            return False  # "Roe’s Ward": a possessive ending is no name word
    # a hyphenated word is judged whole: "Jae-myung", "el-Roe"
    written = _words(span)
    if not written or not all(_name_word_ok(w, lex) for w in written):
        return False
    hyphened = [
        t for t in words if t.is_lower and t.i > span.start and span.doc[t.i - 1].text == "-"
    ]
    if not all(map(_syllable, hyphened)):
        return False  # "Jan Roe-era": a hyphenated word that is no name's
    if firm_suffix([t.text for t in words], lex):
        return False  # "Velora Labs said ...": a firm
    last = written[-1] if "-" in written[-1] else words[-1].text
    first = words[0]
    given = first.text in first_names() or first.lower_ in lex.particles
    if len(words) > 1 and not given and last.lower() in lower:
        return False  # "Patriot Coal", "Roe Research": the article writes "coal" too
    if len(words) > 1 and _is_acronym(last) and not span.text.isupper():
        return last.lower() in lex.suffixes  # "Jan Roe III", not "Young SVP"
    return last[:1].isupper() or _name_word_ok(last, lex)


def _dateline_place(text: str, dateline: tuple[int, int] | None) -> frozenset[str]:
    """The words of the place a dateline names ("HARROWBY, England —" gives harrowby and
    england; "OSTRAVA, Kelmar, March 14 (Agency) -" gives ostrava and kelmar, not the date),
    lower case: a name whose words are all among them is that place."""
    if dateline is None:
        return frozenset()
    place = re.split(r"[(—–]|\s-", text[dateline[0] : dateline[1]], maxsplit=1)[0]
    parts = [p for p in place.split(",") if not any(c.isdigit() for c in p)]
    return frozenset(w.lower() for p in parts for w in p.split() if w.isalpha())


def _dateline_credit(doc: Doc) -> frozenset[str]:
    """The words of the credit in a dateline's parentheses ("PARIS (Harbour Wire) -" gives
    harbour and wire), lower case: the agency or outlet that filed the story, no person."""
    dateline = doc._.cr_dateline
    if dateline is None or not dateline.credit:
        return frozenset()
    return frozenset(w.lower() for w in dateline.credit.split() if w.isalpha())


def _is_credit(span: Span) -> bool:
    """A one-word name in parentheses is a dateline credit ("PARIS (Agency) -"), not a person."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
    )


def _single_word_ok(
    span: Span, other_labels: dict[str, int], person_labels: dict[str, int]
) -> bool:
    """Whether a one-word PERSON entity can stand as a person of its own.

    Not when the tagger reads it as a common word or a plural ("Subscribe", "Remarks",
    "Greeks"), when it follows an article or a hashtag ("the Keystone", "#Slogan") or opens a
    hyphenated word ("Oscar-winning"), when the same word is more often tagged a place or an
    organisation in the article than a person, or when it is an unknown acronym (handled by
    the caller).
    """
    tok = span[0]
    doc = span.doc
    if tok.tag_ != "NNP":
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.lower_ in ("the", "a", "an") or prev.text in ("#", "@")):
        return False
    if not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–"):
        return False
    if tok.lower_ in role_lexicon().suffixes:
        return False  # "Jr." cut off its name
    return other_labels.get(tok.text, 0) <= person_labels.get(tok.text, 0)


def _kicker(span: Span) -> bool:
    """A one-word "name" opening a line's two-word label before a colon ("Budget row: ...",
    "Markup test: ..."): a capitalised common noun modifying the lower-case noun after it,
    as a kicker does. Not a known first name; the caller also asks that the article spell the
    word nowhere else, so a person named there and again later stays."""
    doc = span.doc
    tok = span[0]
    if tok.i + 2 >= len(doc) or tok.text in first_names():
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    starts_line = prev is None or breaks_after(prev) or (prev.is_space and prev.i == 0)
    nxt, colon = doc[tok.i + 1], doc[tok.i + 2]
    return starts_line and nxt.is_lower and nxt.is_alpha and colon.text == ":"


def _common_noun(word: str, nouns: frozenset[str]) -> bool:
    """A noun in its base form, or two nouns written as one ("floodwater", "sandbag")."""
    if word in nouns:
        return True
    # both parts a real word of four letters or more: "bren" + "nan" is no "Brennan"
    return any(word[:i] in nouns and word[i:] in nouns for i in range(4, len(word) - 3))


def _opening_mark(tok: Token) -> bool:
    """An opening quotation mark or bracket, a dash or a colon: what a sentence may open after."""
    return tok.is_left_punct or tok.is_quote or tok.text in ("—", "–", "-", ":")


def _lone_opener(
    span: Span,
    words: dict[str, int],
    nouns: frozenset[str],
    uses: dict[str, list[Token]],
    lower: frozenset[str],
) -> bool:
    """A capitalised common noun opening a sentence that the tagger took for a surname ("Turnout
    at the shelters was high", "Floodwater rose"): one word the lemmatizer knows as a noun, or
    two joined ("flood" + "water"), or one the article also writes in lower case (a coin's or a
    product's name: "Velcoin fell ... if velcoin holds"), written nowhere else with a capital
    inside a sentence (where only a name has one; "the late turnout" in lower case is the common
    noun again), and not a known first name. A word written with a capital two or more times and
    never in lower case is a name however it stands ("Frost farms the ridge. Frost grows
    oats."), and so is one given an age ("Frost, 71, farms"). A person named once is told by
    what the sentence says of them: an owner ("Roe's aide said"), a speaker ("Roe said ...", not
    the subject of a passive: "Turnout was estimated at ..."), what they are ("Roe is a
    reporter"; only a role noun if the article also writes the word in lower case: "Measles is a
    virus ... cases of measles") or a he or she later in the sentence ("Roe has given his
    life")."""
    tok = span[0]
    doc = tok.doc
    if not _common_noun(tok.lower_, nouns) and tok.lower_ not in lower:
        # "Rennick resigned on Tuesday": a surname no dictionary holds; a word the article
        # also writes in lower case ("Velcoin fell ... if velcoin holds") is a common noun
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    opens = prev is None or tok.is_sent_start or _opening_mark(prev)
    if not opens or tok.text in first_names() or words.get(tok.lower_, 0) > 0:
        return False
    seen = uses.get(tok.text, [])
    if len(seen) >= 2 and tok.lower_ not in lower and not all(map(_noun_modifier, seen)):
        return False  # "Hunt runs the bakery. Hunt opened it in 1990.": named, never a noun
    if _aged(tok):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
        return False
    # imported here: the quotes package reads this module's transcript turns when it loads
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    cues = cue_lexicon()
    if tok.dep_ == "nsubj" and cues.is_cue(tok.head):
        return False
    # a word the article also writes in lower case ("Measles is a virus ... cases of measles")
    # is said to be a person only by a role noun ("Hunt is a former teacher ... the hunt")
    common = tok.lower_ in lower
    if tok.dep_ == "nsubj" and any(
        c.dep_ == "attr"
        and c.pos_ == "NOUN"
        and (not common or role_lexicon().role_class(c.text) is not None)
        for c in tok.head.children
    ):
        return False  # "Roe is a reporter", "Roe is a puppet of the lobby": said of a person
    sent = tok.sent
    return not any(
        cues.pronouns.get(t.lower_) in ("male", "female") for t in doc[tok.i + 1 : sent.end]
    )


def _noun_modifier(tok: Token) -> bool:
    """A word that qualifies the common noun right after it ("Ferry fares will rise"): the
    headline's and the lead's "Ferry" repeat a noun, however often it opens a line."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and tok.dep_ == "compound"
        and tok.head.i == nxt.i
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
    )


_MAX_AGE = 120


def _aged(tok: Token) -> bool:
    """A word given an age set off by commas, as a person is: "Frost, 71, has farmed ..."."""
    doc = tok.doc
    if tok.i + 3 >= len(doc):
        return False
    comma, age, close = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    return (
        comma.text == ","
        and close.text == ","
        and age.text.isdigit()
        and 0 < int(age.text) <= _MAX_AGE
    )


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from"})
# the tagger's labels for a place: a country or town, a region or river, a building or road
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _place_only(span: Span, uses: dict[str, list[Token]]) -> bool:
    """A one-word name the article only writes as a place is written: the object of "in",
    "at" or "from" ("talks in Lindau") at least once, and otherwise only before a plural noun
    it qualifies ("Lindau officials"). A person is also the subject, object or owner of
    something; not a known first name."""
    tok = span[0]
    if tok.text in first_names():
        return False
    seen = uses.get(tok.text, [])
    placed = [
        t
        for t in seen
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS and t.head.i == t.i - 1
    ]
    if not placed:
        return False
    return all(
        t in placed or (t.dep_ == "compound" and t.head.tag_ == "NNS" and t.head.i == t.i + 1)
        for t in seen
    )


def _place_of_words(
    span: Span,
    uses: dict[str, list[Token]],
    lex: RoleLexicon,
    known: dict[tuple[str, tuple[str, ...]], bool] | None = None,
) -> bool:
    """A name of two or three words, no known first name among them, that the article only
    writes right after "in" or "at" ("Roads were closed in Hollin Ford"). "At" alone is no
    sign ("threw a bottle at Jan Roe"): it needs, at least once, something that tells of a
    place - the tagger's place label on the name, or a word of location that the "at" hangs on
    (``[named_things] located``: "a crash at Kell Cross"). Each of its words stands
    nowhere else, so a surname written alone ("Ford said") keeps the name a person's; "from"
    is left out ("a letter from Jan Roe").

    The answer is the name's, wherever it stands: with ``known``, it is worked out once per
    name and kept there (by the name's text and words), so a name the article repeats often
    (a transcript's speaker on every turn) is not compared with all its uses at each one."""
    if known is None:
        return _placed_name(span, uses, lex)
    key = (span.text, tuple(t.text for t in span))
    if key not in known:
        known[key] = _placed_name(span, uses, lex)
    return known[key]


def _placed_name(span: Span, uses: dict[str, list[Token]], lex: RoleLexicon) -> bool:
    """The test of ``_place_of_words`` for one name."""
    if not 2 <= len(span) <= 3 or any(t.text in first_names() for t in span):
        return False
    n = len(span)
    doc = span.doc
    names = [t for t in uses.get(span[-1].text, []) if doc[t.i - n + 1 : t.i + 1].text == span.text]
    if any(len(uses.get(t.text, [])) != len(names) for t in span):
        return False  # a word of the name written apart from it
    if not all(
        t.dep_ == "pobj" and t.head.i == t.i - n and t.head.lower_ in ("in", "at") for t in names
    ):
        return False
    return any(
        t.head.lower_ == "in"
        or t.ent_type_ in _PLACE_LABELS
        or t.head.head.lemma_.lower() in lex.located
        or t.head.head.lower_ in lex.located
        for t in names
    )


def _opens_role(span: Span, lower: frozenset[str]) -> bool:
    """A capitalised word opening a sentence before a lower-case noun and a name ("Cafe owner
    Jan Roe", "Ferry skipper Jan Roe", "Best friend Jan Roe"): it modifies the role, it names
    no one. Only a word the article also writes in lower case ("the cafe") and not a known
    first name, so "Roe aide Jan Doe" keeps Roe."""
    tok = span[0]
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if not (prev is None or tok.is_sent_start or _opening_mark(prev) or breaks_after(prev)):
        return False
    if tok.i + 2 >= len(doc) or tok.lower_ not in lower or tok.text in first_names():
        return False
    noun, name = doc[tok.i + 1], doc[tok.i + 2]
    return (
        noun.is_lower
        and noun.is_alpha
        and noun.tag_ in ("NN", "NNS")
        and name.text[:1].isupper()
        and name.tag_ == "NNP"
    )


def _in_joined_name(span: Span, lex: RoleLexicon) -> bool:
    """A word joined by "and" to a name that ends in an organisation's or a place's word
    ("Devon and Cornwall Police", "Marrow and Kell Council"): the first part of one name."""
    tok = span[-1]
    doc = tok.doc
    if span.start > 0 and doc[span.start - 1].tag_ in ("NNP", "NNPS"):
        return False
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("and", "&"):
        return False
    end = tok.i + 2
    while end < len(doc) and end - tok.i <= 5 and doc[end].text[:1].isupper():
        end += 1
    last = doc[end - 1]
    return end > tok.i + 2 and (last.lower_ in lex.not_person or last.lower_ in lex.org_suffixes)


def _candidates(
    doc: Doc, lex: RoleLexicon, nouns: frozenset[str] = frozenset()
) -> list[tuple[Span, str, str]]:
    """Cleaned PERSON entities of the body; headings are skipped (title case fools the tagger)."""
    body = doc._.cr_body_start or 0
    outlets = _outlet_spans(doc)
    out = []
    text = text_of(doc)
    credits: set[str] = set()
    other_labels: dict[str, int] = {}
    person_labels: dict[str, int] = {}
    for ent in doc.ents:
        counts = person_labels if ent.label_ == "PERSON" else other_labels
        for t in ent:
            counts[t.text] = counts.get(t.text, 0) + 1
    lower = frozenset(t.lower_ for t in doc if t.is_lower)
    # capitalised words inside a sentence of the body, where only a name (or a title) has one
    words: dict[str, int] = {}
    uses: dict[str, list[Token]] = {}  # each capitalised word of the body, where it stands
    for t in doc:
        if t.idx >= body and t.text[:1].isupper():
            uses.setdefault(t.text, []).append(t)
            if not _positional(t):
                words[t.lower_] = words.get(t.lower_, 0) + 1
    things = _thing_names(doc, lex)
    doc.user_data[THINGS_KEY] = things  # read again by the mentions ("Storm Ilsa" is no one's)
    streets = _streets(doc, lex)
    doc.user_data[STREETS_KEY] = streets  # read again by the mentions
    companies = _company_names(doc, lex)
    dateline = doc._.cr_dateline.span if doc._.cr_dateline else None
    placed = _dateline_place(text, dateline)
    credited = _dateline_credit(doc)
    placed_words: dict[tuple[str, tuple[str, ...]], bool] = {}  # ``_place_of_words`` by name
    for ent in doc.ents:
        if ent.label_ not in _TITLED_LABELS or ent.start_char < body:
            continue
        cleaned = _clean_name(ent, lex, lower)
        if cleaned is None:
            continue
        span = cleaned[0]
        if _after_article(span) or _words(span) in things or _home_address(span):
            continue
        if _question_label(span, text):
            continue  # "Q. Will you leave?": the interviewer's turn, no one's name
        if not cleaned[1] and _owns_office(span, lex):
            continue  # "Velm's President Jan Roe": Velm is the country
        if _words(span) in companies and not cleaned[1] and _role_apposition(span, lex) is None:
            # "Jan Roe reported higher profits", a company named after its founder; not a
            # name given a role ("Roe, the firm's founder, said")
            continue
        # the tagger sometimes calls "Mayor Jan Roe" a work or an org: a title shows a person
        titled = bool(cleaned[1]) and len(span) >= 2
        if ent.label_ != "PERSON" and not titled and not _mislabelled_person(span, lower):
            continue
        if ent.label_ == "FAC" and not titled and (len(span) != 2 or span[-1].lower_ in nouns):
            continue  # a building ("Jan Roe Hall"); a first name and a surname may be a person
        if _is_credit(span):
            credits.add(span.text)
            continue
        if dateline is not None and span.start_char < dateline[1] and dateline[0] < span.end_char:
            continue  # "PORTHAVEN (Harbour Wire) -": a place and an outlet, whatever the credit
        if not cleaned[1] and all(w.lower() in placed for w in _words(span)):
            continue  # "HARROWBY -" opens the story: "Harrowby" is the place, not a surname
        if not cleaned[1] and all(w.lower() in credited for w in _words(span)):
            continue  # "PARIS (Harbour Wire) -": "Harbour Wire could not verify ..." is the agency
        if _overlaps(outlets, span.start_char, span.end_char):
            continue
        if in_heading(span, text) and not _headline_name(span, lower):
            continue
        if (
            len(span) == 1
            and not cleaned[1]
            and (
                not _single_word_ok(span, other_labels, person_labels)
                or (_kicker(span) and sum(t.text == span.text for t in doc) == 1)
                or _lone_opener(span, words, nouns, uses, lower)
                or _opens_role(span, lower)
                or _in_joined_name(span, lex)
                or names_family(span[0], lex.family_nouns)
                or _place_only(span, uses)
                or span[0].lower_ in lex.familiar_kin  # "Mum's tough": what a child calls her
            )
        ):
            continue
        if not cleaned[1] and _place_of_words(span, uses, lex, placed_words):
            continue
        if _looks_like_name(span, lex, lower):
            out.append(cleaned)
    taken = {t.i for c in out for t in c[0]}
    for span, title in _untagged_titled(doc, lex, lower, body):
        if taken.isdisjoint(range(span.start, span.end)) and _words(span) not in things:
            out.append((span, title, ""))
            taken.update(range(span.start, span.end))
    for span in [*_untagged_full_names(doc, lex, lower, body), *_given_names(doc, lex, body)]:
        if taken.isdisjoint(range(span.start, span.end)):
            out.append((span, "", ""))
            taken.update(range(span.start, span.end))
    for span in _listed_names(doc, lex, lower, body, taken):
        # the tagger often misses the last name of a list, or takes only its first name
        inside = [c for c in out if span.start <= c[0].start and c[0].end <= span.end]
        held = {t.i for c in inside for t in c[0]}
        if all(not c[1] for c in inside) and (taken - held).isdisjoint(range(span.start, span.end)):
            out = [c for c in out if c not in inside]
            out.append((span, "", ""))
            taken.update(range(span.start, span.end))
    for s, e in [
        *byline_names(text, body),
        *credit_names(text, body),
        *sign_off_names(text, body, doc),
    ]:
        # the writer a byline or a letter's sign-off names ("By Jan Roe"), or a reporter or
        # editor a closing credit names ("(Reporting by Jan Roe; editing by Ann Lee)"), whom
        # the tagger often misses
        author = doc.char_span(s, e, alignment_mode="contract")
        if (
            author is not None
            and taken.isdisjoint(range(author.start, author.end))
            and _looks_like_name(author, lex, lower)
        ):
            out.append((author, "", ""))
    out.sort(key=lambda c: c[0].start)
    out = _join_split_names(doc, out)
    return [
        c
        for c in out
        if c[0].text not in credits and streets.isdisjoint(range(c[0].start, c[0].end))
    ]


def _split_at(doc: Doc, i: int) -> int:
    """Where the rest of a name the tagger split at token ``i`` starts: after one or two
    lower-case particles ("Ana | bint | Roe") or a nickname in quotation marks of up to three
    capitalised words ('Jan | "Iron Fist" | Roe'); -1 when neither stands there."""
    j = i
    while j < len(doc) and j - i < 2 and _particle(doc[j]) and doc[j].whitespace_:
        j += 1
    if j > i:
        return j
    if i >= len(doc) or not doc[i].is_quote or doc[i].whitespace_:
        return -1
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    if j == i + 1 or j >= len(doc) or not doc[j].is_quote or not doc[j].whitespace_:
        return -1
    if doc[j].text != doc[i].text and doc[i].text == "'":
        return -1  # not a closing mark of the same kind
    return j + 1


def _person_or_untagged(tok: Token, after: int) -> bool:
    """Whether the tagger calls the word a person, leaves it untagged, or puts it in an entity
    that opens after token ``after`` (a nickname it took for a title: 'Jan "Iron" Roe')."""
    if tok.ent_type_ in ("", "PERSON"):
        return True
    if tok.ent_type_ in _NOT_NAME_ENTS:
        return False  # 'called Jan Roe "The Iron Lady" Monday': a date, no surname
    ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
    return ent.start > after


# entity labels a word after a name and its nickname never has as a surname
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _join_split_names(doc: Doc, out: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """A name the tagger split at a particle it does not know ("Ana | bint | Roe") or at a
    nickname in quotation marks ('Jan | "Iron" | Roe'): one name, with the title and gender
    of its first part. The first part is a name of one or two words with a space after it;
    the rest a capitalised word the tagger calls a person or leaves untagged, that may be a
    name found on its own ("Roe")."""
    starts = {c[0].start: k for k, c in enumerate(out)}
    drop: set[int] = set()
    joined: list[tuple[Span, str, str]] = []
    for k, (span, title, gender) in enumerate(out):
        if k in drop or len(span) > 2 or not doc[span.end - 1].whitespace_:
            continue
        at = _split_at(doc, span.end)
        if at < 0 or at >= len(doc):
            continue
        tok = doc[at]
        if not (tok.is_title and tok.is_alpha and tok.tag_ == "NNP"):
            continue
        if role_lexicon().role_class(tok.text) or not _person_or_untagged(tok, span.end):
            continue
        end = at + 1
        if at in starts:
            other = out[starts[at]]
            if other[1] or len(other[0]) > 2:
                continue  # a name of its own with its own title
            end = other[0].end
            drop.add(starts[at])
        elif at + 1 < len(doc) and doc[at + 1].tag_ == "NNP" and doc[at + 1].is_title:
            continue  # a longer proper name
        joined.append((doc[span.start : end], title, gender))
        drop.add(k)
    if not joined:
        return out
    kept = [c for k, c in enumerate(out) if k not in drop]
    return sorted([*kept, *joined], key=lambda c: c[0].start)


def _streets(doc: Doc, lex: RoleLexicon) -> set[int]:
    """The tokens of each spot where a name opening with a first name is a street ("families
    on Abbey Terrace", ``street_spots``), unless the same words elsewhere stand as a person's
    name: the subject of a verb of saying, given an age or a role set off beside them ("Glenn
    Close said", "Martin Drive, the club captain,"). There "a documentary on Glenn Close"
    names the person too."""
    out: set[int] = set()
    for start, end in street_spots(doc, lex):
        words = [t.text for t in doc[start:end]]
        n = len(words)
        person = any(
            doc[i].text == words[0]
            and [t.text for t in doc[i : i + n]] == words
            and (_stands_as_person(doc[i + n - 1]) or _role_apposition(doc[i : i + n], lex))
            for i in range(len(doc) - n + 1)
            if i != start
        )
        if not person:
            out.update(range(start, end))
    return out


def _untagged_titled(
    doc: Doc, lex: RoleLexicon, lower: frozenset[str], body: int
) -> list[tuple[Span, str]]:
    """Names of two or three words right after a capitalised title that the tagger left
    untagged or split ("Foreign Minister Anatoly Vereshchagin met ..."): a title in front
    shows they name a person. Words inside a date, place or other non-person entity, and
    headline lines, are not taken."""
    out = []
    text = text_of(doc)
    for tok in doc:
        office = lex.role_class(tok.text) is not None
        if (
            tok.idx < body
            or not tok.text[:1].isupper()
            or not (office or tok.lower_ in lex.honorifics)
        ):
            continue
        if office and tok.lower_ in lex.honorifics and not tok.text.isalpha():
            continue  # "Sen." before a name: the tagger handles the usual abbreviations
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in lex.honorifics:
            continue  # "Rt | Hon Jan Roe": the name starts after the last title
        begin = tok.i + 1
        if begin < len(doc) and doc[begin].tag_ == "''" and not doc[tok.i].whitespace_:
            begin += 1  # a title in scare quotes: 'self-styled "President" Jan Roe'
        end = begin
        while (
            end < len(doc)
            and end - begin < 3
            and doc[end].tag_ == "NNP"
            and doc[end].text.isalpha()
            # the tagger may call an unfamiliar surname after a title a date
            and doc[end].ent_type_ in ("", "ORG", "PERSON", "DATE")
            and lex.role_class(doc[end].text) is None
        ):
            end += 1
        span = doc[begin:end]
        if len(span) < 2 or any(t.ent_type_ == "PERSON" for t in span):
            continue
        if end < len(doc) and doc[end].tag_ == "NNP":
            continue  # a longer proper name than a person's
        if in_heading(span, text) or not _looks_like_name(span, lex, lower):
            continue
        out.append((span, tok.text))
    return out


# an article or a demonstrative before a capitalised pair makes it a thing's name ("The Penny
# Black", "this Amber Alert"), never a person's
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _untagged_full_names(
    doc: Doc, lex: RoleLexicon, lower: frozenset[str], body: int
) -> list[Span]:
    """A known first name and a surname the tagger left untagged ("Eleanor Vantreight, who
    rose ...") where the surname is a person's elsewhere in the article (the tagger calls
    "Vantreight" a person further on): the full name of that person. Not in headings, not
    inside a longer proper name and not inside another entity.

    A name right after a lower-case role noun ("winger Elif Roe") needs only one of the two:
    a known first name or a surname the tagger calls a person elsewhere; one set off by
    commas after it ("a company spokesperson, Rina Roe,", "a lawyer for the district
    attorney, Ines Roe,") needs neither, an apposition to a person's noun being a person's
    name. There the tagger may also have called the two words an organisation. A known first
    name set off by commas beside the subject of a verb of saying is a person's name whatever
    that subject is ("One library user, Ana Ruiz, said").
    """
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].text[:1].isupper()}
    text = text_of(doc)
    title_end = _title_end(text)
    out = []
    for tok in doc[1:]:
        first = doc[tok.i - 1]
        if tok.idx < body or lex.role_class(first.text) is not None:
            continue  # "King James": a title, not a first name
        known, given = tok.text in surnames, first.text in first_names()
        beside = _beside_role(first, tok, lex) and (
            known or given or (first.tag_ == "NNP" and doc[first.i - 1].text == ",")
        )
        # "Gwen Pardoe, 72, said ...": an age set off by commas, with a first name or a verb
        # of saying, marks a person's name
        aged = _aged(tok) and first.tag_ == "NNP" and (given or _speaks(tok))
        # "Dana Obi became chief executive ...": a known first name and a surname, the subject
        # of a verb, as _mislabelled_person trusts a name the tagger calls an organisation;
        # not after a determiner, which makes the words a thing's name ("The Penny Black sold")
        acts = (
            given
            and first.tag_ == "NNP"
            and _subject_of_verb(tok)
            and not (first.i > 0 and doc[first.i - 1].lower_ in _ARTICLES)
        )
        # "One library user, Ana Ruiz, said ...": a known first name and a surname set off by
        # commas beside the subject of a verb of saying, whatever noun that subject is
        beside_speaker = (
            given
            and first.tag_ == "NNP"
            and tok.dep_ == "appos"
            and doc[first.i - 1].text == ","
            and _speaks(tok.head)
            and not _names_a_thing(tok, lex)
        )
        if not (known and given) and not beside and not aged and not acts and not beside_speaker:
            continue
        tagged = tok.ent_type_ or first.ent_type_
        if tagged and not ((beside or aged) and _org_of(first, tok)):
            continue
        if tok.tag_ != "NNP" or not tok.text.isalpha() or not first.text[:1].isupper():
            continue
        before = doc[first.i - 1] if first.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (before is not None and before.tag_ == "NNP" and before.text[:1].isupper()) or (
            after is not None and after.tag_ == "NNP" and after.text[:1].isupper()
        ):
            continue
        span = doc[first.i : tok.i + 1]
        if span.end_char <= title_end:
            continue  # the title line, which may name someone only as the story's subject
        if not in_heading(span, text) and _looks_like_name(span, lex, lower):
            out.append(span)
    return out


def _names_a_thing(surname: Token, lex: RoleLexicon) -> bool:
    """The name set beside a noun is a place's or a body's: the noun is one for a place, a
    body, a family, a facility, an animal or a thing ("One neighbouring hamlet, Ivy Bridge,",
    "one charity, Ivy Trust,"), or the name's last word is one an organisation or a place
    ends in ("Trust", "Bay") and no common surname ("Ivy Day", "Ana Law")."""
    noun = surname.head.lemma_.lower()
    kinds = (
        lex.place_nouns, lex.body_nouns, lex.family_nouns, lex.facility_heads,
        lex.animal_nouns, lex.thing_nouns, lex.place_heads,
    )  # fmt: skip
    if any(noun in words for words in kinds):
        return True
    last = surname.lower_
    if last in lex.not_person_surnames:
        return False  # "One commuter, Ivy Day, said": a surname too
    return last in lex.not_person or last in lex.org_suffixes


def _listed_names(
    doc: Doc, lex: RoleLexicon, lower: frozenset[str], body: int, taken: set[int]
) -> list[Span]:
    """A full name joined by "and" or a comma to a person's name ("Tobias Fenn and Ida
    Rusk", "Ida Rusk and Tobias Fenn"), opening with a known first name: another person of
    the list, whatever the tagger calls it. Its words may be untagged or a person's, never
    another entity's."""
    text = text_of(doc)
    out = []
    for tok in doc:
        joined = (tok.dep_ == "conj" and tok.head.i in taken) or any(
            c.dep_ == "conj" and c.i in taken for c in tok.children
        )
        if tok.idx < body or not joined:
            continue
        if tok.tag_ != "NNP" or not tok.is_title or not tok.is_alpha or tok.i in taken:
            continue
        start = tok.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head == tok
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
        ):
            start -= 1
        while tok.i - start >= 2 and doc[start].text not in first_names():
            start += 1  # "Neighbours Ana Holt": the name opens with its first name
        span = doc[start : tok.i + 1]
        if not 2 <= len(span) <= 3 or span[0].text not in first_names():
            continue
        if any(t.ent_type_ not in ("", "PERSON") for t in span) and not _org_ends_at(tok):
            continue  # "Neighbours Ana Holt" as one organisation: the name ends it
        if not in_heading(span, text) and _looks_like_name(span, lex, lower):
            out.append(span)
    return out


def _org_ends_at(last: Token) -> bool:
    """An organisation entity ends with this word: the tagger ran a word in front into a
    person's name ("Neighbours Ana Holt")."""
    return any(e.label_ == "ORG" and e.end == last.i + 1 for e in last.doc.ents)


def _given_names(doc: Doc, lex: RoleLexicon, body: int) -> list[Span]:
    """A proper name set beside someone's "name" ("who gave only her first name, Shirin,",
    "identified only by his surname, Roe"): the name a person goes by, whatever the tagger
    calls it. Only after "his" or "her", which say the name is a person's ("its name, Velta"
    is a thing's). So is a known first name set off by commas after a relative someone has
    ("Her daughter, Tamsin, 27,", "his brother, Aled,"), which the tagger may call a place."""
    out = []
    for tok in doc:
        head = tok.head
        if tok.idx < body or tok.dep_ != "appos":
            continue
        if head.lower_ not in NAME_NOUNS and not _relative_named(tok, lex):
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
            continue
        if tok.tag_ != "NNP" or not tok.is_title or not tok.is_alpha:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == tok:
            start -= 1
        span = doc[start : tok.i + 1]
        if all(t.is_title and t.is_alpha for t in span) and _looks_like_name(span, lex):
            out.append(span)
    return out


def _relative_named(tok: Token, lex: RoleLexicon) -> bool:
    """A known first name alone, set off by commas right after a kinship noun ("daughter,
    Tamsin,"): the relative's name."""
    doc = tok.doc
    if tok.head.lower_ not in lex.kinship or tok.text not in first_names():
        return False
    before, after = doc[tok.i - 1], (doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
    return (
        tok.i >= 2
        and before.text == ","
        and doc[tok.i - 2] == tok.head
        and after is not None
        and after.text == ","
    )


def _beside_role(first: Token, last: Token, lex: RoleLexicon) -> bool:
    """Two name words right after a lower-case role noun ("winger Elif Roe") or set off by
    commas after one ("a company spokesperson, Rina Roe,"): words a role gives to a person."""
    doc = first.doc
    i = first.i - 1
    if i >= 1 and doc[i].text == ",":
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.text not in (",", ".", ";"):
            return False
        i -= 1
    role = doc[i] if i >= 0 else None
    return role is not None and role.is_lower and lex.role_class(role.text) is not None


def _org_of(first: Token, last: Token) -> bool:
    """The two words are exactly one organisation entity, the tagger's usual slip on a name
    it does not know ("winger Elif Roe" called an ORG)."""
    ent = next((e for e in first.doc.ents if e.start == first.i), None)
    return ent is not None and ent.label_ == "ORG" and ent.end == last.i + 1


def _home_address(span: Span) -> bool:
    """A street or a place after a person's age, as court and crime reports give an address
    ("Jan Roe, 58, of Moor Lane, Ashby"): where someone lives, not a person."""
    doc = span.doc
    i = span.start
    if i < 4 or doc[i - 1].lower_ != "of" or doc[i - 2].text != ",":
        return False
    return doc[i - 3].like_num and doc[i - 4].text == ","


def _question_label(span: Span, text: str) -> bool:
    """A name the tagger reads into an interview's question turn: "Q." (or "Q") opening its
    line, then the question ("Q. Will you stay?"). The "Q" is the interviewer's label, not an
    initial, and the word after it opens the question."""
    first = span[0]
    line_start = text.rfind("\n", 0, first.idx) + 1
    return first.text.rstrip(".") == "Q" and not text[line_start : first.idx].strip()


def _after_article(span: Span) -> bool:
    """A name right after "the" names a title, not a person: "The Lakeville Ledger reported",
    "the Harlow Hornets". A person's name takes no article; "the late Jan Roe" and "the Rev.
    Jan Roe" put a word between the two, and in "the Jan Roe scandal" the name only
    modifies a noun, so it still names her."""
    doc = span.doc
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    return after_the and span.root.dep_ != "compound"  # "the Jan Roe affair" names her
