"""The lexicon of saying: verbs, nouns and adjectives that report speech or thought.

Loaded once from ``reporting_verbs.toml`` (validated, cached). Verbs are matched by lemma and by
written form; the forms are generated here (``regular_forms``) because the small model
lemmatises some of them wrongly ("hopes" -> "hop").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from contextreader.analysis.furniture import word_lists
from contextreader.analysis.inflect import VOWELS, past, present_participle, third_person
from contextreader.data import DataFileError
from contextreader.report import reporting_verbs

# words that may stand between a verb of saying and the colon that hands over its words:
# "Roe said on Monday:", "Roe sent out the following tweet:"
LEAD_COLON_WORDS = 5
# frames named by a preposition: the object of that preposition is what the verb reports
# ("called for a ban", "talked about the plan", "warned of a crisis")
PREP_FRAMES = frozenset({"about", "for", "of", "on", "to", "against", "over"})


@dataclass(frozen=True, slots=True)
class Mentions:
    """Words around a quote that make it a mention (a name or a term), not someone's words."""

    nouns: frozenset[str] = frozenset()  # "the term", "the phrase"
    participles: frozenset[str] = frozenset()  # lemmas: "called", "known as", "titled"
    with_as: frozenset[str] = frozenset()  # participles that name only with "as": "known as"
    modifiers: frozenset[str] = frozenset()  # "so-called"
    works: frozenset[str] = frozenset()  # "the book", "the film"
    addressed: frozenset[str] = frozenset()  # "told 'Morning Table'": the show spoken to
    things_do: frozenset[str] = frozenset()  # "a shirt that read 'X'": no one's words
    shown: frozenset[str] = frozenset()  # "found a note:": the note's words, not the finder's
    voiced: frozenset[str] = frozenset()  # "read a statement:": the reader's own words
    dwellings: frozenset[str] = frozenset()  # "the farm he called home": where he lived
    times: frozenset[str] = frozenset()  # "the year she called an election": when, no object
    time_takers: frozenset[str] = frozenset()  # "had time to say": the one who has it says it
    captions: frozenset[str] = frozenset()  # "posted a photo with the caption 'X'": the poster's
    posting: frozenset[str] = frozenset()  # lemmas: "post", "share": who puts words online


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Reporting verbs with their frames, nouns of saying, pronouns with gender."""

    verbs: dict[str, frozenset[str]]
    thought: frozenset[str]
    nouns: frozenset[str]
    pronouns: dict[str, str]
    inflections: frozenset[str]
    # the speaker's own words for themself ("I", "my", "ourselves"): pronouns.toml [first_person]
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()  # "you", "your": pronouns.toml [second_person]
    # "he", "she": pronouns for one person that open a clause ([third_person_subjects])
    third_person_subjects: frozenset[str] = frozenset()
    # "who", "whom", "which", "that": pronouns that open a clause about a noun before them
    # ([relatives]); subject_relatives leaves out the object-only "whom"
    relatives: frozenset[str] = frozenset()
    subject_relatives: frozenset[str] = frozenset()
    # "it", "there", "this", "that", "which": subjects that name no speaker
    # ([impersonal_subjects])
    impersonal_subjects: frozenset[str] = frozenset()
    # "nobody", "no", "few": first words of a subject that holds or says nothing ([no_one])
    no_one: frozenset[str] = frozenset()
    # nouns for an unnamed person a "he" or "she" may stand for, with a gender or ""
    antecedents: dict[str, str] = field(default_factory=dict)
    phrasal: frozenset[str] = frozenset()
    phrasal_heads: frozenset[str] = frozenset()
    noun_preps: frozenset[str] = frozenset()
    as_it: frozenset[str] = frozenset()
    title_small: frozenset[str] = frozenset()  # words a title leaves in lower case
    as_clause: frozenset[str] = frozenset()  # verbs whose "as X <verb>" aside reports its clause
    channels: frozenset[str] = frozenset()  # "on radio", "over the phone": where, not what about
    topic_prepositions: frozenset[str] = frozenset()  # "warns on crime": on/over a topic
    measure_determiners: frozenset[str] = frozenset()  # "by any measure": no agent
    contrasts: frozenset[str] = frozenset()  # ", while others said ...": a report of its own
    light_verbs: frozenset[str] = frozenset()  # "made the case that": the subject holds the noun
    adjectives: frozenset[str] = frozenset()  # "was certain that ...": the subject's mind
    forms: dict[str, str] = field(default_factory=dict)  # written form -> lexicon lemma
    # verbs whose object does not do what their infinitive says ("Roe promised Doe to call")
    subject_control: frozenset[str] = frozenset()
    # verbs that hold words back ("declined to say"): no one speaks through them
    withheld: frozenset[str] = frozenset()
    withheld_says: frozenset[str] = frozenset()  # "declined to comment": no words given
    # "will report its findings": an object that names no content ([placeholders])
    placeholders: frozenset[str] = frozenset()
    summons: frozenset[str] = frozenset()  # "was called to testify": summoned, no words
    # "not authorised to discuss it": what someone may say, not what they said ([permission])
    permission: frozenset[str] = frozenset()
    # verbs that things do as evidence ("Shares fell, suggesting ..."): [evidence]
    evidence: frozenset[str] = frozenset()
    # "plans to shut the library in a 'raid'": an intention, no words to quote ([unvoiced])
    unvoiced: frozenset[str] = frozenset()
    # "The old engine refused to start": verbs of will that need a subject with a mind ([minded])
    minded: frozenset[str] = frozenset()
    minded_things: frozenset[str] = frozenset()  # "the engine", "rain": nouns with no mind
    # "the programme", "the podcast": works that stand for their makers ([minded] makers)
    minded_works: frozenset[str] = frozenset()
    # "critics", "opponents": people known by their view (attribution_cues.toml [stance_agents]);
    # a name they give a thing is their label for it ("what critics called the Bedroom Tax")
    opinion_holders: frozenset[str] = frozenset()
    # verbs of attack (and "point") with the things their physical sense acts on ([physical])
    physical: dict[str, frozenset[str]] = field(default_factory=dict)
    # verbs that put a question to someone, and what is put ("was asked a question about X")
    questions: frozenset[str] = frozenset()
    # verbs of saying that raise a question without putting it to anyone ("wondered whether")
    wondering: frozenset[str] = frozenset()
    addressing: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    anonymity: frozenset[str] = frozenset()
    anonymity_cues: frozenset[str] = frozenset()
    # verbs that present their clause as fact ("knows that ..."): the writer's claim
    factive: frozenset[str] = frozenset()
    # verbs whose passive with a "to" clause presents it as established ("was revealed to be")
    factive_passive: frozenset[str] = frozenset()
    # verbs of hearsay that relay someone's words only in the passive ("is rumoured to be")
    hearsay: frozenset[str] = frozenset()
    # verbs whose object, when it is a company's results, is a figure ("reported profits")
    figures: frozenset[str] = frozenset()
    # irregular written forms of the verbs ("say" -> "said"), for other components' form tables
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns for groups, bodies and documents that can hold quoted words without a verb of saying
    speakers: frozenset[str] = frozenset()
    # quoted words that name a word, a work or a thing ("the term 'X'", "a rule known as 'X'")
    mentions: Mentions = field(default_factory=lambda: Mentions())

    def lemma(self, tok: Token) -> str:
        """The lexicon lemma of a verb: the parser's lemma when the lexicon knows it, else the
        one its written form points to (the small model lemmatises "hopes" as "hop")."""
        lemma = tok.lemma_.lower()
        if lemma in self.verbs or lemma in self.as_it or lemma in self.phrasal_heads:
            return lemma
        return self.forms.get(tok.lower_, lemma)

    def headline_form(self, word: str) -> str | None:
        """The lexicon lemma of a capitalised inflected verb form ("Tweeted", "Slams", "Warns")
        as headlines write them, else None. A bare lemma ("Mark", "Grant") may be a name."""
        low = word.lower()
        lemma = self.forms.get(low)
        if lemma is None or low == lemma or not word[:1].isupper():
            return None
        return lemma if low.endswith(("s", "ed")) and lemma in self.verbs else None

    def is_cue(self, tok: Token) -> bool:
        if tok.pos_ == "PROPN" and headline_verb(tok, self):
            return True
        if tok.pos_ not in ("VERB", "AUX") or _after_headline_verb(tok):
            return False
        lemma = self.lemma(tok)
        if lemma in self.verbs:
            return True
        if lemma in self.as_it:
            return _as_it_aside(tok)
        return lemma in self.phrasal_heads and any(
            # the parser calls the particle "prt" or, as often, "advmod" ("shot back"); the
            # adjective of "made clear that ..." is an object predicate ("oprd")
            (c.dep_ in ("prt", "advmod", "oprd", "acomp") or _clause_adjective(c))
            and f"{lemma} {c.lower_}" in self.phrasal
            for c in tok.children
        )

    def frames(self, tok: Token) -> frozenset[str]:
        return self.verbs.get(self.lemma(tok), frozenset())

    def summoned(self, tok: Token) -> bool:
        """True for a verb of [summons] with a "to" clause that, in the passive (which the
        caller checks), summons someone, no words passed on ("police were called to move the
        crowd"). "was called on/upon to resign" is a demand, and reports."""
        kids = list(tok.children)
        return (
            self.lemma(tok) in self.summons
            and any(c.dep_ == "xcomp" for c in kids)
            and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in kids)
        )


