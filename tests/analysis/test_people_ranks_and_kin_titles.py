"""Abbreviated ranks, kin words written as titles, roles set beside a name, and a titled
surname the tagger calls no person. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import people_roles as people
from tests.analysis.helpers import quote_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Col. Odran Vesk told the briefing that his unit had come under fire.",
            [("Odran Vesk", "Col.")],
        ),
        ("Sgt Mairead Colley said patrols would rise.", [("Mairead Colley", "Sgt")]),
        ("PC Dafydd Rowse said officers were called.", [("Dafydd Rowse", "PC")]),
        ("Lt. Corin Abbot said the road was closed.", [("Corin Abbot", "Lt.")]),
    ],
)
def test_an_abbreviated_rank_before_a_name_is_the_role(nlp, text, expected):
    assert people(nlp, "Town news\n\n" + text) == expected


def test_a_paragraph_opening_with_a_dotted_rank_is_one_sentence(nlp):
    rep = analyze_text("Army report\n\nCol. Odran Vesk told the briefing it was calm.", nlp)
    words = [rep.text[a.span[0] : a.span[1]] for a in rep.assertions]
    assert "Col." not in words
    assert [rep.text[s.span[0] : s.span[1]].strip() for s in rep.sentences][1:] == [
        "Col. Odran Vesk told the briefing it was calm."
    ]


def test_pc_in_lower_case_gives_no_role(nlp):
    text = "Shop news\n\nThe new pc Bryn Tallis bought was slow, Ana Roe said."
    assert ("Bryn Tallis", "pc") not in people(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grandad Peter Halloran, 71, said the park was all they had.",
            [("Peter Halloran", "Grandad")],
        ),
        ("Mum Tegan Ashby, 29, started a petition.", [("Tegan Ashby", "Mum")]),
    ],
)
def test_a_kin_word_as_a_title_is_the_role_not_part_of_the_name(nlp, text, expected):
    assert people(nlp, "Park news\n\n" + text) == expected


def test_a_first_name_alone_after_a_kin_word_keeps_its_name(nlp):
    # two name words must follow the kin word: "Gran Torino" is not "Torino", the grandmother
    names = [n for n, _ in people(nlp, "Film night\n\nDora Pike said Gran Torino was her pick.")]
    assert "Torino" not in names


def test_a_role_with_the_field_it_covers_keeps_the_field(nlp):
    text = "Paper review\n\nIn the Gazette, economics editor Halle Brind writes that it is bad."
    assert people(nlp, text) == [("Halle Brind", "economics editor")]


def test_a_plural_group_before_a_title_still_ends_the_role(nlp):
    text = "Vote news\n\nFellow candidates Sen. Ora Blythe and Rep. Ned Corr said no."
    assert people(nlp, text) == [("Ora Blythe", "Sen."), ("Ned Corr", "Rep.")]


def test_a_role_set_before_the_name_the_parse_misses(nlp):
    text = (
        "Leak\n\nIn one email, Ivo Brandt wrote to the chief executive, Pella Stroud: "
        '"We are in trouble."'
    )
    assert ("Pella Stroud", "chief executive") in people(nlp, text)


def test_a_role_before_a_comma_and_a_subject_names_someone_else(nlp):
    text = "Talks\n\nHe wrote to the minister, Orla Benn said on Monday."
    assert people(nlp, text) == [("Orla Benn", None)]


def test_a_titled_surname_the_tagger_calls_a_work_is_the_person(nlp):
    text = (
        "Park closure\n\nCllr Wenna Trask said she was surprised.\n\n"
        '"We will act," Cllr Trask said.'
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert rows == [("she was surprised", "Wenna Trask"), ("We will act,", "Wenna Trask")]


def test_a_titled_surname_no_one_has_is_no_mention(nlp):
    text = (
        "Park closure\n\nCllr Wenna Trask said she was surprised.\n\n"
        '"We will act," Cllr Pryce said.'
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert rows == [("she was surprised", "Wenna Trask"), ("We will act,", None)]


def test_a_dotted_rank_that_is_also_a_first_name_undotted_gives_a_role(nlp):
    # "Gen." is looked up with its stop; "Gen" alone may be a first name
    text = "Army review\n\nGen. Mark Ellison said the review would take a year.\n"
    assert ("Mark Ellison", "Gen.") in people(nlp, text)
