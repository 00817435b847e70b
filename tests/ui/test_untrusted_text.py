"""Article text is shown, never obeyed: markup and escape sequences in the article, names,
titles and outlets show as written in every widget."""

from __future__ import annotations

from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.report import (
    CitedOutlet,
    LoadedTerm,
    Person,
    Quote,
    Report,
    Source,
)
from contextreader.ui.app import ReaderApp
from contextreader.ui.screens import (
    OutletScreen,
)
from contextreader.ui.sidebar import AnnotationTree

from .conftest import (
    SIZE,
)

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


class TestInvisibleCharactersAreShown:
    async def test_a_zero_width_space_shows_and_the_sidebar_keeps_its_column(self) -> None:
        text = "A plain line of words.\n\nCritics called it a ho\u200bax and a sc\u2060am.\n"
        app = ReaderApp(article_from_text(text), report=Report(text=text))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "ho◌ax and a sc◌am." in app.pane.text
            lines = screen_text(app).splitlines()
            plain = next(line for line in lines if "A plain line" in line)
            split = next(line for line in lines if "ho◌ax" in line)
            # every character one cell: the sidebar starts in the same column on both lines
            assert len(split) == len(plain)

    async def test_joined_emoji_are_not_taken_apart(self) -> None:
        text = "The family 👨\u200d👩\u200d👧 came.\n"
        app = ReaderApp(article_from_text(text), report=Report(text=text))
        async with app.run_test(size=SIZE):
            assert app.pane.text == text