@cache
def cue_lexicon() -> CueLexicon:
    """Load and check ``reporting_verbs.toml`` and ``pronouns.toml`` (and attribution_cues.toml
    [stance_agents]) once."""
    raw = reporting_verbs()
    known = {"object", "infinitive", "quote", "as"} | PREP_FRAMES
    verbs: dict[str, frozenset[str]] = {}
    for section in ("speech", "thought"):
        for lemma, frames in raw[section].items():
            if not set(frames) <= known:
                raise DataFileError(f"reporting_verbs.toml: {lemma}: unknown frame in {frames}")
            verbs[lemma] = frozenset(frames)
    irregular: dict[str, list[str]] = raw["irregular"]
    phrasal_heads = frozenset(v.split()[0] for v in raw["phrasal"]["verbs"])
    as_it = frozenset(raw["as_it"]["verbs"])
    forms = form_table([*verbs, *phrasal_heads, *as_it], irregular)
    said = {f for v in raw["speech"] for f in [*irregular.get(v, []), past(v), third_person(v)]}
    pron_lists, pron_file = word_lists("pronouns.toml", _PRONOUN_LISTS)
    pron = pron_file["pronouns"]
    ante = pron_file["antecedents"]
    antecedents = {str(w): "" for w in ante["words"]} | {
        str(k): str(v) for k, v in ante["gender"].items()
    }
    if not set(antecedents.values()) <= {"", "male", "female"}:
        raise DataFileError("pronouns.toml: [antecedents.gender] takes male or female")
    return CueLexicon(
        verbs=verbs,
        thought=frozenset(raw["thought"]),
        nouns=frozenset(raw["nouns"]["words"]),
        noun_preps=frozenset(raw["nouns"]["preps"]),
        pronouns={str(k): str(v) for k, v in pron.items()},
        first_person=_first_person_words(pron_lists["first_person"], pron),
        second_person=pron_lists["second_person"],
        third_person_subjects=pron_lists["third_person_subjects"],
        relatives=pron_lists["relatives"],
        subject_relatives=_subject_relatives(pron_lists["relatives"], pron_file),
        impersonal_subjects=pron_lists["impersonal_subjects"],
        no_one=pron_lists["no_one"],
        antecedents=antecedents,
        inflections=frozenset(said),
        phrasal=frozenset(raw["phrasal"]["verbs"]),
        phrasal_heads=phrasal_heads,
        as_it=as_it,
        title_small=frozenset(raw["titles"]["small_words"]),
        as_clause=frozenset(raw["as_clause"]["verbs"]),
        channels=frozenset(raw["as_clause"]["channels"]),
        topic_prepositions=checked_list(raw, "as_clause", "topic_prepositions"),
        measure_determiners=checked_list(raw, "as_clause", "measure_determiners"),
        contrasts=checked_list(raw, "contrasts", "marks"),
        light_verbs=frozenset(raw["nouns"].get("light_verbs", [])),
        adjectives=frozenset(raw["adjectives"]["words"]),
        forms=forms,
        subject_control=frozenset(raw["subject_control"]["verbs"]),
        withheld=frozenset(raw["withheld"]["verbs"]),
        withheld_says=checked_list(raw, "withheld", "says"),
        placeholders=checked_list(raw, "placeholders", "nouns"),
        summons=_cue_lemmas(raw, "summons", verbs),
        permission=frozenset(raw["permission"]["words"]),
        evidence=_cue_lemmas(raw, "evidence", verbs),
        unvoiced=_cue_lemmas(raw, "unvoiced", verbs),
        minded=_cue_lemmas(raw, "minded", verbs),
        minded_things=checked_list(raw, "minded", "things"),
        minded_works=checked_list(raw, "minded", "makers"),
        opinion_holders=word_lists("attribution_cues.toml", ("stance_agents",))[0]["stance_agents"],
        physical=physical_objects(raw["physical"]),
        questions=frozenset(raw["questions"]["verbs"]),
        wondering=_cue_lemmas(raw, "questions", verbs, "wondering"),
        addressing=frozenset(raw["addressing"]["verbs"]),
        question_nouns=frozenset(raw["questions"]["nouns"]),
        anonymity=frozenset(raw["anonymity"]["verbs"]),
        anonymity_cues=frozenset(raw["anonymity"]["cues"]),
        factive=frozenset(raw["factive"]["verbs"]),
        factive_passive=frozenset(raw["factive"]["passive"]),
        hearsay=frozenset(raw["hearsay"]["verbs"]),
        figures=frozenset(raw["figures"]["verbs"]),
        irregular={k: tuple(v) for k, v in irregular.items()},
        speakers=frozenset(raw["speakers"]["words"]),
        mentions=_mentions(raw["mentions"]),
    )


