"""The build script: public lists in, a validated generated layer out (on tiny CSVs we wrote);
a perennial-sources rating keeps the part of the outlet it covers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contextreader.outlets.build import build, load_words, main, rsp_scope, safe_anywhere
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


# -- the scope of a perennial-sources rating -------------------------------------------------------

HEADER = (
    "id,name,qualifier,status_code,status,blacklisted,last_discussed,shortcut,domains,summary,"
    "snapshot\n"
)


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


MATRIX_HEAD = "Region,Country,Media company,Main assets,URL,Typology,Status,Notes\n"
PERENNIAL_HEAD = (
    "id,name,qualifier,status_code,status,blacklisted,last_discussed,shortcut,domains,summary,"
    "snapshot\n"
)


def _build(tmp_path: Path, matrix: str, perennial: str) -> dict[str, dict]:
    m, p = tmp_path / "m.csv", tmp_path / "p.csv"
    m.write_text(MATRIX_HEAD + matrix, encoding="utf-8")
    p.write_text(PERENNIAL_HEAD + perennial, encoding="utf-8")
    return {e["name"]: e for e in build(m, p)["outlet"]}


def test_a_path_claims_only_that_part_of_a_site(tmp_path):
    built = _build(
        tmp_path,
        "Europe,Freedonia,Harbour Media,Harbour One,https://harbourone.net/,SC,,\n"
        "Europe,Freedonia,Harbour Media,Harbour Radio,https://harbourone.net/radio/,SC,,\n"
        "Europe,Freedonia,Gull Energy,Gull TV,https://www.gullenergy.net/gull/en/home,SC,,\n"
        "Europe,Freedonia,Kell Post,Kell Post,https://kellpost.net/en/,ISF,,\n",
        "Tern Archive,Tern Archive,,nc,no consensus,no,2022,,ternarchive.org "
        "kellpost.net/world/2020/01/tern-table,S.,audiodude-scrape-2026-04\n",
    )
    # the root row names the site; the path row is its own outlet on its own path
    assert built["Harbour One"]["domains"] == ["harbourone.net"]
    assert built["Harbour Radio"]["domains"] == []
    assert built["Harbour Radio"]["paths"] == ["harbourone.net/radio"]
    # a company's page is no outlet's whole site
    assert built["Gull TV"]["paths"] == ["gullenergy.net/gull/en/home"]
    # a language path is the whole site; another list's page on it claims that page only
    assert built["Kell Post"]["domains"] == ["kellpost.net"]
    assert built["Tern Archive"]["domains"] == ["ternarchive.org"]
    assert built["Tern Archive"]["paths"] == ["kellpost.net/world/2020/01/tern-table"]


def test_two_perennial_rows_on_one_site_keep_their_own_names(tmp_path):
    built = _build(
        tmp_path,
        "",
        "Kestrel Films,Kestrel Films,,gu,generally unreliable,no,2025,WP:KFILMS,kestrelfilms.com,"
        "S.,audiodude-scrape-2026-04\n"
        "Kestrel Group,Kestrel Group,(Kestrel Songs),nc,no consensus,no,2024,WP:KSONGS,"
        "kestrelsongs.com kestrelfilms.com,S.,audiodude-scrape-2026-04\n"
        "Plover Weekly,Plover Weekly,,gr,generally reliable,no,2021,,ploverweekly.com,S.,"
        "audiodude-scrape-2026-04\n"
        "Plover Weekly (sports),Plover Weekly,(sports),nc,no consensus,no,2023,,"
        "ploverweekly.com,S.,audiodude-scrape-2026-04\n",
    )
    films, group = built["Kestrel Films"], built["Kestrel Group"]
    assert films["domains"] == ["kestrelfilms.com"]
    assert [n["source"] for n in films["notes"]] == ["https://en.wikipedia.org/wiki/WP:KFILMS"]
    assert group["domains"] == ["kestrelsongs.com"]
    assert "Kestrel Films" not in group.get("dateline_credits", [])
    # one outlet's rows under one name still join
    assert len(built["Plover Weekly"]["notes"]) == 2


def test_two_typology_codes_on_one_site_are_both_stated(tmp_path):
    built = _build(
        tmp_path,
        "Europe,Freedonia,Ferry Broadcasting (FB),Ferry One,https://ferry.net/,CaPr,,\n"
        "Europe,Freedonia,Ferry Broadcasting (FB),Ferry Radio,https://ferry.net/,ISFM,,\n"
        "Europe,Freedonia,Dock Media,Dock TV,https://dock.net/,SC,,\n",
        "",
    )
    notes = built["Ferry Broadcasting"]["notes"]
    smm = [(n["label"], n["text"][:40]) for n in notes if n["kind"] == "classification"]
    assert smm == [
        ("State Media Monitor (Ferry One)", "Classes Ferry One as captured private me"),
        ("State Media Monitor (Ferry Radio)", "Classes Ferry Radio as independent state"),
    ]
    # one code: the plain label, as before
    dock = [n["label"] for n in built["Dock TV"]["notes"] if n["kind"] == "classification"]
    assert dock == ["State Media Monitor"]


def test_a_parent_company_and_a_generic_qualifier_are_no_outlet_forms(tmp_path):
    built = _build(
        tmp_path,
        "Asia,Freedonia,Gannet Broadcasting Center (GBC),Gannet News,https://gannet.net/,SC,,\n"
        "Asia,Freedonia,Gannet Broadcasting Center (GBC),Gannet News English,"
        "https://english.gannet.net/,SC,,\n"
        "Asia,Freedonia,Gannet Broadcasting Center (GBC),Gannet Sport,https://gsport.net/,SC,,\n"
        "Asia,Sylvania,Sylvan Radio,Sylvan Radio,https://stv-sylvania.net/,SC,,\n"
        "Asia,Sylvania,Sylvan Television,STV,https://stv-sylvania.net/,SC,,\n",
        'Heron Post,The Heron Post,"(The Post, HP)",gr,generally reliable,no,2021,,'
        "heronpost.com,S.,audiodude-scrape-2026-04\n"
        "Gannet News,Gannet News,,nc,no consensus,no,2020,,gannet.net,S.,"
        "audiodude-scrape-2026-04\n",
    )
    gannet = built["Gannet News"]
    forms = gannet.get("aliases", []) + gannet.get("dateline_credits", [])
    assert "Gannet Broadcasting Center" not in forms and "GBC" not in forms
    # a company with one outlet in the list is that outlet's long name
    sylvan = built["Sylvan Radio"]
    assert "Sylvan Television" in sylvan.get("aliases", []) + sylvan["dateline_credits"]
    heron = built["The Heron Post"]
    assert "The Post" not in heron["dateline_credits"] and "HP" in heron["dateline_credits"]
