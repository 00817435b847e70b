"""cr_quotes on interviews and a few speaker and content cases: dash-opened answers, "Q:"
questions, a time abbreviation that ends a sentence, a long aside between a name and its verb,
"said at the time that", a question put by no one named, a fronted clause
before a verb with content of its own, and a headline tagged with its speaker. Every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes.dashes import _after_question
from tests.analysis.helpers import claim_texts, quote_rows

ROWS = ("kind", "words", "cue", "speaker")

# -- dash-opened answers ------------------------------------------------------------------------

DASHES = (
    "Talking to the mayor\n\n"
    "Q: Why did the bridge close?\n\n"
    "— The cables were worn. We had no choice. Safety comes first, said the mayor.\n\n"
    "Q: When will it open?\n\n"
    "— Not before spring. The parts are on order.\n"
)


def test_a_dash_answer_closed_by_said_x_is_one_direct_quote(nlp):
    rows = quote_rows(nlp, DASHES, ROWS)
    assert (
        "direct",
        "The cables were worn. We had no choice. Safety comes first",
        "say",
        "the mayor",
    ) in rows


def test_a_dash_answer_after_a_question_is_the_last_answerer_s(nlp):
    rows = quote_rows(nlp, DASHES, ROWS)
    assert ("direct", "Not before spring. The parts are on order.", None, "the mayor") in rows


def test_dash_list_items_are_no_quotes(nlp):
    text = (
        "The plan has three parts.\n\n"
        "— The mill will reopen in May.\n\n"
        "— The port will add a second crane.\n"
    )
    assert [r for r in quote_rows(nlp, text, ROWS) if r[0] == "direct"] == []


# -- "Q:" questions -----------------------------------------------------------------------------

QA = (
    "An hour with the coach\n\n"
    "By Nora Lindqvist\n\n"
    "The coach, Ivo Brandt, met us at the training ground.\n\n"
    'Q: Your rival, Ada Kessler, said you were "finished as a manager." Is she right?\n\n'
    "A: She says a lot of things.\n"
)


def test_a_question_is_the_bylined_writer_s_and_its_quoted_words_keep_their_speaker(nlp):
    rows = quote_rows(nlp, QA, ("kind", "words", "person"))
    question = [r for r in rows if r[1].startswith("Your rival")]
    assert question and question[0][0] == "direct" and question[0][2] == "Nora Lindqvist"
    assert ("partial", "finished as a manager.", "Ada Kessler") in rows


def test_a_question_with_no_byline_is_an_unnamed_interviewer_s(nlp):
    text = "Q: What comes next?\n\nA: More work.\n\nQ: And after that?\n\nA: Rest.\n"
    rows = quote_rows(nlp, text, ROWS)
    assert ("direct", "What comes next?", None, "the interviewer") in rows
    assert not any(r[3] == "Q" for r in rows)


# -- sentences and speakers ---------------------------------------------------------------------


def test_a_clock_abbreviation_ends_a_sentence_before_a_clause(nlp):
    text = "Police said the fire started at 3 a.m. The damage is severe, said the chief, Ana Roe."
    rows = quote_rows(nlp, text, ROWS)
    assert ("indirect", "the fire started at 3 a.m.", "say", "Police") in rows
    assert ("indirect", "The damage is severe", "say", "Ana Roe") in rows


def test_a_clock_abbreviation_before_a_day_goes_on(nlp):
    text = "Police said the blast happened at 9 p.m. Friday near the port."
    rows = quote_rows(nlp, text, ROWS)
    assert rows == [
        ("indirect", "the blast happened at 9 p.m. Friday near the port", "say", "Police")
    ]


def test_a_long_aside_between_the_name_and_said_keeps_the_speaker(nlp):
    text = (
        "Tomas Berg trained her.\n\n"
        '"She never missed a shift," Berg, now 81 and living near the coast, said.\n'
    )
    assert ("direct", "She never missed a shift,", "say", "Berg") in quote_rows(nlp, text, ROWS)


def test_said_at_the_time_that_reports_the_clause(nlp):
    text = "A councillor, Rita Moll, said at the time that the market was too small."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the market was too small", "say", "Rita Moll")
    ]


def test_asked_with_no_asker_is_no_quote_but_quoted_words_keep_it(nlp):
    assert quote_rows(nlp, "The mayor was asked about the cost and said little.", ROWS) == []
    assert quote_rows(nlp, "Asked about the delays, she laughed.", ROWS) == []
    rows = quote_rows(nlp, "Asked to describe the car, Roe shrugged.", ROWS)
    assert not any(r[2] == "describe" for r in rows)
    assert quote_rows(nlp, "Doe asked them to explain the delay.", ROWS) == [
        ("indirect", "to explain the delay", "ask", "Doe")
    ]


def test_a_verb_with_its_own_object_does_not_report_the_clause_before_it(nlp):
    text = "The firm opened a plant on Monday, on the same day it confirmed a cut of 40 jobs."
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [
        ("indirect", "a cut of 40 jobs", "confirm")
    ]
    text = "The plan is dead, Roe confirmed on Monday."
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [
        ("indirect", "The plan is dead", "confirm")
    ]


def test_a_headline_quote_tagged_with_one_person_is_theirs(nlp):
    text = '"We rebuild first": a talk with Mayor Jan Roe\n\nJan Roe met us at noon.\n'
    rows = quote_rows(nlp, text, ("kind", "words", "person"))
    assert rows[0] == ("direct", "We rebuild first", "Jan Roe")
    text = '"We rebuild first": Jan Roe and Ann Doe on the flood\n\nJan Roe met Ann Doe.\n'
    assert quote_rows(nlp, text, ("kind", "words", "person"))[0][2] is None


Q_AND_A = """Mayor Colin Abernathy defended the parking fees on Tuesday.

