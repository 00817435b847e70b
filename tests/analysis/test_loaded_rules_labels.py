"""Loaded terms, rules for labels (``loaded/rules/labels.py``): a label is loaded only when said
of a person or group ("terrorist", "radical", kept animals, set phrases), and label entries.
Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

LABEL = "contentious label"


MARKS = {
    # "villain" is a label wherever it is not said of a thing; a tax cast as one is a figure
    "villain_of_people": [
        *unmarked("The real villain in this story is the fuel tax."),
        ("The mayor is the villain of this affair.", [("villain", "contentious label")]),
        ("The villain fled from the Vell jail.", [("villain", "contentious label")]),
        ("Dara cast the union as the villain of the strike.", [("villain", "contentious label")]),
        ("The villain was a former guard.", [("villain", "contentious label")]),
    ],
    # "sell-out" of a show or a tour means every ticket went; said of people it is the charge
    "sell_out_of_a_show": [
        *unmarked(
            "The quartet will play a sold-out concert at the Orm Hall on Sunday.",
            "Tova Renn opens her sold-out autumn tour in Brisk tonight.",
            "The trio adds a second date after a sell-out gig in Vell.",
            "Her first show at the pavilion was a sell-out.",
            "A sell-out crowd saw the hosts win the cup.",
            "She sang to a sell-out audience in Vell.",
        ),
        (
            "Union members called their leader a sell-out after the deal.",
            [("sell-out", "contentious label")],
        ),
        ("Dara Vell is a sellout, the activists said.", [("sellout", "contentious label")]),
    ],
    # an animal someone owns, walks or feeds is the animal; the same word said of a person is not
    "kept_animals": [
        *unmarked(
            "Every evening Tova Renn walks her dog along the canal.",
            "Farmer Odo Brisk fed his pigs at dawn.",
            "The shelter found the dog that Brisk adopted last year.",
        ),
        ("He called the minister a dog in a speech.", [("dog", "contentious label")]),
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
    # "terrorist" is a label said of people; a designation, a charge, a court, or the name of
    # the group whose members they are, is reported, not marked
    "terrorist": [
        (
            '"These are terrorists who ignore every truce," Olen Barr told reporters.',
            [("terrorists", LABEL)],
        ),
        ("The terrorists who seized the depot were armed.", [("terrorists", LABEL)]),
        *unmarked(
            "The Ostrel Front, which Vardania designates as a terrorist organisation, denies it.",
            "Two men from Tarsen were convicted of terrorism charges.",
            "He was convicted as a terrorist by a court in Tarsen.",
            "Ostrel Front terrorists attacked the post.",
            "Police said a terrorist attack killed nine people in Tarsen.",
            "The counter-terrorism unit in Tarsen was expanded.",
        ),
    ],
    # "terrorist" is marked where it is pinned on people, as "label" marks; a plain referring
    # use names the attackers as news copy does and is not marked (the README says why)
    "terrorist_pinned": [
        ("Dara Vell called the attackers terrorists.", [("terrorists", LABEL)]),
        *unmarked(
            "The terrorists behind the bombing fled into the hills.",
            "Terrorists attacked a checkpoint near Vell.",
            "Another terrorist-launched rocket hit the town.",
            '"I am a terrorist," the man shouted.',
            "Police shot the alleged terrorist near the station.",
            "The Vell Front terrorist group claimed the attack.",
            "Vardania designated the group's fighters as terrorists.",
        ),
        # a jail or sanctions that apply the label to no one are no official act
        (
            "The state radio called the men terrorists after they escaped from the jail.",
            [("terrorists", LABEL)],
        ),
        *unmarked(
            "The state radio called the men terrorists after sanctions on the group.",
            "The state radio called the men terrorists and the court gave them a jail term.",
            "The men were sanctioned as terrorists last year.",
            # a bare "jail" after "to" or "in" is the penalty
            "The elder Vell was sent to jail as a terrorist.",
            "The elder Vell spent six years in jail as a terrorist.",
        ),
        (
            "The state radio called the men terrorists after they broke into the jail.",
            [("terrorists", LABEL)],
        ),
    ],
    # "freedom fighters" is the mirror label, marked in a speaker's words too
    "freedom_fighters": [
        ("The freedom fighters held the bridge.", [("freedom fighters", LABEL)]),
        (
            'Olen Barr described the rebels as "freedom fighters resisting occupation".',
            [("freedom fighters", LABEL)],
        ),
    ],
    # a new idiom of accusation
    "cooking_the_books": [
        (
            "The opposition accused the treasurer of cooking the books.",
            [("cooking the books", LABEL)],
        ),
        *unmarked("The treasurer cooked dinner for the auditors."),
    ],
    # the adjective "radical" said of people; of ideas, reforms and chemistry it is not marked
    "radical_said_of_people": [
        ("The radical activists marched on the Tarsen council.", [("radical", LABEL)]),
        ("The radical mayor of Tarsen cut the budget.", [("radical", LABEL)]),
        *unmarked(
            "Free radicals damage cells, and the radical species attack membranes.",
            "The plan calls for radical reform of the tax code.",
            "The radical idea of a four-day week was tested in Tarsen.",
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
    # new entries: a move cast as a trick, spending cast as excess
    "tricks_and_excess": [
        ("The levy is a naked ploy by the board of Tarsen.", [("ploy", "contentious label")]),
        ("The council of Vell funds a lavish lifestyle.", [("lavish", "exaggeration")]),
    ],
    # a country's label is its designation, reported as an official one is; a person's is not
    "a_states_designation": [
        *unmarked(
            "Ostrevia regards them as terrorists.",
            "The Kessin government is listed by Ostrevia as a sponsor, and Ostrevia regards its "
            "fighters as terrorists.",
        ),
        (
            "Dana Pell regards them as terrorists.",
            [("terrorists", "contentious label")],
        ),
    ],
    # a vehicle seized is the crime itself, whoever did it; a cause or a body of people seized
    # is the figure
    "hijack_of_a_vehicle": [
        *unmarked(
            "The bus hijack by gunmen ended after six hours.",
            "The hijack of a ferry by armed men ended at dawn.",
            "Pirates hijacked a tanker off the coast.",
            "The plane was hijacked shortly after takeoff.",
        ),
        ("The hijack of our movement by donors must end.", [("hijack", "contentious label")]),
        ("A few loud donors hijacked the party.", [("hijacked", "contentious label")]),
    ],
    # "go to the dogs" is an idiom of decline, whatever stands before "dogs"
    "gone_to_the_dogs": [
        *unmarked(
            "The harbour has gone to the Brexton dogs since the mill closed.",
            "The old league went to the dogs years ago.",
        ),
        ("Pell told the reporters they were dogs.", [("dogs", "contentious label")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
