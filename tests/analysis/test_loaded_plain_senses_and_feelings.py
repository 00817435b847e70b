"""Loaded terms: words of praise or alarm in a plain sense (a weighty duty, a stock phrase, a
legal standard, a descriptive category) and labels a sentence forbids; whose word a mark is
(feelings of others, impersonal frames, rumours) is tested in test_loaded_voice.py. Every
sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
    # -- stock phrases: a crash's name, a debate's heat, light amusement, a gloomy mood -------
    "stock_phrases": [
        *unmarked(
            "The bank failed during the financial meltdown of 2009.",
            "Pensions shrank after the Wall Street meltdown.",
            "Whether the port should grow is fiercely debated in Tarsen.",
            "The app offers mindless entertainment for long train rides.",
            "The mood on the trading floor was all doom and gloom.",
            "Traders tired of the gloom and doom in the forecasts.",
            "Spies have long planted forged letters for propaganda purposes.",
            "Thousands fled after a devastating civil war in the hill country.",
            # the casual "get stuff done" and the plain "complete" leave no contempt or charge
            "The new mayor ran on a promise to get shit done at the town hall.",
            "Few senators call for full-blown withdrawal from the treaty.",
            # feigning ignorance calls no one stupid; scripture's phrase is cited, not said
            "Why are the directors playing dumb about the leak?",
            "Such pride, the preacher wrote, is an abomination unto God.",
        ),
        ("The plan to shut the quay is dumb.", [("dumb", "contentious label")]),
        ("The new tower is an abomination.", [("abomination", "exaggeration")]),
        ("The quay is a shit place to moor a boat.", [("shit", "exaggeration")]),
        ("That shit does not fly here, the coach said.", [("shit", "exaggeration")]),
        ("The candidate had a meltdown on stage.", [("meltdown", "exaggeration")]),
        ("She fiercely opposed the tax.", [("fiercely", "exaggeration")]),
        ("The crowd's mindless cheering irritated him.", [("mindless", "contentious label")]),
        ("Critics warn the levy will doom the town's shops.", [("doom", "fear and threat")]),
        (
            "The mayor's newsletter is pure propaganda.",
            [("propaganda", "contentious label")],
        ),
        ("The tariff was a devastating blow to farmers.", [("devastating", "exaggeration")]),
    ],
    # -- an adjective after its noun is read as before it: a literal object stays plain -------
    "adjective_after_its_noun": [
        *unmarked("He finished the race with his shirt bloody from a fall."),
        ("It was a bloody week for the ruling party.", [("bloody", "fear and threat")]),
    ],
    # -- puffery words that praise nothing --------------------------------------------------
    "weighty_not_praised": [
        *unmarked(
            "Dell took on the awesome responsibility of running the harbour board.",
            "The governor holds awesome power over the budget.",
        ),
        ("The new band put on an awesome show.", [("awesome", "puffery")]),
    ],
    "praise_word_as_a_verb_with_an_object": [
        *unmarked("The ministry kept dazzling the press with slogans."),
        ("The troupe gave a dazzling performance.", [("dazzling", "puffery")]),
    ],
    # -- idioms and phrases whose sense the words around them set ----------------------------
    "firmness_of_an_endorsement": [
        *unmarked("Several aldermen unequivocally endorsed the ferry budget on Monday."),
        ("The levy is unequivocally wrong.", [("unequivocally", "exaggeration")]),
    ],
    "stop_holding_back": [
        *unmarked(
            "The two rivals took off the kid gloves in the second debate.",
            "The senator said it was time to take the kid gloves off.",
        ),
        ("The regulator treated the banks with kid gloves.", [("kid gloves", "contentious label")]),
    ],
    "a_proverb": [
        *unmarked("Closing the clinic would be penny-wise and pound-foolish, the nurse said."),
        ("It was a foolish plan from the first week.", [("foolish", "exaggeration")]),
    ],
    "trouble_coming_back": [
        *unmarked("Inflation reared its ugly head again in the spring."),
        ("It was an ugly campaign from the first week.", [("ugly", "exaggeration")]),
    ],
    "doom_foretold": [
        ("The report predicts doom for the coal towns.", [("doom", "fear and threat")]),
    ],
    "hedged_fear_and_a_fiction_genre": [
        *unmarked(
            '"Moving abroad is a little terrifying," she said.',
            "The show follows a zombie apocalypse in a small town.",
        ),
        ("The new tax plan is terrifying.", [("terrifying", "fear and threat")]),
        ("Critics warn of an economic apocalypse.", [("apocalypse", "fear and threat")]),
    ],
    "stock_phrase_of_chance": [
        *unmarked("By an amazing coincidence, the audit began the day Pell resigned."),
        ("The harbour has an amazing view.", [("amazing", "puffery")]),
    ],
    "praise_word_on_an_insult_intensifies_it": [
        ("Vell is a world-class hypocrite.", [("hypocrite", "contentious label")]),
        ("Vell is a world-class chef.", [("world-class", "puffery")]),
    ],
    # -- plain, accurate or technical senses -------------------------------------------------
    "descriptor_like_islamist_extremists": [
        *unmarked("The port has been seized by radical Islamists who want a caliphate."),
        (
            "The port has been seized by radical activists.",
            [("radical", "contentious label")],
        ),
    ],
    "legal_standard": [
        *unmarked("The appeals panel ruled the fine grossly disproportionate to the offence."),
        ("The mayor's plan was grossly unfair to tenants.", [("grossly", "exaggeration")]),
    ],
    "descriptive_category": [
        *unmarked("The rise of partisan media has changed how voters read the news."),
        ("The ruling was a partisan act.", [("partisan", "contentious label")]),
    ],
    "plain_phrase_for_a_far_reaching_change": [
        *unmarked("The hour for drastic change has come.", "The council took drastic action."),
        ("The drastic cuts closed two libraries.", [("drastic", "exaggeration")]),
    ],
    "slur_is_not_the_charge_of_conduct": [
        *unmarked("A neighbour shouted that they were dirty Arabs."),
        ("They ran a dirty campaign.", [("dirty", "exaggeration")]),
    ],
    # -- idioms and terms of art with a plain sense ----------------------------------------
    "strife_between_parties": [
        *unmarked("Months of partisan strife over the harbour levy stalled the council."),
        ("The senator made a partisan attack on the mayor.", [("partisan", "contentious label")]),
    ],
    # negative: a movement someone founds under the name is praise
    "a_movement_named_for_its_loyalty": [
        ("Vell founded a patriot movement in the hill towns.", [("patriot", "puffery")]),
        ("Vell called his rival a true patriot.", [("patriot", "puffery")]),
    ],
    # "radical" before the name of a kind of armed organisation; of people it is a label
    "descriptor_of_armed_fighters": [
        *unmarked("Gunmen from a radical militant group attacked the army post near the border."),
        ("The radical activists blocked the road to Tarsen.", [("radical", "contentious label")]),
        (
            "The governor dismissed the striking teachers as radical militants.",
            [("radical", "contentious label")],
        ),
        (
            "The radical insurgents of the farmers' party won the primary.",
            [("radical", "contentious label")],
        ),
    ],
    # "Fascist totalitarians": the regime's rulers, named as political science names them; an
    # adjective pinned on a present-day campaign or state is a label
    "classification_of_a_regime": [
        *unmarked("Historians of the war set Fascist totalitarians apart from mere autocrats."),
        # "the" regime by name and a noun of a system of rule, in a past clause: its
        # classification
        *unmarked(
            "Scholars of the Fascist totalitarian state studied its courts.",
            "The Communist totalitarian system ended with the wall.",
        ),
        # a name in lower case, a likening or a present-day regime is a label
        (
            "The bill would bring the communist totalitarian state back to Velm.",
            [("totalitarian", "contentious label")],
        ),
        (
            "The new curfew was the Nazi totalitarian state all over again.",
            [("totalitarian", "contentious label")],
        ),
        (
            "The Communist totalitarian regime in Velm jails its poets.",
            [("totalitarian", "contentious label")],
        ),
        (
            "Critics called the mayor's budget totalitarian.",
            [("totalitarian", "contentious label")],
        ),
        (
            "Her rivals run a Nazi totalitarian campaign against the press.",
            [("totalitarian", "contentious label")],
        ),
        (
            "Our rivals want a Soviet totalitarian state where nobody owns a car.",
            [("totalitarian", "contentious label")],
        ),
    ],
    # "in a perverse sense" and "a perverse irony" mean paradoxically (rule "not-a-manner")
    "paradox_idiom": [
        *unmarked(
            "In a perverse sense, the defeat made him stronger.",
            "It is a perverse irony that the tax hurt its own authors.",
        ),
        ("The levy creates perverse outcomes for small farms.", [("perverse", "exaggeration")]),
        (
            "The perverse way the board treated its cleaners drew a lawsuit.",
            [("perverse", "exaggeration")],
        ),
    ],
    # a speaker's own feeling in reported speech: the pronoun is the speaker's unless the
    # speaker is known to be of the other gender or the clause stands in a direct quote
    "own_feeling_reported": [
        *unmarked(
            'The harbour master said he was "appalled" by the delays.',
            'Dr Okafor said she was "horrified" by the report.',
            'She was "furious", Ona Pell said.',
            # without quotation marks too: the outlet's paraphrase of how the speaker felt
            "One tenant, Ona Pell, said she was horrified by the rent rise.",
            "Ona Pell lives by the quay. She said she was appalled.",
        ),
        ('"She was furious," the porter said.', [("furious", "exaggeration")]),
        # a feeling given to others, or by a speaker of the other gender, is still marked
        (
            "Ona Pell said the tenants were horrified by the rent rise.",
            [("horrified", "exaggeration")],
        ),
        ("Mr Dan Vell said she was appalled.", [("appalled", "exaggeration")]),
        # a body or a crowd telling of "she" tells of someone else; a feeling urged with
        # "should" is a demand, not the speaker's state
        ("Police said she was terrified by the attack.", [("terrified", "exaggeration")]),
        ("The hospital said he was terrified.", [("terrified", "exaggeration")]),
        ("The minister said we should all be terrified.", [("terrified", "exaggeration")]),
        ('"We should all be terrified," the minister said.', [("terrified", "exaggeration")]),
        # "must have been" guesses at the speaker's own state, and demands nothing
        *unmarked('"I must have been terrified," she said.'),
        # a gendered role or kin noun tells the speaker's gender; before its verb of saying
        # the clause is the speaker's only where a known gender agrees; a spokesman or a
        # lawyer speaks of someone else
        *unmarked(
            'His uncle said he was "heartbroken" by the ruling.',
            'He was "appalled", his grandfather said.',
        ),
        ('Her uncle said she was "terrified" of the dogs.', [("terrified", "exaggeration")]),
        ('He was "appalled", the harbour master said.', [("appalled", "exaggeration")]),
        ('She was "livid", the mayor\'s spokeswoman said.', [("livid", "exaggeration")]),
        (
            'The barrister said he was "devastated" by the verdict on his client.',
            [("devastated", "exaggeration")],
        ),
        (
            'Mr Dan Vell told the board she was "outraged" by the fees.',
            [("outraged", "exaggeration")],
        ),
    ],
    # a view someone takes or has is their distrust; a view with an owner is a verdict on them
    "a_distrustful_view": [
        *unmarked("Old sailors hold a cynical view of the weather forecast."),
        (
            "The levy is a cynical ploy to win votes.",
            [("cynical", "editorializing"), ("ploy", "contentious label")],
        ),
        ("The senator's cynical view of voters is well known.", [("cynical", "editorializing")]),
        (
            "The senator's cynical views on farmers are well known.",
            [("cynical", "editorializing")],
        ),
    ],
    "adjective_used_as_a_noun": [
        *unmarked("The new owners promised to fix all the terribles of the old stadium."),
        ("The mayor made a terrible decision.", [("terrible", "exaggeration")]),
    ],
    # -- a label the sentence forbids is applied to no one ---------------------------------
    "forbidden_labels": [
        *unmarked(
            "It is not acceptable to call the monks who left vile heretics.",
            "It isn't permissible to call the ferry crews cowards.",
            "You must not call your rivals traitors.",
            "Don't call them cowards.",
            "It is wrong to call them heretics.",
        ),
        ("It is fair to call them heretics.", [("heretics", "contentious label")]),
        ("It is not unfair to call them heretics.", [("heretics", "contentious label")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
