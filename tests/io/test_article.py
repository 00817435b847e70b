"""Reading articles: text kept exactly, the seed's date header, HTML pages reduced to text."""

from __future__ import annotations

import pytest

from contextreader.io.article import InputError, article_from_text, read_article
from contextreader.io.html import extract, looks_like_html
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


def test_html_file_is_reduced_to_its_article_text(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Bridge opens | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-05-06T10:00:00Z">
    <script>var x = "<p>not text</p>";</script></head>
    <body><nav><p>Home</p></nav><article><h1>Bridge opens</h1>
    <p>The bridge opened on <b>Monday</b>.</p><p>&ldquo;It is done,&rdquo; the mayor said.</p>
    </article><footer><p>Copyright</p></footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    quote = "\u201cIt is done,\u201d the mayor said.\n"
    assert article.text == "Bridge opens\n\nThe bridge opened on Monday.\n\n" + quote
    assert article.source.title == "Bridge opens"  # the site's name is said once, beside it
    assert article.source.site_name == "Example News"
    assert article.source.date == "2024-05-06"


def test_html_without_text_is_an_input_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_article(path)


def test_plain_text_mentioning_tags_is_not_html():
    assert not looks_like_html("The <html> tag starts a page, the teacher said.")
    assert looks_like_html("  <!doctype html><html></html>")


def test_extract_prefers_the_article_element():
    page = extract("<html><body><p>Menu</p><article><p>One.</p><p>Two.</p></article></body></html>")
    assert page.text == "One.\n\nTwo.\n"


def test_a_block_quotation_keeps_marks_so_its_words_stay_the_speakers():
    page = extract(
        "<html><body><article><p>Mayor Dana Vell wrote on Tuesday:</p>"
        "<blockquote><p>The levy is a disgrace.</p><p>We will repeal it.</p></blockquote>"
        "<p>Aides declined to comment.</p></article></body></html>"
    )
    assert page.text == (
        "Mayor Dana Vell wrote on Tuesday:\n\n“The levy is a disgrace.\n\n"
        "“We will repeal it.”\n\nAides declined to comment.\n"
    )


def test_a_block_quotation_with_marks_of_its_own_is_left_as_it_is():
    page = extract(
        '<html><body><blockquote><p>He said "no" twice.</p></blockquote>'
        "<blockquote>Never closed</body></html>"
    )
    assert page.text == 'He said "no" twice.\n\n“Never closed”\n'


def test_the_words_of_a_block_quotation_are_quoted(nlp):
    from contextreader.analysis.pipeline import analyze_text

    # no "X wrote:" lead: only the block's layout says these are someone else's words
    text = extract(
        "<html><body><article><p>The mayor posted a reply on Sunday.</p>"
        "<blockquote><p>The levy is a disgrace.</p></blockquote>"
        "<p>Aides declined to comment.</p></article></body></html>"
    ).text
    report = analyze_text(text, nlp)
    assert [(t.term, t.voice) for t in report.loaded_terms] == [("disgrace", "quoted")]
