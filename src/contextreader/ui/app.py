"""The reader: an article beside the sidebar of its annotations.

The article is shown at once; the spaCy pipeline loads and the analysis runs in a thread worker
that only computes and posts messages (``ModelLoaded``, ``ArticleAnalyzed``, ``AnalysisFailed``);
their handlers fill the widgets. The analysis modules are imported inside the worker, so the app
starts without waiting for spaCy.

Attributes down, messages up: the sidebar posts what was highlighted or chosen, and the app calls
the article pane's API.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from threading import Lock, Thread
from time import monotonic
from typing import Any, ClassVar

from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.theme import Theme
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from contextreader.io.article import Article, sample_path
from contextreader.io.export import report_title
from contextreader.report import OTHERS_VOICES, Report
from contextreader.ui.article_pane import (
    GLYPH_ACTIVE,
    GLYPH_QUOTE,
    GLYPH_SEARCH,
    GLYPH_UNATTRIBUTED,
    GLYPH_VAGUE,
    ArticlePane,
)
from contextreader.ui.contrast import mark_colours
from contextreader.ui.keys import bindings_map, key_hint
from contextreader.ui.layout import (
    clipped,
    loaded_words,
    speaker_name,
)
from contextreader.ui.screens import HelpScreen, OutletScreen, cited_role
from contextreader.ui.sidebar import AnnotationTree, Sidebar
from contextreader.wording import count, one_line, visible

FOOTER_FULL_WIDTH = 90  # narrower than this, the footer drops its spacing to keep every key
STATUS_LINES = 3  # the most lines the status line grows to (max-height of #status)
DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"

KIND_NAMES = {
    "people": ("Person", "people"),
    "quotes": ("Quote", "quotes"),
    "speech": ("Quote", "quotes"),
    "assertions": ("Assertion", "assertions"),
    "loaded": ("Loaded term", "loaded terms"),
    "outlet": ("Outlet", "outlets"),
    "search": ("Match", "matches"),
}

# the bindings (forward, back) that walk each kind of thing, named at the end of a walk
WALK_KEYS = {
    "speech": ("reader.next-quote", "reader.previous-quote"),
    "person": ("reader.next-person-quote", "reader.previous-person-quote"),
    "kind": ("reader.next-of-kind", "reader.previous-of-kind"),
    "loaded-terms": ("reader.next-loaded", "reader.previous-loaded"),
}

# the marks keys 1-4 show and hide, as the status line and the masthead name them
MARK_NAMES = {
    "people": "people",
    "quotes": "quote",
    "assertions": "assertion",
    "loaded": "loaded-term",
}

# what each pipeline step does, for the status line while a long article is analysed
STEP_NAMES = {
    "tok2vec": "reading the words",
    "tagger": "tagging parts of speech",
    "morphologizer": "tagging parts of speech",
    "parser": "parsing sentences",
    "senter": "finding sentences",
    "attribute_ruler": "tagging parts of speech",
    "lemmatizer": "finding word stems",
    "ner": "finding names",
    "cr_paragraphs": "paragraphs and headings",
    "cr_outlet": "the outlet",
    "cr_people": "people",
    "cr_quotes": "quotes",
    "cr_assertions": "assertions",
    "cr_loaded": "loaded terms",
}


def stylesheet_path() -> Path:
    """The app stylesheet: inside the installed package, else at the root of a source checkout."""
    packaged = files("contextreader") / "styles.tcss"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "styles.tcss"


QUOTE_GROUP = Binding.Group("Quotes")
KIND_GROUP = Binding.Group("Same kind")
PERSON_GROUP = Binding.Group("Person")
LOADED_GROUP = Binding.Group("Loaded terms")
MARKS_GROUP = Binding.Group("Marks", compact=True)


class SearchInput(Input):
    """The search box under the article: enter goes to the next match, escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Go to the next match", id="search.next"),
        Binding("up", "previous", "Go to the previous match", id="search.previous"),
        Binding("escape", "close", "Close the search box", id="search.close"),
    ]

    class Closed(Message):
        """The reader closed the search box."""

    class Previous(Message):
        """The reader asked for the previous match (``N`` types a letter here)."""

    def on_mount(self) -> None:
        # built from the bindings, so the hint follows any change of key
        self.placeholder = (
            f"Search the article; {key_hint(self, 'search.next')}: next match, "
            f"{key_hint(self, 'search.previous')}: previous, "
            f"{key_hint(self, 'search.close')}: close"
        )

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_previous(self) -> None:
        self.post_message(self.Previous())


class FittedFooter(Footer):
    """Textual's footer, generated from the bindings, that leaves out whole the items it has
    no room for, from the end: a cut one read "p P Person 1" (the "1" of "1234 Marks") at 60
    columns. A key group and its label ("] [ Quotes") are one item.

    An item left out is made invisible, not removed, so it keeps its place in the layout
    (after every item shown). The fit reads where the layout puts every item, shown or not
    (``arrange``; the screen's map has no region for an invisible widget), and runs again
    after each layout of the footer's screen: new items (the bindings changed, as when the
    command palette closes), a new width or the compact style all end in one. A fixed number
    of refreshes to wait was not enough: after a command run from the palette the reader's
    screen was laid out later, and the footer showed every item, the last ones cut.
    """

    # (Textual calls Footer's own on_mount and on_unmount as well)
    def on_mount(self) -> None:
        self.screen.screen_layout_refresh_signal.subscribe(self, self._on_layout)

    def on_unmount(self) -> None:
        self.screen.screen_layout_refresh_signal.unsubscribe(self)

    async def recompose(self) -> None:
        await super().recompose()  # the bindings changed: new items
        self.refit()

    def on_resize(self, event: events.Resize) -> None:
        self.refit()

    def refit(self) -> None:
        """Show the items that fit and hide the rest, after the next refresh (and again after
        each layout)."""
        self.call_after_refresh(self._fit)

    def _on_layout(self, screen: Screen[Any]) -> None:
        self._fit()

    def _items(self) -> list[list[Widget]]:
        # the footer's parts by their CSS type names (the names its own styles use), so no
        # private module is imported: a group's keys sit in a KeyGroup, its label after it
        labels = set(self.query_children("FooterLabel"))
        groups = set(self.query_children("KeyGroup"))
        items: list[list[Widget]] = []
        for child in self.children:
            if child in labels and items and items[-1][0] in groups:
                items[-1].append(child)  # a group's label goes with its keys
            else:
                items.append([child])
        return items

    def _fit(self) -> None:
        if not self.is_attached:
            return
        room = self.scrollable_content_region.size
        if not room.width:
            return  # not laid out yet: the first layout fits it
        # where the layout places each item (relative to the footer), visible or not
        placed = {p.widget: p.region for p in self.arrange(room).placements}
        dropping = False
        for item in self._items():
            dropping = dropping or any(
                widget not in placed or placed[widget].right > room.width for widget in item
            )
            for widget in item:
                if widget.visible == dropping:  # set only a change: each one lays out again
                    widget.visible = not dropping


