"""Reader fixtures: a hand-written report for a short invented article, so UI tests never depend
on how good the analysis currently is; and the helpers the UI test files share."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from contextreader.io.article import article_from_text
from contextreader.report import Person, Quote, Report, Source, report_from_dict
from contextreader.ui.app import ReaderApp

FIXTURES = Path(__file__).parent / "fixtures"
SIZE = (120, 40)
NARROW = (80, 24)


def load_fixture_report() -> Report:
    return report_from_dict(json.loads((FIXTURES / "report.json").read_text(encoding="utf-8")))


def app_for(report: Report) -> ReaderApp:
    return ReaderApp(article_from_text(report.text, report.source), report=report)


@pytest.fixture
def report() -> Report:
    return load_fixture_report()


@pytest.fixture
def make_app() -> Callable[..., ReaderApp]:
    """A reader on the fixture report (or on another report given)."""

    def make(report: Report | None = None) -> ReaderApp:
        return app_for(report or load_fixture_report())

    return make


def status(app: ReaderApp) -> str:
    """The status line's text."""
    return str(app.query_one("#status", Static).render())


def label(app: ReaderApp, section: str, ref: str) -> str:
    """The sidebar label of one entry."""
    return str(app.sidebar._entry_nodes[(section, ref)].label)  # type: ignore[index]


def span_of(report: Report, text: str, nth: int = 0) -> int:
    """Where the nth ``text`` starts in the report's text."""
    start = -1
    for _ in range(nth + 1):
        start = report.text.index(text, start + 1)
    return start


async def until(pilot: Pilot[int], done: Callable[[], bool]) -> None:
    """Wait until ``done()`` holds (a message from a thread, a layout after a resize): a single
    pause is not always enough on a busy machine."""
    for _ in range(200):
        if done():
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


async def sidebar_line(pilot: Pilot[int], n: int) -> None:
    """Tab to the sidebar, go to its first line, then n lines down."""
    await pilot.press("tab", "home", *["down"] * n)


async def burst(app: ReaderApp, keys: str) -> None:
    """Send ``keys`` as a terminal sends a burst of typing: every key queued at once, with no
    pause for the app to handle one before the next (``pilot.press`` waits after each)."""
    from textual import events

    driver = app._driver
    assert driver is not None
    for char in keys:
        key = {"/": "slash", " ": "space"}.get(char, char)
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)


HEADLINE = "Harbour board defends new ferry timetable as crews warn of delays"
ARTICLE = (
    f"{HEADLINE}\n\n"
    "The Corrin harbour board said on Monday that the winter timetable would stand, though "
    "two crews have written to its chair, Mira Tollan, to ask for more time between sailings.\n"
)


def pending_app() -> ReaderApp:
    """A reader with no report yet, whose analysis never starts: the model-loading state."""
    app = ReaderApp(article_from_text(ARTICLE))
    app.analyse = lambda: None  # type: ignore[method-assign]
    return app


async def analysed(app: ReaderApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


DENIAL = (
    "Bram Venn rejected the claim that the marina had any influence on the vote. "
    "He declined to answer questions about the timetable.\n"
)


def denial_report() -> Report:
    """Two reported quotes whose verbs refuse the words: "rejected", "declined"."""
    text = DENIAL
    first_cue = text.index("rejected")
    second_cue = text.index("declined")
    claim = text.index("the claim")
    answer = text.index("to answer")
    quotes = [
        Quote(
            "q1",
            "indirect",
            (claim, text.index(" on the vote")),
            cue_span=(first_cue, first_cue + len("rejected")),
            speaker_id="p1",
            speaker_text="Bram Venn",
            speaker_span=(0, 9),
            cue="reject",
        ),
        Quote(
            "q2",
            "indirect",
            (answer, len(text) - 2),
            cue_span=(second_cue, second_cue + len("declined")),
            speaker_id="p1",
            speaker_text="He",
            speaker_span=(text.index("He"), text.index("He") + 2),
            cue="decline",
        ),
    ]
    person = Person("p1", "Bram Venn", None, [(0, 9)], quote_count=2)
    return Report(text=text, source=Source(path="denial.txt"), people=[person], quotes=quotes)
