"""cr_people: names merged per person, roles, role-noun mentions, no organisations."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import mention_texts, people_by_name


def test_surname_and_role_noun_merge_into_one_person(nlp):
    text = (
        "Veronian Ambassador to Canada, Mirela Kostova, spoke on Monday.\n\n"
        "Kostova said the talks went well. The ambassador left for Ottawa later."
    )
    _, people = people_by_name(nlp, text)
    assert list(people) == ["Mirela Kostova"]
    p = people["Mirela Kostova"]
    assert p.role == "Veronian Ambassador to Canada"
    assert mention_texts(text, p) == ["Mirela Kostova", "Kostova", "The ambassador"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Finance Minister Tomas Hallberg met farmers on Tuesday. Hallberg promised new loans.",
            "Tomas Hallberg",
            "Finance Minister",
            id="title_before_name_is_the_role",
        ),
        pytest.param(
            "The plan was drafted by Ruth Okafor, the deputy governor of the central bank, "
            "last year.",
            "Ruth Okafor",
            "deputy governor of the central bank",
            id="apposition_after_name_is_the_role",
        ),
    ],
)
def test_role_text(nlp, text, name, role):
    _, people = people_by_name(nlp, text)
    assert people[name].role == role


def test_dateline_credit_is_not_a_person(nlp):
    text = "OSLO (Nordpress) – Ingrid Solberg won the vote, Solberg told Nordpress."
    _, people = people_by_name(nlp, text)
    assert list(people) == ["Ingrid Solberg"]


def test_people_sharing_a_surname_stay_apart(nlp):
    text = "Anna Berg and Lars Berg run the farm. Anna Berg said sales rose."
    _, people = people_by_name(nlp, text)
    assert {"Anna Berg", "Lars Berg"} <= set(people)


def test_first_names_give_a_soft_gender():
    from contextreader.analysis.people import first_name_genders

    genders = first_name_genders()
    assert genders["Carla"] == "female" and genders["Frank"] == "male"
    assert "Jamie" not in genders  # a name common to both stays unknown


def test_transcript_labels_merge_into_the_named_person(nlp):
    text = (
        "Chris Hallam hosted the debate. Senator Vera Lindqvist took part.\n\n"
        "HALLAM: Welcome, everyone.\n\n"
        "LINDQVIST: Thank you.\n\n"
        "HALLAM: Our first question.\n\n"
        "Later Chris thanked the audience."
    )
    _, people = people_by_name(nlp, text)
    assert list(people) == ["Chris Hallam", "Vera Lindqvist"]
    assert mention_texts(text, people["Chris Hallam"]) == [
        "Chris Hallam",
        "HALLAM",
        "HALLAM",
        "Chris",
    ]


def test_label_matching_no_one_is_no_person(nlp):
    text = (
        "Senator Ilse Brandt spoke to a radio host.\n\n"
        '"MORROW: Why did you vote against it?\n\n'
        '"BRANDT: It costs too much.\n\n'
        '"MORROW: Thank you.\n\n'
        "Q: And the next vote?\n\n"
        "A: Next week."
    )
    rep, people = people_by_name(nlp, text)
    assert list(people) == ["Ilse Brandt"]
    speakers = [q.speaker_text for q in rep.quotes if q.kind == "direct"]
    assert speakers == ["MORROW", "BRANDT", "MORROW", "Q", "A"]


def test_undotted_titles_are_not_part_of_the_name(nlp):
    text = "Gov Maren Tolliver signed the bill. Sen Idris Hallam opposed it, and Tolliver left."
    _, people = people_by_name(nlp, text)
    assert sorted(people) == ["Idris Hallam", "Maren Tolliver"]
    assert mention_texts(text, people["Maren Tolliver"]) == [
        "Maren Tolliver",
        "Tolliver",
    ]
