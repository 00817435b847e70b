"""Text saved as UTF-16 or UTF-32 (what Windows editors call "Unicode") is read, not taken for
a binary file; its NUL bytes are half of every character."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from contextreader.io.article import InputError, decode, read_article

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


def test_nul_bytes_without_a_mark_are_still_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(b"PK\x03\x04\x00\x00data", "a.zip")
