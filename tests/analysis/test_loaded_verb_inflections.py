"""Loaded terms: every one-word verb entry of the lexicon is found in its regular inflections
("lambasted", "gripes", "gaslighting"), in plain sentences written for the test, whatever lemma
the model gives the inflected word. Every sentence is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.inflect import doubles, past, present_participle, third_person
from contextreader.analysis.loaded.lexicon import load_lexicon
from tests.analysis.helpers import loaded_terms

# frames for a verb said of what a person does; {} is the inflected verb
_FRAMES = {
    "VBD": "On Tuesday the senator {} the council's plan.",
    "VBZ": "Every week the senator {} the council's plan.",
    "VBG": "The senator is {} the council's plan again.",
}


# the plain verbs of saying and doing the lexicon offers as alternatives: an entry with no
# POS whose alternative is one of these is a verb ("gripe": "complain")
_PLAIN_VERBS = frozenset({"complain", "criticize", "say", "mislead", "oppose"})


def _verb_entries() -> list[str]:
    """One-word entries limited to verbs, matched by lemma, with no context rule (a rule may
    rightly turn down a plain sentence) and a regular past (irregular ones are listed forms)."""
    terms = []
    for entry in load_lexicon().entries:
        if (
            " " in entry.term
            or "-" in entry.term
            or entry.term.endswith(("ed", "ing"))
            or entry.match != "lemma"
            or entry.rule != "lexicon"
        ):
            continue
        verb = "VERB" in entry.pos or (not entry.pos and entry.alternative in _PLAIN_VERBS)
        if verb:
            terms.append(entry.term)
    # "snarls the plan" with an object is the tangle sense, rightly left unmarked
    return sorted(set(terms) - {"snarl"})


def _form(term: str, tag: str) -> str:
    if tag == "VBD":
        return past(term, doubles(term))
    if tag == "VBZ":
        return third_person(term)
    return present_participle(term, doubles(term))


@pytest.mark.parametrize("term", _verb_entries())
def test_a_verb_entry_matches_its_inflections(nlp, term):
    missed = []
    for tag, frame in _FRAMES.items():
        form = _form(term, tag)
        text = frame.format(form)
        if form not in [text[t.span[0] : t.span[1]] for t in loaded_terms(nlp, text)]:
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator lambasted the plan.",
        "The senator lambasts the plan.",
        "The senator lambastes the plan.",
        "The senator is lambasting the plan.",
        "Residents griped about the fees.",
        "She gripes about the fees every week.",
        "He gaslighted his staff for months.",
        "The leaflet was hate mongering, the bishop said.",
    ],
)
def test_spellings_the_model_lemmatizes_apart_are_found(nlp, text):
    assert loaded_terms(nlp, text)


def test_a_plain_word_of_the_same_letters_is_not_found(nlp):
    # "gripped" is not "griped", "gas lighting" is a lamp
    assert loaded_terms(nlp, "She gripped the rail as the gas lighting flickered.") == []
