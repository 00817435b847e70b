"""Fitting the window: the highlight stays in sight on a resize, a narrow window keeps the
sidebar, the sidebar's cursor stays in view, and nothing is cut off without an ellipsis (details
box, sidebar labels, status line, masthead title); the article gets a readable measure."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Static

from contextreader.report import (
    Assertion,
    LoadedTerm,
    Person,
    Quote,
    Report,
    Source,
)
from contextreader.ui.app import ReaderApp
from contextreader.ui.sidebar import AnnotationTree, Entry

from .conftest import (
    NARROW,
    SIZE,
    app_for,
    load_fixture_report,
    status,
)


def cursor_in_view(tree: AnnotationTree) -> bool:
    top = int(tree.scroll_y)
    return top <= tree.cursor_line < top + tree.scrollable_content_region.height


def long_assertions_report() -> Report:
    """Many assertions, every other one long enough to fill the details box at 80 columns."""
    long = (
        "The decision was widely seen as a turning point for the harbour district, whose "
        "traders had waited through three winters of roadworks and two changes of plan. "
    )
    short = "The ferry is said to be late. "
    sentences = [long if i % 2 else short for i in range(24)]
    text = "".join(sentences)
    assertions, start = [], 0
    for i, sentence in enumerate(sentences):
        end = start + len(sentence) - 1
        assertions.append(Assertion(f"a{i}", (start, end), "vague", None, "No source is named."))
        start = end + 1
    return Report(text=text, source=Source(path="harbour.txt"), assertions=assertions)


class TestResizing:
    async def test_the_highlighted_quote_stays_in_sight_in_a_smaller_window(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]", "]", "]", "]")
            assert app.pane.active == "q5"
            assert app.pane.active_in_view()
            await pilot.resize_terminal(70, 14)
            await pilot.pause()
            assert app.pane.active_in_view()
            await pilot.resize_terminal(*SIZE)
            await pilot.pause()
            assert app.pane.active_in_view()

    async def test_a_narrow_window_keeps_the_sidebar_on_screen(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(64, 20)):
            sidebar = app.sidebar.region
            assert sidebar.right <= 64
            assert app.pane.region.width + sidebar.width == 64


class TestSidebarCursorStaysInView:
    async def test_every_entry_is_in_view_when_the_cursor_is_on_it_at_80x24(self) -> None:
        app = app_for(long_assertions_report())
        async with app.run_test(size=NARROW) as pilot:
            tree = app.query_one(AnnotationTree)
            for section in tree.root.children:  # a long section starts closed
                section.expand()
            await pilot.press("tab", "home")
            hidden = []
            for _ in range(tree.last_line + 1):
                await pilot.press("down")
                await pilot.pause()
                if not cursor_in_view(tree):
                    hidden.append(tree.cursor_line)
            assert tree.cursor_line == tree.last_line
            assert hidden == []

    async def test_a_resize_that_does_not_cover_the_cursor_scrolls_nothing(self) -> None:
        app = app_for(long_assertions_report())
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab", "home", "down")
            await pilot.pause()
            assert tree.scroll_y == 0 and cursor_in_view(tree)


def loaded_term_report(alternative: str | None = "drop it, or say who disputes the name") -> Report:
    """One loaded term in reported speech (the longest voice gloss), whose note is too long
    for the details box at 80x24 with the alternative under it."""
    text = "Critics say the so-called review of the ferry timetable was rushed.\n"
    start = text.index("so-called")
    note = (
        "Signals that whoever uses it does not accept the name that follows, and asks the "
        "reader to doubt it before any evidence is given."
    )
    term = LoadedTerm(
        "t1",
        (start, start + len("so-called review")),
        "so-called",
        "expression of doubt",
        note,
        alternative,
        "reported",
        "so-called",
    )
    return Report(text=text, loaded_terms=[term])


def details_lines(app: ReaderApp) -> list[str]:
    """The details box's lines as drawn (its top border left out)."""
    box = app.sidebar.query_one("#details", Static)
    drawn = [line.text.strip() for line in box.render_lines(box.region.reset_offset)]
    return [line for line in drawn if line.strip(" ▔")]


class TestLoadedTermAlternativeAlwaysShown:
    """The "Instead:" line is what a reader came to the details box for: the note is
    shortened first, and the box is fitted again when the window changes size."""

    async def test_at_80x24_the_note_is_cut_and_the_alternative_kept(self) -> None:
        app = app_for(loaded_term_report())
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("tab", "end")
            await pilot.pause()
            lines = details_lines(app)
            text = " ".join(lines)
            assert lines[0].startswith("so-called review ·")
            assert text.endswith("Instead: drop it, or say who disputes the name")
            assert "Signals that" in text and "…" in text  # the note, shortened with a sign
            assert "before any evidence" not in text
            box = app.sidebar.query_one("#details", Static)
            assert len(lines) <= box.content_region.height

    async def test_with_room_the_note_is_whole(self) -> None:
        app = app_for(loaded_term_report())
        async with app.run_test(size=(200, 60)) as pilot:
            await pilot.press("tab", "end")
            await pilot.pause()
            text = " ".join(details_lines(app))
            assert "before any evidence is given." in text and "…" not in text
            assert text.endswith("Instead: drop it, or say who disputes the name")

    async def test_without_an_alternative_the_note_ends_in_an_ellipsis(self) -> None:
        app = app_for(loaded_term_report(alternative=None))
        async with app.run_test(size=NARROW) as pilot:
            await pilot.press("tab", "end")
            await pilot.pause()
            lines = details_lines(app)
            assert "Instead" not in " ".join(lines)
            assert lines[-1].endswith("…")

    async def test_a_resize_fits_the_box_again(self) -> None:
        app = app_for(loaded_term_report())
        async with app.run_test(size=(200, 60)) as pilot:
            await pilot.press("tab", "end")
            await pilot.pause()
            await pilot.resize_terminal(*NARROW)
            await pilot.pause()
            await pilot.pause()
            text = " ".join(details_lines(app))
            assert "…" in text
            assert text.endswith("Instead: drop it, or say who disputes the name")
            await pilot.resize_terminal(200, 60)  # and back: whole again, with no "…"
            await pilot.pause()
            await pilot.pause()
            assert "…" not in " ".join(details_lines(app))