The Gazette asked Abernathy about the vote.

Q: Why not wait until the summer is over?

A: The seawall could fail in the next storm. We cannot wait.
"""


def test_an_answer_follows_only_the_question_right_before_it():
    text = "Q: Why now?\n\n— Because.\n\nA note.\n\n— Listed."
    ends = [len("Q: Why now?")]
    assert _after_question(text, text.index("— Because"), ends)
    assert not _after_question(text, text.index("— Listed"), ends)
    assert not _after_question(text, 0, ends)  # no question before it


def test_the_answers_of_a_q_and_a_are_the_interviewees(nlp: Language) -> None:
    report = analyze_text(Q_AND_A, nlp)
    turns = {report.text[q.span[0] : q.span[1]][:6]: q for q in report.quotes}
    mayor = report.people[0]
    assert mayor.name == "Colin Abernathy"
    assert turns["The se"].speaker_id == mayor.id
    assert turns["Why no"].speaker_id is None


def test_a_q_and_a_after_two_people_names_no_one(nlp: Language) -> None:
    text = Q_AND_A.replace("asked Abernathy", "asked Abernathy and Dana Whitcomb")
    turns = {text[q.span[0] : q.span[1]][:6]: q for q in analyze_text(text, nlp).quotes}
    assert turns["The se"].speaker_id is None


@pytest.mark.parametrize(
    "intro",
    ["Pier to reopen in June\n\nBy Ann Lee", '"The harbour is safe," said Jan Roe, a fisherman.'],
)
def test_answers_go_to_no_one_without_an_interview_before_them(nlp: Language, intro: str) -> None:
    text = f"{intro}\n\nQ: What happens next?\n\nA: We start building.\n"
    report = analyze_text(text, nlp)
    answer = next(q for q in report.quotes if report.text[q.span[0] : q.span[1]].startswith("We"))
    assert answer.speaker_id is None


def test_an_answer_with_no_one_named_is_the_unnamed_interviewee_s(nlp):
    text = "Q: Where were you born?\n\nA: By the harbour, in a house that is gone now.\n"
    rows = quote_rows(nlp, text, ROWS)
    assert (
        "direct",
        "By the harbour, in a house that is gone now.",
        None,
        "the interviewee",
    ) in rows
    assert not any(r[3] == "A" for r in rows)


# -- interviews that label only their questions ("Q." or "Q:") -----------------------------------

DOT_INTERVIEW = """A conversation with Karen Whitby

Karen Whitby runs the ferry cooperative on Harlow Island. She talked to us from the harbour office.

Q. Will the winter timetable change?

Yes. [laughs] We add two crossings on Fridays. I think the islanders will like it.

Q. What worries you most?

The fuel price. [pauses] Nobody can plan with it.

