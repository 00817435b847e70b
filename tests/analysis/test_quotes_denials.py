"""cr_quotes: a denied verb of saying over an open question reports nothing, a
relative clause with no pronoun ("People I know ...") is no comment clause, a rare surname
the tagger misreads still heads "X, asked about it, said", content spans that keep their
main clause or second clause, a quoted subordinate clause that ends the writer's sentence is
partial, and a "she" does not jump past a named speaker the people component missed."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import quote_rows

COLUMNS = ("kind", "words", "cue", "speaker")


def _quotes(nlp, text):
    return quote_rows(nlp, text, COLUMNS)


# -- a denied verb of saying over an open question ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has not yet announced whether she will run again.",
        "The water board has not said when it will decide on the rates.",
        "Holm did not say if the mill would reopen.",
    ],
)
def test_a_denied_saying_over_an_open_question_reports_nothing(nlp, text):
    assert [r for r in _quotes(nlp, text) if r[0] == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Holm did not say the mill had been sold.", "the mill had been sold"),
        ("The mayor announced whether she will run again.", "whether she will run again"),
    ],
)
def test_a_denied_clause_or_an_open_question_said_is_still_reported(nlp, text, words):
    assert [r[1] for r in _quotes(nlp, text) if r[0] == "indirect"] == [words]


# -- a relative clause with no relative pronoun -------------------------------------------------


def test_a_contact_relative_clause_is_no_comment_clause(nlp):
    assert _quotes(nlp, "Families I know will lose their homes.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The levy, I think, will fail.",
        "To keep costs down, she said, the council should share the depot.",
    ],
)
def test_a_comment_clause_set_off_by_commas_still_reports(nlp, text):
    assert [r[0] for r in _quotes(nlp, text)] == ["indirect"]


# -- "X, asked about it, said" with a name the tagger misreads ----------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Dr. Ilse Evjenth led the survey. "
            "Evjenth, asked about the press release, said that wording went too far.",
            "wording went too far",
        ),
        (
            "Dr. Maren Evjenth led the trial. "
            "Evjenth, asked about the headline, said that claim went further than the data.",
            # "that" is the determiner of "claim" (the headline's claim), part of the words
            "that claim went further than the data",
        ),
    ],
)
def test_a_known_person_the_tagger_calls_an_adverb_heads_an_interrupted_clause(nlp, text, words):
    assert _quotes(nlp, text) == [("indirect", words, "say", "Evjenth")]


def test_an_unknown_word_before_the_phrase_gives_no_speaker(nlp):
    text = "Yesterday, asked about the press release, said that wording went too far."
    assert [r for r in _quotes(nlp, text) if r[3] == "Yesterday"] == []


# -- content spans ------------------------------------------------------------------------------


def test_according_to_inside_its_clause_sources_the_whole_clause(nlp):
    text = (
        "The talks began in the spring, according to people close to the firm, "
        "and nearly collapsed in May over the price."
    )
    rows = _quotes(nlp, text)
    assert len(rows) == 1
    assert rows[0][1].startswith("The talks began in the spring")
    assert rows[0][1].endswith("nearly collapsed in May over the price")


def test_according_to_before_a_clause_of_its_own_keeps_one_side(nlp):
    text = "Rents rose sharply, according to the survey, but wages fell."
    rows = _quotes(nlp, text)
    assert len(rows) == 1
    assert not rows[0][1].startswith("Rents rose sharply, according")


def test_a_relative_clause_the_parse_hangs_on_point_to_is_not_its_content(nlp):
    text = (
        "She pointed to four crashes on the bridge in the past year, including one in "
        "which a cyclist was struck on her way to work."
    )
    assert [r[1] for r in _quotes(nlp, text)] == ["four crashes on the bridge"]


def test_a_second_clause_that_completes_the_first_stays_in_the_content(nlp):
    text = "He told reporters after the hearing that he was glad the board had reached a deal."
    assert _quotes(nlp, text) == [
        ("indirect", "he was glad the board had reached a deal", "tell", "He")
    ]


def test_a_second_report_run_on_is_not_joined(nlp):
    text = "Roe said the plan was sound Doe said it would fail."
    rows = _quotes(nlp, text)
    assert all("Doe said" not in r[1] for r in rows)


# -- a quoted subordinate clause ending the writer's sentence -----------------------------------


def test_a_quoted_subordinate_clause_after_a_report_is_partial(nlp):
    text = (
        "Shop owners disputed the count. "
        'Varga said it was taken in January, "when nobody is out walking anyway."'
    )
    kinds = {r[1]: r[0] for r in _quotes(nlp, text)}
    assert kinds["when nobody is out walking anyway."] == "partial"


def test_a_quoted_sentence_after_a_comma_stays_direct(nlp):
    text = 'Varga said, "When the count was taken, nobody was out walking."'
    kinds = [r[0] for r in _quotes(nlp, text)]
    assert kinds == ["direct"]


# -- a pronoun after a named speaker the people component missed ---------------------------------


def test_she_does_not_jump_past_a_speaker_with_an_unknown_name(nlp):
    text = (
        "Kestrel Foods will buy Ambermill, chief executive Lorena Vasquez said on Monday.\n\n"
        "Analysts were divided. In a note to clients, Priyanka Desrosiers of Marlowe "
        'Securities wrote that the price was "full but defensible." She said the savings '
        "target looked achievable."
    )
    report = analyze_text(text, nlp)
    q = next(q for q in report.quotes if "savings target" in text[q.span[0] : q.span[1]])
    vasquez = next((p.id for p in report.people if p.name == "Lorena Vasquez"), None)
    assert q.speaker_id != vasquez or vasquez is None
    assert q.speaker_id is not None or q.speaker_text != "She"


def test_she_still_finds_the_named_speaker_before_her(nlp):
    text = (
        "Chief executive Lorena Vasquez said the deal would close next year. "
        "She said the savings target looked achievable."
    )
    report = analyze_text(text, nlp)
    q = next(q for q in report.quotes if "savings target" in text[q.span[0] : q.span[1]])
    names = {p.id: p.name for p in report.people}
    assert names.get(q.speaker_id or "") == "Lorena Vasquez"


def test_a_sentence_with_a_contact_relative_clause_is_the_outlets_assertion(nlp):
    text = "The clinic will shut in June. Families I know will lose their homes."
    report = analyze_text(text, nlp)
    listed = [text[a.span[0] : a.span[1]] for a in report.assertions]
    assert "Families I know will lose their homes." in listed


def test_a_comment_clause_keeps_its_sentence_out_of_the_outlets_assertions(nlp):
    text = "The clinic will shut in June. The levy, I think, will fail."
    report = analyze_text(text, nlp)
    listed = [text[a.span[0] : a.span[1]] for a in report.assertions]
    assert "The levy, I think, will fail." not in listed


def test_no_verb_inside_an_unanswered_question_reports(nlp):
    text = "Holm would not say whether she would prefer that the mill be sold."
    assert [r for r in _quotes(nlp, text) if r[0] == "indirect"] == []


def test_an_aside_that_opens_its_clause_after_and_does_not_take_the_conjunction(nlp):
    text = "And, as the Ledger reported, the mill lost money for a decade."
    rows = _quotes(nlp, text)
    assert all(not r[1].startswith("And") for r in rows)


PERSON_COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _person_quotes(nlp, text):
    return quote_rows(nlp, text, PERSON_COLUMNS)


def test_denied_reply_names_no_speaker(nlp):
    text = (
        'The letter ended with a warning: "Do not sell the pier. The town will not forgive '
        'it." The council did not reply.'
    )
    assert _person_quotes(nlp, text) == [
        (
            "direct",
            "Do not sell the pier. The town will not forgive it.",
            None,
            None,
            "The letter",
        )
    ]
    rep = analyze_text(text, nlp)
    last = next(s for s in rep.sentences if text[s.span[0] : s.span[1]].startswith("The council"))
    assert last.voice != "quoted"


# -- a refusal to give words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for the water board declined to comment.",
        "Lena Ruud refused to comment on the rumours.",
        "Lena Ruud declined to say whether she would stand.",
        "The ferry company declined to answer questions.",
    ],
)
def test_a_refusal_to_give_words_is_no_quote(nlp, text):
    assert _quotes(nlp, text) == []


def test_a_refused_act_with_an_object_still_reports(nlp):
    text = "The firm refused to release its accounts."
    assert _quotes(nlp, text) == [
        ("indirect", "to release its accounts", "refuse", "The firm"),
    ]


def test_a_refusal_beside_words_given_keeps_those_words(nlp):
    text = "Lena Ruud declined to comment but said the deal was fair."
    assert _quotes(nlp, text) == [("indirect", "the deal was fair", "say", "Lena Ruud")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company declined to confirm the report.",
        "Lena Ruud refused to deny the rumours.",
        "Lena Ruud refused to deny that the club had been sold.",
        "The ferry company declined to identify the buyer.",
    ],
)
def test_a_refusal_to_give_words_is_no_quote_whatever_its_object(nlp, text):
    assert _quotes(nlp, text) == []
    assert analyze_text(text, nlp).sentences == []


def test_a_refusal_to_speak_out_is_an_act_that_reports(nlp):
    text = "Lena Ruud refused to speak out against the coach."
    assert [r[0] for r in _quotes(nlp, text)] == ["indirect"]


def test_a_refusal_keeps_the_vague_mark_on_the_clause_of_the_unnamed_source(nlp):
    text = (
        "The ferry company declined to comment on the fares, but a source close to the board "
        "said they would rise."
    )
    rep = analyze_text(text, nlp)
    assert [text[slice(*a.span)] for a in rep.assertions if a.status == "vague"] == [
        "a source close to the board said they would rise."
    ]


def test_a_refusal_keeps_the_vague_mark_on_its_question_frame(nlp):
    text = "Asked whether she would stand again, Lena Ruud declined to comment."
    rep = analyze_text(text, nlp)
    assert [text[slice(*a.span)] for a in rep.assertions] == ["Asked whether she would stand again"]
