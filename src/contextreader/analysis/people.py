"""People: PERSON mentions merged per person, with the role the text gives them.

A reader wants one entry per person, not one per way of writing the name: "Jane Roe", "Roe",
"Ms. Roe" and "the senator" (when it clearly points back to her) are one person. The component
works in four passes over the doc, each linear in its size:

1. candidate names from the tagger's PERSON entities (and names it calls an organisation that
   open with a known first name and act as a person), cleaned of honorifics, titles, stray
   words in front ("Follow", "See"), verbs and possessive endings, and dropped when they overlap
   an outlet mention (``doc.spans["cr_outlets"]``), sit on a headline or title-case line, or look
   like an organisation, a family, an acronym or a dateline credit, or when the text uses the
   name for a company ("Roe & Co.", "shares of Jan Roe", "Jan Roe reported higher profits");
2. clustering: full names whose first name and surname agree and whose middle parts do not
   differ are one person ("George W. Roe" and "George H. Roe" are two); a given name before
   "and" shares the surname after it ("Jan and Dana Roe"); roles of full names;
3. more mentions: every token that spells a surname or first name of a person (the tagger often
   misses a bare surname, or calls it an ORG) goes to the person it most likely means, by
   position, honorific or gendered-title gender, title and kinship (``_resolve_word``; a title
   that none of several namesakes was given names someone else: "Captain Roe" beside Jan and
   Dana Roe); then "the <role noun>" points back to the most recent person the text gave that
   noun or another form of the office ("the senator" for "Sen. Roe"; a generic noun such as
   "the lawmaker" to any role of its class, and otherwise no one), when the place, party and
   rank words before it agree ("the Ohio governor", "the deputy minister");
4. roles from titles before the name ("Deputy Foreign Minister Jan Roe") and appositions on either
   side of it ("the city's mayor, Jan Roe," / "Jan Roe, the under secretary of state for ...").

After pass 3, a person known by one word only that is the name, or the first word of the name,
of an outlet cr_outlet found in the document ("Bloomberg" beside Bloomberg News) is dropped.

Transcript labels ("ROE: Well, ...", '"MR. ROE: ...', "Q: ...") name a speaker in capitals: a label
that spells a person's surname or full name (any case) is a mention of that person; one that
names no one in the article is no person of its own. The turns are kept in
``doc.user_data["cr_people.labels"]`` (``TranscriptTurn`` list) for cr_quotes and cr_assertions.

Results: ``doc._.cr_people`` (report.Person list), ``doc.spans["cr_people"]`` (one span per mention
with ``span._.cr_person_id``), and ``doc.user_data["cr_people.gender"]`` ({person id: "male" |
"female"}) for the pronoun resolution in cr_quotes: from an honorific, a gendered role or title
or a kinship noun beside the name ("her husband, Jan Roe") when the text gives one, else from
the first name (``first_names.toml``, a soft hint: unknown otherwise).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.inflect import common_nouns
from contextreader.analysis.paragraphs import (
    BLANK_LINE,
    RUN_ON_LINES,
    breaks_after,
    byline_names,
    is_byline,
    is_heading,
    line_around,
)
from contextreader.outlets.kb import load_kb
from contextreader.report import Person

GENDER_KEY = "cr_people.gender"
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
_TITLED_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "GPE", "LOC"})


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    """Role nouns (with their class), honorifics (with gender) and non-person words."""

    roles: dict[str, str]
    honorifics: dict[str, str]
    gendered: dict[str, str]
    not_person: frozenset[str]
    suffixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()  # lower-case words inside a name: "de", "van", "bin"
    surname_openers: frozenset[str] = frozenset()  # "ben", "di": open a surname, capitalised too
    not_person_surnames: frozenset[str] = frozenset()  # "law", "day": a surname after a first name
    months: frozenset[str] = frozenset()  # "may": a first name that is a month ("May Day")
    place_heads: frozenset[str] = frozenset()  # "bay", "road": "Marrow Bay" is a place
    kinship: frozenset[str] = frozenset()
    not_anaphoric: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()  # "storm", "ship": a name after one is a thing's
    place_nouns: frozenset[str] = frozenset()  # "village": "the village of X" names a place
    envoy_nouns: frozenset[str] = frozenset()  # "ambassador": "the ambassador to X", a country
    portfolio_nouns: frozenset[str] = frozenset()  # "ministry": "Ministry of X", X a portfolio
    place_openers: frozenset[str] = frozenset()  # "port", "mount": "Port Elsby" is a place
    street_heads: frozenset[str] = frozenset()  # "street", "road": may be named after a person
    body_nouns: frozenset[str] = frozenset()  # "group", "charity": "the group Open Ledger"
    state_titles: frozenset[str] = frozenset()  # "president": "Velm's President X", Velm a state
    people_words: frozenset[str] = frozenset()  # "ethnic": "the ethnic Velm minority", a people
    interview_words: frozenset[str] = frozenset()  # "asked", "interviewed": a Q&A follows
    # role nouns that name one office however written ("sen." / "senator"), each to the set
    same_office: dict[str, frozenset[str]] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()  # "lawmaker": any role of its class
    rank_words: frozenset[str] = frozenset()  # "deputy": "the deputy minister" is not the minister
    org_suffixes: frozenset[str] = frozenset()  # "Inc.", "& Co.": the name before is a company's
    org_nouns: frozenset[str] = frozenset()  # "shareholders": what a company has, not a person
    org_traded: frozenset[str] = frozenset()  # "shares": "shares of X" is a company's
    org_results: frozenset[str] = frozenset()  # "profits": what a company reports
    staff_titles: frozenset[str] = frozenset()  # "writer": "Times Staff Writer", a newsroom
    desks: frozenset[str] = frozenset()  # "correspondent": "Special Correspondent", a newsroom

    def office(self, noun: str) -> frozenset[str]:
        """Every written form of the office ``noun`` names ("senator" -> senator, sen., ...)."""
        return self.same_office.get(noun, frozenset({noun}))

    def role_class(self, words: str) -> str | None:
        return self.roles.get(words.lower())

    def classes_in(self, text: str) -> set[str]:
        """Classes of every role noun (one or two words) written in ``text``."""
        return {self.roles[n] for n in self.nouns_in(text)}

    def nouns_in(self, text: str) -> set[str]:
        """Every role noun (one or two words) written in ``text``, a two-word one taking the
        place of the one-word noun inside it ("vice president" is not also "president")."""
        words = _lower_words(text)
        pairs = {i for i, (a, b) in enumerate(pairwise(words)) if f"{a} {b}" in self.roles}
        found = {f"{words[i]} {words[i + 1]}" for i in pairs}
        inside = {i + 1 for i in pairs}
        found |= {w for i, w in enumerate(words) if w in self.roles and i not in inside}
        return found


def _lower_words(text: str) -> list[str]:
    """The words of a role or title, lower case, without the commas and stops around them."""
    return [w.strip(",.").lower() for w in text.split()]


ROLE_FILE = "role_nouns.toml"
_ROLE_TABLES = frozenset(
    {
        "roles",
        "interviews",
        "honorifics",
        "gendered",
        "name_parts",
        "kinship",
        "role_mentions",
        "not_person",
        "named_things",
        "organisations",
        "bylines",
    }
)
_GENDERS = frozenset({"male", "female", ""})


def _word_list(raw: dict[str, Any], table: str, key: str) -> frozenset[str]:
    """``[table] key = [...]``: a list of lower-case words (an absent table or key is empty,
    except for the ``_REQUIRED_LISTS``, which ``parse_role_lexicon`` checks)."""
    section = raw.get(table, {})
    items = section.get(key, []) if isinstance(section, dict) else None
    if not isinstance(items, list) or not all(
        isinstance(w, str) and w.strip() and w == w.lower() for w in items
    ):
        raise ValueError(f"{ROLE_FILE}: [{table}] {key} must be a list of lower-case words")
    return frozenset(items)


# lists that must be in the file and hold words: a key that vanished (misspelled, say) would
# silently switch a rule off, and ``portfolios`` and ``desks`` are built into patterns that an
# empty list would let match the empty string
_REQUIRED_LISTS = (
    ("named_things", "portfolios"),
    ("named_things", "state_titles"),
    ("bylines", "staff_titles"),
    ("bylines", "desks"),
    ("not_person", "months"),
)


def _word_table(raw: dict[str, Any], table: str, values: frozenset[str] | None) -> dict[str, str]:
    """``[table]``: lower-cased words mapped to strings (to one of ``values`` when given)."""
    section = raw.get(table, {})
    if not isinstance(section, dict) or not all(isinstance(v, str) for v in section.values()):
        raise ValueError(f"{ROLE_FILE}: [{table}] must map words to strings")
    bad = sorted(v for v in section.values() if values is not None and v not in values)
    if bad:
        raise ValueError(f"{ROLE_FILE}: [{table}] has unknown value(s) {bad}")
    return {str(k).lower(): v for k, v in section.items()}


def parse_role_lexicon(raw: dict[str, Any]) -> RoleLexicon:
    """Check the parsed ``role_nouns.toml`` and build the lexicon; raise ``ValueError`` naming
    the table at fault, so a slip in the hand-kept lists fails at load, not in a rule."""
    unknown = sorted(set(raw) - _ROLE_TABLES)
    if unknown:
        raise ValueError(f"{ROLE_FILE}: unknown table(s) {unknown}")
    roles = _word_table(raw, "roles", None)
    if not roles or not all(roles.values()):
        raise ValueError(f"{ROLE_FILE}: [roles] must map role nouns to non-empty classes")
    lexicon = RoleLexicon(
        roles=roles,
        honorifics=_word_table(raw, "honorifics", _GENDERS),
        gendered=_word_table(raw, "gendered", _GENDERS),
        not_person=frozenset(w.lower() for w in _word_list(raw, "not_person", "words")),
        suffixes=_word_list(raw, "name_parts", "suffixes"),
        particles=_word_list(raw, "name_parts", "particles"),
        surname_openers=_word_list(raw, "name_parts", "surname_openers"),
        not_person_surnames=_word_list(raw, "not_person", "surnames"),
        months=_word_list(raw, "not_person", "months"),
        place_heads=_word_list(raw, "named_things", "heads"),
        kinship=_word_list(raw, "kinship", "words"),
        not_anaphoric=_word_list(raw, "role_mentions", "not_anaphoric"),
        thing_nouns=_word_list(raw, "named_things", "nouns"),
        place_nouns=_word_list(raw, "named_things", "places"),
        envoy_nouns=_word_list(raw, "named_things", "envoys"),
        portfolio_nouns=_word_list(raw, "named_things", "portfolios"),
        place_openers=_word_list(raw, "named_things", "openers"),
        street_heads=_word_list(raw, "named_things", "streets"),
        body_nouns=_word_list(raw, "named_things", "bodies"),
        state_titles=_word_list(raw, "named_things", "state_titles"),
        people_words=_word_list(raw, "named_things", "peoples"),
        interview_words=_word_list(raw, "interviews", "words"),
        same_office=_offices(raw, roles),
        generic=_known_roles(raw, "generic", roles),
        rank_words=_word_list(raw, "role_mentions", "rank_words"),
        org_suffixes=_word_list(raw, "organisations", "suffixes"),
        org_nouns=_word_list(raw, "organisations", "nouns"),
        org_traded=_word_list(raw, "organisations", "traded"),
        org_results=_word_list(raw, "organisations", "results"),
        staff_titles=_word_list(raw, "bylines", "staff_titles"),
        desks=_word_list(raw, "bylines", "desks"),
    )
    for table, key in _REQUIRED_LISTS:
        if not _word_list(raw, table, key):
            raise ValueError(f"{ROLE_FILE}: [{table}] {key} is required and must not be empty")
    return lexicon


def _known_roles(raw: dict[str, Any], key: str, roles: dict[str, str]) -> frozenset[str]:
    """``[role_mentions] key``: role nouns that ``[roles]`` lists."""
    words = _word_list(raw, "role_mentions", key)
    unknown = sorted(words - set(roles))
    if unknown:
        raise ValueError(f"{ROLE_FILE}: [role_mentions] {key} has words not in [roles]: {unknown}")
    return words


def _offices(raw: dict[str, Any], roles: dict[str, str]) -> dict[str, frozenset[str]]:
    """``[role_mentions] same_office``: groups of role nouns of one class naming one office."""
    section = raw.get("role_mentions", {})
    groups = section.get("same_office", []) if isinstance(section, dict) else None
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and g and all(isinstance(w, str) and w in roles for w in g)
        for g in groups
    ):
        raise ValueError(f"{ROLE_FILE}: [role_mentions] same_office must list groups of role nouns")
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        if len({roles[w] for w in group}) != 1:
            raise ValueError(f"{ROLE_FILE}: [role_mentions] same_office mixes classes: {group}")
        for w in group:
            out[w] = out.get(w, frozenset()) | frozenset(group)
    return out


@cache
def role_lexicon() -> RoleLexicon:
    """Load and check ``role_nouns.toml`` once."""
    text = files("contextreader.data").joinpath(ROLE_FILE).read_text("utf-8")
    return parse_role_lexicon(tomllib.loads(text))


NAMES_FILE = "first_names.toml"
_NAME_LISTS = ("male", "female")


def _name_list(raw: dict[str, Any], key: str, table: str) -> frozenset[str]:
    names = raw.get(key, [])
    ok = isinstance(names, list) and all(isinstance(n, str) and n[:1].isupper() for n in names)
    if not ok:
        raise ValueError(f"{NAMES_FILE}: {table}{key} must list capitalised names")
    return frozenset(names)


def parse_first_names(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Check the parsed ``first_names.toml`` and build {"male", "female", "unisex": names}.

    The census lists (top level) and the project's own ``[curated]`` lists are merged; a
    curated name may not repeat a census name nor sit in two curated lists, and every
    ``unisex`` name must be a census name (it only takes away that name's gender hint).
    Raise ``ValueError`` naming the list at fault.
    """
    census = {g: _name_list(raw, g, "") for g in _NAME_LISTS}
    if not all(census.values()):
        raise ValueError(f"{NAMES_FILE}: male and female must not be empty")
    curated = raw.get("curated", {})
    if not isinstance(curated, dict):
        raise ValueError(f"{NAMES_FILE}: [curated] must be a table")
    unknown = sorted(set(raw) - {*_NAME_LISTS, "curated"}) + sorted(
        f"curated.{k}" for k in set(curated) - {*_NAME_LISTS, "unisex"}
    )
    if unknown:
        raise ValueError(f"{NAMES_FILE}: unknown key(s) {unknown}")
    added = {g: _name_list(curated, g, "[curated] ") for g in (*_NAME_LISTS, "unisex")}
    known = census["male"] | census["female"]
    for a, b in (("male", "female"), ("male", "unisex"), ("female", "unisex")):
        if both := sorted(added[a] & added[b]):
            raise ValueError(f"{NAMES_FILE}: [curated] {a} and {b} both list {both[:5]}")
    for g in _NAME_LISTS:
        if again := sorted(added[g] & known):
            raise ValueError(f"{NAMES_FILE}: [curated] {g} repeats census names {again[:5]}")
    if stray := sorted(added["unisex"] - known):
        raise ValueError(f"{NAMES_FILE}: [curated] unisex names no census name: {stray[:5]}")
    return {g: census[g] | added[g] for g in _NAME_LISTS} | {"unisex": added["unisex"]}


