"""The ``cr_loaded`` spaCy component: match the lexicon, decide each match, give it a voice.

``LoadedTerms`` builds the matchers once per pipeline (``matching.TermMatcher``,
``alternatives.AlternativeFitter``). For each doc it gathers candidates: lexicon matches that
pass the checks in ``names.py``, ``mentions.py`` and ``denial.py`` and then the context rule
their entry names (``rules.RULES``); words of a title-case headline found again on a lower-case
copy (``headlines.py``); and scare quotes that pass ``scare_quotes.distancing``. Overlapping
candidates keep the one "so-called" or a scare quote made, else the longer
(``_without_overlaps``). Each mark's voice comes from ``voice.py``; marks that are only a
speaker talking (puffery other than hype, a verb of saying or a hedge in a speaker's quoted
words, a speaker's own feelings) and
sentence adverbs outside the outlet's voice are dropped, and so is praise that intensifies a
label ("a world-class hypocrite", ``_without_praise_of_labels``). A feeling that completes
"feel" ("residents felt betrayed", ``_anothers_feeling``), a word an accusation charges
("allegations of cronyism", ``voice._charged``) and a scare quote inside what a rumour or claim
holds (``_in_reported_content``) are "reported"; a reader's letter on a letters page is the
reader's words, "quoted" (``voice.readers_letters``). Nothing is marked in the title of a
shop's widget glued into the text (``_without_shop_listings``).
The marks go to ``doc._.cr_loaded`` and ``doc.spans["cr_loaded"]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.furniture import shop_listings
from contextreader.analysis.headlines import (
    HEADLINE_COPY_KEY,
    HeadingIndex,
    term_keys,
    title_lines,
)
from contextreader.analysis.loaded.alternatives import AlternativeFitter
from contextreader.analysis.loaded.denial import (
    _answered_no,
    _charge_on_the_speaker,
    _denied,
    _denied_clause,
    _forbidden_label,
    _listed_question,
    _names_a_class,
    _remarks_on_a_fact,
    _verb_with_object,
    _withheld_label,
)
from contextreader.analysis.loaded.lexicon import Entry, Lexicon, load_lexicon
from contextreader.analysis.loaded.matching import TermMatcher
from contextreader.analysis.loaded.mentions import _mentioned, _title_of_work
from contextreader.analysis.loaded.names import _context_ok, _described, _used_as_tagged
from contextreader.analysis.loaded.rules import RULES
from contextreader.analysis.loaded.rules.labels import PLURAL_PRONOUNS
from contextreader.analysis.loaded.rules.saying import _CUE_STARTS_KEY
from contextreader.analysis.loaded.rules.unnamed import _NAMED_USE_KEY, _USES_KEY
from contextreader.analysis.loaded.scare_quotes import _echoes_speaker, distancing
from contextreader.analysis.loaded.tokens import (
    FIRST_PERSON,
    PEOPLE_ENTS,
    _a_person,
    _lemma,
    _subject_of,
    _title,
)
from contextreader.analysis.loaded.voice import (
    SpeechTest,
    VoiceIndex,
    _according_sentence,
    _accounted,
    _anothers_label,
    _charged,
    _echoed_words,
    _for_frame,
    _grades_a_figure,
    _held,
    _lifted,
    _lifted_words,
    _likened_or_accused,
    _purported,
    _quoted_labels,
    _relayed,
    _said_clause,
    _seemed_to_another,
    readers_letters,
    voice_of,
)
from contextreader.analysis.paragraphs import sentence_is_heading
from contextreader.analysis.people import GENDER_KEY
from contextreader.analysis.people.lexicon import role_lexicon, third_person_pronouns
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.modality import obliged
from contextreader.report import LoadedTerm, Voice

# rules whose marks only count in the outlet's own voice: a speaker saying "clearly" is talking,
# the outlet writing it is editorializing
OUTLET_ONLY = frozenset({"stance"})
# categories not marked inside a speaker's quoted words: a speaker calling something "amazing" is
# talking, not the outlet promoting it, and a speaker's "he admitted" is their own account. Hype
# ([context] hype: "game-changer", "revolutionary") is the exception: a company's or a
# campaign's claim that its product or measure transforms its field is marked in its own
# words, with voice "quoted", as a speaker's "incredible" is, so a reader can set it beside the
# outlet's (the reader's `v` key hides quoted marks); said of a person or a person's work it is
# praise again (``_of_a_person``)
SAYING = "loaded verb of saying"
NOT_QUOTED = frozenset({"puffery", SAYING})
# determiners that point back to someone or something the article has already named
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
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
# categories that praise a person or thing: "What is amazing is that ..." remarks on a fact instead
PRAISE_OF_THINGS = frozenset({"puffery"})
# which match wins an overlap: a noun phrase marked by "so-called" or a scare quote, then the
# longer match ("attack dog" over the "dog" the label rule would mark alone)
_PRIORITY = {"so-called": 2, "scare-quote": 2}
# punctuation the writer leaves inside quotation marks ('the usual "time bombs,"')
_TRIM = " \t\n,.;:!?…"


@dataclass(slots=True)
class _Candidate:
    start: int  # token offsets
    end: int
    entry: Entry | None  # None for a scare quote
    priority: int
    quote_span: tuple[int, int] | None = None
    # for a headline's word read from its lower-case copy: whether the copy's parse gives it as
    # a label pinned on someone by another (see ``_anothers_label``) and as what an accusation
    # charges (see ``_charged``); None: read it from the doc
    labelled: bool | None = None
    charged: bool | None = None


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
            doc.user_data.pop(_USES_KEY, None)

    def _mark(self, doc: Doc) -> Doc:
        """Match the lexicon and the scare quotes, keep the best of overlapping matches and give
        each mark its voice."""
        heading = _Headings()
        lines = HeadingIndex(doc)
        candidates = _without_body_names(doc, [*self._lexicon_hits(doc, heading)], heading, lines)
        candidates = _without_praise_of_labels(doc, candidates)
        # quotation marks around the label another gives ('called the mayor a "liar"'): the
        # labeller's word, not the writer's distance (``voice._quoted_labels``)
        labels = _quoted_labels(doc, self.lexicon)
        candidates += self._scare_quotes(doc, labels)
        candidates += self._title_case_hits(doc, candidates, lines)
        candidates = _without_shop_listings(doc, candidates)
        test = SpeechTest(doc, self.lexicon)
        index = VoiceIndex.from_quotes(
            # (with the reports whose partial quote is listed in their place: the rest of
            # their clause is still reported)
            [*(q for q in doc._.cr_quotes or [] if q.kind != "scare"), *(doc._.cr_framing or [])],
            # a quoted sentence with no quote behind it: a pasted post, or inside marks the
            # quote finder could not pair
            pasted=[
                s.span for s in (doc._.cr_sentences or []) if s.voice == "quoted" and not s.ref
            ],
            speech=test,
            asides=test.asides,
        )
        echoed = [*_echoed_words(doc), *labels]
        lifted = [*_lifted_words(doc, self.lexicon), *echoed]
        terms: list[LoadedTerm] = []
        spans: list[Span] = []
        own_words: set[str] = set()  # the entries already marked in the outlet's own voice
        # what stands alone in quotation marks nobody is quoted as saying (cr_quotes' scare
        # quotes), by the characters of its words
        scare = [q.span for q in doc._.cr_quotes or [] if q.kind == "scare"]
        text = text_of(doc)
        letters = readers_letters(doc)  # the lines of readers' letters on a letters page
        for cand in _without_overlaps(candidates):
            span = doc[cand.start : cand.end]
            chars = cand.quote_span or (span.start_char, span.end_char)
            voice = voice_of(chars, index)
            if voice == "outlet" and cand.entry is not None and _lifted(chars, echoed):
                voice = "quoted"  # 'unveils "game-changing" wallet' repeats a speaker's word
            if voice == "outlet" and cand.entry is not None and self._anothers(cand, span):
                voice = "reported"
            if (
                voice == "outlet"
                and cand.entry is not None
                and _relayed(span.root, self.lexicon.sizes)
            ):
                voice = "reported"
            if (
                voice == "outlet"
                and cand.entry is not None
                and (
                    _accounted(span.root)
                    or _according_sentence(span.root)
                    or _for_frame(span.root, self.lexicon)
                )
                and not _grades_a_figure(span.root, self.lexicon.sizes)
            ):
                voice = "reported"  # "It was, by her own account, a disaster"
            if (
                voice == "outlet"
                and cand.entry is not None
                and _said_clause(span.root)
                and not _grades_a_figure(span.root, self.lexicon.sizes)
            ):
                voice = "reported"  # "an item suggesting that the mayor was hypocritical"
            if (
                voice == "outlet"
                and cand.entry is not None
                and _seemed_to_another(span.root, self.lexicon)
            ):
                voice = "reported"  # "seemed, to some, a cynical act"
            if voice == "outlet" and cand.entry is not None and self._charged(cand, span):
                voice = "reported"  # "allegations of cronyism": the accusers' word
            if voice == "outlet" and cand.entry is not None and _held(span.root, self.lexicon):
                voice = "reported"  # "accusations that the mayor was a crook"
            if (
                voice == "outlet"
                and cand.entry is not None
                and _likened_or_accused(span.root, self.lexicon)
            ):
                voice = "reported"  # "compared the banker to a puppet master"
            if voice == "outlet" and cand.entry is not None and _purported(span.root, self.lexicon):
                voice = "reported"  # "the dossier purports to show sinister ties"
            if (
                voice == "outlet"
                and cand.entry is not None
                and _anothers_feeling(span, cand.entry, self.lexicon)
            ):
                voice = "reported"
            if voice == "outlet" and cand.entry is None and _in_reported_content(span):
                voice = "reported"
            if (
                voice == "reported"
                and cand.entry is not None
                and _writers_comment(span, cand.entry, self.lexicon)
            ):
                voice = "outlet"  # "has shockingly quit, insiders claim": the teller's framing
            if (
                voice == "reported"
                and cand.entry is not None
                and cand.entry.term in own_words
                and _pointing_back(span)
            ):
                voice = "outlet"  # "the thug", the outlet's word before, in others' report
            if (
                voice == "reported"
                and cand.entry is not None
                and cand.entry.category == SAYING
                and span.root.pos_ != "NOUN"
                and not _likened_or_accused(span.root, self.lexicon)
                and not self._charged(cand, span)
                and not _held(span.root, self.lexicon)
                and not _a_charge(span.root, self.lexicon)
            ):
                # "Roe said the mayor had slammed the deal", "when Roe blasted him": how someone
                # spoke is told in the writer's choice of verb, in reported speech as outside it;
                # not a noun someone pins on speech ("called it a tirade") nor the charge of an
                # accusation ("accused him of having ranted at staff")
                voice = "outlet"
            if (
                voice == "outlet"
                and any(a <= chars[0] < b for a, b in letters)
                and not sentence_is_heading(span.sent)
            ):
                voice = "quoted"  # a reader's letter: the reader's words, printed by the outlet
            held_off = _held_off(chars, scare, text) if voice != "quoted" else None
            if held_off is not None and cand.entry is not None and voice == "reported":
                # 'the dockers are portrayed as "thuggish"': in a report of what someone said or
                # wrote, marks round the word cite that wording: it is quoted
                voice = "quoted"
            elif held_off is not None and cand.entry is not None and held_off == chars:
                # "Veltrix unveils 'revolutionary' headset": the marks hold the word off; it
                # is not stated as description, so the mark is the scare quote's
                cand = replace(cand, entry=None, quote_span=chars)
            elif held_off is not None and cand.entry is not None:
                # 'Ending "the scourge of want" is the charter's aim', 'the deputy is "even
                # more pompous"': the marks hold a phrase that is somebody's wording, not a word
                # the outlet holds off, so the term is borrowed: the quoted voice
                voice = "quoted"
            if voice == "outlet" and cand.entry is not None:
                own_words.add(cand.entry.term)
            if cand.entry is not None and cand.entry.rule in OUTLET_ONLY and voice != "outlet":
                continue
            if (
                cand.entry is not None
                and voice == "quoted"
                and _speakers_own(span, cand.entry, self.lexicon)
                and not _lifted(chars, lifted)
            ):
                continue
            if (
                cand.entry is not None
                and voice in ("quoted", "reported")
                and _own_feeling(span, cand.entry, self.lexicon)
            ):
                continue  # "she said she was horrified": the speaker's own state, not a framing
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
        return _anothers_label(span.root, self.lexicon, span.start)

    def _charged(self, cand: _Candidate, span: Span) -> bool:
        """The mark is in what a noun of accusation charges ("allegations of cronyism")."""
        if cand.charged is not None:
            return cand.charged
        return _charged(span.root, self.lexicon)

    def _title_case_hits(
        self, doc: Doc, found: list[_Candidate], lines: HeadingIndex
    ) -> list[_Candidate]:
        """Lexicon words in a title-case headline ("Harbour Board Faces Firestorm Over Unethical
        Sham"), found on a lower-case copy of the line (see ``headlines.py``).

        The copies are tagged and parsed together by the model's own components: not this
        package's (``cr_*``), which expect a whole article, nor the entity recogniser, which on
        a lower-case line takes common nouns for names ("campus commie"); the names that matter
        are worked out on the article itself. A word the line already has a mark on keeps it,
        and whether a label is pinned on someone by another, or is what an accusation charges
        ("Brings Allegations Of Pandering"), is read from the copy's parse.
        """
        titles = title_lines(lines, self.keys)
        if not titles:
            return []
        taken = {i for c in found for i in range(c.start, c.end)}
        skip = [n for n in self.nlp.pipe_names if n.startswith("cr_") or n == "ner"]
        hits: list[_Candidate] = []
        twins = self.nlp.pipe((x.lowered for x in titles), disable=skip)
        for line, twin in zip(titles, twins, strict=True):
            twin.user_data[HEADLINE_COPY_KEY] = True
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
                root = twin[cand.start : cand.end].root
                hits.append(
                    _Candidate(
                        span.start,
                        span.end,
                        cand.entry,
                        cand.priority,
                        labelled=_anothers_label(root, self.lexicon, cand.start),
                        charged=_charged(root, self.lexicon),
                    )
                )
        return hits

    def _lexicon_hits(self, doc: Doc, heading: Callable[[Span], bool]) -> Iterable[_Candidate]:
        kept: list[tuple[_Candidate, Token | None]] = []
        for entry, start, end in self.index.matches(doc):
            if not _context_ok(doc, start, end, entry, heading(doc[start].sent), self.lexicon):
                continue
            if not _used_as_tagged(doc, start, end, entry, self.lexicon):
                continue
            root = doc[start:end].root if entry.category in DENIABLE else None
            if root is not None and (
                _denied(root, self.lexicon)
                or _forbidden_label(root, self.lexicon)
                or _withheld_label(root, self.lexicon)
                or _denied_clause(root, self.lexicon)
                or _charge_on_the_speaker(root, self.lexicon)
                or _listed_question(root, self.lexicon)
            ):
                continue
            if _mentioned(doc, start, end, self.lexicon):
                continue
            if _title_of_work(doc, start, end, self.lexicon):
                continue
            if entry.category in PRAISE_OF_THINGS and (
                _remarks_on_a_fact(doc[start])
                or _names_a_class(doc[start])
                or _praise_as_a_verb(doc[start:end].root, entry)
            ):
                continue
            if entry.rule != "lexicon":
                found = RULES[entry.rule](doc, start, end, self.lexicon)
                if found is None:
                    continue
                start, end = found
            if entry.compound:
                start -= 2  # the mark covers the whole compound: "Trump-hating"
            kept.append((_Candidate(start, end, entry, _PRIORITY.get(entry.rule, 0)), root))
        # a "No" that answers a question is read against the marks kept in the answer
        loaded = frozenset(
            i
            for cand, _ in kept
            if cand.entry is not None and cand.entry.category not in PRAISE_OF_THINGS
            for i in range(cand.start, cand.end)
        )
        for cand, root in kept:
            if root is None or not _answered_no(root, loaded, self.lexicon):
                yield cand

    def _scare_quotes(self, doc: Doc, labels: Sequence[tuple[int, int]]) -> Iterable[_Candidate]:
        """Scare quotes worth a mark of their own. ``labels``, the quoted labels another gives
        ('called the mayor a "liar"'), are the labeller's words, not the writer's distance:
        their lexicon match, marked in the labeller's ("quoted") voice, wins over the scare
        quote, which stands only where no entry matched."""
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
            priority = 0 if q.span in labels else _PRIORITY["scare-quote"]
            yield _Candidate(span.start, span.end, None, priority, quote_span=q.span)

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
                note=(
                    self.lexicon.scare_quote_note
                    if voice == "outlet"
                    else self.lexicon.scare_quote_note_speaker or self.lexicon.scare_quote_note
                ),
                alternative=self.lexicon.scare_quote_alternative or None,
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
    """Drop a one-word match in a heading, or opening a sentence, that the article writes with
    a capital mid-sentence elsewhere: a heading capitalises every word and a sentence its first,
    so only the body shows that "Dictator" in "The Dictator Pope: A Reply" is part of a book's
    title (see ``headlines.py``), or that "Hoax" opening "Hoax then left the stage." is the band
    named in "the band Hoax"."""
    dropped = set()
    for c in candidates:
        if c.end - c.start != 1:
            continue
        tok = doc[c.start]
        if heading(tok.sent):
            if tok.lower_ in lines.capitalised:
                dropped.add(id(c))
        elif tok.is_sent_start and _title(tok) and _opens_on_a_name(tok, lines.prose_capitalised):
            dropped.add(id(c))
    return [c for c in candidates if id(c) not in dropped] if dropped else candidates


def _opens_on_a_name(tok: Token, names: set[str]) -> bool:
    """The sentence opens, at ``tok``, on a name the article writes with capitals mid-sentence
    elsewhere (``HeadingIndex.prose_capitalised``): one word ("Hoax then left the stage") or
    a run of them ("Thugs of Hindostan flopped")."""
    if tok.lower_ in names:
        return True
    words = [t.lower_ for t in tok.doc[tok.i : tok.sent.end]]
    return any(" " in name and words[: name.count(" ") + 1] == name.split(" ") for name in names)


def _without_shop_listings(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a match inside a shop's widget for a book that a copied page glued into the text
    ("Empire of Lies: How th... Jan Roe Best Price: $4.10 Buy New $12.99 (as of 10:05 EDT -
    Details)", ``furniture.shop_listings``): the words before the price labels are a product's
    title and its author, and a title loads nothing, as a quoted title does not. The article's
    words around the widget, before its title or after its "Details)", keep their marks."""
    listings = shop_listings(text_of(doc))
    if not listings:
        return candidates
    return [
        c
        for c in candidates
        if not any(a <= (c.quote_span or (doc[c.start].idx,))[0] < b for a, b in listings)
    ]


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


def _own_feeling(span: Span, entry: Entry, lexicon: Lexicon) -> bool:
    """'"I was terrified," she said', '"We are furious"': a speaker telling how they themselves
    felt is testimony about their own state, not wording that colours how someone or something
    else is seen; the same word of others ("the terrified residents") or of a thing ("a
    terrifying ordeal") is still marked. In reported speech the speaker's "I" is a "he" or
    "she" (``_speaker_in_reported_speech``)."""
    if entry.category not in FEELINGS:
        return False
    word = span.root
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # '"We are angry and horrified"': where the first feeling stands
    # a passive participle with its own subject is the feeling's verb: "she was horrified" in
    # "Roe said she was horrified by the cuts" as much as in "She was horrified."
    passive = word.tag_ == "VBN" and (
        word.dep_ == "ROOT" or any(c.dep_ == "nsubjpass" for c in word.children)
    )
    if word.dep_ not in ("acomp", "attr") and not passive:
        return (
            _reported_feeling(word, lexicon)
            or _after_own_clause(word)
            or _felt_by_me(word, lexicon)
        )
    verb = word.head if word.dep_ in ("acomp", "attr") else word
    if obliged(verb):
        return False  # "we should all be terrified": a feeling urged, not told of
    subject = _subject_of(verb)
    if subject is None:
        return _after_own_clause(word)
    if subject.lower_ in FIRST_PERSON:
        return True
    return word.dep_ != "attr" and _speaker_in_reported_speech(subject, verb, lexicon)


def _felt_by_me(word: Token, lexicon: Lexicon) -> bool:
    """'"It horrified me"', '"the verdict humiliated us"': a verb of causing a feeling
    (``[context] moving``) whose object is the speaker's "me" or "us" tells how the speaker
    felt, as "I was horrified" does. The same verb done to others ("it horrified the town"),
    and a verb of harm done to the speaker ("they brutalized us"), are still marked."""
    return (
        word.pos_ == "VERB"
        and _lemma(word) in lexicon.moving
        and any(
            c.dep_ == "dobj" and c.tag_ == "PRP" and c.lower_ in FIRST_PERSON for c in word.children
        )
    )


def _after_own_clause(word: Token) -> bool:
    """'"We are in mourning, horrified."': a feeling word with no subject of its own, set after a
    clause on it whose subject is "I" or "we" (the parser hangs the clause on the word), is
    that speaker's feeling as well."""
    if word.pos_ not in ("VERB", "ADJ") or _subject_of(word) is not None:
        return False
    return any(
        c.dep_ in ("ccomp", "conj", "parataxis")
        and c.i < word.i
        and (subject := _subject_of(c)) is not None
        and subject.lower_ in FIRST_PERSON
        for c in word.children
    )


def _reported_feeling(word: Token, lexicon: Lexicon) -> bool:
    """'saying she was "appalled"' where the participle heads its own clause."""
    if word.dep_ != "ccomp" or word.tag_ not in ("VBN", "JJ"):
        return False
    subject = _subject_of(word)
    return subject is not None and _speaker_in_reported_speech(subject, word, lexicon)


def _speaker_in_reported_speech(subject: Token, verb: Token, lexicon: Lexicon) -> bool:
    """'Rivera said she was "appalled"', 'Ann Roe clashed with him, saying she was "furious"':
    in indirect speech a speaker's "I" becomes "he" or "she" (pronouns.toml
    [third_person_subjects]), so a feeling said of that pronoun in the clause a verb of saying
    governs is the speaker telling of their own state, as '"I was appalled"' is. Not where a
    quotation mark comes between the verb and the clause, or the clause before its verb stands
    in an open quote (a direct quote's "she" is someone else: '"She is furious," he said'), nor
    where the speaker is known to be of the other gender ("Dan Roe said she was appalled"
    tells of another; "the minister said he was appalled" agrees). A noun ("members of his
    circle are 'horrified'") tells of others."""
    cues = cue_lexicon()
    if subject.lower_ not in cues.third_person_subjects or verb.dep_ != "ccomp":
        return False
    saying = verb.head
    if saying.pos_ != "VERB" or _lemma(saying) not in cues.verbs:
        return False
    doc = subject.doc
    if saying.i < subject.i:
        if any(t.is_quote for t in doc[saying.i + 1 : subject.i]):
            return False  # 'she said: "He was furious"'
    else:
        text = text_of(doc)
        line = text[text.rfind("\n", 0, subject.idx) + 1 : subject.idx]
        if sum(line.count(q) for q in '"\u201c\u201d') % 2:
            return False  # '"She was furious," he said': a direct quote's "she" is another
    speaker = _subject_of(saying)
    if speaker is None and saying.tag_ == "VBG" and saying.dep_ in ("advcl", "xcomp", "conj"):
        speaker = _subject_of(saying.head)  # "Roe clashed with him, saying she was ..."
    if speaker is None or not _one_person(speaker):
        return False  # "police said she was terrified": a body tells of someone else
    if role_lexicon().role_class(_lemma(speaker)) in lexicon.go_betweens:
        return False  # "the minister's spokesman said he was 'furious'": the principal's
    # the pronoun is the speaker unless the speaker is known to be of another gender ("Dan
    # Roe said she was appalled", "her father said she was ..."); after its verb, a role or a
    # name of unknown gender agrees ("the minister"); before it, only a known one does
    known = _gender_of(speaker)
    gender = cues.pronouns.get(subject.lower_)
    if saying.i > subject.i:
        return gender in ("male", "female") and known == gender
    return not (known in ("male", "female") and gender in ("male", "female") and known != gender)


def _one_person(tok: Token) -> bool:
    """The speaker may be one person, who calls themself "he" or "she": a person People found
    or a name after an honorific ("Dr Okafor", which the tagger may call an organisation); else
    not a plural ("police", "residents"), an organisation's, a place's or a group's name, or a
    noun for a body, a place or an institution ("the hospital": role_nouns.toml [not_person],
    [named_things] bodies and places)."""
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_PRONOUNS:
        return False
    if any(m.start <= tok.i < m.end for m in tok.doc.spans.get("cr_people", [])):
        return True  # a person People found, whatever the tagger called the name
    roles = role_lexicon()
    titled = (c for c in tok.children if c.dep_ == "compound")
    if any(c.lower_ in roles.honorifics or f"{c.lower_}." in roles.honorifics for c in titled):
        return True
    if tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return False
    word = _lemma(tok)
    return not any(
        word in words for words in (roles.not_person, roles.body_nouns, roles.place_nouns)
    )


def _gender_of(tok: Token) -> str:
    """The gender a speaker is known by: a gendered pronoun's, the person a name mention
    stands for (``cr_people.gender``) or a gendered role or kin noun's ("father", "chairman");
    "" when the text does not tell."""
    cues = cue_lexicon()
    if tok.lower_ in cues.pronouns:
        return cues.pronouns[tok.lower_]
    doc = tok.doc
    genders: dict[str, str] = doc.user_data.get(GENDER_KEY, {})
    for mention in doc.spans.get("cr_people", []):
        if mention.start <= tok.i < mention.end:
            gender = genders.get(mention._.cr_person_id or "", "")
            if gender:
                return gender
    # a gendered role or kin noun ([gendered] in role_nouns.toml: "her father", "the chairman")
    return role_lexicon().gendered.get(tok.lower_, "") or role_lexicon().gendered.get(
        _lemma(tok), ""
    )


# subjects of "feel" that are no one's feelings: "it feels rushed" is the writer's impression
IMPERSONAL = frozenset({"it", "this", "that", "which", "what", "there"})
# the forms of "feel" (the small model gives "felt" as its own lemma where it parses it as an
# auxiliary: "felt betrayed" as a passive)
FEEL = frozenset({"feel", "feels", "felt", "feeling"})
# dependency labels of the word that completes "feel" ("felt betrayed", "feels threatened")
FEEL_COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "ccomp", "attr"})


