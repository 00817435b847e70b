"""People: PERSON mentions merged per person, with the role the text gives them.

A reader wants one entry per person, not one per way of writing the name: "Jane Roe", "Roe",
"Ms. Roe" and "the senator" (when it clearly points back to her) are one person. The component
works in four passes over the doc, each linear in its size:

1. candidate names from the tagger's PERSON entities, cleaned of honorifics, titles and possessive
   endings, and dropped when they overlap an outlet mention (``doc.spans["cr_outlets"]``) or look
   like an organisation or a dateline credit;
2. clustering: a one-word name joins the only full name that ends (or starts) with it;
3. more mentions: any other token that spells a known one-word key (the tagger often misses a bare
   surname, or calls it an ORG), and "the <role noun>" pointing back to the most recent person
   whose role has a noun of the same class ("the ambassador", "the diplomat");
4. roles from titles before the name ("Deputy Foreign Minister Jan Roe") and appositions on either
   side of it ("the city's mayor, Jan Roe," / "Jan Roe, the under secretary of state for ...").

Transcript labels ("ROE: Well, ...", '"MR. ROE: ...', "Q: ...") name a speaker in capitals: a label
that spells a person's surname or full name (any case) is a mention of that person; one that
names no one in the article is no person of its own. The turns are kept in
``doc.user_data["cr_people.labels"]`` (``TranscriptTurn`` list) for cr_quotes and cr_assertions.

Results: ``doc._.cr_people`` (report.Person list), ``doc.spans["cr_people"]`` (one span per mention
with ``span._.cr_person_id``), and ``doc.user_data["cr_people.gender"]`` ({person id: "male" |
"female"}) for the pronoun resolution in cr_quotes: from an honorific or gendered role when the
text gives one, else from the first name (``first_names.toml``, a soft hint: unknown otherwise).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from contextreader.analysis import extensions  # noqa: F401
from contextreader.analysis.paragraphs import is_heading
from contextreader.report import Person

GENDER_KEY = "cr_people.gender"
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
_TITLED_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP"})
_NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "del", "la", "le", "bin", "al", "ibn"}


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    """Role nouns (with their class), honorifics (with gender) and non-person words."""

    roles: dict[str, str]
    honorifics: dict[str, str]
    gendered: dict[str, str]
    not_person: frozenset[str]

    def role_class(self, words: str) -> str | None:
        return self.roles.get(words.lower())

    def classes_in(self, text: str) -> set[str]:
        """Classes of every role noun (one or two words) written in ``text``."""
        words = [w.strip(",.").lower() for w in text.split()]
        found = {self.roles[w] for w in words if w in self.roles}
        found |= {self.roles[f"{a} {b}"] for a, b in pairwise(words) if f"{a} {b}" in self.roles}
        return found


@cache
def role_lexicon() -> RoleLexicon:
    """Load and check ``role_nouns.toml`` once."""
    raw = tomllib.loads(files("contextreader.data").joinpath("role_nouns.toml").read_text("utf-8"))
    roles = {str(k).lower(): str(v) for k, v in raw["roles"].items()}
    honorifics = {str(k).lower(): str(v) for k, v in raw["honorifics"].items()}
    gendered = {str(k).lower(): str(v) for k, v in raw.get("gendered", {}).items()}
    words = raw["not_person"]["words"]
    if not roles or not all(isinstance(w, str) for w in words):
        raise ValueError("role_nouns.toml: [roles] must not be empty; not_person.words are strings")
    for g in (*honorifics.values(), *gendered.values()):
        if g not in ("male", "female", ""):
            raise ValueError(f"role_nouns.toml: unknown gender {g!r}")
    return RoleLexicon(roles, honorifics, gendered, frozenset(w.lower() for w in words))


@cache
def first_name_genders() -> dict[str, str]:
    """Load and check ``first_names.toml`` once: {first name: "male" | "female"}.

    A soft hint for pronoun resolution when the text gives no honorific or gendered role:
    names listed under both genders are dropped, so an ambiguous name stays unknown.
    """
    raw = tomllib.loads(files("contextreader.data").joinpath("first_names.toml").read_text("utf-8"))
    out: dict[str, str] = {}
    both: set[str] = set()
    for gender in ("male", "female"):
        names = raw[gender]
        if not names or not all(isinstance(n, str) and n[:1].isupper() for n in names):
            raise ValueError(f"first_names.toml: {gender} must list capitalised names")
        for n in names:
            if out.get(n, gender) != gender:
                both.add(n)
            out[n] = gender
    return {n: g for n, g in out.items() if n not in both}


def _name_gender(cl: _Cluster) -> str:
    """The gender a person's first name usually goes with, from the longest name written."""
    words = max(cl.names, key=len) if cl.names else ()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return ""
    return first_name_genders().get(words[0], "")


