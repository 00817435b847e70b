"""Loaded terms: rules that keep only the loaded sense of a word (issue 4).

Each rule has sentences where it marks and where it stays silent; the sentences and names are
invented for these tests."""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded import VoiceIndex, voice_of
from contextreader.analysis.loaded.lexicon import load_lexicon
from tests.analysis.helpers import grouped, loaded_terms, marks, quote, unmarked

# Each group names the rule its sentences test; each case is a sentence and every
# (marked words, category) found in it.
MARKS = {
    # an "-ing" adjective entry used as the verb with an object is the verb, not the adjective
    "ing_adjective_as_a_verb": [
        *unmarked("Rivals staged a hearing aimed at embarrassing the governor."),
        # a verb whose own sense is the loaded one keeps the mark
        ("The firm is downsizing its workforce.", [("downsizing", "euphemism")]),
        ("Sanctions are crippling the economy.", [("crippling", "exaggeration")]),
        (
            "The hearing was an embarrassing defeat for the governor.",
            [("embarrassing", "exaggeration")],
        ),
        (
            "The tour came to a sad and embarrassing end in Oslo.",
            [("embarrassing", "exaggeration")],
        ),
    ],
    # literal fire and a hack are the plain words; of speech and of a blow, the loaded ones
    "literal_fire_and_attacks": [
        *unmarked(
            "The old tale tells of fiery sulfur raining on the town.",
            "The bank suffered a devastating cyberattack in May.",
        ),
        ("The senator gave a fiery speech.", [("fiery", "exaggeration")]),
        ("The audit was a devastating blow to the board.", [("devastating", "exaggeration")]),
    ],
    # "radical" before a faith names a strand of it, as "radical Islamists" does
    "radical_before_a_faith": [
        *unmarked("Officials warned about radical Islamic preachers online."),
        ("The mayor courted radical activists.", [("radical", "contentious label")]),
    ],
    # idioms: "be a fool not to", "good and evil" as a pair
    "idioms": [
        *unmarked(
            '"You would be a fool not to save," the banker said.',
            "The film is a fable of good and evil.",
        ),
        ('"He is a fool," the banker said.', [("fool", "contentious label")]),
        ("Their leaders are corrupt and evil.", [("evil", "exaggeration")]),
    ],
    # -- "ironic": doubt adverbs before a description, or where the matter is disputed --------
    "doubt_adverbs_before_a_description_or_in_a_dispute": [
        (
            "They praised the supposedly independent panel.",
            [("supposedly", "expression of doubt")],
        ),
        (
            "The council published an ostensibly neutral report on the dam.",
            [("ostensibly", "expression of doubt")],
        ),
        ("Verlan supposedly met the envoy in March.", []),
        ("The pupils copied the verses, ostensibly to practise handwriting.", []),
        (
            "Verlan supposedly met the envoy, which he denies.",
            [("supposedly", "expression of doubt")],
        ),
    ],
    # -- "alleged": the verb of accusing is not a doubt word ----------------------------------
    "alleged_as_a_verb_is_plain_reporting": [
        ("Dara Voss has alleged that the mayor lied, which he denies.", []),
        (
            "The alleged plot, which the mayor denies, dominated the week.",
            [("alleged", "expression of doubt")],
        ),
    ],
    # -- "countable": "an outrage" is a verdict, "expressed outrage" a reported feeling --------
    "outrage_as_a_verdict_not_a_reported_feeling": [
        ("This ruling is an outrage.", [("outrage", "exaggeration")]),
        ("The council ignored the latest outrages.", [("outrages", "exaggeration")]),
        # the figure is the storm; the outrage is what people felt
        ("The decision set off a storm of outrage.", []),
        ("Parents expressed outrage at the closure.", []),
        ("The closure caused outrage in the town.", []),
        # whose or how wide the feeling is leaves it a feeling; the greatest is a verdict
        ("The mayor hoped to calm public outrage over the fees.", []),
        ("It is the biggest outrage of the decade.", [("outrage", "exaggeration")]),
    ],
    # -- "label" for "predator", and labels after "as" or joined by "and" ---------------------
    "predator_only_when_said_of_a_person": [
        ("Tomas Reiner was a serial predator.", [("predator", "contentious label")]),
        ("The predator Tomas Reiner was jailed.", [("predator", "contentious label")]),
        ("The new rules protect pupils from predators.", []),
        ("Wolves are the main predator of deer here.", []),
        (
            "The committee denounced Reiner as a predator.",
            [("predator", "contentious label")],
        ),
        (
            "Tomas Reiner was a liar and a predator.",
            [("liar", "contentious label"), ("predator", "contentious label")],
        ),
    ],
    "label_through_a_raising_verb": [
        ("Tomas Reiner was shown to be a predator.", [("predator", "contentious label")]),
    ],
    # -- "regime": a type of government is political science's term ---------------------------
    "regime_classified_by_type_is_not_a_verdict": [
        ("Critics said the regime jailed reporters.", [("regime", "contentious label")]),
        ("The country was ruled by a military regime until 1990.", []),
        ("Scholars compare authoritarian regimes across the region.", []),
        ("The abbot ended the regime of silence at meals.", []),
    ],
    # -- neutral senses: "hails from", "objectively immoral", "heroic virtue", "what is amazing"
    "neutral_senses_are_not_marked": unmarked(
        "The new coach hails from a small port town.",
        "The seminar asked whether objectively immoral acts can be excused.",
        "The cause for sainthood rests on a life of heroic virtue.",
        "What is amazing is that the bridge held.",
        "It is wonderful that the library reopened.",
    ),
    # -- voice: doubt in the outlet's own words is marked -------------------------------------
    "hedge_in_the_outlets_voice_is_marked": [
        (
            "The man allegedly stole the ring, which he denies.",
            [("allegedly", "expression of doubt")],
        ),
    ],
    "doubt_in_the_outlets_voice_is_marked": [
        ("The charges against Mara Lind are baseless.", [("baseless", "expression of doubt")]),
    ],
    # -- "participle": the writer's verdict before a noun, not the verb of a reported act ------
    "doubt_participles_before_a_noun_only": [
        ("Voters heard the debunked theory again.", [("debunked", "expression of doubt")]),
        ("The police debunked the rumour on Monday.", []),
        (
            "The widely discredited report shaped the vote.",
            [("discredited", "expression of doubt")],
        ),
        ("The panel discredited the witness within an hour.", []),
    ],
    # -- "so-called" before a quoted term names it; before a quoted quality it is sarcasm -----
    "so_called_before_a_quoted_term_names_it": [
        ('The lease keeps the so-called "ladder" rule.', []),
        ("Crews prepared for the so-called king tide's arrival.", []),
        (
            'She mocked the so-called "honest" brokers at the bank.',
            [('so-called "honest" brokers', "expression of doubt")],
        ),
        (
            "They cited the so-called evidence again.",
            [("so-called evidence", "expression of doubt")],
        ),
    ],
    # "monster" before a word for a win or a crowd is a word of size ("a monster rally"); said
    # of a person, or before a word for one, it casts the person as inhuman
    "monster_as_a_size_word": [
        *unmarked(
            "The vote was a monster win for the mayor's party.",
            "Fans packed the stadium for a monster rally on Saturday.",
            "He drove a monster truck across the field.",
            "A monster storm battered the coast.",
        ),
        ("The governor is a monster who jails his critics.", [("monster", "contentious label")]),
        ("Voters rejected the monster mayor and his allies.", [("monster", "contentious label")]),
        ("The stepfather was a monster, she told the jury.", [("monster", "contentious label")]),
        (
            '"It\'s a new monster," the analyst said of the militia.',
            [("monster", "contentious label")],
        ),
    ],
    # "wildly" of unruly growth or flailing movement says how a thing grew or moved; before a
    # word of judgement or of degree it dramatises
    "wildly_of_growth_or_movement": [
        *unmarked(
            "Vines and weeds cover the wildly overgrown courts of the old club.",
            "The protester waved wildly at the passing motorcade.",
        ),
        ("The estimates proved wildly inaccurate.", [("wildly", "exaggeration")]),
        ("The plan is wildly popular with voters.", [("wildly", "exaggeration")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans hailed the coach's new plan.", [("hailed", "loaded verb of saying")]),
        ("He punished the evil men who robbed the abbey.", [("evil", "exaggeration")]),
        ("The amazing new phone sold out.", [("amazing", "puffery")]),
    ],
)
def test_loaded_senses_still_marked(nlp, text, expected):
    assert [m for m in marks(nlp, text) if m[1] != "contentious label"] == expected


def test_dropped_entries_are_gone():
    terms = {e.term for e in load_lexicon().entries}
    assert "would-be" not in terms
    assert "unsubstantiated" not in terms
    assert len(load_lexicon().entries) >= 600


# -- voice: doubt and verbs of saying are the writer's framing, not a quoted speaker's --------


def test_hedges_inside_a_quote_are_the_speakers_caution(nlp):
    text = (
        'Councillor Mara Lind said: "The man allegedly stole the ring, which he denies, '
        'and the talk of a cover-up is nonsense."'
    )
    found = [(t.term, t.category, t.voice) for t in loaded_terms(nlp, text)]
    assert found == [("nonsense", "expression of doubt", "quoted")]


def test_voice_index_sorts_quoted_words():
    index = VoiceIndex.from_quotes([quote("direct", 10, 40)])
    assert voice_of((12, 20), index) == "quoted"
    assert voice_of((0, 5), index) == "outlet"
