"""Paragraph breaks start sentences; headings are whole short lines that do not end a sentence."""

from __future__ import annotations

import pytest

from contextreader.analysis.paragraphs import is_heading, sentence_is_heading, span_is_heading
from contextreader.analysis.pipeline import doc_text
from contextreader.io.article import article_from_text

TEXT = (
    "date 2020-01-02\n"
    "Harbour Council Backs New Ferry Plan\n\n"
    "The council voted on Monday. It was close.\n\n"
    "What Happens Next\n\n"
    "Work starts in May, officials said\n"
    "and the ferry runs from June."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbour Council Backs New Ferry Plan", True),
        ("What Happens Next", True),
        ("The council voted on Monday.", False),
        ("Work starts in May, officials said", False),
        ("Ferry", False),
        ("“Quote Here,” Said Someone.", False),
    ],
)
def test_is_heading(line, expected):
    assert is_heading(line) is expected


def test_line_breaks_start_sentences_and_headings_are_found(nlp):
    article = article_from_text(TEXT)
    doc = nlp(doc_text(article))
    text = doc.text
    found = [
        (s.text.strip(), sentence_is_heading(s), span_is_heading(text, s.start_char, s.end_char))
        for s in doc.sents
        if s.text.strip()
    ]
    assert found == [
        ("Harbour Council Backs New Ferry Plan", True, True),
        ("The council voted on Monday.", False, False),
        ("It was close.", False, False),
        ("What Happens Next", True, True),
        ("Work starts in May, officials said", False, False),
        ("and the ferry runs from June.", False, False),
    ]