# the pronouns.toml lists of lower-case words the cue lexicon keeps
_PRONOUN_LISTS = (
    "first_person",
    "second_person",
    "third_person_subjects",
    "relatives",
    "impersonal_subjects",
    "no_one",
)


def _subject_relatives(words: frozenset[str], pron_file: dict[str, Any]) -> frozenset[str]:
    """pronouns.toml [relatives] words without its object_only ones, which must be among them."""
    object_only = frozenset(pron_file["relatives"]["object_only"])
    if not object_only < words:
        raise DataFileError("pronouns.toml: [relatives] object_only: words of the list only")
    return words - object_only


def _first_person_words(words: frozenset[str], pron: dict[str, str]) -> frozenset[str]:
    """pronouns.toml [first_person] words, the [pronouns] "self" ones among them."""
    missing = sorted(k for k, v in pron.items() if v == "self" and k not in words)
    if missing:
        raise DataFileError(f"pronouns.toml: [first_person] lacks {missing}")
    return words


def _cue_lemmas(
    raw: dict[str, Any], section: str, verbs: dict[str, frozenset[str]], key: str = "verbs"
) -> frozenset[str]:
    """A [section] list of verbs that narrows what some cues do: lower-case lemmas of verbs in
    [speech] or [thought], since a word no cue reads would never be looked up."""
    words = checked_list(raw, section, key)
    unknown = sorted(words - set(verbs))
    if unknown:
        raise DataFileError(
            f"reporting_verbs.toml: [{section}]: not a cue lemma ({key}): {unknown}"
        )
    return words


