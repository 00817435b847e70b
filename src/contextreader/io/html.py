"""Plain text from an HTML page: the article's paragraphs and the page's metadata.

A small extractor on the standard library's HTMLParser: it keeps the text of headings, paragraphs,
block quotes and list items (inside ``<article>`` when the page has one), skips scripts, navigation
and page furniture, and reads the title, ``og:site_name`` and the publication date from metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "blockquote", "li", "pre"}
_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "button", "iframe"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}


@dataclass
class Page:
    text: str
    title: str | None = None
    site_name: str | None = None
    date: str | None = None
    canonical_url: str | None = None


@dataclass
class _State:
    blocks: list[str] = field(default_factory=list)
    article_blocks: list[str] = field(default_factory=list)
    current: list[str] | None = None
    skip_depth: int = 0
    article_depth: int = 0
    in_title: bool = False
    title: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.s = _State()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _VOID:
            if tag == "meta":
                key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
                if key and a.get("content"):
                    self.s.meta.setdefault(key, a["content"].strip())
            elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
                self.s.meta.setdefault("canonical", a["href"])
            elif tag == "br" and self.s.current is not None:
                self.s.current.append(" ")
            return
        if tag in _SKIP:
            self.s.skip_depth += 1
        elif tag == "article":
            self.s.article_depth += 1
        elif tag == "title":
            self.s.in_title = True
        elif tag in _BLOCKS and self.s.skip_depth == 0:
            self._close_block()
            self.s.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.s.skip_depth = max(0, self.s.skip_depth - 1)
        elif tag == "article":
            self._close_block()
            self.s.article_depth = max(0, self.s.article_depth - 1)
        elif tag == "title":
            self.s.in_title = False
        elif tag in _BLOCKS:
            self._close_block()

    def handle_data(self, data: str) -> None:
        if self.s.in_title:
            self.s.title.append(data)
        elif self.s.skip_depth == 0 and self.s.current is not None:
            self.s.current.append(data)

    def _close_block(self) -> None:
        if self.s.current is None:
            return
        text = " ".join("".join(self.s.current).split())
        self.s.current = None
        if text:
            self.s.blocks.append(text)
            if self.s.article_depth:
                self.s.article_blocks.append(text)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(head|body)[\s>]", head)
    )


def extract(html: str) -> Page:
    """The readable text of a page, one block a paragraph, with its metadata."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    parser._close_block()
    s = parser.s
    blocks = s.article_blocks if len(s.article_blocks) >= 2 else s.blocks
    meta = s.meta
    title = meta.get("og:title") or " ".join("".join(s.title).split()) or None
    date = None
    for key in ("article:published_time", "datepublished", "date", "dc.date", "pubdate"):
        m = re.match(r"\d{4}-\d{2}-\d{2}", meta.get(key, ""))
        if m:
            date = m.group(0)
            break
    return Page(
        text="\n\n".join(blocks) + ("\n" if blocks else ""),
        title=title,
        site_name=meta.get("og:site_name") or meta.get("application-name"),
        date=date,
        canonical_url=meta.get("og:url") or meta.get("canonical"),
    )
