"""Reading an article: a file, standard input or a string, checked and never changed.

For a plain text file the article's ``text`` is the file's content exactly (UTF-8, newlines as they
are, a UTF-8 byte-order mark kept), so every offset in a report can be checked against the
file; a lone carriage return (the line end of old Mac files) is read as a newline, one character
for one, so the offsets hold. A UTF-16 or UTF-32 file is decoded with its byte-order mark
dropped, offsets then count its characters. An HTML page that is not UTF-8 is decoded with the
character set it declares in a ``<meta>`` tag. A file in the seed format, whose first line
begins with ``date YYYY-MM-DD``, gives that date and the body starts after it.
"""

from __future__ import annotations

import codecs
import datetime
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path

from contextreader.io.html import extract, html_charset, looks_like_html
from contextreader.report import Source

MAX_BYTES = 5_000_000  # what is read from a file, a pipe or a URL (an HTML page can be large)
MAX_CHARS = 1_000_000  # article text the analysis takes (spaCy's own limit): ~170,000 words

_BOM = "\ufeff"  # a byte-order mark, which is no text of the article
# " date 2019-07-06 WASHINGTON (Sputnik) – ..." : an optional byte-order mark and space, the word,
# an ISO date
_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n)?")
_LONE_CR = re.compile(r"\r(?!\n)")


class InputError(Exception):
    """An article that cannot be read; the message is one line for the user."""


@dataclass(slots=True)
class Article:
    text: str
    source: Source = field(default_factory=Source)
    body_start: int = 0  # offset of the body: after a "date YYYY-MM-DD" header, else 0

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def article_from_text(text: str, source: Source | None = None, name: str = "text") -> Article:
    """An article from text already in memory, recognising the ``date YYYY-MM-DD`` header."""
    source = source or Source()
    text = _LONE_CR.sub("\n", text)
    body_start = 0
    m = _HEADER.match(text)
    if m:
        body_start = m.end()
        try:
            datetime.date.fromisoformat(m.group(1))
        except ValueError:
            raise InputError(
                f"{name}: the first line gives the date {m.group(1)}, which is no date; "
                "write it as date YYYY-MM-DD"
            ) from None
        if source.date is None:
            source.date = m.group(1)
    if not text[body_start:].replace(_BOM, "").strip():  # str.strip keeps a byte-order mark
        raise InputError(f"{name}: the article is empty")
    _check_length(text, name)
    return Article(text=text, source=source, body_start=body_start)


def article_from_data(text: str, source: Source, name: str, html: bool = False) -> Article:
    """An article from decoded text that may be an HTML page or plain text."""
    if html or looks_like_html(text):
        return article_from_html(text, source, name)
    return article_from_text(text, source, name)


def article_from_html(html: str, source: Source, name: str) -> Article:
    """An article from an HTML page: its readable text, title, site name and date."""
    page = extract(html)
    if not page.text.strip():
        raise InputError(f"{name}: no article text found in this HTML page")
    _check_length(page.text, name)
    source.title = source.title or page.title
    source.site_name = source.site_name or page.site_name
    source.date = source.date or page.date
    source.url = source.url or page.canonical_url
    return Article(text=page.text, source=source, body_start=0)


def too_large(name: str, size: int | None = None) -> InputError:
    got = f"{size:,} bytes; " if size is not None else ""
    return InputError(f"{name}: too large for an article ({got}the limit is {MAX_BYTES:,} bytes)")


