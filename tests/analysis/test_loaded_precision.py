"""Loaded terms: senses that are plainly neutral in news are not marked (issue 4).

Each rule has sentences where the loaded sense is marked and sentences where the neutral sense
stays silent; the sentences and names are invented for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from contextreader.analysis.loaded.lexicon import load_lexicon
from contextreader.analysis.loaded.rules.labels import rule_mass_label
from tests.analysis.helpers import grouped, marks

MARKS = {
    # -- a homograph the parser uses as a noun modifier is not the verb or adjective ----------
    "verb_entries_not_as_noun_modifiers": [
        ("The navy kept three torpedo boats in the bay.", []),
        (
            "Rival ministers tried to torpedo the bridge plan.",
            [("torpedo", "exaggeration")],
        ),
    ],
    # -- euphemisms for killing only where people are the object ------------------------------
    "liquidate_and_neutralize_only_of_people": [
        ("The trustees moved to liquidate the property in March.", []),
        ("The firm will liquidate its holdings by June.", []),
        ("The new filter can neutralize the acid in the water.", []),
        (
            "The militia vowed to liquidate the protesters.",
            [("liquidate", "euphemism")],
        ),
        (
            "The unit was ordered to neutralize the protesters.",
            [("neutralize", "euphemism")],
        ),
    ],
    # -- legal, medical, quantity and hazard senses of intensifiers ---------------------------
    "technical_and_literal_senses": [
        ("The board found the surgeon grossly negligent.", []),
        (
            "The mayor's plan was grossly unfair to tenants.",
            [("grossly", "exaggeration")],
        ),
        ("The minister categorically denied the report.", []),
        (
            "The minister was categorically wrong about the budget.",
            [("categorically", "exaggeration")],
        ),
        ("The devastating earthquake destroyed the harbour.", []),
        (
            "The audit proved devastating for the mayor's allies.",
            [("devastating", "exaggeration")],
        ),
        ("Patients reported bloody diarrhea and fever.", []),
        ("Officers fired on a bloody march through the capital.", [("bloody", "fear and threat")]),
        ("The sheer number of entries surprised the judges.", []),
        (
            "The sheer arrogance of the plan surprised the judges.",
            [("sheer", "exaggeration"), ("arrogance", "contentious label")],
        ),
        ("Prices stayed stubbornly high through the winter.", []),
        ("The two plans are radically different.", []),
        ("The auditors published a damning report on the agency.", []),
    ],
    # -- legal, engineering, farming and philosophy terms that share a loaded word ------------
    "terms_of_a_trade_are_not_loaded": [
        ("The driver was charged with reckless driving.", []),
        ("The pump suffered a catastrophic failure at noon.", []),
        ("The plant handles livestock slaughter for three farms.", []),
        ("Lawyers warned of a chilling effect on reporters.", []),
        ("The seminar posed existential questions about work.", []),
        ("A swarm of bees settled on the roof.", []),
        # a flood of things said of people is still a label
        ("The migrants are a flood of cheap labour.", [("flood", "fear and threat")]),
        (
            "The mayor's reckless plan emptied the reserve.",
            [("reckless", "contentious label")],
        ),
        (
            "The militia carried out the slaughter of villagers.",
            [("slaughter", "fear and threat")],
        ),
        (
            "The leaflet warned of a swarm of migrants.",
            [("swarm", "fear and threat")],
        ),
    ],
    # -- idioms and trade terms that share a word with a loaded sense -------------------------
    "idioms_and_trade_terms": [
        ("Lars Odum won an outright majority in the spring vote.", []),
        ("Low wages and debt form a vicious circle for the town.", []),
        ("A venomous snake bit the farmer near the river.", []),
        ("Economists warned of a perverse incentive in the tax plan.", []),
        ("The engineers feared a nuclear meltdown at the plant.", []),
        ("The outgoing governor is now a lame duck.", []),
        ("Doctors prescribed an anti-inflammatory drug for the swelling.", []),
        ("The court found him mentally incompetent to stand trial.", []),
        ("Malaria is caused by a parasite carried by mosquitoes.", []),
        ("The clinic offers a free smear test to women over 25.", []),
        ("The talks degenerated into shouting within an hour.", []),
        ("The dispute set off fierce fighting in the north.", []),
        ("Under international law both belligerent parties must protect civilians.", []),
        ("The guide lists every poisonous mushroom in the valley.", []),
        ("Lars Odum has a crooked smile.", []),
        ("The shop sells dystopian novels and maps.", []),
        ("Many of the reporters felt shamed by the leaks.", []),
        ("The inquiry found three sham marriages.", []),
    ],
    "the_loaded_sense_is_still_marked": [
        ("The guards launched a vicious attack on the crowd.", [("vicious", "exaggeration")]),
        (
            "The senator gave an inflammatory speech at the rally.",
            [("inflammatory", "exaggeration")],
        ),
        (
            "The incompetent minister lost the files again.",
            [("incompetent", "contentious label")],
        ),
        ("Dara Voss called the landlords parasites.", [("parasites", "contentious label")]),
        ("The campaign tried to smear the judge.", [("smear", "contentious label")]),
        ("Critics called the new rules dystopian.", [("dystopian", "contentious label")]),
        ("The vote was a sham.", [("sham", "contentious label")]),
    ],
    # -- "Islamic jihad" names a doctrine; a campaign called a jihad is the loaded use ---------
    "jihad_as_doctrine_or_as_label": [
        ("The lecture traced the history of Islamic jihad.", []),
        (
            "The senator waged a jihad against teachers.",
            [("jihad", "exaggeration")],
        ),
    ],
    # -- "these"/"those" alone point back to anything; they do not make a label about people --
    "demonstratives_do_not_make_a_label_personal": [
        ("Rats spread the fever. These animals later reach the farms.", []),
        ("Dara Voss called them animals.", [("animals", "contentious label")]),
        ("You fool, the senator said.", [("fool", "contentious label")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_entries_neutral_in_most_news_are_gone():
    terms = {e.term for e in load_lexicon().entries}
    assert "restructuring" not in terms  # the plain business and debt term
    assert "unbeliever" not in terms  # the plain word for someone outside a faith


def test_a_flood_of_things_is_no_label_whatever_the_parse_hangs_on_it(nlp) -> None:
    """The parser may set a person's name after "a flood of imports" in apposition to "flood"
    (in a long sentence whose next clause opens on the name): the "of" still says what floods,
    things, so the figure is the plain one. Built by hand, as the misparse comes and goes."""
    doc = Doc(
        nlp.vocab,
        words=["battered", "by", "a", "flood", "of", "imports", ",", "Ana", "Roe"],
        heads=[0, 0, 3, 1, 3, 4, 3, 8, 3],
        deps=["ROOT", "agent", "det", "pobj", "prep", "pobj", "punct", "compound", "appos"],
        pos=["VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN"],
        tags=["VBN", "IN", "DT", "NN", "IN", "NNS", ",", "NNP", "NNP"],
        lemmas=["batter", "by", "a", "flood", "of", "import", ",", "Ana", "Roe"],
    )
    doc.ents = [Span(doc, 7, 9, label="PERSON")]
    assert rule_mass_label(doc, 3, 4, load_lexicon()) is None
