"""Reading articles: text kept exactly, and the seed's date header giving the date and the body
the analysis reads (HTML pages: test_html.py; encodings: test_article_encodings.py)."""

from __future__ import annotations

import pytest

from contextreader.io.article import InputError, article_from_text, read_article
from tests.conftest import SEED


def test_seed_header_gives_the_date_and_the_body_start():
    article = read_article(SEED)
    assert article.source.date == "2019-07-06"
    assert article.text == SEED.read_bytes().decode("utf-8")
    assert article.body.startswith("WASHINGTON (Sputnik)")


@pytest.mark.parametrize(
    ("text", "date", "body"),
    [
        ("date 2021-03-04\nBody here.", "2021-03-04", "Body here."),
        (" date 2021-03-04 Body here.", "2021-03-04", "Body here."),
        ("Body with date 2021-03-04 inside.", None, "Body with date 2021-03-04 inside."),
        ("dated 2021-03-04 body", None, "dated 2021-03-04 body"),
    ],
)
def test_date_header(text, date, body):
    article = article_from_text(text)
    assert (article.source.date, article.body) == (date, body)


def test_text_is_kept_byte_for_byte(tmp_path):
    raw = "\ufeffLine one.\r\nLine two\u2014with a dash.\r\n".encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    assert read_article(path).text == raw.decode("utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",  # all text, no NUL
        b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n1 0 obj\nstream\n\x00\x01\x02endstream\n",
    ],
)
def test_a_pdf_is_named_as_one_with_what_to_do(tmp_path, data):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_article(path)
    assert str(err.value) == f"{path}: this looks like a PDF file; save the article as text first"


def test_an_article_that_mentions_the_pdf_header_is_still_an_article(tmp_path):
    path = tmp_path / "files.txt"
    path.write_text("Every PDF file begins with %PDF- and a version number.\n", encoding="utf-8")
    assert read_article(path).text.startswith("Every PDF file")


def test_the_doc_is_the_body(nlp) -> None:
    from contextreader.analysis.pipeline import doc_text
    from contextreader.io.article import article_from_text

    text = "date 2024-03-02\nThe ferry sailed.\n"
    assert doc_text(article_from_text(text)) == "The ferry sailed.\n"
    assert doc_text(article_from_text("The ferry sailed.\n")) == "The ferry sailed.\n"