The cooperative's board meets on Monday to set the fares.
"""

PERSON_ROWS = ("kind", "words", "person", "speaker")


@pytest.mark.parametrize("label", ["Q.", "Q:"])
def test_unlabelled_answers_are_the_named_interviewee_s(nlp: Language, label: str) -> None:
    rows = quote_rows(nlp, DOT_INTERVIEW.replace("Q.", label), PERSON_ROWS)
    karen = "Karen Whitby"
    assert ("direct", "Yes.", karen, karen) in rows
    words = "We add two crossings on Fridays. I think the islanders will like it."
    assert ("direct", words, karen, karen) in rows
    assert ("direct", "The fuel price.", karen, karen) in rows
    assert ("direct", "Nobody can plan with it.", karen, karen) in rows
    assert ("direct", "What worries you most?", None, "the interviewer") in rows
    # the stage direction is no one's words; "I think" is hers, not a writer's report
    assert not any("[laughs]" in (r[1] or "") for r in rows)
    assert not any(r[3] == "the writer" for r in rows)


def test_unlabelled_answers_leave_the_outlet_s_narration_and_stage_directions(nlp):
    report = analyze_text(DOT_INTERVIEW, nlp)
    claims = [report.text[a.span[0] : a.span[1]] for a in report.assertions]
    assert "The cooperative's board meets on Monday to set the fares." in claims  # after the end
    assert not any(c in ("Yes.", "Q.", "[laughs]", "[pauses]") or "fuel" in c for c in claims)
    assert [p.name for p in report.people] == ["Karen Whitby"]  # no "Q. Will"


def test_unlabelled_answers_with_no_one_named_are_the_interviewee_s(nlp: Language) -> None:
    text = DOT_INTERVIEW.replace("Karen Whitby runs", "The skipper runs")
    rows = quote_rows(nlp, text, PERSON_ROWS)
    assert ("direct", "Nobody can plan with it.", None, "the interviewee") in rows


def test_an_answer_stops_at_a_paragraph_naming_the_interviewee(nlp: Language) -> None:
    text = DOT_INTERVIEW.replace(
        "like it.\n", "like it.\n\nWhitby took over the cooperative in 2019.\n"
    )
    rows = quote_rows(nlp, text, ("words",))
    assert not any("took over" in (r[0] or "") for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        # one question in a news story: no pattern, and "Q. Will" is no one
        "Karen Whitby runs the ferry cooperative.\n\n"
        "Q. Will the fares rise?\n\n"
        "Probably not this year. The board wants to wait.\n",
        # a "Q&A" session told of in narration, with one question quoted
        "The council held a Q&A session with islanders on Monday.\n\n"
        "Q. What happens to the old pier?\n\n"
        "The pier will be taken down in March.\n\nResidents also asked about parking.\n",
        # an explainer that asks and answers its own questions: the outlet's voice
        "What the new harbour levy means\n\n"
        "The county's harbour levy takes effect in May.\n\n"
        "Q. Who pays?\n\nEvery owner of a boat longer than six metres.\n\n"
        "Q. How much?\n\nForty pounds a year.\n",
        # an explainer whose intro speaks of questions, and a news story whose intro has a
        # speaker: neither is an interview
        "Readers sent us dozens of questions about the levy. Here are the answers.\n\n"
        "Q. Who pays?\n\nEvery owner of a boat longer than six metres.\n\n"
        "Q. How much?\n\nForty pounds a year.\n",
        "The library will close in June. Councillor Ruth Ames spoke against the plan.\n\n"
        "Q. Why is the library closing?\n\nThe building needs repairs, officials said.\n\n"
        "Q. What happens to the books?\n\nThey will move to the central library.\n",
    ],
)
def test_q_lines_without_an_interview_turn_no_narration_into_quotes(nlp, text: str) -> None:
    report = analyze_text(text, nlp)
    direct = [report.text[q.span[0] : q.span[1]] for q in report.quotes if q.kind == "direct"]
    assert not [d for d in direct if not d.endswith("?")]
    assert not any(p.name.startswith("Q.") for p in report.people)


def test_q_dot_and_a_dot_labels_are_an_interview_s_turns(nlp: Language) -> None:
    text = (
        "Karen Whitby runs the ferry cooperative. She talked to us on Monday.\n\n"
        "Q. Will fares rise?\n\nA. Not this year.\n\n"
        "Q. And the timetable?\n\nA. Two more crossings on Fridays.\n"
    )
    rows = quote_rows(nlp, text, PERSON_ROWS)
    assert ("direct", "Not this year.", "Karen Whitby", "A") in rows
    assert ("direct", "Will fares rise?", None, "the interviewer") in rows


# -- an explainer that labels its own questions and answers ("Q." / "A.") -----------------------

EXPLAINER = (
    "What the new tenancy rule means for renters\n\n"
    "By Jane Holloway\n\n"
    "The city council approved a new tenancy rule on Tuesday.\n\n"
    "Q. What does the new rule change?\n\n"
    "A. Landlords must give tenants six months' notice before a rent rise.\n\n"
    "Q. Who is covered?\n\n"
    "A. Every tenant with a lease longer than a year. Short lets are exempt.\n"
)


@pytest.mark.parametrize("labels", [("Q.", "A."), ("Q:", "A:")])
def test_an_explainer_s_own_answers_are_the_outlet_s_text(nlp: Language, labels) -> None:
    text = EXPLAINER.replace("Q.", labels[0]).replace("A.", labels[1])
    report = analyze_text(text, nlp)
    assert [q for q in report.quotes if q.kind == "direct"] == []
    claims = [text[slice(*a.span)] for a in report.assertions if a.status == "unattributed"]
    assert "Landlords must give tenants six months' notice before a rent rise." in claims
    assert "Short lets are exempt." in claims
    assert not any(c.startswith(("Q", "A.", "A:")) for c in claims)  # the labels claim nothing
    assert [p.name for p in report.people] == ["Jane Holloway"]


@pytest.mark.parametrize(
    "change",
    [
        # the paragraph before the questions names the one who answers
        (
            "The city council approved",
            "Mayor Lena Sorvik talked about the rule the council approved",
        ),
        # the title says it is an interview
        ("What the new tenancy rule means for renters", "Interview: the new tenancy rule"),
        # an answer in the first person is someone's
        ("Short lets are exempt.", "We exempted short lets."),
    ],
)
def test_q_and_a_labels_with_a_sign_of_an_interview_stay_turns(nlp: Language, change) -> None:
    text = EXPLAINER.replace(*change)
    direct = [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"]
    assert len(direct) == 4


# -- mixed-case labels of a debate's record, role labels, a press conference's askers -----------

DEBATE = (
    "Ferry subsidy vote\n\n"
    "The harbour minister, Mr Owen Tarrant (Kell Vale), opened the debate on Monday.\n\n"
    "Mr Owen Tarrant (Kell Vale): The ferry will keep its winter timetable. I commend the "
    "motion.\n\n"
    "Mrs Ruth Haldane (Easton Moor): The minister says no crossing will be cut, yet the budget "
    "shows a gap. Which is it?\n\n"
    "Mr Tarrant: The budget is a draft.\n\n"
    "Madam Deputy Speaker: Order.\n\n"
    "An hon. Member: Shame!\n"
)


def test_mixed_case_titled_labels_of_a_debate_are_turns(nlp: Language) -> None:
    rows = quote_rows(nlp, DEBATE, ("kind", "words", "person", "speaker"))
    assert (
        "direct",
        "The ferry will keep its winter timetable. I commend the motion.",
        "Owen Tarrant",
        "Mr Owen Tarrant",
    ) in rows
    assert ("direct", "The budget is a draft.", "Owen Tarrant", "Mr Tarrant") in rows
    assert ("direct", "Order.", None, "Madam Deputy Speaker") in rows
    assert ("direct", "Shame!", None, "An hon. Member") in rows
    rep = analyze_text(DEBATE, nlp)
    assert not any("winter" in DEBATE[a.span[0] : a.span[1]] for a in rep.assertions)


def test_a_labelled_turn_s_reported_words_keep_their_own_speaker(nlp: Language) -> None:
    rows = quote_rows(nlp, DEBATE, ("kind", "words", "person", "speaker"))
    turn = [r for r in rows if r[1].startswith("The minister says")]
    assert turn == [
        (
            "direct",
            "The minister says no crossing will be cut, yet the budget shows a gap. Which is it?",
            "Ruth Haldane",
            "Mrs Ruth Haldane",
        )
    ]
    assert not any(r[2] == "Ruth Haldane" and r[0] == "indirect" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        # one titled line is a heading or a title, no transcript
        "Profiles\n\nMr Roe: a life in the mill.\n\nJan Roe ran the mill for forty years. "
        "He retired in May.\n",
        # "Note:" carries no title
        "Mill news\n\nNote: the mill opens at nine.\n\nNote: parking is free.\n",
    ],
)
def test_a_single_titled_line_or_an_untitled_note_is_no_turn(nlp: Language, text: str) -> None:
    assert [r for r in quote_rows(nlp, text, ROWS) if r[0] == "direct"] == []


BRIEFING = (
    "Briefing on the flood defences\n\n"
    "CHAIR: Welcome. We hear first from the council spokesperson, Ms Ada Veldt, then from "
    "Dr Ivo Pell, the city engineer.\n\n"
    "SPOKESPERSON (Ada Veldt): Thank you. The barrier held overnight.\n\n"
    "DR PELL: The river peaked at four metres.\n\n"
    "Q: Lena Fahr, Harbour Gazette. Will the barrier be raised?\n\n"
    "SPOKESPERSON: Not this year.\n\n"
    "Q: Follow-up: why not?\n\n"
    "SPOKESPERSON: The budget is spent.\n\n"
    "Q: Omar Quist, City Radio. Dr Pell, is the old wall safe?\n\n"
    "DR PELL: Yes.\n\n"
    "CHAIR: Thank you all.\n"
)


def test_a_bracketed_name_after_a_label_is_the_speaker(nlp: Language) -> None:
    rows = quote_rows(nlp, BRIEFING, ("words", "person", "mention"))
    assert ("Thank you. The barrier held overnight.", "Ada Veldt", "Ada Veldt") in rows


def test_a_role_label_is_the_one_person_who_holds_that_role(nlp: Language) -> None:
    rows = quote_rows(nlp, BRIEFING, ("words", "person", "speaker"))
    assert ("Not this year.", "Ada Veldt", "SPOKESPERSON") in rows
    assert ("The budget is spent.", "Ada Veldt", "SPOKESPERSON") in rows
    chair = [r for r in rows if r[0].startswith("Welcome")]
    assert chair and chair[0][1:] == (None, "CHAIR")  # no one holds the role of chair


def test_a_role_label_two_people_hold_is_no_one(nlp: Language) -> None:
    text = BRIEFING.replace(
        "then from Dr Ivo Pell, the city engineer", "and Mr Tom Brill, the port spokesperson"
    )
    rows = quote_rows(nlp, text, ("words", "person", "speaker"))
    assert ("Not this year.", None, "SPOKESPERSON") in rows


def test_a_press_conference_question_is_the_asker_s_who_names_themself(nlp: Language) -> None:
    rows = quote_rows(nlp, BRIEFING, ("words", "person", "speaker"))
    asked = {r[0].split(".")[0]: r[1:] for r in rows}
    assert asked["Lena Fahr, Harbour Gazette"] == ("Lena Fahr", "Lena Fahr")
    assert asked["Omar Quist, City Radio"] == ("Omar Quist", "Omar Quist")
    # a question that names no one, among named askers: a reporter's, not "the interviewer"
    assert asked["Follow-up: why not?"] == (None, "a reporter")
    # "Dr Pell, is ...?" addresses the one who answers: he asks nothing
    assert ("Yes.", "Ivo Pell", "DR PELL") in rows


def test_a_question_that_addresses_someone_by_name_is_still_the_interviewer_s(
    nlp: Language,
) -> None:
    text = (
        "Q: Jan Roe, will you stand again?\n\nJAN ROE: Yes.\n\n"
        "Q: Jan Roe, Mill Street is closed. Why?\n\nJAN ROE: Repairs.\n"
    )
    rows = quote_rows(nlp, text, ("words", "person", "speaker"))
    assert ("Jan Roe, will you stand again?", None, "the interviewer") in rows
    assert ("Jan Roe, Mill Street is closed. Why?", None, "the interviewer") in rows


# -- an interview told apart from an explainer; lists of titled names; askers ------------------

FARM_TALK = (
    "Nine questions on a wet spring in the hills\n\n"
    "Ewan Tallis has kept goats above Brackmoor since 1990.\n\n"
    "The Courier met him at the market last week.\n\n"
    "Q. How late is the hay?\n\n"
    "A. Six weeks at least. The fields are still under water.\n\n"
    "Q. What would help?\n\n"
    "A. Drier weather and a cheaper feed price.\n"
)


@pytest.mark.parametrize(
    "change",
    [
        None,  # a person named before the questions may be the one who answers them
        # only a "he" or "she" in the paragraph before the questions
        ("Ewan Tallis has kept goats above Brackmoor since 1990.", "Goats are kept on the hills."),
    ],
)
def test_q_and_a_after_a_person_the_intro_tells_of_stays_an_interview(
    nlp: Language, change
) -> None:
    text = FARM_TALK if change is None else FARM_TALK.replace(*change)
    direct = [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"]
    assert len(direct) == 4


def test_q_and_a_with_no_one_before_the_questions_is_still_an_explainer(nlp: Language) -> None:
    text = FARM_TALK.replace(
        "Ewan Tallis has kept goats above Brackmoor since 1990.", "Goats are kept on the hills."
    ).replace("The Courier met him at the market last week.", "Farmers are worried.")
    assert [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("answer", "someone_s"),
    [
        ("Six weeks at least. The choice is mine.", True),
        ("Six weeks at least. We blame ourselves.", True),
        # capitals-only "US" is the country, no one's first person
        ("Six weeks at least. US feed prices rose.", False),
    ],
)
def test_a_first_person_answer_is_someone_s_in_any_form(
    nlp: Language, answer: str, someone_s: bool
) -> None:
    text = EXPLAINER.replace(
        "Landlords must give tenants six months' notice before a rent rise.", answer
    )
    direct = [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"]
    assert bool(direct) is someone_s


@pytest.mark.parametrize(
    "text",
    [
        # what is said of each candidate, in the third person
        "Who is standing in Brackmoor\n\nThree people are standing.\n\n"
        "Dr Nia Penhale: A vet in the town for ten years, she wants a new bypass.\n\n"
        "Mr Owen Tregear: A retired pilot, he backs the ferry plan.\n\n"
        "Ms Lin Pascoe: The youngest candidate, she runs the post office.\n",
        # an honours list
        "Birthday honours\n\nThe list names 30 people.\n\n"
        "Professor Nia Penhale: Awarded a CBE for services to geology.\n\n"
        "Sir Owen Tregear: Knighted for services to shipping.\n",
        # titles of books
        "New this week\n\nLady Nia Penhale: The Minister Who Said No. A biography is out.\n\n"
        "Sir Owen Tregear: Notes from the Back Benches. A memoir follows in June.\n",
    ],
)
def test_a_list_of_titled_names_with_descriptions_is_no_transcript(nlp: Language, text) -> None:
    assert [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"] == []


def test_two_titled_speakers_in_the_first_and_second_person_take_turns(nlp: Language) -> None:
    text = (
        "Harbour fees\n\n"
        "Mr Owen Tregear (Brackmoor): I oppose the new fees.\n\n"
        "Dr Nia Penhale (Kell Vale): Will you tell the house what you would cut instead?\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words", "person"))
    assert ("direct", "I oppose the new fees.", "Owen Tregear") in rows


def test_a_question_naming_the_interviewee_is_not_asked_by_them(nlp: Language) -> None:
    text = (
        "Ninety years of baking\n\nBy Rhys Amory\n\n"
        "Mair Lloyd opened her bakery in 1935. The Courier interviewed her on Friday.\n\n"
        "Q: Mair Lloyd, Welcome. How does it feel?\n\n"
        "A: Like any other Friday.\n\n"
        "Q: What is your secret?\n\n"
        "A: Butter.\n"
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    asked = dict(rows)
    assert asked["Mair Lloyd, Welcome. How does it feel?"] != "Mair Lloyd"
    assert asked["Like any other Friday."] == "Mair Lloyd"


def test_one_name_and_outlet_question_names_no_asker(nlp: Language) -> None:
    text = (
        "Ferry briefing\n\n"
        "MINISTER: The ferry runs on Monday.\n\n"
        "Q: Lena Fahr, Harbour Gazette. At what time?\n\n"
        "MINISTER: Nine.\n\n"
        "Q: And on Sunday?\n\n"
        "MINISTER: Ten.\n"
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("Nine.", None) in rows
    assert ("Lena Fahr, Harbour Gazette. At what time?", None) in rows


@pytest.mark.parametrize(
    "text",
    [
        # a "his" about someone else in a question put to the Minister
        "Harbour dredging\n\n"
        "Mrs Ruth Polwhele (Penmor West): Does the Minister accept that his officials ignored "
        "the pilots?\n\n"
        "Mr Edwin Carne (Minister for Harbours): The officials met the pilots twice.\n\n"
        "Mrs Ruth Polwhele: They met them once.\n",
        # a speaker who speaks of another speaker's office, no first or second person
        "Harbour dredging\n\n"
        "Mrs Ruth Polwhele (Penmor West): The Minister claims his officials met the pilots. "
        "They did not.\n\n"
        "Mr Edwin Carne (Minister for Harbours): Two meetings took place, as the minutes "
        "record.\n",
    ],
)
def test_a_debate_turn_that_tells_of_a_third_party_is_still_a_turn(nlp, text) -> None:
    rows = quote_rows(nlp, text, ("kind", "person"))
    assert ("direct", "Ruth Polwhele") in rows
    assert ("direct", "Edwin Carne") in rows


def test_a_candidate_list_with_bracketed_seats_told_of_as_she_takes_no_turns(nlp) -> None:
    text = (
        "Who is standing\n\n"
        "Dr Ruth Polwhele (Penmor West): A farmer for years, she wants a new quay.\n\n"
        "Mr Edwin Carne (Penmor East): A retired teacher, he backs the ferry.\n"
    )
    assert [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"] == []


def test_a_who_s_who_naming_another_s_office_takes_no_turns(nlp) -> None:
    """Told of in the third person, a line is no turn even where it names another entry's
    office ("... challenged the Harbour Master"): the outlet describes each person."""
    text = (
        "Who runs the harbour\n\n"
        "Ms Tamsin Rowe (Harbour Master): She was appointed in 2019 after a career at sea.\n\n"
        "Mr Jory Hendra (Pilot): He has challenged the Harbour Master over dredging.\n\n"
        "Ms Elowen Peters (Chair of the Trust): She has asked the Harbour Master for maps.\n"
    )
    assert [q for q in analyze_text(text, nlp).quotes if q.kind == "direct"] == []


def test_an_explainer_after_a_news_paragraph_naming_someone_stays_an_explainer(nlp) -> None:
    text = (
        "What the new ferry fares mean for you\n\n"
        "Transport chief Edwin Carne set out the fares on Monday, saying they would cut queues.\n\n"
        "Here is what travellers need to know.\n\n"
        "Q. When do the fares change?\n\n"
        "A. The new fares apply from 1 June on every crossing.\n\n"
        "Q. Will season tickets cost more?\n\n"
        "A. Season tickets rise by about a tenth.\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert not any("new fares apply" in str(r[1]) for r in rows)


# -- "Name: answer" turns in mixed case -----------------------------------------------------------

NAMED_TURNS = (
    "A talk with the ferry boss\n\n"
    "Greta Mauny runs the Kellport ferries. She spoke to our transport reporter, Idris Pell.\n\n"
    "Idris Pell: Why are the boats late?\n\n"
    "Greta Mauny: The engines are old. We are replacing two of them this winter.\n\n"
    "Pell: Critics say you cut the crews.\n\n"
    "Mauny: We did not. Some crews moved to the new route.\n"
)


def test_named_turns_are_direct_quotes_of_their_labels(nlp):
    rows = quote_rows(nlp, NAMED_TURNS, ROWS)
    assert ("direct", "Why are the boats late?", None, "Idris Pell") in rows
    assert (
        "direct",
        "The engines are old. We are replacing two of them this winter.",
        None,
        "Greta Mauny",
    ) in rows
    assert ("direct", "We did not. Some crews moved to the new route.", None, "Mauny") in rows


def test_named_turns_are_no_claims_of_the_outlet(nlp):
    claims = claim_texts(nlp, NAMED_TURNS)
    assert not any("engines" in c or "crews" in c for c in claims)


def test_a_view_reported_in_a_question_turn_is_not_the_askers_indirect_quote(nlp):
    rows = quote_rows(nlp, NAMED_TURNS, ROWS)
    assert not any(r[0] == "indirect" and r[3] in ("Pell", "Idris Pell") for r in rows)


# the first turns give the full names, the later ones the initials; one sentence a line
INITIALS_TURNS = (
    "A talk on the ferries\n"
    "Idris Pell spoke with Greta Mauny about the boats and the crews that sail them.\n"
    "Idris Pell: We are back with the head of the ferries for the second part of our talk.\n"
    "Why are the boats late again this month, after all the promises of the spring?\n"
    "Greta Mauny: The engines are old, and the parts for them take weeks to arrive.\n"
    "We are replacing two of them this winter, and the third one next year.\n"
    "IP: Critics say you cut the crews to pay for the new terminal on the quay.\n"
    "GM: We did not, and the numbers we publish every quarter show that plainly.\n"
    "Some crews moved to the new route across the bay, where the demand is.\n"
    "The Winter Timetable\n"
    "The new timetable starts in May, with two more sailings on Sunday evenings.\n"
    "IP: Thank you for your time this morning.\n"
)


def test_initials_labels_are_the_turns_of_the_people_named_first(nlp):
    rows = quote_rows(nlp, INITIALS_TURNS, ROWS)
    turns = {r[1]: r[3] for r in rows if r[0] == "direct"}
    first = "We are back with the head of the ferries for the second part of our talk."
    second = "Why are the boats late again this month, after all the promises of the spring?"
    assert turns[f"{first}\n{second}"] == "Idris Pell"
    assert turns["Critics say you cut the crews to pay for the new terminal on the quay."] == "IP"
    people = dict(quote_rows(nlp, INITIALS_TURNS, ("words", "person")))
    assert people["Thank you for your time this morning."] == "Idris Pell"
    assert people["We did not, and the numbers we publish every quarter show that plainly."] == (
        "Greta Mauny"
    )


def test_initials_after_full_names_in_capitals_are_their_turns(nlp):
    text = (
        "Nadia Quell talked to Idris Pell about the ferries.\n\n"
        "IDRIS PELL: Why are the boats late?\n\n"
        "NADIA QUELL: The engines are old.\n\n"
        "IP: Will they be replaced?\n\n"
        "NQ: Two of them, this winter.\n"
    )
    rows = dict(quote_rows(nlp, text, ("words", "person")))
    assert rows["Will they be replaced?"] == "Idris Pell"
    assert rows["Two of them, this winter."] == "Nadia Quell"


def test_initials_with_no_full_name_turn_name_no_one(nlp):
    """A lone upper-case label that happens to spell a person's initials ("US:") is no turn of
    theirs: initials stand for a person only after a turn under their full name."""
    text = (
        "Ursula Stein, the envoy, spent the week in talks on the fishing treaty.\n\n"
        "US: Washington said it would study the text before it signed anything.\n\n"
        "The talks resume in May.\n"
    )
    rows = quote_rows(nlp, text, ("kind", "person"))
    assert ("direct", "Ursula Stein") not in rows


def test_a_turn_does_not_run_over_lines_before_a_subhead(nlp):
    """In a text laid out a sentence a line, a subhead between two turns leaves the lines
    after a turn unproven: they may be the writer's narration (only the label's own line is
    the turn)."""
    rows = quote_rows(nlp, INITIALS_TURNS, ROWS)
    direct = [r[1] or "" for r in rows if r[0] == "direct"]
    assert "We did not, and the numbers we publish every quarter show that plainly." in direct
    assert not any("where the demand is" in words or "timetable" in words for words in direct)


def test_a_list_of_people_with_a_line_each_takes_no_turns(nlp):
    text = (
        "The new board\n\n"
        "Greta Mauny chairs the board and Idris Pell joins it from the port.\n\n"
        "Greta Mauny: chair since 2019, formerly head of the harbour trust.\n\n"
        "Idris Pell: engineer, twenty years at the port.\n"
    )
    assert [r for r in quote_rows(nlp, text, ROWS) if r[0] == "direct"] == []


def test_a_answers_never_go_to_the_interviewer_named_beside_the_interviewee(nlp):
    text = (
        "Ferry boss interview\n\n"
        "Greta Mauny spoke to Idris Pell.\n\n"
        "Q: Why are the boats late?\n\n"
        "A: The engines are old. We are replacing two of them.\n\n"
        "Q: When will they be fixed?\n\n"
        "A: By the spring.\n"
    )
    rows = quote_rows(nlp, text, ROWS)
    answers = [r for r in rows if r[1] == "By the spring."]
    assert answers and all(r[3] != "Idris Pell" for r in answers)


# -- name labels whose lines are no speech ---------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        # a result table
        "Greta Mauny (Harbour Party): 4,210\n\nIdris Pell (Green): 2,980\n\n"
        "Mauny (Harbour Party): 3,900\n",
        # ratings: a mark, then what is said of the player
        "Greta Mauny: 7. Kept the line together and won every header.\n\n"
        "Idris Pell: 5. Slow to start.\n\nMauny: Best on the pitch again.\n",
        # section headings of a profile
        "Greta Mauny: The first ferry\n\nIdris Pell: A partner joins\n\nMauny: The long winter\n",
        # captions
        "Greta Mauny: the ferry boss on the new quay.\n\nIdris Pell: the engineer at work.\n\n"
        "Mauny: the boss greets the first passengers.\n",
        # a list of who is who, said of them in the third person
        "Mauny: The founder, who bought the first boat in 1998.\n\n"
        "Pell: The engineer who rebuilt the engines.\n\nMauny: Chair of the harbour trust.\n",
    ],
)
def test_name_labels_over_lines_that_are_no_speech_take_no_turns(nlp, lines):
    text = (
        "Kellport ferries\n\n"
        "Greta Mauny runs the Kellport ferries with the engineer Idris Pell.\n\n" + lines
    )
    assert [r for r in quote_rows(nlp, text, ROWS) if r[0] == "direct"] == []


def test_name_labels_over_speech_with_a_short_reply_are_turns(nlp):
    text = (
        "A talk with the ferry boss\n\n"
        "Greta Mauny runs the Kellport ferries. She spoke to our reporter, Idris Pell.\n\n"
        "Idris Pell: Will the fares rise this year?\n\n"
        "Greta Mauny: Yes, a little.\n\n"
        "Pell: By how much?\n\n"
        "Mauny: I expect about five per cent.\n"
    )
    rows = quote_rows(nlp, text, ROWS)
    assert ("direct", "Yes, a little.", None, "Greta Mauny") in rows
    assert ("direct", "I expect about five per cent.", None, "Mauny") in rows


def test_terse_answers_to_questions_in_turn_are_still_an_interview(nlp):
    text = (
        "The ferry boss\n\n"
        "Greta Mauny has run the Kellport ferries for ten years. Idris Pell spoke to her.\n\n"
        "Pell: How busy are the boats now?\n\n"
        "Mauny: Fuller than ever. Nine hundred cars a day.\n\n"
        "Pell: And the new terminal?\n\n"
        "Mauny: Open by June, on budget.\n\n"
        "Pell: What keeps you awake?\n\n"
        "Mauny: The tides, always the tides.\n"
    )
    rows = quote_rows(nlp, text, ROWS)
    assert ("direct", "Fuller than ever. Nine hundred cars a day.", None, "Mauny") in rows
    assert ("direct", "The tides, always the tides.", None, "Mauny") in rows


def test_a_debate_passing_back_and_forth_with_no_i_or_question_is_turns(nlp):
    text = (
        "Ferry fares debate\n\n"
        "Greta Mauny, the ferry boss, and Idris Pell, a councillor, met on the radio.\n\n"
        "Mauny: The fares pay for the new engines.\n\n"
        "Pell: The fares are too high for islanders.\n\n"
        "Mauny: Islanders pay half.\n\n"
        "Pell: Half is still too much.\n"
    )
    rows = quote_rows(nlp, text, ROWS)
    assert ("direct", "The fares are too high for islanders.", None, "Pell") in rows
    assert ("direct", "Islanders pay half.", None, "Mauny") in rows


@pytest.mark.parametrize(
    "lines",
    [
        # scorers, alternating: short lines with no subject
        "Mauny: Two goals.\n\nPell: One goal.\n\nMauny: Three goals.\n\nPell: No goals.\n",
        # ratings over four matches, alternating, one of them asking
        "Mauny: 7. Solid at the back.\n\nPell: 4. Where was he for the second goal?\n\n"
        "Mauny: 8. Man of the match.\n\nPell: 6. Better.\n",
        # a timeline told without subjects
        "Mauny: Joined the ferries as a deckhand in 1990.\n\n"
        "Pell: Started in the engine room in 1992.\n\n"
        "Mauny: Took over the company in 2005.\n\nPell: Rebuilt the engines in 2010.\n",
    ],
)
def test_alternating_name_labels_over_a_list_take_no_turns(nlp, lines):
    text = (
        "Kellport ferries\n\n"
        "Greta Mauny runs the Kellport ferries with the engineer Idris Pell.\n\n" + lines
    )
    assert [r for r in quote_rows(nlp, text, ROWS) if r[0] == "direct"] == []


# -- "A:" answers and the paragraphs after them ---------------------------------------------

A_INTERVIEW = """A conversation with Marta Quill

