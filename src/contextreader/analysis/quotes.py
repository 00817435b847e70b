"""Quotes: who says what, with which verb, in which words.

Four kinds (``report.Quote.kind``):

- ``direct``: a whole statement in quotation marks ("...", “...”, or ‘...’ used as speech),
  including quotes that run over sentences and paragraphs (a paragraph that opens a quote without
  closing it continues into the next paragraph when that one opens with a mark again);
- ``partial``: a quoted fragment inside a sentence the outlet writes, attributed to a speaker;
- ``indirect``: reported speech, found on the dependency parse: a verb of saying (or thinking)
  from ``reporting_verbs.toml`` with a subject and a content clause/object (or the object of its
  preposition: "called for a ban", "talked about the budget"; or its object with "as": "sees the
  plan as a trap"), an "as" aside that sources the main clause ("as the Ledger reported, ..."),
  or "according to X" (a report it cites keeps its own source: "Polls show that ..., according
  to X"); an adjective of belief or feeling with a clause ("X was certain that ...", "X is upset
  that ...") and "made clear that ..." report their subject's mind;
- ``scare``: a short quoted word or phrase nobody is saying (no verb of saying governs it, or it
  sits inside another quote), and a quoted title in a naming position ('said on "Morning
  Table"', 'the "Clean Rivers" initiative'); it has no speaker.

Verbs of saying are looked up by lemma and by written form (the forms are generated from the
lexicon's lemmas), as the small model lemmatises some wrongly ("hopes" -> "hop"). "X said:"
with no quotation mark after the colon reports the rest of the line, or the next paragraph
(and the list items after it). "Asked about X, Roe said ..." is a passive: the asker is not
named, and Roe is the speaker of "said" only.

Speakers: the subject of the cue verb (followed through "who"/"which", conjoined verbs, "...,
saying" and "by saying"), searched after the quote (and in the next sentence when the quote ends
its own, '"...?" she asked'), then before it in the same sentence, then in the sentence before it
that introduces it ("X said:", also across a paragraph break after a colon), then a name and
colon opening the line ("Roe: '...'", as headlines and transcripts write). A pronoun or title
speaker resolves to a person mentioned before it (cr_people) whose gender fits (unknown fits
any), preferring a sentence subject in its own or the previous sentence over a more recent
object; a name that only qualifies the subject ("Roe's aides") is not the speaker, nor is a
dateline, nor a word inside the quote itself; a relative pronoun's mention takes in its
antecedent when they stand together ("critics who say"); a coordinated subject is taken whole
("Current and former officials"); a person named inside quotation marks is not the antecedent
of the pronoun that speaks them; the object of "led X to say" says it (not "promised X to"); an
inserted "X said," speaks for a fragment whose own verb is an agentless passive; "he's said"
is "he has said"; a document "saying" something speaks for its author ("X issued a statement
saying ...": X); a verb of saying the parser read as a noun or adjective still names its speaker
('"...," the document states', 'X accused Y of being "soft"'); a fragment with no cue of its
own shares the speaker of an earlier fragment in its sentence. A quote that ends its paragraph
and is signed on the next line ("— Jan Roe") is the signer's. A direct quote with no cue of its own
takes the speaker of the quote or report just before it ('..., Roe said. "..."'), and one
introduced by a colon takes the subject of its sentence ('Roe has a message: "..."').

Transcripts: a paragraph that opens with an upper-case speaker label and a colon ("ROE: ...",
also inside an opening mark that never closes) is a direct quote of the rest of the paragraph,
with the label as its speaker and no cue word (the turns come from cr_people).

One statement, one quote: '"A," X said. "B."' (B has no cue of its own and follows X's cue
sentence, in the paragraph or the next one) extends A; quoted fragments with the same cue are
one partial quote, as are fragments with no cue and one speaker in one sentence; but a fragment
in the outlet's sentence, its cue ending that sentence, and a quote of whole sentences after it
('Farms are "barely alive," Roe said. "Farming is ..."') are a partial and a direct quote with
one speaker; speech quoted
inside a quote belongs to the outer quote. A fragment's cue is the outermost verb of saying
above it ("She says he thinks it is 'a fraud'" reports her), or an inner one whose subject is
the same person nearer the quote ("Roe says that, though ..., she thinks it is 'sound'"); a
quote inside the cue's subject is not its content; and a fragment with no cue whose sentence has
a person as subject is that person's partial quote.
Marks: straight, curly, guillemets and two apostrophes ('' ... '') as some archives write
double marks; a mark after "=" is markup (id="..."), not a quote.

Everything is indexed by character offset, so a long article costs little more than the parse.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.people import GENDER_KEY, LABELS_KEY, TranscriptTurn
from contextreader.report import Quote

# two apostrophes stand for a double mark in some archives' plain text (''like this'')
_MARKS = re.compile("''|[\"“”‘’'«»]")
_OPENERS = set(" \t\n([{—–-/:;,") | {"“", '"', "‘", "«"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_NP_RIGHT_DEPS = {"prep", "compound", "flat", "nummod", "amod", "poss", "case", "pobj"}
SCARE_MAX_WORDS = 4
# frames named by a preposition: the object of that preposition is what the verb reports
# ("called for a ban", "talked about the plan", "warned of a crisis")
PREP_FRAMES = frozenset({"about", "for", "of", "on", "to", "against", "over"})
_RELATIVES = ("who", "that", "which")
# a line that opens with a name and a colon gives that name the quotes on it, as headlines and
# transcripts write them ("Roe: 'We Will Win'")
_COLON_LEAD = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?: on [^:\n]{1,80})?:[ \t]")
# "PLACE (Agency) – " opening a story: a credit, never part of what anyone says
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{1,40}(?:\([^)\n]{1,40}\))?\s*[–—-]{1,2}\s+")
# the same with a credit in parentheses and any case: "Paris, May 4 (Agency) — "
_CREDIT_LINE = re.compile(r"[A-Z][\w .,'’-]{1,40}\([^)\n]{1,40}\)\s*[–—-]{1,2}\s+")


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Reporting verbs with their frames, nouns of saying, pronouns with gender."""

    verbs: dict[str, frozenset[str]]
    thought: frozenset[str]
    nouns: frozenset[str]
    pronouns: dict[str, str]
    inflections: frozenset[str]
    phrasal: frozenset[str] = frozenset()
    phrasal_heads: frozenset[str] = frozenset()
    noun_preps: frozenset[str] = frozenset()
    as_it: frozenset[str] = frozenset()
    title_small: frozenset[str] = frozenset()  # words a title leaves in lower case
    as_clause: frozenset[str] = frozenset()  # verbs whose "as X <verb>" aside reports its clause
    light_verbs: frozenset[str] = frozenset()  # "made the case that": the subject holds the noun
    adjectives: frozenset[str] = frozenset()  # "was certain that ...": the subject's mind
    forms: dict[str, str] = field(default_factory=dict)  # written form -> lexicon lemma
    # verbs whose object does not do what their infinitive says ("Roe promised Doe to call")
    subject_control: frozenset[str] = frozenset()

    def lemma(self, tok: Token) -> str:
        """The lexicon lemma of a verb: the parser's lemma when the lexicon knows it, else the
        one its written form points to (the small model lemmatises "hopes" as "hop")."""
        lemma = tok.lemma_.lower()
        if lemma in self.verbs or lemma in self.as_it or lemma in self.phrasal_heads:
            return lemma
        return self.forms.get(tok.lower_, lemma)

    def is_cue(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        lemma = self.lemma(tok)
        if lemma in self.verbs:
            return True
        if lemma in self.as_it:
            return _as_it_aside(tok)
        return lemma in self.phrasal_heads and any(
            # the parser calls the particle "prt" or, as often, "advmod" ("shot back"); the
            # adjective of "made clear that ..." is an object predicate ("oprd")
            c.dep_ in ("prt", "advmod", "oprd", "acomp") and f"{lemma} {c.lower_}" in self.phrasal
            for c in tok.children
        )

    def frames(self, tok: Token) -> frozenset[str]:
        return self.verbs.get(self.lemma(tok), frozenset())


@cache
def cue_lexicon() -> CueLexicon:
    """Load and check ``reporting_verbs.toml`` and ``pronouns.toml`` once."""
    data = files("contextreader.data")
    raw = tomllib.loads(data.joinpath("reporting_verbs.toml").read_text("utf-8"))
    known = {"object", "infinitive", "quote", "as"} | PREP_FRAMES
    verbs: dict[str, frozenset[str]] = {}
    for section in ("speech", "thought"):
        for lemma, frames in raw[section].items():
            if not set(frames) <= known:
                raise ValueError(f"reporting_verbs.toml: {lemma}: unknown frame in {frames}")
            verbs[lemma] = frozenset(frames)
    irregular: dict[str, list[str]] = raw["irregular"]
    phrasal_heads = frozenset(v.split()[0] for v in raw["phrasal"]["verbs"])
    as_it = frozenset(raw["as_it"]["verbs"])
    forms: dict[str, str] = {}
    for lemma in [*verbs, *phrasal_heads, *as_it]:
        for form in [*irregular.get(lemma, []), *regular_forms(lemma)]:
            forms.setdefault(form, lemma)
    said = {f for v in raw["speech"] for f in [*irregular.get(v, []), _inflect(v), _third(v)]}
    pron = tomllib.loads(data.joinpath("pronouns.toml").read_text("utf-8"))["pronouns"]
    return CueLexicon(
        verbs=verbs,
        thought=frozenset(raw["thought"]),
        nouns=frozenset(raw["nouns"]["words"]),
        noun_preps=frozenset(raw["nouns"]["preps"]),
        pronouns={str(k): str(v) for k, v in pron.items()},
        inflections=frozenset(said),
        phrasal=frozenset(raw["phrasal"]["verbs"]),
        phrasal_heads=phrasal_heads,
        as_it=as_it,
        title_small=frozenset(raw["titles"]["small_words"]),
        as_clause=frozenset(raw["as_clause"]["verbs"]),
        light_verbs=frozenset(raw["nouns"].get("light_verbs", [])),
        adjectives=frozenset(raw["adjectives"]["words"]),
        forms=forms,
        subject_control=frozenset(raw["subject_control"]["verbs"]),
    )


def _as_it_aside(tok: Token) -> bool:
    """ "as Roe puts it": the verb has "as" before it and "it" as its object."""
    kids = list(tok.children)
    has_as = any(c.lower_ == "as" and c.i < tok.i for c in kids) or (
        tok.i > 1 and tok.doc[tok.i - 2].lower_ == "as"
    )
    return has_as and any(c.lower_ == "it" and c.dep_ in ("dobj", "dep") for c in kids)


def _inflect(lemma: str) -> str:
    """The past form of a regular verb; irregular ones ("said", "told") come from the data."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _third(lemma: str) -> str:
    """The third person singular present of a verb ("says", "pushes", "denies")."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


_VOWELS = "aeiou"


def regular_forms(lemma: str) -> list[str]:
    """The lemma with its regular "-s", "-ed" and "-ing" forms.

    Where spelling may double the last consonant ("admit" -> "admitted", "plan" -> "planning")
    both spellings are listed: a form no one writes costs nothing in a lookup table.
    """
    if " " in lemma:
        return [lemma]
    out = [lemma, _third(lemma), _inflect(lemma)]
    if lemma.endswith("ie"):
        out.append(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        out.append(lemma[:-1] + "ing")
    else:
        out.append(lemma + "ing")
    last = lemma[-1]
    if (
        len(lemma) >= 3
        and last not in _VOWELS + "wxy"
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    ):
        out += [lemma + last + "ed", lemma + last + "ing"]
    return out


# -- quotation marks ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Pair:
    """One matched pair of marks: the content is text[start:end]."""

    start: int
    end: int
    single: bool
    nested: bool = False  # inside another quote
    gap: tuple[int, int] | None = None  # the cue between the parts of a split quote
    w: int = 1  # width of each mark (2 for '' used as a double mark)


def _is_open(text: str, i: int, w: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + w] if i + w < len(text) else " "
    return (prev in _OPENERS or prev.isspace()) and not nxt.isspace()


def _is_close(text: str, i: int, w: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + w] if i + w < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


def find_pairs(text: str, start: int = 0) -> list[_Pair]:
    """Pair quotation marks, paragraph by paragraph, surviving stray and nested marks.

    Double marks pair with each other; single marks pair inside a paragraph only when they look
    like quotes (an apostrophe has a letter after it). A double quote left open at a paragraph's
    end continues when the next paragraph opens with a double mark, as news style writes it.
    """
    pairs: list[_Pair] = []
    open_d: int | None = None  # index of the open double mark
    open_s: int | None = None
    para_end = -1
    open_w = 1  # width of the open double mark
    for m in _MARKS.finditer(text, start):
        i, ch = m.start(), m.group()
        w = len(ch)
        if w == 2:
            ch = '"'
        if i > 0 and text[i - 1] == "=":
            continue  # markup left in the text: an attribute value (id="..."), not a quote
        if i > para_end:  # a new paragraph
            nl = text.find("\n", i)
            para_end = len(text) if nl < 0 else nl
            prev_nl = text.rfind("\n", 0, i)
            at_para_start = not text[prev_nl + 1 : i].strip()
            open_s = None
            if open_d is not None and not (at_para_start and ch in '“"«'):
                _close_unfinished(text, open_d, pairs, open_w)
                open_d = None
            elif open_d is not None:
                continue  # the continuation mark of a multi-paragraph quote
        role = _double_role(text, i, ch, open_d is not None, w) if ch in '“”«»"' else None
        if role == "open":
            open_d, open_w = i, w
            open_s = None
            continue
        if role == "close" and open_d is not None:
            pairs.append(_Pair(open_d + open_w, i, single=False, w=open_w))
            open_d = None
            open_s = None
            continue
        if ch in '“”«»"':
            continue
        # single marks
        if ch in "‘'" and _is_open(text, i) and open_s is None:
            open_s = i
        elif ch in "’'" and open_s is not None and _is_close(text, i) and i - open_s < 200:
            pairs.append(_Pair(open_s + 1, i, single=True, nested=open_d is not None))
            open_s = None
    if open_d is not None:
        _close_unfinished(text, open_d, pairs, open_w)
    return sorted(pairs, key=lambda p: p.start)


def _double_role(text: str, i: int, ch: str, pending: bool, w: int = 1) -> str | None:
    """open / close / None (stray) for a double mark, trusting its context over its glyph."""
    o, c = _is_open(text, i, w), _is_close(text, i, w)
    if ch in "“«":
        return "close" if pending and c and not o else "open"
    if ch in "”»":
        return "open" if o and not c and not pending else "close"
    if pending:
        return "close"
    return "open" if o or not c else None


def _close_unfinished(text: str, open_i: int, pairs: list[_Pair], w: int = 1) -> None:
    """An open mark with no close: a quote to the paragraph's end when it opens the paragraph."""
    prev_nl = text.rfind("\n", 0, open_i)
    before = text[prev_nl + 1 : open_i].rstrip()
    if before and not before.endswith(":"):
        return
    nl = text.find("\n", open_i)
    end = len(text) if nl < 0 else nl
    while end > open_i + 1 and text[end - 1].isspace():
        end -= 1
    if end - open_i > 20:
        pairs.append(_Pair(open_i + w, end, single=False, w=w))


def _mark_nested(pairs: list[_Pair]) -> None:
    """A pair inside another pair is nested (a quote within a quote)."""
    outer_end = -1
    for p in pairs:
        if p.start < outer_end:
            p.nested = True
        elif not p.single:
            outer_end = p.end


# -- the doc index -----------------------------------------------------------------------------


class _Index:
    """Offsets to tokens, sentences and person mentions, by bisection."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text is rebuilt on every access: read it once
        self.tok_starts = [t.idx for t in doc]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        people = doc.spans.get("cr_people", [])
        ms = sorted((s.start_char, s.end_char, s._.cr_person_id) for s in people)
        self.men_starts = [m[0] for m in ms]
        self.mentions = ms
        self.gender: dict[str, str] = doc.user_data.get(GENDER_KEY, {})
        self.names = [(w, p.id) for p in doc._.cr_people or [] for w in p.name.split()]
        self.quoted: list[tuple[int, int]] = []  # the quoted stretches, each part on its own
        self.quoted_starts: list[int] = []

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        self.quoted = sorted(spans)
        self.quoted_starts = [s for s, _ in self.quoted]

    def in_quote(self, char: int) -> bool:
        """True when text[char] lies between quotation marks."""
        i = bisect_right(self.quoted_starts, char) - 1
        return i >= 0 and char < self.quoted[i][1]

    def token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.tok_starts, char) - 1)]

    def sent_at(self, char: int) -> Span:
        return self.sents[max(0, bisect_right(self.sent_starts, char) - 1)]

    def person_in(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The first person mention inside [start, end)."""
        i = bisect_left(self.men_starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                return self.mentions[i]
            i += 1
        # a mention that covers the range ("the ambassador" for the head "ambassador")
        i = bisect_right(self.men_starts, start) - 1
        if i >= 0 and self.mentions[i][1] >= end:
            return self.mentions[i]
        return None

    def person_named(self, name: str) -> str | None:
        """The one person whose name holds the last word of ``name`` ("Roe" -> Jan Roe)."""
        last = name.split()[-1]
        ids = {pid for key, pid in self.names if key == last}
        return ids.pop() if len(ids) == 1 else None

    def person_before(self, char: int, gender: str) -> str | None:
        """The person a pronoun at ``char`` most likely stands for.

        Gender is a soft constraint (a person of unknown gender fits any pronoun). Among the
        fitting mentions in the pronoun's sentence and the one before it, a sentence subject
        wins over a more recent object ("Roe met Doe; she said" is usually Roe); past that
        window the most recent fitting mention is taken. A person named inside quotation
        marks is someone the speaker talks about ('"Doe will lose," he said'), not the
        speaker, unless the pronoun itself is quoted.
        """
        i = bisect_left(self.men_starts, char) - 1
        si = bisect_right(self.sent_starts, char) - 1
        floor = self.sent_starts[max(0, si - 1)] if si >= 0 else 0
        first: str | None = None
        outside = not self.in_quote(char)
        while i >= 0 and char - self.mentions[i][0] < 3000:
            start, end, pid = self.mentions[i]
            if outside and self.in_quote(start):
                i -= 1
                continue
            g = self.gender.get(pid, "")
            if gender in ("any", "") or not g or g == gender:
                if start < floor:
                    return first or pid
                if self.is_subject(start, end):
                    return pid
                first = first or pid
            i -= 1
        return first

    def is_subject(self, start: int, end: int) -> bool:
        """True when the mention text[start:end] is (part of) a clause's subject."""
        tok = self.token_at(max(start, end - 1))
        seen = 0
        while tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok and seen < 4:
            tok = tok.head
            seen += 1
        return tok.dep_ in ("nsubj", "nsubjpass")


# -- speakers ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Speaker:
    span: tuple[int, int]
    text: str
    person: str | None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb of saying, following conjunctions, "..., saying" and "who"."""
    for c in verb.children:
        if c.dep_ in _SUBJECT_DEPS:
            return c
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _subject(verb.head.head, depth + 1)  # "X ended by saying ..."
    if verb.dep_ == "xcomp":
        controller = _object_controller(verb)
        if controller is not None:
            return controller
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        return _subject(verb.head, depth + 1)
    return None


def _object_controller(verb: Token) -> Token | None:
    """ "The leak led Roe to announce ...", "leaving some to question ...": the object of the
    verb above an infinitive is who does what the infinitive says, not that verb's subject."""
    head = verb.head
    if head.lemma_.lower() in cue_lexicon().subject_control or not any(
        c.lower_ == "to" for c in verb.children
    ):
        return None
    for c in head.children:
        if c.dep_ in ("dobj", "dative") and c.i < verb.i:
            return c
    return None


def _according_source(tok: Token) -> Token | None:
    """``according to X``: X."""
    for c in tok.children:
        if c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _np_end(head: Token, depth: int = 0) -> int:
    """Token index after a noun phrase's head and the modifiers right after it, coordinated
    noun phrases included ("Democrats and Republicans in the senate"; "Current and former
    officials" parsed with "Current" as the head and "officials" as its conjunct)."""
    end = head.i + 1
    for c in head.rights:
        if c.dep_ in _NP_RIGHT_DEPS and c.i == end:
            end = c.right_edge.i + 1
        elif c.dep_ == "cc" and c.i == end:
            end = c.i + 1
        elif (
            c.dep_ == "conj"
            and c.left_edge.i == end
            and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
            and depth < 4
        ):
            end = _np_end(c, depth + 1)
        else:
            break
    doc = head.doc
    while end > head.i + 1 and doc[end - 1].dep_ == "cc":
        end -= 1  # "and" with nothing coordinated after it
    return end


def _np_span(head: Token) -> tuple[int, int]:
    """The noun phrase of a subject, without relative clauses or appositions after it."""
    start = head.left_edge.i
    end = _np_end(head)
    doc = head.doc
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].is_quote or "\n" in doc[i].text:
            start = i + 1  # a subject never reaches back into the quote before it
            break
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or (doc[start].dep_ in ("advmod", "cc", "preconj") and start < head.i)
    ):
        start += 1  # "even Roe's aides": the focus word is no part of who speaks
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    if end - start > 14:
        start = head.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and start > head.i - 4:
            start -= 1
        end = head.i + 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _speaker(head: Token, ix: _Index, lex: CueLexicon, depth: int = 0) -> _Speaker:
    """The speaker of a subject token: a person when one is named or referred to."""
    if head.lower_ in _RELATIVES and head.head.dep_ == "relcl" and depth == 0:
        # "critics who say ...": the mention is the noun phrase with its relative pronoun when
        # they stand together, else the pronoun alone; the person is the antecedent's
        ante = _speaker(head.head.head, ix, lex, 1)
        s, e = _np_span(head.head.head)
        if s < head.idx and not ix.text[e : head.idx].strip(" ,"):
            return _Speaker((s, head.idx + len(head.text)), ix.text[s:e], ante.person)
        return _Speaker((head.idx, head.idx + len(head.text)), head.text, ante.person)
    if head.lower_ in lex.pronouns:
        g = lex.pronouns[head.lower_]
        pid = ix.person_before(head.idx, g) if g in ("male", "female") else None
        return _Speaker((head.idx, head.idx + len(head.text)), head.text, pid)
    s, e = _np_span(head)
    m = ix.person_in(head.idx, head.idx + len(head.text))
    if m is None and head.pos_ == "PROPN":
        # a name around the head ("President Jan Roe"); never a name that only qualifies
        # another head ("Roe's advisers" are not Roe)
        m = ix.person_in(s, e)
    for c in head.children:
        if m is None and c.dep_ == "appos":
            m = ix.person_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
    if m is not None:
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    return _Speaker((s, e), ix.text[s:e], None)


def _cue_speaker(cue: Token, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    if cue.lower_ != "according" and _as_aside(cue, lex):
        # "as first reported by the Ledger": the aside's own subject or agent, never the
        # subject of the clause it reports
        own = next((c for c in cue.children if c.dep_ == "nsubj"), None) or _agent(cue)
        return _speaker(own, ix, lex) if own is not None else None
    if _bare_participle(cue):
        asker = _agent(cue)
        return _speaker(asker, ix, lex) if asker is not None else None
    subj = _according_source(cue) if cue.lower_ == "according" else _subject(cue)
    if subj is None:
        subj = _document_holder(cue, lex)
    if subj is None:
        return None
    if subj.dep_ == "nsubjpass" and subj.head.i == cue.i and not _contracted_perfect(cue, subj):
        # "X was asked whether ...", "X is expected to ...": the subject is who the words are
        # about; the speaker is the agent ("by Y") or no one named
        agent = _agent(cue)
        if agent is None:
            return None
        subj = agent
    relative = subj.lower_ in _RELATIVES and subj.head.dep_ == "relcl"
    # "it said" / "it read" speaks for a thing named before (a letter, a company); "it is
    # said", "it is thought" name no speaker at all
    thing = subj.lower_ == "it" and subj.dep_ == "nsubj" and lex.lemma(cue) not in lex.thought
    if subj.lower_ in ("it", "there", "this", "that", "which") and not (relative or thing):
        return None
    credit_end = _dateline_end(subj, ix)
    if credit_end is not None:
        # the parser took the dateline for the subject: the speaker is named after it
        m = ix.person_in(credit_end, max(credit_end, cue.idx))
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2]) if m else None
    return _speaker(subj, ix, lex)


