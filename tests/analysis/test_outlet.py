"""cr_outlet: the publisher from URL, metadata, dateline or closing credit; cited outlets apart.

The rule tests run cr_outlet on a tokenizer-only pipeline (the component needs nothing else), so
they stay fast and exact; the seed test runs the full pipeline.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from contextreader.analysis.pipeline import analyze
from contextreader.io.article import article_from_text
from contextreader.report import Source


@pytest.fixture
def run(outlet_nlp):
    def _run(text: str, url: str | None = None, title: str | None = None) -> Doc:
        article = article_from_text(text, Source(url=url, title=title))
        doc = outlet_nlp.make_doc(text)
        doc._.cr_body_start = article.body_start
        doc._.cr_source = article.source
        return outlet_nlp.get_pipe("cr_outlet")(doc)

    return _run


def evidence(doc: Doc) -> str | None:
    span = doc._.cr_outlet.evidence_span
    return doc.text[span[0] : span[1]] if span else None


def cited(doc: Doc) -> list[tuple[str, str]]:
    return [(c.outlet_id, doc.text[c.span[0] : c.span[1]]) for c in doc._.cr_cited_outlets]


BODY = "Harbour officials said the new ferry line would open in June."


# -- url and metadata ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "outlet_id"),
    [
        ("https://www.reuters.com/world/ferry-2024", "reuters"),
        ("https://uk.reuters.com/article/ferry", "reuters"),
        ("https://de.sputniknews.com/20240101/ferry.html", "sputnik"),
        ("https://sputnikglobe.com/20240101/ferry.html", "sputnik"),
        ("https://swentr.site/news/ferry", "rt"),
        ("https://apnews.com/article/ferry", "ap"),
    ],
)
def test_url_gives_publisher_for_editions_and_mirrors(run, url, outlet_id):
    doc = run(BODY, url=url)
    outlet = doc._.cr_outlet
    assert (outlet.id, outlet.matched_by, outlet.evidence_span) == (outlet_id, "url", None)
    assert outlet.notes and outlet.sources


def test_url_outranks_a_wire_dateline_which_is_then_cited(run):
    doc = run("LONDON (Reuters) - " + BODY, url="https://www.theguardian.com/world/ferry")
    assert (doc._.cr_outlet.id, doc._.cr_outlet.matched_by) == ("guardian", "url")
    assert cited(doc) == [("reuters", "Reuters")]


@pytest.mark.parametrize(
    ("title", "outlet_id"),
    [
        ("Ferry line to open in June | Reuters", "reuters"),
        ("Ferry line opens - BBC News", "bbc"),
        ("Ferry line opens | AP News", "ap"),
    ],
)
def test_title_suffix_gives_publisher_as_metadata(run, title, outlet_id):
    doc = run(BODY, title=title)
    assert (doc._.cr_outlet.id, doc._.cr_outlet.matched_by) == (outlet_id, "metadata")


def test_site_name_metadata_gives_publisher(outlet_nlp):
    article = article_from_text(BODY, Source(site_name="Reuters"))
    doc = outlet_nlp.make_doc(BODY)
    doc._.cr_body_start, doc._.cr_source = 0, article.source
    doc = outlet_nlp.get_pipe("cr_outlet")(doc)
    assert (doc._.cr_outlet.id, doc._.cr_outlet.matched_by) == ("reuters", "metadata")


def test_title_naming_an_outlet_without_separator_is_not_metadata(run):
    assert run(BODY, title="Reuters ferry line to open")._.cr_outlet is None


# -- datelines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet_id", "credit", "start"),
    [
        ("KYIV, Ukraine (AP) — " + BODY, "ap", "AP", 15),
        ("MOSCOW, May 5 (Reuters) - " + BODY, "reuters", "Reuters", 15),
        ("LONDON (Reuters) - " + BODY, "reuters", "Reuters", 8),
        ("WASHINGTON (Sputnik) – " + BODY, "sputnik", "Sputnik", 12),
        ("BEIJING, Jan. 3 (Xinhua) -- " + BODY, "xinhua", "Xinhua", 17),
        ("RIO DE JANEIRO (AFP) - " + BODY, "afp", "AFP", 16),
        ("New Delhi, Jan 5 (PTI) " + BODY, "pti", "PTI", 18),
        ("(Reuters) - " + BODY, "reuters", "Reuters", 1),
        ("Ferry line to open\n\nOSLO (dpa) - " + BODY, "dpa", "dpa", 26),
    ],
)
def test_dateline_credit_gives_publisher(run, text, outlet_id, credit, start):
    doc = run(text)
    outlet = doc._.cr_outlet
    assert (outlet.id, outlet.matched_by) == (outlet_id, "dateline")
    assert outlet.evidence_span == (start, start + len(credit))
    assert evidence(doc) == credit
    assert cited(doc) == []
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["cr_outlets"]] == [
        (credit, "OUTLET", outlet_id)
    ]


def test_unknown_dateline_credit_gives_no_outlet(run):
    doc = run("SPRINGFIELD (Valley Courier) — " + BODY)
    assert doc._.cr_outlet is None
    assert list(doc.spans["cr_outlets"]) == []


def test_parenthesis_after_a_lower_case_sentence_is_not_a_dateline(run):
    doc = run("Officials met on Monday (Reuters) - " + BODY)
    assert doc._.cr_outlet is None
    assert cited(doc) == [("reuters", "Reuters")]


# -- closing credits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "outlet_id", "credit"),
    [
        ("\n\n— Reuters", "reuters", "Reuters"),
        (" — AFP", "afp", "AFP"),
        ("\n\n© AFP", "afp", "AFP"),
        (
            "\n\nCopyright 2024 The Associated Press. All rights reserved.",
            "ap",
            "The Associated Press",
        ),
        ("\n\n(Reporting by Ilse Varga; Editing by Tomas Brel)", "reuters", "(Reporting by"),
        (
            "\n\nAssociated Press writer Mara Ellison in Lisbon contributed to this report.",
            "ap",
            "Associated Press writer",
        ),
        ("\n\n--With assistance from Kai Lenn.", "bloomberg", "--With assistance from"),
    ],
)
def test_closing_credit_gives_publisher(run, ending, outlet_id, credit):
    doc = run(BODY + ending)
    outlet = doc._.cr_outlet
    assert (outlet.id, outlet.matched_by, evidence(doc)) == (outlet_id, "credit", credit)
    assert cited(doc) == []


def test_dateline_outranks_closing_credit(run):
    doc = run("LONDON (Reuters) - " + BODY + "\n\n— AFP")
    assert (doc._.cr_outlet.id, doc._.cr_outlet.matched_by) == ("reuters", "dateline")
    assert cited(doc) == [("afp", "AFP")]


# -- cited outlets and plain mentions -----------------------------------------------------------


def test_cited_outlets_are_never_the_publisher(run):
    doc = run(
        "Ferry fares will rise, the minister told Sputnik. According to TASS, the line is late, "
        "and Reuters reported a strike. The AP reported the same."
    )
    assert doc._.cr_outlet is None
    assert cited(doc) == [
        ("sputnik", "Sputnik"),
        ("tass", "TASS"),
        ("reuters", "Reuters"),
        ("ap", "AP"),
    ]
    assert [s.kb_id_ for s in doc.spans["cr_outlets"]] == ["sputnik", "tass", "reuters", "ap"]


def test_dateline_publisher_with_a_cited_outlet(run):
    doc = run("KYIV, Ukraine (AP) — The mayor told Kyodo News the ferry would run.")
    assert (doc._.cr_outlet.id, evidence(doc)) == ("ap", "AP")
    assert cited(doc) == [("kyodo", "Kyodo News")]
    assert [s.text for s in doc.spans["cr_outlets"]] == ["AP", "Kyodo News"]


def test_ambiguous_credit_forms_outside_credit_position_are_not_outlets(run):
    doc = run("The Sputnik satellite inspired her AP Physics class. Bloomberg said he would run.")
    assert doc._.cr_outlet is None
    assert cited(doc) == []


def test_article_without_any_outlet(run):
    doc = run(BODY + "\n\nThe line will carry 300 passengers a day.")
    assert doc._.cr_outlet is None
    assert doc._.cr_cited_outlets == []
    assert list(doc.spans["cr_outlets"]) == []


# -- the seed -----------------------------------------------------------------------------------


def test_seed_outlet_is_sputnik_from_its_dateline(nlp, seed_article):
    report = analyze(seed_article, nlp)
    outlet = report.outlet
    assert outlet is not None
    assert (outlet.id, outlet.name, outlet.matched_by) == ("sputnik", "Sputnik", "dateline")
    assert report.excerpt(outlet.evidence_span) == "Sputnik"
    assert report.text[outlet.evidence_span[0] - 12 : outlet.evidence_span[1] + 1] == (
        "WASHINGTON (Sputnik)"
    )
    ownership = [n for n in outlet.notes if n.kind == "fact" and n.label == "Ownership"]
    assert "Rossiya Segodnya" in ownership[0].text and "Russian state" in ownership[0].text
    assert outlet.country == "Russia"
    told = report.text.index("told Sputnik") + len("told ")
    assert [(c.outlet_id, c.span) for c in report.cited_outlets] == [("sputnik", (told, told + 7))]


def test_seed_outlet_mentions_are_in_the_span_group(run, seed_article):
    doc = run(seed_article.text)
    told = seed_article.text.index("told Sputnik") + len("told ")
    assert [(s.start_char, s.text) for s in doc.spans["cr_outlets"]] == [
        (seed_article.text.index("(Sputnik)") + 1, "Sputnik"),
        (told, "Sputnik"),
    ]


def test_dateline_extent_covers_place_credit_and_dash(run):
    doc = run("LONDON (Reuters) - " + BODY)
    start, end = doc._.cr_dateline.span
    assert doc.text[start:end] == "LONDON (Reuters) -"
    assert doc._.cr_dateline.credit == "Reuters"
    assert run(BODY)._.cr_dateline is None


def test_an_unknown_dateline_credit_outweighs_a_house_sign_off(run):
    # "(Reporting by" is one wire's house style, but the dateline names another outlet
    text = (
        "KESTRAVA, March 4 (Harbour Wire) - The talks ended without a deal.\n\n"
        "(Reporting by Lina Morrow; Editing by Piet Hallam)"
    )
    doc = run(text)
    assert doc._.cr_outlet is None
    assert doc._.cr_dateline.credit == "Harbour Wire"
    assert run("The talks ended.\n\n(Reporting by Lina Morrow)")._.cr_outlet.id == "reuters"


def test_a_dateline_below_a_byline_a_time_stamp_and_a_caption(run):
    text = (
        "Nurses strike for a second week\n\nBy Oren Tisdale\nUpdated 3:45 PM EST, March 6\n\n"
        "Nurses picket on Wednesday. (Photo: Kira Lund)\n\n"
        "SUNVALE — Nurses will stay on strike, union leaders said."
    )
    start, end = run(text)._.cr_dateline.span
    assert text[start:end].strip() == "SUNVALE —"


def test_a_title_loses_the_publishers_name_only(nlp):
    text = "The mill reopened on Monday with 200 workers, its owners said.\n"
    by_title = analyze(article_from_text(text, Source(title="Mill reopens | Reuters")), nlp)
    assert (by_title.outlet and by_title.outlet.name, by_title.source.title) == (
        "Reuters",
        "Mill reopens",
    )
    other = Source(url="https://www.bbc.co.uk/news/1", title="Mill reopens | Reuters")
    assert analyze(article_from_text(text, other), nlp).source.title == "Mill reopens | Reuters"


def test_an_outlet_name_run_on_by_a_hyphen_and_a_capital_is_another_name(run):
    doc = run(
        "Elsewhere, the Evening Standard-Bearer leads on a ferry story. A Reuters-owned "
        "site reported the same, as did a Reuters-TASS survey."
    )
    assert [name for _, name in cited(doc)] == ["Reuters", "Reuters", "TASS"]


@pytest.mark.parametrize(
    "text",
    [
        # names several outlets share: no dateline, cue or credit picks one of them
        "PORTHAVEN (The Herald) — The harbour board voted to open a second ferry line.",
        "PORTHAVEN (The Tribune) — The harbour board voted to open a second ferry line.",
        "The Tribune reported that the harbour board would open a second ferry line.",
        "Speaking to Today, the harbour master said the second line would open in June.",
        "The harbour master told The Star that the second line would open in June.",
        # a parent company with several outlets is none of them
        "The harbour master told the Middle East Broadcasting Center that the line would open.",
        "The harbour master told Qatar Media Corporation that the line would open in June.",
    ],
)
def test_shared_names_and_parent_companies_name_no_single_outlet(run, text):
    doc = run(text)
    assert doc._.cr_outlet is None
    assert cited(doc) == []


def test_a_shared_name_still_gives_way_to_the_address(run):
    doc = run(
        "PORTHAVEN (The Herald) — The harbour board voted to open a second ferry line.",
        url="https://www.heraldscotland.com/news/1/",
    )
    assert doc._.cr_outlet.id == "herald-scotland"
    # a distinctive name still cites its outlet after a cue
    doc = run("The harbour master told Al Jazeera that the second line would open in June.")
    assert [c[0] for c in cited(doc)] == ["al-jazeera"]


@pytest.mark.parametrize(
    ("url", "name"),
    [
        # an address whose path names one part of a site claims that part only
        ("https://www.pewresearch.org/short-reads/2025/01/10/harbour/", "Pew Research Center"),
        ("https://prasarbharati.gov.in/doordarshan/news/1", "Doordarshan"),
        ("https://www.cnnturk.com/gundem/harbour", "CNN Turk"),
        ("https://www.cnnturk.com/radyo/harbour", "CNN Turk Radio"),
        # two perennial rows sharing a site keep their own names
        ("https://www.allmusic.com/album/harbour", "RhythmOne"),
        ("https://www.allmovie.com/movie/harbour", "AllMovie"),
    ],
)
def test_a_site_gets_its_own_rows_name(run, url, name):
    doc = run("The harbour board voted to open a second ferry line.", url=url)
    assert doc._.cr_outlet.name == name


@pytest.mark.parametrize(
    "url", ["https://prasarbharati.gov.in/tenders/1", "https://www.socar.az/news/harbour"]
)
def test_a_path_claim_is_not_the_whole_host(run, url):
    doc = run("The harbour board voted to open a second ferry line.", url=url)
    assert doc._.cr_outlet is None
