"""Loaded terms, session 7: hyphened compounds, scriptural set phrases, new entries (issue 4).

Each case puts the sentence where the word is marked next to the sentences where its context
makes it plain; every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.loaded.lexicon import load_lexicon
from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # -- "X-hating", "X-monger": the label is the second half of a hyphened compound ---------
    "hyphened_compounds": [
        (
            "The columnist quoted a Pell-hating blogger at length.",
            [("Pell-hating", "contentious label")],
        ),
        (
            "Dunmore's rumour-mongers were busy again on Friday.",
            [("rumour-mongers", "contentious label")],
        ),
        (
            "The Vell-bashing went on all week in the tabloids.",
            [("Vell-bashing", "contentious label")],
        ),
        ("Red-baiting was common in those hearings.", [("Red-baiting", "contentious label")]),
        # the same words standing alone, a trade, a blood sport or an assault are not marked
        *unmarked(
            "The fishmonger on Quay Street sold cod and hake.",
            "Inspectors raided a cheese-monger in the old market.",
            "Police charged two men with badger-baiting on the farm.",
            "Trappers spent the morning re-baiting the traps.",
            "Three men were convicted of gay-bashing outside the club.",
            "He was hating every minute of the long drive to Tarsen.",
            "The council was baiting the traps with grain.",
        ),
    ],
    # -- a noun's sense set by its owner, before it or after "of" -----------------------------
    "scriptural_phrases": [
        *unmarked(
            "The preacher warned the town of the wrath of God.",
            "The sermon was about God's wrath and mercy.",
            "Pilgrims prayed to be spared divine wrath.",
            "The rite was meant to drive out evil spirits.",
            "They feared an evil spirit lived in the well.",
            # the object of "of" stands to a noun as a modifier before it: "cattle slaughter"
            "The slaughter of cattle at the plant was halted.",
            # and to an adjective, as "lactose intolerant" does
            "Patients who are intolerant of statins can take the new drug.",
        ),
        # a word that is only a compound's head before a noun is still loaded after "of"
        (
            "Voters were misled by the propaganda of the Vell campaign.",
            [("propaganda", "contentious label")],
        ),
        ("The senator is a puppet of his political masters.", [("puppet", "contentious label")]),
        ("The slaughter of civilians in Tarsen went on.", [("slaughter", "fear and threat")]),
        ("The mayor faced the wrath of the voters.", [("wrath", "exaggeration")]),
        ("Councillors feared the union's wrath.", [("wrath", "exaggeration")]),
        ("The board called it an evil scheme.", [("evil", "exaggeration")]),
    ],
    # -- an adverb's plain sense is set by its verb, wherever it stands ------------------------
    "adverb_and_its_verb": [
        *unmarked(
            '"I categorically and firmly reject that claim," Vell said.',
            "Vell denied the charge categorically.",
        ),
        ("The plan is categorically wrong, Vell said.", [("categorically", "exaggeration")]),
    ],
    # -- a word of ruin after a sentence that names the storm is the plain word for its damage --
    "hazard_in_the_sentence_before": [
        *unmarked(
            "The cyclone struck Tarsen in May. The port still needs money to recover from the "
            "cataclysmic damage.",
        ),
        (
            "The levy passed in May. The port still needs money to recover from the cataclysmic "
            "damage.",
            [("cataclysmic", "fear and threat")],
        ),
        # a paragraph break ends the look-back, and "under fire" names no hazard
        (
            "Storms hit the coast last week.\n\nThe council's new levy has been a catastrophe "
            "for shops.",
            [("catastrophe", "fear and threat")],
        ),
        (
            "The minister came under fire on Monday. His pension plan is a catastrophe.",
            [("catastrophe", "fear and threat")],
        ),
        # what the word is said of decides, whatever else the sentence names
        (
            "Critics called the government's response to the virus a disaster.",
            [("disaster", "exaggeration")],
        ),
        (
            "The virus has killed 300 people in Tarsen. The hospital plan is a disaster.",
            [("disaster", "exaggeration")],
        ),
        (
            "After the drought, food prices are out of control.",
            [("out of control", "exaggeration")],
        ),
        *unmarked(
            "The flood ravaged the valley.",
            "The valley was ravaged by the flood.",
        ),
        # "disaster", "catastrophe" and "out of control" are plain words for what a hazard does
        *unmarked(
            "Congress approved aid for three disasters, including two hurricanes.",
            "The cyclone flattened the coast. Aid reached few of those hit by the catastrophe.",
            "Officials fear the wildfire will get out of control by Sunday.",
        ),
        ("The new levy is a disaster for the port.", [("disaster", "exaggeration")]),
        ("Spending at the council is out of control.", [("out of control", "exaggeration")]),
    ],
    # -- plain senses found in the session-7 blind audit ---------------------------------------
    "audit_plain_senses": [
        *unmarked(
            "Turkey joined the war on ISIS last spring.",
            "Reporters asked about the DNC hack on Tuesday.",
            "Many saw the story as a campaign killer.",
            "He pitched the final game in a bloody sock.",
            "Critics likened the gestures to fascist salutes.",
            "The senator spoke of extremist threats to the port.",
            "It became a fierce battle for the nomination.",
            "He had so categorically dismissed the idea.",
            "The doubts of the students were not completely unfounded.",
        ),
        ("Vell's war on the unions went on.", [("war on", "exaggeration")]),
        ("Vell called the columnist a party hack.", [("hack", "contentious label")]),
        ("The claims were unfounded, the court found.", [("unfounded", "expression of doubt")]),
    ],
    # -- new entries and the plain senses they list -------------------------------------------
    "new_entries": [
        ("Vell called the deputies reprobates.", [("reprobates", "contentious label")]),
        ("The column cast Tarsen as a renegade state.", [("renegade", "contentious label")]),
        (
            "The bishops were enablers of the abuse, the letter said.",
            [("enablers", "contentious label")],
        ),
        ("Her rivals called the sect intolerant.", [("intolerant", "contentious label")]),
        ("Police said the shooter was a lone nut.", [("lone nut", "contentious label")]),
        ("The audit reads as a withering indictment.", [("withering", "exaggeration")]),
        ("They sold titillating stories to the tabloids.", [("titillating", "exaggeration")]),
        ("The riot became an orgy of looting.", [("orgy of", "exaggeration")]),
        ("The much-ballyhooed summit ended early.", [("much-ballyhooed", "exaggeration")]),
        ("Then came the dreaded audit.", [("dreaded", "exaggeration")]),
        ("The deputies gave the mayor fawning praise.", [("fawning", "contentious label")]),
        ("Her answer was word salad, the panel said.", [("word salad", "expression of doubt")]),
        ("Critics called it a hissy fit.", [("hissy fit", "exaggeration")]),
        ("The envoy denounced the perfidious pact.", [("perfidious", "contentious label")]),
        # a round or a kite that starts fires is incendiary in the plain sense
        *unmarked(
            "The rifle fired incendiary bullets at the depot.",
            "Farmers found incendiary kites in the wheat fields.",
        ),
        ("Vell gave an incendiary speech at the rally.", [("incendiary", "exaggeration")]),
        *unmarked(
            "Nine patients were lactose intolerant.",
            "The withering heat killed the barley.",
            "Our barley is withering in the dry fields.",
            "The troops came under withering fire from the ridge.",
            "Police broke up an orgy at the villa.",
            "Many workers dreaded the Monday meetings.",
            "Cheap chargers are key enablers of adoption.",
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_compound_entries_are_the_second_half_of_a_compound():
    compound = sorted(e.term for e in load_lexicon().entries if e.compound)
    assert compound == ["baiting", "bashing", "hating", "monger"]
