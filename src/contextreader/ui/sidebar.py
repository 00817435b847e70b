"""The sidebar: the report's annotations as a tree of sections, and details of the one in focus.

Messages up: moving the cursor posts ``AnnotationHighlighted`` (a preview), choosing an entry posts
``AnnotationSelected``, choosing the publisher or a cited outlet posts ``OutletRequested``; the app
moves the article or opens the notes. All labels are Rich ``Text`` built from the report (never
markup), and every string that may come from the article passes through ``visible`` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.css.scalar import Scalar, Unit
from textual.message import Message
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from contextreader.report import (
    OTHERS_VOICES,
    Assertion,
    LoadedTerm,
    Person,
    Quote,
    Report,
    place_of,
)
from contextreader.ui.article_pane import GLYPH_UNATTRIBUTED, GLYPH_VAGUE
from contextreader.ui.keys import key_hint
from contextreader.ui.layout import (
    clipped,
    loaded_words,
    repeated_terms,
    speaker_name,
)
from contextreader.ui.screens import cited_role, outlet_entry
from contextreader.wording import count, visible

Section = Literal["outlet", "people", "quotes", "assertions", "loaded"]
SECTIONS: tuple[tuple[Section, str], ...] = (
    ("outlet", "Outlet"),
    ("people", "People"),
    ("quotes", "Quotes"),
    ("assertions", "Assertions"),
    ("loaded", "Loaded terms"),
)
SECTION_NAMES: dict[str, str] = dict(SECTIONS)
EXCERPT = 60
OPEN_LIMIT = 8  # a section with more entries starts closed
DETAILS_ROWS = 9  # the details box's rows in a short window (its max-height in styles.tcss)
# what the report's terms mean, in the details box, for readers who have not met them ("{owner}":
# the outlet, or the writer of a letter or an op-ed, ``Report.voice_owner``)
KIND_WORDS = {
    "partial": "a few of the speaker's words",
    "indirect": "reported speech: their point in the {owner}'s words",
    # a title or a name in quotation marks is no one's speech either: the words do not say
    # the writer holds it at a distance
    "scare": "nobody is quoted: a title, a name, or words held at a distance",
}
# the most characters of a quote or assertion the details box shows, tried longest first
EXCERPT_LIMITS = (240, 200, 160, 130, 100, 80, 60, 40)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a tree node stands for: a section heading (ref None) or one annotation."""

    section: Section
    ref: str | None = None
    person: str | None = None  # the person this entry belongs to (a person, or a quote's speaker)


