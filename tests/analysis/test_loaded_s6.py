"""Loaded terms, session 6: words made from names, set phrases, and plain senses (issue 4).

Each case puts the sentence where the word is marked next to the sentences where its context
makes it plain; every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.lexicon import load_lexicon
from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

MARKS = {
    # -- a word made from a name keeps its capital, and is marked all the same ---------------
    "capitalised_words_made_from_names": [
        (
            "The new border rules are Orwellian, the union said.",
            [("Orwellian", "contentious label")],
        ),
        (
            "Tenants described a Kafkaesque process of forms and fees.",
            [("Kafkaesque", "exaggeration")],
        ),
        (
            "Columnists decried the new McCarthyism in the hearings.",
            [("McCarthyism", "contentious label")],
        ),
        (
            "Rivals called the deputy Machiavellian and vain.",
            [("Machiavellian", "contentious label")],
        ),
        # inside a longer name it is the name's word
        *unmarked(
            "Pell spoke to the Orwellian Society of Dunmore on Friday.",
            # a capitalised word after it makes it a word of a title or a name
            "The Machiavellian Prize went to Pell on Friday.",
            'Her memoir, "Kafkaesque Days," sold well in Dunmore.',
        ),
    ],
    # -- the plain sense an entry lists, set by the next word ---------------------------------
    "plain_senses": [
        *unmarked(
            "The court ruled on the belligerent occupation of the Tarsen valley.",
            "The bloody civil war in Ostravia lasted nine years.",
            "Reporters obtained embarrassing documents about the harbour board.",
            "The venomous snake was caught near the school.",
        ),
        (
            "Delegates called the envoy belligerent and rude.",
            [("belligerent", "contentious label")],
        ),
        (
            "Police answered the march with a bloody crackdown.",
            [("bloody", "fear and threat")],
        ),
        (
            "Her remarks were embarrassing for the whole council.",
            [("embarrassing", "exaggeration")],
        ),
    ],
    # -- set phrases and idioms that cast a person or act in a loaded light -------------------
    "set_phrases": [
        (
            "The deputy was thrown under the bus by his own party.",
            [("under the bus", "exaggeration")],
        ),
        ("The coach was given the boot after the cup loss.", [("given the boot", "exaggeration")]),
        ("The family has been through hell since the fire.", [("through hell", "exaggeration")]),
        (
            "The summit turned into a love-fest for both presidents.",
            [("love-fest", "exaggeration")],
        ),
        ("Harlan called the profile a hack job.", [("hack job", "contentious label")]),
        ("Harlan called the profile a puff piece.", [("puff piece", "contentious label")]),
        ("The minister dismissed the report as poppycock.", [("poppycock", "expression of doubt")]),
        ("Opponents say the fund is a slush fund.", [("slush fund", "contentious label")]),
        ("Rivals cast the governor as a bogeyman.", [("bogeyman", "contentious label")]),
        (
            "The board's milquetoast reply pleased no one.",
            [("milquetoast", "exaggeration")],
        ),
        *unmarked(
            "The hack of the party servers began in May.",
            "The boot of the car was full of leaflets.",
        ),
    ],
    # -- "so-called" before a term of art names it; before a word for people it doubts it ------
    "so_called_terms_of_art": [
        *unmarked(
            "The fund sold so-called first-loss notes to its members.",
            "The mayor would tax so-called ''pass along'' earnings.",
        ),
        (
            "The so-called pro-growth campaigners met on Monday.",
            [("so-called pro-growth campaigners", "expression of doubt")],
        ),
        (
            "The so-called experts misread the tide tables.",
            [("so-called experts", "expression of doubt")],
        ),
    ],
    # -- "partisan" for a contest between parties is description; as a charge it is marked ---
    "partisan_contests": [
        *unmarked(
            "Water rates became a partisan issue in Dunmore.",
            "The budget set off another partisan fight in the council.",
        ),
        ("The audit was a partisan attack on the mayor.", [("partisan", "contentious label")]),
    ],
    # -- a denied opinion denies the clause it governs; idioms that label nobody ------------
    "denied_opinions_and_idioms": [
        *unmarked(
            "I don't think the levy is a ridiculous idea.",
            "Pell does not believe the plan is absurd.",
            "I'll be damned if the council pays for that.",
            "Police said the attacker was a lone wolf.",
        ),
        ("Pell believes the plan is absurd.", [("absurd", "exaggeration")]),
    ],
    # -- a word of ruin is plain where the sentence names the storm, flood or fire -----------
    "ruin_by_natural_hazards": [
        *unmarked(
            "Two days after the storm ravaged the coast, the governor toured the devastation.",
            "The hurricane caused cataclysmic damage along the bay.",
        ),
        (
            "A storm of criticism followed the cataclysmic rollout.",
            [("cataclysmic", "fear and threat")],
        ),
        ("The new rules wreaked havoc on the market.", [("wreaked havoc", "fear and threat")]),
    ],
    # -- plain words for war and disaster damage, and the security terms for militants -------
    "plain_damage_and_security_terms": [
        *unmarked(
            "Aid reached the flood-ravaged valley on Monday.",
            "The monitors track extremist statements online.",
            "The ban could embolden violent extremists abroad.",
        ),
        ("Critics say the levy has ravaged the town.", [("ravaged", "fear and threat")]),
        ("Rivals called the mayor an extremist.", [("extremist", "contentious label")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_only_words_made_from_names_keep_their_capital():
    capital = sorted(e.term for e in load_lexicon().entries if e.capital)
    assert capital == ["islamophobe", "kafkaesque", "machiavellian", "mccarthyism", "orwellian"]


VOICES = {
    # -- reported speech lends its voice where the words may be the speaker's ----------------
    "speakers_words": [
        ("Roe said the inquiry was a witch hunt.", [("witch hunt", "reported")]),
        ("Roe called the inquiry a witch hunt.", [("witch hunt", "reported")]),
        ("Roe described the plan as a disaster.", [("disaster", "reported")]),
        ('"We can see that the scheme was a farce," Roe said.', [("farce", "quoted")]),
    ],
    # -- the writer's words, though a verb of saying or thinking stands near them -------------
    "writers_words": [
        ("Roe denied the outrageous allegations.", [("outrageous", "outlet")]),
        (
            "The audit criticizes Vell and the reckless clerks who ran the fund.",
            [("reckless", "outlet")],
        ),
        ("The clerks refused to discuss the ridiculous allegations.", [("ridiculous", "outlet")]),
        ("I want to recall the shameful conduct of the board.", [("shameful", "outlet")]),
        ("We can see that the scheme was a farce.", [("farce", "outlet")]),
        # "know" presents its clause as fact: the writer's claim in the writer's words
        ("Everyone knows the mayor is a crook.", [("crook", "outlet")]),
        # how the writer names a speaker is the writer's word, even inside what they thought
        ("That's what Dunmore snowflakes thought was offensive.", [("snowflakes", "outlet")]),
        # ... but a speaker named inside someone else's report is named in that report
        (
            "Roe said the reckless clerks claimed the fund was a sham.",
            [("reckless", "reported"), ("sham", "reported")],
        ),
    ],
    # -- the matter a verb's preposition brings in is the charge or the fear, in the speaker's
    # terms; the object before it is still the writer's naming ------------------------------
    "charges_and_warnings": [
        ("Tull warned of a catastrophic collapse of the fishery.", [("catastrophic", "reported")]),
        ("Tull criticized the board for its reckless spending.", [("reckless", "reported")]),
        (
            "Tull accused the reckless mayor of a shameful cover-up.",
            [("reckless", "outlet"), ("shameful", "reported")],
        ),
        # a report nested in the words that name another speaker stays that report
        (
            "Backers of what the mayor describes as a draconian curfew said crime had fallen.",
            [("draconian", "reported")],
        ),
    ],
    # -- a post pasted into the article is its author's words --------------------------------
    "pasted_post": [
        (
            "The senator posted a reply on Sunday.\n"
            "This inquiry is a witch hunt and a disgrace!\n"
            "— Dana Vell (@danavell) March 3, 2024\n"
            "Aides declined to comment.",
            [("witch hunt", "quoted"), ("disgrace", "quoted")],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(VOICES))
def test_voices(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


def test_grammar_lists_for_the_voice_rules_live_in_the_data_files():
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    assert {"think", "believe"} <= load_lexicon().neg_raisers
    assert {"know", "realize"} <= cue_lexicon().factive


def test_span_lookups_for_the_voice_index():
    from contextreader.analysis.loaded.voice import _Spans

    spans = _Spans([(0, 50), (10, 20), (30, 40), (60, 70)])
    assert spans.holds((12, 18), besides=(10, 20))  # (0, 50) holds it as well
    assert not spans.holds((55, 58), besides=(0, 0))
    assert not _Spans([(10, 20)]).holds((12, 18), besides=(10, 20))
    assert spans.cut_from((5, 45)) == [(5, 10), (20, 30), (40, 45)]
    assert spans.cut_from((52, 58)) == [(52, 58)]
