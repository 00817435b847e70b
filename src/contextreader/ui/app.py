"""The reader: an article beside the sidebar of its annotations.

The article is shown at once; the spaCy pipeline loads and the analysis runs in a thread worker
that only computes and posts messages (``ModelLoaded``, ``ArticleAnalyzed``, ``AnalysisFailed``);
their handlers fill the widgets. The analysis modules are imported inside the worker, so the app
starts without waiting for spaCy.

Attributes down, messages up: the sidebar posts what was highlighted or chosen, and the app calls
the article pane's API.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from contextreader.io.article import Article
from contextreader.report import Report
from contextreader.ui.article_pane import (
    GLYPH_ACTIVE,
    GLYPH_QUOTE,
    GLYPH_SEARCH,
    GLYPH_UNATTRIBUTED,
    GLYPH_VAGUE,
    ArticlePane,
)
from contextreader.ui.keys import bindings_map, key_hint
from contextreader.ui.layout import spans_of, speaker_name
from contextreader.ui.screens import HelpScreen, OutletScreen
from contextreader.ui.sidebar import AnnotationTree, Sidebar
from contextreader.wording import count, visible

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


def stylesheet_path() -> Path:
    """The app stylesheet: inside the installed package, else at the root of a source checkout."""
    packaged = files("contextreader") / "styles.tcss"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "styles.tcss"


QUOTE_GROUP = Binding.Group("Quote")
KIND_GROUP = Binding.Group("Next/prev of kind")
PERSON_GROUP = Binding.Group("Person's quotes")
MARKS_GROUP = Binding.Group("Marks", compact=True)


class SearchInput(Input):
    """The search box under the article: enter goes to the next match, escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Go to the next match", id="search.next"),
        Binding("escape", "close", "Close the search box", id="search.close"),
    ]

    class Closed(Message):
        """The reader closed the search box."""

    def on_mount(self) -> None:
        # built from the bindings, so the hint follows any change of key
        self.placeholder = (
            f"Search the article; {key_hint(self, 'search.next')}: next match, "
            f"{key_hint(self, 'search.close')}: close"
        )

    def action_close(self) -> None:
        self.post_message(self.Closed())


