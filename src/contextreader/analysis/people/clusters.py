"""Pass 2: the names of two words or more grouped into people.

``_Cluster`` is one person while the component builds it, ``_People`` the people found so far
with the indexes (surname, first name, one-word names) pass 3 uses to place a bare mention.
Full names whose first name and surname agree and whose middle parts do not differ are one
person ("George W. Roe" and "George H. Roe" are two); a given name before "and" shares the
surname after it ("Jan and Dana Roe"); the end of a longer name ("Wasserman Schultz", "van der
Berg") is that person's surname, not a person of its own; a "name" that opens with a person's
surname and ends in a common noun ("Roe Coalition") is a thing named after them and dropped.
An honorific or a kinship noun beside a name ("her husband, Jan Roe") gives a person's gender;
``_name_gender`` falls back on the first name once all passes are done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.paragraphs import BLANK_LINE
from contextreader.analysis.people._common import _title_end, _words, in_heading, nickname
from contextreader.analysis.people.lexicon import (
    RoleLexicon,
    _lower_words,
    _name_variants,
    first_name_genders,
    first_names,
    name_variants,
)


@dataclass(slots=True, eq=False)
class _Cluster:
    """One person while the component builds it (compared by identity: two people may share
    every field but their id, and lists of people are searched often)."""

    id: str
    names: list[tuple[str, ...]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    role_classes: set[str] = field(default_factory=set)
    role_nouns: set[str] = field(default_factory=set)
    role_tags: set[str] = field(default_factory=set)
    gender: str = ""
    # where the person's full name is written (in text order, so a bisect finds the last one
    # before a mention), and whether every such place introduces a relative ("her husband, Jan Roe")
    full_at: list[int] = field(default_factory=list)
    kin: bool = True
    kin_any: bool = False  # whether any such place introduces a relative
    titles: set[str] = field(default_factory=set)  # classes of the titles written before a name
    title_words: set[str] = field(default_factory=set)  # their words, lower case
    title_nouns: set[str] = field(default_factory=set)  # their role nouns
    first_at: int = 0  # where a person known by one word only is first named
    # relations the text gives with a possessive ("her son, Jan Roe" -> ("her", "son")): a
    # later "her son" with no name is this person
    kin_of: set[tuple[str, str]] = field(default_factory=set)

    @property
    def name(self) -> str:
        # an all-caps spelling (a transcript label, a shouted headline) only when nothing else
        best = max(self.names, key=lambda n: (len(n), not " ".join(n).isupper()))
        return " ".join(best)


def _name_gender(cl: _Cluster) -> str:
    """The gender a person's first name usually goes with, from the longest name written."""
    words = max(cl.names, key=len) if cl.names else ()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return ""
    return first_name_genders().get(words[0], "")


def _core(words: tuple[str, ...], lex: RoleLexicon) -> tuple[str, ...]:
    """The name without a generational suffix ("Jan Roe Jr." -> Jan Roe)."""
    while len(words) > 2 and words[-1].lower() in lex.suffixes:
        words = words[:-1]
    return words  # "George III" keeps its numeral: it has no surname to stand for it


def _middle(words: tuple[str, ...]) -> str:
    return "".join(words[1:-1]).replace(".", "").lower()


_STOPS = frozenset(".;!?")  # the end of a sentence or clause the kinship noun may not cross


def _kin_word(span: Span, lex: RoleLexicon) -> str | None:
    """The kinship noun that introduces the name ("her husband, Jan Roe", "his son Jan") or
    follows it as an apposition ("Jan Roe, her husband,"), if any. The noun before the name
    is looked for in the name's sentence only ("... proud of her son. The baker Jan Roe":
    not his son), and never across a quotation mark ('"I miss my brother," Ann Roe said':
    the brother is someone the speaker names, not the speaker)."""
    doc = span.doc
    first = span.sent.start  # never look back past the sentence's start
    i = span.start - 1
    # "her husband, the painter Jan Roe", "the late Jan Roe": a word before the name, with its
    # article, between the kinship noun and the name
    job = (
        i > 0
        and doc[i].tag_ in ("NN", "JJ")
        and doc[i].is_lower
        and doc[i - 1].lower_ in ("the", "a")
    )
    reach = 5 if job else 3
    if job:
        i -= 1
    while (
        i > first
        and span.start - i <= reach
        and (
            (doc[i].is_punct and doc[i].text not in _STOPS and not doc[i].is_quote)
            or doc[i].lower_ in ("the", "a")
        )
    ):
        i -= 1
    if i >= first and span.start - i <= reach and doc[i].lower_ in lex.kinship:
        return doc[i].lower_
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].tag_ in ("PRP$", "DT"):
        return doc[j + 2].lower_ if doc[j + 2].lower_ in lex.kinship else None
    return None


