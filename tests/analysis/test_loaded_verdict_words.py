"""Loaded terms: verdicts on governments and accounts, praise of products, and whose word a
label is. "rejected/dismissed ... as X" is the subject's label, also in an object relative
and where "as" is parsed onto the object; an adjective of verdict before "regime" makes it
loaded even where a name says whose government it is; 'so-called "reforms"' doubts a claimed
benefit as the unquoted words do; "fabricated" only of charges and accounts; "seamless",
"sleek", "intuitive", "revolutionary" only of products; a headline's quoted word that a
speaker says in the body is the speaker's. Every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

LABEL = "contentious label"
DOUBT = "expression of doubt"
PUFFERY = "puffery"

MARKS = {
    # an adjective of verdict makes "regime" the writer's verdict, named or not; a type of
    # government, a system of rules and a plain named government stay unmarked
    "regime_with_a_verdict": [
        ("The illegitimate regime in Istrava jailed two reporters.", [("regime", LABEL)]),
        (
            "Istrava's murderous regime jailed two reporters.",
            [("murderous", LABEL), ("regime", LABEL)],
        ),
        # a named use with a verdict sets up no neutral name for the bare uses after it
        (
            "The illegitimate regime in Istrava jailed two reporters. The regime denies it.",
            [("regime", LABEL), ("regime", LABEL)],
        ),
        *unmarked(
            "The regime in Istrava jailed two reporters.",
            "The Istravan regime jailed two reporters. The regime denies it.",
            "An authoritarian regime took power in Istrava in 1990.",
            "The new tax regime starts in April.",
        ),
    ],
    # quotation marks after "so-called" around a benefit claimed do not make it a term's name
    "so_called_claimed_benefit": [
        (
            'The council unveiled its so-called "reforms" on Monday.',
            [('so-called "reforms"', DOUBT)],
        ),
        *unmarked('The city opened so-called "quiet zones" near schools.'),
    ],
    "new_labels": [
        ("The ruling clique in Morvel met in secret.", [("clique", LABEL)]),
        ("The usurpers fled the capital at dawn.", [("usurpers", LABEL)]),
        ("The audit is a smokescreen for cuts.", [("smokescreen", LABEL)]),
        ("The envoy began a charm offensive in Morvel.", [("charm offensive", LABEL)]),
        ("It was a cynical move by the council.", [("cynical", "editorializing")]),
        *unmarked(
            "Voters in Morvel are cynical about the council.",
            "The band The Clique played in Morvel on Friday.",
        ),
    ],
    # invention said of charges or accounts; a made thing, or the verb of a clause, is not
    "fabricated_of_accounts": [
        (
            "Two reporters were jailed on fabricated espionage charges.",
            [("fabricated", DOUBT)],
        ),
        *unmarked(
            "The yard in Morvel sells fabricated steel beams.",
            "The clerk fabricated the figures, an inquiry found.",
        ),
    ],
    # praise said of a product; the plain senses stay unmarked
    "praise_of_products": [
        (
            "The new phone is sleek and intuitive.",
            [("sleek", PUFFERY), ("intuitive", PUFFERY)],
        ),
        ("The app offers a seamless checkout.", [("seamless", PUFFERY)]),
        ("The firm unveiled a revolutionary device.", [("revolutionary", PUFFERY)]),
        *unmarked(
            "The mill in Morvel makes seamless steel tubes.",
            "He wrote a history of the revolutionary war.",
            "She made an intuitive guess about the weather.",
            "Sleek otters swam in the river.",
        ),
        (
            '"Our app is seamless and intuitive," said Lena Hart.',
            [("seamless", PUFFERY), ("intuitive", PUFFERY)],
        ),
    ],
    # verdicts on the morality or care of an act are labels, not overstatement
    "verdict_categories": [
        ("It was a shameful episode for the Tarsen council.", [("shameful", "contentious label")]),
        ("The disgraceful vote in Vell stood.", [("disgraceful", "contentious label")]),
    ],
    # new entries, each with the literal or neutral use it must leave alone
    "new_entries": [
        ("The embattled mayor of Tarsen resigned.", [("embattled", "exaggeration")]),
        ("His fiery speech angered the council.", [("fiery", "exaggeration")]),
        ("She is spreading lies about the council.", [("spreading lies", LABEL)]),
        ("The new ferry has a gorgeous deck.", [("gorgeous", "puffery")]),
        ("It is a lovable little ferry.", [("lovable", "puffery")]),
        *unmarked(
            "The fiery crash on the Tarsen road killed two.",
            "Hot-air ballooning is popular in Tarsen.",
            "The children released a red balloon.",
            # "balloon" for growth is as routine in news as "soar" and is no entry
            "The council's payroll ballooned last year.",
            "Lenders fear the ballooning deficit in Tarsen.",
            "Over the summer the row ballooned into a wider fight about the council's powers.",
            "She spread the news about the council.",
        ),
    ],
    # a clause run on with a comma before "it is ..." is not the clause "it" stands for
    "run_on_praise": [
        ("The ferry is quick, it is gorgeous, and it is cheap.", [("gorgeous", "puffery")]),
        *unmarked("It is wonderful that the Tarsen bridge reopened."),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as" parsed onto the object: still the subject's label
        (
            "Ana Reyes dismissed the harbour plan as a propaganda exercise.",
            [("propaganda", "reported")],
        ),
        # the verb in an object relative, "as" parsed onto the adjective
        (
            "The council repeated a charge Istrava has long rejected as baseless.",
            [("baseless", "reported")],
        ),
        ("Istrava rejected the charge as baseless.", [("baseless", "reported")]),
        # the writer's own verdict, and the writer rejecting it, stay the outlet's words
        ("The charge is baseless.", [("baseless", "outlet")]),
        ("I reject the charge as baseless.", [("baseless", "outlet")]),
    ],
)
def test_a_label_given_by_rejecting_or_dismissing_is_reported(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


HEADLINE = 'Morvel firm unveils "game-changing" phone\n\nThe firm launched the phone on Monday.'


def test_a_headline_word_a_speaker_says_in_the_body_is_quoted(nlp):
    text = HEADLINE + '\n\n"This is a game-changing day," chief executive Lena Hart said.'
    assert mark_voices(nlp, text)[0] == ("game-changing", "quoted")


def test_a_headline_word_nobody_says_stays_the_outlets(nlp):
    assert mark_voices(nlp, HEADLINE)[0] == ("game-changing", "outlet")
