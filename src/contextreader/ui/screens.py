"""Modal screens: the outlet notes and the help screen generated from the bindings."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import ClassVar

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from contextreader.io.export import header_rows, note_groups, note_source, recognised_from
from contextreader.outlets.domains import registrable_domain
from contextreader.outlets.kb import load_kb
from contextreader.report import CitedOutlet, Outlet, OutletNote, Report
from contextreader.ui.keys import key_hint
from contextreader.wording import count, shortened, visible


class PanelScreen(ModalScreen[None]):
    """A modal panel that scrolls with the article's keys (the same keys, declared here, so
    the help lists for each panel exactly the keys that work in it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_panel('down')", "Scroll down", show=False, id="panel.down"),
        Binding("up,k", "scroll_panel('up')", "Scroll up", show=False, id="panel.up"),
        Binding(
            "pagedown,space",
            "scroll_panel('page_down')",
            "Page down",
            show=False,
            id="panel.page-down",
        ),
        Binding("pageup,b", "scroll_panel('page_up')", "Page up", show=False, id="panel.page-up"),
        Binding("home,g", "scroll_panel('home')", "Scroll to the top", show=False, id="panel.top"),
        Binding("end,G", "scroll_panel('end')", "Scroll to the end", show=False, id="panel.end"),
    ]

    def action_scroll_panel(self, where: str) -> None:
        """Scroll the panel (``where``: down, up, page_down, page_up, home or end).

        At once, from where the panel is now: Textual's scroll_down waits for the next refresh
        and its scroll_page_down counts from the position before it, so keys that arrived
        together (key repeat, a paste, a busy moment) moved the panel one line or one page."""
        panel = self.query_one(VerticalScroll)
        page = panel.scrollable_content_region.height
        y = {
            "down": panel.scroll_y + 1,
            "up": panel.scroll_y - 1,
            "page_down": panel.scroll_y + page,
            "page_up": panel.scroll_y - page,
            "home": 0,
            "end": panel.max_scroll_y,
        }.get(where)
        if y is not None:
            panel.scroll_to(y=max(0, y), animate=False, immediate=True)


