"""Session 9 review fixes: a dateline with an unknown credit, places named with "of", a kicker
word at a line start, sentence starts inside a line, and bylines."""

from __future__ import annotations

from spacy.language import Language

from contextreader.analysis.outlet import unknown_dateline
from contextreader.analysis.paragraphs import byline_names, is_byline
from contextreader.analysis.pipeline import analyze_text
from contextreader.report import Dateline, Report, report_from_dict


def _sentences(report: Report) -> list[tuple[str, str]]:
    return [(report.excerpt(s.span, 200), s.voice) for s in report.sentences]


def _claims(report: Report) -> list[str]:
    return [report.text[a.span[0] : a.span[1]] for a in report.assertions]


def _people(report: Report) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in report.people]


# -- datelines ---------------------------------------------------------------------------------


def test_an_unknown_dateline_credit_is_no_claim_and_no_person(nlp: Language) -> None:
    text = (
        "GULLPORT (Tidewater Wire) - The harbour board voted on Tuesday to close the pier.\n\n"
        "The pier will reopen in May."
    )
    report = analyze_text(text, nlp)
    assert report.outlet is None
    assert _people(report) == []
    assert _claims(report) == ["The pier will reopen in May."]
    assert _sentences(report)[0][0] == "The harbour board voted on Tuesday to close the pier."


def test_a_dated_unknown_dateline_below_a_headline_keeps_the_headline(nlp: Language) -> None:
    text = (
        "Pier closes for repairs\n\n"
        "GULLPORT, May 3 (Tidewater Wire) — The pier will reopen in June.\n"
    )
    report = analyze_text(text, nlp)
    assert _claims(report) == ["Pier closes for repairs", "The pier will reopen in June."]


def test_dateline_credit_gives_the_extent_and_the_credit(nlp: Language) -> None:
    text = "GULLPORT, May 3 (Tidewater Wire) — The pier will reopen."
    assert unknown_dateline(text, 0) == Dateline((0, 34), "Tidewater Wire")
    report = analyze_text(text, nlp)
    assert report.dateline == Dateline((0, 34), "Tidewater Wire")
    assert report_from_dict(report.to_dict()).dateline == report.dateline


def test_party_labels_transcript_labels_and_mixed_case_places_are_no_dateline() -> None:
    assert unknown_dateline("SEN. ADA VOSS (D-Ohio) - We will vote.", 0) is None
    assert unknown_dateline("VOSS (Ind.): We will vote.", 0) is None
    assert unknown_dateline("Gullport (Tidewater Wire) - The pier will reopen.", 0) is None
    assert unknown_dateline("GULLPORT (2019) - The pier will reopen.", 0) is None


# -- places and kickers --------------------------------------------------------------------------


def test_a_name_after_a_place_noun_and_of_is_a_place_wherever_it_recurs(nlp: Language) -> None:
    text = (
        "The ministry denied that wells in the northern district of Vellam were unsafe. "
        "Residents of Vellam said the water tasted of metal."
    )
    assert _people(analyze_text(text, nlp)) == []


def test_a_possessive_after_a_place_noun_and_of_stays_a_person(nlp: Language) -> None:
    text = (
        "Senator Aldo Brisk met donors on Friday. The state of Brisk's campaign worried his "
        "aides, who said he would speak on Monday."
    )
    assert _people(analyze_text(text, nlp))[0] == ("Aldo Brisk", "Senator")


def test_a_kicker_word_spelled_nowhere_else_is_no_person(nlp: Language) -> None:
    text = (
        "Markup test: the union threatens a strike\n\n"
        "Union leader Tomas Quill said on Monday that workers would walk out.\n"
    )
    assert _people(analyze_text(text, nlp)) == [("Tomas Quill", "Union leader")]


def test_a_one_word_surname_opening_a_sentence_stays_a_person(nlp: Language) -> None:
    text = "Dorrance is a puppet of the timber lobby, and voters should remember that."
    assert _people(analyze_text(text, nlp)) == [("Dorrance", None)]


def test_a_kicker_word_the_text_names_again_stays_a_person(nlp: Language) -> None:
    text = (
        "Dorrance interview: the lobbyist speaks\n\n"
        "Dorrance is a puppet of the timber lobby, and voters should remember that.\n"
    )
    report = analyze_text(text, nlp)
    assert _people(report) == [("Dorrance", None)]
    assert len(report.people[0].mentions) == 2


# -- sentence starts -----------------------------------------------------------------------------


def test_no_sentence_starts_inside_a_line_after_a_word_no_sentence_ends_on(
    nlp: Language,
) -> None:
    text = (
        "Analysis: the union threatens a strike at Brenmoor\n\n"
        "Union leader Tomas Quill said on Monday that workers would walk out.\n"
    )
    doc = nlp(text)
    # a label for the kind of piece is a sentence of its own
    assert [s.text.strip() for s in doc.sents] == [
        "Analysis:",
        "the union threatens a strike at Brenmoor",
        "Union leader Tomas Quill said on Monday that workers would walk out.",
    ]
    assert _people(analyze_text(text, nlp)) == [("Tomas Quill", "Union leader")]


def test_a_sentence_still_starts_after_a_full_stop_inside_a_line(nlp: Language) -> None:
    doc = nlp("The pier closed on Monday. Workers left the site.")
    assert [s.text.strip() for s in doc.sents] == [
        "The pier closed on Monday.",
        "Workers left the site.",
    ]


# -- bylines -------------------------------------------------------------------------------------


def test_byline_shapes() -> None:
    assert is_byline("By Edwina Marchbank")
    assert is_byline("By EDWINA MARCHBANK and TOMAS QUILL")
    assert is_byline("By Edwina Marchbank, staff writer")
    assert not is_byline("By Monday, all votes will be counted.")
    assert not is_byline("By the way")
    text = "Title here\n\nBy Edwina Marchbank, Ines Varga and Tomas Quill\n\nBody."
    assert [text[a:b] for a, b in byline_names(text)] == [
        "Edwina Marchbank",
        "Ines Varga",
        "Tomas Quill",
    ]


def test_a_byline_is_no_claim_and_its_author_asks_the_questions(nlp: Language) -> None:
    text = (
        "The Long Wait at Harrow Pier\n\n"
        "By Edwina Marchbank\n\n"
        "I spoke with a ferry pilot who has worked the crossing for decades.\n\n"
        "MARCHBANK: Mr. Dunmore, what changed?\n\n"
        "DUNMORE: The fares doubled and the boats got older.\n"
    )
    report = analyze_text(text, nlp)
    assert "By Edwina Marchbank" not in [t for t, _ in _sentences(report)]
    assert "By Edwina Marchbank" not in _claims(report)
    author = next(p for p in report.people if p.name == "Edwina Marchbank")
    asked = [q for q in report.quotes if q.speaker_id == author.id]
    assert [report.text[q.span[0] : q.span[1]] for q in asked] == ["Mr. Dunmore, what changed?"]


def test_a_dateline_with_no_credit_is_no_part_of_the_first_claim(nlp: Language) -> None:
    text = "GULLPORT, Maine — The pier will reopen in June.\n\nThe ferry will run daily."
    report = analyze_text(text, nlp)
    assert report.dateline == Dateline((0, 18))
    assert _claims(report) == ["The pier will reopen in June.", "The ferry will run daily."]
