"""Loaded terms: words that colour the text, each with a note, a neutral alternative and a voice.

``cr_loaded`` matches the curated lexicon (``data/loaded_terms.toml``, see ``lexicon.py``) with
spaCy's ``PhraseMatcher`` on lemmas and lower-case words (``terms.py``), so "smears", "smeared" and
"smearing" all find the entry "smear", and multi-word phrases match on their lower-cased or
lemmatised words. Matches then pass the context checks that keep marks
trustworthy:

* a word inside a proper name is not loaded ("Regime Change Films", "the Reckless Hearts", an
  ORG/PERSON/WORK_OF_ART... entity), nor in a technical sense the entry excludes ("tax regime",
  also across a hyphen: "regime-change", and with words between: "the most devastating Kavarian
  airstrike", "the tax and customs regime");
* a verdict the sentence denies is applied to nobody ("the mayor is not brilliant", "this is no
  disaster"), and a term that is named or defined is mentioned, not used ("the word 'sheeple'",
  "'zealotry' means ...");
* "regime" and "meddling" are the conventional news words for a named government or a named
  country's interference ("the regime in Kavaria", "Ostrevian meddling", and later bare mentions
  of the same), so only the unnamed, verdict use is marked; a bare "the regime" after "the tax
  regime" refers back to that system and is not marked either;
* a verb of attack ("slam", "blast", "bash") is a verb of saying only where it attacks a
  person, a body or what they said or did ("slammed the mayor", "blasted the decision as
  reckless"), not a door, the brakes or rock (rule "attacking");
* capitalised words in quotation marks after a noun of a work ('the documentary "Witch
  Hunt"') are its title, not the writer's label;
* "so-called X" marks "so-called" together with the noun phrase it distances the writer from,
  but not where it only introduces a name or a coined compound ("the so-called Harwick Group",
  "so-called ghost guns"): that is the "commonly named" sense, not doubt. A compound of a
  benefit and a plain measure ("the so-called peace plan") is still marked: it questions the
  benefit claimed (``[context] claimed_goods`` and ``measures``), however many words the
  measure's name runs to and whether or not it is quoted ('the so-called "harbour renewal
  plan"');
* "alleged"/"allegedly" (and "purported(ly)") is the standard legal caution in crime and court
  reporting, so it is only marked as doubt where nothing in the sentence (or the one before) is
  about courts or police and the sentence frames the matter as disputed;
* "claim" is marked only where it frames a statement ("claimed that ...", "claims by critics",
  "claims that ..."), not as a right or demand ("insurance claims", "claimed responsibility"),
  and only where words outside the claim dispute it ("falsely claimed" carries its verdict on
  the adverb; "claimed there was no evidence" is not disputed by its own content), not where
  the dispute is the word it hangs from ("rejected the claim that ...", "lied by claiming ...")
  and not by a phrase that affirms ("no doubt");
* group words and labels with a neutral use ("neocon", "illegals", "fanatic", "swamp") are
  name-calling only when said of a person or group: predicated ("X is a globalist"), in
  apposition, as a title before a name ("the fanatic Kell"), qualified by whose they
  are ("his lackeys"; an adjective of faith or nation, "Islamic jihadis", does not count),
  followed by "who", or pointed at in a body of people ("those parasites in city hall"); not
  where speakers label themselves or the sentence denies it ("we were sheep", "he is no
  fool"). A label that also names a kept animal ("dog", "pig") is the animal where someone
  owns, walks or feeds it ("walks her dog", "fed the pigs"; ``[context] animals`` and
  ``animal_care``). Threat words cast people as a mass when they are the ones doing it ("migrants
  swarmed the post"), and "the woman's killer" or "the senator's cancer" names a victim;
* a word that is also a legal term ("fraudulent") is loaded only outside court and crime
  reporting, where it is the writer's verdict rather than the charge;
* a word of ruin ("ravaged", "havoc", "a disaster") is the plain word for the damage done, and
  is not marked, where a storm, flood, fire or disease did it: its own subject ("the storm
  ravaged the coast"), or, when it has none, the sentence or the one before in its paragraph
  names the hazard;
* a label may be the second half of a hyphened compound ("Trump-hating", "rumour-monger");
* "lie" is marked where the writer amplifies or piles it up ("a blatant lie", "a web of lies"),
  not where it names a charge plainly ("the lie about the budget");
* capitalised set phrases ("this Rigged Witch Hunt", "the Deep State") are still the phrase
  unless the parser found a name around them or a longer capitalised name goes on;
* a title-case headline ("Senator Unleashes Firestorm Over Unethical Sham") is matched once
  more on a lower-case copy, since the small model reads its words as names and misses them;
  the names in it are worked out on the article (see ``headlines.py``);
* puffery inside a speaker's quoted words is the speaker talking, not the outlet promoting,
  and an adjective standing for a class of people ("the righteous") praises nobody; but a word
  or two the outlet lifts into quotation marks as the label a verb of describing gives
  ('described the results as "game-changing"') is marked, in the voice "quoted";
* a speaker telling how they themselves felt ('"I was terrified," she said') is testimony
  about their own state, not wording that colours how others are seen, and is not marked;
* a scare quote the quotes component found (``Quote.kind == "scare"``) becomes a mark only where
  it holds one word (or two around a loaded word) at a distance inside the writer's phrase: not
  a title, a capitalised name, a foreign term, a term being named ('known as a "reference"'),
  one of a list of quoted terms, or a word a speaker is quoted using elsewhere in the article;
  and only where it passes a verdict: around a loaded word or a word for people or a camp ('the
  "journalists"', 'the "progressives"'). Other scare quotes stay in the quotes list only; see
  ``distancing``, ``_echoes_speaker`` and ``LoadedTerms._passes_verdict``.

Each mark gets a voice from where it sits: "quoted" inside a direct or partial quote or a
sentence the article pastes in from someone's post, "reported" inside reported speech, otherwise
"outlet" (see ``voice_of``). Reported speech lends its voice only where the words may be the
speaker's: a clause ("Roe said the plan was a farce"), a label ("Roe called the plan a farce",
"described it as a farce") or an intention ("vowed to ..."). The object a writer picks for a verb
("Roe denied the outrageous charges", "criticized the reckless agents") is the writer's
description of what was said, though the charge or fear a preposition of the verb brings in
("accused the board of a shameful cover-up", "warned of a catastrophic collapse") is the
speaker's; words after "declined to" or "refused to" were never said; and a
first-person source outside quotation marks ("I want to recall ...", "we can see that ...") is
the writer. A writer's comment set after reported speech ("said the plan was a breakthrough,
an absurd boast") is the writer's, and what a passive verb of saying relays ("bosses are said
to be furious") is "reported" though no one is named. A label the sentence pins on someone
through another's verb ("tarred the mayor as an anti-semite", "criticised as homophobic",
"deemed to be traitors") is that other's word, so it is "reported" even where no speech was
found (see ``_anothers_label``). Overlapping matches keep the contextual or longer one. A
mark's alternative is fitted to the form of the word it replaces ("cronies" -> "associates",
"slamming" -> "criticizing"; see ``terms.AlternativeFitter``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.headlines import HeadingIndex, term_keys, title_lines
from contextreader.analysis.lexicon import Entry, Lexicon, load_lexicon
from contextreader.analysis.paragraphs import BLANK_LINE, sentence_is_heading
from contextreader.analysis.quotes.lexicon import PREP_FRAMES, cue_lexicon
from contextreader.analysis.quotes.speakers import agent_of
from contextreader.analysis.terms import AlternativeFitter, TermMatcher
from contextreader.report import LoadedTerm, Quote, Voice

# entity types whose words are names, not the writer's word choice
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# a preposition after "claims" that names who makes them: "claims by critics"
CLAIM_PREPS = frozenset({"by"})
# dependency labels of a clause a verb of saying introduces
CLAUSAL = frozenset({"ccomp", "xcomp", "acl", "relcl", "parataxis"})
# quotation marks as tokens ('' is two apostrophes standing for a double mark in some archives)
QUOTE_CHARS = frozenset([*"\"'“”‘’«»", "''"])
SO_CALLED_NP = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# entity types that name whose government a "regime" is
NAMED_GOVERNMENT = frozenset({"GPE", "NORP", "PERSON", "ORG"})
# prepositions through which a place or person names whose government or act it is
NAMING_PREPS = frozenset({"in", "of", "by"})
# entity types of names that are places or things, never people
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "DATE"})
# entity types that are people or groups of people
PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG"})
# dependents through which a person or group qualifies a label noun: "Tory clowns", "his lackeys"
LABEL_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
# rules whose marks only count in the outlet's own voice: a speaker saying "clearly" is talking,
# the outlet writing it is editorializing
OUTLET_ONLY = frozenset({"stance"})
# categories not marked inside a speaker's quoted words: a speaker calling something "amazing" is
# talking, not the outlet promoting it, and a speaker's "he admitted" is their own account
NOT_QUOTED = frozenset({"puffery", "loaded verb of saying"})
# categories that hold words of feeling, which a speaker may use of themselves ("I was terrified")
FEELINGS = frozenset({"exaggeration", "fear and threat"})
# hedges not marked inside a speaker's quoted words: a lawyer's "allegedly" or a minister's
# "supposedly" is the speaker's caution, and a speaker's "so-called" their side of the dispute
# the article reports; the framing these rules look for is the writer's. Dismissals such as
# "nonsense" or "conspiracy theorist" stay loaded in anyone's mouth.
HEDGES_NOT_QUOTED = frozenset({"alleged", "ironic", "claims", "so-called", "participle"})
# categories whose words pass a verdict that a denial takes back: "the plan is not brilliant"
DENIABLE = frozenset(
    {"puffery", "exaggeration", "contentious label", "fear and threat", "expression of doubt"}
)
# adverbs that turn a denial into more of the same: "not just stupid", "not only illegal"
ADDITIVE = frozenset({"just", "only", "merely", "simply", "solely"})
# categories that praise a person or thing: "What is amazing is that ..." remarks on a fact instead
PRAISE_OF_THINGS = frozenset({"puffery"})
# a scare quote longer than this is a lifted phrase, not a word held at a distance
MAX_SCARE_WORDS = 2
# what may come right before a quote used inside the writer's own noun phrase
SCARE_BEFORE = frozenset({"DET", "ADJ", "NUM"})
SENTENCE_END = frozenset({".", "?", "!", "…"})
# what joins items of a list of quoted words
LIST_LINKS = frozenset({",", "and", "or", "/", ";"})
# what may amplify a verdict noun: "a blatant lie", "an outright lie", "bald-faced lies"
AMPLIFIERS = frozenset({"ADJ", "ADV", "VERB"})
# prepositions that link a label to the people it is about: "invasion of migrants", "war on women"
LABEL_PREPS = frozenset({"of", "on", "against", "by"})
# determiners that make a noun countable, one act or thing: "an outrage", "this outrage"
COUNT_DETS = frozenset({"a", "an", "this", "that", "such", "another", "every", "each"})
# what a doubt adverb qualifies when it is ironic about a description: "the supposedly
# independent panel", "an ostensibly neutral report"
DESCRIPTIVE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# relative pronouns that say the noun before them stands for people: "parasites who ..."
WHO_WORDS = frozenset({"who", "whom", "whose"})
RELATIVES = WHO_WORDS | {"that", "which"}
# determiners that point at someone present or named before: "those parasites in city hall"
DEMONSTRATIVES = frozenset({"these", "those", "this", "that"})
# prepositions that place a label in a body of people: "in parliament", "at the ministry"
GROUP_PREPS = frozenset({"in", "at", "on", "inside", "within", "from", "of"})
# speakers labelling themselves ("we were pigs in a pen") are not calling anyone names
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us", "those", "these"})
# modifiers that make a threat noun personal: not "poss" or "compound", which name the victim
THREAT_MODIFIERS = frozenset({"amod", "nmod"})
# dependency labels of a word used as a noun phrase: "the righteous" as subject or object
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# determiners a person's name does not take: "this Witch Hunt" is not a person
NOT_BEFORE_NAMES = frozenset({"this", "that", "these", "those", "a", "an", "such", "another"})
# dependents through which a word describes a noun, or a noun is described: "devastating"
# before "airstrike", "tax" before "regime"
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# a reported source outside quotation marks that is the writer, or the reader addressed
NARRATORS = FIRST_PERSON | {"you"}
# the root of a noun phrase: reported content that is a verb's object, not a clause
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# what a copular clause says of its subject: "is nonsense", "was false", "proved baseless"
PREDICATES = frozenset({"attr", "acomp", "oprd"})
# per-doc lookups the rules share while the component runs (removed when it finishes)
_CUE_STARTS_KEY = "cr_loaded.cue_starts"
_NAMED_USE_KEY = "cr_loaded.named_use"


# -- voice ---------------------------------------------------------------------------------


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
    ) -> VoiceIndex:
        """``pasted``: sentences that are someone's post set into the article; ``speech``: the
        part of an indirect quote's content that may hold the speaker's words, or None (see
        ``SpeechTest``)."""
        quotes = list(quotes)
        quoted = [q.span for q in quotes if q.kind in ("direct", "partial")]
        indirect = [speech(q) for q in quotes if q.kind == "indirect"]
        reported = [span for span in indirect if span is not None]
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
        return cls(_union([*quoted, *pasted]), _union(reported), _union(speakers))


class SpeechTest:
    """The part of an indirect quote's content that may hold the speaker's own words (see the
    module docstring). None when its source is the writer ("I", "we" outside quotation marks),
    after a verb that holds words back ("declined to comment on ...") or presents its clause as
    fact ("knows"), and for the object noun phrase of a verb, which the writer chose, unless
    the verb names or describes ("called it a farce") or a preposition of the verb brings in
    the matter of the charge or the warning (see ``_speakers_matter``)."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.naming = lexicon.naming
        self.remarks = lexicon.remarks
        self.cues = cue_lexicon()

    def __call__(self, quote: Quote) -> tuple[int, int] | None:
        span = self._speech(quote)
        return None if span is None else self._without_comment(span)

    def _speech(self, quote: Quote) -> tuple[int, int] | None:
        # the speaker as written ("I"), not as shown ("the writer")
        spk = quote.speaker_span
        written = self.text[spk[0] : spk[1]] if spk else quote.speaker_text or ""
        if written.lower() in NARRATORS:
            return None
        cue = quote.cue or ""
        if cue in self.cues.withheld or cue in self.cues.factive:
            return None
        if cue in self.naming or "as" in self.cues.verbs.get(cue, ()):
            return quote.span
        content = self.doc.char_span(*quote.span, alignment_mode="expand")
        if content is None or content.root.pos_ not in NOMINAL:
            return quote.span
        if any(t.lower_ == "as" for t in content):  # "described the plan as a disaster"
            return quote.span
        return self._speakers_matter(content, cue, quote.span)

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
        prep = next((t for t in content if t.lower_ in preps and t.dep_ == "prep"), None)
        return None if prep is None else (prep.idx, span[1])


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


