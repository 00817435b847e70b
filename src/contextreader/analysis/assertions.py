"""Assertions: the voice of every sentence, and the claims the outlet makes on its own.

Every body sentence gets a ``report.Sentence`` with one voice:

- ``quoted``: mostly inside a direct quote (a sentence like '"...", X said' counts too), or
  mostly a quoted fragment given to a speaker; inside one pair of quotation marks, speaker
  found or not; or inside a social-media post pasted into the article (a post element, or a
  paragraph signed "— Name (@handle) date"), which is its author's;
- ``reported``: it tells what someone named says, thinks, wants, backs, condemns or decided:
  reported speech from cr_quotes, or a verb, noun or adjective of saying, stance, feeling
  toward a fact, wish or ruling with a holder ("Roe backs the plan", "Roe's support for",
  "aides were confident that", "In a new poll, ...", "Roe leads in the polls", "her plan to");
  what a poll or a record finds ("the survey finds Roe ahead"), what a work tells ("a film
  about the strike"); a feeling someone has about a claim or a decision ("the plan angered
  Roe"; "the noise frightened them" is none); a frame or aside that names whose view it is
  ("To Roe, ...", "..., court records show, ...", "..., per the Gazette", a headline "Roe: ...");
- ``vague``: the claim is given only to a source that names no one ("officials said",
  "critics fear", "claims by some in X"), or to no one at all: an agentless passive ("it is
  believed", "the plan was criticized as", "was billed as"), a decision whose maker is not
  named ("the treaty was signed"; a person's sentence, election or appointment is a recorded
  outcome, not a claim), a noun of stance with no holder ("amid fears that", "the debate
  over"), something said to be known or in doubt by no one named ("it is unclear whether"),
  an act of saying or stance done by no one in particular ("Asking for a raise makes ...",
  "That is a long way from admitting ..."; not a set formula: "saying sorry"), "reportedly",
  an impression ("seems to", "looks doomed"), a question put by no one named ("when asked
  whether ..."), people counted or described but not named ("one of the aides", "those who
  know him"; a body is named by what it is: "the port authority said"); a name given ("an
  app called Beacon") claims nothing; unnamed people beside a named speaker ("Roe and other
  officials said") add a vague assertion to Roe's sentence;
- ``unattributed``: the outlet's own voice.

When a sentence holds several attributions, the one whose cue is highest in the parse gives
the voice: "Roe believes critics are wrong" is Roe's. A vague claim beside the main one
("Roe spoke on Monday, and there were complaints that ...") or outside the marks of a quoted
sentence ('"...," she said when asked about X') becomes a vague assertion of its own over
its clause, as does a hearsay label in any sentence ("the alleged thief") and a reaction that
someone named only answers ("Roe responded to criticism of X"; questions put to someone, as in
"declined to answer questions about X", are no one's claim); a direct quote from an
unnamed speaker ("said a senior official") is a vague assertion over its sentence; views
inside what someone is reported to say are theirs.

Headlines and subheads (``heading=True``) are read the same way: a headline that carries a quote
or a cue is quoted or reported; one that does not is the outlet's own, unattributed claim.

Where the small model's parse fails, the words are read by their written form: verbs are looked
up as cr_quotes looks them up (``VerbForms``: its lemma when it lists the verb, else ours, else
the one the inflected form points to); a verb of saying or stance the tagger read as a noun,
an adjective or "like" as a preposition counts when it follows a subject and the parse has no
main verb ("Roe champions the plan", "voters don't like it"); title-case headlines are read
word by word. The paragraph, or the list items, after a lead that ends its line with a colon
("Roe argued that:") are the lead's speaker's. A report whose cue is an agentless passive
("Roe is expected to sign") does not give the view to its subject. A quotation mark the
sentence splitter left at a sentence's end opens the next one, and is not part of it.

Vague and unattributed assertions come with a note in plain words that says what is missing.
Quotes come from cr_quotes; vague sources from ``vague_sources.toml``; the stance, decree and
noun cues beyond the verbs of saying from ``attribution_cues.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.extensions import text_of
from contextreader.analysis.furniture import furniture_lexicon, word_lists
from contextreader.analysis.paragraphs import is_byline, line_around, span_is_heading
from contextreader.analysis.people import LABELS_KEY, TranscriptTurn, role_lexicon
from contextreader.analysis.quotes import CueLexicon, cue_lexicon, form_table
from contextreader.analysis.quotes.modality import prescribed, purpose_only
from contextreader.analysis.quotes.reported import contact_clause, gapped_relative
from contextreader.analysis.quotes.speakers import agent_of
from contextreader.report import Assertion, Quote, Sentence, SentenceVoice

NO_SOURCE = "No source is named for this claim."
HEADING_NO_SOURCE = "A headline or subhead in the outlet's own words; no source is named."
QUOTED_SHARE = 0.5
# prepositions that place a source ("officials in X", "sources close to", "critics from X")
_SOURCE_PREPS = frozenset({"in", "from", "at", "within", "inside", "with", "on", "of", "close"})


@dataclass(frozen=True, slots=True)
class VagueLexicon:
    nouns: frozenset[str]
    quantifiers: frozenset[str]
    partitives: frozenset[str]
    adverbs: frozenset[str]
    passive: frozenset[str]
    framed: frozenset[str]
    hedges: frozenset[str]
    aims: frozenset[str]
    labels: frozenset[str]
    unknown: frozenset[str]
    quoted_labels: frozenset[str]
    bodies: frozenset[str]


@cache
def vague_lexicon() -> VagueLexicon:
    """Load and check ``vague_sources.toml`` once."""
    keys = (
        "nouns",
        "quantifiers",
        "partitives",
        "adverbs",
        "passive",
        "framed",
        "hedges",
        "aims",
        "labels",
        "unknown",
        "quoted_labels",
        "bodies",
    )
    return check_vague_lexicon(word_lists("vague_sources.toml", keys)[0])


def check_vague_lexicon(parts: dict[str, frozenset[str]]) -> VagueLexicon:
    """Build the lexicon from ``vague_sources.toml``'s lists, checking that the lists said to be
    part of another are ([quoted_labels] of [labels], [bodies] of [nouns])."""
    if not parts["quoted_labels"] <= parts["labels"]:
        raise ValueError("vague_sources.toml: [quoted_labels] must be a part of [labels]")
    if not parts["bodies"] <= parts["nouns"]:
        raise ValueError("vague_sources.toml: [bodies] must be a part of [nouns]")
    return VagueLexicon(**parts)


_EDGE = " .:!|•·-–—>»"
_SHORT_LINE = 100  # a line of furniture, not a paragraph that opens with its words
_STOP = re.compile(r"[.!?][\"”’)]*\s")  # a full stop inside a line: more than one sentence


def is_furniture(text: str, start: int, end: int) -> bool:
    """A sentence that is page furniture, not news: an advertising slot, a link to another
    story, a share button, a time stamp, a photo credit, a release's contact lines or a live
    blog's label ("Advertisement", "Related: ...", "Updated 3:45 PM EST", "9:42 pm", "(Photo:
    Jan Roe/Gazette)", "Media contact:", "press@example.org", "UPDATE:"), as copied with the
    article. Known by the line's opening words and shape, from ``page_furniture.toml``."""
    lex = furniture_lexicon()
    words = " ".join(text[start:end].split()).lower()
    if words.startswith(lex.sentences):
        return True  # "For more information, visit ...", wherever it stands
    line_start, line_end = line_around(text, start, end)
    line = " ".join(text[line_start:line_end].split()).lower()
    if line.startswith(lex.sentences) and len(line) <= _SHORT_LINE and not _STOP.search(line):
        return True  # one sentence, "CLICK HERE TO GET THE APP", the parser cut in two
    opens_line = not text[line_start:start].strip()
    whole_line = opens_line and not text[end:line_end].strip()
    if not opens_line and not words.startswith("("):
        return False
    bare = words.strip(_EDGE)
    if (whole_line or words.endswith(":")) and bare in lex.lines:
        return True  # "Advertisement"; "UPDATE:" before the update it labels
    if words.startswith(lex.prefixes):
        return True
    if whole_line and _CONTACT.fullmatch(bare):
        return True
    stamp = next((s for s in lex.stamps if words.startswith((f"{s} ", f"{s}:"))), None)
    if not whole_line or not any(ch.isdigit() for ch in words):
        return False
    rest = words[len(stamp) :] if stamp is not None else words
    return all(
        any(ch.isdigit() for ch in w) or w.strip(":") in lex.dates or not w.strip(":")
        for w in rest.replace(",", " ").split()
    )


# a line that is only an e-mail address, a web address or a telephone number
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\+?[\d(][\d ()./-]{6,}\d"
)


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    """Stance, judgement and decree words that give a sentence to someone (see the data file)."""

    verbs: frozenset[str]
    decrees: frozenset[str]
    nouns: frozenset[str]
    holder_verbs: frozenset[str]
    adjectives: frozenset[str]
    holders: frozenset[str]
    not_attributing: frozenset[str]
    artifacts: frozenset[str]
    perception: frozenset[str]
    reactions: frozenset[str]
    naming: frozenset[str]
    answering: frozenset[str]
    matters: frozenset[str]
    stance_preps: frozenset[str]
    noun_preps: frozenset[str]
    experiencers: frozenset[str]
    polls: frozenset[str]
    stance_agents: frozenset[str]
    taking_part: frozenset[str]
    stimuli: frozenset[str]
    court_outcomes: frozenset[str]
    verdicts: frozenset[str]
    acts_when_bare: frozenset[str]
    standing: frozenset[str]
    findings: frozenset[str]
    records: frozenset[str]
    works: frozenset[str]
    intentions: frozenset[str]
    formulas: frozenset[str]
    both_ways: frozenset[str]
    embedded_posts: frozenset[str]
    checks: frozenset[str]
    meetings: frozenset[str]
    yardsticks: frozenset[str]
    side_nouns: frozenset[str]
    undergoing: frozenset[str]
    truth_values: frozenset[str]
    forecasts: frozenset[str]
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def attribution_lexicon() -> AttributionLexicon:
    """Load and check ``attribution_cues.toml`` once."""
    keys = (
        "verbs",
        "decrees",
        "nouns",
        "holder_verbs",
        "adjectives",
        "holders",
        "not_attributing",
        "artifacts",
        "perception",
        "reactions",
        "naming",
        "answering",
        "matters",
        "stance_preps",
        "noun_preps",
        "experiencers",
        "polls",
        "stance_agents",
        "taking_part",
        "stimuli",
        "court_outcomes",
        "verdicts",
        "acts_when_bare",
        "standing",
        "findings",
        "records",
        "works",
        "intentions",
        "formulas",
        "both_ways",
        "embedded_posts",
        "checks",
        "meetings",
        "yardsticks",
        "side_nouns",
        "undergoing",
        "truth_values",
        "forecasts",
    )
    parts, raw = word_lists("attribution_cues.toml", keys)
    both = parts["experiencers"] & (parts["verbs"] | parts["decrees"])
    if both:
        # a verb is read either with its subject or with its object as the one who holds the view
        raise ValueError(f"attribution_cues.toml: [experiencers] also in [verbs]/[decrees]: {both}")
    if not parts["standing"] <= parts["decrees"]:
        raise ValueError("attribution_cues.toml: [standing] must be a part of [decrees]")
    irregular: dict[str, tuple[str, ...]] = {}
    for lemma, written in raw["irregular"].items():
        if not written or not all(isinstance(w, str) and w == w.lower() for w in written):
            raise ValueError(f"attribution_cues.toml: [irregular] {lemma} needs lower-case forms")
        irregular[lemma] = tuple(written)
    return AttributionLexicon(**parts, irregular=irregular)


@dataclass(frozen=True, slots=True)
class VerbForms:
    """Every verb in our lists and cr_quotes' by lemma and by written form, so both components
    read a verb the same way (the small model lemmatises some verbs wrongly: "hopes" -> "hop")."""

    lemmas: frozenset[str]  # the lemmas of our own verb lists
    forms: dict[str, str]  # written form -> lemma, for our verbs cr_quotes does not list

    def lemma(self, tok: Token, cues: CueLexicon) -> str:
        """cr_quotes' lemma when that is one of its verbs (so the two never disagree), else the
        parser's lemma when one of our lists has it, else the lemma its written form points to."""
        lemma = cues.lemma(tok)
        if lemma in cues.verbs:
            return lemma
        parsed = tok.lemma_.lower()
        if parsed in self.lemmas:
            return parsed
        return self.forms.get(tok.lower_, parsed)


@cache
def verb_forms() -> VerbForms:
    """Forms of the verbs in ``attribution_cues.toml`` and ``vague_sources.toml``, generated as
    cr_quotes generates its own (``form_table``): regular "-s", "-ed", "-ing" forms plus the
    irregular ones, from reporting_verbs.toml's table and the few attribution_cues.toml adds."""
    alex, vlex = attribution_lexicon(), vague_lexicon()
    lemmas = (
        alex.verbs
        | alex.decrees
        | alex.holder_verbs
        | alex.perception
        | alex.not_attributing
        | alex.experiencers
        | vlex.passive
        | vlex.framed
        | vlex.hedges
    )
    unknown = set(alex.irregular) - lemmas
    if unknown:
        raise ValueError(f"attribution_cues.toml: [irregular] for verbs in no list: {unknown}")
    irregular = {**cue_lexicon().irregular, **alex.irregular}
    return VerbForms(frozenset(lemmas), form_table(sorted(lemmas), irregular))


