"""Four misreads of reported speech a reviewer found (session 9). Every article is invented.

- A clause before a colon is no report of a verb after it ("Everyone knows the truth: ...").
- Two fragments, each under its own verb of saying, are two partial quotes with their own cues
  ("described it as '...' and warned that it would '...'"), not one quote spanning the
  writer's words between them.
- A verb of saying or thinking under a modal of obligation, a verb of need or "let us" tells
  someone what to say or think; it reports nothing ("Voters should know that ...").
- "The statement reads:" after "X published a statement" speaks for X.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes.modality import prescribed, prescribed_fact
from tests.analysis.helpers import named, quote_rows, sentence_voices

ROWS = ("kind", "words", "cue", "person", "mention")


# Each case: a short text and each quote as ROWS.
QUOTES = {
    # a clause before a colon is no report of a verb after it
    "a_clause_before_a_colon_is_not_reported": (
        "Everyone knows the truth: the nurses want shorter shifts.",
        [],
    ),
    "a_colon_inside_a_report_set_before_its_verb_stops_nothing": (
        "The answer is simple: the dockers want safer cranes, Ada Murn said.",
        [
            (
                "indirect",
                "The answer is simple: the dockers want safer cranes",
                "say",
                "Ada Murn",
                "Ada Murn",
            )
        ],
    ),
    "a_comma_not_a_colon_sets_a_report_before_its_verb": (
        "The ferry will stop in May, Ada Murn said.",
        [("indirect", "The ferry will stop in May", "say", "Ada Murn", "Ada Murn")],
    ),
    # each verb of saying has its own fragment
    "two_fragments_under_describe_and_warned_that": (
        'The councillor, Orla Penhallow, described the levy as "punishing" and warned that '
        'it would "empty every shop on the high street."',
        [
            ("partial", "punishing", "describe", "Orla Penhallow", "Orla Penhallow"),
            (
                "partial",
                "empty every shop on the high street.",
                "warn",
                "Orla Penhallow",
                "Orla Penhallow",
            ),
        ],
    ),
    "two_fragments_under_called_and_a_comma_warning": (
        'Orla Penhallow called the levy "punishing," warning that it would "empty the '
        'high street."',
        [
            ("partial", "punishing,", "call", "Orla Penhallow", "Orla Penhallow"),
            ("partial", "empty the high street.", "warn", "Orla Penhallow", "Orla Penhallow"),
        ],
    ),
    "one_verb_with_two_fragments_is_one_statement": (
        'Tomas Vell called the toll "greedy" and "cruel."',
        [("partial", 'greedy" and "cruel.', "call", "Tomas Vell", "Tomas Vell")],
    ),
    # reports around modals stay reports
    "a_modal_inside_a_report": (
        "Bram Oster said she should know the result by Friday.",
        [
            (
                "indirect",
                "she should know the result by Friday",
                "say",
                "Bram Oster",
                "Bram Oster",
            )
        ],
    ),
    "must_have_said_is_a_report": (
        "Ada Murn must have said that the pier was unsafe.",
        [("indirect", "the pier was unsafe", "say", "Ada Murn", "Ada Murn")],
    ),
    "had_to_admit_is_a_report": (
        "Ada Murn had to admit that the pier was unsafe.",
        [("indirect", "the pier was unsafe", "admit", "Ada Murn", "Ada Murn")],
    ),
    "a_fragment_under_a_modal_inside_a_report": (
        'Ada Murn said voters should call the toll "a farce."',
        [("partial", "a farce.", "say", "Ada Murn", "Ada Murn")],
    ),
    "a_fragment_under_a_prescribed_verb_is_nobodys": (
        'Readers should call the toll "a farce."',
        [("scare", "a farce.", None, None, None)],
    ),
    # only a sent document takes its sender's voice
    "a_letter_no_one_named_put_out_speaks_for_itself": (
        "A letter reached the harbour board on Monday. The letter says the harbour will stay open.",
        [("indirect", "the harbour will stay open", "say", None, "The letter")],
    ),
    "a_person_sent_by_someone_speaks_for_themself": (
        "Ilse Varga sent an aide to the meeting. The aide said the harbour would stay open.",
        [("indirect", "the harbour would stay open", "say", None, "The aide")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(QUOTES))
def test_the_quotes_found(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Voters should know that the council is corrupt.",
        "Readers must remember that the mayor lied.",
        "Residents need to know that the well water is unsafe.",
        "Commuters have to ask why the bridge is still shut.",
        "Voters ought to ask why the council lied.",
        "Let's remember that the mayor lied.",
        "Ada Murn should have known that the dam was weak.",
    ],
    ids=["should", "must", "need_to", "have_to", "ought_to", "lets", "should_have"],
)
def test_a_prescribed_verb_reports_nothing(nlp, text):
    assert quote_rows(nlp, text, ROWS) == []


LETTER = (
    "Harbour to stay open\n"
    "\n"
    "Deputy mayor Ilse Varga sent a letter to the harbour board on Monday.\n"
    "The letter reads:\n"
    "The harbour will stay open all winter.\n"
    "No berths will be sold.\n"
    "\n"
    "Varga later told reporters that the board had agreed.\n"
)


def test_a_document_taken_up_again_speaks_for_its_sender(nlp):
    rep = analyze_text(LETTER, nlp)
    names = {p.id: p.name for p in rep.people}
    rows = [(q.kind, q.speaker_text, names.get(q.speaker_id or ""), q.cue) for q in rep.quotes]
    assert rows == [
        ("direct", "The letter", "Ilse Varga", "read"),
        ("indirect", "Varga", "Ilse Varga", "tell"),
    ]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Voters have to ask why the pier closed.", ["ask"]),
        ("The mayor has yet to explain why the pier closed.", []),
        ("It should be noted that our pier closed.", []),
    ],
    ids=["have_to", "has_yet_to", "impersonal_passive"],
)
def test_which_verbs_are_prescribed(nlp, text, verbs):
    assert [t.text for t in nlp(text) if prescribed(t)] == verbs


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Voters should know that the council lied.", ["know"]),
        ("Readers must remember that.", ["remember"]),
        ("Applicants must promise to pay the fee.", []),
        ("Ada Murn knows that the council lied.", []),
    ],
    ids=["should_know", "must_remember", "a_demanded_act", "a_report"],
)
def test_which_verbs_prescribe_a_fact(nlp, text, verbs):
    assert [t.text for t in nlp(text) if prescribed_fact(t)] == verbs


@pytest.mark.parametrize(
    "text",
    [
        "Readers in Tarsen should remember that.",
        "The board of Vell is corrupt, and voters should know it.",
        # an intention noun with a possessor and a predicate noun is the writer's verdict on it
        "Their agenda is a danger to every family in Vell.",
    ],
)
def test_a_sentence_the_writer_prescribes_or_judges_is_the_writers(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_speakers_plan_with_a_clause_is_still_reported(nlp):
    text = "Their plan is that the ferry should stop at Vell."
    assert sentence_voices(nlp, text)[0][1] == "reported"