class TestNothingCutOffWithoutASign:
    @pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
    async def test_long_details_are_shortened_to_fit_the_box(self, size) -> None:
        text = "Dana Roe said: " + " ".join(f"word{i}" for i in range(120)) + ".\n"
        report = Report(
            text=text,
            people=[Person("p1", "Dana Roe", "the harbour master of the eastern quay", [(0, 8)])],
            quotes=[Quote("q1", "direct", (15, len(text) - 1), speaker_id="p1")],
        )
        app = app_for(report)
        async with app.run_test(size=size) as pilot:
            box = app.sidebar.query_one("#details", Static)
            app.sidebar._show_entry(Entry("quotes", "q1"))
            await pilot.pause()
            shown = str(box.render()).splitlines()
            assert len(shown) <= box.content_region.height
            assert shown[-1].endswith("…”")  # shortened, and it says so

    async def test_sidebar_labels_end_in_an_ellipsis(self) -> None:
        text = "Dana Roe spoke.\n"
        role = "the harbour master of the eastern quay and chair of the regional ferry board"
        report = Report(text=text, people=[Person("p1", "Dana Roe", role, [(0, 8)])])
        app = app_for(report)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            tree = app.query_one(AnnotationTree)
            person = tree.root.children[1].children[0]
            label = tree.render_label(person, tree.rich_style, tree.rich_style)
            assert label.plain == "  Dana Roe · 0 quotes · the …"  # lined up with a ▸
            assert label.plain.endswith("…")
            assert label.cell_len == tree.scrollable_content_region.width - tree.guide_depth

    @pytest.mark.parametrize(("width", "article"), [(80, 48), (120, 72), (200, 101)])
    async def test_the_article_gets_three_fifths_and_a_readable_measure(
        self, width: int, article: int
    ) -> None:
        app = app_for(load_fixture_report())
        async with app.run_test(size=(width, 30)):
            pane = app.pane
            assert pane.outer_size.width == article
            longest = max(len(pane.line_text(y).rstrip()) for y in range(pane.line_count))
            assert longest <= 96
            assert app.sidebar.outer_size.width == width - article

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
            assert words[-1].endswith("…")
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


class TestTheToggleNoticeFits:
    """The notice of what is switched off is worded for the room beside the title: in words
    where they fit, else by the keys that switch it back; never cut with "…"."""

    @staticmethod
    def shown(app: ReaderApp) -> str:
        state = app.query_one("#view-state", Static)
        text = str(state.render())
        assert state.display and state.region.right <= app.size.width
        assert state.content_region.width >= len(text)  # whole, not cut with "…"
        return text

    @pytest.mark.parametrize(
        ("title", "size", "notice"),
        [
            (
                "Harbour plan",
                (160, 40),
                "hidden: people, quote, assertion, loaded-term marks  ·  "
                "loaded terms: outlet's only",
            ),
            ("A" * 70, SIZE, "hidden: 1 2 3 4  ·  loaded terms: outlet's only"),
            ("A" * 70, NARROW, "hidden: 1 2 3 4 · v"),
        ],
    )
    async def test_worded_for_the_room(self, title, size, notice) -> None:
        report = load_fixture_report()
        app = app_for(replace(report, source=replace(report.source, title=title)))
        async with app.run_test(size=size) as pilot:
            await pilot.press("1", "2", "3", "4", "v")
            await pilot.pause()
            assert self.shown(app) == notice

    async def test_worded_again_when_the_window_changes(self) -> None:
        report = load_fixture_report()
        app = app_for(replace(report, source=replace(report.source, title="Harbour plan")))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2", "v")
            await pilot.pause()
            assert self.shown(app) == "hidden: quote marks  ·  loaded terms: outlet's only"
            await pilot.resize_terminal(*NARROW)
            await pilot.pause()
            assert self.shown(app) == "hidden: 2 · v"
            await pilot.resize_terminal(*SIZE)
            await pilot.pause()
            assert self.shown(app) == "hidden: quote marks  ·  loaded terms: outlet's only"


class TestReadyMessage:
    async def test_the_ready_message_is_one_line_at_80_columns(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW):
            assert "\n" not in status(app)
            assert status(app).endswith("? keys")

    async def test_the_full_ready_message_where_it_fits(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            assert status(app).endswith("·  ] next quote  ·  ? all keys")
