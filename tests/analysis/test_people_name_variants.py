"""given_name_variants.toml and the people it joins: a short form of a given name ("Danny")
and the full one ("Daniel") with one surname are one person, when no one else could be meant.
Every name and sentence here is invented."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from contextreader.analysis.people.clusters import _Cluster, _told_apart
from contextreader.analysis.people.lexicon import (
    VARIANTS_FILE,
    name_variants,
    parse_name_variants,
    role_lexicon,
)
from tests.analysis.helpers import named, people_rows, quote_rows


def test_the_packaged_list_loads_and_pairs_forms_of_one_name():
    raw = tomllib.loads(files("contextreader.data").joinpath(VARIANTS_FILE).read_text())
    table = parse_name_variants(raw)
    assert table["Danny"] == {"Daniel"}
    assert name_variants("Danny", "Daniel") and name_variants("Daniel", "Danny")
    assert not name_variants("Bill", "Billy")  # two short forms: maybe two people
    assert not name_variants("Stephen", "Steven")  # two full names sharing a short form
    assert name_variants("Steve", "Steven") and name_variants("Stephen", "Steve")
    # forms both sexes use, or names of their own, are left out
    for form in ("Alex", "Sam", "Chris", "Pat", "Jo", "Jamie", "Kate", "Jerry", "Debra", "Sandy"):
        assert form not in table
    assert not name_variants("Daniel", "Daniel")
    assert not name_variants("Daniel", "Zorvath")


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"variants": {}},
        {"variants": {"Daniel": ["danny"]}},
        {"variants": {"Daniel": "Danny"}},
        {"variants": {"Daniel": ["Daniel"]}},
        {"variants": {"Daniel": ["Danny"]}, "extra": {}},
    ],
)
def test_a_malformed_list_fails_loudly(raw):
    with pytest.raises(ValueError, match=VARIANTS_FILE):
        parse_name_variants(raw)


CASES = {
    "a_short_form_later_is_the_person": (
        'Daniel Roe, 42, runs the bakery on Mill Street. "We bake at four," Danny Roe said.',
        [("Daniel Roe", None, ["Daniel Roe", "Danny Roe"])],
    ),
    "the_full_form_later_keeps_the_name": (
        "Jim Lind won the race on Sunday. James Lind said the course was hard.",
        [("James Lind", None, ["Jim Lind", "James Lind"])],
    ),
    "the_same_title_again_is_no_newcomer": (
        "Mayor Joe Roe opened the bridge on Monday. Crowds lined the river.\n\nMayor Joseph "
        "Roe said the work had run late.",
        [("Joseph Roe", "Mayor", ["Joe Roe", "Joseph Roe"])],
    ),
    "a_one_sentence_opening_line_is_no_headline": (
        "The mayor, Mike Roe, opened the bridge in Eldham on Monday.\n"
        '"This is a great day," Roe said.\nLater, Michael Roe met the builders.',
        [("Michael Roe", "mayor", ["Mike Roe", "Roe", "Michael Roe"])],
    ),
    "a_headline_with_a_full_stop_over_a_blank_line": (
        "Ken Lind wins the harbour race.\n\nKenneth Lind, the harbour master, won the race "
        'on Sunday. "The tide helped," Lind said.',
        [("Kenneth Lind", "harbour master", ["Ken Lind", "Kenneth Lind", "Lind"])],
    ),
    "a_past_tense_lede_over_a_blank_line_is_no_headline": (
        "The mayor, Mike Roe, opened the bridge in Eldham on Monday.\n\n"
        '"This is a great day," Roe said.\n\nLater, Michael Roe met the builders.',
        [("Michael Roe", "mayor", ["Mike Roe", "Roe", "Michael Roe"])],
    ),
    "a_headlines_short_form_is_no_introduction": (
        "Ken Lind wins the harbour race\n\nKenneth Lind, the harbour master, won the race on "
        'Sunday. "The tide helped," Ken Lind said.',
        [("Kenneth Lind", "harbour master", ["Ken Lind", "Kenneth Lind", "Ken Lind"])],
    ),
    "a_relative_is_someone_else": (
        "Daniel Roe and his brother Danny Roe run the bakery. Danny Roe said sales had doubled.",
        [
            ("Daniel Roe", None, ["Daniel Roe"]),
            ("Danny Roe", "brother", ["Danny Roe", "Danny Roe"]),
        ],
    ),
    "a_third_person_with_the_surname_leaves_both_apart": (
        "Elizabeth Marr chairs the board. Liz Marr said the vote was close. Ann Marr disagreed.",
        [
            ("Elizabeth Marr", None, ["Elizabeth Marr"]),
            ("Liz Marr", None, ["Liz Marr"]),
            ("Ann Marr", None, ["Ann Marr"]),
        ],
    ),
    "two_named_side_by_side_are_two": (
        "William Okoro and Bill Okoro both entered the race on Sunday.",
        [("William Okoro", None, ["William Okoro"]), ("Bill Okoro", None, ["Bill Okoro"])],
    ),
    "another_surname_is_another_person": (
        "Daniel Roe runs the bakery. Danny Voss said sales had doubled.",
        [("Daniel Roe", None, ["Daniel Roe"]), ("Danny Voss", None, ["Danny Voss"])],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_short_and_full_given_names(nlp, text, expected):
    assert people_rows(nlp, text) == expected


# Two people the text sets apart stay two, whatever their given names.
APART = {
    "a_relative_named_plainly_later_is_still_someone_else": (
        "William Roe bought the farm in 1921. His grandson, Bill Roe, runs it now. Bill Roe "
        "said the soil was poor. William Roe died in 1950.",
        ["William Roe", "Bill Roe"],
    ),
    "a_generational_suffix_names_another_bearer": (
        "Robert Roe Jr. runs the shop on Mill Street. Rob Roe opened it in 1978.",
        ["Robert Roe Jr.", "Rob Roe"],
    ),
    "two_different_roles": (
        "Mike Roe, the goalkeeper, saved a penalty. Michael Roe, the club's chairman, said the "
        "ground would be sold.",
        ["Mike Roe", "Michael Roe"],
    ),
    "a_later_name_introduced_with_a_role_of_its_own": (
        "Stephen Roe said the plan was sound. Steve Roe, a neighbour, disagreed.",
        ["Stephen Roe", "Steve Roe"],
    ),
    "a_later_name_with_an_office_of_its_own": (
        "Bill Roe scored twice for Harlow on Saturday. William Roe, the visiting goalkeeper, "
        "conceded both.",
        ["Bill Roe", "William Roe"],
    ),
    "a_longer_name_introduced_as_a_newcomer": (
        "Steve Roe said the plan was sound. Stephen James Roe, a neighbour, disagreed.",
        ["Steve Roe", "Stephen James Roe"],
    ),
    # a middle name shows no identity: a son, a witness, a defendant may carry more of it. The
    # miss is accepted: "Bill Marsh ... William Henry Marsh, the 42nd mayor," stays two people
    "a_formal_name_with_an_office_later_stays_apart": (
        "Bill Marsh told supporters in Eldham on Tuesday that the mill would reopen.\nWilliam "
        "Henry Marsh, the 42nd mayor of the town, spoke for an hour.",
        ["Bill Marsh", "William Henry Marsh"],
    ),
    "a_longer_name_with_a_definite_role_may_be_a_son": (
        "Club names new chairman\n\nBill Voss founded the rowing club in 1971.\nWilliam Henry "
        "Voss, the club's new chairman, said the boathouse would be rebuilt. \"My father built "
        'this place," William Henry Voss said.',
        ["Bill Voss", "William Henry Voss"],
    ),
    "a_longer_name_with_an_initial_and_no_article": (
        "Bob Kerr told the court he heard shouting. Robert J. Kerr, chairman of the tenants' "
        "group, denies assault.",
        ["Bob Kerr", "Robert J. Kerr"],
    ),
    "a_one_sentence_lede_over_a_blank_line": (
        "Bob Kerr told the court on Monday that he heard shouting.\n\nRobert Kerr, the "
        "defendant, denies assault.",
        ["Bob Kerr", "Robert Kerr"],
    ),
    "a_one_sentence_lede_in_the_perfect": (
        "Bob Kerr has told the court that he heard shouting.\n\nRobert Kerr, the defendant, "
        "denies assault.",
        ["Bob Kerr", "Robert Kerr"],
    ),
    "an_opening_paragraph_is_no_headline": (
        "Tom Roe coached the team for twenty years. He retired in 2010.\n\nThomas Roe, the "
        "club's new chairman, said the ground would be sold.",
        ["Tom Roe", "Thomas Roe"],
    ),
    "a_short_form_both_sexes_use": (
        'Alex Roe, a nurse, said the ward was full. "We had no beds," she said. Alexander Roe '
        "said the budget was fixed.",
        ["Alex Roe", "Alexander Roe"],
    ),
    # a first line ending in a full stop with no blank line after it may be a lede in the
    # present tense: the miss on a headline so written is accepted
    "a_present_tense_lede_runs_on": (
        "Steve Roe says the mill will close in the spring.\nStephen Roe, 52, a neighbour, said "
        "the village would suffer.",
        ["Steve Roe", "Stephen Roe"],
    ),
    "a_headline_with_a_full_stop_and_no_blank_line": (
        "Dan Kerr hails harbour deal.\nDaniel Kerr, the harbour master, said the deal would "
        "bring work.",
        ["Dan Kerr", "Daniel Kerr"],
    ),
    "two_short_forms_of_one_name": (
        "Bill Roe won the race. Billy Roe said the course was hard.",
        ["Bill Roe", "Billy Roe"],
    ),
}


@pytest.mark.parametrize(("text", "names"), named(APART))
def test_people_the_text_sets_apart_stay_apart(nlp, text, names):
    assert [name for name, _, _ in people_rows(nlp, text)] == names


def test_genders_that_differ_set_two_people_apart():
    lex = role_lexicon()
    full = _Cluster(id="p1", names=[("Robert", "Roe")])
    short = _Cluster(id="p2", names=[("Bob", "Roe")], gender="female")
    assert _told_apart(full, short, lex)
    assert not _told_apart(full, _Cluster(id="p3", names=[("Bob", "Roe")]), lex)


def test_the_short_form_speaks_for_the_person(nlp):
    text = "William Okoro won the race. Bill Okoro said the course was hard."
    assert quote_rows(nlp, text, ("person", "mention")) == [("William Okoro", "Bill Okoro")]
