"""Plain text from an HTML page: the article's paragraphs and the page's metadata.

A small extractor on the standard library's HTMLParser. It keeps the text of the page's blocks:
headings, paragraphs, block quotes, list items, and text that sits directly in a ``<div>``, a
table cell or any other block element (two ``<br>`` in a row end a paragraph). Inside
``<article>`` (else ``<main>``) when the page has one, with the page's ``<h1>`` and the line after
it when they stand before the first ``<article>`` (a live blog's headline and standfirst).

It leaves out scripts, navigation and page furniture: elements whose class, id, role or
aria-label names furniture (share buttons, related links, advertising, cookie and sign-up boxes,
menus, photo captions; the words are in ``page_furniture.toml`` [markup]), photo captions
(``<figcaption>``), a list whose text is (nearly) all links and the heading that only titles it
("Related topics", "More on this story"), a line that is nothing but two or more links (a
menu), and of the site's ``<header>`` (one outside any article or section) all but a heading. A
class word is not trusted when the element holds an ``<article>``, ``<main>`` or ``<h1>``. A
form's controls are left out, its text kept (ASP.NET wraps a whole page in a form).

It reads the title, ``og:site_name`` and the publication date from metadata, then from a
JSON-LD ``NewsArticle`` (``datePublished``, ``headline``, ``publisher``), then from an
``itemprop=datePublished`` element and the first ``<time datetime>`` in the article. A title
that ends with the site's name ("Talks stall | Harbour Daily" on Harbour Daily) loses it.

A block quotation is set out by its layout alone, which plain text loses; so that the reader can
still tell whose words they are, its paragraphs are given quotation marks as news style writes a
quotation of several paragraphs (“ before each, ” after the last). A block quotation that holds
double quotation marks of its own is left as it is: its marks already say what is quoted. A line
in it that opens with a dash ("— Jan Roe (@janroe)"), or its ``<footer>``, is its author's
sign-off, not part of the quotation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from typing import Any

from contextreader.data import read_toml

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "blockquote", "li", "pre", "dt", "dd"} | _HEADINGS
# elements that end a paragraph where they start and end; text directly in them is a block
_BOUNDARIES = {
    "div", "section", "article", "main", "header", "footer", "figure", "figcaption", "table",
    "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "ul", "ol", "dl", "form",
    "fieldset", "center", "details", "summary", "address", "hgroup", "body", "html",
    "nav", "aside", "menu", "dialog", "iframe", "video", "audio", "object", "canvas", "svg",
}  # fmt: skip
_SKIP = {
    "script", "style", "noscript", "template", "nav", "footer", "aside", "svg", "button",
    "iframe", "select", "textarea", "label", "menu", "dialog", "video", "audio", "object",
    "canvas", "amp-sidebar", "amp-ad", "amp-sticky-ad", "amp-consent", "amp-user-notification",
}  # fmt: skip
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
_LISTS = {"ul", "ol"}
_SECTIONING = {"article", "section", "main", "aside", "nav"}
_AUTO_CLOSED = {"p", "li", "dt", "dd"}  # closed by the next one of their kind
_DOUBLE_MARKS = set('"“”„«»')
_SIGN_OFF = re.compile(r"(?:[—–―]|--?\s)")  # "— Jan Roe (@janroe) May 3, 2024"
_LINK_LIST = 0.8  # a list whose text is this much link text is a list of links
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_META_DATES = ("article:published_time", "datepublished", "date", "dc.date", "pubdate")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " : ")


@dataclass(frozen=True, slots=True)
class _Markup:
    words: frozenset[str]
    modifiers: frozenset[str]
    roles: frozenset[str]


@cache
def _markup() -> _Markup:
    """The furniture words of ``page_furniture.toml`` [markup], read once."""
    raw = read_toml("page_furniture.toml")
    lists = {k: frozenset(raw[k]["words"]) for k in ("markup", "markup_modifiers", "markup_roles")}
    return _Markup(lists["markup"], lists["markup_modifiers"], lists["markup_roles"])


def _words(name: str) -> list[str]:
    """'relatedLinks' -> ['related', 'links']; 'ad-slot_2' -> ['ad', 'slot', '2']."""
    return re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())


def _names_furniture(a: dict[str, str]) -> bool:
    """An element whose class, id, aria-label or role says it is page furniture."""
    if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
        return True
    m = _markup()
    if a.get("role", "").strip().lower() in m.roles:
        return True
    names = [*a.get("class", "").split(), a.get("id", ""), a.get("aria-label", "")]
    for name in names:
        words = set(_words(name))
        if words & m.words and not words & m.modifiers:
            return True
    return False


@dataclass
class Page:
    text: str
    title: str | None = None
    site_name: str | None = None
    date: str | None = None
    canonical_url: str | None = None


@dataclass
class _Block:
    text: str
    kind: str  # the tag that opened it ("p", "h1", ...), "" for text directly in a container
    in_article: bool
    in_main: bool
    banner: bool  # in the site's <header>, outside any article or section


@dataclass
class _Open:
    """A container element that is open, and the number of blocks when it opened."""

    tag: str
    start: int
    article: bool = False
    main: bool = False
    banner: bool = False  # a <header> outside any article or section: the site's banner
    quote: bool = False  # a <figure> holding a block quotation: its caption is the source


@dataclass
class _List:
    tag: str
    start: int
    chars: int = 0
    link_chars: int = 0


@dataclass
class _State:
    blocks: list[_Block] = field(default_factory=list)
    quoted: list[int] = field(default_factory=list)  # blocks of the open block quotation
    quote_depth: int = 0  # open <blockquote> elements
    sign_off_depth: int = 0  # open <footer>/<cite> that sign off a block quotation
    current: list[str] | None = None
    kind: str = ""
    chars: int = 0  # letters and figures in the current block
    link_chars: int = 0  # of which in links
    links: set[int] = field(default_factory=set)  # the links the current block holds
    link: int = 0  # the open link's number, 0 outside links
    link_count: int = 0
    breaks: int = 0  # <br> in a row
    skip_tag: str | None = None
    skip_count: int = 0
    containers: list[_Open] = field(default_factory=list)
    lists: list[_List] = field(default_factory=list)
    in_title: bool = False
    title: list[str] = field(default_factory=list)
    ld_json: list[str] | None = None  # the open <script type="application/ld+json">
    ld: dict[str, str] = field(default_factory=dict)  # JSON-LD headline, datePublished ...
    time: str | None = None  # the first <time datetime> in the article
    item_date: str | None = None  # an element with itemprop=datePublished
    meta: dict[str, str] = field(default_factory=dict)


class _Extractor(HTMLParser):
    def __init__(self, hints: bool = True, keep: frozenset[int] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.s = _State()
        self.hints = hints
        self.keep = keep  # elements (by number) a class word named furniture, kept after all
        self.tags = 0  # start tags so far: an element's number
        self.hinted: int | None = None  # the number of the element skipped for a class word
        self.not_furniture: set[int] = set()  # skipped ones that held an article or headline

    # -- tags ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        s = self.s
        self.tags += 1
        if tag in _VOID:
            self._void(tag, a)
            return
        if s.skip_tag is not None:
            if self.hinted is not None and tag in ("article", "main", "h1"):
                self.not_furniture.add(self.hinted)  # "sidebar-right" on the content's wrapper
            if tag != s.skip_tag and not (
                s.skip_tag == "p" and tag in _BOUNDARIES | _BLOCKS and tag not in _SKIP
            ):
                return
            if tag == s.skip_tag and (tag not in _AUTO_CLOSED or s.skip_count > 1):
                s.skip_count += 1
                return
            s.skip_tag, s.skip_count, self.hinted = None, 0, None  # a new <p> closes it
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            s.ld_json = []
        if tag == "title":
            s.in_title = not s.title
            return
        if self._starts_sign_off(tag):
            self._close_block()
            s.sign_off_depth += 1
            s.containers.append(_Open(tag, len(s.blocks)))
            return
        hinted = (
            self.hints
            and tag not in ("html", "body", "main", "article")
            and self.tags not in self.keep
            and _names_furniture(a)
        )
        if tag in _SKIP or self._skipped_caption(tag) or hinted:
            if tag in _BOUNDARIES | _BLOCKS:
                self._close_block()
            s.skip_tag, s.skip_count = tag, 1
            self.hinted = self.tags if hinted and tag not in _SKIP else None
            return
        if a.get("itemprop", "").lower() == "datepublished":
            s.item_date = s.item_date or a.get("datetime") or a.get("content")
        if tag == "time" and a.get("datetime") and s.time is None and self._in_content():
            s.time = a["datetime"]
        if tag == "a" and "href" in a:  # <a name="..."> is a target, no link
            s.link_count += 1
            s.link = s.link_count
        elif tag in _BLOCKS:
            self._close_block()
            self._open_block(tag)
            if tag == "blockquote":
                s.quote_depth += 1
                figure = next((c for c in reversed(s.containers) if c.tag == "figure"), None)
                if figure is not None:
                    figure.quote = True
        elif tag in _LISTS:
            self._close_block()
            s.lists.append(_List(tag, len(s.blocks)))
        elif tag in _BOUNDARIES:
            self._close_block()
            role = a.get("role", "").lower()
            s.containers.append(
                _Open(
                    tag,
                    len(s.blocks),
                    article=tag == "article" or role == "article",
                    main=tag == "main" or role == "main",
                    banner=tag == "header" and not self._in_section(),
                )
            )

    def handle_endtag(self, tag: str) -> None:
        s = self.s
        if s.skip_tag is not None:
            if tag == s.skip_tag:
                s.skip_count -= 1
                if s.skip_count == 0:
                    s.skip_tag, self.hinted = None, None
            if tag == "script" and s.ld_json is not None:
                self._read_ld_json("".join(s.ld_json))
                s.ld_json = None
            return
        if tag in ("footer", "cite") and s.sign_off_depth and s.containers[-1].tag == tag:
            self._close_block()  # the end of a block quotation's <footer> or <cite>
            s.sign_off_depth -= 1
            s.containers.pop()
        elif tag == "title":
            s.in_title = False
        elif tag == "a":
            s.link = 0
        elif tag in _BLOCKS:
            self._close_block()
            if tag == "blockquote" and s.quote_depth:
                s.quote_depth -= 1
                if not s.quote_depth:
                    _mark_quotation(s.blocks, s.quoted)
                    s.quoted = []
        elif tag in _LISTS:
            self._close_block()
            self._end_list(tag)
        elif tag in _BOUNDARIES:
            self._close_block()
            at = _last(s.containers, tag)
            if at is not None:
                s.sign_off_depth -= sum(c.tag in ("footer", "cite") for c in s.containers[at:])
                s.sign_off_depth = max(0, s.sign_off_depth)
                del s.containers[at:]

    def handle_data(self, data: str) -> None:
        s = self.s
        if s.ld_json is not None:
            s.ld_json.append(data)
            return
        if s.in_title:
            s.title.append(data)
            return
        if s.skip_tag is not None:
            return
        chars = sum(ch.isalnum() for ch in data)
        if s.current is None:
            if not chars:
                return  # spaces (or a byte-order mark) between blocks
            self._open_block("")
        assert s.current is not None
        s.current.append(data)
        if chars:
            s.breaks = 0
            s.chars += chars
            if s.link:
                s.link_chars += chars
                s.links.add(s.link)
            for open_list in s.lists:
                open_list.chars += chars
                if s.link:
                    open_list.link_chars += chars

    # -- helpers ---------------------------------------------------------------------------

    def _void(self, tag: str, a: dict[str, str]) -> None:
        s = self.s
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                s.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            s.meta.setdefault("canonical", a["href"])
        elif tag == "br" and s.current is not None and s.skip_tag is None:
            s.breaks += 1
            if s.breaks >= 2:
                self._close_block()  # <br><br>: a new paragraph
            else:
                s.current.append(" ")

    def _in_section(self) -> bool:
        return any(c.tag in _SECTIONING or c.article or c.main for c in self.s.containers)

    def _in_content(self) -> bool:
        return any(c.article or c.main for c in self.s.containers)

    def _starts_sign_off(self, tag: str) -> bool:
        """A <footer> in a block quotation, or a <cite> standing between its paragraphs."""
        s = self.s
        if not s.quote_depth:
            return False
        return tag == "footer" or (tag == "cite" and s.current is None)

    def _skipped_caption(self, tag: str) -> bool:
        """A photo's caption; the caption of a figure that holds a quotation is its source."""
        if tag != "figcaption":
            return False
        figure = next((c for c in reversed(self.s.containers) if c.tag == "figure"), None)
        return figure is None or not figure.quote

    def _open_block(self, kind: str) -> None:
        s = self.s
        s.current, s.kind = [], kind
        s.chars = s.link_chars = s.breaks = 0
        s.links = set()

    def _close_block(self) -> None:
        s = self.s
        if s.current is None:
            return
        text = " ".join("".join(s.current).split())
        s.current = None
        if not text or (len(s.links) >= 2 and s.link_chars == s.chars):
            return  # nothing, or only links: "World U.S. Politics Business"
        if s.quote_depth and not s.sign_off_depth and not _SIGN_OFF.match(text):
            s.quoted.append(len(s.blocks))
        article = any(c.article for c in s.containers)
        main = any(c.main for c in s.containers)
        banner = any(c.banner for c in s.containers)
        s.blocks.append(_Block(text, s.kind, article, main, banner))

    def _end_list(self, tag: str) -> None:
        """Drop a list of links, and the heading that only titles it ("Related topics")."""
        s = self.s
        at = _last(s.lists, tag)
        if at is None:
            return
        done = s.lists[at]
        del s.lists[at:]
        if not done.chars or done.link_chars < _LINK_LIST * done.chars:
            return
        cut = done.start
        parent = s.containers[-1] if s.containers else None
        if parent is not None and parent.start < cut:
            titles = s.blocks[parent.start : cut]
            if all(b.kind in _HEADINGS - {"h1"} for b in titles):
                cut = parent.start
        self._drop_from(cut)

    def _drop_from(self, cut: int) -> None:
        s = self.s
        del s.blocks[cut:]
        s.quoted = [i for i in s.quoted if i < cut]
        for c in s.containers:
            c.start = min(c.start, cut)
        for open_list in s.lists:
            open_list.start = min(open_list.start, cut)

    def _read_ld_json(self, raw: str) -> None:
        """headline, datePublished and publisher of the page's JSON-LD article."""
        try:
            data = json.loads(raw)
        except ValueError:
            return
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and ("Article" in k or "Posting" in k) for k in kinds):
                continue
            publisher = item.get("publisher")
            found = {
                "headline": item.get("headline"),
                "datePublished": item.get("datePublished"),
                "publisher": publisher.get("name") if isinstance(publisher, dict) else None,
            }
            for key, value in found.items():
                if isinstance(value, str) and value.strip():
                    self.s.ld.setdefault(key, " ".join(value.split()))