Marta Quill coaches the rowing club at Fenwick. She was interviewed at the boathouse.

Q: How did the season go?

A: Badly at first. We lost the spring races.
Then the new boat came. We won twice.

We trained on the lake every morning after that.

Q: What comes next?

A: The regional final.

The club's committee meets in May to choose the crew.
"""


@pytest.mark.parametrize(
    "paragraph",
    [
        # narration naming someone else, a pronoun's narration, background with no one in it
        "The boathouse, which the council rebuilt last year, is shut. Its warden, Tom Reyes, "
        "has called the club a shambles.",
        "She paused for a while before the next question, and then laughed at the committee.",
        "The lake froze twice in the winter of 2021, and the council has since closed the slip.",
        # the page's furniture between two answers
        "Photo: The club's old boat on the slipway (Tom Reyes/Ledger)",
        "Read more: Fenwick rowing in five charts",
        # another person named in "we" words, which may be the outlet's own
        "We asked Tom Reyes, the warden, who called the club a shambles.",
    ],
)
def test_an_a_answer_stops_at_a_paragraph_that_is_no_speech(nlp: Language, paragraph) -> None:
    text = A_INTERVIEW.replace("We trained on the lake every morning after that.", paragraph)
    rows = quote_rows(nlp, text, ("words",))
    answer = next(r[0] for r in rows if (r[0] or "").startswith("Badly"))
    assert paragraph[:20] not in answer  # the answer ends before it


@pytest.mark.parametrize(
    "text",
    [
        # a writer's line right under a turn, then a blank line: not proven to be speech
        "Transcript\n\nROE: The ferry will run all year.\n\nPELL: It will not.\n"
        "The chair, Ada Finch, called the row a farce.\n\nROE: Let me answer.\n\nPELL: Go on.\n",
        "Briefing\n\nQ: Will the ferry run?\n\nA: It will.\nResidents later called the answer "
        "a joke.\n\nQ: When?\n\nA: Soon.\n",
    ],
)
def test_a_line_after_a_turn_then_a_blank_line_is_not_the_turn(nlp: Language, text) -> None:
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert not any("called" in (r[1] or "") for r in rows if r[0] == "direct")


def test_a_labelled_answer_without_an_interview_intro_stops_at_a_blank_line(nlp) -> None:
    text = A_INTERVIEW.replace(
        "She was interviewed at the boathouse.", "Her club has forty members."
    ).replace("A conversation with", "News from")
    rows = quote_rows(nlp, text, ("words",))
    assert not any("trained on" in (r[0] or "") for r in rows)


# -- an interview's answer over several paragraphs ------------------------------------------------

LONG_ANSWERS = """Talking tolls with the mayor