def _document_holder(cue: Token, lex: CueLexicon) -> Token | None:
    """Who puts out the words a document says: 'Roe issued a statement saying ...', 'her
    office released a video saying ...', 'Roe's letter saying ...'.

    A participle of saying that describes a noun has no subject of its own; the words are those
    of the noun's author: its possessor, its "by"/"from" X, or the subject of a verb that puts
    words forward (``light_verbs``: issue, release, send, post ...). A thing merely seen or held
    ("a sign saying ...") names no author.
    """
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.pos_ != "NOUN":
        return None
    noun = cue.head
    for c in noun.children:
        if c.dep_ == "poss":
            # "she revised her statement saying ...": the clause's subject names the author
            # better than the possessive pronoun bound by it
            subj = _subject(noun.head) if noun.dep_ == "dobj" else None
            if c.lower_ in _POSSESSIVES and subj is not None and subj.i < c.i:
                return subj
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < cue.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lex.light_verbs:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _contracted_perfect(cue: Token, subj: Token) -> bool:
    """ "He's said he will run": "'s" before a participle is "has" when the subject is a person
    ("it's said that ..." stays a passive with no speaker)."""
    return subj.lower_ not in ("it", "there", "this", "that", "which") and any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in cue.children
    )


def _agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb: X."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def is_agentless_passive(cue: Token) -> bool:
    """A passive verb of saying or thinking with no "by X": its words belong to no one named."""
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)
    if subj is not None and _contracted_perfect(cue, subj):
        return False
    return (passive or _bare_participle(cue)) and _agent(cue) is None


