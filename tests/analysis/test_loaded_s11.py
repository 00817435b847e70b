"""Loaded terms, session 11: kept animals are not labels, "so-called" before a long measure's
name, alternatives fitted to the word they replace, new entries, verdict categories, a speaker's
own feelings and a hype word lifted into quotation marks (issue 4). Every sentence and name is
invented for these tests.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.alternatives import AlternativeFitter
from contextreader.analysis.loaded.lexicon import LexiconError, load_lexicon, load_lexicon_text
from tests.analysis.helpers import grouped, loaded_terms, mark_voices, marks, unmarked

MARKS = {
    # an animal someone owns, walks or feeds is the animal; the same word said of a person is not
    "kept_animals": [
        *unmarked(
            "Every evening Tova Renn walks her dog along the canal.",
            "Farmer Odo Brisk fed his pigs at dawn.",
            "The shelter found the dog that Brisk adopted last year.",
        ),
        ("He called the minister a dog in a speech.", [("dog", "contentious label")]),
    ],
    # "so-called" before a measure named by a benefit, however many words, quoted or not
    "so_called_long_names": [
        (
            'Dellow\'s cabinet unveiled the so-called "harbour renewal plan" in March.',
            [('so-called "harbour renewal plan"', "expression of doubt")],
        ),
        (
            "Dellow's cabinet unveiled the so-called harbour renewal plan in March.",
            [("so-called harbour renewal plan", "expression of doubt")],
        ),
        *unmarked(
            "Chefs in Tarsen praise the so-called Nordic diet.",
            "Brokers in Tarsen sold so-called reform bonds to the mayor.",
        ),
    ],
    # verdicts on the morality or care of an act are labels, not overstatement
    "verdict_categories": [
        ("It was a shameful episode for the Tarsen council.", [("shameful", "contentious label")]),
        ("The disgraceful vote in Vell stood.", [("disgraceful", "contentious label")]),
    ],
    # new entries, each with the plain or neutral use it must leave alone
    "new_entries": [
        ("The levy is a power grab by the Tarsen board.", [("power grab", "contentious label")]),
        (
            "The new museum is a vanity project for the governor.",
            [("vanity project", "contentious label")],
        ),
        ("Pell is a career politician from Vell.", [("career politician", "contentious label")]),
        (
            "The governor took a wrecking ball to the school board.",
            [("took a wrecking ball to", "exaggeration")],
        ),
        (
            "The Dellow council bulldozed the zoning bill through.",
            [("bulldozed", "contentious label")],
        ),
        ("Investors cheered a breakthrough drug for gout.", [("breakthrough", "puffery")]),
        ("Rents are soaring in Vell.", [("soaring", "exaggeration")]),
        ("The budget-busting stadium plan passed.", [("budget-busting", "exaggeration")]),
        ("The rebate is a giveaway to landlords.", [("giveaway", "contentious label")]),
        ("The festival was marred by fighting.", [("marred", "editorializing")]),
        ("Jubilant fans filled the square in Vell.", [("Jubilant", "exaggeration")]),
        ("The Vell road is notoriously slippery.", [("notoriously", "editorializing")]),
        (
            "The board held the harbour budget hostage for a month.",
            [("hostage", "exaggeration")],
        ),
        (
            "Candidates vowed to drain the swamp in Tarsen.",
            [("drain the swamp", "contentious label")],
        ),
        *unmarked(
            "Crews bulldozed the old mill in Vell.",
            "Negotiators in Vell reached a breakthrough on Friday.",
            "A soaring hawk circled the Tarsen hills.",
            "The radio station ran a ticket giveaway.",
            "Gunmen held two drivers hostage near Vell.",
            "The swamp behind the Pell farm floods each spring.",
        ),
    ],
    # a speaker telling how they felt is testimony; the same word of others is still marked
    "own_feelings": [
        *unmarked('"I was terrified," said Ona Pell.', '"We are furious," said Ona Pell.'),
        ('"The porters were terrified," said Ona Pell.', [("terrified", "exaggeration")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_a_hype_word_lifted_into_quotation_marks_is_shown_as_quoted(nlp):
    text = 'A memo from the Corvel Trust described the trial as "game-changing".'
    assert mark_voices(nlp, text) == [("game-changing", "quoted")]


def test_hype_in_a_speakers_sentence_is_the_speaker_talking(nlp):
    assert marks(nlp, '"The trial is game-changing," said Ona Pell.') == []


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
