"""Regular English inflection by spelling rules, and the lemmatizer's own word tables.

Verb lexicons list a lemma and its irregular forms; the regular ones ("says", "denied",
"planning") are made here, for the cue lexicon's form tables and for fitting a loaded term's
alternative to the word it replaces. Irregular forms always come from data, never from here.
The pipeline's rule lemmatizer carries WordNet's lists of base forms (``lemma_index``) and of
irregular forms (``lemma_exc``): which words are common nouns or verbs at all.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.lookups import Lookups

# the Penn tags of a finite verb form, one that can head a clause of its own ("said", "says",
# "say", "will"), unlike a participle or a bare infinitive
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

VOWELS = "aeiou"
# a one-syllable word ending in one vowel and one consonant doubles it: "stop", "stopped"
_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprtv]$")


def doubles(lemma: str) -> bool:
    """Whether a verb doubles its last consonant before "-ed" and "-ing" ("stop", "plan")."""
    return _DOUBLING.match(lemma) is not None


def third_person(lemma: str) -> str:
    """The third person singular present of a verb ("says", "pushes", "denies"); the same
    rule makes a noun's regular plural ("ally" -> "allies")."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def past(lemma: str, double: bool = False) -> str:
    """The past form of a regular verb ("denied", "shared"; "stopped" with ``double``)."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        return lemma[:-1] + "ied"
    return lemma + lemma[-1] + "ed" if double else lemma + "ed"


def present_participle(lemma: str, double: bool = False) -> str:
    """The "-ing" form of a verb ("lying", "sharing", "seeing"; "stopping" with ``double``)."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    return lemma + lemma[-1] + "ing" if double else lemma + "ing"


def lemmatizer_tables(nlp: Language) -> Lookups | None:
    """The rule lemmatizer's tables (``lemma_index``: base forms by part of speech,
    ``lemma_exc``: irregular forms), or None when the pipeline has none."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    found: Lookups | None = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    return found


def base_forms(nlp: Language, pos: str) -> frozenset[str]:
    """Every word of a part of speech ("noun", "verb") the lemmatizer knows in its base form
    ("turnout", "rainfall"); empty when the pipeline has no such table."""
    tables = lemmatizer_tables(nlp)
    if tables is None or not tables.has_table("lemma_index"):
        return frozenset()
    return frozenset(tables.get_table("lemma_index").get(pos, []))


def common_nouns(nlp: Language) -> frozenset[str]:
    """Every noun the lemmatizer knows in its base form."""
    return base_forms(nlp, "noun")
