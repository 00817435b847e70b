"""Colours every theme can read: the marks against their background (WCAG 4.5:1), the tree's
guide lines (3:1), and ANSI themes left to the terminal's own colours."""

from __future__ import annotations

import pytest
from textual.color import Color

from contextreader.ui.contrast import (
    GUIDE_MINIMUM,
    MINIMUM,
    contrast,
    guide_colour,
    mark_colours,
    readable,
)
from contextreader.ui.sidebar import AnnotationTree

from .conftest import (
    SIZE,
    status,
)


class TestMarksAreReadableInEveryTheme:
    MARKS = (
        "article--gutter",
        "article--quote",
        "article--scare",
        "article--vague",
        "article--unattributed",
        "article--loaded",
        "article--search",
        "article--active",
    )

    async def test_every_mark_stands_out_from_its_background(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            themes = sorted(app.available_themes)
            assert {"textual-dark", "textual-light", "ansi-dark"} <= set(themes)
            for theme in themes:
                app.theme = theme
                await pilot.pause()
                for mark in self.MARKS:
                    style = app.pane.get_component_rich_style(mark)
                    fg, bg = style.color, style.bgcolor
                    assert fg is not None and bg is not None, (theme, mark)
                    if fg.is_default or bg.is_default:  # an ANSI theme: the terminal's colours
                        assert fg.is_default, (theme, mark, fg)
                        continue
                    a = Color.from_rich_color(fg)
                    b = Color.from_rich_color(bg)
                    assert contrast(a, b) >= MINIMUM, (theme, mark, a.hex, b.hex)

    async def test_ansi_tree_guides_are_not_drawn_in_the_background_colour(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            app.theme = "ansi-dark"
            await pilot.pause()
            tree = app.query_one(AnnotationTree)
            assert tree.get_component_rich_style("tree--guides").color.is_default

    def test_readable_moves_a_colour_only_as_far_as_needed(self) -> None:
        grey = Color.parse("#d8d8d8")
        orange = Color.parse("#ffa62b")
        assert contrast(orange, grey) < 2
        fixed = readable(orange, [grey])
        assert 4.5 <= contrast(fixed, grey) < 6
        assert readable(Color.parse("#000000"), [grey]) == Color.parse("#000000")

    def test_ansi_themes_use_the_terminals_text_colour(self) -> None:
        colours = mark_colours(
            {"surface": "ansi_default", "foreground": "ansi_default", "warning": "ansi_yellow"}
        )
        assert set(colours.values()) == {"ansi_default"}


class TestThemeKey:
    """t goes to the other side of light and dark from whatever theme is on, one picked in the
    command palette too."""

    @pytest.mark.parametrize("dark", ["dracula", "nord", "textual-dark"])
    async def test_from_any_dark_theme_t_goes_light(self, make_app, dark) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            app.theme = dark
            await pilot.press("t")
            assert app.theme == "textual-light"
            assert status(app) == "Light theme (t switches to the dark one)"

    @pytest.mark.parametrize("light", ["solarized-light", "textual-light"])
    async def test_from_a_light_theme_t_goes_dark(self, make_app, light) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            app.theme = light
            await pilot.press("t")
            assert app.theme == "textual-dark"
            assert status(app) == "Dark theme (t switches to the light one)"

    async def test_a_theme_picked_elsewhere_is_said_in_the_status_line(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            app.theme = "nord"  # as the command palette sets it
            await pilot.pause()
            assert status(app) == "Theme nord (t switches to the light one)"


class TestTreeGuides:
    @pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "gruvbox"])
    async def test_the_guides_stand_3_to_1_on_the_sidebar(self, make_app, theme) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            app.theme = theme
            await pilot.pause()
            tree = app.query_one(AnnotationTree)
            guides = tree.get_component_rich_style("tree--guides").color
            assert guides is not None and guides.triplet is not None
            colour = Color(*guides.triplet)
            panel = Color.parse(app.get_css_variables()["panel"])
            assert contrast(colour, panel) >= GUIDE_MINIMUM
            await pilot.press("tab")  # focused: a tint over the sidebar
            focused = tree.get_component_rich_style("tree--guides").color
            assert focused is not None and focused.triplet == guides.triplet

    def test_a_faint_theme_guide_is_moved_until_it_can_be_seen(self) -> None:
        variables = {"panel": "#D0D0D0", "foreground": "#1F1F1F", "background": "#E0E0E0"}
        colour = Color.parse(guide_colour(variables))
        assert contrast(colour, Color.parse("#D0D0D0")) >= GUIDE_MINIMUM
        assert contrast(colour, Color.parse("#D0D0D0")) < 4.5  # a guide, not text

    def test_ansi_themes_use_the_terminals_colour(self) -> None:
        variables = {"panel": "ansi_default", "foreground": "ansi_default"}
        assert guide_colour(variables) == "ansi_default"


class TestWithoutColour:
    """NO_COLOR drops every background: the sidebar's cursor must still differ from a name."""

    @pytest.mark.parametrize("focused", [True, False])
    async def test_the_tree_cursor_is_reverse_video(self, make_app, monkeypatch, focused) -> None:
        monkeypatch.setenv("NO_COLOR", "1")
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            assert app.no_color
            if focused:
                await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            assert (app.focused is tree) is focused
            assert tree.get_component_rich_style("tree--cursor").reverse

    async def test_with_colour_the_cursor_keeps_its_background_not_reverse(
        self, make_app, monkeypatch
    ) -> None:
        monkeypatch.delenv("NO_COLOR", raising=False)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            style = app.query_one(AnnotationTree).get_component_rich_style("tree--cursor")
            assert not style.reverse
            assert style.bgcolor is not None
