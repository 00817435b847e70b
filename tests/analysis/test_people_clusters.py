"""cr_people: which person a surname, a title or a role noun means when names are shared."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import mentions_by_name, named, people_by_name

KINSHIP = (
    "Carla Vend, the chief executive of Orvane, spoke on Monday. Vend said profits rose.\n\n"
    "She thanked her husband, Tomas Vend, for his support.\n\n"
    "Later, Vend said the company would hire more staff."
)
TITLE_MISFIT = (
    "Senator Helena Marsk spoke in Dover on Monday.\n\n"
    "President Marsk, who led the country in the 1990s, also attended."
)
TITLED_RELATIVE = (
    "Marta Quill campaigned in Dover on Monday. Quill promised new schools.\n\n"
    "President Quill, her husband, spoke before her. Quill said she would win."
)
FILLER = "The weather in the valley stayed dry for most of the week. " * 20
TITLED_LONG_BEFORE = (
    "President Halvard spoke to farmers on Monday. Mr. Halvard promised new loans.\n\n"
    f"{FILLER}\n\n"
    "Ingrid Halvard, a teacher, watched from the back."
)

# Each case: a short article and every person in it with the words of their mentions.
CASES = {
    "a_relative_introduced_by_kinship_does_not_take_the_surname": (
        KINSHIP,
        {"Carla Vend": ["Carla Vend", "Vend", "Vend"], "Tomas Vend": ["Tomas Vend"]},
    ),
    "a_surname_used_before_a_relative_is_named_stays_its_own_person": (
        "Vend pushed ahead with the merger in 2001. Vend told the board it would work.\n\n"
        "She called her husband, Tomas Vend, that night.\n\n"
        "Vend later said the deal had been hard.",
        {"Vend": ["Vend", "Vend", "Vend"], "Tomas Vend": ["Tomas Vend"]},
    ),
    "an_honorific_of_the_other_gender_is_another_person": (
        "Helena Marsk won the vote on Tuesday. Mrs. Marsk said she was grateful.\n\n"
        "Mr. Marsk stayed at home in Dover.",
        {"Helena Marsk": ["Helena Marsk", "Marsk"], "Marsk": ["Marsk"]},
    ),
    "a_title_that_does_not_fit_is_another_person": (
        TITLE_MISFIT,
        {"Helena Marsk": ["Helena Marsk"], "Marsk": ["Marsk"]},
    ),
    "different_middle_initials_are_different_people": (
        "George T. Halvorsen led the firm until 1990. His son George R. Halvorsen runs it now.",
        {
            "George T. Halvorsen": ["George T. Halvorsen"],
            "George R. Halvorsen": ["George R. Halvorsen"],
        },
    ),
    "a_generational_suffix_is_not_the_surname": (
        "Harold Penn Jr. owns the mill. Penn said the mill would stay open.",
        {"Harold Penn Jr.": ["Harold Penn Jr.", "Penn"]},
    ),
    "a_surname_joins_the_full_name_written_after_it": (
        "Okonkwo says the port will reopen.\n\n"
        "Adaeze Okonkwo, the harbour master, made the promise on Friday.",
        {"Adaeze Okonkwo": ["Okonkwo", "Adaeze Okonkwo"]},
    ),
    "a_titled_surname_set_beside_a_kinship_noun_is_a_relative": (
        TITLED_RELATIVE,
        {"Marta Quill": ["Marta Quill", "Quill", "Quill"], "Quill": ["Quill"]},
    ),
    "a_titled_surname_long_before_a_full_name_is_its_own_person": (
        TITLED_LONG_BEFORE,
        {"Halvard": ["Halvard", "Halvard"], "Ingrid Halvard": ["Ingrid Halvard"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_people_and_their_mentions(nlp, text, expected):
    assert mentions_by_name(nlp, text) == expected


# Each case: a short article and the role of every person in it.
ROLES = {
    "a_title_that_does_not_fit_is_another_person": (
        TITLE_MISFIT,
        {"Helena Marsk": "Senator", "Marsk": "President"},
    ),
    "a_titled_surname_set_beside_a_kinship_noun_is_a_relative": (
        TITLED_RELATIVE,
        {"Marta Quill": None, "Quill": "President"},
    ),
}


@pytest.mark.parametrize(("text", "roles"), named(ROLES))
def test_each_person_keeps_their_own_title(nlp, text, roles):
    _, people = people_by_name(nlp, text)
    assert {name: p.role for name, p in people.items()} == roles
