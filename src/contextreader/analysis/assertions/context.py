"""What every step of the assertions shares.

``_Ctx`` holds one doc's quotes, word lists and look-up tables, read once per doc. A cue found
in a sentence is a ``_Found`` (its anchor word, and a ``_Cue`` when what it gives is left
vague); ``_Cue.note`` says in plain words what is missing, and ``_assertion`` adds a vague or
unattributed assertion with that note. A few small tests on the parse that several kinds of
cue use sit here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.assertions.lexicon import AttributionLexicon, VagueLexicon, VerbForms
from contextreader.analysis.quotes import CueLexicon
from contextreader.report import Assertion, Quote

NO_SOURCE = "No source is named for this claim."
HEADING_NO_SOURCE = "A headline or subhead in the outlet's own words; no source is named."


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    quotes: list[Quote]
    direct: list[tuple[int, int, str]]
    starts: list[int]
    lex: VagueLexicon
    alex: AttributionLexicon
    verbs: CueLexicon
    vf: VerbForms
    # cue offsets of direct quotes with a speaker (-> quote id)
    direct_cues: list[tuple[int, str]] = field(default_factory=list)
    # what each token was found to be (a sentence is scanned again for its inner vague claims)
    seen: dict[int, _Found | None] = field(default_factory=dict)
    # spans of quotes and reported content (not scare quotes), and of partial quotes with a
    # speaker (-> quote id), sorted, with their starts for bisect
    said: list[tuple[int, int]] = field(default_factory=list)
    said_starts: list[int] = field(default_factory=list)
    partials: list[tuple[int, int, str]] = field(default_factory=list)
    partial_starts: list[int] = field(default_factory=list)
    # the character offsets of speaker phrases cr_quotes resolved to a person (a set, so a
    # holder is looked up in constant time however many quotes the article has)
    resolved: frozenset[int] = frozenset()
    # where cr_people's mentions of people start (a name the tagger read as a common noun)
    mentioned: frozenset[int] = frozenset()
    # the doc's text, read once (Doc.text is rebuilt from the tokens on every access)
    text: str = ""
    # the direct quote of an unnamed speaker last given a vague assertion, and where that
    # assertion and its span are (the quote's next sentences widen it: one quote, one entry)
    vague_quote: tuple[str, int, int] | None = None
    # whether each line (by its start) is a line of labels and figures, decided once per line
    figures_lines: dict[int, bool] = field(default_factory=dict)
    # a piece labelled as arguing in its own voice (an editorial): its "we" is the outlet's own
    stance: bool = False


@dataclass(frozen=True, slots=True)
class _Cue:
    """What makes a sentence vague: the words, and which kind of gap they leave."""

    span: Span
    kind: str  # source / passive / decree / generic / label / adverb / hedge / noun / unknown

    @property
    def note(self) -> str:
        """The plain words that say what is missing (``_CUE_NOTES``, by kind)."""
        return _CUE_NOTES.get(self.kind, _SOURCE_NOTE).format(text=self.span.text)


# what each kind of vague cue leaves out, in the reader's words; {text} is the cue
_CUE_NOTES = {
    "passive": "'{text}' does not say who holds or said this; no source is named.",
    "adverb": "'{text}': passed on without saying who reported it; no source is named.",
    "hedge": "'{text}': the outlet's own impression; no source is named for it.",
    "label": "'{text}': a label passed on without saying who applies it; no source is named.",
    "generic": "'{text}': no one in particular is doing this; no source is named.",
    "decree": "'{text}' does not say who made this decision; no one is named.",
    "noun": "'{text}': no one is named as holding or voicing this; no source is named.",
    "unknown": "'{text}': does not say who knows or doubts this; no source is named.",
    "partner": "Also given to '{text}', who are not named.",
}
_SOURCE_NOTE = "Attributed only to '{text}'; no one is named."


@dataclass(frozen=True, slots=True)
class _Found:
    """One attribution in a sentence: how deep its cue sits in the parse, and what leaves it
    vague (``None`` when its holder is named)."""

    anchor: Token  # the cue word (for "reportedly", the verb it qualifies)
    cue: _Cue | None

    @property
    def depth(self) -> int:
        return _depth(self.anchor)


def _depth(tok: Token) -> int:
    """How many arcs up to the root of the parse (0 for the main verb)."""
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _lemma(tok: Token, ctx: _Ctx) -> str:
    """A verb's lemma as our lists and cr_quotes' lexicon know it (see ``VerbForms.lemma``)."""
    return ctx.vf.lemma(tok, ctx.verbs)


def _set_off(clause: Token) -> bool:
    """A clause set off by a comma or a dash ("..., trading at 31 times earnings"): an aside
    on the sentence, not what the verb takes ("was seen leaving")."""
    i = clause.left_edge.i
    return i > 0 and clause.doc[i - 1].text in (",", "—", "–", ";")


def _labels_as(verb: Token) -> bool:
    """An "as" phrase after the verb or its object ("identified the man as Sam Reyes"; the
    parser often hangs it on the object)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return _prep_child(verb, "as") or any(_prep_child(o, "as") for o in objs)


def _prep_child(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in verb.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _assertion(
    out: list[Assertion],
    span: tuple[int, int],
    status: str,
    cue: _Cue | None,
    *,
    heading: bool = False,
) -> Assertion:
    if status == "vague" and cue is not None:
        note = cue.note
    elif status == "vague":
        note = "Attributed only to an unnamed source."
    elif heading:
        note = HEADING_NO_SOURCE
    else:
        note = NO_SOURCE
    a = Assertion(
        id=f"assertion{len(out) + 1}",
        span=span,
        status=status,  # type: ignore[arg-type]
        cue_span=(cue.span.start_char, cue.span.end_char) if cue is not None else None,
        note=note,
    )
    out.append(a)
    return a
