"""Moving in the sidebar: tab between the article and the sidebar, the cursor's first place,
enter and ``*`` on headings, the section keys (shift+left/right) and level keys (shift+up/down)
from a heading or an entry, and what they say at the ends."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from contextreader.ui.app import ReaderApp
from contextreader.ui.article_pane import ArticlePane
from contextreader.ui.sidebar import AnnotationTree, Sidebar

from .conftest import (
    SIZE,
    status,
)

Place = tuple[str, str | None]


def where(app: ReaderApp) -> Place:
    """The sidebar cursor as (section, entry id): id None on a section heading."""
    node = app.query_one(AnnotationTree).cursor_node
    assert node is not None and node.data is not None
    return node.data.section, node.data.ref


async def on_heading(pilot: Pilot[int], n: int) -> None:
    """Tab to the sidebar, go to its first line, then shift+down to the n-th heading."""
    await pilot.press("tab", "home", *["shift+down"] * n)


class TestFocus:
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

    async def test_tab_puts_the_cursor_on_the_first_entry(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            assert app.focused is tree
            assert tree.cursor_line == 0 and tree.cursor_node is not None
            assert tree.cursor_node.label.plain.startswith("Outlet")
            await pilot.press("j")
            assert tree.cursor_line == 1

    async def test_the_cursor_comes_back_where_it_was(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j", "j", "tab", "tab")
            assert app.query_one(AnnotationTree).cursor_line == 3


class TestChoosing:
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

    async def test_enter_on_a_heading_opens_and_closes_it_and_says_so(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j")  # People
            node = app.query_one(AnnotationTree).cursor_node
            assert node is not None and node.is_expanded
            await pilot.press("enter")
            await pilot.pause()
            assert not node.is_expanded
            assert status(app).startswith("People (2) closed · space or enter")
            await pilot.press("enter")
            await pilot.pause()
            assert node.is_expanded and status(app).startswith("People (2) opened")

    async def test_space_on_a_heading_says_closed_then_opened_as_enter_does(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j")  # People
            node = app.query_one(AnnotationTree).cursor_node
            assert node is not None and node.is_expanded
            await pilot.press("enter")  # closed by enter: the status says "closed"
            await pilot.press("space")
            await pilot.pause()
            assert node.is_expanded
            assert status(app).startswith("People (2) opened · space or enter")
            await pilot.press("space")
            await pilot.pause()
            assert not node.is_expanded and status(app).startswith("People (2) closed")

    async def test_space_on_an_entry_with_nothing_to_open_says_nothing(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j")  # the outlet entry, under its heading
            await pilot.pause()
            before = status(app)
            await pilot.press("space")
            await pilot.pause()
            assert status(app) == before
            assert "opened" not in before and "closed" not in before

    async def test_asterisk_opens_or_closes_every_entry_at_its_level(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab", "j", "j")  # People, among the other section headings
            tree = app.query_one(AnnotationTree)
            sections = tree.root.children
            assert any(s.is_expanded for s in sections)
            await pilot.press("asterisk")
            await pilot.pause()
            assert not any(s.is_expanded for s in sections)
            assert status(app) == "Every section closed · */shift+space opens them all again"
            await pilot.press("asterisk")
            await pilot.pause()
            assert all(s.is_expanded for s in sections)
            assert status(app) == "Every section opened · */shift+space closes them all again"


class TestSectionKeysFromAHeading:
    async def test_shift_right_walks_the_headings_and_stops_at_the_last(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 1)
            assert where(app) == ("people", None)
            seen = []
            for _ in range(3):
                await pilot.press("shift+right")
                seen.append(where(app))
            assert seen == [("quotes", None), ("assertions", None), ("loaded", None)]
            await pilot.press("shift+right")
            assert where(app) == ("loaded", None)
            assert status(app) == "No section after Loaded terms"

    async def test_shift_right_from_the_outlet_heading(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 0)
            assert where(app) == ("outlet", None)
            await pilot.press("shift+right")
            assert where(app) == ("people", None)

    async def test_shift_left_goes_to_the_previous_heading_and_stops_at_the_first(
        self, make_app
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 3)
            assert where(app) == ("assertions", None)
            await pilot.press("shift+left")
            assert where(app) == ("quotes", None)
            await pilot.press("shift+left", "shift+left")
            assert where(app) == ("outlet", None)
            await pilot.press("shift+left")
            assert where(app) == ("outlet", None)
            assert status(app) == "No section before Outlet"


class TestSectionKeysFromAnEntry:
    async def test_shift_left_goes_up_to_its_own_heading_first(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 2)
            await pilot.press("down", "down")
            assert where(app) == ("quotes", "q2")
            await pilot.press("shift+left")
            assert where(app) == ("quotes", None)
            await pilot.press("shift+left")
            assert where(app) == ("people", None)

    async def test_from_a_quote_under_a_person_the_keys_leave_the_section(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            person = tree.root.children[1].children[0]
            person.expand()
            await pilot.pause()
            tree.move_cursor(person.children[0])
            await pilot.pause()
            assert where(app) == ("quotes", "q2")  # Elena Vasquez's first quote, under People
            await pilot.press("shift+right")
            assert where(app) == ("quotes", None)  # the Quotes heading, not the next person
            tree.move_cursor(person.children[0])
            await pilot.pause()
            await pilot.press("shift+left")
            assert where(app) == ("people", None)


class TestLevelKeys:
    async def test_shift_down_from_a_sections_last_entry_goes_on(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await on_heading(pilot, 3)
            await pilot.press("down", "down", "down")
            assert where(app) == ("assertions", "a3")
            await pilot.press("shift+down")
            assert where(app) == ("loaded", None)

    async def test_shift_down_from_the_last_persons_last_quote_goes_on(self, make_app) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("tab")
            tree = app.query_one(AnnotationTree)
            last_person = tree.root.children[1].children[-1]
            last_person.expand()
            await pilot.pause()
            tree.move_cursor(last_person.children[-1])
            await pilot.pause()
            assert where(app) == ("quotes", "q5")
            await pilot.press("shift+down")  # no next person: the next section, not the top
            assert where(app) == ("quotes", None)


class TestKeysAtTheEnds:
    @pytest.mark.parametrize(
        ("start", "key", "place", "message"),
        [
            pytest.param(
                ("tab", "end"),
                "shift+right",
                ("loaded", "t4"),  # not to the top of the tree
                "No section after Loaded terms",
                id="shift_right_from_the_last_sections_entries",
            ),
            pytest.param(
                ("tab", "end"),
                "shift+down",
                ("loaded", "t4"),
                "No entry after this one: Loaded terms is the last section",
                id="shift_down_past_the_last_entry",
            ),
            pytest.param(
                ("tab", "home", *["shift+down"] * 4),
                "shift+down",
                ("loaded", None),
                "No section after Loaded terms",
                id="shift_down_on_the_last_heading",
            ),
            pytest.param(
                ("tab", "home"),
                "shift+up",
                ("outlet", None),
                "No section before Outlet",
                id="shift_up_on_the_first_heading",
            ),
        ],
    )
    async def test_a_key_at_the_end_stays_and_says_so(
        self,
        make_app,
        start: tuple[str, ...],
        key: str,
        place: tuple[str, str | None],
        message: str,
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press(*start)
            assert where(app) == place
            await pilot.press(key)
            assert where(app) == place
            assert status(app) == message
