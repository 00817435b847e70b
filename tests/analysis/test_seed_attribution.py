"""The seed article's people, quotes and assertions (issue 2); no rule names anything in it."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze


@pytest.fixture(scope="module")
def report(nlp, seed_article):
    return analyze(seed_article, nlp)


def _text(report, span):
    return report.text[span[0] : span[1]]


def test_people_are_exactly_the_five(report):
    assert sorted(p.name for p in report.people) == [
        "Anatoly Antonov",
        "Andrea Thompson",
        "Donald Trump",
        "Sergey Ryabkov",
        "Vladimir Putin",
    ]


def test_antonov_role_and_title_mentions(report):
    antonov = next(p for p in report.people if p.name == "Anatoly Antonov")
    assert "Russian Ambassador to the United States" in antonov.role
    mentions = {_text(report, m).lower() for m in antonov.mentions}
    assert {"antonov", "the ambassador", "the diplomat"} <= mentions


def test_every_direct_quote_is_antonovs(report):
    antonov = next(p for p in report.people if p.name == "Anatoly Antonov")
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert len(direct) == 4
    assert all(q.speaker_id == antonov.id for q in direct)


def test_russian_meddling_is_a_scare_quote(report):
    scare = [_text(report, q.span) for q in report.quotes if q.kind == "scare"]
    assert scare == ["Russian meddling"]


def test_first_sentence_is_antonovs_reported_speech(report):
    antonov = next(p for p in report.people if p.name == "Anatoly Antonov")
    first = report.sentences[0]
    assert first.voice == "reported"
    q = next(q for q in report.quotes if q.id == first.ref)
    assert q.kind == "indirect" and q.speaker_id == antonov.id and q.cue == "tell"
    assert "hoax" in _text(report, q.span)
    concoctions = report.text.index("concoctions")
    assert any(q.kind == "direct" and q.span[0] <= concoctions < q.span[1] for q in report.quotes)


@pytest.mark.parametrize("words", ["claims by some in the US", "officials from both nations"])
def test_vague_assertions(report, words):
    start = report.text.index(words)
    hits = [a for a in report.assertions if a.span[0] <= start < a.span[1]]
    assert [a.status for a in hits] == ["vague"]
