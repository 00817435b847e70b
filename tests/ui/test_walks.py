"""Walking the annotations from the article: ``]`` and ``[`` through the quotes (a scare quote
passed by), ``p`` and ``P`` through one person's quotes; where a walk starts (the highlight if it
is on screen, else what is in view) and what its end says lies the other way."""

from __future__ import annotations

from dataclasses import replace

from contextreader.report import (
    Person,
    Report,
)
from contextreader.ui.app import ReaderApp
from contextreader.ui.sidebar import AnnotationTree

from .conftest import (
    SIZE,
    app_for,
    load_fixture_report,
    sidebar_line,
    status,
)


def in_view(app: ReaderApp, ref: str) -> bool:
    """The first span of an annotation is on a line inside the visible region."""
    pane = app.pane
    assert pane.report is not None
    quote = next(q for q in pane.report.quotes if q.id == ref)
    return pane.line_of(quote.span[0]) in pane.visible_lines


def test_the_fixture_report_has_the_quotes_these_tests_walk() -> None:
    report = load_fixture_report()
    assert [(q.id, q.kind) for q in report.quotes] == [
        ("q1", "scare"),
        ("q2", "direct"),
        ("q3", "direct"),
        ("q4", "indirect"),
        ("q5", "direct"),
    ]


class TestQuoteJumps:
    async def test_right_bracket_twice_goes_to_the_second_quote(self, make_app) -> None:
        """q1 is a scare quote, nobody's words: ] and [ walk q2, q3 ..."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]")
            await pilot.pause()
            # numbered by place in the Quotes section, as the sidebar numbers it; the scare
            # quote passed by is said, so the number 2 is no quote missed
            assert status(app).startswith("Quote 2 of 5 · passed 1 scare quote · direct")
            await pilot.press("]")
            assert app.pane.active == "q3"
            assert in_view(app, "q3")
            assert status(app).startswith("Quote 3 of 5 · direct")  # none passed: no note
            await pilot.press("]")
            assert status(app).startswith("Quote 4 of 5 · indirect")
            await pilot.press("[", "[")
            assert app.pane.active == "q2"
            assert status(app).startswith("Quote 2 of 5 · direct")
            await pilot.press("[")  # the first ] visits: as many after it as it visits
            assert status(app) == "No more quotes before this one; 3 after it (] goes forward)"

    async def test_n_in_the_quotes_section_counts_the_scare_quote_too(self, make_app) -> None:
        """n walks the Quotes section as the sidebar lists it, scare quotes and all."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "shift+right", "shift+right", "n", "n")
            assert app.pane.active == "q2"
            assert status(app).startswith("Quote 2 of 5 · direct")

    async def test_brackets_n_and_the_sidebar_number_a_quote_alike(self, make_app) -> None:
        """One numbering: ] then n then ] counted up by one each time, and the sidebar's own
        entry for the quote gives the number ] gave."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]")
            assert status(app).startswith("Quote 2 of 5 ·")
            await pilot.press("n")  # the sidebar is on the Quotes section now
            assert app.pane.active == "q3" and status(app).startswith("Quote 3 of 5 · direct")
            await pilot.press("]")
            assert app.pane.active == "q4" and status(app).startswith("Quote 4 of 5 · indirect")
            await pilot.press("tab", "up", "down")  # the same entry, highlighted from the sidebar
            assert app.pane.active == "q4" and status(app).startswith("Quote 4 of 5 · indirect")

    async def test_a_scare_quote_in_the_middle_is_said_both_ways(self) -> None:
        report = load_fixture_report()
        report.quotes[2] = replace(report.quotes[2], kind="scare")  # q3
        app = app_for(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("]", "]")
            assert app.pane.active == "q4"
            assert status(app).startswith("Quote 4 of 5 · passed 1 scare quote")
            await pilot.press("[")
            assert app.pane.active == "q2"
            assert status(app).startswith("Quote 2 of 5 · passed 1 scare quote")
            await pilot.press("]")
            await pilot.press("]")  # q5: nothing passed between q4 and it
            assert app.pane.active == "q5"
            assert status(app).startswith("Quote 5 of 5 · direct")

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
            assert status(app).startswith("Quote 5 of 5 ·")

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

    async def test_without_a_search_right_bracket_starts_at_the_top(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("right_square_bracket")
            assert app.pane.active == "q2"  # q1 is a scare quote, passed by


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

    async def test_without_a_person_p_goes_to_the_first_person_quoted_and_says_so(
        self, make_app
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("p")
            assert app.pane.active == "q2"  # Elena Vasquez, first in People, her first quote
            assert status(app).startswith("Elena Vasquez: quote 1 of 2 · direct · “This plan")
            assert status(app).endswith(
                "(no person chosen: the first one quoted; tab: the sidebar to choose)"
            )
            await pilot.press("p")  # on from her quote: her next one
            assert app.pane.active == "q3"

    async def test_a_quote_by_no_one_in_people_leaves_no_person_chosen(
        self, make_app, report
    ) -> None:
        """Walking the quotes past one whose speaker is no person (an office, a statement)
        leaves no one chosen: p does not go on with the person of an earlier quote."""
        report.quotes[3].speaker_id = None  # q4: the councillor's quote, now an office's
        report.quotes[3].speaker_text = "the harbour office"
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("right_square_bracket", "right_square_bracket")
            assert app.pane.active == "q3"
            assert app.sidebar.person == "p1"
            await pilot.press("right_square_bracket")
            assert app.pane.active == "q4"
            assert app.sidebar.person is None
            await pilot.press("p")
            assert "no person chosen" in status(app)

    async def test_capital_p_without_a_person_goes_to_their_last_quote(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("P")
            assert app.pane.active == "q3"

    async def test_with_no_one_quoted_p_says_how_to_choose_one(self, make_app, report) -> None:
        report.quotes = [q for q in report.quotes if q.kind == "scare"]
        app = make_app(report)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("p")
            assert status(app) == (
                "No person chosen: put the sidebar's cursor on a name under People, or go to "
                "one of their quotes (tab goes to the sidebar)"
            )

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


class TestLoadedTermWalk:
    async def test_l_walks_the_loaded_terms_from_anywhere(self, make_app) -> None:
        """l / L go through the loaded terms in reading order without choosing their sidebar
        section first (n on a fresh reader walks the quotes); the end of the walk names l's keys."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("l")
            assert app.pane.active == "t1"
            assert status(app).startswith("Loaded term 1 of 4 in reading order · so-called")
            await pilot.press("l", "l", "l")
            assert app.pane.active == "t4"
            await pilot.press("l")
            assert app.pane.active == "t4"
            assert status(app) == "No more loaded terms after this one; 3 before it (L goes back)"
            await pilot.press("L")
            assert app.pane.active == "t3"

    async def test_with_v_on_l_passes_others_words_by(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("v", "l", "l", "l")
            assert app.pane.active == "t2"  # t3 is reported, t4 quoted: both hidden
            assert status(app).startswith("No more loaded terms after this one")

    async def test_after_v_hides_the_term_you_are_on_the_walk_goes_on_from_it(
        self, make_app
    ) -> None:
        """v hides t3 (reported) while the reader is on it: the next own-words term is looked
        for after where t3 stood, not from the top of the view (which gave t1 again)."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("l", "l", "l")
            assert app.pane.active == "t3"
            await pilot.press("v", "l")
            assert app.pane.active is None
            assert status(app).startswith("No more loaded terms below")
            await pilot.press("L")
            assert app.pane.active == "t2"

    async def test_the_place_v_left_is_forgotten_once_the_reader_moves_elsewhere(
        self, make_app
    ) -> None:
        """Where the hidden term stood stayed the walk's starting point after the reader had
        gone to a sidebar heading or entry: a later walk would have gone on from a place the
        reader had left."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("l", "l", "l", "v")
            assert app.pane.active is None and app._walk_from is not None
            await pilot.press("tab", "down")  # another line of the sidebar
            await pilot.pause()
            assert app._walk_from is None
            await pilot.press("shift+tab", "v", "l", "l", "l", "v", "tab", "home")
            await pilot.pause()
            assert app._walk_from is None