def _bare_participle(cue: Token) -> bool:
    """ "Asked about the budget, Roe said ...", "When told of the vote, Roe ...": a past
    participle opening an adverbial clause with no subject or auxiliary of its own is passive.
    The main clause's subject is who was asked, not who asked; the asker goes unnamed."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in ("advcl", "acl")
        and cue.i < cue.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
    )


def _dateline_end(tok: Token, ix: _Index) -> int | None:
    """Where the dateline ends when ``tok`` is part of one ("PARIS (Agency) —"), else None."""
    line_start = ix.text.rfind("\n", 0, tok.idx) + 1
    if tok.idx - line_start > 60:
        return None
    m = _DATELINE.match(ix.text, line_start) or _CREDIT_LINE.match(ix.text, line_start)
    return m.end() if m is not None and tok.idx < m.end() else None


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _cue_tokens(tokens: list[Token], lex: CueLexicon) -> list[Token]:
    return [t for t in tokens if lex.is_cue(t) or _is_according(t)]


# -- building quotes ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Builder:
    doc: Doc
    ix: _Index
    lex: CueLexicon
    quotes: list[Quote]

    def add(
        self, kind: str, span: tuple[int, int], cue: Token | None, spk: _Speaker | None
    ) -> Quote:
        q = Quote(
            id=f"quote{len(self.quotes) + 1}",
            kind=kind,  # type: ignore[arg-type]
            span=span,
            cue_span=(cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
            cue="according to"
            if cue is not None and cue.lower_ == "according"
            else (self.lex.lemma(cue) if cue is not None else None),
            speaker_id=spk.person if spk else None,
            speaker_text=spk.text if spk else None,
            speaker_span=spk.span if spk else None,
        )
        if cue is not None and cue.lower_ == "according":
            q.cue_span = (cue.idx, cue.idx + len("according to"))
        self.quotes.append(q)
        return q


def _tokens_between(ix: _Index, start: int, end: int) -> list[Token]:
    if start >= end:
        return []
    a = bisect_left(ix.tok_starts, start)
    b = bisect_left(ix.tok_starts, end)
    return [ix.doc[i] for i in range(a, b)]


def _outside(tokens: list[Token], pairs: list[tuple[int, int]]) -> list[Token]:
    """Tokens not inside any quoted span (so a cue inside another quote is not taken)."""
    return [t for t in tokens if not any(s <= t.idx < e for s, e in pairs)]


def _direct_cue(
    p: _Pair, ix: _Index, lex: CueLexicon, spans: list[tuple[int, int]]
) -> tuple[Token | None, _Speaker | None]:
    """The cue and speaker of a direct quote: after it, before it, in the sentence before."""
    text = ix.text
    if p.gap is not None:
        found = _gap_speaker(p, ix, lex)
        if found is not None:
            return found
    if _after_colon(p, ix) and _ends_sentence(p, ix):
        # 'The campaign said in a statement: "..." The campaign did not elaborate.': the verb
        # before the colon introduces a quote that ends its sentence, not the sentence after
        # (a cue after the mark, '...: "...," he said.', still comes first)
        found_before = _cue_before(p, ix, lex, spans)
        if found_before is not None:
            return found_before
    after = _after_quote(p, ix, spans)
    if after and after[0].text in ("―", "—", "–", "-", "--"):
        m = ix.person_in(after[0].idx, after[min(len(after) - 1, 6)].idx + 1)
        if m is not None:
            return None, _Speaker((m[0], m[1]), text[m[0] : m[1]], m[2])
    signed = _signature(p, ix)
    if signed is not None:
        return None, signed
    for cue in _cue_tokens(after[:10], lex):
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and _within_quote(spk, p):
            spk = _subject_outside(cue, p, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, spk
    untagged = _untagged_cue(p, after, ix, lex)
    if untagged is not None:
        return untagged
    # '"...," Jan Roe, the long-serving mayor of the town, said.': a long apposition
    if len(after) > 10:
        near = after[min(3, len(after) - 1)].idx
        for cue in _cue_tokens(after[10:40], lex):
            spk = _cue_speaker(cue, ix, lex)
            if spk is not None and spk.span[0] <= near:
                return cue, spk
    found_before = _cue_before(p, ix, lex, spans)
    if found_before is not None:
        return found_before
    open_sent = _open_sent(p, ix)
    # 'Roe has a new message: "..."': a sentence that introduces its quote with a colon
    if text[open_sent.start_char : p.start - p.w].rstrip().endswith(":"):
        spk = _person_subject(open_sent, p, ix, lex)
        if spk is not None:
            return None, spk
    # "X said:" / "X added," ending the sentence before; "X explained:" may end the paragraph
    si = bisect_right(ix.sent_starts, open_sent.start_char)
    if si >= 2 and not text[open_sent.start_char : p.start - p.w].strip():
        prev = ix.sents[si - 2]
        between = text[prev.end_char : open_sent.start_char]
        ending = prev.text.rstrip()[-1:]
        if (ending == ":" and between.count("\n") <= 2) or (ending == "," and "\n" not in between):
            for cue in reversed(_cue_tokens(list(prev), lex)):
                spk = _cue_speaker(cue, ix, lex)
                if spk is not None:
                    return cue, spk
            if ending == ":":
                spk = _sentence_subject(prev, ix, lex)
                if spk is not None:
                    return None, spk
    return None, _colon_lead(p.start, ix)


def _ends_sentence(p: _Pair, ix: _Index) -> bool:
    """True when nothing but punctuation follows the quote's closing mark in its sentence."""
    sent = ix.sent_at(min(p.end + p.w, len(ix.text) - 1))
    tail = ix.text[p.end + p.w : max(sent.end_char, p.end + p.w)]
    return not any(ch.isalnum() for ch in tail) or sent.start_char >= p.end + p.w


