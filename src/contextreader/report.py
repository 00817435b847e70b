"""The one report model: what the analysis produces and everything else reads.

Every annotation points into ``Report.text`` with character offsets (Python ``str`` indices, end
exclusive). The JSON output, the reader, the exports and the tests all consume this object; nothing
downstream re-derives an annotation.

Serialised form: ``contextreader.report/1`` (see ``docs/report-schema.md`` and
``contextreader/data/report.schema.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any, Literal, TypeVar

from contextreader.data import read_toml
from contextreader.wording import shortened, visible

# an opening mark at the start of a paragraph inside a quote that runs on over paragraphs
_CONTINUED = re.compile('(\n[ \t]*)["“«]')
# a negation right before a verb ("did not", "has never", "won't"), so a verb shown alone keeps
# its sense
_DENIED = re.compile(
    r"(?:\b\w+n[’']t|\b(?:do|does|did|has|have|had|is|was|were|are|will|would|could|can|"
    r"should|may|might|must)\s+(?:not|never)|\bnever|\bnot)\s+$",
    re.IGNORECASE,
)

# the word right after a verb, which may be its particle ("pointed out", "hit back")
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)")


@cache
def reporting_verbs() -> dict[str, Any]:
    """``reporting_verbs.toml`` as parsed, read once for every reader of it: the analysis's
    cue lexicon, speaker word lists and prescribing modals, and the report's display of a cue
    (``cue_words``). It lives here, below the analysis, so the report needs no spaCy."""
    return read_toml("reporting_verbs.toml")


def _phrasal_verbs() -> frozenset[str]:
    """The verbs of saying made of a verb and a particle ("point out"), so a cue is shown with
    its particle."""
    return frozenset(reporting_verbs()["phrasal"]["verbs"])


def _preposition_frames(verb: str) -> frozenset[str]:
    """The prepositions whose object a verb reports ("argue" against, "call" for): a cue shown
    without its preposition may say the opposite ("argued: the cuts" for "argued against the
    cuts")."""
    data = reporting_verbs()
    frames = data["speech"].get(verb) or data["thought"].get(verb) or []
    return frozenset(f for f in frames if f not in ("object", "infinitive", "quote", "as"))


def in_marks(quote: Quote, words: str) -> str:
    """A quote's words as every output lists them: in quotation marks where they are someone's
    own words (or words held in marks), and without them for reported speech, which gives a
    point in the outlet's words ("denied: the allegations"), so it never reads as what the
    speaker said."""
    return words if quote.kind == "indirect" else f"“{words}”"


SCHEMA_ID = "contextreader.report/1"

Span = tuple[int, int]

QuoteKind = Literal["direct", "partial", "indirect", "scare"]
AssertionStatus = Literal["unattributed", "vague"]
Voice = Literal["outlet", "reported", "quoted"]
SentenceVoice = Literal["quoted", "reported", "vague", "unattributed"]
MatchedBy = Literal["dateline", "byline", "credit", "url", "metadata"]
NoteKind = Literal["fact", "classification", "context"]


@dataclass(slots=True)
class Source:
    """Where the article came from."""

    path: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    site_name: str | None = None  # from page metadata (og:site_name) when the input was HTML


@dataclass(slots=True)
class OutletNote:
    """One sourced fact about an outlet ("owned by ...", "rated ... by ...")."""

    kind: NoteKind
    label: str  # short heading: "Ownership", "Funding", "Founded", a rater's name ...
    text: str  # the fact, in our own words
    source: str  # URL of the source for this fact
    source_name: str  # human name of that source
    as_of: str  # date (YYYY or YYYY-MM-DD) the fact was true / was checked


@dataclass(slots=True)
class Outlet:
    """The outlet that published the article, or one the text cites."""

    id: str
    name: str
    matched_by: MatchedBy | None
    evidence_span: Span | None
    country: str | None = None
    ownership: str | None = None
    kind: str | None = None  # news agency, broadcaster, newspaper, magazine, digital
    founded: str | None = None
    notes: list[OutletNote] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Dateline:
    """The dateline opening the body ("PORTHAVEN (Harbour Wire) -"): never a claim or a person."""

    span: Span  # the whole stretch, place, credit and dash
    credit: str | None = None  # the name in parentheses, a known outlet or not; None: place only


@dataclass(slots=True)
class Byline:
    """The byline among the body's first lines ("By Jan Roe, Harbour Wire"), or with none there
    the writer's name signing a letter at its foot ("Margaret Ellory"): never a claim."""

    span: Span  # the line, without the blanks around it (a sign-off: the name)
    # the name after the writer when it is a known outlet's ("Reuters") or reads as a news
    # organisation's we have no notes on ("Harbour Wire"); None: the byline names only the
    # writer, or a role ("staff writer")
    credit: str | None = None


@dataclass(slots=True)
class Genre:
    """The outlet's own label for the kind of piece ("OPINION:", "Analysis"), in its first
    lines: what the outlet says the piece is, not a verdict of ours."""

    name: str  # the label in lower case, as the data file lists it: "opinion", "news analysis"
    span: Span  # the label as written
    # the label marks a named writer's piece, not the outlet's own (a letter to the editor, a
    # column, a guest op-ed: ``page_furniture.toml`` [writer_genres])
    writer: bool = False
    # the label marks a page of readers' letters (``page_furniture.toml`` [reader_genres]): each
    # letter its reader signs is the reader's words (voice "quoted"), so the voice "outlet" there
    # is the outlet's own (its headings and replies), not a writer's
    readers: bool = False


@dataclass(slots=True)
class CitedOutlet:
    """An outlet the text mentions or cites ("told Sputnik", "according to Reuters")."""

    outlet_id: str
    name: str
    span: Span


@dataclass(slots=True)
class Person:
    id: str
    name: str
    role: str | None
    mentions: list[Span]
    quote_count: int = 0

    @property
    def mention_count(self) -> int:
        return len(self.mentions)


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    span: Span  # the quoted or reported content (for direct quotes: inside the marks)
    cue_span: Span | None = None  # the verb or phrase of saying ("said", "according to")
    speaker_id: str | None = None  # a Person id when the speaker is a named person
    # the speaker as written at speaker_span ("Anna Berg" where the span is "Anna Berg, who")
    speaker_text: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None  # lemma of the cue ("say", "deny", "according to")
    # the pieces inside quotation marks when the quote is written in several ('"A," she said.
    # "B."', 'called it "reckless" and "cruel"'); ``span`` runs from the first to the last.
    # Empty for a quote in one piece.
    parts: list[Span] = field(default_factory=list)
    # a joint speaker ("Roe and Doe said"): the Person ids of the people it names, in text
    # order; ``speaker_id`` stays None, since no one of them says it alone. Empty otherwise.
    joint_ids: list[str] = field(default_factory=list)

    @property
    def speaker_ids(self) -> list[str]:
        """The people who say the quote: its one speaker, or each person named in a joint
        speaker; empty when no person is found. Read this rather than ``speaker_id`` to ask
        whose quote it is."""
        return [self.speaker_id] if self.speaker_id is not None else list(self.joint_ids)

    @property
    def pieces(self) -> list[Span]:
        """The stretches of the quote's own words: its parts, or its whole span."""
        return self.parts or [self.span]


@dataclass(slots=True)
class Assertion:
    """A sentence in the outlet's own voice: no source, or only a vague one."""

    id: str
    span: Span
    status: AssertionStatus
    cue_span: Span | None
    note: str


@dataclass(slots=True)
class Sentence:
    """Every sentence of the body with the voice it is written in."""

    span: Span
    voice: SentenceVoice
    heading: bool = False
    ref: str | None = None  # id of the quote or assertion that gives this voice


@dataclass(slots=True)
class LoadedTerm:
    id: str
    span: Span
    term: str
    category: str
    note: str
    alternative: str | None
    voice: Voice
    rule: str = "lexicon"  # lexicon, so-called, scare-quote, alleged, claims-by ...


@dataclass(slots=True)
class Report:
    text: str
    source: Source = field(default_factory=Source)
    outlet: Outlet | None = None
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    assertions: list[Assertion] = field(default_factory=list)
    loaded_terms: list[LoadedTerm] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    cited_outlets: list[CitedOutlet] = field(default_factory=list)
    dateline: Dateline | None = None
    byline: Byline | None = None  # the writer's line, if the body opens with one
    genre: Genre | None = None  # the outlet's label for the kind of piece, if it gives one
    body_start: int = 0  # offset where the article body starts (after a "date ..." header)
    model: str | None = None  # the spaCy pipeline that produced the analysis
    schema: str = SCHEMA_ID

    # -- lookups used by every consumer -------------------------------------------------------
    def person(self, person_id: str | None) -> Person | None:
        if person_id is None:
            return None
        return next((p for p in self.people if p.id == person_id), None)

    def quotes_by(self, person_id: str) -> list[Quote]:
        """The quotes a person says, alone or as one of a joint speaker ("Roe and Doe said")."""
        return [q for q in self.quotes if person_id in q.speaker_ids]

    def speakers_of(self, quote: Quote) -> list[Person]:
        """The people who say ``quote`` (``Quote.speaker_ids``), those the report holds."""
        found = (self.person(pid) for pid in quote.speaker_ids)
        return [p for p in found if p is not None]

    def excerpt(self, span: Span, limit: int = 80) -> str:
        """The text at ``span`` on one line, safe to display, shortened to ``limit`` characters."""
        s = visible(" ".join(self.text[span[0] : span[1]].split()))
        return shortened(s, limit)

    def quote_excerpt(self, quote: Quote, limit: int = 80) -> str:
        """A quote's own words for display: its pieces joined by " … " when the narration
        splits it ('"A," she said. "B."' gives "A, … B."), shortened to ``limit``."""
        whole = " … ".join(self.quote_words(quote, p) for p in quote.pieces)
        return shortened(visible(" ".join(whole.split())), limit)

    def quote_shown(self, quote: Quote, limit: int = 80) -> str:
        """A quote's words as the reader lists them, shortened to ``limit`` (``in_marks``)."""
        return in_marks(quote, self.quote_excerpt(quote, limit))

    def quote_words(self, quote: Quote, span: Span) -> str:
        """The words of a piece of a direct quote as written, less the mark that opens each
        paragraph after the first: news style leaves a quote open at a paragraph's end and
        marks it again at the next one's start, and that mark is no part of the words."""
        words = self.text[span[0] : span[1]]
        return _CONTINUED.sub(r"\1", words) if quote.kind == "direct" else words

    def genre_line(self) -> str | None:
        """The outlet's label for the piece, as one line for display ("The piece is labelled
        “OPINION” in its first lines."), or None when it gives none."""
        if self.genre is None:
            return None
        return f"The piece is labelled “{self.excerpt(self.genre.span, 40)}” in its first lines."

    def voice_owner(self) -> str:
        """Whose own words the voice "outlet" is, as the reader and the Markdown name it:
        "writer" in a piece the outlet labels as a named writer's (``Genre.writer``), else
        "outlet", as on a page of readers' letters (``Genre.readers``), where each signed letter
        is its reader's. The report's voice value stays "outlet"; only its name for a reader
        changes."""
        genre = self.genre
        return "writer" if genre is not None and genre.writer and not genre.readers else "outlet"

    def voice_name(self, voice: str, form: VoiceForm = "short") -> str:
        """A loaded term's voice named for a reader (``VOICE_NAMES``), in the piece's terms:
        "writer" / "writer's own words" for the voice "outlet" of a letter or an op-ed."""
        names = VOICE_NAMES.get(voice)
        if names is None:
            return voice
        return names[VOICE_FORMS.index(form)].format(owner=self.voice_owner())

    def names_itself(self, cited: CitedOutlet) -> bool:
        """Whether a cited outlet is the publisher itself, named in its own text ("told the
        Gazette" in the Gazette's story): a mention of the publisher, not a citation."""
        return self.outlet is not None and cited.outlet_id == self.outlet.id

    def cue_words(self, quote: Quote, limit: int = 30) -> str | None:
        """The verb of a partial or reported quote as the article writes it ("denied",
        "declined"), on one line and safe to show; None for direct quotes, scare quotes and
        quotes without one.

        Reported speech is the outlet's wording of what someone did with words: "rejected the
        claim that ..." is not the person saying the claim, so every output shows the verb
        beside the words (the reader's sidebar and details, the Markdown summary).
        """
        if quote.kind in ("direct", "scare") or quote.cue_span is None:
            return None
        if quote.cue == "according to":
            return None  # "according to" names a source; it is no act of the source's
        start, end = quote.cue_span
        # the verb with its particle: "pointed out", not "pointed"
        particle = _NEXT_WORD.match(self.text, end)
        if particle and f"{quote.cue} {particle.group(1)}" in _phrasal_verbs():
            end = particle.end()
        # and with the preposition that brings in what it reports: "argued against", "called
        # for" (only where that preposition stands right before the reported words)
        prep = _NEXT_WORD.match(self.text, end)
        if (
            prep
            and prep.group(1) in _preposition_frames(quote.cue or "")
            and not self.text[prep.end() : quote.span[0]].strip()
        ):
            end = prep.end()
        # the verb with its negation: "did not deny" must not read as "deny"
        denied = _DENIED.search(self.text, max(0, start - 30), start)
        words = self.excerpt((denied.start() if denied else start, end), limit)
        return words or None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": self.schema,
            "source": asdict(self.source),
            "text": self.text,
            "outlet": _plain(asdict(self.outlet)) if self.outlet else None,
            "people": [
                {**_plain(asdict(p)), "mention_count": p.mention_count} for p in self.people
            ],
            "quotes": [_plain(asdict(q)) for q in self.quotes],
            "assertions": [_plain(asdict(a)) for a in self.assertions],
            "loaded_terms": [_plain(asdict(t)) for t in self.loaded_terms],
            "sentences": [_plain(asdict(s)) for s in self.sentences],
            "cited_outlets": [_plain(asdict(c)) for c in self.cited_outlets],
            "dateline": _plain(asdict(self.dateline)) if self.dateline else None,
            "byline": _plain(asdict(self.byline)) if self.byline else None,
            "genre": _plain(asdict(self.genre)) if self.genre else None,
            "body_start": self.body_start,
            "model": self.model,
        }
        return d


