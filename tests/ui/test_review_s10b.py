"""Three more findings of the session-10 usability review: the article is laid out at the
pane's width from the first frame (not a ten-column strip while the model loads); a sidebar
heading leaves no entry highlighted in the article; ``v`` with nothing to hide says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.ui.app import ReaderApp
from contextreader.ui.article_pane import GLYPH_ACTIVE, GUTTER, ArticlePane

from .conftest import SIZE, app_for, load_fixture_report

HEADLINE = "Harbour board defends new ferry timetable as crews warn of delays"
ARTICLE = (
    f"{HEADLINE}\n\n"
    "The Corrin harbour board said on Monday that the winter timetable would stand, though "
    "two crews have written to its chair, Mira Tollan, to ask for more time between sailings.\n"
)


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


def pending_app() -> ReaderApp:
    """A reader with no report yet, whose analysis never starts: the model-loading state."""
    app = ReaderApp(article_from_text(ARTICLE))
    app.analyse = lambda: None  # type: ignore[method-assign]
    return app


def marked_lines(pane: ArticlePane) -> list[int]:
    """The lines whose gutter shows the "you are here" mark."""
    return [
        y for y in range(pane.line_count) if GLYPH_ACTIVE in pane.strip_for_line(y).text[:GUTTER]
    ]


async def sidebar_line(pilot: Pilot[int], n: int) -> None:
    """Tab to the sidebar, go to its first line, then n lines down."""
    await pilot.press("tab", "home", *["down"] * n)


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Region, list[str]]]:
    """Every part of the article pane the app draws, in order: the region and its lines."""
    drawn: list[tuple[Region, list[str]]] = []
    draw = ArticlePane.render_lines

    def recording(pane: ArticlePane, crop: Region) -> list[Strip]:
        strips = draw(pane, crop)
        if crop.height:
            drawn.append((crop, [strip.text for strip in strips]))
        return strips

    monkeypatch.setattr(ArticlePane, "render_lines", recording)
    return drawn


class TestFirstFrameAtFullWidth:
    """The pane wraps at its own width before it is first drawn (the Resize event comes only
    after the first frame): the first frame, while the model loads or with a report already
    there, is the frame the reader settles on."""

    @pytest.mark.parametrize("make", [pending_app, lambda: app_for(load_fixture_report())])
    async def test_the_first_frame_is_the_settled_frame(
        self, make: Callable[[], ReaderApp], frames: list[tuple[Region, list[str]]]
    ) -> None:
        app = make()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            pane = app.pane
            settled = [pane.strip_for_line(y).text for y in range(pane.size.height)]
        crop, first = frames[0]
        assert first == [line[crop.x : crop.right] for line in settled[crop.y : crop.bottom]]

    async def test_the_headline_is_one_line_on_the_first_frame(
        self, frames: list[tuple[Region, list[str]]]
    ) -> None:
        async with pending_app().run_test(size=SIZE):
            pass
        crop, first = frames[0]
        assert crop.y == 0
        assert first[0][GUTTER:].rstrip() == HEADLINE
        assert first[2][GUTTER:].startswith("The Corrin harbour board said on Monday that the")


class TestHeadingClearsTheHighlight:
    """Fixture sidebar lines: 5 "Quotes (5)", 6 q1, 7 q2 ... 14 a3, 15 "Loaded terms"."""

    async def test_up_from_a_quote_onto_its_heading(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 7)
            assert app.pane.active == "q2"
            assert marked_lines(app.pane)
            await pilot.press("up", "up")
            assert app.pane.active is None
            assert marked_lines(app.pane) == []
            assert status(app) == "Quotes (5) · n/N: next / previous of this kind"

    async def test_onto_an_empty_section_and_its_none_found_line(self) -> None:
        app = app_for(replace(load_fixture_report(), loaded_terms=[]))
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 14)
            assert app.pane.active == "a3"
            await pilot.press("down")
            assert app.pane.active is None
            assert marked_lines(app.pane) == []
            assert status(app) == "Loaded terms (0) · n/N: next / previous of this kind"
            await pilot.press("down")  # "none found"
            assert app.pane.active is None
            await pilot.press("up", "up")
            assert app.pane.active == "a3"

    async def test_a_jump_from_the_article_keeps_its_highlight(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 11)  # the Assertions heading
            await pilot.press("tab", "g", "right_square_bracket", "right_square_bracket")
            await pilot.pause()
            assert app.pane.active == "q3"
            assert app.sidebar.entries.cursor_node is app.sidebar._entry_nodes[("quotes", "q3")]
            assert marked_lines(app.pane)


class TestVoiceToggleWithNothingToHide:
    async def test_no_terms_in_others_words_says_none(self) -> None:
        report = load_fixture_report()
        own = [replace(t, voice="outlet") for t in report.loaded_terms]
        app = app_for(replace(report, loaded_terms=own))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v")
            assert status(app) == (
                "Loaded terms: only the outlet's own words; none are in quoted or reported speech"
            )

    async def test_no_loaded_terms_at_all_says_none(self) -> None:
        app = app_for(replace(load_fixture_report(), loaded_terms=[]))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v")
            assert status(app) == (
                "Loaded terms: only the outlet's own words; none are in quoted or reported speech"
            )

    async def test_before_the_report_it_applies_once_terms_are_found(self) -> None:
        app = pending_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v")
            assert status(app) == (
                "Loaded terms: only the outlet's own words, once the analysis has found them "
                "(v shows all voices)"
            )