class ReaderApp(App[int]):
    """Read an article with its annotations beside it."""

    TITLE = "contextreader"
    CSS_PATH = stylesheet_path()

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="reader.quit"),
        Binding("question_mark", "help", "Keys", key_display="?", id="reader.help"),
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
        Binding("tab", "focus_next", "Switch article/sidebar", id="reader.focus-next"),
        Binding(
            "shift+tab", "focus_previous", "Switch back", show=False, id="reader.focus-previous"
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
            "v",
            "toggle_voice",
            "Loaded terms: outlet's voice only",
            show=False,
            id="reader.outlet-voice",
        ),
        Binding("o", "outlet", "Outlet notes", id="reader.outlet"),
        Binding("slash", "search", "Search", key_display="/", id="reader.search"),
        Binding("escape", "clear_search", "Clear the search", show=False, id="reader.clear-search"),
        Binding("t", "toggle_theme", "Light/dark theme", show=False, id="reader.theme"),
    ]

    class ModelLoaded(Message):
        """The spaCy pipeline is loaded; the analysis starts."""

        def __init__(self, label: str) -> None:
            self.label = label
            super().__init__()

    class ArticleAnalyzed(Message):
        """The report is ready."""

        def __init__(self, report: Report) -> None:
            self.report = report
            super().__init__()

    class AnalysisFailed(Message):
        """The model could not be loaded or the analysis failed; the article stays readable."""

        def __init__(self, error: str) -> None:
            self.error = error
            super().__init__()

    def __init__(
        self,
        article: Article,
        model: str | None = None,
        report: Report | None = None,
        *,
        nlp: Any = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.model = model
        self.report: Report | None = report
        self._nlp = nlp  # an already loaded pipeline (tests share one)
        self._search_term = ""
        self._search_index = -1
        self.theme = DARK_THEME

    # -- layout ----------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(self._masthead(), id="masthead")
        with Horizontal(id="main"):
            yield ArticlePane(id="article")
            yield Sidebar(id="sidebar")
        yield SearchInput(id="search")
        yield Static(Text(""), id="status")
        yield Footer()

    @property
    def pane(self) -> ArticlePane:
        return self.query_one(ArticlePane)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def on_mount(self) -> None:
        self.pane.focus()
        if self.report is not None:
            self._show_report(self.report)
            return
        self.pane.load(self.article)
        self.sidebar.show_pending("The analysis is running; the article can be read meanwhile.")
        self._status("Loading language model…")
        self.analyse()

    def _masthead(self) -> Text:
        source = (self.report.source if self.report else None) or self.article.source
        title = source.title or (Path(source.path).name if source.path else "Article")
        text = Text(visible(title), style="bold", no_wrap=True, overflow="ellipsis")
        outlet = self.report.outlet.name if self.report and self.report.outlet else None
        for part in (outlet, source.date):
            if part:
                text.append(f"  ·  {visible(part)}")
        return text

    def _status(self, message: str) -> None:
        """One line under the article; it echoes article text, so it is made visible first."""
        line = Text(visible(message), no_wrap=True, overflow="ellipsis")
        self.query_one("#status", Static).update(line)

    # -- the analysis worker ------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def analyse(self) -> None:
        """Load the model and analyse the article; only posts messages, never touches widgets."""
        worker = get_current_worker()
        try:
            from contextreader.analysis.pipeline import analyze, load_pipeline, model_label

            nlp = self._nlp if self._nlp is not None else load_pipeline(self.model)
            if worker.is_cancelled:
                return
            self.post_message(self.ModelLoaded(model_label(nlp)))
            report = analyze(self.article, nlp)
        except Exception as exc:  # shown in one line; the article stays readable
            self.post_message(self.AnalysisFailed(_one_line(exc)))
            return
        if not worker.is_cancelled:
            self.post_message(self.ArticleAnalyzed(report))

    def on_reader_app_model_loaded(self, message: ModelLoaded) -> None:
        self._status(f"Analysing with {message.label}…")

    def on_reader_app_article_analyzed(self, message: ArticleAnalyzed) -> None:
        self.report = message.report
        self._show_report(message.report)

    def on_reader_app_analysis_failed(self, message: AnalysisFailed) -> None:
        self.sidebar.show_pending("No annotations: the analysis did not run.", running=False)
        self._status(f"Analysis failed: {message.error}")
        self.notify(visible(message.error), title="Analysis failed", severity="error", markup=False)

    def _show_report(self, report: Report) -> None:
        self.pane.load(report)
        self.sidebar.load(report)
        self.query_one("#masthead", Static).update(self._masthead())
        counts = (
            f"{count(len(report.people), 'person', 'people')}, "
            f"{count(len(report.quotes), 'quote')}, "
            f"{count(len(report.assertions), 'assertion')}, "
            f"{count(len(report.loaded_terms), 'loaded term')}"
        )
        next_quote, help_key = key_hint(self, "reader.next-quote"), key_hint(self, "reader.help")
        self._status(f"{counts}  ·  {next_quote} next quote  ·  {help_key} all keys")

    # -- sidebar -> pane ------------------------------------------------------------------------
    def on_sidebar_annotation_highlighted(self, message: Sidebar.AnnotationHighlighted) -> None:
        self.pane.jump_to(message.ref)
        self._status_for(message.ref, message.section)

    def on_sidebar_annotation_selected(self, message: Sidebar.AnnotationSelected) -> None:
        self.pane.jump_to(message.ref)
        self._status_for(message.ref, message.section)

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
        if kind == "loaded":
            quoted_hidden = self.pane.outlet_voice_only
            return [
                (t.span[0], t.id)
                for t in report.loaded_terms
                if not (quoted_hidden and t.voice == "quoted")
            ]
        if kind == "outlet":
            publisher = report.outlet.evidence_span if report.outlet else None
            refs = [(publisher[0], "outlet")] if publisher else []
            refs += [(c.span[0], f"cited:{i}") for i, c in enumerate(report.cited_outlets)]
            return sorted(refs)
        return []

    def _step(self, refs: list[tuple[int, str]], direction: int, kind: str) -> None:
        """Go to the next/previous annotation among ``refs`` from the active one or the view."""
        plural = KIND_NAMES[kind][1]
        if not refs:
            self._status(f"No {plural} in this article" if self.report else "Still analysing…")
            return
        ids = [r for _, r in refs]
        if self.pane.active in ids:
            index = ids.index(self.pane.active) + direction
        else:
            here = self._reading_position()
            after = [i for i, (s, _) in enumerate(refs) if s >= here]
            index = (
                (after[0] if after else len(refs))
                if direction > 0
                else ((after[0] if after else len(refs)) - 1)
            )
        if not 0 <= index < len(refs):
            self._status(f"No more {plural} {'after' if direction > 0 else 'before'} this one")
            return
        ref = refs[index][1]
        self.pane.jump_to(ref)
        if kind != "search":
            self.sidebar.reveal(ref)
        if kind == "speech":
            # numbered by place in the Quotes section, as the sidebar numbers the same quote
            self._status_for(ref, "quotes")
        else:
            self._status_for(ref, kind, index, len(refs))

    def _reading_position(self) -> int:
        """Where the reader is: the active annotation, else the first line on screen."""
        pane = self.pane
        if pane.report and pane.active:
            spans = spans_of(pane.report, pane.active)
            if spans:
                return spans[0][0]
        if int(pane.scroll_y) == 0:
            return 0
        return pane.line_start(int(pane.scroll_y))

    def _status_for(
        self, ref: str, kind: str, index: int | None = None, total: int | None = None
    ) -> None:
        report = self.report
        if index is None:
            ids = [r for _, r in self._refs(kind)]
            index, total = (ids.index(ref), len(ids)) if ref in ids else (0, len(ids))
        singular, _ = KIND_NAMES[kind]
        text = f"{singular} {index + 1} of {total}"
        if kind == "search":
            text += f" for “{self._search_term}”"
        elif report is not None:
            for q in report.quotes:
                if q.id == ref:
                    who = speaker_name(report, q) or "no speaker found"
                    text += f" · {q.kind} · {who} · “{report.excerpt(q.span, 60)}”"
            for t in report.loaded_terms:
                if t.id == ref:
                    text += f" · {t.term} · {t.category} · voice: {t.voice}"
            for a in report.assertions:
                if a.id == ref:
                    text += f" · {a.status} · {a.note}"
            for p in report.people:
                if p.id == ref:
                    text += f" · {p.name} · {count(p.quote_count, 'quote')}"
        self._status(text)

    def action_step_quote(self, direction: int) -> None:
        self._step(self._refs("speech"), direction, "speech")

    def action_step_kind(self, direction: int) -> None:
        kind = "search" if self._search_term else self.sidebar.section
        self._step(self._refs(kind), direction, kind)

    def action_step_person(self, direction: int) -> None:
        report = self.report
        person_id = self.sidebar.person
        if person_id is None and report is not None and self.pane.active:
            person_id = next(
                (q.speaker_id for q in report.quotes if q.id == self.pane.active), None
            )
        person = report.person(person_id) if report else None
        if person is None:
            tab = key_hint(self, "reader.focus-next")
            self._status(f"Choose a person in the sidebar first ({tab}, then the People section)")
            return
        refs = [(q.span[0], q.id) for q in report.quotes_by(person.id)] if report else []
        before = self.pane.active
        self._step(refs, direction, "quotes")
        ids = [r for _, r in refs]
        if self.pane.active != before and self.pane.active in ids:
            self._status(f"{person.name}: quote {ids.index(self.pane.active) + 1} of {len(ids)}")

    # -- marks -----------------------------------------------------------------------------------
    def action_toggle_kind(self, kind: str) -> None:
        shown = self.pane.toggle_kind(kind)
        self._status(f"{KIND_NAMES[kind][1].capitalize()} marks {'shown' if shown else 'hidden'}")

    def action_toggle_voice(self) -> None:
        on = not self.pane.outlet_voice_only
        self.pane.set_outlet_voice_only(on)
        self._status(
            "Loaded terms: only the outlet's own words"
            if on
            else "Loaded terms: all voices, quoted speakers' too"
        )

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    # -- search ----------------------------------------------------------------------------------
    def action_search(self) -> None:
        box = self.query_one(SearchInput)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._search_term = event.value
        matches = self.pane.set_search(event.value)
        if event.value:
            self._status(f"{count(matches, 'match', 'matches')} for “{event.value}”")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not event.value:
            self._close_search(clear=True)
            return
        if not self.pane.search_matches:
            self._status(f"No match for “{event.value}”")
            return
        self._step(self._refs("search"), 1, "search")

    def on_search_input_closed(self, message: SearchInput.Closed) -> None:
        self._close_search(clear=False)

    def _close_search(self, clear: bool) -> None:
        box = self.query_one(SearchInput)
        box.display = False
        if clear:
            box.value = ""
            self._search_term = ""
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
        self.push_screen(HelpScreen(self.binding_groups(), legend()))

    def binding_groups(self) -> list[tuple[str, list[Binding]]]:
        """Every binding of the reader and its widgets, grouped for the help screen."""
        nodes: list[tuple[str, Any]] = [
            ("Reader", self),
            ("Article", self.pane),
            ("Sidebar", self.query_one(AnnotationTree)),
            ("Search box", self.query_one(SearchInput)),
        ]
        return [(title, _bindings_of(node)) for title, node in nodes] + [
            ("Outlet notes", list(Binding.make_bindings(OutletScreen.BINDINGS))),
            ("This help", list(Binding.make_bindings(HelpScreen.BINDINGS))),
        ]


def _bindings_of(node: Any) -> list[Binding]:
    """A node's active bindings (keymaps applied), one row per action with all its keys.

    The node's own bindings come first, in the order declared, with their descriptions; the
    ones it inherits (arrow keys, page keys) follow.
    """
    own = list(Binding.make_bindings(getattr(type(node), "BINDINGS", [])))
    order = {b.action: i for i, b in reversed(list(enumerate(own)))}
    described = {b.action: b for b in own}
    keys: dict[str, list[str]] = {}
    first: dict[str, Binding] = {}
    for key, bindings in bindings_map(node).key_to_bindings.items():
        for b in bindings:
            if b.system or not b.description:
                continue
            keys.setdefault(b.action, []).append(b.key_display or key)
            first.setdefault(b.action, described.get(b.action, b))
    rows = [first[a].with_key(",".join(keys[a]), None) for a in first]
    return sorted(rows, key=lambda b: order.get(b.action, len(order)))


def legend() -> Text:
    """How each mark looks, for the help screen."""
    text = Text("\nMarks in the article\n", style="bold")
    rows = (
        ("bold", "a person's name"),
        ("underline", f"quoted or reported words ({GLYPH_QUOTE} in the margin)"),
        ("underline2", f"scare quotes: words held at a distance, not speech (no {GLYPH_QUOTE})"),
        ("reverse", "a loaded term"),
        ("italic", f"a vaguely attributed assertion ({GLYPH_VAGUE} in the margin)"),
        ("italic overline", f"an unattributed assertion ({GLYPH_UNATTRIBUTED} in the margin)"),
        ("bold reverse", f"the annotation you are on ({GLYPH_ACTIVE} in the margin)"),
        ("", f"{GLYPH_SEARCH} in the margin: a search match on the line"),
    )
    for style, meaning in rows:
        name = {"underline2": "double underline"}.get(style, style) or "margin"
        text.append(f"  {name}: ", style=style or "dim")
        text.append(f"{meaning}\n")
    return text


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def run_reader(article: Article, model: str | None = None) -> int:
    """Open the reader on an article; the exit code for the CLI."""
    app = ReaderApp(article, model=model)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)
