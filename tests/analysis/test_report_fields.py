"""The report model as the analysis writes it: a report reads back from JSON with null parts
and without the newer fields."""

from __future__ import annotations

from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text
from contextreader.report import report_from_dict


def test_a_report_reads_back_with_null_parts_and_without_the_new_fields(nlp: Language) -> None:
    report = analyze_text('"We won," Jan Roe said.\n', nlp)
    data = report.to_dict()
    data["quotes"][0]["parts"] = None
    del data["dateline"], data["byline"]
    back = report_from_dict(data)
    assert back.quotes[0].parts == [] and back.dateline is None and back.byline is None


def test_a_byline_and_a_dateline_read_back(nlp: Language) -> None:
    text = (
        "Ferry fares rise\n\nBy Ilse Varn, Tarrow Press Agency\n\n"
        "PORTHAVEN (Harbour Wire) - Fares will rise in May, the board said.\n"
    )
    report = analyze_text(text, nlp)
    back = report_from_dict(report.to_dict())
    assert back.byline == report.byline and back.byline is not None
    assert back.dateline == report.dateline