class OutletScreen(PanelScreen):
    """What the outlet is, each note with its source and date; or plainly that it is unknown."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o,q", "dismiss", "Close the outlet notes", id="outlet.close"),
    ]

    def __init__(self, report: Report | None, cited: CitedOutlet | None = None) -> None:
        super().__init__()
        self._report = report
        self._cited = cited
        self._failure: str | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="outlet-panel", classes="panel") as panel:
            panel.border_title = "Cited outlet" if self._cited else "Outlet"
            panel.border_subtitle = f"{key_hint(self, 'outlet.close')} closes"
            yield Static(self._body(), id="outlet-body")

    def show_report(self, report: Report) -> None:
        """The analysis finished while the panel was open: show what it found, in place."""
        self._report = report
        self._refresh_body()

    def show_failure(self, error: str) -> None:
        """The analysis failed while the panel was open: say so, not "not finished yet"."""
        self._failure = error
        self._refresh_body()

    def _refresh_body(self) -> None:
        if self.is_mounted:
            self.query_one("#outlet-body", Static).update(self._body())

    def _body(self) -> Group:
        if self._report is None and self._failure is not None:
            return Group(
                Text(
                    f"The analysis did not run ({visible(self._failure)}), "
                    "so the outlet is not known."
                )
            )
        return outlet_body(self._report, self._cited)

    def plain_text(self, width: int = 100) -> str:
        """The panel as plain text (tests read it)."""
        return plain_text(self._body(), width)


def cited_role(report: Report, cited: CitedOutlet) -> str:
    """How a cited outlet stands to the article, for a label: another outlet it names, or the
    publisher naming itself."""
    if report.names_itself(cited):
        return "the publisher, named in its own text"
    return "named in the text, not its publisher"


def outlet_entry(outlet_id: str) -> Outlet | None:
    """A cited outlet's notes, looked up in the knowledge base by id.

    The report keeps only ids for cited outlets (its JSON stays small); the knowledge base is
    already loaded and cached by the analysis, so this costs a dictionary lookup.
    """
    entry = load_kb().get(outlet_id)
    return entry.to_outlet(None, None) if entry else None


def outlet_body(report: Report | None, cited: CitedOutlet | None = None) -> Group:
    """The outlet panel's content, built from Text so no fact is read as markup.

    Notes are bulleted with a hanging indent, so a wrapped note stays clear of the bullets.
    Anything that may come from the article (names, the evidence, the lines looked at) goes
    through ``visible`` so an escape sequence is shown, not obeyed.
    """
    if report is None:
        return Group(
            Text(
                "The analysis has not finished yet; the outlet is not known so far. "
                "This panel fills in when it has."
            )
        )
    outlet = report.outlet if cited is None else outlet_entry(cited.outlet_id)
    if outlet is None:
        return _unknown_outlet(report)
    text = Text()
    text.append(visible(outlet.name), style="bold")
    text.append("\n")
    for label, value in header_rows(outlet):
        text.append(f"{label}: ", style="bold")
        text.append(f"{visible(value)}\n")
    if cited is None:
        text.append(_recognised_by(report, outlet))
        text.append(_genre(report))
    else:
        n = sum(1 for c in report.cited_outlets if c.outlet_id == cited.outlet_id)
        text.append(
            f"{count(n, 'mention').capitalize()} in the text, first “"
            f"{report.excerpt(cited.span, 60)}”: {cited_role(report, cited)}.\n",
            style="italic",
        )
    text.rstrip()  # each part of the group ends its own line
    parts: list[RenderableType] = [text]
    for heading, notes in note_groups(outlet):
        parts.append(Text(f"\n{heading}", style="bold underline"))
        parts.append(_bullets([_note(note) for note in notes]))
    if not outlet.notes:
        parts.append(Text("\nNo sourced notes are recorded for this outlet yet.", style="italic"))
    return Group(*parts)


def plain_text(renderable: RenderableType, width: int = 100) -> str:
    """A renderable as plain text, as it would wrap at ``width`` cells."""
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def _bullets(items: list[Text]) -> Table:
    """A bulleted list with a hanging indent: wrapped lines start under the text, not the •."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row("•", item)
    return grid


def _recognised_by(report: Report, outlet: Outlet) -> Text:
    return Text(f"{recognised_from(report, outlet)}\n", style="italic")


def _genre(report: Report) -> Text:
    """The outlet's label for the kind of piece, when it gives one (already made visible)."""
    line = report.genre_line()
    return Text(f"{line}\n", style="italic") if line else Text()


def _note(note: OutletNote) -> Text:
    text = Text()
    text.append(f"{note.label}: ", style="bold")
    text.append(f"{note.text}\n")
    text.append(f"{note_source(note)}\n", style="italic")
    text.append(note.source, style="underline")
    return text


def _unknown_outlet(report: Report) -> Group:
    text = Text("This article's outlet is not known.\n", style="bold")
    text.append(
        "None of the signals below names an outlet in contextreader's knowledge base.\n",
        style="italic",
    )
    text.append(_genre(report))
    text.append("\nWhat was looked at:")
    parts: list[RenderableType] = [
        text,
        _bullets(
            [
                Text.assemble((f"{label}: ", "bold"), visible(value))
                for label, value in looked_at(report)
            ]
        ),
    ]
    if report.cited_outlets:
        names = sorted({visible(c.name) for c in report.cited_outlets})
        if len(names) == 1:
            cited = f"The text cites {names[0]}, which is not taken to be its publisher."
        else:
            cited = f"The text cites {', '.join(names)}; none of them is taken to be its publisher."
        parts.append(Text(f"\n{cited}"))
    return Group(*parts)


