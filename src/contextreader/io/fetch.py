"""Fetching an article from a URL (only when the user gives one; nothing else uses the network)."""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from email.message import Message

from contextreader import __version__
from contextreader.io.article import MAX_BYTES, Article, InputError, article_from_data, too_large
from contextreader.report import Source

TIMEOUT = 20
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(arg: str) -> bool:
    return bool(_URL.match(arg))


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
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot be fetched ({exc.reason})") from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise InputError(f"{url}: cannot be fetched ({exc or type(exc).__name__})") from None
    except ValueError as exc:
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    if len(data) > MAX_BYTES:
        raise too_large(url)
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
    return article_from_data(text, Source(url=final_url or url), url, html=ctype == "text/html")