@cache
def _first_name_lists() -> dict[str, frozenset[str]]:
    text = files("contextreader.data").joinpath(NAMES_FILE).read_text("utf-8")
    return parse_first_names(tomllib.loads(text))


@cache
def first_name_genders() -> dict[str, str]:
    """Load and check ``first_names.toml`` once: {first name: "male" | "female"}.

    A soft hint for pronoun resolution when the text gives no honorific or gendered role:
    names listed under both genders, or as ``unisex``, are dropped, so an ambiguous name stays
    unknown.
    """
    lists = _first_name_lists()
    drop = (lists["male"] & lists["female"]) | lists["unisex"]
    return {n: g for g in _NAME_LISTS for n in lists[g] if n not in drop}


@cache
def first_names() -> frozenset[str]:
    """Every first name ``first_names.toml`` lists, of either gender."""
    lists = _first_name_lists()
    return lists["male"] | lists["female"]


def _name_gender(cl: _Cluster) -> str:
    """The gender a person's first name usually goes with, from the longest name written."""
    words = max(cl.names, key=len) if cl.names else ()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return ""
    return first_name_genders().get(words[0], "")


@dataclass(slots=True, eq=False)
class _Cluster:
    """One person while the component builds it (compared by identity: two people may share
    every field but their id, and lists of people are searched often)."""

    id: str
    names: list[tuple[str, ...]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    role_classes: set[str] = field(default_factory=set)
    role_nouns: set[str] = field(default_factory=set)
    role_tags: set[str] = field(default_factory=set)
    gender: str = ""
    # where the person's full name is written (in text order, so a bisect finds the last one
    # before a mention), and whether every such place introduces a relative ("her husband, Jan Roe")
    full_at: list[int] = field(default_factory=list)
    kin: bool = True
    titles: set[str] = field(default_factory=set)  # classes of the titles written before a name
    title_words: set[str] = field(default_factory=set)  # their words, lower case
    title_nouns: set[str] = field(default_factory=set)  # their role nouns
    first_at: int = 0  # where a person known by one word only is first named
    # relations the text gives with a possessive ("her son, Jan Roe" -> ("her", "son")): a
    # later "her son" with no name is this person
    kin_of: set[tuple[str, str]] = field(default_factory=set)

    @property
    def name(self) -> str:
        # an all-caps spelling (a transcript label, a shouted headline) only when nothing else
        best = max(self.names, key=lambda n: (len(n), not " ".join(n).isupper()))
        return " ".join(best)


# -- pass 1: candidate names -------------------------------------------------------------------

# how far (characters) after a surname its full name may first be written for the two to be
# one person: an article may open with "Roe said ..." and name Jan Roe a few sentences later
_LEDE = 1000
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


def _outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    group = doc.spans.get("cr_outlets") if "cr_outlets" in doc.spans else None
    return sorted((s.start_char, s.end_char) for s in group) if group is not None else []


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, mostly disjoint ``spans``."""
    i = bisect_right(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 3) : i])


def _is_verb(tok: Token) -> bool:
    """A verb the tagger put inside a name ("Follow Jan Roe", "Jan Roe Defends ..."); a
    first name the tagger reads as a verb ("Will", "Mark") stays."""
    return tok.tag_ in _VERB_TAGS and tok.text not in first_names()


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
    while start < end and (
        doc[start].lower_ in lex.honorifics
        or lex.role_class(doc[start].text) is not None
        or doc[start].is_punct
        or doc[start].is_space
        or (_not_name_word(doc[start], lower) and start + 1 < end)
    ):
        gender = gender or lex.honorifics.get(doc[start].lower_, "")
        if _not_name_word(doc[start], lower):
            title_start = start + 1  # a stray word in front is no title
        start += 1
    for i in range(start + 1, end):
        if _is_verb(doc[i]) or doc[i].text == ":":
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
        and lex.role_class(prev.text) is None
        # a first name joins a surname, or a first and a middle name ("Eleanor | Mae Roe")
        and (
            doc[start].text not in first_names()
            or (end - start >= 2 and prev.tag_ == "NNP")  # not "(See Jan Roe's essay)"
        )
        and prev.whitespace_
        and not prev.is_sent_start
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
    return _role_apposition(span, role_lexicon()) is not None


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


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _stands_as_person(tok: Token) -> bool:
    """The last word of a name used as a person is: the subject of a verb of saying ("Tom Day
    said"), set beside another noun ("The headteacher, Amy Law, said") or followed by an age
    ("Amy Law, 41,")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].like_num:
        return True
    if tok.dep_ == "appos":
        return True
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
        if not t.text[:1].isupper() and t.lower_ not in lex.particles:
            return False
    if len(words) > 1 and words[-1].lower_ in lex.org_suffixes:
        return False  # "Velora Labs said ...": a firm
    last = words[-1].text
    first = words[0]
    given = first.text in first_names() or first.lower_ in lex.particles
    if len(words) > 1 and not given and last.lower() in lower:
        return False  # "Patriot Coal", "Roe Research": the article writes "coal" too
    if len(words) > 1 and _is_acronym(last) and not span.text.isupper():
        return last.lower() in lex.suffixes  # "Jan Roe III", not "Young SVP"
    return last[:1].isupper()


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


def in_heading(span: Span, text: str) -> bool:
    """True when ``span`` sits on a line of ``text`` that reads as a headline or subhead.

    A title-case line that ends with a full stop counts too ("Roe Defends Plan Against
    Critics."): its capitals make every word look like a name to the tagger.
    """
    start, end = line_around(text, span.start_char, span.end_char)
    if end - start > _HEADLINE_CHARS:
        return False  # a paragraph: and never walked again for each name on it
    line = text[start:end]
    return is_heading(line) or _title_case(span.doc, start, start + len(line))


# no headline is longer: 25 capitalised words with their small words between
_HEADLINE_CHARS = 400


_HEADLINE_LOWER = frozenset({"ADP", "DET", "CCONJ", "PART", "SCONJ"})


def _title_case(doc: Doc, start: int, end: int) -> bool:
    """A line in title case: nearly every word capitalised, verbs and common nouns too."""
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None:
        return False
    # a headline leaves its short function words in lower case ("Roe Blasts Doe for Plan")
    words = [t for t in line if t.text[:1].isalpha() and t.pos_ not in _HEADLINE_LOWER]
    if len(words) < 5 or len(words) > 25:
        return False
    if sum(1 for t in words if t.text[:1].isupper()) / len(words) < 0.8:
        return False
    common = [t for t in words[1:] if t.text[:1].isupper() and t.tag_ not in ("NNP", "NNPS")]
    every = all(t.text[:1].isupper() for t in words)
    return len(common) >= 2 or (every and _opens_text(doc, start))


def _opens_text(doc: Doc, start: int) -> bool:
    """Whether the line at ``start`` is the first of the text, where an article's title
    stands: a first line with every word but the small ones capitalised is a headline even
    when the tagger reads each as a name ("Pike Fund Chief Praises Ada Moss Donor")."""
    first = next((t for t in doc if not t.is_space), None)
    return first is not None and first.idx >= start


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


def _lone_opener(span: Span, words: dict[str, int], nouns: frozenset[str]) -> bool:
    """A capitalised common noun opening a sentence that the tagger took for a surname
    ("Turnout at the shelters was high", "Floodwater rose"): one word the lemmatizer knows as
    a noun, or two joined ("flood" + "water"), said nowhere else in the article in any case,
    and not a known first name. A person named once is told by what the sentence says of
    them: an owner ("Roe's aide said"), a speaker ("Roe said ..."), what they are ("Roe is a
    reporter") or a he or she later in the sentence ("Roe has given his life")."""
    tok = span[0]
    doc = tok.doc
    if not _common_noun(tok.lower_, nouns):
        return False  # "Rennick resigned on Tuesday": a surname no dictionary holds
    prev = doc[tok.i - 1] if tok.i > 0 else None
    opens = prev is None or tok.is_sent_start or _opening_mark(prev)
    if not opens or tok.text in first_names() or words.get(tok.lower_, 0) > 1:
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
        return False
    # imported here: the quotes package reads this module's transcript turns when it loads
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    cues = cue_lexicon()
    if tok.dep_ in ("nsubj", "nsubjpass") and cues.is_cue(tok.head):
        return False
    if tok.dep_ == "nsubj" and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" for c in tok.head.children
    ):
        return False  # "Roe is a reporter", "Roe is a puppet of the lobby": said of a person
    sent = tok.sent
    return not any(
        cues.pronouns.get(t.lower_) in ("male", "female") for t in doc[tok.i + 1 : sent.end]
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
    words: dict[str, int] = {}
    for t in doc:
        words[t.lower_] = words.get(t.lower_, 0) + 1
    things = _thing_names(doc, lex)
    companies = _company_names(doc, lex)
    dateline = doc._.cr_dateline.span if doc._.cr_dateline else None
    placed = _dateline_place(text, dateline)
    credited = _dateline_credit(doc)
    for ent in doc.ents:
        if ent.label_ not in _TITLED_LABELS or ent.start_char < body:
            continue
        cleaned = _clean_name(ent, lex, lower)
        if cleaned is None:
            continue
        span = cleaned[0]
        if _after_article(span) or _words(span) in things or _home_address(span):
            continue
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
                or _lone_opener(span, words, nouns)
                or _opens_role(span, lower)
                or _in_joined_name(span, lex)
            )
        ):
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
    for s, e in byline_names(text, body):
        # the writer a byline names ("By Jan Roe"), whom the tagger often misses on its line
        author = doc.char_span(s, e, alignment_mode="contract")
        if (
            author is not None
            and taken.isdisjoint(range(author.start, author.end))
            and _looks_like_name(author, lex, lower)
        ):
            out.append((author, "", ""))
    out.sort(key=lambda c: c[0].start)
    return [c for c in out if c[0].text not in credits]


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


