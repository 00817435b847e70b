"""The keys that hide marks: 1-4 hide a kind, ``v`` keeps only the loaded terms in the outlet's own
voice; the article, the sidebar, the masthead and the status line agree on what is hidden."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from textual.widgets import Static

from contextreader.report import Genre, Report
from contextreader.ui.article_pane import ArticlePane
from contextreader.ui.sidebar import AnnotationTree, Entry

from .conftest import (
    SIZE,
    app_for,
    label,
    load_fixture_report,
    pending_app,
    sidebar_line,
    span_of,
    status,
)


class TestKindKeys:
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

    async def test_n_says_the_terms_are_hidden_when_v_hides_every_one(self) -> None:
        report = load_fixture_report()
        others = [t for t in report.loaded_terms if t.voice in ("reported", "quoted")]
        app = app_for(replace(report, loaded_terms=others))
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 0)
            await pilot.press(*["shift+right"] * 4, "tab", "v", "n")
            assert app.pane.active is None
            assert status(app) == (
                "No loaded terms in the outlet's own words; 2 hidden (v shows them)"
            )
            await pilot.press("v", "n")  # shown again: n goes to the first
            assert app.pane.active == "t3"

    async def test_no_loaded_terms_at_all_is_said_as_before(self) -> None:
        app = app_for(replace(load_fixture_report(), loaded_terms=[]))
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 0)
            await pilot.press(*["shift+right"] * 4, "tab", "v", "n")
            assert status(app) == "No loaded terms in this article"

    async def test_v_takes_the_cursor_off_a_term_it_hides(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            app.pane.jump_to("t3")  # reported: v hides it
            await pilot.press("v")
            assert app.pane.active is None and not app.pane.active_spans
            app.pane.jump_to("t2")  # the outlet's own: v leaves it, and the cursor on it
            await pilot.press("v", "v")
            assert app.pane.active == "t2"

    async def test_v_hides_quoted_speakers_loaded_terms(self, make_app, report) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            pane = app.pane
            assert pane.style_at(span_of(report, "land grab")).reverse
            await pilot.press("v")
            assert not pane.style_at(span_of(report, "land grab")).reverse  # quoted voice
            assert pane.style_at(span_of(report, "scheme")).reverse  # the outlet's own word

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


def outlet_voice_only(report: Report) -> Report:
    return replace(report, loaded_terms=[replace(t, voice="outlet") for t in report.loaded_terms])


class TestVoiceToggleWithNothingToHide:
    @pytest.mark.parametrize(
        "change",
        [
            pytest.param(outlet_voice_only, id="no_term_in_others_words"),
            pytest.param(lambda r: replace(r, loaded_terms=[]), id="no_loaded_terms"),
        ],
    )
    async def test_nothing_to_hide_says_none(self, change: Callable[[Report], Report]) -> None:
        app = app_for(change(load_fixture_report()))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v")
            assert status(app) == (
                "Loaded terms: only the outlet's own words; none are in quoted or reported speech"
            )

    async def test_before_the_report_it_applies_once_terms_are_found(self) -> None:
        app = pending_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v")
            assert status(app) == (
                "Loaded terms: only the outlet's own words, once the analysis has found them "
                "(v shows all voices)"
            )


class TestAWritersPieceNamesTheWriter:
    """In a piece labelled as a letter, a column or an op-ed the loaded terms outside anyone's
    quotes are the writer's: the sidebar, the status line and the masthead say "writer", and
    ``v`` still keeps only them (the report's voice value stays "outlet")."""

    async def test_the_reader_names_the_writer_and_v_keeps_their_words(self) -> None:
        report = load_fixture_report()
        report.genre = Genre(name="column", span=(0, 4), writer=True)
        app = app_for(report)
        async with app.run_test(size=SIZE) as pilot:
            assert label(app, "loaded", "t2") == "scheme · writer → plan"
            assert label(app, "loaded", "t3") == "disgrace · reported → a mistake"
            sidebar = app.sidebar
            sidebar._show_entry(Entry("loaded", "t2"))
            details = str(sidebar.query_one("#details", Static).render())
            assert "voice: writer (the writer's own words)" in details
            sidebar._show_entry(Entry("loaded", "t3"))  # reported: someone else's, not theirs
            details = str(sidebar.query_one("#details", Static).render())
            assert "voice: reported (someone else's words, as the writer reports them)" in details
            sidebar._show_entry(Entry("quotes", "q4"))
            details = str(sidebar.query_one("#details", Static).render())
            assert "(reported speech: their point in the writer's words)" in details
            await pilot.press("v")
            assert status(app) == (
                "Loaded terms: only the writer's own words; 2 in quoted or reported speech "
                "hidden (v shows them)"
            )
            state = app.query_one("#view-state", Static)
            assert str(state.render()).endswith("loaded terms: writer's only")
            assert app.pane.style_at(span_of(report, "scheme")).reverse
            assert not app.pane.style_at(span_of(report, "land grab")).reverse

    async def test_an_editorial_is_the_outlets_own(self) -> None:
        report = load_fixture_report()
        report.genre = Genre(name="editorial", span=(0, 4))
        app = app_for(report)
        async with app.run_test(size=SIZE):
            assert label(app, "loaded", "t2") == "scheme · outlet → plan"
