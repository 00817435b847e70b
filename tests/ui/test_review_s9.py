"""What the session-9 usability review found, one class per finding: the sidebar's section keys
work from a section heading as from an entry and stop at the ends with a word in the status line;
an outlet panel opened before the report fills in when the report comes."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.report import Report
from contextreader.ui.app import ReaderApp
from contextreader.ui.screens import OutletScreen, plain_text
from contextreader.ui.sidebar import AnnotationTree

from .conftest import SIZE, load_fixture_report


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


def where(app: ReaderApp) -> tuple[str, str | None]:
    """The sidebar cursor as (section, entry id): id None on a section heading."""
    node = app.query_one(AnnotationTree).cursor_node
    assert node is not None and node.data is not None
    return node.data.section, node.data.ref


async def on_heading(pilot: Pilot[int], n: int) -> None:
    """As the reviewer did: tab to the sidebar, home, then shift+down to the n-th heading."""
    await pilot.press("tab", "home", *["shift+down"] * n)


class TestSectionKeysFromAHeading:
    async def test_shift_right_walks_the_headings_and_stops_at_the_last(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 1)
            assert where(app) == ("people", None)
            seen = []
            for _ in range(3):
                await pilot.press("shift+right")
                seen.append(where(app))
            assert seen == [("quotes", None), ("assertions", None), ("loaded", None)]
            await pilot.press("shift+right")
            assert where(app) == ("loaded", None)
            assert status(app) == "No section after Loaded terms"

    async def test_shift_right_from_the_outlet_heading(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 0)
            assert where(app) == ("outlet", None)
            await pilot.press("shift+right")
            assert where(app) == ("people", None)

    async def test_shift_left_goes_to_the_previous_heading_and_stops_at_the_first(
        self, make_app
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 3)
            assert where(app) == ("assertions", None)
            await pilot.press("shift+left")
            assert where(app) == ("quotes", None)
            await pilot.press("shift+left", "shift+left")
            assert where(app) == ("outlet", None)
            await pilot.press("shift+left")
            assert where(app) == ("outlet", None)
            assert status(app) == "No section before Outlet"


class TestSectionKeysFromAnEntry:
    async def test_shift_left_goes_up_to_its_own_heading_first(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 2)
            await pilot.press("down", "down")
            assert where(app) == ("quotes", "q2")
            await pilot.press("shift+left")
            assert where(app) == ("quotes", None)
            await pilot.press("shift+left")
            assert where(app) == ("people", None)

    async def test_from_a_quote_under_a_person_the_keys_leave_the_section(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            person = tree.root.children[1].children[0]
            person.expand()
            await pilot.pause()
            tree.move_cursor(person.children[0])
            await pilot.pause()
            assert where(app) == ("quotes", "q2")  # Elena Vasquez's first quote, under People
            await pilot.press("shift+right")
            assert where(app) == ("quotes", None)  # the Quotes heading, not the next person
            tree.move_cursor(person.children[0])
            await pilot.pause()
            await pilot.press("shift+left")
            assert where(app) == ("people", None)

    async def test_from_the_last_sections_entries_shift_right_stays(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "end")
            assert where(app) == ("loaded", "t4")
            await pilot.press("shift+right")
            assert where(app) == ("loaded", "t4")  # not to the top of the tree
            assert status(app) == "No section after Loaded terms"


class TestLevelKeysAtTheEnds:
    async def test_shift_down_past_the_last_entry_stays(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "end")
            await pilot.press("shift+down")
            assert where(app) == ("loaded", "t4")
            assert status(app) == "No entry after this one: Loaded terms is the last section"

    async def test_shift_down_on_the_last_heading_stays(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 4)
            assert where(app) == ("loaded", None)
            await pilot.press("shift+down")
            assert where(app) == ("loaded", None)
            assert status(app) == "No section after Loaded terms"

    async def test_shift_down_from_a_sections_last_entry_goes_on(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 3)
            await pilot.press("down", "down", "down")
            assert where(app) == ("assertions", "a3")
            await pilot.press("shift+down")
            assert where(app) == ("loaded", None)

    async def test_shift_down_from_the_last_persons_last_quote_goes_on(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            last_person = tree.root.children[1].children[-1]
            last_person.expand()
            await pilot.pause()
            tree.move_cursor(last_person.children[-1])
            await pilot.pause()
            assert where(app) == ("quotes", "q5")
            await pilot.press("shift+down")  # no next person: the next section, not the top
            assert where(app) == ("quotes", None)

    async def test_shift_up_on_the_first_heading_stays(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 0)
            await pilot.press("shift+up")
            assert where(app) == ("outlet", None)
            assert status(app) == "No section before Outlet"


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
            "an outlet contextreader has no notes on"
        )
