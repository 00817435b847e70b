"""cr_people: role nouns that point back to a person, and the role text itself."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import mention_texts, named, people_by_name

# Each case: a short article, the mentions of some of its people and the roles of some.
CASES = {
    "the_exact_role_noun_wins_over_a_more_recent_person_of_its_class": (
        "President Mara Quill and Vice President Oren Falk visited the plant in Tarrow.\n\n"
        "The president spoke first. The vice president spoke later.",
        {
            "Mara Quill": ["Mara Quill", "The president"],
            "Oren Falk": ["Oren Falk", "The vice president"],
        },
        {},
    ),
    "a_place_before_the_role_noun_must_agree_with_the_role": (
        "Ohio Governor Rhea Callis met Iowa Governor Tom Brandt on Friday.\n\n"
        "The Ohio governor said the talks went well.",
        {"Rhea Callis": ["Rhea Callis", "The Ohio governor"], "Tom Brandt": ["Tom Brandt"]},
        {},
    ),
    "an_ordinal_role_noun_is_not_a_reference_back": (
        "President Mara Quill opened the museum. It honours the first president of Tarrow.",
        {"Mara Quill": ["Mara Quill"]},
        {},
    ),
    "a_role_in_the_head_of_a_phrase_not_in_its_complement": (
        "The bill was written by Daniel Serra, a former aide to the president of Corvia.\n\n"
        "The president said nothing.",
        {"Daniel Serra": ["Daniel Serra"]},
        {"Daniel Serra": "former aide to the president of Corvia"},
    ),
    "a_role_before_the_name_stops_at_a_dateline": (
        "OSLO, May 2 (Nordpress) — Former Finance Minister Tove Rask said on Monday she would run.",
        {},
        {"Tove Rask": "Former Finance Minister"},
    ),
    "a_name_beside_the_name_is_not_its_role": (
        '"We will win," Dara Quint, founder of the Quint Trust, told reporters of Pavel Orr.',
        {},
        {"Dara Quint": "founder of the Quint Trust", "Pavel Orr": None},
    ),
    "an_abbreviated_title_gives_the_office": (
        "Vermont Sen. Bram Oyelaran and Sen. Alma Torvik met on Monday.\n\n"
        "The Vermont senator said the bill would pass.",
        {"Bram Oyelaran": ["Bram Oyelaran", "The Vermont senator"]},
        {"Alma Torvik": "Sen."},
    ),
    "a_written_out_role_replaces_an_abbreviated_title": (
        "Sen. Alma Torvik spoke on Monday.\n\n"
        "Alma Torvik, the chair of the farm committee, later left.",
        {},
        {"Alma Torvik": "chair of the farm committee"},
    ),
}


@pytest.mark.parametrize(("text", "mentions", "roles"), named(CASES))
def test_mentions_and_roles(nlp, text, mentions, roles):
    _, people = people_by_name(nlp, text)
    assert {name: mention_texts(text, people[name]) for name in mentions} == mentions
    assert {name: people[name].role for name in roles} == roles
