"""Views of an analysis that the analysis tests compare exactly: quotes and people as plain
tuples and dicts, loaded terms as (words, category) pairs, and hand-made quotes to feed
cr_loaded. One place, so every test file reads the report the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest
from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text
from contextreader.report import LoadedTerm, Person, Quote, Report

Cell = str | None

_QUOTE_COLUMNS: dict[str, Callable[[Quote, str, dict[str, str]], Cell]] = {
    "kind": lambda q, text, names: q.kind,
    "words": lambda q, text, names: text[q.span[0] : q.span[1]],
    "cue": lambda q, text, names: q.cue,
    "person": lambda q, text, names: names.get(q.speaker_id or ""),
    "mention": lambda q, text, names: (
        text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
    ),
    "speaker": lambda q, text, names: q.speaker_text,
}
"""What a quote row can hold: the quote's kind, its words, the cue lemma, the person's name,
the speaker mention as written in the text, and the report's ``speaker_text``."""

MENTIONED = ("kind", "words", "cue", "person", "mention")


def quote_rows(
    nlp: Language, text: str, columns: Sequence[str] = MENTIONED
) -> list[tuple[Cell, ...]]:
    """One tuple of ``columns`` per quote, in report order; a test names only what it checks."""
    rep = analyze_text(text, nlp)
    names = {p.id: p.name for p in rep.people}
    return [tuple(_QUOTE_COLUMNS[c](q, text, names) for c in columns) for q in rep.quotes]


def people_by_name(nlp: Language, text: str) -> tuple[Report, dict[str, Person]]:
    """The report and its people keyed by name (report order kept)."""
    rep = analyze_text(text, nlp)
    return rep, {p.name: p for p in rep.people}


def people_roles(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Every person as (name, role), in report order."""
    return [(p.name, p.role) for p in analyze_text(text, nlp).people]


def person_names(nlp: Language, text: str) -> list[str]:
    """Every person's name, in report order."""
    return [p.name for p in analyze_text(text, nlp).people]


PersonRow = tuple[str, str | None, list[str]]


def people_rows(nlp: Language, text: str) -> list[PersonRow]:
    """Every person as (name, role, mentions as written), in report order."""
    rep = analyze_text(text, nlp)
    return [(p.name, p.role, [text[s:e] for s, e in p.mentions]) for p in rep.people]


def mention_texts(text: str, person: Person) -> list[str]:
    """A person's mentions as the text writes them."""
    return [text[s:e] for s, e in person.mentions]


def mentions_by_name(nlp: Language, text: str) -> dict[str, list[str]]:
    """Every person's name with the words of each of their mentions."""
    _, people = people_by_name(nlp, text)
    return {name: mention_texts(text, p) for name, p in people.items()}


def loaded_terms(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[LoadedTerm]:
    """Run the pipeline on ``text``; with ``quotes``, rerun cr_loaded on those hand-made quotes
    instead, so a loaded-term rule is tested apart from quote detection."""
    doc = nlp(text)
    if quotes is not None:
        doc._.cr_quotes = quotes
        doc._.cr_framing = []  # the quote finder's reports go with its quotes
        doc = nlp.get_pipe("cr_loaded")(doc)
    return list(doc._.cr_loaded)


def marks(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[tuple[str, str]]:
    """(marked words, category) for each loaded term."""
    return [(text[t.span[0] : t.span[1]], t.category) for t in loaded_terms(nlp, text, quotes)]


def mark_voices(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(marked words, voice) for each loaded term."""
    return [(text[t.span[0] : t.span[1]], t.voice) for t in loaded_terms(nlp, text)]


def quote(kind: str, start: int, end: int) -> Quote:
    """A hand-made quote over ``text[start:end]``."""
    return Quote(id=f"{kind}{start}", kind=kind, span=(start, end))


def scare(text: str, word: str) -> list[Quote]:
    """A hand-made scare quote around the first ``word`` in ``text``."""
    start = text.index(word)
    return [Quote(id="s1", kind="scare", span=(start, start + len(word)))]


def named(cases: Mapping[str, tuple[object, ...]]) -> list[object]:
    """Cases keyed by what they show, as pytest params with those ids, so a table of data keeps
    the names its tests had as functions."""
    return [pytest.param(*case, id=name) for name, case in cases.items()]


def grouped(groups: Mapping[str, Sequence[tuple[object, ...]]]) -> list[object]:
    """Named groups of cases as one flat list of params, each id naming its group (the rule it
    tests) and its place, so one test function can serve many tables of data."""
    return [
        pytest.param(*case, id=f"{name}-{i}")
        for name, cases in groups.items()
        for i, case in enumerate(cases)
    ]


def unmarked(*texts: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Cases for texts in which no loaded term may be marked."""
    return [(text, []) for text in texts]


def sentence_voices(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Each sentence of the report as (its words, its voice)."""
    rep = analyze_text(text, nlp)
    return [(text[slice(*s.span)], s.voice) for s in rep.sentences]


def vague_assertions(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """Each vague assertion as (its words, the words of its cue, its note)."""
    rep = analyze_text(text, nlp)
    return [
        (text[slice(*a.span)], text[slice(*a.cue_span)] if a.cue_span else "", a.note)
        for a in rep.assertions
        if a.status == "vague"
    ]


def voices_and_cues(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    """Each sentence with a voice, keyed by its words: (its voice, the words of the cue of the
    assertion it points to, or None)."""
    rep = analyze_text(text, nlp)
    notes = {a.id: a for a in rep.assertions}
    out = {}
    for s in rep.sentences:
        a = notes.get(s.ref or "")
        cue = text[slice(*a.cue_span)] if a is not None and a.cue_span else None
        out[text[slice(*s.span)]] = (s.voice, cue)
    return out


def assertion_rows(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Each assertion as (its words, its status), in report order."""
    rep = analyze_text(text, nlp)
    return [(text[slice(*a.span)], a.status) for a in rep.assertions]


def claim_texts(nlp: Language, text: str) -> list[str]:
    """The words of each assertion, in report order."""
    return [words for words, _ in assertion_rows(nlp, text)]
