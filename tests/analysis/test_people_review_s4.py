"""cr_people, reviewed as a reader would (session 4): things that are not people, names the
tagger misses or splits, and roles that belong to someone or something else."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import PersonRow, named, people_rows

CASES: dict[str, tuple[str, list[PersonRow]]] = {
    "a_newspaper_after_the_is_no_person": (
        "The Lakeville Ledger reported on Monday that the city council would vote on the "
        "budget. Mayor Theresa Quill said the plan was fair.",
        [("Theresa Quill", "Mayor", ["Theresa Quill"])],
    ),
    "a_named_storm_is_no_person_anywhere_in_the_article": (
        "Tropical Storm Delia strengthened overnight. Governor Amanda Hale declared an "
        'emergency. "Delia is dangerous," Hale said.',
        [("Amanda Hale", "Governor", ["Amanda Hale", "Hale"])],
    ),
    "a_ship_named_after_its_noun_is_no_person": (
        "The cargo ship Ever Bright ran aground on Sunday. Captain Lars Eriksson said no one "
        "was hurt.",
        [("Lars Eriksson", "Captain", ["Lars Eriksson"])],
    ),
    "a_titled_name_the_tagger_left_untagged": (
        "Foreign Minister Anatoly Vereshchagin met his French counterpart in Geneva on "
        "Thursday. Vereshchagin said the talks were useful. The minister later flew to Rome.",
        [
            (
                "Anatoly Vereshchagin",
                "Foreign Minister",
                ["Anatoly Vereshchagin", "Vereshchagin", "The minister"],
            )
        ],
    ),
    "a_sport_position_before_the_name_is_a_title": (
        "Striker Jamal Okonkwo scored twice on Saturday. Okonkwo's second goal came late.",
        [("Jamal Okonkwo", "Striker", ["Jamal Okonkwo", "Okonkwo"])],
    ),
    "a_police_rank_is_a_role": (
        "Sergeant Paula Nguyen said the driver had been drinking. Nguyen said no one was hurt.",
        [("Paula Nguyen", "Sergeant", ["Paula Nguyen", "Nguyen"])],
    ),
    "a_hyphenated_surname_on_its_own_is_a_mention": (
        'Coach Maria Fernández-López praised the team. "It was brilliant," Fernández-López said.',
        [("Maria Fernández-López", "Coach", ["Maria Fernández-López", "Fernández-López"])],
    ),
    "a_double_surname_on_its_own_is_the_same_person": (
        "Rep. Gloria Ramírez Ortega chaired the hearing on Tuesday. Ramírez Ortega said the "
        "agency had failed.",
        [("Gloria Ramírez Ortega", "Rep.", ["Gloria Ramírez Ortega", "Ramírez Ortega"])],
    ),
    "a_title_after_a_plural_group_noun": (
        "Polls show Clara Voss ahead of fellow Green candidates Sen. Tom Riddle and Rep. Ada Kim.",
        [
            ("Clara Voss", None, ["Clara Voss"]),
            ("Tom Riddle", "Sen.", ["Tom Riddle"]),
            ("Ada Kim", "Rep.", ["Ada Kim"]),
        ],
    ),
    "an_apposition_on_a_noun_further_back_is_no_role": (
        "Clara Voss is far ahead in the overall count because of early pledges from patrons, "
        "the wealthy donors who can back the candidate of their choice.",
        [("Clara Voss", None, ["Clara Voss"])],
    ),
    "an_item_of_a_list_after_the_name_is_no_role": (
        "The mayors agreed on three things: support for Mayor Jan Okafor, a ban on plastic "
        "bags and better buses.",
        [("Jan Okafor", "Mayor", ["Jan Okafor"])],
    ),
    "a_preposition_or_adverb_is_cut_from_the_front_of_a_role": (
        "Ned Pryce, also once a candidate for governor, said the race was over.",
        [("Ned Pryce", "candidate for governor", ["Ned Pryce"])],
    ),
    "a_count_and_preposition_are_cut_from_a_role_before_the_name": (
        "The party cast 12 votes for Ben Ode and 36 votes for the next governor of the state, "
        "Ida Marsh.",
        [
            ("Ben Ode", None, ["Ben Ode"]),
            ("Ida Marsh", "next governor of the state", ["Ida Marsh"]),
        ],
    ),
    "a_title_case_first_line_tagged_all_as_names_is_a_headline": (
        "Pike Fund Chief Praises Ada Moss Donor for Skywriting Stunt Over the Bay.\n\n"
        "Ada Moss thanked the donor on Tuesday.",
        [("Ada Moss", None, ["Ada Moss", "Ada Moss"])],
    ),
    # guards: the cuts above stop at a name's plural, a hyphen, and a home town
    "a_capitalised_plural_and_a_hyphenated_adverb_stay_in_the_role": (
        '"The vote was rigged," said Rivers campaign spokesman Tomas Brun on Friday. Ivo '
        "Stark, the longest-serving member of the board, agreed.",
        [
            ("Tomas Brun", "Rivers campaign spokesman", ["Tomas Brun"]),
            ("Ivo Stark", "longest-serving member of the board", ["Ivo Stark"]),
        ],
    ),
    "an_age_and_home_town_between_name_and_apposition": (
        "Gus Lemm, 41, of Chicago, a teacher at the school, said he was tired of it.",
        [("Gus Lemm", "teacher at the school", ["Gus Lemm"])],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_people(nlp: Language, text: str, expected: list[PersonRow]) -> None:
    assert people_rows(nlp, text) == expected