def _anothers_feeling(span: Span, entry: Entry, lexicon: Lexicon) -> bool:
    """'Many residents felt betrayed', 'the crew feels threatened': a word of feeling that
    completes "feel" says how its subject felt, which the writer reports; it is not the
    writer's own charge or alarm ("the mayor betrayed residents", "a threatening letter"). The
    word is a participle of an experienced state or a word of feeling (``FEELINGS``), and the
    subject is someone else: a third-person pronoun, a name, a people noun or a plural noun;
    not "I" or "we" (the writer's own feeling, still the outlet's) nor "it" ("it felt
    rushed")."""
    word = span.root
    if word.dep_ in FEEL_COMPLEMENTS and word.head.lower_ in FEEL:
        verb = word.head
    elif any(c.dep_ in ("aux", "auxpass") and c.lower_ in FEEL for c in word.children):
        verb = word  # the small model sometimes parses "felt betrayed" as a passive
    else:
        return False
    if word.tag_ != "VBN" and entry.category not in FEELINGS:
        return False
    subject = _subject_of(verb)
    if subject is None or subject.lower_ in FIRST_PERSON | IMPERSONAL | {"you"}:
        return False
    return (
        subject.pos_ in ("PRON", "PROPN")
        or subject.ent_type_ in PEOPLE_ENTS
        or subject.tag_ in ("NNS", "NNPS")
        or _lemma(subject) in lexicon.people
    )


