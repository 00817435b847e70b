"""Search: ``/`` finds text, enter and up walk the matches, the box sits above the status line,
the end of the matches says where the others are, and ``]`` and ``n`` go on from a match."""

from __future__ import annotations

import unicodedata

from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.report import (
    Report,
)
from contextreader.ui.app import ReaderApp, SearchInput
from contextreader.ui.article_pane import ArticlePane

from .conftest import (
    SIZE,
    burst,
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

    async def test_a_typed_accent_finds_an_article_saved_decomposed(self) -> None:
        text = unicodedata.normalize("NFD", "The café in Zürich shut. The cafe stayed.\n")
        app = ReaderApp(article_from_text(text), report=Report(text=text))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"café")
            assert [text[s:e] for s, e in app.pane.search_matches] == ["cafe\u0301"]
            assert status(app).startswith("1 match")
            await pilot.press(*["backspace"] * 4, *"cafe")
            assert [text[s:e] for s, e in app.pane.search_matches] == ["cafe"]

    async def test_the_search_box_sits_above_the_status_line(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash")
            box = app.query_one(SearchInput).region
            line = app.query_one("#status").region
            assert box.bottom == line.y  # no blank row, the status line in its usual place
            assert line.y == SIZE[1] - 2


class TestEndOfTheMatches:
    async def test_a_search_below_the_only_match_wraps_to_it(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("G", "slash", *"disgrace", "enter")
            assert app.pane.active == "match:0"
            assert status(app) == "Match 1 of 1 for “disgrace” (wrapped to the first match)"
            assert isinstance(app.focused, SearchInput)

    async def test_n_outside_the_search_box_wraps_too(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("slash", *"disgrace", "escape", "G", "n")
            assert app.pane.active == "match:0"
            assert status(app).endswith("(wrapped to the first match)")

    async def test_enter_goes_on_from_the_reading_position_and_wraps_at_the_end(
        self, make_app, report
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("right_square_bracket")  # q1 is scare quotes: passed by
            assert app.pane.active == "q2"  # in the second paragraph
            await pilot.press("slash", *"council", "enter")
            matches = app.pane.search_matches
            assert len(matches) > 3
            first_after = next(i for i, (s, _) in enumerate(matches) if s >= 178)
            assert first_after > 0  # one match lies before the quote
            assert app.pane.active == f"match:{first_after}"
            assert "wrapped" not in status(app)
            for _ in range(len(matches) - first_after - 1):
                await pilot.press("enter")
            assert app.pane.active == f"match:{len(matches) - 1}"
            await pilot.press("enter")
            assert app.pane.active == "match:0"
            assert "(wrapped to the first match)" in status(app)
            await pilot.press("up")
            assert app.pane.active == f"match:{len(matches) - 1}"
            assert "(wrapped to the last match)" in status(app)


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


class TestAKeptSearchIsWhatNWalks:
    async def test_a_headings_hint_says_n_walks_the_matches_while_a_search_is_kept(
        self, make_app
    ) -> None:
        """With a search closed but kept, n / N go through its matches, whatever the sidebar's
        section: the heading's box and the status line say so, and say it no more once esc
        clears the search."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"Local businesses", "enter", "escape")
            await pilot.press("tab")  # the cursor on the first heading, Outlet
            await pilot.pause()
            details = str(app.sidebar.query_one("#details", Static).render())
            assert "n / N: the search's matches (esc clears it)." in details
            assert "n/N: the search's matches (esc clears it)" in status(app)
            await pilot.press("shift+tab", "escape", "tab")
            await pilot.pause()
            details = str(app.sidebar.query_one("#details", Static).render())
            assert "n / N: next / previous of this kind." in details


class TestKeysTypedStraightAfterSlash:
    async def test_a_burst_after_slash_goes_into_the_box_not_to_the_reader(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await burst(app, "/quay")
            await pilot.pause()
            assert app.is_running  # q did not quit
            box = app.query_one(SearchInput)
            assert box.value == "quay"
            assert app.focused is box

    async def test_reader_keys_in_a_burst_are_typed_too(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await burst(app, "/levy e1v")
            await pilot.pause()
            assert app.query_one(SearchInput).value == "levy e1v"
            assert app.pane.outlet_voice_only is False  # v did not toggle
            assert "people" in app.pane.visible_kinds  # 1 did not hide the people marks

    async def test_pressed_one_by_one_they_go_into_the_box_too(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("/", "q", "u", "a", "y")
            assert app.is_running
            assert app.query_one(SearchInput).value == "quay"

    async def test_without_the_box_q_still_quits(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await burst(app, "q")
            await pilot.pause()
            assert not app.is_running


class TestNoStaleHints:
    async def test_closing_the_box_replaces_its_hint_with_the_readers_keys(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("G", "slash", *"council", "enter", "enter", "up")
            await pilot.press("escape")
            line = status(app)
            assert "↑" not in line
            assert line.startswith("Search closed: n/N go through the")
            assert "“council”, esc clears them" in line

    async def test_closing_a_box_with_nothing_found_says_so(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"zzz", "escape")
            assert status(app) == "Search closed: no match for “zzz”"
            # escape keeps the term in the box: opened again, it still finds nothing
            await pilot.press("slash", "escape")
            assert status(app) == "Search closed: no match for “zzz”"

    async def test_t_says_which_theme_is_on(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"council", "escape", "t")
            assert status(app) == "Light theme (t switches to the dark one)"
            await pilot.press("t")
            assert status(app) == "Dark theme (t switches to the light one)"
