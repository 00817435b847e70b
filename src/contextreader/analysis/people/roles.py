"""Pass 4: the role the text gives each person.

A title before the name ("Deputy Foreign Minister Jan Roe", "spokeswoman Celia Brandt";
``_role_before``) or an apposition on either side of it ("the city's mayor, Jan Roe," / "Jan
Roe, the under secretary of state for ..."; ``_role_apposition``); a kinship relation ("her
son, Jan Roe") is kept for ``mentions``. A person with no role keeps the organisation their name
is "of" ("Jan Roe of Velmar Securities"), and a writer the byline or the closing credit names is
shown as named there.
``candidates`` also asks ``_role_apposition`` whether a name is given a role, which shows a
person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.paragraphs import (
    byline_names,
    credit_names,
    photo_credit_spans,
    sign_off_names,
)
from contextreader.analysis.people._common import _title_end, in_heading
from contextreader.analysis.people.clusters import _Cluster
from contextreader.analysis.people.lexicon import (
    NAME_NOUNS,
    RoleLexicon,
    role_lexicon,
    run_in_body,
)

_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}


def _modifier_tags(tokens: list[Token], lex: RoleLexicon) -> set[str]:
    """Capitalised place, party or nationality words in a role ("Ohio", "Democratic",
    "Mexican"), cut to five letters so "Mexico" and "Mexican" agree."""
    out = set()
    for t in tokens:
        if t.lower_ in lex.roles or not t.text[:1].isupper():
            continue
        named = t.ent_type_ in ("NORP", "GPE", "LOC", "ORG") or t.tag_ in ("NNP", "JJ")
        if named and t.ent_type_ != "PERSON":
            out.add(t.lower_[:5])
    return out


_ROLE_HEAD_END = frozenset({"of", "to", "for", "at", "under", "in", "with", "who", "and", "from"})

# words that are a preposition after a verb although the parse may call them an adjective:
# "slotted past goalkeeper Jan Roe" (not "past president Jan Roe", a former one)
_VERB_PREPOSITIONS = frozenset({"past", "near", "opposite", "inside", "outside", "beyond"})


def _preposition_after_verb(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a preposition after a verb ("slotted past goalkeeper")."""
    return doc[i].lower_ in _VERB_PREPOSITIONS and i > 0 and doc[i - 1].pos_ in ("VERB", "AUX")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A role's words without the article, punctuation, preposition, adverb or relative
    "whose" in front of them ("for the next president", "also once a hopeful", "whose
    chairman")."""
    while start < end and (
        doc[start].is_punct
        or doc[start].dep_ == "det"
        or doc[start].tag_ == "WP$"
        or doc[start].is_space
        or _preposition_after_verb(doc, start)
        or (
            (doc[start].pos_ in ("ADP", "ADV") or doc[start].dep_ == "advmod")
            and (doc[start].whitespace_ or doc[start + 1].text != "-")  # not "far-right"
        )
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _after_break(doc: Doc, start: int, end: int) -> int:
    """The start of the last stretch of [start, end) with no punctuation or line break in it
    ("PARIS, May 2 (Agency) — Former Minister" -> "Former Minister")."""
    for i in range(end - 1, start - 1, -1):
        t = doc[i]
        if (t.is_punct and t.text not in ("'", "’", "-")) or "\n" in t.text_with_ws:
            return i + 1
    return start


def _after_plural(doc: Doc, start: int, end: int) -> int:
    """The start of the words after the last plural noun of [start, end): "rivals" names a
    group the person belongs to, the title after it is theirs ("fellow candidates Sen. Jan
    Roe" -> "Sen.")."""
    for i in range(end - 1, start - 1, -1):
        # a common plural, not a name's ("Sanders aide", "Rules Committee Chairman"), nor
        # the field of a lower-case role noun it qualifies ("economics editor", "sports
        # reporter": the desk, not a group)
        if doc[i].tag_ == "NNS" and doc[i].text[:1].islower() and not _field_of(doc[i], end):
            return i + 1
    return start


def _field_of(tok: Token, end: int) -> bool:
    """Whether the plural ``tok`` is a compound on the lower-case role word right after it
    ("economics editor", "foreign affairs correspondent")."""
    doc = tok.doc
    nxt = tok.i + 1
    return (
        nxt < end
        and tok.dep_ == "compound"
        and tok.head.i == nxt
        and doc[nxt].is_lower
        and role_lexicon().role_class(doc[nxt].text) is not None
    )


def office_with_department(title: Token, department: Span, lex: RoleLexicon) -> bool:
    """Whether ``title`` and the words of its "of" or "for" phrase make one office: the title
    is a role noun written singular ("Minister", "Secretary"; not "Lawyers for", "Supporters
    of", a kin noun "Mother of"), and some word of the phrase is no title of the name itself
    (a department: "Health", "State"; "Lawyer for Senator Jan Roe" is someone else)."""
    if lex.role_class(title.text) is None or title.lower_ in lex.kinship:
        return False
    return any(
        t.is_title and lex.role_class(t.text) is None and t.lower_ not in lex.honorifics
        for t in department
    )


def _office_of_before(doc: Doc, i: int, members: set[int], lex: RoleLexicon) -> int | None:
    """Where a capitalised title with its own "of" or "for" phrase starts, when token ``i``
    ends that phrase and the title modifies the name ("Minister of Foreign Affairs Jan Roe",
    "Secretary of State Jan Roe": the parse hangs the department on the title, and the title
    on the name); None otherwise. Every word in between is capitalised, or "of", "for",
    "the", "and" or "&", so "the head of a company Jan Roe founded" is no title."""
    tok = doc[i]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.i >= i:
        return None
    title = prep.head
    if title.i != prep.i - 1 or title.dep_ not in _MODIFIER_DEPS or title.head.i not in members:
        return None
    if not title.is_title or tok.left_edge.i <= prep.i:
        return None
    inside = doc[prep.i + 1 : i + 1]
    if not all(t.is_title or t.lower_ in ("of", "the", "and", "&") for t in inside):
        return None
    return title.i if office_with_department(title, inside, lex) else None


def _office_above(doc: Doc, i: int, name: Span, members: set[int], lex: RoleLexicon) -> bool:
    """Whether token ``i`` is the "of" or "for" of a capitalised title right before it that the
    parse made the name the object of ("The Minister for Health Jan Roe said": Roe hangs on
    "for"): the title and its department are still the name's role. A department must stand
    between, so "the lawyer for Jan Roe" names someone else."""
    prep = doc[i]
    return (
        prep.lower_ in ("of", "for")
        and name.root.dep_ == "pobj"
        and name.root.head.i == i
        and i + 1 in members
        and i + 1 < name.start
        and i > 0
        and prep.head.i == i - 1
        and doc[i - 1].is_title
        and office_with_department(doc[i - 1], doc[i + 1 : name.start], lex)
    )


def _role_before(name: Span, title: str, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """Title words in front of the name that modify it: "Deputy Foreign Minister Jan Roe"."""
    doc = name.doc
    members = set(range(name.start, name.end))
    i = name.start - 1
    while i >= 0:
        tok = doc[i]
        # a hyphen inside a word ("Lokeren-Waas midfielder") is part of the role
        # (the tagger may call the hyphen a noun: "Co-star Jan Roe")
        hyphen = tok.tag_ == "HYPH" or tok.text == "-"
        joined = hyphen and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        # and the word before that hyphen, whatever the parser calls it ("far" of "far-right";
        # not "then" of "then-Sen.", where the title stands on its own)
        prefix = (
            not tok.whitespace_
            and i + 1 in members
            and doc[i + 1].tag_ == "HYPH"
            and i + 2 < len(doc)
            and doc[i + 2].is_lower
        )
        # the parse may make a role noun right before the name a second subject of the
        # name's verb ("The engineer | Jan Roe said"): it still names her
        twin = (
            i == name.start - 1
            and tok.is_lower
            and tok.tag_ == "NN"
            and tok.dep_ == name.root.dep_
            and tok.head == name.root.head
            and tok.dep_ in ("nsubj", "nsubjpass")
            and lex.role_class(tok.text) is not None
        )
        if twin:
            members.add(i)
            i -= 1
            continue
        if (
            (tok.dep_ in _MODIFIER_DEPS or joined or prefix)
            and tok.head.i in members
            and (joined or not tok.is_punct)
        ):
            members.add(i)
            i -= 1
            continue
        if _office_above(doc, i, name, members, lex):
            members.update((i - 1, i))
            i -= 2
            continue
        office = _office_of_before(doc, i, members, lex)
        if office is not None:
            members.update(range(office, i + 1))
            i = office - 1
            continue
        break
    start = i + 1
    while 0 < start < name.start and not doc[start - 1].whitespace_ and doc[start - 1].like_num:
        start += 1  # "200m champion": the unit glued to a figure the walk stopped at
    if start == name.start or doc[start - 1].lower_ == "and":
        # "the rapper and producer Ben Cole": the parse took "producer" into the name, the
        # role goes on back across "and"
        start = min(start, _written_role_start(name, lex))
    if start == name.start and _rank_before(name, lex):
        start -= 1  # "Col. | Jan Roe told ...": the parse hung the rank on the verb
    if start < name.start:
        s, e = _trim(
            doc, _after_plural(doc, _after_break(doc, start, name.start), name.start), name.start
        )
        text = text_of(doc)
        headline = name.end_char <= _title_end(text) or in_heading(name, text)
        for k in range(s, e - 1 if headline else s):
            nxt = doc[k + 1]
            if (
                doc[k].is_lower
                and doc[k].tag_ in ("NN", "VB", "VBP", "VBZ")
                and not lex.role_class(doc[k].text)
                and nxt.text[:1].isupper()
                and not lex.role_class(nxt.text)
                and nxt.lower_ not in lex.honorifics
            ):
                # in a headline, a common noun before another proper name is no part of
                # one role: the parse ran the verb in ("Harrow chase Rovers striker Jan Roe")
                s = k + 1
        while (
            e > s + 1
            and doc[e - 1].lower_ in lex.honorifics
            and not lex.role_class(doc[e - 1].text)
            # "first lady Jan Roe": the courtesy title ends a two-word role
            and not lex.role_class(doc[e - 2 : e].text)
        ):
            e -= 1  # "Chief Minister Shri": the courtesy title is the name's, not the office's
        e = _before_partner(doc, s, e, lex)
        text = doc[s:e].text if s < e else ""
        tokens = list(doc[s:e])
        lower_first = False
        for k in range(s, e - 1):
            if (
                doc[k].is_lower
                and lex.role_class(doc[k].text)
                and doc[k + 1].is_title
                and not all(t.lower_ in lex.honorifics for t in doc[k + 1 : e])
            ):
                # two roles run together: "Political analyst Associate Professor Jan Roe",
                # "ministry spokesman Colonel Jan Roe" (a lower-case role, then a rank)
                text = f"{doc[s : k + 1].text}, {doc[k + 1 : e].text}"
                lower_first = _lower_case_role(list(doc[s : k + 1]), lex)
                break
    else:
        text, tokens, lower_first = title, [], False
    if len(tokens) == 1 and tokens[0].is_title and tokens[0].lower_ in lex.kinship:
        return text, tokens  # "Grandad Jan Roe": the relation written as a title
    if (
        not text
        or not lex.classes_in(text)
        or (text.isupper() and not (tokens and _capital_title(text, name)))
    ):
        return None
    if text[:1].isupper() or lower_first or _lower_case_role(tokens, lex):
        return text, tokens
    return None


def _capital_title(text: str, name: Span) -> bool:
    """A role written in capitals because it is an abbreviation ("MP Jan Roe", "DJ Jan Roe",
    "CEO Jan Roe"): one word before a full name that is not itself in capitals (a headline
    in capitals is no abbreviation). Only one the parse hangs on the name: a title the parse
    cut off may have lost its "former" ("former Velmar CEO | Jan Roe")."""
    words = [t for t in name if t.is_alpha]
    return " " not in text and len(words) >= 2 and not any(t.is_upper for t in words)


def _word_start(doc: Doc, end: int) -> int:
    """Where the word that ends at token ``end`` (exclusive) starts, hyphens and all
    ("centre-back")."""
    start = end - 1
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    return start


def _written_role_start(name: Span, lex: RoleLexicon) -> int:
    """Where lower-case role or kin nouns right before a name start, when the parse hung the
    name on a word further back ("engaged to actor boyfriend Jan Roe", "from centre-back Jan
    Roe", "by rapper and producer Jan Roe"); the name's start when there are none. Across
    "and" only with no article or possessive before the first noun: in "the mayor and
    councillor Jan Roe" the mayor may be someone else; unless both are trades
    (``joined_trades``: "the rapper and producer Jan Roe" is one person)."""
    doc = name.doc
    if name.root.head.i >= name.start or name.start == 0 or not doc[name.start - 1].whitespace_:
        return name.start
    start = name.start
    while start > 0:
        k = _word_start(doc, start)
        word = doc[k:start].text
        if word == "and" and start < name.start and k > 0:
            first = _word_start(doc, k)
            opener = doc[first - 1] if first > 0 else None
            article = opener is not None and opener.tag_ in ("DT", "PRP$", "POS")
            if (
                doc[first:k].text.islower()
                and lex.role_class(doc[first:k].text)
                and (not article or joined_trades(doc[first:k].text, doc[start].text, lex))
            ):
                start = first
                continue
            break
        if not (word.islower() and (lex.role_class(word) or word in lex.kinship)):
            break
        start = k
    return start


def _rank_before(name: Span, lex: RoleLexicon) -> bool:
    """Whether a capitalised title that names an office stands right before the name ("Col.",
    "Sgt", "PC", "Major"): a courtesy title that is also a role noun, or one only written as a
    title (``title_only``)."""
    if name.start == 0:
        return False
    tok = name.doc[name.start - 1]
    return (
        bool(tok.whitespace_)
        and tok.text[:1].isupper()
        and lex.role_class(tok.text) is not None
        and (tok.lower_ in lex.honorifics or tok.lower_ in lex.title_only)
    )


def joined_trades(first: str, second: str, lex: RoleLexicon) -> bool:
    """Whether two role nouns joined by "and" after "the" are both of a trade or an art
    (``[role_mentions] trades``): "the singer and actor Jan Roe" is one person's two roles,
    where an office's "the mayor and councillor Jan Roe" may be two people."""
    return bool(first and second) and all(lex.role_class(w) in lex.trades for w in (first, second))


def _before_partner(doc: Doc, start: int, end: int, lex: RoleLexicon) -> int:
    """The end of a role before the kin or partner noun that closes it ("actor boyfriend Jan
    Roe": the role is "actor", "boyfriend" says whose partner he is)."""
    while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].lower_ in lex.kinship:
        end -= 1
    return end


def _lower_case_role(tokens: list[Token], lex: RoleLexicon) -> bool:
    """ "spokeswoman Celia Brandt", "head coach Ray Roe", "chief executive Jan Roe": a role
    written in lower case right before the name, its last word (or two) a role noun."""
    words = "".join(t.text_with_ws for t in tokens).split()  # "far-right radio host": three
    if not tokens or len(words) > 4 or not all(t.is_alpha or t.tag_ == "HYPH" for t in tokens):
        return False
    if not tokens[0].is_lower or not tokens[-1].is_lower:
        return False
    named = [t for t in tokens[1:-1] if not (t.is_lower or t.tag_ == "HYPH")]
    # a club or party named inside, after an adjective: "former Rovers defender Jan Roe"
    if named and (tokens[0].tag_ != "JJ" or any(t.tag_ not in ("NNP", "NNPS") for t in named)):
        return False
    return _ends_in_role(words, lex)  # "centre-back": the whole hyphenated word


def _ends_in_role(words: list[str], lex: RoleLexicon) -> bool:
    """Whether the last word, or the last two, of a role's written words is a role noun."""
    last = words[-1].lower()
    two = f"{words[-2].lower()} {last}" if len(words) > 1 else ""
    return lex.role_class(last) is not None or lex.role_class(two) is not None


def _role_apposition(name: Span, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """A role beside the name: "<role>, Jan Roe," or "Jan Roe, <role>,"."""
    doc = name.doc
    root = name.root
    # the parse may join "<role>, Jan Roe," as two conjuncts: no "and" or "or" between them
    joined = (
        root.dep_ == "conj"
        and root.head.i < name.start
        and any(t.text == "," for t in doc[root.head.i : name.start])
        and not any(c.dep_ == "cc" for c in root.head.children)
        and lex.role_class(root.head.text) is not None
    )
    if (
        (root.dep_ == "appos" or joined)
        and root.head.i < name.start
        and root.head.ent_type_ != "PERSON"
        and root.head.lower_ not in NAME_NOUNS  # "her first name, Shirin,": no role
    ):
        lead = name.start  # the name with its courtesy title: "<role>, Dr. Jan Roe,"
        while lead > root.head.i + 1 and doc[lead - 1].lower_ in lex.honorifics:
            lead -= 1
        lead = _age_start(doc, lead, root.head.i + 1)  # "The victim, 41-year-old Jan Roe,"
        holder = _role_holder(root.head, lex)
        inner = _role_in_object(root.head, lead, lex) if holder.i == root.head.i else None
        # a plural before the role noun names a group ("passengers, by the Minister X"); one
        # after it, when nothing else is left, is the role's own ("spokesman on utilities")
        for head, whole in ((root.head, True), (root.head, False), (holder, False)):
            s, e = _trim(doc, head.left_edge.i if inner is None else inner, lead)
            upto = e if whole else min(e, head.i + 1)
            s, e = _trim(doc, _after_plural(doc, _after_break(doc, s, e), upto), e)
            s, e = _trim(doc, _after_other_person(doc, s, e), e)
            owned = s < e and doc[s].tag_ == "PRP$"
            if owned:
                s += 1  # "Her spokesman, Jan Roe,": the pronoun points elsewhere
            text = doc[s:e].text
            if s < e and e - s <= 15 and (lex.classes_in(text) or _named_kin(doc[s:e], lex)):
                return text, list(doc[s:e])
            if owned and _relation(doc[s:e], head):
                return text, list(doc[s:e])  # "Her son, Jan Roe,", "his longtime aide, ..."
            if _named_owner_relation(doc[s:e], head):
                return text, list(doc[s:e])  # "Mr Keele's widow, Rachel Keele,"
            if _indefinite_kin(doc[s:e], head, lex):
                return text, list(doc[s:e])  # "survived by a son, Jan Roe,"
    for child in root.children:
        if child.dep_ != "appos" or child.i < name.end or child.left_edge.i < name.end:
            continue
        if child.pos_ not in ("NOUN", "PROPN"):
            continue
        if child.ent_type_ == "PERSON" and lex.role_class(child.text) is None:
            continue  # a role noun the tagger calls a name ("Jan Roe, MLA from X,") stays
        if _in_list(child, lex):
            continue
        if doc[child.left_edge.i - 1].text != "," or not _next_to(doc, name.end, child.left_edge.i):
            continue  # an apposition is set off by a comma ("Jan Roe, a farmer,")
        s, e = _trim(
            doc,
            child.left_edge.i,
            _before_second(doc, child.left_edge.i, _before_clause(child), lex),
        )
        if e < len(doc) and doc[e].text in ("-", "–") and not doc[e - 1].whitespace_:
            continue  # the parse cut a hyphenated word ("co-pilot")
        text = doc[s:e].text
        if s >= e or e - s > 20 or any(c in text for c in '"“”'):
            continue
        held = " ".join(t.text for t in _role_head(list(doc[s:e])))
        if doc[s].tag_ == "PRP$":
            if not lex.classes_in(held) and not _relation(doc[s + 1 : e], child):
                continue  # "Jan Roe, her plans for the city," names no role
            s += 1  # the role without the pronoun, which points elsewhere: "chief executive"
            text = doc[s:e].text
        if lex.classes_in(text) or (child.pos_ == "NOUN" and child.tag_ == "NN"):
            return text, list(doc[s:e])
    return (
        _role_in_relative(name, lex)
        or _role_after_comma(name, lex)
        or _role_before_comma(name, lex)
    )


def _in_prep_phrase(tok: Token) -> bool:
    """A name word inside a prepositional phrase ("the lawyer for Jan Roe and the union"):
    the name is the object of the role, not a person coordinated with the next one."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj"


def _after_other_person(doc: Doc, start: int, end: int) -> int:
    """The start of the words of [start, end) after the last "and" or "or" that follows
    another person's name there: the parse may hang a second person on the first one's role
    ("the former minister Jan Roe and the party leader Ann Lee": Lee's role is "party
    leader", no part of Roe's); ``start`` when there is none."""
    seen = False
    for k in range(start, end):
        if doc[k].ent_type_ == "PERSON" and not _in_prep_phrase(doc[k]):
            seen = True
        elif seen and doc[k].lower_ in ("and", "or"):
            start = k + 1
    return start


def _before_clause(child: Token) -> int:
    """The end of an apposition before the comma that closes it, when "a", "an" or "the"
    after that comma opens a phrase that runs on to a verb before any other comma
    ("According to Jan Roe, a researcher at Kell Labs, an audit that ran in May found ..."):
    the main clause goes on there, though the parse may hang it on the role. A list that goes
    on after the comma ("minister for transport, the arts and sport, said") stays whole."""
    doc = child.doc
    end = _before_relative(child)
    sent_end = child.sent.end
    for k in range(child.left_edge.i + 1, end - 1):
        if doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
            continue
        j = k + 2
        while j < sent_end and doc[j].text not in (",", ";", "(", "—", "–"):
            if doc[j].tag_ in FINITE_TAGS:
                return k
            j += 1
    return end


def _age_start(doc: Doc, lead: int, floor: int) -> int:
    """Where an age written before a name starts ("41-year-old Jan Roe"), else ``lead``: the
    age is no part of the role set beside it ("The victim, 41-year-old Jan Roe,")."""
    i = lead - 5
    if i < floor:
        return lead
    words = [t.lower_ for t in doc[i:lead]]
    if doc[i].like_num and words[1:] in (["-", "year", "-", "old"], ["-", "years", "-", "old"]):
        return i
    return lead


def _indefinite_kin(words: Span, head: Token, lex: RoleLexicon) -> bool:
    """A kinship noun alone after "a" or "an", set beside a name ("survived by a son, Jan
    Roe; a sister, Ana Roe"): the relation is the person's role, as with "her son, Jan Roe"."""
    doc = words.doc
    return (
        len(words) == 1
        and words[0].i == head.i
        and head.tag_ == "NN"
        and head.lower_ in lex.kinship
        and words.start > 0
        and doc[words.start - 1].lower_ in ("a", "an")
    )


_RELATIVE_ROLE_WORDS = 8


def _role_in_relative(name: Span, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """A role a "who" clause right after the name gives ("Jan Roe, who serves as chief
    technology officer", "Jan Roe, who is the agency's director,"): the phrase after "as" or
    after a present "is", when it holds a role noun and does not run on past a few words."""
    doc = name.doc
    i = name.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    verb = doc[i + 1].head
    if verb.dep_ != "relcl" or verb.head.i != name.root.i or doc[i + 1].dep_ != "nsubj":
        return None
    present = verb.tag_ in ("VBZ", "VBP")
    phrase: Token | None = None
    if verb.lemma_ == "be" and present:
        # an office is "the" one or someone's ("who is the agency's director"); "who is a
        # leader who ..." describes her
        phrase = next((c for c in verb.children if c.dep_ == "attr"), None)
        definite = phrase is not None and any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in phrase.children
        )
        if not definite:
            phrase = None
    elif verb.lemma_ in lex.succeeding_verbs or (verb.lemma_ in lex.serving_verbs and present):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        phrase = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if phrase is None or phrase.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("relcl", "acl") for c in phrase.children):
        return None  # "as the one who ...": a description, no office
    s, e = _trim(doc, phrase.left_edge.i, phrase.right_edge.i + 1)
    if doc[s].tag_ == "PRP$":
        s += 1  # "who is her deputy": the pronoun points elsewhere
    text = doc[s:e].text
    if s >= e or e - s > _RELATIVE_ROLE_WORDS or not lex.classes_in(text):
        return None
    return text, list(doc[s:e])


_NAMING_VERBS = frozenset({"name", "call"})


def _role_named(name: Span, lex: RoleLexicon) -> Span | None:
    """The noun a name is given to: "a baker named Jan Roe", "a nurse called Ana Diaz". The
    noun, with the words before it but not its article, is the person's role; not a ship's,
    a group's, a place's or an animal's noun ("a ship named Jan Roe", "a dog named Rex"), nor
    one that only says a person is one ("a man named Jan Roe" has no role)."""
    root = name.root
    verb = root.head
    if root.dep_ not in ("oprd", "attr", "dobj") or verb.lemma_ not in _NAMING_VERBS:
        return None
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.i > verb.i or noun.tag_ != "NN":
        return None
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an") or not noun.is_lower:
        return None
    if noun.lower_ in lex.thing_nouns | lex.body_nouns | lex.place_nouns | lex.animal_nouns:
        return None
    if noun.lower_ in lex.plain_people:
        return None
    s, e = _trim(name.doc, det.i, noun.i + 1)
    return name.doc[s:e] if s < e and all(t.is_lower for t in name.doc[s:e]) else None


def _named_kin(words: Span, lex: RoleLexicon) -> bool:
    """A relation to someone the text names, as in "Roe's sister, Ana Diaz": the kin noun is
    the role the text gives her. "Her husband" points to no one by itself and gives none."""
    return (
        len(words) == 3
        and words[0].tag_ == "NNP"
        and words[1].tag_ == "POS"
        and words[2].lower_ in lex.kinship
    )


_RELATION_WORDS = 3  # "her son", "his longtime assistant", "her eldest half sister"


def _relation(words: Span, head: Token) -> bool:
    """What a possessive's noun says of a person set beside it: "her son, Jan Roe,", "Jan
    Roe, his longtime assistant,". A short phrase ending in the singular common noun the
    name stands for, in lower case; the relation is the person's role, the pronoun (which
    points to someone else) left out."""
    return (
        0 < len(words) <= _RELATION_WORDS
        and words[-1].i == head.i
        and head.tag_ == "NN"
        and all(t.is_alpha and t.is_lower for t in words)
    )


def _named_owner_relation(words: Span, head: Token) -> bool:
    """A name's possessive before such a relation ("Mr Keele's widow", "Prado's agent"): the
    relation with its owner, who is named, is the person's role. Set off by a comma: "Editor's
    note: Jan Roe ..." is a label before a colon."""
    owned = [t.i for t in words if t.tag_ == "POS"]
    doc = words.doc
    if len(owned) != 1 or owned[0] == words.start:
        return False
    if words.end >= len(doc) or doc[words.end].text != ",":
        return False
    owner = doc[words.start : owned[0]]
    return all(t.tag_ == "NNP" and t.text[:1].isupper() for t in owner) and _relation(
        doc[owned[0] + 1 : words.end], head
    )


def kin_compound(doc: Doc, i: int) -> int:
    """The end (exclusive) of a kinship noun at ``i`` joined by hyphens to the words after
    it ("brother-in-law", "son-in-law"): a relative other than the noun alone names. ``i + 1``
    when no hyphen follows."""
    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        end += 2
    return end


def _kin_relation(span: Span, lex: RoleLexicon) -> tuple[str, str] | None:
    """The possessive and singular kinship noun that introduce a name ("her son, Jan Roe",
    "her eldest daughter, Ana Roe", "her brother-in-law, Jan Roe") or follow it ("Jan Roe,
    his widow,"), if any."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text == ",":
        i -= 1
    # "brother-in-law": the relation is the whole hyphenated word, from its kinship noun
    j = i
    while j >= 2 and doc[j - 1].text == "-" and doc[j].is_lower and kin_compound(doc, j - 2) > j:
        j -= 2
    if j >= 1 and doc[j].lower_ in lex.kinship and doc[j].tag_ == "NN":
        if kin_compound(doc, j) != i + 1:
            return None
        word = doc[j : i + 1].text.lower()
        for k in (j - 1, j - 2):
            if k >= 0 and doc[k].tag_ == "PRP$":
                return doc[k].lower_, word
            if k < 0 or not doc[k].is_lower or not doc[k].is_alpha:
                break
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].tag_ == "PRP$":
        kin = doc[j + 2]
        if kin.lower_ in lex.kinship and kin.tag_ == "NN":
            return doc[j + 1].lower_, kin.lower_
    return None


def _role_holder(head: Token, lex: RoleLexicon) -> Token:
    """The noun a name in apposition stands for. The parser hangs "<role> of the group X,
    Jan Roe," on the nearest noun, X; when that is no role, the role noun is found by climbing
    out of the apposition and the "of" phrase ("The chief executive of the consumer group
    WaterWatch, Jan Roe")."""
    top = head
    while not lex.classes_in(top.doc[top.left_edge.i : top.i + 1].text):
        if top.dep_ in ("appos", "compound") and top.head.i < top.i:
            top = top.head
        elif (
            top.dep_ == "pobj" and top.head.lower_ in ("of", "for") and top.head.head.pos_ == "NOUN"
        ):
            top = top.head.head
        else:
            return head
    return top


def _role_in_object(head: Token, end: int, lex: RoleLexicon) -> int | None:
    """Where the role starts when the parse hangs a name on a noun that is no role, whose
    preposition's object is one: in "A report by the state auditor, Jan Roe," the name stands
    for "the state auditor", not the report. None when the noun is a role itself
    ("spokesman for the Front, Jan Roe,") or no such object reaches the name."""
    doc = head.doc
    if lex.classes_in(doc[head.left_edge.i : head.i + 1].text):
        return None
    for prep in head.children:
        reaches = prep.dep_ == "prep" and prep.i > head.i and prep.right_edge.i + 1 >= end - 1
        if reaches and lex.classes_in(doc[prep.i + 1 : end].text):
            return prep.i + 1
    return None


def _in_list(head: Token, lex: RoleLexicon) -> bool:
    """A phrase with "and" in it, beside a name that is an object, naming no role: an item
    of a list the name belongs to ("support for Jan Roe, a ban on bags and better buses"),
    not an apposition. "a farmer and activist" names a role and stays."""
    if head.head.dep_ not in ("pobj", "dobj"):
        return False
    phrase = head.doc[head.left_edge.i : head.right_edge.i + 1]
    return any(t.dep_ == "conj" for t in phrase) and not lex.classes_in(phrase.text)


_PLACES = frozenset({"GPE", "LOC"})


def _next_to(doc: Doc, end: int, start: int) -> bool:
    """Whether only commas, an age and a home town stand between a name ending at ``end``
    and a phrase at ``start`` ("Jan Roe, 54, of Tarrow, a farmer"): an apposition the parse
    hangs on a name further back ("superdelegates, the party leaders ..." after "Roe is
    ahead") is no role of it."""
    return all(
        t.text == "," or t.like_num or t.lower_ in ("of", "from") or t.ent_type_ in _PLACES
        for t in doc[end:start]
    )


def _before_relative(head: Token) -> int:
    """Where an apposition's role ends: before a relative clause on its noun ("a waitress who
    has lived here for 30 years" gives "a waitress"), or before "and" and the next person's
    name that the parse joined to it ("Jan Roe, a biologist, and Ana Diaz, an ecologist":
    Roe's role is "a biologist"), else at the end of the phrase. A "who" clause the parse
    hangs on a place inside the phrase ("a nurse from Kendal, who told ...") is about the
    person too, and ends the role there."""
    ends = [c.left_edge.i for c in head.children if c.dep_ == "relcl" and c.i > head.i]
    ends += [
        c.left_edge.i
        for t in head.subtree
        if t.i > head.i and t.ent_type_ in ("GPE", "LOC", "FAC")
        for c in t.children
        if c.dep_ == "relcl" and c.left_edge.lower_ == "who" and c.i > t.i
    ]
    if any(c.dep_ == "conj" and c.i > head.i and c.pos_ == "PROPN" for c in head.children):
        # ", and Ana Diaz": not "president and CEO", one role with "and" inside it
        doc = head.doc
        ends += [
            c.i
            for c in head.children
            if c.dep_ == "cc" and c.i > head.i and c.lower_ == "and" and doc[c.i - 1].text == ","
        ]
    return min(ends) if ends else head.right_edge.i + 1


def _role_after_comma(name: Span, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """ "Jan Roe, the deputy minister of X, ..." read from the words when the parse misses it."""
    doc = name.doc
    sent_end = name.sent.end
    i = name.end
    if i + 1 >= sent_end or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return None
    j = i + 2
    while j < sent_end and j - i <= 16 and doc[j].text not in (",", ";", "(", ")", "—", "–"):
        if doc[j].lower_ in ("who", "which", "that") or doc[j].pos_ in ("VERB", "AUX"):
            return None
        j += 1
    s, e = _trim(doc, i + 1, _before_second(doc, i + 1, j, lex))
    text = doc[s:e].text
    return (text, list(doc[s:e])) if s < e and lex.classes_in(text) else None


_ROLE_BEFORE_WORDS = 4


def _role_before_comma(name: Span, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """ "... wrote to the chief executive, Jan Roe: ..." read from the words when the parse
    misses the apposition: "the" (or "a": "noticed by a travel blogger, Jan Roe, who ..."),
    up to four lower-case words ending in a role noun, a comma,
    the name, and punctuation that closes it. Not when the name is a subject: in "After
    meeting the minister, Jan Roe, 45, said" the minister is someone else."""
    doc = name.doc
    comma = name.start - 1
    if comma < 2 or doc[comma].text != "," or name.root.dep_ in ("nsubj", "nsubjpass"):
        return None
    if name.end < len(doc) and doc[name.end].text not in (",", ":", ";", ".", ")"):
        return None
    s = comma - 1
    while s > comma - 1 - _ROLE_BEFORE_WORDS and doc[s].is_lower and doc[s].is_alpha:
        if doc[s].lower_ in _ROLE_ARTICLES:
            break
        s -= 1
    if doc[s].lower_ not in _ROLE_ARTICLES or s == comma - 1:
        return None
    words = list(doc[s + 1 : comma])
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PRON") for t in words):
        return None
    if not _ends_in_role(doc[s + 1 : comma].text.split(), lex):
        return None
    return doc[s + 1 : comma].text, words


_ROLE_ARTICLES = frozenset({"the", "a", "an"})


def _before_second(doc: Doc, start: int, end: int, lex: RoleLexicon) -> int:
    """The end of a role before "and" opening a second noun phrase that stands on its own as
    said of the person: an indefinite one that names no role ("a nurse at the clinic and a
    mother of three") or a denial ("an economist at X and no relation to the host"). A second
    role stays ("a fellow at X and a former ambassador to Y"), and so does "and the ...",
    which mostly goes on the object of the role's preposition ("minister for transport and
    the environment", "a professor at Kell University and the Royal College of Music") - but
    for a relative (``[kinship]``: "a nurse at the clinic and the mother of the boy")."""
    for k in range(start + 1, end - 1):
        if (
            doc[k].lower_ == "and"
            and doc[k + 1].lower_ in ("the", "a", "an")
            and k + 2 < end
            and doc[k + 2].lower_ in lex.kinship
        ):
            return k
        if doc[k].lower_ != "and" or doc[k + 1].lower_ not in ("a", "an", "no"):
            continue
        if doc[k + 1].lower_ == "no" or not lex.classes_in(doc[k + 1 : end].text):
            return k
    return end


def _role_head(tokens: list[Token]) -> list[Token]:
    """The part of a role before its first preposition or conjunction: "Ambassador" in
    "Ambassador to X and former aide to Y" (the office held, not the ones mentioned)."""
    for k, t in enumerate(tokens):
        if k and (t.lower_ in _ROLE_HEAD_END or t.text == ","):
            return tokens[:k]
    return tokens


def _office(tokens: list[Token]) -> list[Token]:
    """The words of a role head after its last possessive: in "the mayor's chief of staff"
    the mayor is someone else, and the office is what follows ("Ohio's governor" keeps its
    place among the role's tags, not its nouns)."""
    owned = [k for k, t in enumerate(tokens) if t.tag_ == "POS" and k + 1 < len(tokens)]
    return tokens[owned[-1] + 1 :] if owned else tokens


def _assign_roles(names: list[tuple[Span, str, _Cluster]], lex: RoleLexicon) -> None:
    """Each person's role: the first one the text gives beside or before one of their names
    (an abbreviated title alone, "Sen.", gives way to a later role written out). An apposition
    comes first, unless it has no role noun and a title before the name has one."""
    for span, title, cl in names:
        kin = _kin_relation(span, lex)
        if kin is not None:
            cl.kin_of.add(kin)
        if cl.role and not all(w.lower() in lex.honorifics for w in cl.role.split()):
            continue
        named = _role_named(span, lex)
        if named is not None:
            # "a baker named Jan Roe": a later "the baker" is Roe, a role noun or not
            cl.role = named.text
            cl.role_nouns = lex.nouns_in(named.text) or {named[-1].lower_}
            cl.role_classes = {lex.roles.get(n, n) for n in cl.role_nouns}
            continue
        found = _role_apposition(span, lex) or _run_in_role(span, lex)
        if found is None or not lex.classes_in(found[0]):
            # a title before the name names an office; an apposition with no role noun in it
            # ("Councilwoman Jan Roe, the other no vote,") gives way to it
            found = _role_before(span, title, lex) or found or _list_title(span, lex)
        elif found[1] and found[1][0].i >= span.end and _side_role(found[0], lex):
            # "Sen. Jan Roe, a keen blogger,": the office before the name is the role
            before = _role_before(span, title, lex)
            if before is not None and lex.classes_in(before[0]) & lex.offices:
                found = before
        if found is None and kin is not None and cl.role is None:
            cl.role = kin[1]  # "her brother-in-law, Jan Roe,", which the parse set apart
            continue
        if found and found[0] != cl.role:
            role, tokens = found
            head = " ".join(t.text for t in _office(_role_head(tokens))) if tokens else role
            cl.role = role
            cl.role_nouns = lex.nouns_in(head) | cl.role_nouns
            cl.role_classes = {lex.roles[n] for n in cl.role_nouns}
            cl.role_tags = _modifier_tags(_role_head(tokens), lex) | cl.role_tags
            for word in role.lower().split():
                cl.gender = cl.gender or lex.gendered.get(word, "")


def _run_in_role(name: Span, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """ "Jan Roe Harbour Ethics Commission spokesman said": the body and the role noun the
    name runs straight into (``run_in_body``), with no comma between."""
    doc = name.doc
    if name.start > 0 and doc[name.start - 1].lower_ in ("the", "a", "an"):
        return None
    end = run_in_body(doc, name.end, lex)
    if end is None:
        return None
    tokens = list(doc[name.end : end + 1])
    return doc[name.end : end + 1].text, tokens


def _side_role(role: str, lex: RoleLexicon) -> bool:
    """True for an apposition's role that is no office: one of ``side_classes`` only ("a
    blogger", "an influencer in the party") or marked past or a pastime ("a former teacher",
    "a keen blogger", "a frequent presenter"). Not "a lifelong farmer": a living."""
    words = role.lower().split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    if words and words[0] in lex.side_markers:
        return True
    classes = lex.classes_in(role)
    return bool(classes) and classes <= lex.side_classes


def _list_title(name: Span, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """A plural title before a list of names gives each of them the title in the singular:
    "Justices Jan Roe, Ana Holt and Ida Rusk", "Senators Roe and Holt"."""
    doc = name.doc
    first = name.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP":
        start -= 1
    if start == 0:
        return None
    title = doc[start - 1]
    if title.head != first or title.tag_ not in ("NNS", "NNPS") or not title.is_title:
        return None
    single = title.text[:-1] if title.text.endswith("s") else ""
    return (single, []) if single and lex.role_class(single) is not None else None


def _affiliation(name: Span, lex: RoleLexicon) -> str | None:
    """The organisation a name is "of" ("Jan Roe of Velmar Securities said ...", given as "of
    Velmar Securities", so no organisation reads as an office): the name of
    an organisation right after "of", which the tagger calls one or which ends in a company
    suffix. Not a place ("Jan Roe of Tarrow") nor an address after a comma ("Jan Roe, 58, of
    Moor Lane")."""
    doc = name.doc
    i = name.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    start = i + 1 + (doc[i + 1].lower_ == "the")
    end = start
    while (
        end < len(doc)
        and end - start < 6
        and (doc[end].tag_ in ("NNP", "NNPS") or (doc[end].lower_ == "of" and end > start))
    ):
        end += 1
    while end > start and doc[end - 1].lower_ == "of":
        end -= 1
    if end - start < 1 or not all(t.text[:1].isupper() or t.lower_ == "of" for t in doc[start:end]):
        return None
    org = [e for e in doc.ents if e.start in (i + 1, start) and e.end == end and e.label_ == "ORG"]
    if not org and doc[end - 1].lower_ not in lex.org_suffixes:
        return None
    # "of the Kell Institute", as the text gives it: where the person works, not an office
    return doc[i:end].text


def _assign_affiliations(
    cands: list[tuple[Span, str, str]],
    by_cand: dict[int, _Cluster],
    owner: dict[tuple[int, int], _Cluster],
    lex: RoleLexicon,
) -> None:
    """A person the text gives no role keeps the organisation one of their names is "of"."""
    for i, (span, _, _) in enumerate(cands):
        cl = by_cand.get(i) or owner.get((span.start_char, span.end_char))
        if cl is not None and cl.role is None:
            cl.role = _affiliation(span, lex)


BYLINE_ROLE = "named in the byline"
CREDIT_ROLE = "named in the closing credit"
SIGN_OFF_ROLE = "signed the piece"
PHOTO_ROLE = "named in a photo credit"


def _assign_bylines(
    text: str, body: int, owner: dict[tuple[int, int], _Cluster], doc: Doc | None = None
) -> None:
    """A writer the byline names ("By Jan Roe and Dana Doe"), or a reporter or editor the
    closing credit names ("(Reporting by Jan Roe; editing by Ann Lee)"), whom the text gives no
    role is shown as named there, so the reader tells the article's writers from the people in
    it. So is one a picture's credit names ("(Photo: Jan Roe/Harbour Wire)"): who took it,
    and the writer whose sign-off closes a letter or column ("Margaret Ellory"): who wrote it.
    """
    for names, role in (
        (byline_names, BYLINE_ROLE),
        (credit_names, CREDIT_ROLE),
        (photo_credit_spans, PHOTO_ROLE),
        (sign_off_names, SIGN_OFF_ROLE),
    ):
        found = sign_off_names(text, body, doc) if role == SIGN_OFF_ROLE else names(text, body)
        for s, e in found:
            title = _byline_title(text, e) if role == BYLINE_ROLE else None
            for (ms, me), cl in owner.items():
                if ms < e and s < me and cl.role is None:
                    cl.role = title or role


# the title a byline gives after a writer's name, set off by a comma and ending the line or
# the part: "Political Reporter" in "By Jan Roe, Political Reporter"
_BYLINE_TITLE = re.compile(
    r"[ \t]*,[ \t]*(?P<title>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’-]*)){0,4})"
    r"[ \t]*(?=$|\n|,|\|)"
)


def _byline_title(text: str, end: int) -> str | None:
    """The writer's title right after their name in the byline, when it holds a role noun
    ("Technology Reporter", "Aviation Correspondent"): the role the byline gives them, as
    the text would beside a name; else None (an outlet's name: "By Jan Roe, Harbour Wire")."""
    m = _BYLINE_TITLE.match(text, end)
    if m is None or not role_lexicon().classes_in(m["title"]):
        return None
    # the title's head, before any "of"/"for" ("Editor of the Ledger"), must be a newsroom job:
    # "By Jan Roe, Toronto Star" names the outlet, though "star" is a role noun
    words = re.split(r"[ \t]+", m["title"])
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "and", "&")), len(words))
    if words[0] == "The" or words[cut - 1].lower() not in role_lexicon().newsroom_titles:
        return None
    return m["title"]