def _last(items: list[_Open] | list[_List], tag: str) -> int | None:
    """The index of the innermost open element with this tag."""
    return next((i for i in range(len(items) - 1, -1, -1) if items[i].tag == tag), None)


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, a list of them, or its @graph."""
    items = data if isinstance(data, list) else [data]
    out: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                out += [g for g in graph if isinstance(g, dict)]
    return out


def _mark_quotation(blocks: list[_Block], quoted: list[int]) -> None:
    """Put quotation marks on the paragraphs of one block quotation, unless it has its own."""
    if not quoted or any(ch in _DOUBLE_MARKS for i in quoted for ch in blocks[i].text):
        return
    for i in quoted:
        blocks[i].text = "“" + blocks[i].text
    blocks[quoted[-1]].text += "”"


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(head|body)[\s>]", head)
    )


def html_charset(data: bytes) -> str | None:
    """The character set an HTML page declares in its first bytes: ``<meta charset="...">`` or
    ``<meta http-equiv="Content-Type" content="text/html; charset=...">``."""
    head = data[:4096].decode("ascii", errors="replace")
    m = re.search(r"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", head, re.IGNORECASE)
    return m.group(1).lower() if m else None


def without_site_suffix(title: str, site: str) -> str:
    """'Talks stall | Harbour Daily' -> 'Talks stall' when the site is 'Harbour Daily'."""
    want = " ".join(site.split()).casefold()
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and " ".join(tail.split()).casefold() == want:
            return head.strip()
    return title


def _select(blocks: list[_Block]) -> list[_Block]:
    """The article's blocks: those in <article> (with a headline before it), else in <main>,
    else all of them; of the site's banner only a heading."""
    blocks = [b for b in blocks if not b.banner or b.kind in _HEADINGS]
    article = [b for b in blocks if b.in_article]
    if len(article) >= 2:
        if any(b.kind == "h1" for b in article):
            return article
        first = blocks.index(article[0])
        head = next((i for i in range(first - 1, -1, -1) if blocks[i].kind == "h1"), None)
        if head is None:
            return article
        lead = [blocks[head]]
        if head + 1 < first and blocks[head + 1].kind not in _HEADINGS:
            lead.append(blocks[head + 1])  # the standfirst under the headline
        return lead + article
    main = [b for b in blocks if b.in_main]
    return main if len(main) >= 2 else blocks


