"""cr_people: compound offices ("the district attorney" is no defence attorney), a capitalised
common noun opening a sentence, hyphenated kinship ("her brother-in-law"), a role beside one of
two names joined by "and", a surname naming a family, a name set off after a role noun, roles
and ranks written before a name, "a <noun> named X", and a one-word place read as a name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import PersonRow, people_rows

CASES: dict[str, tuple[str, list[PersonRow]]] = {
    "the_district_attorney_is_not_the_defence_attorney": (
        "The accused's attorney, Wendell Price, said his client would testify. Price called "
        "two witnesses.\n\nAn aide to the district attorney said the office would appeal.",
        [("Wendell Price", "accused's attorney", ["Wendell Price", "Price"])],
    ),
    "the_attorney_still_points_back_to_the_attorney": (
        "The accused's attorney, Wendell Price, said his client would testify. The attorney "
        "called two witnesses.",
        [("Wendell Price", "accused's attorney", ["Wendell Price", "The attorney"])],
    ),
    "a_district_judge_is_not_a_judge_of_another_court": (
        "Judge Ilse Varga of the appeals court heard the case. The district judge had ruled "
        "against the city in May.",
        [("Ilse Varga", "Judge", ["Ilse Varga"])],
    ),
    "a_capitalised_common_noun_used_in_lower_case_elsewhere_is_no_person": (
        "Young voters came out early. The late turnout surprised the party.\n\nTurnout was "
        "put at 61 percent, officials said.",
        [],
    ),
    "a_passive_subject_of_a_verb_of_saying_is_no_speaker": (
        "Polls closed at 9 p.m.\n\nAttendance was estimated at 4,000.",
        [],
    ),
    "a_hyphenated_kinship_word_is_its_own_relation": (
        "Nadia Ferro runs the shop with her brother, Paolo Ferro. With help from her "
        "brother-in-law, Tomas Lind, she built a website. Her brother-in-law said it was easy.",
        [
            ("Nadia Ferro", None, ["Nadia Ferro"]),
            ("Paolo Ferro", "brother", ["Paolo Ferro"]),
            ("Tomas Lind", "brother-in-law", ["Tomas Lind", "Her brother-in-law"]),
        ],
    ),
    "her_brother_still_points_to_the_brother": (
        "Nadia Ferro runs the shop with her brother, Paolo Ferro. Later her brother said "
        "the shop was struggling.",
        [
            ("Nadia Ferro", None, ["Nadia Ferro"]),
            ("Paolo Ferro", "brother", ["Paolo Ferro", "her brother"]),
        ],
    ),
    "a_role_ends_before_and_and_the_next_name": (
        "Oskar Brandt, a geologist, and Lena Moretti, a chemist, wrote the report.",
        [
            ("Oskar Brandt", "geologist", ["Oskar Brandt"]),
            ("Lena Moretti", "chemist", ["Lena Moretti"]),
        ],
    ),
    "a_role_with_and_inside_it_stays_whole": (
        "Oskar Brandt, a farmer and activist, wrote the report.",
        [("Oskar Brandt", "farmer and activist", ["Oskar Brandt"])],
    ),
    "a_surname_before_family_is_the_family": (
        "The Ostrowski family has run the mill since 1921.\n\nAnka Ostrowski, 80, still keeps "
        "the books. The Ostrowski clan gathers there each June.",
        [("Anka Ostrowski", None, ["Anka Ostrowski"])],
    ),
    "a_surname_as_a_subject_stays_a_person": (
        "Anka Ostrowski keeps the books. Ostrowski said the family would not sell.",
        [("Anka Ostrowski", None, ["Anka Ostrowski", "Ostrowski"])],
    ),
    "a_name_set_off_after_a_role_noun_is_a_person": (
        "A lawyer for the mining company's chief executive, Orsolya Tarkanyi, declined to comment.",
        [("Orsolya Tarkanyi", "mining company's chief executive", ["Orsolya Tarkanyi"])],
    ),
    "an_organisation_set_off_after_a_plain_noun_is_no_person": (
        "The lawsuit names the mill's owner, Kestrel Holdings, as a defendant.",
        [],
    ),
    "roles_and_ranks_written_before_a_name": (
        "Fire investigator Arjun Mehta testified on Monday. Pollster Greta Holm said turnout "
        'was low. "We held," army spokesman Colonel Radu Petrescu told reporters. Major '
        "Ilona Sarkis said the bridge was open.",
        [
            ("Arjun Mehta", "Fire investigator", ["Arjun Mehta"]),
            ("Greta Holm", "Pollster", ["Greta Holm"]),
            ("Radu Petrescu", "army spokesman, Colonel", ["Radu Petrescu"]),
            ("Ilona Sarkis", "Major", ["Ilona Sarkis"]),
        ],
    ),
    "a_noun_a_name_is_given_to_is_the_role": (
        'Outside, a florist named Bea Lindqvist handed out roses. "It is a sad day," the '
        "florist said.",
        [("Bea Lindqvist", "florist", ["Bea Lindqvist", "the florist"])],
    ),
    "a_thing_named_so_gives_no_role": (
        "A ship named Astrid Holm sank in the storm. The ship was never found.",
        [("Astrid Holm", None, ["Astrid Holm"])],
    ),
    "a_first_name_set_off_after_a_relative_is_that_relative_whatever_the_tagger_says": (
        "His wife, Carys, 38, who teaches music, said the move was hard.",
        [("Carys", "wife", ["Carys"])],
    ),
    "a_first_name_the_tagger_calls_a_place_set_off_after_a_relative": (
        "Her daughter, Georgia, said the school had closed.",
        [("Georgia", "daughter", ["Georgia"])],
    ),
    "a_name_set_off_after_a_noun_for_no_relative_is_no_person": (
        "Her company, Florence, said sales were up.",
        [],
    ),
    "a_first_name_after_to_is_still_a_place": (
        "Her daughter moved to Georgia, where the school had closed.",
        [],
    ),
    "what_a_child_calls_a_parent_is_no_person": (
        "Ruth Rowe runs the farm. \u201cMum never sleeps,\u201d her son Idris said.",
        [("Ruth Rowe", None, ["Ruth Rowe"]), ("Idris", "son", ["Idris"])],
    ),
    "a_surname_in_the_same_place_is_still_the_person": (
        "Ruth Rowe runs the farm. \u201cRowe never sleeps,\u201d her son Idris said.",
        [("Ruth Rowe", None, ["Ruth Rowe", "Rowe"]), ("Idris", "son", ["Idris"])],
    ),
    "a_one_word_place_after_in_is_no_person": (
        "Ministers ended three days of talks in Wendrath on Friday.\n\nA meeting with "
        "Wendrath officials will follow in March, the envoy said.",
        [],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_people_roles_and_kin(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    assert people_rows(nlp, text) == expected


def test_a_relative_after_a_or_an_is_given_the_kinship_role(nlp: Language) -> None:
    text = "She is survived by a daughter, Mira Holt; and a brother, Samuel Holt."
    assert [(n, r) for n, r, _ in people_rows(nlp, text)] == [
        ("Mira Holt", "daughter"),
        ("Samuel Holt", "brother"),
    ]


def test_an_indefinite_noun_that_is_no_relative_gives_no_kinship_role(nlp: Language) -> None:
    text = "She met a neighbour, Mira Holt, at the market."
    assert [r for _, r, _ in people_rows(nlp, text)] != ["daughter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr Varga's widow, Lena Varga, described the day she heard the news.",
            [("Lena Varga", "Dr Varga's widow", ["Lena Varga"])],
        ),
        (
            "Brask's agent, Tomas Elling, has been courting interest from two clubs.",
            [("Tomas Elling", "Brask's agent", ["Tomas Elling"])],
        ),
    ],
    ids=["widow", "agent"],
)
def test_a_relation_owned_by_a_name_is_the_role(nlp, text, expected):
    assert people_rows(nlp, text)[-1:] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brask's plans for the stadium, Tomas Elling said, would cost millions.",
        "Editor's note: Tomas Elling has written for this page since 2010.",
    ],
    ids=["more-than-a-relation", "label-before-a-colon"],
)
def test_a_name_owning_no_relation_set_off_by_a_comma_gives_no_role(nlp, text):
    assert ("Tomas Elling", None) in [(r[0], r[1]) for r in people_rows(nlp, text)]
