"""Outlet notes, session 12: a rating keeps the part of the outlet it covers, a rating is shown
once when the curated and generated layers both hold it, and identity notes read as sentences.

The lists and entries here are invented (Kestrel Wire, Osprey Post); only the last test reads the
packaged files.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from contextreader.outlets.build import build, rsp_scope
from contextreader.outlets.kb import OutletEntry, merge_entries, parse_kb
from contextreader.report import OutletNote

DATA = Path(__file__).parent / "data"
HEADER = (
    "id,name,qualifier,status_code,status,blacklisted,last_discussed,shortcut,domains,summary,"
    "snapshot\n"
)


# -- the scope of a perennial-sources rating (build) ---------------------------------------------


@pytest.mark.parametrize(
    ("row_id", "name", "qualifier", "scope"),
    [
        # the qualifier holds the scope when the id does not
        (
            "Osprey Post",
            "Osprey Post",
            "(news excluding sport and weather)",
            "news excluding sport and weather",
        ),
        # the id's parenthesis sets the row apart from the outlet, in any case
        (
            "Osprey Post (sport and weather)",
            "Osprey Post",
            "(sport and weather)",
            "sport and weather",
        ),
        ("Osprey Post (Weekend Supplement)", "Osprey Post", "(The Osprey)", "Weekend Supplement"),
        ("Osprey Post (pre-2019)", "Osprey Post (newspaper)", "(pre–2019)", "pre-2019"),
        # a period the parse glued together gets its dash back
        ("Osprey Post", "Osprey Post (newspaper)", "(May 2021present)", "May 2021–present"),
        (
            "Osprey Post",
            "Osprey Post",
            "(pre–5 March 2011) (print issue)",
            "pre–5 March 2011, print issue",
        ),
        # a qualifier in capitals is another name or a place: no scope
        ("Kestrel Wire", "Kestrel Wire", "(KW)", ""),
        ("Osprey Post", "Osprey Post (Freedonia)", "(FR)", ""),
        ("Osprey Post", "Osprey Post", "(Osprey Digital, Osprey 2020 Archive)", ""),
        # the name has a parenthesis of its own: the id's, in capitals, tells two outlets apart
        ("Osprey Post (Jan Roe)", "Osprey Post (newspaper)", "(The OP)", ""),
        ("Osprey Post", "Osprey Post", "", ""),
    ],
)
def test_scope_of_a_rating(row_id, name, qualifier, scope):
    assert rsp_scope(row_id, name, qualifier) == scope


def _osprey_notes(tmp_path: Path, rows: str) -> list[dict[str, str]]:
    """The notes the build gives Osprey Post from a perennial-sources list of ``rows``."""
    perennial = tmp_path / "perennial.csv"
    perennial.write_text(HEADER + rows, encoding="utf-8")
    entries = {e["id"]: e for e in build(DATA / "tiny_matrix.csv", perennial)["outlet"]}
    return entries["osprey-post"]["notes"]


def test_each_rating_of_one_outlet_is_labelled_with_its_scope(tmp_path):
    rows = (
        "Osprey Post,Osprey Post,(news excluding sport),nc,no consensus,no,2024,WP:OSPREY,"
        "ospreypost.net,A summary that must never be copied.,audiodude-scrape-2026-04\n"
        "Osprey Post (sport),Osprey Post,(sport),gu,generally unreliable,no,2023,WP:OSPREYSPORT,"
        "ospreypost.net,Another summary.,audiodude-scrape-2026-04\n"
    )
    notes = [(n["label"], n["text"][:30], n["source"]) for n in _osprey_notes(tmp_path, rows)]
    assert notes == [
        (
            "Wikipedia perennial sources (news excluding sport)",
            "Listed as 'no consensus' on En",
            "https://en.wikipedia.org/wiki/WP:OSPREY",
        ),
        (
            "Wikipedia perennial sources (sport)",
            "Listed as 'generally unreliabl",
            "https://en.wikipedia.org/wiki/WP:OSPREYSPORT",
        ),
    ]


def test_a_rating_of_the_whole_outlet_has_no_scope(tmp_path):
    rows = (
        "Osprey Post,Osprey Post,(The Osprey),gr,generally reliable,no,2024,WP:OSPREY,"
        "ospreypost.net,A summary.,audiodude-scrape-2026-04\n"
    )
    assert [n["label"] for n in _osprey_notes(tmp_path, rows)] == ["Wikipedia perennial sources"]


# -- one rating, one note (merge) -----------------------------------------------------------------

RSP = "https://en.wikipedia.org/wiki/WP:KESTREL"
LIST = "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources"
LISTED = "Listed as 'generally reliable' on the list (last discussed 2024)."


def _note(label: str, text: str = LISTED, source: str = RSP) -> OutletNote:
    return OutletNote("classification", label, text, source, "Perennial sources", "2026-04")


def _merged(curated: list[OutletNote], generated: list[OutletNote]) -> list[str]:
    c = OutletEntry(
        "kestrel", "Kestrel Wire", domains=("kestrelwire.example",), notes=tuple(curated)
    )
    g = OutletEntry(
        "kestrel-wire-network",
        "Kestrel Wire Network",
        domains=("kestrelwire.example",),
        notes=tuple(generated),
        origin="perennial-sources",
    )
    (entry,) = merge_entries([c], [g])
    return [f"{n.label}: {n.text}" for n in entry.notes]


def test_the_same_rating_under_another_label_is_shown_once():
    curated = [_note("Wikipedia perennial sources")]
    generated = [_note("Wikipedia perennial sources (Kestrel Wire)")]
    assert _merged(curated, generated) == [f"Wikipedia perennial sources: {LISTED}"]


def test_a_page_about_one_rating_cited_on_both_sides_keeps_the_curated_wording():
    curated = [_note("Wikipedia perennial sources", "Listed as 'generally reliable' (2024).")]
    generated = [_note("Wikipedia perennial sources (Kestrel Wire)")]
    assert _merged(curated, generated) == [
        "Wikipedia perennial sources: Listed as 'generally reliable' (2024)."
    ]


def test_other_ratings_on_a_shared_list_page_are_all_kept():
    curated = [_note("Wikipedia perennial sources", source=LIST)]
    generated = [
        _note("Wikipedia perennial sources (sport)", "Listed as 'no consensus'.", LIST),
        _note("Wikipedia perennial sources (weather)", "Listed as 'deprecated'.", LIST),
    ]
    assert _merged(curated, generated) == [
        f"Wikipedia perennial sources: {LISTED}",
        "Wikipedia perennial sources (sport): Listed as 'no consensus'.",
        "Wikipedia perennial sources (weather): Listed as 'deprecated'.",
    ]


def test_a_rating_from_another_source_is_kept():
    curated = [_note("Wikipedia perennial sources")]
    generated = [_note("Wikipedia perennial sources (sport)", source=RSP + "SPORT")]
    assert len(_merged(curated, generated)) == 2


# -- identity notes read as sentences (packaged data) ----------------------------------------------

KIND_NOUNS = {
    "news agency": "News agency",
    "broadcaster": "Broadcaster",
    "newspaper": "Newspaper",
    "magazine": "Magazine",
    "digital": "Digital news outlet",
}


def test_identity_notes_open_with_a_noun_for_the_kind():
    text = resources.files("contextreader.data").joinpath("outlets_major.toml").read_text("utf-8")
    kb = parse_kb(text, "outlets_major.toml")
    checked = 0
    for entry in kb.entries:
        for note in entry.notes:
            if note.label == "Identity" and entry.kind is not None:
                assert re.match(rf"{KIND_NOUNS[entry.kind]} based in ", note.text), note.text
                checked += 1
    assert checked > 250
    assert "Digital based in" not in text