@dataclass(slots=True)
class _Cluster:
    """One person while the component builds it."""

    id: str
    names: list[tuple[str, ...]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    role_classes: set[str] = field(default_factory=set)
    gender: str = ""

    @property
    def name(self) -> str:
        # an all-caps spelling (a transcript label, a shouted headline) only when nothing else
        best = max(self.names, key=lambda n: (len(n), not " ".join(n).isupper()))
        return " ".join(best)


# -- pass 1: candidate names -------------------------------------------------------------------


def _outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    group = doc.spans.get("cr_outlets") if "cr_outlets" in doc.spans else None
    return sorted((s.start_char, s.end_char) for s in group) if group is not None else []


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, mostly disjoint ``spans``."""
    i = bisect_right(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 3) : i])


def _clean_name(ent: Span, lex: RoleLexicon) -> tuple[Span, str, str] | None:
    """The name inside a PERSON entity, the title words cut from its front, and a gender."""
    start, end = ent.start, ent.end
    doc = ent.doc
    gender = ""
    title_start = start
    while start < end and (
        doc[start].lower_ in lex.honorifics
        or lex.role_class(doc[start].text) is not None
        or doc[start].is_punct
    ):
        gender = gender or lex.honorifics.get(doc[start].lower_, "")
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    if start >= end:
        return None
    title = doc[title_start:start].text if start > title_start else ""
    return doc[start:end], title, gender


def _looks_like_name(span: Span, lex: RoleLexicon) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 5:
        return False
    for t in words:
        if t.like_num or any(c.isdigit() for c in t.text) or t.lower_ in lex.not_person:
            return False
        if not t.text[:1].isupper() and t.lower_ not in _NAME_PARTICLES:
            return False
    return words[-1].text[:1].isupper()


def _is_credit(span: Span) -> bool:
    """A one-word name in parentheses is a dateline credit ("PARIS (Agency) -"), not a person."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
    )