def _check_length(text: str, name: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: too long for an article ({len(text):,} characters; "
            f"the limit is {MAX_CHARS:,})"
        )


def decode(data: bytes, name: str) -> str:
    """Bytes to text, or an InputError that says what is wrong with them."""
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        raise InputError(f"{name}: the article is empty")
    unicode = unicode_bom(data)
    if unicode is not None:
        return decode_wide(data, name, unicode)
    check_not_binary(data, name)
    try:
        # a UTF-8 byte-order mark is kept: offsets count the file's characters, mark included
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = declared_charset(data)
        if declared is not None:
            return data.decode(declared, errors="replace")  # text_codec: no error from here
        raise InputError(
            f"{name}: not valid UTF-8 text (bad byte at position {exc.start}); "
            "save the article as UTF-8 and try again"
        ) from None
    return text


def declared_charset(data: bytes) -> str | None:
    """The codec of an HTML page that declares a character set other than UTF-8 in a
    ``<meta>`` tag, if Python knows it; windows-1252 for "iso-8859-1" and "us-ascii", as
    browsers read them."""
    if not looks_like_html(data[:2048].decode("latin-1")):
        return None
    charset = html_charset(data)
    if charset in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        charset = "windows-1252"
    codec = text_codec(charset)
    return None if codec is None or codec.startswith("utf") else codec


def text_codec(charset: str | None) -> str | None:
    """Python's codec for a character set a page or a server names, or None when Python has
    none or the name is no character set: "base64" is a codec of bytes, "idna" and "punycode"
    are codecs of host names ("abc" is not read as "abc", or a bad byte raises an error even
    with errors="replace"). A codec returned decodes any bytes with errors="replace"."""
    try:
        codec = codecs.lookup(charset or "").name
        if codec.startswith(("utf-16", "utf-32")):
            return codec
        return codec if b"abc".decode(codec, errors="replace") == "abc" else None
    except (LookupError, ValueError):  # UnicodeError is a ValueError
        return None


# byte-order marks of the wide Unicode encodings (UTF-32 first: its little-endian mark starts
# with UTF-16's); Windows editors save "Unicode" text as UTF-16 with one of these
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_not_binary(data: bytes, name: str) -> None:
    """An InputError for bytes that are no text in an 8-bit encoding: NUL bytes in the first
    8 KB, more than one in each 1,000 bytes (a stray NUL in a text is kept, shown as ␀ like
    any control character; a binary file has more). UTF-16 without a byte-order mark (every
    other byte NUL) is named as such, since it can be text after all; which half is which
    cannot be told for sure, so it is not read. A PDF (it starts "%PDF-") is named as one,
    with what to do, whether or not it has NULs."""
    if data.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"%PDF-"):
        raise InputError(f"{name}: this looks like a PDF file; save the article as text first")
    head = data[:8192]
    if head.count(0) <= max(1, len(head) // 1000):  # none, or stray ones in a text
        return
    if _utf16_without_bom(head):
        raise InputError(
            f"{name}: this looks like UTF-16 text without a byte-order mark; "
            "save the article as UTF-8 and try again"
        )
    raise InputError(f"{name}: this looks like a binary file, not an article in text")


def _utf16_without_bom(head: bytes) -> bool:
    """Nearly every byte on one side of each pair NUL, nearly none on the other: the shape of
    UTF-16 text in a Latin script."""
    pairs = len(head) // 2
    if pairs < 4:
        return False
    even, odd = head[0 : 2 * pairs : 2], head[1 : 2 * pairs : 2]
    for zeros, letters in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.9 * pairs and letters.count(0) <= 0.1 * pairs:
            return True
    return False


def unicode_bom(data: bytes) -> str | None:
    """The codec of a UTF-16 or UTF-32 file that starts with its byte-order mark, else None
    (such a file is full of NUL bytes and would otherwise be taken for a binary file)."""
    return next((codec for bom, codec in _WIDE_BOMS if data.startswith(bom)), None)


def decode_wide(data: bytes, name: str, codec: str) -> str:
    """UTF-16/32 text (the codec reads and drops the byte-order mark)."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {codec.upper()} text (bad bytes at position {exc.start}); "
            "save the article as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: the article is empty")
    return text


def read_article(path: str | Path, url: str | None = None) -> Article:
    """Read an article from a file, with a clear InputError for anything that is not one."""
    p = Path(path)
    name = str(path)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory, not an article file")
        # a named pipe is read as it comes ("analyze <(curl …)"), like cat, so it waits for a
        # writer; so is standard input at a terminal ("/dev/stdin" typed in), as "-" is;
        # another device (also "/dev/stdout", "/dev/tty") or a socket holds no article
        if not (
            stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or _our_terminal(p, info)
        ):
            raise InputError(
                f"{name}: a device or a socket, not an article file; "
                "give a file, or - to read standard input"
            )
        if info.st_size > MAX_BYTES:
            raise too_large(name, info.st_size)
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except (FileNotFoundError, ValueError):  # ValueError: a NUL in the name
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:  # a name too long, a loop of symbolic links
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise too_large(name)
    return article_from_data(decode(data, name), Source(path=str(p), url=url), name)


def is_terminal(path: str | Path) -> bool:
    """The path names standard input and that is a terminal ("/dev/stdin" at a prompt), which
    is read as typed text, as "-" is."""
    try:
        return _our_terminal(Path(path), Path(path).stat())
    except (OSError, ValueError):
        return False


# the names of this process's standard input
STDIN_PATHS = frozenset({"/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"})


def _our_terminal(path: Path, info: os.stat_result) -> bool:
    """Standard input (fd 0) is a terminal and the path names it: "/dev/stdin" or the
    terminal's own name. Standard output or error ("/dev/stdout") is no input, even on the
    same terminal, nor is "/dev/tty". Compared by device number, so no other device is opened
    to find out (opening one may act on it)."""
    if not stat.S_ISCHR(info.st_mode):
        return False
    try:
        if not os.isatty(0) or os.fstat(0).st_rdev != info.st_rdev:
            return False
        return str(path) in STDIN_PATHS or os.path.abspath(path) == os.ttyname(0)
    except OSError:
        return False


def read_stdin(url: str | None = None) -> Article:
    """Read an article piped on standard input."""
    if sys.stdin is None:  # started with standard input closed ("<&-")
        raise InputError("stdin: standard input is closed")
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise too_large("stdin")
    return article_from_data(decode(data, "stdin"), Source(url=url), "stdin")


# the bundled sample article, opened when the reader is started with no file
SAMPLE = "000_1431d573fd9e81ef.txt"


def sample_path() -> Path:
    """The bundled sample article: in the installed package, else in the source checkout
    (editable installs do not copy seeds/ into the package)."""
    with as_file(files("contextreader") / "seeds" / SAMPLE) as bundled:
        if bundled.exists():
            return bundled
    return Path(__file__).resolve().parents[3] / "seeds" / SAMPLE
