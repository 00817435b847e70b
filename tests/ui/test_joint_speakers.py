"""A joint speaker ("Quintero and Calloway said") in the reader and the exports: the quote is
listed under each person it names, shown with the speaker as written, counted for each, walked
by ``p`` from either, and written out with its people in Markdown and JSON."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
from textual.widgets import Static

from contextreader.io.export import to_json, to_markdown
from contextreader.report import Person, Quote, Report, Source
from contextreader.ui.app import ReaderApp
from contextreader.ui.sidebar import AnnotationTree, Entry

from .conftest import SIZE, app_for

TEXT = (
    "Council vote set for March\n\n"
    "Maria Quintero and Paul Calloway met on Monday. Quintero and Calloway said the vote "
    "would be in March. Calloway said the vote would be close.\n"
)


def _at(words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return (start, start + len(words))


def joint_report() -> Report:
    """Two people, a quote they say together and one Calloway says alone."""
    return Report(
        text=TEXT,
        source=Source(title="Council vote set for March"),
        people=[
            Person("p1", "Maria Quintero", None, [_at("Maria Quintero"), _at("Quintero", 1)], 1),
            Person(
                "p2",
                "Paul Calloway",
                "Councillor",
                [_at("Paul Calloway"), _at("Calloway", 1), _at("Calloway", 2)],
                2,
            ),
        ],
        quotes=[
            Quote(
                "q1",
                "indirect",
                _at("the vote would be in March"),
                cue_span=_at("said"),
                speaker_text="Quintero and Calloway",
                speaker_span=_at("Quintero and Calloway"),
                cue="say",
                joint_ids=["p1", "p2"],
            ),
            Quote(
                "q2",
                "indirect",
                _at("the vote would be close"),
                cue_span=_at("said", 1),
                speaker_id="p2",
                speaker_text="Calloway",
                speaker_span=_at("Calloway", 2),
                cue="say",
            ),
        ],
        body_start=TEXT.index("Maria"),
    )


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


def test_quotes_by_gives_the_joint_quote_to_each_person() -> None:
    report = joint_report()
    assert [q.id for q in report.quotes_by("p1")] == ["q1"]
    assert [q.id for q in report.quotes_by("p2")] == ["q1", "q2"]


def test_markdown_names_the_joint_speaker_and_its_people() -> None:
    md = to_markdown(joint_report())
    assert "- **Maria Quintero**: 2 mentions, 1 quote" in md
    assert "- **Paul Calloway**, Councillor: 3 mentions, 2 quotes" in md
    assert (
        "- [indirect] Quintero and Calloway (Maria Quintero, Paul Calloway) — said: "
        "the vote would be in March" in md
    )
    assert "- [indirect] Paul Calloway — said: the vote would be close" in md


def test_json_keeps_the_joint_ids_and_matches_the_schema() -> None:
    data = json.loads(to_json(joint_report()))
    assert [q["joint_ids"] for q in data["quotes"]] == [["p1", "p2"], []]
    assert [q["speaker_id"] for q in data["quotes"]] == [None, "p2"]
    schema = json.loads((files("contextreader.data") / "report.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)


async def test_each_person_lists_the_joint_quote_with_its_speaker() -> None:
    app = app_for(joint_report())
    async with app.run_test(size=SIZE):
        people = app.query_one(AnnotationTree).root.children[1]
        quintero, calloway = people.children
        assert [n.data.ref for n in quintero.children] == ["q1"]
        assert [n.data.ref for n in calloway.children] == ["q1", "q2"]
        # under a name, a quote said alone has no speaker; a joint one says who says it
        assert [n.label.plain for n in calloway.children] == [
            "Quintero and Calloway — said: the vote would be in March",
            "said: the vote would be close",
        ]
        quotes = app.query_one(AnnotationTree).root.children[2]
        assert quotes.children[0].label.plain.startswith("Quintero and Calloway — said:")
        # the quote under Quotes belongs to the first person it names
        assert quotes.children[0].data.person == "p1"


async def test_the_details_name_the_people_of_a_joint_speaker() -> None:
    app = app_for(joint_report())
    async with app.run_test(size=SIZE):
        app.sidebar._show_entry(Entry("quotes", "q1"))
        details = str(app.sidebar.query_one("#details", Static).render())
        assert "Speaker: Quintero and Calloway\nPeople speaking: Maria Quintero, Paul Calloway" in (
            details
        )
        app.sidebar._show_entry(Entry("quotes", "q2"))
        details = str(app.sidebar.query_one("#details", Static).render())
        assert "Speaker: Paul Calloway (Councillor)\n" in details
        assert "People speaking" not in details


async def test_p_from_a_person_walks_their_joint_quote_too() -> None:
    app = app_for(joint_report())
    async with app.run_test(size=SIZE) as pilot:
        tree = app.query_one(AnnotationTree)
        calloway = tree.root.children[1].children[1]
        await pilot.press("tab")
        tree.move_cursor(calloway)
        await pilot.pause()
        await pilot.press("p")
        assert app.pane.active == "q1"
        assert status(app).startswith("Paul Calloway: quote 1 of 2")
        await pilot.press("p")
        assert app.pane.active == "q2"
        assert status(app).startswith("Paul Calloway: quote 2 of 2")


async def test_p_from_a_joint_quote_walks_the_first_persons_quotes() -> None:
    app = app_for(joint_report())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]")
        assert app.pane.active == "q1"
        await pilot.press("p")
        await pilot.pause()
        assert app.pane.active == "q1"  # her only quote: p walks hers, not Calloway's
        assert status(app) == "No more quotes by Maria Quintero after this one"
