"""Defects two usability reviews found in session 10, on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.assertions.page_furniture import is_furniture
from contextreader.analysis.outlet import unknown_dateline
from contextreader.analysis.pipeline import analyze_text
from contextreader.report import report_from_dict


@pytest.mark.parametrize(
    "byline",
    ["By Priya Halloran, Health Correspondent", "By Priya Halloran, Staff Writer"],
)
def test_a_byline_description_is_no_person(nlp: Language, byline: str) -> None:
    text = f"Walking may slow memory loss\n\n{byline}\n\nWalking every day helps, a study found.\n"
    assert [p.name for p in analyze_text(text, nlp).people] == ["Priya Halloran"]


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


def test_a_quote_split_by_its_tag_keeps_its_pieces(nlp: Language) -> None:
    text = '"We were second best for an hour," Helen Marsh said. "But the lads kept going."\n'
    report = analyze_text(text, nlp)
    [quote] = report.quotes
    assert [text[s:e] for s, e in quote.parts] == [
        "We were second best for an hour,",
        "But the lads kept going.",
    ]
    assert (
        report.quote_excerpt(quote) == "We were second best for an hour, … But the lads kept going."
    )


def test_partial_pieces_of_one_statement_keep_their_pieces(nlp: Language) -> None:
    text = 'Jan Roe called the plan "reckless" and "cruel" on Monday.\n'
    [quote] = analyze_text(text, nlp).quotes
    assert [text[s:e] for s, e in quote.parts] == ["reckless", "cruel"]


def test_a_quote_in_one_piece_has_no_pieces(nlp: Language) -> None:
    text = "\"We won,\" Helen Marsh said. 'It was hard,' she added.\n"
    assert [q.parts for q in analyze_text(text, nlp).quotes] == [[], []]


PASTED = """Ferry strike enters second week

By Oren Tisdale
Updated 3:45 PM EST, Thu March 6, 2025

Crews picket at the pier on Wednesday. (Photo: Kira Lund/Gullport Post)

The ferry has not sailed since March 1.

Advertisement

Related: Ferry crews vote to strike over pay

Updated figures show 900 passengers a day were stranded.

(Reporting by Lina Morrow; Editing by Piet Hallam)
"""


def test_page_furniture_is_no_claim(nlp: Language) -> None:
    report = analyze_text(PASTED, nlp)
    voiced = [" ".join(report.text[s.span[0] : s.span[1]].split()) for s in report.sentences]
    assert voiced == [
        "Ferry strike enters second week",
        "Crews picket at the pier on Wednesday.",
        "The ferry has not sailed since March 1.",
        "Updated figures show 900 passengers a day were stranded.",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("ADVERTISEMENT", True),
        ("Share this article", True),
        ("Read more: Ferry crews vote to strike", True),
        ("Published 2 hours ago", True),
        ("Published reports say the ferry will sail.", False),
        ("Share prices fell 4 percent on Monday.", False),
        ("Related talks will resume on Friday.", False),
    ],
)
def test_what_is_page_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line, 0, len(line)) is furniture


def test_a_time_stamp_needs_a_time_or_a_date_after_its_word() -> None:
    assert is_furniture("Posted on March 6, 2025", 0, 23)
    assert not is_furniture("Updated figures show 900 were stranded.", 0, 39)


QA = """Mayor Colin Abernathy defended the parking fees on Tuesday.

The Gazette asked Abernathy about the vote.

Q: Why not wait until the summer is over?