def looked_at(report: Report) -> list[tuple[str, str]]:
    """Each signal recognition tried, strongest first, with what the article gave for it."""
    source = report.source
    domain = registrable_domain(source.url) if source.url else None
    if source.url:
        url = f"{source.url} (domain {domain or 'none'}: not a known outlet's)"
    else:
        url = "none was given"
    meta = [f"site name “{source.site_name}”" if source.site_name else "", ""]
    meta[1] = f"title “{source.title}”" if source.title else ""
    metadata = "; ".join(m for m in meta if m)
    metadata = f"{metadata} (no outlet name found)" if metadata else "none in the article"
    lines = [ln.strip() for ln in report.text[report.body_start :].splitlines() if ln.strip()]
    first = shortened(lines[0], 60) if lines else "none"
    last = shortened(lines[-1], 60) if lines else "none"
    found = report.dateline
    written = shortened(report.text[found.span[0] : found.span[1]].strip(), 60) if found else ""
    if found is not None and found.credit:
        dateline = (
            f"the dateline “{written}” credits “{found.credit}”, which names no single outlet"
            " contextreader has notes on"
        )
    elif found is not None:  # a place and a dash ("HARROWBY —"): found, but names no outlet
        dateline = f"the dateline “{written}” was found; it credits no outlet"
    else:
        dateline = f"no dateline credit “CITY (Outlet) –” at the start; first line: “{first}”"
    return [
        ("The web address", url),
        ("Page metadata", metadata),
        ("Dateline", dateline),
        ("Byline", _byline_looked_at(report)),
        ("Closing credit", f"no “— Outlet” or house credit at the end; last line: “{last}”"),
    ]


def _byline_looked_at(report: Report) -> str:
    """What the byline gave for recognition: an outlet named after the writer ("By Jan Roe,
    Harbour Wire") we have no notes on, a byline that names none, or no byline at all."""
    if report.byline is None:
        return "no “By Writer, Outlet” line among the first lines"
    start, end = report.byline.span
    written = shortened(report.text[start:end], 60)
    if report.byline.credit:
        credit = report.byline.credit
        return (
            f"the byline “{written}” names “{credit}”, which names no single outlet contextreader"
            " has notes on"
        )
    return f"the byline “{written}” names no known outlet"


class HelpScreen(PanelScreen):
    """Every key of the reader, generated from the bindings (there is no hand-kept key table)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close the help", id="help.close"),
    ]

    def __init__(
        self,
        groups: list[tuple[str, list[Binding]]],
        legend: Text,
        notes: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._groups = groups
        self._legend = legend
        self._notes = notes or {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-panel", classes="panel") as panel:
            panel.border_title = "Keys"
            panel.border_subtitle = f"{key_hint(self, 'help.close')} closes"
            yield Static(self.content(), id="help-body")

    def content(self) -> Group:
        """The reader's own keys, then the legend of marks (what a reader needs first, on the
        first screen), then the keys of each part (article, sidebar, search box, panels)."""
        tables = list(self._tables())
        return Group(*tables[:1], self._legend, *tables[1:])

    def plain_text(self, width: int = 100) -> str:
        """The help as plain text (tests read it; a pager could too)."""
        return plain_text(self.content(), width)

    def _tables(self) -> Iterable[Table]:
        for title, bindings in self._groups:
            table = Table(
                title=Text(title, style="bold"),
                title_justify="left",
                show_header=False,
                box=None,
                padding=(0, 1),
                expand=False,
            )
            table.add_column("key", no_wrap=True, min_width=16)
            table.add_column("does")
            for binding in bindings:
                # the tooltip, where there is one, is the longer wording of a short footer label
                does = binding.tooltip or binding.description
                table.add_row(Text(key_display(binding), style="bold"), Text(does))
            if title in self._notes:
                table.add_row(Text("other keys", style="italic"), Text(self._notes[title]))
            yield table


KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "escape": "esc",
    "shift+tab": "shift+tab",
    "pageup": "page up",
    "pagedown": "page down",
    "asterisk": "*",
}


def key_display(binding: Binding) -> str:
    """All keys of a binding, as the reader types them."""
    if binding.key_display:
        return binding.key_display
    return " ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in binding.key.split(","))