class AnnotationTree(Tree[Entry], inherit_bindings=False):
    """The sidebar's tree, with every key declared here (none inherited), so the help screen
    lists exactly what works, in the reader's words.

    Labels longer than the sidebar end in "…" (the details box under the tree has the rest),
    and the open/closed icons are small triangles, unlike the article's "▶" (you are here).
    """

    ICON_NODE = "▸ "
    ICON_NODE_EXPANDED = "▾ "

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select_cursor",
            "Go to the entry (on a heading: open or close it)",
            show=False,
            id="sidebar.select",
        ),
        Binding("space", "toggle_node", "Open or close", show=False, id="sidebar.toggle"),
        Binding("up,k", "cursor_up", "Previous entry", show=False, id="sidebar.up"),
        Binding("down,j", "cursor_down", "Next entry", show=False, id="sidebar.down"),
        Binding("pageup", "page_up", "A page of entries up", show=False, id="sidebar.page-up"),
        Binding(
            "pagedown", "page_down", "A page of entries down", show=False, id="sidebar.page-down"
        ),
        Binding("home", "scroll_home", "First entry", show=False, id="sidebar.first"),
        Binding("end", "scroll_end", "Last entry", show=False, id="sidebar.last"),
        Binding(
            "shift+up",
            "cursor_previous_sibling",
            "Previous entry at the same level",
            show=False,
            id="sidebar.prev-sibling",
        ),
        Binding(
            "shift+down",
            "cursor_next_sibling",
            "Next entry at the same level",
            show=False,
            id="sidebar.next-sibling",
        ),
        Binding(
            "shift+left", "cursor_parent", "Up to the section", show=False, id="sidebar.parent"
        ),
        Binding(
            "shift+right",
            "cursor_parent_next_sibling",
            "On to the next section",
            show=False,
            id="sidebar.next-section",
        ),
        # "*" as in most tree views; shift+space stays for terminals that can send it (most
        # send a plain space, which would only open or close the one entry)
        Binding(
            "asterisk,shift+space",
            "toggle_expand_all",
            "Open or close every entry at this level (on a heading: all sections)",
            show=False,
            id="sidebar.toggle-all",
        ),
    ]

    class NoFurther(Message):
        """A move by section or by level found nothing further that way; the cursor stays.

        ``what`` says so in the reader's words (the app puts it in the status line), as ``n``
        and ``]`` do at the last of their kind, instead of the cursor jumping to the top.
        """

        def __init__(self, what: str) -> None:
            self.what = what
            super().__init__()

    class Toggled(Message):
        """Space opened or closed ``node`` (enter does it through ``NodeSelected``)."""

        def __init__(self, node: TreeNode[Entry]) -> None:
            self.node = node
            super().__init__()

    class ToggledAll(Message):
        """``*`` opened or closed every entry at the level of ``node`` (the tree says nothing
        of it on its own)."""

        def __init__(self, node: TreeNode[Entry]) -> None:
            self.node = node
            super().__init__()

    def action_toggle_expand_all(self) -> None:
        node = self.cursor_node
        super().action_toggle_expand_all()
        if node is not None and node.parent is not None:
            # after the tree has redrawn and said where its cursor is, which it does on a fold
            self.call_after_refresh(self.post_message, self.ToggledAll(node))

    def action_toggle_node(self) -> None:
        """Open or close the entry under the cursor, and say so (``Toggled``): the status
        line went on showing the word of the last toggle by enter."""
        node = self.cursor_node
        was_open = node.is_expanded if node is not None else None
        super().action_toggle_node()
        if node is not None and node.is_expanded != was_open:
            self.post_message(self.Toggled(node))

    def on_focus(self) -> None:
        """Coming to the sidebar puts the cursor on an entry at once, highlighted: the one it
        was on before, else the first line. Without this the tree gets focus with no cursor,
        so enter does nothing and the first down press lands on the first line."""
        if self.cursor_node is None and self.root.children:
            self.move_cursor(self.root.children[0])

    def on_resize(self) -> None:
        """Bring the cursor back into view when the tree's height changes.

        The details box under the tree grows and shrinks with the entry it describes (and the
        status line with its message), after the tree has scrolled to the cursor: at 80x24 a
        long entry's details would otherwise cover the cursor's own line.
        """
        if self.cursor_node is not None:
            self.call_after_refresh(self.scroll_to_line, self.cursor_line, animate=False)

    def move_cursor(self, node: TreeNode[Entry] | None, animate: bool = False) -> None:
        """Move the cursor to ``node``, with the tree's lines brought up to date first.

        Textual reads a node's line from the last build: just after a section opens, the
        nodes in it have none yet (and those below it an old one), so the cursor would land
        on another line (line 0, the Outlet heading). ``last_line`` rebuilds the lines.
        """
        _ = self.last_line
        super().move_cursor(node, animate)

    # -- moves by section and by level ----------------------------------------------------------
    # Textual's own versions move to the hidden root (which shows as the first line, Outlet)
    # from a section heading, and to the top of the tree past the last entry; these never do.

    def action_cursor_parent(self) -> None:
        """Back to the section heading above: on an entry its own section, on a heading the
        previous section."""
        node = self.cursor_node
        if node is None:
            return
        heading = self._section_heading(node)
        if heading is not node:
            self.move_cursor(heading, animate=True)
            return
        previous = heading.previous_sibling
        if previous is None:
            self.post_message(self.NoFurther(f"No section before {self._section_name(node)}"))
            return
        self.move_cursor(previous, animate=True)

    def action_cursor_parent_next_sibling(self) -> None:
        """On to the next section heading, from a heading or from any entry in its section."""
        node = self.cursor_node
        if node is None:
            return
        following = self._section_heading(node).next_sibling
        if following is None:
            self.post_message(self.NoFurther(f"No section after {self._section_name(node)}"))
            return
        self.move_cursor(following, animate=True)

    def action_cursor_previous_sibling(self) -> None:
        """The previous entry at this level; at the first, the entry it belongs to."""
        node = self.cursor_node
        if node is None:
            return
        target = node.previous_sibling
        if target is None and node.parent is not None and node.parent is not self.root:
            target = node.parent
        if target is None:
            self.post_message(self.NoFurther(f"No section before {self._section_name(node)}"))
            return
        self.move_cursor(target, animate=True)

    def action_cursor_next_sibling(self) -> None:
        """The next entry at this level; after the last, the next one of a level above."""
        node: TreeNode[Entry] | None = self.cursor_node
        while node is not None and node is not self.root:
            if node.next_sibling is not None:
                self.move_cursor(node.next_sibling, animate=True)
                return
            node = node.parent
        node = self.cursor_node
        if node is not None:
            name = self._section_name(node)
            self.post_message(
                self.NoFurther(
                    f"No section after {name}"
                    if self._section_heading(node) is node
                    else f"No entry after this one: {name} is the last section"
                )
            )

    def _section_heading(self, node: TreeNode[Entry]) -> TreeNode[Entry]:
        """The section heading a node is under (a heading is its own)."""
        while node.parent is not None and node.parent is not self.root:
            node = node.parent
        return node

    def _section_name(self, node: TreeNode[Entry]) -> str:
        entry = self._section_heading(node).data
        return SECTION_NAMES[entry.section] if entry else "this section"

    def render_label(self, node: TreeNode[Entry], base_style: Style, style: Style) -> Text:
        """The label, cut with "…" where the sidebar ends instead of mid-word with no sign."""
        label = super().render_label(node, base_style, style)
        room = self.scrollable_content_region.width - self._indent(node)
        if room > 1 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label

    def get_label_width(self, node: TreeNode[Entry]) -> int:
        # labels never run past the sidebar, so the tree never scrolls sideways
        width = super().get_label_width(node)
        room = self.scrollable_content_region.width - self._indent(node)
        return min(width, room) if room > 1 else width

    def _indent(self, node: TreeNode[Entry]) -> int:
        """Cells left of a node's label: the guides of its depth (the root is hidden)."""
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth += 1
            parent = parent.parent
        return depth * self.guide_depth


