"""Loaded terms, rule "so-called" (``loaded/rules/so_called.py``): before a term of art or a
long measure's name it names; before a claimed benefit or quality it doubts. Every sentence and
name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

DOUBT = "expression of doubt"


MARKS = {
    # a term of art: in quotation marks as a kind ('"closed" primaries'), or explained right
    # after, in an apposition the parser hangs elsewhere or a clause of what it does; quoted
    # people ('"rebels"', '"elected" leaders') and a clause with "be" keep the doubt
    "so_called_term_of_art": [
        *unmarked(
            'Vell seldom canvasses so-called "gated" estates, which admit residents only.',
            "Although Vell pledged to curb so-called dark pools, a trading venue popular"
            " with large funds, analysts doubt him.",
            "Vell plans to ban so-called dark pools, which hide large trades from view.",
        ),
        ('The army shelled so-called "rebels" near Tarsen.', [('so-called "rebels"', DOUBT)]),
        ('The so-called "good" bishops stayed home.', [('so-called "good" bishops', DOUBT)]),
        ('The so-called "elected" leaders stayed home.', [('so-called "elected" leaders', DOUBT)]),
        (
            "The ministry promoted so-called science, which is guesswork.",
            [("so-called science", DOUBT)],
        ),
        ("Officials praised so-called reforms, a spokesman said.", [("so-called reforms", DOUBT)]),
    ],
    # a bare term the writer explains in an apposition is a term of art; with "the" the
    # apposition may debunk it
    "so_called_term_explained": [
        *unmarked(
            "Fund managers keep so-called carried interest, a share of profits taxed at a low rate."
        ),
        (
            "He cited the so-called evidence, a blurry photo.",
            [("so-called evidence", "expression of doubt")],
        ),
        # an apposition that explains the term, whatever its head noun, leaves it unmarked,
        # even where the parser reads it as a clause of its own
        *unmarked(
            "Brokers moved trades to so-called dark pools, private venues where orders go unseen.",
            "Savers bought so-called stablecoins, tokens pegged to the Vell crown.",
        ),
        # an apposition whose head debunks the term ([context] debunking) leaves it marked
        (
            "The ministry promoted so-called science, a mishmash of guesswork.",
            [("so-called science", "expression of doubt")],
        ),
        (
            "Officials touted so-called savings, voters rejected them.",
            [("touted", "loaded verb of saying"), ("so-called savings", "expression of doubt")],
        ),
    ],
    # a bare "so-called" followed by where a name comes from explains the name: no doubt in it;
    # set off on its own it still distances the word before it
    "so_called_name_explained": [
        *unmarked(
            "The village is so-called because of the salt springs nearby.",
            "The lane is so called after a mill that stood there until 1900.",
        ),
        ("Their rescue plan, so-called, was dropped.", [("so-called", "expression of doubt")]),
        # a word of origin that starts a hyphened word starts what "so-called" distances
        (
            "The so-called for-hire experts misread the tide tables.",
            [("so-called for-hire experts", "expression of doubt")],
        ),
        # (any hyphened word that starts with a word of another kind: "in-depth" is no term)
        ("Critics mocked the so-called in-depth review.", [("so-called", "expression of doubt")]),
        # and a capital one starts a name
        (
            "Senators blocked the so-called For the People Act in June.",
            [("so-called", "expression of doubt")],
        ),
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
    # "so-called" before a measure named by a quality it claims questions the claim
    "so_called_claimed_quality": [
        (
            'The board pushed through its so-called "fair housing" plan.',
            [('so-called "fair housing" plan', DOUBT)],
        ),
        (
            "The council adopted its so-called affordable living scheme.",
            [("so-called affordable living scheme", DOUBT)],
        ),
        *unmarked("The so-called Harwick Group met on Tuesday."),
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
    # "so-called" before a compound of a claimed benefit and a plain measure questions the claim
    "so_called_claimed_benefit": [
        (
            "The so-called reform package was unveiled on Monday.",
            [("so-called reform package", "expression of doubt")],
        ),
        (
            "Critics of Dunmore mocked the so-called peace plan.",
            [("so-called peace plan", "expression of doubt")],
        ),
        (
            "The so-called savings plan closed two libraries.",
            [("so-called savings plan", "expression of doubt")],
        ),
        *unmarked(
            # a compound that names a term stays unmarked, even with a benefit in it
            "The so-called peace dividend never reached the valley towns.",
            "Brokers in Tarsen sold so-called reform bonds to the mayor.",
            "Pensioners kept their cash in so-called savings accounts.",
        ),
    ],
    # a measure's official name that claims a benefit is still doubted; other names are not
    "benefit_in_a_measures_name": [
        (
            "The so-called Housing Reform Bill is nothing of the sort.",
            [("so-called Housing Reform Bill", "expression of doubt")],
        ),
        *unmarked("Delvin chaired the so-called Harwick Group in Tarsen."),
    ],
    # a relative clause explains a term of art only where it neither denies, debunks, reports
    # a saying nor has "be" as verb or auxiliary
    "so_called_clause_that_may_debunk": [
        ("She quoted so-called data, which proved nothing at all.", [("so-called data", DOUBT)]),
        (
            "The agency relied on so-called studies, which were funded by the makers.",
            [("so-called studies", DOUBT)],
        ),
        (
            "Clinics sold so-called cures, which doctors say are useless.",
            [("so-called cures", DOUBT)],
        ),
        *unmarked(
            "Traders used so-called dark pools, which match large orders away from the exchange.",
            # a relative clause nested in it speaks of another noun
            "Traders used so-called dark pools, which match orders that are not yet public.",
        ),
        (
            "Traders used so-called dark pools, which are not regulated.",
            [("so-called dark pools", DOUBT)],
        ),
    ],
    # with "the" or an owner the phrase points at one thing, and a relative clause after it
    # may criticise it as well as explain it: the doubt stays
    "so_called_with_a_determiner_and_a_clause": [
        *unmarked("Growers plant so-called cover crops, which hold the soil in winter."),
        (
            "The so-called audit, which took one afternoon, cleared the firm.",
            [("so-called audit", DOUBT)],
        ),
        (
            "The so-called evidence, which showed nothing, was dropped.",
            [("so-called evidence", DOUBT)],
        ),
        (
            "The so-called experts, which nobody trusts, were wrong.",
            [("so-called experts", DOUBT)],
        ),
    ],
    # the second half of a hyphened word belongs to the phrase, whatever its tag, so a
    # hyphened term of art is seen whole; a hyphened stance ("tough-on-crime") is a slogan
    "so_called_hyphened_participle": [
        *unmarked("Lenders now favour so-called data-pooling agreements with rival banks."),
        (
            "The so-called pro-life activists marched.",
            [("so-called pro-life activists", DOUBT)],
        ),
        (
            "The so-called tough-on-crime law doubled the prison count.",
            [("so-called tough-on-crime law", DOUBT)],
        ),
    ],
    # a word for people as the possessor in a quoted term names whose thing it is
    "so_called_quoted_possessor": [
        *unmarked(
            'The firm is already claiming the so-called "mayor\'s cup" of small-town races.',
        ),
        ('He mocked the so-called "experts" on the panel.', [('so-called "experts"', DOUBT)]),
    ],
    # a quoted participle sorts a kind however it is spelt; a doubted one is marked as a phrase
    "so_called_quoted_participles": [
        *unmarked(
            'The bank charges so-called "hidden" fees on transfers.',
            'Reformers attacked the so-called "broken" windows policy.',
        ),
        (
            'The so-called "appointed" judges never sat an exam.',
            [('so-called "appointed" judges', DOUBT)],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_a_speakers_so_called_is_reported_with_the_same_mark(nlp):
    text = "The mayor of Vell said the so-called reform package was a mistake."
    assert mark_voices(nlp, text) == [("so-called reform package", "reported")]
