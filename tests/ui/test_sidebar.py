"""The sidebar's contents: section headings with counts and what each section holds, entry
labels as the article prints them, the details box, and the status line for the entry under the
cursor; a heading highlights nothing in the article."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Static

from contextreader.report import (
    LoadedTerm,
    Report,
    Sentence,
    Source,
    paragraph_number,
    place_of,
)
from contextreader.ui.app import ReaderApp
from contextreader.ui.article_pane import GLYPH_ACTIVE, GUTTER, ArticlePane
from contextreader.ui.sidebar import AnnotationTree, Entry

from .conftest import (
    SIZE,
    app_for,
    denial_report,
    label,
    load_fixture_report,
    sidebar_line,
    status,
)


def marked_lines(pane: ArticlePane) -> list[int]:
    """The lines whose gutter shows the "you are here" mark."""
    return [
        y for y in range(pane.line_count) if GLYPH_ACTIVE in pane.strip_for_line(y).text[:GUTTER]
    ]


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


class TestSections:
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


class TestSectionHeadingsSayWhatTheyHold:
    @pytest.mark.parametrize(
        ("index", "expected"),
        [
            (0, "Outlet\nThe publisher and the outlets the text cites; ⏎ or o opens the notes."),
            (1, "People\nEveryone named, with role and number of quotes. On a name, p / P"),
            (2, "Quotes\nSpeech and its speaker, in reading order; ] / [ walks it."),
            (3, "Assertions\nClaims with no source (○) or only a vague one (?)."),
            (4, "Loaded terms\nWords that judge, by kind, whose words they are and an"),
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


class TestHeadingClearsTheHighlight:
    """Fixture sidebar lines: 5 "Quotes (5)", 6 q1, 7 q2 ... 14 a3, 15 "Loaded terms"."""

    async def test_up_from_a_quote_onto_its_heading(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 7)
            assert app.pane.active == "q2"
            assert marked_lines(app.pane)
            await pilot.press("up", "up")
            assert app.pane.active is None
            assert marked_lines(app.pane) == []
            assert status(app) == "Quotes (5) · n/N: next / previous of this kind"

    async def test_onto_an_empty_section_and_its_none_found_line(self) -> None:
        app = app_for(replace(load_fixture_report(), loaded_terms=[]))
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 14)
            assert app.pane.active == "a3"
            await pilot.press("down")
            assert app.pane.active is None
            assert marked_lines(app.pane) == []
            assert status(app) == "Loaded terms (0) · n/N: next / previous of this kind"
            await pilot.press("down")  # "none found"
            assert app.pane.active is None
            await pilot.press("up", "up")
            assert app.pane.active == "a3"

    async def test_a_jump_from_the_article_keeps_its_highlight(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await sidebar_line(pilot, 11)  # the Assertions heading
            await pilot.press("tab", "g", "right_square_bracket", "right_square_bracket")
            await pilot.pause()
            assert app.pane.active == "q3"
            assert app.sidebar.entries.cursor_node is app.sidebar._entry_nodes[("quotes", "q3")]
            assert marked_lines(app.pane)


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
                "called: the vote a disgrace"  # what the speaker did with the words
            )
            term = await self.details_of(app, "loaded", "t4")
            assert term.startswith("land grab · contentious label · voice: quoted (a quoted")

    async def test_a_scare_quote_has_no_speaker_line(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            scare = await self.details_of(app, "quotes", "q1")
            assert scare == (
                "Words in quotation marks (nobody is quoted: a title, a name, or words held at "
                "a distance)\n“harbor renewal”"
            )


class TestReportedSpeechSaysWhatTheSpeakerDid:
    async def test_sidebar_details_and_status_show_the_verb(self) -> None:
        report = denial_report()
        app = app_for(report)
        async with app.run_test(size=SIZE) as pilot:
            sidebar = app.sidebar
            node = sidebar._entry_nodes[("quotes", "q1")]
            assert (
                node.label.plain
                == "Bram Venn — rejected: the claim that the marina had any influence"
            )
            people = node.parent.parent.children[1]
            under_person = people.children[0].children[0]  # People › Bram Venn › q1
            assert (
                under_person.label.plain == "rejected: the claim that the marina had any influence"
            )
            sidebar._show_entry(Entry("quotes", "q2"))
            details = str(sidebar.query_one("#details", Static).render())
            assert "declined: to answer questions about the timetable" in details.replace("\n", " ")
            assert "cue:" not in details  # said once, beside the words
            await pilot.press("right_square_bracket")
            assert "Bram Venn — rejected · the claim" in status(app)


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
            assert status(app) == (
                "Loaded term 2 of 2 in reading order · crooks · contentious label · voice: outlet"
            )
            details = str(app.sidebar.query_one("#details", Static).render())
            assert details.startswith("crooks · contentious label")


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


class TestTheDetailsBoxGrowsInATallWindow:
    @pytest.mark.parametrize(("size", "whole"), [((120, 40), True), ((80, 24), False)])
    async def test_a_long_note_shows_whole_where_the_sidebar_has_room(
        self, size: tuple[int, int], whole: bool
    ) -> None:
        """Up to two fifths of the sidebar go to the box: a 400-character note is read whole
        at 120x40; at 80x24 the box keeps its nine rows and cuts the note with "…", its
        "Instead:" line kept."""
        report = load_fixture_report()
        note = " ".join(["The word frames the matter before the facts are in."] * 8) + " END"
        report.loaded_terms[0] = replace(report.loaded_terms[0], note=note, alternative="drop it")
        app = app_for(report)
        async with app.run_test(size=size) as pilot:
            await pilot.press("l", "tab")
            await pilot.pause()
            await pilot.pause()
            shown = str(app.sidebar.query_one("#details", Static).render())
            assert ("END" in shown) is whole
            assert ("…" in shown) is not whole
            assert shown.rstrip().splitlines()[-1].startswith("Instead:")
