"""Search: ``/`` finds text, enter and up walk the matches, the box sits above the status line,
the end of the matches says where the others are, and ``]`` and ``n`` go on from a match."""

from __future__ import annotations

from contextreader.io.article import article_from_text
from contextreader.report import (
    Report,
)
from contextreader.ui.app import ReaderApp, SearchInput
from contextreader.ui.article_pane import ArticlePane

from .conftest import (
    SIZE,
    status,
)


class TestSearch:
    async def test_slash_finds_text_and_enter_goes_to_the_next_match(self, make_app, report):
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash")
            await pilot.press(*"waterfront")
            assert len(app.pane.search_matches) == 2
            await pilot.press("enter")
            assert app.pane.active == "match:0"
            await pilot.press("enter")
            assert app.pane.active == "match:1"
            line = app.pane.line_of(app.pane.search_matches[1][0])
            assert line in app.pane.visible_lines
            await pilot.press("escape")
            assert isinstance(app.focused, ArticlePane)
            await pilot.press("N")  # n/N now walk the matches
            assert app.pane.active == "match:0"
            await pilot.press("escape")
            assert app.pane.search_matches == []

    async def test_a_report_loaded_during_a_search_keeps_the_header_out(self) -> None:
        text = "2024 header\nIn 2024 the plan began.\n"
        report = Report(text=text, body_start=12)
        app = ReaderApp(article_from_text(text), report=report)
        async with app.run_test(size=SIZE):
            assert app.pane.set_search("2024") == 1
            app.pane.load(report)  # the analysis finishing while a search is open
            assert app.pane.search_matches == [(15, 19)]

    async def test_the_search_box_sits_above_the_status_line(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash")
            box = app.query_one(SearchInput).region
            line = app.query_one("#status").region
            assert box.bottom == line.y  # no blank row, the status line in its usual place
            assert line.y == SIZE[1] - 2


class TestEndOfTheMatches:
    async def test_a_search_below_the_only_match_says_it_lies_above(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("G", "slash", *"disgrace", "enter")
            assert app.pane.active is None
            assert status(app) == "No more matches below; 1 above (↑ goes back)"
            await pilot.press("up")
            assert app.pane.active == "match:0"
            assert isinstance(app.focused, SearchInput)

    async def test_outside_the_search_box_the_hint_is_the_readers_key(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("slash", *"disgrace", "escape", "G", "n")
            assert status(app) == "No more matches below; 1 above (N goes back)"


class TestWalksGoOnFromTheSearchMatch:
    async def test_right_bracket_after_a_search_goes_to_the_next_quote_after_the_match(
        self, make_app, report
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"Local businesses", "enter", "escape")
            assert app.pane.active == "match:0"
            await pilot.press("right_square_bracket")
            assert app.pane.active == "q5"  # the quote after the match, not the first on screen

    async def test_n_after_the_search_is_cleared_goes_on_from_the_match(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"Local businesses", "enter", "escape", "escape")
            assert status(app) == "Search cleared"
            await pilot.press("n")  # the sidebar's section: quotes
            assert app.pane.active == "q5"
            await pilot.press("N")
            assert app.pane.active == "q4"
