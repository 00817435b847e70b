"""The outlet's label for the kind of piece shows in the masthead and the outlet panel, as
written and never as markup."""

from __future__ import annotations

from textual.widgets import Static

from contextreader.report import Genre, Report, Sentence, Source
from contextreader.ui.screens import outlet_body, plain_text

from .conftest import SIZE, app_for, load_fixture_report


def labelled(label: str):
    report = load_fixture_report()
    report.text = f"{label}: {report.text}"
    shift = len(label) + 2
    for p in report.people:
        p.mentions = [(s + shift, e + shift) for s, e in p.mentions]
    report.genre = Genre(name="opinion", span=(0, len(label)))
    return report


def test_the_outlet_panel_gives_the_label_for_a_known_or_unknown_outlet() -> None:
    report = labelled("OPINION")
    line = "The piece is labelled “OPINION” in its first lines."
    assert line in " ".join(plain_text(outlet_body(report), width=400).split())
    report.outlet = None
    assert line in " ".join(plain_text(outlet_body(report), width=400).split())


def test_an_article_without_a_label_says_nothing_of_one() -> None:
    assert "labelled" not in plain_text(outlet_body(load_fixture_report()), width=400)


async def test_the_masthead_shows_the_label_as_written() -> None:
    app = app_for(labelled("[b]Opinion[/b]"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert str(app.query_one("#title", Static).render()).endswith("·  [b]Opinion[/b]")


async def test_the_masthead_shows_the_headline_the_analysis_found() -> None:
    """A plain text file has no page title: the masthead gives its headline, as the saved
    report is headed, and not the file's name."""
    text = "Ferry Fares Rise Again\n\nThe harbour board raised the fares on Monday."
    report = Report(
        text=text,
        source=Source(path="/tmp/ferry-notes.txt"),
        sentences=[Sentence((0, 22), "unattributed", heading=True)],
    )
    app = app_for(report)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.query_one("#title", Static).render())
        assert shown.startswith("Ferry Fares Rise Again")
        assert "ferry-notes.txt" not in shown
