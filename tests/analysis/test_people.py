"""cr_people: names merged per person, roles, role-noun mentions, no organisations."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import (
    mention_texts,
    named,
    people_by_name,
    people_roles,
    person_names,
)


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
    assert speakers == ["MORROW", "BRANDT", "MORROW", "the interviewer", "the interviewee"]


def test_undotted_titles_are_not_part_of_the_name(nlp):
    text = "Gov Maren Tolliver signed the bill. Sen Idris Hallam opposed it, and Tolliver left."
    _, people = people_by_name(nlp, text)
    assert sorted(people) == ["Idris Hallam", "Maren Tolliver"]
    assert mention_texts(text, people["Maren Tolliver"]) == [
        "Maren Tolliver",
        "Tolliver",
    ]


# Each case: a short article and the names of all the people found in it.
NAMES = {
    "a_name_opening_with_port_is_a_place": (
        "Match report\n\nHarbourside were held to a draw on Saturday. Coach Dana Whitlow "
        "said her team would recover before next weekend's league match against Port "
        "Elsby.",
        ["Dana Whitlow"],
    ),
    "a_name_opening_with_mount_and_its_later_short_form_are_a_place": (
        "Match report\n\nThe side drew with Mount Varrow. Varrow scored late, said coach "
        "Dana Whitlow.",
        ["Dana Whitlow"],
    ),
    "a_title_before_a_place_word_keeps_the_person": (
        "Town news\n\nMayor Lake Ferrant said the bridge would reopen in May.",
        ["Lake Ferrant"],
    ),
    "a_people_after_ethnic_is_no_person": (
        "Conflict\n\nThe group says it is fighting for the ethnic Dorvessi minority, its "
        "spokesman Arvo Denn said.",
        ["Arvo Denn"],
    ),
    "a_name_before_a_model_code_is_a_brand": (
        "Phone review\n\nThe Velto Q9 is fast. Velto says the battery lasts two days. "
        "Velto claims a bright screen.",
        [],
    ),
    "a_person_before_a_number_is_kept": (
        "Council vote\n\nGreta Marlowe won 5,120 votes. Marlowe said the count was fair.",
        ["Greta Marlowe"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(NAMES))
def test_the_people_named(nlp, text, expected):
    assert person_names(nlp, text) == expected


# Each case: a short article and every person found in it as (name, role).
ROLES = {
    "a_team_and_a_position_before_the_name": (
        "Match report\n\nHarbourside defender Marco Vennett and substitute Tomasz Oyelaran "
        "both scored.",
        [("Marco Vennett", "Harbourside defender"), ("Tomasz Oyelaran", "substitute")],
    ),
    "a_position_before_a_name_the_tagger_calls_an_organisation": (
        "Match report\n\nThe visitors won when winger Elif Castellano curled in a free kick. "
        "Castellano said she was delighted. Castellano was named player of the match.",
        [("Elif Castellano", "winger")],
    ),
    "a_name_set_off_by_commas_after_a_role_the_tagger_missed": (
        "Phone review\n\nBy Al Cole\n\nI asked a company spokesperson, Rina Takeda, about "
        "the apps. She said the firm listens to buyers.",
        [("Al Cole", "named in the byline"), ("Rina Takeda", "company spokesperson")],
    ),
    "a_report_by_a_role_inside_a_preposition_object": (
        "Audit\n\nA report by the state auditor, Ruth Penhaligon, found that the fund "
        "was short of money.",
        [("Ruth Penhaligon", "state auditor")],
    ),
    "a_letter_from_a_role_inside_a_preposition_object": (
        "Audit\n\nA letter from the county treasurer, Amos Vell, warned that the fund was "
        "short of money.",
        [("Amos Vell", "county treasurer")],
    ),
    "a_role_of_a_group_keeps_its_preposition": (
        "Audit\n\nThe chief executive of the consumer group WaterWatch, Jan Roe, said "
        "prices were high.",
        [("Jan Roe", "chief executive of the consumer group WaterWatch")],
    ),
    "a_person_of_a_firm_has_the_firm_as_role": (
        "Market report\n\nTobias Ferreira of Meridian Securities said the shares were "
        "cheap. Ferreira expects a rebound.",
        [("Tobias Ferreira", "of Meridian Securities")],
    ),
    "a_person_of_an_institute_has_the_institute_as_role": (
        "Market report\n\nDana Kolar of the Tarrow Institute of Economics said the shares "
        "were cheap.",
        [("Dana Kolar", "of the Tarrow Institute of Economics")],
    ),
    "a_person_of_a_city_has_no_role": (
        "Market report\n\nAmos Vell of Boston said the shares were cheap.",
        [("Amos Vell", None)],
    ),
    "a_datelines_country_and_credit_are_no_people": (
        "Shelling hits market\n\nOSTRAVA, Velmark, March 14 (Harbour Wire) - At least 30 "
        "people were killed on Friday, officials said. Harbour Wire could not verify the "
        "account. Velmark's president, Ansel Varga, called a meeting.",
        [("Ansel Varga", "Velmark's president")],
    ),
    "a_datelines_two_word_place_is_no_person": (
        "Rally draws crowd\n\nBRENNICK FALLS — Greta Marlowe spoke to supporters on "
        "Saturday. The debate will be held in Brennick Falls next month.",
        [("Greta Marlowe", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(ROLES))
def test_the_people_and_their_roles(nlp, text, expected):
    assert people_roles(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        pytest.param(
            "I asked a company spokesperson, Rina Takeda, about it.",
            "Rina",
            True,
            id="comma_apposition",
        ),
        pytest.param(
            "The goal came when winger Elif Castellano curled it in.",
            "Elif",
            True,
            id="lower_case_role",
        ),
        pytest.param(
            "I asked the spokesperson, Rina Takeda and Amos Vell, about it.",
            "Rina",
            False,
            id="a_list",
        ),
        pytest.param("I met them in Harbour Town, Rina Takeda said.", "Rina", False, id="no_role"),
        pytest.param("I asked Spokesperson Rina Takeda about it.", "Rina", False, id="a_title"),
    ],
)
def test_two_name_words_beside_a_role(nlp, text, first, expected):
    from contextreader.analysis.people import role_lexicon
    from contextreader.analysis.people.candidates import _beside_role

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == first)
    assert _beside_role(doc[i], doc[i + 1], role_lexicon()) is expected


def test_a_hyphenated_given_name_is_not_cut(nlp):
    text = "Talks\n\nForeign Minister Park Min-jun said the plan would work."
    assert "Park Min" not in person_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    named(
        {
            "a_name_before_a_version_number_is_a_project": (
                "Costs rise\n\nParliament resumes on Monday, when the Opposition will question "
                "the blowout in the cost of Gonski 2.0.",
                [],
            ),
            "a_surname_before_a_decimal_with_a_unit_is_kept": (
                "Sprint final\n\nThe race went to Ida Kessel in 11.2 seconds. Kessel 11.2 "
                "seconds was a record, she said.",
                ["Ida Kessel"],
            ),
            "a_word_the_article_writes_in_lower_case_is_no_person": (
                "Coins slide\n\nLitecoin tumbled 9 per cent on Monday. If litecoin fails to "
                "hold, it could fall further, traders said. Litecoin remains up over the year.",
                [],
            ),
            "a_speaker_also_written_in_lower_case_stays_a_person": (
                "Quarry row\n\nMarrick said she would appeal the ruling. Masons split the stone "
                "with a marrick.",
                ["Marrick"],
            ),
        }
    ),
)
def test_a_name_that_is_a_thing(nlp, text, expected):
    assert person_names(nlp, text) == expected
