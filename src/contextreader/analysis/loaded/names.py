"""Checks every lexicon match passes first: the word is not part of a name, and not in the
neutral sense its entry excludes.

``_context_ok`` drops a word inside a proper name or named entity ("Regime Change Films"),
inside a longer capitalised name, or next to a word the entry lists in ``unless_prev`` /
``unless_next`` ("tax regime", "regime-change"), also where other words come between
(``_sense_set_by_phrase``: "the tax and customs regime", "the most devastating Kavarian
airstrike"). It keeps a capitalised set phrase the small model misread as a person ("this Rigged
Witch Hunt") and requires a hyphen before a compound entry ("Trump-hating"). A phrase made from
a name (``capital``: "Pandora's box") is part of a name only where one runs on past it.
``_used_as_tagged`` drops a verb or adjective entry the parser used as a noun modifier, and an
adjective entry standing as a bare mass noun ("oppose evil").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.inflect import FINITE_TAGS
from contextreader.analysis.loaded.lexicon import Entry, Lexicon
from contextreader.analysis.loaded.tokens import (
    NAME_ENTS,
    NOUN_MODIFIERS,
    _joining_hyphen,
    _lemma,
    _neighbour,
    _subject_of,
    _title,
    set_off,
)
from contextreader.analysis.people import role_lexicon
from contextreader.analysis.quotes.lexicon import cue_lexicon

# determiners a person's name does not take: "this Witch Hunt" is not a person
NOT_BEFORE_NAMES = frozenset({"this", "that", "these", "those", "a", "an", "such", "another"})


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


def _opening_capital(toks: Span) -> bool:
    """A phrase whose only capital is the one that opens its sentence ("Shell-shocked voters
    ...", where the tagger reads "Shell" as a company): the first word alone is tagged a name,
    and every word after it is in lower case. Not where a verb follows the name across a space
    ("Shell shocked investors with a cut": the company, then what it did); "Witch hunt claims
    ..." is still the phrase."""
    first = toks[0]
    if not first.is_sent_start or any(t.ent_type_ in NAME_ENTS for t in toks[1:]):
        return False
    if first.whitespace_ and len(toks) > 1 and toks[1].pos_ in ("VERB", "AUX"):
        return False
    if first.ent_iob_ == "B" and first.i + 1 < len(first.doc) and first.nbor(1).ent_iob_ == "I":
        return False
    return all(not t.text[:1].isupper() for t in toks[1:])


def _context_ok(
    doc: Doc, start: int, end: int, entry: Entry, in_heading: bool, lexicon: Lexicon
) -> bool:
    """Drop names and the technical senses the entry lists."""
    toks = doc[start:end]
    if entry.compound and not _second_half(doc, start):
        return False
    if end - start > 1 and not entry.compound and _second_half(doc, start):
        return False  # "a hard-hitting piece" holds no "hit piece": the phrase starts mid-word
    if end - start > 1:
        if entry.capital:
            # a phrase made from a name ("Pandora's box", "Never-Trumpers") keeps the name's
            # capital, which the small model takes for a name of its own; only a name running on
            # past the phrase makes it part of one ("the Never-Trumper Caucus")
            if _name_runs_on(doc, start, end) or _named_thing(toks, in_heading):
                return False
        elif _titled_work(toks, in_heading, lexicon):
            return False  # "Their best-known single, Mob Rule, was ...": the work's title
        elif (
            any(t.ent_type_ in NAME_ENTS for t in toks)
            and not _misread_person(doc, start, end)
            and not _opening_capital(toks)
        ):
            # a set phrase written with capitals for emphasis ("Witch Hunt", "Deep State") is
            # still the phrase unless the parser found a name around it
            return False
        after = doc[end] if end < len(doc) else None
        words = [t for t in toks if t.is_alpha] if entry.capital else list(toks)
        if after is not None and _title(after) and all(_title(t) for t in words):
            return False  # inside a longer capitalised name: "Witch Hunt Diaries"
    elif entry.capital:
        # "Orwellian" takes its capital from a name, and the small model often tags it as one
        # on its own; only a longer name around it ("the Orwellian Society") makes it part of one,
        # and outside headings so does a capitalised word after it ("Kafkaesque Days", a title)
        if any(_in_longer_name(t) for t in toks) or (not in_heading and _title_follows(toks[-1])):
            return False
    elif any(part_of_name(t, in_heading) for t in toks) or _titled_work(toks, in_heading, lexicon):
        return False  # a name, or a one-word title ("Hoax, a punk band from Leeds, played")
    before = _neighbour(doc, start - 1, -1)
    if before is not None and _lemma(before) in entry.unless_prev:
        # a verb sets the sense of its own object only: "fight extremists", not an adjective
        # of another object ("fight extremist judges")
        root = doc[start:end].root
        if not (before.pos_ == "VERB" and root.dep_ == "amod" and root.head.i != before.i):
            return False
    if any(
        _lemma(t) in entry.unless_next and not _its_verb(doc[start:end].root, t)
        for t in _next_words(doc, end)
    ):
        return False
    if _hyphened_next(doc, end) in entry.unless_next:
        return False  # "a devastating counter-attack": the compound, not its first half
    if any(_phrase_follows(doc, end, p) for p in entry.unless_next if " " in p):
        return False  # "a fool not to": the idiom, not "the fool not only lost"
    if any(_phrase_precedes(doc, start, p) for p in entry.unless_prev if " " in p):
        return False  # "gloom and doom": the idiom, as "doom and gloom" is
    return not _sense_set_by_phrase(doc[start:end].root, entry)


def _its_verb(root: Token, after: Token) -> bool:
    """The word after a match is the verb the match is the subject of, which says what the
    thing does and not which thing it is: "the hoax calls the count into doubt" is no hoax call.

    Not where the parse shows the word after is a noun all the same: it is itself a subject or
    an object ("the puppet shows at the fair drew large crowds"), or a finite verb hangs on it
    as its complement ("hoax calls waste police time") or as a clause with no subject or
    opener of its own ("hoax calls to the fire brigade rose by a third"); there the compound
    keeps its plain sense."""
    if not (after.pos_ in ("VERB", "AUX") and root.head.i == after.i and root.dep_ == "nsubj"):
        return False
    if after.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    return not any(c.tag_ in FINITE_TAGS and _verb_of_its_own(c) for c in after.children)


def _verb_of_its_own(verb: Token) -> bool:
    """A finite verb the parse hangs on another that is the sentence's real verb: a complement,
    or a clause without a subject, a conjunction or an adverb of its own to open it."""
    if verb.dep_ in ("xcomp", "dobj", "attr"):
        return True
    openers = ("nsubj", "nsubjpass", "mark", "advmod")
    return verb.dep_ in ("advcl", "ccomp") and not any(c.dep_ in openers for c in verb.children)


def _hyphened_next(doc: Doc, end: int) -> str | None:
    """The hyphened compound right after a match, its last word by lemma ("counter-attacks"
    is "counter-attack"), which the tokenizer splits into three tokens; None if none follows."""
    if end + 2 >= len(doc) or not _joining_hyphen(doc[end + 1]):
        return None
    first, last = doc[end], doc[end + 2]
    if not (first.is_alpha and last.is_alpha):
        return None
    return f"{first.lower_}-{_lemma(last)}"


def _phrase_follows(doc: Doc, end: int, phrase: str) -> bool:
    """The words of ``phrase`` stand right after the match, in turn, in lower case."""
    words = phrase.split()
    following = doc[end : end + len(words)]
    return len(following) == len(words) and [t.lower_ for t in following] == words


def _phrase_precedes(doc: Doc, start: int, phrase: str) -> bool:
    """The words of ``phrase`` stand right before the match, in turn, in lower case."""
    words = phrase.split()
    before = doc[max(0, start - len(words)) : start]
    return len(before) == len(words) and [t.lower_ for t in before] == words


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


def _in_longer_name(tok: Token) -> bool:
    """The token is one word of a named entity of several words."""
    if tok.ent_type_ not in NAME_ENTS:
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")


def _name_runs_on(doc: Doc, start: int, end: int) -> bool:
    """A named entity that holds the match also holds a word before it (an article aside: "the
    Never-Trumpers" is still the phrase) or after it: "the Pandora's Box Theatre"."""
    first, after = doc[start], doc[end] if end < len(doc) else None
    if after is not None and after.ent_iob_ == "I" and after.ent_type_ in NAME_ENTS:
        return True
    if first.ent_iob_ != "I" or first.ent_type_ not in NAME_ENTS:
        return False
    i = start - 1
    while i >= 0 and doc[i].ent_iob_ == "I":
        if doc[i].pos_ != "DET":
            return True
        i -= 1
    return i >= 0 and doc[i].ent_iob_ == "B" and doc[i].pos_ != "DET"


def _named_thing(toks: Span, in_heading: bool) -> bool:
    """Outside a heading, a phrase made from a name with all its words capitalised and an
    apposition set off after it that says what it is: "She runs Pandora's Box, a gift shop"
    names a business; "opened a Pandora's box of claims" is the figure."""
    if in_heading or not all(_title(t) for t in toks if t.is_alpha):
        return False
    root = toks.root
    return any(c.dep_ == "appos" and c.i > root.i and set_off(c) for c in root.children)


def _titled_work(toks: Span, in_heading: bool, lexicon: Lexicon) -> bool:
    """Outside a heading, a phrase with all its words capitalised set off beside a noun of a
    work (``[mentions] works`` in reporting_verbs.toml), in apposition after it or before it,
    or right before it as its modifier after "the" or an owner: "their best-known single, Mob
    Rule, was banned", "Witch Hunt, her second novel, ...", "the Mob Rule video" is the
    work's title, not the writer's label. Capitals alone are kept as emphasis ("a Witch
    Hunt"), and a title in quotation marks is ``mentions._title_of_work``'s."""
    if in_heading:
        return False
    works = cue_lexicon().mentions.works
    if _work_named_next(toks, works):
        return True
    if not all(_title(t) for t in toks if t.is_alpha):
        return False
    root = toks.root
    if root.dep_ == "appos" and set_off(root) and _lemma(root.head) in works:
        return True
    if root.dep_ == "compound" and root.head.i == toks.end and _lemma(root.head) in works:
        # "the Deep State video", "her Witch Hunt podcast": the capitals name the
        # work; not after "a" or nothing ("a Witch Hunt game played by his enemies")
        first = toks.doc[toks.start - 1] if toks.start else None
        return first is not None and (first.lower_ == "the" or first.dep_ == "poss")
    return any(
        c.dep_ == "appos" and set_off(c) and c.i >= toks.end and _names_its_kind(c, works, lexicon)
        for c in root.children
    )


def _names_its_kind(noun: Token, works: frozenset[str], lexicon: Lexicon) -> bool:
    """An apposition that says what a title names: a work ("Witch Hunt, her second novel") or
    a body or business (role_nouns.toml [named_things] bodies: "Hoax, a punk band from
    Leeds"), not a class of people ("Radicals, a group of hardliners"; a plural beside a
    word for many people at once, [context] collectives: "Radicals, a small group,")."""
    if _lemma(noun) in works:
        return True
    if noun.head.tag_ in ("NNS", "NNPS") and _lemma(noun) in lexicon.collectives:
        return False
    return _lemma(noun) in role_lexicon().body_nouns and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _work_named_next(toks: Span, works: frozenset[str]) -> bool:
    """A phrase in title case (its first and last words capitalised, no word in lower case but
    small ones: "Nest of Vipers") whose next sentence opens on a work as its subject, "the" and
    a noun of a work with nothing but names between ("She named Nest of Vipers. The cable drama
    follows a senator's rise") is that work's title: the next sentence says what it is. The
    phrase must be in quotation marks, as titles in running text are: a set phrase written in
    capitals for emphasis ("called the inquiry a Witch Hunt. The report found ...") is not."""
    doc = toks.doc
    if toks.start == 0 or not doc[toks.start - 1].is_quote:
        return False
    words = [t for t in toks if t.is_alpha]
    if not words or not _title(words[0]) or not _title(words[-1]):
        return False
    if not all(_title(t) or t.is_stop for t in words):
        return False
    end = toks[-1].sent.end
    while end < len(doc) and not any(t.is_alpha for t in doc[end].sent):
        end = doc[end].sent.end  # a closing quotation mark cut off on its own
    if end >= len(doc):
        return False
    nxt = [t for t in doc[end].sent if t.is_alpha]
    if len(nxt) < 3 or nxt[0].lower_ != "the":
        return False
    first_other = next((t for t in nxt[1:] if not (t.pos_ == "PROPN" or t.ent_type_)), None)
    return (
        first_other is not None
        and _lemma(first_other) in works
        and first_other.dep_ in ("nsubj", "nsubjpass")
    )


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
    if tok.dep_ == "dobj" and any(
        c.dep_ == "prt" and _lemma(c) in entry.unless_prev for c in tok.head.children
    ):
        return True  # "took off the kid gloves": the particle of the verb whose object it is
    for mod in (c for c in tok.children if c.dep_ in NOUN_MODIFIERS and c.i < tok.i):
        joined = [mod, *(g for g in mod.children if g.dep_ == "conj")]  # "tax and customs"
        if any(_lemma(m) in entry.unless_prev for m in joined):
            return True
    return False


def _described(tok: Token) -> Token | None:
    """The word a modifier is said of, wherever it stands: the noun an adjective describes
    ("the most devastating Kavarian airstrike", and after another adjective: "a long and bloody
    civil war"; after it: "his sock bloody from the cut"), the subject a predicative adjective
    is said of ("the fighting was fierce" is "fierce fighting"), the verb of an adverb ("denied
    it categorically" is "categorically deny"), the object of a verb ("slammed the door" is
    "slammed door")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # the first of the joined modifiers stands where the others would
    if tok.dep_ in NOUN_MODIFIERS and tok.head.i > tok.i:
        return tok.head
    if tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.pos_ == "NOUN":
        return tok.head  # after its noun: "with his sock bloody from the cut" is "bloody sock"
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


def _used_as_tagged(doc: Doc, start: int, end: int, entry: Entry, lexicon: Lexicon) -> bool:
    """A one-word entry limited to verbs or adjectives is not matched where the parser made the
    word a noun modifying the next noun ("torpedo boats", "plague victims"): the small model's
    tagger often takes such a noun for a verb or adjective, while the dependency shows its use.
    Nor is an adjective entry matched where the word is a bare mass noun (``_bare_noun``), nor
    an entry written as an "-ing" word where it is a form of a verb of causing a feeling with a
    direct object ("a ploy aimed at embarrassing the senator"): that is the verb, which tells
    what the act did to someone, not the adjective that tells the reader how to feel ("an
    embarrassing defeat")."""
    if end - start == 1 and _verb_of_ing_entry(doc[start], entry, lexicon):
        return False
    if end - start != 1 or not entry.pos or entry.pos & {"NOUN", "PROPN"}:
        return True
    if entry.pos == {"ADJ"} and _bare_noun(doc[start]):
        return False
    return doc[start].dep_ != "compound"


def _verb_of_ing_entry(tok: Token, entry: Entry, lexicon: Lexicon) -> bool:
    """The entry is an "-ing" word ("embarrassing") and the token is that word as a verb of
    causing a feeling ([context] moving: "embarrass", "shock"), with a direct object after it
    that is a name, a pronoun or a noun phrase whose determiner follows the verb
    ("embarrassing the senator"). A noun with its determiner before the word ("the sad and
    heartbreaking death") is what an adjective the tagger took for a verb describes. Other
    verbs keep the entry's sense: "is downsizing its workforce" softens the cuts as
    "downsizing" does, "are crippling the economy" dramatises as "crippling" does."""
    if (
        not entry.term.endswith("ing")
        or " " in entry.term
        or "VERB" in entry.pos
        or tok.pos_ != "VERB"
        or tok.lemma_.lower() == entry.term
        or tok.lemma_.lower() not in lexicon.moving
    ):
        return False
    return any(
        c.dep_ == "dobj"
        and c.i > tok.i
        and (
            c.pos_ in ("PRON", "PROPN")
            or any(d.dep_ in ("det", "poss") and d.i > tok.i for d in c.children)
        )
        for c in tok.children
    )


def _bare_noun(tok: Token) -> bool:
    """An adjective entry used as a bare mass noun, with no article and no noun to describe:
    "oppose evil", "evil spreads" name the moral concept, which passes no
    verdict on anyone, where "evil men", "the plan is evil" and "classified as evil" do. The
    small model tags such a noun as an adjective and hangs a bare subject on its verb as a
    modifier ("Evil spreads")."""
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return False  # "the evil they did", "the righteous": a class or a thing, not the concept
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        return _bare_noun(tok.head)  # "between good and evil": joined to a bare noun, one too
    if tok.dep_ in ("nsubj", "dobj"):
        return True
    if tok.dep_ == "pobj":
        return tok.head.lower_ != "as"
    if tok.dep_ == "amod" and tok.head.pos_ in ("VERB", "AUX") and tok.i < tok.head.i:
        # "Evil spreads": a bare subject, misread as a modifier of its verb; with an article on
        # the "verb" it is a noun misread as a verb ("the radical left will ...")
        return not any(c.dep_ == "det" for c in tok.head.children)
    return False
