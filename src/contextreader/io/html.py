"""Plain text from an HTML page: the article's paragraphs and the page's metadata.

A small extractor on the standard library's HTMLParser: it keeps the text of headings, paragraphs,
block quotes and list items (inside ``<article>`` when the page has one), skips scripts, navigation
and page furniture, and reads the title, ``og:site_name`` and the publication date from metadata.

A block quotation is set out by its layout alone, which plain text loses; so that the reader can
still tell whose words they are, its paragraphs are given quotation marks as news style writes a
quotation of several paragraphs (“ before each, ” after the last). A block quotation that holds
double quotation marks of its own is left as it is: its marks already say what is quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "blockquote", "li", "pre"}
_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "button", "iframe"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
_DOUBLE_MARKS = set('"“”„«»')


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
    in_article: list[bool] = field(default_factory=list)  # per block: inside <article>
    quote_depth: int = 0  # open <blockquote> elements
    quoted: list[int] = field(default_factory=list)  # blocks of the open block quotation
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
            if tag == "blockquote":
                self.s.quote_depth += 1

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
            if tag == "blockquote" and self.s.quote_depth:
                self.s.quote_depth -= 1
                if not self.s.quote_depth:
                    _mark_quotation(self.s.blocks, self.s.quoted)
                    self.s.quoted = []

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
            if self.s.quote_depth:
                self.s.quoted.append(len(self.s.blocks))
            self.s.blocks.append(text)
            self.s.in_article.append(bool(self.s.article_depth))


def _mark_quotation(blocks: list[str], quoted: list[int]) -> None:
    """Put quotation marks on the paragraphs of one block quotation, unless it has its own."""
    if not quoted or any(ch in _DOUBLE_MARKS for i in quoted for ch in blocks[i]):
        return
    for i in quoted:
        blocks[i] = "“" + blocks[i]
    blocks[quoted[-1]] += "”"


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
    if s.quote_depth:  # a block quotation the page never closed
        _mark_quotation(s.blocks, s.quoted)
    article = [b for b, inside in zip(s.blocks, s.in_article, strict=True) if inside]
    blocks = article if len(article) >= 2 else s.blocks
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
