"""Findings of the session-11 keyboard review: reported speech names what the speaker did
("denied", "declined"), every mark is readable in every theme, the sidebar has a cursor as
soon as it has focus, a URL is fetched inside the reader with progress, nothing in the details
box or the status line is cut silently, and the keys a terminal cannot send have another."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from textual.color import Color
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Static

from contextreader.io.article import Article, article_from_text
from contextreader.io.export import to_markdown
from contextreader.report import Person, Quote, Report, Source
from contextreader.ui.app import ReaderApp
from contextreader.ui.contrast import MINIMUM, contrast, mark_colours, readable
from contextreader.ui.screens import HelpScreen, OutletScreen
from contextreader.ui.sidebar import AnnotationTree, Entry

from .conftest import SIZE, app_for, load_fixture_report

NARROW = (80, 24)
DENIAL = (
    "Bram Venn rejected the claim that the marina had any influence on the vote. "
    "He declined to answer questions about the timetable.\n"
)


async def until(pilot: Pilot[int], done: Callable[[], bool]) -> None:
    """Wait for a message from the fetch thread (it is no worker to wait on)."""
    for _ in range(200):
        if done():
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


def denial_report() -> Report:
    """Two reported quotes whose verbs refuse the words: "rejected", "declined"."""
    text = DENIAL
    first_cue = text.index("rejected")
    second_cue = text.index("declined")
    claim = text.index("the claim")
    answer = text.index("to answer")
    quotes = [
        Quote(
            "q1",
            "indirect",
            (claim, text.index(" on the vote")),
            cue_span=(first_cue, first_cue + len("rejected")),
            speaker_id="p1",
            speaker_text="Bram Venn",
            speaker_span=(0, 9),
            cue="reject",
        ),
        Quote(
            "q2",
            "indirect",
            (answer, len(text) - 2),
            cue_span=(second_cue, second_cue + len("declined")),
            speaker_id="p1",
            speaker_text="He",
            speaker_span=(text.index("He"), text.index("He") + 2),
            cue="decline",
        ),
    ]
    person = Person("p1", "Bram Venn", None, [(0, 9)], quote_count=2)
    return Report(text=text, source=Source(path="denial.txt"), people=[person], quotes=quotes)


class TestReportedSpeechSaysWhatTheSpeakerDid:
    async def test_sidebar_details_and_status_show_the_verb(self) -> None:
        report = denial_report()
        app = app_for(report)
        async with app.run_test(size=SIZE) as pilot:
            sidebar = app.sidebar
            node = sidebar._entry_nodes[("quotes", "q1")]
            assert (
                node.label.plain
                == "Bram Venn — rejected: “the claim that the marina had any influence”"
            )
            people = node.parent.parent.children[1]
            under_person = people.children[0].children[0]  # People › Bram Venn › q1
            assert (
                under_person.label.plain
                == "rejected: “the claim that the marina had any influence”"
            )
            sidebar._show_entry(Entry("quotes", "q2"))
            details = str(sidebar.query_one("#details", Static).render())
            assert "declined: “to answer questions about the timetable”" in details.replace(
                "\n", " "
            )
            assert "cue:" not in details  # said once, beside the words
            await pilot.press("right_square_bracket")
            assert "Bram Venn — rejected · “the claim" in status(app)

    def test_markdown_shows_the_verb(self) -> None:
        md = to_markdown(denial_report())
        assert (
            "- [indirect] Bram Venn — rejected: “the claim that the marina had any influence”" in md
        )
        assert "- [indirect] Bram Venn — declined: “to answer questions about the timetable”" in md

    def test_direct_quotes_keep_their_plain_label(self) -> None:
        md = to_markdown(load_fixture_report())
        assert "- [direct] Elena Vasquez: “This plan" in md
        assert "- [indirect] Tomas Brandt — called: “the vote a disgrace”" in md


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


class TestSidebarFocus:
    async def test_tab_puts_the_cursor_on_the_first_entry(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            assert app.focused is tree
            assert tree.cursor_line == 0 and tree.cursor_node is not None
            assert tree.cursor_node.label.plain.startswith("Outlet")
            await pilot.press("j")
            assert tree.cursor_line == 1

    async def test_the_cursor_comes_back_where_it_was(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j", "j", "tab", "tab")
            assert app.query_one(AnnotationTree).cursor_line == 3

    async def test_enter_on_a_heading_opens_and_closes_it_and_says_so(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j")  # People
            node = app.query_one(AnnotationTree).cursor_node
            assert node is not None and node.is_expanded
            await pilot.press("enter")
            await pilot.pause()
            assert not node.is_expanded
            assert status(app).startswith("People (2) closed · space or enter")
            await pilot.press("enter")
            await pilot.pause()
            assert node.is_expanded and status(app).startswith("People (2) opened")

    async def test_asterisk_opens_or_closes_every_entry_at_its_level(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j")  # People, among the other section headings
            tree = app.query_one(AnnotationTree)
            sections = tree.root.children
            assert any(s.is_expanded for s in sections)
            await pilot.press("asterisk")
            await pilot.pause()
            assert not any(s.is_expanded for s in sections)
            await pilot.press("asterisk")
            await pilot.pause()
            assert all(s.is_expanded for s in sections)


class TestFetchingInsideTheReader:
    async def test_the_reader_opens_at_once_and_says_it_is_fetching(self, monkeypatch) -> None:
        import contextreader.io.fetch as fetch

        release = threading.Event()
        address = "https://news.example.org/ferry"

        def slow_fetch(url: str) -> Article:
            release.wait(10)
            return article_from_text(DENIAL, Source(url=url, title="Ferry row"))

        monkeypatch.setattr(fetch, "fetch_article", slow_fetch)
        stand_in = Article(text="", source=Source(url=address))
        app = ReaderApp(stand_in, fetch=address, url="https://example.org/saved")
        app.analyse = lambda: None  # type: ignore[method-assign]
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert status(app).startswith(f"Fetching {address}…")
            release.set()
            await until(pilot, lambda: app.fetch_address is None)
            assert app.pane.text == DENIAL
            assert app.article.source.url == "https://example.org/saved"
            assert "Ferry row" in str(app.query_one("#title", Static).render())
            assert status(app).startswith("Loading the language model")

    async def test_a_failed_fetch_closes_the_reader_with_the_error(self, monkeypatch) -> None:
        import contextreader.io.fetch as fetch
        from contextreader.io.article import InputError

        def failing(url: str) -> Article:
            raise InputError(f"{url}: the server answered 404 Not Found")

        monkeypatch.setattr(fetch, "fetch_article", failing)
        address = "https://news.example.org/gone"
        app = ReaderApp(Article(text="", source=Source(url=address)), fetch=address)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.fetch_error is not None)
        assert app.return_code == 1
        assert app.fetch_error == f"{address}: the server answered 404 Not Found"


class TestNothingIsCutSilently:
    async def test_a_long_quote_ends_in_an_ellipsis_in_the_details_box(self) -> None:
        long_words = " ".join(["the harbour dues would rise again"] * 12)
        text = f"Councillor Ada Holm said the plan was sound, adding that {long_words}.\n"
        start = text.index("the plan")
        quote = Quote(
            "q1",
            "indirect",
            (start, len(text) - 2),
            cue_span=(text.index("said"), text.index("said") + 4),
            speaker_id="p1",
            cue="say",
        )
        person = Person("p1", "Ada Holm", "Councillor of the northern harbour ward", [(11, 19)], 1)
        report = Report(text=text, people=[person], quotes=[quote])
        app = app_for(report)
        async with app.run_test(size=NARROW) as pilot:
            app.sidebar._show_entry(Entry("quotes", "q1"))
            await pilot.pause()
            box = app.sidebar.query_one("#details", Static)
            shown = [line.text for line in box.render_lines(box.region.reset_offset)]
            words = [line.strip() for line in shown if line.strip(" ▔")]
            assert words[0] == "Indirect quote (reported"
            assert words[-1].endswith("…”")
            assert len(words) <= box.size.height

    async def test_a_long_status_message_wraps_and_ends_in_an_ellipsis(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            app._status("word " * 30 + "end")
            await pilot.pause()
            assert status(app).split() == ["word"] * 30 + ["end"]
            assert app.query_one("#status").size.height == 2
            app._status("word " * 100)
            await pilot.pause()
            assert app.query_one("#status").size.height == 3
            assert status(app).endswith("…")

    async def test_the_toggle_notice_and_the_title_are_kept_apart(self) -> None:
        report = load_fixture_report()
        report = replace(report, source=replace(report.source, title="A" * 70))
        app = app_for(report)
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("v")
            await pilot.pause()
            title = app.query_one("#title", Static)
            state = app.query_one("#view-state", Static)
            assert state.display and state.region.x > title.region.right
            assert title.region.right <= state.region.x - 1
            rendered = str(title.render_lines(title.region.reset_offset)[0].text)
            assert rendered.rstrip().endswith("…")


class TestKeysAndPalette:
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

    async def test_the_palette_has_no_maximize(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert "Maximize" not in titles and "Minimize" not in titles
            assert {"Theme", "Keys", "Screenshot", "Quit"} <= set(titles)

    async def test_search_is_in_the_footer_at_80_columns(self, make_app) -> None:
        from textual.widgets._footer import FooterKey

        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            await pilot.pause()
            keys = [k for k in app.query(FooterKey) if k.region.right <= NARROW[0]]
            assert any(k.description == "Search" and k.region.width for k in keys)
