"""Recognition on the case file (data/recognition_cases.toml): every case, every signal.

bench/outlets.py reports the same cases as shares; here each case is its own test, so a regression
names the address or credit it broke.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import contextreader.analysis.outlet  # noqa: F401  (registers cr_outlet)
from contextreader.io.article import article_from_text
from contextreader.outlets.kb import load_kb
from contextreader.report import Source

CASES = tomllib.loads(
    (Path(__file__).parent / "data" / "recognition_cases.toml").read_text(encoding="utf-8")
)
BODY = "Harbour officials said on Sunday that the new ferry line would open in June."


def run(nlp: Language, text: str, source: Source) -> Doc:
    article = article_from_text(text, source)
    doc = nlp.make_doc(article.text)
    doc._.cr_body_start, doc._.cr_source = article.body_start, article.source
    return nlp.get_pipe("cr_outlet")(doc)


def publisher(doc: Doc) -> tuple[str, str | None]:
    outlet = doc._.cr_outlet
    return (outlet.id, outlet.matched_by) if outlet else ("", None)


def test_every_expected_outlet_exists():
    kb = load_kb()
    expected = {
        want
        for key in ("url", "site_name", "title", "dateline", "byline", "closing", "cited")
        for _, want in CASES[key]
        if want
    }
    assert sorted(i for i in expected if kb.get(i) is None) == []


@pytest.mark.parametrize(("url", "want"), CASES["url"])
def test_url(outlet_nlp, url, want):
    assert publisher(run(outlet_nlp, BODY, Source(url=url))) == (want, "url" if want else None)


@pytest.mark.parametrize(("name", "want"), CASES["site_name"])
def test_site_name(outlet_nlp, name, want):
    doc = run(outlet_nlp, BODY, Source(site_name=name))
    assert publisher(doc) == (want, "metadata" if want else None)


@pytest.mark.parametrize(("title", "want"), CASES["title"])
def test_title_suffix(outlet_nlp, title, want):
    doc = run(outlet_nlp, BODY, Source(title=title))
    assert publisher(doc) == (want, "metadata" if want else None)


@pytest.mark.parametrize(
    ("signal", "head", "want"),
    [(signal, head, want) for signal in ("dateline", "byline") for head, want in CASES[signal]],
)
def test_dateline_and_byline(outlet_nlp, signal, head, want):
    doc = run(outlet_nlp, head + BODY, Source())
    assert publisher(doc) == (want, signal if want else None)
    if want:  # the publisher's own credit is not a citation
        assert doc._.cr_cited_outlets == []


@pytest.mark.parametrize(("tail", "want"), CASES["closing"])
def test_closing_credit(outlet_nlp, tail, want):
    assert publisher(run(outlet_nlp, BODY + tail, Source())) == (want, "credit" if want else None)


@pytest.mark.parametrize(("text", "want"), CASES["cited"])
def test_cited_outlet_is_never_the_publisher(outlet_nlp, text, want):
    doc = run(outlet_nlp, text, Source())
    assert doc._.cr_outlet is None
    assert [c.outlet_id for c in doc._.cr_cited_outlets] == [want]
    assert [s.kb_id_ for s in doc.spans["cr_outlets"]] == [want]


@pytest.mark.parametrize("text", CASES["not_outlets"])
def test_look_alike_words_are_not_outlets(outlet_nlp, text):
    doc = run(outlet_nlp, text, Source())
    assert doc._.cr_outlet is None
    assert [s.text for s in doc.spans["cr_outlets"]] == []


def test_generated_short_names_count_only_in_credit_position(outlet_nlp):
    # "WAM" (a news agency in the state-media list) is a dateline credit, not a word to match
    assert publisher(run(outlet_nlp, "DUBAI (WAM) -- " + BODY, Source())) == ("wam", "dateline")
    doc = run(outlet_nlp, "The minister told WAM the port would open. " + BODY, Source())
    assert doc._.cr_cited_outlets == []


def test_generated_distinctive_name_is_matched_in_running_text(outlet_nlp):
    doc = run(outlet_nlp, "Radio Afghanistan reported the port would open.", Source())
    assert [(c.name, doc.text[c.span[0] : c.span[1]]) for c in doc._.cr_cited_outlets] == [
        ("Radio Television Afghanistan", "Radio Afghanistan")
    ]
