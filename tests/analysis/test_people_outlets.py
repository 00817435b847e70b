"""cr_people: a one-word "person" that names an outlet the document mentions is no person.

The outlet comes from cr_outlet (the publisher from the article's URL, or a cited outlet in the
text), never from a list in the rule; a full-named person with the same surname stays.
"""

from __future__ import annotations

from spacy.language import Language

from contextreader.analysis.pipeline import analyze
from contextreader.io.article import article_from_text
from contextreader.report import Report, Source

RACE = (
    "Mayor Dana Pellew of Harlow faces a close race. "
    "As Bloomberg noted last week, the race is close."
)
BLOOMBERG_URL = "https://www.bloomberg.com/news/articles/2024-05-02/harlow-race"


def run(nlp: Language, text: str, url: str | None = None) -> Report:
    return analyze(article_from_text(text, Source(url=url)), nlp)


def people(report: Report, text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, [text[s:e] for s, e in p.mentions]) for p in report.people]


def test_publisher_name_is_no_person(nlp: Language) -> None:
    report = run(nlp, RACE, BLOOMBERG_URL)
    assert report.outlet is not None and report.outlet.id == "bloomberg"
    assert people(report, RACE) == [("Dana Pellew", ["Dana Pellew"])]


def test_first_word_of_cited_outlet_is_no_person(nlp: Language) -> None:
    text = (
        "Mayor Dana Pellew of Harlow faces a close race, Bloomberg News reported. "
        "As Bloomberg noted last week, the race is close."
    )
    report = run(nlp, text)
    assert [c.name for c in report.cited_outlets] == ["Bloomberg News"]
    assert people(report, text) == [("Dana Pellew", ["Dana Pellew"])]


def test_word_stays_a_person_when_no_outlet_is_mentioned(nlp: Language) -> None:
    report = run(nlp, RACE)
    assert report.outlet is None
    assert [p.name for p in report.people] == ["Dana Pellew", "Bloomberg"]


def test_full_named_person_with_outlet_surname_kept(nlp: Language) -> None:
    text = (
        "Jan Bloomberg, a retired judge, backs Mayor Dana Pellew of Harlow. "
        "As Bloomberg noted last week, the race is close."
    )
    report = run(nlp, text, BLOOMBERG_URL)
    assert people(report, text) == [
        ("Jan Bloomberg", ["Jan Bloomberg", "Bloomberg"]),
        ("Dana Pellew", ["Dana Pellew"]),
    ]