def _untagged_full_names(
    doc: Doc, lex: RoleLexicon, lower: frozenset[str], body: int
) -> list[Span]:
    """A known first name and a surname the tagger left untagged ("Eleanor Vantreight, who
    rose ...") where the surname is a person's elsewhere in the article (the tagger calls
    "Vantreight" a person further on): the full name of that person. Not in headings, not
    inside a longer proper name and not inside another entity.

    A name set beside a lower-case role noun ("winger Elif Roe", "a company spokesperson,
    Rina Roe,") needs only one of the two: a known first name or a surname the tagger calls a
    person elsewhere; there the tagger may also have called the two words an organisation.
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
        beside = (known or given) and _beside_role(first, tok, lex)
        if not (known and given) and not beside:
            continue
        tagged = tok.ent_type_ or first.ent_type_
        if tagged and not (beside and _org_of(first, tok)):
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


# nouns that, with a name set beside them, give the name someone goes by ("her first name, X")
NAME_NOUNS = frozenset({"name", "surname", "nickname"})


def _given_names(doc: Doc, lex: RoleLexicon, body: int) -> list[Span]:
    """A proper name set beside someone's "name" ("who gave only her first name, Shirin,",
    "identified only by his surname, Roe"): the name a person goes by, whatever the tagger
    calls it. Only after "his" or "her", which say the name is a person's ("its name, Velta"
    is a thing's)."""
    out = []
    for tok in doc:
        head = tok.head
        if tok.idx < body or tok.dep_ != "appos" or head.lower_ not in NAME_NOUNS:
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


_TITLE_CHARS = 120  # a first line this short is the title


def _title_end(text: str) -> int:
    """The end of the text's first line when it is the title (a short line with more text
    after it), else -1."""
    opening = len(text) - len(text.lstrip())
    end = text.find("\n", opening)
    if end < 0 or end - opening >= _TITLE_CHARS or not text[end:].strip():
        return -1
    return end


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


def _after_article(span: Span) -> bool:
    """A name right after "the" names a title, not a person: "The Lakeville Ledger reported",
    "the Harlow Hornets". A person's name takes no article; "the late Jan Roe" and "the Rev.
    Jan Roe" put a word between the two, and in "the Jan Roe scandal" the name only
    modifies a noun, so it still names her."""
    doc = span.doc
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    return after_the and span.root.dep_ != "compound"  # "the Jan Roe affair" names her


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
        if tok.lower_ not in lex.thing_nouns or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].tag_ in ("NNP", "NNPS"):
            end += 1
        words = tuple(t.text for t in doc[tok.i + 1 : end])
        if words:
            out.add(words)
            out.update((w,) for w in words)
    return (
        out
        | _place_names(doc, lex)
        | _opened_places(doc, lex)
        | _headed_places(doc, lex)
        | _brand_names(doc)
        | _organisation_names(doc, lex)
    )


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


