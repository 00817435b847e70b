"""Loaded terms: a quality or label the sentence denies is applied to nobody (``loaded/denial.py``):
denied verdicts, "not X but Y", denied opinions and verbs of inference. Every sentence and name
is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

LABEL = "contentious label"

MARKS = {
    # a denied adjective of certainty leaves the clause open
    "denied_certainty": [
        *unmarked(
            "It is not clear that the merger is doomed.",
            "It is still not certain the merger is doomed.",
        ),
        ("It is clear that the merger is doomed.", [("doomed", "fear and threat")]),
    ],
    # a verdict in a clause that a denied verb of inference or proof governs is not asserted
    "denied_inference": [
        *unmarked(
            "The findings do not mean every reef is doomed.",
            "The survey does not show the harbour plan is a disaster.",
        ),
        ("The findings mean every reef is doomed.", [("doomed", "fear and threat")]),
        ("We did not know the pier was doomed.", [("doomed", "fear and threat")]),
    ],
    # -- a quality or label the sentence denies is applied to nobody ---------------------------
    "denied_verdicts_are_not_applied": [
        *unmarked(
            "The mayor is not brilliant, but she is careful.",
            "Men like these are not valiant.",
            "Dara Voss was never a traitor to the party.",
            "This storm is no disaster.",
            "The count was not rigged.",
        ),
        ("The count was rigged.", [("rigged", "contentious label")]),
        ("The plan is not just stupid, it is dangerous.", [("stupid", "contentious label")]),
        ("Vell is not the only extremist on the board.", [("extremist", "contentious label")]),
        ("Isn't that disgusting?", [("disgusting", "exaggeration")]),
        ("Certainly not: the plan was absurd.", [("absurd", "exaggeration")]),
    ],
    # a subject that denies the predicate of everyone applies it to no one
    "negative_subjects": [
        *unmarked(
            "Fares rose every year, so nobody was shocked.",
            "No one on the harbour board is corrupt.",
            "None of the ferry plans was reckless.",
            "Nobody on the harbour board is so reckless.",
        ),
        ("Nothing is more shocking than the delay.", [("shocking", "exaggeration")]),
        ("No one on the board is as reckless as the treasurer.", [("reckless", LABEL)]),
    ],
    # "were" under "if" with one subject supposes what is not so; "is" supposes it may be, and
    # "they were" may be plain past
    "counterfactual_labels": [
        *unmarked(
            "If she were a crook, she would not have paid the ferry crew.",
            "Even if she were a crook, the harbour deal would stand.",
        ),
        ("If the skipper is a bigot, he should resign.", [("bigot", LABEL)]),
        ("If they were bigots, they hid it well.", [("bigots", LABEL)]),
        # naming one, likening, or grading what someone already is
        ("If anyone were a crook, it was the harbour master.", [("crook", LABEL)]),
        ("The mayor runs the harbour as if he were a dictator.", [("dictator", LABEL)]),
        ("If she were any more reckless, the board would fold.", [("reckless", LABEL)]),
    ],
    # -- "not X but Y" denies X and asserts Y ------------------------------------------------
    "but_asserts_what_it_joins": [
        (
            "The ruling was not a setback but a catastrophe for the port.",
            [("catastrophe", "fear and threat")],
        ),
        ("The vote was not a fiasco, but a debacle.", [("debacle", "exaggeration")]),
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
    # -- a verb of drama the sentence denies tells of nothing done ----------------------------
    "denied_acts": [
        *unmarked(
            "Far from obliterating the old rules, the reform kept most of them.",
            "Not even the flood completely obliterates a town's memory.",
        ),
        # a "not" on the verb itself still uses the word: the phrase or slogan is the writer's
        ("You can't drain the swamp with old friends in charge.", [("drain the swamp", LABEL)]),
        ("The vote obliterated the Kessin party.", [("obliterated", "exaggeration")]),
        ("Didn't even the flood obliterate the shops?", [("obliterate", "exaggeration")]),
    ],
    # a verdict raised in a yes-no question and answered "No" is rejected
    "question_answered_no": [
        *unmarked(
            '"Is the ferry timetable a fiasco? No. But it irks," the harbour master said.',
            "Is the plan a disaster? No, but it needs work.",
        ),
        ("Is the plan a disaster? No one can say.", [("disaster", "exaggeration")]),
        ("Is the plan a disaster? Yes.", [("disaster", "exaggeration")]),
        ("Why is the plan a disaster? No. It is not.", [("disaster", "exaggeration")]),
        # "No" answers what the question puts, not a label in its subject
        ('"Will the traitors be punished? No," Vell told the rally.', [("traitors", LABEL)]),
        # an answer that outbids the word keeps it
        ('"Is the scheme a disaster? No, it is a catastrophe," the mayor said.', "disaster"),
        ("Is the council a cruel regime? No. It is worse.", "cruel"),
        ('"Is the ferry a fiasco? No, worse than that," the captain said.', "fiasco"),
        # the word's own comparative (whatever the lemma), and past a parenthetical comma
        ('"Was the eviction cruel? No, it was crueller than that," the tenant said.', "cruel"),
        ('"Is the ferry a fiasco? No, it is, if anything, worse," the captain said.', "fiasco"),
        # a comparative of something else, later on, or a word of praise outbids nothing
        *unmarked(
            '"Is the levy a fiasco? No. But rents are higher than before," the clerk said.',
            '"Is the ferry a fiasco? No. It is more complex than that," the captain said.',
            '"Was the eviction cruel? No, it was kinder than most," the tenant said.',
            '"Is the ferry a fiasco? No, it is, frankly, fine," the captain said.',
            '"Is the mayor a coward? No. She is a hero who erred," her aide said.',
            # a verb the fronted "did" puts is answered too
            '"Did the minister betray the town? No," her spokesman said.',
        ),
        (
            "Is the junta a murderous regime? No. But its troops have killed dozens of farmers.",
            "murderous",
        ),
    ],
    # -- a label in what someone denies, withholds, cites against themself or asks ----------
    # a label in the clause a verb of denying takes is held false by its subject
    "denied_clauses": [
        *unmarked(
            "The ministry denies that the massacre was a genocide.",
            "Harlan denied being a racist.",
        ),
        # the accusers apply it: their word (see test_loaded_voice)
        ("She rejected claims that the mayor was a crook.", [("crook", LABEL)]),
        ("No one denies that the regime is brutal.", "brutal"),
        ("Few would deny that the regime is brutal.", "brutal"),
        ("He could hardly deny that the scheme was a fiasco.", [("fiasco", "exaggeration")]),
        ("He refused to deny that the mayor was a crook.", [("crook", LABEL)]),
        ("Does she deny that the mayor is a crook?", [("crook", LABEL)]),
    ],
    # a verb of labelling the sentence denies, or one a denied verb was for, gives no label
    "withheld_labels": [
        *unmarked(
            "She never called her rivals cowards.",
            '"I wouldn\'t call him a thug," Orla said.',
            '"He doesn\'t go on the radio to call his rivals traitors," she said.',
        ),
        ('"I wouldn\'t call him anything but a thug," Orla said.', [("thug", LABEL)]),
        ('"He never hesitated to call his rivals traitors," she said.', [("traitors", LABEL)]),
        ("He never meant to call the strikers thugs, he said.", "thugs"),
        *unmarked("She does not plan to call her rivals cowards."),
        ('"He doesn\'t need a microphone to call his rivals traitors," she said.', "traitors"),
        ('"You don\'t have to be a genius to call this plan a fiasco," she said.', "fiasco"),
        ("He did not only call them cowards, he called them traitors.", "cowards"),
        ("Didn't he call them cowards?", [("cowards", LABEL)]),
        ('"He is a racist," she said.', [("racist", LABEL)]),
        ('"He is not only a liar but a cheat," she said.', "liar"),
    ],
    # a label others are said to pin on the speaker is the charge the speaker answers
    "charges_on_the_speaker": [
        *unmarked(
            '"People believe I\'m a racist," Dorn said.',
            '"Our critics say we are extremists," the pastor said.',
        ),
        ('"They say he is a crook," Dorn said.', [("crook", LABEL)]),
        ('"People believe Vell is a racist," Dorn said.', [("racist", LABEL)]),
    ],
    # a label in a yes-no question cited in a list of questions is what was asked
    "listed_questions": [
        *unmarked(
            '"Look at the questions: Mayor Reed, are you a coward? Mr Vale, can you count?" '
            "the senator said.",
        ),
        ('"The question is simple: why is the mayor such a coward?" she said.', "coward"),
        ('"Mayor Reed, are you a coward?" the host asked.', [("coward", LABEL)]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    if isinstance(expected, str):  # one word that must stay marked, whatever else is
        assert expected in [t for t, _ in marks(nlp, text)]
    else:
        assert marks(nlp, text) == expected