def in_heading(span: Span, text: str) -> bool:
    """True when ``span`` sits on a line of ``text`` that reads as a headline or subhead."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return is_heading(text[start : end if end >= 0 else len(text)])


def _candidates(doc: Doc, lex: RoleLexicon) -> list[tuple[Span, str, str]]:
    """Cleaned PERSON entities of the body; headings are skipped (title case fools the tagger)."""
    body = doc._.cr_body_start or 0
    outlets = _outlet_spans(doc)
    out = []
    text = doc.text  # Doc.text is rebuilt on every access: read it once
    credits: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in _TITLED_LABELS or ent.start_char < body:
            continue
        cleaned = _clean_name(ent, lex)
        if cleaned is None:
            continue
        span = cleaned[0]
        # the tagger sometimes calls "Mayor Jan Roe" a work or an org: a title shows a person
        if ent.label_ != "PERSON" and not (cleaned[1] and len(span) >= 2):
            continue
        if _is_credit(span):
            credits.add(span.text)
            continue
        if _overlaps(outlets, span.start_char, span.end_char) or in_heading(span, text):
            continue
        if _looks_like_name(span, lex):
            out.append(cleaned)
    return [c for c in out if c[0].text not in credits]


def _is_label(span: Span, labels: list[tuple[int, int]]) -> bool:
    """An all-caps name inside a transcript label ("ROE:"): the label's turn decides who it is,
    and a label that names no one in the article is no person of its own."""
    return span.text.isupper() and _overlaps(labels, span.start_char, span.end_char)


# -- pass 2: clustering ------------------------------------------------------------------------


def _words(span: Span) -> tuple[str, ...]:
    return tuple(t.text for t in span if not t.is_punct)


def _cluster(cands: list[tuple[Span, str, str]]) -> tuple[list[_Cluster], dict[str, _Cluster]]:
    """Group names into people; also return the one-word keys that point to exactly one person."""
    clusters: list[_Cluster] = []
    by_full: dict[tuple[str, ...], _Cluster] = {}
    for span, _, gender in cands:
        words = _words(span)
        if len(words) < 2:
            continue
        key = (words[0].lower(), words[-1].lower())
        cl = by_full.get(key)
        if cl is None:
            cl = _Cluster(id=f"person{len(clusters) + 1}")
            clusters.append(cl)
            by_full[key] = cl
        cl.names.append(words)
        cl.gender = cl.gender or gender
    keys: dict[str, list[_Cluster]] = {}
    for cl in clusters:
        for first, last in {(n[0], n[-1]) for n in cl.names}:
            for k in {first, last}:
                if cl not in keys.setdefault(k, []):
                    keys[k].append(cl)
    unique = {k: v[0] for k, v in keys.items() if len(v) == 1}
    surnames = _surname_index(clusters)
    # surnames shared by several people stay separate, as a person of their own
    for span, _, gender in cands:
        words = _words(span)
        if len(words) != 1 or words[0] in unique:
            continue
        same = surnames.get(words[0].upper(), []) if words[0].isupper() else []
        if len(same) == 1:
            unique[words[0]] = same[0]  # "ROE" written in capitals is Jan Roe
            continue
        cl = _Cluster(id=f"person{len(clusters) + 1}", names=[words], gender=gender)
        clusters.append(cl)
        unique[words[0]] = cl
    return clusters, unique


# -- pass 3: mentions --------------------------------------------------------------------------


def _add_mentions(
    doc: Doc, cands: list[tuple[Span, str, str]], unique: dict[str, _Cluster], lex: RoleLexicon
) -> dict[tuple[int, int], _Cluster]:
    """Every name mention, then every bare token that spells a one-word key of one person."""
    owner: dict[tuple[int, int], _Cluster] = {}
    covered: set[int] = set()
    by_full = {
        (n[0].lower(), n[-1].lower()): c for c in unique.values() for n in c.names if len(n) > 1
    }
    for span, _, gender in cands:
        words = _words(span)
        if len(words) > 1:
            cl = by_full.get((words[0].lower(), words[-1].lower()))
        else:
            cl = unique.get(words[0])
        if cl is None:
            continue
        cl.gender = cl.gender or gender
        owner[(span.start_char, span.end_char)] = cl
        covered.update(range(span.start, span.end))
    body = doc._.cr_body_start or 0
    outlets = _outlet_spans(doc)
    for tok in doc:
        cl = unique.get(tok.text)
        if cl is None or tok.i in covered or tok.idx < body:
            continue
        if tok.ent_type_ not in ("", "PERSON", "ORG", "NORP", "GPE") or not tok.text[:1].isupper():
            continue
        if _overlaps(outlets, tok.idx, tok.idx + len(tok.text)):
            continue
        start = tok.i
        if start > 0 and doc[start - 1].lower_ in lex.honorifics:
            cl.gender = cl.gender or lex.honorifics[doc[start - 1].lower_]
        owner[(tok.idx, tok.idx + len(tok.text))] = cl
    return owner


def _role_noun_mentions(doc: Doc, owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon) -> None:
    """'the ambassador' -> the most recent person before it whose role has that noun's class."""
    ordered = sorted(owner.items(), key=lambda kv: kv[0])
    starts = [s for (s, _), _ in ordered]
    body = doc._.cr_body_start or 0
    for tok in doc:
        cls = lex.role_class(tok.lemma_) or lex.role_class(tok.text)
        if cls is None or tok.idx < body or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or det.i < tok.i - 3:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.dep_ in ("compound", "appos")):
            continue
        if tok.tag_ in ("NNS", "NNPS"):
            continue
        i = bisect_right(starts, tok.idx) - 1
        while i >= 0:
            cl = ordered[i][1]
            if cls in cl.role_classes:
                owner[(det.idx, tok.idx + len(tok.text))] = cl
                break
            i -= 1


# -- pass 4: roles -----------------------------------------------------------------------------


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].dep_ == "det" or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _role_before(name: Span, title: str, lex: RoleLexicon) -> str | None:
    """Title words in front of the name that modify it: "Deputy Foreign Minister Jan Roe"."""
    doc = name.doc
    members = set(range(name.start, name.end))
    i = name.start - 1
    while i >= 0:
        tok = doc[i]
        if tok.dep_ in _MODIFIER_DEPS and (tok.head.i in members) and not tok.is_punct:
            members.add(i)
            i -= 1
            continue
        break
    start = i + 1
    if start < name.start:
        s, e = _trim(doc, start, name.start)
        text = doc[s:e].text if s < e else ""
    else:
        text = title
    if text and lex.classes_in(text) and text[:1].isupper():
        return text
    return None


