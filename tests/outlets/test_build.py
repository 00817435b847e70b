"""The build script: public lists in, a validated generated layer out (on tiny CSVs we wrote)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contextreader.outlets.build import build, load_words, main, safe_anywhere
from contextreader.outlets.kb import parse_generated

DATA = Path(__file__).parent / "data"
MATRIX = DATA / "tiny_matrix.csv"
PERENNIAL = DATA / "tiny_perennial.csv"


@pytest.fixture(scope="module")
def built() -> dict:
    return {e["id"]: e for e in build(MATRIX, PERENNIAL)["outlet"]}


def test_rows_sharing_a_host_become_one_entry_named_after_the_company(built):
    frt = built["freedonian-radio-and-television"]
    assert frt["name"] == "Freedonian Radio and Television"
    assert frt["kind"] == "broadcaster" and frt["country"] == "Freedonia"
    assert frt["domains"] == ["frt-freedonia.tv"]
    assert frt["aliases"] == ["Freedonia Radio", "Freedonia Television"]
    assert frt["dateline_credits"] == ["FRT"]
    smm = [n for n in frt["notes"] if n["label"] == "State Media Monitor"]
    assert smm[0]["text"].startswith("Classed as state-controlled media (SC)")
    assert (
        smm[0]["as_of"] == "2023" and smm[0]["source"] == "https://statemediamonitor.com/typology/"
    )


def test_state_media_row_and_perennial_entry_merge_by_domain(built):
    kpa = built["kestrel-press-agency"]
    assert kpa["origin"] == "state-media-matrix+perennial-sources"
    assert kpa["kind"] == "news agency"
    labels = [(n["kind"], n["label"]) for n in kpa["notes"]]
    assert labels == [
        ("classification", "State Media Monitor"),
        ("context", "Site status"),
        ("classification", "Wikipedia perennial sources"),
    ]
    rsp = kpa["notes"][2]
    assert rsp["source"] == "https://en.wikipedia.org/wiki/WP:KESTREL"
    assert rsp["as_of"] == "2026-04"
    assert "'generally reliable'" in rsp["text"] and "last discussed 2023" in rsp["text"]


def test_perennial_only_entry_keeps_status_year_and_link_never_the_summary(built):
    osprey = built["osprey-post"]
    assert osprey["name"] == "Osprey Post" and "kind" not in osprey
    assert osprey["domains"] == ["ospreypost.net"]  # pressreader.com is a shared host
    # perennial-only names are credits, never matched in running text
    assert osprey["dateline_credits"] == ["Osprey Post", "The Osprey"]
    note = osprey["notes"][0]
    assert note["as_of"] == "2021-03-17"
    assert "spam blacklist" in note["text"]
    assert "never be copied" not in json.dumps(built)


def test_a_name_two_outlets_share_is_told_apart_by_country(built):
    names = sorted(e["name"] for e in built.values() if "Daily News" in e["name"])
    assert names == ["Daily News (Ruritania)", "Daily News (Sylvania)"]
    credits = [f for e in built.values() for f in e.get("dateline_credits", [])]
    assert "Daily News" not in credits
    ruritania = next(e for e in built.values() if e["name"] == "Daily News (Ruritania)")
    assert "marked as uncertain" in ruritania["notes"][-1]["text"]


def test_rows_without_url_or_domain_are_left_out(built):
    assert not any("Gazette" in e["name"] or "No Domain" in e["name"] for e in built.values())


@pytest.mark.parametrize(
    ("form", "safe"),
    [
        ("Radio Afghanistan", True),
        ("Rodong Sinmun", True),
        ("The Nation", False),
        ("Daily News", False),
        ("National Radio", False),
        ("Channel 30", False),
        ("In the NOW", False),
        ("TV2", False),
    ],
)
def test_only_distinctive_names_match_anywhere(form, safe):
    assert safe_anywhere(form, load_words()) is safe


def test_main_writes_a_file_that_loads(tmp_path, capsys):
    out = tmp_path / "generated.json"
    assert main(["--matrix", str(MATRIX), "--perennial", str(PERENNIAL), "--out", str(out)]) == 0
    kb = parse_generated(out.read_text(encoding="utf-8"))
    assert len(kb) == 5
    assert "wrote 5 outlets" in capsys.readouterr().out


def test_main_reports_a_missing_input(tmp_path, capsys):
    assert main(["--matrix", str(tmp_path / "nope.csv"), "--perennial", str(PERENNIAL)]) == 1
    assert "input not found" in capsys.readouterr().err