def _a_charge(word: Token, lexicon: Lexicon) -> bool:
    """The word is in the "of" or "for" phrase of a verb of labelling ("accused the leader of
    having ranted at staff", "blasted him for gushing"): the charge as the accuser gives it,
    however the parse hangs the phrase; not a relative clause inside it, which tells of someone
    else ("praised the mayor for ignoring the critics who had slammed him")."""
    tok = word
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return False
        a = tok = tok.head
        if a.dep_ != "prep" or a.lower_ not in ("of", "for"):
            continue
        verb = a.head.head if a.head.dep_ == "dobj" else a.head  # "accused the leader of ..."
        if verb.pos_ != "VERB" or _lemma(verb) not in lexicon.labelling:
            continue
        if not (a.lower_ == "for" and _lemma(verb) == "call"):  # "called for" asks
            return True
    return False


def _writers_comment(span: Span, entry: Entry, lexicon: Lexicon) -> bool:
    """An adverb of the writer's comment on the news ([context] comments: "shockingly",
    "tragically") on the verb of a reported clause: "Vant has shockingly quit the band, insiders
    claim" reports what the insiders claim, but how the news should strike the reader is the
    teller's framing, so the adverb stays the outlet's. It stands before the verb, where a
    comment on the whole clause goes. An adverb of manner, before the verb or after it ("critics
    say the minister recklessly ignored the warnings", "told them to lie brazenly"), tells how
    the reported act was done and stays the source's. An adverb on an adjective ("said the
    bridge was undeniably unsafe") grades the speaker's verdict and stays theirs, and a [stance]
    word (a speaker's "clearly") is the speaker's own hedge, as before."""
    word = span.root
    return (
        word.lower_ in lexicon.comments
        and entry.rule not in OUTLET_ONLY
        and word.pos_ == "ADV"
        and word.dep_ == "advmod"
        and word.head.pos_ in ("VERB", "AUX")
        and word.i < word.head.i  # after the verb it tells the manner: "lied brazenly"
    )