In an interview, Mayor Tilda Marsh spoke about the bridge toll.

Q: Do you think the toll can pass?

A: Look, the idea that drivers owe nothing for the bridge? That's nonsense.

We will bring the money home. You see the queues every day.

Q: What comes next?

A: A long fight.

I think the board will give in.

The council votes on the toll in May.
"""


def test_an_answer_goes_on_over_paragraphs_of_the_interviewee_talking(nlp: Language) -> None:
    rows = quote_rows(nlp, LONG_ANSWERS, PERSON_ROWS)
    first = next(r for r in rows if (r[1] or "").startswith("Look"))
    assert first[1].endswith("You see the queues every day.") and first[2] == "Tilda Marsh"
    # after the last answer only its own paragraph: the article may go on
    assert ("direct", "A long fight.", "Tilda Marsh", "A") in rows
    assert not any("council votes" in (r[1] or "") for r in rows)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the writer's narration: the past, a name, a "she", a quote, a bracketed note
        "I asked her about the queues, and we walked to the bridge.",
        "Tilda Marsh was elected in 2019. We will see if she keeps the seat.",
        "She laughed. We will bring the money home.",
        'We will, as a driver put it, "pay twice."',
        "(Laughs.) We will bring the money home.",
    ],
)
def test_an_answer_stops_at_a_paragraph_that_is_not_the_interviewee_talking(
    nlp: Language, paragraph: str
) -> None:
    text = LONG_ANSWERS.replace(
        "We will bring the money home. You see the queues every day.", paragraph
    )
    rows = quote_rows(nlp, text, ("kind", "words"))
    answer = next(r[1] for r in rows if (r[1] or "").startswith("Look"))
    assert answer.endswith("That's nonsense.")


def test_an_answer_after_a_long_one_is_still_the_named_interviewee_s(nlp: Language) -> None:
    text = LONG_ANSWERS.replace(
        "A: A long fight.\n\nI think", "A: A long fight.\n\nQ: Why?\n\nA: I think"
    )
    rows = quote_rows(nlp, text, PERSON_ROWS)
    assert ("direct", "A long fight.", "Tilda Marsh", "A") in rows
    assert ("direct", "I think the board will give in.", "Tilda Marsh", "A") in rows


@pytest.mark.parametrize(
    "paragraph",
    [
        # the writer in the present: "her" for the interviewee, or the writer asking
        "We are sitting in her office, and you can see the bridge. We will talk for an hour.",
        "I ask the mayor whether we will see the toll pass.",
        # an answer that speaks of another man or woman stops too: the safe side
        "We will win. His board will see it.",
    ],
)
def test_an_answer_stops_at_the_writer_s_present_tense_scene(nlp: Language, paragraph: str) -> None:
    text = LONG_ANSWERS.replace(
        "We will bring the money home. You see the queues every day.", paragraph
    )
    rows = quote_rows(nlp, text, ("kind", "words"))
    answer = next(r[1] for r in rows if (r[1] or "").startswith("Look"))
    assert answer.endswith("That's nonsense.")
