"""The custom attributes contextreader's components read and write, registered once.

Doc extensions hold report-model objects (``contextreader.report``) whose offsets are character
offsets into ``doc.text``; each component also fills a span group of the same name (without the
``cr_`` list semantics) so that ordinary spaCy code can see the annotations.

Ids given by components are only unique within one doc; ``build_report`` renumbers them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = (
    # int: offset in doc.text where the article body starts, set before the pipeline runs:
    # always 0 from ``prepare_doc``, which leaves the header out of the doc; a doc made from
    # an article's whole text (the outlet tests, bench/outlets.py) sets the header's length
    "cr_body_start",
    "cr_source",  # report.Source of the article (url, title ...), set before the pipeline runs
    "cr_outlet",  # report.Outlet | None: the publishing outlet (cr_outlet)
    "cr_cited_outlets",  # list[report.CitedOutlet]: outlets the text names (cr_outlet)
    "cr_dateline",  # report.Dateline | None: the dateline "PLACE (CREDIT) -" opening the body
    "cr_byline",  # report.Byline | None: the byline "By WRITER, OUTLET" among the first lines
    "cr_people",  # list[report.Person] (cr_people)
    "cr_quotes",  # list[report.Quote] (cr_quotes)
    # list[report.Quote]: indirect reports not listed because a partial quote inside gives
    # their words; read for the voice of loaded terms (cr_quotes)
    "cr_framing",
    "cr_sentences",  # list[report.Sentence]: every body sentence with its voice (cr_assertions)
    "cr_assertions",  # list[report.Assertion] (cr_assertions)
    "cr_loaded",  # list[report.LoadedTerm] (cr_loaded)
)

SPAN_EXTENSIONS = (
    "cr_person_id",  # on doc.spans["cr_people"] mentions: the Person id
    "cr_heading",  # on sentences: True when the sentence is a headline or subhead
)

for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in SPAN_EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


_TEXT_KEY = "cr_text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy rebuilds the string on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
