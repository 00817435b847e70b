"""first_names.toml: the project's own [curated] names beside the census lists, the unisex list,
the loader's checks, and what the gender hint does to "he" and "she"."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from contextreader.analysis.people import first_name_genders, first_names, parse_first_names
from tests.analysis.helpers import named, quote_rows

CENSUS = {"male": ["Frank", "Andrea"], "female": ["Carla", "Andrea", "Kim"]}


def _packaged() -> dict:
    return tomllib.loads(files("contextreader.data").joinpath("first_names.toml").read_text())


def test_curated_names_give_a_gender_and_stay_first_names():
    genders = first_name_genders()
    for name in ("Niamh", "Priya", "Ngozi", "Oksana", "Giulia", "Fatima", "Yoko"):
        assert genders[name] == "female", name
    for name in ("Callum", "Rahul", "Olusegun", "Dmitri", "Matteo", "Yusuf", "Hiroshi"):
        assert genders[name] == "male", name
    assert {"Niamh", "Rahul"} <= first_names()


def test_unlisted_and_unisex_names_stay_unknown():
    genders = first_name_genders()
    assert "Zorvath" not in genders and "Zorvath" not in first_names()
    # census names men bear elsewhere, and syllables that tell no gender, give no hint
    for name in ("Andrea", "Nikita", "Yuri", "Kim", "Li", "Jess", "Sam", "Alex", "Robin"):
        assert name not in genders, name
        assert name in first_names(), name


def test_packaged_curated_lists_never_disagree_with_the_census():
    raw = _packaged()
    census = set(raw["male"]) | set(raw["female"])
    curated = raw["curated"]
    male, female, unisex = (set(curated[k]) for k in ("male", "female", "unisex"))
    assert not male & female
    assert not (male | female) & census
    assert unisex <= census and not unisex & (male | female)
    assert len(male) == len(curated["male"]) and len(female) == len(curated["female"])


def test_parse_merges_curated_lists_and_drops_unisex_genders():
    lists = parse_first_names(
        {**CENSUS, "curated": {"male": ["Rahul"], "female": ["Niamh"], "unisex": ["Kim"]}}
    )
    assert lists["male"] == {"Frank", "Andrea", "Rahul"}
    assert lists["female"] == {"Carla", "Andrea", "Kim", "Niamh"}
    assert lists["unisex"] == {"Kim"}
    assert parse_first_names(CENSUS)["unisex"] == frozenset()


@pytest.mark.parametrize(
    ("curated", "message"),
    [
        ({"male": ["Rahul"], "female": ["Rahul"]}, r"male and female both list \['Rahul'\]"),
        ({"female": ["Frank"]}, r"\[curated\] female repeats census names \['Frank'\]"),
        ({"male": ["Carla"]}, r"\[curated\] male repeats census names \['Carla'\]"),
        ({"unisex": ["Zorvath"]}, r"unisex names no census name: \['Zorvath'\]"),
        ({"male": ["rahul"]}, r"\[curated\] male must list capitalised names"),
        ({"male": "Rahul"}, r"\[curated\] male must list capitalised names"),
        ({"boys": ["Rahul"]}, r"unknown key\(s\) \['curated.boys'\]"),
    ],
)
def test_malformed_curated_lists_are_rejected(curated, message):
    with pytest.raises(ValueError, match=message):
        parse_first_names({**CENSUS, "curated": curated})


def test_census_lists_must_be_there():
    with pytest.raises(ValueError, match="must not be empty"):
        parse_first_names({"male": [], "female": ["Carla"]})
    with pytest.raises(ValueError, match=r"unknown key\(s\) \['boys'\]"):
        parse_first_names({**CENSUS, "boys": ["Rahul"]})


COLUMNS = ("kind", "words", "cue", "person", "speaker")

PRONOUNS = {
    "he_skips_a_woman_whose_first_name_is_a_curated_one": (
        "Niamh Mulcahy thanked Frank Lind on Monday. Then he told reporters that talks had failed.",
        [("indirect", "talks had failed", "tell", "Frank Lind", "he")],
    ),
    "she_skips_a_man_whose_first_name_is_a_curated_one": (
        "Rahul Mehta thanked Carla Berg on Monday. Then she told reporters the deal was off.",
        [("indirect", "the deal was off", "tell", "Carla Berg", "she")],
    ),
    "a_name_that_tells_no_gender_keeps_the_subject": (
        "Zorvath Imble thanked Frank Lind on Monday. Then he told reporters that talks had failed.",
        [("indirect", "talks had failed", "tell", "Zorvath Imble", "he")],
    ),
    "a_short_form_women_bear_in_britain_no_longer_pushes_she_away": (
        "Ruth Penhale wrote to Tom Garside in May. Gardener Jess Ormerod said the soil was poor."
        ' "They have ruined this valley," she said.',
        [
            ("indirect", "the soil was poor", "say", "Jess Ormerod", "Jess Ormerod"),
            ("direct", "They have ruined this valley,", "say", "Jess Ormerod", "she"),
        ],
    ),
    "a_mans_name_still_sends_she_back_to_the_woman": (
        "Ruth Penhale wrote to Tom Garside in May. Gardener Neil Ormerod said the soil was poor."
        ' "They have ruined this valley," she said.',
        [
            ("indirect", "the soil was poor", "say", "Neil Ormerod", "Neil Ormerod"),
            ("direct", "They have ruined this valley,", "say", "Ruth Penhale", "she"),
        ],
    ),
    "a_census_name_men_bear_abroad_no_longer_pushes_he_away": (
        "Yuri Sokolov thanked Carla Berg on Monday. Then he told reporters that talks had failed.",
        [("indirect", "talks had failed", "tell", "Yuri Sokolov", "he")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(PRONOUNS))
def test_pronoun_follows_the_first_names_gender(nlp, text, expected):
    assert quote_rows(nlp, text, COLUMNS) == expected