class ReaderApp(App[int]):
    """Read an article with its annotations beside it."""

    TITLE = "contextreader"
    CSS_PATH = stylesheet_path()

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="reader.quit"),
        # description: the footer's word; tooltip: the help screen's (and the footer's on hover)
        Binding(
            "question_mark",
            "help",
            "Keys",
            key_display="?",
            tooltip="Keys: this help, every key and what the marks mean",
            id="reader.help",
        ),
        # the footer drops what does not fit from the end: search comes first
        Binding("slash", "search", "Search", key_display="/", id="reader.search"),
        Binding(
            "tab",
            "focus_next",
            "Sidebar",
            tooltip="Switch between the article and the sidebar",
            id="reader.focus-next",
            # not in the footer (Textual's own hidden tab binding on the screen comes first, and
            # at 80 columns the room goes to the outlet notes); ? lists it
            show=False,
        ),
        Binding(
            "shift+tab", "focus_previous", "Switch back", show=False, id="reader.focus-previous"
        ),
        Binding(
            "right_square_bracket",
            "step_quote(1)",
            "Next quote",
            key_display="]",
            id="reader.next-quote",
            group=QUOTE_GROUP,
        ),
        Binding(
            "left_square_bracket",
            "step_quote(-1)",
            "Previous quote",
            key_display="[",
            id="reader.previous-quote",
            group=QUOTE_GROUP,
        ),
        Binding(
            "n",
            "step_kind(1)",
            "Next of the chosen kind (sidebar section or search)",
            id="reader.next-of-kind",
            group=KIND_GROUP,
        ),
        Binding(
            "N",
            "step_kind(-1)",
            "Previous of the chosen kind",
            id="reader.previous-of-kind",
            group=KIND_GROUP,
        ),
        # the loaded terms have their keys, as the quotes do: a reviewer walks them from
        # anywhere without first choosing their sidebar section (the help lists them)
        Binding(
            "l",
            "step_loaded(1)",
            "Next loaded term",
            id="reader.next-loaded",
            group=LOADED_GROUP,
            show=False,
        ),
        Binding(
            "L",
            "step_loaded(-1)",
            "Previous loaded term",
            id="reader.previous-loaded",
            group=LOADED_GROUP,
            show=False,
        ),
        Binding(
            "p",
            "step_person(1)",
            "Next quote by the chosen person",
            id="reader.next-person-quote",
            group=PERSON_GROUP,
        ),
        Binding(
            "P",
            "step_person(-1)",
            "Previous quote by the chosen person",
            id="reader.previous-person-quote",
            group=PERSON_GROUP,
        ),
        Binding(
            "1",
            "toggle_kind('people')",
            "Show/hide people marks",
            id="reader.toggle-people",
            group=MARKS_GROUP,
        ),
        Binding(
            "2",
            "toggle_kind('quotes')",
            "Show/hide quote marks",
            id="reader.toggle-quotes",
            group=MARKS_GROUP,
        ),
        Binding(
            "3",
            "toggle_kind('assertions')",
            "Show/hide assertion marks",
            id="reader.toggle-assertions",
            group=MARKS_GROUP,
        ),
        Binding(
            "4",
            "toggle_kind('loaded')",
            "Show/hide loaded-term marks",
            id="reader.toggle-loaded",
            group=MARKS_GROUP,
        ),
        Binding(
            "o",
            "outlet",
            "Outlet",
            tooltip="Outlet notes: ownership, funding, classifications, context",
            id="reader.outlet",
        ),
        # after the keys above, so a narrow footer drops these first
        Binding(
            "v",
            "toggle_voice",
            "Own words",
            tooltip="Own words: only the loaded terms in the outlet's (or writer's) own words",
            id="reader.outlet-voice",
        ),
        Binding(
            "e",
            "export_report",
            "Save report",
            tooltip="Save report: the report and marked-up article as Markdown, by the article",
            id="reader.export",
        ),
        Binding("escape", "clear_search", "Clear the search", show=False, id="reader.clear-search"),
        Binding("t", "toggle_theme", "Light/dark theme", show=False, id="reader.theme"),
        Binding(
            "s",
            "screenshot",
            "Save a screenshot of the screen (SVG, in the current folder)",
            show=False,
            id="reader.screenshot",
        ),
        Binding(
            "greater_than_sign",
            "step_article(1)",
            "Next article (when several were opened)",
            key_display=">",
            show=False,
            id="reader.next-article",
        ),
        Binding(
            "less_than_sign",
            "step_article(-1)",
            "Previous article",
            key_display="<",
            show=False,
            id="reader.previous-article",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "Command palette (theme, screenshot, report, keys, quit)",
            show=False,
            priority=True,
            id="reader.palette",
        ),
    ]

    class ModelLoaded(Message):
        """The spaCy pipeline is loaded; the analysis starts."""

        def __init__(self, label: str) -> None:
            self.label = label
            super().__init__()

    class AnalysisProgress(Message):
        """The analysis of article ``article`` reached one step of the pipeline (``index``
        of ``total``)."""

        def __init__(self, step: str, index: int, total: int, article: int = 0) -> None:
            self.step = step
            self.index = index
            self.total = total
            self.article = article
            super().__init__()

    class ArticleAnalyzed(Message):
        """The report of article ``article`` (its place among those opened) is ready."""

        def __init__(self, report: Report, article: int = 0) -> None:
            self.report = report
            self.article = article
            super().__init__()

    class ArticleFetched(Message):
        """The article at the address given has been downloaded and read."""

        def __init__(self, article: Article) -> None:
            self.article = article
            super().__init__()

    class FetchFailed(Message):
        """The address could not be fetched or read: the reader closes with this one line."""

        def __init__(self, error: str) -> None:
            self.error = error
            super().__init__()

    class AnalysisFailed(Message):
        """The model could not be loaded or the analysis failed; the article stays readable."""

        def __init__(self, error: str, article: int = 0) -> None:
            self.error = error
            self.article = article
            super().__init__()

    def __init__(
        self,
        article: Article,
        model: str | None = None,
        report: Report | None = None,
        *,
        nlp: Any = None,
        fetch: str | None = None,
        url: str | None = None,
        more: Sequence[Article] = (),
        skipped: Sequence[str] = (),
    ) -> None:
        """``fetch``: an http(s) address to download first (``article`` is then a stand-in
        with no text), so the reader opens at once and says it is fetching; ``url``: the
        address to record instead of the one fetched (the CLI's ``--url``); ``more``: further
        articles, which ``>`` and ``<`` go to (each analysed when first shown, with the model
        loaded once); ``skipped``: why each file given that could not be read was left out
        ("b.txt: no such file"), said in the status line until the first report, and with it."""
        super().__init__()
        self.article = article
        self.articles: list[Article] = [article, *more]
        self.article_index = 0
        self._reports: dict[int, Report] = {0: report} if report is not None else {}
        # where the reader was in each article left (``_place``), to come back to
        self._places: dict[int, tuple[int, str | None]] = {}
        self._analysis_lock = Lock()  # one article at a time through the one pipeline
        self._analysing = (0, article)  # which article the analysis worker is to read
        self.fetch_address = fetch
        self.fetch_error: str | None = None  # why the fetch failed; the CLI prints it
        self._recorded_url = url
        self.skipped = list(skipped)
        self._skipped_note = self._skipped_text()
        self.model = model
        self.report: Report | None = report
        self._nlp = nlp  # an already loaded pipeline (tests share one)
        self._search_term = ""
        self._walk_from: int | None = None  # where a term v hid stood: walks go on from it
        self._search_index = -1
        self._model_label = self.model or "the language model"
        self._progress = ""
        self._progress_shown = False
        self._progress_started = 0.0
        self._progress_timer: Timer | None = None
        self.theme = DARK_THEME

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the mark colours made readable on it (``$cr-*``)."""
        variables = super().get_css_variables()
        variables.update(mark_colours(variables))
        return variables

    # -- layout ----------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="masthead"):
            yield Static(self._masthead(), id="title")
            yield Static(Text(""), id="view-state")
        with Horizontal(id="main"):
            yield ArticlePane(id="article")
            yield Sidebar(id="sidebar")
        yield SearchInput(id="search")
        yield Static(Text(""), id="status")
        # the palette's key is in the help (?), which leaves the footer room for the reader's
        yield FittedFooter(show_command_palette=False)

    @property
    def pane(self) -> ArticlePane:
        return self.query_one(ArticlePane)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_footer(event.size.width)
        self._show_view_state(event.size.width)  # in words or by keys, as the width allows

    def _fit_footer(self, width: int) -> None:
        """Narrower than ``FOOTER_FULL_WIDTH``, the footer drops its spacing (the compact
        footer) so it keeps every key: at 80 columns it used to drop the last, o Outlet."""
        footer = self.query_one(FittedFooter)
        footer.compact = width < FOOTER_FULL_WIDTH
        footer.refit()  # then what still does not fit is dropped whole

    def on_mount(self) -> None:
        self._fit_footer(self.size.width)
        self.pane.focus()
        # a theme picked in the command palette is said in the status line, as t's is
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.report is not None:
            self._show_report(self.report)
            return
        if self.fetch_address is not None:
            self.sidebar.show_pending("The article is being fetched; the analysis follows.")
            self._start_progress(f"Fetching {self.fetch_address}…")
            self.fetch_article(self.fetch_address)
            return
        self._start_analysis()

    def _start_analysis(self) -> None:
        """Show the article as it is and analyse it in a worker."""
        self._walk_from = None  # an offset in another article's text
        self.pane.load(self.article)
        self.query_one("#title", Static).update(self._masthead())
        self._show_view_state()  # worded for the room the new title leaves
        self.sidebar.show_pending("The analysis is running; the article can be read meanwhile.")
        self._start_progress(
            self._article_prefix()
            + ("Analysing…" if self._nlp is not None else "Loading the language model…")
        )
        self._analysing = (self.article_index, self.article)
        self.analyse()

    def _skipped_text(self) -> str:
        """ "Not opened: b.txt (no such file), c.txt (the article is empty)", or nothing."""
        if not self.skipped:
            return ""
        named = [why.replace(": ", " (", 1) + ")" if ": " in why else why for why in self.skipped]
        return f"Not opened: {', '.join(named)}"

    def _masthead(self) -> Text:
        source = (self.report.source if self.report else None) or self.article.source
        if self.report is not None:
            # as the saved report is headed: the page's title, else the headline the
            # analysis found, else the file's name
            title = report_title(self.report)
        else:
            title = source.title or (Path(source.path).name if source.path else None)
            title = title or (self.fetch_address if self.fetch_address else None) or "Article"
        text = Text(no_wrap=True, overflow="ellipsis")
        if len(self.articles) > 1:  # first, where the title's "…" never cuts it
            text.append(f"{self.article_index + 1} of {len(self.articles)}  ·  ")
        text.append(visible(title), style="bold")
        outlet = self.report.outlet.name if self.report and self.report.outlet else None
        for part in (outlet, source.date):
            if part:
                text.append(f"  ·  {visible(part)}")
        if self.report and self.report.genre:  # the outlet's own label: "OPINION"
            text.append(f"  ·  {self.report.excerpt(self.report.genre.span, 30)}", style="italic")
        return text

    def _status(self, message: str) -> None:
        """One line under the article; it echoes article text, so it is made visible first.

        Whatever is written here stays until the next message: the progress ticker only
        refreshes a line that shows progress.
        """
        box = self.query_one("#status", Static)
        text = Text(visible(message), overflow="ellipsis")
        width = self._status_width()
        if width > 0:
            # up to STATUS_LINES lines (styles.tcss); a longer message ends in "…", never cut
            # silently (Rich fills whole words, so a line may hold a little less than width)
            text = clipped(text, self.console, width, STATUS_LINES)
        box.update(text)
        self._progress_shown = False

    def _status_width(self) -> int:
        return self.query_one("#status", Static).content_region.width or self.size.width - 2

    def _status_fitting(self, *messages: str) -> None:
        """The first of ``messages`` (longest first) that fits on one line: a short hint
        rather than one that wraps onto a second line at 80 columns."""
        width = self._status_width()
        fits = (m for m in messages if Text(visible(m)).cell_len <= width)
        self._status(next(fits, messages[-1]))

    # -- fetching an address ------------------------------------------------------------------
    def fetch_article(self, address: str) -> None:
        """Download and read the article in a daemon thread that only posts messages; the
        status line shows "Fetching <address>…" with the seconds spent, up to the timeout.

        Not a Textual worker: those run in asyncio's default executor, which the app waits for
        on exit, so quitting during a stalled fetch would leave a blank terminal for the rest
        of the timeout. A daemon thread is simply dropped when the reader closes.
        """
        Thread(target=self._fetch, args=(address,), daemon=True, name="fetch").start()

    def _fetch(self, address: str) -> None:
        from contextreader.io.article import InputError
        from contextreader.io.fetch import fetch_article

        try:
            article = fetch_article(address)
        except InputError as exc:
            self.post_message(self.FetchFailed(str(exc)))
            return
        except Exception as exc:  # never a traceback in the terminal: one line, exit code 1
            self.post_message(self.FetchFailed(f"{address}: {_one_line(exc)}"))
            return
        self.post_message(self.ArticleFetched(article))

    def on_reader_app_article_fetched(self, message: ArticleFetched) -> None:
        self._stop_progress()
        self.article = self.articles[0] = message.article
        if self._recorded_url:
            self.article.source.url = self._recorded_url
        self.fetch_address = None
        self._start_analysis()

    def on_reader_app_fetch_failed(self, message: FetchFailed) -> None:
        self._stop_progress()
        self.fetch_error = message.error
        self.exit(1, return_code=1)

    # -- the analysis worker ------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def analyse(self) -> None:
        """Load the model (once: later articles reuse it) and analyse the article
        ``_start_analysis`` chose; only posts messages, never touches widgets.

        The pipeline's components run one by one (what ``nlp(doc)`` does), so the status line
        can say which step a long article is at. A newer analysis (the reader went on to
        another article) cancels this one; the lock keeps the two from sharing the pipeline.
        """
        worker = get_current_worker()
        number, article = self._analysing
        try:
            from contextreader.analysis.pipeline import (
                build_report,
                load_pipeline,
                model_label,
                prepare_doc,
            )

            with self._analysis_lock:
                if self._nlp is None:
                    self._nlp = load_pipeline(self.model)
                nlp = self._nlp
                if worker.is_cancelled:
                    return
                label = model_label(nlp)
                self.post_message(self.ModelLoaded(label))
                doc = prepare_doc(nlp, article)
                steps = nlp.pipeline
                for index, (name, component) in enumerate(steps, 1):
                    if worker.is_cancelled:
                        return
                    self.post_message(self.AnalysisProgress(name, index, len(steps), number))
                    doc = component(doc)
                report = build_report(doc, article, label)
        except Exception as exc:  # shown in one line; the article stays readable
            self.post_message(self.AnalysisFailed(_one_line(exc), number))
            return
        if not worker.is_cancelled:
            self.post_message(self.ArticleAnalyzed(report, number))

    def _start_progress(self, what: str) -> None:
        """Show a running step in the status line, with the seconds spent so far."""
        self._progress = what
        if self._progress_timer is None:
            self._progress_started = monotonic()
            self._progress_timer = self.set_interval(1, self._tick)
        self._show_progress()

    def _tick(self) -> None:
        """Once a second: refresh the elapsed time, unless another message took the line."""
        if self._progress_shown:
            self._show_progress()

    def _show_progress(self) -> None:
        if not self._progress:
            return
        seconds = int(monotonic() - self._progress_started)
        elapsed = f"  ·  {seconds} s" if seconds else ""
        # the files left out are said from the start, here only (a toast over this line said
        # it twice and hid the progress), until the first report takes the line
        skipped = f"{self._skipped_note} · " if self._skipped_note else ""
        self._status(f"{skipped}{self._progress}{elapsed}")
        self._progress_shown = True

    def _stop_progress(self) -> None:
        self._progress = ""
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def on_reader_app_model_loaded(self, message: ModelLoaded) -> None:
        self._model_label = message.label
        self._start_progress(f"{self._article_prefix()}Analysing with {message.label}…")

    def on_reader_app_analysis_progress(self, message: AnalysisProgress) -> None:
        if message.article != self.article_index:
            return  # an article the reader has left
        step = STEP_NAMES.get(message.step, message.step.removeprefix("cr_").replace("_", " "))
        self._start_progress(
            f"{self._article_prefix()}Analysing with {self._model_label}: {step} "
            f"(step {message.index} of {message.total})…"
        )

    def on_reader_app_article_analyzed(self, message: ArticleAnalyzed) -> None:
        self._reports[message.article] = message.report  # kept for coming back to it
        if message.article != self.article_index:
            return
        self._stop_progress()
        self.report = message.report
        self._show_report(message.report, analysed=True)
        for screen in self._outlet_screens():
            screen.show_report(message.report)

    def on_reader_app_analysis_failed(self, message: AnalysisFailed) -> None:
        if message.article != self.article_index:
            return
        self._stop_progress()
        self.sidebar.show_pending("No annotations: the analysis did not run.", running=False)
        self._status(f"Analysis failed: {message.error}")
        self.notify(visible(message.error), title="Analysis failed", severity="error", markup=False)
        for screen in self._outlet_screens():
            screen.show_failure(message.error)

    def _outlet_screens(self) -> list[OutletScreen]:
        """Outlet panels open now (pressed before the report came): they show it when it does."""
        return [s for s in self.screen_stack if isinstance(s, OutletScreen)]

    def _show_report(self, report: Report, analysed: bool = False) -> None:
        """Show a report, one just analysed (``analysed``) or one kept from before."""
        self._walk_from = None  # an offset in another article's text
        self.pane.load(report)
        self.sidebar.load(report, analysed)
        self.sidebar.set_outlet_voice_only(self.pane.outlet_voice_only)  # v pressed meanwhile
        self._show_view_state()  # "outlet's only" or, in a letter or an op-ed, "writer's only"
        self.query_one("#title", Static).update(self._masthead())
        counts = (
            f"{count(len(report.people), 'person', 'people')}, "
            f"{count(len(report.quotes), 'quote')}, "
            f"{count(len(report.assertions), 'assertion')}, "
            f"{count(len(report.loaded_terms), 'loaded term')}"
        )
        next_quote, help_key = key_hint(self, "reader.next-quote"), key_hint(self, "reader.help")
        if self._skipped_note:  # once: the files left out, then what this one holds
            self._status(f"{self._skipped_note} · {self._article_prefix()}{counts}")
            self._skipped_note = ""
            return
        if len(self.articles) > 1:
            place = f"Article {self.article_index + 1} of {len(self.articles)}"
            arrows = (
                f"{key_hint(self, 'reader.next-article')}/"
                f"{key_hint(self, 'reader.previous-article')}"
            )
            self._status_fitting(
                f"{place}: {counts}  ·  {arrows} next/previous article  ·  {help_key} all keys",
                f"{place}: {counts} · {arrows} articles · {help_key} keys",
                f"{place} ({arrows}): {counts}",
                f"{place}: {counts}",
            )
            return
        self._status_fitting(
            f"{counts}  ·  {next_quote} next quote  ·  {help_key} all keys",
            f"{counts} · {next_quote} next quote · {help_key} keys",
            f"{counts} · {help_key} keys",
        )

    # -- sidebar -> pane ------------------------------------------------------------------------
    def on_sidebar_annotation_highlighted(self, message: Sidebar.AnnotationHighlighted) -> None:
        self._walk_from = None  # the reader is somewhere else now
        self.pane.jump_to(message.ref)
        self._status_for(message.ref, message.section)

    def on_sidebar_annotation_selected(self, message: Sidebar.AnnotationSelected) -> None:
        self._walk_from = None
        self.pane.jump_to(message.ref)
        self._status_for(message.ref, message.section)

    def on_sidebar_section_highlighted(self, message: Sidebar.SectionHighlighted) -> None:
        # on a heading no entry is chosen: the last entry's ▶ marks would say otherwise
        self.pane.set_active(None)
        self._walk_from = None
        walk = (
            f"{key_hint(self, 'reader.next-of-kind')}/{key_hint(self, 'reader.previous-of-kind')}"
        )
        if self._search_term:  # a kept search: n / N walk its matches, not this section
            clear = key_hint(self, "reader.clear-search")
            self._status(f"{message.label} · {walk}: the search's matches ({clear} clears it)")
            return
        self._status(f"{message.label} · {walk}: next / previous of this kind")

    def on_sidebar_heading_toggled(self, message: Sidebar.HeadingToggled) -> None:
        toggle = key_hint(self.sidebar.entries, "sidebar.toggle")
        done = "opened" if message.expanded else "closed"
        self._status(f"{message.label} {done} · {toggle} or enter opens and closes a heading")

    def on_sidebar_all_toggled(self, message: Sidebar.AllToggled) -> None:
        every = key_hint(self.sidebar.entries, "sidebar.toggle-all")
        done = "opened" if message.expanded else "closed"
        again = "closes" if message.expanded else "opens"
        self._status(f"{message.where} {done} · {every} {again} them all again")

    def on_annotation_tree_no_further(self, message: AnnotationTree.NoFurther) -> None:
        self._status(message.what)

    def on_sidebar_outlet_requested(self, message: Sidebar.OutletRequested) -> None:
        if message.cited_index is None or self.report is None:
            self.action_outlet()
            return
        cited = self.report.cited_outlets[message.cited_index]
        self.push_screen(OutletScreen(self.report, cited=cited))

    # -- navigation ------------------------------------------------------------------------------
    def _refs(self, kind: str) -> list[tuple[int, str]]:
        """(start offset, id) of every annotation of a kind, in reading order."""
        report = self.report
        if kind == "search":
            return [(s, f"match:{i}") for i, (s, _) in enumerate(self.pane.search_matches)]
        if report is None:
            return []
        if kind == "quotes":
            return [(q.span[0], q.id) for q in report.quotes]
        if kind == "speech":  # scare quotes are nobody's words: ] and [ pass them by
            return [(q.span[0], q.id) for q in report.quotes if q.kind != "scare"]
        if kind == "people":
            return sorted((p.mentions[0][0], p.id) for p in report.people if p.mentions)
        if kind == "assertions":
            return [(a.span[0], a.id) for a in report.assertions]
        if kind == "loaded":  # v hides those in others' words: n passes them by
            others_hidden = self.pane.outlet_voice_only
            return [
                (t.span[0], t.id)
                for t in report.loaded_terms
                if not (others_hidden and t.voice in OTHERS_VOICES)
            ]
        if kind == "outlet":
            publisher = report.outlet.evidence_span if report.outlet else None
            refs = [(publisher[0], "outlet")] if publisher else []
            refs += [(c.span[0], f"cited:{i}") for i, c in enumerate(report.cited_outlets)]
            return sorted(refs)
        return []

    def _step(
        self,
        refs: list[tuple[int, str]],
        direction: int,
        kind: str,
        from_edge: bool = False,
        *,
        walk: str | None = None,
        what: str | None = None,
    ) -> None:
        """Go to the next/previous annotation among ``refs``: from the highlighted one while it
        is on screen, else from what is on screen (after the reader has scrolled away); with
        ``from_edge``, to the first (or, going back, the last) of them.

        ``walk`` names the pair of keys doing the walk (``WALK_KEYS``; by default the kind's),
        ``what`` the things walked ("quotes by Ann Lee"), for the message at the end of it.
        Search matches wrap around, as a search does in a pager or an editor: past the last
        match to the first (and the status line says so), so enter always finds one."""
        plural = what or KIND_NAMES[kind][1]
        if not refs:
            self._status(self._nothing_to_walk(plural, kind))
            return
        ids = [r for _, r in refs]
        active = self.pane.active
        from_active = active is not None and active in ids and self.pane.active_in_view()
        if from_edge:
            index = 0 if direction > 0 else len(refs) - 1
        elif active is not None and from_active:
            index = ids.index(active) + direction
        else:
            top, bottom = self._reading_position()
            if direction > 0:  # the first one from the top of the view down
                index = next((i for i, (s, _) in enumerate(refs) if s >= top), len(refs))
            else:  # the last one above the bottom of the view
                index = max((i for i, (s, _) in enumerate(refs) if s < bottom), default=-1)
        wrapped = ""
        if not 0 <= index < len(refs) and kind == "search":
            index = 0 if direction > 0 else len(refs) - 1
            wrapped = f" (wrapped to the {'first' if direction > 0 else 'last'} match)"
        if not 0 <= index < len(refs):
            others = len(refs) - (1 if from_active else 0)
            self._status(self._end_of_walk(plural, direction, from_active, others, walk or kind))
            return
        ref = refs[index][1]
        passed = self._scare_quotes_passed(ref, direction) if kind == "speech" else 0
        self._walk_from = None
        self.pane.jump_to(ref)
        if kind != "search":
            self.sidebar.reveal(ref)
        if kind == "speech":
            # numbered by place in the Quotes section, as the sidebar and n number the same
            # quote; the scare quotes ] and [ pass by are said, so a gap is not a quote missed
            # (short: the quote's speaker and words follow on the same line)
            note = f" · passed {count(passed, 'scare quote')}" if passed else ""
            self._status_for(ref, "quotes", note=note)
        else:
            self._status_for(ref, kind, index, len(refs), note=wrapped)

    def _scare_quotes_passed(self, ref: str, direction: int) -> int:
        """How many scare quotes ``]`` or ``[`` passes by on its way to the quote ``ref``:
        those in the Quotes section between where the walk starts (the highlighted quote on
        screen, else the view) and ``ref``."""
        report = self.report
        ids = [q.id for q in report.quotes] if report is not None else []
        if report is None or ref not in ids:
            return 0
        quotes, target = report.quotes, ids.index(ref)
        active = self.pane.active
        if active in ids and self.pane.active_in_view():
            start = ids.index(active)
            between = quotes[start + 1 : target] if direction > 0 else quotes[target + 1 : start]
        else:
            top, bottom = self._reading_position()
            if direction > 0:
                between = [q for q in quotes[:target] if q.span[0] >= top]
            else:
                between = [q for q in quotes[target + 1 :] if q.span[0] < bottom]
        return sum(1 for q in between if q.kind == "scare")

    def _nothing_to_walk(self, plural: str, kind: str) -> str:
        """What the status line says when there is nothing to walk: none in the article, or,
        for loaded terms, that ``v`` hides every one there is (not "none in this article")."""
        if self.report is None:
            return "Still analysing…"
        hidden = self._hidden_terms() if kind == "loaded" else 0
        if hidden:
            own = self.report.voice_owner()
            v = key_hint(self, "reader.outlet-voice")
            return f"No loaded terms in the {own}'s own words; {hidden} hidden ({v} shows them)"
        return f"No {plural} in this article"

    def _hidden_terms(self) -> int:
        """How many loaded terms ``v`` hides just now (those in quoted or reported speech)."""
        if self.report is None or not self.pane.outlet_voice_only:
            return 0
        return sum(1 for t in self.report.loaded_terms if t.voice in OTHERS_VOICES)

    def _end_of_walk(
        self, plural: str, direction: int, from_active: bool, others: int, walk: str
    ) -> str:
        """What the status line says at the end of a walk: that there are no more this way,
        and how many lie the other way with the key that goes there (from the bindings)."""
        forward = direction > 0
        if from_active:
            where = "after this one" if forward else "before this one"
            there = "before it" if forward else "after it"
        else:  # counted from the view: what is above or below the screen
            where, there = ("below", "above") if forward else ("above", "below")
        text = f"No more {plural} {where}"
        if others:
            next_key, back_key = self._walk_keys(walk)
            key, goes = (back_key, "goes back") if forward else (next_key, "goes forward")
            text += f"; {others} {there} ({key} {goes})"
        return text

    def _walk_keys(self, walk: str) -> tuple[str, str]:
        """The keys that walk forward and back (search matches wrap around, so they never
        reach an end)."""
        forward, back = WALK_KEYS.get(walk, WALK_KEYS["kind"])
        return key_hint(self, forward), key_hint(self, back)

    def _reading_position(self) -> tuple[int, int]:
        """Where the reader is, as article offsets to step forward and back from: the
        highlighted annotation or search match while it is on screen, else the top and the
        bottom of the view (after a search, ``]`` goes on from the match, not the screen's top)."""
        pane = self.pane
        if pane.active and pane.active_in_view():
            spans = pane.active_spans
            if spans:
                return spans[0][0], spans[0][0]
        anchor = self._walk_from
        if (
            pane.active is None
            and anchor is not None
            and pane.line_of(anchor) in pane.visible_lines
        ):
            return anchor, anchor  # the term v hid while the reader was on it
        lines = pane.visible_lines
        top = 0 if lines.start == 0 else pane.line_start(lines.start)
        bottom = pane.line_start(lines.stop) if lines.stop < pane.line_count else len(pane.text)
        return top, bottom

    def _status_for(
        self,
        ref: str,
        kind: str,
        index: int | None = None,
        total: int | None = None,
        note: str = "",
    ) -> None:
        """Say in the status line what ``ref`` is, numbered among its kind where it is one of
        them (a loaded term ``v`` hides is not counted, and says so); ``note`` follows the
        number ("(wrapped to the first match)", " · passed 1 scare quote ...")."""
        report = self.report
        if index is None:
            ids = [r for _, r in self._refs(kind)]
            if ref in ids:
                index, total = ids.index(ref), len(ids)
        singular, _ = KIND_NAMES[kind]
        text = singular if index is None else f"{singular} {index + 1} of {total}"
        if kind == "loaded" and index is not None:
            text += " in reading order"  # the sidebar lists them by category
        if kind == "outlet":
            text = self._outlet_status(ref, None if index is None else text)
        elif kind == "search":
            text += f" for “{self._search_term}”{note}"
        elif report is not None:
            text += note
            for q in report.quotes:
                if q.id == ref:
                    who = speaker_name(report, q) or "no speaker found"
                    cue = report.cue_words(q, 20)
                    who = f"{who} — {cue}" if cue else who
                    text += f" · {q.kind} · {who} · {report.quote_shown(q, 60)}"
            for t in report.loaded_terms:
                if t.id == ref:
                    if index is None and self.pane.outlet_voice_only:
                        v = key_hint(self, "reader.outlet-voice")
                        text += f" (hidden: in others' words; {v} shows it)"
                    voice = report.voice_name(t.voice)
                    text += f" · {loaded_words(report, t)} · {t.category} · voice: {voice}"
            for a in report.assertions:
                if a.id == ref:
                    text += f" · {a.status} · {a.note}"
            for p in report.people:
                if p.id == ref:
                    text += f" · {p.name} · {count(p.quote_count, 'quote')}"
        self._status(text)

    def _outlet_status(self, ref: str, numbered: str | None) -> str:
        """The publisher or a cited outlet, by name; an unknown publisher is said to be
        unknown (not counted as "1 of 0"). ``numbered``: "Outlet 2 of 3" when ``n`` walks."""
        report = self.report
        outlet_key = key_hint(self, "reader.outlet")
        if report is None:
            return "Outlet: the analysis has not finished yet"
        if ref.startswith("cited:"):
            cited = report.cited_outlets[int(ref.removeprefix("cited:"))]
            what, body = (
                "Cited outlet",
                f"{visible(cited.name)} ({cited_role(report, cited)})",
            )
        elif report.outlet is None:  # never among the refs n walks, so never numbered
            return f"Outlet not recognised ({outlet_key}: what was looked at)"
        else:
            o = report.outlet
            facts = "".join(f" · {x}" for x in (o.kind, o.country) if x)
            what, body = (
                "Outlet",
                f"{visible(o.name)} (the publisher){facts} · {outlet_key}: its notes",
            )
        return f"{numbered} · {body}" if numbered else f"{what}: {body}"

    def action_step_quote(self, direction: int) -> None:
        self._step(self._refs("speech"), direction, "speech")

    def action_step_kind(self, direction: int) -> None:
        kind = "search" if self._search_term else self.sidebar.section
        self._step(self._refs(kind), direction, kind)

    def action_step_loaded(self, direction: int) -> None:
        """Next / previous loaded term in reading order, whatever the sidebar's section (``v``
        on: the outlet's own only)."""
        self._step(self._refs("loaded"), direction, "loaded", walk="loaded-terms")

    def action_step_person(self, direction: int) -> None:
        report = self.report
        person_id = self.sidebar.person
        if person_id is None and report is not None and self.pane.active:
            # a joint speaker's quote ("Roe and Doe said"): the first person it names
            person_id = next(
                (
                    next(iter(q.speaker_ids), None)
                    for q in report.quotes
                    if q.id == self.pane.active
                ),
                None,
            )
        person = report.person(person_id) if report else None
        fallback = ""
        if person is None and report is not None:
            # none chosen: the first person in the People list who is quoted, and say so
            person = next((p for p in report.people if report.quotes_by(p.id)), None)
            tab = key_hint(self, "reader.focus-next")
            fallback = f" (no person chosen: the first one quoted; {tab}: the sidebar to choose)"
        if person is None:
            tab = key_hint(self, "reader.focus-next")
            self._status(
                "No person chosen: put the sidebar's cursor on a name under People, or go to "
                f"one of their quotes ({tab} goes to the sidebar)"
            )
            return
        refs = [(q.span[0], q.id) for q in report.quotes_by(person.id)] if report else []
        if not refs:  # not "no quotes in this article": others may well be quoted
            self._status(f"{person.name}: no quotes found")
            return
        before = self.pane.active
        # the person is highlighted (all their mentions): p starts at their first quote, not at
        # the first one after their first mention; P at their last
        self._step(
            refs,
            direction,
            "quotes",
            from_edge=before == person.id or bool(fallback),
            walk="person",
            what=f"quotes by {visible(person.name)}",
        )
        ids = [r for _, r in refs]
        active = self.pane.active
        if active != before and active in ids and report is not None:
            quote = next(q for q in report.quotes if q.id == active)
            self._status(
                f"{person.name}: quote {ids.index(active) + 1} of {len(ids)} · {quote.kind} · "
                f"{report.quote_shown(quote, 60)}{fallback}"
            )

    # -- marks -----------------------------------------------------------------------------------
    def action_toggle_kind(self, kind: str) -> None:
        shown = self.pane.toggle_kind(kind)
        key = key_hint(self, f"reader.toggle-{kind}")
        name = MARK_NAMES[kind].capitalize()
        self._status(
            f"{name} marks shown" if shown else f"{name} marks hidden ({key} shows them again)"
        )
        self._show_view_state()

    def action_toggle_voice(self) -> None:
        on = not self.pane.outlet_voice_only
        self.pane.set_outlet_voice_only(on)
        self.sidebar.set_outlet_voice_only(on)
        self._walk_from = None
        if on and self._hides(self.pane.active):
            # the term the reader was on is no longer shown: no ▶ on a hidden word, and n/N
            # go on from where it stands (not from the top of the view)
            self._walk_from = (
                next(
                    (t.span[0] for t in self.report.loaded_terms if t.id == self.pane.active), None
                )
                if self.report
                else None
            )
            self.pane.set_active(None)
        self._status(
            self._voice_status()
            if on
            else "Loaded terms: all voices, quoted and reported speech too"
        )
        self._show_view_state()

    def _hides(self, ref: str | None) -> bool:
        """Whether ``ref`` is a loaded term that ``v`` hides (in quoted or reported speech)."""
        report = self.report
        if report is None or ref is None:
            return False
        return any(t.id == ref and t.voice in OTHERS_VOICES for t in report.loaded_terms)

    def _voice_status(self) -> str:
        """What ``v`` hid: how many terms, or that there was nothing to hide (not "0 hidden"),
        or, before the report, that it applies once the terms are found."""
        key = key_hint(self, "reader.outlet-voice")
        own = self.report.voice_owner() if self.report else "outlet"
        said = f"Loaded terms: only the {own}'s own words"
        if self.report is None:
            return f"{said}, once the analysis has found them ({key} shows all voices)"
        hidden = self._hidden_terms()
        if not hidden:
            return f"{said}; none are in quoted or reported speech"
        return f"{said}; {hidden} in quoted or reported speech hidden ({key} shows them)"

    def _show_view_state(self, screen_width: int | None = None) -> None:
        """What is switched off, at the top right, so a hidden mark is never mistaken for none:
        in words where the masthead has room beside the title, else by the keys that switch
        it back ("hidden: 2 4 · v"), never cut short with "…". ``screen_width``: the new
        width, on a resize (the app's size may not have caught up yet)."""
        hidden = [k for k in MARK_NAMES if k not in self.pane.visible_kinds]
        voice = self.pane.outlet_voice_only
        state = self.query_one("#view-state", Static)
        # shown only when there is something to say, so the title has the whole bar otherwise
        state.display = bool(hidden or voice)
        if not state.display:
            state.update(Text(""))
            return
        own = self.report.voice_owner() if self.report else "outlet"
        marks = f"hidden: {', '.join(MARK_NAMES[k] for k in hidden)} marks" if hidden else ""
        keys = [key_hint(self, f"reader.toggle-{k}") for k in hidden]
        in_words = f"loaded terms: {own}'s only" if voice else ""
        by_keys = f"hidden: {' '.join(keys)}" if keys else ""
        v = key_hint(self, "reader.outlet-voice") if voice else ""
        choices = [
            "  ·  ".join(p for p in (marks, in_words) if p),
            "  ·  ".join(p for p in (by_keys, in_words) if p),
            " · ".join(p for p in (by_keys, v) if p) if keys else f"hidden: {v}",
        ]
        # the masthead's width less its padding and the notice's rule, margin and padding;
        # the title keeps up to half of it (a long one is cut with "…", the notice never)
        width = (screen_width or self.size.width) - 2
        room = width - 3 - min(self._masthead().cell_len, width // 2)
        fits = (c for c in choices if Text(c).cell_len <= room)
        state.update(Text(next(fits, choices[-1]), style="italic"))

    def action_toggle_theme(self) -> None:
        """The light theme from any dark one (one picked in the palette too), else the dark;
        the status line says which (``_theme_changed``)."""
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def _theme_changed(self, theme: Theme) -> None:
        """Say in the status line which theme is on, whether t or the palette set it."""
        key = key_hint(self, "reader.theme")
        names = {LIGHT_THEME: "Light theme", DARK_THEME: "Dark theme"}
        name = names.get(theme.name, f"Theme {theme.name}")
        other = "light" if theme.dark else "dark"
        self._status(f"{name} ({key} switches to the {other} one)")

    # -- search ----------------------------------------------------------------------------------
    def action_search(self) -> None:
        """Open the search box and focus it now, not after a refresh (``Widget.focus`` waits
        for one): keys typed straight after ``/`` then go into the box (see ``on_key``)."""
        box = self.query_one(SearchInput)
        box.display = True
        self.set_focus(box)

    def on_key(self, event: events.Key) -> None:
        """A printable key that reaches the app while the search box has focus was sent on
        before the box took it (typed in one burst with ``/``: "/quay"); the box itself takes
        every printable key it is sent. It is typed into the box, never run as a command
        (``q`` would quit)."""
        box = self.query_one(SearchInput)
        if self.focused is box and event.is_printable and event.character:
            event.prevent_default()
            event.stop()
            box.insert_text_at_cursor(event.character)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._search_term = event.value
        self.sidebar.set_search_term(event.value)
        matches = self.pane.set_search(event.value)
        if event.value:
            self._status(f"{count(matches, 'match', 'matches')} for “{event.value}”")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not event.value:
            self._close_search(clear=True)
            self._status("Search closed")
            return
        if not self.pane.search_matches:
            self._status(f"No match for “{event.value}”")
            return
        self._step(self._refs("search"), 1, "search")

    def on_search_input_previous(self, message: SearchInput.Previous) -> None:
        if self._search_term:
            self._step(self._refs("search"), -1, "search")

    def on_search_input_closed(self, message: SearchInput.Closed) -> None:
        self._close_search(clear=False)
        # the box's own hints ("↑ goes back") no longer apply: say what the reader's keys do
        matches = len(self.pane.search_matches)
        if not self._search_term:
            self._status("Search closed")
        elif not matches:
            self._status(f"Search closed: no match for “{self._search_term}”")
        else:
            walk = (
                f"{key_hint(self, 'reader.next-of-kind')}/"
                f"{key_hint(self, 'reader.previous-of-kind')}"
            )
            clear = key_hint(self, "reader.clear-search")
            self._status(
                f"Search closed: {walk} go through the "
                f"{count(matches, 'match', 'matches')} for “{self._search_term}”, "
                f"{clear} clears them"
            )

    def _close_search(self, clear: bool) -> None:
        box = self.query_one(SearchInput)
        box.display = False
        if clear:
            box.value = ""
            self._search_term = ""
            self.sidebar.set_search_term("")
            self.pane.set_search("")
        self.pane.focus()

    def action_clear_search(self) -> None:
        if self._search_term:
            self._close_search(clear=True)
            self._status("Search cleared")

    # -- screens ---------------------------------------------------------------------------------
    def action_outlet(self) -> None:
        self.push_screen(OutletScreen(self.report))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.binding_groups(), legend(), self.help_notes()))

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen and say where it went, always under a new name.

        Textual's own screenshot goes to the downloads folder and fails, saying only that,
        where there is none (a server, a container); this one tries the current folder, then
        the downloads folder, then the temporary folder.
        """
        name = Path(filename or f"contextreader-{datetime.now():%Y-%m-%d_%H-%M-%S}.svg")
        folders = [Path(path)] if path else _screenshot_folders()
        svg = self.export_screenshot()
        # never over a file: two in the same second are "…-2.svg", as the report's are
        self._save_in_first(
            "Screenshot",
            folders,
            lambda folder: write_new(folder, name.stem, name.suffix or ".svg", svg),
        )

    def _save_in_first(
        self, what: str, folders: Iterable[Path], write: Callable[[Path], Path], note: str = ""
    ) -> None:
        """Write with ``write`` into the first of ``folders`` that takes the file, and say in
        the status line where it went (only there: a toast split the file name and covered the
        line), or why nothing could be written; ``note`` follows the path."""
        error = "no folder to write to"
        for folder in folders:
            try:
                saved = write(folder)
            except OSError as exc:
                error = _one_line(exc)
                continue
            self._status(f"{what} saved: {shown_path(saved)}{note}")
            return
        self._status(f"{what} not saved: {error}")
        self.notify(error, title=f"{what} not saved", severity="error", markup=False)

    # -- several articles, and the report ------------------------------------------------------
    def _article_prefix(self) -> str:
        """ "Article 2 of 3: " when several articles were opened, else nothing."""
        if len(self.articles) < 2:
            return ""
        return f"Article {self.article_index + 1} of {len(self.articles)}: "

    def action_step_article(self, direction: int) -> None:
        """Go to the next or previous article opened; its report is kept, so coming back to
        one is immediate, and the model is loaded only once."""
        if isinstance(self.screen, ModalScreen):
            return  # a panel is open over the article: it would go on showing the old one
        total = len(self.articles)
        target = self.article_index + direction
        if total < 2:
            self._status(
                "Only one article is open (to read several in turn: contextreader a.txt b.txt)"
            )
            return
        if not 0 <= target < total:
            key = key_hint(
                self, "reader.previous-article" if direction > 0 else "reader.next-article"
            )
            where = "after" if direction > 0 else "before"
            self._status(
                f"No article {where} this one (article {self.article_index + 1} of {total}; "
                f"{key} goes {'back' if direction > 0 else 'forward'})"
            )
            return
        self._places[self.article_index] = self._place()
        self._close_search(clear=True)
        self._stop_progress()
        self.article_index = target
        self.article = self.articles[target]
        self.report = self._reports.get(target)
        if self.report is not None:
            self._show_report(self.report)
        else:
            self._start_analysis()
        self._restore_place(self._places.get(target, (0, None)))
        self.pane.focus()

    def _place(self) -> tuple[int, str | None]:
        """Where the reader is in this article: the offset at the top of the view, and the
        annotation highlighted (not a search match: the search is cleared on leaving)."""
        active = self.pane.active
        if active is not None and active.startswith("match:"):
            active = None
        return self.pane.top_offset, active

    def _restore_place(self, place: tuple[int, str | None]) -> None:
        """Back where the reader left an article (at the top of one not read yet), with the
        annotation they were on highlighted, so ] and n go on from it."""
        top, active = place
        self.pane.scroll_top_to(top)
        if active is not None and self.report is not None:
            self.pane.set_active(active)
            self.sidebar.reveal(active)

    def action_export_report(self) -> None:
        """Write the report as Markdown (what ``analyze --format markdown`` prints) beside the
        article, else in the screenshot's folders; always under a new name, never over a file.

        The bundled sample is part of contextreader itself: its report goes to the current
        folder, not into the package. With ``v`` on, the loaded terms are the outlet's own
        only, as the reader shows them (the file and the status line say so)."""
        if self.report is None:
            self._status(
                "No report to save yet: the analysis is still running"
                if self._progress
                else "No report to save: the analysis did not run"
            )
            return
        from contextreader.io.export import to_markdown

        source = self.report.source
        stem = Path(source.path).stem if source.path else ""
        name = (
            f"{stem}.contextreader"
            if stem
            else f"contextreader-report-{datetime.now():%Y-%m-%d_%H-%M-%S}"
        )
        folders = _screenshot_folders()
        if source.path and not is_bundled(Path(source.path)):
            folders.insert(0, Path(source.path).resolve().parent)
        voice_only = self.pane.outlet_voice_only
        markdown = to_markdown(self.report, outlet_voice_only=voice_only)
        unique = dict.fromkeys(folders)
        own = self.report.voice_owner()
        note = f" (loaded terms: the {own}'s own only, as shown)" if voice_only else ""
        self._save_in_first("Report", unique, lambda d: write_new(d, name, ".md", markdown), note)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette, with the reader's own help and screenshot in place of Textual's."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand(
                    "Keys", "Every key of the reader, and what the marks mean", self.action_help
                )
            elif command.title == "Screenshot":
                yield SystemCommand(
                    "Screenshot",
                    "Save an SVG of the screen (in the current folder)",
                    # after the palette has closed, so it is not in the picture
                    lambda: self.set_timer(0.1, self.action_screenshot),
                )
                yield SystemCommand(
                    "Save report",
                    "Save the report as Markdown, beside the article (never over a file)",
                    self.action_export_report,
                )
            elif command.title not in ("Maximize", "Minimize"):
                # maximizing suits a single widget; the article keeps its measure and the
                # sidebar its width, so it only left hatched bands around the same view
                yield command

    def _help_nodes(self) -> list[tuple[str, Any]]:
        return [
            ("Reader", self),
            ("Article", self.pane),
            ("Sidebar", self.query_one(AnnotationTree)),
            ("Search box", self.query_one(SearchInput)),
            ("Outlet notes", OutletScreen(None)),
            ("This help", HelpScreen([], Text())),
        ]

    def binding_groups(self) -> list[tuple[str, list[Binding]]]:
        """Every binding the reader declares (app, screens, its own widgets), grouped for the
        help screen; the keys Textual's own widgets bring are left out (see ``_declared``)."""
        return [(title, _bindings_of(node)) for title, node in self._help_nodes()]

    def help_notes(self) -> dict[str, str]:
        """One line for a group whose widget takes keys the help leaves out: the search box
        takes a text box's usual editing keys (two dozen rows that would bury the legend)."""
        return {
            title: "the usual text-editing keys of a text box (move, select, delete, paste)"
            for title, node in self._help_nodes()
            if isinstance(node, Input) and _left_out(node)
        }


