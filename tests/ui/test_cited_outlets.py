"""A publisher named in its own text is shown as the publisher, not as another outlet cited."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze, analyze_text
from contextreader.ui.screens import cited_role


def test_the_publisher_named_in_its_own_text(nlp, seed_article):
    report = analyze(seed_article, nlp)
    own = [c for c in report.cited_outlets if report.names_itself(c)]
    assert report.outlet is not None and own
    assert {cited_role(report, c) for c in own} == {"the publisher, named in its own text"}


def test_another_outlet_named_in_the_text(nlp):
    report = analyze_text("The minister told Reuters on Monday that talks would resume.", nlp)
    assert [cited_role(report, c) for c in report.cited_outlets] == [
        "named in the text, not its publisher"
    ]
