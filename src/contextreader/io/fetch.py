"""Fetching an article from a URL (only when the user gives one; nothing else uses the network)."""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from pathlib import Path

from contextreader import __version__
from contextreader.io.article import (
    MAX_BYTES,
    Article,
    InputError,
    article_from_data,
    check_not_binary,
    declared_charset,
    decode_wide,
    text_codec,
    too_large,
    unicode_bom,
)
from contextreader.report import Source

TIMEOUT = 20
_URL = re.compile(r"^https?://", re.IGNORECASE)
# "scheme:" as RFC 3986 spells it; two letters at least, so a drive letter ("C:") is a path
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
FETCHED = "only http:// and https:// addresses are fetched"
# an address written without its scheme: a host name (labels joined by dots, the last one all
# letters) with a path after it, or one that starts "www." ("example.com/news/story",
# "www.bbc.co.uk"); a bare "notes.txt" is a file name
_HOST_FIRST = re.compile(
    r"^(?:www\.[\w-]+(?:\.[\w-]+)*(?:/|$)|[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/)", re.IGNORECASE
)


def is_url(arg: str) -> bool:
    return bool(_URL.match(arg))


def address_path(arg: str) -> str:
    """The file to read for a command-line argument that is not an http(s) address.

    A ``file://`` address on this machine is read as the file it names (what a browser would
    open, with the same reach as typing the path). Any other address (``ftp://``, ``mailto:``)
    raises a one-line InputError naming its scheme, where reading it as a path would only say
    "no such file". An argument that names an existing file is that file, colon or not; a
    missing one that reads as an address without its scheme ("example.com/news/story") says
    to write it with https://.
    """
    m = _SCHEME.match(arg)
    if _exists(arg):
        return arg
    if m is None:
        if _web_address(arg):  # no such file, and it reads as a web address
            raise InputError(f"{arg}: no such file (for a web address, write it as https://{arg})")
        return arg
    scheme = m.group(1).lower()
    if scheme == "file":
        parts = urllib.parse.urlsplit(arg)
        if parts.netloc not in ("", "localhost"):
            raise InputError(f"{arg}: a file on another machine ({parts.netloc}) cannot be read")
        if not parts.path:
            raise InputError(f"{arg}: this file:// address names no file")
        return urllib.request.url2pathname(parts.path)
    if scheme in ("http", "https"):
        raise InputError(f"{arg}: not a web address (write it as {scheme}://host/page)")
    written = f"{scheme}://" if arg[m.end() :].startswith("//") else f"{scheme}:"
    raise InputError(f"{arg}: {written} addresses are not supported; {FETCHED}")


# the last dot-part of a file's name, not of a host's: "www.txt" is a file that is missing
_FILE_EXTENSIONS = frozenset(
    {
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "json", "jsonl", "csv",
        "pdf", "rtf", "doc", "docx", "log", "bak", "old", "new", "orig", "tmp",
    }
)  # fmt: skip


def _web_address(arg: str) -> bool:
    """A missing ``arg`` that reads as a web address without its scheme (``_HOST_FIRST``);
    not a path inside an existing folder ("articles.bak/story.txt") nor a bare name that
    ends in a file's extension ("www.txt")."""
    if not _HOST_FIRST.match(arg):
        return False
    first, slash, _ = arg.partition("/")
    if slash:
        return not Path(first).is_dir()
    return first.rpartition(".")[2].lower() not in _FILE_EXTENSIONS


def _exists(arg: str) -> bool:
    try:
        return Path(arg).exists()
    except (OSError, ValueError):  # a name too long, or with a NUL: no such file either way
        return False


def fetch_article(url: str) -> Article:
    """Download ``url`` and read it as an article (HTML pages are reduced to their text)."""
    try:
        req = urllib.request.Request(
            url, headers={"User-Agent": f"contextreader/{__version__} (terminal news reader)"}
        )
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            data = resp.read(MAX_BYTES + 1)
            headers: Message = resp.headers
            final_url = resp.geturl()
    except urllib.error.HTTPError as exc:
        reason = str(exc.reason)
        if reason.startswith(urllib.request.HTTPRedirectHandler.inf_msg):
            raise InputError(f"{url}: the server redirects in a loop") from None
        raise InputError(
            f"{url}: the server answered {exc.code} {' '.join(reason.split())}"
        ) from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot be fetched ({_why(exc.reason)})") from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise InputError(f"{url}: cannot be fetched ({exc or type(exc).__name__})") from None
    except ValueError as exc:
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    if len(data) > MAX_BYTES:
        raise too_large(url)
    expected = _content_length(headers)
    if expected is not None and len(data) < expected:
        raise InputError(
            f"{url}: the download was cut short ({len(data):,} of {expected:,} bytes); try again"
        )
    ctype = headers.get_content_type()
    if not (ctype.startswith("text/") or ctype in ("application/xhtml+xml", "application/xml")):
        raise InputError(f"{url}: not a web page or text ({ctype})")
    text = _decode(data, headers.get_content_charset(), url)
    if not text.strip():
        raise InputError(f"{url}: the page is empty")
    return article_from_data(text, Source(url=final_url or url), url, html=ctype == "text/html")


def _content_length(headers: Message) -> int | None:
    """The length the server announced for the body (the bytes as sent), if it gave one
    (a body sent in chunks has its own framing, and any Content-Length is to be ignored)."""
    if "Transfer-Encoding" in headers:
        return None
    try:
        return int(headers.get("Content-Length", ""))
    except ValueError:
        return None


def _why(reason: object) -> str:
    """Why a fetch failed, in words: a name lookup that failed ("[Errno -2] Name or service
    not known") is a host not found, most often for want of a network or a mistyped address."""
    if isinstance(reason, socket.gaierror):
        return "host not found: no network, or a mistyped address?"
    return str(reason)


def _decode(data: bytes, charset: str | None, name: str) -> str:
    """A page's text: UTF-16 or UTF-32 by its byte-order mark, else in the character set the
    server names, else UTF-8, else the one the page declares in a ``<meta>`` tag; a byte that is
    none of these becomes U+FFFD. Bytes with NULs in them are a binary file (or UTF-16 without
    its mark) unless the server says they are UTF-16 or UTF-32, as for a file."""
    wide = unicode_bom(data)
    if wide is not None:
        return decode_wide(data, name, wide)
    codec = text_codec(charset)  # None for no codec, or no character set ("base64", "idna")
    if codec is not None:
        if not codec.startswith(("utf-16", "utf-32")):
            check_not_binary(data, name)
        return data.decode(codec, errors="replace")
    check_not_binary(data, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode(declared_charset(data) or "utf-8", errors="replace")
