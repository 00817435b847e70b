"""The word lists the assertions read, loaded and checked once.

``vague_sources.toml`` gives the words of sources that name no one ("officials", "some"), of
agentless passives, hedges and hearsay labels (``VagueLexicon``); ``attribution_cues.toml``
gives the stance, decree and noun cues beyond cr_quotes' verbs of saying, and the words that
keep a cue from giving anyone a claim (``AttributionLexicon``). Each loader checks the lists it
says are part of another. ``VerbForms`` reads a verb's lemma as cr_quotes does, from written
forms generated for every verb in both files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from contextreader.analysis.furniture import word_lists
from contextreader.analysis.quotes import CueLexicon, cue_lexicon, form_table
from contextreader.data import DataFileError


@dataclass(frozen=True, slots=True)
class VagueLexicon:
    nouns: frozenset[str]
    quantifiers: frozenset[str]
    partitives: frozenset[str]
    adverbs: frozenset[str]
    passive: frozenset[str]
    framed: frozenset[str]
    hedges: frozenset[str]
    aims: frozenset[str]
    labels: frozenset[str]
    unknown: frozenset[str]
    quoted_labels: frozenset[str]
    bodies: frozenset[str]
    instruments: frozenset[str]
    readings: frozenset[str]
    devices: frozenset[str]
    studies: frozenset[str]


@cache
def vague_lexicon() -> VagueLexicon:
    """Load and check ``vague_sources.toml`` once."""
    keys = (
        "nouns",
        "quantifiers",
        "partitives",
        "adverbs",
        "passive",
        "framed",
        "hedges",
        "aims",
        "labels",
        "unknown",
        "quoted_labels",
        "bodies",
        "instruments",
        "readings",
        "devices",
        "studies",
    )
    return check_vague_lexicon(word_lists("vague_sources.toml", keys)[0])


def check_vague_lexicon(parts: dict[str, frozenset[str]]) -> VagueLexicon:
    """Build the lexicon from ``vague_sources.toml``'s lists, checking that the lists said to be
    part of another are ([quoted_labels] of [labels], [bodies] and [instruments] of [nouns])."""
    if not parts["quoted_labels"] <= parts["labels"]:
        raise DataFileError("vague_sources.toml: [quoted_labels] must be a part of [labels]")
    if not parts["bodies"] <= parts["nouns"]:
        raise DataFileError("vague_sources.toml: [bodies] must be a part of [nouns]")
    if not parts["instruments"] <= parts["nouns"]:
        raise DataFileError("vague_sources.toml: [instruments] must be a part of [nouns]")
    return VagueLexicon(**parts)


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    """Stance, judgement and decree words that give a sentence to someone (see the data file)."""

    verbs: frozenset[str]
    decrees: frozenset[str]
    nouns: frozenset[str]
    holder_verbs: frozenset[str]
    adjectives: frozenset[str]
    holders: frozenset[str]
    not_attributing: frozenset[str]
    artifacts: frozenset[str]
    perception: frozenset[str]
    reactions: frozenset[str]
    naming: frozenset[str]
    answering: frozenset[str]
    matters: frozenset[str]
    stance_preps: frozenset[str]
    noun_preps: frozenset[str]
    experiencers: frozenset[str]
    surprises: frozenset[str]
    polls: frozenset[str]
    stance_agents: frozenset[str]
    taking_part: frozenset[str]
    stimuli: frozenset[str]
    court_outcomes: frozenset[str]
    verdicts: frozenset[str]
    found_states: frozenset[str]
    acts_when_bare: frozenset[str]
    works_put_out: frozenset[str]
    credits: frozenset[str]
    standing: frozenset[str]
    findings: frozenset[str]
    records: frozenset[str]
    works: frozenset[str]
    intentions: frozenset[str]
    formulas: frozenset[str]
    both_ways: frozenset[str]
    embedded_posts: frozenset[str]
    checks: frozenset[str]
    meetings: frozenset[str]
    yardsticks: frozenset[str]
    side_nouns: frozenset[str]
    undergoing: frozenset[str]
    truth_values: frozenset[str]
    verifications: frozenset[str]
    agreement: frozenset[str]
    forecasts: frozenset[str]
    commitments: frozenset[str]
    gestures: frozenset[str]
    utterances: frozenset[str]
    voicing_adjectives: frozenset[str]
    large_numbers: frozenset[str]
    accounts: frozenset[str]
    placings: frozenset[str]
    estimates: frozenset[str]
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def attribution_lexicon() -> AttributionLexicon:
    """Load and check ``attribution_cues.toml`` once."""
    keys = (
        "verbs",
        "decrees",
        "nouns",
        "holder_verbs",
        "adjectives",
        "holders",
        "not_attributing",
        "artifacts",
        "perception",
        "reactions",
        "naming",
        "answering",
        "matters",
        "stance_preps",
        "noun_preps",
        "experiencers",
        "surprises",
        "polls",
        "stance_agents",
        "taking_part",
        "stimuli",
        "court_outcomes",
        "verdicts",
        "found_states",
        "acts_when_bare",
        "works_put_out",
        "credits",
        "standing",
        "findings",
        "records",
        "works",
        "intentions",
        "formulas",
        "both_ways",
        "embedded_posts",
        "checks",
        "meetings",
        "yardsticks",
        "side_nouns",
        "undergoing",
        "truth_values",
        "verifications",
        "agreement",
        "forecasts",
        "commitments",
        "gestures",
        "utterances",
        "voicing_adjectives",
        "large_numbers",
        "accounts",
        "placings",
        "estimates",
    )
    parts, raw = word_lists("attribution_cues.toml", keys)
    both = parts["experiencers"] & (parts["verbs"] | parts["decrees"])
    if both:
        # a verb is read either with its subject or with its object as the one who holds the view
        raise DataFileError(
            f"attribution_cues.toml: [experiencers] also in [verbs]/[decrees]: {both}"
        )
    if not parts["surprises"] <= parts["experiencers"]:
        raise DataFileError("attribution_cues.toml: [surprises] must be a part of [experiencers]")
    if not parts["standing"] <= parts["decrees"]:
        raise DataFileError("attribution_cues.toml: [standing] must be a part of [decrees]")
    if not parts["agreement"] <= parts["verbs"]:
        raise DataFileError("attribution_cues.toml: [agreement] must be a part of [verbs]")
    if not parts["utterances"] <= parts["nouns"]:
        raise DataFileError("attribution_cues.toml: [utterances] must be a part of [nouns]")
    irregular: dict[str, tuple[str, ...]] = {}
    for lemma, written in raw["irregular"].items():
        if not written or not all(isinstance(w, str) and w == w.lower() for w in written):
            raise DataFileError(
                f"attribution_cues.toml: [irregular] {lemma} needs lower-case forms"
            )
        irregular[lemma] = tuple(written)
    return AttributionLexicon(**parts, irregular=irregular)


@dataclass(frozen=True, slots=True)
class VerbForms:
    """Every verb in our lists and cr_quotes' by lemma and by written form, so both components
    read a verb the same way (the small model lemmatises some verbs wrongly: "hopes" -> "hop")."""

    lemmas: frozenset[str]  # the lemmas of our own verb lists
    forms: dict[str, str]  # written form -> lemma, for our verbs cr_quotes does not list

    def lemma(self, tok: Token, cues: CueLexicon) -> str:
        """cr_quotes' lemma when that is one of its verbs (so the two never disagree), else the
        parser's lemma when one of our lists has it, else the lemma its written form points to."""
        lemma = cues.lemma(tok)
        if lemma in cues.verbs:
            return lemma
        parsed = tok.lemma_.lower()
        if parsed in self.lemmas:
            return parsed
        return self.forms.get(tok.lower_, parsed)


@cache
def verb_forms() -> VerbForms:
    """Forms of the verbs in ``attribution_cues.toml`` and ``vague_sources.toml``, generated as
    cr_quotes generates its own (``form_table``): regular "-s", "-ed", "-ing" forms plus the
    irregular ones, from reporting_verbs.toml's table and the few attribution_cues.toml adds."""
    alex, vlex = attribution_lexicon(), vague_lexicon()
    lemmas = (
        alex.verbs
        | alex.decrees
        | alex.holder_verbs
        | alex.perception
        | alex.not_attributing
        | alex.experiencers
        | vlex.passive
        | vlex.framed
        | vlex.hedges
    )
    unknown = set(alex.irregular) - lemmas
    if unknown:
        raise DataFileError(f"attribution_cues.toml: [irregular] for verbs in no list: {unknown}")
    irregular = {**cue_lexicon().irregular, **alex.irregular}
    return VerbForms(frozenset(lemmas), form_table(sorted(lemmas), irregular))