def _plain(value: Any) -> Any:
    """Tuples become lists so the dict is exactly what JSON will hold."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _span(v: Any) -> Span | None:
    return (int(v[0]), int(v[1])) if v is not None else None


_Credited = TypeVar("_Credited", Dateline, Byline)


def _credited(v: Any, kind: type[_Credited]) -> _Credited | None:
    """A dateline or a byline read back: its span and the name it credits, or None."""
    if not v:
        return None
    span = _span(v.get("span"))
    if span is None:
        raise ValueError(f"a {kind.__name__.lower()} needs a span")
    return kind(span=span, credit=v.get("credit"))


def _genre(v: Any) -> Genre | None:
    if not v:
        return None
    span = _span(v.get("span"))
    if span is None:
        raise ValueError("a genre needs a span")
    return Genre(
        name=str(v["name"]),
        span=span,
        writer=bool(v.get("writer", False)),
        readers=bool(v.get("readers", False)),
    )


def report_from_dict(d: dict[str, Any]) -> Report:
    """Read a report back from its JSON form (the inverse of ``Report.to_dict``)."""
    outlet = None
    if d.get("outlet"):
        o = dict(d["outlet"])
        o["evidence_span"] = _span(o.get("evidence_span"))
        o["notes"] = [OutletNote(**n) for n in o.get("notes", [])]
        outlet = Outlet(**{k: v for k, v in o.items() if k in Outlet.__dataclass_fields__})
    return Report(
        text=d["text"],
        source=Source(**d.get("source", {})),
        outlet=outlet,
        people=[
            Person(
                id=p["id"],
                name=p["name"],
                role=p.get("role"),
                mentions=[(s, e) for s, e in p["mentions"]],
                quote_count=p.get("quote_count", 0),
            )
            for p in d.get("people", [])
        ],
        quotes=[
            Quote(
                **{
                    **q,
                    "span": _span(q["span"]),
                    "cue_span": _span(q.get("cue_span")),
                    "speaker_span": _span(q.get("speaker_span")),
                    "parts": [(int(a), int(b)) for a, b in q.get("parts") or []],
                    # absent from reports saved before joint speakers were linked
                    "joint_ids": [str(i) for i in q.get("joint_ids") or []],
                }
            )
            for q in d.get("quotes", [])
        ],
        assertions=[
            Assertion(**{**a, "span": _span(a["span"]), "cue_span": _span(a.get("cue_span"))})
            for a in d.get("assertions", [])
        ],
        loaded_terms=[
            LoadedTerm(**{**t, "span": _span(t["span"])}) for t in d.get("loaded_terms", [])
        ],
        sentences=[Sentence(**{**s, "span": _span(s["span"])}) for s in d.get("sentences", [])],
        cited_outlets=[
            CitedOutlet(**{**c, "span": _span(c["span"])}) for c in d.get("cited_outlets", [])
        ],
        dateline=_credited(d.get("dateline"), Dateline),
        byline=_credited(d.get("byline"), Byline),
        genre=_genre(d.get("genre")),
        body_start=d.get("body_start", 0),
        model=d.get("model"),
        schema=d.get("schema", SCHEMA_ID),
    )


# how a loaded term's voice is named for a reader, in each form: "short" in the sidebar's entry
# and the status line, "phrase" in the Markdown ("¶3, outlet's own words"), "gloss" in the
# details box. "{owner}" is whose piece it is (``Report.voice_owner``): "outlet", or "writer" in a
# letter or an op-ed, so the one place that asks the genre is ``voice_owner``.
VoiceForm = Literal["short", "phrase", "gloss"]
VOICE_FORMS: tuple[VoiceForm, ...] = ("short", "phrase", "gloss")
VOICE_NAMES: dict[str, tuple[str, str, str]] = {
    "outlet": ("{owner}", "{owner}'s own words", "the {owner}'s own words"),
    # someone else's label, pinned on by their verb ("Brandt called the vote a disgrace"): not
    # the {owner}'s own words, which is why v ("the {owner}'s own words only") hides it
    "reported": (
        "reported",
        "in reported speech",
        "someone else's words, as the {owner} reports them",
    ),
    "quoted": ("quoted", "quoted", "a quoted speaker's own words"),
}

# the voices of loaded terms that are someone else's choice of words (a quoted speaker's, or a
# label pinned by another's verb): what "the outlet's own words only" hides, in the reader and
# in its export
OTHERS_VOICES: frozenset[str] = frozenset({"quoted", "reported"})


def text_lines(text: str, start: int, limit: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-blank lines from ``start``, leading and trailing spaces cut (and
    a UTF-8 file's byte-order mark); at most ``limit`` of them. The reader's paragraphs are
    these lines of the body."""
    count = 0
    for m in re.finditer(r"[^\n]+", text[start:]):
        s, e = start + m.start(), start + m.end()
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e
            count += 1
            if limit is not None and count >= limit:
                return


def paragraph_number(report: Report, offset: int) -> int:
    """Which paragraph of the article holds ``offset``, counting from 1 as the reader shows
    them: each non-blank line of the body (the headline, if any, is the first)."""
    start = min(report.body_start, offset)
    before = report.text[start:offset]
    lines = before.split("\n")
    # the lines wholly before the offset's own line that hold text, then the offset's own
    return sum(1 for line in lines[:-1] if line.strip()) + 1


def place_of(report: Report, offset: int) -> str:
    """Where ``offset`` is, in a few cells: "headline", "subhead" or "¶3" (paragraph 3)."""
    paragraph = paragraph_number(report, offset)
    heading = any(s.heading and s.span[0] <= offset < s.span[1] for s in report.sentences)
    if heading:
        return "headline" if paragraph == 1 else "subhead"
    return f"¶{paragraph}"
