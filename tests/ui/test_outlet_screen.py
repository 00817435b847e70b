"""The outlet notes panel (``o``) and the Outlet section: the publisher's notes, a cited outlet's,
an unknown outlet with what was looked at, notes said once and wrapped under their text, a panel
opened before the report filling in, the cited-outlets sentence and a byline recognition."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.report import (
    Byline,
    CitedOutlet,
    Dateline,
    Report,
    Source,
)
from contextreader.ui.app import ReaderApp
from contextreader.ui.screens import (
    OutletScreen,
    looked_at,
    outlet_body,
    plain_text,
)
from contextreader.ui.sidebar import AnnotationTree

from .conftest import (
    SIZE,
    load_fixture_report,
    span_of,
)


class TestPanel:
    async def test_o_opens_the_outlet_notes(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            body = app.screen.plain_text()
            for expected in (
                "Coastal Wire",
                "Founded: Founded in 1921 as a shipping news service.",
                "Classifications",
                "Example Media Rater",
                "as of 2023",
                "https://example.org/awards",
            ):
                assert expected in body
            await pilot.press("escape")
            assert not isinstance(app.screen, OutletScreen)

    async def test_an_unknown_outlet_says_so_and_what_was_looked_at(self, make_app, report) -> None:
        report.outlet = None
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            body = app.screen.plain_text()
            assert "outlet is not known" in body
            assert "dateline" in body and "web address" in body

    async def test_n_walks_the_publisher_and_the_cited_outlets(self, make_app, report) -> None:
        start = span_of(report, "council", 1)
        report.cited_outlets = [CitedOutlet("reuters", "Reuters", (start, start + 7))]
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "down", "up")  # the cursor onto the Outlet section
            assert app.sidebar.section == "outlet"
            await pilot.press("n")
            assert app.pane.active == "outlet"
            await pilot.press("n")
            assert app.pane.active == "cited:0"
            assert app.pane.line_of(start) in app.pane.visible_lines


class TestOutletRequests:
    async def test_choosing_a_cited_outlet_opens_its_notes(self, make_app, report) -> None:
        start = span_of(report, "council", 1)
        report.cited_outlets = [CitedOutlet("reuters", "Reuters", (start, start + 7))]
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab")
            tree.move_cursor(tree.root.children[0].children[1])  # "cited: Reuters"
            await pilot.press("enter")
            assert isinstance(app.screen, OutletScreen)
            assert app.screen.query_one("#outlet-panel").border_title == "Cited outlet"


class TestOutletNotesRead:
    async def test_a_wrapped_note_hangs_under_its_text_not_its_bullet(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            lines = app.screen.plain_text(width=40).splitlines()
            start = lines.index("Classifications") + 1
            notes = lines[start : lines.index("", start)]
            assert notes[0].startswith("• ")
            # every line of a note after its first starts under the text, two cells in
            body = [ln for ln in notes if not ln.startswith("• ")]
            assert len(body) >= 3
            assert all(ln.startswith("  ") and ln[2] != " " for ln in body)


class TestOutletNotesSayEachThingOnce:
    async def test_facts_with_a_sourced_note_are_not_repeated_in_the_header(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            text = app.screen.plain_text()
            assert text.count("Ownership:") == 1 and text.count("Founded:") == 1
            assert "Ownership: Owned by a cooperative of its member newspapers." in text
            assert "Kind: news agency" in text


def _bylined(line: str, credit: str | None) -> Report:
    """A report whose body opens with the byline ``line``, as the analysis gives it."""
    text = f"Ferry late\n\n{line}\n\nThe ferry ran late.\n"
    start = text.index(line)
    return Report(text=text, byline=Byline(span=(start, start + len(line)), credit=credit))


class TestWhatWasLookedAt:
    """For an unknown outlet the panel lists what was looked at, each thing once."""

    @pytest.mark.parametrize(
        ("report", "place", "said"),
        [
            pytest.param(
                Report(text="The ferry ran late on Monday.\n"),
                "Page metadata",
                "none in the article",
                id="no_page_metadata",
            ),
            pytest.param(
                Report(text="The ferry ran late.\n", source=Source(title="Ferry late")),
                "Page metadata",
                "title “Ferry late” (no outlet name found)",
                id="metadata_without_an_outlet",
            ),
            pytest.param(
                Report(
                    text="KESTRELMOOR — The ferry ran late on Monday.\n",
                    dateline=Dateline((0, 13), None),
                ),
                "Dateline",
                "the dateline “KESTRELMOOR —” was found; it credits no outlet",
                id="place_only_dateline",
            ),
            pytest.param(
                _bylined("By Ilse Varn, Harbour Editor", None),
                "Byline",
                "the byline “By Ilse Varn, Harbour Editor” names no known outlet",
                id="byline_with_a_role",
            ),
            pytest.param(
                _bylined("By Ilse Varn, Tarrow Press Agency", "Tarrow Press Agency"),
                "Byline",
                "the byline “By Ilse Varn, Tarrow Press Agency” names “Tarrow Press Agency”, which"
                " names no single outlet contextreader has notes on",
                id="byline_with_an_unknown_outlet",
            ),
            pytest.param(
                Report(text="Ferry late\n\nThe ferry ran late on Monday.\n"),
                "Byline",
                "no “By Writer, Outlet” line among the first lines",
                id="no_byline",
            ),
        ],
    )
    def test_what_was_looked_at(self, report: Report, place: str, said: str) -> None:
        assert dict(looked_at(report))[place] == said

    def test_every_signal_the_markdown_names_is_looked_at(self) -> None:
        # the Markdown says "no URL, metadata, dateline, byline or closing credit named a known
        # outlet": the panel lists the same five signals, in that order
        rows = [label for label, _ in looked_at(Report(text="The ferry ran late.\n"))]
        assert rows == ["The web address", "Page metadata", "Dateline", "Byline", "Closing credit"]


class WaitingReader(ReaderApp):
    """A reader whose analysis the test finishes by hand, so the panel can be open before."""

    def analyse(self) -> None:  # type: ignore[override]
        return None


def waiting_reader(report: Report) -> WaitingReader:
    return WaitingReader(article_from_text(report.text, report.source))


def panel_text(app: ReaderApp) -> str:
    screen = app.screen
    assert isinstance(screen, OutletScreen)
    return plain_text(screen.query_one("#outlet-body", Static).content)


class TestOutletPanelFillsIn:
    async def test_an_open_panel_shows_the_report_when_it_comes(self) -> None:
        report = load_fixture_report()
        app = waiting_reader(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert "The analysis has not finished yet" in panel_text(app)
            app.post_message(ReaderApp.ArticleAnalyzed(report))
            await pilot.pause()
            text = panel_text(app)
            assert text.startswith("Coastal Wire\n")
            assert "Ownership: Owned by a cooperative of its member newspapers." in text
            assert "not finished" not in text

    async def test_an_open_panel_says_when_the_analysis_failed(self) -> None:
        app = waiting_reader(load_fixture_report())
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            app.post_message(ReaderApp.AnalysisFailed("the model is missing"))
            await pilot.pause()
            assert panel_text(app) == (
                "The analysis did not run (the model is missing), so the outlet is not known.\n"
            )

    async def test_the_panel_closed_and_opened_again_shows_the_report(self) -> None:
        report = load_fixture_report()
        app = waiting_reader(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o", "escape")
            app.post_message(ReaderApp.ArticleAnalyzed(report))
            await pilot.pause()
            await pilot.press("o")
            assert panel_text(app).startswith("Coastal Wire\n")


class TestUnknownDatelineCredit:
    """A dateline credits an outlet we have no notes on: the panel names it and invents nothing."""

    def test_what_was_looked_at_names_the_credit(self, nlp) -> None:
        from contextreader.analysis.pipeline import analyze_text
        from contextreader.ui.screens import looked_at

        text = (
            "Ferry terminal approved\n\n"
            "BRELLHAVEN (Tidewater Wire) - The town council approved the terminal on Monday.\n"
        )
        report = analyze_text(text, nlp)
        assert report.outlet is None
        assert dict(looked_at(report))["Dateline"] == (
            "the dateline “BRELLHAVEN (Tidewater Wire) -” credits “Tidewater Wire”, "
            "which names no single outlet contextreader has notes on"
        )


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