def _kin_before(span: Span, lex: RoleLexicon) -> bool:
    """True when a kinship noun introduces the name or follows it as an apposition."""
    return _kin_word(span, lex) is not None


def _title_outside(span: Span, lex: RoleLexicon) -> str:
    """A courtesy title or office the tagger left outside the name, right before it on the
    same line ("Cllr | Jan Roe", "Professor | Jan Roe", "Vice President | Jan Roe"): up to
    three capitalised words."""
    doc = span.doc
    i = span.start
    while (
        i > 0
        and span.start - i < 3
        and doc[i - 1].text[:1].isupper()
        and "\n" not in doc[i - 1].text_with_ws
        and (
            doc[i - 1].lower_ in lex.honorifics
            or doc[i - 1].lower_ in lex.rank_words
            or lex.role_class(doc[i - 1].text) is not None
        )
    ):
        i -= 1
    return doc[i : span.start].text


def _add_title(cl: _Cluster, title: str, lex: RoleLexicon, classes: set[str] | None = None) -> None:
    """Record a title written before one of the person's names ("Sen.", "Deputy Minister")."""
    cl.titles |= lex.classes_in(title) if classes is None else classes
    cl.title_words |= set(_lower_words(title))
    cl.title_nouns |= lex.nouns_in(title)


@dataclass(slots=True)
class _People:
    """The people found so far and what a one-word mention needs to find its person."""

    clusters: list[_Cluster]
    by_cand: dict[int, _Cluster]  # candidate index -> person, for the names of two words or more
    surnames: dict[str, list[_Cluster]]  # lower-cased surname -> people with that surname
    firsts: dict[str, list[_Cluster]]  # lower-cased first name -> people
    bare: dict[str, _Cluster] = field(default_factory=dict)  # people known by one word only
    # lower-cased inner word of a full name -> people ("lula" in Luiz Inácio Lula da Silva)
    inner: dict[str, list[_Cluster]] = field(default_factory=dict)
    made: int = 0  # people made so far: ids stay unique when a merge drops one

    def new(self, names: list[tuple[str, ...]], gender: str = "") -> _Cluster:
        self.made += 1
        cl = _Cluster(id=f"person{self.made}", names=names, gender=gender)
        self.clusters.append(cl)
        return cl


def _cluster(cands: list[tuple[Span, str, str]], lex: RoleLexicon) -> _People:
    """Group the names of two words or more into people.

    Two names are one person when first name and surname agree and their middle parts do not
    differ ("George W. Roe" and "George H. Roe" are two people; "George Roe" may be either,
    and joins the first).
    """
    people = _People([], {}, {}, {})
    by_key: dict[tuple[str, str], list[_Cluster]] = {}
    mids: dict[_Cluster, set[str]] = {}  # the middle parts each person's names have written
    shared = _shared_surnames(cands)
    for idx, (span, title, gender) in enumerate(cands):
        words = shared.get(idx) or _core(_words(span), lex)
        if len(words) < 2:
            continue
        key = (words[0].lower(), words[-1].lower())
        mid = _middle(words)
        found = None
        for cl in by_key.get(key, []):
            if not mid or not mids[cl] or mid in mids[cl]:
                found = cl
                break
        if found is None:
            found = people.new([])
            by_key.setdefault(key, []).append(found)
            mids[found] = set()
            nick = nickname(span)
            if nick:
                # 'Robert "Bobby" Roe', later "Bobby Roe": the nickname stands for the first name
                by_key.setdefault((nick.lower(), key[1]), []).append(found)
        if mid:
            mids[found].add(mid)
        found.names.append(shared.get(idx) or _words(span))
        kin = _kin_word(span, lex)
        found.gender = found.gender or gender or lex.gendered.get(kin or "", "")
        found.full_at.append(span.start_char)
        found.kin = found.kin and kin is not None
        found.kin_any = found.kin_any or kin is not None
        title = title or _title_outside(span, lex)
        if title:
            _add_title(found, title, lex)
        people.by_cand[idx] = found
    _merge_double_surnames(people, lex)
    for cl in people.clusters:
        for n in cl.names:
            core = _core(n, lex)
            keys = [(people.surnames, core[-1]), (people.firsts, core[0])]
            article = _without_article(core[-1], lex)
            if article:
                keys.append((people.surnames, article))  # "el-Roe", later "Roe"
            for index, word in keys:
                group = index.setdefault(word.lower(), [])
                if cl not in group:
                    group.append(cl)
    _index_inner(people, lex)
    _drop_named_after(people, cands, lex)
    return people