def _cue_before(
    p: _Pair, ix: _Index, lex: CueLexicon, spans: list[tuple[int, int]]
) -> tuple[Token, _Speaker] | None:
    """The nearest verb of saying before a quote in its sentence, with a speaker outside it."""
    open_sent = _open_sent(p, ix)
    before = _outside(_tokens_between(ix, open_sent.start_char, p.start - p.w), spans)
    for cue in reversed(_cue_tokens(before, lex)):
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, spk
    return None


def _untagged_cue(
    p: _Pair, after: list[Token], ix: _Index, lex: CueLexicon
) -> tuple[Token, _Speaker] | None:
    """'"...," the document states, ...' or '"...!" the nominee, Jan Roe, tweeted Sunday': a
    quote that ends its clause, then a noun phrase and a past or present form of a verb of
    saying that the parser read as a noun or an adjective ("states", "tweeted"). The words
    between the mark and that form name the speaker (a person named there, else the phrase).
    """
    if ix.text[p.end - 1 : p.end] not in (",", "?", "!") or not after:
        return None
    words = [t for t in after[:12] if not t.is_space]
    for k, tok in enumerate(words):
        if tok.is_punct and tok.text not in (",", "-"):
            return None  # the sentence or clause ended before any verb of saying
        if k == 0 or tok.pos_ in ("VERB", "AUX") or tok.lower_ not in lex.inflections:
            continue
        lead = [t for t in words[:k] if not t.is_punct]
        if not lead or lead[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ"):
            return None
        s, e = lead[0].idx, lead[-1].idx + len(lead[-1].text)
        m = ix.person_in(s, e)
        if m is not None:
            return tok, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
        return tok, _Speaker((s, e), ix.text[s:e], ix.person_named(ix.text[s:e]))
    return None


SUBJECT_KINDS = ("partial", "short")
# a line that signs the quote above it: "— Jan Roe" or "-Jan Roe, Springfield"
_SIGNATURE = re.compile(r"[ \t]*[―—–-]{1,2}[ \t]*(?=[A-Z])")
_SIGNED_NAME = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?=[,.;:]|\s*$)")


def _signature(p: _Pair, ix: _Index) -> _Speaker | None:
    """A quote that ends its paragraph and is signed by the next line ("— Jan Roe")."""
    text = ix.text
    rest = text[p.end + p.w : p.end + p.w + 4]
    if "\n" not in rest or rest.split("\n", 1)[0].strip(" .,"):
        return None
    line = text.find("\n", p.end + p.w)
    while line < len(text) and text[line] in "\n \t":
        line += 1
    m = _SIGNATURE.match(text, line)
    if m is None:
        return None
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    if end - m.end() > 100:
        return None  # a paragraph of prose, not a signature
    found = ix.person_in(m.end(), min(m.end() + 40, end))
    if found is not None and found[0] == m.end():
        return _Speaker((found[0], found[1]), text[found[0] : found[1]], found[2])
    name = _SIGNED_NAME.match(text, m.end(), end)
    if name is None:
        return None
    return _Speaker(name.span(), name.group(), ix.person_named(name.group()))


