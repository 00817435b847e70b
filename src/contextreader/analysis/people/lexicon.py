"""The word lists the people finder reads: roles and titles, first names.

``role_nouns.toml`` becomes a ``RoleLexicon`` (role nouns and their classes, honorifics,
kinship nouns, gendered words, offices, the nouns that introduce a thing, a place or a company,
...), checked when it loads so a typo in the data file fails loudly; ``first_names.toml`` gives
the first names of either gender, the soft hint ``first_name_genders`` gives when the text says
nothing about a person. Both load once (``role_lexicon()``, ``first_names()``). The quotes,
assertions and outlet components read the same lists from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from contextreader.data import DataFileError, read_toml


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    """Role nouns (with their class), honorifics (with gender) and non-person words."""

    roles: dict[str, str]
    honorifics: dict[str, str]
    gendered: dict[str, str]
    not_person: frozenset[str]
    suffixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()  # lower-case words inside a name: "de", "van", "bin"
    given_titles: frozenset[str] = frozenset()  # "duke": "Duke Snider" is a name
    hyphen_suffixes: frozenset[str] = frozenset()  # "ish": "Roe-ish" is no name
    surname_openers: frozenset[str] = frozenset()  # "ben", "di": open a surname, capitalised too
    # particles and surname_openers together: lower-case words that may stand in a name
    name_particles: frozenset[str] = frozenset()
    honorific_suffixes: frozenset[str] = frozenset()  # "ji", "san": "Modiji", "Tanaka-san"
    not_person_surnames: frozenset[str] = frozenset()  # "law", "day": a surname after a first name
    months: frozenset[str] = frozenset()  # "may": a first name that is a month ("May Day")
    place_heads: frozenset[str] = frozenset()  # "bay", "road": "Marrow Bay" is a place
    kinship: frozenset[str] = frozenset()
    familiar_kin: frozenset[str] = frozenset()  # "mum", "dad": alone, what a child calls them
    not_anaphoric: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()  # "storm", "ship": a name after one is a thing's
    place_nouns: frozenset[str] = frozenset()  # "village": "the village of X" names a place
    envoy_nouns: frozenset[str] = frozenset()  # "ambassador": "the ambassador to X", a country
    portfolio_nouns: frozenset[str] = frozenset()  # "ministry": "Ministry of X", X a portfolio
    place_openers: frozenset[str] = frozenset()  # "port", "mount": "Port Elsby" is a place
    street_heads: frozenset[str] = frozenset()  # "street", "road": may be named after a person
    street_prepositions: frozenset[str] = frozenset()  # "on": "on Abbey Terrace", a street
    # "residents in", "a crash at", "lives in": words a place's "in" / "at" hangs on
    located: frozenset[str] = frozenset()
    facility_heads: frozenset[str] = (
        frozenset()
    )  # "airport": "Kell Vale Airport", Kell Vale a place
    saints: frozenset[str] = frozenset()  # "st": "St Anne's Hospital" is a place, no person
    saint_places: frozenset[str] = frozenset()  # "hospital": what "St X's" may name
    body_nouns: frozenset[str] = frozenset()  # "group", "charity": "the group Open Ledger"
    state_titles: frozenset[str] = frozenset()  # "president": "Velm's President X", Velm a state
    people_words: frozenset[str] = frozenset()  # "ethnic": "the ethnic Velm minority", a people
    family_nouns: frozenset[str] = frozenset()  # "family", "clan": "the Roe family", no person
    animal_nouns: frozenset[str] = frozenset()  # "dog": "a dog named Rex", no person
    plain_people: frozenset[str] = frozenset()  # "man": "a man named Jan Roe" gives no role
    title_only: frozenset[str] = frozenset()  # "major": a role only as "Major Jan Roe"
    interview_words: frozenset[str] = frozenset()  # "asked", "interviewed": a Q&A follows
    sure_interview_words: frozenset[str] = frozenset()  # "interviewed": only an interview's
    label_titles: frozenset[str] = frozenset()  # "baroness": opens a label ("Baroness Roe: ...")
    lower_case_titles: frozenset[str] = frozenset()  # "hon.": "the hon. Member", no sentence end
    # role nouns that name one office however written ("sen." / "senator"), each to the set
    same_office: dict[str, frozenset[str]] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()  # "lawmaker": any role of its class
    trades: frozenset[str] = frozenset()  # "performer": "the singer and actor X" is one
    offices: frozenset[str] = frozenset()  # "legislator": "Sen. X, a blogger," stays "Sen."
    side_markers: frozenset[str] = frozenset()  # "former": "Sen. X, a former teacher," "Sen."
    side_classes: frozenset[str] = frozenset()  # "writer": "Sen. X, a blogger," stays "Sen."
    rank_words: frozenset[str] = frozenset()  # "deputy": "the deputy minister" is not the minister
    jurisdictions: frozenset[str] = frozenset()  # "district": "the district judge", that level
    serving_verbs: frozenset[str] = frozenset()  # "serve": "who serves as X" holds X now
    succeeding_verbs: frozenset[str] = frozenset()  # "succeed": "who succeeded her as X" holds X
    org_suffixes: frozenset[str] = frozenset()  # "Inc.", "& Co.": the name before is a company's
    state_bodies: frozenset[str] = frozenset()  # "authority": ends a body's name run into a name
    transport: frozenset[str] = frozenset()  # "Rail": a company's, but not after a first name
    org_nouns: frozenset[str] = frozenset()  # "shareholders": what a company has, not a person
    org_traded: frozenset[str] = frozenset()  # "shares": "shares of X" is a company's
    org_results: frozenset[str] = frozenset()  # "profits": what a company reports
    staff_titles: frozenset[str] = frozenset()  # "writer": "Times Staff Writer", a newsroom
    desks: frozenset[str] = frozenset()  # "correspondent": "Special Correspondent", a newsroom
    outlet_words: frozenset[str] = frozenset()  # "agency": "By Jan Roe, Harbour Press Agency"
    newsroom_titles: frozenset[str] = frozenset()  # "editor": "By Jan Roe, Health Editor"

    def office(self, noun: str) -> frozenset[str]:
        """Every written form of the office ``noun`` names ("senator" -> senator, sen., ...)."""
        return self.same_office.get(noun, frozenset({noun}))

    def role_class(self, words: str) -> str | None:
        key = words.lower()
        if key in self.title_only and words == key:
            return None  # "a major donor": the word in lower case is no rank
        return self.roles.get(key)

    def _listed(self, word: str) -> str:
        """``word`` in lower case as the role list holds it: with its stop where the list
        has the dotted abbreviation ("gen."), else without ("senator." ends a sentence)."""
        low = word.lower()
        return low if low in self.roles else low.strip(".")

    def classes_in(self, text: str) -> set[str]:
        """Classes of every role noun (one or two words) written in ``text``."""
        return {self.roles[n] for n in self.nouns_in(text)}

    def nouns_in(self, text: str) -> set[str]:
        """Every role noun (one or two words) written in ``text``, a two-word one taking the
        place of the one-word noun inside it ("vice president" is not also "president")."""
        # a title-only noun in lower case is another word ("a major donor"): no role there;
        # a dotted abbreviation is looked up with its stop ("Gen.": "gen", without it, is also
        # a first name), any other word without
        stripped = (w.strip(",") for w in text.split())
        words = ["" if w.strip(".") in self.title_only else self._listed(w) for w in stripped]
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
        raise DataFileError(f"{ROLE_FILE}: [{table}] {key} must be a list of lower-case words")
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
    ("named_things", "families"),
    ("named_things", "animals"),
    ("role_mentions", "jurisdictions"),
    ("role_mentions", "serving_verbs"),
    ("role_mentions", "succeeding_verbs"),
    ("role_mentions", "plain_people"),
    ("role_mentions", "title_only"),
)


def _word_table(raw: dict[str, Any], table: str, values: frozenset[str] | None) -> dict[str, str]:
    """``[table]``: lower-cased words mapped to strings (to one of ``values`` when given)."""
    section = raw.get(table, {})
    if not isinstance(section, dict) or not all(isinstance(v, str) for v in section.values()):
        raise DataFileError(f"{ROLE_FILE}: [{table}] must map words to strings")
    bad = sorted(v for v in section.values() if values is not None and v not in values)
    if bad:
        raise DataFileError(f"{ROLE_FILE}: [{table}] has unknown value(s) {bad}")
    return {str(k).lower(): v for k, v in section.items()}


def parse_role_lexicon(raw: dict[str, Any]) -> RoleLexicon:
    """Check the parsed ``role_nouns.toml`` and build the lexicon; raise ``ValueError`` naming
    the table at fault, so a slip in the hand-kept lists fails at load, not in a rule."""
    unknown = sorted(set(raw) - _ROLE_TABLES)
    if unknown:
        raise DataFileError(f"{ROLE_FILE}: unknown table(s) {unknown}")
    roles = _word_table(raw, "roles", None)
    if not roles or not all(roles.values()):
        raise DataFileError(f"{ROLE_FILE}: [roles] must map role nouns to non-empty classes")
    lexicon = RoleLexicon(
        roles=roles,
        honorifics=_word_table(raw, "honorifics", _GENDERS),
        gendered=_word_table(raw, "gendered", _GENDERS),
        not_person=frozenset(w.lower() for w in _word_list(raw, "not_person", "words")),
        suffixes=_word_list(raw, "name_parts", "suffixes"),
        particles=_word_list(raw, "name_parts", "particles"),
        given_titles=_word_list(raw, "name_parts", "given_titles"),
        hyphen_suffixes=_word_list(raw, "name_parts", "hyphen_suffixes"),
        surname_openers=_word_list(raw, "name_parts", "surname_openers"),
        name_particles=_word_list(raw, "name_parts", "particles")
        | _word_list(raw, "name_parts", "surname_openers"),
        honorific_suffixes=_word_list(raw, "name_parts", "honorific_suffixes"),
        not_person_surnames=_word_list(raw, "not_person", "surnames"),
        months=_word_list(raw, "not_person", "months"),
        place_heads=_word_list(raw, "named_things", "heads"),
        kinship=_word_list(raw, "kinship", "words"),
        familiar_kin=_word_list(raw, "kinship", "familiar"),
        not_anaphoric=_word_list(raw, "role_mentions", "not_anaphoric"),
        thing_nouns=_word_list(raw, "named_things", "nouns"),
        place_nouns=_word_list(raw, "named_things", "places"),
        envoy_nouns=_word_list(raw, "named_things", "envoys"),
        portfolio_nouns=_word_list(raw, "named_things", "portfolios"),
        place_openers=_word_list(raw, "named_things", "openers"),
        street_heads=_word_list(raw, "named_things", "streets"),
        street_prepositions=_word_list(raw, "named_things", "street_prepositions"),
        facility_heads=_word_list(raw, "named_things", "facilities"),
        saints=_word_list(raw, "named_things", "saints"),
        saint_places=_word_list(raw, "named_things", "saint_places"),
        located=_word_list(raw, "named_things", "located"),
        body_nouns=_word_list(raw, "named_things", "bodies"),
        state_titles=_word_list(raw, "named_things", "state_titles"),
        people_words=_word_list(raw, "named_things", "peoples"),
        family_nouns=_word_list(raw, "named_things", "families"),
        animal_nouns=_word_list(raw, "named_things", "animals"),
        plain_people=_word_list(raw, "role_mentions", "plain_people"),
        interview_words=_word_list(raw, "interviews", "words"),
        sure_interview_words=_word_list(raw, "interviews", "sure"),
        label_titles=_word_list(raw, "interviews", "label_titles"),
        lower_case_titles=_word_list(raw, "name_parts", "lower_case_titles"),
        same_office=_offices(raw, roles),
        generic=_known_roles(raw, "generic", roles),
        trades=_known_classes(raw, "trades", roles),
        offices=_known_classes(raw, "offices", roles),
        side_markers=_word_list(raw, "role_mentions", "side_markers"),
        side_classes=_known_classes(raw, "side_classes", roles),
        title_only=_known_roles(raw, "title_only", roles),
        rank_words=_word_list(raw, "role_mentions", "rank_words"),
        jurisdictions=_word_list(raw, "role_mentions", "jurisdictions"),
        serving_verbs=_word_list(raw, "role_mentions", "serving_verbs"),
        succeeding_verbs=_word_list(raw, "role_mentions", "succeeding_verbs"),
        org_suffixes=_word_list(raw, "organisations", "suffixes")
        | _word_list(raw, "organisations", "transport"),
        transport=_word_list(raw, "organisations", "transport"),
        state_bodies=_word_list(raw, "organisations", "state_bodies"),
        org_nouns=_word_list(raw, "organisations", "nouns"),
        org_traded=_word_list(raw, "organisations", "traded"),
        org_results=_word_list(raw, "organisations", "results"),
        staff_titles=_word_list(raw, "bylines", "staff_titles"),
        desks=_word_list(raw, "bylines", "desks"),
        outlet_words=_word_list(raw, "bylines", "outlet_words"),
        newsroom_titles=_word_list(raw, "bylines", "newsroom_titles"),
    )
    for table, key in _REQUIRED_LISTS:
        if not _word_list(raw, table, key):
            raise DataFileError(f"{ROLE_FILE}: [{table}] {key} is required and must not be empty")
    return lexicon


def _known_roles(raw: dict[str, Any], key: str, roles: dict[str, str]) -> frozenset[str]:
    """``[role_mentions] key``: role nouns that ``[roles]`` lists."""
    words = _word_list(raw, "role_mentions", key)
    unknown = sorted(words - set(roles))
    if unknown:
        raise DataFileError(
            f"{ROLE_FILE}: [role_mentions] {key} has words not in [roles]: {unknown}"
        )
    return words


def _known_classes(raw: dict[str, Any], key: str, roles: dict[str, str]) -> frozenset[str]:
    """``[role_mentions] key``: classes that ``[roles]`` gives its nouns."""
    words = _word_list(raw, "role_mentions", key)
    unknown = sorted(words - set(roles.values()))
    if unknown:
        raise DataFileError(
            f"{ROLE_FILE}: [role_mentions] {key} has classes not in [roles]: {unknown}"
        )
    return words


def _offices(raw: dict[str, Any], roles: dict[str, str]) -> dict[str, frozenset[str]]:
    """``[role_mentions] same_office``: groups of role nouns of one class naming one office."""
    section = raw.get("role_mentions", {})
    groups = section.get("same_office", []) if isinstance(section, dict) else None
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and g and all(isinstance(w, str) and w in roles for w in g)
        for g in groups
    ):
        raise DataFileError(
            f"{ROLE_FILE}: [role_mentions] same_office must list groups of role nouns"
        )
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        if len({roles[w] for w in group}) != 1:
            raise DataFileError(f"{ROLE_FILE}: [role_mentions] same_office mixes classes: {group}")
        for w in group:
            out[w] = out.get(w, frozenset()) | frozenset(group)
    return out


@cache
def role_lexicon() -> RoleLexicon:
    """Load and check ``role_nouns.toml`` once."""
    return parse_role_lexicon(read_toml(ROLE_FILE))


NAMES_FILE = "first_names.toml"


_NAME_LISTS = ("male", "female")


def _name_list(raw: dict[str, Any], key: str, table: str) -> frozenset[str]:
    names = raw.get(key, [])
    ok = isinstance(names, list) and all(isinstance(n, str) and n[:1].isupper() for n in names)
    if not ok:
        raise DataFileError(f"{NAMES_FILE}: {table}{key} must list capitalised names")
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
        raise DataFileError(f"{NAMES_FILE}: male and female must not be empty")
    curated = raw.get("curated", {})
    if not isinstance(curated, dict):
        raise DataFileError(f"{NAMES_FILE}: [curated] must be a table")
    unknown = sorted(set(raw) - {*_NAME_LISTS, "curated"}) + sorted(
        f"curated.{k}" for k in set(curated) - {*_NAME_LISTS, "unisex"}
    )
    if unknown:
        raise DataFileError(f"{NAMES_FILE}: unknown key(s) {unknown}")
    added = {g: _name_list(curated, g, "[curated] ") for g in (*_NAME_LISTS, "unisex")}
    known = census["male"] | census["female"]
    for a, b in (("male", "female"), ("male", "unisex"), ("female", "unisex")):
        if both := sorted(added[a] & added[b]):
            raise DataFileError(f"{NAMES_FILE}: [curated] {a} and {b} both list {both[:5]}")
    for g in _NAME_LISTS:
        if again := sorted(added[g] & known):
            raise DataFileError(f"{NAMES_FILE}: [curated] {g} repeats census names {again[:5]}")
    if stray := sorted(added["unisex"] - known):
        raise DataFileError(f"{NAMES_FILE}: [curated] unisex names no census name: {stray[:5]}")
    return {g: census[g] | added[g] for g in _NAME_LISTS} | {"unisex": added["unisex"]}


@cache
def _first_name_lists() -> dict[str, frozenset[str]]:
    return parse_first_names(read_toml(NAMES_FILE))


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
def third_person_pronouns() -> frozenset[str]:
    """The personal pronouns that tell of one man or woman (pronouns.toml: he, her, his ...)."""
    # imported here: the quotes package imports the people package when it loads
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    return frozenset(w for w, g in cue_lexicon().pronouns.items() if g in ("male", "female"))


@cache
def first_names() -> frozenset[str]:
    """Every first name ``first_names.toml`` lists, of either gender."""
    lists = _first_name_lists()
    return lists["male"] | lists["female"]


VARIANTS_FILE = "given_name_variants.toml"


def parse_name_variants(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Check the parsed ``given_name_variants.toml`` and build {name: the full names it may be
    written for}: a full name stands for itself, a short form for every full name that lists
    it. Raise ``ValueError`` naming the entry at fault."""
    table = raw.get("variants")
    if not isinstance(table, dict) or not table or set(raw) != {"variants"}:
        raise DataFileError(f"{VARIANTS_FILE}: one table [variants] of names")
    out: dict[str, set[str]] = {}
    for full, forms in table.items():
        ok = isinstance(forms, list) and forms and full[:1].isupper()
        if not ok or not all(isinstance(f, str) and f[:1].isupper() and f != full for f in forms):
            raise DataFileError(f"{VARIANTS_FILE}: {full} must list capitalised short forms")
        for name in (full, *forms):
            out.setdefault(name, set()).add(full)
    return {name: frozenset(fulls) for name, fulls in out.items()}


