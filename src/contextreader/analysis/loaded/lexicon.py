"""The loaded-terms lexicon: read ``data/loaded_terms.toml``, check every entry, cache the result.

The lexicon is data a person curates by hand, so a mistake in it must fail loudly and say where it
is: ``LexiconError`` names the category and the entry (its term and position) and what is wrong.
The component (``loaded/component.py``) only ever sees a validated ``Lexicon``.

File layout (see the comments at the top of the TOML file)::

    [context]                       # word lists the context rules use
    history = ["king", ...]         # a past society's ranks: "a vassal of the king" is plain
    periods = ["century"]           # spans of time an ordinal dates: "20th-century dictators"
    bygone = ["last", ...]          # words for the period before this one: "the last century"
    legal = ["court", ...]          # court and crime reporting: "alleged" is the legal caution
    contested = ["deny", ...]       # a sentence with one of these frames its matter as disputed
    affirming = ["no doubt", ...]   # phrases whose doubt word affirms ("no doubt"): not disputes
    mention = ["word", ...]         # nouns and verbs that name or define a word: a mention
    signify = ["mean", ...]         # verbs whose subject is a word: "'zealotry' means ..."
    naming = ["call", ...]          # words that introduce a name or a term, not a scare quote
    name_origins = ["because", ...] # after a bare "so-called": "so-called because of its springs"
    people = ["man", ...]           # nouns for people: a name-calling label applies to them
    camps = ["progressive", ...]    # words naming a political or religious camp of people
    neg_raisers = ["think", ...]    # "I don't think it is absurd": the denial reaches the clause
    inference = ["mean", ...]       # "does not mean it is doomed": the clause is not asserted
    rejections = ["no", ...]        # answers rejecting a question's verdict: "Is it bad? No."
    outbids = ["worse", ...]        # an answer outbidding the verdict it rejects: "No, worse."
    go_betweens = ["lawyer", ...]   # role classes speaking for another: "the lawyer said she ..."
    official = ["designate", ...]   # an official act applying a label: "designated terrorists"
    official_verbs = ["jail", ...]  # of those, only as a verb, in a compound or with a target
    hazards = ["storm", ...]        # natural hazards: "the storm ravaged the coast" is plain
    hazard_figures = ["under", ...] # before a hazard word, make it a figure: "came under fire"
    casualties = ["kill", ...]      # deaths and injuries: "the carnage" beside them is literal
    terror = ["terrorism", ...]     # terrorism: "extremists" beside it is the security term
    computing = ["server", ...]     # computers: "hack" beside them is a break-in, not a person
    allegiances = ["political", ...]  # a person's camp or field: "a political hack" still marked
    deciding = ["agree", ...]       # verbs of settling who counts: "agree on who is a traitor"
    claimed_goods = ["peace", ...]  # with a noun of measures ("plan", ...) after "so-called":
    measures = ["plan", ...]        # "so-called peace plan" questions the benefit, not a name
    claimed_qualities = ["fair", ...]  # adjectives of a benefit: "so-called affordable living plan"
    criticised = ["decision", ...]  # what a verb of attack criticises: "slammed the decision"
    remarks = ["boast", ...]        # nouns that sum up a statement: 'said X, an absurd boast'
    animals = ["dog", ...]          # labels that also name animals people keep: "her dog" is a pet
    animal_care = ["walk", ...]     # verbs done to a kept animal: "walks the dog", "fed the pigs"
    animal_kinds = ["shop", ...]    # nouns that make an animal word a kind: "the shop dog"
    plurals = ["person people", ...]  # irregular plurals for fitting alternatives to a match
    verb_forms = ["run ran run", ...]  # irregular verbs the lemmatizer's tables get wrong
    advice = ["describe", ...]      # first words of an alternative that is advice, not a wording
    captors = ["hold", ...]         # verbs of holding someone hostage: "held the budget hostage"
    captives = ["economy", ...]     # things, not people, that a figure of speech holds hostage
    prospects = ["career", ...]     # what someone has to lose ("of-prospects"): "ruined his career"
    wanting = ["want", ...]         # verbs of wanting: "it is clear that X wanted to ..." infers
    attitudes = ["oppose", ...]     # verbs of attitude an adverb of force may colour ("attitude")
    likening = ["compare", ...]     # verbs that liken: "compared the banker to a puppet master"
    presenting = ["point", ...]     # verbs whose "as" phrase is a judgement: "pointed to X as Y"
    handling = ["treat"]            # verbs whose "as" phrase labels only in an agentless passive
    purporting = ["purport", ...]   # verbs whose infinitive is the subject's claim about itself
    stances = ["position", ...]     # nouns of a held view whose "that" clause is the holder's
    depictions = ["picture", ...]   # what a verb of labelling paints: "painted a picture of X"
    comments = ["sadly", ...]       # adverbs of the writer's comment on the news ("tragically")
    moving = ["embarrass", ...]     # verbs of causing a feeling: "embarrassing the senator"
    debunking = ["myth", ...]      # nouns that debunk a term: 'so-called X, a myth ...'
    sizes = ["whopping", ...]       # adjectives of size that grade a figure: "a whopping £400,000"
    matters = ["blame", ...]        # verbs of saying whose object is what the speaker says
    grounds = ["over", ...]         # prepositions of what a headline's "Roe Slammed Over X" is for
    seeming = ["seem"]              # verbs whose "to" phrase holds the view: "seemed, to some, X"
    linking = ["be", ...]           # verbs that link a subject to a judgement: "For X, Y was Z"
    linking_preps = ["to", ...]     # prepositions that open such a judgement: "amounted to Z"
    hype = ["game-changer", ...]    # puffery terms marked in a speaker's quoted words too
    difficulty = ["hard", ...]      # words of difficulty: "notoriously hard to treat"
    fortunes = ["anxiety", ...]     # feelings, misfortunes, fortune: "terrible anxiety"
    turns = ["twist", ...]          # fortunes an act may be behind: "the policy's cruel outcome"
    plights = ["position", ...]     # spots one is in, after "in": "in a terrible position"
    sweeping = ["everyone", ...]    # all or many people at once: "everyone was shocked"
    multitudes = ["dozens", ...]    # words of many that count people: "dozens were killed"
    populations = ["tribe", ...]    # peoples: "annihilated whole peoples" is a mass killing
    counted_persons = ["people"]    # people as such, only when counted: "millions of people"
    bereavements = ["loss"]         # turns whose possessive is who suffered: "her cruel loss"
    lives = ["life"]                # what a bereavement loses: "the tragic loss of life"
    violent_acts = ["shooting", ...]  # acts of violence: "the horrific shooting" is plain
    acts = ["attack", ...]          # acts that are violent with a violent word: "a deadly attack"
    violent_markers = ["deadly", ...]  # words that make an act violent: "a violent action"
    moral_verdicts = ["cruel"]      # judge who acted, so marked even of violence: "a cruel raid"
    sites = ["market", ...]         # places violence is done to: "the bombing of the market"
    stereotypes = ["stereotype", ...]  # nouns whose "that" clause names a prejudice (mentions)
    upholding = ["defend", "true", ...]  # take a stereotype up: "defended the stereotype that"
    denying = ["deny", ...]         # verbs holding their clause false: "denies it was a genocide"
    unhesitating = ["hesitate", ...]  # denied, affirm their "to" verb: "never hesitated to call"
    permitted = ["fair", ...]       # denied, forbid the label: "not acceptable to call them X"
    forbidden = ["wrong", ...]      # forbid the label as they stand: "wrong to call them X"
    holding = ["believe", ...]      # verbs of others' view of the speaker: "they say I'm a crook"
    asking = ["question", ...]      # nouns that list questions asked: "the questions: are you ...?"
    vehicles = ["car", ...]         # what a hijacker seizes or a driver loses: "the bus hijack"
    adverts = ["ad", ...]           # made to promote: "the brochure touts the views" is its job
    regimes = ["regime", ...]       # nouns of a system of rule: "the Soviet totalitarian regime"
    regime_names = ["soviet", ...]  # names of regimes political science classes (same rule)

    [[category]]
    name = "contentious label"      # one of CATEGORIES
    entries = [
      { term = "thug", pos = ["NOUN"], note = "...", alternative = "..." },
    ]

Entry keys: ``term`` (lemma or multi-word phrase, lower case), ``note`` (one line, why the word
colours the text), optional ``alternative`` (a more neutral wording), ``pos`` (universal POS tags
the match is restricted to), ``match`` ("lemma", the default, matches inflections; "form"
matches only ``term`` and ``forms`` as written), ``forms`` (extra surface forms), ``unless_prev`` /
``unless_next`` (lemmas that, right before / after the term, also across a hyphen, mark a neutral
or technical sense),
``capital`` (true for a word written with a capital because it is made from a name, such as
"Orwellian": the capital does not make it part of a name), ``compound`` (true for a word
matched only as the second half of a hyphened compound: "-hating" in "Trump-hating"), ``split``
(true for a two-word verb and particle that takes an object between them: "rammed the budget
through" for "ram through"), ``rule``
(a context rule in ``loaded/rules/`` that decides each match: "so-called", "alleged", "claims",
"saying", "disputed-saying", "stance", "label", "mass", "threat", "unnamed", "amplified",
"not-legal", "countable", "ironic", "participle", "figurative", "modifier", "forced",
"captive", "label-not-official", "predicate", "attacking", "attitude",
"not-of-a-thing", "not-historical", "abstract-object", "of-prospects", "not-a-mood",
"not-a-doubter", "not-a-role", "not-a-hard-thing"). An
``unless_next`` item of two words or more ("not to") matches the words right after the term in
turn, and an ``unless_prev`` one ("gloom and") the words right before it.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from contextreader.analysis.people.lexicon import ROLE_FILE, role_lexicon
from contextreader.data import DataFileError

LEXICON_FILE = "loaded_terms.toml"

# category name -> what it groups; the names are what reports show as LoadedTerm.category
CATEGORIES: dict[str, str] = {
    "contentious label": "labels and name-calling that pass a verdict on a person, group or act",
    "expression of doubt": "words that cast doubt on a claim without saying why",
    "loaded verb of saying": "verbs of saying that hint how to judge the speaker or statement",
    "editorializing": "adverbs and phrases that insert the writer's own judgement",
    "puffery": "praise or promotion presented as description",
    "euphemism": "mild words that soften something harsh or contested",
    "exaggeration": "intensifiers and overstatement that raise the temperature",
    "fear and threat": "words that frame a matter as danger, attack or catastrophe",
    "scare quotes": "quotation marks around a word nobody is being quoted as saying",
}

# Universal POS tags an entry may restrict itself to
POS_TAGS = frozenset(
    {"ADJ", "ADV", "NOUN", "PROPN", "VERB", "AUX", "INTJ", "ADP", "PRON", "DET", "NUM", "X"}
)
MATCH_MODES = frozenset({"lemma", "form"})
ENTRY_KEYS = frozenset(
    {
        "term",
        "note",
        "alternative",
        "pos",
        "match",
        "forms",
        "unless_prev",
        "unless_next",
        "rule",
        "capital",
        "compound",
        "split",
    }
)
# context rules an entry may hand its matches to (implemented in rules/, see ``rules.RULES``)
RULES = frozenset(
    {
        "so-called",
        "alleged",
        "claims",
        "saying",
        "disputed-saying",
        "stance",
        "label",
        "mass",
        "threat",
        "unnamed",
        "amplified",
        "not-legal",
        "countable",
        "participle",
        "ironic",
        "figurative",
        "modifier",
        "forced",
        "captive",
        "label-not-official",
        "predicate",
        "attacking",
        "invented",
        "promotional",
        "not-a-people",
        "attitude",
        "not-of-a-thing",
        "not-historical",
        "abstract-object",
        "of-prospects",
        "not-a-mood",
        "not-a-doubter",
        "not-a-role",
        "not-a-hard-thing",
        "not-of-killings",
        "not-of-nature",
        "not-of-peoples",
        "not-of-terror",
        "not-of-computers",
        "not-of-fortune",
        "not-a-reaction",
        "not-a-work",
        "not-a-manner",
        "not-a-named-regime",
        "not-of-violence",
        "not-of-a-vehicle",
        "not-by-an-advert",
    }
)
# the [context] keys that hold a line of text, not a word list: the note on scare quotes in
# the outlet's words, the note on those inside a speaker's words, and the alternative to both
NOTE_KEY, SPEAKER_NOTE_KEY, ALTERNATIVE_KEY = (
    "scare_quote_note",
    "scare_quote_note_speaker",
    "scare_quote_alternative",
)
TEXT_KEYS = frozenset({NOTE_KEY, SPEAKER_NOTE_KEY, ALTERNATIVE_KEY})
CONTEXT_KEYS = frozenset(
    {
        "history",
        "periods",
        "bygone",
        "legal",
        "contested",
        "affirming",
        "mention",
        "signify",
        "naming",
        "name_origins",
        "people",
        "collectives",
        "camps",
        "neg_raisers",
        "inference",
        "rejections",
        "outbids",
        "go_betweens",
        "official",
        "official_verbs",
        "hazards",
        "hazard_figures",
        "casualties",
        "terror",
        "computing",
        "allegiances",
        "deciding",
        "claimed_goods",
        "measures",
        "claimed_qualities",
        "criticised",
        "remarks",
        "labelling",
        "endorsing",
        "animals",
        "animal_care",
        "animal_kinds",
        "plurals",
        "verb_forms",
        "advice",
        "captors",
        "captives",
        "prospects",
        "condemning",
        "accounts",
        "charges",
        "products",
        "wanting",
        "attitudes",
        "likening",
        "presenting",
        "handling",
        "purporting",
        "stances",
        "depictions",
        "comments",
        "moving",
        "works",
        "manners",
        "regimes",
        "regime_names",
        "outlooks",
        "outlook_verbs",
        "debunking",
        "sizes",
        "matters",
        "grounds",
        "seeming",
        "linking",
        "linking_preps",
        "hype",
        "difficulty",
        "fortunes",
        "turns",
        "plights",
        "sweeping",
        "multitudes",
        "populations",
        "counted_persons",
        "bereavements",
        "lives",
        "violent_acts",
        "acts",
        "violent_markers",
        "moral_verdicts",
        "sites",
        "stereotypes",
        "upholding",
        "denying",
        "unhesitating",
        "permitted",
        "forbidden",
        "holding",
        "asking",
        "vehicles",
        "adverts",
        *TEXT_KEYS,
    }
)


class LexiconError(DataFileError):
    """The lexicon file is invalid; the message names the entry and the problem."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One curated loaded term."""

    term: str
    category: str
    note: str
    alternative: str | None = None
    pos: frozenset[str] = frozenset()
    match: str = "lemma"
    forms: tuple[str, ...] = ()
    unless_prev: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()
    rule: str = "lexicon"
    capital: bool = False
    compound: bool = False
    split: bool = False

    @property
    def key(self) -> str:
        """The id the matcher uses for this entry (unique: duplicates are rejected)."""
        return f"{self.term}|{','.join(sorted(self.pos))}"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The validated entries and the ``[context]`` word lists the context rules read."""

    entries: tuple[Entry, ...]
    history: frozenset[str] = field(default_factory=frozenset)
    periods: frozenset[str] = field(default_factory=frozenset)
    bygone: frozenset[str] = field(default_factory=frozenset)
    legal: frozenset[str] = field(default_factory=frozenset)
    contested: frozenset[str] = field(default_factory=frozenset)
    affirming: frozenset[str] = field(default_factory=frozenset)
    mention: frozenset[str] = field(default_factory=frozenset)
    signify: frozenset[str] = field(default_factory=frozenset)
    naming: frozenset[str] = field(default_factory=frozenset)
    name_origins: frozenset[str] = field(default_factory=frozenset)
    people: frozenset[str] = field(default_factory=frozenset)
    terror: frozenset[str] = field(default_factory=frozenset)
    computing: frozenset[str] = field(default_factory=frozenset)
    allegiances: frozenset[str] = field(default_factory=frozenset)
    collectives: frozenset[str] = field(default_factory=frozenset)
    camps: frozenset[str] = field(default_factory=frozenset)
    neg_raisers: frozenset[str] = field(default_factory=frozenset)
    inference: frozenset[str] = field(default_factory=frozenset)
    rejections: frozenset[str] = field(default_factory=frozenset)
    outbids: frozenset[str] = field(default_factory=frozenset)
    go_betweens: frozenset[str] = field(default_factory=frozenset)
    official: frozenset[str] = field(default_factory=frozenset)
    official_verbs: frozenset[str] = field(default_factory=frozenset)
    hazards: frozenset[str] = field(default_factory=frozenset)
    hazard_figures: frozenset[str] = field(default_factory=frozenset)
    casualties: frozenset[str] = field(default_factory=frozenset)
    deciding: frozenset[str] = field(default_factory=frozenset)
    claimed_goods: frozenset[str] = field(default_factory=frozenset)
    measures: frozenset[str] = field(default_factory=frozenset)
    claimed_qualities: frozenset[str] = field(default_factory=frozenset)
    criticised: frozenset[str] = field(default_factory=frozenset)
    remarks: frozenset[str] = field(default_factory=frozenset)
    labelling: frozenset[str] = field(default_factory=frozenset)
    endorsing: frozenset[str] = field(default_factory=frozenset)
    animals: frozenset[str] = field(default_factory=frozenset)
    animal_care: frozenset[str] = field(default_factory=frozenset)
    animal_kinds: frozenset[str] = field(default_factory=frozenset)
    plurals: frozenset[str] = field(default_factory=frozenset)
    verb_forms: frozenset[str] = field(default_factory=frozenset)
    advice: frozenset[str] = field(default_factory=frozenset)
    captors: frozenset[str] = field(default_factory=frozenset)
    captives: frozenset[str] = field(default_factory=frozenset)
    prospects: frozenset[str] = field(default_factory=frozenset)
    condemning: frozenset[str] = field(default_factory=frozenset)
    accounts: frozenset[str] = field(default_factory=frozenset)
    charges: frozenset[str] = field(default_factory=frozenset)
    products: frozenset[str] = field(default_factory=frozenset)
    wanting: frozenset[str] = field(default_factory=frozenset)
    attitudes: frozenset[str] = field(default_factory=frozenset)
    likening: frozenset[str] = field(default_factory=frozenset)
    presenting: frozenset[str] = field(default_factory=frozenset)
    handling: frozenset[str] = field(default_factory=frozenset)
    purporting: frozenset[str] = field(default_factory=frozenset)
    stances: frozenset[str] = field(default_factory=frozenset)
    depictions: frozenset[str] = field(default_factory=frozenset)
    comments: frozenset[str] = field(default_factory=frozenset)
    moving: frozenset[str] = field(default_factory=frozenset)
    works: frozenset[str] = field(default_factory=frozenset)
    manners: frozenset[str] = field(default_factory=frozenset)
    regimes: frozenset[str] = field(default_factory=frozenset)
    regime_names: frozenset[str] = field(default_factory=frozenset)
    outlooks: frozenset[str] = field(default_factory=frozenset)
    outlook_verbs: frozenset[str] = field(default_factory=frozenset)
    debunking: frozenset[str] = field(default_factory=frozenset)
    sizes: frozenset[str] = field(default_factory=frozenset)
    matters: frozenset[str] = field(default_factory=frozenset)
    grounds: frozenset[str] = field(default_factory=frozenset)
    seeming: frozenset[str] = field(default_factory=frozenset)
    linking: frozenset[str] = field(default_factory=frozenset)
    linking_preps: frozenset[str] = field(default_factory=frozenset)
    hype: frozenset[str] = field(default_factory=frozenset)
    difficulty: frozenset[str] = field(default_factory=frozenset)
    fortunes: frozenset[str] = field(default_factory=frozenset)
    turns: frozenset[str] = field(default_factory=frozenset)
    plights: frozenset[str] = field(default_factory=frozenset)
    sweeping: frozenset[str] = field(default_factory=frozenset)
    multitudes: frozenset[str] = field(default_factory=frozenset)
    populations: frozenset[str] = field(default_factory=frozenset)
    counted_persons: frozenset[str] = field(default_factory=frozenset)  # "millions of people"
    bereavements: frozenset[str] = field(default_factory=frozenset)
    lives: frozenset[str] = field(default_factory=frozenset)
    violent_acts: frozenset[str] = field(default_factory=frozenset)
    acts: frozenset[str] = field(default_factory=frozenset)
    violent_markers: frozenset[str] = field(default_factory=frozenset)
    moral_verdicts: frozenset[str] = field(default_factory=frozenset)
    sites: frozenset[str] = field(default_factory=frozenset)
    stereotypes: frozenset[str] = field(default_factory=frozenset)
    upholding: frozenset[str] = field(default_factory=frozenset)
    denying: frozenset[str] = field(default_factory=frozenset)
    unhesitating: frozenset[str] = field(default_factory=frozenset)
    permitted: frozenset[str] = field(default_factory=frozenset)
    forbidden: frozenset[str] = field(default_factory=frozenset)
    holding: frozenset[str] = field(default_factory=frozenset)
    asking: frozenset[str] = field(default_factory=frozenset)
    vehicles: frozenset[str] = field(default_factory=frozenset)
    adverts: frozenset[str] = field(default_factory=frozenset)
    scare_quote_note: str = ""
    scare_quote_note_speaker: str = ""
    scare_quote_alternative: str = ""
    # every entry's term as written ("gravy train"), filled once from the entries
    terms: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "terms", frozenset(e.term for e in self.entries))

    @property
    def plural_of(self) -> dict[str, str]:
        """Irregular plurals by singular ("person" -> "people"), from the ``plurals`` pairs."""
        return {one: many for one, many in (pair.split() for pair in self.plurals)}

    @property
    def forms_of(self) -> dict[str, tuple[str, str]]:
        """Past and past participle of irregular verbs by base form ("run" -> ran, run), from
        the ``verb_forms`` triples."""
        return {base: (past, part) for base, past, part in (t.split() for t in self.verb_forms)}

    def by_key(self) -> dict[str, Entry]:
        """Entries by ``Entry.key``, for looking up what a match stands for."""
        return {e.key: e for e in self.entries}


def _where(category: str, index: int, raw: Any) -> str:
    term = raw.get("term") if isinstance(raw, dict) else None
    return f"{LEXICON_FILE}: category '{category}', entry {index + 1} ({term!r})"


def _text(raw: dict[str, Any], key: str, where: str, required: bool) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise LexiconError(f"{where}: missing '{key}'")
        return None
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{where}: '{key}' must be a non-empty string")
    if "\n" in value:
        raise LexiconError(f"{where}: '{key}' must be one line")
    return value.strip()


def _words(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: '{key}' must be a list of non-empty strings")
    if any(v != v.lower() for v in value):
        raise LexiconError(f"{where}: '{key}' must be lower case")
    return tuple(v.strip() for v in value)


def parse_entry(raw: Any, category: str, index: int) -> Entry:
    """Check one raw TOML entry and turn it into an ``Entry``."""
    where = _where(category, index, raw)
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: an entry must be a table")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
    term = _text(raw, "term", where, required=True)
    note = _text(raw, "note", where, required=True)
    assert term is not None and note is not None
    if term != term.lower():
        raise LexiconError(f"{where}: 'term' must be lower case")
    pos = raw.get("pos", [])
    if not isinstance(pos, list) or not all(isinstance(p, str) for p in pos):
        raise LexiconError(f"{where}: 'pos' must be a list of POS tags")
    pos_set = frozenset(p.strip().upper() for p in pos)
    if pos_set - POS_TAGS:
        raise LexiconError(f"{where}: unknown POS tag(s) {sorted(pos_set - POS_TAGS)}")
    rule = raw.get("rule", "lexicon")
    if rule != "lexicon" and rule not in RULES:
        raise LexiconError(f"{where}: 'rule' must be one of {sorted(RULES)}")
    capital = raw.get("capital", False)
    compound = raw.get("compound", False)
    split = raw.get("split", False)
    for key, flag in (("capital", capital), ("compound", compound), ("split", split)):
        if not isinstance(flag, bool):
            raise LexiconError(f"{where}: '{key}' must be true or false")
    match = raw.get("match", "lemma")
    if match not in MATCH_MODES:
        raise LexiconError(f"{where}: 'match' must be one of {sorted(MATCH_MODES)}")
    return Entry(
        term=term,
        category=category,
        note=note,
        alternative=_text(raw, "alternative", where, required=False),
        pos=pos_set,
        match=match,
        forms=_words(raw, "forms", where),
        unless_prev=frozenset(_words(raw, "unless_prev", where)),
        unless_next=frozenset(_words(raw, "unless_next", where)),
        rule=rule,
        capital=capital,
        compound=compound,
        split=split,
    )


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Validate the parsed TOML document; raise ``LexiconError`` naming the first bad entry."""
    context = data.get("context", {})
    if not isinstance(context, dict) or set(context) - CONTEXT_KEYS:
        raise LexiconError(f"{LEXICON_FILE}: [context] may only hold {sorted(CONTEXT_KEYS)}")
    categories = data.get("category")
    if not isinstance(categories, list) or not categories:
        raise LexiconError(f"{LEXICON_FILE}: no [[category]] tables")
    entries: list[Entry] = []
    seen: dict[str, list[Entry]] = {}
    for cat in categories:
        name = cat.get("name") if isinstance(cat, dict) else None
        if name not in CATEGORIES or name == "scare quotes":
            raise LexiconError(f"{LEXICON_FILE}: unknown category {name!r}")
        raw_entries = cat.get("entries", [])
        if not isinstance(raw_entries, list):
            raise LexiconError(f"{LEXICON_FILE}: category '{name}': 'entries' must be a list")
        for i, raw in enumerate(raw_entries):
            entry = parse_entry(raw, name, i)
            for surface in (entry.term, *entry.forms):
                for other in seen.get(surface, []):
                    if not entry.pos or not other.pos or entry.pos & other.pos:
                        raise LexiconError(
                            f"{_where(name, i, raw)}: duplicate term {surface!r} "
                            f"(already in '{other.category}' as {other.term!r})"
                        )
                seen.setdefault(surface, []).append(entry)
            entries.append(entry)
    where = f"{LEXICON_FILE}: [context]"
    lists = {key: frozenset(_words(context, key, where)) for key in CONTEXT_KEYS - TEXT_KEYS}
    if any(len(pair.split()) != 2 for pair in lists["plurals"]):
        raise LexiconError(f"{where}: each of 'plurals' must be a singular and its plural")
    if any(len(triple.split()) != 3 for triple in lists["verb_forms"]):
        raise LexiconError(f"{where}: each of 'verb_forms' must be a base, a past, a participle")
    if lists["official_verbs"] - lists["official"]:
        raise LexiconError(f"{where}: each of 'official_verbs' must be in 'official' too")
    if lists["go_betweens"] - set(role_lexicon().roles.values()):
        raise LexiconError(f"{where}: each of 'go_betweens' must be a role class of {ROLE_FILE}")
    puffery = {e.term for e in entries if e.category == "puffery"}
    if lists["hype"] - puffery:
        raise LexiconError(
            f"{where}: 'hype' must hold puffery terms: {sorted(lists['hype'] - puffery)}"
        )
    notes = {key: _text(context, key, where, required=key == NOTE_KEY) or "" for key in TEXT_KEYS}
    return Lexicon(
        entries=tuple(entries),
        scare_quote_note=notes[NOTE_KEY],
        scare_quote_note_speaker=notes[SPEAKER_NOTE_KEY],
        scare_quote_alternative=notes[ALTERNATIVE_KEY],
        **lists,
    )


def load_lexicon_text(text: str) -> Lexicon:
    """Parse and validate lexicon TOML given as a string (tests use this for broken files)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{LEXICON_FILE}: not valid TOML: {exc}") from exc
    return parse_lexicon(data)


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, validated once per process."""
    text = files("contextreader.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return load_lexicon_text(text)