def _subject_outside(cue: Token, p: _Pair, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """A second subject the parser gave the cue, outside the quote ('"... you do," Roe said'
    parsed with both "Everything" and "Roe" as subjects of "said")."""
    for c in cue.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not p.start <= c.idx < p.end + p.w:
            return _speaker(c, ix, lex)
    return None


def _after_colon(p: _Pair, ix: _Index) -> bool:
    """True when the quote follows a colon in its own sentence ('saying: "..."')."""
    sent = _open_sent(p, ix)
    return ix.text[sent.start_char : p.start - p.w].rstrip().endswith(":")


def _within_quote(spk: _Speaker, p: _Pair) -> bool:
    """True when a speaker found for a quote lies in its quoted words (the parse took a word
    of the quote for the cue's subject); the cue between the parts of a split quote is not."""
    s, e = spk.span
    if p.gap is not None and p.gap[0] <= s and e <= p.gap[1]:
        return False
    return p.start <= s and e <= p.end


def _gap_speaker(p: _Pair, ix: _Index, lex: CueLexicon) -> tuple[Token, _Speaker] | None:
    """The cue and speaker between the parts of a split quote ('"A," X said, "B."').

    When the parse gives the cue a subject inside the quote, the person named in the gap is
    the speaker.
    """
    assert p.gap is not None
    for cue in _cue_tokens(_tokens_between(ix, *p.gap), lex):
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and not _within_quote(spk, p):
            return cue, spk
        m = ix.person_in(*p.gap)
        if m is not None:
            return cue, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
        words = [t for t in _tokens_between(ix, p.gap[0], cue.idx) if not t.is_punct]
        if spk is not None and words:
            # '"A," the former minister said, "B."': the words before the cue name the speaker
            s, e = words[0].idx, words[-1].idx + len(words[-1].text)
            return cue, _Speaker((s, e), ix.text[s:e], None)
    return None


def _person_subject(sent: Span, p: _Pair, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """The person a sentence is about, when it quotes their words without a verb of saying.

    'Roe called the plan "a disgrace"' or 'Roe pushed his promise of "free lunches"': the
    quoted words are the subject's own when the subject is a person (named, or a pronoun or
    title that refers back to one) and stands outside the quote.
    """
    subj = _subject(sent.root)
    if subj is None or p.start <= subj.idx < p.end:
        return None
    spk = _speaker(subj, ix, lex)
    return spk if spk.person is not None else None


def _misread_main_cue(
    sent: Span, p: _Pair, ix: _Index, lex: CueLexicon
) -> tuple[Token, _Speaker] | None:
    """ "Roe accused Doe of being "soft"", parsed as a noun phrase: "Roe" a compound, "accused"
    an adjective of "Doe", the root. A past form of a verb of saying or stance ("accused",
    "blasted") right after a named person and before the quote, read as a modifier of the
    noun after it, is the verb of that person, who says the quoted words."""
    for tok in sent:
        if tok.idx >= p.start - p.w:
            return None
        if tok.dep_ != "amod" or tok.head.i <= tok.i or tok.i == sent.start:
            continue
        if not tok.lower_.endswith("ed") or lex.forms.get(tok.lower_) not in lex.verbs:
            continue
        prev = tok.doc[tok.i - 1]
        end = prev.idx + len(prev.text)
        m = ix.person_in(prev.idx, end)
        if m is not None and m[1] == end:
            return tok, _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    return None


def _open_sent(p: _Pair, ix: _Index) -> Span:
    """The sentence a quote opens in; a mark the parser left at the end of the one before it
    ('... way. "It is' split after the mark) opens the next sentence, not that one."""
    mark = ix.sent_at(p.start - p.w)
    inner = ix.sent_at(p.start)
    if inner.start_char == mark.start_char:
        return mark
    # 'Roe added: "It is' keeps its introduction; '... way. "It is' starts afresh
    before = ix.text[mark.start_char : p.start - p.w].rstrip()
    return inner if before.endswith((".", "?", "!", "…", '"', "”", "'", "’")) else mark


def _after_quote(p: _Pair, ix: _Index, spans: list[tuple[int, int]]) -> list[Token]:
    """Tokens after the closing mark to the end of its sentence, outside other quotes.

    When the quote ends its sentence ('"... now?" Roe asked.' is often split there) the next
    sentence of the same paragraph is read instead.
    """
    text = ix.text
    close_sent = ix.sent_at(min(p.end + p.w, len(text) - 1))
    after = _outside(_tokens_between(ix, p.end + p.w, close_sent.end_char), spans)
    if not [t for t in after if not (t.is_punct or t.is_space)]:
        i = bisect_right(ix.sent_starts, close_sent.start_char)
        nxt = ix.sents[i] if i < len(ix.sents) else None
        if nxt is not None and "\n" not in text[p.end : nxt.start_char]:
            after = _outside(_tokens_between(ix, nxt.start_char, nxt.end_char), spans)
    return after


def _sentence_subject(sent: Span, ix: _Index, lex: CueLexicon) -> _Speaker | None:
    """The speaker a sentence introducing a quote names: its subject or source, a person."""
    root = sent.root
    subj = _subject(root)
    if subj is not None and subj.lower_ not in ("it", "there", "this", "that", "which"):
        return _speaker(subj, ix, lex)
    m = ix.person_in(sent.start_char, sent.end_char)
    if m is not None:
        return _Speaker((m[0], m[1]), ix.text[m[0] : m[1]], m[2])
    return None


def _colon_lead(start: int, ix: _Index) -> _Speaker | None:
    """ "Name: ... 'quote'" on one line: the name before the colon is the speaker.

    The name opens the line or a dash-led part of it ("... - Name: '...'"), or is a person
    named right before the colon that opens the quote ("More from Jan Roe: '...'").
    """
    text = ix.text
    line_start = text.rfind("\n", 0, start) + 1
    for lead in (line_start, _after_dash(text, line_start, start)):
        m = _COLON_LEAD.match(text, lead, start) if lead is not None else None
        if m is not None:
            s, e = m.span(1)
            found = ix.person_in(s, e)
            pid = found[2] if found is not None else ix.person_named(m.group(1))
            return _Speaker((s, e), m.group(1), pid)
    before = text[line_start : start - 1].rstrip()
    if before.endswith(":"):
        colon = line_start + len(before) - 1
        men = ix.person_in(max(line_start, colon - 60), colon)
        if men is not None and not text[men[1] : colon].strip():
            return _Speaker((men[0], men[1]), text[men[0] : men[1]], men[2])
    return None


def _after_dash(text: str, start: int, end: int) -> int | None:
    """Offset after the last spaced dash (" - ", " — ") in text[start:end], or None."""
    best = max(text.rfind(d, start, end) for d in (" - ", " – ", " — "))
    return best + 3 if best >= 0 else None


def _words(text: str) -> int:
    return len(text.split())


def _classify(p: _Pair, ix: _Index) -> str:
    """direct / partial / scare for a quoted span, from where it sits in its sentence."""
    text = ix.text
    content = text[p.start : p.end]
    n = _words(content)
    if p.nested:
        return "scare" if n <= SCARE_MAX_WORDS else "direct"
    open_sent = _open_sent(p, ix)
    close_sent = ix.sent_at(p.end)
    before = text[open_sent.start_char : p.start - p.w].strip()
    after = text[p.end + p.w : close_sent.end_char].strip()
    starts_clause = not before or before.endswith((":", ",", "—", "–", "-")) or "\n" in content
    # a quote inside the quote may end it: '"... is 'She knows,'" Roe said.'
    tail = content.rstrip().rstrip("’'\"”»")
    ends_clause = not after or after[:1] in ",.;?!—–-:" or tail.endswith((".", ",", "?", "!", "…"))
    if starts_clause and ends_clause and n >= 3:
        return "direct"
    if not before and content.rstrip()[-1:] in ",?!" and not p.single:
        return "utterance"  # '"Too late?" she asked.': a whole (short) turn of speech
    if n <= SCARE_MAX_WORDS:
        return "short"
    return "partial"


# what may stand between the quoted items of a list of titles ("“A,” “B” and “C”")
_LIST_GLUE = re.compile(r"[\s,]*(?:(?:and|or|&)\s+)?")


def _title_case(tokens: list[Token], small: frozenset[str]) -> bool:
    """Every word capitalised but the small ones a title leaves in lower case."""
    words = [t for t in tokens if t.is_alpha or t.like_num]
    if not words or not (words[0].text[:1].isupper() or words[0].like_num):
        return False
    return all(t.text[:1].isupper() or t.like_num or t.lower_ in small for t in words)


def _names_a_title(p: _Pair, ix: _Index, lex: CueLexicon, title_end: int) -> bool:
    """Quoted words in title case that name a work, a show, a slogan or a campaign.

    'said on "Sunday Table"', 'the Ledger's "Morning Desk"', 'the documentary "Harbour Lights"',
    'the "Clean Rivers" initiative': nobody is saying these words, they are a name. Only a name in a
    naming position counts: after a preposition, a possessive or a common noun it names, before a
    noun it modifies, or in a list right after another such title. In a headline written in title
    case the test says nothing (every word is capitalised there), so the sentence around the quote
    must have a lower-case word of its own.
    """
    inner = _tokens_between(ix, p.start, p.end)
    if not _title_case(inner, lex.title_small) or len([t for t in inner if t.is_alpha]) > 12:
        return False
    sent = ix.sent_at(p.start)
    outside = [t for t in sent if not p.start - p.w <= t.idx < p.end + p.w and t.is_alpha]
    if not any(t.text[:1].islower() and t.lower_ not in lex.title_small for t in outside):
        return False
    text = ix.text
    if title_end >= 0 and p.start - p.w >= title_end:
        glue = _LIST_GLUE.match(text, title_end, p.start - p.w)
        if glue is not None and glue.end() == p.start - p.w:
            return True  # the next title of a list
    before = [t for t in _tokens_between(ix, sent.start_char, p.start - p.w) if t.text != ","]
    prev = before[-1] if before else None
    if prev is not None and (
        (prev.pos_ == "ADP" and prev.lower_ not in ("as", "like"))
        or prev.tag_ == "POS"
        or (prev.pos_ == "NOUN" and prev.dep_ != "dobj")
    ):
        return True
    after = _tokens_between(ix, p.end + p.w, sent.end_char)
    nxt = after[0] if after else None
    last = inner[-1] if inner else None
    return (
        nxt is not None
        and last is not None
        and nxt.pos_ == "NOUN"
        and last.head.i == nxt.i
        and not text[p.end : p.end + p.w + 1].strip(" \"”’'»")
    )


def _governing_cue(p: _Pair, ix: _Index, lex: CueLexicon) -> Token | None:
    """A verb of saying whose subtree holds the quoted fragment, or one in its sentence."""
    tok = ix.token_at(p.start)
    seen = 0
    found: Token | None = None
    chain: list[Token] = []  # the cues above the fragment, innermost first
    while tok.head is not tok and seen < 12:
        if found is not None and (
            tok.dep_ in ("relcl", "acl", "appos")
            or (tok.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in found.children))
        ):
            # "X, who said ...", "Y said, even as X claimed that ...": the clause's own cue,
            # not the sentence's; an adverbial clause with a subject of its own is no part of
            # what the verb above says (", saying ..." has none and goes on with that verb)
            break
        via = tok.dep_
        tok = tok.head
        seen += 1
        # the outermost verb of saying is the statement the outlet reports ("She says he
        # thinks it is 'a fraud'" reports her); inner ones are part of its content. A quote in
        # the cue's subject names who speaks ('Some in the "Stop It" camp say'), not what.
        if (
            via not in _SUBJECT_DEPS
            and (lex.is_cue(tok) or _is_according(tok))
            and not p.start <= tok.idx < p.end
            and (_subject(tok) is not None or _is_according(tok) or found is None)
        ):
            chain.append(tok)
            found = tok
    if found is not None:
        aside = _parenthetical_cue(found, lex) if is_agentless_passive(found) else None
        return aside or _nearest_same_speaker(chain, ix, lex)
    sent = ix.sent_at(p.start)
    for t in sent:
        if (lex.is_cue(t) or _is_according(t)) and not (p.start <= t.idx < p.end):
            subj = _subject(t)
            if subj is not None and subj.left_edge.idx <= p.start < subj.right_edge.idx:
                continue  # 'Some in the "Stop It" camp say ...': the quote names the speakers
            return t
    return None


def _parenthetical_cue(verb: Token, lex: CueLexicon) -> Token | None:
    """ "Roe said, Doe is seen as 'a bully'": a verb of saying inserted in the clause (parsed
    as parataxis) names who says it; the agentless passive it reports speaks for no one."""
    for c in verb.children:
        if c.dep_ == "parataxis" and lex.is_cue(c) and _subject(c) is not None:
            return c
    return None


def _nearest_same_speaker(chain: list[Token], ix: _Index, lex: CueLexicon) -> Token:
    """The outermost cue, or an inner one that names the same person nearer the quote.

    'Roe says that, although costs rose, she still thinks the plan is "sound"': Roe and "she"
    are one person, and the inner "she thinks" is the mention nearest the quoted words, the one
    a reader looks for. An inner cue whose subject is someone else stays part of the outer
    report ("She says he thinks it is 'a fraud'" reports her), and so does one that merely
    opens the outer verb's clause ("Roe said she wants 'a fair deal'").
    """
    outer = chain[-1]
    if len(chain) == 1:
        return outer
    who = _cue_speaker(outer, ix, lex)
    if who is None or who.person is None:
        return outer
    for k, cue in enumerate(chain[:-1]):
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue  # a subject inherited through "and" or "saying" is the outer one
        above = chain[k + 1]
        if cue.dep_ == "ccomp" and cue.head.i == above.i and 0 < subj.i - above.i <= 2:
            continue  # "Roe said she wants ...": one report, told by the outer verb
        spk = _cue_speaker(cue, ix, lex)
        if spk is not None and spk.person == who.person:
            return cue
    return outer


def _merge_split(
    text: str, pairs: list[_Pair], lex: CueLexicon, sent_starts: list[int]
) -> list[_Pair]:
    """'"First part," she said, "second part."' is one quote: join the parts around the cue."""
    out: list[_Pair] = []
    for p in pairs:
        prev = out[-1] if out else None
        if prev is not None and not p.nested and not prev.nested and not p.single:
            gap = text[prev.end + prev.w : p.start - p.w]
            words = gap.split()
            if (
                "\n" not in gap
                and 1 < len(words) <= 8
                and (gap.lstrip()[:1] in ",—–-" or text[prev.end - 1 : prev.end] in ",—–-")
                and gap.rstrip()[-1:] in ",:.—–-"
                and any(w.strip(",.:").lower() in lex.inflections for w in words)
                and not _sentence_starts_within(sent_starts, prev.end + 2, p.start - p.w)
                and not _fragment_then_sentence(text, prev, gap, sent_starts)
            ):
                prev.gap = (prev.end + prev.w, p.start - p.w)
                prev.end = p.end
                continue
        out.append(p)
    return out


def _fragment_then_sentence(text: str, prev: _Pair, gap: str, sent_starts: list[int]) -> bool:
    """'Farms are "barely making money," Roe said. "Farming is a thin business. ..."': the first
    part is a fragment in the outlet's sentence, and the cue's sentence ends before the second
    part, which is a statement of its own (a direct quote, not more of the fragment)."""
    if not gap.rstrip().endswith("."):
        return False
    i = bisect_right(sent_starts, prev.start - prev.w) - 1
    sent_start = sent_starts[i] if i >= 0 else 0
    before = text[sent_start : prev.start - prev.w].strip()
    return bool(before) and not before.endswith((":", ",", "—", "–", "-"))


def _sentence_starts_within(sent_starts: list[int], start: int, end: int) -> bool:
    """True when a sentence starts inside text[start:end] ('..." she said. Then she added: "')."""
    i = bisect_right(sent_starts, start)
    return i < len(sent_starts) and sent_starts[i] < end


def _direct_and_partial(b: _Builder, pairs: list[_Pair]) -> list[tuple[int, int]]:
    """Quotes from quotation marks; returns the spans of direct quotes."""
    spans = [(p.start, p.end) for p in pairs if not p.nested]
    direct: list[tuple[int, int]] = []
    last: Quote | None = None
    last_end = -1
    title_end = -1
    frag: Quote | None = None  # the last quoted fragment with a speaker
    for p in pairs:
        kind = _classify(p, b.ix)
        if kind != "scare" and _names_a_title(p, b.ix, b.lex, title_end):
            kind = "scare"
            title_end = p.end + p.w
        if kind == "scare":
            b.add("scare", (p.start, p.end), None, None)
            continue
        if kind == "utterance":
            cue, spk = _direct_cue(p, b.ix, b.lex, spans)
            if spk is not None:
                q = b.add("direct", (p.start, p.end), cue, spk)
                last, last_end = q, p.end
                direct.append((p.start, p.end))
                continue
            kind = "short"
        if kind == "direct":
            if p.nested:
                continue  # speech inside a quote belongs to the quote around it
            cue, spk = _direct_cue(p, b.ix, b.lex, spans)
            if spk is None and frag is not None and _after_fragment(b.ix.text, frag, last_end, p):
                # 'Farms are "barely making money," Roe said. "Farming is ..."': the fragment's
                # cue and speaker introduce the statement that follows
                q = b.add("direct", (p.start, p.end), None, None)
                q.cue, q.cue_span = frag.cue, frag.cue_span
                q.speaker_id, q.speaker_text, q.speaker_span = (
                    frag.speaker_id,
                    frag.speaker_text,
                    frag.speaker_span,
                )
                last, last_end = q, p.end
                direct.append((p.start, p.end))
                continue
            if spk is None and last is not None and _continues(b.ix.text, last_end, p.start):
                # '"A," X said. "B."': B goes on with the same statement, one attribution
                last.span = (last.span[0], p.end)
                direct[-1] = last.span
                last_end = p.end
                continue
            if spk is None and last is not None and _near(b.ix.text, last_end, p.start):
                q = b.add("direct", (p.start, p.end), None, None)
                q.speaker_id, q.speaker_text, q.speaker_span = (
                    last.speaker_id,
                    last.speaker_text,
                    last.speaker_span,
                )
            else:
                q = b.add("direct", (p.start, p.end), cue, spk)
            last, last_end = q, p.end
            direct.append((p.start, p.end))
            continue
        gap = _gap_speaker(p, b.ix, b.lex) if p.gap is not None else None
        if gap is None and _after_colon(p, b.ix):
            # 'X emailed supporters, saying: "The fight goes on" and ...': the words after the
            # colon are what the verb before it introduces, whatever the parse made of them
            found = _direct_cue(p, b.ix, b.lex, spans)
            gap = (found[0], found[1]) if found[0] is not None and found[1] is not None else None
        cue = gap[0] if gap is not None else _governing_cue(p, b.ix, b.lex)
        spk = gap[1] if gap is not None else None
        if spk is None and cue is not None:
            spk = _cue_speaker(cue, b.ix, b.lex)
        if spk is None:
            spk = _colon_lead(p.start, b.ix)
        if spk is None and kind in SUBJECT_KINDS:
            spk = _person_subject(b.ix.sent_at(p.start), p, b.ix, b.lex)
        if spk is None:
            misread = _misread_main_cue(b.ix.sent_at(p.start), p, b.ix, b.lex)
            if misread is not None:
                cue, spk = misread
        if spk is None and frag is not None and _same_sentence(frag, p, b.ix):
            # 'Roe backs "fair pay," opposes "pay freezes"': a fragment with no cue of its own
            # in the sentence of another one is that speaker's too
            q = b.add("partial", (p.start, p.end), None, None)
            q.speaker_id, q.speaker_text, q.speaker_span = (
                frag.speaker_id,
                frag.speaker_text,
                frag.speaker_span,
            )
            continue
        if spk is None:
            b.add("scare" if kind == "short" else "partial", (p.start, p.end), None, None)
        else:
            frag = b.add("partial", (p.start, p.end), cue, spk)
    return direct


def _same_sentence(frag: Quote, p: _Pair, ix: _Index) -> bool:
    """True when a quoted fragment with a speaker stands earlier in ``p``'s sentence, with no
    other person named between them (who might be the one speaking)."""
    if ix.sent_at(frag.span[0]).start_char != ix.sent_at(p.start).start_char:
        return False
    return ix.person_in(frag.span[1], p.start) is None


def _after_fragment(text: str, frag: Quote, last_end: int, p: _Pair) -> bool:
    """A quote that follows a quoted fragment's cue sentence in the same paragraph, with no
    direct quote between them."""
    if frag.span[1] < last_end or frag.cue_span is None:
        return False
    between = text[frag.span[1] : p.start]
    return "\n" not in between and len(between) < 160


CONTINUE_ACROSS_PARAGRAPHS = True


def _continues(text: str, prev_end: int, start: int) -> bool:
    """A quote with no cue of its own right after the last one's cue sentence goes on with it.

    In the same paragraph the words between must be one short stretch ('," she said. "');
    across a paragraph break, the new paragraph must open with the quote and nothing but the
    previous quote's cue may stand between them.
    """
    between = text[prev_end + 1 : start - 1]
    if len(between) > 160:
        return False
    if "\n" not in between:
        return True
    if not CONTINUE_ACROSS_PARAGRAPHS or between.count("\n\n") > 1:
        return False
    head, _, tail = between.rpartition("\n")
    return not tail.strip() and "\n" not in head.strip()


def _near(text: str, prev_end: int, start: int) -> bool:
    """A quote that follows the previous one within a paragraph or two continues it."""
    return start - prev_end < 600 and text.count("\n\n", prev_end, start) <= 1


# -- reported speech ---------------------------------------------------------------------------


def _content_span(cue: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """Token range of what a verb of saying reports, by its frame."""
    frames = lex.frames(cue)
    kids = list(cue.children)
    for c in kids:
        if c.dep_ == "ccomp":
            return c.left_edge.i, c.right_edge.i + 1
    if cue.dep_ == "parataxis":
        head = cue.head
        sub = head.sent
        s, e = sub.start, sub.end
        return (
            (s, cue.left_edge.i)
            if cue.left_edge.i - s > e - cue.right_edge.i
            else (cue.right_edge.i + 1, e)
        )
    if _as_aside(cue, lex):
        return _according_content(cue)
    for c in kids:
        if "infinitive" in frames and c.dep_ == "xcomp":
            return c.left_edge.i, c.right_edge.i + 1
        if "object" in frames and c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that"):
            return c.left_edge.i, _as_complement_end(cue, c, frames & PREP_FRAMES)
        if "as" in frames and c.dep_ == "dobj" and _as_complement_end(cue, c) > c.right_edge.i + 1:
            return c.left_edge.i, _as_complement_end(cue, c)  # "sees the plan as a trap"
    return _prep_content(cue, frames)


# a list item opening a line: "- ", "• ", "1. ", "2) "
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+")


def _speech_verb(lex: CueLexicon, cue: Token) -> bool:
    """A verb of saying (not of thinking) in the active voice: "Roe wrote", not "Roe hopes" or
    "the stories talked about"."""
    return lex.lemma(cue) not in lex.thought and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in cue.children
    )


def _colon_follows(cue: Token) -> bool:
    """ "Roe said:", "Roe notes:", "Roe told reporters:", "Roe said on Monday:": a colon right
    after the verb (an adverb, particle, addressee or short time phrase between) introduces
    what is said."""
    doc = cue.doc
    if cue.dep_ == "relcl" or (cue.text[:1].isupper() and cue.i > cue.sent.start):
        return False  # "the way that we must respond now:", a title-case heading "X Goes On:"
    for t in doc[cue.i + 1 : min(len(doc), cue.i + 5)]:
        if t.text == ":":
            return True
        addressee = (t.head.i == cue.i and t.dep_ in ("dative", "dobj")) or t.dep_ == "det"
        stranded = t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children)
        if (
            t.is_punct
            or stranded
            or (
                t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
                and t.dep_ not in ("npadvmod", "pobj", "compound")
                and not addressee
            )
        ):
            return False
    return False


