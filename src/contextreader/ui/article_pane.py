"""The article pane: the article wrapped to the pane, with its annotations drawn as marks.

A Line API widget (``ScrollView`` + ``render_line``): only the lines on screen are drawn, each one
cached as a ``Strip`` under a key that holds everything that changes it. The article text is data:
it is turned into Rich ``Text`` directly (never parsed as markup) after control characters are
replaced by visible placeholders, so ``[bold]`` and escape sequences show as written.

Callers use the API (``load``, ``jump_to``, ``set_active``, ``set_visible_kinds``,
``set_outlet_voice_only``, ``set_search``); nothing outside reads the wrapped lines.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.events import Resize
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from contextreader.io.article import Article
from contextreader.report import OTHERS_VOICES, Report
from contextreader.ui.layout import (
    ALL_TOGGLES,
    TOGGLE_OF,
    Mark,
    display_text,
    find_all,
    line_of,
    marks_for,
    spans_of,
    wrap,
)

GUTTER = 4  # three marker cells and a space before the text
# the longest line the article is wrapped to: on a wide terminal, lines of 150 characters are
# hard to follow back to the start of the next one
MEASURE = 96

# gutter glyphs: readable without colour; the help screen's legend explains them
GLYPH_ACTIVE = "▶"
GLYPH_QUOTE = "❝"
GLYPH_VAGUE = "?"
GLYPH_UNATTRIBUTED = "○"
GLYPH_SEARCH = "⌕"
_NOT_BOLD = Style(bold=False)  # laid over a loaded word inside a name (see ``_styles_for``)


class ArticlePane(ScrollView, can_focus=True, inherit_bindings=False):
    """Scrollable, wrapped article text with annotation marks."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--person",
        "article--quote",
        "article--scare",
        "article--speaker",
        "article--vague",
        "article--unattributed",
        "article--loaded",
        "article--outlet",
        "article--search",
        "article--active",
        "article--gutter",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        # our own list, not ScrollView's: the article never scrolls sideways
        Binding("down,j", "scroll_down", "Scroll down", show=False, id="article.down"),
        Binding("up,k", "scroll_up", "Scroll up", show=False, id="article.up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="article.page-up"),
        Binding("home,g", "scroll_home", "Top of the article", show=False, id="article.top"),
        Binding("end,G", "scroll_end", "End of the article", show=False, id="article.end"),
    ]

    DEFAULT_CSS = """
    ArticlePane {
        overflow-x: hidden;
        overflow-y: scroll;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._report: Report | None = None
        self._shown_text = ""
        self._body_start = 0
        self._lines: list[tuple[int, int]] = []
        self._wrap_width = 0
        self._marks: list[Mark] = []
        self._mark_starts: list[int] = []
        self._max_mark = 0
        self._active: str | None = None
        self._active_spans: list[tuple[int, int]] = []
        self._visible: frozenset[str] = ALL_TOGGLES
        self._outlet_voice_only = False
        self._search = ""
        self._matches: list[tuple[int, int]] = []
        self._generation = 0
        self._size_seen = Size(0, 0)  # the size the article was last laid out for (``_fit``)
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)

    # -- public API -------------------------------------------------------------------------
    @property
    def report(self) -> Report | None:
        return self._report

    @property
    def active(self) -> str | None:
        """The id of the highlighted annotation, if any."""
        return self._active

    @property
    def active_spans(self) -> list[tuple[int, int]]:
        """Where the highlighted annotation or search match is in the article."""
        return list(self._active_spans)

    @property
    def visible_kinds(self) -> frozenset[str]:
        return self._visible

    @property
    def search_matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    def load(self, source: Report | Article) -> None:
        """Show an article (plain, before the analysis) or a report (with its marks)."""
        self._report = source if isinstance(source, Report) else None
        self._shown_text = display_text(source.text)
        self._body_start = source.body_start
        self._marks = marks_for(source) if isinstance(source, Report) else []
        self._max_mark = max((m.end - m.start for m in self._marks), default=0)
        self._active, self._active_spans = None, []
        self._matches = self._find(self._search)
        self._mark_starts = [m.start for m in self._marks]
        self._wrap_width = 0
        self._generation += 1
        self._rewrap()

    def jump_to(self, ref: str) -> None:
        """Highlight an annotation and scroll so its first span is on screen."""
        self.set_active(ref)
        if self._active_spans:
            self.scroll_to_offset(self._active_spans[0][0], self._active_spans[0][1])

    def set_active(self, ref: str | None) -> None:
        """Highlight one annotation (None: none) without scrolling."""
        self._active = ref
        if ref and ref.startswith("match:"):
            index = int(ref.removeprefix("match:"))
            self._active_spans = self._matches[index : index + 1]
        else:
            self._active_spans = spans_of(self._report, ref) if self._report and ref else []
        self._changed()

    def set_visible_kinds(self, kinds: Iterable[str]) -> None:
        """Which kinds of marks to draw: any of people, quotes, assertions, loaded."""
        self._visible = frozenset(kinds) & ALL_TOGGLES
        self._changed()

    def toggle_kind(self, kind: str) -> bool:
        """Show or hide one kind of mark; True when it is now shown."""
        shown = kind not in self._visible
        self.set_visible_kinds(self._visible | {kind} if shown else self._visible - {kind})
        return shown

    def set_outlet_voice_only(self, on: bool) -> None:
        """Hide loaded terms in others' words (quoted, or reported: a label pinned by another's
        verb), leaving the outlet's own choice of words."""
        self._outlet_voice_only = on
        self._changed()

    @property
    def outlet_voice_only(self) -> bool:
        return self._outlet_voice_only

    def set_search(self, term: str) -> int:
        """Mark every match of ``term`` (case-insensitive); returns the number of matches."""
        self._search = term
        self._matches = self._find(term)
        self._changed()
        return len(self._matches)

    def _find(self, term: str) -> list[tuple[int, int]]:
        """Matches of ``term`` in the body (a blanked "date" header is not searched)."""
        return [(s, e) for s, e in find_all(self._shown_text, term) if s >= self._body_start]

    def scroll_to_offset(self, start: int, end: int | None = None) -> None:
        """Bring the text at ``start``..``end`` on screen, a third of the way down if it moves."""
        first = line_of(self._lines, start)
        last = line_of(self._lines, max(start, (end or start) - 1))
        top, height = int(self.scroll_y), max(1, self.size.height)
        if first >= top and last < top + height:
            return
        target = first - height // 3 if last - first < height * 2 // 3 else first
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    @property
    def top_offset(self) -> int:
        """The article offset at the start of the top line in view."""
        return self.line_start(int(self.scroll_y))

    def scroll_top_to(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is the top one in view (as far as it goes)."""
        self.scroll_to(y=self.line_of(offset), animate=False, immediate=True)

    def line_of(self, offset: int) -> int:
        """The wrapped line index holding an offset (for tests and the status line)."""
        return line_of(self._lines, offset)

    @property
    def line_count(self) -> int:
        """How many wrapped lines the article has at the current width."""
        return len(self._lines)

    @property
    def text(self) -> str:
        """The article as shown (control characters made visible; same offsets)."""
        return self._shown_text

    def line_start(self, y: int) -> int:
        """The article offset where wrapped line ``y`` starts."""
        return self._lines[min(y, len(self._lines) - 1)][0] if self._lines else 0

    def active_in_view(self) -> bool:
        """Whether any line of the highlighted annotation is on screen.

        After the reader scrolls away from it, "next" and "previous" count from the view.
        """
        return self._active_within(self.visible_lines)

    def _active_within(self, lines: range) -> bool:
        return any(
            line_of(self._lines, s) <= lines.stop - 1
            and line_of(self._lines, max(s, e - 1)) >= lines.start
            for s, e in self._active_spans
        )

    @property
    def visible_lines(self) -> range:
        top = int(self.scroll_y)
        return range(top, top + self.size.height)

    def line_text(self, y: int) -> str:
        """The display text of wrapped line ``y`` (what the reader sees, without the gutter)."""
        s, e = self._lines[y]
        return self._shown_text[s:e]

    def strip_for_line(self, y: int) -> Strip:
        """Wrapped line ``y`` as drawn (gutter included), wherever the view is scrolled."""
        return self._render_wrapped_line(y, self.size.width)

    def style_at(self, offset: int) -> Style:
        """The style the character at ``offset`` is drawn in (how tests check the marks)."""
        y = line_of(self._lines, offset)
        column = GUTTER + cell_len(self._shown_text[self._lines[y][0] : offset])
        cells = 0
        for segment in self.strip_for_line(y):
            cells += cell_len(segment.text)
            if cells > column:
                return segment.style or Style()
        return Style()

    # -- layout -------------------------------------------------------------------------------
    def on_resize(self, event: Resize) -> None:
        self._fit()

    def render_lines(self, crop: Region) -> list[Strip]:
        # the compositor sizes the pane and draws it in one go, and the Resize event comes
        # after that first frame (later still while the model loads in a thread): laid out
        # only on Resize, the first frame showed the text wrapped for a pane of no width
        self._fit()
        return super().render_lines(crop)

    def _fit(self) -> None:
        """Lay the article out for the pane's size, once per size (on the first frame drawn
        at it, or on Resize, whichever comes first).

        The highlighted annotation the reader was looking at stays in sight: longer lines or a
        shorter window would otherwise slide it off the screen (the pane already has its new
        size, so the view as it was is the old height from the same top line).
        """
        size = self.size
        if size == self._size_seen:
            return
        top = int(self.scroll_y)
        keep_active = self._active_within(range(top, top + self._size_seen.height))
        self._size_seen = size
        self._rewrap()
        if keep_active and self._active_spans:
            self.scroll_to_offset(*self._active_spans[0])

    def _rewrap(self) -> None:
        if not self.size.width:
            # not laid out yet (``load`` from the app's on_mount): wrapping now would be at a
            # guessed width; ``_fit`` wraps at the real one before the first frame
            self._lines, self._wrap_width = [], 0
            self.virtual_size = Size(0, 0)
            return
        width = max(10, min(MEASURE, self.size.width - GUTTER - 1))
        if width == self._wrap_width and self._lines:
            return
        anchor = self._lines[int(self.scroll_y)][0] if self._lines and self.scroll_y else None
        self._wrap_width = width
        self._lines = wrap(self._shown_text, width, self._body_start)
        self._generation += 1
        self.virtual_size = Size(width + GUTTER, len(self._lines))
        if anchor is not None:
            self.scroll_to(y=line_of(self._lines, anchor), animate=False, immediate=True)
        self._changed()

    def _changed(self) -> None:
        self.refresh()

    def notify_style_update(self) -> None:
        """A theme or stylesheet change: the cached strips hold old styles."""
        self._cache.clear()
        super().notify_style_update()

    # -- drawing ------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        key = (
            index,
            width,
            self._generation,
            self._active,
            self._visible,
            self._outlet_voice_only,
            self._search,
            self.app.theme,
        )
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_wrapped_line(index, width)
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, index)

    def _render_wrapped_line(self, index: int, width: int) -> Strip:
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        body = Text(self._shown_text[start:end], style=base, no_wrap=True, end="")
        gutter = self._gutter(start, end)
        for s, e, style in self._styles_for(start, end):
            body.stylize(style, max(s, start) - start, min(e, end) - start)
        line = Text(style=base, no_wrap=True, end="")
        line.append(gutter, style=self._style("article--gutter"))
        line.append_text(body)
        strip = Strip(line.render(self.app.console), line.cell_len)
        return strip.crop_extend(0, width, base)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _line_marks(self, start: int, end: int) -> list[Mark]:
        if start == end:
            return []
        lo = bisect_left(self._mark_starts, start - self._max_mark)
        hi = bisect_left(self._mark_starts, end)
        return [m for m in self._marks[lo:hi] if m.end > start]

    def _shown(self, mark: Mark) -> bool:
        if TOGGLE_OF[mark.kind] not in self._visible:
            return False
        return not (
            self._outlet_voice_only and mark.kind == "loaded" and mark.detail in OTHERS_VOICES
        )

    def _styles_for(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        """(start, end, style) to lay over the line, weakest first so the active mark wins."""
        order = {"assertion": 0, "quote": 1, "outlet": 2, "person": 3, "speaker": 3, "loaded": 4}
        marks = sorted(
            (m for m in self._line_marks(start, end) if self._shown(m)), key=lambda m: order[m.kind]
        )
        styles = [(m.start, m.end, self._style(self._component(m))) for m in marks]
        # a loaded word inside a name ("The regime said"): the name's bold under the term's
        # reverse would read as the annotation you are on (bold reverse), or with a speaker's
        # underline as a search match; the term's own look wins there, without the bold
        names = [m for m in marks if m.kind in ("person", "speaker", "outlet")]
        styles += [
            (max(m.start, n.start), min(m.end, n.end), _NOT_BOLD)
            for m in marks
            if m.kind == "loaded"
            for n in names
            if m.start < n.end and n.start < m.end
        ]
        search = self._style("article--search")
        styles += [(s, e, search) for s, e in self._matches if s < end and e > start]
        active = self._style("article--active")
        styles += [(s, e, active) for s, e in self._active_spans if s < end and e > start]
        return styles

    @staticmethod
    def _component(mark: Mark) -> str:
        if mark.kind == "assertion":
            return "article--vague" if mark.detail == "vague" else "article--unattributed"
        if mark.kind == "quote" and mark.detail == "scare":
            return "article--scare"  # words held at a distance, not speech
        return f"article--{mark.kind}"

    def _gutter(self, start: int, end: int) -> str:
        """Three marker cells: active or quote, then up to two of vague, unattributed, search.

        Vague and unattributed each get their own glyph, so a line holding both shows both.
        """
        marks = [m for m in self._line_marks(start, end) if self._shown(m)]
        first = " "
        if any(s < end and e > start for s, e in self._active_spans) or (
            start == end and any(s <= start < e for s, e in self._active_spans)
        ):
            first = GLYPH_ACTIVE
        elif any(m.kind == "quote" and m.detail != "scare" for m in marks):
            first = GLYPH_QUOTE  # speech only: scare quotes are nobody's words
        statuses = {m.detail for m in marks if m.kind == "assertion"}
        glyphs = [
            glyph
            for glyph, on in (
                (GLYPH_VAGUE, "vague" in statuses),
                (GLYPH_UNATTRIBUTED, "unattributed" in statuses),
                (GLYPH_SEARCH, any(s < end and e > start for s, e in self._matches)),
            )
            if on
        ]
        return first + "".join(glyphs[:2]).ljust(2) + " "