def voice_of(span: tuple[int, int], index: VoiceIndex) -> Voice:
    """Whose words the marked span is: a speaker's (quoted), reported speech, or the outlet's."""
    if _inside(span, index.quoted):
        return "quoted"
    if _inside(span, index.speakers):
        return "outlet"
    if _inside(span, index.reported):
        return "reported"
    return "outlet"


# -- names and context ---------------------------------------------------------------------


def _title(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_upper


def part_of_name(tok: Token, in_heading: bool) -> bool:
    """A word that belongs to a name ("Regime Change Films") is not the writer's word choice.

    Named entities always count. Outside headings (which capitalise every word) a capitalised
    word is a name when it is not the first of its sentence, or when it opens a run of
    capitalised words.
    """
    if tok.ent_type_ in NAME_ENTS:
        return True
    if in_heading or not _title(tok):
        return False
    if not tok.is_sent_start:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and _title(nxt) and nxt.sent == tok.sent


def _legal_context(sent: Span, legal: frozenset[str]) -> bool:
    """True when the sentence or the one before is about courts, charges or police."""
    doc = sent.doc
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return any(t.lemma_.lower() in legal or t.lower_ in legal for t in doc[start : sent.end])


# the hedge's own words, the words of what it says, and the words it hangs from (see
# ``_own_scope``)
_Scope = tuple[range, set[int], set[int]]


def _contested(sent: Span, scope: _Scope, lexicon: Lexicon) -> bool:
    """True when the sentence frames its matter as disputed: a denial, a dispute, a doubt word.

    "claimed" or "alleged" alone is how much news reports any statement or charge; together with
    "denied", "without evidence" or "hoax" it marks the writer keeping a matter at arm's length.
    The words of ``scope`` do not count (see ``_own_scope``).
    """
    hedge, own, governors = scope
    ignored = own | governors | _affirmed(sent, lexicon)
    for t in sent:
        if t.i in ignored or t.head.i in hedge:
            continue  # "falsely claimed": the writer's own verdict, carried by the adverb itself
        if t.lemma_.lower() in lexicon.contested or t.lower_ in lexicon.contested:
            return True
    text = " ".join(t.lower_ for t in sent if t.i not in ignored)
    return any(" " in cue and cue in text for cue in lexicon.contested)


def _affirmed(sent: Span, lexicon: Lexicon) -> set[int]:
    """The words of phrases that affirm rather than doubt ("no doubt", "beyond doubt"), which
    hold a doubt word without disputing anything."""
    words = [t.lower_ for t in sent]
    found: set[int] = set()
    for phrase in lexicon.affirming:
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                found.update(range(sent.start + i, sent.start + i + len(parts)))
    return found


def _own_scope(doc: Doc, start: int, end: int, governed: bool = False) -> _Scope:
    """The words that cannot show a hedge or a verb of saying to be framing a disputed matter.

    * the hedge and what it says or qualifies: "claimed there was no evidence" and "had
      supposedly rejected the offer" are not disputed by their own content; a cue set into
      its clause ("The witness, she claimed, was a fraud") has the whole clause for content;
    * with ``governed``, the words a claim hangs from: in "rejected the claim that ...", "lied
      by claiming ..." or "the claim that ... is nonsense" the dispute is stated outright and
      "claim" only names what is disputed, so it hints at nothing. Coordinated clauses ("denied
      it, but Harlan claimed ...") are not what the claim hangs from.
    """
    tok = doc[start]
    hedge = range(start, end)
    own = set(hedge)
    for c in tok.children:
        if c.dep_ in CLAUSAL:
            own.update(t.i for t in c.subtree)
    if tok.dep_ == "parataxis":
        own.update(t.i for t in tok.head.subtree)
    elif tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
        own.add(tok.head.i)  # "supposedly rejected the offer": the verb it qualifies
        for c in tok.head.children:
            if c.dep_ in ("xcomp", "ccomp"):
                own.update(t.i for t in c.subtree)  # "ostensibly decided to deny the request"
    governors: set[int] = set()
    child = tok
    while governed and child.head.i != child.i and child.dep_ != "conj":
        governor = child.head
        governors.add(governor.i)
        if child.dep_ in ("nsubj", "nsubjpass"):
            # "the claim that ... is nonsense": the predicate disputes the claim openly
            for pred in (c for c in governor.children if c.dep_ in PREDICATES):
                governors.update(t.i for t in pred.subtree)
        child = governor
    return hedge, own, governors


# a context rule: given the lexicon match, return the token span to mark, or None to drop it
Rule = Callable[[Doc, int, int, Lexicon], tuple[int, int] | None]


def rule_so_called(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'so-called X': mark the phrase together with the noun phrase it puts at a distance.

    "so-called" has two senses: "falsely so named" ("so-called evidence", "the so-called
    experts"), which is the writer's doubt, and "commonly named", which only introduces a name
    or a coined term ("the so-called Frankfurt proposal", "so-called ghost guns"). The second
    is left unmarked: a name or a noun compound follows it.
    """
    found = _so_called_phrase(doc, start, end)
    phrase = doc[end : found[1]]
    if _a_name(phrase):
        return None
    if _claimed_measure(phrase, lexicon):
        return found  # 'the so-called "jobs renewal plan"', quoted or not, however long
    quoted = _quoted_term(doc[end : max(found[1], end + 1)], lexicon) if end < len(doc) else False
    if _names_a_term(phrase, lexicon) or quoted or _hyphened_term(phrase, lexicon):
        return None
    return found


def _a_name(phrase: Span) -> bool:
    """A proper name follows: "the so-called Harwick Group", "the so-called Nordic diet"."""
    return any(
        t.ent_type_ in NAME_ENTS or (t.pos_ == "PROPN" and t.ent_type_ != "NORP")
        for t in phrase
        if t.is_alpha
    )


def _claimed_measure(phrase: Span, lexicon: Lexicon) -> bool:
    """A plain measure ("plan", "bill", "package") named by a benefit it is said to bring or a
    quality it is said to have (``[context] claimed_qualities``: "affordable", "fair"),
    among any other words ("the so-called school modernisation plan", "the so-called peace and
    security package"): the writer questions the benefit claimed, as with "the so-called peace
    plan", however many words the measure's name runs to."""
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.is_alpha]
    if not nouns or _lemma(nouns[-1]) not in lexicon.measures:
        return False
    if any(_lemma(t) in lexicon.claimed_goods for t in nouns[:-1]):
        return True
    # or by a quality it is said to have: "the so-called affordable living plan", 'its
    # so-called "fair rents" bill'
    return any(
        t.lower_ in lexicon.claimed_qualities
        for t in phrase
        if t.i < nouns[-1].i and t.pos_ in ("ADJ", "NOUN", "PROPN")
    )


def _names_a_term(phrase: Span, lexicon: Lexicon) -> bool:
    """A proper name ("the St. Gallen Group") or a noun compound ("migrant caravan"), unless the
    compound is a benefit claimed for a plain measure ("the so-called peace plan"): that
    questions the claim rather than naming a term."""
    words = [t for t in phrase if t.is_alpha]
    if _a_name(phrase):
        return True
    return any(
        t.dep_ == "compound"
        and t.pos_ in ("NOUN", "PROPN", "ADJ")
        and not _claimed_good(t, lexicon)
        for t in words
    )


def _claimed_good(modifier: Token, lexicon: Lexicon) -> bool:
    """'peace' in "peace plan", 'reform' in "reform package": a benefit a measure is said to
    bring, as the first half of a compound whose head is a plain noun for a measure."""
    return (
        modifier.lemma_.lower() in lexicon.claimed_goods
        and modifier.head.lemma_.lower() in lexicon.measures
    )


def _hyphened_term(phrase: Span, lexicon: Lexicon) -> bool:
    """'so-called first-loss notes', 'so-called cost-plus contracts': a hyphened modifier
    coins a term of art. Not where the term names people ('so-called pro-life activists'):
    that questions the name they go by."""
    if not any(_joining_hyphen(t) for t in phrase[1:-1]):
        return False
    people = lexicon.people | lexicon.camps
    return not any(t.pos_ == "NOUN" and t.lemma_.lower() in people for t in phrase)


def _quoted_term(phrase: Span, lexicon: Lexicon) -> bool:
    """'the so-called "ladder" rule', 'so-called "quiet zones"': quotation marks right
    after "so-called" show a term being named. Not where the quoted words are a quality or a
    word for people ('the so-called "honest" brokers', 'so-called "experts"'): that is sarcasm."""
    if len(phrase) == 0 or phrase[0].text not in QUOTE_CHARS:
        return False
    # the quoted words may be of any kind ("so-called ''carry back'' rules"), so the closing
    # mark is looked for past the noun phrase, a few words on
    after = phrase.doc[phrase.start + 1 : min(phrase.start + 8, phrase.sent.end)]
    end = next((t.i for t in after if t.text in QUOTE_CHARS), phrase.end)
    quoted = [t for t in phrase.doc[phrase.start + 1 : end] if t.is_alpha]
    if not quoted or all(t.pos_ in ("ADJ", "ADV") for t in quoted):
        return False  # a quoted quality ('"good" bishops') is sarcasm, not a name
    if all(t.pos_ == "NOUN" and _lemma(t) in lexicon.claimed_goods for t in quoted):
        return False  # 'so-called "reforms"': a benefit claimed, doubted as it is unquoted
    people = lexicon.people | lexicon.camps
    return not any(t.lower_ in people or t.lemma_.lower() in people for t in quoted)


def _so_called_phrase(doc: Doc, start: int, end: int) -> tuple[int, int]:
    sent_end = doc[start].sent.end
    j, last = end, end
    while j < sent_end and j - end < 8:
        tok = doc[j]
        if tok.pos_ in SO_CALLED_NP or tok.text in QUOTE_CHARS or tok.text == "-":
            if tok.pos_ in ("NOUN", "PROPN", "NUM"):
                last = j + 1
            elif tok.text in QUOTE_CHARS and last == j and j > end:
                last = j + 1  # a closing quote right after the noun
            j += 1
            continue
        break
    return start, last


def rule_alleged(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'alleged' is doubt outside court and crime reporting, where it is the legal caution.

    Even there it is only marked where the sentence frames the matter as contested. The verb
    ("she alleged that ...", "what he has alleged") is the plain word for making an accusation
    and is not marked; the doubt lies in "the alleged X", which keeps X itself at a distance.
    """
    if _heads_a_clause(doc[start]):
        return None
    sent = doc[start].sent
    if _legal_context(sent, lexicon.legal):
        return None
    if not _contested(sent, _own_scope(doc, start, end), lexicon):
        return None
    return start, end


def _heads_a_clause(tok: Token) -> bool:
    """A verb used as a verb ("she alleged", "has alleged"), not as a participle before a noun."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "advmod"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def rule_participle(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'the discredited theory', 'a debunked rumour' pass the writer's verdict on the noun; as the
    verb of a clause ("the spokesman debunked the rumour", "she was never discredited") the
    word reports who showed what, which is an event in the story, not framing."""
    if _heads_a_clause(doc[start]):
        return None
    return start, end


def rule_not_legal(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word that is also a legal term ("fraudulent payments" in an indictment) is loaded only
    outside court, charge and police reporting, where it is the writer's own verdict."""
    if _legal_context(doc[start].sent, lexicon.legal):
        return None
    return start, end


def rule_claims(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'claim' as a statement of contested truth, not a demand, a right or a toll.

    It must frame a statement ("claimed that ...", "claims by critics") in a sentence that
    treats the matter as disputed; otherwise "claimed" is ordinary attribution.
    """
    found = _claim_frames_statement(doc, start, end)
    scope = _own_scope(doc, start, end, governed=True)
    if found is None or not _contested(doc[start].sent, scope, lexicon):
        return None
    return found


def _claim_frames_statement(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tok = doc[start]
    children = list(tok.children)
    modified = any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ != "PRON" for c in children)
    if modified and tok.pos_ == "NOUN":
        return None  # "insurance claims", "the company's claim"
    if tok.pos_ == "VERB":
        if any(c.dep_ in CLAUSAL for c in children) or tok.dep_ in ("parataxis",):
            return start, end
        return None
    if tok.pos_ == "NOUN":
        for c in children:
            if c.dep_ in ("acl", "relcl", "ccomp") and any(g.lower_ == "that" for g in c.children):
                return start, end
            if c.dep_ == "prep" and c.lower_ in CLAIM_PREPS:
                return start, end
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that":
            return start, end
    return None


def _introduces_speech(tok: Token) -> bool:
    """A verb that introduces what someone said: it takes a clause, or a quote hangs on it."""
    if any(c.dep_ in CLAUSAL for c in tok.children) or tok.dep_ == "parataxis":
        return True
    if tok.idx in _cue_starts(tok.doc):
        return True
    # '..., he insisted.' : a subject, no object, and quotation marks in the sentence
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    has_object = any(c.dep_ in ("dobj", "prep", "prt", "agent") for c in tok.children)
    quoted = any(t.text in QUOTE_CHARS for t in tok.sent)
    return has_subject and not has_object and quoted


def _cue_starts(doc: Doc) -> set[int]:
    """Where the cue of each quote starts, gathered once per doc (kept only while the component
    runs), not once per verb of saying."""
    found = doc.user_data.get(_CUE_STARTS_KEY)
    if found is None:
        found = {q.cue_span[0] for q in doc._.cr_quotes or [] if q.cue_span}
        doc.user_data[_CUE_STARTS_KEY] = found
    return found


def rule_saying(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'admit' or 'insist' are loaded only as verbs of saying, not in 'admitted to hospital'."""
    tok = doc[start]
    if tok.pos_ not in ("VERB", "AUX") or not _introduces_speech(tok):
        return None
    return start, end


def rule_disputed_saying(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """'insisted', 'admitted', 'conceded' hint at a verdict only where the matter is disputed.

    Elsewhere they are ordinary reporting ("she admitted the error"), and marking every one
    would bury the marks that matter. Unlike "claimed", what the speaker insists on counts: one
    who insists that a report is false is a side in a dispute.
    """
    found = rule_saying(doc, start, end, lexicon)
    scope: _Scope = (range(start, end), set(range(start, end)), set())
    if found is None or not _contested(doc[start].sent, scope, lexicon):
        return None
    return found


def rule_unnamed(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'regime' as the writer's verdict ("the regime jailed reporters"), not the conventional
    name for a named government in wire copy ("the Dorvan regime", "Kavaria's regime", "the
    regime in Kavaria"); likewise 'meddling' as the news name of a named country's interference."""
    tok = doc[start]
    if _condemned(tok, lexicon):
        return start, end  # "the illegitimate regime in Kavaria": a verdict, named or not
    if _names_whose(tok) or _classified(tok):
        return None
    # "the regime" after "the Kavarian regime" is the same named government
    if _first_named_use(doc, tok.lemma_.lower(), lexicon) < tok.i:
        return None
    # "the regime" after "the current tax regime" is that system of rules again
    if _refers_to_a_system(tok, lexicon):
        return None
    return start, end


def _refers_to_a_system(tok: Token, lexicon: Lexicon) -> bool:
    """A bare use ("The regime has not changed since 1990") whose nearest earlier use with a
    modifier has the technical sense the entry excludes ("the current tax regime", "a strict
    treatment regime"): the bare word refers back to that system, as a bare "the regime" after
    "the Kavarian regime" refers back to that government. Uses in between that are bare
    themselves refer back too, so they are passed over."""
    lemma = _lemma(tok)
    entries = [e for e in lexicon.entries if e.term == lemma and e.rule == "unnamed"]
    if not entries:
        return False
    for earlier in reversed(tok.doc[: tok.i]):
        if _lemma(earlier) != lemma or earlier.pos_ != tok.pos_:
            continue
        before = _neighbour(tok.doc, earlier.i - 1, -1)
        if before is not None and any(_lemma(before) in e.unless_prev for e in entries):
            return True
        if any(_sense_set_by_phrase(earlier, e) for e in entries):
            return True
        if any(c.dep_ in NOUN_MODIFIERS | {"poss"} for c in earlier.children):
            return False  # the nearest described use is another sense ("the military regime")
    return False


def _first_named_use(doc: Doc, lemma: str, lexicon: Lexicon) -> int:
    """The first token of ``lemma`` that a name qualifies (``len(doc)`` if none), found in one
    pass per doc and lemma (kept only while the component runs), not a scan per match. A use
    with a verdict ("the illegitimate regime in Kavaria") does not set up a neutral name for
    the bare uses after it."""
    known = doc.user_data.setdefault(_NAMED_USE_KEY, {})
    if lemma not in known:
        uses = (
            t.i
            for t in doc
            if t.lemma_.lower() == lemma and _names_whose(t) and not _condemned(t, lexicon)
        )
        known[lemma] = next(uses, len(doc))
    first: int = known[lemma]
    return first


def _condemned(tok: Token, lexicon: Lexicon) -> bool:
    """An adjective before the noun passes a verdict on the government (``[context]
    condemning``: "the illegitimate regime", "a corrupt and brutal regime"), not a type."""
    for mod in (c for c in tok.children if c.dep_ == "amod" and c.i < tok.i):
        words = [mod, *(c for c in mod.children if c.dep_ == "conj")]
        if any(w.lower_ in lexicon.condemning for w in words):
            return True
    return False


def _classified(tok: Token) -> bool:
    """'an authoritarian regime', 'military regimes', 'the regime of novelty': an adjective that
    sorts governments by type is political science's own term, and "regime of" an abstract
    noun is a system or order; the verdict is the bare "the regime" standing for a government."""
    if any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in tok.children):
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(g.pos_ == "NOUN" and g.ent_type_ == "" for g in prep.children if g.dep_ == "pobj"):
            return True
    return False


def _names_whose(tok: Token) -> bool:
    """True when a name qualifies the noun: "Kavaria's regime", "the regime in Kavaria"."""
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "amod", "nmod") and _named(child):
            return True
        named_pobj = any(_named(g) for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ in NAMING_PREPS and named_pobj:
            return True
    return False


def _named(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_GOVERNMENT


def _personal(tok: Token, lexicon: Lexicon) -> bool:
    """A person or group: a PERSON/NORP/ORG entity, a personal pronoun or a people noun."""
    return (
        tok.ent_type_ in PEOPLE_ENTS
        or tok.lower_ in lexicon.people
        or (tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.people)
    )


def _anothers_label(word: Token, lexicon: Lexicon) -> bool:
    """The sentence gives the word as the label someone else pins on someone: the "as"
    complement of a verb of labelling ("tarred the mayor as an anti-semite", "was criticised as
    homophobic", "seen as a disaster") or what such a verb makes of its object ("deemed them
    traitors", "deemed to be traitors"). Not where the writer is the one who labels ("I regard
    him as a fraud"), and not for a verb that is not in ``[context] labelling`` or that a
    particle makes another verb ("called out")."""
    while word.dep_ in ("amod", "conj", "compound") and word.head.lower_ != "as":
        if word.dep_ == "conj" and word.head.pos_ == "VERB":
            break  # "criticized as racist and homophobic", the second word parsed onto the verb
        word = word.head  # "as a corrupt official", "communists or traitors"
    head = word.head
    if word.dep_ == "conj" and any(c.lower_ == "as" for c in head.children):
        verb = head
    elif word.dep_ == "pobj" and head.lower_ == "as":
        verb = head.head
    elif word.dep_ in PREDICATES | {"xcomp"} or (
        word.dep_ in ("amod", "advmod") and head.lower_ == "as"
    ):
        verb = head.head if head.lower_ == "as" else head
        if verb.lemma_ == "be" and verb.dep_ == "xcomp":
            verb = verb.head  # "deemed to be traitors"
    elif word.dep_ in ("amod", "advmod") and any(
        c.lower_ == "as" and c.i == word.i - 1 for c in word.children
    ):
        verb = head  # "a charge she rejected as baseless", "as" parsed onto the adjective
    else:
        return False
    if verb.dep_ == "dobj" and verb.pos_ in NOMINAL and head.lower_ == "as":
        verb = verb.head  # "dismissed the plan as a stunt", "as" parsed onto the object
    if verb.pos_ != "VERB" or _lemma(verb) not in lexicon.labelling:
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # a phrasal verb is another verb: "called out the radical mayor"
    return _labeller_is_another(verb, lexicon)


def _relayed(word: Token) -> bool:
    """The word is in what a passive verb of saying or thinking relays about its subject:
    "bosses are said to be furious", "the star is reported to have stormed off", "is believed
    to be livid". Whoever says or believes it is not named, but it is not the writer's own
    statement either, so the word is "reported" (the assertions call the sentence vaguely
    sourced). A verb that presents its clause as fact ("is known to be") relays nothing."""
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
            return relays and lemma not in cues.factive
        tok = verb
    return False


def _labeller_is_another(verb: Token, lexicon: Lexicon) -> bool:
    """Who pins the label is not the writer: the subject of an active verb ("critics call him
    a fraud", not "I call him a fraud"), the agent of a passive ("was called a racist by
    neighbours"; "I was called a racist" is still another's label). A passive that names no
    one is another's too ("was criticised as homophobic"), unless the writer vouches for it
    with a modal or an adverb of their own ("can only be described as", "is rightly seen as")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        labeller = agent_of(verb)
        if labeller is None:
            return not any(
                c.tag_ == "MD" or (c.dep_ == "advmod" and _lemma(c) in lexicon.endorsing)
                for c in verb.children
            )
    else:
        labeller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return labeller is None or labeller.lower_ not in NARRATORS


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _qualifies(mod: Token, lexicon: Lexicon) -> bool:
    """A modifier that says whose label it is ("Tory clowns", "his lackeys"), not an adjective
    of faith or nation that only describes the label itself ("Islamic jihadis")."""
    if mod.dep_ == "amod" and mod.ent_type_ == "NORP" and mod.pos_ == "ADJ":
        return False
    return _personal(mod, lexicon)


def said_of_people(
    tok: Token, lexicon: Lexicon, modifiers: frozenset[str] = LABEL_MODIFIERS
) -> bool:
    """True when a label noun is applied to a person or group.

    "X is a clown", "X, a puppet of ...", "called X a monster", "Tory clowns", "you fool":
    predicated of, appositive to, or modified by a person, group or people noun (through one of
    ``modifiers``).
    """
    if _lemma(tok) in lexicon.animals:
        modifiers = modifiers - {"poss"}  # "her dog", "the farmer's pigs": whose animal it is
    if any(_qualifies(c, lexicon) for c in tok.children if c.dep_ in modifiers):
        return True
    if tok.dep_ == "appos" and _personal(tok.head, lexicon):
        return True
    if _relative_who(tok) or _pointed_at_a_group(tok, lexicon):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return True  # "the fanatic Kell": a label used as the person's title
    if any(c.dep_ == "appos" and _personal(c, lexicon) for c in tok.children):
        return True
    if tok.dep_ == "attr":
        subj = _subject_of(tok.head)
        if subj is None and tok.head.dep_ == "xcomp":
            # "X was proven to be a liar", "X seems to be a fraud": the subject of the raising verb
            subj = _subject_of(tok.head.head)
        if _self_or_denied(tok, subj):
            return False
        return subj is not None and _personal(subj, lexicon)
    if tok.dep_ == "oprd":
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        subj = _subject_of(tok.head)
        target = obj if obj is not None else subj
        return target is not None and _personal(target, lexicon)
    if _as_label_of_people(tok, lexicon):
        return True
    # "a liar and a predator": the second label is said of whoever the first one is
    joined = tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i
    if joined and said_of_people(tok.head, lexicon, modifiers):
        return True
    # "you fool": a label said to someone's face
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ == "you"


def _relative_who(tok: Token) -> bool:
    """'parasites who live off the council': "who" tells that the label's noun stands for people
    ("rats that carry the fever" has "that" or "which")."""
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        if any(g.lower_ in WHO_WORDS for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _pointed_at_a_group(tok: Token, lexicon: Lexicon) -> bool:
    """'those parasites in city hall', 'these clowns at the ministry': a demonstrative label
    placed in a body of people or an institution.

    "these"/"those" alone only point back to whatever was named before, animals and things as
    often as people ("these animals then infect ..."), and a place alone does not help ("these
    parasites in the gut"); a group of people or the seat of one ("parliament", "City Hall")
    does: animals are not said to sit in it.
    """
    if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in GROUP_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _personal(obj, lexicon) or _seat_of_people(obj, lexicon):
                return True
    return False


def _seat_of_people(tok: Token, lexicon: Lexicon) -> bool:
    """An institution by its building or body: an ORG or FAC name ("City Hall", "the Harlow
    Council") or a listed body or seat in lower case ("parliament", "city hall")."""
    if tok.ent_type_ in ("ORG", "FAC"):
        return True
    words = [c.lower_ for c in tok.children if c.dep_ == "compound"] + [tok.lemma_.lower()]
    return " ".join(words) in lexicon.people


def _self_or_denied(pred: Token, subj: Token | None) -> bool:
    """'we were pigs in a pen', 'I'm not crazy', 'he is no fool': a label a speaker puts on
    themselves, or one the sentence denies, is not calling someone a name."""
    if subj is not None and subj.lower_ in FIRST_PERSON:
        return True
    verb = pred.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated or any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children)


def _as_label_of_people(tok: Token, lexicon: Lexicon) -> bool:
    """'denounced them as traitors', 'was branded as a predator': the label after "as" is said
    of the verb's object, or of its subject when the verb is passive."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return target is not None and _personal(target, lexicon)


def _targets_people(tok: Token, lexicon: Lexicon) -> bool:
    """A verb done to people ("crushed the protesters"), a noun or adjective about people
    ("war on women", "a holy warrior")."""
    if tok.pos_ in ("VERB", "AUX"):
        roles = ("dobj", "nsubjpass")
        return any(_personal(c, lexicon) for c in tok.children if c.dep_ in roles)
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in LABEL_PREPS]
    if any(_personal(c, lexicon) for p in preps for c in p.children if c.dep_ == "pobj"):
        return True
    if tok.pos_ == "ADJ":
        if tok.dep_ == "amod":
            return _personal(tok.head, lexicon)
        if tok.dep_ == "acomp":
            subj = _subject_of(tok.head)
            if _self_or_denied(tok, subj):
                return False
            return subj is not None and _personal(subj, lexicon)
    return False


def rule_label(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word that is name-calling only when said of people ("monster", "puppet", "crushed")."""
    span = doc[start:end]
    head = span.root
    if _tended_animal(head, lexicon):
        return None
    if said_of_people(head, lexicon) or _targets_people(head, lexicon):
        return start, end
    # the term's own preposition, wherever the parser hung it ("launched a war on drivers last
    # year", "on" parsed onto the verb)
    last = doc[end - 1]
    if (
        end - start > 1
        and last.lower_ in LABEL_PREPS
        and any(_personal(c, lexicon) for c in last.children if c.dep_ == "pobj")
    ):
        return start, end
    return None


def rule_label_not_official(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A label that is also a category of law ("terrorist"): name-calling where said of people,
    but reported, not marked, in a sentence about an official act that applies it: a
    government's designation, a charge, a court ("the state designates them as terrorists",
    "he was convicted as a terrorist"). Only the sentence itself counts, and only the
    ``official`` words, so the victims and police of a report on an attack do not silence a
    speaker who calls the attackers terrorists. Nor where a name before it says whose members
    they are ("Ostrel Front terrorists"): that is the designation a group goes by, as
    "Islamist extremists" is the security term (the entry's ``unless_prev``)."""
    if any(_lemma(t) in lexicon.official or t.lower_ in lexicon.official for t in doc[start].sent):
        return None
    tok = doc[start:end].root
    if any(c.dep_ in ("compound", "nmod") and _named(c) and c.i < tok.i for c in tok.children):
        return None
    return rule_label(doc, start, end, lexicon)


def _tended_animal(tok: Token, lexicon: Lexicon) -> bool:
    """'walks the dog', 'fed the pigs', 'a dog she adopted': what someone walks, feeds or keeps
    is the animal itself, whatever else the sentence says of people."""
    if _lemma(tok) not in lexicon.animals:
        return False
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "fed the pigs and the dog"
    if tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in lexicon.animal_care:
        return True
    return any(
        c.dep_ == "relcl"
        and _lemma(c) in lexicon.animal_care
        and any(g.dep_ == "nsubj" and g.lower_ not in RELATIVES for g in c.children)
        for c in tok.children
    )  # the animal is the verb's object: "a dog she adopted", not "rats who own the city"


def rule_threat_label(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun of threat ("killer", "cancer") is a label where it is said of people ("Vell is a
    killer", "a cancer on the party"); whose it is names the victim or the sufferer, not the
    one labelled: "the woman's killer", "the senator's cancer" are plain news."""
    head = doc[start:end].root
    if said_of_people(head, lexicon, THREAT_MODIFIERS) or _targets_people(head, lexicon):
        return start, end
    return None


def rule_stance(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'Clearly, ...' comments on the whole statement; 'he clearly lied' or 'spoke clearly' may
    be manner or ordinary emphasis, so only the sentence adverb set off by a comma is marked:
    at the start of the sentence or between commas."""
    tok = doc[start]
    sent = tok.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), tok)
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if tok.i == first.i and after is not None and after.text == ",":
        return start, end  # 'Clearly, ...'
    if before is not None and before.text == "," and after is not None and after.text == ",":
        return start, end  # '..., clearly, ...'
    return None


def rule_amplified(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A plain verdict noun ("lie") is loaded where the writer amplifies or piles it up.

    "a blatant lie", "the biggest lie", "a web of lies" push the reader; "his lies about the
    budget" reports a charge in the ordinary word for it, and is left unmarked.
    """
    tok = doc[start:end].root
    if any(c.dep_ in ("amod", "compound", "advmod") and c.pos_ in AMPLIFIERS for c in tok.children):
        return start, end
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return start, end  # "a tissue of lies", "a foundation of lies"
    return None


def rule_predicate(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun that names a kind of event and passes a verdict on it ("massacre", "triumph")
    passes the verdict where it is said of something: as a predicate ("this was a massacre",
    "it is a triumph"), as what a verb makes of its object ("called the raid a massacre"), after
    "as" ("described as a massacre") or in apposition ("the raid, a massacre of farmers").
    Where it refers to an event by the name it is known by ("before the massacre took place",
    "the harbour massacre", "the party's triumph"), it is reference, not a new verdict."""
    tok = doc[start:end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "a raid and a massacre": the second noun stands where the first does
    if tok.dep_ in ("attr", "oprd", "appos"):
        return start, end
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return start, end
    return None


def rule_countable(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun with a verdict sense and a reaction sense ("outrage") is loaded as the verdict.

    "This is an outrage", "the latest outrages" call an act shocking; "officials expressed
    outrage", "the decision caused outrage" or "a storm of outrage" report how people felt,
    which is news, not the writer's word for the act (in the last, the figure is "storm"). The
    verdict sense is countable (an article, a demonstrative, a plural), amplified like "lie",
    or made by something ("made a mockery of the rules", against "the gaffe drew mockery").
    """
    tok = doc[start:end].root
    if tok.tag_ in ("NNS", "NNPS"):
        return start, end
    if any(c.dep_ == "det" and c.lower_ in COUNT_DETS for c in tok.children):
        return start, end
    if _made(tok):
        return start, end  # "made a mockery of", "the mockery it made of the rules"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return None  # "a storm of outrage": the figure is the storm; the outrage is people's
    return rule_amplified(doc, start, end, lexicon)


def _made(tok: Token) -> bool:
    """Something makes the noun: its verb is "make", as the verb it is the object of or as a
    relative clause on it ("the mockery it made of the rules")."""
    if tok.dep_ == "dobj" and tok.head.lemma_ == "make":
        return True
    return any(c.dep_ == "relcl" and c.lemma_ == "make" for c in tok.children)


def rule_ironic(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'supposedly', 'ostensibly' are doubt where they undercut a description or a disputed matter.

    "the supposedly independent panel" denies the panel the adjective: the writer's doubt. "He
    supposedly met the envoy" or "ostensibly to practise calligraphy" report what is said or
    stated, much as "reportedly" does; that is only framed as doubt where the sentence disputes
    it (a denial, "hoax", "no evidence"), as with "alleged".
    """
    tok = doc[start]
    head = tok.head
    describes = head.i != tok.i and head.pos_ in DESCRIPTIVE_POS and head.dep_ != "ROOT"
    if describes and head.i > tok.i:
        return start, end  # "a supposedly independent panel", "the ostensibly neutral report"
    return rule_alleged(doc, start, end, lexicon)


def rule_mass(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of threat said of people ("swarm", "flood") casts them as a mass of insects or
    water; unlike "crushed the protesters", the people are the ones doing it: the subject
    ("Migrants swarmed the border post", "thousands of migrants flooded the town"), the agent
    of a passive or what something is filled with ("the town was flooded with migrants").

    The subject must be many: one person "flooding the media with complaints" is not a mass.
    """
    verb = doc[start:end].root
    subj = _subject_of(verb)
    if subj is not None and subj.dep_ == "nsubj" and _many_people(subj, lexicon):
        return start, end
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ in ("with", "by") and any(
            _many_people(g, lexicon) for g in prep.children if g.dep_ == "pobj"
        ):
            return start, end
    return None


def _many_people(tok: Token, lexicon: Lexicon) -> bool:
    """A plural or collective word for people ("migrants", "they", "the crowd", "Ostrevians"),
    or a number of them ("thousands of migrants")."""
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_PRONOUNS or tok.ent_type_ == "NORP"
    if plural and _personal(tok, lexicon):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.collectives:
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(_many_people(g, lexicon) for g in prep.children if g.dep_ == "pobj"):
            return True
    return False


def rule_mass_label(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'swarm', 'flood': as a verb said of the people doing it (``rule_mass``), as a noun said of
    people like a threat noun ("a swarm of migrants")."""
    if doc[start].pos_ in ("VERB", "AUX"):
        return rule_mass(doc, start, end, lexicon)
    return rule_threat_label(doc, start, end, lexicon)


def rule_figurative(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of ruin ("ravaged", "havoc", "a disaster") is loaded where it dramatises a policy,
    a defeat or a scandal, and the plain word where a storm, a flood, a fire or a disease did the
    damage.

    Where the word says what its own subject did or is ("the levy ravaged the town", "the
    budget is a disaster", "called the response a disaster"), that subject decides: a hazard
    ("the storm ravaged the coast") makes it plain, anything else makes it a verdict, whatever
    else the sentence names. Otherwise ("recover from the devastation", "aid for three
    disasters") it is plain when the sentence, or the one before it in the same paragraph, names
    a hazard ("The hurricane struck in May. The town is still clearing the devastation."). A
    hazard word used as a figure ("a storm of criticism", "came under fire") does not count."""
    subject = _own_subject(doc[start:end].root)
    if subject is not None and subject.pos_ != "PRON":
        return None if _names_hazard(subject, lexicon) else (start, end)
    sent = doc[start].sent
    first = sent.start
    if first > 0:
        before = doc[first - 1].sent
        if not BLANK_LINE.search(text_of(doc)[before.start_char : sent.start_char]):
            first = before.start  # the sentence before, unless a blank line ends its paragraph
    if any(_is_hazard(tok, lexicon) for tok in doc[first : sent.end]):
        return None
    return start, end


def _own_subject(word: Token) -> Token | None:
    """What a word of ruin is said of: the subject of "ravaged" (its agent in the passive: "was
    ravaged by the flood"), of "is a disaster" or "is out of control", the object of "called
    the plan a disaster". None for a noun that is only the object of a verb or preposition."""
    if word.pos_ == "VERB" and word.dep_ not in ("amod", "compound"):
        if any(c.dep_ == "nsubjpass" for c in word.children):
            return agent_of(word)
        return _subject_of(word)
    head = word.head
    if word.dep_ in ("attr", "acomp") or (word.dep_ == "prep" and head.lemma_ in ("be", "get")):
        return _subject_of(head)
    if word.dep_ == "appos":
        return head  # "the response, a disaster" (the small model parses "called X a Y" so too)
    if word.dep_ in ("oprd", "xcomp"):
        return next((c for c in head.children if c.dep_ == "dobj"), None) or _subject_of(head)
    return None


def _names_hazard(tok: Token, lexicon: Lexicon) -> bool:
    """The subject is a hazard or a name for one: "the storm", "Hurricane Vell"."""
    return any(
        _is_hazard(t, lexicon) for t in (tok, *(c for c in tok.children if c.dep_ == "compound"))
    )


def _is_hazard(tok: Token, lexicon: Lexicon) -> bool:
    """A natural hazard named as such, not as a figure ("a storm of criticism", "under fire")."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in lexicon.hazards:
        return False
    after = _neighbour(tok.doc, tok.i + 1, 1)
    if after is not None and after.lower_ == "of":
        return False
    before = tok.doc[max(0, tok.i - 2) : tok.i]
    return not any(_lemma(t) in lexicon.hazard_figures for t in before)


def rule_modifier(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A noun of achievement used as a label on a product or a result ("a breakthrough drug",
    "breakthrough technology") is promotion; as a noun of its own ("a breakthrough in the
    talks", "scientists made a breakthrough") it reports that an advance was made, which is
    ordinary news wording, and is not marked."""
    tok = doc[start:end].root
    if tok.dep_ in ("amod", "compound") and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN":
        return start, end
    return None


def rule_invented(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A word of invention said of a charge, an account or evidence (``[context] accounts``:
    "fabricated charges", "the story is fabricated") settles that it is false; said of a made
    thing ("fabricated steel parts") it is the trade's word for making, and as the verb of a
    clause ("the clerk fabricated the figures") it reports an act, as with rule "participle"."""
    return (start, end) if _said_of(doc[start:end].root, lexicon.accounts) else None


def rule_promotional(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Praise said of a product (``[context] products``: "a sleek phone", "a seamless checkout",
    "the app is intuitive") is promotion; the words have plain senses elsewhere ("a seamless
    steel tube", "the revolutionary war", "an intuitive guess")."""
    return (start, end) if _said_of(doc[start:end].root, lexicon.products) else None


def _said_of(tok: Token, nouns: frozenset[str]) -> bool:
    """The word describes a noun of ``nouns``: as a modifier before it or as a predicate of it
    ("sleek and intuitive" said of "the phone"), not as the verb of a clause."""
    if tok.pos_ in ("VERB", "AUX") and _heads_a_clause(tok):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ in NOUN_MODIFIERS and first.head.i > first.i:
        target: Token | None = first.head
    elif first.dep_ == "acomp":
        target = _subject_of(first.head)
    else:
        return False
    return target is not None and target.pos_ == "NOUN" and _lemma(target) in nouns


def rule_forced(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of heavy machinery ("bulldoze") is loaded where it is done to people or to a
    measure ("bulldozed the council", "bulldozed the bill through"), and the plain word where
    land or buildings are cleared ("crews bulldozed the warehouse")."""
    verb = doc[start:end].root
    if _targets_people(verb, lexicon):
        return start, end
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"):
        targets += [g for g in prep.children if g.dep_ == "pobj"]  # "bulldozed through the bill"
    if any(_lemma(t) in lexicon.measures for t in targets):
        return start, end
    return None


def rule_attacking(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A verb of attack ("slam", "blast") is a loaded verb of saying where it attacks someone
    or what they said or did: a person or body ("slammed the mayor", "the minister was
    slammed"), a decision, statement or work (``[context] criticised``, plain measures, nouns of
    saying: "blasted the report"), an "as" complement ("blasted the plan as reckless"), or where
    it introduces speech ("'A disgrace,' the coach blasted"). Without such a target it is the
    physical act: "slammed the door", "slammed on the brakes", "blasted rock from the hillside",
    "blasted music"."""
    verb = doc[start:end].root
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in CLAUSAL for c in verb.children) or verb.dep_ == "parataxis":
        return start, end
    if verb.idx in _speech_cues(doc):
        return start, end
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children):
            return start, end  # "blasted the plan as reckless", "was slammed as a stunt"
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "amod":
        targets.append(verb.head)  # "the much-slammed plan", or a misparse: "slammed Mayor Roe"
    targets += [g for t in targets for g in t.children if g.dep_ == "conj"]
    if any(_criticised(t, lexicon) for t in targets):
        return start, end
    return None


def _criticised(tok: Token, lexicon: Lexicon) -> bool:
    """Someone or something of theirs that criticism can hit: a person or body (a name, a
    pronoun, a people noun), a decision, statement or work, a measure, a noun of saying."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_GOVERNMENT or _personal(tok, lexicon):
        return True  # a name: "slammed Roe", "blasted Kavaria", "slammed the Ledger"
    lemma = _lemma(tok)
    return lemma in lexicon.criticised or lemma in lexicon.measures or lemma in cue_lexicon().nouns


def _speech_cues(doc: Doc) -> set[int]:
    """Where the cue of each direct or partial quote starts: a verb that introduces quoted
    words. (An indirect quote made of a verb's object, "slammed the door", is no evidence of
    speech, since the object is what a verb of attack needs to be told apart.)"""
    return {
        q.cue_span[0]
        for q in doc._.cr_quotes or []
        if q.cue_span and q.kind in ("direct", "partial")
    }


def rule_captive(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'held the budget hostage', 'the bill was held hostage': a measure, a process or a whole
    country held as a hostage casts a political standoff as a kidnapping; people held hostage
    ("held three aid workers hostage") are the crime itself, reported in its plain word."""
    tok = doc[start:end].root
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in lexicon.captors:
        return None
    held = [c for c in tok.children if c.dep_ == "compound"]  # "held the budget hostage"
    held += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i]
    if any(_lemma(t) in lexicon.measures or _lemma(t) in lexicon.captives for t in held):
        return start, end
    return None


RULES: dict[str, Rule] = {
    "modifier": rule_modifier,
    "forced": rule_forced,
    "captive": rule_captive,
    "attacking": rule_attacking,
    "so-called": rule_so_called,
    "figurative": rule_figurative,
    "mass": rule_mass_label,
    "threat": rule_threat_label,
    "alleged": rule_alleged,
    "claims": rule_claims,
    "saying": rule_saying,
    "disputed-saying": rule_disputed_saying,
    "stance": rule_stance,
    "label": rule_label,
    "label-not-official": rule_label_not_official,
    "unnamed": rule_unnamed,
    "amplified": rule_amplified,
    "not-legal": rule_not_legal,
    "countable": rule_countable,
    "predicate": rule_predicate,
    "participle": rule_participle,
    "ironic": rule_ironic,
    "invented": rule_invented,
    "promotional": rule_promotional,
}


# -- the component -------------------------------------------------------------------------


# which match wins an overlap: a noun phrase marked by "so-called" or a scare quote, then the
# other contextual rules, then plain lexicon matches (longer first within a level)
_PRIORITY = {"so-called": 2, "scare-quote": 2, "lexicon": 0}


@dataclass(slots=True)
class _Candidate:
    start: int  # token offsets
    end: int
    entry: Entry | None  # None for a scare quote
    priority: int
    quote_span: tuple[int, int] | None = None
    # for a headline's word read from its lower-case copy: whether the copy's parse gives it as
    # a label pinned on someone by another (see ``_anothers_label``); None: read it from the doc
    labelled: bool | None = None


@Language.factory("cr_loaded", assigns=["doc._.cr_loaded", "doc.spans"])
def make_loaded_terms(nlp: Language, name: str) -> LoadedTerms:
    return LoadedTerms(nlp, name)


class LoadedTerms:
    """Finds loaded terms; the matchers are built once per pipeline."""

    def __init__(self, nlp: Language, name: str = "cr_loaded", lexicon: Lexicon | None = None):
        self.name = name
        self.nlp = nlp
        self.lexicon = lexicon or load_lexicon()
        self.index = TermMatcher(nlp, self.lexicon.entries)
        self.alternatives = AlternativeFitter(
            nlp, self.lexicon.plural_of, self.lexicon.advice, self.lexicon.forms_of
        )
        # one-word terms: two quoted words are only a scare quote around one of these
        self.loaded_words = frozenset(e.term for e in self.lexicon.entries if " " not in e.term)
        # what a headline's word must begin with to be read again (see ``headlines.py``)
        self.keys = term_keys(w for e in self.lexicon.entries for w in (e.term, *e.forms))

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._mark(doc)
        finally:
            doc.user_data.pop(_CUE_STARTS_KEY, None)
            doc.user_data.pop(_NAMED_USE_KEY, None)

    def _mark(self, doc: Doc) -> Doc:
        """Match the lexicon and the scare quotes, keep the best of overlapping matches and give
        each mark its voice."""
        heading = _Headings()
        lines = HeadingIndex(doc)
        candidates = _without_body_names(doc, [*self._lexicon_hits(doc, heading)], heading, lines)
        candidates += self._scare_quotes(doc)
        candidates += self._title_case_hits(doc, candidates, lines)
        index = VoiceIndex.from_quotes(
            (q for q in (doc._.cr_quotes or []) if q.kind != "scare"),
            # a quoted sentence with no quote behind it: a pasted post, or inside marks the
            # quote finder could not pair
            pasted=[
                s.span for s in (doc._.cr_sentences or []) if s.voice == "quoted" and not s.ref
            ],
            speech=SpeechTest(doc, self.lexicon),
        )
        echoed = _echoed_words(doc)
        lifted = [*_lifted_words(doc, self.lexicon), *echoed]
        terms: list[LoadedTerm] = []
        spans: list[Span] = []
        for cand in _without_overlaps(candidates):
            span = doc[cand.start : cand.end]
            chars = cand.quote_span or (span.start_char, span.end_char)
            voice = voice_of(chars, index)
            if voice == "outlet" and cand.entry is not None and _lifted(chars, echoed):
                voice = "quoted"  # 'unveils "game-changing" wallet' repeats a speaker's word
            if voice == "outlet" and cand.entry is not None and self._anothers(cand, span):
                voice = "reported"
            if voice == "outlet" and cand.entry is not None and _relayed(span.root):
                voice = "reported"
            if cand.entry is not None and cand.entry.rule in OUTLET_ONLY and voice != "outlet":
                continue
            if cand.entry is not None and voice == "quoted":
                if _speakers_own(cand.entry) and not _lifted(chars, lifted):
                    continue
                if _own_feeling(span, cand.entry):
                    continue
            terms.append(self._term(doc, cand, chars, voice, len(terms) + 1))
            char_span = doc.char_span(
                chars[0], chars[1], label=terms[-1].category, alignment_mode="expand"
            )
            if char_span is not None:
                spans.append(char_span)
        doc._.cr_loaded = terms
        doc.spans[self.name] = spans
        return doc

    def _anothers(self, cand: _Candidate, span: Span) -> bool:
        """The mark is a label the sentence pins on someone by another's verb."""
        if cand.labelled is not None:
            return cand.labelled
        return _anothers_label(span.root, self.lexicon)

    def _title_case_hits(
        self, doc: Doc, found: list[_Candidate], lines: HeadingIndex
    ) -> list[_Candidate]:
        """Lexicon words in a title-case headline ("Senator Unleashes Firestorm Over Unethical
        Sham"), found on a lower-case copy of the line (see ``headlines.py``).

        The copies are tagged and parsed together by the model's own components: not this
        package's (``cr_*``), which expect a whole article, nor the entity recogniser, which on
        a lower-case line takes common nouns for names ("campus commie"); the names that matter
        are worked out on the article itself. A word the line already has a mark on keeps it,
        and whether a label is pinned on someone by another is read from the copy's parse.
        """
        titles = title_lines(lines, self.keys)
        if not titles:
            return []
        taken = {i for c in found for i in range(c.start, c.end)}
        skip = [n for n in self.nlp.pipe_names if n.startswith("cr_") or n == "ner"]
        hits: list[_Candidate] = []
        twins = self.nlp.pipe((x.lowered for x in titles), disable=skip)
        for line, twin in zip(titles, twins, strict=True):
            for cand in self._lexicon_hits(twin, _always_heading):
                first, last = twin[cand.start], twin[cand.end - 1]
                chars = range(line.start + first.idx, line.start + last.idx + len(last))
                span = doc.char_span(chars.start, chars.stop, alignment_mode="expand")
                if span is None or taken & set(range(span.start, span.end)):
                    continue
                if line.names.intersection(chars):
                    continue
                if cand.end - cand.start == 1 and line.capitalised.intersection(chars):
                    continue  # one word the body capitalises is a name; a phrase may be emphasis
                labelled = _anothers_label(twin[cand.start : cand.end].root, self.lexicon)
                hits.append(
                    _Candidate(span.start, span.end, cand.entry, cand.priority, labelled=labelled)
                )
        return hits

    def _lexicon_hits(self, doc: Doc, heading: Callable[[Span], bool]) -> Iterable[_Candidate]:
        for entry, start, end in self.index.matches(doc):
            if not _context_ok(doc, start, end, entry, heading(doc[start].sent)):
                continue
            if not _used_as_tagged(doc, start, end, entry):
                continue
            if entry.category in DENIABLE and _denied(doc[start:end].root, self.lexicon):
                continue
            if _mentioned(doc, start, end, self.lexicon):
                continue
            if _title_of_work(doc, start, end, self.lexicon):
                continue
            if entry.category in PRAISE_OF_THINGS and (
                _remarks_on_a_fact(doc[start]) or _names_a_class(doc[start])
            ):
                continue
            if entry.rule != "lexicon":
                found = RULES[entry.rule](doc, start, end, self.lexicon)
                if found is None:
                    continue
                start, end = found
            if entry.compound:
                start -= 2  # the mark covers the whole compound: "Trump-hating"
            yield _Candidate(start, end, entry, _PRIORITY.get(entry.rule, 1))

    def _scare_quotes(self, doc: Doc) -> Iterable[_Candidate]:
        speech = [q.span for q in doc._.cr_quotes or [] if q.kind in ("direct", "partial")]
        for q in doc._.cr_quotes or []:
            if q.kind != "scare":
                continue
            span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if not distancing(doc, span, self.lexicon, self.loaded_words):
                continue
            if not self._passes_verdict(span):
                continue  # shown as a scare quote in the quotes, not as a loaded term
            if _echoes_speaker(doc, span, speech):
                continue
            yield _Candidate(
                span.start, span.end, None, _PRIORITY["scare-quote"], quote_span=q.span
            )

    def _passes_verdict(self, span: Span) -> bool:
        """A scare quote is a loaded term where it passes a verdict: around a loaded word ('the
        "Ostrevian meddling"') or around a word for people, denying them the name ('the
        "journalists" at the paper', 'credulous "judges"', 'the "progressives"').

        Quotation marks around other words ('the "recovery"', 'a "secret"') are listed with the
        quotes as scare quotes; they doubt a word rather than colour it, and marking them here as
        well would count one choice twice.
        """
        words = [t for t in span if t.is_alpha]
        loaded = self.loaded_words
        if any(_lemma(t) in loaded or t.lower_ in loaded for t in words):
            return True
        people = self.lexicon.people
        return any(
            _lemma(t) in people or t.lower_ in people or _lemma(t) in self.lexicon.camps
            for t in words
            if t.pos_ in ("NOUN", "ADJ")
        )

    def _term(
        self, doc: Doc, cand: _Candidate, chars: tuple[int, int], voice: Voice, n: int
    ) -> LoadedTerm:
        entry = cand.entry
        if entry is None:
            return LoadedTerm(
                id=f"t{n}",
                span=chars,
                term=" ".join(text_of(doc)[chars[0] : chars[1]].split()),
                category="scare quotes",
                note=self.lexicon.scare_quote_note,
                alternative=None,
                voice=voice,
                rule="scare-quote",
            )
        word = doc[cand.start : cand.end].root
        return LoadedTerm(
            id=f"t{n}",
            span=chars,
            term=entry.term,
            category=entry.category,
            note=entry.note,
            alternative=self.alternatives.fit(entry.alternative, word),
            voice=voice,
            rule=entry.rule,
        )


def _without_body_names(
    doc: Doc, candidates: list[_Candidate], heading: _Headings, lines: HeadingIndex
) -> list[_Candidate]:
    """Drop a one-word match in a heading that the article writes with a capital mid-sentence
    elsewhere: a heading capitalises every word, so only the body shows that "Dictator" in
    "The Dictator Pope: A Reply" is part of a book's title (see ``headlines.py``)."""
    in_headings = [c for c in candidates if c.end - c.start == 1 and heading(doc[c.start].sent)]
    if not in_headings:
        return candidates
    dropped = {id(c) for c in in_headings if doc[c.start].lower_ in lines.capitalised}
    return [c for c in candidates if id(c) not in dropped]


def _always_heading(sent: Span) -> bool:
    """The lower-case copy of a headline is still a headline (see ``_title_case_hits``)."""
    return True


class _Headings:
    """Whether a sentence is a heading, worked out only for sentences that have a match."""

    def __init__(self) -> None:
        self.known: dict[int, bool] = {}

    def __call__(self, sent: Span) -> bool:
        if sent.start not in self.known:
            self.known[sent.start] = sentence_is_heading(sent)
        return self.known[sent.start]


def _context_ok(doc: Doc, start: int, end: int, entry: Entry, in_heading: bool) -> bool:
    """Drop names and the technical senses the entry lists."""
    toks = doc[start:end]
    if entry.compound and not _second_half(doc, start):
        return False
    if end - start > 1:
        # a set phrase written with capitals for emphasis ("Witch Hunt", "Deep State") is still
        # the phrase unless the parser found a name around it
        if any(t.ent_type_ in NAME_ENTS for t in toks) and not _misread_person(doc, start, end):
            return False
        after = doc[end] if end < len(doc) else None
        if after is not None and _title(after) and all(_title(t) for t in toks):
            return False  # inside a longer capitalised name: "Witch Hunt Diaries"
    elif entry.capital:
        # "Orwellian" takes its capital from a name, and the small model often tags it as one
        # on its own; only a longer name around it ("the Orwellian Society") makes it part of one,
        # and outside headings so does a capitalised word after it ("Kafkaesque Days", a title)
        if any(_in_longer_name(t) for t in toks) or (not in_heading and _title_follows(toks[-1])):
            return False
    elif any(part_of_name(t, in_heading) for t in toks):
        return False
    before = _neighbour(doc, start - 1, -1)
    if before is not None and _lemma(before) in entry.unless_prev:
        return False
    if any(_lemma(t) in entry.unless_next for t in _next_words(doc, end)):
        return False
    return not _sense_set_by_phrase(doc[start:end].root, entry)


def _next_words(doc: Doc, end: int) -> list[Token]:
    """The word right after a match, across a hyphen; after an article, the noun phrase it
    opens as well: "a war on the Taliban" is "a war on Taliban", "the war on the Islamic
    State" names the group by its last word or its first ("Islamic")."""
    after = _neighbour(doc, end, 1)
    if after is None or after.pos_ != "DET" or after.head.i <= after.i:
        return [] if after is None else [after]
    noun = after.head
    return [after, noun, *(c for c in noun.children if c.dep_ == "compound" and c.i > after.i)]


def _second_half(doc: Doc, start: int) -> bool:
    """The match is the second half of a hyphened compound: "Trump-hating", "rumour-monger"."""
    return start >= 2 and _joining_hyphen(doc[start - 1]) and doc[start - 2].is_alpha


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen with no space on either side, joining two words into one: "first-loss"."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.nbor(-1).whitespace_


def _in_longer_name(tok: Token) -> bool:
    """The token is one word of a named entity of several words."""
    if tok.ent_type_ not in NAME_ENTS:
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")


def _title_follows(tok: Token) -> bool:
    """A capitalised word comes next in the same sentence: "the Machiavellian Prize"."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.sent == tok.sent and _title(after)


def _sense_set_by_phrase(tok: Token, entry: Entry) -> bool:
    """The words that decide an entry's neutral sense, where other words come between.

    An adjective's sense is set by the noun it describes, wherever that noun stands: "the most
    devastating Kavarian airstrike" is as literal as "a devastating airstrike", "extremist
    Islamist groups" as much the security term as "extremist groups", "the fighting was fierce"
    as "fierce fighting" (see ``_described``). A noun's sense is set by
    its modifiers: "the new tax and customs regime" is the system of rules "tax regime" names;
    and by its owner, before it or after "of": "God's wrath" and "the wrath of God" are the
    scriptural phrase that "divine wrath" is (see ``_owners``).
    """
    target = _described(tok)
    if target is not None and {_lemma(target), target.lower_} & entry.unless_next:
        return True
    if not entry.unless_prev:
        return False
    if any(_lemma(c) in entry.unless_prev for c in _owners(tok)):
        return True
    for mod in (c for c in tok.children if c.dep_ in NOUN_MODIFIERS and c.i < tok.i):
        joined = [mod, *(g for g in mod.children if g.dep_ == "conj")]  # "tax and customs"
        if any(_lemma(m) in entry.unless_prev for m in joined):
            return True
    return False


def _described(tok: Token) -> Token | None:
    """The word a modifier is said of, wherever it stands: the noun an adjective describes
    ("the most devastating Kavarian airstrike", and after another adjective: "a long and bloody
    civil war"), the subject a predicative adjective is said of ("the fighting was fierce" is
    "fierce fighting"), the verb of an adverb ("denied it categorically" is "categorically
    deny"), the object of a verb ("slammed the door" is "slammed door")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # the first of the joined modifiers stands where the others would
    if tok.dep_ in NOUN_MODIFIERS and tok.head.i > tok.i:
        return tok.head
    if tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
        return tok.head
    if tok.dep_ == "acomp" and tok.pos_ == "ADJ":
        return _subject_of(tok.head)
    if tok.pos_ == "VERB":
        # a verb's object, after its article: "shock the conscience" is "shock conscience"
        return next((c for c in tok.children if c.dep_ == "dobj"), None)
    return None


def _owners(tok: Token) -> list[Token]:
    """Words that stand to a noun or adjective as a modifier before it does: its possessor ("God's
    wrath" is "divine wrath"), and the object of "of" after it ("the wrath of God", "the
    slaughter of cattle" is "cattle slaughter"), or of "to" after an adjective ("intolerant of
    lactose", "intolerant to gluten" is "lactose intolerant")."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    preps = (
        {"of", "to"} if tok.pos_ == "ADJ" else {"of"} if tok.pos_ in ("NOUN", "PROPN") else set()
    )
    for prep in (c for c in tok.children if c.lower_ in preps and c.i > tok.i):
        owners += [g for g in prep.children if g.dep_ == "pobj"]
    return owners


def _misread_person(doc: Doc, start: int, end: int) -> bool:
    """'this Rigged Witch Hunt': a person's name takes no demonstrative or indefinite article,
    so a PERSON the small model found in a capitalised phrase after one is the phrase misread
    as a name (an ORG or a title after "the" is left alone: "the Deep State Podcast")."""
    ents = {t.ent_type_ for t in doc[start:end] if t.ent_type_}
    if ents != {"PERSON"}:
        return False
    i = start - 1
    while i >= 0 and _title(doc[i]):
        i -= 1  # the capitalised phrase may start before the match: "Rigged Witch Hunt"
    return i >= 0 and doc[i].lower_ in NOT_BEFORE_NAMES


def _used_as_tagged(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    """A one-word entry limited to verbs or adjectives is not matched where the parser made the
    word a noun modifying the next noun ("torpedo boats", "plague victims"): the small model's
    tagger often takes such a noun for a verb or adjective, while the dependency shows its use."""
    if end - start != 1 or not entry.pos or entry.pos & {"NOUN", "PROPN"}:
        return True
    return doc[start].dep_ != "compound"


def _remarks_on_a_fact(tok: Token) -> bool:
    """'What is amazing is that ...', 'It is wonderful that ...', 'It is noble to forgive': the
    adjective is the writer's surprise or pleasure at a state of affairs, or a maxim about an
    act anyone may do, not praise that promotes a person or product. "It was noble of Vell to
    resign" names whose act it was, and stays praise."""
    if tok.dep_ != "acomp":
        return False
    verb = tok.head
    subject = _subject_of(verb)
    if subject is not None and subject.lower_ == "what":
        return True
    # the clause "it" stands for comes after the adjective ("It is wonderful that ..."); a
    # clause before it is another sentence run on with a comma ("It is fast, it is gorgeous")
    clause = any(c.dep_ in ("ccomp", "csubj") and c.i > tok.i for c in verb.children)
    whose = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    infinitive = any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return subject is not None and subject.lower_ == "it" and (clause or (infinitive and not whose))


def _mentioned(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'the word "traitor"', 'the label extremist', '"Zealotry" means blind devotion',
    '"zealots", a word the board used': a term that is named or defined is talked about, not
    used, so it loads nothing (the use/mention distinction). The naming nouns and defining
    verbs are the lexicon's ``mention`` list, the verbs of meaning its ``signify`` list."""
    i = start - 1
    while i >= 0 and doc[i].text in QUOTE_CHARS:
        i -= 1
    if i >= 0 and _lemma(doc[i]) in lexicon.mention:
        # 'the term extremist', or a quoted word after a verb that defines it ('translated
        # "detestable"'); a bare verb before a word is its object ("mean people")
        noun = doc[i].pos_ == "NOUN" and doc[i].dep_ != "amod"  # not "mean bullies"
        if noun or (i < start - 1 and doc[i].pos_ == "VERB"):
            return True
    root = doc[start:end].root
    if any(c.dep_ == "appos" and _lemma(c) in lexicon.mention for c in root.children):
        return True  # '"extremists", a term applied to ...'
    if not _bare_word(root, start):
        return False  # "The fiasco means higher taxes", "the regime was defined by fear": used
    verb = _lemma(root.head)
    if root.dep_ == "nsubj":
        if verb == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and _lemma(c) in lexicon.mention
            for c in root.head.children
        ):
            return True  # '"Collateral damage" is a euphemism for ...', 'X is a term for ...'
        return verb in lexicon.signify  # '"Zealotry" means ...'
    return root.dep_ == "nsubjpass" and verb in lexicon.mention  # '"Zealotry" is defined as'


def _title_of_work(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'the documentary "Witch Hunt"', 'her hit "Liar"', '"Spin Doctors", a talk show about
    ...': capitalised words in quotation marks right after a noun of a work, or with one set
    beside them, are the work's title, not the writer's label for anything (the nouns of works
    are the quote finder's, ``[mentions] works`` in reporting_verbs.toml)."""
    works = cue_lexicon().mentions.works
    sent = doc[start].sent
    i = start - 1
    while i >= sent.start and _title_word(doc[i]):
        i -= 1
    j = end
    while j < sent.end and _title_word(doc[j]):
        j += 1
    if i < sent.start or doc[i].text not in QUOTE_CHARS:
        return False
    if j < sent.end and doc[j].text == ",":
        j += 1  # '"Witch Hunt," a film about ...'
    if j >= sent.end or doc[j].text not in QUOTE_CHARS:
        return False
    words = [t for t in doc[i + 1 : j] if t.is_alpha]
    if not words or not all(_title(t) or t.is_stop for t in words) or not _title(words[0]):
        return False
    before = doc[i - 1] if i > sent.start else None
    if before is not None and _lemma(before) in works:
        return True
    # set beside the title: '"Lies We Tell", a documentary about the mills'
    after = [t for t in doc[j + 1 : min(j + 5, sent.end)] if not t.is_punct]
    comma = (j + 1 < sent.end and doc[j + 1].text == ",") or doc[j - 1].text == ","
    noun = next((t for t in after if t.pos_ == "NOUN"), None)
    return comma and noun is not None and _lemma(noun) in works


def _title_word(tok: Token) -> bool:
    """A word that may stand in a title: capitalised, or a small word between capitalised ones
    ("A Nest of Vipers")."""
    return (tok.is_alpha and (_title(tok) or tok.is_stop)) or tok.text in ("-", "'s", ":")


def _bare_word(tok: Token, start: int) -> bool:
    """A word standing for itself has nothing before it that picks out a thing ('"Zealotry"
    means', 'Zealotry is defined as', '"Collateral damage" is a euphemism': the words of the
    term itself, from ``start``, do not count); a determiner, possessive or modifier makes it a
    use ("the fiasco means higher taxes", "this regime was defined by fear", "blind zealotry")."""
    return not any(c.i < start and c.dep_ not in ("punct", "cc") for c in tok.children)


def _denied(tok: Token, lexicon: Lexicon) -> bool:
    """'The plan is not brilliant', 'she was never a traitor', 'this is no disaster', 'Vell is
    not some deluded fanatic': a quality or label the sentence denies is applied to nobody.

    The denial must stand between the verb and the word ("is not brilliant"), so a "not" of
    another clause ("Certainly not: the plan was absurd") does not count. Still marked: "not
    just stupid", "not only illegal" and "not the only extremist", which add to it, "not a
    setback but a disaster", which asserts what "but" joins, "there were no X", which denies
    that any exist rather than a quality, and a question ("Isn't that disgusting?"), which
    asserts it.
    """
    prenominal = tok.dep_ in NOUN_MODIFIERS and tok.i < tok.head.i
    pred = tok.head if prenominal and tok.head.dep_ == "attr" else tok
    while pred.dep_ == "conj" and pred.head.i < pred.i:
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in pred.head.children):
            return False  # "not a setback but a disaster": "but" asserts what it joins
        pred = pred.head  # "not brave or wise": the denial covers each quality it joins
    if pred.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in pred.children):
        verb = pred  # "the count was not rigged": a passive participle is its own predicate
    elif pred.dep_ in ("acomp", "attr"):
        verb = pred.head
    else:
        return False
    between = [c for c in verb.children if verb.i < c.i < pred.i]
    negated = any(c.dep_ == "neg" for c in between)
    if any(c.dep_ in ("acomp", "attr") for c in between):
        return False  # "is not part of it, perhaps worse": the denial was of the first predicate
    if pred is verb:
        negated = any(c.dep_ == "neg" for c in verb.children)
    negated = negated or _denied_by_opinion(verb, lexicon.neg_raisers | lexicon.inference)
    if not negated and not any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children):
        return False
    if any(c.dep_ == "expl" for c in verb.children):
        return False
    near = [*pred.children, *verb.children, *(g for c in verb.children for g in c.children)]
    if any(c.lower_ in ADDITIVE for c in near):
        return False
    return not any(t.text == "?" for t in tok.sent)


def _denied_by_opinion(verb: Token, neg_raisers: frozenset[str]) -> bool:
    """'I don't think the levy is absurd': the denial of a verb of opinion carries down
    into the clause it governs (the clause is what the speaker does not hold); so does the
    denial of a verb of inference ('the findings do not mean every reef is doomed'), which
    withholds the clause instead of asserting it."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() in neg_raisers
        and any(c.dep_ == "neg" for c in head.children)
    )


def _names_a_class(tok: Token) -> bool:
    """'the righteous', 'fifty righteous', 'the home of the brave': an adjective standing as a
    noun names a class of people, in scripture and sayings, rather than praising anyone."""
    if tok.pos_ != "ADJ":
        return False
    if tok.dep_ in NOMINAL_DEPS:
        return True
    return tok.dep_ == "amod" and tok.head.pos_ == "NUM"


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


def _own_feeling(span: Span, entry: Entry) -> bool:
    """'"I was terrified," she said', '"We are furious"': a speaker telling how they themselves
    felt is testimony about their own state, not wording that colours how someone or something
    else is seen; the same word of others ("the terrified residents") or of a thing ("a
    terrifying ordeal") is still marked."""
    if entry.category not in FEELINGS:
        return False
    word = span.root
    if word.dep_ not in ("acomp", "attr") and not (word.tag_ == "VBN" and word.dep_ == "ROOT"):
        return False
    verb = word.head if word.dep_ in ("acomp", "attr") else word
    subject = _subject_of(verb)
    return subject is not None and subject.lower_ in FIRST_PERSON


def _speakers_own(entry: Entry) -> bool:
    """Entries whose use inside a speaker's quoted words is the speaker talking, not loading."""
    return entry.category in NOT_QUOTED or entry.rule in HEDGES_NOT_QUOTED


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The word next to a match, across a hyphen: "regime-change" is "regime change"."""
    if 0 <= i < len(doc) and doc[i].text == "-":
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _is_title(span: Span) -> bool:
    """Quoted words that are a title ("Witch Hunt", a WORK_OF_ART), not a scare quote."""
    words = [t for t in span if t.is_alpha]
    if any(t.ent_type_ == "WORK_OF_ART" for t in span):
        return True
    return len(words) >= 2 and all(_title(t) or t.is_stop for t in words) and _title(words[0])


def _around(doc: Doc, span: Span) -> tuple[Token | None, Token | None]:
    """The words just outside the quotation marks around ``span`` (marks and spaces skipped)."""
    i = span.start - 1
    while i >= 0 and (doc[i].text in QUOTE_CHARS or doc[i].is_space):
        i -= 1
    j = span.end
    while j < len(doc) and (doc[j].text in QUOTE_CHARS or doc[j].is_space):
        j += 1
    return (doc[i] if i >= 0 else None), (doc[j] if j < len(doc) else None)


def _quote_nearby(doc: Doc, before: Token | None, after: Token | None) -> bool:
    """Another quoted item right before or after: a list of quoted words ("'votar,' 'donde'")."""
    if before is not None and before.text in LIST_LINKS and before.i > 0:
        prev = doc[before.i - 1].text
        if prev in QUOTE_CHARS or prev[-1:] in QUOTE_CHARS:
            return True
    if after is not None and after.text in LIST_LINKS and after.i + 1 < len(doc):
        return doc[after.i + 1].text[:1] in QUOTE_CHARS
    return False


def distancing(
    doc: Doc, span: Span, lexicon: Lexicon, loaded_words: frozenset[str] = frozenset()
) -> bool:
    """A scare quote that is the writer keeping a word at arm's length, worth a loaded mark.

    The quotes component calls any quoted words nobody is said to speak a scare quote. Most of
    those are something else: a phrase taken from a document, a title, a term being defined or
    named ("the term 'exemplar'", "known as 'Harbour Hands'"), a list of search terms, or a whole
    clause lifted from a letter. Kept: one word (or two around a word of the lexicon, 'the
    "Ostrevian meddling"'), not a title or a capitalised name, not a finished sentence, not
    introduced by a naming word, not part of a list, and used inside the writer's own noun
    phrase (after a determiner, possessive or adjective, or as a modifier of the next noun).
    """
    words = [t for t in span if t.is_alpha]
    if not 1 <= len(span.text.split()) <= MAX_SCARE_WORDS or _is_title(span):
        return False
    if len(span.text.split()) > 1 and not any(
        _lemma(t) in loaded_words or t.lower_ in loaded_words for t in words
    ):
        return False  # two quoted words without a loaded one are a term being mentioned
    if len(words) == 1 and _title(words[0]) and not words[0].is_sent_start:
        return False  # 'the "Conference"', an '"Islamic" city': a name or a capitalised term
    if any(t.text in SENTENCE_END for t in span[-2:]):
        return False  # a quoted sentence or its end: someone's words, not a single word held off
    if any(t.tag_ == "FW" for t in words):
        return False  # a foreign or Latin term is quoted as a term ("ex parte"), not doubted
    before, after = _around(doc, span)
    if before is None or _quote_nearby(doc, before, after) or _in_quote_run(doc, span):
        return False
    if _named_by(doc, before, lexicon):
        return False
    # the quoted words sit inside the writer's own noun phrase: 'the "reforms"', 'their
    # "dialogue"', 'a purely formal "truce"', or modify its noun: 'the "progressive" wing'
    in_phrase = before.pos_ in SCARE_BEFORE or before.dep_ == "poss"
    modifier = after is not None and after.pos_ == "NOUN" and after.sent == span.sent
    if len(words) > 1:
        # two quoted words before a noun name a kind of thing ('"blue badge" permits', 'a "harbour
        # watch" fund'): a term being mentioned, not a word held at a distance
        return in_phrase and not modifier
    return in_phrase or modifier


def _named_by(doc: Doc, before: Token, lexicon: Lexicon) -> bool:
    """A naming word right before the quote, or before its article or adjective: 'known as a
    "reference"', 'calling the ferry a "lifeline"'."""
    i = before.i
    for _ in range(3):
        tok = doc[i]
        if tok.lemma_.lower() in lexicon.naming or tok.lower_ in lexicon.naming:
            return True
        if tok.pos_ not in ("DET", "ADJ") or i == 0:
            return False
        i -= 1
    return False


def _echoes_speaker(doc: Doc, span: Span, speech: Sequence[tuple[int, int]]) -> bool:
    """The quoted words also occur inside a speaker's quoted words elsewhere in the article.

    Then the quotation marks repeat a speaker's word (a partial quote whose speaker is named
    elsewhere), rather than the writer holding a word of their own at a distance.
    """
    words = [re.escape(t.lower_) for t in span if t.is_alpha]
    if not words:
        return False
    # "game-changing" is three tokens: the words may be joined by a hyphen or a space
    pattern = re.compile(r"\b" + r"[\s-]+".join(words) + r"\b", re.IGNORECASE)
    text = text_of(doc)
    return any(
        not s <= span.start_char < e and pattern.search(text, s, e) is not None for s, e in speech
    )


def _in_quote_run(doc: Doc, span: Span) -> bool:
    """Quoted words next to other quoted words: a list of terms ('"autonomy," "viability"').

    Terms listed like this are mentioned, not held at a distance one by one.
    """
    text = text_of(doc)
    i = span.end_char
    while i < len(text) and text[i] in QUOTE_CHARS:
        i += 1  # the closing mark(s)
    k = i
    while k < len(text) and text[k] in ",; ":
        k += 1
    if k > i and k < len(text) and text[k] in QUOTE_CHARS:
        return True
    j = span.start_char - 1
    while j >= 0 and text[j] in QUOTE_CHARS:
        j -= 1  # the opening mark(s)
    k = j
    while k >= 0 and text[k] in ",; ":
        k -= 1
    return k < j and k >= 0 and text[k] in QUOTE_CHARS


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the contextual or longer match where matches overlap; return them in text order."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    taken: list[_Candidate] = []
    used: set[int] = set()
    for cand in ranked:
        toks = set(range(cand.start, cand.end))
        if toks & used:
            continue
        used |= toks
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)
