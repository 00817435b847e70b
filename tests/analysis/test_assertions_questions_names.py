"""cr_assertions: what claims nothing and what names a source.

A question put by no one named ("was asked about X", "when asked") keeps its vague mark, as
PolNeAR's gold counts it: who asked is not said. A name given ("an app called Tidewise") is no
claim from a hidden source; a body named by what it is ("the
regional flood authority") is a named source, while people known only by their trade
("forecasters said") are not. A dateline on its own line, an outlet's desk credit and an
editor's note on an interview are furniture, no claims.

Each text is invented.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.outlet import unknown_dateline
from contextreader.analysis.paragraphs import is_byline
from contextreader.analysis.pipeline import analyze_text
from contextreader.report import Dateline
from tests.analysis.helpers import assertion_rows, named, sentence_voices, vague_assertions

# -- a question put by no one named ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master, Ada Voss, was asked about the repairs on Monday and said little.",
        "Asked about the delays, the harbour master shrugged.",
        "When asked, Ada Voss declined to give a date for the reopening.",
    ],
)
def test_a_question_put_by_no_one_named_is_vague(nlp, text):
    assert [c.lower() for _, c, _ in vague_assertions(nlp, text)][:1] in (["was asked"], ["asked"])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour master was asked to resign.", "was asked"),
        ("The harbour master was pressed for a date.", "was pressed"),
        ("The repairs were questioned.", "were questioned"),
    ],
)
def test_a_request_or_a_doubt_in_the_passive_stays_vague(nlp, text, cue):
    assert [c for _, c, _ in vague_assertions(nlp, text)] == [cue]


# -- a name given -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The firm's first product, a ferry app called Tidewise, was withdrawn in May.",
        "A district known as Old Quay flooded on Monday.",
        "The boat, named Saint Brenna, sank in the storm.",
    ],
)
def test_a_name_given_is_no_vague_claim(nlp, text):
    assert vague_assertions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The plan was called a disgrace.", "was called"),
        ("The harbour master is known as a hard bargainer.", "is known"),
    ],
)
def test_a_label_given_by_no_one_named_stays_vague(nlp, text, cue):
    assert [c for _, c, _ in vague_assertions(nlp, text)] == [cue]


# -- a body named by what it is; people known by their trade --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The regional flood authority said the river had peaked.",
        "The Harbour Authority said the pier was safe.",
        "The river burst its banks, according to the flood authority.",
    ],
)
def test_one_body_named_by_what_it_is_is_a_named_source(nlp, text):
    assert vague_assertions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Authorities said the river had peaked.", "Authorities"),
        ("An authority on tides said the surge was rare.", "An authority on tides"),
        ("Forecasters said more rain would fall.", "Forecasters"),
        ("Seismologists said the quake was shallow.", "Seismologists"),
        ("Rescuers said the water was still rising.", "Rescuers"),
    ],
)
def test_unnamed_authorities_and_trades_are_vague(nlp, text, cue):
    assert [c for _, c, _ in vague_assertions(nlp, text)] == [cue]


def test_a_named_forecaster_is_named(nlp):
    text = "Forecaster Ada Voss said more rain would fall."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


# -- a dateline on its own line, a desk credit, an editor's note ----------------------------------


def test_a_dateline_on_its_own_line_is_no_claim(nlp):
    text = "Pier closes for repairs\n\nGULLPORT, May 3\n\nThe pier will reopen in June."
    start = text.index("GULLPORT")
    assert unknown_dateline(text, 0) == Dateline((start, start + len("GULLPORT, May 3")))
    rep = analyze_text(text, nlp)
    assert rep.dateline == Dateline((start, start + len("GULLPORT, May 3")))
    assert assertion_rows(nlp, text) == [
        ("Pier closes for repairs", "unattributed"),
        ("The pier will reopen in June.", "unattributed"),
    ]


@pytest.mark.parametrize(
    "line",
    ["BREAKING NEWS", "ROUTE 9, Mile 4", "Gullport, May 3", "UPDATE, May 3", "GULLPORT, Maine"],
)
def test_a_line_without_a_place_in_capitals_and_a_date_is_no_dateline(line):
    assert unknown_dateline(f"Pier closes\n\n{line}\n\nThe pier will reopen in June.", 0) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Harbour Gazette | Staff Correspondent", True),
        ("Staff Reporter | The Harbour Gazette", True),
        ("Harbour Gazette | Pier closes", False),
        ("Harbour Gazette", False),
    ],
)
def test_an_outlets_name_beside_a_desk_credit_is_a_byline(line, credit):
    assert is_byline(line) is credit


def test_a_desk_credit_line_is_no_claim(nlp):
    text = "Pier closes\n\nHarbour Gazette | Staff Correspondent\n\nThe pier will reopen in June."
    assert [row[0] for row in assertion_rows(nlp, text)] == [
        "Pier closes",
        "The pier will reopen in June.",
    ]


def test_an_editors_note_on_an_interview_is_no_claim(nlp):
    text = (
        "Translated from the Danish by Jan Roe. This interview has been edited and condensed "
        "for clarity.\n\nThe pier will reopen in June."
    )
    assert [row[0] for row in assertion_rows(nlp, text)] == ["The pier will reopen in June."]


def test_an_interview_that_was_viewed_is_still_a_claim(nlp):
    text = (
        "The pier will reopen. The interview has been viewed a million times. "
        "Translated from the Danish, the motto means little."
    )
    assert [row[0] for row in assertion_rows(nlp, text)] == [
        "The pier will reopen.",
        "The interview has been viewed a million times.",
        "Translated from the Danish, the motto means little.",
    ]


PASSIVE = "'{}' does not say who holds or said this; no source is named."


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # a question put by no one named
    "the_one_asked_keeps_the_answer": (
        'Asked whether the depot would close, Tomas Brell replied: "Not this year."',
        "quoted",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


# -- a question put by no one named ---------------------------------------------------------------


def test_when_asked_after_a_split_quote_is_a_question_from_no_one(nlp):
    text = (
        '"The ferry will run," Mara Lind told the Harbor Gazette when asked whether the pier '
        'would reopen. "We have the crew for it."'
    )
    assert vague_assertions(nlp, text) == [
        ("when asked whether the pier would reopen", "asked", PASSIVE.format("asked"))
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'Asked whether the depot would close, Tomas Brell replied: "Not this year."',
            "Asked whether the depot would close",
        ),
        (
            "Ilse Varga told the Gazette on Monday when asked how the council would pay for "
            "the bridge.",
            "when asked how the council would pay for the bridge",
        ),
    ],
)
def test_a_past_form_with_no_subject_is_a_passive_question(nlp, text, clause):
    assert [w for w, _, note in vague_assertions(nlp, text) if "asked" in note.lower()] == [clause]


# -- open questions, wanted knowledge and appeals claim nothing -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The club did not respond to questions about whether any coaches had been warned.",
        "Tenants deserve to know whether the landlord will pay for the repairs.",
        "Anyone who saw the crash is asked to call the coastguard.",
    ],
)
def test_open_questions_wanted_knowledge_and_appeals_are_no_vague_claims(nlp, text):
    assert vague_assertions(nlp, text) == []


def test_a_vague_passive_outside_an_open_question_stays_vague(nlp):
    text = "The club did not respond to questions, and the coaches were reportedly warned."
    assert [w for w, _, _ in vague_assertions(nlp, text)] != []