def _role_apposition(name: Span, lex: RoleLexicon) -> str | None:
    """A role beside the name: "<role>, Jan Roe," or "Jan Roe, <role>,"."""
    doc = name.doc
    root = name.root
    if root.dep_ == "appos" and root.head.i < name.start:
        head = root.head
        s, e = _trim(doc, head.left_edge.i, name.start)
        text = doc[s:e].text
        if s < e and e - s <= 15 and lex.classes_in(text):
            return text
    for child in root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.pos_ in ("NOUN", "PROPN"):
            s, e = _trim(doc, child.left_edge.i, child.right_edge.i + 1)
            text = doc[s:e].text
            if s < e and e - s <= 20 and (lex.classes_in(text) or child.pos_ == "NOUN"):
                return text
    return _role_after_comma(name, lex)


def _role_after_comma(name: Span, lex: RoleLexicon) -> str | None:
    """ "Jan Roe, the deputy minister of X, ..." read from the words when the parse misses it."""
    doc = name.doc
    sent_end = name.sent.end
    i = name.end
    if i + 1 >= sent_end or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return None
    j = i + 2
    while j < sent_end and j - i <= 16 and doc[j].text not in (",", ";", "(", ")", "—", "–"):
        if doc[j].lower_ in ("who", "which", "that") or doc[j].pos_ in ("VERB", "AUX"):
            return None
        j += 1
    s, e = _trim(doc, i + 1, j)
    text = doc[s:e].text
    return text if s < e and lex.classes_in(text) else None


def _assign_roles(
    cands: list[tuple[Span, str, str]], owner: dict[tuple[int, int], _Cluster], lex: RoleLexicon
) -> None:
    for span, title, _ in cands:
        cl = owner.get((span.start_char, span.end_char))
        if cl is None or cl.role:
            continue
        role = _role_apposition(span, lex) or _role_before(span, title, lex)
        if role:
            cl.role = role
            cl.role_classes = lex.classes_in(role)
            for word in role.lower().split():
                cl.gender = cl.gender or lex.gendered.get(word, "")


# -- transcript labels -------------------------------------------------------------------------

LABELS_KEY = "cr_people.labels"
# a paragraph that opens (after an optional opening mark) with one to three upper-case words and
# a colon: a speaker's turn in an interview transcript ("ROE: Well, ...", '"MR. DOE: ...', "Q: ...")
_LABEL = re.compile(
    r"^[^\S\n]*(?:[\"“'‘][^\S\n]*)?"
    r"(?P<label>[A-Z][A-Z.'’-]*(?:[^\S\n]+[A-Z][A-Z.'’-]*){0,2})[^\S\n]*:[^\S\n]*(?=\S)",
    re.M,
)
_QA = frozenset({"Q", "A"})


@dataclass(frozen=True, slots=True)
class TranscriptTurn:
    """One speaker's turn in a transcript: the label, what follows it, and who the label names.

    ``paragraph`` runs from the paragraph's first character (an opening mark included) to its
    last non-space one; ``content`` is the paragraph after the label and colon.
    """

    label: tuple[int, int]
    content: tuple[int, int]
    paragraph: tuple[int, int]
    person: str | None


def _label_key(label: str, lex: RoleLexicon) -> str:
    """The label without a courtesy title or role word in front ("MR. DOE" -> "DOE")."""
    words = label.split()
    while len(words) > 1 and (words[0].lower() in lex.honorifics or lex.role_class(words[0])):
        words = words[1:]
    return " ".join(words)


def _raw_labels(text: str, body: int) -> list[tuple[re.Match[str], int]]:
    """Every paragraph that opens with an upper-case label and a colon, with its end offset."""
    out = []
    for m in _LABEL.finditer(text, body):
        label = m.group("label")
        if not any(c.isalpha() for c in label):
            continue
        nl = text.find("\n", m.end())
        end = len(text) if nl < 0 else nl
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        if end > m.end():
            out.append((m, end))
    return out


