"""Loaded terms, rule "figurative" (``loaded/rules/hazards.py``): a word of ruin is the plain
word for damage a storm, flood or fire did, in its sentence or the one before; rule
"not-of-killings": a word of spilt blood is the plain word beside a report of deaths; rule
"not-of-terror": "extremists" is the security term in a passage about terrorism; rule
"not-of-computers": "hack" is a break-in beside a word of computers; rule "not-of-nature":
"colossal" is a plain size of a storm or a flood; rule "not-of-peoples": "annihilate" is the
literal word done to peoples. Every sentence and name is
invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

MARKS = {
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
        # a word of ruin in a clause that counts the dead is the plain word for a real
        # disaster; deaths in another clause, or a count of jobs or seats, are not
        *unmarked(
            "Officials raised the death toll from the disaster to 58 on Sunday.",
            "The catastrophe killed more than 300 villagers.",
        ),
        (
            "His tenure brought havoc to the ministry; two aides were killed in a crash that year.",
            [("havoc", "fear and threat")],
        ),
        (
            "The catastrophic policy killed thousands of villagers.",
            [("catastrophic", "exaggeration")],
        ),
        (
            '"It is a disaster," she said of the merger that killed 300 jobs.',
            [("disaster", "exaggeration")],
        ),
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
    # -- "extremists" in a passage about terrorism is the security term, unless pinned on people --
    "extremists_in_a_passage_about_terrorism": [
        *unmarked(
            "Moderators closed hundreds of accounts tied to extremists after the terror attack.",
            "The charity works to counter extremist recruitment among teenagers.",
            "Moderators removed extremist posts and accounts within hours.",
        ),
        (
            "After the terror attack, rivals called the mayor an extremist.",
            [("extremist", "contentious label")],
        ),
        (
            "After the terror attack, the extremist senator left the hall.",
            [("extremist", "contentious label")],
        ),
        (
            "The terror attack shook the port. Extremists who oppose the mayor marched.",
            [("Extremists", "contentious label")],
        ),
        (
            "Moderators closed hundreds of accounts tied to extremists.",
            [("extremists", "contentious label")],
        ),
        # terrorism in the next sentence makes it the field's term too
        *unmarked(
            "Moderators closed hundreds of accounts tied to extremists. The firm cited terrorist "
            "activity.",
        ),
        # an owner, or an "in" or "like" phrase, pins the word on people
        (
            "The extremists in Congress want to cut counterterrorism programs.",
            [("extremists", "contentious label")],
        ),
        (
            "The senator's extremist agenda stoked fears of terrorism.",
            [("extremist", "contentious label")],
        ),
        ("Rivals say the senator is an extremist on taxes.", [("extremist", "contentious label")]),
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
        # a vehicle that runs out of control is a crash, not a dramatised situation
        *unmarked(
            "The car spun out of control on the ice.",
            "The lorry was out of control when it hit the wall.",
            "A bus out of control ploughed into a shop.",
            "The plane spiralled out of control and crashed.",
        ),
        (
            "Debt spiralled out of control under the last board.",
            [("out of control", "exaggeration")],
        ),
        ("The crowd spun out of control after the match.", [("out of control", "exaggeration")]),
        ("The ship of state is out of control.", [("out of control", "exaggeration")]),
        # a vehicle something is likened to, or one a noun before it makes into something else
        (
            "His campaign is a train out of control.",
            [("out of control", "exaggeration")],
        ),
    ],
    "vehicles_named_by_their_use": [
        *unmarked(
            "The school bus spun out of control on the ice.",
            "A police car out of control hit the harbour wall.",
        ),
    ],
    # "devastating" is plain for the harm a hazard or a disease does, a verdict on a policy
    "devastating_of_hazards_and_policies": [
        *unmarked(
            "The epidemic is devastating villages in the north.",
            "Health workers want to stop the outbreak from devastating villages in the region.",
            "The drought has been devastating farms across the plain.",
        ),
        ("The new tax has been devastating small shops.", [("devastating", "exaggeration")]),
        # a progressive the parser makes a complement of "is" keeps its own subject, whatever
        # hazard the sentence before names
        (
            "The storm flooded the valley last year. The new levy is devastating farmers.",
            [("devastating", "exaggeration")],
        ),
        ("The audit was a devastating blow to the mayor.", [("devastating", "exaggeration")]),
        # the noun an -ing word describes decides, whatever hazard the sentence names
        (
            "The storm has passed, but the port closure is devastating news for the island.",
            [("devastating", "exaggeration")],
        ),
        # military acts, written whole or with a hyphen; not an invasion or an assault, which
        # are as often figures ("an invasion of privacy", "an assault on her record")
        *unmarked(
            "The rebels were pushed back by a devastating counterattack.",
            # a medical harm, as a disease or an injury is
            "The virus is known to bring devastating birth defects.",
            "The army launched a devastating counter-offensive in the south.",
            "Six soldiers died in a devastating ambush near the pass.",
        ),
        ("The leak was a devastating invasion of privacy.", [("devastating", "exaggeration")]),
        ("Auditors found a devastating defect in the plan.", [("devastating", "exaggeration")]),
        (
            "The column was a devastating assault on her record.",
            [("devastating", "exaggeration")],
        ),
        ("She made a devastating counter-argument.", [("devastating", "exaggeration")]),
    ],
    # a hazard word right before a name is that hazard's name, however the parser attached it
    "hazard_named_before_its_name": [
        *unmarked(
            "Two days after superstorm Vell ravaged the coast, the governor toured the damage.",
        ),
        (
            "Two days after Mayor Vell ravaged the budget, the council met.",
            [("ravaged", "fear and threat")],
        ),
    ],
    # rule "not-of-killings": a word of spilt blood is the plain word next to a report of
    # deaths or injuries (the sentence, the one before or the one after) or of a natural hazard
    "spilt_blood_of_real_killings": [
        *unmarked(
            '"The junction was pure carnage," a cyclist said. "Two bodies lay there."',
            "The bloodshed lasted an hour.\n\nThe raid killed 12 people.",
            'A nurse said: "Two bodies lay there."\n\nThe bloodshed lasted an hour.',
            "A gunman killed nine people, the worst bloodshed in the city in decades.",
            "A flood left carnage in the valley and six people dead.",
            "The storm caused carnage along the coast.",
        ),
        ("The tariff vote was a bloodbath in the markets.", [("bloodbath", "fear and threat")]),
        (
            "Analysts called the sell-off carnage on Wall Street.",
            [("carnage", "fear and threat")],
        ),
        # two sentences away is not next to it
        (
            "Six people were injured in the crash. Traffic was slow all day. The budget vote "
            "was a bloodbath for the mayor.",
            [("bloodbath", "fear and threat")],
        ),
    ],
    # only the dead or injured make the word plain: a word of violence nearby may be a figure
    # or another sense itself ("a scoring rampage", "the shooting of a film") and says nothing
    # about what the word of spilt blood is said of
    "spilt_blood_beside_a_word_of_violence": [
        *(
            (text, [(word, "fear and threat")])
            for text, word in (
                ("The bond market bloodbath came a day after the bombing.", "bloodbath"),
                (
                    "The primary was carnage for moderates. The shooting had led the news.",
                    "carnage",
                ),
                ("The club went on a scoring rampage. It was carnage for the guests.", "carnage"),
                (
                    "The shooting of the film ended in June. The box office bloodbath came later.",
                    "bloodbath",
                ),
                (
                    "Police sealed the square after the shooting. The bloodshed ended the truce.",
                    "bloodshed",
                ),
                ("Traders made a killing on Monday. The bloodbath left others broke.", "bloodbath"),
            )
        ),
    ],
    # a count of a people, tagged as a plural name, is a count of the dead
    "counted_people_by_name": [
        *unmarked(
            "Raiders stormed the camp and left four Kavarians dead. The carnage went on for "
            "an hour.",
        ),
    ],
    # a death or an injury counts only as a count of people killed or hurt, the dead or bodies:
    # not a lone death, a death of no one, a compound, a denial or a harm of another kind
    "spilt_blood_beside_no_real_killings": [
        *(
            (text, [("bloodbath", "fear and threat")])
            for text in (
                "Bond markets saw a bloodbath on Tuesday. The bank said its founder had died.",
                "Analysts called the tax plan a bloodbath for farmers, where deaths from debt "
                "have climbed.",
                "The injury-hit squad endured another bloodbath.",
                "The final was a bloodbath for the visitors. Nobody was killed, of course.",
                "Tech stocks suffered a bloodbath, killing hopes of a quick recovery.",
                "The council killed the scheme after a bloodbath in committee.",
                "The caucus was a bloodbath. Turnout died down after lunch.",
                "The merger brought a bloodbath of layoffs. Hundreds of staff will be injured "
                "financially.",
                "Many careers died in the bloodbath at the bank.",
            )
        ),
        *unmarked(
            "Militants killed eight guards overnight, and the carnage spread to the suburbs.",
            "The blast killed 40. Survivors described a scene of carnage near the port.",
            "After the carnage, the dead were laid out in the church.",
            "The deaths of 30 children were the worst of the bloodshed.",
            # people killed or hurt joined to one another, counted by a word of many, named
            # as people, or the death toll
            "The raiders killed a guard and his two sons in the bloodbath at the depot.",
            "Scores were wounded in the carnage at the station, police said.",
            "Hundreds perished in the bloodshed, and many died in the carnage after it.",
            "The blast hurt a driver and injured several passers-by in the carnage.",
            "The carnage killed villagers and pilgrims alike.",
            "Death toll climbs in carnage at the stadium.",
            # victims named by a collective noun, a people's name, a pronoun or "the wounded",
            # and the toll of an event
            "Dozens of police were killed in the raid, the worst bloodshed in years.",
            "Hundreds of Vellish were killed in the bloodshed, officials said.",
            "Dozens of staff died in the carnage.",
            "Many of the wounded died, and the carnage went on.",
            "The death toll of the attack rose to 40 as the carnage continued.",
            # a count "of" anyone is read as people, since no list names every victim
            "The bloodbath at the festival killed dozens of tourists.",
            "Scores of demonstrators were wounded in the bloodbath outside parliament.",
        ),
        *(
            (text, [("carnage", "fear and threat")])
            for text in (
                "Nobody was killed in the carnage at the stadium.",
                "The sell-off killed hopes of a rally in the carnage on the exchange.",
                "A toll road was a carnage of delays.",
            )
        ),
    ],
    # -- a word of outsize is the plain size of a natural hazard ---------------------------
    "outsize_of_natural_hazards": [
        *unmarked(
            "A colossal storm on the gas giant has faded.",
            "A colossal tropical storm battered the island of Vell.",
            "The flood that hit Vell was gargantuan.",
        ),
        *(
            (text, [(word, "exaggeration")])
            for text, word in (
                ("The levy was a colossal error.", "colossal"),
                ("The new bridge is a colossal waste of money.", "colossal"),
                ("The bill is a gargantuan mistake.", "gargantuan"),
                # a hazard with an "of" phrase is a figure
                ("The closure set off a colossal wave of layoffs.", "colossal"),
                ("The council faced a colossal storm of protest.", "colossal"),
                # a hazard elsewhere in the sentence grades nothing
                ("The response to the hurricane was a colossal failure.", "colossal"),
                # a star, a wave or a beast is as often a figure as a thing of nature: only a
                # hazard gives the word a plain size
                ("The studio wants a colossal star to save the series.", "colossal"),
                ("The party rode a colossal wave in the spring vote.", "colossal"),
                ("Critics call the bank a gargantuan dinosaur.", "gargantuan"),
                ("The new planet is colossal.", "colossal"),
                ("Divers filmed a colossal squid off Tarsen.", "colossal"),
            )
        ),
    ],
    # -- a verb of wiping out done to peoples or to people in their many is a mass killing ---
    "wiping_out_peoples": [
        *unmarked(
            "The settlers annihilated millions of people.",
            "Thousands of civilians were annihilated in the camps.",
            "Thousands were annihilated in the camps.",
            "The empire annihilated the tribe.",
            "The army annihilated the garrison, killing 400 people.",
            # an answer says what the question asked
            "Whom did the invaders annihilate? They annihilated whole peoples.",
            "The invaders annihilated millions of human beings.",
            "The raiders annihilated 40 villagers.",
            "The raiders annihilated 400 people.",
            # people described as a people or a population, not picked out by what they did
            "The army set out to annihilate the Tarsenian people.",
            "The bombing annihilated the people of the valley.",
        ),
        # a count is not enough: people counted by a role or a side are beaten, not killed
        *(
            (text, [(word, kind)])
            for text, word, kind in (
                (
                    "The rebel slate annihilated dozens of incumbents in the primary.",
                    "annihilated",
                    "exaggeration",
                ),
                # people named by no count are beaten, not killed
                ("The party annihilated the people who doubted it.", "annihilated", "exaggeration"),
                (
                    "The champion annihilated thousands of challengers in her career.",
                    "annihilated",
                    "exaggeration",
                ),
                (
                    "The annihilation of dozens of moderate candidates split the party.",
                    "annihilation",
                    "fear and threat",
                ),
            )
        ),
        *(
            (text, [(word, "exaggeration")])
            for text, word in (
                ("The party was annihilated at the polls.", "annihilated"),
                ("She annihilated the opposition in the debate.", "annihilated"),
                ("The team annihilated its rivals.", "annihilated"),
                ("The Greens annihilated the Tories in Tarsen.", "annihilated"),
                ("The merger annihilated 300 jobs.", "annihilated"),
            )
        ),
        (
            "Whom did the team annihilate? It annihilated its rivals.",
            [("annihilate", "exaggeration"), ("annihilated", "exaggeration")],
        ),
        # the noun likewise, by its "of" phrase
        *unmarked("The war ended in the annihilation of whole peoples."),
        (
            "The vote brought the annihilation of the opposition.",
            [("annihilation", "fear and threat")],
        ),
    ],
    # -- "hack" beside a word of computers is the break-in, unless pinned on people -----------
    "hack_in_a_passage_about_computers": [
        *unmarked(
            "Investigators traced the hack to a foreign agency. Hackers had reached the "
            "ministry's servers.",
            "The audit did not say who was behind the hack. It named three earlier computer "
            "break-ins.",
            "Experts blamed the bank hack on a criminal gang that sells stolen passwords.",
            "Investigators blamed the agency's hack on a rival state. Hackers had reached its "
            "servers.",
        ),
        *(
            (text, [(word, "contentious label")])
            for text, word in (
                ("The senator is a party hack who forwards every email his staff write.", "hack"),
                ("Critics called the mayor a hack after he defended the server contract.", "hack"),
                ("She was a hack politician with a weak grasp of computer policy.", "hack"),
                ("Party hacks filled the board of the cyber agency.", "hacks"),
                ("Political hacks now run the cyber agency.", "hacks"),
                ("The agency is led by a political hack with no computer training.", "hack"),
                ("The columnist dismissed the minister as a political hack.", "hack"),
                ("The new editor is a hack.", "hack"),
            )
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
