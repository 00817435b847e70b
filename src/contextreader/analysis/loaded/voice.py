"""Whose word a mark is: "quoted" (a speaker's), "reported" (in reported speech) or "outlet".

``VoiceIndex`` gathers, once per doc, the character spans of speakers' words, of reported speech
and of the writer's names for speakers; ``voice_of`` looks a mark up in it. ``SpeechTest`` decides
which part of an indirect quote may hold the speaker's own words (a clause, a label, the charge a
preposition brings in) and which is the writer's description of what was said (the object a
writer picks for the verb). The component then moves an outlet-voiced mark to "reported" where
the sentence pins it on someone through another's verb (``_anothers_label``: "tarred the mayor
as an anti-semite") or a passive verb of saying relays it (``_relayed``: "bosses are said to be
furious"), and to "quoted" where the outlet lifts a speaker's word or two into quotation marks
(``_lifted_words``, ``_echoed_words``, ``_lifted``) or puts another's label in them
(``_quoted_labels``: 'called the mayor a "liar"'). See the package docstring for examples.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.assertions.frames import account_frame
from contextreader.analysis.assertions.lexicon import vague_lexicon
from contextreader.analysis.extensions import text_of
from contextreader.analysis.furniture import GENRE_LINES, furniture_lexicon, piece_label
from contextreader.analysis.loaded.lexicon import Lexicon
from contextreader.analysis.loaded.scare_quotes import MAX_SCARE_WORDS, _echoes_speaker
from contextreader.analysis.loaded.tokens import FIRST_PERSON, PREDICATES, _lemma, set_off
from contextreader.analysis.paragraphs import _sign_off_lines, is_byline, line_around
from contextreader.analysis.people.lexicon import role_lexicon
from contextreader.analysis.quotes.lexicon import PREP_FRAMES, CueLexicon, cue_lexicon
from contextreader.analysis.quotes.reported import _describes_a_kind
from contextreader.analysis.quotes.speakers import (
    agent_of,
    is_agentless_passive,
    occasion_infinitive,
)
from contextreader.report import Quote, Voice

# a reported source outside quotation marks that is the writer, or the reader addressed
NARRATORS = FIRST_PERSON | {"you"}
# the root of a noun phrase: reported content that is a verb's object, not a clause
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# the cue of "according to X": it has no object the writer picks, all it brings in is the source's
ACCORDING = "according to"


@dataclass(frozen=True, slots=True)
class VoiceIndex:
    """Disjoint, sorted character spans of speakers' words and of reported speech.

    Built once per doc from the quote list so each lookup is a bisect, not a scan of every quote.
    """

    quoted: tuple[tuple[int, int], ...]
    reported: tuple[tuple[int, int], ...]
    # how the writer names each speaker ("what Columbia snowflakes thought"): the writer's words
    speakers: tuple[tuple[int, int], ...] = ()

    @classmethod
    def from_quotes(
        cls,
        quotes: Iterable[Quote],
        pasted: Iterable[tuple[int, int]] = (),
        speech: Callable[[Quote], tuple[int, int] | None] = lambda q: q.span,
        asides: Callable[[tuple[int, int]], list[tuple[int, int]]] = lambda span: [],
    ) -> VoiceIndex:
        """``pasted``: sentences that are someone's post set into the article; ``speech``: the
        part of an indirect quote's content that may hold the speaker's words, or None (see
        ``SpeechTest``); ``asides``: the writer's own words set inside a span of reported
        speech (see ``SpeechTest.asides``)."""
        quotes = list(quotes)
        # the words inside the marks; between the pieces of a partial quote is the frame of
        # the report ('said it was "a farce" and a reckless "stunt"'), and between those of a
        # direct quote the writer's narration ('"A," she fumed. "B."')
        quoted = [p for q in quotes if q.kind in ("direct", "partial") for p in q.pieces]
        # the verb of saying is the writer's word, though an aside puts it inside the report
        # ("This would be done, they wrote, with ...")
        reported = [
            piece
            for q in quotes
            if q.kind == "indirect"
            for span in [speech(q)]
            if span is not None
            for piece in _Spans([q.cue_span] if q.cue_span else []).cut_from(span)
        ]
        reported += [
            gap
            for q in quotes
            if q.kind == "partial" and q.parts
            for gap in _Spans([*q.parts, *asides(q.span)]).cut_from(q.span)
        ]
        inserts = [a for span in reported for a in asides(span)]
        # a speaker named inside someone else's report ("Roe said the reckless mayor claimed
        # ...") is named in Roe's words, not the writer's
        said = _Spans([*quoted, *pasted, *reported])
        holes = _Spans(reported)
        # ... and a report nested in the words naming a speaker ("supporters of what the mayor
        # describes as a draconian crackdown said ...") stays that report
        speakers = [
            piece
            for q in quotes
            if q.speaker_span is not None and not said.holds(q.speaker_span, besides=q.span)
            for piece in holes.cut_from(q.speaker_span)
        ]
        return cls(_union([*quoted, *pasted]), _union(reported), _union([*speakers, *inserts]))


class SpeechTest:
    """The part of an indirect quote's content that may hold the speaker's own words (see the
    package docstring). None when its source is the writer ("I", "we" outside quotation marks),
    after a verb that holds words back ("declined to comment on ...") or presents its clause as
    fact ("knows"), and for the object noun phrase of a verb, which the writer chose, unless
    the verb names or describes ("called it a farce"), its object is itself what the speaker
    gives ([context] matters: "blamed a reckless tackle", "predicted a catastrophic collapse",
    unless a "for" or "on" phrase follows: "blamed the cowardly regime for the attack" names
    whom the blame is about, as "accused the cowardly regime of" does) or a preposition of the
    verb brings in the matter of the charge or the warning (see ``_speakers_matter``)."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.naming = lexicon.naming
        self.remarks = lexicon.remarks
        self.wanting = lexicon.wanting
        self.sizes = lexicon.sizes
        self.matters = lexicon.matters
        self.cues = cue_lexicon()

    def __call__(self, quote: Quote) -> tuple[int, int] | None:
        span = self._speech(quote)
        return None if span is None else self._without_comment(span)

    def _speech(self, quote: Quote) -> tuple[int, int] | None:
        # the speaker as written ("I"), not as shown ("the writer")
        spk = quote.speaker_span
        written = self.text[spk[0] : spk[1]] if spk else quote.speaker_text or ""
        if written.lower() in NARRATORS or _no_one(written.split()):
            return None  # "Nobody believes that ...": no one holds it, the words are the writer's
        cue = quote.cue or ""
        if _no_view(cue, self.cues):
            return None
        if self._writers_frame(quote, cue):
            return None
        content = self.doc.char_span(*quote.span, alignment_mode="expand")
        if content is not None and self._described(content, cue):
            return None
        if content is not None and self._weighed(content, cue):
            return None
        # what "according to X" brings in is all the source's, even a clause parsed as a noun
        # phrase ("According to X, the deal reeks of ...", with "reeks" taken for a noun)
        if (
            content is not None
            and cue in self.cues.thought
            and "as" in self.cues.verbs.get(cue, ())
            and content.root.pos_ in NOMINAL
        ):
            as_ = next(
                (
                    t
                    for t in content[1:]
                    if t.lower_ == "as"
                    and t.dep_ == "prep"
                    # on the verb, or on the object where the parse hangs it there
                    and (t.head.i == content.root.i or not content.start <= t.head.i < content.end)
                ),
                None,
            )
            if as_ is not None:
                # a verb of viewing ("saw the tragic fire as a chance", "regards the levy
                # as theft"): the "as" phrase is the holder's view, the object before it the
                # writer's naming of what it is about. Not a verb of saying or judging
                # ("denounced the brutal crackdown as illegal"): its object is the speaker's
                # words too
                return as_.idx, quote.span[1]
        if cue == ACCORDING or cue in self.naming or "as" in self.cues.verbs.get(cue, ()):
            return quote.span
        if cue in self.matters:
            # "blamed a brutal schedule": the cause is what the speaker gave; with a "for" or
            # "on" phrase of the verb ("blamed the cowardly regime for the attack", "blamed the
            # defeat on ..."), that phrase is theirs and the object before it is whom or what
            # it was said about, named by the writer as after "accused ... of"
            found = None if content is None else self._speakers_matter(content, cue, quote.span)
            return quote.span if found is None else found
        if content is None or content.root.pos_ not in NOMINAL:
            return quote.span
        if any(t.lower_ == "as" for t in content):  # "described the plan as a disaster"
            return quote.span
        return self._speakers_matter(content, cue, quote.span)

    def _described(self, content: Span, cue: str) -> bool:
        """The content is the writer's account of what someone wants or said, not their words:
        the "to" infinitive of a verb of wanting or intending ([context] wanting: "is seeking to
        smear a rival", "farmers who want to drive out the thugs"), an aim nobody need have
        voiced, worded by the writer; or a free relative "what ..." as the object of a verb of
        saying or seeing ("said what is plainly a lie", "saw what was coming"), the writer's
        description of the statement or the sight, like a noun phrase object. A question
        clause after a verb that asks ("asked what was wrong with the reckless plan") is still
        the asker's question."""
        first = content[0]
        if cue in self.wanting:
            return first.lower_ == "to" and first.dep_ == "aux"
        return (
            first.lower_ in ("what", "whatever")
            and first.dep_ in ("nsubj", "nsubjpass")
            and cue not in self.cues.questions
        )

    def _weighed(self, content: Span, cue: str) -> bool:
        """The content is the open question of a verb of thinking that weighs it ("must decide
        whether the sham vote stands", "is considering if ...", "will decide who is the liar"):
        it asserts nothing, and its words are the writer's. A verb that asks or wonders ("asked
        whether", "wondered if", "doubts whether") puts the asker's question, and an "if" inside
        the clause is a condition of the view ("believes if the curfew stays, crime will
        fall")."""
        if cue not in self.cues.thought or cue in self.cues.questions | self.cues.wondering:
            return False
        mark = content[0]
        if mark.tag_ in ("WP", "WDT", "WRB") and mark.lower_ not in ("that", "if"):
            # a question word of the clause's own verb ("decide who is the liar"), not one of a
            # clause that is its subject ("thinks what the council did was a sham")
            root = content.root
            return mark.head.i == root.i and not content.start <= root.head.i < content.end
        if mark.lower_ not in ("whether", "if") or mark.dep_ != "mark":
            return False
        return not content.start <= mark.head.head.i < content.end  # on the verb, not inside

    def _writers_frame(self, quote: Quote, cue: str) -> bool:
        """The report is the writer's own, in an impersonal frame with no speaker but the
        writer: the verb of saying is the infinitive of "it is ... to" ("it is fair to say
        that ...", "it is not unfair to say that ..."), or a verb of wanting ([context] wanting)
        is in the clause of "it is ... that" ("It is apparent that the mayor wanted to ...":
        the writer infers the wish, nobody voiced it). A belief in that frame ("It is clear
        that the mayor believes the levy is a scam") is still the believer's."""
        if quote.cue_span is None:
            return False
        verb = self.doc.char_span(*quote.cue_span, alignment_mode="expand")
        if verb is None:
            return False
        tok = verb.root
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return _impersonal(tok.head)
        return cue in self.wanting and tok.dep_ == "ccomp" and _impersonal(tok.head)

    def asides(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The writer's words inside a span of reported speech: an appositive set off by commas
        on a name ("confirmed that she knows Dana Vell, a notorious crook, and ..."), which tells
        the reader who the named one is, as the writer's naming of a speaker does; and a
        parenthesis ("(a baseless claim)"), the writer's aside. An appositive on a common noun
        ("said the plan, a reckless gamble, would fail") may be the speaker's and stays. A word
        that grades a figure is the writer's too ("worth a whopping £400,000, according to
        ...", "said it cost a staggering 40 million dollars"): the source gives the figure, the
        writer how big to find it."""
        content = self.doc.char_span(*span, alignment_mode="expand")
        if content is None:
            return []
        doc, found = self.doc, []
        for tok in content:
            if _grades_a_figure(tok, self.sizes):
                # "eye-watering": the whole word
                found.append((tok.left_edge.idx, tok.idx + len(tok)))
                continue
            if tok.text == "(":
                close = next((t for t in doc[tok.i + 1 : content.end] if t.text == ")"), None)
                if close is not None:
                    found.append((tok.idx, close.idx + 1))
                continue
            if tok.dep_ != "appos" or tok.head.pos_ != "PROPN" or tok.head.i >= tok.i:
                continue
            first, last = tok.left_edge.i, tok.right_edge.i
            if first <= content.start or doc[first - 1].text != ",":
                continue  # not set off by a comma inside the span
            if last + 1 < content.end and doc[last + 1].text != ",":
                continue  # its own comma closes it, unless the span ends with it
            found.append((doc[first].idx, doc[last].idx + len(doc[last])))
        return found

    def _without_comment(self, span: tuple[int, int]) -> tuple[int, int]:
        """The content without a comment the writer sets after it: a noun phrase at its end,
        after a comma, in apposition to its last words, that names the statement as a whole
        ("said the plan was a historic breakthrough, an absurd boast", "..., a claim the
        figures do not bear out"). Its head is a noun of saying or of a remark (``[context]
        remarks``); an appositive that says more about the matter ("a breakthrough, the first
        in decades") is still the report."""
        content = self.doc.char_span(*span, alignment_mode="expand")
        if content is None:
            return span
        words = [t for t in content if not t.is_punct and not t.is_space]
        if not words:
            return span
        for tok in content:
            if tok.dep_ != "appos" or not content.start <= tok.head.i < tok.i:
                continue
            first = tok.left_edge.i
            if first <= content.start or self.doc[first - 1].text != ",":
                continue
            if tok.right_edge.i < words[-1].i:
                continue  # more of the report follows it
            lemma = tok.lemma_.lower()
            if lemma in self.remarks or lemma in self.cues.nouns:
                return span[0], self.doc[first - 1].idx
        return span

    def _speakers_matter(
        self, content: Span, cue: str, span: tuple[int, int]
    ) -> tuple[int, int] | None:
        """What a preposition of the verb brings in is the charge, the fear or the praise, in
        the speaker's terms ("warned of a catastrophic collapse", "criticized the board for its
        reckless spending", "accused the mayor of a shameful cover-up"); the object before it
        ("accused the corrupt mayor of ...") is still the writer's naming of whom it was said
        about."""
        preps = self.cues.verbs.get(cue, frozenset()) & PREP_FRAMES
        before = content.doc[content.start - 1] if content.start else None
        if before is not None and before.lower_ in preps and before.head.i < content.start:
            return span  # the whole content follows the preposition: "warned of ..."
        prep = next(
            (t for t in content if t.lower_ in preps and t.dep_ == "prep" and not _a_time(t)),
            None,
        )
        return None if prep is None else (prep.idx, span[1])


def _grades_a_figure(tok: Token, sizes: frozenset[str]) -> bool:
    """'a whopping £400,000', 'a staggering 40 million dollars': an adjective of size or amount
    (``[context] sizes``) before a number, or before a noun counted by a number that follows
    the adjective. Not a word that judges the measure ("the draconian 12 per cent cut"), nor
    one before a year ("the disastrous 2016 referendum")."""
    if tok.dep_ != "amod" or tok.pos_ != "ADJ" or tok.head.i <= tok.i:
        return False
    if tok.lower_ not in sizes and tok.lemma_.lower() not in sizes:
        return False
    head = tok.head
    if head.tag_ == "CD":
        return not _a_year(head)
    return any(c.dep_ == "nummod" and c.i > tok.i and not _a_year(c) for c in head.children)


_YEARS = range(1000, 2101)


def _a_year(num: Token) -> bool:
    """A number that reads as a year: a date to the tagger, or four figures in the span of
    years with no currency sign before it ("2016", not "£2016")."""
    if num.ent_type_ == "DATE":
        return True
    before = num.doc[num.i - 1] if num.i > 0 else None
    if before is not None and before.tag_ == "$":
        return False
    return num.text.isdigit() and len(num.text) == 4 and int(num.text) in _YEARS


def _impersonal(verb: Token) -> bool:
    """'it is fair', 'it is apparent', 'it's not unfair': "be" with the empty subject "it" and
    an adjective predicate, the frame in which the writer comments in their own voice."""
    return (
        verb.lemma_ == "be"
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def _no_view(verb: str, cues: CueLexicon) -> bool:
    """A verb of saying that holds words back ("declined to comment on ...") or presents its
    clause as fact ("knows that ..."): what it brings in is no one's reported view, for an
    indirect quote (``SpeechTest``) and a clause read without one (``_said_clause``) alike."""
    return verb in cues.withheld or verb in cues.factive


class _Spans:
    """Character spans sorted by start, for asking which of them hold or fall inside a span
    without a scan of all of them for each question (a long article has a thousand quotes)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # the furthest end among the spans that start at or before each position
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))

    def holds(self, span: tuple[int, int], besides: tuple[int, int]) -> bool:
        """True when a span other than ``besides`` contains ``span``."""
        i = bisect.bisect_right(self.starts, span[0])
        if i == 0 or self.reach[i - 1] < span[1]:
            return False  # nothing that starts before it reaches its end: the common case
        return any(e >= span[1] and (s, e) != besides for s, e in self.spans[:i])

    def cut_from(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The pieces of ``span`` left when the spans that lie inside it are cut out."""
        lo = bisect.bisect_left(self.starts, span[0])
        hi = bisect.bisect_right(self.starts, span[1])
        pieces: list[tuple[int, int]] = []
        start = span[0]
        for s, e in self.spans[lo:hi]:
            if e > span[1]:
                continue
            if s > start:
                pieces.append((start, s))
            start = max(start, e)
        if start < span[1]:
            pieces.append((start, span[1]))
        return pieces


def _union(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Merge overlapping spans (a partial quote inside reported speech, nested quotes)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``span`` starts inside one of the disjoint sorted ``spans``."""
    i = bisect.bisect_right(spans, (span[0], float("inf"))) - 1
    return i >= 0 and spans[i][0] <= span[0] < spans[i][1]


def readers_letters(doc: Doc) -> list[tuple[int, int]]:
    """The lines of readers' letters on a page the outlet labels as such (page_furniture.toml
    [reader_genres]: "LETTERS", "Letters to the Editor"): each letter is a reader's own text,
    which the outlet prints as written, so a loaded word in it is the reader's ("quoted"), not
    the outlet's. The label must be a line of its own among the first lines, maybe with the
    outlet's name after a bar ("Letters | The Week"; not a kicker "Letters: how ...", nor one
    line of a menu of one-word section lines), with no byline ("By Jan Roe") under it; a letter
    is the run of lines that a reader's sign-off closes (``paragraphs._sign_off_lines``: "Jan
    Roe", "Jan Roe, Kell", "Jan Roe." over "Kell."). So headings, an editor's reply or a note
    opened by a short lead and a colon ("Editor's note:", "How to write to us:"), and whatever
    no sign-off closes stay the outlet's. Empty on any other page. An op-ed or a column
    ([writer_genres] only) is a writer the outlet publishes as its piece, and stays in the
    outlet's voice (shown as the writer's own words)."""
    text = text_of(doc)
    body = doc._.cr_body_start or 0
    label = piece_label(text, body)
    if label is None or not label.writer or label.name not in furniture_lexicon().reader_genres:
        return []
    _, line_end = line_around(text, label.span[0])
    rest = text[label.span[1] : line_end].strip(" .:—–-\r\t")
    if rest and not rest.startswith("|"):
        return []  # a kicker or a headline that opens with the label: a story, not the page
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    at = next(i for i, m in enumerate(lines) if m.start() <= label.span[0] < m.end())
    for j in (at - 1, at + 1):  # "News\nSport\nLetters\nObituaries": a menu of sections
        if 0 <= j < len(lines) and _menu_item(text, lines[j], lines[at]):
            return []
    after = lines[at + 1 :]
    if any(is_byline(m.group()) for m in after[: 2 * GENRE_LINES]):
        return []  # a reporter's story under a "Letters" section
    out: list[tuple[int, int]] = []
    pending: list[re.Match[str]] = []

    def signed_at(k: int) -> int | None:
        """How many lines from ``after[k]`` make a reader's sign-off, if any."""
        for size in (2, 1):
            block = after[k : k + size]
            if block and block[0].group().rstrip().endswith("."):  # "Jan Roe." over "Kell."
                cut = len(block[0].group()) - len(block[0].group().rstrip()) + 1
                head = _LINE.match(text, block[0].start(), block[0].end() - cut)
                block = [head, *block[1:]] if head is not None else []
            if (
                len(block) == size
                and _no_phrase(block[0].group())
                and _sign_off_lines(text, 0, block, doc) is not None
            ):
                return size
        return None

    i = 0
    while i < len(after):
        line = after[i].group().strip()
        signed = signed_at(i)
        staff = signed is not None and _staff_sign_off(after[i : i + signed])
        if signed is not None and pending and not staff:
            out += [(m.start(), m.end()) for m in pending]  # a letter its writer signs
            pending = []
            i += signed
            continue
        if (
            signed is not None
            or _heading_line(line)
            # a short line between two letters is a heading, unless its writer signs it
            # straight after (a one-line letter: "The toll is a disgrace." over "Jan Roe, Kell")
            or (not pending and _title_line(text, after[i]) and signed_at(i + 1) is None)
        ):
            pending = []  # a heading or a signature: what no reader signed is not a letter
        elif _NOTE_LEAD.match(line) or _DASH_LINE.match(line):
            pending = []  # the outlet's note ("Editor's note: ...", "— Ed."): not a letter
        elif not _editor_word().search(line):
            pending.append(after[i])
        i += 1
    return out


# a short line that opens with a dash, as "— Ed." under an editor's reply: a signature that is
# no reader's sign-off here
_DASH_LINE = re.compile(r"[—–-]+[ ]*\S+(?:[ ]+\S+){0,5}$")


@cache
def _editor_word() -> re.Pattern[str]:
    """A word for the page's editor (page_furniture.toml [page_editors]): a paragraph that
    speaks of the editor ("..., writes the editor") is the outlet's."""
    words = sorted(furniture_lexicon().page_editors, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _no_phrase(line: str) -> bool:
    """The part of a sign-off line before its first comma holds no word that only a phrase has
    (page_furniture.toml [title_words]): "Jan Roe, Kell", not a heading "Bill Shock For
    Drivers"."""
    head = line.split(",")[0]
    words = furniture_lexicon().title_words
    return not any(w.lower() in words for w in re.findall(r"[\w'’]+", head))


def _staff_sign_off(block: Sequence[re.Match[str]]) -> bool:
    """A sign-off whose role is a newsroom title (role_nouns.toml [bylines] newsroom_titles:
    "Jo Hart, Letters Editor"): the outlet's own staff answering, not a reader."""
    titles = role_lexicon().newsroom_titles
    return any(w.lower() in titles for m in block for w in re.findall(r"[\w'’]+", m.group()))


def _title_line(text: str, line: re.Match[str]) -> bool:
    """A short line (one sentence of up to ten words) that is a paragraph of its own and ends
    in a question mark, a stop or an exclamation mark: between two letters, a letter's heading
    ("Is the toll a scam?", "The pier is a disgrace.")."""
    words = line.group().split()
    end = line.group().rstrip().rstrip("\"”’')")[-1:]
    if not 0 < len(words) <= 10 or end not in "?.!":
        return False
    if re.search(r"[.!?][\"”’')]*[ ]", line.group().strip()):
        return False  # two sentences: a letter's own short paragraph
    before, after = text[: line.start()], text[line.end() :]
    return bool(_BLANK_BEFORE.search(before) or not before.strip()) and bool(
        _BLANK_AFTER.match(after) or not after.strip()
    )


_BLANK_BEFORE = re.compile(r"\n[ \t\r]*\n[ \t\r]*$")
_BLANK_AFTER = re.compile(r"[ \t\r]*\n[ \t\r]*\n")
_LINE = re.compile(r"[^\n]+")
# a line the outlet opens with a short lead and a colon: "Editor's note:", "How to write to us:"
_NOTE_LEAD = re.compile(r"[\[(]?[A-Z][\w'’]*(?:[ ]+[\w'’]+){0,5}[ ]*:")


def _heading_line(line: str) -> bool:
    """A short line with no closing stop: a headline or a letter's heading, in capitals or in
    sentence case ("Parking scheme is a cash grab")."""
    return len(line.split()) <= 14 and line.rstrip("\"”’')")[-1:] not in ".!?"


def _menu_item(text: str, line: re.Match[str], label: re.Match[str]) -> bool:
    """``line``, next to the label's line with no blank line between, is a section name of a
    menu: one or two words, no stop."""
    a, b = sorted((line, label), key=lambda m: m.start())
    between = text[a.end() : b.start()]
    words = line.group().split()
    return (
        between.count("\n") == 1
        and 0 < len(words) <= 2
        and line.group().rstrip()[-1:] not in ".!?:"
    )


def voice_of(span: tuple[int, int], index: VoiceIndex) -> Voice:
    """Whose words the marked span is: a speaker's (quoted), reported speech, or the outlet's."""
    if _inside(span, index.quoted):
        return "quoted"
    if _inside(span, index.speakers):
        return "outlet"
    if _inside(span, index.reported):
        return "reported"
    return "outlet"


def _label_verb(word: Token, lexicon: Lexicon, first: int) -> tuple[Token, bool] | None:
    """The verb that would pin ``word`` on someone as a label (see ``_anothers_label``) and
    whether the label is its "as" phrase, or None where the parse gives no such verb. Whether the
    verb labels, and who by, is the caller's test. ``first``: the index of the mark's first
    token."""
    while word.dep_ in ("amod", "conj", "compound") and word.head.lower_ != "as":
        if word.dep_ == "conj" and word.head.pos_ == "VERB":
            break  # "criticized as racist and homophobic", the second word parsed onto the verb
        word = word.head  # "as a corrupt official", "communists or traitors"
    head = word.head
    merged = _merged_complement(word, first)
    if word.dep_ == "conj" and any(c.lower_ == "as" for c in head.children):
        verb = head
    elif word.dep_ in ("pobj", "pcomp") and head.lower_ == "as":
        # "as" with a noun, or with a gerund the parse makes its clause ("condemned as
        # fearmongering")
        verb = _past_relative_clause(head)
    elif (
        word.dep_ in PREDICATES | {"xcomp"}
        or (word.dep_ in ("amod", "advmod") and head.lower_ == "as")
        # "will brand you a liar": the parse takes the label for a second object
        or (word.dep_ == "dobj" and any(c.dep_ == "dative" for c in head.children))
    ):
        verb = head.head if head.lower_ == "as" else head
        if verb.lemma_ == "be" and verb.dep_ == "xcomp":
            verb = verb.head  # "deemed to be traitors"
    elif word.dep_ in ("amod", "advmod") and any(
        c.lower_ == "as" and c.i == word.i - 1 for c in word.children
    ):
        verb = head  # "a charge she rejected as baseless", "as" parsed onto the adjective
    elif _second_object(word):
        verb = head  # "deemed the plan a failure", "branded the mayor a liar"
    elif merged is not None:
        verb = merged
        if _lemma(verb) not in lexicon.naming:
            return None  # "condemned the union thugs": the object, the writer's naming
    else:
        return None
    # the label is an "as" phrase ("as a stunt", "a charge she rejected as baseless", "as racist
    # and homophobic")
    through_as = (
        head.lower_ == "as"
        or any(c.lower_ == "as" and c.i == word.i - 1 for c in word.children)
        or (word.dep_ == "conj" and any(c.lower_ == "as" for c in head.children))
    )
    if verb.dep_ == "dobj" and verb.pos_ in NOMINAL and head.lower_ == "as":
        verb = verb.head  # "dismissed the plan as a stunt", "as" parsed onto the object
    elif verb.dep_ == "pobj" and head.lower_ == "as" and verb.head.dep_ == "agent":
        verb = verb.head.head  # "was denounced by rivals as a bigot", "as" parsed onto the agent
    elif (
        verb.dep_ == "pobj"
        and verb.pos_ in NOMINAL
        and head.lower_ == "as"
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ == "VERB"
    ):
        # "pointed to the delay as absurd", "as" parsed onto the object of the verb's "to"
        verb = verb.head.head
    return verb, through_as


def _anothers_label(word: Token, lexicon: Lexicon, first: int | None = None) -> bool:
    """The sentence gives the word as the label someone else pins on someone: the "as"
    complement of a verb of labelling ("tarred the mayor as an anti-semite", "was criticised as
    homophobic", "seen as a disaster") or what such a verb makes of its object ("deemed them
    traitors", "deemed to be traitors", and "call the union extremists", which the parse takes
    for one noun phrase: see ``_merged_complement``). Not where the writer is the one who
    labels ("I regard him as a fraud"), and not for a verb that is not in ``[context]
    labelling`` or that a particle makes another verb ("called out the radical mayor"; with an
    "as" phrase it still labels: "singled out the bill as reckless"). A verb that puts its
    object forward (``[context] presenting``: "pointed to the delay as absurd", "cited the levy
    as a disgrace") labels through its "as" phrase only, and only for a named subject or agent.
    ``first``: the index of the mark's first token, when it is not ``word`` ("union
    bosses")."""
    found = _label_verb(word, lexicon, word.i if first is None else first)
    if found is None:
        return False
    verb, through_as = found
    if verb.pos_ != "VERB":
        return False
    lemma = _lemma(verb)
    if lemma in lexicon.handling:
        # a verb of handling labels only in a passive that names no one: "abroad the toll row is
        # treated as a bizarre quirk" is how others take it, where "the landlord treated his
        # tenants as vermin" and "were treated as vermin by the landlord" tell what he did
        return through_as and is_agentless_passive(verb)
    if lemma not in lexicon.labelling:
        # a verb that puts its object forward ([context] presenting) gives a judgement only in
        # its "as" phrase, and only for someone named: "is cited as an expert" is the writer's
        return (
            through_as
            and lemma in lexicon.presenting
            and not is_agentless_passive(verb)
            and _labeller_is_another(verb, lexicon)
        )
    if not through_as and any(c.dep_ == "prt" for c in verb.children):
        # a phrasal verb is another verb: "called out the radical mayor"; with an "as" phrase
        # the particle verb still labels ("singled out the bill as reckless", "summed up the
        # governor as spineless", "called out the mayor as a hypocrite")
        return False
    return _labeller_is_another(verb, lexicon)


# what a verb that names takes besides its object: with one of these the label is elsewhere
_OTHER_COMPLEMENTS = frozenset({"oprd", "xcomp", "ccomp", "dative", "attr", "prt"})
# where "call" summons someone rather than naming them: "called the bosses to a meeting"
_SUMMONS_TO = frozenset({"to", "into", "before", "for"})


def _second_object(word: Token) -> bool:
    """The noun is the label a verb gives its object, where the parse takes both for objects
    of the verb ("deemed the plan a failure", "judged the alliance a paper tiger", "branded
    the mayor a liar" with the label as an adverbial noun) or the two for a clause of their own
    ("considered the army a paper tiger"). Whether the verb labels is ``_anothers_label``'s
    test."""
    verb = word.head
    if word.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i > word.i:
        return False
    if word.dep_ == "ccomp":
        return any(c.dep_ == "nsubj" and c.pos_ in NOMINAL for c in word.children)
    return word.dep_ in ("dobj", "npadvmod") and any(
        c.dep_ == "dobj" and c.i < word.left_edge.i for c in verb.children
    )


def _merged_complement(word: Token, first: int) -> Token | None:
    """The verb that names, when the parse took its object and the label it gives for one noun
    phrase: "Critics call the union extremists" and "call the union's leaders thugs" parse the
    object as a compound or possessive on the label, "dubbed the council's plan a disaster" as
    an apposition with no comma. A verb of naming ("call", "dub", "brand", "label": the verbs
    of ``[context] labelling`` that are ``naming`` too) needs a complement, so where it has no
    other, the last noun is it. The noun or name before the label must lie outside the mark
    ("called the union bosses", where the list has "union bosses", is the phrase), and the
    verb must have no complement, particle or passive of its own, nor the place "call"
    summons someone to ("called the union thugs to a meeting")."""
    if word.pos_ != "NOUN":
        return None
    if word.dep_ == "dobj":
        object_ = next(
            (
                c
                for c in word.children
                if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN") and c.i < first
            ),
            None,
        )
        verb = word.head
    elif word.dep_ == "appos" and word.head.dep_ == "dobj" and word.head.i < word.i:
        object_ = word.head
        if set_off(word):
            return None  # "dubbed the plan, a disaster for ...": the writer's aside
        verb = object_.head
    else:
        return None
    if object_ is None or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in _OTHER_COMPLEMENTS | {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    if any(c.lower_ in _SUMMONS_TO or c.lower_ == "as" for c in verb.children):
        return None  # "called the union bosses to a meeting" summons them
    return verb


def _past_relative_clause(as_: Token) -> Token:
    """The word "as" hangs on: its head, or, where the parser hung it on a relative clause that
    a comma closes before it ("labels landlords, who raised rents, as bigots"), the verb whose
    object the clause describes: "as" comes after the clause, so it is that verb's."""
    verb = as_.head
    if (
        verb.dep_ == "relcl"
        and as_.i > 0
        and as_.doc[as_.i - 1].text == ","
        and as_.doc[as_.i - 1].head.i in (verb.i, verb.head.i)
        and verb.head.dep_ == "dobj"
    ):
        return verb.head.head
    return verb


def _relayed(word: Token, sizes: frozenset[str]) -> bool:
    """The word is in what a passive verb of saying or thinking relays about its subject:
    "bosses are said to be furious", "the star is reported to have stormed off", "is believed
    to be livid". Whoever says or believes it is not named, but it is not the writer's own
    statement either, so the word is "reported" (the assertions call the sentence vaguely
    sourced). A verb that presents its clause as fact ("is known to be"; "was revealed to be",
    ``[factive] passive``, when nothing hedges, denies or credits it) relays nothing, and
    a word grading a figure ("is estimated to be worth a whopping £400,000") is the writer's
    (see ``SpeechTest.asides``)."""
    if _grades_a_figure(word, sizes):
        return False
    cues = cue_lexicon()
    tok = word
    while tok.head.i != tok.i:
        verb = tok.head
        if (
            tok.dep_ == "xcomp"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            lemma = cues.lemma(verb)
            relays = lemma in cues.verbs or lemma in cues.thought or lemma in cues.hearsay
            if lemma in cues.factive_passive and _plainly_established(verb):
                return False
            return relays and lemma not in cues.factive
        tok = verb
    return False


def _purported(word: Token, lexicon: Lexicon) -> bool:
    """The word is in the "to" infinitive of a verb by which its subject claims something of
    itself ([context] purporting: "the dossier, which purports to show sinister ties", "a group
    that professes to defend decent families"): what it purports to show or be is its claim, so
    "reported", unless the writer is the subject ("I profess to be a cynic"); the passive ("is
    purported to be a sinister plot") relays the claim of someone unnamed. A word in the subject
    is the writer's naming ("the sinister dossier purports to show ...")."""
    tok = word
    while tok.head.i != tok.i:
        verb = tok.head
        if _lemma(verb) in lexicon.purporting and verb.pos_ == "VERB":
            # the parse takes the infinitive for an adverbial clause as often as a complement
            return (
                tok.dep_ in ("xcomp", "advcl")
                and tok.i > verb.i
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and _labeller_is_another(verb, lexicon)
            )
        if tok.dep_ in ("advcl", "parataxis") or (tok.dep_ == "relcl" and set_off(tok)):
            return False  # "..., which the reckless mayor ignored": the writer's aside
        tok = verb
    return False


def _plainly_established(verb: Token) -> bool:
    """A passive of finding ("was shown to be a hoax") that states the finding outright: no
    "by" agent ("was shown by critics to be"), no negation ("has not been shown"), no modal
    ("may be shown"), no "if" or "unless" and no adverb of hearsay (vague_sources.toml
    [adverbs]: "was allegedly shown")."""
    hearsay = vague_lexicon().adverbs
    return not any(
        c.dep_ in ("agent", "neg")
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        or (c.dep_ == "aux" and c.tag_ == "MD")
        or (c.dep_ == "advmod" and c.lower_ in hearsay)
        for c in verb.children
    )


def _accounted(word: Token) -> bool:
    """The word is in a clause framed as someone's account ("It was, by her own account, a
    disaster", "By all accounts, the mayor was furious", "According to the coach, the ref was
    biased"; see ``_frame``): the clause is what the teller says, not the writer's own
    statement, so the word is "reported". Only what the clause tells: a word in its subject,
    or in the subject's owner, set before the frame is the writer's name for whom the account
    is about ("The regime, by its own account, executed ..."); after an opening frame ("By her
    own account, the thugs ...") the subject is part of the account too."""
    tok = word
    for _ in range(50):
        frame = next((c for c in tok.children if c.dep_ == "prep" and _frame(c)), None)
        if frame is not None:
            if frame.left_edge.i <= word.i <= frame.right_edge.i:
                return False  # the teller's own name: "according to a shocking report"
            # the parse may hang the frame on the subject itself ("The regime, by its own
            # account, jailed ...")
            return tok.dep_ not in _SUBJECT_DEPS or frame.i < tok.i
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in _SUBJECT_DEPS and any(
            c.dep_ == "prep" and _frame(c) and c.i > tok.i for c in tok.head.children
        ):
            return False  # the frame stands after the subject: "The regime, by its account, ..."
        tok = tok.head
    return False


_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _seemed_to_another(word: Token, lexicon: Lexicon) -> bool:
    """The word is in what a verb of seeming ([context] seeming) says seemed so to someone
    other than the writer ("Her visit seemed, to some, a cynical act of pandering", "To
    critics the plan seemed reckless"): the "to" phrase names whose view it is, so the word is
    "reported". Not "seemed to me", not a word in the subject, which the writer names ("The
    reckless plan seemed to some wise"), nor in the "to" phrase itself ("seemed to reckless
    critics wise")."""
    tok = word
    for _ in range(50):
        verb = tok.head
        if verb.i == tok.i:
            return False
        if verb.pos_ in ("VERB", "AUX") and _lemma(verb) in lexicon.seeming:
            if tok.dep_ in _SUBJECT_DEPS or (tok.dep_ == "prep" and tok.lower_ == "to"):
                return False
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
            return obj is not None and _a_teller(list(obj.subtree))
        tok = verb
    return False


def _frame(prep: Token) -> bool:
    """A frame that gives a clause to a teller: "by her own account" (``account_frame``) or
    "according to" someone other than the writer ("According to the coach, the ref was
    biased", "... was a disgrace, according to insiders"; not "according to me", nor "according
    to plan", which has no teller: its object is a thing with no article or owner)."""
    if account_frame(prep) is not None:
        return True
    if prep.lower_ != "according":
        return False
    to = next((c for c in prep.children if c.lower_ == "to"), None)
    obj = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
    return obj is not None and _a_teller(list(obj.subtree))


def _a_teller(words: Sequence[Token]) -> bool:
    """The words after "according to" name a teller: a name, a pronoun other than the
    writer's, a plural noun or a noun with a determiner or an owner ("the coach", "show
    insiders", "her aides"); not "me" or "us", nor a bare noun ("according to plan")."""
    words = [t for t in words if not t.is_punct]
    if not words or any(t.lower_ in NARRATORS | {"us"} for t in words):
        return False
    return any(
        t.pos_ in ("PROPN", "PRON", "DET") or t.tag_ in ("NNS", "NNPS", "PRP$") for t in words
    )


# the most words of a teller's name an "according to" frame set off by a comma may hold
_MAX_TELLER = 12


def _according_sentence(word: Token) -> bool:
    """The word is in a sentence that an "according to" frame gives to a teller, read off the
    words where the parse loses the frame: the sentence opens with "According to X," and the
    word follows the comma ("According to the coach, the move reeks of fear"), or it ends with
    ", according to X." and the word comes before it ("... demeaned staff with sexist jokes,
    according to show insiders"). As in ``_accounted``, a word in the subject before a closing
    frame is the writer's naming of whom the account is about. The opening frame may follow a
    conjunction or a sentence adverb ("But according to the coach, ...", "However, according
    to insiders, ..."); words that describe the teller ("According to the coach, who was
    furious, ...", "According to the report, published after a shameful row, ...") hang on
    the teller's name and are the writer's."""
    sent = word.sent
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 4:
        return False
    first = _opening_frame(toks)
    if first is not None:
        teller = toks[first + 2 : first + 2 + _MAX_TELLER]
        comma = next((k for k, t in enumerate(teller) if t.text == ","), None)
        if comma is None or word.i <= teller[comma].i or not _a_teller(teller[:comma]):
            return False
        return not _describes_teller(word, toks[first : first + 2 + comma])
    end = len(toks)
    while end and toks[end - 1].is_punct:
        end -= 1
    start = next(
        (
            i
            for i in range(max(1, end - _MAX_TELLER - 2), end - 2)
            if toks[i].lower_ == "according"
            and toks[i + 1].lower_ == "to"
            and toks[i - 1].text == ","
        ),
        None,
    )
    if start is None or word.i >= toks[start - 1].i or not _a_teller(toks[start + 2 : end]):
        return False
    return not any(
        t.dep_ in _SUBJECT_DEPS
        and t.head.dep_ == "ROOT"
        and t.left_edge.i <= word.i <= t.right_edge.i
        for t in sent
    )


# the most words of a view's holder a sentence-opening "For X," frame may hold
_MAX_HOLDER = 8


def _for_frame(word: Token, lexicon: Lexicon) -> bool:
    """The word is in a clause that an opening "For X," or "To X," frame gives to X as X's view
    ("For Jan Roe, the senator is exposing the perverse logic of the scheme", "But for many
    economists, the plan is reckless", "To his critics, the mayor is a crook"): X is a person (a
    name the tagger calls a PERSON, "him", "her"), people known by their role or their side
    (role_nouns.toml [roles], attribution_cues.toml [stance_agents]: "the senator", "critics")
    or, after "To", many people at once with no noun ([context] sweeping: "To many, ...", not
    "To many of us"; "For many, the closure was a disaster" says whom it hit).
    Not a frame of time,
    example or part ("For years, ...", "For now, ...", "For his part, Roe said ..."), not a
    place or a thing ("For the city, the closure was a disaster": what it meant for the city is
    the writer's verdict), not "For all X," (in spite of X), and not a "for" inside the
    sentence ("He voted for Roe, a brutal choice"); words that describe the holder ("For Roe,
    a bitter rival, ...") are the writer's.

    Only a judgement is X's view: "For X," also frames what happened to X ("For the president,
    the shameful episode ended on Friday"), which is the writer's narration. So the frame must
    hang on the sentence's main verb, that verb must link a subject to a predicate (``be``, a
    verb of seeming or another linking verb: [context] linking, seeming), and the word must lie
    in the predicate (``_in_predicate``): not in the subject ("For Roe, the brutal regime was a
    nightmare": the writer names the regime), nor in a clause joined on ("..., and the radical
    left celebrated")."""
    toks = [t for t in word.sent if not t.is_space]
    if len(toks) < 4:
        return False
    first = 1 if toks[0].tag_ == "CC" else 0
    if toks[first].lower_ not in ("for", "to") or toks[first + 1].lower_ == "all":
        return False
    holder = toks[first + 1 : first + 1 + _MAX_HOLDER]
    comma = next((k for k, t in enumerate(holder) if t.text == ","), None)
    if comma is None or comma == 0 or word.i <= holder[comma].i:
        return False
    obj = next((c for c in toks[first].children if c.dep_ == "pobj"), None)
    if obj is None or not holder[0].i <= obj.i < holder[comma].i:
        return False
    if obj.left_edge.i <= word.i <= obj.right_edge.i:
        return False  # "For Roe, a bitter rival, ...": the writer's words for the holder
    root = word.sent.root
    if toks[first].head.i != root.i or _lemma(root) not in lexicon.linking | lexicon.seeming:
        return False  # "For the president, the episode ended on Friday": an event, no view
    if {obj.lower_, _lemma(obj)} & lexicon.sweeping and obj.pos_ != "NOUN":
        # "To many, ..." gives a view; "For many, the closure was a disaster" says whom it hit,
        # and "many of us" counts the writer in
        return (
            toks[first].lower_ == "to"
            and not any(t.lower_ in NARRATORS | {"us"} for t in obj.subtree)
            and _in_predicate(word, root, lexicon)
        )
    return _in_predicate(word, root, lexicon) and _holds_views(obj)


def _in_predicate(word: Token, verb: Token, lexicon: Lexicon) -> bool:
    """The word is in what the linking ``verb`` says of its subject: under its predicate ("was a
    fiasco", "proved reckless") or a predicate phrase ([context] linking_preps: "amounted to a
    triumph", "seemed like a gamble"), with no verb or phrase between: a clause or a
    preposition's phrase inside the predicate names someone or something else in the writer's
    words ("a chance to attack his radical rival", "a triumph for the radical left")."""
    tok = word
    for _ in range(50):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.i == verb.i:
            return tok.dep_ in PREDICATES or (
                tok.dep_ == "prep" and tok.lower_ in lexicon.linking_preps
            )
        if head.pos_ in ("VERB", "AUX") or (tok.i != word.i and tok.pos_ in ("VERB", "AUX")):
            return False
        if tok.dep_ == "prep":
            return False
        tok = head
    return False


def _holds_views(obj: Token) -> bool:
    """A person or people who hold a view: a PERSON name (or a name with one in it), "him" or
    "her", or a noun of a role ([roles]) or a side ([stance_agents])."""
    if obj.tag_ == "PRP":
        # "him", "her": a pronoun with a gender in pronouns.toml stands for one person
        return cue_lexicon().pronouns.get(obj.lower_) in ("male", "female")
    if obj.ent_type_ == "PERSON" or any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in obj.children
    ):
        return True
    if obj.pos_ != "NOUN":
        return False
    words = {obj.lemma_.lower(), obj.lower_}
    roles = role_lexicon()
    return any(roles.role_class(w) for w in words) or bool(words & cue_lexicon().opinion_holders)


def _opening_frame(toks: Sequence[Token]) -> int | None:
    """Where an "according to" that opens the sentence stands in ``toks``: first, or after a
    conjunction ("But according to ...") or a sentence adverb set off by a comma ("However,
    according to ...")."""
    first = 0
    if toks[0].tag_ == "CC":
        first = 1
    elif toks[0].pos_ == "ADV" and toks[1].text == ",":
        first = 2
    if first + 2 >= len(toks) or toks[first].lower_ != "according":
        return None
    return first if toks[first + 1].lower_ == "to" else None


def _describes_teller(word: Token, frame: Sequence[Token]) -> bool:
    """The word is in a relative or participle clause that the parse hangs on a word of the
    frame ("according to the coach") before its comma (", who was furious after the match,",
    ", published after a shameful row,"): the writer's description of the teller. Not the
    rest of the sentence, which the parse may hang on the teller's name as well."""
    words = {t.i for t in frame}
    tok = word
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and tok.head.i in words:
            return True
        tok = tok.head
    return False


def _charged(word: Token, lexicon: Lexicon) -> bool:
    """The word is in the "of" phrase of a noun of accusation ("dogged by allegations of
    cronyism", "faced accusations of a cover-up"): what the accusers charge, so their word,
    reported, not the writer's verdict (``[context] charges``). "in charge of the thugs" is
    the idiom of command, no charge: the noun is the object of "in"."""
    tok = word
    while tok.dep_ in ("amod", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "allegations of blatant cronyism", "of cronyism and graft"
    prep = tok.head
    # a gerund is the object of "of" too ("allegations of pandering")
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ != "of":
        return False
    noun = prep.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return False  # "the official in charge of the cronies"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.charges


def _later_term(prep: Token) -> bool:
    """A "to" or "with" phrase follows inside ``prep``'s phrase: the last is the second term of
    a comparison, and ``prep`` describes the object before it."""
    return any(
        t.dep_ == "prep" and t.lower_ in ("to", "with") and t.i > prep.i for t in prep.subtree
    )


def _likened_or_accused(word: Token, lexicon: Lexicon) -> bool:
    """The word is in what a verb of likening likens its object to ([context] likening:
    "compared the banker to a puppet master"), in the "of" phrase of a picture a verb of
    labelling paints ([context] depictions: "painted a grim picture of a lawless city"), or in
    the charge of a verb of labelling whose frame brings the charge in with "of" ("activists
    accusing the council of being cruel"), or in the "for" phrase of a verb of labelling that
    is a verb of saying ("critics blasted the council for being cruel"; not one of seeing,
    "sees him for what he is"), so it is the likener's
    or accuser's figure, unless the writer is the one who likens or accuses
    (``_labeller_is_another``). The object itself ("accused the reckless mayor of ...") is still
    the writer's naming."""
    tok = word
    while tok.dep_ in ("amod", "compound", "conj", "advmod") and tok.head.i != tok.i:
        tok = tok.head  # "to a shadowy puppet master", "of being cruel and petty"
    if tok.dep_ in ("acomp", "attr") and tok.head.dep_ == "pcomp":
        tok = tok.head  # "of being cruel"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lower_ in ("that", "those")
        and tok.head.head.dep_ == "pobj"
    ):
        tok = tok.head.head  # "compared his influence to that of a puppet master"
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return False
    verb = prep.head
    if (
        prep.lower_ in ("to", "with")
        and verb.dep_ == "dobj"
        and verb.head.pos_ == "VERB"
        and _lemma(verb.head) in lexicon.likening
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.head.children)
        and not (prep.lower_ == "with" and _later_term(prep))
    ):
        # "compared Soros to a puppet master", "to" parsed onto the object; not when the verb
        # has a "to" or "with" of its own, which is then the second term and the object's
        # phrase tells which ones ("compared schools with poor results to schools elsewhere"),
        # nor when a "with" on the object has a "to" or "with" after it, which the parse hung
        # inside ("compared patients with a severe form with healthy adults")
        verb = verb.head
    if (
        prep.lower_ == "of"
        and verb.dep_ == "dobj"
        and verb.lemma_.lower() in lexicon.depictions
        and _lemma(verb.head) in lexicon.labelling
    ):
        return _labeller_is_another(verb.head, lexicon)  # "painted a grim picture of ..."
    if verb.pos_ != "VERB":
        return False
    lemma = _lemma(verb)
    if lemma in lexicon.likening:
        # a verb with a subject or an object likens ("comparing the inquiry to a witch hunt");
        # "sales rose compared with the disastrous year" uses it as a preposition, the
        # writer's comparison
        likens = prep.lower_ in ("to", "with") and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj")
            # a name as the object may be parsed as an adverbial noun ("compared Soros to ...")
            or (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and verb.i < c.i < prep.i)
            for c in verb.children
        )
    else:
        cues = cue_lexicon()
        frames = cues.verbs.get(lemma, frozenset())
        # the ground of a verb of saying that labels ("blasted the council for being
        # spineless", "praised her for a bold stand") is the charge or the praise as given
        likens = lemma in lexicon.labelling and (
            (prep.lower_ == "of" and "of" in frames)
            or (prep.lower_ == "for" and lemma in cues.verbs and lemma not in cues.thought)
        )
    return likens and _labeller_is_another(verb, lexicon)


def _held(word: Token, lexicon: Lexicon) -> bool:
    """The word is in the "that" clause of a noun of a held view, a statement or a charge
    ([context] stances, the cue nouns, [context] charges): "the pastor's position that bankers
    are evil", "the false accusations that the mayor was a crook". What the clause says is
    what the holder holds, not the writer's statement, though no holder is named. A relative
    clause ("the claims that he made were reckless") is no such clause: its "that" is a
    pronoun, not the word that opens a clause."""
    nouns = lexicon.stances | lexicon.charges | cue_lexicon().nouns
    if _in_parenthesis(word):
        return False  # "(a baseless claim)": the writer's aside
    doc, tok = word.doc, word
    while tok.head.i != tok.i and tok.dep_ not in ("advcl", "relcl", "parataxis"):
        # ... not past a clause of the writer's inside it ("the notion that ..., ignoring the
        # fact that ...")
        clause = tok
        tok = tok.head
        if clause.dep_ not in ("acl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i
            for c in clause.children
        ):
            continue
        # the noun the clause completes; the parse may hang the clause on the verb instead
        # ("disagrees with the pastor's position that ...", the clause on "disagrees")
        noun = tok if tok.pos_ == "NOUN" else doc[clause.left_edge.i - 1]
        if (
            clause.left_edge.i > 0
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in nouns
            and not _writers_own(noun)
        ):
            return True
    return False


def _writers_own(noun: Token) -> bool:
    """The view is the writer's: "my view that ...", "I hold the view that ..."."""
    if any(c.dep_ == "poss" and c.lower_ in NARRATORS | {"my", "our"} for c in noun.children):
        return True
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return noun.dep_ == "dobj" and subj is not None and subj.lower_ in NARRATORS


def _in_parenthesis(word: Token) -> bool:
    """The word stands inside round brackets opened in its sentence."""
    for tok in reversed(word.doc[word.sent.start : word.i]):
        if tok.text == ")":
            return False
        if tok.text == "(":
            return True
    return False


def _labeller_is_another(verb: Token, lexicon: Lexicon) -> bool:
    """Who pins the label is not the writer: the subject of an active verb ("critics call him
    a fraud", not "I call him a fraud"), the agent of a passive ("was called a racist by
    neighbours"; "I was called a racist" is still another's label). A passive that names no
    one is another's too ("was criticised as homophobic"), unless the writer vouches for it
    with a modal or an adverb of their own ("can only be described as", "is rightly seen as").
    The infinitive of an impersonal frame ("it is fair to call them frauds") has no labeller but
    the writer."""
    if verb.dep_ == "xcomp" and _impersonal(verb.head):
        return False
    # a passive; a second passive joined to a first shares its subject ("cannot be trusted and
    # should be regarded as lies")
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        labeller = agent_of(verb)
        if labeller is None:
            return not any(
                c.tag_ == "MD" or (c.dep_ == "advmod" and _lemma(c) in lexicon.endorsing)
                for c in verb.children
            )
    else:
        labeller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return labeller is None or labeller.lower_ not in NARRATORS


def _lifted_words(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The pieces of partial quotes that hold only a word or two and are the label a verb of
    describing gives ('described the results as "game-changing"', 'hailed the plan as
    "visionary"'): the outlet lifting someone's word to point at it, not a speaker talking
    (see ``_lifted``). A word lifted from a statement ('said it would be "wonderful"') is the
    speaker's remark and stays unmarked, as in a full quote."""
    text = text_of(doc)
    labels = lexicon.labelling | lexicon.naming
    return [
        piece
        for q in doc._.cr_quotes or []
        if q.kind == "partial" and (q.cue or "") in labels
        for piece in q.pieces
        if 1 <= len(text[piece[0] : piece[1]].split()) <= MAX_SCARE_WORDS
    ]


def _echoed_words(doc: Doc) -> list[tuple[int, int]]:
    """Quotation marks nobody is quoted as speaking from, around a word or two that a speaker
    says elsewhere in the article (a headline's 'unveils "game-changing" wallet' before the
    chief executive's "This is a game-changing moment"): the outlet lifts the speaker's word,
    as with ``_lifted_words``, so it is the speaker's ("quoted") and still shown."""
    quotes = doc._.cr_quotes or []
    speech = [q.span for q in quotes if q.kind in ("direct", "partial")]
    if not speech:
        return []
    text = text_of(doc)
    echoed: list[tuple[int, int]] = []
    for q in quotes:
        if (
            q.kind != "scare"
            or not 1 <= len(text[q.span[0] : q.span[1]].split()) <= MAX_SCARE_WORDS
        ):
            continue
        span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
        if span is not None and len(span) and _echoes_speaker(doc, span, speech):
            echoed.append(q.span)
    return echoed


def _lifted(chars: tuple[int, int], lifted: Sequence[tuple[int, int]]) -> bool:
    """The mark is the whole of a quoted word or two the outlet lifted ('as "game-changing"'):
    the hype is still someone else's ("quoted"), but the outlet chose to repeat just that word,
    so it is shown, where the same word in a speaker's sentence is the speaker talking."""
    return any(s <= chars[0] and chars[1] <= e for s, e in lifted)


def _a_time(prep: Token) -> bool:
    """A preposition whose object is a bare calendar date ("on Saturday", "on March 3", "on 3
    March", "on Tuesday morning", "last week"): it tells when, not what the blame or the
    warning is about ("blamed a reckless tackle on Saturday"). A weekday or a month
    ([weekdays], [months] of page_furniture.toml; with [day_parts], [relative_times] and
    [periods]) counts only capitalised and not a person's
    name, a month only with its day. A season or a stretch of time with its own words ("on
    the wet summer", "on the long winter", "on the night of the vote") may be the cause the
    speaker gave, and is no date."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    words = [t for t in obj.subtree if not t.is_punct]
    furniture = furniture_lexicon()
    dated = [
        t
        for t in words
        if t.lower_ in furniture.weekdays or t.lower_ in furniture.months
        if t.text[:1].isupper() and t.ent_type_ != "PERSON"  # "blamed the delays on May"
    ]
    relative = furniture.relative_times
    if not dated:
        return (  # "last week"
            len(words) == 2 and words[0].lower_ in relative and words[1].lower_ in furniture.periods
        )
    rest = [t for t in words if t not in dated]
    if all(t.lower_ in furniture.months for t in dated) and not any(t.like_num for t in rest):
        return False  # a month alone is no date after "on" ("in May" is): "blamed it on May"
    return all(t.like_num or t.lower_ in furniture.day_parts or t.lower_ in relative for t in rest)


def _said_clause(word: Token) -> bool:
    """The word is in a clause that a verb of saying or thinking brings in with "that" (a verb of
    saying also with no word at all: "a notice saying the pitch stays shut until the reckless
    parking stops"), or in the question a verb that asks brings in with "if" or "whether" ("an item
    suggesting that the mayor was hypocritical", "she acknowledged that she had misspoken",
    "asked the mayor if the bogus scheme ..."): what the clause says is the speaker's, reported,
    where the quote finder did not record it. As for an indirect quote (``SpeechTest``), not
    where the speaker is the writer ("I said that ..."), nor after a verb that presents its
    clause as fact ("knows that") or holds words back, nor in the writer's impersonal frame ("it
    is fair to say that ..."); and, this being read without a recorded quote, not in a relative
    clause or an aside inside the clause (", an admission that her rivals trumpeted"), which may
    be the writer's comment."""
    cues = cue_lexicon()
    tok = word
    while tok.head.i != tok.i:
        clause, tok = tok, tok.head
        if clause.dep_ in ("relcl", "appos", "parataxis") or _comment_clause(clause):
            return False  # not past a relative clause or an aside, often the writer's comment
        if clause.dep_ not in ("ccomp", "advcl"):
            continue
        mark = clause.left_edge  # the parse may hang it lower in the clause
        if tok.pos_ != "VERB":
            continue
        lemma = cues.lemma(tok)
        bare = mark.dep_ != "mark"
        # a clause with no "that" after a verb of saying ("a notice saying the reckless
        # parking must stop") reports as one with it; not one of thinking ("feel the plan is
        # ...", read by the rules for feelings), nor a clause that opens with a question word
        # ("saying what the senseless cuts meant", the writer's description) or that has no
        # verb (", a jab at the owners", a noun the parse hangs there: the writer's comment); and
        # only a clause after a verb with a subject of its own or a participle ("Roe said
        # the ...", "..., saying the ..."), where no word marks the clause the parse may take
        # a sentence for one ("Pell handed out keys; she says ...")
        if bare and (
            clause.dep_ != "ccomp"
            or clause.pos_ not in ("VERB", "AUX")
            or clause.left_edge.i < tok.i
            or not (tok.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in tok.children))
            or lemma not in cues.verbs
            or lemma in cues.thought
            or mark.tag_ in ("WP", "WDT", "WRB", "WP$")
            or any(c.dep_ == "mark" for c in clause.children)
        ):
            continue
        if bare:
            opens = True
        elif mark.lower_ in ("if", "whether"):
            # "asked if ...", "wondered whether ...": a question put; not the condition of
            # "wants ... if ...", nor the open question of a verb that weighs it ("must decide
            # whether ..."), which asserts nothing
            opens = lemma in cues.questions or lemma in cues.wondering
        else:
            opens = mark.lower_ == "that"
        if not opens:
            continue
        if lemma not in cues.verbs and lemma not in cues.thought:
            return False
        if _no_view(lemma, cues):
            return False
        if tok.dep_ == "xcomp" and _impersonal(tok.head):
            return False  # "it is fair to say that ..."
        if occasion_infinitive(tok):
            return False  # "it is time to concede that ...": the writer's call, no one else's
        if lemma in cues.thought and _describes_a_kind(tok):
            return False  # "anyone who thinks that ...": who is meant, no one's view
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and _no_one(
            [t.text for t in subject.subtree if not t.is_punct and not t.is_space]
        ):
            return False  # "Nobody believes that ...": no one's view
        return not _narrated(tok)
    return False


def _no_one(words: Sequence[str]) -> bool:
    """The words of a subject name no one, or too few to count (pronouns.toml [no_one]:
    "Nobody", "No one", "No minister", "No MPs", "Few"), not a name such as "No 10", nor a count
    ("No fewer than 40 MPs", "no more than a dozen")."""
    if not words or words[0].lower() not in cue_lexicon().no_one:
        return False
    if len(words) == 1:
        return True
    following = words[1]
    if words[0].lower() == "no" and following.lower() in ("fewer", "less", "more"):
        return False
    return not following[:1].isdigit()


def _narrated(verb: Token) -> bool:
    """The verb's subject is the writer or the reader, also through a verb it completes ("I
    begin to suspect that ...", "I have to tell you that ..."), or shares with the verb it
    is joined to ("We met and agreed that ..."); or the verb is a command to the reader, a
    bare main verb with no subject ("Remember that ...", "Go and tell the mayor that ...",
    "Ask yourself whether ...")."""
    for _ in range(5):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lower_ in NARRATORS
        if verb.dep_ == "ROOT":
            # the tagger may read a command that opens a line as the present ("Remember" VBP)
            return verb.tag_ in ("VB", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children
            )
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _comment_clause(clause: Token) -> bool:
    """A participle clause set off by a comma with no word to open it (", causing a disastrous
    rift"): it adds what followed, often in the writer's words, rather than going on with what
    was said."""
    first = clause.left_edge
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in ("VBG", "VBN")
        and first.i == clause.i
        and first.i > 0
        and clause.doc[first.i - 1].text == ","
    )


def _quoted_labels(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Quotation marks nobody is recorded as speaking from, around a word or two that is the
    label an active verb gives in someone else's name: the "as" complement of a verb of
    labelling ([context] labelling), saying or thinking ('summed up the senator as "reckless"',
    'the union branded the offer as "insulting"'), or what a verb of labelling makes of its
    object with no "as" ('called the mayor a "liar"', 'dubbed him "the butcher"', 'branded the
    boss a "tyrant"', ``_labels_its_object``), where the quote finder found no speaker for it. The
    marks give the label as the subject's word, so it is "quoted", as a lifted word is
    (``_lifted_words``); 'I see it as "reckless"', 'I call him a "genius"' and a passive ('was
    seen as "reckless"', 'was called a "genius"') keep the writer's scare quote, and so does
    the "as" of a verb that gives no label ('acted as a "puppet"', 'doubles as a "lavish"
    gift')."""
    cues = cue_lexicon()
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    for q in doc._.cr_quotes or []:
        if (
            q.kind != "scare"
            or not 1 <= len(text[q.span[0] : q.span[1]].split()) <= MAX_SCARE_WORDS
        ):
            continue
        span = doc.char_span(q.span[0], q.span[1], alignment_mode="contract")
        if span is None or not len(span):
            continue
        tok = span.root
        while tok.dep_ in ("amod", "compound", "conj", "advmod") and tok.head.lower_ != "as":
            if tok.head.i == tok.i:
                break
            tok = tok.head
        as_ = tok.head
        if tok.dep_ in ("pobj", "amod", "acomp") and as_.lower_ == "as" and as_.head.pos_ == "VERB":
            verb = as_.head
            lemma = cues.lemma(verb)
            if (
                lemma not in lexicon.labelling
                and lemma not in cues.verbs
                and lemma not in cues.thought
            ):
                continue  # 'acted as a "puppet"': no one labels anything
        else:
            labelling = _label_verb(tok, lexicon, span.start)
            if labelling is None or labelling[1] or not _labels_its_object(tok, labelling[0]):
                continue
            verb = labelling[0]
            if _lemma(verb) not in lexicon.labelling:
                continue  # 'showed the board a "lavish" plan': no label given
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in NARRATORS:
            found.append(q.span)
    return found


def _labels_its_object(word: Token, verb: Token) -> bool:
    """``verb`` (from ``_label_verb``) makes ``word`` the label of an object it has, with no "as"
    and no particle ("called up the mayor"): a second object ("branded the boss a tyrant") or a
    noun phrase the parse joins to the object (``_merged_complement``) is one; a predicate
    ('called the plan "reckless"') or an object after a dative ("called him a liar", read as
    "gave him a book") is one where that object comes before the label, and not as an
    infinitive, which tells what the object is to do ('called the crews to "crush" ...')."""
    if verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
        return False
    if word.head.i != verb.i or _second_object(word):
        return True
    objects = ("dative",) if word.dep_ == "dobj" else ("dobj", "dative")
    if not any(c.dep_ in objects and c.i < word.left_edge.i for c in verb.children):
        return False
    return word.tag_ != "VB" and not any(c.dep_ == "aux" for c in word.children)
