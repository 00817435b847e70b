"""Names that are not people: things, places, organisations, brands, companies, outlets.

The tagger calls many proper names a PERSON. The text often says what they are: a noun that
introduces them ("Tropical Storm Delia", "the charity Hope Street"), a place word around them
("the village of Marrowby", "Port Elsby", "Marrow Bay"), a model code after a brand, a
possessive before a head of state's title ("Velm's President"), or a company's doings ("shares
of Jan Roe", "Jan Roe reported higher profits"). The sets found here are names (tuples of
words) that ``candidates`` never takes for a person, wherever they recur in the article.

After the mentions are found, a "person" known by one word that names an outlet the document
mentions ("Bloomberg" beside Bloomberg News) is dropped (``_drop_outlet_names``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.people._common import _words
from contextreader.analysis.people.clusters import _Cluster, _People
from contextreader.analysis.people.lexicon import (
    RoleLexicon,
    firm_suffix,
    first_names,
    third_person_pronouns,
)
from contextreader.outlets.kb import load_kb


def _owns_office(span: Span, lex: RoleLexicon) -> bool:
    """A name whose possessive comes before a head of state's title (``[named_things]
    state_titles``) and a name ("Velm's President Jan Roe", "Velm's self-styled "President" Jan
    Roe"): the country whose office it is (or a body, for a president), not a person; the name
    after the title is the person. A title a head of state may have under them ("Roe's Prime
    Minister Jan Doe") is no such title: its owner may be a person."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].tag_ != "POS" or span[0].text in first_names():
        return False  # "Jan Roe's ...": a known first name says a person
    i += 1
    while i < len(doc) and i - span.end <= 6:
        tok = doc[i]
        pair = f"{tok.lower_} {doc[i + 1].lower_}" if i + 1 < len(doc) else ""
        if tok.lower_ in lex.state_titles or pair in lex.state_titles:
            i += 2 if pair in lex.state_titles else 1
            if i < len(doc) and doc[i].tag_ == "''":
                i += 1  # the closing mark of a title in scare quotes
            return i < len(doc) and doc[i].tag_ == "NNP" and doc[i].is_title
        hyphened = tok.tag_ == "NN" and i + 1 < len(doc) and doc[i + 1].tag_ == "HYPH"
        if tok.tag_ not in _TITLE_MODIFIERS and not hyphened:
            return False  # "Roe's feud with President Jan Doe": the title is not Roe's
        i += 1
    return False


# the words that may stand between a possessive and a title: "Velm's self-styled "President""
_TITLE_MODIFIERS = frozenset({"JJ", "VBN", "HYPH", "``", "''"})


def _thing_names(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """Names a noun of ``[named_things]`` introduces ("Tropical Storm Delia", "the cargo ship
    Ever Bright"), with each of their words: a storm or a ship, wherever the name recurs; and
    a people's name after a word such as "ethnic", places and brands (see the helpers)."""
    out: set[tuple[str, ...]] = set()
    for tok in doc:
        if tok.tag_ in ("NNP", "NNPS"):
            owner = _proper_words(tok)
            if _owns_office(doc[tok.i + 1 - len(owner) : tok.i + 1], lex):
                out.add(owner)  # "Velm's President Jan Roe": Velm, a country
                continue
        if tok.lower_ in lex.people_words and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper():
                out.add((nxt.text,))  # "the ethnic Velm minority": a people's name
            continue
        named = _animal_named(tok, lex)
        if named:
            out.add(named)  # "a dog named Rex": the animal's name
            out.update((w,) for w in named)
            continue
        if tok.lower_ not in lex.thing_nouns or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].tag_ in ("NNP", "NNPS"):
            end += 1
        words = tuple(t.text for t in doc[tok.i + 1 : end])
        if words:
            out.add(words)
            out.update((w,) for w in words)
            if tok.text[:1].isupper():
                out.add((tok.text, *words))  # "Storm Ilsa", the tagger's name with its noun
    return (
        out
        | _place_names(doc, lex)
        | _opened_places(doc, lex)
        | _headed_places(doc, lex)
        | _brand_names(doc)
        | _organisation_names(doc, lex)
        | _which_appositions(doc, lex)
        | _body_appositions(doc, lex)
        | _plural_subjects(doc)
        | _article_names(doc, lex)
        | _facility_places(doc, lex)
        | _saint_places(doc, lex)
        | _which_subjects(doc, lex)
        | _its_owners(doc, lex)
    )


def _saint_places(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A saint's name owning a place noun ("St Anne's Hospital", "Saint Luke's Church",
    ``[named_things] saints``, ``saint_places``): the place's name, not a person of the
    article. Only the saint's title with the name ("St Anne"): a bare "Anne" stays open."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-3]:
        if tok.lower_ not in lex.saints or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 2 and doc[end].tag_ in ("NNP", "NNPS"):
            end += 1
        if end == tok.i + 1 or end + 1 >= len(doc) or doc[end].text not in ("'s", "’s"):
            continue
        place = doc[end + 1]
        if place.lower_ in lex.saint_places and place.text[:1].isupper():
            out.add(tuple(t.text for t in doc[tok.i : end]))
    return out


def _which_subjects(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A name that is a clause's subject and goes on with ", which" ("Northlight Pictures,
    which released the film, said ..."): "which" stands for a thing or a body, never a person
    ("who"), so the name is no person, wherever it recurs. Not a name that opens with a known
    first name or holds a title ("Mr. Roe"), one given as a person (``_person_subject``), nor
    a subject after its verb or a quote ('"...," said Roe, which drew jeers': the saying)."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-2]:
        if tok.tag_ not in ("NNP", "NNPS") or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ != "which":
            continue
        if tok.i > tok.head.i or any(t.is_quote for t in doc[tok.sent.start : tok.i]):
            # '"...," said Roe, which drew jeers': an inverted subject, after a verb of saying
            # or a quote, whose ", which" stands for the saying, not the name
            continue
        words = _proper_words(tok)
        if words and not _personal_name(words, lex) and not _person_subject(tok, words, lex):
            out.add(words)
    return out


def _its_owners(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A name that is a verb's subject whose object is "its" something, with no "he", "she",
    "his" or "her" in the sentence ("When Hartley built its relief road, ..."): "its" points
    back to the name, a place or a body, no person. Not a name that opens with a known first
    name or holding a title ("Jan Roe defended its record", "Mr. Roe helped the firm sell its
    unit"), nor one the article also writes after a first name or a title ("Dana Okafor ...
    Okafor praised its design")."""
    out: set[tuple[str, ...]] = set()
    personal = third_person_pronouns()
    for tok in doc:
        if tok.lower_ != "its" or tok.dep_ != "poss":
            continue
        obj = tok.head
        if obj.dep_ not in ("dobj", "attr"):
            continue
        verb = obj.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ not in ("NNP", "NNPS") or subj.i > tok.i:
            continue
        if any(t.lower_ in personal for t in tok.sent):
            continue
        words = _proper_words(subj)
        if words and not _personal_name(words, lex) and not _person_subject(subj, words, lex):
            out.add(words)
    return out


def _person_subject(subj: Token, words: tuple[str, ...], lex: RoleLexicon) -> bool:
    """True when the subject ``subj`` (ending the name ``words``) is given as a person: it has
    a role in apposition ("Jan Roe, the airline's chief executive, ..."), a role right before
    it ("airline chief Roe"), or the article names it fully elsewhere (``_named_fully``). Two
    capitalised words alone say nothing: a firm is often named like a person ("Kessler Brandt,
    which owns three mills")."""
    doc = subj.doc
    if any(c.dep_ == "appos" and lex.role_class(c.text) for c in subj.children):
        return True
    start = subj.i - len(words) + 1
    if start > 0 and doc[start - 1].is_lower and lex.role_class(doc[start - 1].text):
        return True
    return _named_fully(doc, words, lex)


def _personal_name(words: tuple[str, ...], lex: RoleLexicon) -> bool:
    """The name opens with a known first name or holds a title or a role ("Jan Roe", "Mr.
    Roe", "Mayor Roe"): a person's, whatever a pronoun after it says."""
    if words[0] in first_names():
        return True
    return any(w.lower() in lex.honorifics or lex.role_class(w) for w in words)


def _named_fully(doc: Doc, words: tuple[str, ...], lex: RoleLexicon) -> bool:
    """True when the article writes the name ``words`` elsewhere after a capitalised word or
    a title ("Dana Okafor", "Mr Okafor"): a person's surname. Only where the name's first word
    stands is looked at (``_word_places``): a long article is not read whole for each name."""
    n = len(words)
    for i in _word_places(doc).get(words[0], ()):
        if not 1 <= i <= len(doc) - n or tuple(x.text for x in doc[i : i + n]) != words:
            continue
        prev = doc[i - 1]
        if prev.lower_.rstrip(".") in lex.honorifics or prev.lower_ in lex.honorifics:
            return True
        if prev.tag_ in ("NNP", "NNPS") and prev.text[:1].isupper() and not prev.is_sent_start:
            return True
    return False


_WORD_PLACES_KEY = "cr_word_places"


def _word_places(doc: Doc) -> dict[str, list[int]]:
    """Where each word (a token's text) stands in ``doc``, in order; found once and kept on
    the doc."""
    places = doc.user_data.get(_WORD_PLACES_KEY)
    if places is None:
        places = {}
        for t in doc:
            places.setdefault(t.text, []).append(t.i)
        doc.user_data[_WORD_PLACES_KEY] = places
    return places


def _name_before(head: Token, stop: frozenset[str] = frozenset()) -> Span:
    """The capitalised proper words, up to three, right before ``head`` ("Tarrow Vale" of
    "Tarrow Vale Airport"), not reaching back past a word of ``stop``."""
    doc = head.doc
    start = head.i
    while (
        start > 0
        and head.i - start < 3
        and doc[start - 1].tag_ in ("NNP", "NNPS")
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].is_alpha
        and doc[start - 1].lower_ not in stop
    ):
        start -= 1
    return doc[start : head.i]


def _facility_places(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """The words before a noun of ``[named_things] facilities`` ("Tarrow Vale Airport"), two or
    more capitalised ones: a place's name, wherever it recurs ("the runway Tarrow Vale does not
    need"). Not a name opening with a known first name, a title or a role ("Jan Roe Airport",
    "Mayor Roe Stadium"), and not one word alone ("Roe Airport"), which may be named after a
    person the article names."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[2:]:
        if tok.lower_ not in lex.facility_heads or not tok.text[:1].isupper():
            continue
        words = _name_before(tok)
        if len(words) < 2 or words[0].text in first_names():
            continue
        if any(lex.role_class(t.text) or t.lower_ in lex.honorifics for t in words):
            continue
        out.add(tuple(t.text for t in words))
    return out


def _article_names(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A name right after "the" that heads its noun phrase ("The Talos is the largest rocket",
    "The Lakeville Ledger reported"): a person's name takes no article, so it names a thing, a
    work or a body, wherever it recurs ("its new Talos rocket"; a one-word name alone too). Not
    a name that only modifies a noun ("the Roe campaign" names her), nor one that opens with a
    known first name, a title or a role ("the Jan Roe of old", "the Rev. Jan Roe")."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[1:]:
        if doc[tok.i - 1].lower_ != "the" or tok.tag_ not in ("NNP", "NNPS"):
            continue
        if not tok.text[:1].isupper() or not tok.is_alpha or tok.text in first_names():
            continue
        if tok.lower_ in lex.honorifics or lex.role_class(tok.text) is not None:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 4 and doc[end].tag_ in ("NNP", "NNPS"):
            end += 1
        last = doc[end - 1]
        if last.dep_ == "compound" or (end < len(doc) and doc[end].tag_ == "POS"):
            continue  # "the Roe campaign", "the Roe's": the name only modifies a noun
        out.add(tuple(t.text for t in doc[tok.i : end]))
    return out


_APPOSITION_WORDS = 10
# words that end the head of an apposition: what follows belongs to another noun ("a member of
# the group", "the band's singer", "who ...")
_PAST_HEAD = frozenset(
    {"of", "for", "at", "in", "with", "from", "and", "or", "who", "that", "which"}
)


def _body_appositions(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A name followed by an apposition whose head is a noun for a body or a business ("Velta,
    the Leeds-based software start-up, said"): an organisation, wherever the name recurs. The
    apposition opens with an article, is set off by commas (or ends the sentence) and ends in
    the noun, with no "of" phrase, possessive or clause between ("Jan Roe, a member of the
    group," and "Jan Roe, the band's singer," are people). Not a name that opens with a known
    first name."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-3]:
        if tok.tag_ not in ("NNP", "NNPS") or doc[tok.i + 1].text != ",":
            continue
        if doc[tok.i + 2].lower_ not in ("the", "a", "an"):
            continue
        end = tok.i + 3
        while end < len(doc) and end - tok.i <= _APPOSITION_WORDS:
            t = doc[end]
            if t.text in (",", ".", ";") or t.lower_ in _PAST_HEAD or t.tag_ == "POS":
                break
            end += 1
        if end >= len(doc) or end == tok.i + 3:
            continue
        # set off by commas, or ending in a relative clause about the noun ("Crestline, the
        # investment group that bought the club"); not "who", which says a person is meant
        # ("Pita Ngata, the mail carrier who found the dog")
        if doc[end].text not in (",", ".", ";") and doc[end].tag_ != "WDT":
            continue
        # the last word, with the words a hyphen joins to it ("start-up")
        start = end - 1
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
            start -= 2
        head = "".join(t.text for t in doc[start:end]).lower()
        if head not in lex.body_nouns:
            continue
        _add_thing_name(out, tok)
    return out


# present and past forms of a verb that agree with a plural subject only
_PLURAL_VERBS = frozenset({"are", "were", "have", "do"})


def _plural_subjects(doc: Doc) -> set[tuple[str, ...]]:
    """A name of two or more words, alone as the subject of "are", "were", "have" or "do"
    ("Real Cordoba have made an offer", "Kell Rovers were beaten"): a team or a body spoken
    of as its members, as British English does, never one person ("Jan Roe has"). Not a name
    joined to another ("Roe and Day have"), nor one that opens with a known first name, whose
    verb the parser may have misread; the verb comes right after the name, with at most an
    adverb between ("Kell Roe, along with his brother, have been charged" agrees with the
    pair). "Were" counts only as the helper of a main clause's verb ("Kell Rovers were
    beaten"): "I wish Kell Roe were here" is the subjunctive of one person."""
    out: set[tuple[str, ...]] = set()
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NNP" or tok.head.i < tok.i:
            continue
        if any(c.dep_ in ("conj", "cc", "appos") for c in tok.children):
            continue
        name = _proper_words(tok)
        if len(name) < 2 or name[0] in first_names() or doc[tok.i + 1].tag_ == "POS":
            continue
        verb = tok.head
        first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
        if first.i < tok.i:
            continue  # "has Real Cordoba ...": a question or an inversion
        if any(c.dep_ == "mark" for c in verb.children):
            continue  # "if Kell Roe were mayor": the subjunctive "were" of one person
        if any(t.tag_ != "RB" for t in doc[tok.i + 1 : first.i]):
            continue  # "Kell Roe, together with his brother, have": the verb agrees with both
        if first.lower_ == "were" and (first is verb or verb.dep_ not in ("ROOT", "conj")):
            continue  # "I wish Kell Roe were here": the subjunctive of one person
        if first.lower_ in _PLURAL_VERBS and first.tag_ in ("VBP", "VBD"):
            out.add(name)
    return out


_NAMING_WORDS = frozenset({"named", "called"})


def _animal_named(tok: Token, lex: RoleLexicon) -> tuple[str, ...]:
    """The words of the name an animal noun is given ("a dog named Rex", "a horse called Red
    Bramble"): an animal's name, no person's. Empty when ``tok`` is no such noun."""
    doc = tok.doc
    if tok.lower_ not in lex.animal_nouns or tok.i + 2 >= len(doc):
        return ()
    verb = doc[tok.i + 1]
    if verb.lower_ not in _NAMING_WORDS or verb.tag_ != "VBN":
        return ()
    end = tok.i + 2
    while end < len(doc) and end - tok.i <= 4 and doc[end].tag_ in ("NNP", "NNPS"):
        end += 1
    return tuple(t.text for t in doc[tok.i + 2 : end])


def _which_appositions(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A name set beside a common noun that is no role and followed by "which" ("its
    neighbour, Velm, which exports grain"): "which" stands for a thing or a place, never a
    person ("who"), so the name is no person, wherever it recurs. Not a name that opens with a
    known first name."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-2]:
        if tok.dep_ != "appos" or tok.tag_ != "NNP" or doc[tok.i + 1].text != ",":
            continue
        if doc[tok.i + 2].lower_ != "which":
            continue
        head = tok.head
        if head.i > tok.i or head.pos_ != "NOUN" or head.lower_ in lex.roles:
            continue
        if head.lower_ in lex.kinship:
            continue
        _add_thing_name(out, tok)
    return out


def _organisation_names(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """A name set beside a noun for a body of people ("the human rights group Open Ledger",
    "the charity Hope Street"), with each of its words: an organisation, wherever the name
    recurs. Only a name in apposition to the noun, not one that goes on with a clause of its
    own ("the group Okafor founded": Okafor is a person), and not a known first name."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-1]:
        if tok.lower_ not in lex.body_nouns:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 5:
            if doc[end].tag_ in ("NNP", "NNPS"):
                end += 1
            elif _name_joint(doc, end):
                end += 2  # "Relief Without Borders", "Friends of Harrow"
            else:
                break
        if end == tok.i + 1 or doc[tok.i + 1].text in first_names():
            continue
        name = doc[tok.i + 1 : end]
        last, root = doc[end - 1], name.root
        # "the group Open Ledger" (beside the noun) or "the weekly Szemle Nap" (the noun
        # modifies the name)
        beside = root.dep_ == "appos" and root.head.i == tok.i
        if not beside and not (tok.head.i == root.i and tok.dep_ in ("amod", "compound")):
            continue
        if any(c.dep_ in ("acl", "relcl") and c.i == end for c in (*last.children, *root.children)):
            continue
        words = tuple(t.text for t in name)
        out.add(words)
        out.update((w,) for w in words)
    return out


def _name_joint(doc: Doc, i: int) -> bool:
    """A preposition or "and" between two words of a proper name: "Without" in "Relief
    Without Borders", "of" in "Friends of Harrow"."""
    tok = doc[i]
    return (
        0 < i < len(doc) - 1
        and tok.tag_ in ("IN", "CC")
        and tok.is_alpha
        and doc[i - 1].tag_ in ("NNP", "NNPS")
        and doc[i + 1].tag_ in ("NNP", "NNPS")
    )


def _model_code(tok: Token) -> bool:
    """A product's model code: capital letters and digits in one word ("X7", "S24", "A320")."""
    text = tok.text
    return (
        text[:1].isupper()
        and text.isalnum()
        and any(c.isdigit() for c in text)
        and any(c.isalpha() for c in text)
    )


def _version(tok: Token) -> bool:
    """A version number that ends a product's or a project's name ("Lumo 2.0", "Velt 3.1"):
    digits with a point, and no noun or unit after it ("Roe 9.8 seconds" is a time)."""
    doc = tok.doc
    parts = tok.text.split(".")
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        len(parts) == 2
        and all(p.isdigit() for p in parts)
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "NUM", "SYM"))
        and (after is None or after.text not in ("%", "per"))
    )


def _brand_names(doc: Doc) -> set[tuple[str, ...]]:
    """A one-word name right before a model code ("the Lumo X7", "a Velt A320") or a version
    number ("Lumo 2.0"): a maker's brand or a project's name, wherever the name recurs ("Lumo
    says ..."), no person."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.tag_ != "NNP" or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if tok.whitespace_ and (_model_code(nxt) or _version(nxt)):
            if tok.i > 0 and doc[tok.i - 1].tag_ in ("NNP", "NNPS"):
                continue  # part of a longer name: "Jan Roe X7" is no maker's name
            out.add((tok.text,))
    return out


def _opened_places(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """Names that open with a word of ``[named_things] openers`` ("Port Elsby", "Mount
    Kell"), with each word after the opener: a place (or a team named after one), wherever the
    name recurs. Not after a title ("Mayor Lake Roe"), and the run of name words stops at a
    role word or a known first name ("Fort Ardley Mayor Jan Roe" keeps Jan Roe)."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-1]:
        if tok.lower_ not in lex.place_openers or not tok.text[:1].isupper():
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.lower_ in lex.honorifics or lex.role_class(prev.text)):
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= 3
            and doc[end].tag_ in ("NNP", "NNPS")
            and doc[end].text[:1].isupper()
            and lex.role_class(doc[end].text) is None
            and doc[end].text not in first_names()
        ):
            end += 1
        words = tuple(t.text for t in doc[tok.i + 1 : end])
        if words:
            out.add((tok.text, *words))
            out.update((w,) for w in words)
    return out


def _headed_places(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """Names that end in a word of ``[named_things] heads`` ("Marrow Bay", "Kell Valley"),
    with each word before it: a place, wherever the name or one of its words recurs ("seats
    like Marrow"). Not a name opening with a known first name or after a title ("Jan Roe
    Road", "Mayor Roe Street"), which may be named after a person the article names."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[1:]:
        if tok.lower_ not in lex.place_heads or not tok.text[:1].isupper():
            continue
        words = _name_before(tok, stop=lex.place_heads)
        start = words.start
        if not words or words[0].text in first_names():
            continue  # see street_spots for "on Abbey Terrace"
        before = doc[start - 1] if start > 0 else None
        if any(lex.role_class(t.text) or t.lower_ in lex.honorifics for t in words) or (
            before is not None
            and (before.lower_ in lex.honorifics or lex.role_class(before.text) is not None)
        ):
            continue
        out.add((*(t.text for t in words), tok.text))
        if tok.lower_ not in lex.street_heads:
            # "seats like Marrow" after "Marrow Bay"; a street is often named after a person
            # ("Kennedy Street"), so its words alone stay open to a person of that name
            out.update((t.text,) for t in words)
    return out


def street_spots(doc: Doc, lex: RoleLexicon) -> list[tuple[int, int]]:
    """Where a name that opens with a known first name and ends in a street word (``[named_things]
    streets``) closes the object of a preposition of place ("on Abbey Terrace", "along Albert
    Drive"), as token ranges: the street at that spot, though named after someone. Only that
    spot: the same words elsewhere may name the person ("Diane Lane said"), so they never join
    the names of things for the whole article."""
    out = []
    for tok in doc[1:]:
        if tok.lower_ not in lex.street_heads or not tok.text[:1].isupper():
            continue
        words = _name_before(tok, stop=lex.place_heads)
        if words and words[0].text in first_names() and _on_street(tok, lex):
            out.append((words.start, tok.i + 1))
    return out


def _on_street(tok: Token, lex: RoleLexicon) -> bool:
    """A street word that closes the object of a preposition of place (``[named_things]
    street_prepositions``), alone or joined to another ("on Mill Street and Abbey Terrace"):
    the name is the street's. "Diane Lane said" or "a film with Diane Lane" stays a person."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in lex.street_prepositions


def _place_names(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """One-word names a place noun introduces with "of" ("the village of Marrowby", "the
    northern district of Kell"), or an envoy noun with "to", "from" or "in" ("the ambassador
    to Velm"), or set beside a place (``_beside_place``): a place, wherever the name recurs.
    Not a possessive ("the state of Roe's campaign" is the campaign's state) nor a name of
    several words."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[2:]:
        of, noun = doc[tok.i - 1], doc[tok.i - 2]
        place = of.lower_ == "of" and noun.lower_ in lex.place_nouns
        envoy = of.lower_ in ("to", "from", "in") and noun.lower_ in lex.envoy_nouns
        if _beside_place(tok, lex):
            out.add((tok.text,))
            continue
        joined = _joined_place(tok)
        if joined:
            out.add(joined)
            continue
        if not (place or envoy) or not tok.text[:1].isupper():
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.tag_ in ("NNP", "NNPS", "POS") or nxt.text in ("'", "’")):
            continue
        out.add((tok.text,))
    return out


def _joined_place(tok: Token) -> tuple[str, ...]:
    """A name of several words joined by "and" or "or" to a one-word place the tagger knows,
    both the object of a preposition ("in Marn and Stoke Elby"): a place too. Not a name that
    opens with a known first name ("in Marn and Jan Roe")."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.tag_ != "NNP" or tok.head.i >= tok.i:
        return ()
    if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NNP", "NNPS", "POS"):
        return ()
    name = _proper_words(tok)
    start = tok.i + 1 - len(name)
    first = tok.head
    if len(name) < 2 or name[0] in first_names() or doc[start - 1].lower_ not in ("and", "or"):
        return ()
    if first.ent_type_ not in ("GPE", "LOC") or first.tag_ != "NNP" or first.dep_ != "pobj":
        return ()
    if doc[first.i - 1].tag_ in ("NNP", "NNPS") or doc[first.i + 1].tag_ in ("NNP", "NNPS"):
        return ()  # the place is one word, set right after its preposition
    return name


def _beside_place(tok: Token, lex: RoleLexicon) -> bool:
    """A one-word name joined by "and" to a place the tagger knows ("between Kalvania and
    Velm"), set beside a place noun ("its capital, Marn,") or owning a place ("Velm's capital",
    "Velm's coast"): a place itself."""
    doc = tok.doc
    if tok.tag_ != "NNP" or not tok.text[:1].isupper():
        return False
    if doc[tok.i - 1].tag_ in ("NNP", "NNPS") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NNP", "NNPS")
    ):
        return False  # part of a longer name
    # joined by the "and" itself, not a comma the parse may misread ("In Iowa, Roe, the ..."),
    # or a comma inside a list the "and" closes ("in Marn, Velby and Stoke")
    linked = [tok.head] if tok.dep_ == "conj" and doc[tok.i - 1].lower_ in ("and", "or") else []
    linked += _list_items(tok)
    linked += [
        c
        for c in tok.children
        if c.dep_ == "conj" and c.i > 1 and doc[c.i - 1].lower_ in ("and", "or")
    ]
    if any(t.ent_type_ in ("GPE", "LOC") and t.tag_ == "NNP" for t in linked):
        return True
    if tok.dep_ == "appos" and tok.head.lower_ in lex.place_nouns:
        return True  # "the capital, Marn,"
    if names_the_place_before(tok, lex):
        return True  # "diplomats in the capital, Marn, said": the parse hangs it on "diplomats"
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        nxt is not None
        and nxt.tag_ == "POS"
        and tok.dep_ == "poss"
        and tok.head.lower_ in lex.place_nouns
    )


def _list_items(tok: Token) -> list[Token]:
    """The other items of a list of one-word names that "and" or "or" closes and whose first
    item is the object of a preposition ("in Marn, Velby and Stoke": Marn and Stoke for
    Velby); none for a known first name or outside such a list."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.text in first_names():
        return []
    first = tok.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj":
        return []
    items = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i > first.i)]
    if not any(doc[t.i - 1].lower_ in ("and", "or") for t in items):
        return []
    if not all(t.tag_ == "NNP" and doc[t.i - 1].text in (",", "and", "or") for t in items[1:]):
        return []
    return [t for t in items if t.i != tok.i]


def names_the_place_before(tok: Token, lex: RoleLexicon) -> bool:
    """ "Diplomats in the capital, Marn, said": a one-word name set off by commas right after a
    place noun ("capital", "province") names that place, when it is no known first name and
    the parse hangs it on the place noun or on a plural noun (a single name cannot stand
    beside "diplomats"). "The mayor of the city, Holt, said" names the mayor: the name hangs on
    a singular noun. Whatever the tagger calls the name."""
    doc = tok.doc
    i = tok.i
    if i < 2 or i + 1 >= len(doc) or tok.tag_ != "NNP" or not tok.text[:1].isupper():
        return False
    if doc[i - 1].text != "," or doc[i + 1].text not in (",", ".", ";"):
        return False
    place = doc[i - 2]
    if place.lower_ not in lex.place_nouns or place.tag_ != "NN" or tok.text in first_names():
        return False
    return tok.head.i == place.i or tok.head.tag_ in ("NNS", "NNPS")


def _add_thing_name(out: set[tuple[str, ...]], tok: Token) -> None:
    """Adds the proper name ``tok`` ends, and each of its words, to ``out`` (names of no
    person), unless it opens with a known first name."""
    name = _proper_words(tok)
    if name and name[0] not in first_names():
        out.add(name)
        out.update((w,) for w in name)


def _proper_words(tok: Token) -> tuple[str, ...]:
    """The proper name ``tok`` ends, its compound name words in front included ("Jan Roe")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and tok.i - start < 4 and doc[start - 1].tag_ in ("NNP", "NNPS"):
        start -= 1
    return _words(doc[start : tok.i + 1])


def _company_names(doc: Doc, lex: RoleLexicon) -> set[tuple[str, ...]]:
    """Names the text uses for a company, with the last word of each: a name followed by a
    company suffix ("Roe & Co.", "Roe Holdings", and the first word of a longer one), the
    owner of what only a company has ("Roe's shareholders"), the name of traded shares ("shares
    of Roe", "Roe stock"; not "Roe's shares", which a person may own) and the subject of a verb
    whose object is a company's results ("Jan Roe reported higher profits"; not "Jan Roe, the
    chief executive, reported ...", a person given a role). A firm often bears its founder's
    name; where the text treats it as a firm, the name is no person."""
    out: set[tuple[str, ...]] = set()
    for tok in doc:
        low = tok.lower_
        if low in lex.org_suffixes and tok.text[:1].isupper() and tok.i > 0:
            j = tok.i - 1
            while j > 0 and doc[j].text in ("&", ","):
                j -= 1
            if (j < tok.i - 1 or doc[j].tag_ == "NNP") and firm_suffix(
                [*_proper_words(doc[j]), tok.text], lex
            ):
                # the name without its suffix is the firm's short name too: "Roe Systems",
                # then "Roe unveiled ..."; so is its first word, "Velta" of "Velta Health
                # Partners", unless a first name opens it ("Jan Roe Holdings")
                name = _proper_words(doc[j])
                out.add(name)
                if len(name) > 1 and name[0] not in first_names():
                    out.add(name[:1])
        if tok.pos_ != "NOUN":
            continue
        owners: list[Token] = []
        if low in lex.org_nouns or low in lex.org_traded:
            owned = ("poss", "compound") if low in lex.org_nouns else ("compound",)
            owners = [c for c in tok.children if c.dep_ in owned]
            owners += [g for c in tok.children if c.lower_ == "of" for g in c.children]
        elif _reported_result(tok, lex):
            owners = [c for c in tok.head.children if c.dep_ == "nsubj"]
            owners = [o for o in owners if not any(c.dep_ == "appos" for c in o.children)]
        out.update(_proper_words(o) for o in owners if o.tag_ == "NNP")
    out.discard(())
    return out | {n[-1:] for n in out}


def _reported_result(tok: Token, lex: RoleLexicon) -> bool:
    """A company's results as the object of a verb ("reported higher profits"); a possessive
    or a noun before them ("her earnings", "record profits") is not counted."""
    return (
        tok.dep_ == "dobj"
        and tok.lower_ in lex.org_results
        and not any(c.dep_ in ("poss", "compound") for c in tok.children)
    )


# -- outlets taken for people ------------------------------------------------------------------


def _outlet_ids(doc: Doc) -> set[str]:
    """The outlets cr_outlet found: the publisher, every cited outlet, every outlet mention."""
    ids = {c.outlet_id for c in doc._.cr_cited_outlets or []}
    if doc._.cr_outlet is not None:
        ids.add(doc._.cr_outlet.id)
    if "cr_outlets" in doc.spans:
        ids |= {s.kb_id_ for s in doc.spans["cr_outlets"] if s.kb_id_}
    return ids


def outlet_words(doc: Doc) -> frozenset[str]:
    """Single words that name an outlet the document mentions: a one-word name or credit
    ("Reuters") or the distinctive first word of a longer name ("Bloomberg" of "Bloomberg
    News"), the word writers and the tagger use for the outlet on its own. A first word that
    is a known first name or an article ("The", "Al") says nothing about the outlet."""
    kb = load_kb()
    out: set[str] = set()
    for outlet_id in _outlet_ids(doc):
        entry = kb.get(outlet_id)
        forms = entry.forms if entry is not None else ()
        for form in forms:
            words = form.split()
            if words and words[0] in ("The", "the"):
                words = words[1:]
            single = len(words) == 1
            if words and (single or (words[0].isalpha() and words[0] not in first_names())):
                out.add(words[0])
    return frozenset(out)


def _drop_outlet_names(
    people: _People, owner: dict[tuple[int, int], _Cluster], outlets: frozenset[str]
) -> None:
    """Drop a "person" known by one word only that names an outlet the document mentions
    ("Bloomberg reports ..." beside a cited Bloomberg News): the tagger read the outlet as a
    surname. A person whose full name the article writes ("Jan Bloomberg") keeps the word,
    and so do the bare mentions of it."""
    if not outlets:
        return
    full = {n[-1] for cl in people.clusters for n in cl.names if len(n) > 1}
    for cl in people.clusters:
        if not cl.names or any(len(n) != 1 or n[0] not in outlets for n in cl.names):
            continue
        if any(n[0] in full for n in cl.names):
            continue
        cl.names.clear()
        for key in [k for k, c in owner.items() if c is cl]:
            del owner[key]
