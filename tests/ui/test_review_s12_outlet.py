"""The outlet panel, session 12: the sentence on cited outlets reads for one outlet or many, and
an outlet recognised from a byline says so."""

from __future__ import annotations

import pytest

from contextreader.report import CitedOutlet
from contextreader.ui.screens import outlet_body, plain_text

from .conftest import load_fixture_report


@pytest.mark.parametrize(
    ("names", "sentence"),
    [
        (["Reuters"], "The text cites Reuters, which is not taken to be its publisher."),
        (
            ["Reuters", "Kyodo News", "AFP"],
            "The text cites AFP, Kyodo News, Reuters; none of them is taken to be its publisher.",
        ),
    ],
)
def test_the_cited_outlets_sentence_reads_for_one_or_many(names, sentence) -> None:
    report = load_fixture_report()
    report.outlet = None
    report.cited_outlets = [CitedOutlet(n.lower(), n, (0, 1)) for n in names]
    text = " ".join(plain_text(outlet_body(report), width=400).split())
    assert sentence in text


def test_an_outlet_recognised_from_a_byline_says_so() -> None:
    report = load_fixture_report()
    assert report.outlet is not None
    report.outlet.matched_by = "byline"
    report.outlet.evidence_span = None
    assert "Recognised from the byline." in plain_text(outlet_body(report), width=400)
