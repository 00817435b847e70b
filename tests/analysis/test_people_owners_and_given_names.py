"""cr_people: a name someone gives ("her first name, Nadia"), a country that owns a head of
state's title ("Velm's President Jan Roe"), named bodies, streets and leagues that are no
people, role phrases that point back to a longer title, and roles with a club inside.

Each text is invented.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import (
    mentions_by_name,
    people_roles,
    people_rows,
    person_names,
    quote_rows,
)

GIVEN = (
    "Omar Haddad, a driver, said his lorry was stuck. Another rescuer, who gave only her "
    "first name, Nadia, said she had not eaten. She said the bridge was gone."
)


def test_a_first_name_someone_gives_is_a_person_who_speaks(nlp):
    rows = quote_rows(nlp, GIVEN, ("words", "person"))
    assert rows == [
        ("his lorry was stuck", "Omar Haddad"),
        ("she had not eaten", "Nadia"),
        ("the bridge was gone", "Nadia"),
    ]
    assert ("Nadia", None) in people_roles(nlp, GIVEN)  # "first name" is no role


def test_a_name_a_thing_is_given_is_no_person(nlp):
    text = "The company changed its name, Korvel, last year. Its owner said sales rose."
    assert person_names(nlp, text) == []


def test_an_unnamed_rescuer_keeps_she_from_a_man_named_before(nlp):
    text = (
        "Karim Haddad, a volunteer, said the water rose fast. Another rescuer, who asked not "
        "to be named, said she had not slept. She said food was running out."
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert rows[-1] == ("food was running out", None)


@pytest.mark.parametrize(
    "text",
    [
        'The reforms, announced by Velm\'s self-styled "President" Arvo Lintrak, include a '
        "panel. Lintrak's parliament approved them.",
        "The law, signed by Velm's President Arvo Lintrak, took effect. Lintrak's aides smiled.",
    ],
)
def test_the_country_that_owns_a_presidency_is_no_person(nlp, text):
    assert person_names(nlp, text) == ["Arvo Lintrak"]


def test_a_title_further_on_is_not_the_possessor_s(nlp):
    text = "Kim Sorel's long feud with President Ada Lind went on. Sorel said so."
    assert sorted(person_names(nlp, text)) == ["Ada Lind", "Kim Sorel"]


def test_a_person_may_own_an_adviser(nlp):
    text = "Kim Sorel's adviser Arvo Lintrak said the vote was close."
    assert sorted(person_names(nlp, text)) == ["Arvo Lintrak", "Kim Sorel"]


@pytest.mark.parametrize(
    "text",
    [
        "She grew up in a flat on Tanner Lane, the youngest of four.",
        "The interview first ran in the weekly Varsa Napló last month.",
        "The aid group Bread Without Borders said it had sent trucks.",
        "He hopes to move to La Liga next summer.",
    ],
)
def test_streets_papers_bodies_and_leagues_are_no_people(nlp, text):
    assert person_names(nlp, text) == []


def test_a_body_named_with_a_preposition_speaks_by_its_whole_name(nlp):
    text = "The aid group Bread Without Borders said it had sent trucks."
    rows = quote_rows(nlp, text, ("words", "person", "speaker"))
    assert rows == [("it had sent trucks", None, "Bread Without Borders")]


def test_a_person_named_after_a_body_noun_with_her_own_clause_stays(nlp):
    text = "The paper Ines Varga founded has closed. Varga said she was sad."
    assert "Ines Varga" in person_names(nlp, text)


def test_the_deputy_minister_points_back_to_a_deputy_foreign_minister(nlp):
    text = (
        "Deputy Foreign Minister Lena Marsh spoke on Monday. The deputy minister added that "
        "the talks would go on."
    )
    assert quote_rows(nlp, text, ("words", "person")) == [("the talks would go on", "Lena Marsh")]


def test_the_deputy_minister_is_not_the_minister(nlp):
    text = (
        "Foreign Minister Lena Marsh spoke on Monday. The deputy minister added that the "
        "talks would go on."
    )
    assert quote_rows(nlp, text, ("words", "person")) == [("the talks would go on", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meanwhile, former Harrow defender Joe Tamm believes the club must wait.",
            ("Joe Tamm", "former Harrow defender"),
        ),
        (
            "They want Ostend-Brugge midfielder Pim Vos, reports say.",
            ("Pim Vos", "Ostend-Brugge midfielder"),
        ),
        (
            "Tarbury chase Harrow striker Leon Abara as deal stalls\n\n"
            "Harrow striker Leon Abara is the main target.",
            ("Leon Abara", "Harrow striker"),
        ),
    ],
)
def test_roles_with_a_club_inside(nlp, text, expected):
    assert expected in people_roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarrow party leader Ana Ruiz said the vote was close.",
            ("Ana Ruiz", "Tarrow party leader"),
        ),
        (
            "Democratic state Rep. Ana Ruiz said the vote was close.",
            ("Ana Ruiz", "Democratic state Rep."),
        ),
    ],
)
def test_a_common_noun_before_a_role_noun_stays_in_the_role(nlp, text, expected):
    assert expected in people_roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bay County state Republican official Nora Hale said no.",
            ("Nora Hale", "Bay County state Republican official"),
        ),
        (
            "The shirts were sold by far-right podcast host Alex Rowe.",
            ("Alex Rowe", "far-right podcast host"),
        ),
        # a hyphened word is one word of the role, whatever the parser calls its first half
        (
            "The shirts were sold online by far-right talk show host Alex Rowe.",
            ("Alex Rowe", "far-right talk show host"),
        ),
        # a title that stands on its own after "then-" keeps its capital and is the role
        ("In 2008 she lost to then-Sen. Alex Rowe of Ohio.", ("Alex Rowe", "Sen.")),
    ],
)
def test_a_body_text_role_is_not_cut_as_a_headline_is(nlp, text, expected):
    assert expected in people_roles(nlp, text)


def test_a_holiday_is_no_mention_of_a_false_person_named_after_it(nlp):
    text = "He said Merry Christmas to Ada Lind. It was our Christmas present, Lind said."
    assert "Christmas" not in [w for ms in mentions_by_name(nlp, text).values() for w in ms]


def test_a_possessor_before_a_prime_minister_may_be_a_person(nlp):
    text = (
        "Velk's Prime Minister Ana Morrow said on Monday the budget would pass. Velk, who "
        "has ruled since 2010, said he was confident."
    )
    assert [row[0] for row in people_rows(nlp, text)] == ["Velk", "Ana Morrow"]


def test_a_possessor_before_a_president_is_a_country(nlp):
    text = "Velm's President Jan Roe said on Monday the budget would pass."
    assert [row[0] for row in people_rows(nlp, text)] == ["Jan Roe"]
