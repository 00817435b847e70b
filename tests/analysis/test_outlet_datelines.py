"""cr_outlet and the first lines of a page: datelines and their credits, photo credits before a
dateline, and words that only look like one.

Each text is invented."""

from __future__ import annotations

from spacy.language import Language

from contextreader.analysis.outlet import find_dateline, unknown_dateline
from contextreader.analysis.pipeline import analyze_text
from contextreader.outlets.kb import load_kb
from contextreader.report import Dateline, Report, report_from_dict


def _sentences(report: Report) -> list[tuple[str, str]]:
    return [(report.excerpt(s.span, 200), s.voice) for s in report.sentences]


def _claims(report: Report) -> list[str]:
    return [report.text[a.span[0] : a.span[1]] for a in report.assertions]


def _people(report: Report) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in report.people]


def test_a_photo_credit_is_no_dateline_and_the_dateline_after_it_is_found():
    text = (
        "The Capitol in Washington, D.C. (AP Photo/Ira Doe, File)\n\n"
        "WASHINGTON (AP) — A Senate committee voted 14-8 on Tuesday to advance the bill.\n"
    )
    found = find_dateline(text, 0, load_kb())
    assert found is not None and found.extent is not None
    assert text[found.extent[0] : found.extent[1]] == "WASHINGTON (AP) —"
    only_caption = "The harbour at dawn (REUTERS/Jan Roe)\n\nThe council met on Monday.\n"
    assert find_dateline(only_caption, 0, load_kb()) is None


def test_a_credit_with_more_words_after_the_outlet_is_still_a_dateline():
    text = "NEW YORK (Reuters Health) - Fewer adults smoke than a decade ago, a survey found.\n"
    found = find_dateline(text, 0, load_kb())
    assert found is not None and found.outlet.name == "Reuters"


def test_a_capital_word_before_an_aside_between_dashes_is_no_dateline() -> None:
    text = "The agency will fund a probe.\nIt was approved.\nNASA — the agency — will fund it.\n"
    assert unknown_dateline(text, 0) is None


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


def test_a_dateline_with_no_credit_is_no_part_of_the_first_claim(nlp: Language) -> None:
    text = "GULLPORT, Maine — The pier will reopen in June.\n\nThe ferry will run daily."
    report = analyze_text(text, nlp)
    assert report.dateline == Dateline((0, 18))
    assert _claims(report) == ["The pier will reopen in June.", "The ferry will run daily."]


def test_a_place_and_a_full_date_before_a_dash_is_a_dateline_however_long():
    text = "Levy passed\n\nPORT ELLIN, March 3, 2026 — The council voted on Tuesday."
    found = unknown_dateline(text, 0)
    assert found is not None
    assert text[found.span[0] : found.span[1]].strip() == "PORT ELLIN, March 3, 2026 —"
    # a head in capitals with no date is still no dateline
    assert unknown_dateline("Storm\n\nSTORM HITS COAST, TOWNS FLOOD — The sea rose.", 0) is None