def _index_inner(people: _People, lex: RoleLexicon) -> None:
    """Index the inner words of full names of three words or more: a later one-word mention
    may name the person by one ("Lula" for Luiz Inácio Lula da Silva, "Nahle" for Rocío
    Nahle García, as Spanish names someone by the first of two surnames). Not a particle, an
    initial or a known first name right after the first (a middle name, "Jan Anthony Roe":
    "Anthony" may be anyone's), nor a word that is some person's surname or first name:
    ``_resolve_word`` takes the inner word only when one person has it."""
    for cl in people.clusters:
        for n in cl.names:
            for k, word in enumerate(_core(n, lex)[1:-1], start=1):
                key = word.lower()
                if (
                    len(word.rstrip(".")) < 2
                    or "." in word
                    or not word[:1].isupper()
                    or key in lex.name_particles
                    or (k == 1 and word in first_names())
                    or key in people.surnames
                    or key in people.firsts
                ):
                    continue
                group = people.inner.setdefault(key, [])
                if cl not in group:
                    group.append(cl)


def _without_article(word: str, lex: RoleLexicon) -> str:
    """A surname opened by a particle and a hyphen ("al-Roe", "el-Roe") without it: the
    article is often dropped when the name is written again ("Roe said"). Empty for any
    other word."""
    head, _, rest = word.partition("-")
    if head.lower() in lex.name_particles and rest[:1].isupper() and len(rest) > 1:
        return rest
    return ""


def _shared_surnames(cands: list[tuple[Span, str, str]]) -> dict[int, tuple[str, ...]]:
    """Given names that share the surname of the name after "and" ("Jan and Dana Roe"): the
    full name each stands for, by candidate index. The word must be a first name the lexicon
    knows (a surname or a one-word name standing alone, "Kessler and Dana Doe", is someone
    else; a name used for both sexes, which ``first_names.toml`` leaves out, is left alone
    too), and one the text writes only there: the first name of someone the text names
    ("Maren and Dana Doe", after Maren Roe) recurs. Not in a list or after a plural title,
    which join different people."""
    out: dict[int, tuple[str, ...]] = {}
    for i, ((span, _, _), (nxt, _, _)) in enumerate(pairwise(cands)):
        doc = span.doc
        words, after = _words(span), _words(nxt)
        if len(words) != 1 or len(after) != 2 or nxt.start != span.end + 1:
            continue
        if doc[span.end].lower_ != "and" or not words[0].isalpha():
            continue
        prev = doc[span.start - 1] if span.start else None
        if prev is not None and (prev.text == "," or prev.tag_ in ("NNS", "NNPS")):
            continue  # a list ("Ana, Jan and Dana Roe") or a plural title ("Presidents Roe and")
        if words[0] not in first_names():
            continue
        if sum(1 for t in doc if t.text == words[0]) == 1:
            out[i] = (words[0], after[-1])
    return out


def _merge_double_surnames(people: _People, lex: RoleLexicon) -> None:
    """A "name" that is the end of one longer name is that person's surname, not a person of
    their own: a double surname ("Wasserman Schultz" after "Debbie Wasserman Schultz") or a
    surname opening with a particle, in either case ("van der Berg" or "Van der Berg" after
    "Pieter van der Berg", "Ben Roe" after "Amir Ben Roe"). Not when its first word is a first
    name and no particle: "Ann Roe" is not "Mary Ann Roe"."""
    tails: dict[tuple[str, ...], list[_Cluster]] = {}
    for cl in people.clusters:
        for n in cl.names:
            core = _core(n, lex)
            for k in range(2, len(core)):
                key = tuple(w.lower() for w in core[-k:])
                if cl not in tails.setdefault(key, []):
                    tails[key].append(cl)
    for cl in list(people.clusters):
        cores = {tuple(w.lower() for w in _core(n, lex)) for n in cl.names}
        if len(cores) != 1 or len(next(iter(cores))) < 2:
            continue
        core = next(iter(cores))
        into = tails.get(core, [])
        if core[0] not in lex.name_particles and any(
            _core(n, lex)[0] in first_names() for n in cl.names
        ):
            continue
        if len(into) != 1 or into[0] is cl:
            continue
        _absorb(people, into[0], cl)


