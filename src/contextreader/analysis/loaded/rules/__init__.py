"""The context rules a lexicon entry may hand its matches to (``rule = "..."`` in
``data/loaded_terms.toml``). Each rule takes the doc, the match's token offsets and the lexicon,
and returns the token span to mark (sometimes wider than the match: "so-called" and its noun
phrase) or None to drop the match. ``RULES`` maps each rule name to its function; the lexicon
loader checks entries against the same names (``lexicon.RULES``).

The rules are grouped by what they test: ``so_called`` (doubt or a name after "so-called"),
``doubt`` ("alleged", "claims", "supposedly": the legal caution or a disputed matter),
``saying`` (verbs of saying and of attack used as saying), ``labels`` (name-calling said of
people, threat and mass words), ``unnamed`` ("regime" and "meddling" without a name),
``hazards`` (words of ruin that are plain where a natural hazard did it, words of spilt blood
plain where people were killed, words of outsize plain of a storm or a flood, a verb of wiping
out plain of peoples) and ``senses`` (words
with a plain and a loaded use told apart by where they stand: modifier, predicate, countable,
amplified, sentence adverb, what they are said of).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.rules.doubt import (
    rule_alleged,
    rule_claims,
    rule_ironic,
    rule_not_legal,
)
from contextreader.analysis.loaded.rules.hazards import (
    rule_figurative,
    rule_not_of_a_vehicle,
    rule_not_of_computers,
    rule_not_of_killings,
    rule_not_of_nature,
    rule_not_of_peoples,
    rule_not_of_terror,
)
from contextreader.analysis.loaded.rules.labels import (
    rule_label,
    rule_label_not_official,
    rule_mass_label,
    rule_not_of_a_thing,
    rule_threat_label,
)
from contextreader.analysis.loaded.rules.saying import (
    rule_attacking,
    rule_disputed_saying,
    rule_not_by_an_advert,
    rule_saying,
)
from contextreader.analysis.loaded.rules.senses import (
    rule_abstract_object,
    rule_amplified,
    rule_attitude,
    rule_captive,
    rule_countable,
    rule_forced,
    rule_invented,
    rule_modifier,
    rule_not_a_doubter,
    rule_not_a_hard_thing,
    rule_not_a_manner,
    rule_not_a_mood,
    rule_not_a_named_regime,
    rule_not_a_people,
    rule_not_a_reaction,
    rule_not_a_role,
    rule_not_a_work,
    rule_not_historical,
    rule_not_of_fortune,
    rule_not_of_violence,
    rule_of_prospects,
    rule_participle,
    rule_predicate,
    rule_promotional,
    rule_stance,
)
from contextreader.analysis.loaded.rules.so_called import rule_so_called
from contextreader.analysis.loaded.rules.unnamed import rule_unnamed

# a context rule: given the lexicon match, return the token span to mark, or None to drop it
Rule = Callable[[Doc, int, int, Lexicon], tuple[int, int] | None]

RULES: dict[str, Rule] = {
    "modifier": rule_modifier,
    "forced": rule_forced,
    "captive": rule_captive,
    "attacking": rule_attacking,
    "so-called": rule_so_called,
    "figurative": rule_figurative,
    "not-of-killings": rule_not_of_killings,
    "not-of-nature": rule_not_of_nature,
    "not-of-peoples": rule_not_of_peoples,
    "not-of-terror": rule_not_of_terror,
    "not-of-computers": rule_not_of_computers,
    "mass": rule_mass_label,
    "threat": rule_threat_label,
    "alleged": rule_alleged,
    "claims": rule_claims,
    "saying": rule_saying,
    "disputed-saying": rule_disputed_saying,
    "stance": rule_stance,
    "label": rule_label,
    "label-not-official": rule_label_not_official,
    "unnamed": rule_unnamed,
    "amplified": rule_amplified,
    "not-legal": rule_not_legal,
    "countable": rule_countable,
    "predicate": rule_predicate,
    "participle": rule_participle,
    "ironic": rule_ironic,
    "invented": rule_invented,
    "promotional": rule_promotional,
    "not-a-people": rule_not_a_people,
    "attitude": rule_attitude,
    "not-of-a-thing": rule_not_of_a_thing,
    "not-historical": rule_not_historical,
    "abstract-object": rule_abstract_object,
    "of-prospects": rule_of_prospects,
    "not-a-mood": rule_not_a_mood,
    "not-a-doubter": rule_not_a_doubter,
    "not-a-role": rule_not_a_role,
    "not-a-hard-thing": rule_not_a_hard_thing,
    "not-of-fortune": rule_not_of_fortune,
    "not-a-reaction": rule_not_a_reaction,
    "not-a-work": rule_not_a_work,
    "not-a-manner": rule_not_a_manner,
    "not-a-named-regime": rule_not_a_named_regime,
    "not-of-violence": rule_not_of_violence,
    "not-of-a-vehicle": rule_not_of_a_vehicle,
    "not-by-an-advert": rule_not_by_an_advert,
}
