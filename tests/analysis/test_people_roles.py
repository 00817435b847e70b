"""cr_people: role nouns that point back to a person, and the role text itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.people.roles import _after_other_person
from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import (
    PersonRow,
    mention_texts,
    named,
    people_by_name,
    people_rows,
    quote_rows,
)
from tests.analysis.helpers import people_roles as roles
from tests.analysis.helpers import people_rows as people
from tests.analysis.helpers import person_names as names

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
    "a_writer_s_role_nouns": (
        "Dr Mara Oyelaran, a co-author of the study, said the results were clear.\n\n"
        "The novelist Tobias Wren was kinder about the book.",
        {},
        {"Mara Oyelaran": "co-author of the study", "Tobias Wren": "novelist"},
    ),
    "a_role_stops_before_and_with_a_second_determiner": (
        "The guest was Ines Varga, head of research at Polder Data and no relation to the "
        "presenter.\n\nShe was joined by Ann Doyle, a nurse at the city hospital and a mother "
        "of three.",
        {},
        {
            "Ines Varga": "head of research at Polder Data",
            "Ann Doyle": "nurse at the city hospital",
        },
    ),
    "a_second_role_after_and_stays": (
        "The talk was given by Ines Varga, a fellow at Polder College and a former ambassador "
        "to Corvia.",
        {},
        {"Ines Varga": "fellow at Polder College and a former ambassador to Corvia"},
    ),
    "a_role_s_object_joined_by_and_the_stays_whole": (
        "Mele Tonga, minister for fisheries and the coast, opened the harbour.\n\n"
        "Ruth Havili, a lecturer at Polder College and the Kell Academy of Dance, said the "
        "studio would close.",
        {},
        {
            "Mele Tonga": "minister for fisheries and the coast",
            "Ruth Havili": "lecturer at Polder College and the Kell Academy of Dance",
        },
    ),
    "a_role_with_and_inside_one_phrase_stays_whole": (
        "The talk was given by Ines Varga, head of research and development at Polder Data.",
        {},
        {"Ines Varga": "head of research and development at Polder Data"},
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


ROLE_ROWS: dict[str, tuple[str, list[PersonRow]]] = {
    "a_sport_position_before_the_name_is_a_title": (
        "Striker Jamal Okonkwo scored twice on Saturday. Okonkwo's second goal came late.",
        [("Jamal Okonkwo", "Striker", ["Jamal Okonkwo", "Okonkwo"])],
    ),
    "a_police_rank_is_a_role": (
        "Sergeant Paula Nguyen said the driver had been drinking. Nguyen said no one was hurt.",
        [("Paula Nguyen", "Sergeant", ["Paula Nguyen", "Nguyen"])],
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
        "Clara Voss leads the race thanks to gifts from patrons, "
        "the wealthy donors who fund the club's campaigns.",
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
        "The board gave 36 votes to the next governor of the state, Ida Marsh, and 12 votes "
        "to Ben Ode.",
        [
            ("Ida Marsh", "next governor of the state", ["Ida Marsh"]),
            ("Ben Ode", None, ["Ben Ode"]),
        ],
    ),
    # guards: the cuts above stop at a name's plural, a hyphen, and a home town
    "a_capitalised_plural_and_a_hyphenated_adverb_stay_in_the_role": (
        '"The vote was rigged," said Rivers campaign spokesman Tomas Brun on Friday. Ivo '
        "Stark, the longest-serving trustee of the board, agreed.",
        [
            ("Tomas Brun", "Rivers campaign spokesman", ["Tomas Brun"]),
            ("Ivo Stark", "longest-serving trustee of the board", ["Ivo Stark"]),
        ],
    ),
    "an_age_and_home_town_between_name_and_apposition": (
        "Gus Lemm, 41, of Chicago, a teacher at the school, said he was tired of it.",
        [("Gus Lemm", "teacher at the school", ["Gus Lemm"])],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(ROLE_ROWS))
def test_people(nlp: Language, text: str, expected: list[PersonRow]) -> None:
    assert people_rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "City treasurer Mila Oyelaran said the levy would rise.",
            [("Mila Oyelaran", "City treasurer")],
        ),
        ("Local doctor Priya Venkat said the clinic was full.", [("Priya Venkat", "Local doctor")]),
        (
            "The harbour clerk, Ivo Brandt, said the fees were due.",
            [("Ivo Brandt", "harbour clerk")],
        ),
        ("Student leader Ana Ruiz called for a vote.", [("Ana Ruiz", "Student leader")]),
    ],
    ids=["treasurer", "doctor", "clerk", "student"],
)
def test_the_role_before_or_beside_a_name(nlp, text, expected):
    assert roles(nlp, text) == expected


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


def test_a_boss_is_a_role(nlp):
    text = "United boss Marco Ventresca said the referee had missed a foul."
    assert [(n, r) for n, r, _ in people(nlp, text)] == [("Marco Ventresca", "United boss")]


def test_a_street_after_someones_age_is_their_address(nlp):
    text = "Derek Pallister, 58, of Moor Lane, Ashby, admitted fraud at Ashby Crown Court."
    assert names(nlp, text) == ["Derek Pallister"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tarn Mills chief executive Daniel Okafor said so.", "Tarn Mills chief executive"),
        ("The company's spokeswoman Celia Brandt said the board agreed.", "spokeswoman"),
        ("Castlemere head coach Ray Whitcombe praised the crowd.", "head coach"),
        ("Referee Colin Ashworth sent off two players.", "Referee"),
    ],
)
def test_a_role_right_before_a_name_in_any_case(nlp: Language, text: str, role: str) -> None:
    assert [p.role for p in analyze_text(text, nlp).people] == [role]


def test_lower_case_words_before_a_name_that_are_no_role(nlp: Language) -> None:
    text = "The visiting Daniel Okafor said the deal would close."
    assert [p.role for p in analyze_text(text, nlp).people] == [None]


def test_a_writer_whose_surname_is_a_role_keeps_the_name(nlp: Language) -> None:
    text = "Pier to reopen\n\nBy Tom Judge\n\nThe pier will reopen in June.\n"
    assert [p.name for p in analyze_text(text, nlp).people] == ["Tom Judge"]


def test_a_role_stops_before_a_relative_clause(nlp: Language) -> None:
    text = (
        '"This is a tax," said Denise Moor, a waitress who has lived in Millbrook for 30 years '
        "and declined to say more.\n"
    )
    assert [p.role for p in analyze_text(text, nlp).people] == ["waitress"]


def test_a_role_in_the_lead_is_the_person_named_next_with_it(nlp: Language) -> None:
    text = (
        "The ambassador warned on Tuesday that talks would collapse.\n\n"
        "Ambassador Ruta Kallstrom told reporters that her patience was wearing thin.\n"
    )
    report = analyze_text(text, nlp)
    [person] = report.people
    assert person.name == "Ruta Kallstrom"
    assert [q.speaker_id for q in report.quotes] == [person.id, person.id]


def test_a_role_in_the_lead_points_nowhere_when_two_hold_it(nlp: Language) -> None:
    text = (
        "The ambassador warned on Tuesday that talks would collapse.\n\n"
        "Ambassador Ruta Kallstrom and Ambassador Tomas Iveric met on Monday.\n"
    )
    report = analyze_text(text, nlp)
    assert report.quotes[0].speaker_id is None


def test_a_possessive_pronoun_is_no_part_of_a_role(nlp: Language) -> None:
    text = "Her spokesman, Carl Denholm, told reporters the count would go on.\n"
    assert [p.role for p in analyze_text(text, nlp).people] == ["spokesman"]


def test_a_preposition_after_a_verb_is_no_part_of_a_role(nlp: Language) -> None:
    text = "The striker slotted past goalkeeper Tobin Aske in the second half.\n"
    assert [p.role for p in analyze_text(text, nlp).people] == ["goalkeeper"]


def test_past_before_a_title_still_names_a_former_office(nlp: Language) -> None:
    text = "The past president Idris Mallen said the club was in good hands.\n"
    assert [p.role for p in analyze_text(text, nlp).people] == ["past president"]


def test_a_role_noun_before_a_titled_name_introduces_it(nlp: Language) -> None:
    text = (
        "Cllr Morwen Tasker, leader of the Green group, said the plan was wrong.\n\n"
        "Local MP Owen Latchford said he had written to the leader, Cllr Brin Yeo, "
        "urging him to think again.\n"
    )
    rows = {name: mentions for name, _, mentions in people(nlp, text)}
    assert rows["Morwen Tasker"] == ["Morwen Tasker"]
    assert rows["Brin Yeo"] == ["Brin Yeo"]


def test_a_noun_before_the_role_noun_must_be_in_the_role(nlp: Language) -> None:
    text = (
        "Cllr Morwen Tasker, leader of the Green group, said the plan was wrong.\n\n"
        "Local MP Owen Latchford said the council leader had not replied.\n"
    )
    rows = {name: mentions for name, _, mentions in people(nlp, text)}
    assert rows["Morwen Tasker"] == ["Morwen Tasker"]


def test_a_noun_before_the_role_noun_that_the_role_has_points_back(nlp: Language) -> None:
    text = (
        "Council leader Brin Yeo said the plan was fair.\n\n"
        "Local MP Owen Latchford said the council leader had not replied.\n"
    )
    rows = {name: mentions for name, _, mentions in people(nlp, text)}
    assert rows["Brin Yeo"] == ["Brin Yeo", "the council leader"]


def test_a_titled_name_opening_the_next_clause_is_not_introduced(nlp: Language) -> None:
    text = (
        "Tobin Aske, the former finance minister, spoke to students on Monday.\n\n"
        "A day after the students chatted with the former finance minister, Mr. Brin Yeo "
        "held a dinner for donors.\n"
    )
    rows = {name: mentions for name, _, mentions in people(nlp, text)}
    assert rows["Tobin Aske"] == ["Tobin Aske", "the former finance minister"]


def test_a_plain_person_noun_named_gives_no_role(nlp: Language) -> None:
    text = "A woman named Petra Lindqvist spoke at the meeting about the flooded road."
    assert roles(nlp, text) == [("Petra Lindqvist", None)]


def test_a_trade_named_still_gives_a_role(nlp: Language) -> None:
    text = "A carpenter named Petra Lindqvist spoke at the meeting about the flooded road."
    assert roles(nlp, text) == [("Petra Lindqvist", "carpenter")]


def test_an_animal_named_is_no_person(nlp: Language) -> None:
    text = "A cat called Max lived in the station for years. Its keeper, Petra Lindqvist, smiled."
    assert roles(nlp, text) == [("Petra Lindqvist", "keeper")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Justices Mara Quill, Tobias Fenn and Ida Rusk dissented.",
            [("Mara Quill", "Justice"), ("Tobias Fenn", "Justice"), ("Ida Rusk", "Justice")],
        ),
        (
            "The bill passed on Friday. Senators Ana Holt and Rui Vaz voted against it.",
            [("Ana Holt", "Senator"), ("Rui Vaz", "Senator")],
        ),
        # a plural that is no title gives no role
        (
            "The letter came on Friday. Neighbours Ana Holt and Rui Vaz signed it.",
            [("Ana Holt", None), ("Rui Vaz", None)],
        ),
    ],
    ids=["justices", "senators", "no-title"],
)
def test_a_plural_title_before_a_list_gives_each_name_the_title(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film critic Anneke Voss called the play long.", [("Anneke Voss", "film critic")]),
        (
            "He wore a suit by the Lisbon designer Rui Matos.",
            [("Rui Matos", "Lisbon designer")],
        ),
        (
            "She arrived with the show's star, Petra Lund.",
            [("Petra Lund", "show's star")],
        ),
        ("Forecaster Bram Tiller said snow was likely.", [("Bram Tiller", "Forecaster")]),
        (
            "The victim, 29-year-old Dario Feld, was treated in hospital.",
            [("Dario Feld", "victim")],
        ),
        # a critic in political copy is an opponent, no role that could hide the office
        (
            "Senator Hal Brody, a critic of the tariff, voted no.",
            [("Hal Brody", "Senator")],
        ),
    ],
    ids=["film-critic", "designer", "star", "forecaster", "victim-with-age", "policy-critic"],
)
def test_roles_of_the_arts_weather_and_crime_pages(nlp, text, expected):
    assert roles(nlp, text) == expected


def test_a_role_noun_the_parse_makes_a_second_subject_is_still_the_role(nlp):
    text = "The storm passed on Sunday.\n\nThe engineer Ilse Marten said the dam held."
    assert roles(nlp, text) == [("Ilse Marten", "engineer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Penrose, who serves as chief financial officer, said costs fell.",
            [("Ada Penrose", "chief financial officer")],
        ),
        (
            "Dr. Imke Solberg, who succeeded him as director, said the institute would grow.",
            [("Imke Solberg", "director")],
        ),
        (
            "Paolo Renn, who is the agency's deputy director, agreed.",
            [("Paolo Renn", "agency's deputy director")],
        ),
        # a role held once, or a description, is no role now
        ("Ruth Elm, who served as mayor until 2010, spoke too.", [("Ruth Elm", None)]),
        ("Jorge Pal, who is a leader who inspires people, spoke.", [("Jorge Pal", None)]),
    ],
    ids=["serves-as", "succeeded-as", "is-the", "served-as-before", "is-a-description"],
)
def test_a_role_given_in_a_who_clause(nlp, text, expected):
    assert roles(nlp, text) == expected


def test_a_quoted_nickname_with_a_title_word_names_no_second_person(nlp):
    text = (
        "Fans cheered basketball star Dario Lemm. Mara Kell said the player nicknamed "
        "“King Lemm” is a role model."
    )
    assert ("Lemm", "King") not in roles(nlp, text)
    assert ("Dario Lemm", "basketball star") in roles(nlp, text)


def test_an_administrator_is_a_role(nlp):
    text = 'Agency administrator Beatrix Kellan defended the budget. "It is enough," Kellan said.'
    assert [(p.name, p.role) for p in analyze_text(text, nlp).people] == [
        ("Beatrix Kellan", "Agency administrator")
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Mele Tonga, a porter at the infirmary and the father of the girl who was hurt, "
            "said the ward was short of staff.",
            "porter at the infirmary",
        ),
        (
            "Mele Tonga, a porter at the infirmary and the mother of the girl who was hurt, "
            "said the ward was short of staff.",
            "porter at the infirmary",
        ),
        (
            "Mele Tonga, minister for fisheries and the coast, said the ward was short of staff.",
            "minister for fisheries and the coast",
        ),
    ],
)
def test_a_role_ends_before_and_the_relative(nlp: Language, text: str, role: str) -> None:
    assert ("Mele Tonga", role) in roles(nlp, text)


# a title with its own "of" or "for" phrase before the name ("Minister of Foreign Affairs")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Trade Maria Lindqvist said the tariffs would stay.",
            [("Maria Lindqvist", "Minister of Trade")],
        ),
        (
            "Secretary of the Navy Robert Ellison said the ships were ready.",
            [("Robert Ellison", "Secretary of the Navy")],
        ),
        # guard: a lower-case phrase before the name is no title of hers
        (
            "Robert Ellison signed for the head of a bakery Maria Lindqvist had founded.",
            [("Robert Ellison", None), ("Maria Lindqvist", None)],
        ),
    ],
)
def test_a_title_with_its_own_of_phrase_before_the_name(nlp, text, expected):
    assert roles(nlp, text) == expected


def test_the_role_noun_points_back_to_the_one_named_with_a_title_of_phrase(nlp):
    text = (
        "Minister of Trade Maria Lindqvist said the tariffs would stay.\n\n"
        '"We will not bend," the minister said at a briefing.\n\n'
        "The plan was criticised by the Coravian Trade Minister, Peter Hallam."
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("We will not bend,", "Maria Lindqvist") in rows


def test_a_role_noun_does_not_point_ahead_past_someone_named_without_a_role(nlp):
    # Lindqvist, named first with no role, may be the minister; the one named later is someone else
    text = (
        "Maria Lindqvist said the tariffs would stay.\n\n"
        '"We will not bend," the minister said at a briefing.\n\n'
        "The plan was criticised by the Coravian Trade Minister, Peter Hallam."
    )
    rows = quote_rows(nlp, text, ("words", "person", "mention"))
    assert ("We will not bend,", None, "the minister") in rows


def test_a_role_noun_in_a_lead_still_points_to_the_one_named_next(nlp):
    # guard: no one is named before the role noun, so the holder named next is meant
    text = (
        "The minister warned on Monday that the tariffs would stay.\n\n"
        "Trade Minister Maria Lindqvist told reporters the talks had stalled."
    )
    rows = quote_rows(nlp, text, ("words", "person", "mention"))
    assert ("the tariffs would stay", "Maria Lindqvist", "The minister") in rows


def test_a_role_noun_with_its_holder_in_apposition_is_that_holder(nlp):
    # guard: someone named before without a role does not stop the name in the noun's phrase
    text = (
        "Peter Hallam said the plan was late.\n\n"
        "The director of the Trade Council, Maria Lindqvist, told reporters the plan was sound."
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("the plan was sound", "Maria Lindqvist") in rows


def test_a_title_whose_for_phrase_the_parse_ends_with_the_name(nlp):
    # "The Minister for Health Jan Roe said": the title is hers, and its noun points back to
    # no one else; a later "the minister" is the minister named last
    text = (
        "Minister of Finance Ana Lopes said on Monday that the budget would not grow.\n\n"
        "The Minister for Health Tom Reilly said the waiting lists were too long.\n\n"
        '"We cannot wait another year," the minister said.'
    )
    assert ("Tom Reilly", "Minister for Health") in roles(nlp, text)
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("the waiting lists were too long", "Tom Reilly") in rows
    assert ("We cannot wait another year,", "Tom Reilly") in rows


def test_the_lawyer_for_a_named_person_is_someone_else(nlp):
    text = (
        "Ana Lopes was charged with fraud on Monday.\n\n"
        "The lawyer for Ana Lopes said the charges were unfounded."
    )
    assert roles(nlp, text) == [("Ana Lopes", None)]
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("the charges were unfounded", "Ana Lopes") not in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner noun closes the role: the role is the job before it
        (
            "The singer said she is engaged to actor boyfriend Owen Harlow.",
            [("Owen Harlow", "actor")],
        ),
        ("She is dating footballer boyfriend Owen Harlow.", [("Owen Harlow", "footballer")]),
        # an abbreviation written in capitals before a full name
        ("MP Owen Harlow said the vote was wrong.", [("Owen Harlow", "MP")]),
        # a hyphenated role, and two roles joined by "and", that the parse cut from the name
        (
            "The goal came from centre-back Owen Harlow, who scored twice.",
            [("Owen Harlow", "centre-back")],
        ),
        (
            "The track was made by rapper and producer Owen Harlow last year.",
            [("Owen Harlow", "rapper and producer")],
        ),
        # with an article before "and" the first noun may be someone else's
        (
            "She thanked the mayor and councillor Owen Harlow for the help.",
            [("Owen Harlow", "councillor")],
        ),
        # two trades after "the" are one person's roles, and the first names no one else
        (
            "It had songs by rapper and producer Ivo Marsh. The band toured with the rapper "
            "and producer Owen Harlow.",
            [("Ivo Marsh", "rapper and producer"), ("Owen Harlow", "rapper and producer")],
        ),
        # no role: a day before the name; a partner noun alone is kept as the relation
        ("On Tuesday Owen Harlow said the bridge was safe.", [("Owen Harlow", None)]),
        ("She told her boyfriend Owen Harlow the news.", [("Owen Harlow", "boyfriend")]),
    ],
    ids=[
        "actor-boyfriend",
        "footballer-boyfriend",
        "mp",
        "centre-back",
        "rapper-and-producer",
        "the-mayor-and-councillor",
        "the-rapper-and-producer",
        "day",
        "boyfriend-alone",
    ],
)
def test_a_role_written_before_a_name(nlp: Language, text: str, expected: list) -> None:
    assert roles(nlp, text) == expected


def test_a_headline_in_capitals_gives_no_abbreviated_role(nlp: Language) -> None:
    text = "MP OWEN HARLOW QUITS\n\nThe member for Kellsby stood down on Friday.\n"
    assert all(p.role != "MP" for p in analyze_text(text, nlp).people)


# "Lawyers for <Title> Name", "Friends of <Title> Name": the title is the name's, the rest is
# other people; only a singular role noun with a department ("Minister for Health") is one office
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawyers for Senator Owen Pask said on Monday that the charges were false.",
            [("Owen Pask", "Senator")],
        ),
        (
            "Supporters of Senator Ruth Calder gathered outside the court.",
            [("Ruth Calder", "Senator")],
        ),
        (
            "The Mother of Snooker Star Owen Pask said her son would play on.",
            [("Owen Pask", "Snooker Star")],
        ),
        (
            "The Minister for Transport Ruth Calder said the trains would run.",
            [("Ruth Calder", "Minister for Transport")],
        ),
    ],
)
def test_an_of_phrase_title_needs_a_role_noun_and_a_department(nlp, text, expected):
    assert roles(nlp, text) == expected


def test_the_first_of_two_trades_before_a_name_names_no_one_earlier(nlp: Language) -> None:
    text = (
        "It had songs by rapper and producer Ivo Marsh. The band toured with the rapper and "
        "producer Owen Harlow."
    )
    assert people(nlp, text) == [
        ("Ivo Marsh", "rapper and producer", ["Ivo Marsh"]),
        ("Owen Harlow", "rapper and producer", ["Owen Harlow"]),
    ]
    # an office is not a trade: "the mayor" may still be the mayor named before
    text = "Mayor Ivo Marsh spoke. She thanked the mayor and councillor Owen Harlow."
    assert ("Owen Harlow", "councillor", ["Owen Harlow"]) in people(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a royal title before the name is the person's title, not part of the name, and the
        # title with a first name alone, or the title as a noun, is the same person
        (
            "Crown Prince Karim bin Tariq met officials on Sunday. Prince Karim said the "
            "kingdom would invest more. The crown prince told reporters the talks went well.",
            [("Karim bin Tariq", "Crown Prince", ["Karim bin Tariq", "Karim", "The crown prince"])],
        ),
        (
            "Duchess Alia Marrow opened the hospital wing on Friday.",
            [("Alia Marrow", "Duchess", ["Alia Marrow"])],
        ),
        # an Arab courtesy title is no part of the name and gives no role
        (
            "Sheikh Faris Dahan met the delegation on Monday.",
            [("Faris Dahan", None, ["Faris Dahan"])],
        ),
    ],
)
def test_a_royal_or_noble_title_is_no_part_of_the_name(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Historian Ana Kolar spoke about the war on Friday.", [("Ana Kolar", "Historian")]),
        (
            "French historian Paul Dufresne spoke on Friday.",
            [("Paul Dufresne", "French historian")],
        ),
        ("Former Taoiseach Ciaran Dolan spoke on Friday.", [("Ciaran Dolan", "Former Taoiseach")]),
        # "lady" ends the two-word role; it is no courtesy title cut from the role's end
        (
            "The former first lady Helen Marsh spoke on Friday.",
            [("Helen Marsh", "former first lady")],
        ),
    ],
)
def test_role_nouns_of_offices_and_professions(nlp, text, expected):
    assert roles(nlp, text) == expected


def test_a_courtesy_title_alone_is_still_cut_from_a_role(nlp):
    # negative case: "Lady" on its own is the name's courtesy title, not the office's
    assert roles(nlp, "Chief Minister Lady Helen Marsh spoke on Friday.") == [
        ("Helen Marsh", "Chief Minister")
    ]


def test_a_role_never_runs_back_across_another_persons_name(nlp):
    # the parse may hang a second person's name on the first one's role noun (as an
    # apposition): the second role starts after the first person's name and the "and"
    doc = nlp(
        "Norway's former defence minister Tomas Greer and the Green Party leader Ida Marsh "
        "both criticised the plan."
    )
    ida = next(t.i for t in doc if t.text == "Ida")
    assert doc[_after_other_person(doc, 0, ida) : ida].text == "the Green Party leader"
    # negative case: no other person before the "and", the role is left whole
    doc = nlp("The rapper and producer Ben Cole spoke on Friday.")
    assert _after_other_person(doc, 0, 5) == 0
    assert roles(nlp, "The rapper and producer Ben Cole spoke on Friday.") == [
        ("Ben Cole", "rapper and producer")
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Passenger Mira Dollan said the landing was rough.", "Passenger"),
        ("At the depot, bus driver Colm Aherne said the route had been cut.", "bus driver"),
        (
            "The party's district convener Anil Rao said the vote would be held.",
            "district convener",
        ),
    ],
)
def test_a_travel_or_party_role_right_before_a_name(nlp: Language, text: str, role: str) -> None:
    assert [p.role for p in analyze_text(text, nlp).people] == [role]


def test_a_driver_of_a_trend_after_a_name_is_no_role(nlp: Language) -> None:
    text = "Exports rose, said Ines Dorrit. Demand was the main driver of growth."
    assert roles(nlp, text) == [("Ines Dorrit", None)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "According to Jan Kessow, a researcher at the data firm Orrin Labs, an archive that "
            "held payroll files had been left open.",
            "researcher at the data firm Orrin Labs",
        ),
        (
            "Jan Kessow, a researcher at Orrin Labs, the firm that found the flaw, said it was "
            "fixed.",
            "researcher at Orrin Labs",
        ),
        (
            "Jan Kessow, minister for transport, the arts and sport, said the line would open.",
            "minister for transport, the arts and sport",
        ),
    ],
)
def test_a_role_ends_at_the_comma_before_the_main_clause(nlp: Language, text: str, role: str):
    assert [p.role for p in analyze_text(text, nlp).people] == [role]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Duke Fennimore said the band would tour. Fennimore said the tickets were sold.",
            "Duke Fennimore",
        ),
        (
            "Prince Tolliver said the team would win. Tolliver said the coach was ready.",
            "Prince Tolliver",
        ),
        (
            "Emir Kovacevic said the film was done. Kovacevic said it would open in June.",
            "Emir Kovacevic",
        ),
    ],
)
def test_a_royal_title_that_is_a_given_name_stays_in_the_name(nlp, text, name):
    assert roles(nlp, text) == [(name, None)]


def test_a_royal_title_before_a_first_name_or_in_a_royal_name_is_a_title(nlp):
    text = "Prince Edward said he would visit the school. Edward said the trip was private."
    assert roles(nlp, text) == [("Edward", "Prince")]
    text = "Crown Prince Khalid bin Rashid said the port would grow. He said trade was up."
    assert names(nlp, text) == ["Crown Prince Khalid bin Rashid"]


def test_a_courtesy_title_after_a_first_name_is_a_surname(nlp):
    text = "Tariq Sheikh said the fund was safe. Sheikh said returns were up."
    assert people(nlp, text) == [("Tariq Sheikh", None, ["Tariq Sheikh", "Sheikh"])]


def test_a_person_inside_the_roles_prepositional_phrase_does_not_cut_it(nlp):
    text = "The lawyer for Ann Kerr and the union, Tom Bale, said the case would close."
    assert ("Tom Bale", "lawyer for Ann Kerr and the union") in roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cinematographer, Ilse Marrow, said the shoot was calm.", "cinematographer"),
        (
            "The fault was first spotted by a food blogger, Ilse Marrow, who shared a photo.",
            "food blogger",
        ),
        ("World 400m medallist Ilse Marrow has retired.", "medallist"),
        ("Influencer Ilse Marrow has deleted the post.", "Influencer"),
    ],
    ids=["cinematographer", "a-blogger-set-off", "unit-glued-to-figure", "influencer"],
)
def test_online_film_and_sport_roles(nlp: Language, text: str, expected: str) -> None:
    assert roles(nlp, text) == [("Ilse Marrow", expected)]


def test_a_champion_of_a_cause_is_no_role_over_an_office(nlp: Language) -> None:
    text = "Sen. Ilse Marrow, a champion of the bill, said it would pass."
    assert roles(nlp, text) == [("Ilse Marrow", "Sen.")]


def test_a_noun_set_off_after_a_that_is_no_role_gives_none(nlp: Language) -> None:
    # "a" before a plain noun and a subject name: the noun is someone else, no role
    assert roles(nlp, "After meeting a farmer, Ilse Marrow said the plan was fine.") == [
        ("Ilse Marrow", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gov. Ilse Marrow, an influencer in her party, said it would pass.", "Gov."),
        ("Sen. Ilse Marrow, a keen blogger, said it would pass.", "Sen."),
        (
            "Chief Justice Ilse Marrow, a onetime radio presenter, said it would pass.",
            "Chief Justice",
        ),
        ("Rep. Ilse Marrow, a former teacher, said it would pass.", "Rep."),
    ],
    ids=["influencer", "keen-blogger", "onetime-presenter", "former-teacher"],
)
def test_an_office_before_the_name_stays_over_a_trade_or_past_role(nlp, text, expected):
    assert roles(nlp, text) == [("Ilse Marrow", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office in the apposition is written out: it is the role
        ("Gov. Ilse Marrow, the party leader, said it would pass.", "party leader"),
        # no office before the name: the trade is the role
        (
            "The poll was run by Ilse Marrow, a keen blogger, who said it would pass.",
            "keen blogger",
        ),
    ],
    ids=["office-apposition", "no-title"],
)
def test_an_apposition_naming_an_office_or_with_no_title_is_the_role(nlp, text, expected):
    assert roles(nlp, text) == [("Ilse Marrow", expected)]