def _parse(html: str, hints: bool, keep: frozenset[int] = frozenset()) -> _Extractor:
    parser = _Extractor(hints, keep)
    parser.feed(html)
    parser.close()
    parser._close_block()
    if parser.s.quote_depth:  # a block quotation the page never closed
        _mark_quotation(parser.s.blocks, parser.s.quoted)
    return parser


def extract(html: str) -> Page:
    """The readable text of a page, one block a paragraph, with its metadata."""
    html = html.removeprefix("\ufeff")
    keep: frozenset[int] = frozenset()
    parser = _parse(html, hints=True)
    for _ in range(3):  # an element a class word names furniture held the article: keep it
        if not parser.not_furniture:
            break
        keep |= parser.not_furniture
        parser = _parse(html, hints=True, keep=keep)
    if not parser.s.blocks:  # a class word we took for furniture wrapped the whole page
        parser = _parse(html, hints=False)
    s = parser.s
    blocks = [b.text for b in _select(s.blocks)]
    meta = s.meta
    site_name = meta.get("og:site_name") or meta.get("application-name") or s.ld.get("publisher")
    title = meta.get("og:title") or " ".join("".join(s.title).split()) or s.ld.get("headline")
    if title and site_name:
        title = without_site_suffix(title, site_name)
    date = None
    dates = [meta.get(key, "") for key in _META_DATES]
    for value in (*dates, s.ld.get("datePublished"), s.item_date, s.time):
        m = _DATE.match(value or "")
        if m:
            date = m.group(0)
            break
    return Page(
        text="\n\n".join(blocks) + ("\n" if blocks else ""),
        title=title or None,
        site_name=site_name,
        date=date,
        canonical_url=meta.get("og:url") or meta.get("canonical"),
    )
