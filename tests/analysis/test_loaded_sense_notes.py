"""Loaded terms: a word with two loaded senses gets a note and an alternative that fit either
("a rampant bigot" and "rampant fraud"), and a compound or a coinage gets its own entry rather
than the note of the word inside it ("shell-shocked" is not "shock"). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import loaded_terms


def _one(nlp, text, term=None):
    found = [
        (text[t.span[0] : t.span[1]], t.term, t.note, t.alternative)
        for t in loaded_terms(nlp, text)
        if term is None or t.term == term
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text", ["Orr is a rampant bigot, the pamphlet said.", "Fraud is rampant in the Vell docks."]
)
def test_rampant_note_fits_a_person_and_a_spread(nlp, text):
    _, term, note, alternative = _one(nlp, text, "rampant")
    assert term == "rampant"
    assert "a person" in note and "spread" in note
    assert alternative == "widespread / drop it"


def test_shell_shocked_is_its_own_entry(nlp):
    words, term, _, alternative = _one(nlp, "The Vell team looked shell-shocked after the vote.")
    assert (words, term, alternative) == ("shell-shocked", "shell-shocked", "dazed")


def test_shock_as_a_verb_keeps_its_entry(nlp):
    # negative: the plain verb is still the "shock" entry
    _, term, _, _ = _one(nlp, "The verdict shocked the town.")
    assert term == "shock"


def test_super_predator_is_its_own_label(nlp):
    words, term, _, alternative = _one(nlp, "The mayor called the boys super predators.")
    assert (words, term, alternative) == ("super predators", "super predator", "young offenders")


def test_staggering_as_a_verb_has_a_fitting_note(nlp):
    _, term, note, alternative = _one(
        nlp, "After the defeat the mayor is staggering into the vote."
    )
    assert term == "staggering" and "as a verb" in note
    assert alternative == "large / struggling"


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        (
            "Orr is a puppet who says what the crowd wants.",
            "ally / name who is said to control them",
        ),
        ("Vell is an incredible country, the minister said.", "notable / describe what stands out"),
    ],
)
def test_alternatives_that_fit_either_use(nlp, text, alternative):
    assert _one(nlp, text)[3] == alternative


def test_politically_toxic_is_a_liability_not_hostility(nlp):
    words, term, note, alternative = _one(nlp, "The plan became politically toxic after the vote.")
    assert (words, term) == ("politically toxic", "politically toxic")
    assert "liability" in note and "liability" in alternative


def test_toxic_alone_keeps_its_entry(nlp):
    # negative: debate called toxic is still the poison figure
    _, term, _, alternative = _one(nlp, "The debate was toxic for months.")
    assert (term, alternative) == ("toxic", "hostile")


def test_market_carnage_note_and_alternative_lead_with_losses(nlp):
    _, term, note, alternative = _one(
        nlp, "The carnage in the bond market wiped out the fund's gains."
    )
    assert term == "carnage" and alternative.startswith("heavy losses")
    assert "losses" in note


def test_carnage_beside_deaths_is_not_marked(nlp):
    text = "The gunman killed nine people, the worst carnage in the town's history."
    assert [t for t in loaded_terms(nlp, text) if t.term == "carnage"] == []
