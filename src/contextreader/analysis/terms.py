"""Find lexicon terms in a doc: spaCy's ``PhraseMatcher`` on lower-case words and on lemmas;
and fit an entry's alternative to the form of the word it replaces (``AlternativeFitter``).

``TermMatcher`` is built once per pipeline (by the ``cr_loaded`` component) and answers one
question: where in a doc does each lexicon entry occur? Whether a match is a loaded use is decided
later, by the context rules in ``loaded.py``.

How an entry matches:

* its ``term`` and every one of its ``forms`` match as written, case aside ("Regime" in a title,
  "WITCH HUNT"): a ``PhraseMatcher`` on ``LOWER``;
* an entry with ``match = "lemma"`` (the default) also matches the inflections of its words
  ("smeared", "smears" for "smear"; "witch hunts" for "witch hunt"): a second ``PhraseMatcher``,
  on ``LEMMA``. Its pattern docs are made directly with ``Doc(vocab, words=..., lemmas=...)``,
  the term's words being its lemmas, so building the matcher runs no pipeline;
* a listed form with a hyphen ("rubber-stamp" for "rubber stamp") inflects as its term does
  ("rubber-stamped"), for an entry matched by lemma; other forms match only as written;
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

from contextreader.analysis.inflect import (
    base_forms,
    doubles,
    lemmatizer_tables,
    past,
    present_participle,
    third_person,
)
from contextreader.analysis.lexicon import Entry

# prefix of the match labels in the shared string store, so they cannot clash with other labels
LABEL_PREFIX = "cr_term"
# the parts of speech a word of a multi-word term may have in a doc, for its possible lemmas
VARIANT_POS = ("NOUN", "VERB", "AUX", "ADJ", "ADV")

Lemmatize = Callable[[Token], list[str]]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """What one match label stands for."""

    entry: Entry
    words: tuple[str, ...]  # lower case
    pos: frozenset[str]  # the POS a one-word match must have (empty: any)
    order: int  # the order the pattern was added in: lexicon order, a term before its forms


class TermMatcher:
    """Every place a doc holds a lexicon term or one of its forms (see the module docstring)."""

    def __init__(self, nlp: Language, entries: Iterable[Entry]) -> None:
        self.vocab = nlp.vocab
        self.written = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.patterns: dict[int, _Pattern] = {}
        self._lemmatize = _lemmatizer(nlp)
        self._options: dict[str, list[str]] = {}  # a word's possible lemmas, found once
        for entry in entries:
            words = tuple(t.lower_ for t in nlp.make_doc(entry.term))
            pos = entry.pos if len(words) == 1 else frozenset()
            self._add(words, entry, pos, by_lemma=entry.match == "lemma")
            for form in entry.forms:
                words = tuple(t.lower_ for t in nlp.make_doc(form))
                # a hyphened spelling of an inflecting term inflects too ("rubber-stamped")
                hyphened = entry.match == "lemma" and "-" in words
                self._add(words, entry, frozenset(), by_lemma=hyphened)

    def _add(
        self, words: tuple[str, ...], entry: Entry, pos: frozenset[str], by_lemma: bool
    ) -> None:
        """One label per pattern, so a match names its entry and whether POS applies."""
        label = f"{LABEL_PREFIX}:{len(self.patterns)}"
        key = self.vocab.strings.add(label)
        self.patterns[key] = _Pattern(entry, words, pos, len(self.patterns))
        self.written.add(label, [Doc(self.vocab, words=list(words))])
        if by_lemma:
            docs = [
                Doc(self.vocab, words=list(words), lemmas=list(lemmas))
                for lemmas in self._variants(words)
            ]
            self.lemmas.add(label, docs)

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
            if len(pat.words) == 1 or _fits(doc[start:end], pat.words):
                found.append((start, pat, end))
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


# -- fitting an alternative to the word it replaces ----------------------------------------

# the grammar words that end the head of a noun alternative: "supporter of international
# cooperation", "report that critics call incomplete" (the head is the word before); a
# participle ends it too ("person accused of fraud", "child born in ...")
# fmt: off
_HEAD_ENDS = frozenset({
    "of", "who", "that", "which", "on", "in", "to", "for", "with", "from", "about", "at", "by",
    "as", "or", "and",
})
_ARTICLES = frozenset({"a", "an"})
# grammar words that may follow a verb in a verb phrase alternative ("play down", "use
# against"); an adverb in "-ly" may too ("say loudly")
_AFTER_VERBS = _HEAD_ENDS | _ARTICLES | frozenset({
    "the", "down", "up", "out", "off", "back", "away", "through", "over", "into", "against",
})
# fmt: on
# determiners of one countable thing: "a thug", "this crony"
_ONE = frozenset({"a", "an", "one", "each", "every", "this", "that", "another"})
_VERB_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


class AlternativeFitter:
    """Fit an entry's alternative to the form of the word it replaces: "cronies" -> "associates"
    (from "associate"), "fearmongering" -> "warning ...", "smeared" -> "criticized".

    An alternative is written as a wording for the lemma: a noun phrase in the singular, a verb
    phrase in the base form. Its head (the noun before a preposition or relative, or the verb
    that opens a verb phrase) takes the number of a plural noun, or the -ing, past or third
    person form of a verb. A piece of advice ("describe the act") and a word the model does not
    know as a noun or a verb in its base form are left as written. The forms are made by the
    ordinary English spelling rules; irregular verbs come from the lexicon's ``verb_forms``,
    then the lemmatizer's own exceptions (read backwards), irregular plurals from the lexicon's
    ``plurals`` pairs.
    """

    def __init__(
        self,
        nlp: Language,
        plurals: dict[str, str],
        advice: frozenset[str],
        verb_forms: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        self.plurals = plurals
        self.verb_forms = verb_forms or {}
        self.singulars = {p: s for s, p in plurals.items()}
        self.advice = advice
        self.nouns = base_forms(nlp, "noun")
        self.verbs = base_forms(nlp, "verb")
        self.irregular: dict[str, list[str]] = {}  # base -> its irregular forms
        lookups = lemmatizer_tables(nlp)
        if lookups is not None and lookups.has_table("lemma_exc"):
            for form, bases in lookups.get_table("lemma_exc").get("verb", {}).items():
                for base in bases:
                    self.irregular.setdefault(base, []).append(form)
        self.irregular_forms = frozenset(f for forms in self.irregular.values() for f in forms)

    def fit(self, alternative: str | None, tok: Token) -> str | None:
        """The alternative with its head in the form of ``tok``; each "/" choice on its own."""
        if alternative is None:
            return None
        verb = tok.tag_ in _VERB_TAGS and tok.pos_ in ("VERB", "AUX")
        if not verb and tok.tag_ not in _PLURAL_TAGS | {"NN"}:
            return alternative
        # a count noun in the singular ("a thug") takes a singular alternative ("attacker"); a
        # singular without such a determiner may be a mass noun ("carnage": "deaths")
        one = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _ONE for c in tok.children)
        pieces = [self._piece(p, tok.tag_, verb, one) for p in alternative.split(" / ")]
        return " / ".join(pieces)

    def _piece(self, piece: str, tag: str, verb: bool, singular: bool = False) -> str:
        words = piece.split(" ")
        if words[0] in self.advice:
            return piece
        if verb:
            if words[0] in self.verbs and not self._noun_phrase(words):
                words[0] = self.verb_form(words[0], tag)
            return " ".join(words)
        if self._verb_phrase(words):
            return piece  # "made false statements", "accused of fraud", "criticised as ..."
        plural = tag in _PLURAL_TAGS
        if not plural and not singular:
            return piece
        if plural and len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]  # "a disputed claim" -> "disputed claims"
        h = _head_index(words, self.irregular_forms)
        if h is None:
            return " ".join(words)
        word = words[h].rstrip(",")
        if word.endswith(("ed", "ing")):
            return " ".join(words)
        fitted = self.plural(word) if plural else self.singular(word)
        words[h] = words[h].replace(word, fitted, 1)
        return " ".join(words)

    def _verb_phrase(self, words: list[str]) -> bool:
        """A noun's alternative that is a verb or a participle with what follows it ("made
        false statements", "accused of fraud", "objected"), not a participle describing a noun
        ("committed supporter", "accused abuser")."""
        if words[0] in self.irregular_forms:
            return True
        if not words[0].endswith(("ed", "ing")) or words[0] in self.nouns:
            return False
        return len(words) == 1 or _after_verb(words[1])

    def _noun_phrase(self, words: list[str]) -> bool:
        """'job cuts', 'report critics call incomplete': a first word that may be a noun or a
        verb, followed by a word that is not a particle, preposition or article, opens a noun
        phrase ("push through", "make a false statement", "play down" are verb phrases)."""
        return len(words) > 1 and words[0] in self.nouns and not _after_verb(words[1])

    def plural(self, noun: str) -> str:
        """'associate' -> 'associates', 'ally' -> 'allies', 'person' -> 'people'; a word that is
        not a noun in its singular ("disloyal", "critics") is left alone."""
        if noun in self.plurals:
            return self.plurals[noun]
        if noun not in self.nouns or noun in self.singulars:
            return noun
        if noun.endswith("s") and (noun[:-1] in self.nouns or noun[:-2] in self.nouns):
            return noun  # already plural: "large numbers"
        if noun.endswith("o"):
            return noun + "s"  # "photos", "memos" (irregular "-oes" plurals are in the data)
        return third_person(noun)

    def singular(self, noun: str) -> str:
        """'attackers' -> 'attacker' where the alternative is plural and the word replaced is
        not; only a regular plural of a known noun is changed ("people" stays: "sheeple")."""
        if noun in self.nouns or not noun.endswith("s"):
            return noun
        for stem in (noun[:-3] + "y" if noun.endswith("ies") else "", noun[:-2], noun[:-1]):
            if stem and stem in self.nouns and self.plural(stem) == noun:
                return stem
        return noun

    def verb_form(self, base: str, tag: str) -> str:
        """The -ing (VBG), past (VBD, VBN) or third person (VBZ) form of a verb's base form."""
        if base == "be":
            return {"VBG": "being", "VBD": "was", "VBN": "been", "VBZ": "is"}[tag]
        if tag == "VBZ":
            if base == "have":
                return "has"
            return third_person(base)
        if base in self.verb_forms and tag in ("VBD", "VBN"):
            past_form, participle = self.verb_forms[base]
            return past_form if tag == "VBD" else participle
        forms = self.irregular.get(base, [])
        if tag == "VBG":
            ing = [f for f in forms if f.endswith("ing")]
            return ing[0] if ing else present_participle(base, doubles(base))
        pasts = sorted(f for f in forms if not f.endswith(("ing", "s")))
        if not pasts:
            return past(base, doubles(base))
        participles = [f for f in pasts if f.endswith(("n", "ne"))]
        if tag == "VBN" and participles:
            return participles[-1]
        simple = [f for f in pasts if f not in participles] or pasts
        return simple[0]


def _after_verb(word: str) -> bool:
    """A word that may follow the verb of a verb phrase: a particle, preposition or article,
    or an adverb in "-ly" ("say loudly", "react strongly")."""
    return word in _AFTER_VERBS or (word.endswith("ly") and len(word) > 4)


def _head_index(words: list[str], irregular: frozenset[str] = frozenset()) -> int | None:
    """The head of a noun alternative: the last word before a preposition, a relative, a
    participle (``irregular``: the irregular forms of verbs, "born") or a comma ("supporter of
    ...", "person accused of ...", "child born in ...", "disloyal, according to ...")."""
    h = len(words) - 1
    for i, word in enumerate(words):
        participle = (word.endswith(("ing", "ed")) or word in irregular) and i + 1 < len(words)
        if i and (word in _HEAD_ENDS or participle):
            h = i - 1
            break
        if word.endswith(","):
            h = i
            break
    return h if h >= 0 else None
