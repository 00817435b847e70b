"""What a keyboard reviewer found on a real terminal, one class per finding: the help lists only
keys that work, in the reader's words; the status line says where the analysis is; a screenshot
is saved and says where; ``]`` counts from what is on screen; nothing is cut off without a sign."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from contextreader.io.article import Article
from contextreader.report import Person, Quote, Report
from contextreader.ui.app import ReaderApp, SearchInput
from contextreader.ui.screens import HelpScreen, OutletScreen
from contextreader.ui.sidebar import AnnotationTree, Entry

from .conftest import SIZE, app_for, load_fixture_report


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


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
            # the panels scroll with the article's keys (session 12: g, G, space and b too)
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


class TestScreenshot:
    async def test_s_saves_an_svg_in_the_current_folder_and_says_where(
        self, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("s")
            saved = list(tmp_path.glob("contextreader-*.svg"))
            assert len(saved) == 1
            assert saved[0].read_text(encoding="utf-8").startswith("<svg")
            assert status(app) == f"Screenshot saved: {saved[0]}"

    async def test_a_folder_that_cannot_be_written_is_passed_over(
        self, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        missing = tmp_path / "no-such-folder"
        monkeypatch.setattr("contextreader.ui.app._screenshot_folders", lambda: [missing, tmp_path])
        app = make_app()
        async with app.run_test(size=SIZE):
            app.action_screenshot(filename="shot.svg")
            assert (tmp_path / "shot.svg").exists()
            assert status(app) == f"Screenshot saved: {tmp_path / 'shot.svg'}"

    async def test_when_no_folder_can_be_written_the_reason_is_shown(
        self, make_app, tmp_path: Path
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            app.action_screenshot(filename="shot.svg", path=str(tmp_path / "missing"))
            assert status(app).startswith("Screenshot not saved: [Errno 2] No such file")


class TestStepsCountFromTheView:
    async def test_after_scrolling_to_the_end_the_quotes_there_come_first(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]")
            assert app.pane.active == "q2"
            await pilot.press("G")  # the reader scrolls away: q2 is no longer on screen
            assert not app.pane.active_in_view()
            await pilot.press("[")
            assert app.pane.active == "q5"  # the last quote on screen, not "none before q2"
            await pilot.press("home", "]")
            assert app.pane.active == "q2"

    async def test_while_the_highlight_is_on_screen_steps_go_from_it(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]", "]")
            assert app.pane.active == "q3"
            await pilot.press("[")
            assert app.pane.active == "q2"
            await pilot.press("[")
            assert status(app) == "No more quotes before this one; 3 after it (] goes forward)"

    async def test_nothing_below_the_view_says_so_plainly(self, make_app) -> None:
        report = load_fixture_report()
        report.quotes = [q for q in report.quotes if q.id != "q5"]
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("G", "]")
            assert app.pane.active is None
            assert status(app) == "No more quotes below; 3 above ([ goes back)"


class TestPersonWalk:
    async def test_p_on_a_person_starts_at_their_first_quote(self, make_app) -> None:
        """Elena Vasquez is first named after her first quote begins; p still starts there."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            elena = tree.root.children[1].children[0]
            await pilot.press("tab")
            tree.move_cursor(elena)
            await pilot.pause()
            assert app.pane.active == "p1"
            await pilot.press("p")
            assert app.pane.active == "q2"
            assert status(app) == (
                "Elena Vasquez: quote 1 of 2 · direct · “This plan will bring jobs back to the "
                "waterfront,”"
            )
            tree.move_cursor(elena)
            await pilot.pause()
            await pilot.press("P")
            assert app.pane.active == "q3"
            assert status(app) == "Elena Vasquez: quote 2 of 2 · direct · “We waited too long.”"

    async def test_a_person_with_no_quotes_is_named(self, make_app, report: Report) -> None:
        report.people.append(Person("p3", "Ines Morrow", None, [], 0))
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab")
            tree.move_cursor(tree.root.children[1].children[2])
            await pilot.pause()
            await pilot.press("p")
            assert status(app) == "Ines Morrow: no quotes found"

    async def test_without_a_person_p_says_how_to_choose_one(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("p")
            assert status(app) == (
                "No person chosen: put the sidebar's cursor on a name under People, or go to "
                "one of their quotes (tab goes to the sidebar)"
            )


class TestSectionHeadingsSayWhatTheyHold:
    @pytest.mark.parametrize(
        ("index", "expected"),
        [
            (0, "Outlet\nThe publisher and the outlets the text cites; ⏎ or o opens the notes."),
            (1, "People\nEveryone named, with role and number of quotes. On a name, p / P"),
            (2, "Quotes\nSpeech and its speaker, in reading order; ] / [ walks it."),
            (3, "Assertions\nClaims with no source (○) or only a vague one (?)."),
            (4, "Loaded terms\nWords that judge, by kind, with whose words they are"),
        ],
    )
    async def test_a_heading_explains_its_section_and_fits_at_80_columns(
        self, index: int, expected: str
    ) -> None:
        app = app_for(load_fixture_report())
        async with app.run_test(size=(80, 24)) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab")
            tree.move_cursor(tree.root.children[index])
            await pilot.pause()
            box = app.sidebar.query_one("#details", Static)
            shown = str(box.render())
            assert shown.replace("\n", " ").startswith(expected.replace("\n", " "))
            assert shown.endswith("n / N: next / previous of this kind.")
            needed = box.get_content_height(box.size, app.size, box.content_region.width)
            assert needed <= box.content_region.height


class TestProgress:
    async def test_each_pipeline_step_is_named_in_the_status_line(
        self, nlp, seed_article: Article
    ) -> None:
        seen: list[str] = []

        class Recording(ReaderApp):
            def on_reader_app_analysis_progress(self, message: ReaderApp.AnalysisProgress) -> None:
                super().on_reader_app_analysis_progress(message)
                seen.append(status(self))

        app = Recording(seed_article, nlp=nlp)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            total = len(nlp.pipeline)
            assert len(seen) == total
            assert "parsing sentences (step" in " ".join(seen)
            assert f": loaded terms (step {total} of {total})…" in seen[-1]
            assert status(app).startswith(f"{len(app.report.people)} people")  # type: ignore[union-attr]

    async def test_the_ticker_does_not_overwrite_another_message(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            app._start_progress("Analysing…")
            app._status("Still analysing…")  # e.g. ] pressed before the report
            app._tick()
            assert status(app) == "Still analysing…"
            app._start_progress("Analysing: quotes (step 3 of 4)…")
            app._tick()
            assert status(app).startswith("Analysing: quotes (step 3 of 4)…")
            app._stop_progress()


class TestHiddenThingsAreNamed:
    async def test_the_masthead_says_which_marks_are_hidden(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            state = app.query_one("#view-state", Static)
            assert str(state.render()) == ""
            await pilot.press("2", "4")
            assert str(state.render()) == "hidden: quote, loaded-term marks"
            assert status(app) == "Loaded-term marks hidden (4 shows them again)"
            await pilot.press("v")
            assert str(state.render()).endswith("  ·  loaded terms: outlet's only")
            await pilot.press("2", "4", "v")
            assert str(state.render()) == ""
            assert status(app) == "Loaded terms: all voices, quoted and reported speech too"


class TestDetailsExplainTheTerms:
    """A class meets "indirect" and "voice: reported" for the first time in the details box."""

    async def details_of(self, app: ReaderApp, section: str, ref: str) -> str:
        app.sidebar._show_entry(Entry(section, ref))  # type: ignore[arg-type]
        return str(app.sidebar.query_one("#details", Static).render())

    async def test_quote_kinds_and_voices_are_glossed(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            indirect = await self.details_of(app, "quotes", "q4")
            assert indirect == (
                "Indirect quote (reported speech: their point in the outlet's words)\n"
                "Speaker: Tomas Brandt (Councillor)\n"
                "called: “the vote a disgrace”"  # what the speaker did with the words
            )
            term = await self.details_of(app, "loaded", "t4")
            assert term.startswith("land grab · contentious label · voice: quoted (a quoted")

    async def test_a_scare_quote_has_no_speaker_line(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            scare = await self.details_of(app, "quotes", "q1")
            assert scare == (
                "Scare quote (words held at a distance; nobody is quoted)\n“harbor renewal”"
            )


class TestSidebarAgreesWithTheArticle:
    async def test_v_marks_the_quoted_speakers_terms_hidden_in_the_sidebar(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            nodes = app.sidebar._entry_nodes
            land_grab, scheme = nodes[("loaded", "t4")], nodes[("loaded", "t2")]  # quoted, outlet
            await pilot.press("v")
            assert str(land_grab.label) == "(hidden) land grab · quoted → land purchase"
            assert land_grab.label.spans[-1].style == "strike dim"
            assert str(scheme.label) == "scheme · outlet → plan"
            await pilot.press("v")
            assert str(land_grab.label) == "land grab · quoted → land purchase"


class TestOutletNotesRead:
    async def test_a_wrapped_note_hangs_under_its_text_not_its_bullet(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            lines = app.screen.plain_text(width=40).splitlines()
            start = lines.index("Classifications") + 1
            notes = lines[start : lines.index("", start)]
            assert notes[0].startswith("• ")
            # every line of a note after its first starts under the text, two cells in
            body = [ln for ln in notes if not ln.startswith("• ")]
            assert len(body) >= 3
            assert all(ln.startswith("  ") and ln[2] != " " for ln in body)


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


class TestNothingCutOffWithoutASign:
    async def test_the_search_box_sits_above_the_status_line(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash")
            box = app.query_one(SearchInput).region
            line = app.query_one("#status").region
            assert box.bottom == line.y  # no blank row, the status line in its usual place
            assert line.y == SIZE[1] - 2

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


def test_the_fixture_report_has_the_quotes_these_tests_walk() -> None:
    report = load_fixture_report()
    assert [(q.id, q.kind) for q in report.quotes] == [
        ("q1", "scare"),
        ("q2", "direct"),
        ("q3", "direct"),
        ("q4", "indirect"),
        ("q5", "direct"),
    ]