def is_vague_source(span: Span, lex: VagueLexicon) -> bool:
    """A source phrase that names no one: its head is a vague noun or quantifier.

    A name that only qualifies the head ("US officials", "Pentagon officials", "Roe's
    advisers") still leaves the source unnamed; a name that is the head, or stands beside it
    ("Roe and others", "officials such as Jan Roe"), names someone.
    """
    head = span.root
    part = _partitive_of(head, lex)
    if part is not None:
        # "one of the aides", "a wide array of economists": as vague as those counted
        return is_vague_source(head.doc[part.left_edge.i : part.right_edge.i + 1], lex)
    named = (head.ent_type_ in ("PERSON", "ORG") or head.pos_ == "PROPN") and not (
        _vague_head(head, lex)  # (the tagger can read a plural opening a sentence as a name)
    )
    if named or _restates_name(head) or _named_document(head):
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return False  # "the union's leader, Mo Dunn, warned": the apposition names him
    for t in span:
        possessive = t.dep_ == "poss" or (t.dep_ == "compound" and t.head.dep_ == "poss")
        if t.ent_type_ == "PERSON" and t.head.i != head.i and not possessive:
            if _qualifies(t, head):
                continue  # "sources close to the Vance campaign": still no one named
            return False
        if t.ent_type_ == "PERSON" and t.dep_ in ("conj", "appos"):
            return False
    # "boat owners and legal experts said": unnamed people joined to an unnamed group
    heads = [head, *(c for c in head.children if c.dep_ == "conj")]
    if any(h.ent_type_ in ("PERSON", "ORG") or h.pos_ == "PROPN" for h in heads[1:]):
        return False
    return any(_vague_head(h, lex) for h in heads)


# prepositions that bring in examples of the head ("officials such as Jan Roe"), not a
# qualifier of it ("sources close to the Roe campaign", "aides in Roe's office")
_EXAMPLES = frozenset({"as", "like", "including"})


def _qualifies(tok: Token, head: Token) -> bool:
    """Whether a word in a source phrase sits in a prepositional phrase that only says which
    ones are meant ("close to the Vance campaign", "from the Roe camp")."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            return node.head.lower_ not in _EXAMPLES
        node = node.head
    return False


def _named_document(head: Token) -> bool:
    """ "the Harbour Board's annual reports", "a study by the Tarnby Institute", "a Gallup
    poll": a document, a study or a poll whose author is named (a possessor, "by X", or a name
    before it) is as named a source as its author. People are another matter: "Roe's aides"
    are still unnamed aides."""
    alex = attribution_lexicon()
    lemma = head.lemma_.lower()
    if not {lemma, head.lower_} & (alex.artifacts | alex.records | alex.polls):
        return False
    for c in head.children:
        if c.dep_ in ("poss", "compound") and _proper_name_word(c):
            return True
        by = c.dep_ == "prep" and c.lower_ == "by"
        if by and any(g.dep_ == "pobj" and _proper_name_word(g) for g in c.children):
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN" and _named_place(c):
            return True  # "a study published on Wednesday in the journal Reef Letters"
    return False


def _named_place(participle: Token) -> bool:
    """ "published in the journal Reef Letters", "released by the Tarnby Institute": a
    participle whose "in"/"by" phrase holds a name (a body's or a work's)."""
    for prep in participle.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(
                _proper_name_word(t) and t.ent_type_ not in ("GPE", "LOC", "DATE")
                for t in obj.subtree
            ):
                return True
    return False


def _proper_name_word(tok: Token) -> bool:
    """A person's or a body's name (a place names no author: "a US study")."""
    return tok.ent_type_ in ("PERSON", "ORG") or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _partitive_of(head: Token, lex: VagueLexicon) -> Token | None:
    """The people a counting head counts: "aides" in "one of his aides", "a range of experts",
    "none of the scholars"."""
    if head.lower_ not in lex.partitives and head.lemma_.lower() not in lex.partitives:
        return None  # ("some of them", "many of you": a quantifier is vague by itself)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _restates_name(noun: Token) -> bool:
    """ "Jan Roe, a local official, ...": a noun in apposition to a name says who the named
    one is; it does not stand for someone unnamed."""
    return noun.dep_ == "appos" and (
        noun.head.pos_ == "PROPN" or noun.head.ent_type_ in ("PERSON", "ORG")
    )


def _vague_head(head: Token, lex: VagueLexicon) -> bool:
    """A source noun or quantifier that names no one ("officials", "some")."""
    lemma = head.lemma_.lower()
    low = head.lower_
    if _one_body(head, lex):
        return False
    # a capitalised plural opening a sentence ("Aides said") can keep its "s" in the lemma
    return (
        _counted_plural(head, lex)
        or lemma in lex.nouns
        or low in lex.nouns
        or low.removesuffix("s") in lex.nouns
        or low in lex.quantifiers
        # "those who back the plan", "those close to the talks": people described, not named
        or (
            low == "those"
            and any(c.dep_ in ("relcl", "acl", "prep", "amod") for c in head.children)
        )
    )


def _one_body(head: Token, lex: VagueLexicon) -> bool:
    """ "the disaster authority", "the port's authority": a noun of ``[bodies]`` in the
    singular with "the" or an owner is one body, named by what it is ("authorities" and "an
    authority" name no one)."""
    if head.lower_ not in lex.bodies or head.tag_ not in ("NN", "NNP"):
        return False
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in head.children)


def _counted_plural(head: Token, lex: VagueLexicon) -> bool:
    """ "some senators", "several Republicans", "a few economists": people counted, not named,
    whatever they are called. Not a name ("Many Rivers"), nor an organisation."""
    if head.tag_ not in ("NNS", "NNPS") or head.ent_type_ in ("PERSON", "ORG", "GPE"):
        return False
    return any(
        c.dep_ in ("amod", "det", "nummod") and c.i < head.i and c.lower_ in lex.quantifiers
        for c in head.children
    )


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


def _covered(ctx: _Ctx, s: int, e: int) -> tuple[float, str | None]:
    """Share of [s, e) inside direct quotes and the id of the quote covering most of it."""
    i = bisect_right(ctx.starts, e)
    cov, best, best_id = 0, 0, None
    for a, b, qid in ctx.direct[max(0, i - 6) : i]:
        ov = max(0, min(e, b) - max(s, a))
        cov += ov
        if ov > best:
            best, best_id = ov, qid
    return cov / max(1, e - s), best_id


def _reported_quote(
    sent: Span, by_sent: dict[int, list[Quote]], skip: frozenset[int] = frozenset()
) -> tuple[Quote, int] | None:
    """The quote (indirect or partial) whose cue or content is in this sentence, the one whose
    cue is highest in the parse when there are several, with that cue's depth (a quote with no
    cue in the sentence counts as the sentence's top). A quote whose cue is one of ``skip``
    (the claim a verdict is passed on) is no voice of the sentence."""
    best: tuple[Quote, int] | None = None
    for q in by_sent.get(sent.start, []):
        cue = None
        if q.cue_span is not None and sent.start_char <= q.cue_span[0] < sent.end_char:
            cue = sent.doc.char_span(*q.cue_span, alignment_mode="expand")
        if skip and (cue is None or not len(cue) or cue[0].i in skip):
            continue
        if cue is not None and len(cue) and gapped_relative(cue[0]) is not None:
            continue  # "..., a move critics say will gut the centre": not the sentence's voice
        depth = _depth(cue[0]) if cue is not None and len(cue) else 0
        if best is None or depth < best[1]:
            best = (q, depth)
    return best


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


def _sentence_source(sent: Span, ctx: _Ctx, skip: frozenset[int] = frozenset()) -> _Found | None:
    """The attribution that gives the sentence its voice: the one whose cue is highest in the
    parse (the main clause's "X believes ..." outranks a view reported deeper inside it).
    The words of ``skip`` (a claim a verdict is passed on) give the sentence no voice."""
    best: _Found | None = None
    for tok in sent:
        if tok.i in skip:
            continue
        found = _attribution_at(tok, ctx)
        if found is not None and found.anchor.i in skip:
            continue
        if found is not None and found.cue is not None and found.cue.kind == "label":
            continue  # "the alleged thief": hearsay about one phrase, not the sentence's voice
        if found is not None and gapped_relative(found.anchor) is not None:
            continue  # "..., a move critics say will gut the centre": a view of one phrase
        if found is not None and any(
            _framing_participle(a) for a in (found.anchor, *found.anchor.ancestors)
        ):
            continue  # "Asked about the book, Roe paused": the pause is told in the outlet's voice
        if found is not None and (best is None or found.depth < best.depth):
            best = found
    return best or _title_case_cue(sent, ctx) or _colon_lead(sent, ctx)


def _verdict_words(sent: Span, ctx: _Ctx) -> frozenset[int]:
    """A verdict on a claim in the outlet's voice: "Roe's claim that crime doubled is false"
    (a noun of saying as the subject of "be" with a truth value), or the outlet's rating in
    the first person plural, "We rate this claim false". The claim's own words are its
    holder's, but the sentence is the outlet's claim about them: the tokens of the claim (and
    of the rating verb) are returned, to be passed over when the sentence's voice is sought;
    an empty set when the sentence passes no such verdict."""
    truth = ctx.alex.truth_values
    for verb in sent:
        if verb.pos_ not in ("AUX", "VERB"):
            continue
        kids = list(verb.children)
        if not any(c.lower_ in truth and c.dep_ in _VERDICT_DEPS for c in kids):
            continue
        if verb.lemma_ == "be":
            claim = next((c for c in kids if c.dep_ == "nsubj"), None)
            rater = None
        else:
            claim = next((c for c in kids if c.dep_ == "dobj"), None)
            rater = next((c for c in kids if c.dep_ == "nsubj"), None)
            if rater is None or rater.lower_ != "we" or verb.dep_ not in ("ROOT", "conj"):
                continue  # "experts rate the claim false": the experts' view
        if claim is None or not _claim_noun(claim, ctx):
            continue
        words = {t.i for t in claim.subtree}
        if rater is not None:
            words |= {verb.i, rater.i}
        return frozenset(words)
    return frozenset()


# where a verdict's truth value hangs: "is false", "rate this claim false" (read as an adverb)
_VERDICT_DEPS = frozenset({"acomp", "attr", "oprd", "advmod", "xcomp", "ccomp", "dep"})


def _claim_noun(noun: Token, ctx: _Ctx) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in ctx.alex.nouns or lemma in ctx.verbs.nouns)


def _framing_participle(anchor: Token) -> bool:
    """A bare past participle that opens the sentence as a frame ("Asked about the book,",
    "Widely criticized,") before the clause it hangs on: it gives its view to no one, and
    the main clause stays whoever's it is."""
    return (
        anchor.dep_ == "advcl"
        and anchor.tag_ == "VBN"
        and anchor.i < anchor.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in anchor.children)
    )


