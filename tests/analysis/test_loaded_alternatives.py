"""Loaded terms: alternatives fitted to the form of the word they replace (plurals, verb forms),
and the checks on the lexicon's alternative forms. Every sentence is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.alternatives import AlternativeFitter
from contextreader.analysis.loaded.lexicon import LexiconError, load_lexicon, load_lexicon_text
from tests.analysis.helpers import loaded_terms

ALTERNATIVES = [
    ("The mayor and her cronies met in Vell.", "associates"),
    ("Union puppets voted for the Dellow budget.", "allies / name who is said to control them"),
    ("Opponents are fearmongering, Brisk said.", "warning of risks"),
    ("Brisk is a fearmonger.", "person warning of risks"),
    ("The senator slammed the levy.", "criticized"),
    ("The senator slams the levy.", "criticizes"),
    ("The senator is slamming the levy.", "criticizing"),
    ("Anxious clerks and terrified porters waited in the hall.", "frightened"),
    ("The trailblazing surgeon retired in Vell.", "describe what was done first"),  # advice
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
    # a hyphened adjective ending in a participle describes: "preliminary", never a verb form
    ("Half-baked plans went round the Vell depot.", "preliminary"),
    ("The council leader strong-armed the committee into a vote.", "pressured"),
    ("The mayor glossed over the gap in the budget.", "omitted"),
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


# an alternative shaped like a clause or a comparison is fitted on its head only: the verb of
# the clause after it keeps its form ("it looks", "critics see")
CLAUSE_SHAPED = [
    ("Analysts said the new navy was a paper tiger.", "weaker than it looks"),
    ("Rivals called the mayor's slogans dog whistles.", "remarks that critics see as coded"),
    ("Rivals called the mayor's slogan a dog whistle.", "remark that critics see as coded"),
    ("The landlords called them deadbeats.", "people behind on payments"),
    # negative: a plain noun alternative still takes the plural
    ("The landlord called the clerks cronies.", "associates"),
]


@pytest.mark.parametrize(("text", "alternative"), CLAUSE_SHAPED)
def test_a_clause_shaped_alternative_inflects_its_head_only(nlp, text, alternative):
    assert [t.alternative for t in loaded_terms(nlp, text)] == [alternative]


# words that open a clause or a comparison inside an alternative: a word after one of them is
# never the head a plural or a verb form is made on
_CLAUSE_OPENERS = frozenset({"than", "what", "that", "who", "which", "it", "they"})


def test_no_alternative_inflects_a_word_inside_its_clause(nlp):
    fitter = nlp.get_pipe("cr_loaded").alternatives
    wrong = []
    for entry in load_lexicon().entries:
        for piece in (entry.alternative or "").split(" / "):
            words = piece.split(" ")
            fits = [fitter._piece(piece, "NNS", False), fitter._piece(piece, "NN", False, True)]
            fits += [fitter._piece(piece, tag, True) for tag in ("VBG", "VBD", "VBZ")]
            for fitted in fits:
                changed = [
                    i
                    for i, (a, b) in enumerate(zip(words, fitted.split(" "), strict=False))
                    if a != b
                ]
                if any(w in _CLAUSE_OPENERS for i in changed for w in words[:i]):
                    wrong.append((entry.term, fitted))
    assert wrong == []
