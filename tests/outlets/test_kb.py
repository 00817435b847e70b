"""The outlet knowledge base: the packaged file loads, editions match, bad data fails loudly; a
rating held by the curated and the generated layers is shown once; identity notes read as
sentences."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from contextreader.outlets.domains import candidate_domains, registrable_domain
from contextreader.outlets.kb import (
    KnowledgeBase,
    KnowledgeBaseError,
    OutletEntry,
    load_kb,
    merge_entries,
    parse_kb,
)
from contextreader.report import OutletNote

VALID = """
schema = 1

[recognition]
cue_before = ["told"]
cue_after = ["reported"]

[[outlet]]
id = "kestrel"
name = "Kestrel Wire"
kind = "news agency"
country = "Freedonia"
founded = "1901"
credits = ["KW"]
domains = ["kestrelwire.example"]

[[outlet.notes]]
kind = "fact"
label = "Ownership"
text = "Owned by its staff."
source = "https://kestrelwire.example/about"
source_name = "Kestrel Wire: About"
as_of = "2024-05-01"
"""


# -- the packaged file --------------------------------------------------------------------------


def test_packaged_kb_loads_with_sourced_notes():
    kb = load_kb()
    assert len(kb) >= 30
    for entry in kb.entries:
        assert entry.notes, entry.id
        assert all(n.source.startswith("https://") and n.as_of for n in entry.notes), entry.id


def test_sputnik_has_state_ownership_fact_and_named_classifications():
    sputnik = load_kb().get("sputnik")
    assert sputnik is not None
    assert sputnik.country == "Russia"
    facts = [n for n in sputnik.notes if n.kind == "fact" and n.label == "Ownership"]
    assert "Rossiya Segodnya" in facts[0].text and "state" in facts[0].text
    raters = {n.label: n for n in sputnik.notes if n.kind == "classification"}
    assert "state-controlled media (SC)" in raters["State Media Monitor"].text
    assert raters["State Media Monitor"].as_of == "2023"
    assert (
        raters["Wikipedia perennial sources"].source == "https://en.wikipedia.org/wiki/WP:SPUTNIK"
    )
    assert "deprecated" in raters["Wikipedia perennial sources"].text
    assert [n.label for n in sputnik.notes if n.kind == "context"] == ["EU broadcast ban"]


def test_public_broadcaster_is_kept_apart_from_state_controlled_media():
    bbc = load_kb().get("bbc")
    assert bbc is not None
    rating = next(n for n in bbc.notes if n.label == "State Media Monitor")
    assert "independent public media (IP)" in rating.text
    assert "licence fee" in (bbc.ownership or "")


@pytest.mark.parametrize(
    ("address", "outlet_id"),
    [
        ("https://de.sputniknews.com/politik/x.html", "sputnik"),
        ("sputnikglobe.com", "sputnik"),
        ("https://www.reuters.com/world/x", "reuters"),
        ("https://uk.reuters.com/article/x", "reuters"),
        ("https://apnews.com/article/x", "ap"),
        ("http://www.bbc.co.uk/news/x", "bbc"),
        ("https://swentr.site/news/1", "rt"),  # a mirror
        ("https://radiosputnik.ria.ru/x", "sputnik"),  # a claimed host beats its parent domain
        ("https://ria.ru/x", "ria-novosti"),
        ("https://www.aa.com.tr/en/x", "anadolu"),
    ],
)
def test_domain_lookup_matches_editions_and_mirrors(address, outlet_id):
    entry = load_kb().by_domain(address)
    assert entry is not None and entry.id == outlet_id


@pytest.mark.parametrize("address", ["https://example.com/a", "localhost", "", "10.0.0.1"])
def test_unknown_domain_is_none(address):
    assert load_kb().by_domain(address) is None


def test_credit_only_forms_are_not_names():
    kb = load_kb()
    assert kb.by_name("AP") is None and kb.by_credit("AP").id == "ap"
    assert kb.by_name("Sputnik") is None and kb.by_credit("Sputnik").id == "sputnik"
    assert kb.by_name("Reuters").id == "reuters"


# -- registrable domains ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://WWW.BBC.co.uk:443/news", "bbc.co.uk"),
        ("uk.reuters.com", "reuters.com"),
        ("de.sputniknews.com/x", "sputniknews.com"),
        ("localhost", None),
        ("192.168.0.1", None),
        ("", None),
    ],
)
def test_registrable_domain(address, expected):
    assert registrable_domain(address) == expected


def test_candidate_domains_most_specific_first_without_www():
    assert candidate_domains("https://www.news.sky.com/x") == ["news.sky.com", "sky.com"]


# -- validation ---------------------------------------------------------------------------------


def test_valid_minimal_file_parses():
    kb = parse_kb(VALID, "test.toml")
    assert kb.get("kestrel").notes[0].label == "Ownership"
    assert kb.recognition.cue_before == ("told",)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('name = "Kestrel Wire"\n', "", r"outlet 'kestrel': 'name' must be a non-empty string"),
        ('"news agency"', '"blog"', r"outlet 'kestrel': 'kind' must be one of"),
        ('founded = "1901"', 'founded = "c. 1901"', r"outlet 'kestrel': 'founded' must be"),
        ('"kestrelwire.example"', '"https://kestrelwire.example/"', r"domain 'https://"),
        ('as_of = "2024-05-01"', 'as_of = "May 2024"', r"outlet 'kestrel': notes\[0\]: 'as_of'"),
        ('source = "https://', 'source = "ftp://', r"notes\[0\]: 'source' must be an http"),
        ('kind = "fact"', 'kind = "opinion"', r"notes\[0\]: 'kind' must be one of"),
        ('credits = ["KW"]', 'credits = "KW"', r"'credits' must be a list of strings"),
        (
            'country = "Freedonia"',
            'country = "Freedonia"\nmotto = "x"',
            r"unknown field\(s\) \['motto'\]",
        ),
        ('id = "kestrel"', 'id = "Kestrel Wire"', r"'id' must be lower-case"),
        ("schema = 1", "schema = 2", r"'schema' must be 1"),
        ('name = "Kestrel Wire"', 'name = "Kestrel Wire', r"not valid TOML"),
    ],
)
def test_malformed_entry_names_entry_and_field(old, new, message):
    assert old in VALID
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_kb(VALID.replace(old, new, 1), "test.toml")


def test_domain_claimed_by_two_outlets_is_an_error():
    second = VALID[VALID.index("[[outlet]]") :].replace('"kestrel"', '"osprey"', 1)
    second = second.replace("Kestrel Wire", "Osprey Post").replace('["KW"]', '["OP"]')
    with pytest.raises(
        KnowledgeBaseError,
        match=r"outlet 'osprey': domain 'kestrelwire.example' "
        r"already belongs to 'kestrel'",
    ):
        parse_kb(VALID + second, "test.toml")


def test_duplicate_id_is_an_error():
    second = VALID[VALID.index("[[outlet]]") :].replace("Kestrel Wire", "Osprey Post")
    second = second.replace('["KW"]', '["OP"]').replace("kestrelwire", "osprey")
    with pytest.raises(KnowledgeBaseError, match=r"outlet id 'kestrel' is used twice"):
        parse_kb(VALID + second, "test.toml")


# -- one rating, one note (merge_entries) ----------------------------------------------------------

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


def _kb(extra: str = "") -> KnowledgeBase:
    return parse_kb(
        f"""schema = 1
{extra}
[[outlet]]
id = "harbour-one"
name = "Harbour One"
domains = ["harbourone.net"]