def _colon_content(cue: Token, ix: _Index) -> tuple[int, int] | None:
    """What follows "X said:" when the parse gives the verb no content of its own.

    The rest of the line after the colon, to the end of its sentence (the parser often starts
    a new sentence at the colon); or, when the colon ends the line, the next paragraph, and the
    lines after it while they are items of one list. A quotation mark after the colon opens a
    direct quote, handled with the marks.
    """
    text = ix.text
    colon = next(t for t in cue.doc[cue.i + 1 : cue.i + 5] if t.text == ":")
    i = colon.idx + 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text) or text[i] in "\"“‘'«":
        return None
    if i < line_end:
        end = ix.sent_at(i).end_char
    else:
        if text.count("\n", colon.idx, i) > 2:
            return None
        end = _paragraph_end(text, i)
        while _LIST_ITEM.match(text, i):
            nxt = end
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt >= len(text) or not _LIST_ITEM.match(text, nxt):
                break
            i, end = nxt, _paragraph_end(text, nxt)
    a = bisect_left(ix.tok_starts, colon.idx + 1)
    b = bisect_left(ix.tok_starts, end)
    return (a, b) if b > a else None


def _paragraph_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


def _as_aside(cue: Token, lex: CueLexicon) -> bool:
    """ "As Roe reported, ...", "..., as first reported by the Ledger": an aside with "as" that
    gives the source of the main clause, which is what it reports."""
    if cue.dep_ != "advcl" or lex.lemma(cue) not in lex.as_clause:
        return False
    kids = list(cue.children)
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.lower_ != "it" for c in kids):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)