def _absorb(people: _People, target: _Cluster, cl: _Cluster) -> None:
    """``cl`` turns out to be ``target``: its names, titles and candidates join it."""
    target.names.extend(cl.names)
    target.full_at = sorted(target.full_at + cl.full_at)
    target.titles |= cl.titles
    target.title_words |= cl.title_words
    target.title_nouns |= cl.title_nouns
    target.gender = target.gender or cl.gender
    target.kin = target.kin and cl.kin
    target.kin_any = target.kin_any or cl.kin_any
    target.role = target.role or cl.role
    target.role_classes |= cl.role_classes
    target.role_nouns |= cl.role_nouns
    target.role_tags |= cl.role_tags
    target.kin_of |= cl.kin_of
    for idx, c in list(people.by_cand.items()):
        if c is cl:
            people.by_cand[idx] = target
    for index in (people.surnames, people.firsts, people.inner):
        for group in index.values():
            if cl in group:
                group.remove(cl)
                if target not in group:
                    group.append(target)
    people.clusters.remove(cl)


def _merge_name_variants(
    people: _People, cands: list[tuple[Span, str, str]], lex: RoleLexicon
) -> None:
    """Two people whose full names differ only in a short and a full form of the given name
    ("Danny Roe", "Daniel Roe"; ``name_variants``) are one, unless something sets them apart
    (``_told_apart``) or the one named later in the body is introduced with a role the other
    was not given, as a newcomer is ("Stephen Roe said ... Steve Roe, a neighbour, disagreed";
    "Bill Roe scored ... William Roe, the visiting goalkeeper,"), even with more of the name
    ("William Henry Roe, the club's chairman," may be a son: a middle name shows no identity);
    a headline's short form is no introduction. Run after the roles of full names are read:
    two roles tell two people.
    The person whose given name is the full form keeps the other's names."""
    sents: dict[_Cluster, set[int]] = {}
    # where each person is first named in the body (not in a headline), then anywhere
    first: dict[_Cluster, int] = {}
    anywhere: dict[_Cluster, int] = {}
    text = text_of(cands[0][0].doc) if cands else ""
    title = _one_sentence_title(cands[0][0].doc, text) if cands else -1
    for idx, cl in people.by_cand.items():
        span = cands[idx][0]
        sents.setdefault(cl, set()).add(span.sent.start)
        anywhere[cl] = min(anywhere.get(cl, span.start_char), span.start_char)
        body = max(span.doc._.cr_body_start or 0, title)
        if span.start_char >= body and not in_heading(span, text):
            first[cl] = min(first.get(cl, span.start_char), span.start_char)
    by_surname: dict[str, list[_Cluster]] = {}
    for cl in people.clusters:
        for n in cl.names:
            group = by_surname.setdefault(_core(n, lex)[-1].lower(), [])
            if cl not in group:
                group.append(cl)
    for group in by_surname.values():
        if len(group) != 2:
            continue  # a third person with the surname: who is who is not clear
        a, b = group
        firsts = [{_core(n, lex)[0] for n in cl.names} for cl in (a, b)]
        if len(firsts[0]) != 1 or len(firsts[1]) != 1 or a not in people.clusters:
            continue
        fa, fb = next(iter(firsts[0])), next(iter(firsts[1]))
        if not name_variants(fa, fb) or _told_apart(a, b, lex):
            continue
        earlier, later = sorted((a, b), key=lambda cl: (first.get(cl, len(text)), anywhere[cl]))
        if _offices(later, lex) - _offices(earlier, lex):
            continue  # "Stephen Roe said ... Steve Roe, a neighbour, disagreed": a newcomer
        if sents.get(a, set()) & sents.get(b, set()):
            continue  # "William Roe and Bill Roe": named side by side, two people
        if fb in _full_forms(fb):
            a, b = b, a  # "Danny Roe" first, "Daniel Roe" later: Daniel keeps the names
        _absorb(people, a, b)


