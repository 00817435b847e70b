"""Loaded-term lexicon audit: entries whose plain sense is common in news are protected, and
the alternatives shown fit the slot of the word they replace. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, loaded_terms, marks, unmarked

LABEL = "contentious label"
SAYING = "loaded verb of saying"

MARKS = {
    # literal senses of sound and motion verbs, and of pests, are plain description
    "literal_sense_unmarked": unmarked(
        "Rats infested the old granary, and the rat-infested barn was closed.",
        "The volcano spewed ash over the valley.",
        "Water gushed from the broken main.",
        "Police said the man was peddling drugs near the school.",
        "A lorry fire caused a traffic snarl on the ring road.",
        "The wind howled all night and the dog barked.",
        "Fans trashed the hotel room after the final.",
        "The tyres screeched as the van turned.",
        "The engine's whine kept residents awake.",
    ),
    "figurative_sense_marked": [
        ("The senator spewed insults at the panel.", [("spewed", SAYING)]),
        ("The minister peddled a story about the budget.", [("peddled", SAYING)]),
        ("He whined that the rules were unfair.", [("whined", SAYING)]),
        (
            "The columnist wrote that the ministry was infested with lobbyists.",
            [("infested", "fear and threat")],
        ),
    ],
    # crime reporting and named crime groups are not a label
    "crime_sense_unmarked": unmarked(
        "Police warned residents about a new phone scam after two arrests.",
        "The report traced the money to the mafia in Naples.",
    ),
    "label_sense_marked": [
        ("The columnist said the pension plan was a scam.", [("scam", LABEL)]),
        ("Critics called the club's board a mafia.", [("mafia", LABEL)]),
    ],
    # a war zone and a full-scale invasion named as such are war reporting
    "war_reporting_unmarked": unmarked(
        "Reporters entered the war zone near the border.",
        "The army launched a full-scale invasion of its neighbour.",
    ),
    "war_figure_marked": [
        ("After the riot the high street was a war zone.", [("war zone", "fear and threat")]),
    ],
    # an insult to intelligence is a label, like "imbecilic"
    "insults_are_labels": [
        ("The editorial called it a stupid decision.", [("stupid", LABEL)]),
        ("The column said the rival was a hypocrite.", [("hypocrite", LABEL)]),
    ],
    # -- set phrases that only mean "not knowing", "a courtesy", "an outspoken critic" ------
    "plain_phrases": [
        ("The ignorant voters of Tarsen were misled again.", [("ignorant", "exaggeration")]),
        ("Dunmore launched a fierce attack on the board.", [("fierce", "exaggeration")]),
        *unmarked(
            "The clerk was ignorant of the new filing rule.",
            "Two candidates waged a fierce fight over the last seat.",
            # the standard name of the issue people march about
            "Students marched against police brutality in Vell on Saturday.",
            "The chair thanked her esteemed colleague from Vell.",
            "Ms Pell, a fierce critic of the plan, spoke first.",
            # the noun that sets the plain sense may stand after another adjective, or be the
            # subject the adjective is said of
            "Aid workers feared a long and bloody civil conflict.",
            "The fighting in the hills was fierce.",
        ),
        ("The mayor was fierce in his attack on the board.", [("fierce", "exaggeration")]),
        ('Ms Tarr called the voters "ignorant" and left.', [("ignorant", "exaggeration")]),
        # a closing quotation mark ends the label: the word after it makes no stock phrase
        # with it, so a scare-quoted label stays marked
        ('The mayor called the audit a "smear" with no basis.', [("smear", "contentious label")]),
        ("The brutality of the new levy stunned the port.", [("brutality", "exaggeration")]),
        # "a mockery of" is the verdict; mockery people felt or voiced is news
        ("The ruling makes a mockery of justice.", [("mockery", "contentious label")]),
        ("The bill is a war on women.", [("war on", "exaggeration")]),
        ("He regrets the mockery it made of the rules.", [("mockery", "contentious label")]),
        *unmarked(
            "His gaffe drew mockery online.",
            "She spoke of a fierce urgency to act.",
            # the verb "damn" means condemn; "the damned" are souls condemned
            "The auditors moved slowly on evidence that could have damned the mayor.",
            "The preacher spoke of the fate of the damned.",
            # a verb's plain sense is set by its object, after an article too
            "The judge said the sentence would shock the conscience.",
            "Vell slammed the heavy door behind him.",
            # and a word's plain sense by the noun phrase after it, past an article
            "The war on the Islamic State went on for years.",
            "The war on the Taliban cost billions.",
        ),
        (
            "It was a damned lie from start to finish.",
            [("damned", "exaggeration"), ("lie", "contentious label")],
        ),
    ],
    # -- new entries and forms -----------------------------------------------------------------
    "new_entries": [
        ("The blog called the protesters freaks.", [("freaks", "contentious label")]),
        ("He said his tormentors had won the vote.", [("tormentors", "contentious label")]),
        # a gerund the tagger reads as a noun keeps its verb's entry
        ("The board revelled in the envoy's groveling.", [("groveling", "contentious label")]),
        ("It was a gut-wrenching end to the season.", [("gut-wrenching", "exaggeration")]),
        ("The warmongering in Tarsen has to stop.", [("warmongering", "contentious label")]),
        ("The witch-hunting of the clerks went on.", [("witch-hunting", "contentious label")]),
        # a word made from a name keeps its capital and is still the label
        ("The site called him an Islamophobe.", [("Islamophobe", "contentious label")]),
        *unmarked(
            "A freak accident closed the road to Dunmore.",
            "Freak weather flooded the valley in June.",
            "She is a fitness freak who runs every morning.",
            # a false alarm phoned or sent in is the police term, no verdict on a dispute
            "Police said the bomb hoax emptied the depot for an hour.",
            "A hoax caller told the clinic staff to leave.",
            # and so is a prank call, message or device, however many words come between
            "Police said the hoax calls came from a payphone.",
            "He made a hoax 999 call to the coastguard.",
            "The clinic warned patients about a hoax text offering refunds.",
            "Staff found a hoax device outside the depot.",
        ),
        ("The blogger called the flood report a hoax.", [("hoax", "contentious label")]),
        # a verb "call" after it is no hoax call
        ("The election hoax calls the whole count into doubt.", [("hoax", "contentious label")]),
        # unless another verb follows: the word after was a noun the parser took for a verb
        *unmarked(
            "Hoax calls waste police time every weekend.",
            "Hoax calls to the fire brigade rose by a third last year.",
            "The puppet shows at the fair drew large crowds.",
        ),
        # but a verb the term is the subject of, with a clause after it, is still its verb
        (
            "The election hoax calls the whole count into doubt, the senator said.",
            [("hoax", "contentious label")],
        ),
        ("The extremist attacks anyone who disagrees with him.", [("extremist", LABEL)]),
        ("Fans freaked out when the band cancelled.", [("freaked out", "exaggeration")]),
    ],
    # -- words and idioms loaded in nearly every use, with their plain senses kept out -------
    "smell_of_a_wrong_marked": [
        ("The whole toll contract reeks of favouritism.", [("reeks of", "exaggeration")]),
        *unmarked("After the blaze the stairwell reeked of smoke for days."),
    ],
    "insults_and_slurs": [
        ("The blog called the treasurer a dotard.", [("dotard", LABEL)]),
        ("The post called the rule retarded.", [("retarded", LABEL)]),
        ("The columnist called the clerk a sleazeball.", [("sleazeball", LABEL)]),
        ("The hapless board lost its third vote.", [("hapless", LABEL)]),
        # the old clinical term is not the insult
        *unmarked("The 1970 report described the patients as mentally retarded."),
    ],
    "legal_charge_used_loosely": [
        ("The columnist said the leaflet was slanderous.", [("slanderous", LABEL)]),
        # a court finding is the legal term
        *unmarked("The court ruled that the leaflet was libellous and awarded damages."),
    ],
    "dramatic_idioms": [
        ("The levy dealt a death blow to the market.", [("death blow", "exaggeration")]),
        ("The town's one factory is in its death throes.", [("death throes", "exaggeration")]),
        ("The plan came to a screeching halt.", [("screeching halt", "exaggeration")]),
        ("The clerk was caught red-handed.", [("red-handed", "exaggeration")]),
        ("The blockade is a paper tiger.", [("paper tiger", LABEL)]),
        ("The hearing was political theatre.", [("political theatre", LABEL)]),
        ("Officials treated the firm with kid gloves.", [("kid gloves", LABEL)]),
    ],
    # -- sneers at people, each with its plain sense kept out -----------------------------------
    "sneers_at_people": [
        ("The brute pushed a Vell pensioner to the ground.", [("brute", LABEL)]),
        ("The singer left her toyboy in Vell.", [("toyboy", LABEL)]),
        ("The councillor said the objectors were nimbys.", [("nimbys", LABEL)]),
        ("The feisty singer walked out of the Vell studio.", [("feisty", LABEL)]),
        ("A man who preyed on pensioners in Vell was jailed.", [("preyed on", LABEL)]),
        ("Another tax grab from the Vell council.", [("tax grab", LABEL)]),
        *unmarked(
            "The door gave way to brute force.",
            "Owls prey on voles in the Vell meadows.",
            "The feisty little terrier chased the post van.",
        ),
    ],
    "hype_and_dismissal": [
        ("Dellow called it a miracle cure for gout.", [("miracle cure", "puffery")]),
        ("The firm calls the app a paradigm shift.", [("paradigm shift", "puffery")]),
        ("The phone has industry-leading battery life.", [("industry-leading", "puffery")]),
        (
            "Veltra, the world's leading name in kettles, opened a plant.",
            [("world's leading", "puffery")],
        ),
        ("The Vell app is transformative.", [("transformative", "puffery")]),
        ("The much-hyped Vell ferry broke down.", [("much-hyped", "puffery")]),
        ("The sequel was overhyped.", [("overhyped", "puffery")]),
        ("The zoom is a gimmick.", [("gimmick", LABEL)]),
        *unmarked(
            "Smoking is the world's leading cause of lung disease.",
            "The Vell court runs a transformative justice programme.",
            "Miracle plays were staged in Vell in the 1400s.",
        ),
    ],
    # a ranking of makers is a measure, not a boast; a denied or marketed miracle is not the
    # outlet's praise
    "puffery_in_plain_business_text": [
        *unmarked(
            "Orvane is the world's leading maker of ferry engines by output.",
            "Doctors said no miracle cure exists for the Vell fever.",
        ),
        (
            "Dara is one of the world's leading experts on ferries.",
            [("world's leading", "puffery")],
        ),
        ("The tonic is a miracle cure.", [("miracle cure", "puffery")]),
    ],
    # a word for a past society's subordinates is the historian's in a history of that society
    "history_words_in_a_history": [
        *unmarked(
            "The duke was a vassal of the king of Vell.",
            "Persian satraps ruled the provinces of the empire.",
            "The servile class of the old manor worked the land.",
            "The prince was born a bastard, the son of the king.",
            "The museum shows a bastard sword from Vell.",
        ),
        ("The minister is a vassal of Moscow, critics say.", [("vassal", LABEL)]),
        ("The governor is a Kremlin satrap.", [("satrap", LABEL)]),
        ("The board was servile to the owner.", [("servile", LABEL)]),
        *unmarked("The feudal vassals swore loyalty to the duke."),
        # a history word elsewhere in the sentence is not about the term
        ("The king of Norvell made his country a vassal of Tarsen.", [("vassal", LABEL)]),
        ("Lord Orme's party is a servile tool of the banks.", [("servile", LABEL)]),
        ("The queen of daytime radio called her rival a bastard.", [("bastard", LABEL)]),
        ("He is a vassal of Tarsen since his reign as party leader.", [("vassal", LABEL)]),
        # a modern inquiry likened to the witch hunts of a past period is still the label
        (
            "The senator called the inquiry a 17th-century witch hunt.",
            [("witch hunt", LABEL)],
        ),
    ],
    # a breeder's word for a female dog is no insult; said of a person it is
    "bitch_of_a_dog": [
        *unmarked(
            "The breeder said the bitch gave birth to six puppies.",
            "The bitch was spayed at the Vell clinic.",
        ),
        ("He said she was a bitch.", [("bitch", LABEL)]),
    ],
    # literal paper tigers and kid gloves; "reek of" only of something abstract
    "literal_figures": [
        *unmarked(
            "Children made a paper tiger for the lantern parade.",
            "The soldier wore kid gloves made of fine leather.",
            "The room reeked of cat pee.",
            "The sulfur cloud reeked of rotten eggs.",
        ),
        ("Critics say the treaty is a paper tiger.", [("paper tiger", LABEL)]),
        ("The board handled the talks with kid gloves.", [("kid gloves", LABEL)]),
        ("The deal reeks of corruption.", [("reeks of", "exaggeration")]),
        (
            "The plan reeked of desperation and greed.",
            [("reeked of", "exaggeration"), ("greed", LABEL)],
        ),
        ("The timing reeks of a cover-up.", [("reeks of", "exaggeration")]),
    ],
    # "smear" as a noun: a smear of paint or a swab is the plain word
    "smear_of_a_thing": [
        *unmarked("There was a smear of paint on the wall.", "The nurse took a smear with a swab."),
        ("The mayor called the report a smear.", [("smear", LABEL)]),
        ("The rivals kept up their smear of the judge.", [("smear", LABEL)]),
    ],
    # "lionise" in both spellings, with its object
    "lionize_with_an_object": [
        ("Writers lionised him after the tour.", [("lionised", "puffery")]),
        ("Fans lionized the striker.", [("lionized", "puffery")]),
    ],
    # "radical" before any faith names a strand of it; "a fool not to" is the idiom only
    "faiths_and_idioms": [
        *unmarked(
            "The radical Muslim cleric was jailed.",
            "Radical evangelical preachers toured Vell.",
            "He would be a fool not to take the deal.",
        ),
        ("He is a fool not only with money.", [("fool", LABEL)]),
    ],
    # a business named after a figure of speech; the figure itself is still marked
    # plain senses the fresh review of the twentieth session found marked
    "plain_senses_of_hail_blast_dirty_horror": [
        *unmarked(
            "Her party is within hailing distance of a majority.",
            "The office blasted out an email to every member on Friday.",
            "The dirtiest generators in Vell will close by 2030.",
            "She has worked in the horror space for a decade.",
        ),
        ("Fans hailed the ruling on Friday.", [("hailed", "loaded verb of saying")]),
    ],
    # a word after the term that names a plain thing must not swallow a loaded use
    "edges_of_the_plain_senses": [
        *unmarked(
            "The cat took a swipe at a fly on the window.",
            "She attends a pay-to-play school in Vell.",
        ),
        (
            "Witch hunt claims were made by the minister's allies on Monday.",
            [("Witch hunt", "contentious label")],
        ),
    ],
    "name_of_a_business": [
        *unmarked("She runs Pandora's Box, a gift shop in Vell."),
        ("The plan risks opening a Pandora's Box of claims.", [("Pandora's Box", "exaggeration")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        ("The self-styled expert offered advice.", "self-described"),
        ("Her rival called him an idiot.", "person"),
        ("Her rival called him an ignoramus.", "uninformed person"),
    ],
)
def test_alternative_fits_the_slot(nlp, text, alternative):
    (term,) = loaded_terms(nlp, text)
    assert term.alternative == alternative
