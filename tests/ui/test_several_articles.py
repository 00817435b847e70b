"""Several articles in one reader: ``>`` and ``<`` move between them, the model is loaded once
and each report kept."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from contextreader.io.article import article_from_text, read_article
from contextreader.report import Report, Source
from contextreader.ui.app import ReaderApp

from .conftest import (
    NARROW,
    SIZE,
    analysed,
    load_fixture_report,
    status,
)

FIRST = 'Harbour board meets\n\n"We will decide soon," said board chair Dana Roe.\n'


SECOND = "Ferry fares rise\n\nThe ferry company said fares would rise in May.\n"


def articles(tmp_path: Path) -> list:
    paths = []
    for name, text in (("board.txt", FIRST), ("ferry.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(read_article(path))
    return paths


class TestSeveralArticles:
    async def test_greater_than_goes_to_the_next_article_loading_the_model_once(
        self, nlp, tmp_path, monkeypatch
    ) -> None:
        loads = []

        def load_pipeline(name=None):
            loads.append(name)
            return nlp

        monkeypatch.setattr("contextreader.analysis.pipeline.load_pipeline", load_pipeline)
        first, second = articles(tmp_path)
        app = ReaderApp(first, more=[second])
        async with app.run_test(size=SIZE) as pilot:
            await analysed(app, pilot)
            assert status(app).startswith("Article 1 of 2: ")
            first_report = app.report
            await pilot.press("greater_than_sign")
            await analysed(app, pilot)
            assert status(app).startswith("Article 2 of 2: ")
            assert app.pane.line_text(0) == "Ferry fares rise"
            assert app.report is not None and app.report.source.path.endswith("ferry.txt")
            assert str(app.query_one("#title", Static).render()).startswith("2 of 2  ·  ")
            await pilot.press("less_than_sign")
            assert app.report is first_report  # kept: no second analysis
            assert loads == [None]

    async def test_at_the_last_article_it_says_so(self, nlp, tmp_path) -> None:
        first, second = articles(tmp_path)
        app = ReaderApp(first, nlp=nlp, more=[second])
        async with app.run_test(size=SIZE) as pilot:
            await analysed(app, pilot)
            await pilot.press("less_than_sign")
            assert status(app) == "No article before this one (article 1 of 2; > goes forward)"
            assert app.article_index == 0

    async def test_one_article_says_how_to_open_several(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("greater_than_sign")
            assert status(app).startswith("Only one article is open")


class TestSkippedFiles:
    async def test_the_status_names_the_files_left_out_with_the_first_report(
        self, tmp_path
    ) -> None:
        from dataclasses import replace

        from .conftest import load_fixture_report

        report = load_fixture_report()
        first, second = articles(tmp_path)
        app = ReaderApp(
            first,
            report=replace(report),
            more=[second],
            skipped=["b.txt: no such file", "c.txt: the article is empty"],
        )
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            line = status(app)
            assert line.startswith(
                "Not opened: b.txt (no such file), c.txt (the article is empty) · Article 1 of 2: "
            )
            assert not list(app._notifications)  # said once, not in a toast over the line
            await pilot.press("right_square_bracket")  # then the status goes on as usual
            assert "Not opened" not in status(app)

    async def test_the_files_left_out_are_said_while_the_model_loads(self, tmp_path) -> None:
        first, second = articles(tmp_path)
        app = ReaderApp(first, more=[second], skipped=["b.txt: no such file"])
        app.analyse = lambda: None  # type: ignore[method-assign]
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert status(app).startswith(
                "Not opened: b.txt (no such file) · Article 1 of 2: Loading the language model…"
            )
            assert not list(app._notifications)

    async def test_nothing_skipped_nothing_said(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "Not opened" not in status(app)
            assert not list(app._notifications)


def two_reports_app() -> ReaderApp:
    """The fixture report (five quotes, long enough to scroll at 80x24) and a short second
    article, both analysed already: ``>`` and ``<`` switch at once."""
    first = load_fixture_report()
    second = Report(text=SECOND, source=Source(path="ferry.txt"))
    app = ReaderApp(
        article_from_text(first.text, first.source),
        report=first,
        more=[article_from_text(second.text, second.source)],
    )
    app._reports[1] = second
    return app


class TestEachArticleKeepsItsPlace:
    async def test_back_at_an_article_the_walk_goes_on_from_where_it_was(self) -> None:
        app = two_reports_app()
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("]", "]", "]", "]")  # q2 ... q5 (q1 is a scare quote)
            assert app.pane.active == "q5"
            top = app.pane.scroll_y
            assert top > 0  # scrolled down to it, near the end
            await pilot.press("greater_than_sign")
            assert app.article_index == 1 and app.pane.active is None
            await pilot.press("less_than_sign")
            await pilot.pause()
            assert app.pane.active == "q5" and app.pane.scroll_y == top
            assert app.sidebar.entries.cursor_node is app.sidebar._entry_nodes[("quotes", "q5")]
            await pilot.press("[")
            assert app.pane.active == "q4"
            assert status(app).startswith("Quote 4 of 5 · indirect")  # as the sidebar numbers it

    async def test_an_article_not_read_yet_opens_at_the_top(self) -> None:
        app = two_reports_app()
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("G")  # the end of the first article
            assert app.pane.scroll_y > 0
            await pilot.press("greater_than_sign")
            await pilot.pause()
            assert app.pane.scroll_y == 0 and app.pane.active is None
            await pilot.press("less_than_sign")  # the first kept its place, with nothing on
            await pilot.pause()
            assert app.pane.scroll_y > 0 and app.pane.active is None


def long_and_short_reports_app() -> ReaderApp:
    """Two analysed articles: the fixture report, with a long sidebar, and the same text as
    another file in which only one loaded term was found, whose sidebar is shorter than the
    row of the fixture's fifth quote."""
    first, second = load_fixture_report(), load_fixture_report()
    second.source = Source(path="again.txt")
    second.people, second.quotes, second.assertions = [], [], []
    second.loaded_terms = second.loaded_terms[:1]
    app = ReaderApp(
        article_from_text(first.text, first.source),
        report=first,
        more=[article_from_text(second.text, second.source)],
    )
    app._reports[1] = second
    return app