def _one_sentence_title(doc: Doc, text: str) -> int:
    """The end of the text's first line when it reads as its title: a short line with more
    text after it (``_title_end``) that holds one sentence told in a headline's present tense
    ("Jan Roe wins the race.", "Jan Roe hails deal"); not the opening paragraph of a piece that
    has no title ("Jan Roe won. She was tired.") nor a one-sentence lede, which tells what
    happened in the past tense or the perfect ("The mayor, Jan Roe, opened the bridge on
    Monday.", "Jan Roe has told the court ..."; ``_tells_the_past``), whatever the line breaks
    after it. A line that ends in a full stop is a title only with a blank line after it: a
    lede in the present tense ("Jan Roe says the mill will close.") runs straight on. -1
    otherwise."""
    end = _title_end(text)
    if end < 0:
        return -1
    sents = [s for s in doc.sents if s.start_char < end and s.text.strip()]
    if len(sents) != 1 or _tells_the_past(t for t in sents[0] if t.idx < end):
        return -1
    if text[:end].rstrip().endswith(".") and not BLANK_LINE.match(text, end):
        return -1
    return end


def _tells_the_past(tokens: Iterable[Token]) -> bool:
    """A finite verb in the past tense ("won", "was sworn in") or a perfect ("has won"): how
    a story's first sentence is told, where its headline says "wins"."""
    return any(
        t.tag_ == "VBD" or (t.lemma_ == "have" and t.dep_ == "aux" and t.tag_ in ("VBZ", "VBP"))
        for t in tokens
    )


def _told_apart(a: _Cluster, b: _Cluster, lex: RoleLexicon) -> bool:
    """Whether the text sets two people with forms of one given name apart: either is ever
    introduced as a relative ("his son, Bob Roe"), either name carries a generational suffix
    ("Robert Roe Jr.": someone else has the name), their genders differ (a title, a gendered
    role or kinship noun, or the first name), or both are given roles and no office is
    common to them ("Mike Roe, the goalkeeper", "Michael Roe, the club's chairman").
    Pronouns are not resolved yet: they are read after the people are found."""
    if a.kin_any or b.kin_any:
        return True
    if any(len(n) > 2 and n[-1].lower() in lex.suffixes for cl in (a, b) for n in cl.names):
        return True
    ga, gb = a.gender or _name_gender(a), b.gender or _name_gender(b)
    if ga and gb and ga != gb:
        return True
    roles = [_offices(cl, lex) for cl in (a, b)]
    return bool(roles[0] and roles[1] and not roles[0] & roles[1])


def _offices(cl: _Cluster, lex: RoleLexicon) -> set[str]:
    """The role nouns a person is given, by title or apposition, each with the other ways of
    writing its office ("sen.", "senator"), or else the role as written."""
    out: set[str] = set()
    for noun in cl.role_nouns | cl.title_nouns:
        out |= lex.office(noun)
    if not out and cl.role:
        out.add(cl.role.lower())  # a role with no role noun of the list ("a neighbour")
    return out


def _full_forms(name: str) -> frozenset[str]:
    """The full given names ``name`` may be written for (itself, if it is one)."""
    return _name_variants().get(name, frozenset())


def _drop_named_after(
    people: _People, cands: list[tuple[Span, str, str]], lex: RoleLexicon
) -> None:
    """Drop "names" that open with another person's surname and end in a common noun the
    article also writes in lower case ("Roe Coalition", "Roe Doctrine"): a thing named after
    that person, which the tagger took for one."""
    if not cands:
        return
    lower = {t.lower_ for t in cands[0][0].doc if t.text.islower()}
    drop = []
    for cl in people.clusters:
        if all(
            len(n) == 2
            and any(o is not cl for o in people.surnames.get(n[0].lower(), []))
            and n[-1].lower() in lower
            for n in cl.names
        ):
            drop.append(cl)
    for cl in drop:
        cl.names.clear()
        for index in (people.surnames, people.firsts):
            for key, group in list(index.items()):
                if cl in group:
                    group.remove(cl)
                if not group:
                    del index[key]
        for idx in [i for i, c in people.by_cand.items() if c is cl]:
            del people.by_cand[idx]