A: The seawall could fail in the next storm. We cannot wait.
"""


def test_the_answers_of_a_q_and_a_are_the_interviewees(nlp: Language) -> None:
    report = analyze_text(QA, nlp)
    turns = {report.text[q.span[0] : q.span[1]][:6]: q for q in report.quotes}
    mayor = report.people[0]
    assert mayor.name == "Colin Abernathy"
    assert turns["The se"].speaker_id == mayor.id
    assert turns["Why no"].speaker_id is None


def test_a_q_and_a_after_two_people_names_no_one(nlp: Language) -> None:
    text = QA.replace("asked Abernathy", "asked Abernathy and Dana Whitcomb")
    turns = {text[q.span[0] : q.span[1]][:6]: q for q in analyze_text(text, nlp).quotes}
    assert turns["The se"].speaker_id is None


def test_a_label_phrase_keeps_its_closing_quotation_mark(nlp: Language) -> None:
    text = 'The council\'s so-called "reforms" will not pass.\n'
    report = analyze_text(text, nlp)
    vague = [text[a.span[0] : a.span[1]] for a in report.assertions if a.status == "vague"]
    assert 'The council\'s so-called "reforms"' in vague


@pytest.mark.parametrize(
    "text",
    [
        "It sounds fair, until you read the small print.",
        "One wonders what history the premier has been reading.",
    ],
)
def test_anyone_as_a_speaker_reports_no_one(nlp: Language, text: str) -> None:
    assert analyze_text(text, nlp).quotes == []


def test_one_of_a_group_still_speaks(nlp: Language) -> None:
    text = "One of the aides said the plan would fail."
    assert [q.speaker_text for q in analyze_text(text, nlp).quotes] == ["One of the aides"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("A former councillor has been found guilty of fraud after a trial.", "unattributed"),
        ("Dana Roe was acquitted on Friday.", "unattributed"),
        ("Dana Roe was charged with fraud on Friday.", "vague"),
        ("The jury found Dana Roe guilty on all counts.", "reported"),
    ],
)
def test_a_court_decision_is_on_record_and_a_charge_is_an_accusation(
    nlp: Language, text: str, voice: str
) -> None:
    assert [s.voice for s in analyze_text(text, nlp).sentences] == [voice]


def test_a_condition_of_anonymity_is_no_quote(nlp: Language) -> None:
    text = "A resident who asked not to be named said the fees would drive shoppers away.\n"
    quotes = analyze_text(text, nlp).quotes
    assert [text[q.span[0] : q.span[1]] for q in quotes] == ["the fees would drive shoppers away"]


def test_the_dateline_place_and_envoys_countries_are_no_people(nlp: Language) -> None:
    text = (
        "HARROWBY — Harrowby will host the talks. Tomas Iveric, the foreign minister, said his "
        "country would recall its ambassador from Ostrand. Ruta Kallstrom, the ambassador to "
        "Velmora, left. Ostrand and Velmora did not comment.\n"
    )
    assert [p.name for p in analyze_text(text, nlp).people] == ["Tomas Iveric", "Ruta Kallstrom"]


def test_a_sports_club_is_no_person_and_whose_is_no_role(nlp: Language) -> None:
    text = (
        "Castlemere Rovers beat Quayside United on Saturday. The league, whose chairman, "
        "Edvin Saro, watched the match, praised both teams.\n"
    )
    people = analyze_text(text, nlp).people
    assert [(p.name, p.role) for p in people] == [("Edvin Saro", "chairman")]


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roe said she would not be named to the board until the spring.",
        "Two witnesses spoke to police. One said the car was speeding.",
    ],
)
def test_statements_that_look_like_anonymity_or_anyone_still_speak(
    nlp: Language, text: str
) -> None:
    assert len(analyze_text(text, nlp).quotes) == 1


@pytest.mark.parametrize(
    "intro",
    ["Pier to reopen in June\n\nBy Ann Lee", '"The harbour is safe," said Jan Roe, a fisherman.'],
)
def test_answers_go_to_no_one_without_an_interview_before_them(nlp: Language, intro: str) -> None:
    text = f"{intro}\n\nQ: What happens next?\n\nA: We start building.\n"
    report = analyze_text(text, nlp)
    answer = next(q for q in report.quotes if report.text[q.span[0] : q.span[1]].startswith("We"))
    assert answer.speaker_id is None


def test_a_writer_whose_surname_is_a_role_keeps_the_name(nlp: Language) -> None:
    text = "Pier to reopen\n\nBy Tom Judge\n\nThe pier will reopen in June.\n"
    assert [p.name for p in analyze_text(text, nlp).people] == ["Tom Judge"]


@pytest.mark.parametrize(
    "line",
    [
        "Published 3 times a week, the Gazette reaches 9,000 homes.",
        "Posted on May 3, the notice closed the road.",
        "(Photographs obtained by the Gazette show the pier.)",
    ],
)
def test_news_that_opens_like_furniture_is_news(line: str) -> None:
    assert not is_furniture(line, 0, len(line))


def test_a_capital_word_before_an_aside_between_dashes_is_no_dateline() -> None:
    text = "The agency will fund a probe.\nIt was approved.\nNASA — the agency — will fund it.\n"
    assert unknown_dateline(text, 0) is None


def test_a_report_reads_back_with_null_parts_and_without_the_new_fields(nlp: Language) -> None:
    report = analyze_text('"We won," Jan Roe said.\n', nlp)
    data = report.to_dict()
    data["quotes"][0]["parts"] = None
    del data["dateline"]
    back = report_from_dict(data)
    assert back.quotes[0].parts == [] and back.dateline is None


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


@pytest.mark.parametrize(
    "line",
    [
        "9:42 pm",
        "UPDATE:",
        "FOR IMMEDIATE RELEASE",
        "Media Contact:",
        "press@quellbright.example",
        "+44 20 7946 0321",
        "For more information, visit www.example.org.",
    ],
)
def test_live_blog_and_press_release_furniture(line: str) -> None:
    assert is_furniture(line, 0, len(line))


def test_an_update_label_leaves_its_update_a_claim(nlp: Language) -> None:
    text = "UPDATE: A power cut has stopped the count in two wards.\n"
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == ["A power cut has stopped the count in two wards."]


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(nlp: Language) -> None:
    text = "GULLPORT — The pier reopened.\n\nAcross Gullport, families say repairs are slow.\n"
    assert analyze_text(text, nlp).people == []


def test_a_possessive_pronoun_is_no_part_of_a_role(nlp: Language) -> None:
    text = "Her spokesman, Carl Denholm, told reporters the count would go on.\n"
    assert [p.role for p in analyze_text(text, nlp).people] == ["spokesman"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The cells can be charged from 10 to 80 percent in twelve minutes.", "unattributed"),
        ("The module was recalled in 2025.", "unattributed"),
        ("Dana Roe was charged with fraud on Friday.", "vague"),
    ],
)
def test_a_bare_passive_of_an_act_is_no_hidden_source(nlp: Language, text: str, voice: str) -> None:
    assert [s.voice for s in analyze_text(text, nlp).sentences] == [voice]
