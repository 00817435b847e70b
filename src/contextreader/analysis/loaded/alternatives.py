"""Fit an entry's alternative to the form of the word it replaces ("cronies" -> "associates",
"slamming" -> "criticizing"), so the suggestion reads in the sentence as the marked word does.

The lexicon writes each alternative for the lemma: a noun phrase in the singular or a verb phrase
in the base form. ``AlternativeFitter`` finds the head of that phrase and inflects it like the
matched token (plural noun; -ing, past or third-person verb), with the spelling rules and
lemmatizer tables of ``analysis/inflect.py`` and the irregular plurals and verb forms the lexicon
lists. It is built once per pipeline by the ``cr_loaded`` component (``component.py``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from contextreader.analysis.inflect import (
    base_forms,
    doubles,
    lemmatizer_tables,
    past,
    present_participle,
    third_person,
)

# the grammar words that end the head of a noun alternative: "supporter of international
# cooperation", "person behind on payments", "report that critics call incomplete" (the head
# is the word before); a participle ends it too ("person accused of fraud", "child born in
# ..."). A comparison or a clause after them is left as written: "weaker than it looks", "name
# what it may lead to" never become "weaker than it look", "what it may leads to"
# fmt: off
_HEAD_ENDS = frozenset({
    "of", "who", "that", "which", "on", "in", "to", "for", "with", "from", "about", "at", "by",
    "as", "or", "and", "than", "behind", "under", "without", "like", "what", "whose", "whom",
    "where", "when",
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
        verb = (
            tok.tag_ in _VERB_TAGS and tok.pos_ in ("VERB", "AUX") and not _compound_adjective(tok)
        )
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


def _compound_adjective(tok: Token) -> bool:
    """A participle that ends a hyphened adjective after an adjective or adverb ("full-blown",
    "hard-bitten", "well-heeled"): the compound describes, so its alternative is not made a
    verb ("full-blown": "full", never "fulled"); "rubber-stamped the plan" and "strong-armed the
    committee", with a subject, object or auxiliary, are still verbs."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "DET":
        return False  # "strong-armed the committee", however parsed
    return doc[tok.i - 2].pos_ in ("ADJ", "ADV")


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
