"""The reader as a user drives it: keys pressed, then what is highlighted and on screen."""

from __future__ import annotations

from contextreader.io.article import article_from_text
from contextreader.report import CitedOutlet, Report
from contextreader.ui.app import ReaderApp
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
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]", "]")
            assert app.pane.active == "q2"
            assert in_view(app, "q2")
            await pilot.press("[")
            assert app.pane.active == "q1"

    async def test_a_far_quote_is_scrolled_into_view(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            assert not in_view(app, "q5")
            await pilot.press(*"]]]]]")
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
            await pilot.press("]", "]", "]", "]")  # q4: Tomas Brandt's reported speech
            assert app.pane.active == "q4"
            await pilot.press("p")
            assert app.pane.active == "q5"
            await pilot.press("P")
            assert app.pane.active == "q4"


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
            assert app.pane.style_at(span_of(report, "harbor renewal")).reverse  # active

    async def test_markup_and_escape_sequences_show_literally(self) -> None:
        text = "Headline\n\nShe wrote [bold]x[/bold] and \x1b[31mred\x1b[0m in the post.\n"
        app = ReaderApp(article_from_text(text), report=Report(text=text))
        async with app.run_test(size=SIZE):
            pane = app.pane
            shown = pane.strip_for_line(2).text
            assert "[bold]x[/bold]" in shown
            assert "␛[31mred␛[0m" in shown
            assert not pane.style_at(text.index("x[/bold]")).bold
            assert "\x1b" not in shown


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
            body = str(app.screen.query_one("#outlet-body").render())
            for expected in (
                "Coastal Wire",
                "Founded: 1921",
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
            body = str(app.screen.query_one("#outlet-body").render())
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
