"""Findings of the session-12 teacher and keyboard review: the sidebar's cursor stays in view at
80x24, a search match is where ] and n go on from, every scrolling panel takes the paging keys
the help lists, the footer keeps every key at 80 columns, the screenshot message fits the status
line, repeated loaded terms say where each is, the tree's guide lines can be seen, and several
articles open in one session with their reports saved as Markdown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.color import Color
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey

from contextreader.cli import main
from contextreader.io.article import article_from_text, read_article
from contextreader.io.export import to_markdown
from contextreader.report import Assertion, LoadedTerm, Report, Sentence, Source
from contextreader.ui import app as app_module
from contextreader.ui.app import ReaderApp, shown_path, write_new
from contextreader.ui.contrast import GUIDE_MINIMUM, contrast, guide_colour
from contextreader.ui.layout import paragraph_number, place_of
from contextreader.ui.screens import OutletScreen
from contextreader.ui.sidebar import AnnotationTree

from .conftest import SIZE, app_for, load_fixture_report

NARROW = (80, 24)


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


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

    async def test_without_a_search_right_bracket_starts_at_the_top(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("right_square_bracket")
            assert app.pane.active == "q2"  # q1 is a scare quote, passed by

    async def test_n_after_the_search_is_cleared_goes_on_from_the_match(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"Local businesses", "enter", "escape", "escape")
            assert status(app) == "Search cleared"
            await pilot.press("n")  # the sidebar's section: quotes
            assert app.pane.active == "q5"
            await pilot.press("N")
            assert app.pane.active == "q4"


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


class TestFooterAndStatusAt80Columns:
    @pytest.mark.parametrize("size", [NARROW, SIZE, (160, 50)])
    async def test_every_footer_key_is_on_screen(self, make_app, size) -> None:
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            keys = list(app.query_one(Footer).query(FooterKey))
            assert keys[-1].description == "Outlet"
            assert max(k.region.right for k in keys) <= size[0]
            assert app.query_one(Footer).compact is (size[0] < app_module.FOOTER_FULL_WIDTH)

    async def test_the_ready_message_is_one_line_at_80_columns(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=NARROW):
            assert "\n" not in status(app)
            assert status(app).endswith("? keys")

    async def test_the_full_ready_message_where_it_fits(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            assert status(app).endswith("·  ] next quote  ·  ? all keys")


class TestScreenshotMessage:
    def test_the_home_folder_is_written_as_a_tilde(self, tmp_path, monkeypatch) -> None:
        monkeypatch.setattr(Path, "home", lambda: tmp_path)
        assert shown_path(tmp_path / "Downloads" / "shot.svg") == "~/Downloads/shot.svg"
        assert shown_path("/elsewhere/shot.svg") == "/elsewhere/shot.svg"

    async def test_no_toast_covers_the_status_line(self, make_app, tmp_path) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            app.action_screenshot(filename="shot.svg", path=str(tmp_path))
            await pilot.pause()
            assert status(app) == f"Screenshot saved: {tmp_path / 'shot.svg'}"
            assert not app._notifications


def repeated_term_report() -> Report:
    text = "Harbour levy so-called fair\n\nThe so-called fair levy starts today. A fine rises.\n"
    first = text.index("so-called")
    second = text.index("so-called", first + 1)
    fine = text.index("fine")
    terms = [
        LoadedTerm(
            f"t{i}", (s, s + len("so-called")), "so-called", "doubt", "A note.", "drop", "outlet"
        )
        for i, s in enumerate((first, second))
    ]
    terms.append(LoadedTerm("t9", (fine, fine + 4), "fine", "doubt", "A note.", None, "outlet"))
    heading = Sentence((0, text.index("\n")), "outlet", heading=True)
    return Report(
        text=text, source=Source(path="levy.txt"), loaded_terms=terms, sentences=[heading]
    )


class TestRepeatedLoadedTerms:
    def test_places(self) -> None:
        report = repeated_term_report()
        assert paragraph_number(report, report.text.index("fine")) == 2
        assert place_of(report, 0) == "headline"
        assert place_of(report, report.text.index("levy starts")) == "¶2"

    async def test_repeated_terms_say_where_each_is_and_a_single_one_does_not(self) -> None:
        app = app_for(repeated_term_report())
        async with app.run_test(size=SIZE):
            labels = {
                node.data.ref: str(node.label)
                for node in app.sidebar._entry_nodes.values()
                if node.data is not None
            }
            assert labels["t0"] == "so-called · headline · outlet → drop"
            assert labels["t1"] == "so-called · ¶2 · outlet → drop"
            assert labels["t9"] == "fine · outlet"


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


# -- several articles ---------------------------------------------------------------------------
FIRST = 'Harbour board meets\n\n"We will decide soon," said board chair Dana Roe.\n'
SECOND = "Ferry fares rise\n\nThe ferry company said fares would rise in May.\n"


def articles(tmp_path: Path) -> list:
    paths = []
    for name, text in (("board.txt", FIRST), ("ferry.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(read_article(path))
    return paths


async def analysed(app: ReaderApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


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

    def test_the_cli_reads_every_file_before_opening(self, capsys, tmp_path) -> None:
        first = tmp_path / "a.txt"
        first.write_text(FIRST, encoding="utf-8")
        code = main([str(first), str(tmp_path / "missing.txt")])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "missing.txt" in err

    def test_the_cli_takes_several_files_and_needs_a_terminal(self, capsys, tmp_path) -> None:
        paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
        for p in paths:
            p.write_text(FIRST, encoding="utf-8")
        code = main([str(p) for p in paths])  # pytest has no terminal: not a usage error on 2
        assert code == 2 and "needs a terminal" in capsys.readouterr().err

    @pytest.mark.parametrize("argv", [["-", "-"], ["a.txt", "b.txt", "--url", "https://x.org/a"]])
    def test_usage_errors(self, capsys, argv) -> None:
        assert main(argv) == 2
        assert capsys.readouterr().err.count("\n") == 1


class TestSaveTheReport:
    async def test_e_writes_the_markdown_beside_the_article_and_never_over_a_file(
        self, tmp_path
    ) -> None:
        report = replace(load_fixture_report(), source=Source(path=str(tmp_path / "port.txt")))
        app = ReaderApp(article_from_text(report.text, report.source), report=report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("e")
            saved = tmp_path / "port.contextreader.md"
            assert saved.read_text(encoding="utf-8") == to_markdown(report)
            assert status(app) == f"Report saved: {saved}"
            await pilot.press("e")
            again = tmp_path / "port.contextreader-2.md"
            assert again.exists() and status(app) == f"Report saved: {again}"
            assert saved.read_text(encoding="utf-8") == to_markdown(report)

    def test_write_new_never_overwrites(self, tmp_path) -> None:
        (tmp_path / "r.md").write_text("mine", encoding="utf-8")
        assert write_new(tmp_path, "r", ".md", "new") == tmp_path / "r-2.md"
        assert (tmp_path / "r.md").read_text(encoding="utf-8") == "mine"
        with pytest.raises(FileExistsError):
            write_new(tmp_path, "r", ".md", "new", tries=2)

    async def test_before_the_report_there_is_nothing_to_save(self, tmp_path) -> None:
        article = article_from_text("A short article.\n")
        app = ReaderApp(article, model="no_such_spacy_pipeline_xyz")
        async with app.run_test(size=SIZE) as pilot:
            await analysed(app, pilot)
            await pilot.press("e")
            assert status(app) == "No report to save: the analysis did not run"
            assert list(tmp_path.iterdir()) == []

    async def test_the_palette_offers_it(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            commands = {c.title: c for c in app.get_system_commands(app.screen)}
            assert commands["Save report"].callback == app.action_export_report