def _prep_content(cue: Token, frames: frozenset[str]) -> tuple[int, int] | None:
    """What a verb reports through its preposition ("called for a ban on X": a ban on X).

    Only the first preposition after the verb counts, and only when the verb has no direct
    object of its own ("asked the mayor about X" asks the mayor; the topic is a detail).
    """
    if not frames & PREP_FRAMES or any(c.dep_ == "dobj" for c in cue.children):
        return None
    for c in cue.rights:
        if c.dep_ != "prep":
            continue
        if c.lower_ not in frames:
            return None
        obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return None
        return obj.left_edge.i, obj.right_edge.i + 1
    return None


def _as_complement_end(cue: Token, obj: Token, frames: frozenset[str] = frozenset()) -> int:
    """End of an object with its "as" complement: "described the plan as 'a failure'" reports
    the whole "the plan as 'a failure'", not the plan alone; so does a preposition of the verb's
    frame after the object ("accused Roe of lying", "praised the mayor for her calm")."""
    end = obj.right_edge.i + 1
    for c in cue.rights:
        if c.i < end or c.dep_ not in ("prep", "oprd"):
            continue
        if c.lower_ == "as" or (c.lower_ in frames and c.i == end):
            end = max(end, c.right_edge.i + 1)
    return end


def _according_content(cue: Token) -> tuple[int, int] | None:
    """According to X, <content>: the sentence without the according phrase."""
    sent = cue.sent
    s, e = cue.left_edge.i, cue.right_edge.i + 1
    if s - sent.start >= sent.end - e:
        return sent.start, s
    return e, sent.end


def _trim_tokens(doc: Doc, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The content's offsets without edge punctuation, "that" or a dateline; None when too
    little is left to be a report."""
    while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].lower_ == "that"):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e - s < 1 or (e - s == 1 and doc[s].pos_ != "PROPN"):
        return None  # one word reports something only when it names it ("endorsed Roe")
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    m = _DATELINE.match(text, start, end)
    return (m.end(), end) if m and m.end() < end else (start, end)


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> float:
    """Share of [s, e) covered by the sorted spans."""
    i = bisect_right(starts, e)
    cov = sum(max(0, min(e, b) - max(s, a)) for a, b in spans[max(0, i - 4) : i])
    return cov / max(1, e - s)


def _reported(b: _Builder, direct: list[tuple[int, int]], body: int) -> None:
    """Indirect quotes from verbs of saying with a subject and a content clause or object."""
    doc = b.doc
    d_starts = [s for s, _ in direct]
    partials = sorted(
        ((q.span, q) for q in b.quotes if q.kind in ("partial", "scare")), key=lambda x: x[0]
    )
    p_starts = [s for (s, _), _ in partials]
    # a speaker of None: an agentless passive ("X is expected to ...") reports a view of no one
    found: list[tuple[tuple[int, int], Token, _Speaker | None]] = []
    for tok in doc:
        if tok.idx < body:
            continue
        according = _is_according(tok)
        if not according and not b.lex.is_cue(tok):
            noun = _noun_report(tok, b.lex)
            if noun is not None:
                holder = _bound_possessor(tok, noun[1], b.lex)
                found.append((noun[0], tok, _speaker(holder, b.ix, b.lex)))
            adj = _adjective_report(tok, b.lex)
            if adj is not None:
                span = _trim_tokens(doc, b.ix.text, *adj[0])
                if span is not None and _inside(direct, d_starts, *span) < 0.5:
                    found.append((span, tok, _speaker(adj[1], b.ix, b.lex)))
            continue
        if _inside(direct, d_starts, tok.idx, tok.idx + 1) > 0:
            continue
        rng = _according_content(tok) if according else _content_span(tok, b.lex)
        if not according and _speech_verb(b.lex, tok) and _colon_follows(tok):
            rng = _colon_content(tok, b.ix) or rng
        if rng is None:
            continue
        span = _trim_tokens(doc, b.ix.text, *rng)
        if span is None or _inside(direct, d_starts, *span) >= 0.5:
            continue
        spk = _cue_speaker(tok, b.ix, b.lex)
        if spk is None and not is_agentless_passive(tok):
            continue
        found.append((span, tok, spk))
    # univocal: a cue inside another report's content is part of that content, except under
    # "according to": 'Polls show that ..., according to X' is X's report of what the polls
    # show, and the polls' own claim is a report of its own (the outlet cites both)
    spans = sorted((f[0], _is_according(f[1])) for f in found)
    for span, tok, spk in found:
        speech = not _is_according(tok) and b.lex.lemma(tok) not in b.lex.thought
        if any(
            s <= tok.idx < e and (s, e) != span and not (acc and speech) for (s, e), acc in spans
        ):
            continue
        if spk is not None and _adopt_partials(partials, p_starts, span, tok, spk, b.lex):
            continue
        b.add("indirect", span, tok, spk)


def _noun_report(tok: Token, lex: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """ "Roe's claim that ...", "criticism of the plan by Roe": a noun of saying or of stance
    with a named holder (a possessive or "by"/"from" X) and its content (a "that" clause, or
    what the stance is about). Returns the content's offsets and the holder's token."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.nouns:
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    content: Token | None = None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and holder is None:
            holder = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children):
            content = c
        elif c.dep_ == "prep" and c.lower_ in lex.noun_preps and content is None:
            content = next((g for g in c.children if g.dep_ == "pobj"), None)
    if holder is None and content is not None and content.dep_ in ("acl", "ccomp"):
        holder = _light_verb_subject(tok, lex)
    if holder is None or content is None or holder.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    s, e = content.left_edge, content.right_edge
    if e.i - s.i < 1:
        return None
    return (s.idx, e.idx + len(e.text)), holder


