"""The keys: the help screen lists only keys that work, in the reader's words, with the legend
of the marks; hints follow the bindings and a keymap; the README's key table, the footer, the
command palette, and the paging keys of the help and outlet panels."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer

from contextreader.io.article import article_from_text
from contextreader.report import Source
from contextreader.ui import app as app_module
from contextreader.ui.app import ReaderApp, SearchInput
from contextreader.ui.article_pane import ArticlePane
from contextreader.ui.screens import (
    HelpScreen,
    OutletScreen,
    key_display,
)
from contextreader.ui.sidebar import AnnotationTree

from .conftest import (
    NARROW,
    SIZE,
    burst,
    load_fixture_report,
    until,
)


def help_rows(app: ReaderApp) -> dict[str, list[tuple[str, str]]]:
    """The help screen's tables: title -> (keys, description) rows, in order."""
    from contextreader.ui.screens import key_display

    return {
        title: [(key_display(b), b.tooltip or b.description) for b in bindings]
        for title, bindings in app.binding_groups()
    }


class TestHelpListsWhatWorks:
    async def test_sidebar_keys_in_the_order_declared_and_in_the_readers_words(
        self, make_app
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            sidebar = help_rows(app)["Sidebar"]
            assert sidebar == [
                ("enter", "Go to the entry (on a heading: open or close it)"),
                ("space", "Open or close"),
                ("up k", "Previous entry"),
                ("down j", "Next entry"),
                ("page up", "A page of entries up"),
                ("page down", "A page of entries down"),
                ("home", "First entry"),
                ("end", "Last entry"),
                ("shift+up", "Previous entry at the same level"),
                ("shift+down", "Next entry at the same level"),
                ("shift+left", "Up to the section"),
                ("shift+right", "On to the next section"),
                (
                    "* shift+space",
                    "Open or close every entry at this level (on a heading: all sections)",
                ),
            ]

    async def test_no_generic_scrolling_keys_that_do_nothing(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            rows = help_rows(app)
            descriptions = {d for table in rows.values() for _, d in table}
            # an Input or a Tree scrolls neither sideways nor by these keys in the reader
            for generic in ("Scroll Left", "Scroll Right", "Scroll Up", "Page Left", "Scroll Home"):
                assert generic not in descriptions
            search = rows["Search box"]
            assert search == [
                ("enter", "Go to the next match"),
                ("up", "Go to the previous match"),
                ("esc", "Close the search box"),
            ]

    async def test_a_panels_close_keys_share_one_row(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            rows = help_rows(app)
            # the panels scroll with the article's keys, g, G, space and b included
            scrolling = [
                ("down j", "Scroll down"),
                ("up k", "Scroll up"),
                ("page down space", "Page down"),
                ("page up b", "Page up"),
                ("home g", "Scroll to the top"),
                ("end G", "Scroll to the end"),
            ]
            assert rows["Outlet notes"] == [("esc o q", "Close the outlet notes"), *scrolling]
            assert rows["This help"] == [("esc ? q", "Close the help"), *scrolling]

    async def test_short_footer_labels_are_spelled_out_in_the_help(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            reader = dict(help_rows(app)["Reader"])
            assert reader["o"] == "Outlet notes: ownership, funding, classifications, context"
            assert reader["?"] == "Keys: this help, every key and what the marks mean"

    async def test_the_palette_key_says_what_the_palette_holds(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            assert (
                "ctrl+p",
                "Command palette (theme, screenshot, report, keys, quit)",
            ) in help_rows(app)["Reader"]

    async def test_the_legend_names_every_look_of_the_marks(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            text = app.screen.plain_text()
            for line in (
                "bold underline: a quote's speaker",
                "bold italic: an outlet named in the text",
                "bold reverse underline: a search match (⌕ in the margin)",
            ):
                assert line in text
            assert "margin: ⌕ in the margin" not in text

    async def test_the_palettes_keys_and_screenshot_are_the_readers(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            commands = {c.title: c for c in app.get_system_commands(app.screen)}
            assert commands["Keys"].callback == app.action_help
            assert "current folder" in commands["Screenshot"].help


class TestHelpShowsTheReadersKeys:
    async def test_no_generic_text_box_keys_but_one_line_saying_they_work(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            text = app.screen.plain_text()
            for generic in (
                "ctrl+shift+left",
                "completion suggestion",
                "Delete right to start of word",
                "Paste text from the clipboard",
            ):
                assert generic not in text
            assert text.count("the usual text-editing keys of a text box") == 1

    async def test_every_row_is_a_binding_the_reader_declares(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            for _, bindings in app.binding_groups():
                assert all(b.id for b in bindings), [b.description for b in bindings]

    async def test_the_legend_starts_after_the_readers_keys_on_the_first_screen(
        self, make_app
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            lines = [line.rstrip() for line in app.screen.plain_text().splitlines()]
            legend = lines.index("Marks in the article")
            assert lines.index("Article") > legend > lines.index("Reader")
            assert legend < 30  # it starts on the first screen of a 40-line terminal

    async def test_help_lists_every_binding(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            help_text = app.screen.plain_text()
            bindings = [*ReaderApp.BINDINGS, *ArticlePane.BINDINGS, *AnnotationTree.BINDINGS]
            for binding in bindings:
                for key in key_display(binding).split():
                    assert key in help_text, key
                assert binding.description in help_text


class TestKeyHintsFollowTheBindings:
    async def test_a_keymap_changes_the_status_search_and_panel_hints(self, make_app) -> None:
        app = make_app()
        app.set_keymap(
            {
                "reader.next-quote": "x",
                "reader.help": "f1",
                "search.close": "ctrl+g",
                "outlet.close": "z",
            }
        )
        async with app.run_test(size=SIZE) as pilot:
            status = str(app.query_one("#status").render())
            assert status.endswith("·  x next quote  ·  f1 all keys")
            assert app.query_one(SearchInput).placeholder.endswith(
                "⏎: next match, ↑: previous, ^g: close"
            )
            await pilot.press("o")
            assert app.screen.query_one("#outlet-panel").border_subtitle == "z closes"


README = Path(__file__).resolve().parents[2] / "README.md"


def readme_keys() -> set[str]:
    """Every key named in the first column of the README's Keys table."""
    section = README.read_text(encoding="utf-8").split("### Keys", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {key for row in rows for key in re.findall(r"`([^`]+)`", row.split("|")[1])}


def bound_keys() -> set[str]:
    """Every key of the reader's, the article's, the sidebar's and the search box's bindings."""
    classes = (App, ReaderApp, ArticlePane, AnnotationTree, SearchInput)
    bindings = [b for c in classes for b in Binding.make_bindings(c.BINDINGS) if not b.system]
    return {key_display(b) for b in bindings}  # one binding per key after make_bindings


def test_the_readme_keys_table_matches_the_bindings() -> None:
    assert readme_keys() == bound_keys()


class TestFooter:
    @pytest.mark.parametrize(
        ("size", "last"),
        [(NARROW, "Outlet"), (SIZE, "Save report"), ((160, 50), "Save report")],
    )
    async def test_every_footer_key_is_on_screen(self, make_app, size, last) -> None:
        """Where there is room the footer goes on to v and e; at 80 columns it keeps every
        key up to o, and leaves those out."""
        app = make_app()
        async with app.run_test(size=size) as pilot:

            def shown_keys() -> list[str]:
                keys = app.query_one(Footer).query("FooterKey")
                return [k.description for k in keys if k.region.width]

            await until(pilot, lambda: shown_keys()[-1:] == [last])  # laid out
            keys = list(app.query_one(Footer).query("FooterKey"))
            shown = shown_keys()
            assert shown[-1] == last
            assert {"Quit", "Search", "Outlet"} <= set(shown)
            assert max(k.region.right for k in keys) <= size[0]
            assert app.query_one(Footer).compact is (size[0] < app_module.FOOTER_FULL_WIDTH)

    @pytest.mark.parametrize("width", [40, 60, 70])
    async def test_what_does_not_fit_is_dropped_whole_from_the_end(self, make_app, width) -> None:
        app = make_app()
        async with app.run_test(size=(width, 24)) as pilot:
            footer = app.query_one(Footer)
            await until(pilot, lambda: not all(w.visible for w in footer.children))  # fitted
            shown = [w for w in footer.children if w.visible]
            hidden = [w for w in footer.children if not w.visible]
            assert shown and hidden  # too narrow for all: some are left out
            assert max(w.region.right for w in shown) <= width
            assert footer.children.index(hidden[0]) == len(shown)  # from the end only
            assert type(shown[-1]).__name__ != "KeyGroup"  # a group never loses its label
            assert type(shown[-1]).__name__ in {"FooterKey", "FooterLabel"}
            assert "Quit" in str(footer.children[0].render())

    async def test_widening_the_window_brings_the_dropped_items_back(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(60, 24)) as pilot:
            await pilot.pause()
            footer = app.query_one(Footer)
            # the footer fits itself after layout, which a loaded machine may not have finished
            await until(pilot, lambda: not all(w.visible for w in footer.children))
            await pilot.resize_terminal(120, 30)
            await until(pilot, lambda: all(w.visible for w in footer.children))
            keys = list(footer.query("FooterKey"))
            assert keys[-1].description == "Save report" and keys[-1].region.width

    @staticmethod
    def assert_fitted(footer: Footer, width: int) -> None:
        """Every item shown ends on screen, and the items left out are the last ones, whole."""
        shown = [w for w in footer.children if w.visible]
        assert shown and max(w.region.right for w in shown) <= width
        assert footer.children[: len(shown)] == shown  # left out from the end only
        assert type(shown[-1]).__name__ != "KeyGroup"  # a group never loses its label

    async def test_a_command_from_the_palette_leaves_the_footer_fitted(self, tmp_path) -> None:
        report = replace(load_fixture_report(), source=Source(path=str(tmp_path / "port.txt")))
        app = ReaderApp(article_from_text(report.text, report.source), report=report)
        async with app.run_test(size=(60, 20)) as pilot:
            await pilot.pause()
            footer = app.query_one(Footer)
            self.assert_fitted(footer, 60)
            await pilot.press("ctrl+p", *"Save report")
            await pilot.pause(0.3)  # the palette searches its commands in the background
            await pilot.press("enter")
            for _ in range(5):
                await pilot.pause()
            assert (tmp_path / "port.contextreader.md").exists()  # the command ran
            assert not all(w.visible for w in footer.children)  # "1234 Marks" was cut, shown
            self.assert_fitted(footer, 60)

    async def test_narrowing_again_leaves_out_more(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(70, 24)) as pilot:
            await pilot.pause()
            footer = app.query_one(Footer)
            before = sum(w.visible for w in footer.children)
            for width in (52, 66, 45):  # the items left out are measured again each time
                await pilot.resize_terminal(width, 24)
                await pilot.pause()
                await pilot.pause()
                self.assert_fitted(footer, width)
            assert sum(w.visible for w in footer.children) < before

    async def test_search_is_in_the_footer_at_80_columns(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:

            def search_shown() -> bool:
                keys = [k for k in app.query("FooterKey") if k.region.right <= NARROW[0]]
                return any(k.description == "Search" and k.region.width for k in keys)

            for _ in range(20):  # the footer is fitted after the first layout; a busy machine
                await pilot.pause()  # may need more than one pause for it
                if search_shown():
                    break
            assert search_shown()


class TestPalette:
    async def test_the_palette_has_no_maximize(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert "Maximize" not in titles and "Minimize" not in titles
            assert {"Theme", "Keys", "Screenshot", "Quit"} <= set(titles)


class TestPanelsTakeThePagingKeys:
    async def test_g_space_b_and_home_keys_move_the_help(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("question_mark")
            panel = app.screen.query_one(VerticalScroll)
            assert panel.max_scroll_y > 0
            await pilot.press("G")
            assert panel.scroll_y == panel.max_scroll_y
            await pilot.press("g")
            assert panel.scroll_y == 0
            await pilot.press("space")
            assert panel.scroll_y > 1  # a page, not a line
            paged = panel.scroll_y
            await pilot.press("b")
            assert panel.scroll_y < paged
            await pilot.press("j")
            assert panel.scroll_y == 1

    @pytest.mark.parametrize("opener", ["question_mark", "o"])
    async def test_keys_that_arrive_together_each_move_the_panel(self, make_app, opener) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press(opener)
            panel = app.screen.query_one(VerticalScroll)
            assert panel.max_scroll_y >= 6
            await burst(app, "jjjjjj")  # key repeat or a paste: all queued before a refresh
            await pilot.pause()
            assert panel.scroll_y == 6  # each key a line (it was one line for the six)
            await burst(app, "kk")
            await pilot.pause()
            assert panel.scroll_y == 4
            await burst(app, "kkkkkkkk")  # more than there are lines above: it stops at the top
            await pilot.pause()
            assert panel.scroll_y == 0

    async def test_pages_that_arrive_together_each_move_a_page(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("question_mark")
            panel = app.screen.query_one(VerticalScroll)
            await pilot.press("space")
            page = panel.scroll_y
            assert page > 1 and panel.max_scroll_y > 2 * page
            await pilot.press("g")
            await burst(app, "  ")
            await pilot.pause()
            assert panel.scroll_y == 2 * page

    async def test_the_help_rows_for_the_panels_are_the_keys_that_work(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            groups = dict(app.binding_groups())
            for title in ("Outlet notes", "This help"):
                keys = {b.key for b in groups[title]}
                assert {"pagedown,space", "pageup,b", "home,g", "end,G"} <= keys, title

    async def test_space_pages_the_outlet_notes(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            panel = app.screen.query_one(VerticalScroll)
            assert panel.max_scroll_y > 0
            await pilot.press("space")
            assert panel.scroll_y > 0
            await pilot.press("G")
            assert panel.scroll_y == panel.max_scroll_y

    async def test_j_and_k_scroll_the_panels(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            for key, screen_type in (("question_mark", HelpScreen), ("o", OutletScreen)):
                await pilot.press(key)
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, screen_type)
                panel = screen.query_one(VerticalScroll)
                assert panel.max_scroll_y > 0
                await pilot.press("j", "j")
                await pilot.pause()
                assert panel.scroll_y == 2
                await pilot.press("k")
                await pilot.pause()
                assert panel.scroll_y == 1
                await pilot.press("escape")