def _brand_names(doc: Doc) -> set[tuple[str, ...]]:
    """A one-word name right before a model code ("the Lumo X7", "a Velt A320"): a maker's
    brand, wherever the name recurs ("Lumo says ..."), no person."""
    out: set[tuple[str, ...]] = set()
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.tag_ != "NNP" or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if tok.whitespace_ and _model_code(nxt):
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
        start = tok.i
        while (
            start > 0
            and tok.i - start < 3
            and doc[start - 1].tag_ in ("NNP", "NNPS")
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].is_alpha
            and doc[start - 1].lower_ not in lex.place_heads
        ):
            start -= 1
        words = [t for t in doc[start : tok.i]]
        if not words or words[0].text in first_names():
            continue
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
        if not (place or envoy) or not tok.text[:1].isupper():
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.tag_ in ("NNP", "NNPS", "POS") or nxt.text in ("'", "’")):
            continue
        out.add((tok.text,))
    return out


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
    # joined by the "and" itself, not a comma the parse may misread ("In Iowa, Roe, the ...")
    linked = [tok.head] if tok.dep_ == "conj" and doc[tok.i - 1].lower_ in ("and", "or") else []
    linked += [
        c
        for c in tok.children
        if c.dep_ == "conj" and c.i > 1 and doc[c.i - 1].lower_ in ("and", "or")
    ]
    if any(t.ent_type_ in ("GPE", "LOC") and t.tag_ == "NNP" for t in linked):
        return True
    if tok.dep_ == "appos" and tok.head.lower_ in lex.place_nouns:
        return True  # "the capital, Marn,"
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        nxt is not None
        and nxt.tag_ == "POS"
        and tok.dep_ == "poss"
        and tok.head.lower_ in lex.place_nouns
    )


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
            if j < tok.i - 1 or doc[j].tag_ == "NNP":
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


def _is_label(span: Span, labels: list[tuple[int, int]]) -> bool:
    """An all-caps name inside a transcript label ("ROE:"): the label's turn decides who it is,
    and a label that names no one in the article is no person of its own."""
    return span.text.isupper() and _overlaps(labels, span.start_char, span.end_char)


# -- pass 2: clustering ------------------------------------------------------------------------


def _words(span: Span) -> tuple[str, ...]:
    """The words of a name as written: a hyphenated or dotted part stays one word."""
    out = []
    for w in span.text.split():
        w = w.strip(',;:()[]"“”')
        if w and any(c.isalpha() for c in w):
            out.append(w)
    return tuple(out)


def _core(words: tuple[str, ...], lex: RoleLexicon) -> tuple[str, ...]:
    """The name without a generational suffix ("Jan Roe Jr." -> Jan Roe)."""
    while len(words) > 2 and words[-1].lower() in lex.suffixes:
        words = words[:-1]
    return words  # "George III" keeps its numeral: it has no surname to stand for it


def _middle(words: tuple[str, ...]) -> str:
    return "".join(words[1:-1]).replace(".", "").lower()


def _kin_word(span: Span, lex: RoleLexicon) -> str | None:
    """The kinship noun that introduces the name ("her husband, Jan Roe", "his son Jan") or
    follows it as an apposition ("Jan Roe, her husband,"), if any."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and (doc[i].is_punct or doc[i].lower_ in ("the", "a")):
        i -= 1
    if i >= 0 and span.start - i <= 3 and doc[i].lower_ in lex.kinship:
        return doc[i].lower_
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].tag_ in ("PRP$", "DT"):
        return doc[j + 2].lower_ if doc[j + 2].lower_ in lex.kinship else None
    return None


def _kin_before(span: Span, lex: RoleLexicon) -> bool:
    """True when a kinship noun introduces the name or follows it as an apposition."""
    return _kin_word(span, lex) is not None


def _add_title(cl: _Cluster, title: str, lex: RoleLexicon, classes: set[str] | None = None) -> None:
    """Record a title written before one of the person's names ("Sen.", "Deputy Minister")."""
    cl.titles |= lex.classes_in(title) if classes is None else classes
    cl.title_words |= set(_lower_words(title))
    cl.title_nouns |= lex.nouns_in(title)


@dataclass(slots=True)
class _People:
    """The people found so far and what a one-word mention needs to find its person."""

    clusters: list[_Cluster]
    by_cand: dict[int, _Cluster]  # candidate index -> person, for the names of two words or more
    surnames: dict[str, list[_Cluster]]  # lower-cased surname -> people with that surname
    firsts: dict[str, list[_Cluster]]  # lower-cased first name -> people
    bare: dict[str, _Cluster] = field(default_factory=dict)  # people known by one word only
    made: int = 0  # people made so far: ids stay unique when a merge drops one

    def new(self, names: list[tuple[str, ...]], gender: str = "") -> _Cluster:
        self.made += 1
        cl = _Cluster(id=f"person{self.made}", names=names, gender=gender)
        self.clusters.append(cl)
        return cl


def _cluster(cands: list[tuple[Span, str, str]], lex: RoleLexicon) -> _People:
    """Group the names of two words or more into people.

    Two names are one person when first name and surname agree and their middle parts do not
    differ ("George W. Roe" and "George H. Roe" are two people; "George Roe" may be either,
    and joins the first).
    """
    people = _People([], {}, {}, {})
    by_key: dict[tuple[str, str], list[_Cluster]] = {}
    mids: dict[_Cluster, set[str]] = {}  # the middle parts each person's names have written
    shared = _shared_surnames(cands)
    for idx, (span, title, gender) in enumerate(cands):
        words = shared.get(idx) or _core(_words(span), lex)
        if len(words) < 2:
            continue
        key = (words[0].lower(), words[-1].lower())
        mid = _middle(words)
        found = None
        for cl in by_key.get(key, []):
            if not mid or not mids[cl] or mid in mids[cl]:
                found = cl
                break
        if found is None:
            found = people.new([])
            by_key.setdefault(key, []).append(found)
            mids[found] = set()
        if mid:
            mids[found].add(mid)
        found.names.append(shared.get(idx) or _words(span))
        kin = _kin_word(span, lex)
        found.gender = found.gender or gender or lex.gendered.get(kin or "", "")
        found.full_at.append(span.start_char)
        found.kin = found.kin and kin is not None
        if title:
            _add_title(found, title, lex)
        people.by_cand[idx] = found
    _merge_double_surnames(people, lex)
    for cl in people.clusters:
        for n in cl.names:
            core = _core(n, lex)
            for index, word in ((people.surnames, core[-1]), (people.firsts, core[0])):
                group = index.setdefault(word.lower(), [])
                if cl not in group:
                    group.append(cl)
    _drop_named_after(people, cands, lex)
    return people


def _shared_surnames(cands: list[tuple[Span, str, str]]) -> dict[int, tuple[str, ...]]:
    """Given names that share the surname of the name after "and" ("Jan and Dana Roe"): the
    full name each stands for, by candidate index. The word must be a first name the lexicon
    knows (a surname or a one-word name standing alone, "Kessler and Dana Doe", is someone
    else; a name used for both sexes, which ``first_names.toml`` leaves out, is left alone
    too), and one the text writes only there: the first name of someone the text names
    ("Maren and Dana Doe", after Maren Roe) recurs. Not in a list or after a plural title,
    which join different people."""
    out: dict[int, tuple[str, ...]] = {}
    for i, ((span, _, _), (nxt, _, _)) in enumerate(pairwise(cands)):
        doc = span.doc
        words, after = _words(span), _words(nxt)
        if len(words) != 1 or len(after) != 2 or nxt.start != span.end + 1:
            continue
        if doc[span.end].lower_ != "and" or not words[0].isalpha():
            continue
        prev = doc[span.start - 1] if span.start else None
        if prev is not None and (prev.text == "," or prev.tag_ in ("NNS", "NNPS")):
            continue  # a list ("Ana, Jan and Dana Roe") or a plural title ("Presidents Roe and")
        if words[0] not in first_names():
            continue
        if sum(1 for t in doc if t.text == words[0]) == 1:
            out[i] = (words[0], after[-1])
    return out


def _merge_double_surnames(people: _People, lex: RoleLexicon) -> None:
    """A "name" that is the end of one longer name is that person's surname, not a person of
    their own: a double surname ("Wasserman Schultz" after "Debbie Wasserman Schultz") or a
    surname opening with a particle, in either case ("van der Berg" or "Van der Berg" after
    "Pieter van der Berg", "Ben Roe" after "Amir Ben Roe"). Not when its first word is a first
    name and no particle: "Ann Roe" is not "Mary Ann Roe"."""
    tails: dict[tuple[str, ...], list[_Cluster]] = {}
    for cl in people.clusters:
        for n in cl.names:
            core = _core(n, lex)
            for k in range(2, len(core)):
                key = tuple(w.lower() for w in core[-k:])
                if cl not in tails.setdefault(key, []):
                    tails[key].append(cl)
    particles = lex.particles | lex.surname_openers
    for cl in list(people.clusters):
        cores = {tuple(w.lower() for w in _core(n, lex)) for n in cl.names}
        if len(cores) != 1 or len(next(iter(cores))) < 2:
            continue
        core = next(iter(cores))
        into = tails.get(core, [])
        if core[0] not in particles and (
            len(core) != 2 or any(_core(n, lex)[0] in first_names() for n in cl.names)
        ):
            continue
        if len(into) != 1 or into[0] is cl:
            continue
        target = into[0]
        target.names.extend(cl.names)
        target.full_at = sorted(target.full_at + cl.full_at)
        target.titles |= cl.titles
        target.title_words |= cl.title_words
        target.title_nouns |= cl.title_nouns
        target.gender = target.gender or cl.gender
        for idx, c in list(people.by_cand.items()):
            if c is cl:
                people.by_cand[idx] = target
        people.clusters.remove(cl)


