"""Pass 3: every further mention of a person.

``_add_mentions`` gives each token that spells a surname or first name of a person (the tagger
often misses a bare surname, or calls it an ORG) to the person it most likely means, by
position, honorific or gendered-title gender, title and kinship (``_resolve_word``); a word no
known person fits becomes a person known by one word only. Families ("the Roes"), surnames read
as dates and hyphenated names are handled here too.

After the roles are known (``roles``), "the <role noun>" points back to the most recent person
the text gave that noun or another form of the office ("the senator" for "Sen. Roe"), when the
place, party and rank words before it agree (``_role_noun_mentions``), or, in a lead that gives
the role before the name, to the one person named next with that office; "her daughter" points
to the person the text introduced as such (``_kin_mentions``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from contextreader.analysis.extensions import text_of
from contextreader.analysis.people._common import (
    STREETS_KEY,
    THINGS_KEY,
    _is_acronym,
    _outlet_spans,
    _overlaps,
    _words,
    in_heading,
    names_family,
)
from contextreader.analysis.people.candidates import _aged
from contextreader.analysis.people.clusters import (
    _add_title,
    _Cluster,
    _core,
    _kin_before,
    _name_gender,
    _People,
)
from contextreader.analysis.people.lexicon import RoleLexicon, _lower_words, first_names
from contextreader.analysis.people.roles import (
    _modifier_tags,
    joined_trades,
    kin_compound,
    office_with_department,
)

# how far (characters) after a surname its full name may first be written for the two to be
# one person: an article may open with "Roe said ..." and name Jan Roe a few sentences later
_LEDE = 1000


def _fits(cl: _Cluster, gender: str, title: set[str]) -> bool:
    """Whether a one-word mention with this honorific gender and these title classes can be
    the person: "Mr. Roe" is not Jane Roe; "President Roe" is not a Roe the text calls a
    senator."""
    known_gender = cl.gender or _name_gender(cl)
    if gender and known_gender and gender != known_gender:
        return False
    known = cl.titles | cl.role_classes
    return not (title and known and not (title & known))


def _resolve_word(
    people: _People,
    word: str,
    pos: int,
    para: int,
    gender: str,
    title: set[str],
    inner_ok: bool = True,
) -> _Cluster | None:
    """The person a one-word mention at ``pos`` means (``para``: where its paragraph starts).

    A surname goes to the person with that surname whose full name was written last before it
    in its own paragraph, among those its honorific and title fit; outside it, to the one whose
    full name was written first, before it or a little after it (an article may open with the
    surname): the person named first is mostly the one the article is about ("Roe" stays Jan
    Roe after a passing "Ann Roe"; giving it to the namesake named last moved more speakers to
    the wrong person than it put right). A relative introduced by a kinship noun ("her husband,
    Jan Roe") only takes a surname written in the same paragraph as their name, unless no one
    else in the text bears it. A surname that fits no one, or whose full name comes only much
    later (a "Mrs. Roe" far down the page is not the "President Roe" of the opening), is a
    person of its own; a first name goes to the one person with it, or to the most recent.
    A word inside one full name goes to that person only when ``inner_ok`` (the mention is
    introduced as no one's relative and stands for no company: ``_inner_ok``).
    """
    key = word.lower()
    group = [c for c in people.surnames.get(key, []) if c.names]
    if not group:
        firsts = [c for c in people.firsts.get(key, []) if c.names]
        if firsts:
            return _most_recent(firsts, pos) or firsts[0]
        inner = [c for c in people.inner.get(key, []) if c.names]
        if (
            inner_ok
            and len(inner) == 1
            and key not in people.bare
            and inner[0].full_at[0] - pos <= _LEDE
            and _fits(inner[0], gender, title)
        ):
            return inner[0]  # "Lula" for Luiz Inácio Lula da Silva
        return _bare(people, word, gender, pos)
    fit = [c for c in group if _fits(c, gender, title)]
    titled = [c for c in fit if title & (c.titles | c.role_classes)]
    # "Captain Roe" where the text names several Roes and gave none of them that title: the
    # title tells which Roe is meant, and nothing says it is one of those named
    unsure = bool(title) and not titled and len(group) > 1
    fit = titled or fit
    local = [c for c in fit if _last_full_before(c, pos) >= para]
    if local and not unsure:
        return _most_recent(local, pos)
    kin = [c for c in fit if c.kin]
    fit = [c for c in fit if not c.kin]
    bare = people.bare.get(key)
    named_kin = [c for c in kin if c.full_at[0] < pos]
    if not fit and bare is None and named_kin and not unsure:
        # "his sister, Ana Roe-Diaz" and later "Roe-Diaz": no one else bears it; of several
        # relatives ("her husband, Jan Roe; a son, Tom Roe"), the one named last
        return _most_recent(named_kin, pos)
    earlier = bare is not None and not any(c.full_at and c.full_at[0] < bare.first_at for c in fit)
    if bare is not None and earlier and not titled and _fits(bare, gender, title):
        return bare  # the surname was in use before any full name that fits it
    if unsure:
        return _bare(people, word, gender, pos, f"{key} ({' '.join(sorted(title))})")
    ahead = [c for c in fit if c.full_at[0] - pos <= _LEDE]
    if ahead:
        return min(ahead, key=lambda c: c.full_at[0])
    return _bare(people, word, gender, pos)


def _relative(people: _People, word: str, pos: int, gender: str) -> _Cluster:
    """A surname set beside a kinship noun ("Mr. Roe, her husband,"): a relative introduced
    by a kinship noun before, or a person of their own, never the main Roe."""
    kin = [c for c in people.surnames.get(word.lower(), []) if c.kin and _fits(c, gender, set())]
    found = _most_recent(kin, pos)
    if found is not None:
        return found
    key = f"{word.lower()} (relative)"
    cl = people.bare.get(key)
    if cl is None:
        cl = people.new([(word,)], gender)
        cl.first_at = pos
        people.bare[key] = cl
    return cl


def _last_full_before(cl: _Cluster, pos: int) -> int:
    """Where the person's full name was last written before ``pos`` (-1: nowhere)."""
    i = bisect_left(cl.full_at, pos)
    return cl.full_at[i - 1] if i else -1


def _most_recent(group: list[_Cluster], pos: int) -> _Cluster | None:
    """The person whose full name was written last before ``pos`` (the first such on a tie)."""
    best, best_at = None, -1
    for cl in group:
        at = _last_full_before(cl, pos)
        if at > best_at:
            best, best_at = cl, at
    return best


def _bare(people: _People, word: str, gender: str, pos: int, key: str = "") -> _Cluster:
    """The person known by the one word ``word`` (``key`` tells apart several such people)."""
    key = key or word.lower()
    cl = people.bare.get(key)
    if cl is None or (gender and cl.gender and gender != cl.gender):
        cl = people.new([(word,)], gender)
        cl.first_at = pos
        people.bare[key] = cl
    elif word not in {n[0] for n in cl.names}:
        cl.names.append((word,))
    cl.gender = cl.gender or gender
    return cl


def _title_before(doc: Doc, i: int, lex: RoleLexicon) -> tuple[str, set[str], str]:
    """The honorific gender, title classes and title words written just before token ``i``."""
    gender, classes = "", set()
    j = i - 1
    while j >= 0 and i - j <= 3:
        w = doc[j].lower_
        if w in lex.honorifics and w not in lex.roles:
            gender = gender or lex.honorifics[w]
        elif lex.role_class(w) is not None and doc[j].text[:1].isupper():
            two = f"{doc[j - 1].lower_} {w}" if j > 0 else ""
            classes.add(lex.roles.get(two) or lex.roles[w])
            gender = gender or lex.gendered.get(w, "")  # "Congresswoman Roe"
        else:
            break
        j -= 1
    words = [t.text for t in doc[j + 1 : i] if lex.role_class(t.text) is not None]
    if words and j >= 0 and doc[j].is_quote and i + 1 < len(doc) and doc[i + 1].is_quote:
        return "", set(), ""  # a nickname in quotation marks ("nicknamed 'King Roe'"): no title
    return gender, classes, " ".join(words)


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _add_mentions(
    doc: Doc, cands: list[tuple[Span, str, str]], people: _People, lex: RoleLexicon
) -> dict[tuple[int, int], _Cluster]:
    """Every name mention, then every bare token that spells a surname or first name of a
    person, or a one-word name the tagger found elsewhere."""
    owner: dict[tuple[int, int], _Cluster] = {}
    covered: set[int] = set()
    text = text_of(doc)
    singles: set[str] = set()
    surnames_upper = {k.upper() for k in people.surnames}
    for idx, (span, _, _) in enumerate(cands):
        cl = people.by_cand.get(idx)
        if cl is None:
            words = _words(span)
            if len(words) != 1 or (
                len(words[0]) <= 5 and _is_acronym(words[0]) and words[0] not in surnames_upper
            ):
                continue  # an unknown acronym ("XYZ") names an organisation
            singles.add(words[0])
            continue
        owner[(span.start_char, span.end_char)] = cl
        covered.update(range(span.start, span.end))
    body = doc._.cr_body_start or 0
    outlets = _outlet_spans(doc)
    for (s, e), cl in _surname_phrases(doc, people, covered, body, lex):
        if not _overlaps(outlets, s, e):
            owner[(s, e)] = cl
    # inside a longer organisation or place name ("Roe Research") a surname is no mention
    for i, (s, e), word in _hyphenated(doc, people, covered, body, lex):
        gender, classes, _ = _title_before(doc, i, lex)
        cl = _resolve_word(people, word, s, _para_start(text, s), gender, classes)
        if cl is not None:
            owner[(s, e)] = cl
    titled = {e.end - 1 for e in doc.ents if _titled_surname(e, people, lex)}
    in_org = {
        t.i
        for e in doc.ents
        if e.label_ != "PERSON" and len(e) > 1 and e.end - 1 not in titled
        for t in e
    }
    full = {n for cl in people.clusters for n in cl.names if len(n) >= 2}
    in_org |= _in_thing_names(doc, doc.user_data.get(THINGS_KEY, set()), full)
    in_org |= doc.user_data.get(STREETS_KEY, set())  # "on Abbey Terrace": a street there
    for tok in doc:
        if tok.i in in_org:
            continue
        key = tok.lower_ if tok.text.isupper() else tok.text.lower()
        if tok.i in covered or tok.idx < body or not tok.text[:1].isupper():
            continue
        word = tok.text
        stem = _honorific_stem(key, people, lex)
        if stem:
            word, key = tok.text[: len(stem)], stem  # "Modiji": Modi
        inner_ok = key not in people.inner or _inner_ok(tok, lex)
        named = key in people.surnames or key in people.firsts
        known = named or (key in people.inner and inner_ok)
        if not known and tok.text not in singles:
            continue
        if (
            tok.ent_type_ not in ("", "PERSON", "ORG", "NORP", "GPE")
            and not _surname_as_date(tok, people, lex)
            # "Raines, 33, said": a person's surname given an age, whatever the tagger calls it
            and not (key in people.surnames and _aged(tok))
            and tok.i not in titled  # "Cllr Roe said", whatever the tagger calls it
        ):
            continue
        if tok.text.isupper() and len(tok.text) > 1 and key not in people.surnames:
            continue  # a capitals-only word is a name only as a surname ("ROE")
        if _overlaps(outlets, tok.idx, tok.idx + len(tok.text)):
            continue
        if names_family(tok, lex.family_nouns):
            continue  # "the Roe family" is no mention of Jan Roe
        if not known and in_heading(doc[tok.i : tok.i + 1], text):
            continue
        gender, classes, title = _title_before(doc, tok.i, lex)
        para = _para_start(text, tok.idx)
        if _kin_before(doc[tok.i : tok.i + 1], lex) and key in people.surnames:
            cl = _relative(people, word, tok.idx, gender)
        else:
            cl = _resolve_word(people, word, tok.idx, para, gender, classes, inner_ok)
        if cl is None:
            continue
        cl.gender = cl.gender or gender
        if title:
            _add_title(cl, title, lex, classes)
        if title and cl.role is None and len(cl.names[0]) == 1:
            cl.role = title  # "President Roe", a person the text names by surname only
            cl.role_nouns = lex.nouns_in(title)
            cl.role_classes = set(classes)
        owner[(tok.idx, tok.idx + len(tok.text))] = cl
    _drop_families(people, owner)
    return _join_adjacent(owner, text)


def _inner_ok(tok: Token, lex: RoleLexicon) -> bool:
    """Whether a one-word mention may be the person whose full name holds it inside ("Lula",
    "Nahle"): one word shared is a thin link, so not when the mention is introduced as a
    relative ("Rodham, her mother,", "her mother Rodham": the family name recurs because the
    relative bears it), nor when it stands for a company (the tagger calls it an organisation,
    or "it" takes it up: "Ford said it would cut jobs" after "Francis Ford Coppola")."""
    if tok.ent_type_ == "ORG" or _kin_before(tok.doc[tok.i : tok.i + 1], lex):
        return False
    after = (t for t in tok.doc[tok.i + 1 : tok.sent.end] if t.tag_ in ("PRP", "PRP$"))
    nxt = next(after, None)
    return nxt is None or nxt.lower_ not in ("it", "its")


def _titled_surname(ent: Span, people: _People, lex: RoleLexicon) -> bool:
    """Whether the entity ``ent`` is a courtesy title or rank and a known person's surname
    ("Cllr Roe", "Sgt Roe", "Col. Roe"), which the tagger may call a work or an organisation:
    the surname is a mention of that person."""
    *title, last = list(ent)
    return (
        bool(title)
        and last.text.lower() in people.surnames
        and all(
            t.text[:1].isupper() and (t.lower_ in lex.honorifics or lex.role_class(t.text))
            for t in title
        )
    )


def _in_thing_names(doc: Doc, things: set[tuple[str, ...]], full: set[tuple[str, ...]]) -> set[int]:
    """The tokens inside each written occurrence of a thing's name of two words or more
    (``_thing_names``: "Storm Ilsa", "the ship Ever Bright", "Hollin Ford" as a place): no word
    of one is a mention of a person who shares it ("Judge Ilsa Marrow"). Not a "thing" that
    holds a person's full name (``full``: "The New Mitt Roe" in a headline is the person)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in things:
        if len(name) >= 2 and not any(_holds(name, n) for n in full):
            by_first.setdefault(name[0], []).append(name)
    out: set[int] = set()
    for tok in doc:
        for name in by_first.get(tok.text, ()):
            end = tok.i + len(name)
            if end <= len(doc) and tuple(t.text for t in doc[tok.i : end]) == name:
                out.update(range(tok.i, end))
    return out


def _holds(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``name`` stands word for word inside ``words``."""
    n = len(name)
    return any(words[i : i + n] == name for i in range(len(words) - n + 1))


def _surname_as_date(tok: Token, people: _People, lex: RoleLexicon) -> bool:
    """A person's surname that the tagger alone calls a date ("Mendrak's parliament" after
    "President Dario Mendrak"): one word, no month, no number after it."""
    doc = tok.doc
    if tok.ent_type_ != "DATE" or tok.text.lower() not in people.surnames:
        return False
    if tok.lower_ in lex.months or tok.ent_iob_ != "B" or tok.dep_ == "compound":
        return False  # "our Christmas present": a date that qualifies a noun
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or (nxt.ent_iob_ != "I" and not nxt.like_num)


def _hyphenated(
    doc: Doc, people: _People, covered: set[int], body: int, lex: RoleLexicon
) -> list[tuple[int, tuple[int, int], str]]:
    """Bare mentions of a hyphenated surname ("Fernández-López said"), which the tokenizer
    splits in three; their tokens join ``covered`` so no part is read as a name alone."""
    out = []
    text = text_of(doc)
    for tok in doc[:-2]:
        if tok.idx < body or tok.i in covered or tok.whitespace_ or doc[tok.i + 1].text != "-":
            continue
        if doc[tok.i + 1].whitespace_ or tok.i + 2 in covered:
            continue
        start, end = tok.idx, doc[tok.i + 2].idx + len(doc[tok.i + 2].text)
        word = text[start:end]
        if word.lower() not in people.surnames:
            if doc[tok.i + 2].lower_ not in lex.honorific_suffixes:
                continue
            word = tok.text  # "Roe-san": Roe
            if word.lower() not in people.surnames:
                continue
        out.append((tok.i, (start, end), word))
        covered.update((tok.i, tok.i + 1, tok.i + 2))
    return out


def _in_longer_name(span: Span) -> bool:
    """Whether the words stand inside a longer name of something the tagger found (the
    "Roe Diaz Foundation"), where they are no mention of the person."""
    doc = span.doc
    for tok in (span[0], span[-1]):
        if tok.ent_type_ in ("", "PERSON"):
            continue
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        end = ent.end
        if end - 1 > ent.start and doc[end - 1].lower_ in _POSSESSIVE_ENDS:
            end -= 1  # the tagger's "Le Roe's" is the name and its possessive ending
        if ent.start < span.start or end > span.end:
            return True
    return False


_POSSESSIVE_ENDS = frozenset({"'s", "’s", "‘s", "'", "’"})


def _honorific_stem(key: str, people: _People, lex: RoleLexicon) -> str:
    """A known person's surname that ``key`` (lower case) writes with an honorific joined
    on ("modiji": modi; ``[name_parts] honorific_suffixes``), or ""."""
    if key in people.surnames or key in people.firsts:
        return ""
    for suffix in lex.honorific_suffixes:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 3 and stem in people.surnames:
            return stem
    return ""


def _surname_phrases(
    doc: Doc, people: _People, covered: set[int], body: int, lex: RoleLexicon
) -> list[tuple[tuple[int, int], _Cluster]]:
    """Bare mentions of a surname of two words or more ("Roe Diaz said", "van der Roe
    said", "Von der Roe said" opening a sentence): the end of a person's full name, written
    again alone, whatever the tagger calls it, but not inside a longer name of something
    ("the Roe Diaz Foundation"), nor an end that opens with a known first name ("Ann Roe"
    is not Mary Ann Roe). The longest such end wins; one that ends the names of several
    people goes to the one named last before it. Its tokens join ``covered``."""
    tails: dict[tuple[str, ...], list[_Cluster]] = {}
    for cl in people.clusters:
        for n in cl.names:
            core = _core(n, lex)
            for k in range(2, len(core)):
                if core[-k] in first_names() and core[-k].lower() not in lex.name_particles:
                    continue  # "Ann Roe" may be someone other than Mary Ann Roe
                group = tails.setdefault(tuple(w.lower() for w in core[-k:]), [])
                if cl not in group:
                    group.append(cl)
    if not tails:
        return []
    longest = 3 * max(map(len, tails))  # tokens: a hyphenated word is three ("Diaz-Vela")
    openers = {t[0].split("-")[0] for t in tails}
    out: list[tuple[tuple[int, int], _Cluster]] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if (
            tok.idx < body
            or i in covered
            or not (tok.text[:1].isupper() or tok.lower_ in lex.name_particles)
            or tok.lower_ not in openers
            or (i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha)
        ):
            i += 1
            continue
        found = None
        for size in range(min(longest, len(doc) - i), 1, -1):
            span = doc[i : i + size]
            if any(t.i in covered for t in span) or span[-1].is_punct:
                continue
            if span.end < len(doc) and not span[-1].whitespace_ and doc[span.end].text == "-":
                continue  # inside a hyphenated word
            words = tuple(w.lower() for w in _words(span))
            if (
                words in tails
                and span.text.count(" ") == len(words) - 1
                and not _in_longer_name(span)
            ):
                group = tails[words]
                found = (span, _most_recent(group, tok.idx) or group[0])
                break
        if found is None:
            i += 1
            continue
        span, cl = found
        out.append(((span.start_char, span.end_char), cl))
        covered.update(range(span.start, span.end))
        i = span.end
    return out


def _join_adjacent(
    owner: dict[tuple[int, int], _Cluster], text: str
) -> dict[tuple[int, int], _Cluster]:
    """First name and surname found one by one ("Jan" "Roe" in a headline) are one mention."""
    out: dict[tuple[int, int], _Cluster] = {}
    last: tuple[int, int] | None = None
    for (s, e), cl in sorted(owner.items()):
        if last is not None and out[last] is cl and text[last[1] : s] == " ":
            del out[last]
            s = last[0]
        out[(s, e)] = cl
        last = (s, e)
    return out


def _drop_families(people: _People, owner: dict[tuple[int, int], _Cluster]) -> None:
    """A one-word "person" that is a known surname plus "s" ("the Roes") is a family."""
    surnames = people.surnames
    families = {cl for key, cl in people.bare.items() if key.endswith("s") and key[:-1] in surnames}
    for span in [s for s, c in owner.items() if c in families]:
        del owner[span]


# -- "the senator", "her daughter": run once the roles are known -------------------------------


def _role_noun(tok: Token, lex: RoleLexicon, named: frozenset[str] = frozenset()) -> str | None:
    """The role noun a token heads, a two-word one included ("vice president"), or a noun
    the text gave a person as "a <noun> named Jan Roe" (``named``)."""
    doc = tok.doc
    if tok.lower_ in named:
        return tok.lower_
    if tok.i > 0:
        two = f"{doc[tok.i - 1].lower_} {tok.lower_}"
        if two in lex.roles:
            return two
        two = f"{doc[tok.i - 1].lower_} {tok.lemma_.lower()}"
        if two in lex.roles:
            return two
    for w in (tok.lemma_.lower(), tok.lower_):
        if w in lex.roles:
            return w
    return None


class _RecentMentions:
    """The people mentioned so far, most recent first, found with a bisect per person rather
    than a walk back over every mention (a long article has thousands)."""

    def __init__(self, owner: dict[tuple[int, int], _Cluster]) -> None:
        ordered = sorted(owner.items(), key=lambda kv: kv[0])
        self.starts = [s for (s, _), _ in ordered]
        self.at: dict[_Cluster, list[int]] = {}  # person -> indices of their mentions in order
        for i, (_, cl) in enumerate(ordered):
            self.at.setdefault(cl, []).append(i)
        self.by_class: dict[str, list[_Cluster]] = {}
        for cl in self.at:
            for role_class in cl.role_classes | cl.titles:
                self.by_class.setdefault(role_class, []).append(cl)

    def before(self, pos: int, role_class: str) -> list[_Cluster]:
        """People with a role of ``role_class`` mentioned at or before ``pos``, latest first."""
        last = bisect_right(self.starts, pos) - 1
        found = []
        for cl in self.by_class.get(role_class, []):
            indices = self.at[cl]
            k = bisect_right(indices, last)
            if k:
                found.append((indices[k - 1], cl))
        return [cl for _, cl in sorted(found, key=lambda f: f[0], reverse=True)]

    def last_at(self, cl: _Cluster, pos: int) -> int:
        """Where the person was last mentioned at or before ``pos`` (-1: not before it)."""
        indices = self.at.get(cl, [])
        k = bisect_right(indices, bisect_right(self.starts, pos) - 1)
        return self.starts[indices[k - 1]] if k else -1


def _role_mention_head(
    tok: Token, lex: RoleLexicon, named: frozenset[str] = frozenset()
) -> tuple[str, Token] | None:
    """The role noun ``tok`` heads and its "the", when "the <words> <noun>" may point back to
    someone: not an apposition that gives a role ("Jan Roe, the mayor,"), not a title before a
    name ("the mayor Jan Roe"), not a new office holder ("the next mayor")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return None
    noun = _role_noun(tok, lex, named)
    if noun is None:
        return None
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or det.i < tok.i - 3 or tok.dep_ == "appos":
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.dep_ in ("compound", "appos")):
        return None
    between = doc[det.i + 1 : tok.i]
    if any(
        t.lower_ in lex.not_anaphoric or t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL"
        for t in between
    ):
        return None
    return noun, det


def _role_words(cl: _Cluster) -> set[str]:
    """The lower-cased words of a person's role and titles."""
    return set(_lower_words(cl.role or "")) | cl.title_words


def _role_referent(
    tok: Token, noun: str, det: Token, recent: _RecentMentions, lex: RoleLexicon
) -> _Cluster | None:
    """The person "the <words> <noun>" at ``tok`` points back to: the most recent one the text
    gave that noun (or another written form of the office: "the senator" for "Sen. Roe"), or,
    for a generic noun ("the lawmaker"), any role of its class. The words before the noun must
    agree with the role: a place or party ("the Ohio governor"), a rank ("the deputy
    minister" is not the minister) and a level of office ("the district judge"). With nothing
    in the text to back it, no one: "the billionaire" is not whichever executive was named
    last."""
    between = list(tok.doc[det.i + 1 : tok.i])
    tags = _modifier_tags(between, lex)
    # a rank or a level of office before the noun ("the deputy minister", "the district
    # judge") must be in the person's role too; a two-word noun's own words need no check,
    # nor a place's name ("the Bay State governor")
    qualifiers = lex.rank_words | lex.jurisdictions
    ranks = {t.lower_ for t in between if t.is_lower and t.lower_ in qualifiers} - set(noun.split())
    # a common noun before the role noun names the body or field of the office ("the council
    # leader", "the party chairman"): the person's role must name it too ("leader of the
    # opposition group" is not "the council leader")
    ranks |= {
        t.lower_
        for t in between
        if t.is_lower and t.tag_ == "NN" and t.dep_ == "compound" and t.lower_ not in lex.roles
    } - set(noun.split())
    office = lex.office(noun)
    fit = [
        c
        for c in recent.before(tok.idx, lex.roles.get(noun, noun))
        if not (tags and c.role_tags and not tags & c.role_tags) and ranks <= _role_words(c)
    ]
    fit = [c for c in fit if tags & c.role_tags] or fit  # "the Ohio governor": Ohio's first
    # a role of two words whose words the person's title holds apart: "the deputy minister"
    # for "Deputy Foreign Minister Jan Roe"
    split = [n.split() for n in office if " " in n]
    exact = [
        c
        for c in fit
        if office & (c.role_nouns | c.title_nouns)
        or any(set(words) <= _role_words(c) for words in split)
    ]
    if exact:
        return exact[0]
    return fit[0] if fit and noun in lex.generic else None


def _role_noun_mentions(doc: Doc, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon) -> None:
    """'the ambassador' -> the person it points back to (``_role_referent``); "the party
    chairman, Jan Roe," introduces the name after it and points back to no one."""
    recent = _RecentMentions(owner)
    named_at = {s: e for s, e in owner}
    body = doc._.cr_body_start or 0
    # nouns no list holds that the text gave someone as "a baker named Jan Roe"
    named = frozenset(n for cl in owner.values() for n in cl.role_nouns if n not in lex.roles)
    for tok in doc:
        if tok.idx < body:
            continue
        head = _role_mention_head(tok, lex, named)
        if head is None:
            continue
        noun, det = head
        if _name_set_after(doc, tok.i, named_at, lex):
            continue  # "the party chairman, Jan Roe,": the name follows; nothing points back
        if _titles_a_name(tok, named_at, lex):
            continue  # "The Minister for Health Jan Roe said": the noun is the name's title
        if _trade_of_name_after(doc, tok.i, named_at, lex):
            continue  # "the rapper and producer Jan Roe": the noun is Roe's own role
        pick = _role_referent(tok, noun, det, recent, lex)
        if pick is not None and _unnamed_at(tok, lex.office(noun), lex) > recent.last_at(
            pick, tok.idx
        ):
            # "The ambassador, Jan Roe, said ... . A senior diplomat said ... , the diplomat
            # said": the nearest holder of the office is the unnamed one, so no one named
            continue
        if pick is None and det.i == tok.i - 1:
            pick = _named_next(tok, noun, owner, lex)
        if pick is not None:
            owner[(det.idx, tok.idx + len(tok.text))] = pick


def _titles_a_name(tok: Token, named_at: dict[int, int], lex: RoleLexicon) -> bool:
    """Whether the capitalised noun at ``tok`` is the title of a name its own "of" or "for"
    phrase ends with: in "The Minister for Health Jan Roe said" the parse may hang the name on
    the department, yet the noun is Roe's title and points back to no one. A capitalised
    department must stand between: "the lawyer for Jan Roe" is someone else."""
    if not tok.is_title:
        return False
    doc = tok.doc
    prep = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in ("of", "for") or prep.head.i != tok.i:
        return False
    j = prep.i + 1
    while j < len(doc) and doc[j].idx not in named_at:
        if not (doc[j].is_title or doc[j].lower_ in ("of", "the", "and", "&")):
            return False
        j += 1
    if not (prep.i + 1 < j < len(doc) and j <= tok.right_edge.i):
        return False
    return office_with_department(tok, doc[prep.i + 1 : j], lex)


def _trade_of_name_after(doc: Doc, i: int, named_at: dict[int, int], lex: RoleLexicon) -> bool:
    """Whether the noun at ``i`` is the first of two trades joined by "and" right before a
    name ("the rapper and producer Jan Roe"): both are that person's roles (``joined_trades``),
    so the first points back to no one."""
    j = i + 2
    if j + 1 >= len(doc) or doc[i + 1].lower_ != "and" or not doc[j].is_lower:
        return False
    return doc[j + 1].idx in named_at and joined_trades(doc[i].text, doc[j].text, lex)


def _name_set_after(doc: Doc, i: int, named_at: dict[int, int], lex: RoleLexicon) -> bool:
    """Whether a comma and a person's name follow the noun at ``i`` (``named_at``: where each
    mention starts -> where it ends): "the council leader, Jan Roe," introduces the name and
    points back to no one. A courtesy title or office may stand before the name ("the
    council leader, Cllr Jan Roe,") when a comma or the sentence's end closes it: in "...
    chatted with the former minister, Mr. Roe held a party" the name opens a new clause."""
    j = i + 2
    if j >= len(doc) or doc[i + 1].text != ",":
        return False
    while (
        j < len(doc)
        and j - i - 2 < 3
        and doc[j].idx not in named_at
        and doc[j].text[:1].isupper()
        and (doc[j].lower_ in lex.honorifics or lex.role_class(doc[j].text) is not None)
    ):
        j += 1
    if j >= len(doc) or doc[j].idx not in named_at:
        return False
    if j == i + 2:
        return True
    end = named_at[doc[j].idx]
    after = next((t for t in doc[j:] if t.idx >= end), None)
    return after is None or after.text in (",", ".", ";", ")", "—", "–")


_KIN_REACH = 1500  # characters back to the person "her daughter" may point to


def _kin_mentions(doc: Doc, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon) -> None:
    """ "her daughter said" -> the one person the text introduced as "her daughter, Ana Roe"
    (the same possessive and kinship noun), mentioned within ``_KIN_REACH`` characters
    before. Two people introduced so ("her son, Jan; her son, Tom") leave it to no one, and
    "her daughter, Ana Roe," with a name beside it points back to no one."""
    holders: dict[tuple[str, str], list[_Cluster]] = {}
    for cl in dict.fromkeys(owner.values()):
        for rel in cl.kin_of:
            holders.setdefault(rel, []).append(cl)
    if not holders:
        return
    named_at = {s: e for s, e in owner}
    starts: dict[_Cluster, list[int]] = {}
    for (s, _), cl in owner.items():
        starts.setdefault(cl, []).append(s)
    body = doc._.cr_body_start or 0
    for tok in doc[1:]:
        pron = doc[tok.i - 1]
        if tok.idx < body or pron.tag_ != "PRP$" or tok.tag_ != "NN":
            continue
        # "her brother-in-law" is not "her brother": the whole hyphenated word is the relation
        last = kin_compound(doc, tok.i) - 1
        found = holders.get((pron.lower_, doc[tok.i : last + 1].text.lower()), [])
        if len(found) != 1 or tok.dep_ == "appos":
            continue
        end = doc[last]
        nxt = doc[end.i + 1] if end.i + 1 < len(doc) else None
        if nxt is not None and (
            nxt.pos_ == "PROPN" or nxt.dep_ in ("compound", "appos") or nxt.tag_ == "POS"
        ):
            continue  # "her son Jan", a name follows; "her son's wife" is someone else
        if _name_set_after(doc, end.i, named_at, lex):
            continue  # "her daughter, Ana Roe,": the name follows; nothing points back
        cl = found[0]
        before = [s for s in starts.get(cl, []) if s < pron.idx]
        if before and pron.idx - max(before) <= _KIN_REACH:
            owner[(pron.idx, end.idx + len(end.text))] = cl


_LEAD_REACH = 600  # characters after a role-only mention in which its holder may be named


def _named_next(
    tok: Token, noun: str, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon
) -> _Cluster | None:
    """A wire lead often gives the role before the name: "The ambassador warned on Tuesday
    that ... . Ambassador Jan Roe told reporters ...". A bare "the <noun>" that points back to
    no one is the one person named within the next few sentences (``_LEAD_REACH``) with that
    office, and not named before it; none, or two, leave it to no one. Nor does it point
    ahead when someone named before it in the body has no role the text gives ("Jan Roe
    said ... . "...," the minister said"): the noun may well be theirs, and a later holder
    of the office is most likely someone else."""
    office = lex.office(noun)
    if _introduced_unnamed(tok, office, lex):
        return None
    start = tok.idx + len(tok.text)
    holders = {
        id(cl): cl
        for (s, _), cl in owner.items()
        if start <= s < start + _LEAD_REACH and office & (cl.role_nouns | cl.title_nouns)
    }
    if len(holders) != 1:
        return None
    (cl,) = holders.values()
    # the holder named in the noun's own phrase ("the director of the centre, Jan Roe,")
    own = tok.right_edge.idx + len(tok.right_edge.text)
    body = tok.doc._.cr_body_start or 0
    if not any(start <= s < own for (s, _), c in owner.items() if c is cl) and any(
        body <= s < tok.idx and not (c.role or c.title_words or c.kin_of)
        for (s, _), c in owner.items()
    ):
        return None
    named_before = any(s < tok.idx for (s, _), c in owner.items() if c is cl)
    return None if named_before else cl


_UNNAMED_REACH = 120  # tokens back, about the paragraph before: where "a spokesperson" still counts


def _introduced_unnamed(tok: Token, office: frozenset[str], lex: RoleLexicon) -> bool:
    """Whether "a <noun>" of the same office is the subject of a clause shortly before ``tok``
    ("A spokesperson said ... . "...," the spokesperson said."): "the <noun>" points back to
    that unnamed person, not to someone named with the office further on."""
    return _unnamed_at(tok, office, lex) >= 0


def _unnamed_at(tok: Token, office: frozenset[str], lex: RoleLexicon) -> int:
    """Where the latest "a <noun>" of the same office that is the subject of a clause shortly
    before ``tok`` starts (-1: none)."""
    doc = tok.doc
    for prev in reversed(doc[max(0, tok.i - _UNNAMED_REACH) : tok.i]):
        if prev.tag_ != "NN" or not (lex.office(prev.lower_) & office):
            continue
        if prev.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "the council wants a spokesperson who ...": no one has spoken
        det = next((c for c in prev.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("a", "an") and det.i >= prev.i - 3:
            return prev.idx
    return -1