def checked_list(raw: dict[str, Any], section: str, key: str) -> frozenset[str]:
    """The list ``key`` of a reporting_verbs.toml [section], checked on load: non-empty,
    lower-case words only."""
    words = raw[section][key]
    if not words or not all(isinstance(w, str) and w == w.lower() and w for w in words):
        raise DataFileError(f"reporting_verbs.toml: [{section}]: lower-case words only ({key})")
    return frozenset(words)


def physical_objects(table: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The ``[physical]`` table as each verb's objects (the shared ``objects`` and its own
    ``verb_objects``); raise ``ValueError`` for a list that is not lower-case words or a
    ``verb_objects`` key that is not one of its verbs."""
    own = table["verb_objects"]
    for key, words in {"verbs": table["verbs"], "objects": table["objects"], **own}.items():
        if not isinstance(words, list) or not all(
            isinstance(w, str) and w and w == w.lower() for w in words
        ):
            raise DataFileError(f"reporting_verbs.toml: [physical] {key}: lower-case words only")
    unknown = sorted(set(own) - set(table["verbs"]))
    if unknown:
        raise DataFileError(f"reporting_verbs.toml: [physical.verb_objects] not a verb: {unknown}")
    shared = frozenset(table["objects"])
    return {v: shared | frozenset(own.get(v, ())) for v in table["verbs"]}


def _mentions(raw: dict[str, list[str]]) -> Mentions:
    """The [mentions] table, every list checked to be lower-case words."""
    out = {}
    keys = (
        "nouns",
        "participles",
        "with_as",
        "modifiers",
        "works",
        "addressed",
        "things_do",
        "shown",
        "voiced",
        "dwellings",
        "times",
        "time_takers",
        "captions",
        "posting",
    )
    for key in keys:
        words = raw[key]
        if not all(isinstance(w, str) and w == w.lower() and w for w in words):
            raise DataFileError(f"reporting_verbs.toml: [mentions] {key}: lower-case words only")
        out[key] = frozenset(words)
    return Mentions(**out)


def headline_verb(tok: Token, lex: CueLexicon) -> bool:
    """True for a verb form that a headline capitalises and the parser took for part of a name
    ("Mayor Slams Plan", "Roe Warns Of ..."): an inflected form of a reporting verb after a
    capitalised word of the same line, never a line's first word."""
    if tok.i == tok.sent.start or lex.headline_form(tok.text) is None:
        return False
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False  # "United States": a place's name
    prev = tok.doc[tok.i - 1]
    return prev.text[:1].isupper() and "\n" not in prev.text and _title_cased(tok.sent)