def _drop_named_after(
    people: _People, cands: list[tuple[Span, str, str]], lex: RoleLexicon
) -> None:
    """Drop "names" that open with another person's surname and end in a common noun the
    article also writes in lower case ("Roe Coalition", "Roe Doctrine"): a thing named after
    that person, which the tagger took for one."""
    if not cands:
        return
    lower = {t.lower_ for t in cands[0][0].doc if t.text.islower()}
    drop = []
    for cl in people.clusters:
        if all(
            len(n) == 2
            and any(o is not cl for o in people.surnames.get(n[0].lower(), []))
            and n[-1].lower() in lower
            for n in cl.names
        ):
            drop.append(cl)
    for cl in drop:
        cl.names.clear()
        for index in (people.surnames, people.firsts):
            for key, group in list(index.items()):
                if cl in group:
                    group.remove(cl)
                if not group:
                    del index[key]
        for idx in [i for i, c in people.by_cand.items() if c is cl]:
            del people.by_cand[idx]


# -- pass 3: mentions --------------------------------------------------------------------------


def _fits(cl: _Cluster, gender: str, title: set[str]) -> bool:
    """Whether a one-word mention with this honorific gender and these title classes can be
    the person: "Mr. Roe" is not Jane Roe; "President Roe" is not a Roe the text calls a
    senator."""
    known_gender = cl.gender or _name_gender(cl)
    if gender and known_gender and gender != known_gender:
        return False
    known = cl.titles | cl.role_classes
    return not (title and known and not (title & known))


def _resolve_word(
    people: _People, word: str, pos: int, para: int, gender: str, title: set[str]
) -> _Cluster | None:
    """The person a one-word mention at ``pos`` means (``para``: where its paragraph starts).

    A surname goes to the person with that surname whose full name was written last before it,
    among those its honorific and title fit; with none before it, to the first one written after
    it (an article may open with the surname). A relative introduced by a kinship noun ("her
    husband, Jan Roe") only takes a surname written in the same paragraph as their name, unless
    no one else in the text bears it. A
    surname that fits no one, or whose full name comes only much later (a "Mrs. Roe" far
    down the page is not the "President Roe" of the opening), is a person of its own; a first
    name goes to the one person with it, or to the most recent.
    """
    key = word.lower()
    group = [c for c in people.surnames.get(key, []) if c.names]
    if not group:
        firsts = [c for c in people.firsts.get(key, []) if c.names]
        if firsts:
            return _most_recent(firsts, pos) or firsts[0]
        return _bare(people, word, gender, pos)
    fit = [c for c in group if _fits(c, gender, title)]
    titled = [c for c in fit if title & (c.titles | c.role_classes)]
    # "Captain Roe" where the text names several Roes and gave none of them that title: the
    # title tells which Roe is meant, and nothing says it is one of those named
    unsure = bool(title) and not titled and len(group) > 1
    fit = titled or fit
    local = [c for c in fit if _last_full_before(c, pos) >= para]
    if local and not unsure:
        return _most_recent(local, pos)
    kin = [c for c in fit if c.kin]
    fit = [c for c in fit if not c.kin]
    bare = people.bare.get(key)
    if not fit and bare is None and len(kin) == 1 and kin[0].full_at[0] < pos and not unsure:
        return kin[0]  # "his sister, Ana Roe-Diaz" and later "Roe-Diaz": no one else bears it
    earlier = bare is not None and not any(c.full_at and c.full_at[0] < bare.first_at for c in fit)
    if bare is not None and earlier and not titled and _fits(bare, gender, title):
        return bare  # the surname was in use before any full name that fits it
    if unsure:
        return _bare(people, word, gender, pos, f"{key} ({' '.join(sorted(title))})")
    ahead = [c for c in fit if c.full_at[0] - pos <= _LEDE]
    if ahead:
        return min(ahead, key=lambda c: c.full_at[0])
    return _bare(people, word, gender, pos)


def _relative(people: _People, word: str, pos: int, gender: str) -> _Cluster:
    """A surname set beside a kinship noun ("Mr. Roe, her husband,"): a relative introduced
    by a kinship noun before, or a person of their own, never the main Roe."""
    kin = [c for c in people.surnames.get(word.lower(), []) if c.kin and _fits(c, gender, set())]
    found = _most_recent(kin, pos)
    if found is not None:
        return found
    key = f"{word.lower()} (relative)"
    cl = people.bare.get(key)
    if cl is None:
        cl = people.new([(word,)], gender)
        cl.first_at = pos
        people.bare[key] = cl
    return cl


def _last_full_before(cl: _Cluster, pos: int) -> int:
    """Where the person's full name was last written before ``pos`` (-1: nowhere)."""
    i = bisect_left(cl.full_at, pos)
    return cl.full_at[i - 1] if i else -1


def _most_recent(group: list[_Cluster], pos: int) -> _Cluster | None:
    """The person whose full name was written last before ``pos`` (the first such on a tie)."""
    best, best_at = None, -1
    for cl in group:
        at = _last_full_before(cl, pos)
        if at > best_at:
            best, best_at = cl, at
    return best


def _bare(people: _People, word: str, gender: str, pos: int, key: str = "") -> _Cluster:
    """The person known by the one word ``word`` (``key`` tells apart several such people)."""
    key = key or word.lower()
    cl = people.bare.get(key)
    if cl is None or (gender and cl.gender and gender != cl.gender):
        cl = people.new([(word,)], gender)
        cl.first_at = pos
        people.bare[key] = cl
    elif word not in {n[0] for n in cl.names}:
        cl.names.append((word,))
    cl.gender = cl.gender or gender
    return cl


def _title_before(doc: Doc, i: int, lex: RoleLexicon) -> tuple[str, set[str], str]:
    """The honorific gender, title classes and title words written just before token ``i``."""
    gender, classes = "", set()
    j = i - 1
    while j >= 0 and i - j <= 3:
        w = doc[j].lower_
        if w in lex.honorifics and w not in lex.roles:
            gender = gender or lex.honorifics[w]
        elif lex.role_class(w) is not None and doc[j].text[:1].isupper():
            two = f"{doc[j - 1].lower_} {w}" if j > 0 else ""
            classes.add(lex.roles.get(two) or lex.roles[w])
            gender = gender or lex.gendered.get(w, "")  # "Congresswoman Roe"
        else:
            break
        j -= 1
    words = [t.text for t in doc[j + 1 : i] if lex.role_class(t.text) is not None]
    return gender, classes, " ".join(words)


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _add_mentions(
    doc: Doc, cands: list[tuple[Span, str, str]], people: _People, lex: RoleLexicon
) -> dict[tuple[int, int], _Cluster]:
    """Every name mention, then every bare token that spells a surname or first name of a
    person, or a one-word name the tagger found elsewhere."""
    owner: dict[tuple[int, int], _Cluster] = {}
    covered: set[int] = set()
    text = text_of(doc)
    singles: set[str] = set()
    surnames_upper = {k.upper() for k in people.surnames}
    for idx, (span, _, _) in enumerate(cands):
        cl = people.by_cand.get(idx)
        if cl is None:
            words = _words(span)
            if len(words) != 1 or (
                len(words[0]) <= 5 and _is_acronym(words[0]) and words[0] not in surnames_upper
            ):
                continue  # an unknown acronym ("XYZ") names an organisation
            singles.add(words[0])
            continue
        owner[(span.start_char, span.end_char)] = cl
        covered.update(range(span.start, span.end))
    body = doc._.cr_body_start or 0
    outlets = _outlet_spans(doc)
    # inside a longer organisation or place name ("Roe Research") a surname is no mention
    for i, (s, e), word in _hyphenated(doc, people, covered, body):
        gender, classes, _ = _title_before(doc, i, lex)
        cl = _resolve_word(people, word, s, _para_start(text, s), gender, classes)
        if cl is not None:
            owner[(s, e)] = cl
    in_org = {t.i for e in doc.ents if e.label_ != "PERSON" and len(e) > 1 for t in e}
    for tok in doc:
        if tok.i in in_org:
            continue
        key = tok.lower_ if tok.text.isupper() else tok.text.lower()
        if tok.i in covered or tok.idx < body or not tok.text[:1].isupper():
            continue
        known = key in people.surnames or key in people.firsts
        if not known and tok.text not in singles:
            continue
        if tok.ent_type_ not in ("", "PERSON", "ORG", "NORP", "GPE") and not _surname_as_date(
            tok, people, lex
        ):
            continue
        if tok.text.isupper() and len(tok.text) > 1 and key not in people.surnames:
            continue  # a capitals-only word is a name only as a surname ("ROE")
        if _overlaps(outlets, tok.idx, tok.idx + len(tok.text)):
            continue
        if not known and in_heading(doc[tok.i : tok.i + 1], text):
            continue
        gender, classes, title = _title_before(doc, tok.i, lex)
        para = _para_start(text, tok.idx)
        if _kin_before(doc[tok.i : tok.i + 1], lex) and tok.text.lower() in people.surnames:
            cl = _relative(people, tok.text, tok.idx, gender)
        else:
            cl = _resolve_word(people, tok.text, tok.idx, para, gender, classes)
        if cl is None:
            continue
        cl.gender = cl.gender or gender
        if title:
            _add_title(cl, title, lex, classes)
        if title and cl.role is None and len(cl.names[0]) == 1:
            cl.role = title  # "President Roe", a person the text names by surname only
            cl.role_nouns = lex.nouns_in(title)
            cl.role_classes = set(classes)
        owner[(tok.idx, tok.idx + len(tok.text))] = cl
    _drop_families(people, owner)
    return _join_adjacent(owner, text)