[[outlet]]
id = "harbour-radio"
name = "Harbour Radio"
credits = ["The Beacon"]
paths = ["harbourone.net/radio"]
"""
    )


@pytest.mark.parametrize(
    ("address", "outlet_id"),
    [
        ("https://www.harbourone.net/radio/2025/show", "harbour-radio"),
        ("https://harbourone.net/RADIO", "harbour-radio"),
        ("https://harbourone.net/radiology/1", "harbour-one"),  # a whole segment, not a prefix
        ("https://harbourone.net/news/1", "harbour-one"),
    ],
)
def test_a_path_claim_wins_over_its_host_only_under_that_path(address, outlet_id):
    assert _kb().by_domain(address).id == outlet_id


def test_a_path_must_be_a_lower_case_host_and_path():
    with pytest.raises(KnowledgeBaseError, match="path"):
        parse_kb('schema = 1\n[[outlet]]\nid = "x"\nname = "X"\npaths = ["harbourone.net"]\n')


def test_shared_names_resolve_to_no_outlet():
    kb = _kb('[recognition]\nshared_names = ["The Beacon"]\n')
    assert kb.by_credit("The Beacon") is None and kb.by_site_name("THE BEACON") is None
    assert "The Beacon" not in kb.credit_forms()
    assert _kb().by_credit("The Beacon").id == "harbour-radio"