def _surname_index(clusters: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """Upper-cased surnames and full names -> the people who have them."""
    index: dict[str, list[_Cluster]] = {}
    for cl in clusters:
        keys = {n[-1].upper() for n in cl.names} | {" ".join(n).upper() for n in cl.names}
        keys |= {f"{n[0]} {n[-1]}".upper() for n in cl.names if len(n) > 1}
        for k in keys:
            if cl not in index.setdefault(k, []):
                index[k].append(cl)
    return index


def _continued(text: str, end: int, opener: str, label_starts: set[int]) -> int:
    """Where a turn that opens with a quotation mark ends: like any quote run over paragraphs,
    it goes on through the next paragraphs that open with the same mark and no label of their
    own, up to a stage direction in parentheses ('"(CROSSTALK)')."""
    if not opener:
        return end
    while True:
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        if (
            start >= len(text)
            or "\n" not in text[end:start]
            or text[start] != opener
            or text[start + 1 : start + 2] == "("
            or any(start <= ls <= start + 1 for ls in label_starts)
        ):
            return end
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        while text[end - 1].isspace():
            end -= 1


def transcript_turns(
    text: str, body: int, clusters: list[_Cluster], lex: RoleLexicon
) -> list[tuple[TranscriptTurn, _Cluster | None]]:
    """The paragraphs that are speaker turns of a transcript, with the person each label names.

    Upper-case words before a colon also open corrections, section tags and shouted headlines
    ("CORRECTION: ...", "VIDEO: ..."), so a label counts only when it names a person of the
    article (surname or full name, any case), is "Q"/"A", carries a courtesy title ("MR. DOE"),
    or - in an article where at least two different labels count - opens two or more turns.
    """
    raw = _raw_labels(text, body)
    if not raw:
        return []
    index = _surname_index(clusters)
    keys = [_label_key(m.group("label"), lex) for m, _ in raw]
    counts: dict[str, int] = {}
    for k in keys:
        last = k.split()[-1]
        counts[last] = counts.get(last, 0) + 1
    qa = sum(counts.get(k, 0) for k in _QA)
    strong: set[str] = set()
    weak: set[str] = set()
    for (m, _), k in zip(raw, keys, strict=True):
        titled = k != m.group("label")
        if k in index or k.split()[-1] in index or titled or (k in _QA and qa >= 2):
            strong.add(k)
        elif counts[k.split()[-1]] >= 2:
            weak.add(k)
    accepted = strong | weak if len({k.split()[-1] for k in strong | weak}) >= 2 else strong
    out = []
    for (m, end), k in zip(raw, keys, strict=True):
        if k not in accepted:
            continue
        people = index.get(k) or index.get(k.split()[-1]) or []
        cl = people[0] if len(people) == 1 and k not in _QA else None
        para_start = text.rfind("\n", 0, m.start("label")) + 1
        while text[para_start].isspace():
            para_start += 1
        opener = text[para_start] if para_start < m.start("label") else ""
        end = _continued(text, end, opener, {r[0].start() for r in raw})
        if opener and text[end - 1] in "\"”’'" and end - 1 > m.end():
            end -= 1  # the mark that closes the turn is not part of the words
        turn = TranscriptTurn(
            label=m.span("label"),
            content=(m.end(), end),
            paragraph=(para_start, end),
            person=cl.id if cl is not None else None,
        )
        out.append((turn, cl))
    return out


# -- the component -----------------------------------------------------------------------------


@Language.component("cr_people", assigns=["doc._.cr_people", "doc.spans"])
def people_component(doc: Doc) -> Doc:
    """Find the people a news text names and every mention of each."""
    lex = role_lexicon()
    text = doc.text
    body = doc._.cr_body_start or 0
    labels = [m.span("label") for m, _ in _raw_labels(text, body)]
    cands = [c for c in _candidates(doc, lex) if not _is_label(c[0], labels)]
    clusters, unique = _cluster(cands)
    owner = _add_mentions(doc, cands, unique, lex)
    turns = transcript_turns(text, body, clusters, lex)
    for turn, cl in turns:
        if cl is not None:
            owner[turn.label] = cl
    doc.user_data[LABELS_KEY] = [t for t, _ in turns]
    _assign_roles(cands, owner, lex)
    _role_noun_mentions(doc, owner, lex)
    for cl in clusters:
        cl.gender = cl.gender or _name_gender(cl)
    spans: list[Span] = []
    for (s, e), cl in sorted(owner.items()):
        cl.mentions.append((s, e))
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            span._.cr_person_id = cl.id
            spans.append(span)
    people = [
        Person(id=cl.id, name=cl.name, role=cl.role, mentions=cl.mentions)
        for cl in clusters
        if cl.mentions
    ]
    doc._.cr_people = people
    doc.spans["cr_people"] = spans
    doc.user_data[GENDER_KEY] = {cl.id: cl.gender for cl in clusters if cl.gender}
    return doc