def _surname_as_date(tok: Token, people: _People, lex: RoleLexicon) -> bool:
    """A person's surname that the tagger alone calls a date ("Mendrak's parliament" after
    "President Dario Mendrak"): one word, no month, no number after it."""
    doc = tok.doc
    if tok.ent_type_ != "DATE" or tok.text.lower() not in people.surnames:
        return False
    if tok.lower_ in lex.months or tok.ent_iob_ != "B" or tok.dep_ == "compound":
        return False  # "our Christmas present": a date that qualifies a noun
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or (nxt.ent_iob_ != "I" and not nxt.like_num)


def _hyphenated(
    doc: Doc, people: _People, covered: set[int], body: int
) -> list[tuple[int, tuple[int, int], str]]:
    """Bare mentions of a hyphenated surname ("Fernández-López said"), which the tokenizer
    splits in three; their tokens join ``covered`` so no part is read as a name alone."""
    out = []
    text = text_of(doc)
    for tok in doc[:-2]:
        if tok.idx < body or tok.i in covered or tok.whitespace_ or doc[tok.i + 1].text != "-":
            continue
        if doc[tok.i + 1].whitespace_ or tok.i + 2 in covered:
            continue
        start, end = tok.idx, doc[tok.i + 2].idx + len(doc[tok.i + 2].text)
        word = text[start:end]
        if word.lower() in people.surnames:
            out.append((tok.i, (start, end), word))
            covered.update((tok.i, tok.i + 1, tok.i + 2))
    return out


def _join_adjacent(
    owner: dict[tuple[int, int], _Cluster], text: str
) -> dict[tuple[int, int], _Cluster]:
    """First name and surname found one by one ("Jan" "Roe" in a headline) are one mention."""
    out: dict[tuple[int, int], _Cluster] = {}
    last: tuple[int, int] | None = None
    for (s, e), cl in sorted(owner.items()):
        if last is not None and out[last] is cl and text[last[1] : s] == " ":
            del out[last]
            s = last[0]
        out[(s, e)] = cl
        last = (s, e)
    return out


def _drop_families(people: _People, owner: dict[tuple[int, int], _Cluster]) -> None:
    """A one-word "person" that is a known surname plus "s" ("the Roes") is a family."""
    surnames = people.surnames
    families = {cl for key, cl in people.bare.items() if key.endswith("s") and key[:-1] in surnames}
    for span in [s for s, c in owner.items() if c in families]:
        del owner[span]


def _role_noun(tok: Token, lex: RoleLexicon) -> str | None:
    """The role noun a token heads, a two-word one included ("vice president")."""
    doc = tok.doc
    if tok.i > 0:
        two = f"{doc[tok.i - 1].lower_} {tok.lower_}"
        if two in lex.roles:
            return two
        two = f"{doc[tok.i - 1].lower_} {tok.lemma_.lower()}"
        if two in lex.roles:
            return two
    for w in (tok.lemma_.lower(), tok.lower_):
        if w in lex.roles:
            return w
    return None


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


class _RecentMentions:
    """The people mentioned so far, most recent first, found with a bisect per person rather
    than a walk back over every mention (a long article has thousands)."""

    def __init__(self, owner: dict[tuple[int, int], _Cluster]) -> None:
        ordered = sorted(owner.items(), key=lambda kv: kv[0])
        self.starts = [s for (s, _), _ in ordered]
        self.at: dict[_Cluster, list[int]] = {}  # person -> indices of their mentions in order
        for i, (_, cl) in enumerate(ordered):
            self.at.setdefault(cl, []).append(i)
        self.by_class: dict[str, list[_Cluster]] = {}
        for cl in self.at:
            for role_class in cl.role_classes | cl.titles:
                self.by_class.setdefault(role_class, []).append(cl)

    def before(self, pos: int, role_class: str) -> list[_Cluster]:
        """People with a role of ``role_class`` mentioned at or before ``pos``, latest first."""
        last = bisect_right(self.starts, pos) - 1
        found = []
        for cl in self.by_class.get(role_class, []):
            indices = self.at[cl]
            k = bisect_right(indices, last)
            if k:
                found.append((indices[k - 1], cl))
        return [cl for _, cl in sorted(found, key=lambda f: f[0], reverse=True)]


def _role_mention_head(tok: Token, lex: RoleLexicon) -> tuple[str, Token] | None:
    """The role noun ``tok`` heads and its "the", when "the <words> <noun>" may point back to
    someone: not an apposition that gives a role ("Jan Roe, the mayor,"), not a title before a
    name ("the mayor Jan Roe"), not a new office holder ("the next mayor")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return None
    noun = _role_noun(tok, lex)
    if noun is None:
        return None
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or det.i < tok.i - 3 or tok.dep_ == "appos":
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.dep_ in ("compound", "appos")):
        return None
    between = doc[det.i + 1 : tok.i]
    if any(
        t.lower_ in lex.not_anaphoric or t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL"
        for t in between
    ):
        return None
    return noun, det


def _role_words(cl: _Cluster) -> set[str]:
    """The lower-cased words of a person's role and titles."""
    return set(_lower_words(cl.role or "")) | cl.title_words


def _role_referent(
    tok: Token, noun: str, det: Token, recent: _RecentMentions, lex: RoleLexicon
) -> _Cluster | None:
    """The person "the <words> <noun>" at ``tok`` points back to: the most recent one the text
    gave that noun (or another written form of the office: "the senator" for "Sen. Roe"), or,
    for a generic noun ("the lawmaker"), any role of its class. The words before the noun must
    agree with the role: a place or party ("the Ohio governor") and a rank ("the deputy
    minister" is not the minister). With nothing in the text to back it, no one: "the
    billionaire" is not whichever executive was named last."""
    between = list(tok.doc[det.i + 1 : tok.i])
    tags = _modifier_tags(between, lex)
    ranks = {t.lower_ for t in between if t.lower_ in lex.rank_words}
    office = lex.office(noun)
    fit = [
        c
        for c in recent.before(tok.idx, lex.roles[noun])
        if not (tags and c.role_tags and not tags & c.role_tags) and ranks <= _role_words(c)
    ]
    fit = [c for c in fit if tags & c.role_tags] or fit  # "the Ohio governor": Ohio's first
    # a role of two words whose words the person's title holds apart: "the deputy minister"
    # for "Deputy Foreign Minister Jan Roe"
    split = [n.split() for n in office if " " in n]
    exact = [
        c
        for c in fit
        if office & (c.role_nouns | c.title_nouns)
        or any(set(words) <= _role_words(c) for words in split)
    ]
    if exact:
        return exact[0]
    return fit[0] if fit and noun in lex.generic else None


def _role_noun_mentions(doc: Doc, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon) -> None:
    """'the ambassador' -> the person it points back to (``_role_referent``); "the party
    chairman, Jan Roe," introduces the name after it and points back to no one."""
    recent = _RecentMentions(owner)
    named_at = {s: cl for (s, _), cl in owner.items()}
    body = doc._.cr_body_start or 0
    for tok in doc:
        if tok.idx < body:
            continue
        head = _role_mention_head(tok, lex)
        if head is None:
            continue
        noun, det = head
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," else None
        if after is not None and after.idx in named_at:
            continue  # "the party chairman, Jan Roe,": the name follows; nothing points back
        pick = _role_referent(tok, noun, det, recent, lex)
        if pick is None and det.i == tok.i - 1:
            pick = _named_next(tok, noun, owner, lex)
        if pick is not None:
            owner[(det.idx, tok.idx + len(tok.text))] = pick


_KIN_REACH = 1500  # characters back to the person "her daughter" may point to


def _kin_mentions(doc: Doc, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon) -> None:
    """ "her daughter said" -> the one person the text introduced as "her daughter, Ana Roe"
    (the same possessive and kinship noun), mentioned within ``_KIN_REACH`` characters
    before. Two people introduced so ("her son, Jan; her son, Tom") leave it to no one, and
    "her daughter, Ana Roe," with a name beside it points back to no one."""
    holders: dict[tuple[str, str], list[_Cluster]] = {}
    for cl in dict.fromkeys(owner.values()):
        for rel in cl.kin_of:
            holders.setdefault(rel, []).append(cl)
    if not holders:
        return
    named_at = {s: cl for (s, _), cl in owner.items()}
    starts: dict[_Cluster, list[int]] = {}
    for (s, _), cl in owner.items():
        starts.setdefault(cl, []).append(s)
    body = doc._.cr_body_start or 0
    for tok in doc[1:]:
        pron = doc[tok.i - 1]
        if tok.idx < body or pron.tag_ != "PRP$" or tok.tag_ != "NN":
            continue
        found = holders.get((pron.lower_, tok.lower_), [])
        if len(found) != 1 or tok.dep_ == "appos":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (
            nxt.pos_ == "PROPN" or nxt.dep_ in ("compound", "appos") or nxt.tag_ == "POS"
        ):
            continue  # "her son Jan", a name follows; "her son's wife" is someone else
        after = (
            doc[tok.i + 2] if nxt is not None and nxt.text == "," and tok.i + 2 < len(doc) else None
        )
        if after is not None and after.idx in named_at:
            continue  # "her daughter, Ana Roe,": the name follows; nothing points back
        cl = found[0]
        before = [s for s in starts.get(cl, []) if s < pron.idx]
        if before and pron.idx - max(before) <= _KIN_REACH:
            owner[(pron.idx, tok.idx + len(tok.text))] = cl


_LEAD_REACH = 600  # characters after a role-only mention in which its holder may be named