@cache
def _name_variants() -> dict[str, frozenset[str]]:
    return parse_name_variants(read_toml(VARIANTS_FILE))


def name_variants(first: str, other: str) -> bool:
    """Whether one of two given names is a short form of the other ("Danny" and "Daniel"), by
    ``given_name_variants.toml``. Two short forms are not ("Bill" and "Billy"): they may be
    two people named after one another."""
    table = _name_variants()
    if first == other:
        return False
    return first in table.get(other, frozenset()) or other in table.get(first, frozenset())


def firm_suffix(words: Sequence[str], lex: RoleLexicon) -> bool:
    """The name ``words`` (as written) ends in a company's word ("Velora Labs", "Northline
    Rail"). A transport word after a known first name ("Ann Rail", "Tom Ferries") is a
    person's surname: operators are named for places and routes, not first names."""
    if len(words) < 2 or words[-1].lower() not in lex.org_suffixes:
        return False
    return not (
        len(words) == 2 and words[-1].lower() in lex.transport and words[0] in first_names()
    )


def run_in_body(doc: Doc, i: int, lex: RoleLexicon) -> int | None:
    """Where a body's name that opens at token ``i`` ends, when a person's name runs straight
    into it and on into the person's role, with no comma or "of" between ("Jan Roe | Harbour
    Ethics Commission | spokesman said"): capitalised words, joined by hyphens or not, whose
    last is a word that makes an organisation (``[not_person]`` words, company suffixes,
    ``[organisations] state_bodies``),
    then a role noun in lower case that no name follows. The body's name has two words or
    more: one alone ("Jan Roe Foundation") may be named after the person. None when the words
    after ``i`` are no such name."""
    if i <= 0 or i >= len(doc) or not doc[i - 1].whitespace_:
        return None  # inside a hyphenated word ("Roe-Diaz")
    j = i
    while j < len(doc) and j - i < _RUN_IN_LIMIT:
        tok = doc[j]
        joined = tok.text == "-" and not tok.whitespace_ and not doc[j - 1].whitespace_
        if not (joined or (tok.is_alpha and tok.text[:1].isupper())):
            break
        j += 1
    words = [t for t in doc[i:j] if t.text != "-"]
    if len(words) < 2 or j >= len(doc) or doc[j - 1].text == "-":
        return None  # one word ("Jan Roe Foundation") may name the body after the person
    last, role = doc[j - 1].lower_, doc[j]
    if last not in lex.not_person and last not in lex.org_suffixes | lex.state_bodies:
        return None
    if not role.is_lower or lex.role_class(role.text) is None:
        return None
    after = doc[role.i + 1] if role.i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.tag_ in ("NNP", "NNPS"):
        return None  # the role opens another name: "Roe Ethics Council chair Ann Lee"
    return j


_RUN_IN_LIMIT = 8  # tokens of a body's name run into a person's: "Anti - Graft Commission"


# nouns that, with a name set beside them, give the name someone goes by ("her first name, X")
NAME_NOUNS = frozenset({"name", "surname", "nickname"})
