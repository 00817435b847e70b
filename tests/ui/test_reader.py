"""The reader as a user drives it: keys pressed, then what is highlighted and on screen."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.report import (
    Assertion,
    CitedOutlet,
    LoadedTerm,
    Person,
    Quote,
    Report,
    Source,
)
from contextreader.ui.app import ReaderApp, SearchInput
from contextreader.ui.article_pane import ArticlePane
from contextreader.ui.screens import HelpScreen, OutletScreen, key_display
from contextreader.ui.sidebar import AnnotationTree, Sidebar

from .conftest import SIZE


def in_view(app: ReaderApp, ref: str) -> bool:
    """The first span of an annotation is on a line inside the visible region."""
    pane = app.pane
    assert pane.report is not None
    quote = next(q for q in pane.report.quotes if q.id == ref)
    return pane.line_of(quote.span[0]) in pane.visible_lines


def span_of(report: Report, text: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = report.text.index(text, start + 1)
    return start


class TestQuoteJumps:
    async def test_right_bracket_twice_goes_to_the_second_quote(self, make_app) -> None:
        """q1 is a scare quote, nobody's words: ] and [ walk q2, q3 ..."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]")
            await pilot.pause()
            # numbered by place in the Quotes section (which lists the scare quote too), the same
            # number whether ] or the sidebar wrote the status last
            assert "Quote 2 of 5" in str(app.query_one("#status").render())
            await pilot.press("]")
            assert app.pane.active == "q3"
            assert in_view(app, "q3")
            await pilot.press("[")
            assert app.pane.active == "q2"
            assert "Quote 2 of 5" in str(app.query_one("#status").render())

    async def test_the_quotes_section_still_lists_scare_quotes(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")  # the cursor is on the first line, Outlet
            assert app.sidebar.section == "outlet"
            await pilot.press("shift+right", "shift+right")
            assert app.sidebar.section == "quotes"
            await pilot.press("n")
            assert app.pane.active == "q1"

    async def test_a_far_quote_is_scrolled_into_view(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            assert not in_view(app, "q5")
            await pilot.press(*"]]]]")
            await pilot.pause()
            assert app.pane.active == "q5"
            assert app.pane.scroll_y > 0
            assert in_view(app, "q5")
            assert "Quote 5 of 5" in str(app.query_one("#status").render())

    async def test_the_last_quote_stays_when_there_is_no_next(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press(*"]]]]]]")
            assert app.pane.active == "q5"

    async def test_p_walks_only_the_chosen_persons_quotes(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]", "]", "]")  # q4: Tomas Brandt's reported speech
            assert app.pane.active == "q4"
            await pilot.press("p")
            assert app.pane.active == "q5"
            await pilot.pause()
            # the person's count stays, though the sidebar's cursor follows the jump
            assert "Tomas Brandt: quote 2 of 2" in str(app.query_one("#status").render())
            await pilot.press("P")
            assert app.pane.active == "q4"
            await pilot.pause()
            assert "Tomas Brandt: quote 1 of 2" in str(app.query_one("#status").render())


class TestMarks:
    async def test_marks_are_visible_without_colour(self, make_app, report) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            pane = app.pane
            assert pane.style_at(span_of(report, "so-called")).reverse  # loaded term
            assert pane.style_at(span_of(report, "This plan")).underline  # quote
            assert pane.style_at(span_of(report, "Elena")).bold  # person
            assert pane.style_at(span_of(report, "Some residents")).italic  # vague assertion

    async def test_number_keys_hide_and_show_a_kind(self, make_app, report) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            pane = app.pane
            await pilot.press("4")
            assert "loaded" not in pane.visible_kinds
            assert not pane.style_at(span_of(report, "so-called")).reverse
            await pilot.press("2")
            assert not pane.style_at(span_of(report, "This plan")).underline
            await pilot.press("4", "2")
            assert pane.visible_kinds == {"people", "quotes", "assertions", "loaded"}
            assert pane.style_at(span_of(report, "so-called")).reverse

    async def test_v_hides_quoted_speakers_loaded_terms(self, make_app, report) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            pane = app.pane
            assert pane.style_at(span_of(report, "land grab")).reverse
            await pilot.press("v")
            assert not pane.style_at(span_of(report, "land grab")).reverse  # quoted voice
            assert pane.style_at(span_of(report, "scheme")).reverse  # the outlet's own word

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


PAYLOAD = "[bold red]x[/] \x1b[31m"


def hostile_report() -> Report:
    """A report whose every article-sourced string holds markup and an escape sequence."""
    text = (
        f"Headline {PAYLOAD}\n\n"
        f'Ann Lee {PAYLOAD} said "We build {PAYLOAD} now." '
        f"A {PAYLOAD} man said it was a {PAYLOAD} scheme.\n"
    )
    name_at = text.index("Ann Lee")
    name_span = (name_at, text.index(" said"))
    quote_span = (text.index("We build"), text.index(' now."') + 4)
    second = text.index("A [bold")
    man_span = (second, text.index(" man") + 4)
    term_at = text.index(PAYLOAD, text.index("was a"))
    return Report(
        text=text,
        source=Source(title=f"Title {PAYLOAD}"),
        people=[Person("p1", f"Ann Lee {PAYLOAD}", f"mayor {PAYLOAD}", [name_span], 1)],
        quotes=[
            Quote("q1", "direct", quote_span, speaker_id="p1", speaker_span=name_span),
            Quote(
                "q2",
                "indirect",
                (text.index("it was"), len(text) - 2),
                speaker_text=text[slice(*man_span)],
                speaker_span=man_span,
            ),
        ],
        loaded_terms=[
            LoadedTerm(
                "t1", (term_at, term_at + len(PAYLOAD)), PAYLOAD, "spin", "ours", None, "outlet"
            )
        ],
        cited_outlets=[CitedOutlet("nowhere", f"Wire {PAYLOAD}", name_span)],
    )


def screen_text(app: ReaderApp) -> str:
    """Everything on the current screen as plain text, as the compositor draws it."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


class TestArticleTextIsShownNotObeyed:
    def assert_literal(self, app: ReaderApp, *expected: str) -> None:
        shown = screen_text(app)
        assert "\x1b" not in shown
        for widget in app.screen.query(Static):
            assert "\x1b" not in str(widget.render())
        for part in expected:
            assert part in shown, part

    async def test_the_article_shows_markup_and_escapes_as_written(self) -> None:
        report = hostile_report()
        app = ReaderApp(article_from_text(report.text), report=Report(text=report.text))
        async with app.run_test(size=SIZE):
            pane = app.pane
            shown = pane.strip_for_line(2).text
            assert "[bold red]x[/] ␛[31m" in shown
            assert not pane.style_at(report.text.index("x[/]")).bold
            assert "\x1b" not in shown

    async def test_sidebar_details_status_and_masthead(self) -> None:
        app = ReaderApp(article_from_text(hostile_report().text), report=hostile_report())
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            for node in tree.root.children:
                node.expand()
            await pilot.pause()
            self.assert_literal(app, "Title [bold red]x[/] ␛[31m", "Wire [bold red]x[/] ␛[31m")
            self.assert_literal(app, "Ann Lee [bold red]x[/] ␛[31m", "A [bold red]x[/] ␛[31m man")
            await pilot.press("]")  # status: the quote, its speaker and excerpt
            status = str(app.query_one("#status").render())
            assert status.startswith("Quote 1 of 2 · direct · Ann Lee [bold red]x[/] ␛[31m")
            await pilot.press("tab")
            tree.move_cursor(tree.root.children[1].children[0])  # the person
            await pilot.pause()
            details = str(app.query_one("#details").render())
            assert details.startswith("Ann Lee [bold red]x[/] ␛[31m\nmayor [bold red]x[/] ␛[31m")
            tree.move_cursor(tree.root.children[4].children[0].children[0])  # the loaded term
            await pilot.pause()
            self.assert_literal(app, "[bold red]x[/] ␛[31m · spin · voice: outlet")

    async def test_the_outlet_panel_and_the_search_echo(self) -> None:
        app = ReaderApp(article_from_text(hostile_report().text), report=hostile_report())
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"[bold")
            self.assert_literal(app, "5 matches for “[bold”")
            await pilot.press("escape", "o")
            assert isinstance(app.screen, OutletScreen)
            self.assert_literal(app, "Page metadata: title “Title [bold red]x[/] ␛[31m”")
            body = app.screen.plain_text(width=200)
            assert "first line: “Headline [bold red]x[/] ␛[31m”" in body
            assert "The text cites Wire [bold red]x[/] ␛[31m," in body


class TestFocusAndSidebar:
    async def test_tab_moves_between_article_and_sidebar(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            assert isinstance(app.focused, ArticlePane)
            await pilot.press("tab")
            assert isinstance(app.focused, AnnotationTree)
            await pilot.press("tab")
            assert isinstance(app.focused, ArticlePane)
            await pilot.press("shift+tab")
            assert isinstance(app.focused, AnnotationTree)

    async def test_sections_have_counts(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            tree = app.query_one(AnnotationTree)
            labels = [str(node.label) for node in tree.root.children]
            assert labels == [
                "Outlet (1)",
                "People (2)",
                "Quotes (5)",
                "Assertions (3)",
                "Loaded terms (4)",
            ]

    async def test_moving_the_cursor_previews_and_n_walks_that_kind(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab")
            loaded = tree.root.children[4]
            term = loaded.children[0].children[0]  # first category, first term
            tree.move_cursor(term)
            await pilot.pause()
            assert app.pane.active == "t1"
            assert app.query_one(Sidebar).section == "loaded"
            await pilot.press("n")
            assert app.pane.active == "t2"
            await pilot.press("N")
            assert app.pane.active == "t1"

    async def test_choosing_a_person_lists_their_quotes(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            person = tree.root.children[1].children[1]  # Tomas Brandt
            await pilot.press("tab")
            tree.move_cursor(person)
            await pilot.press("enter")
            assert person.is_expanded
            assert [n.data.ref for n in person.children] == ["q4", "q5"]
            assert app.pane.active == "p2"
            await pilot.press("p")
            assert app.pane.active == "q4"


class TestPanels:
    async def test_o_opens_the_outlet_notes(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            body = app.screen.plain_text()
            for expected in (
                "Coastal Wire",
                "Founded: Founded in 1921 as a shipping news service.",
                "Classifications",
                "Example Media Rater",
                "as of 2023",
                "https://example.org/awards",
            ):
                assert expected in body
            await pilot.press("escape")
            assert not isinstance(app.screen, OutletScreen)

    async def test_an_unknown_outlet_says_so_and_what_was_looked_at(self, make_app, report) -> None:
        report.outlet = None
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            body = app.screen.plain_text()
            assert "outlet is not known" in body
            assert "dateline" in body and "web address" in body

    async def test_n_walks_the_publisher_and_the_cited_outlets(self, make_app, report) -> None:
        start = span_of(report, "council", 1)
        report.cited_outlets = [CitedOutlet("reuters", "Reuters", (start, start + 7))]
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "down", "up")  # the cursor onto the Outlet section
            assert app.sidebar.section == "outlet"
            await pilot.press("n")
            assert app.pane.active == "outlet"
            await pilot.press("n")
            assert app.pane.active == "cited:0"
            assert app.pane.line_of(start) in app.pane.visible_lines

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


class TestOutletRequests:
    async def test_choosing_a_cited_outlet_opens_its_notes(self, make_app, report) -> None:
        start = span_of(report, "council", 1)
        report.cited_outlets = [CitedOutlet("reuters", "Reuters", (start, start + 7))]
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab")
            tree.move_cursor(tree.root.children[0].children[1])  # "cited: Reuters"
            await pilot.press("enter")
            assert isinstance(app.screen, OutletScreen)
            assert app.screen.query_one("#outlet-panel").border_title == "Cited outlet"


class TestSearchAndCounts:
    async def test_a_report_loaded_during_a_search_keeps_the_header_out(self) -> None:
        text = "2024 header\nIn 2024 the plan began.\n"
        report = Report(text=text, body_start=12)
        app = ReaderApp(article_from_text(text), report=report)
        async with app.run_test(size=SIZE):
            assert app.pane.set_search("2024") == 1
            app.pane.load(report)  # the analysis finishing while a search is open
            assert app.pane.search_matches == [(15, 19)]

    async def test_one_quote_is_singular(self, make_app, report) -> None:
        report.people[0].quote_count = 1
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            tree = app.query_one(AnnotationTree)
            await pilot.press("tab")
            tree.move_cursor(tree.root.children[1].children[0])  # Elena Vasquez
            await pilot.pause()
            status = str(app.query_one("#status").render())
            assert status == "Person 1 of 2 · Elena Vasquez · 1 quote"
