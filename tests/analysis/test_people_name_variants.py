"""given_name_variants.toml and the people it joins: a short form of a given name ("Danny")
and the full one ("Daniel") with one surname are one person, when no one else could be meant.
Every name and sentence here is invented."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from contextreader.analysis.people.lexicon import (
    VARIANTS_FILE,
    name_variants,
    parse_name_variants,
)
from tests.analysis.helpers import named, people_rows, quote_rows


def test_the_packaged_list_loads_and_pairs_forms_of_one_name():
    raw = tomllib.loads(files("contextreader.data").joinpath(VARIANTS_FILE).read_text())
    table = parse_name_variants(raw)
    assert table["Danny"] == {"Daniel"}
    assert name_variants("Danny", "Daniel") and name_variants("Daniel", "Danny")
    assert name_variants("Bill", "Billy")  # two forms of William
    assert not name_variants("Albert", "Robert")  # "Bert" may be either, they are two names
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
        "Kate Lind won the race on Sunday. Katherine Lind said the course was hard.",
        [("Katherine Lind", None, ["Kate Lind", "Katherine Lind"])],
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


def test_the_short_form_speaks_for_the_person(nlp):
    text = "William Okoro won the race. Bill Okoro said the course was hard."
    assert quote_rows(nlp, text, ("person", "mention")) == [("William Okoro", "Bill Okoro")]