def _is_textuals(cls: type) -> bool:
    """A class of Textual's own (App, Screen, ScrollView, Input...): the keys it declares
    either do nothing in the reader (scroll left), are declared again in the reader's words
    (quit, focus next), or are a text box's generic editing keys."""
    return cls.__module__.split(".")[0] == "textual"


def _declared(node_type: type) -> list[Binding]:
    """The bindings the reader's own classes declare, most specific class first.

    Stops at a class that does not inherit bindings, as Textual does.
    """
    declared: list[Binding] = []
    for cls in node_type.__mro__:
        if _is_textuals(cls) or not issubclass(cls, DOMNode):
            continue
        declared.extend(Binding.make_bindings(cls.__dict__.get("BINDINGS", [])))
        if not cls.__dict__.get("_inherit_bindings", True):
            break
    return declared


def _bindings_of(node: Any) -> list[Binding]:
    """A node's active bindings (keymaps applied), one row per action with all its keys.

    Rows follow the order the classes declare them in, the node's own class first, with the
    description of the most specific declaration; generic scrolling keys are left out.
    """
    declared = _declared(type(node))
    order: dict[str, int] = {}
    described: dict[str, Binding] = {}
    for i, b in enumerate(declared):
        order.setdefault(b.action, i)
        described.setdefault(b.action, b)
    keys: dict[str, list[str]] = {}
    for key, bindings in bindings_map(node).key_to_bindings.items():
        for b in bindings:
            if b.system or b.action not in described or not described[b.action].description:
                continue
            keys.setdefault(b.action, []).append(b.key_display or key)
    rows = [described[a].with_key(",".join(dict.fromkeys(k)), None) for a, k in keys.items()]
    return sorted(rows, key=lambda b: order[b.action])