def _pointing_back(span: Span) -> bool:
    """The mark is a noun with a definite determiner ("the thug", "this crook"): where the
    outlet has already used the word in its own voice, such a phrase inside someone's reported
    speech or feeling ("locals were furious that the thug had been freed") points back to the
    one the outlet named so, in the outlet's word. A label given with "a" ("called him a thug")
    or none ("branded them thugs") is the labeller's own."""
    word = span.root
    return word.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in word.children
    )


def _in_reported_content(span: Span) -> bool:
    """A scare quote inside the content clause of a noun of saying ('debunked a rumour that a
    "rigged" ballot box was found', 'the claim that the "reforms" failed'): the quotation
    marks give the word as the rumour's or the claim's, whose source the sentence reports, so
    it is reported, not the writer holding a word of their own at a distance. A relative clause
    on the noun ("the report that the "experts" wrote") is not its content: there the
    relative word stands for the noun as object."""
    nouns = cue_lexicon().nouns
    tok = span.root
    while tok.head.i != tok.i:
        clause = tok
        tok = tok.head
        if clause.dep_ in ("acl", "relcl", "ccomp") and tok.pos_ == "NOUN":
            return _lemma(tok) in nouns and _content_clause(clause)
    return False


def _content_clause(verb: Token) -> bool:
    """The clause says what the noun holds (a "that" clause with a subject of its own), rather
    than being a relative clause whose relative word is the verb's object."""
    lex = cue_lexicon()
    relative = [c for c in verb.children if c.lower_ in lex.relatives]
    if any(c.dep_ in ("dobj", "pobj") for c in relative):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in lex.subject_relatives
        for c in verb.children
    )


