"""People found in session 11's reviews. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import people_rows as people
from tests.analysis.helpers import person_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turnout at the emergency shelters was high, said Mayor Greta Okonkwo.",
            ["Greta Okonkwo"],
        ),
        (
            "Floodwater rose through Hallerton on Tuesday. Mayor Greta Okonkwo said it was bad.",
            ["Greta Okonkwo"],
        ),
    ],
    ids=["turnout", "floodwater"],
)
def test_a_common_noun_opening_a_sentence_is_no_person(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port board met on Monday. Brennan said the shelters were full.", ["Brennan"]),
        ("The port board met on Monday. Brennan's aide said the shelters were full.", ["Brennan"]),
        (
            "The port board met on Monday. Brennan has given his whole career to the port.",
            ["Brennan"],
        ),
        ("The port board met on Monday. Brennan is a reporter for the Harbour Wire.", ["Brennan"]),
        ("The port board met on Monday. Brennan resigned after the vote.", ["Brennan"]),
    ],
    ids=["speaker", "owner", "pronoun", "role", "no-common-noun"],
)
def test_a_surname_named_once_at_a_sentence_start_stays(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opposition's spokesman on utilities, Rufus Adeyemi-Clarke, said the bill "
            "was late.",
            [("Rufus Adeyemi-Clarke", "opposition's spokesman on utilities")],
        ),
        (
            "The chief executive of the consumer group WaterWatch, Ines Fairbairn, told reporters "
            "the bill was late.",
            [("Ines Fairbairn", "chief executive of the consumer group WaterWatch")],
        ),
        (
            "Kieran Lowther will appear in court. Lowther's solicitor, Anton Brierley, said he "
            "would plead not guilty.",
            [("Kieran Lowther", None), ("Anton Brierley", "Lowther's solicitor")],
        ),
    ],
    ids=["plural-after-role", "role-of-a-group", "possessive-role"],
)
def test_a_role_set_before_a_name_by_commas(nlp, text, expected):
    assert [(n, r) for n, r, _ in people(nlp, text)] == expected


def test_a_relatives_double_surname_later_is_the_relative(nlp):
    text = (
        "Marcus Oduya died on Sunday.\n\n"
        "Oduya's sister, Abigail Oduya-Price, called him a gentle man.\n\n"
        "Speaking on Tuesday, Oduya-Price said her brother had coached a youth team."
    )
    assert people(nlp, text) == [
        ("Marcus Oduya", None, ["Marcus Oduya", "Oduya"]),
        ("Abigail Oduya-Price", "Oduya's sister", ["Abigail Oduya-Price", "Oduya-Price"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Kalvania and Ostrava collapsed in 2023. Ostrava denied the charge.",
        "Talks may be held in the country's capital, Marn, next month. Marn is calm.",
        "Talks may be held in Velm's capital next month. Velm said it was ready.",
        "Lumora Systems unveiled a reader on Wednesday. Lumora said sales would rise.",
    ],
    ids=["and-a-place", "the-capital-x", "x-s-capital", "short-firm-name"],
)
def test_places_and_firms_beside_their_signs_are_no_people(nlp, text):
    assert names(nlp, text) == []


def test_a_full_name_the_tagger_missed_joins_its_surname(nlp):
    text = (
        "Eleanor Vantreight, who rose from a dairy farm to lead the state Senate, died on "
        "Thursday. She was 81.\n\n"
        "Vantreight served 28 years in the Senate, a colleague said."
    )
    found = people(nlp, text)
    assert [(n, m) for n, _, m in found][:1] == [
        ("Eleanor Vantreight", ["Eleanor Vantreight", "Vantreight"])
    ]


def test_a_first_and_middle_name_before_a_surname(nlp):
    text = "Born Eleanor Mae Ruddick in 1945, she grew up on a dairy farm near Sable."
    assert [n for n, _, _ in people(nlp, text)] == ["Eleanor Mae Ruddick"]


def test_a_name_ending_in_a_firms_suffix_is_no_person(nlp):
    assert names(nlp, "Velora Labs said profits rose in the spring.") == []


def test_a_boss_is_a_role(nlp):
    text = "United boss Marco Ventresca said the referee had missed a foul."
    assert [(n, r) for n, r, _ in people(nlp, text)] == [("Marco Ventresca", "United boss")]


def test_a_street_after_someones_age_is_their_address(nlp):
    text = "Derek Pallister, 58, of Moor Lane, Ashby, admitted fraud at Ashby Crown Court."
    assert names(nlp, text) == ["Derek Pallister"]


def test_a_first_name_between_a_title_and_a_surname_is_the_names(nlp):
    text = "Cllr Priya Nandakumar, who chairs the committee, said the road would help."
    assert [(n, r) for n, r, _ in people(nlp, text)] == [("Priya Nandakumar", "Cllr")]
