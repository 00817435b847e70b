"""Hosts and registrable domains, offline, so every edition and subdomain of an outlet matches.

``de.sputniknews.com``, ``www.reuters.com`` and ``uk.reuters.com`` all belong to the outlet that
owns the *registrable domain* (``sputniknews.com``, ``reuters.com``). Finding that domain needs the
public suffix list (``bbc.co.uk`` is registrable, ``co.uk`` is not). tldextract ships a snapshot of
the list inside its package; we use it strictly offline (no download, no cache directory), so the
reader never touches the network.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

import tldextract


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    """The offline extractor: the bundled suffix-list snapshot, no fetching, no disk cache."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def host_of(url_or_host: str) -> str | None:
    """The lower-cased host name of a URL or bare host ("https://WWW.X.com:443/a" -> "www.x.com").

    A string without a scheme is read as a host, possibly followed by a path ("x.com/en").
    """
    text = url_or_host.strip()
    if not text:
        return None
    if "://" not in text:
        text = "//" + text.lstrip("/")
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.strip(".").lower()
    return host or None


def registrable_domain(url_or_host: str) -> str | None:
    """The domain a registrant owns ("uk.reuters.com" -> "reuters.com"), or None.

    None for anything that has no public suffix: IP addresses, ``localhost``, bare words.
    """
    host = host_of(url_or_host)
    if host is None:
        return None
    parts = _extractor()(host)
    if not parts.suffix or not parts.domain:
        return None
    return f"{parts.domain}.{parts.suffix}"


def candidate_domains(url_or_host: str) -> list[str]:
    """The host and each parent domain down to the registrable one, most specific first.

    ``news.sky.com`` -> ``["news.sky.com", "sky.com"]``: a knowledge base may claim a single host
    (a site that lives on a shared domain) as well as a whole registrable domain. A leading
    ``www.`` adds nothing and is skipped.
    """
    host = host_of(url_or_host)
    base = registrable_domain(url_or_host)
    if host is None or base is None:
        return []
    labels = host.split(".")
    depth = len(base.split("."))
    out = [".".join(labels[i:]) for i in range(len(labels) - depth + 1)]
    return [d for d in out if not d.startswith("www.") or d == base]


def path_prefixes(url: str) -> list[str]:
    """'host/a/b' forms of a URL's leading paths, longest first, without 'www.' and lower-cased:
    ``https://www.x.gov.in/TV/news/1`` -> ``["x.gov.in/tv/news/1", "x.gov.in/tv/news",
    "x.gov.in/tv"]``. A bare host gives none."""
    host = host_of(url)
    if host is None:
        return []
    text = url.strip()
    if "://" not in text:
        text = "//" + text.lstrip("/")
    try:
        path = urlsplit(text).path
    except ValueError:
        return []
    segments = [s for s in path.lower().split("/") if s]
    host = host.removeprefix("www.")
    return ["/".join([host, *segments[:n]]) for n in range(len(segments), 0, -1)]