class Sidebar(Vertical):
    """Sections for the outlet, people, quotes, assertions and loaded terms, with counts."""

    class AnnotationHighlighted(Message):
        """The cursor moved onto an annotation: preview it in the article."""

        def __init__(self, ref: str, section: Section) -> None:
            self.ref = ref
            self.section = section
            super().__init__()

    class AnnotationSelected(Message):
        """An annotation was chosen (enter or click): go to it."""

        def __init__(self, ref: str, section: Section) -> None:
            self.ref = ref
            self.section = section
            super().__init__()

    class SectionHighlighted(Message):
        """The cursor moved onto a heading (a section, or a group within one): the status line
        says where it is, instead of keeping the last entry's words."""

        def __init__(self, section: Section, label: str) -> None:
            self.section = section
            self.label = label
            super().__init__()

    class AllToggled(Message):
        """``*`` opened or closed every heading at one level; ``where`` names them."""

        def __init__(self, where: str, expanded: bool) -> None:
            self.where = where
            self.expanded = expanded
            super().__init__()

    class HeadingToggled(Message):
        """Enter, space (or a click) opened or closed a heading: the status line says which,
        so the key is seen to have done something."""

        def __init__(self, label: str, expanded: bool) -> None:
            self.label = label
            self.expanded = expanded
            super().__init__()

    class OutletRequested(Message):
        """An outlet entry was chosen: show the notes of the publisher (``cited_index`` None)
        or of the outlet the text cites at ``report.cited_outlets[cited_index]``."""

        def __init__(self, cited_index: int | None = None) -> None:
            self.cited_index = cited_index
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._report: Report | None = None
        self._section: Section = "quotes"
        self._person: str | None = None
        self._quiet_ref: str | None = None  # an entry the app revealed itself (see ``reveal``)
        self._entry_nodes: dict[tuple[Section, str], TreeNode[Entry]] = {}
        # the Loaded terms heading and its category groups, relabelled when v hides some terms
        self._loaded_heading: TreeNode[Entry] | None = None
        self._loaded_groups: dict[str, TreeNode[Entry]] = {}
        self._outlet_voice_only = False
        self._search_term = ""  # a search kept after its box closed: n / N walk its matches
        self._repeated: set[str] = set()  # loaded terms used more than once (their words)
        self._shown: Entry | None = None  # the entry the details box describes, if any

    def compose(self) -> ComposeResult:
        tree = AnnotationTree(Text("Annotations"), id="entries")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree
        yield Static(Text(""), id="details")

    # -- API for the app ------------------------------------------------------------------------
    @property
    def section(self) -> Section:
        """The section the cursor is in: the kind that ``n``/``N`` walk."""
        return self._section

    @property
    def person(self) -> str | None:
        """The person last chosen (a person entry, or the speaker of a quote entry)."""
        return self._person

    @property
    def entries(self) -> AnnotationTree:
        return self.query_one(AnnotationTree)

    def show_pending(self, message: str, running: bool = True) -> None:
        """Before the report: section headings without entries and a note on what is running."""
        tree = self._cleared()
        for section, name in SECTIONS:
            tree.root.add_leaf(Text.assemble((name, "bold"), " (…)"), Entry(section))
        self._details(Text(message))
        self.query_one("#details", Static).loading = running

    def load(self, report: Report, analysed: bool = False) -> None:
        """Fill the tree from a report; ``analysed``: its analysis has just ended, while the
        reader waited on this article."""
        self._report = report
        self._person = None  # ids are the report's own: another article's p1 is someone else
        self.query_one("#details", Static).loading = False
        self._entry_nodes.clear()
        tree = self._cleared()
        self._add_outlet(tree.root, report)
        self._add_people(tree.root, report)
        self._add_quotes(tree.root, report)
        self._add_assertions(tree.root, report)
        self._add_loaded(tree.root, report)
        up, down = key_hint(self.entries, "sidebar.up"), key_hint(self.entries, "sidebar.down")
        select = key_hint(self.entries, "sidebar.select")
        tab = key_hint(self.app, "reader.focus-next")
        if analysed and tree.has_focus and tree.root.children:
            # tab was pressed while the analysis ran: the cursor the focus would have put on
            # the first entry, not a sidebar with the focus and no cursor
            tree.move_cursor(tree.root.children[0])
            return
        self._details(
            Text(
                f"{tab}: to the sidebar, where {up}, {down} move through the entries and "
                f"{select} goes to one.",
                style="dim",
            )
        )

    def _cleared(self) -> AnnotationTree:
        """The tree emptied for another article (or for one being analysed), its cursor on no
        line: Textual keeps the cursor's row through ``clear``, and the entry on that row of
        the new tree (the last, in a shorter one) was highlighted as if the reader had picked
        it. Focus puts the cursor on the first line (``AnnotationTree.on_focus``)."""
        tree = self.entries
        self._quiet_ref = None  # ids are each report's own: never carried to another
        tree.clear()
        tree.cursor_line = -1  # set once the tree is empty, or it is clamped to line 0
        tree.scroll_home(animate=False)  # the new tree from its first line, not the old scroll
        return tree

    def reveal(self, ref: str) -> None:
        """Put the cursor on an annotation's entry (after a jump made from the article)."""
        node = self._entry_nodes.get((self._section_of(ref), ref))
        if node is None:
            return
        if node.parent is not None and not node.parent.is_expanded:
            node.parent.expand()
        if self.entries.cursor_node is not node:
            # the app made this move and has said where it went: the highlight stays quiet
            self._quiet_ref = ref
        self.entries.move_cursor(node, animate=False)

    # -- building the tree ------------------------------------------------------------------------
    def _section_node(self, root: TreeNode[Entry], section: Section, n: int) -> TreeNode[Entry]:
        """A section heading; every heading opens and closes (so all wear ▸/▾ and line up),
        and an empty one holds a line saying it is empty."""
        label = Text.assemble((SECTION_NAMES[section], "bold"), f" ({n})")
        # long sections start closed so every section title fits on screen
        node = root.add(label, Entry(section), expand=n <= OPEN_LIMIT)
        if n == 0 and section != "outlet":  # the outlet section always has its entry
            node.add_leaf(Text("none found", style="italic"), Entry(section))
        return node

    def _leaf(self, parent: TreeNode[Entry], label: Text, entry: Entry) -> TreeNode[Entry]:
        node = parent.add_leaf(label, entry)
        if entry.ref is not None:
            self._entry_nodes.setdefault((entry.section, entry.ref), node)
        return node

    def _add_outlet(self, root: TreeNode[Entry], report: Report) -> None:
        node = self._section_node(root, "outlet", 1 if report.outlet else 0)
        if report.outlet:
            o = report.outlet
            summary = ", ".join(x for x in (o.kind, o.country, o.ownership) if x)
            label = Text.assemble((visible(o.name), "bold"), f" — {summary}" if summary else "")
        else:
            outlet_key = key_hint(self.app, "reader.outlet")
            label = Text(f"Not recognised ({outlet_key}: what was looked at)", style="italic")
        self._leaf(node, label, Entry("outlet", "outlet"))
        # outlets the text cites: one entry each (first mention), enter opens its notes
        first: dict[str, int] = {}
        for i, c in enumerate(report.cited_outlets):
            first.setdefault(c.outlet_id, i)
        for outlet_id, i in first.items():
            c = report.cited_outlets[i]
            n = sum(1 for x in report.cited_outlets if x.outlet_id == outlet_id)
            times = f" ×{n}" if n > 1 else ""
            label = Text.assemble(("cited: ", "italic"), (visible(c.name), "bold"), times)
            self._leaf(node, label, Entry("outlet", f"cited:{i}"))

    def _add_people(self, root: TreeNode[Entry], report: Report) -> None:
        node = self._section_node(root, "people", len(report.people))
        for p in report.people:
            quotes = report.quotes_by(p.id)
            label = self._person_label(p)
            if not quotes:  # no ▸ to open: line the name up with those that have one
                label = Text.assemble("  ", label)
            child = node.add(
                label,
                Entry("people", p.id, p.id),
                expand=False,
                allow_expand=bool(quotes),
            )
            self._entry_nodes[("people", p.id)] = child
            for q in quotes:
                self._leaf(
                    child, self._quote_label(report, q, speaker=False), Entry("quotes", q.id, p.id)
                )

    def _add_quotes(self, root: TreeNode[Entry], report: Report) -> None:
        node = self._section_node(root, "quotes", len(report.quotes))
        for q in report.quotes:
            self._entry_nodes[("quotes", q.id)] = node.add_leaf(
                # a joint speaker's quote ("Roe and Doe said") belongs to the first person named
                self._quote_label(report, q),
                Entry("quotes", q.id, next(iter(q.speaker_ids), None)),
            )

    def _add_assertions(self, root: TreeNode[Entry], report: Report) -> None:
        node = self._section_node(root, "assertions", len(report.assertions))
        for a in report.assertions:
            self._leaf(node, self._assertion_label(report, a), Entry("assertions", a.id))

    def _add_loaded(self, root: TreeNode[Entry], report: Report) -> None:
        node = self._section_node(root, "loaded", len(report.loaded_terms))
        self._loaded_heading = node
        self._loaded_groups = {}
        self._repeated = repeated_terms(report)
        for category, terms in _by_category(report.loaded_terms).items():
            group = node.add(self._group_label(category, terms), Entry("loaded"), expand=True)
            self._loaded_groups[category] = group
            for t in terms:
                self._leaf(group, self._loaded_label(report, t), Entry("loaded", t.id))
        self._relabel_loaded()

    @staticmethod
    def _person_label(p: Person) -> Text:
        quotes = count(p.quote_count, "quote")
        role = f" · {visible(p.role)}" if p.role else ""
        return Text.assemble((visible(p.name), "bold"), f" · {quotes}", role)

    @staticmethod
    def _quote_label(report: Report, q: Quote, speaker: bool = True) -> Text:
        """Who, then for reported speech what they did with the words, which are the outlet's
        account and carry no quotation marks ("Ann Lee — denied: the claim …"), so a denial
        never reads as the person saying the words."""
        text = Text()
        cue = report.cue_words(q, 20)
        if q.kind == "scare":  # a title, a name or words held at a distance: nobody speaks
            text.append("in quotation marks: ", style="italic")
            text.append(report.quote_shown(q, EXCERPT))
            return text
        if speaker or q.joint_ids:
            # under a person's name a joint speaker's quote still says who says it with them
            who = speaker_name(report, q)
            text.append(who or "no speaker", style="bold" if who else "italic")
            text.append(" — " if cue else ": ")
        if cue:
            text.append(cue, style="italic")
            text.append(": ")
        if q.kind != "direct" and not (cue and q.kind == "indirect"):
            text.append(f"({q.kind}) ", style="italic")
        text.append(report.quote_shown(q, EXCERPT))
        return text

    @staticmethod
    def _assertion_label(report: Report, a: Assertion) -> Text:
        glyph = GLYPH_VAGUE if a.status == "vague" else GLYPH_UNATTRIBUTED
        return Text.assemble((f"{glyph} {a.status}: ", "italic"), report.excerpt(a.span, EXCERPT))

    def _loaded_label(self, report: Report, t: LoadedTerm, hidden: bool = False) -> Text:
        """The term as the article prints it ("cronies", not the list's "crony"); a term the
        article uses more than once says where each one is ("headline", "¶4"), before the
        alternative, which the label may cut (the details box has it whole)."""
        words = loaded_words(report, t)
        where = f" · {place_of(report, t.span[0])}" if words.casefold() in self._repeated else ""
        alternative = f" → {visible(t.alternative)}" if t.alternative else ""
        label = Text.assemble(
            (words, "bold"), where, f" · {report.voice_name(t.voice)}", alternative
        )
        if hidden:  # struck through, and said in words: not shown in the article just now
            label.stylize("strike dim")
            label = Text.assemble(("(hidden) ", "italic"), label)
        return label

    def _hidden(self, terms: list[LoadedTerm]) -> int:
        """How many of ``terms`` v hides just now (those in others' words)."""
        if not self._outlet_voice_only:
            return 0
        return sum(1 for t in terms if t.voice in OTHERS_VOICES)

    def _group_label(self, category: str, terms: list[LoadedTerm]) -> Text:
        hidden = self._hidden(terms)
        shown = f"{len(terms)}, {hidden} hidden" if hidden else f"{len(terms)}"
        return Text(f"{category} ({shown})", style="italic")

    def _relabel_loaded(self) -> None:
        """The loaded-term headings and entries as v leaves them: counts say how many are
        hidden, and each hidden term is struck through."""
        report = self._report
        if report is None or self._loaded_heading is None:
            return
        terms = report.loaded_terms
        hidden = self._hidden(terms)
        counts = f" ({len(terms)}, {hidden} hidden)" if hidden else f" ({len(terms)})"
        self._loaded_heading.set_label(Text.assemble((SECTION_NAMES["loaded"], "bold"), counts))
        for category, group_terms in _by_category(terms).items():
            group = self._loaded_groups.get(category)
            if group is not None:
                group.set_label(self._group_label(category, group_terms))
        for t in terms:
            node = self._entry_nodes.get(("loaded", t.id))
            if node is not None:
                hide = self._outlet_voice_only and t.voice in OTHERS_VOICES
                node.set_label(self._loaded_label(report, t, hidden=hide))

    def set_outlet_voice_only(self, on: bool) -> None:
        """Mark the loaded terms in others' words (quoted or reported) that the article is
        hiding, or no longer hiding, so the sidebar and the article agree on what is shown."""
        self._outlet_voice_only = on
        self._relabel_loaded()

    def set_search_term(self, term: str) -> None:
        """The search the reader keeps (empty: none), which n / N walk instead of a section:
        a heading's hint says so while it lasts."""
        self._search_term = term
        if self._shown is not None and self._shown.ref is None:
            self._refit()

    # -- details of the entry under the cursor --------------------------------------------------
    def _details(self, text: Text) -> None:
        self.query_one("#details", Static).update(text)
        self._shown = None  # a message, not an entry (``_show_entry`` says which it is)

    def _show_entry(self, entry: Entry) -> None:
        """Describe an entry in the details box, its excerpt shortened until the whole fits.

        The box has a fixed most lines (``max-height`` in styles.tcss); without this a long
        quote would lose its last lines with no sign, at 80 columns half of it. What still
        does not fit is cut with "…" above the tail (``_describe``: a loaded term's
        alternative), which stays whole: the note is shortened, never the "Instead:" line.
        Fitted again when the sidebar's size changes (``on_resize``).
        """
        box = self.query_one("#details", Static)
        width = box.content_region.width
        lines = _max_lines(box)
        if width > 0 and lines > 0:
            text = self._fitted(entry, width, lines)
        else:
            text = _joined(*self._describe(entry))
        self._details(text)
        self._shown = entry

    def _fitted(self, entry: Entry, width: int, lines: int) -> Text:
        """The details of ``entry`` in at most ``lines`` lines of ``width`` cells."""

        def height(text: Text) -> int:
            # counted as the box will wrap it (Textual's wrapping, not Rich's: the two can
            # differ by a line, which the box would then lose without a sign)
            return len(Content.from_rich_text(text).wrap(width))

        for limit in EXCERPT_LIMITS:
            body, tail = self._describe(entry, limit)
            if height(_joined(body, tail)) <= lines:
                return _joined(body, tail)
        # even the shortest excerpt is too long (a long header, a long note): the body's last
        # line shown ends in "…", and the tail follows whole when the box has room for it
        if tail.plain and height(tail) < lines:
            for room in range(lines - height(tail), 0, -1):
                text = _joined(clipped(body, self.app.console, width, room), tail)
                if height(text) <= lines:
                    return text
        return clipped(_joined(body, tail), self.app.console, width, lines)

    def on_resize(self) -> None:
        """Give the details box up to two fifths of a tall sidebar (never fewer rows than the
        stylesheet's ``max-height``), so a long note shows whole at 120x40 and is cut only in
        a short window; then fit the details again for the new size: wrapped for the old
        width, they ran past the box's last line with no "…" (a loaded term's "Instead:" line
        lost)."""
        box = self.query_one("#details", Static)
        rows = max(DETAILS_ROWS, self.size.height * 2 // 5)
        if box.styles.max_height != Scalar.from_number(rows):
            box.styles.max_height = rows
        if self._shown is not None:
            self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        if self._shown is not None:
            self._show_entry(self._shown)

    def _describe(self, entry: Entry, limit: int = EXCERPT_LIMITS[0]) -> tuple[Text, Text]:
        """What the details box says about an entry, in two parts: the body, which may be cut
        to fit the box, and a last line kept whole (a loaded term's alternative, else empty);
        ``limit``: the most characters quoted."""
        report = self._report
        term = next((t for t in report.loaded_terms if t.id == entry.ref), None) if report else None
        if report is not None and term is not None:
            voice = report.voice_name(term.voice)
            body = Text.assemble(
                (loaded_words(report, term), "bold"),
                f" · {term.category} · voice: {voice} ({report.voice_name(term.voice, 'gloss')})",
                f"\n{visible(term.note)}",
            )
            return body, Text(f"Instead: {visible(term.alternative)}" if term.alternative else "")
        return self._describe_body(entry, limit), Text()

    def _describe_body(self, entry: Entry, limit: int) -> Text:
        """What the details box says about any other entry (a heading, an outlet, a person,
        a quote, an assertion)."""
        report = self._report
        if report is None or entry.ref is None:
            return Text.assemble(
                (SECTION_NAMES[entry.section], "bold"), "\n", self._section_help(entry.section)
            )
        if entry.ref.startswith("cited:"):
            cited = report.cited_outlets[int(entry.ref.removeprefix("cited:"))]
            o = outlet_entry(cited.outlet_id)
            facts = ", ".join(x for x in (o.kind, o.country, o.ownership) if x) if o else ""
            return Text.assemble(
                (visible(cited.name), "bold"),
                f" ({cited_role(report, cited)})",
                f"\n{visible(facts)}" if facts else "",
                f"\n{key_hint(self.entries, 'sidebar.select')} opens its notes.",
            )
        outlet_key = key_hint(self.app, "reader.outlet")
        if entry.ref == "outlet":
            o = report.outlet
            if o is None:
                return Text(
                    f"The outlet is not recognised. Press {outlet_key} to see what was looked at."
                )
            return Text.assemble(
                (visible(o.name), "bold"),
                "\n",
                ", ".join(
                    x for x in (o.kind, o.country, o.ownership and f"owned: {o.ownership}") if x
                ),
                f"\n{count(len(o.notes), 'sourced note')}; press {outlet_key} to read them.",
            )
        for p in report.people:
            if p.id == entry.ref:
                return Text.assemble(
                    (visible(p.name), "bold"),
                    f"\n{visible(p.role) if p.role else 'no role given'}",
                    f"\n{count(p.mention_count, 'mention')}, {count(p.quote_count, 'quote')}",
                )
        for q in report.quotes:
            if q.id == entry.ref:
                person = report.person(q.speaker_id)
                who = speaker_name(report, q)
                role = f" ({visible(person.role)})" if person and person.role else ""
                if q.joint_ids:  # "Roe and Doe": the people the joint speaker names
                    names = ", ".join(visible(p.name) for p in report.speakers_of(q))
                    role = f"\nPeople speaking: {names}" if names else ""
                said = report.cue_words(q, 40)
                cue = f" · cue: {report.excerpt(q.cue_span, 40)}" if q.cue_span and not said else ""
                # a scare quote has no speaker by definition: "no speaker found" would read
                # as a gap in the analysis
                speaker = (
                    Text()
                    if q.kind == "scare" and who is None
                    else Text.assemble("\nSpeaker: ", (who or "no speaker found", "bold"), role)
                )
                heading = "Words in quotation marks" if q.kind == "scare" else f"{q.kind} quote"
                return Text.assemble(
                    (heading[:1].upper() + heading[1:], "bold"),
                    f" ({KIND_WORDS[q.kind].format(owner=report.voice_owner())})"
                    if q.kind in KIND_WORDS
                    else "",
                    cue,
                    speaker,
                    "\n",
                    (f"{said}: " if said else "", "italic"),
                    report.quote_shown(q, limit),
                )
        for a in report.assertions:
            if a.id == entry.ref:
                return Text.assemble(
                    (f"{a.status.capitalize()} assertion", "bold"),
                    f"\n{a.note}",
                    f"\n“{report.excerpt(a.span, limit)}”",
                )
        return Text("")

    def _section_help(self, section: Section) -> str:
        """What a section holds and the keys that walk it, for the details box on its heading
        (short: the box has eight lines, at 80 columns of 29 cells)."""
        app, tree = self.app, self.entries

        def keys(forward: str, back: str) -> str:
            return f"{key_hint(app, forward)} / {key_hint(app, back)}"

        what = {
            "outlet": (
                "The publisher and the outlets the text cites; "
                f"{key_hint(tree, 'sidebar.select')} or {key_hint(app, 'reader.outlet')} "
                "opens the notes."
            ),
            "people": (
                "Everyone named, with role and number of quotes. On a name, "
                f"{keys('reader.next-person-quote', 'reader.previous-person-quote')} walks "
                "their quotes."
            ),
            "quotes": (
                "Speech and its speaker, in reading order; "
                f"{keys('reader.next-quote', 'reader.previous-quote')} walks it."
            ),
            "assertions": (
                f"Claims with no source ({GLYPH_UNATTRIBUTED}) or only a vague one ({GLYPH_VAGUE})."
            ),
            "loaded": (
                "Words that judge, by kind, whose words they are and an alternative; "
                f"{keys('reader.next-loaded', 'reader.previous-loaded')} walks them, "
                f"{key_hint(app, 'reader.outlet-voice')} hides those in others' words."
            ),
        }[section]
        walk = keys("reader.next-of-kind", "reader.previous-of-kind")
        if self._search_term:
            clear = key_hint(app, "reader.clear-search")
            return f"{what}\n{walk}: the search's matches ({clear} clears it)."
        return f"{what}\n{walk}: next / previous of this kind."

    def _heading_path(self, node: TreeNode[Entry]) -> str:
        """A heading's words as the status line gives them: "Loaded terms (11)", or, for a
        group within a section, "Loaded terms (11) › contentious label (8)"."""
        parts = []
        current: TreeNode[Entry] | None = node
        while current is not None and current is not self.entries.root:
            parts.append(str(current.label))  # a Text: its plain words
            current = current.parent
        return " › ".join(reversed(parts))

    def _section_of(self, ref: str) -> Section:
        return next((section for section, r in self._entry_nodes if r == ref), "quotes")

    # -- tree events -> messages ----------------------------------------------------------------
    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[Entry]) -> None:
        event.stop()
        entry = event.node.data
        if entry is None:
            return
        self._section = entry.section
        if entry.ref is None and self._report is not None:
            self.post_message(
                self.SectionHighlighted(entry.section, self._heading_path(event.node))
            )
        if entry.person and not self._joint_with(entry):
            self._person = entry.person
        elif entry.section == "quotes" and entry.ref is not None and not entry.person:
            # a quote by no one in People: no one is chosen any more, so p does not walk the
            # quotes of a person met earlier
            self._person = None
        self._show_entry(entry)
        quiet, self._quiet_ref = self._quiet_ref, None
        if entry.ref is not None and entry.ref != quiet:
            self.post_message(self.AnnotationHighlighted(entry.ref, entry.section))

    def _joint_with(self, entry: Entry) -> bool:
        """True when ``entry`` is a quote the person last chosen says with others ("Roe and
        Doe said"): the person stays chosen, so ``p`` from Doe walks on through Doe's quotes."""
        if entry.section != "quotes" or self._person is None or self._report is None:
            return False
        q = next((q for q in self._report.quotes if q.id == entry.ref), None)
        return q is not None and self._person in q.joint_ids

    def on_annotation_tree_toggled(self, message: AnnotationTree.Toggled) -> None:
        message.stop()
        node = message.node
        self.post_message(self.HeadingToggled(self._heading_path(node), node.is_expanded))

    def on_annotation_tree_toggled_all(self, message: AnnotationTree.ToggledAll) -> None:
        message.stop()
        node, parent = message.node, message.node.parent
        siblings = [n for n in node.siblings if n.allow_expand and n.children]
        if parent is None or not siblings:
            return  # nothing at this level opens or closes
        opened = any(n.is_expanded for n in siblings)
        top = parent is self.entries.root
        where = "Every section" if top else f"Every group in {self._heading_path(parent)}"
        self.post_message(self.AllToggled(where, opened))

    def on_tree_node_selected(self, event: Tree.NodeSelected[Entry]) -> None:
        event.stop()
        entry = event.node.data
        if entry is None:
            return
        if entry.ref is None:
            # the tree has already opened or closed it (auto_expand): say which
            if event.node.children:
                self.post_message(
                    self.HeadingToggled(self._heading_path(event.node), event.node.is_expanded)
                )
            return
        if entry.ref == "outlet":
            self.post_message(self.OutletRequested())
        elif entry.ref.startswith("cited:"):
            self.post_message(self.OutletRequested(int(entry.ref.removeprefix("cited:"))))
        else:
            self.post_message(self.AnnotationSelected(entry.ref, entry.section))


def _by_category(terms: list[LoadedTerm]) -> dict[str, list[LoadedTerm]]:
    """Loaded terms grouped by category, in the order each category first appears."""
    categories: dict[str, list[LoadedTerm]] = {}
    for t in terms:
        categories.setdefault(t.category, []).append(t)
    return categories


def _joined(body: Text, tail: Text) -> Text:
    """The details box's text: the body, then the tail on a line of its own if there is one."""
    return Text.assemble(body, "\n", tail) if tail.plain else body


def _max_lines(box: Static) -> int:
    """The lines of text the details box can show: its max-height less its border and padding."""
    height = box.styles.max_height
    if height is None or height.unit != Unit.CELLS:
        return 0
    return int(height.value) - box.styles.gutter.height