def _adjective_report(tok: Token, lex: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """ "Roe was certain (that) the plan would fail", "Voters are upset that ...": an adjective
    of belief or feeling (``adjectives`` in the lexicon) predicated of a subject, with a clause
    as its complement, reports the subject's mind; the clause is the content (token range) and
    the subject its holder. Without a clause ("Roe was upset") it reports nothing."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.lower_ not in lex.adjectives:
        return None  # "frustrated" is often tagged as a participle; the written form decides
    if tok.dep_ not in ("acomp", "oprd") or tok.head.pos_ not in ("AUX", "VERB"):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        # "Roe was adamant that ...": the parse may hang the clause on the copula instead
        clause = next(
            (c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and _marked(c)),
            None,
        )
    if clause is None:
        return None
    holder = _subject(tok.head)
    if holder is None or holder.dep_ != "nsubj" or holder.lower_ in _NOT_HOLDERS:
        return None
    return (clause.left_edge.i, clause.right_edge.i + 1), holder


def _marked(clause: Token) -> bool:
    """True when a clause opens with "that" ("... that the plan failed")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


_NOT_HOLDERS = frozenset({"it", "there", "this", "that", "which", "what"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})


def _light_verb_subject(noun: Token, lex: CueLexicon) -> Token | None:
    """ "Roe made the argument that ...", "Roe repeated the claim that ...": a noun of saying
    with a "that" clause, as the object of a verb that puts words forward, is the verb's
    subject's ("the deal fuelled speculation that ..." is nobody's words)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lex.light_verbs:
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that", "which"):
        return None
    return subj


def _bound_possessor(noun: Token, holder: Token, lex: CueLexicon) -> Token:
    """The subject a possessive pronoun holder stands for in its own clause.

    "The leaders signalled their support for X", "Roe repeated her claim that ...": the
    possessive of a noun of saying that is the object of a verb of saying is bound by that
    verb's subject, which names the holder better than the pronoun does; elsewhere ("fanned
    controversy over her remark") the possessive is the mention.
    """
    if holder.lower_ not in _POSSESSIVES or holder.dep_ != "poss":
        return holder
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return holder
    if not lex.is_cue(verb):
        return holder  # "fanned controversy over her remark": the remark is still hers
    subj = _subject(verb)
    if subj is None or subj.i > noun.i or subj.lower_ in ("it", "there", "this", "that", "which"):
        return holder
    return subj


def _adopt_partials(
    partials: list[tuple[tuple[int, int], Quote]],
    starts: list[int],
    span: tuple[int, int],
    cue: Token,
    spk: _Speaker,
    lex: CueLexicon,
) -> bool:
    """Quoted fragments inside reported content become that speaker's partial quotes."""
    i = bisect_left(starts, span[0])
    adopted = False
    while i < len(partials) and partials[i][0][0] < span[1]:
        q = partials[i][1]
        if q.span[1] <= span[1] + 1:
            if q.speaker_text is None:
                q.kind = "partial"
                q.cue_span = (cue.idx, cue.idx + len(cue.text))
                q.cue = lex.lemma(cue)
                q.speaker_id, q.speaker_text, q.speaker_span = spk.person, spk.text, spk.span
            adopted = adopted or q.kind == "partial"
        i += 1
    return adopted


def _inherit_speakers(quotes: list[Quote], text: str) -> None:
    """A direct quote with no cue of its own goes on with the statement reported just before.

    'The plan is late, Roe said. "We need more time."' gives the quote to Roe: news style
    names the speaker once and lets the following quote lean on it. Only the nearest earlier
    quote with a speaker counts, in the same paragraph or the one before (``_near``).
    """
    ordered = sorted(quotes, key=lambda q: q.span)
    last: Quote | None = None
    for q in ordered:
        if (
            q.kind == "direct"
            and q.speaker_text is None
            and last is not None
            and last.span[1] <= q.span[0]
            and _near(text, last.span[1], q.span[0])
        ):
            q.speaker_id, q.speaker_text = last.speaker_id, last.speaker_text
            q.speaker_span = last.speaker_span
        if q.speaker_text is not None and q.kind != "scare":
            last = q


def _headline_speakers(quotes: list[Quote], ix: _Index) -> None:
    """On a line that opens with "Name:", every quote with its cue after the colon is Name's.

    Headlines and transcripts write "Roe: Budget 'Too Small'" or "ROE: I think we will win";
    the name is the one speaking, even where a verb inside the line has a subject of its own.
    """
    text = ix.text
    for q in quotes:
        if q.kind == "scare" and q.speaker_text is None:
            continue
        line_start = text.rfind("\n", 0, q.span[0]) + 1
        m = _COLON_LEAD.match(text, line_start, q.span[0])
        if m is None or (q.cue_span is not None and q.cue_span[0] < m.end()):
            continue
        s, e = m.span(1)
        if q.speaker_span == (s, e):
            continue
        found = ix.person_in(s, e)
        q.speaker_id = found[2] if found is not None else ix.person_named(m.group(1))
        q.speaker_text, q.speaker_span = m.group(1), (s, e)
        if q.kind == "scare":
            q.kind = "partial"


def _join_partials(quotes: list[Quote], text: str) -> list[Quote]:
    """Quoted fragments of one statement (same cue, same paragraph) are one partial quote.

    'X called the plan "reckless" and "cruel"' quotes one statement in two pieces; listing it
    once keeps the count of what X said honest. The span runs from the first to the last piece.
    """
    out: list[Quote] = []
    last: Quote | None = None
    for q in sorted(quotes, key=lambda q: q.span):
        if q.kind != "partial":
            out.append(q)
            continue
        if last is not None and _one_statement(last, q, text):
            last.span = (last.span[0], q.span[1])
            continue
        out.append(q)
        last = q
    return out


_SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+[\"“‘']?[A-Z]")


def _one_statement(last: Quote, q: Quote, text: str) -> bool:
    """Two partial quotes are pieces of one statement: same cue and speaker in one paragraph,
    or, with no cue word, the same speaker in one sentence ('she said it would be "ugly," "a
    shock" and "a fight"' after the cue's own sentence has named her)."""
    between = text[last.span[1] : q.span[0]]
    if "\n" in between or q.speaker_span is None or q.speaker_span != last.speaker_span:
        return False
    if q.cue_span is not None:
        return q.cue_span == last.cue_span
    return last.cue_span is None and len(between) < 200 and not _SENTENCE_BREAK.search(between)


# -- transcripts -------------------------------------------------------------------------------


def _unmark_turns(text: str, turns: list[TranscriptTurn]) -> str:
    """The text with the mark that opens a transcript turn blanked ('"ROE: ...').

    Some outlets open every turn with a quotation mark and never close it; paired as usual,
    the marks would run one turn into the next. The label already says whose words they are.
    """
    chars = list(text)
    for t in turns:
        for i in range(t.paragraph[0], t.label[0]):
            if chars[i] in "\"“'‘":
                chars[i] = " "
    return "".join(chars)


def _nest_in_turns(pairs: list[_Pair], turns: list[TranscriptTurn]) -> None:
    """Marks inside a transcript turn quote someone within the speaker's words: nested."""
    spans = sorted(t.content for t in turns)
    starts = [s for s, _ in spans]
    for p in pairs:
        i = bisect_right(starts, p.start) - 1
        if i >= 0 and p.start < spans[i][1]:
            p.nested = True


def _transcript_quotes(b: _Builder, turns: list[TranscriptTurn]) -> list[tuple[int, int]]:
    """One direct quote per transcript turn: the label is the speaker, there is no cue word."""
    out = []
    for t in turns:
        q = b.add("direct", t.content, None, None)
        q.speaker_span = t.label
        q.speaker_text = b.ix.text[t.label[0] : t.label[1]]
        q.speaker_id = t.person
        out.append(t.content)
    return out


# -- the component -----------------------------------------------------------------------------


@Language.component("cr_quotes", assigns=["doc._.cr_quotes", "doc.spans"])
def quotes_component(doc: Doc) -> Doc:
    """Direct, partial and reported quotes with cue and speaker; scare quotes apart."""
    lex = cue_lexicon()
    body = doc._.cr_body_start or 0
    b = _Builder(doc, _Index(doc), lex, [])
    text = b.ix.text
    turns: list[TranscriptTurn] = doc.user_data.get(LABELS_KEY, [])
    pairs = find_pairs(_unmark_turns(text, turns), body)
    b.ix.set_quoted([(p.start, p.end) for p in pairs if not p.single])
    _mark_nested(pairs)
    _nest_in_turns(pairs, turns)
    pairs = _merge_split(text, pairs, lex, b.ix.sent_starts)
    direct = _direct_and_partial(b, pairs)
    direct = sorted(direct + _transcript_quotes(b, turns))
    _reported(b, direct, body)
    _inherit_speakers(b.quotes, text)
    _headline_speakers(b.quotes, b.ix)
    doc._.cr_quotes = _join_partials(b.quotes, text)
    spans = []
    for q in b.quotes:
        sp = doc.char_span(q.span[0], q.span[1], label=q.kind, alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    doc.spans["cr_quotes"] = spans
    return doc