def _left_out(node: Any) -> int:
    """How many of a node's described keys the help leaves out (Textual's own widgets')."""
    described = {b.action for b in _declared(type(node))}
    return sum(
        1
        for bindings in bindings_map(node).key_to_bindings.values()
        for b in bindings
        if b.description and not b.system and b.action not in described
    )


def shown_path(path: str | Path) -> str:
    """A path as the status line gives it: the home folder written ``~``, so a long path
    still fits on a line."""
    full = Path(path)
    with suppress(OSError, RuntimeError):  # no home folder
        home = Path.home()
        if home != Path(home.anchor) and full.is_relative_to(home):
            return str(Path("~") / full.relative_to(home))
    return str(full)


def write_new(folder: Path, name: str, suffix: str, text: str, tries: int = 100) -> Path:
    """Write ``text`` to ``folder/name{suffix}``, or to ``name-2{suffix}``, ``name-3``... if
    that exists: created exclusively, so no file is ever overwritten. OSError if none can be."""
    for n in range(1, tries + 1):
        path = folder / f"{name}{'' if n == 1 else f'-{n}'}{suffix}"
        try:
            with path.open("x", encoding="utf-8") as out:
                out.write(text)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{folder / name}{suffix} and {tries - 1} numbered names exist")


def is_bundled(path: Path) -> bool:
    """Whether an article file is part of contextreader itself: inside the installed package,
    or the bundled sample of a source checkout (``seeds/``, which an editable install reads);
    a report saved beside it would land among the program's own files."""
    with suppress(OSError, RuntimeError):
        resolved = path.resolve()
        package = Path(str(files("contextreader"))).resolve()
        return resolved.is_relative_to(package) or resolved == sample_path().resolve()
    return False