def _named_next(
    tok: Token, noun: str, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon
) -> _Cluster | None:
    """A wire lead often gives the role before the name: "The ambassador warned on Tuesday
    that ... . Ambassador Jan Roe told reporters ...". A bare "the <noun>" that points back to
    no one is the one person named within the next few sentences (``_LEAD_REACH``) with that
    office, and not named before it; none, or two, leave it to no one."""
    office = lex.office(noun)
    if _introduced_unnamed(tok, office, lex):
        return None
    start = tok.idx + len(tok.text)
    holders = {
        id(cl): cl
        for (s, _), cl in owner.items()
        if start <= s < start + _LEAD_REACH and office & (cl.role_nouns | cl.title_nouns)
    }
    if len(holders) != 1:
        return None
    (cl,) = holders.values()
    named_before = any(s < tok.idx for (s, _), c in owner.items() if c is cl)
    return None if named_before else cl


_UNNAMED_REACH = 120  # tokens back, about the paragraph before: where "a spokesperson" still counts


def _introduced_unnamed(tok: Token, office: frozenset[str], lex: RoleLexicon) -> bool:
    """Whether "a <noun>" of the same office is the subject of a clause shortly before ``tok``
    ("A spokesperson said ... . "...," the spokesperson said."): "the <noun>" points back to
    that unnamed person, not to someone named with the office further on."""
    doc = tok.doc
    for prev in doc[max(0, tok.i - _UNNAMED_REACH) : tok.i]:
        if prev.tag_ != "NN" or not (lex.office(prev.lower_) & office):
            continue
        if prev.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "the council wants a spokesperson who ...": no one has spoken
        det = next((c for c in prev.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("a", "an") and det.i >= prev.i - 3:
            return True
    return False


# -- pass 4: roles -----------------------------------------------------------------------------

_ROLE_HEAD_END = frozenset({"of", "to", "for", "at", "under", "in", "with", "who", "and", "from"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A role's words without the article, punctuation, preposition, adverb or relative
    "whose" in front of them ("for the next president", "also once a hopeful", "whose
    chairman")."""
    while start < end and (
        doc[start].is_punct
        or doc[start].dep_ == "det"
        or doc[start].tag_ == "WP$"
        or doc[start].is_space
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
        # a common plural, not a name's ("Sanders aide", "Rules Committee Chairman")
        if doc[i].tag_ == "NNS" and doc[i].text[:1].islower():
            return i + 1
    return start


def _role_before(name: Span, title: str, lex: RoleLexicon) -> tuple[str, list[Token]] | None:
    """Title words in front of the name that modify it: "Deputy Foreign Minister Jan Roe"."""
    doc = name.doc
    members = set(range(name.start, name.end))
    i = name.start - 1
    while i >= 0:
        tok = doc[i]
        # a hyphen inside a word ("Lokeren-Waas midfielder") is part of the role
        joined = tok.tag_ == "HYPH" and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        # and the word before that hyphen, whatever the parser calls it ("far" of "far-right";
        # not "then" of "then-Sen.", where the title stands on its own)
        prefix = (
            not tok.whitespace_
            and i + 1 in members
            and doc[i + 1].tag_ == "HYPH"
            and i + 2 < len(doc)
            and doc[i + 2].is_lower
        )
        if (
            (tok.dep_ in _MODIFIER_DEPS or joined or prefix)
            and tok.head.i in members
            and (joined or not tok.is_punct)
        ):
            members.add(i)
            i -= 1
            continue
        break
    start = i + 1
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
        ):
            e -= 1  # "Chief Minister Shri": the courtesy title is the name's, not the office's
        text = doc[s:e].text if s < e else ""
        tokens = list(doc[s:e])
        for k in range(s, e - 1):
            if (
                doc[k].is_lower
                and lex.role_class(doc[k].text)
                and doc[k + 1].is_title
                and not all(t.lower_ in lex.honorifics for t in doc[k + 1 : e])
            ):
                # two roles run together: "Political analyst Associate Professor Jan Roe"
                text = f"{doc[s : k + 1].text}, {doc[k + 1 : e].text}"
                break
    else:
        text, tokens = title, []
    if not text or not lex.classes_in(text) or text.isupper():
        return None
    if text[:1].isupper() or _lower_case_role(tokens, lex):
        return text, tokens
    return None


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
    last = tokens[-1].lower_
    two = f"{tokens[-2].lower_} {last}" if len(tokens) > 1 else ""
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
        holder = _role_holder(root.head, lex)
        inner = _role_in_object(root.head, lead, lex) if holder.i == root.head.i else None
        # a plural before the role noun names a group ("passengers, by the Minister X"); one
        # after it, when nothing else is left, is the role's own ("spokesman on utilities")
        for head, whole in ((root.head, True), (root.head, False), (holder, False)):
            s, e = _trim(doc, head.left_edge.i if inner is None else inner, lead)
            upto = e if whole else min(e, head.i + 1)
            s, e = _trim(doc, _after_plural(doc, _after_break(doc, s, e), upto), e)
            owned = s < e and doc[s].tag_ == "PRP$"
            if owned:
                s += 1  # "Her spokesman, Jan Roe,": the pronoun points elsewhere
            text = doc[s:e].text
            if s < e and e - s <= 15 and (lex.classes_in(text) or _named_kin(doc[s:e], lex)):
                return text, list(doc[s:e])
            if owned and _relation(doc[s:e], head):
                return text, list(doc[s:e])  # "Her son, Jan Roe,", "his longtime aide, ..."
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
        s, e = _trim(doc, child.left_edge.i, _before_relative(child))
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
    return _role_after_comma(name, lex)


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


def _kin_relation(span: Span, lex: RoleLexicon) -> tuple[str, str] | None:
    """The possessive and singular kinship noun that introduce a name ("her son, Jan Roe",
    "her eldest daughter, Ana Roe") or follow it ("Jan Roe, his widow,"), if any."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text == ",":
        i -= 1
    if i >= 1 and doc[i].lower_ in lex.kinship and doc[i].tag_ == "NN":
        for k in (i - 1, i - 2):
            if k >= 0 and doc[k].tag_ == "PRP$":
                return doc[k].lower_, doc[i].lower_
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
    has lived here for 30 years" gives "a waitress"), else at the end of the phrase."""
    relative = [c.left_edge.i for c in head.children if c.dep_ == "relcl" and c.i > head.i]
    return min(relative) if relative else head.right_edge.i + 1


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
    s, e = _trim(doc, i + 1, j)
    text = doc[s:e].text
    return (text, list(doc[s:e])) if s < e and lex.classes_in(text) else None


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
        found = _role_apposition(span, lex)
        if found is None or not lex.classes_in(found[0]):
            # a title before the name names an office; an apposition with no role noun in it
            # ("Councilwoman Jan Roe, the other no vote,") gives way to it
            found = _role_before(span, title, lex) or found
        if found and found[0] != cl.role:
            role, tokens = found
            head = " ".join(t.text for t in _office(_role_head(tokens))) if tokens else role
            cl.role = role
            cl.role_nouns = lex.nouns_in(head) | cl.role_nouns
            cl.role_classes = {lex.roles[n] for n in cl.role_nouns}
            cl.role_tags = _modifier_tags(_role_head(tokens), lex) | cl.role_tags
            for word in role.lower().split():
                cl.gender = cl.gender or lex.gendered.get(word, "")


def _affiliation(name: Span, lex: RoleLexicon) -> str | None:
    """The organisation a name is "of" ("Jan Roe of Velmar Securities said ..."): the name of
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
    return doc[start:end].text


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


def _assign_bylines(text: str, body: int, owner: dict[tuple[int, int], _Cluster]) -> None:
    """A writer the byline names ("By Jan Roe and Dana Doe") whom the text gives no role is
    shown as named there, so the reader tells the article's writers from the people in it."""
    for s, e in byline_names(text, body):
        for (ms, me), cl in owner.items():
            if ms < e and s < me and cl.role is None:
                cl.role = BYLINE_ROLE


# -- transcript labels -------------------------------------------------------------------------

LABELS_KEY = "cr_people.labels"
# a paragraph that opens (after an optional opening mark) with one to three upper-case words and
# a colon: a speaker's turn in an interview transcript ("ROE: Well, ...", '"MR. DOE: ...', "Q: ...")
_LABEL = re.compile(
    r"^[^\S\n]*(?:[\"“'‘][^\S\n]*)?"
    r"(?P<label>[A-Z][A-Z.'’-]*(?:[^\S\n]+[A-Z][A-Z.'’-]*){0,2})[^\S\n]*:[^\S\n]*(?=\S)",
    re.M,
)
_QA = frozenset({"Q", "A"})


@dataclass(frozen=True, slots=True)
class TranscriptTurn:
    """One speaker's turn in a transcript: the label, what follows it, and who the label names.

    ``paragraph`` runs from the paragraph's first character (an opening mark included) to its
    last non-space one; ``content`` is the paragraph after the label and colon.
    """

    label: tuple[int, int]
    content: tuple[int, int]
    paragraph: tuple[int, int]
    person: str | None


def _label_key(label: str, lex: RoleLexicon) -> str:
    """The label without a courtesy title or role word in front ("MR. DOE" -> "DOE")."""
    words = label.split()
    while len(words) > 1 and (words[0].lower() in lex.honorifics or lex.role_class(words[0])):
        words = words[1:]
    return " ".join(words)


def _raw_labels(text: str, body: int) -> list[tuple[re.Match[str], int]]:
    """Every paragraph that opens with an upper-case label and a colon, with its end offset."""
    out = []
    for m in _LABEL.finditer(text, body):
        label = m.group("label")
        if not any(c.isalpha() for c in label):
            continue
        nl = text.find("\n", m.end())
        end = len(text) if nl < 0 else nl
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        if end > m.end():
            out.append((m, end))
    return out


def _surname_index(clusters: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """Upper-cased surnames and full names -> the people who have them."""
    index: dict[str, list[_Cluster]] = {}
    for cl in clusters:
        keys = {n[-1].upper() for n in cl.names} | {" ".join(n).upper() for n in cl.names}
        keys |= {f"{n[0]} {n[-1]}".upper() for n in cl.names if len(n) > 1}
        for k in keys:
            if cl not in index.setdefault(k, []):
                index[k].append(cl)
    return index


def _continued(text: str, end: int, opener: str, label_starts: set[int]) -> int:
    """Where a turn that opens with a quotation mark ends: like any quote run over paragraphs,
    it goes on through the next paragraphs that open with the same mark and no label of their
    own, up to a stage direction in parentheses ('"(CROSSTALK)')."""
    if not opener:
        return end
    while True:
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        if (
            start >= len(text)
            or "\n" not in text[end:start]
            or text[start] != opener
            or text[start + 1 : start + 2] == "("
            or start in label_starts
            or start + 1 in label_starts
        ):
            return end
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        while text[end - 1].isspace():
            end -= 1


def transcript_turns(
    text: str,
    body: int,
    clusters: list[_Cluster],
    lex: RoleLexicon,
    owner: dict[tuple[int, int], _Cluster] | None = None,
) -> list[tuple[TranscriptTurn, _Cluster | None]]:
    """The paragraphs that are speaker turns of a transcript, with the person each label names.

    Upper-case words before a colon also open corrections, section tags and shouted headlines
    ("CORRECTION: ...", "VIDEO: ..."), so a label counts only when it names a person of the
    article (surname or full name, any case), is "Q"/"A", carries a courtesy title ("MR. DOE"),
    or - in an article where at least two different labels count - opens two or more turns.
    """
    raw = _raw_labels(text, body)
    if not raw:
        return []
    index = _surname_index(clusters)
    keys = [_label_key(m.group("label"), lex) for m, _ in raw]
    counts: dict[str, int] = {}
    for k in keys:
        last = k.split()[-1]
        counts[last] = counts.get(last, 0) + 1
    qa = sum(counts.get(k, 0) for k in _QA)
    strong: set[str] = set()
    weak: set[str] = set()
    for (m, _), k in zip(raw, keys, strict=True):
        titled = k != m.group("label")
        if k in index or k.split()[-1] in index or titled or (k in _QA and qa >= 2):
            strong.add(k)
        elif counts[k.split()[-1]] >= 2:
            weak.add(k)
    accepted = strong | weak if len({k.split()[-1] for k in strong | weak}) >= 2 else strong
    out = []
    label_starts = {r[0].start() for r in raw}
    for (m, end), k in zip(raw, keys, strict=True):
        if k not in accepted:
            continue
        people = index.get(k) or index.get(k.split()[-1]) or []
        cl = people[0] if len(people) == 1 and k not in _QA else None
        if k == "A":
            cl = _interviewee(text, m.start(), owner or {}, lex)
        para_start = text.rfind("\n", 0, m.start("label")) + 1
        while text[para_start].isspace():
            para_start += 1
        opener = text[para_start] if para_start < m.start("label") else ""
        end = _continued(text, end, opener, label_starts)
        if opener and text[end - 1] in "\"”’'" and end - 1 > m.end():
            end -= 1  # the mark that closes the turn is not part of the words
        turn = TranscriptTurn(
            label=m.span("label"),
            content=(m.end(), end),
            paragraph=(para_start, end),
            person=cl.id if cl is not None else None,
        )
        out.append((turn, cl))
    nexts: list[TranscriptTurn | None] = [t for t, _ in out[1:]] + [None] if out else []
    return [(_run_on(text, turn, nxt), cl) for (turn, cl), nxt in zip(out, nexts, strict=True)]


def _interviewee(
    text: str, at: int, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon
) -> _Cluster | None:
    """Who gives an "A:" answer: the one person named in the paragraph that introduces its
    question-and-answer section (the last one before it that is no "Q:" or "A:" turn), when
    that paragraph tells of an interview (``[interviews]`` in role_nouns.toml: "The Gazette
    asked Roe about the vote."). A byline or a headline introduces nothing; two people there,
    or none, leave the answers to no one named."""
    end = at
    while True:
        end = text.rfind("\n", 0, end)
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        label = _LABEL.match(text, start, end)
        if label is None or label.group("label") not in _QA:
            break
    paragraph = text[start:end]
    if is_heading(paragraph) or is_byline(paragraph):
        return None
    words = set(re.findall(r"[a-z&]+", paragraph.lower()))
    if words.isdisjoint(lex.interview_words):
        return None
    named = {id(cl): cl for (s, e), cl in owner.items() if start <= s and e <= end}
    return next(iter(named.values())) if len(named) == 1 else None


def _run_on(text: str, turn: TranscriptTurn, nxt: TranscriptTurn | None) -> TranscriptTurn:
    """A turn goes on over the lines between it and the next label, where no blank line comes
    between: archives that print one sentence a line split an answer into lines, only the
    first of which carries the label. A blank line ends the answer (in paragraphed text the
    writer's comment may come between two turns). Not after the last turn (the article's own
    text may follow the interview), not over a heading or a stage direction in parentheses,
    not over a line that names the speaker (the writer's narration: "Roe has led since May"),
    and not over more than ``RUN_ON_LINES`` lines."""
    if nxt is None:
        return turn
    gap_start, gap_end = turn.paragraph[1], nxt.paragraph[0]
    gap = text[gap_start:gap_end]
    if BLANK_LINE.search(gap):
        return turn  # a blank line ends the answer; the next paragraph may be the writer's
    paragraphs = [p for p in gap.split("\n") if p.strip()]
    if not paragraphs or len(paragraphs) > RUN_ON_LINES:
        return turn
    last = text[turn.label[0] : turn.label[1]].split()[-1]
    name = None if last in _QA else last.lower()  # "Q" and "A" name nobody
    for p in paragraphs:
        if is_heading(p) or _LABEL.match(p) or p.strip().lstrip("\"“'‘").startswith("("):
            return turn  # a heading, a label, a stage direction ("(CROSSTALK)")
        if name is not None and name in re.findall(r"[\w'’-]+", p.lower()):
            return turn
    end = gap_end
    while end > gap_start and text[end - 1].isspace():
        end -= 1
    if text[end - 1] in "\"“'‘":
        return turn  # the next turn's opening mark: keep the turns apart as they were
    return TranscriptTurn(turn.label, (turn.content[0], end), (turn.paragraph[0], end), turn.person)


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


# -- the component -----------------------------------------------------------------------------


@Language.factory("cr_people", assigns=["doc._.cr_people", "doc.spans"])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(common_nouns(nlp))


class PeopleFinder:
    """Finds the people a news text names and every mention of each; built once per pipeline
    with the lemmatizer's common nouns, which tell a capitalised "Turnout" from a surname."""

    def __init__(self, nouns: frozenset[str]) -> None:
        self.nouns = nouns

    def __call__(self, doc: Doc) -> Doc:
        return people_component(doc, self.nouns)


def people_component(doc: Doc, nouns: frozenset[str] = frozenset()) -> Doc:
    """Find the people a news text names and every mention of each."""
    lex = role_lexicon()
    text = text_of(doc)
    body = doc._.cr_body_start or 0
    labels = [m.span("label") for m, _ in _raw_labels(text, body)]
    cands = [c for c in _candidates(doc, lex, nouns) if not _is_label(c[0], labels)]
    people = _cluster(cands, lex)
    # roles of full names first: a title tells which of two Roes "President Roe" is
    _assign_roles(
        [(s, t, people.by_cand[i]) for i, (s, t, _) in enumerate(cands) if i in people.by_cand], lex
    )
    owner = _add_mentions(doc, cands, people, lex)
    _drop_outlet_names(people, owner, outlet_words(doc))
    clusters = [cl for cl in people.clusters if cl.names]
    turns = transcript_turns(text, body, clusters, lex, owner)
    for turn, cl in turns:
        if cl is not None:
            owner[turn.label] = cl
    doc.user_data[LABELS_KEY] = [t for t, _ in turns]
    singles = []
    for i, (name, title, _) in enumerate(cands):
        cl = owner.get((name.start_char, name.end_char))
        if i not in people.by_cand and cl is not None:
            singles.append((name, title, cl))
    _assign_roles(singles, lex)
    _assign_affiliations(cands, people.by_cand, owner, lex)
    _assign_bylines(text, body, owner)
    _role_noun_mentions(doc, owner, lex)
    _kin_mentions(doc, owner, lex)
    for cl in clusters:
        cl.gender = cl.gender or _name_gender(cl)
    spans: list[Span] = []
    for (s, e), cl in sorted(owner.items()):
        cl.mentions.append((s, e))
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            span._.cr_person_id = cl.id
            spans.append(span)
    found = [
        Person(id=cl.id, name=cl.name, role=cl.role, mentions=cl.mentions)
        for cl in clusters
        if cl.mentions
    ]
    doc._.cr_people = found
    doc.spans["cr_people"] = spans
    doc.user_data[GENDER_KEY] = {cl.id: cl.gender for cl in clusters if cl.gender}
    return doc