def _after_headline_verb(tok: Token) -> bool:
    """ "Roe Rebuffs Calls To Resign", "Roe Dismisses Claims That ...": in a title-case line the
    parser may take the headline's own verb for the last word of a name and the noun after it
    for the verb. True for a capitalised word right after a capitalised "-s" form that follows
    a person's name the article knows and is no part of it."""
    if tok.i < 2 or not tok.text[:1].isupper():
        return False
    prev = tok.doc[tok.i - 1]
    low = prev.lower_
    if not (prev.text[:1].isupper() and low.endswith("s") and not low.endswith(("ss", "'s"))):
        return False
    if not _title_cased(tok.sent):
        return False
    before = tok.doc[tok.i - 2]
    names = tok.doc.spans.get("cr_people", [])
    ends_name = any(m.end == before.i + 1 for m in names)
    return ends_name and not any(m.start <= prev.i < m.end for m in names)


def _title_cased(sent: Span) -> bool:
    """True for a line written in title case, as headlines are: most of its words longer than
    three letters are capitalised ("the United States said" in running text is not)."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _clause_adjective(tok: Token) -> bool:
    """ "made clear that ...", parsed with "clear" as the verb's clause and the "that" clause
    hung on the adjective: the adjective is the phrasal verb's particle."""
    return tok.dep_ == "ccomp" and tok.pos_ == "ADJ"


def phrasal_clause(tok: Token) -> Token | None:
    """The "that" clause under the adjective of "made clear that ..." parsed as a clause."""
    if not _clause_adjective(tok):
        return None
    return next(
        (
            c
            for c in tok.rights
            if c.dep_ == "ccomp"
            or (c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children))
        ),
        None,
    )


def _as_it_aside(tok: Token) -> bool:
    """ "as Roe puts it": the verb has "as" before it and "it" as its object."""
    kids = list(tok.children)
    has_as = any(c.lower_ == "as" and c.i < tok.i for c in kids) or (
        tok.i > 1 and tok.doc[tok.i - 2].lower_ == "as"
    )
    return has_as and any(c.lower_ == "it" and c.dep_ in ("dobj", "dep") for c in kids)


def form_table(lemmas: Iterable[str], irregular: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Written form -> lemma for every lemma: its irregular forms, then its regular ones. The
    first lemma to claim a form keeps it, so callers list their lemmas in a stable order."""
    forms: dict[str, str] = {}
    for lemma in lemmas:
        for form in [*irregular.get(lemma, ()), *regular_forms(lemma)]:
            forms.setdefault(form, lemma)
    return forms


def regular_forms(lemma: str) -> list[str]:
    """The lemma with its regular "-s", "-ed" and "-ing" forms.

    Where spelling may double the last consonant ("admit" -> "admitted", "plan" -> "planning")
    both spellings are listed: a form no one writes costs nothing in a lookup table.
    """
    if " " in lemma:
        return [lemma]
    out = [lemma, third_person(lemma), past(lemma), present_participle(lemma)]
    last = lemma[-1]
    if (
        len(lemma) >= 3
        and last not in VOWELS + "wxy"
        and lemma[-2] in VOWELS
        and lemma[-3] not in VOWELS
    ):
        out += [past(lemma, double=True), present_participle(lemma, double=True)]
    return out