class TestASwitchPicksNothing:
    async def test_the_sidebar_cursor_of_one_article_picks_nothing_in_the_next(self) -> None:
        """The tree rebuilt for another article kept the cursor's row (the last row, in a
        shorter tree), and the entry there was highlighted as if the reader had picked it."""
        app = long_and_short_reports_app()
        async with app.run_test(size=NARROW) as pilot:
            # the third assertion, deep in the sidebar (past the second article's last row)
            await pilot.press("tab", "shift+right", "shift+right", "shift+right", "n", "n", "n")
            assert app.pane.active == "a3"
            await pilot.press("greater_than_sign")  # an article not read yet
            await pilot.pause()
            assert app.article_index == 1 and app.pane.active is None
            assert status(app).startswith("Article 2 of 2")
            await pilot.press("less_than_sign")  # back: the assertion as it was left
            await pilot.pause()
            assert app.pane.active == "a3"
            assert app.sidebar.entries.cursor_node is app.sidebar._entry_nodes[("assertions", "a3")]
            await pilot.press("greater_than_sign")  # its saved place has nothing highlighted
            await pilot.pause()
            assert app.pane.active is None and app.sidebar._quiet_ref is None
            assert app.sidebar.entries.scroll_y == 0
            assert status(app).startswith("Article 2 of 2")
            await pilot.press("tab")  # the sidebar starts at its top
            assert app.sidebar.entries.cursor_line == 0 and app.pane.active is None

    async def test_a_switch_keeps_the_entry_the_reader_picked_there(self) -> None:
        app = long_and_short_reports_app()
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("greater_than_sign", "tab", "end")  # its one loaded term
            assert app.pane.active == "t1"
            await pilot.press("less_than_sign")
            await pilot.pause()
            assert app.pane.active is None and app.sidebar.entries.cursor_line <= 0
            await pilot.press("greater_than_sign")
            await pilot.pause()
            assert app.pane.active == "t1"
            assert app.sidebar.entries.cursor_node is app.sidebar._entry_nodes[("loaded", "t1")]


async def test_an_analysis_left_running_moves_no_cursor_in_another_article() -> None:
    """Leaving an article while its analysis ran, then coming with the sidebar in focus to
    an article analysed before: the cursor stays where the reader left it and the status
    says which article this is (the pending state of the first put the cursor on Outlet)."""
    app = long_and_short_reports_app()
    async with app.run_test(size=NARROW) as pilot:
        app.sidebar.show_pending("The analysis is running; the article can be read meanwhile.")
        await pilot.press("tab", "greater_than_sign")
        await pilot.pause()
        assert app.article_index == 1
        assert status(app).startswith("Article 2 of 2")
