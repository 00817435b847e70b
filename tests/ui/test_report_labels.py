"""Labels every view shares: the publisher named in its own text, a verb with its negation."""

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


def test_a_reported_verb_keeps_its_negation(nlp):
    report = analyze_text("Tomas Reyes did not deny that the dock would close.", nlp)
    assert [report.cue_words(q) for q in report.quotes] == ["did not deny"]


def test_a_reported_verb_keeps_its_particle(nlp):
    report = analyze_text("Tomas Reyes pointed out that the dock would close.", nlp)
    assert [report.cue_words(q) for q in report.quotes] == ["pointed out"]
    # a preposition after the verb is no particle of it
    report = analyze_text("Tomas Reyes said on Friday that the dock would close.", nlp)
    assert [report.cue_words(q) for q in report.quotes] == ["said"]


def test_a_reported_verb_keeps_the_preposition_that_brings_in_its_words(nlp):
    """ "argued: the tax cuts" would say the opposite of "argued against the tax cuts"."""
    report = analyze_text("The senator argued against the ferry levy on Monday.", nlp)
    assert [report.cue_words(q) for q in report.quotes] == ["argued against"]
    report = analyze_text("Tenants called for a rent freeze.", nlp)
    assert [report.cue_words(q) for q in report.quotes] == ["called for"]


def test_according_to_is_no_act_to_show(nlp):
    report = analyze_text("The dock will close, according to the Port Elwin Trust.", nlp)
    assert [report.cue_words(q) for q in report.quotes] == [None]


def test_clipped_ends_in_an_ellipsis_only_when_it_cuts():
    from rich.console import Console
    from rich.text import Text

    from contextreader.ui.layout import clipped

    console = Console(width=40)
    long = Text("word " * 40)
    cut = clipped(long, console, 20, 2)
    assert len(cut.wrap(console, 20)) == 2 and cut.plain.endswith("…")
    short = Text("two words")
    assert clipped(short, console, 20, 2) is short
    assert clipped(long, console, 20, 0) is long
