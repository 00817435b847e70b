"""Find lexicon terms in a doc: spaCy's ``PhraseMatcher`` on lower-case words and on lemmas.

``TermMatcher`` is built once per pipeline (by the ``cr_loaded`` component) and answers one
question: where in a doc does each lexicon entry occur? Whether a match is a loaded use is decided
later, by the checks in ``names.py``, ``mentions.py`` and ``denial.py`` and the entry's context
rule in ``rules/`` (see ``component.py``). Fitting an entry's alternative to the matched word is
``alternatives.py``.

How an entry matches:

* its ``term`` and every one of its ``forms`` match as written, case aside ("Regime" in a title,
  "WITCH HUNT"): a ``PhraseMatcher`` on ``LOWER``;
* an entry with ``match = "lemma"`` (the default) also matches the inflections of its words
  ("smeared", "smears" for "smear"; "witch hunts" for "witch hunt"): a second ``PhraseMatcher``,
  on ``LEMMA``. Its pattern docs are made directly with ``Doc(vocab, words=..., lemmas=...)``,
  the term's words being its lemmas, so building the matcher runs no pipeline;
* a listed form with a hyphen ("rubber-stamp" for "rubber stamp") inflects as its term does
  ("rubber-stamped"), for an entry matched by lemma; other forms match only as written. A noun
  inflects on its last word only ("sell-outs"), so the hyphened form of an entry that is only a
  noun keeps its other words as written: "sold-out" (tickets gone) is no form of "sell-out";
* a two-word verb and particle matched by lemma whose entry says ``split = true`` also matches
  with the verb's object between them ("rammed the budget through" for "ram through"), as the
  parser links them (a "prt", or a preposition after the verb's direct object: "rammed the
  bill through parliament"); other phrasal entries never take an object there ("hit the ball
  out" is not "hit out");
* a POS restriction (``pos``) applies to a one-word term, checked after matching; ``forms`` are
  spellings the curator listed and match whatever their POS.

Why two ``PhraseMatcher`` s, not spaCy's ``Matcher``: the ``Matcher`` with a token pattern per
entry and form was the slowest step of the whole analysis, while a ``PhraseMatcher`` looks every
pattern up in one pass over the doc, whatever the size of the lexicon. Measured against the
hand-made first-word index it replaced (same matches on 297 PTC and 84 PolNeAR articles): about
ten times faster per doc (2.5 ms instead of 50 ms on a 30,000-token article), for 0.1-0.25 s more
when the pipeline loads.

Words matched one by its form and the next by its lemma ("Left-wingers": "left" written as in
"left-winger", though its lemma is "leave", and "wingers" by its lemma "winger") need a pattern per
combination of lemmas: for a multi-word term the lemma matcher also gets, for each word, the
lemmas spaCy's lemmatizer would give that word as written (a table lookup per word and POS, not a
pipeline run) and its capitalised form (a proper noun's lemma is the word itself). Those variants
only propose matches: each word of a match must still be the term's word in its lower-case form
or its lemma, so "killed fields" is not "killing field".

The lemma matcher compares lemmas exactly, and spaCy's English lemmas are lower case except for
proper nouns and "I"; a proper noun's lemma is the word itself, so it is found by the ``LOWER``
matcher wherever it is written as the term ("Regime" in a title).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from contextreader.analysis.loaded.lexicon import Entry

# prefix of the match labels in the shared string store, so they cannot clash with other labels
LABEL_PREFIX = "cr_term"
# the parts of speech a word of a multi-word term may have in a doc, for its possible lemmas
VARIANT_POS = ("NOUN", "VERB", "AUX", "ADJ", "ADV")

# how many words on a phrasal verb's particle may stand ("rammed the new budget through")
SPLIT_GAP = 6

Lemmatize = Callable[[Token], list[str]]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """What one match label stands for."""

    entry: Entry
    words: tuple[str, ...]  # lower case
    pos: frozenset[str]  # the POS a one-word match must have (empty: any)
    order: int  # the order the pattern was added in: lexicon order, a term before its forms
    # a noun's hyphened form: only its last word may differ from the form as written
    last_inflects: bool = False


class TermMatcher:
    """Every place a doc holds a lexicon term or one of its forms (see the module docstring)."""

    def __init__(self, nlp: Language, entries: Iterable[Entry]) -> None:
        self.vocab = nlp.vocab
        self.written = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.patterns: dict[int, _Pattern] = {}
        self._lemmatize = _lemmatizer(nlp)
        self._options: dict[str, list[str]] = {}  # a word's possible lemmas, found once
        # (verb lemma, particle) of two-word terms that split round an object (``Entry.split``)
        self.phrasal: dict[tuple[str, str], _Pattern] = {}
        for entry in entries:
            words = tuple(t.lower_ for t in nlp.make_doc(entry.term))
            pos = entry.pos if len(words) == 1 else frozenset()
            key = self._add(words, entry, pos, by_lemma=entry.match == "lemma")
            if entry.split and entry.match == "lemma" and len(words) == 2:
                self.phrasal.setdefault(words, self.patterns[key])
            for form in entry.forms:
                words = tuple(t.lower_ for t in nlp.make_doc(form))
                # a hyphened spelling of an inflecting term inflects too ("rubber-stamped")
                hyphened = entry.match == "lemma" and "-" in words
                noun = hyphened and entry.pos == frozenset({"NOUN"})
                self._add(words, entry, frozenset(), by_lemma=hyphened, last_inflects=noun)

    def _add(
        self,
        words: tuple[str, ...],
        entry: Entry,
        pos: frozenset[str],
        by_lemma: bool,
        last_inflects: bool = False,
    ) -> int:
        """One label per pattern, so a match names its entry and whether POS applies; return
        the label's key."""
        label = f"{LABEL_PREFIX}:{len(self.patterns)}"
        key = self.vocab.strings.add(label)
        self.patterns[key] = _Pattern(entry, words, pos, len(self.patterns), last_inflects)
        self.written.add(label, [Doc(self.vocab, words=list(words))])
        if by_lemma:
            docs = [
                Doc(self.vocab, words=list(words), lemmas=list(lemmas))
                for lemmas in self._variants(words)
            ]
            self.lemmas.add(label, docs)
        return key

    def _variants(self, words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        """The lemma sequences a doc may give a term: the words themselves first, then for a
        multi-word term every mix of each word's possible lemmas (see the module docstring)."""
        yield words
        if len(words) == 1:
            return  # one word is matched by its form or its lemma, never a mix
        options = [self._lemmas_of(w) for w in words]
        for lemmas in itertools.product(*options):
            if lemmas != words:
                yield lemmas

    def _lemmas_of(self, word: str) -> list[str]:
        """The word, its capitalised form and the lemmas it would get as any of VARIANT_POS."""
        if word not in self._options:
            found = dict.fromkeys([word, word.capitalize()])
            if self._lemmatize is not None:
                as_each = Doc(self.vocab, words=[word] * len(VARIANT_POS), pos=list(VARIANT_POS))
                for tok in as_each:
                    found.update(dict.fromkeys(self._lemmatize(tok)))
            self._options[word] = list(found)
        return self._options[word]

    def matches(self, doc: Doc) -> Iterator[tuple[Entry, int, int]]:
        """Every (entry, start token, end token) the doc holds, each once, in text order.

        Among matches at the same token, those whose first word is written as in the pattern come
        before those found through a lemma, then lexicon order: a fixed order, so that of two
        equal matches the one spelled as written wins wherever an order decides.
        """
        found = []
        for key, start, end in self.written(doc):
            found.append((start, self.patterns[key], end))
        for key, start, end in self.lemmas(doc):
            pat = self.patterns[key]
            if pat.last_inflects and any(
                t.lower_ != w for t, w in zip(doc[start : end - 1], pat.words, strict=False)
            ):
                continue  # "sold-out": a noun's hyphened form inflects on its last word only
            if len(pat.words) == 1 or _fits(doc[start:end], pat.words):
                found.append((start, pat, end))
        found += self._split(doc)
        ranked = []
        for start, pat, end in found:
            if pat.pos and doc[start].pos_ not in pat.pos:
                continue
            by_lemma = pat.words[0] != doc[start].lower_
            ranked.append((start, by_lemma, pat.order, end, pat.entry))
        ranked.sort(key=lambda m: m[:4])
        seen: set[tuple[str, int, int]] = set()
        for start, _, _, end, entry in ranked:
            if (entry.key, start, end) not in seen:
                seen.add((entry.key, start, end))
                yield entry, start, end

    def _split(self, doc: Doc) -> list[tuple[int, _Pattern, int]]:
        """A phrasal verb whose particle stands after its object ("rammed the budget through"
        for "ram through"): the verb, its particle (a "prt" dependent, or a preposition after
        the verb's direct object, at most ``SPLIT_GAP`` words on) and the words between."""
        found = []
        for prt in doc:
            verb = prt.head
            if prt.dep_ not in ("prt", "prep") or not 1 < prt.i - verb.i <= SPLIT_GAP:
                continue
            pat = self.phrasal.get((verb.lemma_.lower(), prt.lower_))
            if pat is None:
                continue
            if prt.dep_ == "prep" and not any(
                c.dep_ == "dobj" and verb.i < c.i < prt.i for c in verb.children
            ):
                continue
            found.append((verb.i, pat, prt.i + 1))
        return found


def _fits(tokens: Iterable[Token], words: tuple[str, ...]) -> bool:
    """Each token is its word of the term, in its lower-case form or by its lemma."""
    return all(
        tok.lower_ == word or tok.lemma_.lower() == word
        for tok, word in zip(tokens, words, strict=True)
    )


def _lemmatizer(nlp: Language) -> Lemmatize | None:
    """The pipeline's lemmatizer as a function of one token, if it has a rule or lookup one."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    pipe = nlp.get_pipe("lemmatizer")
    found: Lemmatize | None = getattr(pipe, f"{getattr(pipe, 'mode', '')}_lemmatize", None)
    return found
