"""Fetching an article from a URL (only when the user gives one; nothing else uses the network)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from email.message import Message

from contextreader import __version__
from contextreader.io.article import (
    MAX_BYTES,
    Article,
    InputError,
    article_from_html,
    article_from_text,
)
from contextreader.io.html import looks_like_html
from contextreader.report import Source

TIMEOUT = 20
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(arg: str) -> bool:
    return bool(_URL.match(arg))


def fetch_article(url: str) -> Article:
    """Download ``url`` and read it as an article (HTML pages are reduced to their text)."""
    req = urllib.request.Request(
        url, headers={"User-Agent": f"contextreader/{__version__} (terminal news reader)"}
    )
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            data = resp.read(MAX_BYTES + 1)
            headers: Message = resp.headers
            final_url = resp.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot be fetched ({exc.reason})") from None
    except (TimeoutError, OSError) as exc:
        raise InputError(f"{url}: cannot be fetched ({exc})") from None
    except ValueError as exc:
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{url}: too large for an article (the limit is {MAX_BYTES:,} bytes)")
    ctype = headers.get_content_type()
    if not (ctype.startswith("text/") or ctype in ("application/xhtml+xml", "application/xml")):
        raise InputError(f"{url}: not a web page or text ({ctype})")
    charset = headers.get_content_charset() or "utf-8"
    try:
        text = data.decode(charset, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    if not text.strip():
        raise InputError(f"{url}: the page is empty")
    source = Source(url=final_url or url)
    if ctype == "text/html" or looks_like_html(text):
        return article_from_html(text, source, url)
    return article_from_text(text, source)