def _screenshot_folders() -> list[Path]:
    """Where a screenshot may go, in order: here, the downloads folder, the temporary folder."""
    folders = [Path(tempfile.gettempdir())]
    with suppress(OSError, RuntimeError):  # no home folder, or the current one was deleted
        folders.insert(0, Path.home() / "Downloads")
    with suppress(OSError):
        folders.insert(0, Path.cwd())
    return folders


def legend() -> Text:
    """How each mark looks, for the help screen (the looks of styles.tcss, without colour)."""
    text = Text("\nMarks in the article\n", style="bold")
    rows = (
        ("bold", "bold", "a person's name"),
        ("bold underline", "bold underline", "a quote's speaker, where the quote names them"),
        ("underline", "underline", f"quoted or reported words ({GLYPH_QUOTE} in the margin)"),
        (
            "double underline",
            "underline2",
            f"quoted words nobody says: a title, a name, scare quotes (no {GLYPH_QUOTE})",
        ),
        ("reverse", "reverse", "a loaded term"),
        ("italic", "italic", f"a vaguely attributed assertion ({GLYPH_VAGUE} in the margin)"),
        (
            "italic overline",
            "italic overline",
            f"an unattributed assertion ({GLYPH_UNATTRIBUTED} in the margin)",
        ),
        (
            "bold italic",
            "bold italic",
            "an outlet named in the text (the publisher, or one it cites)",
        ),
        (
            "bold reverse",
            "bold reverse",
            f"the annotation you are on ({GLYPH_ACTIVE} in the margin)",
        ),
        (
            "bold reverse underline",
            "bold reverse underline",
            f"a search match ({GLYPH_SEARCH} in the margin)",
        ),
    )
    for name, style, meaning in rows:
        text.append("  ")
        text.append(name, style=style)
        text.append(f": {meaning}\n")
    return text


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def run_reader(
    article: Article,
    model: str | None = None,
    more: Sequence[Article] = (),
    skipped: Sequence[str] = (),
) -> int:
    """Open the reader on an article (and ``more``, which > and < go to; ``skipped``: why
    each file that could not be read was left out); the exit code."""
    app = ReaderApp(article, model=model, more=more, skipped=skipped)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)


def fetch_and_read(address: str, model: str | None = None, url: str | None = None) -> int:
    """Open the reader at once on an http(s) address, fetching it inside (with progress in
    the status line); a failed fetch closes the reader and prints one line, exit code 1."""
    from contextreader.report import Source

    app = ReaderApp(
        Article(text="", source=Source(url=address)), model=model, fetch=address, url=url
    )
    result = app.run()
    if app.fetch_error is not None:
        print(f"contextreader: {one_line(app.fetch_error)}", file=sys.stderr)
        return 1
    return result if isinstance(result, int) else (app.return_code or 0)