def _colon_lead(sent: Span, ctx: _Ctx) -> _Found | None:
    """ "Poll: Most voters oppose the plan", "Jan Roe: The mill will reopen": a headline that
    opens with a person's or body's name or a poll and a colon gives the statement after it to
    them, as headlines do. Only at the start of a short line, and not after a genre label
    ("Analysis: ..."), which is the outlet's own."""
    doc = sent.doc
    text = ctx.text or doc.text
    s, e = _trimmed(sent, text)
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip() or len(sent) > 30:
        return None  # only a line of its own: a headline, with or without its full stop
    colon = next((t for t in sent[:7] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    words = [t for t in doc[colon.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(words) < 5 or text[s:e].rstrip().endswith("?"):
        return None  # "Roe: A late comeback", "Roe: Hero or villain?": a topic, not a claim
    lead = doc[colon.i - 1]
    if any(not (t.is_alpha or t.text in ("’s", "'s", ".", "-")) for t in doc[sent.start : colon.i]):
        return None
    before = doc[sent.start : colon.i]
    # "Jan Roe:", not "The X:"; or a name cr_people found where the tagger saw a common noun
    name = len(before) <= 3 and (
        all(t.pos_ == "PROPN" for t in before) or before[0].idx in ctx.mentioned
    )
    if (
        not name
        and lead.ent_type_ not in ("PERSON", "ORG")
        and lead.lemma_.lower() not in ctx.alex.polls
    ):
        return None
    return _holder_found(lead, colon, ctx)


def _title_case(sent: Span) -> bool:
    """A short line of mostly capitalised words: a title-case headline."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 3 or len(words) > 20:
        return False
    return sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _title_case_cue(sent: Span, ctx: _Ctx) -> _Found | None:
    """ "Senator Endorses Roe For Mayor": in a title-case headline the small model tags most
    words as names, so the words of saying and stance are found by their written form: a verb
    inflected after a capitalised subject, or plain after a plural one ("Moderators Ignore
    X"); a noun of stance with what it is about ("Companies Pull Support For X"); and a noun
    of others' reaction that no one holds ("Meeting Prompts Speculation")."""
    if not _title_case(sent):
        return None
    words = [t for t in sent if t.is_alpha]
    lists = ctx.alex.verbs | ctx.alex.decrees | ctx.verbs.verbs.keys()
    for prev, tok in pairwise(words):
        low, lemma = tok.lower_, _lemma(tok, ctx)
        # an "-s" word the tagger calls a plural noun is one ("Harbour Plans Divide Town")
        inflected = low.endswith("ed") or (low.endswith("s") and tok.tag_ not in ("NNS", "NNPS"))
        plain = (
            low == lemma
            and prev.i == tok.i - 1
            and prev.pos_ in ("NOUN", "PROPN")
            and prev.lower_.endswith("s")
        )
        if prev.text[0].isupper() and (inflected or plain) and lemma in lists:
            return _Found(tok, None)
    for i, tok in enumerate(words[1:], start=2):
        # a capitalised plural keeps its "s" in the lemma ("Brings Allegations Of ...")
        noun = tok.lower_.removesuffix("s") if tok.lower_ not in ctx.alex.nouns else tok.lower_
        if noun in ctx.alex.reactions or tok.lower_ in ctx.alex.reactions:
            return _Found(tok, _Cue(sent.doc[tok.i : tok.i + 1], "noun"))
        if noun in ctx.alex.nouns and i < len(words) and words[i].lower_ in ctx.alex.noun_preps:
            return _Found(tok, None)
    return None


def _attribution_at(tok: Token, ctx: _Ctx) -> _Found | None:
    """The attribution whose cue is this token, if any (memoised per doc)."""
    if tok.i not in ctx.seen:
        ctx.seen[tok.i] = _find_at(tok, ctx)
    return ctx.seen[tok.i]


def _find_at(tok: Token, ctx: _Ctx) -> _Found | None:
    """Try the token as each kind of cue: an adverb of hearsay, an impression verb, a verb,
    noun or adjective of saying or stance, or "in"/"per" before a poll or a letter."""
    lex = ctx.lex
    if tok.lower_ in lex.adverbs:
        # "reportedly", "allegedly": passed on from nobody in particular
        return _Found(tok.head, _Cue(tok.doc[tok.i : tok.i + 1], "adverb"))
    label = _hearsay_label(tok, ctx)
    if label is not None:
        return _Found(tok.head, _Cue(label, "label"))
    if _is_hedge(tok, ctx):
        # "he seemed shaken by X", parsed with "seemed" under the participle: the hedge still
        # governs the clause
        anchor = tok.head if tok.dep_ in ("auxpass", "aux") else tok
        return _Found(anchor, _Cue(_hedge_phrase(tok), "hedge"))
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
        return _verb_attribution(tok, ctx) or _comment_clause(tok, ctx)
    by_form = _mistagged_verb(tok, ctx)
    if by_form is not None:
        return by_form
    if tok.pos_ == "NOUN":
        if tok.lemma_.lower() in ctx.verbs.question_nouns and _answered(tok, ctx):
            return None  # "declined to answer questions about X": a question put, no claim
        return (
            _stance_agent(tok, ctx)
            or _noun_attribution(tok, ctx)
            or _work_about(tok, ctx)
            or _comment_clause(tok, ctx)
        )
    if tok.pos_ == "ADJ" and tok.lower_ in lex.unknown:
        return _impersonal_knowledge(tok)
    if tok.pos_ == "ADJ" and tok.lemma_.lower() in ctx.alex.adjectives:
        return _adjective_attribution(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ in ("in", "per"):
        return _artifact_attribution(tok, ctx) or _side_taken(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ == "to":
        return _viewpoint_frame(tok, ctx)
    if tok.dep_ == "prep" and tok.lower_ == "against":
        return _side_taken(tok, ctx)
    return None


def _impersonal_knowledge(adj: Token) -> _Found | None:
    """ "It is not clear whether the ferry will run", "Whether the mill reopens is unknown":
    a clause said to be known, unknown or in doubt, with an empty "it" or the clause itself
    as the subject, states what someone knows or doubts without saying who."""
    head = adj.head
    if adj.dep_ not in ("acomp", "attr", "oprd") or _copula_lemma(head) not in _COPULAS:
        return None
    kids = list(head.children)
    clause = any(c.dep_ == "csubj" for c in kids)
    it = next((c for c in kids if c.dep_ in ("nsubj", "expl") and c.lower_ == "it"), None)
    # "..., though it was doubtful she would quit": the parser may hang the copula on the
    # clause that follows it, as if "it was doubtful" were an aside in it
    hung = head.dep_ == "advcl" and head.head.i > adj.i and head.head.pos_ in ("VERB", "AUX")
    if not clause and not (
        it is not None and (hung or any(c.dep_ == "ccomp" for c in kids + list(adj.children)))
    ):
        return None
    start = min(it.i, head.i) if it is not None else head.i
    return _Found(head, _Cue(adj.doc[start : adj.i + 1], "unknown"))


def _copula_lemma(verb: Token) -> str:
    """The verb's lemma, with "be" for a contracted "'s"/"'re" however its apostrophe is
    written (the model leaves "’s" with the lemma "’")."""
    if verb.lower_.replace("’", "'") in ("'s", "'re", "'m") and verb.tag_.startswith("VB"):
        return "be"
    return verb.lemma_.lower()


# verbs that say what something is ("it is unclear", "it remains unknown", "it became clear")
_COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "look"})


def _side_taken(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "Most voters are against the plan", "Roe came out in favour of the deal": a side taken,
    after "be" or a verb with "out" ("come out", "speak out"); the subject takes it. Other
    verbs with "against" are mostly acts ("played against", "ran against")."""
    if prep.lower_ == "in":
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ not in ctx.alex.side_nouns:
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            return None
    elif not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None  # ("are against closing the pier": a gerund is a side too)
    head = prep.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    if head.lemma_.lower() != "be" and not out:
        return None
    holder = _holder_subject(head)
    if holder is None or not _person_like(holder, ctx):
        return None
    return _holder_found(holder, prep, ctx)


def _stance_agent(noun: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe is a critic of the plan", "Dahl was a loyal backer of the toll": a noun for one who
    takes a side, said of the subject, gives the subject's stance toward its "of"/"for" object.
    (Only as the predicate: "Supporters of Roe met on Monday" says what they did.)"""
    if noun.lemma_.lower() not in ctx.alex.stance_agents or noun.dep_ != "attr":
        return None
    if noun.head.lemma_.lower() != "be":
        return None
    if not any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    ):
        return None
    holder = _holder_subject(noun.head)
    if holder is None or not _person_like(holder, ctx):
        return None
    return _holder_found(holder, noun, ctx)


def _hearsay_label(tok: Token, ctx: _Ctx) -> Span | None:
    """ "the alleged thief", "the so-called reform": a word before a noun that passes its label
    on from someone unnamed. Two-word labels are matched with or without their hyphen."""
    before_noun = tok.dep_ in ("amod", "compound", "advmod") and tok.head.pos_ in ("NOUN", "PROPN")
    if not before_noun and not (tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl")):
        return None
    doc, labels = tok.doc, ctx.lex.labels
    if tok.lower_ in labels:
        return _quoted_if_needed(doc[tok.i : tok.i + 1], tok.lower_, ctx)
    if not any(label.endswith("-" + tok.lower_) for label in labels):
        return None  # no two-word label ends in this word: the common case, decided cheaply
    for start in (tok.i - 1, tok.i - 2):
        if start < tok.sent.start:
            continue
        words = [t.lower_ for t in doc[start : tok.i + 1] if t.text != "-"]
        if len(words) == 2 and "-".join(words) in labels:
            return _quoted_if_needed(doc[start : tok.i + 1], "-".join(words), ctx)
    return None


def _quoted_if_needed(label: Span, key: str, ctx: _Ctx) -> Span | None:
    """The label, unless it is one of ``[quoted_labels]`` and no quotation mark opens the name
    after it ('the so-called "harbour renewal"' passes a label on; "the so-called Nordic diet"
    does not)."""
    if key not in ctx.lex.quoted_labels:
        return label
    doc = label.doc
    nxt = doc[label.end] if label.end < len(doc) else None
    return label if nxt is not None and nxt.text in (*_OPENERS, "‘") else None


def _viewpoint_frame(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "To Roe, the new timetable was a mistake": a "to" phrase set before the clause with a
    comma names whose view the clause gives. Only a person or a group ("To many voters, ..."),
    so "To date, ..." is no view."""
    head = prep.head
    if head.dep_ != "ROOT" or prep.i > head.i or prep.i != prep.sent.start:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    after = obj.right_edge.i + 1 if obj is not None else -1
    if obj is None or after >= len(prep.doc) or prep.doc[after].text != ",":
        return None
    if not _person_like(obj, ctx):
        return None
    return _holder_found(obj, prep, ctx)


# words that may stand between a subject and its verb ("Roe also backs", "they don't like")
_BETWEEN = frozenset({"do", "does", "did", "n't", "not", "never", "also", "still", "really", "now"})


def _mistagged_verb(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe blasted Dahl for ...", "The campaign projects that ...", "Voters don't like it":
    the small model can read a verb of saying or stance as a noun, an adjective or "like" as a
    preposition, and then finds no main verb at all. A word whose written form is such a verb,
    right after a subject (adverbs and "don't" aside), is taken as the verb the parse missed,
    when the parse has no verb at its root or the word follows "do"/"not"."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "VERB"):
        return None
    lemma = _lemma(tok, ctx)
    if lemma not in ctx.verbs.verbs and lemma not in ctx.alex.verbs:
        return None
    if tok.i == tok.sent.start:  # (Token.sent is costly: only asked once the word is a cue)
        return None
    if tok.lower_ == lemma and tok.tag_ not in ("VBP", "VB", "IN", "NN", "JJ"):
        return None
    takes_object = tok.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in tok.children)
    if tok.dep_ == "pobj" or (
        not takes_object and any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    ):
        return None  # "in Swing States", "the plans", "his call": a noun after all
    # (a root with an object is a verb whatever its tag: in "Roe's campaign disputes the
    # figures" the possessive is the subject's)
    prev = tok.doc[tok.i - 1]
    helped = False
    while prev.i > tok.sent.start and prev.lower_.replace("’", "'") in _BETWEEN:
        helped = helped or prev.lower_ in ("do", "does", "did", "n't", "n’t", "not", "never")
        prev = prev.doc[prev.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN", "PRON") or prev.tag_ in ("PRP$", "WP"):
        return None
    if tok.lower_ == lemma and not helped and prev.tag_ in ("NN", "NNP"):
        return None  # a bare verb form after a singular noun is no verb: "the Senate vote"
    if not helped and (tok.pos_ == "ADP" or tok.sent.root.pos_ in ("VERB", "AUX")):
        return None  # "players like Roe": "like" is a verb only after "do"/"not"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is None or (nxt.is_punct and nxt.text not in ("(", "“", '"')):
        return None  # the verb needs what it says or holds after it
    return _holder_found(prev, tok, ctx)


def _is_poll(obj: Token, ctx: _Ctx) -> bool:
    """A poll, a survey, or an average or series "of" them."""
    if obj.lemma_.lower() in ctx.alex.polls or obj.lower_ in ctx.alex.polls:
        return True
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return inner is not None and (
        inner.lemma_.lower() in ctx.alex.polls or inner.lower_ in ctx.alex.polls
    )


def _taking_part(head: Token, ctx: _Ctx) -> bool:
    """Whether an "in" poll phrase hangs on taking part or working in it ("took part in the
    survey", "worked in polling", "has a role in the poll"): the poll as an activity, which
    reports no finding."""
    words = ctx.alex.taking_part
    return head.lemma_.lower() in words or any(
        c.dep_ == "dobj" and c.lemma_.lower() in words for c in head.children
    )


def _per_source(obj: Token, ctx: _Ctx) -> bool:
    """ "per the Harbour Gazette", "per Roe", "per a city spokesman", "per officials": a name,
    or people with a determiner or in the plural; a bare singular is a rate ("five dollars per
    person")."""
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG"):
        return True
    counted = obj.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in obj.children)
    return counted and _person_like(obj, ctx)


def _artifact_attribution(prep: Token, ctx: _Ctx) -> _Found | None:
    """ "In a new poll by X, ...", "In his letter, Roe ...", "per the court filing": the
    sentence gives what the poll found or the letter says. The holder is the artifact's
    possessor or author ("by X"), else the artifact itself, named ("a Gallup poll") or not."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if prep.lower_ == "in" and _is_poll(obj, ctx) and not _taking_part(prep.head, ctx):
        # "Roe leads in the polls", "trails in a series of polls", "a third of those in the
        # survey approved": what the polls found
        return _Found(prep, None)
    if prep.lower_ == "per" and _per_source(obj, ctx):
        return _holder_found(obj, prep, ctx)  # "..., per the Harbour Gazette."
    if obj.lemma_.lower() not in ctx.alex.artifacts:
        return None
    if prep.lower_ == "in" and not (prep.head.dep_ == "ROOT" and prep.i < prep.head.i):
        return None  # a frame put before the clause; "she spoke in the interview" is no source
    holder = next((c for c in obj.children if c.dep_ == "poss"), None) or _by_holder(obj)
    if holder is not None:
        return _holder_found(holder, prep, ctx)
    return _Found(prep, None)


# a verb of stance carries a view in an object, a clause or a stance preposition (data file)
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "dative", "acomp"})
_EMPTY_SUBJECTS = frozenset({"there", "what", "whatever"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def _lemma(tok: Token, ctx: _Ctx) -> str:
    """A verb's lemma as our lists and cr_quotes' lexicon know it (see ``VerbForms.lemma``)."""
    return ctx.vf.lemma(tok, ctx.verbs)


def _has_content(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """Whether the verb carries what is said or held: a clause always; for a verb of stance an
    object or a stance preposition; for a verb of saying an object only when its lexicon entry
    allows one ("deny the claims", not "maintain a lead"), never for a verb that only
    introduces a quote ("add to the debt")."""
    if contact_clause(verb):
        return False  # "People I know will die": a relative clause on "People", no comment
    if verb.dep_ in ("parataxis", "relcl"):
        return True  # ", he said"; "the plan (which) Roe backs": the noun is what is held
    if any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children):
        return True  # "As Roe told the paper, ...", "more than her aides expected"
    stance = lemma in ctx.alex.verbs or lemma in ctx.alex.decrees
    frames = ctx.verbs.verbs.get(lemma, frozenset())
    if frames == {"quote"} and not stance:
        return False  # "prices continue to rise", "add to the debt": only a quote's cue
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            return True  # "called for the city to act": a "for ... to" clause, parsed loosely
        if c.dep_ == "dobj" and c.lower_ in _NOTHING:
            continue  # "the experts offer nothing": no view is given
        if stance and (
            c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in ctx.alex.stance_preps)
        ):
            return True
        if frames == {"quote"}:
            continue
        if c.dep_ == "dobj" and "object" in frames:
            return True
        if c.dep_ == "prep" and c.lower_ in _SPEECH_PREPS:
            return True
        if c.dep_ == "intj" and frames != {"quote"}:
            return True  # "Everyone but Roe said yes."
    return False


_SPEECH_PREPS = frozenset({"about", "on", "over", "against", "for", "of"})


# objects that give nothing: "offer nothing", "say little"
_NOTHING = frozenset({"nothing", "little", "none"})


def _verb_attribution(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe backs the plan", "critics fear that ...", "the plan was criticized": a verb of
    saying, thinking, stance or decree; its subject (or "by" agent) is the holder."""
    if tok.dep_ in ("aux", "auxpass", "amod"):
        return None
    if prescribed(tok):
        # "voters should know that ...", "every councillor should reject the plan": the writer
        # prescribes a view or a stance; nobody is said to hold it
        return None
    if purpose_only(tok):
        # "residents packed a hall to protest against the cuts": what an act is for
        return None
    lemma = _lemma(tok, ctx)
    if _measured_by_experience(tok, lemma, ctx):
        return None
    if lemma in ctx.alex.experiencers or (lemma in ctx.alex.both_ways and _feeling_caused(tok)):
        return _experiencer_attribution(tok, ctx)
    finding = _finding(tok, lemma, ctx)
    if finding is not None:
        return finding
    decree = lemma in ctx.alex.decrees
    said = lemma in ctx.verbs.verbs or ctx.verbs.is_cue(tok)
    stance = lemma in ctx.alex.verbs
    framed = lemma in ctx.lex.framed
    if not (said or decree or stance or framed or lemma in ctx.lex.passive):
        return _clause_taker(tok, ctx)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _bare_participle(tok)
    if passive:
        agent = agent_of(tok)
        if agent is not None:
            # "was opposed by most of the members": the "by" phrase holds the view
            return (
                None
                if agent.lower_ in _EMPTY_SUBJECTS | {"it", "this"}
                else _holder_found(agent, tok, ctx)
            )
        venue = _named_venue(tok)
        if venue is not None:
            return _holder_found(venue, tok, ctx)  # "published in the Journal of X"
        if _court_record(tok, lemma, ctx) or _delivered_to(tok):
            return None
        if decree and not (said or stance):
            return _agentless_decree(tok, lemma, ctx)
        if lemma in ctx.alex.perception and not _passive_view(tok):
            return None  # "he was seen leaving": a sight, not a view; "is seen as" is one
        if lemma in ctx.alex.naming and _gives_a_name(tok):
            return None  # "a trading app called Beacon": a name, not a label
        if lemma in ctx.alex.acts_when_bare and not _passive_says(tok):
            return None  # "the cells can be charged in minutes", "the model was recalled"
        if framed and not (said or stance) and not (_passive_view(tok) or _prep_child(tok, "to")):
            return None  # "was billed $40" is a charge; "was billed as a cure" a label
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        span = _passive_phrase(subj) if subj is not None else tok.doc[tok.i : tok.i + 1]
        return _Found(tok, _Cue(span, "passive"))
    # "the coroner identified the man as Sam Reyes": a label or class given by its subject
    labelled = framed and _labels_as(tok)
    if not (said or decree or stance or labelled):
        return None  # the impersonal-passive verbs ("it is thought") count only as passives
    if not (labelled or _has_content(tok, lemma, ctx)):
        return None
    holder = _holder_subject(tok)
    if holder is None:
        # "The levy, many fear, will ...": the parser hangs "many" on the verb
        holder = next((c for c in tok.lefts if c.lower_ in ctx.lex.quantifiers), None)
    if holder is None or holder.lower_ in _EMPTY_SUBJECTS:
        return _arbitrary_doer(tok, ctx)
    if _thing_controls(holder, tok, ctx):
        return _arbitrary_doer(tok, ctx)
    if _hardly_anyone(holder):
        return None  # "a payroll that few voters asked for": the outlet's claim, no one's view
    if _undergone(tok, lemma, holder, ctx):
        return None
    return _holder_found(holder, tok, ctx)


def _undergone(verb: Token, lemma: str, holder: Token, ctx: _Ctx) -> bool:
    """ "Some cities saw declines", "most drugs have shown modest benefits": with a plain
    object and a subject that is no person (nor a study, poll or record), "see" tells what a
    place or a thing had, not a view. A thing that "shows" something may still be a document
    ("the returns showed a loss"), so "show" needs a subject counted like people ("most
    drugs", "several towns"), which would otherwise pass for an unnamed source."""
    if lemma not in ctx.alex.undergoing or not _plain_object(verb):
        return False
    if _a_person(holder, ctx) or _is_poll(holder, ctx):
        return False
    return lemma == "see" or _counted_plural(holder, ctx.lex)


def _plain_object(verb: Token) -> bool:
    """A verb with a noun object and nothing that frames it ("saw declines", not "saw the
    plan as a threat", "sees that ...", "shows the levy to be popular")."""
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" for c in kids):
        return False
    return not _labels_as(verb) and not any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in kids
    )


def _a_person(tok: Token, ctx: _Ctx) -> bool:
    """Someone who can see or show a view, or a study or record that can show a finding: a
    personal pronoun, a person's name or a people's ("Republicans"), a mention cr_people or
    cr_quotes found, a quantifier or a count standing alone ("many", "all"), or a noun for
    people or bodies ([nouns] of vague_sources.toml, [holders], role nouns) or for a study, a
    poll or a record. A place ("some cities", "America") or a thing ("most drugs") is none."""
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ in ("PRON", "DET", "NUM") and words & ctx.lex.partitives:
        return True  # "all see a chance", "both saw a threat": the people meant before
    if tok.pos_ == "PRON":
        return tok.lower_ in ctx.verbs.pronouns and tok.lower_ not in _THING_PRONOUNS
    if tok.ent_type_ in ("PERSON", "NORP") or tok.idx in ctx.resolved or tok.idx in ctx.mentioned:
        return True
    if tok.ent_type_ in ("GPE", "LOC") or words & role_lexicon().place_nouns:
        return False
    alex = ctx.alex
    return bool(
        words & (ctx.lex.nouns | ctx.lex.quantifiers | alex.artifacts | alex.records | alex.polls)
        or words & (alex.holders | role_lexicon().roles.keys())
    )


def _measured_by_experience(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """A verb of perceiving or remembering in a relative clause on a superlative: a yardstick,
    and the writer's own comparison; no one is given a view. "The only plan officials back"
    does give the officials one, and stays."""
    if verb.dep_ != "relcl" or not (lemma in ctx.alex.perception or lemma in ctx.alex.yardsticks):
        return False
    head = verb.head
    return head.tag_ == "JJS" or any(c.tag_ == "JJS" and c.dep_ == "amod" for c in head.children)


def _hardly_anyone(holder: Token) -> bool:
    """ "few voters", "no resident", "nobody", "no one": a holder that says hardly anyone
    holds the view gives it to no one; the sentence is the outlet's claim about who does
    ("a few voters" are some voters)."""
    if holder.lower_ in ("nobody", "few") or (
        holder.lower_ == "one" and any(c.lower_ == "no" for c in holder.children)
    ):
        return not any(c.lower_ == "a" for c in holder.children)
    kids = list(holder.children)
    if any(c.dep_ == "det" and c.lower_ == "a" for c in kids):
        return False
    return any(
        (c.dep_ == "amod" and c.lower_ == "few" and not any(g.lower_ == "a" for g in c.children))
        or (c.dep_ == "det" and c.lower_ == "no")
        for c in kids
    )


# words that open a shortened clause of time or condition ("when asked", "if pressed")
_SUBORDINATORS = frozenset({"when", "if", "once", "after", "before", "unless", "while", "until"})


def _named_venue(verb: Token) -> Token | None:
    """ "The study, published on Monday in the Journal of Coastal Ecology", "it was reported in
    the Harbour Gazette that ...": a passive of saying with no "by" phrase but an "in" phrase
    that names where the words appeared gives them to that publication, a named source."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in _PLACES_TIMES:
                return obj
    return None


# entity types of an "in" phrase that says where or when, not in which publication
_PLACES_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT"})


def _bare_participle(tok: Token) -> bool:
    """ "the plan, denounced as ...", "Asked whether ..., Roe said", "Roe, when asked about
    it, ...": a past participle with no subject and no auxiliary is passive. The tagger often
    reads a clause-opening one as a past tense ("Asked"/VBD), but a finite verb would have a
    subject; it also hangs "when asked ..." after a name as a relative clause."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in kids):
        return False
    if tok.dep_ in ("acl", "advcl"):
        return (
            tok.tag_ == "VBN"
            or tok.i == tok.sent.start
            or any(c.lower_ in _SUBORDINATORS for c in kids)
        )
    return tok.dep_ == "relcl" and any(c.lower_ in _SUBORDINATORS for c in kids)


def _delivered_to(verb: Token) -> bool:
    """ "counts of offenses reported to police", "complaints submitted to the board": a
    participle on a noun that names whom the thing went to, with nothing said of it (no
    clause, no "as" or "to be"), sorts the things by where they were taken; no one is given
    a claim."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or _set_off(verb):
        return False
    kids = list(verb.children)
    if _labels_as(verb) or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in kids):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in kids
    )


# pronouns that stand for a thing or a fact, not for someone who can hold a view
_THING_PRONOUNS = frozenset({"it", "this", "that"})


def _feeling_caused(verb: Token) -> bool:
    """ "The storm worried fishermen": a verb of feeling that can take the one who feels as its
    object ([both_ways]) is read as a cause of feeling when active with an object and no
    clause; "fishermen worried that ..." keeps the one who feels as subject."""
    kids = [c.dep_ for c in verb.children]
    return (
        "dobj" in kids
        and not {"ccomp", "xcomp", "nsubjpass", "auxpass"} & set(kids)
        and verb.tag_ != "VBN"
    )


def _thing_controls(holder: Token, verb: Token, ctx: _Ctx) -> bool:
    """Whether a gerund's or infinitive's subject was found only through a verb whose subject
    is a thing ("It means conceding ...", "That is a long way from admitting ..."), not a verb of
    saying or wish ("it plans to appeal": a company's plan)."""
    if holder.lower_ not in _THING_PRONOUNS or holder.head.i == verb.i:
        return False
    if holder.head.dep_ == "relcl" or holder.dep_ not in ("nsubj", "nsubjpass"):
        return False  # a relative "that" stands for the noun before it
    gov = _lemma(holder.head, ctx)
    return gov not in ctx.verbs.verbs and gov not in ctx.alex.verbs


# marks that set off a comment clause ("..., residents complain -")
_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--", ";", ".", "!", "?", ":"})


def _comment_clause(verb: Token, ctx: _Ctx) -> _Found | None:
    """ "Over the winter, shipping logs show, the ferry ran empty"; "A lost season, fans
    complain - and ..."; "The pier will close, port records compiled by the trust show.": a
    subject and a finite verb of saying, stance or ruling set off by a comma after what they
    report are a comment clause, and the subject holds the rest of the sentence. The parser
    seldom links the two (it may even tag the verb a noun), so the clause is found by its
    shape and the verb by its written form. At the sentence's end the verb may keep a short
    tail with no verb in it ("..., Roe told a council panel Wednesday.")."""
    doc = verb.doc
    if verb.tag_ not in ("VBZ", "VBP", "VBD", "NN", "NNS"):
        return None
    lemma = _lemma(verb, ctx)
    if (
        lemma not in ctx.verbs.verbs
        and lemma not in ctx.alex.verbs
        and lemma not in ctx.alex.decrees
    ):
        return None
    sent = verb.sent  # (costly: only once the word is a cue)
    if verb.i == sent.start:
        return None
    if any(_own_modifier(c, verb) for c in verb.children):
        return None  # "the new report," is a noun
    if not _aside_follows(verb, sent):
        return None
    subj = doc[verb.i - 1]
    if subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.tag_ in ("PRP$", "WP"):
        return None
    k = subj.i
    while k > sent.start and verb.i - k <= _ASIDE_SUBJECT and not _aside_mark(doc[k - 1]):
        k -= 1
        if doc[k].pos_ not in _ASIDE_SUBJECT_POS and doc[k].tag_ != "VBN":
            return None  # more than a noun phrase stands before the verb
    if k <= sent.start + 1 or not _aside_mark(doc[k - 1]):
        return None  # nothing before the comma: no reported words for the clause to comment on
    if any(t.pos_ == "ADP" and not _in_subject(t) for t in doc[k : verb.i]):
        return None  # "..., at the last count": a phrase, not a subject ("compiled by X" is one)
    tail = doc[verb.i + 1 : sent.end]
    tailed = any(t.is_alpha for t in tail) and tail[0].text not in _ASIDE_MARKS
    if tailed and not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : k - 1]):
        return None  # "In addition, the city added 300 jobs": no clause for it to report
    noun_tagged = verb.tag_ in ("NN", "NNS")
    if noun_tagged and any(t.is_alpha for t in tail) and tail[0].text not in _ASIDE_MARKS:
        return None  # a noun-tagged verb needs its comment clause set off plainly
    return _holder_found(subj, verb, ctx)


# how far a comment clause's subject may reach back, and the words it may hold ("campaign and
# court records compiled by the trust")
_ASIDE_SUBJECT = 10
_ASIDE_SUBJECT_POS = frozenset(
    {"NOUN", "PROPN", "DET", "ADJ", "NUM", "PUNCT", "CCONJ", "ADP", "PART"}
)


def _own_modifier(child: Token, verb: Token) -> bool:
    """Whether a determiner or modifier the parser hung on a word is really its own ("the new
    report"), not one hung across a noun ("county clerk says") or, for "the"/"their", across a
    name ("the Harbour Trust show")."""
    if child.dep_ not in ("det", "poss", "nummod", "amod"):
        return False
    between = {t.pos_ for t in verb.doc[child.i + 1 : verb.i]}
    crossed = {"PROPN"} if child.dep_ in ("det", "poss") else {"PROPN", "NOUN"}
    return not between & crossed


def _aside_mark(tok: Token) -> bool:
    """A mark that sets off a comment clause (a hyphen inside a word, "home-state", is none)."""
    return tok.text in _ASIDE_MARKS and tok.tag_ != "HYPH"


def _in_subject(prep: Token) -> bool:
    """A preposition a comment clause's subject may hold: the agent of a participle ("records
    compiled by the trust") or one inside a name ("the Center for Public Policy")."""
    doc = prep.doc
    if prep.dep_ == "agent":
        return True
    return 0 < prep.i < len(doc) - 1 and doc[prep.i - 1].pos_ == doc[prep.i + 1].pos_ == "PROPN"


def _aside_follows(verb: Token, sent: Span) -> bool:
    """A comment clause's verb stands before a mark that ends it, or ends the sentence with
    a short tail of no more than an object and a time ("told a council panel Wednesday"); a
    headline's line ends with no mark (", study finds")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is None or nxt.text in _ASIDE_MARKS:
        return True
    if all(t.is_space for t in doc[verb.i + 1 : sent.end]):
        return True
    tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return False
    last = doc[sent.end - 1]
    return last.is_punct and last.text in (".", "!")


def _arbitrary_doer(verb: Token, ctx: _Ctx) -> _Found | None:
    """ "Asking for a raise makes some managers uneasy", "It means conceding that Roe was
    right", "That is a long way from admitting ...": a gerund or infinitive of saying or stance
    with no subject of its own, standing as a subject or after a verb whose subject is a thing,
    is done by no one in particular; no source is named for it."""
    nonfinite = verb.tag_ == "VBG" or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    if not nonfinite or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return None
    if _says_a_formula(verb, ctx):
        return None
    prep = verb.head if verb.dep_ == "pcomp" else None
    loose = (
        prep is not None
        and prep.head.pos_ in ("ADJ", "NOUN")
        and prep.head.dep_ != "amod"
        and not _restates_name(prep.head)  # "Roe, an early voice in urging ...": Roe's act
    )
    if verb.dep_ not in ("csubj", "csubjpass"):
        holder = _holder_subject(verb)
        if holder is None and loose:
            # "a long way from admitting ...": no one's act
            return _Found(verb, _Cue(verb.doc[verb.i : verb.i + 1], "generic"))
        if holder is None or not _thing_controls(holder, verb, ctx):
            return None
        if verb.tag_ == "VB":
            return None  # "it is hard to see how ...": the outlet's own judgement
    return _Found(verb, _Cue(verb.doc[verb.i : verb.i + 1], "generic"))


def _says_a_formula(verb: Token, ctx: _Ctx) -> bool:
    """ "Saying sorry is hard", "saying no to a friend": what is said is a set formula that
    performs an act (apologising, refusing, thanking), not a claim anyone could hold, so the
    act passes on no view. (``[formulas]`` in the data file.)"""
    doc = verb.doc
    end = verb.i + 1
    while end <= verb.right_edge.i and not doc[end].is_punct and doc[end].dep_ != "prep":
        end += 1
    said = " ".join(t.lower_ for t in doc[verb.i + 1 : end])
    return said in ctx.alex.formulas


def _agentless_decree(verb: Token, lemma: str, ctx: _Ctx) -> _Found | None:
    """ "She was elected in 2019", "the treaty was signed": a decision, vote or appointment
    whose maker is not named. A decree is attributed to whoever decreed it, so with no one
    named it is vague. Only a finite passive ("was", "is", "were"): a bare participle is too
    often a name ("a man named Roe"), and "named after/for" gives a name, not a post."""
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    naming = ("after", "for") if lemma == "name" else ("after",)
    if any(c.dep_ == "prep" and c.lower_ in naming for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if _status_outcome(verb, lemma, ctx):
        return None
    span = _passive_phrase(subj) if subj is not None else verb.doc[verb.i : verb.i + 1]
    return _Found(verb, _Cue(span, "decree"))


def _passive_says(verb: Token) -> bool:
    """Whether a passive verb of ``[acts_when_bare]`` carries words or a charge: a clause
    ("it was recalled that ..."), a "to" clause ("was invited to speak") or a charge or label
    after "with", "as" or "of" ("was charged with fraud")."""
    return any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("with", "as", "of"))
        for c in verb.children
    )


def _gives_a_name(verb: Token) -> bool:
    """ "a trading app called Beacon", "a ferry named Saint Anne", "a district known as Old
    Quay": the participle's complement (or its "as" phrase) is a proper name, outside quotation
    marks (a name in marks may be someone's label, 'called "a disgrace"'), and no date."""
    for child in verb.children:
        c = child
        if c.dep_ == "prep" and c.lower_ == "as":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ not in ("oprd", "attr", "dobj", "xcomp", "pobj"):
            continue
        words = [t for t in c.subtree if not t.is_punct and t.lower_ != "the"]
        left = verb.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if any(t.is_quote for t in c.subtree) or (left is not None and left.is_quote):
            return False
        if any(t.ent_type_ in _WHEN for t in words):
            return False  # "called Friday for a vote": a day, not a name
        return bool(words) and all(t.pos_ == "PROPN" or t.like_num for t in words)
    return False


def _court_record(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "Roe was acquitted", "was found guilty": a court's decision with no one named is a
    matter of record (``[court_outcomes]``, ``[verdicts]``), not a claim whose source is hidden
    (a charge is an accusation, and stays vague); with a clause of its own it still passes on
    words."""
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "csubj") for c in kids):
        return False
    if lemma in ctx.alex.court_outcomes:
        return True
    return lemma == "find" and any(
        c.dep_ in ("acomp", "oprd", "xcomp", "attr") and c.lower_ in ctx.alex.verdicts for c in kids
    )


def _status_outcome(verb: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "He was sentenced to ten years", "She was named chief executive", "Roe was elected in
    2019": a decision that changes a person's standing (``[standing]``: a sentence, a post, a
    seat) is the recorded outcome of a known process, not a claim whose source is hidden; the
    verb itself says who decides (a court, a board, the voters). One with content of its own
    ("she was named to lead the inquiry") still passes on someone's words."""
    if lemma not in ctx.alex.standing:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


# prepositions that bring in what a feeling is about ("angered by", "upset over", "pleased with")
_STIMULUS_PREPS = frozenset({"by", "at", "over", "about", "with", "of"})


def _experiencer_attribution(verb: Token, ctx: _Ctx) -> _Found | None:
    """ "The plan alarmed experts", "the speech resonated with voters": the one who feels holds
    a view of what made them feel it. Active, that is the object (or "with"/"to" X); passive
    ("Roe was angered by the ruling"), the subject, but only with what the feeling is about: a
    bare "Roe was upset" describes her and gives no view."""
    kids = list(verb.children)
    holder: Token | None
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in kids):
        if not any(
            c.dep_ in ("ccomp", "xcomp")
            or (
                c.dep_ in ("agent", "prep")
                and (c.dep_ == "agent" or c.lower_ in _STIMULUS_PREPS)
                and _about_a_claim(next((g for g in c.children if g.dep_ == "pobj"), None), ctx)
            )
            for c in kids
        ):
            return None
        # the subject, which the parser may call active when a hedge stands for "was"
        holder = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), None)
        if holder is not None and holder.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            holder = verb.head
    else:
        if not _about_a_claim(_stimulus_subject(verb), ctx):
            return None  # "The noise frightened the children": a fright, not a view of a claim
        holder = next((c for c in kids if c.dep_ == "dobj"), None)
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("with", "to")), None)
        if holder is None and prep is not None:
            holder = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if holder is None or not _person_like(holder, ctx):
        return None
    return _holder_found(holder, verb, ctx)


def _finding(verb: Token, lemma: str, ctx: _Ctx) -> _Found | None:
    """ "The survey finds Roe with a small lead", "the audit revealed gaps": a verb of finding
    (``[findings]``) whose subject is a poll, a study or a record gives what it found.
    (With a person as subject "find" is mostly a discovery: "Roe found the keys".)"""
    if lemma not in ctx.alex.findings:
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.children):
        return None  # a participle, unless a perfect: "studies have linked X to Y"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.tag_ == "VBZ":
        # "The paper links X to Y": the parser can take the subject for a compound of the verb
        subj = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if subj is None or not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    alex = ctx.alex
    nouns = {subj.lemma_.lower(), subj.lower_}  # "data": the model's lemma is "datum"
    if not nouns & (alex.artifacts | alex.records) and not _is_poll(subj, ctx):
        return None  # ("an average of the polls" is a poll too)
    return _holder_found(subj, verb, ctx)


_HAVE = frozenset({"have", "has", "had", "'ve", "’ve", "'d", "’d"})


def _stimulus_subject(verb: Token) -> Token | None:
    """What causes the feeling in the active: the subject, or the noun a relative "which"
    stands for ("a ruling which angered Roe"); a bare participle's noun ("news alarming
    investors")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subj is None and verb.dep_ in ("relcl", "acl"):
        return verb.head
    if subj is None and verb.dep_ in ("conj", "advcl", "xcomp"):
        # "Roe sold the ferry, angering the crew": the one who did it
        return _holder_subject(verb)
    return subj


def _about_a_claim(stim: Token | None, ctx: _Ctx) -> bool:
    """Whether what causes a feeling is something one can hold a view of: a clause ("that
    she left angered Roe"), a person or group (their conduct), a word of saying, stance or
    decree ("the ruling", "the plan", "her remarks"), something that carries words ("the
    letter"), or one of the plans, results and events of public life in ``[stimuli]``. A
    sight or a sound ("the noise", "the storm") causes a feeling, not a view."""
    if stim is None:
        return False
    if any(_about_a_claim(c, ctx) for c in stim.children if c.dep_ == "conj"):
        return True  # "the strike and the new fares have angered commuters"
    if stim.dep_ in ("csubj", "csubjpass") or stim.pos_ in ("VERB", "AUX"):
        return True
    if stim.pos_ == "PRON":
        return True  # "this alarmed experts": a pronoun points back to what was said or done
    if _can_hold(stim, ctx):
        return True  # "Roe angered voters": a view of her, or of what she did
    lemma, alex = stim.lemma_.lower(), ctx.alex
    return (
        lemma in alex.stimuli
        or lemma in alex.nouns
        or lemma in alex.artifacts
        or lemma in alex.verbs
        or lemma in alex.decrees
        or lemma in ctx.verbs.nouns
        # many verbs of saying are sounds first ("thunder", "roar"): as a noun, a sound
        or (lemma in ctx.verbs.verbs and stim.pos_ != "NOUN")
    )


def _clause_taker(verb: Token, ctx: _Ctx) -> _Found | None:
    """A verb outside the word lists that takes a "that"/"whether" clause and has someone as
    its subject ("Roe hinted that ...", "the senator wondered whether ..."): verbs that take
    such clauses with a person as subject report what that person says, thinks or knows."""
    if verb.pos_ != "VERB" or _lemma(verb, ctx) in ctx.alex.not_attributing:
        return None
    if not any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children)
        for c in verb.children
    ):
        return None
    holder = _holder_subject(verb)
    if holder is None or not _person_like(holder, ctx):
        return None
    return _holder_found(holder, verb, ctx)


def _person_like(tok: Token, ctx: _Ctx) -> bool:
    """A person or a group of people: a personal pronoun, a person's or group's name, or a
    noun for people who can speak ("officials", "the campaign")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ctx.verbs.pronouns
    return _can_hold(tok, ctx)


def _passive_view(verb: Token) -> bool:
    """ "X is seen as ...", "X is seen to ...": the passive carries a view of X."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("xcomp", "oprd", "ccomp")
        for c in verb.children
    ) and not any(
        c.tag_ in ("VBG", "VBN") and c.dep_ in ("xcomp", "advcl") and not _set_off(c)
        for c in verb.children
    )


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


def _holder_subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, followed through conjoined verbs, "..., saying", "wants to X"
    and relative clauses ("officials who fear that ...": the officials)."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            if c.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    head = verb.head
    if verb.dep_ == "xcomp":
        # "leaving some to wonder whether ...": the object of the head verb is the holder
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and depth < 3:
            return _holder_subject(head.head, depth + 1)  # "Roe was quick to point out"
    if verb.dep_ == "pcomp" and depth < 3 and head.head.i != head.i:
        # "Roe has a habit of praising rivals", "tireless in thanking her crew"
        owner = head.head
        poss = next((c for c in owner.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if owner.pos_ in ("VERB", "AUX", "ADJ"):
            return _holder_subject(owner, depth + 1)
        if owner.dep_ in ("dobj", "attr") and owner.head.pos_ in ("VERB", "AUX"):
            return _holder_subject(owner.head, depth + 1)
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        return _holder_subject(verb.head, depth + 1)
    return None


def _holder_found(holder: Token, cue: Token, ctx: _Ctx) -> _Found:
    """Named or vague, by the holder's phrase; a phrase cr_quotes resolved to a person ("the
    diplomat" for the ambassador named before) is named."""
    span = _source_phrase(holder)
    if gapped_relative(cue) is not None:
        # "a move critics say ...": the noun the clause is on ("a move") is no part of the source
        before = [c.right_edge.i + 1 for c in holder.lefts if c.dep_ in ("compound", "det")]
        span = holder.doc[max(before, default=span.start) : span.end]
    if holder.idx not in ctx.resolved and is_vague_source(span, ctx.lex):
        return _Found(cue, _Cue(span, "source"))
    return _Found(cue, None)


def _noun_attribution(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Roe's view that ...", "support for the plan from X", "amid fears that ...": a noun of
    saying or stance with content; with no holder the view is given to no one."""
    lemma = tok.lemma_.lower()
    if not (lemma in ctx.alex.nouns or lemma in ctx.verbs.nouns or lemma in ctx.alex.intentions):
        return None
    if tok.lower_ in ctx.alex.meetings:
        return None  # "talks on a treaty": a meeting, not a view
    if lemma in ctx.verbs.question_nouns and _answered(tok, ctx):
        return None
    if _matter_of(tok, lemma, ctx) or _setting_document(tok, lemma, ctx):
        return None
    if lemma in ctx.alex.reactions and _not_yet(tok, ctx):
        return None  # "the merger is likely to face scrutiny from regulators": a forecast
    by = _by_holder(tok)
    if by is not None:
        return _holder_found(by, tok, ctx)  # "claims by some in X", "support from voters"
    if not _noun_content(tok, ctx):
        if any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in tok.children):
            # "Roe holds this view": what is held was said before; theirs only with a holder
            # ("that stance" alone points back to someone already named)
            owner = _noun_holder(tok, ctx)
            return _holder_found(owner, tok, ctx) if owner is not None else None
        if lemma in ctx.alex.reactions and tok.dep_ == "dobj" and _definite(tok):
            return None  # "Roe denied the accusation": one made before, by someone named there
        if lemma in ctx.alex.reactions and _noun_holder(tok, ctx) is None:
            # "the meeting prompted speculation", "she came under criticism": others' reaction,
            # and no one named reacting
            return _Found(tok, _Cue(_noun_phrase(tok), "noun"))
        return None
    holder = _noun_holder(tok, ctx)
    if holder is not None:
        return _holder_found(holder, tok, ctx)
    if any(c.dep_ in ("compound", "amod") and c.ent_type_ in _GROUP_ENTS for c in tok.children):
        return _Found(tok, None)  # "Republican criticism", "Kremlin denials"
    if lemma not in ctx.alex.nouns:
        # cr_quotes' nouns and those of intention need a holder ("a threat to the town", "the
        # plan to rebuild the pier" point back to someone's, or are no one's view)
        return None
    return _Found(tok, _Cue(_noun_phrase(tok), "noun"))


def _not_yet(noun: Token, ctx: _Ctx) -> bool:
    """ "The merger is likely to face scrutiny from regulators", "the plan could draw
    criticism": others' reaction as the object of a verb under a modal or a word of
    likelihood ([forecasts]) has not happened; the sentence is the writer's forecast, and no
    one is said to react."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("can", "ca") for c in verb.children
    ):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in ctx.alex.forecasts


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _matter_of(noun: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "There is also a question of timing", "a question of trust": with "of" and a bare noun
    phrase the noun names an issue (a matter of), not a question anyone asks; "the question of
    whether ..." still asks one (``[matters]``)."""
    if lemma not in ctx.alex.matters:
        return False
    kids = [c for c in noun.children if c.dep_ in ("prep", "acl", "relcl", "ccomp")]
    if len(kids) != 1 or kids[0].dep_ != "prep" or kids[0].lower_ != "of":
        return False
    obj = next((g for g in kids[0].children if g.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.dep_ == "pobj"


def _setting_document(noun: Token, lemma: str, ctx: _Ctx) -> bool:
    """ "A panel cleared her in a separate complaint over a loan", "he was named in a report on
    the fire": a document or a case in an "in" phrase after the verb is where an act took
    place; the noun names the filing, not a view someone unnamed holds."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    verb = prep.head
    if _occasion(noun, prep, verb):
        return True
    if prep.lower_ != "in" or lemma not in ctx.alex.artifacts:
        return False
    return verb.pos_ in ("VERB", "AUX") and prep.i > verb.i


def _occasion(noun: Token, prep: Token, verb: Token) -> bool:
    """ "asked on the call about the sale", "said during the debate on taxes": a talk that
    is the time or the place of an act (a definite one, with no clause saying what it holds)
    tells when or where the act took place, not a view someone unnamed holds."""
    if verb.pos_ not in ("VERB", "AUX") or prep.lower_ not in ("on", "during"):
        return False
    if not _definite(noun):
        return False
    return not any(
        c.dep_ in ("acl", "relcl", "ccomp")
        and any(g.dep_ == "mark" and g.lower_ in ("that", "whether") for g in c.children)
        for c in noun.children
    )


def _answered(noun: Token, ctx: _Ctx) -> bool:
    """ "declined to answer questions about X", "did not reply to our question on whether
    ...": a question put to the subject of a verb that answers it (or refuses to), directly or
    after a preposition; or the question a verb of ``[questions]`` puts ("she was asked a
    question about X", "reporters asked questions about the deal")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    return head.pos_ in ("VERB", "AUX") and (
        lemma in ctx.alex.answering or (noun.dep_ == "dobj" and lemma in ctx.verbs.questions)
    )


def _work_about(noun: Token, ctx: _Ctx) -> _Found | None:
    """ "a talk about the lighthouse", "two films about the crash", "a joke about the weather": a
    work or an act of telling with what it is about gives what it tells to its author (a
    possessive, "by X", the one who delivers it) or, with no author named, to the work itself,
    as "in a new poll" does."""
    lemma = noun.lemma_.lower()
    if lemma not in ctx.alex.artifacts and lemma not in ctx.alex.works:
        return None
    if not any(
        c.dep_ == "prep"
        and c.lower_ in _ABOUT
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in noun.children
    ):
        return None
    holder = _noun_holder(noun, ctx) or _by_holder(noun)
    return _holder_found(holder, noun, ctx) if holder is not None else _Found(noun, None)


# prepositions that say what a work is about
_ABOUT = frozenset({"about", "regarding", "concerning"})


def _noun_phrase(noun: Token) -> Span:
    """The noun with its determiner and adjectives ("numerous complaints")."""
    start = noun.left_edge.i if noun.left_edge.i >= noun.i - 3 else noun.i
    return noun.doc[start : noun.i + 1]


_GROUP_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_WHEN = frozenset({"DATE", "TIME"})
# determiners that point back to something already said ("this view", "such claims")
_ANAPHORIC = frozenset({"this", "that", "these", "those", "such"})


def _noun_content(noun: Token, ctx: _Ctx) -> bool:
    """Whether a noun of saying or stance says what about: a clause or a topic phrase."""
    doc = noun.doc
    # "concerns that ...": the parser often reads the clause as a relative one; but a "that"
    # that is the clause's subject is a relative pronoun ("a dispute that drew crowds")
    if (
        noun.i + 1 < len(doc)
        and doc[noun.i + 1].lower_ == "that"
        and doc[noun.i + 1].dep_ not in ("nsubj", "nsubjpass")
        and any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.rights)
    ):
        return True
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and any(
            g.dep_ in ("mark", "aux") and g.lower_ in ("that", "whether", "if", "to")
            for g in c.children
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ctx.alex.noun_preps
            and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _WHEN for g in c.children)
            and not _talk_partner(noun, c, ctx)
        ):
            return True  # (a time says when, not what about: "the debate on Tuesday")
    head = noun.head
    # "the concern is that ...", "one view is that ..."
    if (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(
            c.dep_ == "ccomp"
            or (c.dep_ == "attr" and noun.lemma_.lower() not in ctx.alex.intentions)
            for c in head.children
        )
    ):
        return True
    return _extraposed_content(noun, ctx)


def _extraposed_content(noun: Token, ctx: _Ctx) -> bool:
    """ "Word spread that the mill would close", "news emerged on Friday that ...": a clause
    moved past the verb of its subject noun is that noun's content, when the verb is one of
    happening, not of saying ("the report said that ..." says it itself) and has no object."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.pos_ != "VERB" or ctx.verbs.is_cue(head):
        return False
    if any(c.dep_ in ("dobj", "attr", "acomp", "nsubjpass") for c in head.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > head.i
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in head.children
    )


def _talk_partner(noun: Token, prep: Token, ctx: _Ctx) -> bool:
    """ "a call with reporters", "an interview with the mayor": after a noun of saying, "with"
    and a person names whom one speaks to, not what about ("anger with the ruling" is a view)."""
    if prep.lower_ != "with" or noun.lemma_.lower() not in ctx.verbs.nouns:
        return False
    return any(g.dep_ == "pobj" and _person_like(g, ctx) for g in prep.children)


def _noun_holder(noun: Token, ctx: _Ctx) -> Token | None:
    """Who holds the view a noun names: a possessive, "by"/"from"/"among" X, or the subject of a
    verb that voices it ("Roe raised concerns that ...")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in _WHEN:
            return c  # ("Tuesday's debate" says when, not whose)
    owner = _bare_apostrophe_owner(noun)
    if owner is not None:
        return owner
    head = noun.head
    if noun.dep_ == "dobj" and _lemma(head, ctx) in ctx.alex.holder_verbs:
        subj = _holder_subject(head)
        if subj is not None and _can_hold(subj, ctx):
            return subj
    return None


def _bare_apostrophe_owner(noun: Token) -> Token | None:
    """ "Moss’ question", "Reyes' sharp question": a name ending in "s" and a bare apostrophe
    before the noun (and its modifiers) is a possessive, though the parser often hangs the name
    elsewhere (as a modifier, or as an object of the verb)."""
    doc = noun.doc
    k = noun.i - 1
    while k >= 0 and doc[k].head.i == noun.i and doc[k].dep_ in ("amod", "compound"):
        k -= 1  # "Moss’ pointed question"
    if k < 1 or doc[k].text not in ("’", "'"):
        return None
    owner = doc[k - 1]
    return owner if owner.pos_ == "PROPN" and owner.lower_.endswith("s") else None


def _by_holder(noun: Token) -> Token | None:
    """ "claims by X", "support from X", "anger among X", "drew criticism from X": X."""
    kids = list(noun.children)
    if noun.dep_ == "dobj":
        kids += [c for c in noun.head.children if c.i > noun.i]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "among"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None:
                return g
    return None


def _can_hold(tok: Token, ctx: _Ctx) -> bool:
    """A person, a named body, or a group noun: something that can hold a view."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "there", "what", "which")
    if tok.ent_type_ in _GROUP_ENTS or tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in ctx.alex.holders
        or tok.lower_ in ctx.alex.holders  # "data" (the model's lemma is "datum")
        or lemma in ctx.lex.nouns
        or tok.lower_ in ctx.lex.nouns
        or tok.lower_ in ctx.lex.quantifiers
    )


def _adjective_attribution(tok: Token, ctx: _Ctx) -> _Found | None:
    """ "Aides were confident that ...", "Roe is critical of the plan": a stance adjective with
    a clause or object; its holder is who it describes."""
    preps = ctx.alex.stance_preps | {"that", "in"}
    # "pleased and relieved at the news": what they feel it about hangs on the last one
    words = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("ADJ", "VERB"))]
    if not any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
        for w in words
        for c in w.children
    ):
        return None
    if tok.dep_ == "amod":
        holder: Token | None = tok.head
    elif tok.dep_ in ("acomp", "oprd", "attr"):
        holder = _holder_subject(tok.head)
    else:
        holder = _holder_subject(tok)
    if holder is None or holder.lower_ in _EMPTY_SUBJECTS or holder.lower_ == "it":
        return None
    return _holder_found(holder, tok, ctx)


def _is_hedge(tok: Token, ctx: _Ctx) -> bool:
    """ "X seems to ...", "it appears that ...", "the speech sounded presidential": an
    impression the outlet gives as its own, with no one it comes from."""
    lemma = _lemma(tok, ctx)
    if tok.pos_ not in ("VERB", "AUX") or lemma not in ctx.lex.hedges:
        return False
    clause = tok.head if tok.dep_ in ("auxpass", "aux") else tok
    if tok.tag_ == "VBG" and clause.dep_ == "pcomp":
        return False  # "came out bright without looking fake": how a thing is, no impression
    if lemma in ctx.lex.aims and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    ):
        return False  # "the club looks to sign a striker": an aim, not an impression
    if tok.dep_ in ("auxpass", "aux") and tok.head.tag_ == "VBN":
        return True  # "the story seemed wasted on them": the parser hangs it on the participle
    return any(
        c.dep_ in ("xcomp", "acomp", "ccomp", "oprd", "attr")
        or (c.dep_ == "prep" and c.lower_ in ("like", "as", "beside"))
        # "appeared closer to a deal on wages", "seemed a long way off"
        or (c.dep_ in ("advmod", "npadvmod") and c.tag_ in ("RBR", "JJR"))
        or (c.dep_ == "advmod" and any(g.dep_ == "npadvmod" for g in c.children))
        # "appeared as if it might ...", "sounded as though ..."
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _AS_IF for g in c.children))
        for c in tok.children
    )


_AS_IF = frozenset({"as", "if", "though", "like"})


def _hedge_phrase(verb: Token) -> Span:
    """The hedging verb with a following "to"/"like"/"as if"."""
    doc = verb.doc
    end = verb.i + 1
    if end < len(doc) and doc[end].lower_ in ("to", "like"):
        end += 1
    return doc[verb.i : end]


def _passive_phrase(subj: Token) -> Span:
    """ "It is believed" with an impersonal "it"; otherwise only the verb ("is expected")."""
    verb = subj.head
    if subj.lower_ == "it":
        start = min(subj.i, verb.i)
    else:
        start = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
    return subj.doc[start : verb.i + 1]


def _source_phrase(head: Token) -> Span:
    """A source noun with its modifiers, without relative clauses."""
    doc = head.doc
    end = head.i + 1
    for c in head.rights:
        if c.i != end:
            break
        if c.dep_ in ("compound", "amod") or (
            c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS and c.right_edge.i - c.i <= 6
        ):
            end = c.right_edge.i + 1
        else:
            break
    return doc[head.left_edge.i : end]


def _sentences(doc: Doc) -> list[Span]:
    body = doc._.cr_body_start or 0
    out = []
    for sent in doc.sents:
        if sent.end_char <= body or not sent.text.strip():
            continue
        out.append(sent)
    return out


def _trimmed(sent: Span, text: str, skip_to: int = 0) -> tuple[int, int]:
    """The sentence without surrounding space, and without a dateline that ends at ``skip_to``."""
    s, e = max(sent.start_char, min(skip_to, sent.end_char)), sent.end_char
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # "... at the pier. ''We are ready": the parser can end a sentence after the mark that
    # opens the next one's quote; a mark after a space opens, so it belongs to what follows
    m = _OPENING_TAIL.search(text, s, e)
    if m is not None and m.start() > s:
        e = m.start()
    return s, e


# a quotation mark that opens (it follows a space) at the very end of a sentence
_OPENING_TAIL = re.compile(r"\s+(?:''|[\"“‘«])$")


def _index_reported(sents: list[Span], quotes: list[Quote]) -> dict[int, list[Quote]]:
    """Sentence start token -> the indirect/partial quotes whose cue or content is in it."""
    starts = [s.start_char for s in sents]
    out: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.kind not in ("indirect", "partial") or q.speaker_text is None:
            continue
        points = [q.span[0], q.span[1] - 1] + ([q.cue_span[0]] if q.cue_span else [])
        seen = set()
        for ch in points:
            i = bisect_right(starts, ch) - 1
            if i < 0:
                continue
            key = sents[i].start
            if key not in seen:
                seen.add(key)
                out.setdefault(key, []).append(q)
    return out


# marks that close a quote, and marks that open one (a curly single mark is left out: it is
# also an apostrophe)
_CLOSERS = ("”", '"', "''", "»")
_OPENERS = ("“", '"', "''", "«")


def _said_runs(q: Quote, text: str) -> list[tuple[int, int]]:
    """The stretches of a quote that are someone's words. A direct quote that goes on after
    its cue ('"We are ready," Roe said when asked about the delay. "We always were."') is one
    quote in two runs of marks; the cue's clause between them is the writer's, so a view in it
    ("when asked about X": a question from no one named) is read as the writer gives it."""
    s, e = q.span
    cue = q.cue_span
    if q.kind != "direct" or cue is None or not s < cue[0] < e:
        return [q.span]
    closes = [i + len(m) for m in _CLOSERS if (i := text.rfind(m, s + 1, cue[0])) >= 0]
    opens = [i for i in (text.find(m, cue[1], e) for m in _OPENERS) if i >= 0]
    if not closes or not opens:
        return [q.span]
    return [(s, max(closes)), (min(opens), e)]


# the signature a pasted post ends with: a dash, the poster's name, "(@handle)" and a date
_POST_SIGNATURE = re.compile(r"[—–-]{1,2} ?[^\n—–()]{1,80}\(@\w{1,30}\) ?\w+\.? \d{1,2},? \d{4}")


@cache
def _post_element(names: frozenset[str]) -> re.Pattern[str]:
    """An element of one of these names with its content, '<tweet ...>...</tweet>'."""
    alt = "|".join(sorted(map(re.escape, names)))
    # (no other element of the same name inside: an empty '<tweet id="1"/>' before a later post
    # must not swallow the outlet's words between them)
    return re.compile(rf"<({alt})\b[^<>]*>((?:(?!<\1\b).)*?)</\1>", re.IGNORECASE | re.DOTALL)


def _embedded_posts(text: str, alex: AttributionLexicon) -> list[tuple[int, int]]:
    """Where social-media posts pasted into the article stand: the content of a post element,
    and the line that ends with a post's signature (with the line before it when the signature
    stands on a line of its own). A post is its author's words, as a quote is; the outlet only
    shows it. The post stops at the line break before it: an article whose paragraphs are
    single lines must not give its earlier paragraphs to the poster."""
    found = [m.span() for m in _post_element(alex.embedded_posts).finditer(text)]
    for m in _POST_SIGNATURE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if not text[start : m.start()].strip() and start > 0:
            start = text.rfind("\n", 0, start - 1) + 1  # the signature's own line: the post above
        found.append((start, m.end()))
    return sorted(found)


# a pair of quotation marks on one line: curly, straight, or doubled apostrophes; a straight
# mark opens only where a word starts and closes only where one ends, so an inch mark ('a 12"
# pipe') does not pair with the next quote's opening mark and swallow the sentences between
_MARKED = re.compile(r"“[^“”\n]*”|(?<!\w)\"(?=\S)[^\"\n]*(?<=\S)\"(?!\w)|''[^\n]*?''")
# dashes that open a sign-off after a quote ("— Jan Roe")
_SIGN_OFF_DASHES = frozenset("―—–-")


def _credit_line(sent: Span) -> bool:
    """'Getty/Instagram.', 'AP Photo/Jan Roe', '— Jan Roe' after a quote: a photo credit or a
    sign-off only names who made or said something; it asserts nothing, so it has no voice.
    Known by its typography (a slash between names, a dash before them), not by any name."""
    words = [t for t in sent if any(ch.isalnum() for ch in t.text)]
    if not words:
        return False
    lead = "".join(t.text for t in sent if t.i < words[0].i)
    signed = any(ch in _SIGN_OFF_DASHES for ch in lead)
    if signed and sent.root.pos_ == "PROPN" and not any(t.tag_ in _FINITE for t in words):
        # '— Jan Roe, in a campaign video posted on May 3.': a sign-off that says where the
        # words above came from; a name with no finite verb of its own claims nothing
        return True
    if not all(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return False
    return any(t.text == "/" for t in sent) or signed


def _name_line(sent: Span, text: str, span: tuple[int, int]) -> bool:
    """ "The Harbour Gazette", "Marrow Business, Port Elwin": a short line at the head of the
    article that is only a name (the masthead, a section, a place) names something and claims
    nothing. Known by its shape: a line of its own among the first few, of capitalised names
    (with "the", "of", "and" between them) and no verb, set above a headline or below a byline
    (a title-case headline alone is read as a headline)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > 6 or any(t.text not in _NAME_MARKS for t in sent if t.is_punct):
        return False
    if not all(
        t.lower_ in _NAME_JOINERS or (t.is_alpha and t.text[0].isupper() and t.pos_ == "PROPN")
        for t in words
    ):
        return False
    line_start, line_end = line_around(text, *span)
    if text[line_start : span[0]].strip() or text[span[1] : line_end].strip():
        return False
    above = _lines_between(text, 0, line_start, _HEAD_LINES)
    if len(above) >= _HEAD_LINES:
        return False
    below = _lines_between(text, line_end, len(text), 1)
    headline_below = bool(below) and len(below[0].split()) <= 20
    if headline_below and below[0].endswith((".", '"', "”")):
        headline_below = False
    return headline_below or (bool(above) and is_byline(above[-1]))


def _lines_between(text: str, start: int, end: int, most: int) -> list[str]:
    """The first ``most`` non-empty lines of text[start:end], stripped (read line by line, so a
    long article is not split whole for every short line)."""
    out: list[str] = []
    pos = start
    while pos < end and len(out) < most:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop].strip()
        if line:
            out.append(line)
        pos = stop + 1
    return out


# how far down the head of an article runs (headline, byline, date, masthead), the words that
# may join the parts of a name, and the only marks it may hold
_HEAD_LINES = 5
_NAME_JOINERS = frozenset({"the", "of", "and", "&"})
_NAME_MARKS = frozenset({",", "&", "."})


# tags of finite verbs: a sign-off has none ("posted on May 3" is a participle)
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _byline(text: str, start: int, end: int) -> bool:
    """A byline, a whole line that says who wrote the article ("By Jan Roe"): it names the
    author and asserts nothing, so it has no voice and is no claim."""
    line_start, line_end = line_around(text, start, end)
    # the whole line, however the parser split it ("By Priya | Ramaswamy")
    return is_byline(text[line_start:line_end])


# the subjects of a clause: a verb with none of them (and no auxiliary) in its base form is a
# request ("Look elsewhere.", "Let me start with the screen.")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLOSING = "\"'”’»)] \t"


def _no_claim(sent: Span, text: str, span: tuple[int, int], ctx: _Ctx) -> bool:
    """A sentence in the outlet's voice that claims nothing: a question ("So should you buy
    it?"), a request to the reader ("If you need a light phone, look elsewhere."), or the
    outlet's note on what it could not check ("The figures could not be independently
    confirmed.")."""
    if text[span[0] : span[1]].rstrip(_CLOSING).endswith("?"):
        return True
    root = sent.root
    if (
        not _title_case(sent)  # (a title-case headline is tagged at random: "Harbour Tour Draws")
        and root.tag_ == "VB"
        and root.pos_ == "VERB"
        and not root.ent_type_
        and root.idx not in ctx.mentioned  # "Trump not walking the walk": a name read as a verb
        and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in root.children)
        and not any(t.dep_ in _SUBJECTS for t in sent if t.i < root.i and t.head.i == root.i)
    ):
        return True
    return _unverified(root, ctx)


def _unverified(verb: Token, ctx: _Ctx) -> bool:
    """ "The outlet could not independently verify the account", "the toll could not be
    confirmed": a denied check by the writer (an "independently" check, or an agentless
    passive one) says what the outlet could not establish; it is no claim."""
    if _lemma(verb, ctx) not in ctx.alex.checks:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "neg" or c.lower_ in ("unable", "never") for c in [*kids, verb.head]):
        return False
    if any(c.lower_ == "independently" for c in kids):
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    return passive and agent_of(verb) is None


def _inside_marks(runs: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies inside one pair of quotation marks ('“We are ready. The crew is
    here.”': each sentence is someone's words, whether or not a speaker was found for them)."""
    i = bisect_right(runs, (s, 1 << 62))
    return i > 0 and runs[i - 1][0] <= s and e <= runs[i - 1][1] + 1


def _in_post(posts: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether most of [s, e) lies inside a pasted post."""
    i = bisect_right(posts, (s, e))
    return any(2 * (min(e, b) - max(s, a)) > e - s for a, b in posts[max(0, i - 2) : i + 1])


@Language.component("cr_assertions", assigns=["doc._.cr_assertions", "doc._.cr_sentences"])
def assertions_component(doc: Doc) -> Doc:
    """Give every body sentence a voice; list the vague and unattributed ones as assertions."""
    quotes = list(doc._.cr_quotes or [])
    direct = sorted((q.span[0], q.span[1], q.id) for q in quotes if q.kind == "direct")
    ctx = _Ctx(
        doc,
        quotes,
        direct,
        [d[0] for d in direct],
        vague_lexicon(),
        attribution_lexicon(),
        cue_lexicon(),
        verb_forms(),
    )
    ctx.resolved = frozenset(
        i
        for q in quotes
        if q.speaker_id is not None and q.speaker_span is not None
        for i in range(*q.speaker_span)
    )
    text = ctx.text = doc.text  # Doc.text is rebuilt on every access: read it once
    ctx.mentioned = frozenset(a for p in doc._.cr_people or [] for a, _ in p.mentions)
    ctx.said = sorted(run for q in quotes if q.kind != "scare" for run in _said_runs(q, text))
    ctx.said_starts = [a for a, _ in ctx.said]
    ctx.partials = sorted(
        (*q.span, q.id) for q in quotes if q.kind == "partial" and q.speaker_text is not None
    )
    ctx.partial_starts = [a for a, _, _ in ctx.partials]
    ctx.direct_cues = sorted(
        (q.cue_span[0], q.id)
        for q in quotes
        if q.kind == "direct" and q.cue_span is not None and q.speaker_text is not None
    )
    turns = _turn_quotes(doc.user_data.get(LABELS_KEY, []), quotes)
    by_id = {q.id: q for q in quotes}
    body_sents = _sentences(doc)
    by_sent = _index_reported(body_sents, quotes)
    sentences: list[Sentence] = []
    assertions: list[Assertion] = []
    spans: list[Span | None] = []
    dateline = doc._.cr_dateline.span if doc._.cr_dateline else (0, 0)
    posts = _embedded_posts(text, ctx.alex)
    marked = [m.span() for m in _MARKED.finditer(text)]
    lead: tuple[int, str | None] = (-1, None)  # where a "Roe argued:" lead's words end
    for sent in body_sents:
        # a headline above the dateline stays; the sentence the dateline opens starts after it
        span = _trimmed(sent, text, dateline[1] if sent.end_char > dateline[0] else 0)
        if span[0] >= span[1] or not any(ch.isalnum() for ch in text[span[0] : span[1]]):
            continue  # nothing but the dateline, or a stray mark the parser split off
        if _credit_line(sent) or _byline(text, *span) or is_furniture(text, *span):
            continue
        if _name_line(sent, text, span) and _title_case_cue(sent, ctx) is None:
            continue
        if sentences and sentences[-1].voice in ("reported", "quoted"):
            end = _lead_end(text, sentences[-1].span[1])
            if end > span[0]:
                lead = (end, sentences[-1].ref)
        heading = span_is_heading(text, *span)
        share, qid = _covered(ctx, *span)
        turn_of = _turn_of(turns, *span)
        if turn_of is None and posts and _in_post(posts, *span):
            sentences.append(Sentence(span=span, voice="quoted", heading=heading))
            continue  # a post pasted into the article: its author's words, not ours
        if turn_of is not None:
            # a transcript turn ('ROE: ...'): the label and the words are the speaker's, not ours
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=turn_of))
            continue
        qref = None
        if share >= QUOTED_SHARE or (qid and _only_cue_outside(sent, ctx)):
            qref = qid
        else:
            # most of the sentence is a quoted fragment someone is given: their words; or
            # '"...," said Jan Roe, a ferry pilot who has crossed the strait for years.': the
            # sentence gives the quote its speaker; it says nothing in the outlet's voice
            qref = _partial_over(ctx, *span) or _direct_cue_in(ctx, *span)
        if qref is not None or (share >= QUOTED_SHARE):
            sentences.append(Sentence(span=span, voice="quoted", heading=heading, ref=qref))
            _unnamed_speaker(by_id.get(qref or ""), span, sent, ctx, assertions, spans)
            continue
        if _inside_marks(marked, *span):
            # within quotation marks: someone's words, not the outlet's, speaker found or not
            sentences.append(Sentence(span=span, voice="quoted", heading=heading))
            continue
        verdict = _verdict_words(sent, ctx)
        found = _sentence_source(sent, ctx, verdict)
        top = _reported_quote(sent, by_sent, verdict)
        rq = top[0] if top is not None and (found is None or top[1] <= found.depth) else None
        if rq is None and top is not None and found is not None:
            # "X is expected to triple, according to the agency": the agency's
            rq = top[0] if _reports_cue(top[0], found, doc) else None
        if rq is not None and _passive_cue(rq, doc):
            rq = None  # "Roe is not expected to renew it": no one named expects it
        if rq is not None and rq.speaker_span is not None:
            vague = _vague_speaker(rq, sent, ctx) if rq.speaker_id is None else None
            if vague is not None:
                a = _assertion(assertions, span, "vague", vague)
                sentences.append(Sentence(span=span, voice="vague", heading=heading, ref=a.id))
                spans.append(doc.char_span(*span, label="vague", alignment_mode="expand"))
                continue
            sentences.append(Sentence(span=span, voice="reported", heading=heading, ref=rq.id))
            src = doc.char_span(*rq.speaker_span, alignment_mode="expand")
            _unnamed_partner(src.root if src is not None else None, span, ctx, assertions, spans)
            main = doc.char_span(*rq.cue_span, alignment_mode="expand") if rq.cue_span else None
            _inner_vague(sent, ctx, main[0] if main else None, assertions, spans)
            continue
        if found is not None and found.cue is None:
            # a view, wish or ruling of someone named: theirs, not the outlet's
            sentences.append(Sentence(span=span, voice="reported", heading=heading))
            holder = _holder_subject(found.anchor) if found.anchor.pos_ == "VERB" else None
            _unnamed_partner(holder, span, ctx, assertions, spans)
            _inner_vague(sent, ctx, found.anchor, assertions, spans)
            continue
        cue = found.cue if found is not None else None
        if cue is None and span[0] < lead[0]:
            # the paragraph or list items after "Roe argued:" are Roe's words, marks or not
            sentences.append(Sentence(span=span, voice="reported", heading=heading, ref=lead[1]))
            continue
        if _no_claim(sent, text, span, ctx):
            continue  # a question or a request to the reader, or the outlet's note on checking
        status: SentenceVoice = "vague" if cue is not None else "unattributed"
        a = _assertion(assertions, span, status, cue, heading=heading)
        sentences.append(Sentence(span=span, voice=status, heading=heading, ref=a.id))
        spans.append(doc.char_span(*span, label=status, alignment_mode="expand"))
        if cue is None:
            _inner_vague(sent, ctx, None, assertions, spans)  # "the alleged thief was seen"
    doc._.cr_sentences = sentences
    doc._.cr_assertions = assertions
    doc.spans["cr_assertions"] = [s for s in spans if s is not None]
    return doc


# what opens a list item: a bullet sign, a lone lower-case letter (a bullet glyph whose font
# was lost: "l", "o"), or a number
_LIST_MARKER = re.compile(r"(?:([^\w\s])|([a-z])|(\d{1,2})[.)])[ \t]+")


def _lead_end(text: str, end: int) -> int:
    """Where the words of a lead sentence that ends its line with a colon ("Roe argued
    that:") end: with the next paragraph, or with the last of the list items that follow it
    (paragraphs opening with the same kind of marker). -1 when the sentence is no such lead."""
    if end < 1 or text[end - 1] != ":":
        return -1
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip():
        return -1
    start = nl
    while start < len(text) and text[start].isspace():
        start += 1
    para_end = _para_end(text, start)
    first = _LIST_MARKER.match(text, start)
    while first is not None:
        nxt = para_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        item = _LIST_MARKER.match(text, nxt)
        same = item is not None and all(
            (a is None) == (b is None) and (a == b or k == 2)
            for k, (a, b) in enumerate(zip(first.groups(), item.groups(), strict=True))
        )
        if not same:
            break
        para_end = _para_end(text, nxt)
    return para_end


def _para_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


def _reports_cue(q: Quote, found: _Found, doc: Doc) -> bool:
    """Whether an impersonal view stands inside what "according to X" gives X ("the total is
    expected to fall, according to the Harbour Trust"): the phrase names who holds the
    expectation or the impression, however high its cue sits in the parse. (Other reports
    keep a view that no one named holds beside them: PolNeAR nests those.)"""
    if found.cue is None or found.cue.kind not in ("passive", "hedge", "unknown"):
        return False
    if q.cue != "according to" or q.cue_span is None:
        return False
    cue = doc.char_span(*q.cue_span, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    anchor, according = found.anchor, cue[0]
    if not q.span[0] <= anchor.idx < q.span[1] or according.i < anchor.i:
        return False
    # the phrase closes the cue's own clause: it hangs on the cue, or on the clause the cue's
    # clause is joined to ("X rose, and Y is expected to fall, according to Z"), with no other
    # clause of the cue's between ("X was not disclosed, although Y spent $2m, according to Y"
    # gives Y only what follows "although")
    head = according.head
    if head.i != anchor.i and not (anchor.dep_ == "conj" and anchor.head.i == head.i):
        return False
    return not any(
        c.dep_ in ("advcl", "conj") and anchor.i < c.i < according.i for c in anchor.children
    )


def _passive_cue(q: Quote, doc: Doc) -> bool:
    """Whether a report's cue is an agentless passive ("is expected to", "was told"): then
    its speaker is the one the view is about, not the one who holds it."""
    cue = doc.char_span(*q.cue_span, alignment_mode="expand") if q.cue_span else None
    if cue is None or not len(cue):
        return False
    verb = cue.root
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _turn_quotes(turns: list[TranscriptTurn], quotes: list[Quote]) -> list[tuple[int, int, str]]:
    """Each transcript turn's paragraph with the id of the direct quote cr_quotes made of it."""
    by_span = {q.span: q.id for q in quotes if q.kind == "direct"}
    return sorted(
        (t.paragraph[0], t.paragraph[1], by_span[t.content]) for t in turns if t.content in by_span
    )


def _turn_of(turns: list[tuple[int, int, str]], s: int, e: int) -> str | None:
    """The quote id of the transcript turn that holds most of [s, e)."""
    i = bisect_right(turns, (s, e, "\uffff")) - 1
    for a, b, qid in turns[max(0, i - 1) : i + 2]:
        if 2 * (min(e, b) - max(s, a)) >= e - s:
            return qid
    return None


def _unnamed_speaker(
    q: Quote | None,
    span: tuple[int, int],
    sent: Span,
    ctx: _Ctx,
    out: list[Assertion],
    spans: list[Span | None],
) -> None:
    """A quoted sentence is its speaker's; when the speaker is only "an official" the quote is
    vaguely sourced, and the words outside the marks ("..., he said when asked about X") can
    hold a view given to no one."""
    main = None
    if q is not None and q.cue_span is not None:
        cue = ctx.doc.char_span(*q.cue_span, alignment_mode="expand")
        main = cue[0] if cue is not None and len(cue) else None
    if q is not None and q.speaker_id is None and q.speaker_span is not None:
        src = ctx.doc.char_span(*q.speaker_span, alignment_mode="expand")
        if src is not None and is_vague_source(src, ctx.lex):
            if ctx.vague_quote is not None and ctx.vague_quote[0] == q.id:
                # the same quote's next sentence: one vague assertion over the whole quote
                a, k = out[ctx.vague_quote[1]], ctx.vague_quote[2]
                a.span = (min(a.span[0], span[0]), max(a.span[1], span[1]))
                spans[k] = ctx.doc.char_span(*a.span, label="vague", alignment_mode="expand")
                return
            _assertion(out, span, "vague", _Cue(src, "source"))
            spans.append(ctx.doc.char_span(*span, label="vague", alignment_mode="expand"))
            ctx.vague_quote = (q.id, len(out) - 1, len(spans) - 1)
            return
    _inner_vague(sent, ctx, main, out, spans)


def _unnamed_partner(
    head: Token | None,
    span: tuple[int, int],
    ctx: _Ctx,
    out: list[Assertion],
    spans: list[Span | None],
) -> None:
    """ "Roe and other officials said ...", "she and several experts agree": the view is
    someone named's, and also that of people no one names; the sentence stays Roe's, and a
    vague assertion over it says who else is given the claim without a name."""
    if head is None:
        return
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ != "PROPN" and not c.ent_type_ and _vague_head(c, ctx.lex):
            phrase = ctx.doc[c.left_edge.i : c.right_edge.i + 1]
            _assertion(out, span, "vague", _Cue(phrase, "partner"))
            spans.append(ctx.doc.char_span(*span, label="vague", alignment_mode="expand"))
            return


def _inner_vague(
    sent: Span,
    ctx: _Ctx,
    main: Token | None,
    out: list[Assertion],
    spans: list[Span | None],
) -> None:
    """Vague claims inside a sentence whose main voice is someone named's: "Roe said on
    Monday that she would run, and there were angry objections that ..." gives the
    objections to no one. Each such clause becomes a vague assertion of its own; a view inside
    what someone is reported to say is theirs (attributions do not nest) and is left alone."""
    taken: list[tuple[int, int]] = []
    for tok in sent:
        found = _attribution_at(tok, ctx)
        if found is None or found.cue is None:
            continue
        anchor = found.anchor
        if main is not None and (anchor.i == main.i or _in_said(anchor, main, ctx)):
            continue
        if main is not None and _under(main, anchor) and gapped_relative(anchor) is None:
            continue  # (a gapped relative's verb heads the sentence in the parse only)
        # in someone's words, unless those are the main cue's and the view stands apart from
        # what it reports (``_in_said``: "Roe backed a plan which some residents oppose")
        own = main is not None and _in_content(anchor, main)
        if (_in_quote(ctx, anchor.idx) and not own) or any(a <= anchor.idx < b for a, b in taken):
            continue
        clause = _clause(anchor)
        if clause is None:
            continue
        taken.append(clause)
        _assertion(out, clause, "vague", found.cue)
        spans.append(ctx.doc.char_span(*clause, label="vague", alignment_mode="expand"))


def _summary_aside(node: Token) -> bool:
    """ "Roe said the levy was fair, a point that officials dispute": a noun set off by a comma
    or dash at the end of what is reported, with a relative clause, sums up the report and
    says who else holds a view of it; the writer adds it, not the speaker."""
    doc = node.doc
    return (
        node.dep_ in ("npadvmod", "appos")
        and node.pos_ == "NOUN"
        and node.left_edge.i > 0
        and doc[node.left_edge.i - 1].text in (",", "—", "–", "-", "--")
        and any(c.dep_ == "relcl" for c in node.children)
        and node.right_edge.i + 2 >= node.sent.end
    )


def _under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is ``top`` or in its subtree."""
    return tok.i == top.i or any(a.i == top.i for a in tok.ancestors)


# edges from a cue that do not lead into what is said or held: a coordinated clause, a
# framing participle ("Asked about X, Roe said"), the subject, adverbs
_NOT_CONTENT = frozenset(
    {"conj", "cc", "advcl", "npadvmod", "advmod", "punct", "nsubj", "nsubjpass", "mark", "aux"}
)


def _in_content(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` is part of what the cue reports: below it, not through a coordinated
    clause or a framing participle."""
    node = tok
    while node.head.i != node.i:
        if node.head.i == cue.i:
            return node.dep_ not in _NOT_CONTENT
        node = node.head
    return False


# edges from a cue into a clause it reports (what is said, thought or wanted), as against a noun
# it acts on ("did not answer requests for comment")
_CLAUSE_EDGES = frozenset({"ccomp", "xcomp", "csubj", "parataxis", "pcomp", "acl", "relcl"})


def _in_said(tok: Token, cue: Token, ctx: _Ctx) -> bool:
    """Whether ``tok`` is inside what the cue reports, so any view in it is reported too
    (attributions do not nest). What the cue only acts on is not reported by it: a noun of
    others' reaction in its object ("Roe responded to questions about her health"), or a
    view with a subject of its own inside that object ("Roe vetoed a bill, which critics said
    was unfair"). (Other nouns, "in a statement that", "made comments about", are the cue's
    subject's own.)"""
    if not _in_content(tok, cue):
        return False
    node, clausal = tok, False
    while node.head.i != cue.i:
        if _summary_aside(node):
            return False  # "..., a point that officials dispute": the writer's aside
        clausal = clausal or node.dep_ in _CLAUSE_EDGES
        node = node.head
    if node.dep_ in _CLAUSE_EDGES:
        return True  # "Roe said that critics fear ...": the critics are in Roe's words
    if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # (also "delegates who are expected to ...": a passive view of its own)
    return clausal or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.alex.reactions


def _in_quote(ctx: _Ctx, ch: int) -> bool:
    """Whether the offset lies in someone's words (a quote or reported content, not a scare
    quote)."""
    i = bisect_right(ctx.said_starts, ch)
    return any(a <= ch < b for a, b in ctx.said[max(0, i - 8) : i])


def _clause(anchor: Token) -> tuple[int, int] | None:
    """The words that carry a vague claim: the cue word's phrase, without edge punctuation."""
    doc = anchor.doc
    s, e = anchor.left_edge.i, anchor.right_edge.i + 1
    gapped = gapped_relative(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    if gapped is not None:
        # "..., a move critics say will gut the centre": the noun phrase and its clause only
        subj = next(c for c in anchor.children if c.dep_ == "nsubj" and c.i < anchor.i)
        s, e = subj.left_edge.i, gapped.right_edge.i + 1
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e - s < 2:
        return None
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return start, _past_closing_mark(text_of(doc), start, end)


def _past_closing_mark(text: str, start: int, end: int) -> int:
    """``end``, moved past a closing quotation mark whose opening mark is inside the span
    ('the so-called "reforms"' keeps its last mark, not 'the so-called "reforms')."""
    words, nxt = text[start:end], text[end : end + 1]
    if nxt == '"' and words.count('"') % 2 == 1:
        return end + 1
    if nxt == "”" and words.count("“") > words.count("”"):
        return end + 1
    return end


def _vague_speaker(q: Quote, sent: Span, ctx: _Ctx) -> _Cue | None:
    """The unnamed source of a report that names no person: its speaker phrase when that is
    vague ("officials said"), else the sentence's own main source when that is vague (the
    report's speaker was only "who" or a stray word of "officials who spoke with us said")."""
    if q.speaker_span is not None:
        src = ctx.doc.char_span(*q.speaker_span, alignment_mode="expand")
        if src is not None and is_vague_source(src, ctx.lex):
            return _Cue(src, "source")
    found = _sentence_source(sent, ctx)
    if found is not None and found.cue is not None and found.cue.kind == "source":
        return found.cue
    return None


def _partial_over(ctx: _Ctx, s: int, e: int) -> str | None:
    """The id of a partial quote with a speaker that covers at least half of [s, e)."""
    i = bisect_right(ctx.partial_starts, e)
    for a, b, qid in ctx.partials[max(0, i - 8) : i]:
        if 2 * (min(e, b) - max(s, a)) >= e - s:
            return qid
    return None


def _direct_cue_in(ctx: _Ctx, s: int, e: int) -> str | None:
    """The id of a direct quote whose verb of saying lies in [s, e)."""
    i = bisect_left(ctx.direct_cues, (s, ""))
    if i < len(ctx.direct_cues) and ctx.direct_cues[i][0] < e:
        return ctx.direct_cues[i][1]
    return None


def _only_cue_outside(sent: Span, ctx: _Ctx) -> bool:
    """'"...", X said on Friday.': what is outside the quote is only the cue and its speaker."""
    verbs = cue_lexicon()
    outside = [
        t
        for t in sent
        if not t.is_punct and not t.is_space and _covered(ctx, t.idx, t.idx + len(t.text))[0] == 0
    ]
    return len(outside) <= 8 and any(verbs.is_cue(t) for t in outside)


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
