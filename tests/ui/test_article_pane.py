"""The article pane: marks readable without colour (bold, italic, underline, reverse, overline)
and the article wrapped at the pane's width from the first frame."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.geometry import Region
from textual.strip import Strip

from contextreader.io.article import article_from_text
from contextreader.report import (
    Assertion,
    LoadedTerm,
    Person,
    Quote,
    Report,
)
from contextreader.ui.app import ReaderApp
from contextreader.ui.article_pane import GUTTER, ArticlePane

from .conftest import (
    SIZE,
    app_for,
    load_fixture_report,
    pending_app,
    span_of,
)


class TestMarks:
    async def test_marks_are_visible_without_colour(self, make_app, report) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            pane = app.pane
            assert pane.style_at(span_of(report, "so-called")).reverse  # loaded term
            assert pane.style_at(span_of(report, "This plan")).underline  # quote
            assert pane.style_at(span_of(report, "Elena")).bold  # person
            assert pane.style_at(span_of(report, "Some residents")).italic  # vague assertion

    async def test_a_loaded_word_in_a_name_is_not_bold_so_not_taken_for_the_active_one(
        self,
    ) -> None:
        """Bold (a name) under reverse (a loaded term) would look like the annotation you are
        on; the loaded word inside a name keeps the reverse without the bold, the rest of the
        name its bold."""
        text = "The regime said on Sunday that the vote was over.\n"
        report = Report(
            text=text,
            people=[Person("p1", "The regime", None, [(0, 10)])],
            loaded_terms=[
                LoadedTerm("t1", (4, 10), "regime", "contentious label", "A note.", None, "outlet")
            ],
        )
        app = ReaderApp(article_from_text(text), report=report)
        async with app.run_test(size=SIZE):
            regime, the = app.pane.style_at(5), app.pane.style_at(0)
            assert regime.reverse and not regime.bold
            assert the.bold and not the.reverse

    async def test_light_theme_keeps_the_marks(self, make_app, report) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("t")
            assert app.theme == "textual-light"
            style = app.pane.style_at(span_of(report, "so-called"))
            assert style.reverse
            await pilot.press("]")
            assert app.pane.style_at(span_of(report, "This plan")).reverse  # active

    async def test_vague_unattributed_and_scare_quotes_differ_without_colour(self) -> None:
        text = 'Critics say the plan failed. It cost too much. Its "experts" agreed.\n'
        report = Report(
            text=text,
            quotes=[Quote("q1", "scare", (text.index("experts"), text.index('" agreed')))],
            assertions=[
                Assertion("a1", (0, 28), "vague", (8, 11), "vague: critics"),
                Assertion("a2", (29, 46), "unattributed", None, "no source"),
            ],
        )
        app = ReaderApp(article_from_text(text), report=report)
        async with app.run_test(size=SIZE):
            pane = app.pane
            vague, unattributed = pane.style_at(0), pane.style_at(30)
            scare = pane.style_at(text.index("experts"))
            assert vague.italic and not vague.overline
            assert unattributed.italic and unattributed.overline
            assert scare.underline2 and not scare.underline
            # both assertion glyphs on the line; no speech glyph for a scare quote
            assert pane.strip_for_line(0).text.startswith(" ?○ Critics")


HEADLINE = "Harbour board defends new ferry timetable as crews warn of delays"


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