def _without_praise_of_labels(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """'a world-class hypocrite', 'an amazing liar': a word of praise that modifies a label of
    the lexicon intensifies the insult; it praises no one, so only the label is marked."""
    labels = {
        i
        for c in candidates
        if c.entry is not None and c.entry.category not in PRAISE_OF_THINGS
        for i in range(c.start, c.end)
    }
    if not labels:
        return candidates
    kept: list[_Candidate] = []
    for cand in candidates:
        if cand.entry is not None and cand.entry.category in PRAISE_OF_THINGS:
            target = _described(doc[cand.start : cand.end].root)
            if target is not None and target.i in labels:
                continue
        kept.append(cand)
    return kept


def _praise_as_a_verb(tok: Token, entry: Entry) -> bool:
    """A word of praise used as a verb with an object ("kept dazzling the press", see
    ``_verb_with_object``), where the entry is not that verb itself: "writers lionised him"
    is the entry "lionize" in its own sense."""
    return _verb_with_object(tok) and _lemma(tok) not in (entry.term, *entry.forms)


def _speakers_own(span: Span, entry: Entry, lexicon: Lexicon) -> bool:
    """Entries whose use inside a speaker's quoted words is the speaker talking, not loading.
    Hype is a claim for a product or a measure ('"This is a game-changer," the chief executive
    said') and is marked, but not where it praises a person or a person's work ('"Her research
    was groundbreaking," her student said'), which is the speaker's praise as "brave" is."""
    if entry.term in lexicon.hype:
        return _of_a_person(span, lexicon)
    return entry.category in NOT_QUOTED or entry.rule in HEDGES_NOT_QUOTED


def _of_a_person(span: Span, lexicon: Lexicon) -> bool:
    """The word is said of a person or of what a person owns or did: its noun, or the subject
    it is the predicate of, is a person ("she is groundbreaking"), or has a person as its
    owner ("her research", "the surgeon's work"). "Our new phone" is a company's claim, and
    so is "their new vaccine", unless the sentence says the words are of people ('"Their
    research is groundbreaking," the dean said of the two chemists'; ``_said_of_people``);
    "their daughter" is a person by the noun."""
    word = span.root
    target = _described(word)
    if target is None and word.dep_ == "attr":
        target = _subject_of(word.head)  # '"Her work is a game-changer"'
    if target is None and word.pos_ == "VERB":
        target = _subject_of(word)  # "was groundbreaking" read as a verb
    if target is None:
        return False
    if _a_person(target, lexicon):
        return True
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.lower_ == "their":
        return _said_of_people(span, lexicon)
    # "her research", "his work": a pronoun of one man or woman (pronouns.toml)
    return owner.lower_ in third_person_pronouns() or _a_person(owner, lexicon)


def _said_of_people(span: Span, lexicon: Lexicon) -> bool:
    """The sentence says whom its words are about, and they are people: a verb with "of" and
    a person or people ('the coach said of the Roe sisters', 'the dean said of her students')."""
    for tok in span.sent:
        if tok.lower_ != "of" or tok.dep_ != "prep" or tok.head.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None and _a_person(obj, lexicon):
            return True
    return False


def _held_off(
    chars: tuple[int, int], scare: Sequence[tuple[int, int]], text: str
) -> tuple[int, int] | None:
    """The words of the scare quote (quotation marks nobody is quoted as speaking from) that hold
    the mark, without the punctuation inside the marks ('the usual "time bombs,"'), or None."""
    for start, end in scare:
        if start <= chars[0] and chars[1] <= end:
            words = text[start:end]
            lead = len(words) - len(words.lstrip(_TRIM))
            return start + lead, start + len(words.rstrip(_TRIM))
    return None


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Where matches overlap keep the "so-called" or scare-quote one, else the longer one;
    return them in text order."""
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
