"""What the session-10 usability review found, one class per finding: the help shows the
reader's own keys and the legend; the status line says what the sidebar cursor is on; the outlet
notes say each thing once; ``v`` hides what it says it hides; the end of a walk says what lies
the other way; loaded terms are listed as the article prints them."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static

from contextreader.report import Dateline, LoadedTerm, Quote, Report, Source
from contextreader.ui.app import ReaderApp, SearchInput
from contextreader.ui.article_pane import ArticlePane
from contextreader.ui.layout import marks_for, spans_of
from contextreader.ui.screens import HelpScreen, OutletScreen, looked_at
from contextreader.ui.sidebar import AnnotationTree

from .conftest import SIZE, app_for


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


def label(app: ReaderApp, section: str, ref: str) -> str:
    return str(app.sidebar._entry_nodes[(section, ref)].label)  # type: ignore[index]


async def sidebar_line(pilot: Pilot[int], n: int) -> None:
    """Tab to the sidebar, go to its first line, then n lines down."""
    await pilot.press("tab", "home", *["down"] * n)


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


class TestStatusSaysWhatTheCursorIsOn:
    async def test_an_unknown_outlet_is_not_counted_as_one_of_none(self, report) -> None:
        report.outlet = None
        app = app_for(report)
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 0)
            assert status(app) == "Outlet (0) · n/N: next / previous of this kind"
            await pilot.press("down")
            assert status(app) == "Outlet not recognised (o: what was looked at)"

    async def test_a_known_outlet_is_named(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 1)
            assert status(app) == (
                "Outlet 1 of 1 · Coastal Wire (the publisher) · news agency · Freedonia"
                " · o: its notes"
            )

    async def test_a_heading_after_an_entry_replaces_the_entrys_words(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 3)
            assert status(app).startswith("Person 1 of 2 · Elena Vasquez")
            await pilot.press("shift+right", "shift+right", "shift+right")
            assert status(app) == "Loaded terms (4) · n/N: next / previous of this kind"
            await pilot.press("down")
            assert status(app) == (
                "Loaded terms (4) › expression of doubt (1) · n/N: next / previous of this kind"
            )


class TestOutletNotesSayEachThingOnce:
    async def test_facts_with_a_sourced_note_are_not_repeated_in_the_header(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            assert isinstance(app.screen, OutletScreen)
            text = app.screen.plain_text()
            assert text.count("Ownership:") == 1 and text.count("Founded:") == 1
            assert "Ownership: Owned by a cooperative of its member newspapers." in text
            assert "Kind: news agency" in text

    def test_no_page_metadata_is_said_once(self) -> None:
        report = Report(text="The ferry ran late on Monday.\n")
        assert dict(looked_at(report))["Page metadata"] == "none in the article"

    def test_metadata_without_an_outlet_says_none_was_found(self) -> None:
        report = Report(text="The ferry ran late.\n", source=Source(title="Ferry late"))
        assert dict(looked_at(report))["Page metadata"] == (
            "title “Ferry late” (no outlet name found)"
        )

    def test_a_place_only_dateline_is_found_and_credits_no_outlet(self) -> None:
        report = Report(
            text="KESTRELMOOR — The ferry ran late on Monday.\n",
            dateline=Dateline((0, 13), None),
        )
        assert dict(looked_at(report))["Dateline"] == (
            "the dateline “KESTRELMOOR —” was found; it credits no outlet"
        )


class TestVoiceToggleHidesOthersWords:
    """t2 "scheme" is the outlet's, t3 "disgrace" reported (Brandt called the vote a disgrace),
    t4 "land grab" quoted: v hides the last two, in the article and in the sidebar."""

    async def test_v_hides_quoted_and_reported_terms_and_counts_them(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            pane = app.query_one(ArticlePane)
            report = app.report
            assert report is not None
            disgrace = next(t for t in report.loaded_terms if t.id == "t3")
            assert pane.style_at(disgrace.span[0]).reverse
            await pilot.press("v")
            assert not pane.style_at(disgrace.span[0]).reverse
            assert not pane.style_at(report.loaded_terms[3].span[0]).reverse
            assert pane.style_at(report.loaded_terms[1].span[0]).reverse  # the outlet's own
            assert status(app) == (
                "Loaded terms: only the outlet's own words; 2 in quoted or reported speech "
                "hidden (v shows them)"
            )
            assert label(app, "loaded", "t3") == "(hidden) disgrace · reported → a mistake"
            assert label(app, "loaded", "t2") == "scheme · outlet → plan"
            headings = [str(n.label) for n in app.query_one(AnnotationTree).root.children]
            assert headings[-1] == "Loaded terms (4, 2 hidden)"
            groups = app.sidebar._loaded_groups
            assert str(groups["editorializing"].label) == "editorializing (2, 1 hidden)"
            await pilot.press("v")
            assert label(app, "loaded", "t3") == "disgrace · reported → a mistake"
            assert str(groups["editorializing"].label) == "editorializing (2)"

    async def test_n_passes_the_hidden_terms_by(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 0)
            await pilot.press(*["shift+right"] * 4, "tab", "v")
            await pilot.press("n", "n")
            assert app.pane.active == "t2"
            await pilot.press("n")
            assert app.pane.active == "t2"
            assert status(app) == "No more loaded terms after this one; 1 before it (N goes back)"


class TestEndOfWalkMessages:
    async def test_p_at_the_last_quote_names_the_person(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 3)  # Elena Vasquez, two quotes
            await pilot.press("p", "p")
            assert app.pane.active == "q3"
            await pilot.press("p")
            assert status(app) == (
                "No more quotes by Elena Vasquez after this one; 1 before it (P goes back)"
            )

    async def test_a_search_below_the_only_match_says_it_lies_above(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("G", "slash", *"disgrace", "enter")
            assert app.pane.active is None
            assert status(app) == "No more matches below; 1 above (↑ goes back)"
            await pilot.press("up")
            assert app.pane.active == "match:0"
            assert isinstance(app.focused, SearchInput)

    async def test_outside_the_search_box_the_hint_is_the_readers_key(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=(80, 16)) as pilot:
            await pilot.press("slash", *"disgrace", "escape", "G", "n")
            assert status(app) == "No more matches below; 1 above (N goes back)"

    async def test_an_empty_section_heading_opens_like_the_others(self, report) -> None:
        report.loaded_terms = []
        app = app_for(report)
        async with app.run_test(size=SIZE):
            tree = app.query_one(AnnotationTree)
            headings = list(tree.root.children)
            assert [h.allow_expand for h in headings] == [True] * 5
            loaded = headings[-1]
            assert str(loaded.label) == "Loaded terms (0)"
            assert [str(c.label) for c in loaded.children] == ["none found"]


class TestLoadedTermsAsPrinted:
    @staticmethod
    def report() -> Report:
        text = "The mayor's cronies hired two crooks.\n"
        return Report(
            text=text,
            loaded_terms=[
                LoadedTerm(
                    "t1",
                    (12, 19),
                    "crony",
                    "contentious label",
                    "Implies favouritism.",
                    "associates",
                    "outlet",
                ),
                LoadedTerm(
                    "t2",
                    (30, 36),
                    "crook",
                    "contentious label",
                    "Calls them criminals.",
                    "accused",
                    "outlet",
                ),
            ],
        )

    async def test_the_sidebar_and_status_show_the_articles_words(self) -> None:
        app = app_for(self.report())
        async with app.run_test(size=SIZE) as pilot:
            assert label(app, "loaded", "t1") == "cronies · outlet → associates"
            assert label(app, "loaded", "t2") == "crooks · outlet → accused"
            await sidebar_line(pilot, 11)  # each empty section has a "none found" line
            assert app.pane.active == "t2"
            assert status(app) == "Loaded term 2 of 2 · crooks · contentious label · voice: outlet"
            details = str(app.sidebar.query_one("#details", Static).render())
            assert details.startswith("crooks · contentious label")


class TestQuoteInPieces:
    """A quote split by its tag is marked and shown as the speaker's words only."""

    TEXT = '"We lost," Helen Marsh said. "But we fought."'

    def report(self) -> Report:
        quote = Quote(
            id="q1",
            kind="direct",
            span=(1, 44),
            speaker_text="Helen Marsh",
            speaker_span=(11, 22),
            parts=[(1, 9), (30, 44)],
        )
        return Report(text=self.TEXT, quotes=[quote])

    def test_marks_and_spans_leave_the_tag_out(self) -> None:
        report = self.report()
        quoted = [(m.start, m.end) for m in marks_for(report) if m.kind == "quote"]
        assert [self.TEXT[s:e] for s, e in quoted] == ["We lost,", "But we fought."]
        assert [self.TEXT[s:e] for s, e in spans_of(report, "q1")] == [
            "We lost,",
            "But we fought.",
            "Helen Marsh",
        ]

    def test_the_excerpt_joins_the_pieces(self) -> None:
        report = self.report()
        assert report.quote_excerpt(report.quotes[0]) == "We lost, … But we fought."
