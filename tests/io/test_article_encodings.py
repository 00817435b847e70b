"""Encodings of an article file: a UTF-8 byte-order mark (what Windows Notepad starts a file with)
stays in the article's text, so offsets match the file, but the analysis reads past it; text saved
as UTF-16 or UTF-32 with its mark (what Windows editors call "Unicode") is read, its NUL bytes half
of every character; UTF-16 without its mark is named; other NUL bytes are a binary file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from contextreader.analysis.pipeline import analyze
from contextreader.io.article import (
    InputError,
    article_from_text,
    decode,
    read_article,
    text_codec,
)

BOM = "\ufeff"


def _report(tmp_path: Path, nlp, text: str):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    article = read_article(path)
    assert article.text == text  # the file's characters, the mark included
    return analyze(article, nlp)


def _reading(report) -> tuple:
    """What the report says, offsets aside."""
    return (
        [(p.name, [report.text[s:e] for s, e in p.mentions]) for p in report.people],
        [(q.kind, q.speaker_text, report.text[q.span[0] : q.span[1]]) for q in report.quotes],
        [report.text[s.span[0] : s.span[1]] for s in report.sentences],
        [report.text[t.span[0] : t.span[1]] for t in report.loaded_terms],
        [report.text[a.span[0] : a.span[1]] for a in report.assertions],
    )


@pytest.mark.parametrize(
    "body",
    [
        'Jan Roe said "the plan failed" on Friday.\n',
        'Maria Lopez said "the plan failed" on Friday.\n',
        "Ana Silva will lead the team, officials said.\r\nThe vote was close.\r\n",
    ],
)
def test_a_leading_mark_changes_nothing_but_the_offsets(tmp_path, nlp, body) -> None:
    plain = _report(tmp_path, nlp, body)
    marked = _report(tmp_path, nlp, BOM + body)
    assert _reading(marked) == _reading(plain)
    assert marked.people and marked.quotes  # the opening name is still a person, and speaks
    assert all(BOM not in p.name for p in marked.people)
    assert all(BOM not in (q.speaker_text or "") for q in marked.quotes)
    # every offset is the plain one moved past the mark
    assert [q.span for q in marked.quotes] == [(q.span[0] + 1, q.span[1] + 1) for q in plain.quotes]
    assert [p.mentions for p in marked.people] == [
        [(s + 1, e + 1) for s, e in p.mentions] for p in plain.people
    ]


@pytest.mark.parametrize(
    "text",
    [
        f'The vote was close.\n{BOM}Maria Lopez said "we lost" on Friday.\n',  # files joined
        f'The vote was close. Maria{BOM}Lopez said "we lost" on Friday.\n',  # inside a name
    ],
)
def test_a_mark_inside_the_text_is_read_as_a_space(tmp_path, nlp, text) -> None:
    report = _report(tmp_path, nlp, text)
    assert [p.name for p in report.people] == ["Maria Lopez"]
    assert [q.speaker_text for q in report.quotes] == ["Maria Lopez"]
    assert report.text[report.quotes[0].span[0] : report.quotes[0].span[1]] == "we lost"


def test_a_seed_header_after_a_mark_still_gives_the_date(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(f"{BOM}date 2024-03-02\nThe ferry sailed.\n".encode())
    article = read_article(path)
    assert (article.source.date, article.body) == ("2024-03-02", "The ferry sailed.\n")


def test_utf16_without_its_mark_is_named_and_utf8_suggested() -> None:
    data = "Mayor Ida Brek spoke on Tuesday.\n".encode("utf-16-le")
    with pytest.raises(InputError) as err:
        decode(data, "a.txt")
    assert str(err.value) == (
        "a.txt: this looks like UTF-16 text without a byte-order mark; "
        "save the article as UTF-8 and try again"
    )
    with pytest.raises(InputError, match="UTF-16 text without"):
        decode("Mayor Ida Brek spoke.\n".encode("utf-16-be"), "a.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00word list",
        codecs.BOM_UTF8 + b"text\x00\x00\x00\x00\x00",
        b"PK\x03\x04\x00\x00data",  # no mark of any kind
    ],
)
def test_other_nul_bytes_are_still_a_binary_file(data: bytes) -> None:
    with pytest.raises(InputError, match="looks like a binary file"):
        decode(data, "a.bin")


def test_a_label_after_a_leading_mark_is_the_genre(tmp_path, nlp) -> None:
    report = _report(tmp_path, nlp, BOM + "OPINION: The ferry plan fails\n\nIt fails.\n")
    assert report.genre is not None
    assert report.text[report.genre.span[0] : report.genre.span[1]] == "OPINION"


@pytest.mark.parametrize(
    "header", ["date 2020-01-01\n", "date 2020-01-01 ", BOM + "date 2020-01-01\n"]
)
def test_a_date_header_changes_nothing_but_the_offsets(tmp_path, nlp, header) -> None:
    body = 'Jan Roe said "the plan failed" on Friday.\n'
    plain = _report(tmp_path, nlp, body)
    headed = _report(tmp_path, nlp, header + body)
    assert headed.source.date == "2020-01-01"
    assert _reading(headed) == _reading(plain)
    assert [p.name for p in headed.people] == ["Jan Roe"]


@pytest.mark.parametrize(
    "data",
    [BOM.encode("utf-8"), (BOM + " \n\n").encode("utf-8"), (BOM + "date 2024-03-01\n").encode()],
)
def test_a_file_holding_only_a_mark_is_an_empty_article(tmp_path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="the article is empty"):
        read_article(path)
    with pytest.raises(InputError, match="the article is empty"):
        article_from_text(data.decode("utf-8"))


def test_a_mark_before_words_is_still_an_article() -> None:
    assert article_from_text(BOM + "The ferry runs.").text == BOM + "The ferry runs."
    assert decode((BOM + "The ferry runs.").encode("utf-8"), "a.txt") == BOM + "The ferry runs."


TEXT = "Mayor Ida Brek said “we are ready” on Tuesday.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_wide_unicode_file_with_its_mark_is_read(tmp_path: Path, codec: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    assert read_article(path).text == TEXT  # the mark is not part of the article


def test_a_broken_utf16_file_says_so() -> None:
    data = codecs.BOM_UTF16_LE + "Ok".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    with pytest.raises(InputError) as err:
        decode(data, "a.txt")
    assert str(err.value).startswith("a.txt: not valid UTF-16 text")


def test_an_empty_utf16_file_is_empty() -> None:
    with pytest.raises(InputError, match=r"a\.txt: the article is empty"):
        decode(codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "a.txt")


def test_a_stray_nul_in_a_text_is_kept_not_called_binary() -> None:
    """One NUL among much text (a copy-and-paste slip) does not make the article a binary file;
    it stays in the text (offsets hold) and is shown as ␀ like any control character."""
    data = b"The ferry sailed on Monday, the harbour master said. " * 10 + b"\x00 It was late.\n"
    assert decode(data, "a.txt") == data.decode("utf-8")


def test_several_nuls_in_a_short_text_are_still_a_binary_file() -> None:
    data = b"The ferry sailed on Monday, the harbour master said. " * 10 + b"\x00\x00\n"
    with pytest.raises(InputError, match="looks like a binary file"):
        decode(data, "a.txt")


@pytest.mark.parametrize("charset", ["base64", "hex", "idna", "undefined", "punycode"])
def test_a_page_declaring_no_character_set_is_not_valid_utf8(charset: str) -> None:
    """A ``<meta charset>`` naming a codec that is no character set, on a page that is not
    UTF-8: the UTF-8 error, one line, not a traceback from the codec."""
    data = f'<html><head><meta charset="{charset}"></head><body><p>Caf'.encode() + b"\xe9</p>"
    with pytest.raises(InputError) as err:
        decode(data, "page.html")
    assert str(err.value).startswith("page.html: not valid UTF-8 text (bad byte at position")


def test_a_page_declaring_a_real_character_set_is_read_in_it() -> None:
    data = b'<html><head><meta charset="iso-8859-2"></head><body><p>\xb3\xf3d\xbc</p>'
    assert "łódź" in decode(data, "page.html")


@pytest.mark.parametrize(
    ("charset", "codec"),
    [
        ("windows-1252", "cp1252"),
        ("utf-16", "utf-16"),
        ("base64", None),
        ("idna", None),
        ("punycode", None),
        ("no-such-set", None),
        (None, None),
    ],
)
def test_text_codec(charset: str | None, codec: str | None) -> None:
    assert text_codec(charset) == codec
