"""Loaded terms: alternatives fitted to the form of the word they replace (plurals, verb forms),
and the checks on the lexicon's alternative forms. Every sentence is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.alternatives import AlternativeFitter
from contextreader.analysis.loaded.lexicon import LexiconError, load_lexicon, load_lexicon_text
from tests.analysis.helpers import loaded_terms

ALTERNATIVES = [
    ("The mayor and her cronies met in Vell.", "associates"),
    ("Union puppets voted for the Dellow budget.", "allies"),
    ("Opponents are fearmongering, Brisk said.", "warning of risks"),
    ("Brisk is a fearmonger.", "person warning of risks"),
    ("The senator slammed the levy.", "criticized"),
    ("The senator slams the levy.", "criticizes"),
    ("The senator is slamming the levy.", "criticizing"),
    ("Anxious clerks and terrified porters waited in the hall.", "frightened"),
    ("The trailblazing surgeon retired in Vell.", None),
    ("The festival was marred by fighting.", "disrupted"),
    ("Dellow boasted that the port had never been busier.", "said"),
    # an adjective's alternative is an adjective or advice, never a verb: "a criticized thug"
    ("It was a sickening attack on the Vell post office.", "describe it"),
    ("The plan is disgusting.", "describe it"),
    ("Orr, a twisted career criminal, was jailed.", "describe it"),
    # grief or damage: each choice reads in its own slot
    ("The Dellow family is devastated.", "very upset / badly damaged"),
    # "fuming" with no speech: an adjective, not "saying"
    ("Fans were left fuming.", "angry"),
    ('"We lost again," the coach fumed.', "said"),
    ("The council rammed through the levy.", "pushed through"),
    # "spectacular" said of anything: advice, since "large" fits only a size
    (
        "The keeper made a spectacular save in the second half.",
        "drop it, or describe what happened",
    ),
]


@pytest.mark.parametrize(("text", "alternative"), ALTERNATIVES)
def test_the_alternative_fits_the_word_it_replaces(nlp, text, alternative):
    assert [t.alternative for t in loaded_terms(nlp, text)] == [alternative]


@pytest.fixture(scope="module")
def fitter(nlp):
    lexicon = load_lexicon()
    return AlternativeFitter(nlp, lexicon.plural_of, lexicon.advice)


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("associate", "associates"),
        ("ally", "allies"),
        ("person", "people"),
        ("speech", "speeches"),
        ("critics", "critics"),
        ("violence", "violence"),
        ("disloyal", "disloyal"),
    ],
)
def test_plural(fitter, noun, plural):
    assert fitter.plural(noun) == plural


@pytest.mark.parametrize(
    ("verb", "tag", "form"),
    [
        ("criticize", "VBD", "criticized"),
        ("speak", "VBD", "spoke"),
        ("speak", "VBN", "spoken"),
        ("say", "VBZ", "says"),
        ("reply", "VBZ", "replies"),
        ("reply", "VBD", "replied"),
        ("refute", "VBG", "refuting"),
        ("stop", "VBG", "stopping"),
        ("be", "VBD", "was"),
    ],
)
def test_verb_forms(fitter, verb, tag, form):
    assert fitter.verb_form(verb, tag) == form


def test_advice_and_noun_phrases_are_left_as_written(nlp, fitter):
    doc = nlp("The thugs and the bullies left.")
    thugs = doc[1]
    assert fitter.fit("describe the act", thugs) == "describe the act"
    assert fitter.fit("accused of fraud", thugs) == "accused of fraud"
    assert fitter.fit("supporter of reform / critic", thugs) == "supporters of reform / critics"


def test_plurals_must_be_pairs():
    bad = (
        '[context]\nscare_quote_note = "A note."\nplurals = ["person"]\n'
        '[[category]]\nname = "contentious label"\n'
        'entries = [{ term = "thug", note = "A label." }]\n'
    )
    with pytest.raises(LexiconError, match="plurals"):
        load_lexicon_text(bad)


@pytest.mark.parametrize(
    ("base", "tag", "form"),
    [
        ("put", "VBD", "put"),
        ("cut", "VBN", "cut"),
        ("run", "VBN", "run"),
        ("run", "VBD", "ran"),
        ("work", "VBD", "worked"),
        ("beat", "VBN", "beaten"),
        ("tell", "VBD", "told"),
        ("stop", "VBD", "stopped"),
        ("criticize", "VBG", "criticizing"),
        ("deny", "VBZ", "denies"),
    ],
)
def test_verb_forms_for_alternatives(nlp, base, tag, form):
    fitter = nlp.get_pipe("cr_loaded").alternatives
    assert fitter.verb_form(base, tag) == form
