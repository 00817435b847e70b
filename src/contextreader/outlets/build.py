"""Build the generated layer of the outlet knowledge base from two public lists.

    python -m contextreader.outlets.build [--matrix CSV] [--perennial CSV] [--out JSON]

Inputs (defaults: ``../shared/data/outlets/`` beside the project):

- ``state_media_matrix.csv``: the Alliance for Securing Democracy's state-media profiles (MIT
  licence), whose country, company, asset and typology columns come from the State Media Monitor
  (Media and Journalism Research Center, typology as of 2023). Every row with a URL is taken.
- ``wikipedia_perennial_sources.csv``: a parse of English Wikipedia's perennial sources list. Only
  the status, the year last discussed, the shortcut and the domains are taken, never a sentence.

Rows that share a host become one entry (an outlet's radio and TV on one site, or one outlet on
many hosts); a perennial-list entry joins the state-media entry it shares a host with. Names are
sorted into two tiers: distinctive names of two or more words match anywhere in a text; short or
generic ones ("TV2", "The Nation") only as a dateline or closing credit or in page metadata.
Every note is written here in our own words. The output is validated with the same code that
loads it, so a bad build never reaches the package.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from contextreader.outlets.domains import host_of, registrable_domain
from contextreader.outlets.kb import GENERATED_FILE, SCHEMA_VERSION, KnowledgeBaseError, build_kb
from contextreader.outlets.words import BuildWords, load_words

SMM_ORIGIN = "state-media-matrix"
RSP_ORIGIN = "perennial-sources"
SMM_SOURCE = "https://statemediamonitor.com/typology/"
SMM_SOURCE_NAME = (
    "State Media Monitor (MJRC), via the Alliance for Securing Democracy's state media profiles"
)
SMM_AS_OF = "2023"
ASD_SOURCE = "https://github.com/ASD-at-GMF/state-media-profiles"
ASD_AS_OF = "2024"
RSP_PAGE = "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources"

# The State Media Monitor's seven models, explained in our own words: who controls the funding,
# the governance and ownership, and the editorial line.
TYPOLOGY = {
    "SC": "state-controlled media (SC): the state controls its funding, its ownership and "
    "governance, and its editorial line",
    "CaPu": "captured public or state-managed media (CaPu): not funded directly by the state, but "
    "the state controls its governance and ownership and its editorial line",
    "CaPr": "captured private media (CaPr): privately owned, with its editorial line controlled "
    "by the state or those close to it",
    "ISFM": "independent state-funded and state-managed media (ISFM): state funding and "
    "state-appointed governance, with editorial independence",
    "ISF": "independent state-funded media (ISF): state funding, with independent governance and "
    "editorial line",
    "ISM": "independent state-managed media (ISM): state-run governance and ownership, without "
    "state funding or editorial control",
    "IP": "independent public media (IP): independent of the state in funding, governance and "
    "editorial line",
}


# -- reading the lists ----------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One input row, reduced to what the build uses."""

    origin: str
    names: list[str]  # display name first
    hosts: list[str]  # whole sites
    paths: list[str] = field(default_factory=list)  # parts of a site: 'host/path', no query
    country: str | None = None
    company: str | None = None
    typology: str | None = None
    status: str | None = None
    rsp: dict[str, str] = field(default_factory=dict)


def read_matrix(path: Path, words: BuildWords | None = None) -> list[Row]:
    """State-media rows that have a URL.

    A URL with a path that is more than a language or a home page names one part of a site
    ('prasarbharati.gov.in/doordarshan/'): the row claims that path, never the whole host,
    unless several such rows of one company share a host no row lists as a whole site (the
    company's site, with its radio at '/radio/' and its television at '/tv/')."""
    words = words or load_words()
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            url = (r.get("URL") or "").strip()
            address = _address(url, words)
            if address is None:
                continue
            kind, where = address
            asset = _clean(r.get("Main assets") or "")
            company = _clean(r.get("Media company") or "")
            rows.append(
                Row(
                    origin=SMM_ORIGIN,
                    names=[asset or company],
                    hosts=[where] if kind == "host" else [],
                    paths=[where] if kind == "path" else [],
                    country=_clean(r.get("Country") or "") or None,
                    company=company or None,
                    typology=(r.get("Typology") or "").strip() or None,
                    status=(r.get("Status") or "").strip() or None,
                )
            )
    _company_sites(rows)
    return rows


def _company_sites(rows: list[Row]) -> None:
    """Rows of one company on parts of a host that no row lists whole: the host is the
    company's site, and the rows claim it together."""
    whole = {h for r in rows for h in r.hosts}
    parts: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        for p in r.paths:
            host = p.partition("/")[0]
            if host not in whole and r.company:
                parts.setdefault((host, r.company), []).append(r)
    for (host, _), group in parts.items():
        if len(group) > 1:
            for r in group:
                r.hosts, r.paths = [host], []


def read_perennial(path: Path, words: BuildWords) -> list[Row]:
    """Perennial-list rows that name at least one usable domain."""
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            found = [a for d in (r.get("domains") or "").split() if (a := _address(d, words))]
            hosts = [w for k, w in dict.fromkeys(found) if k == "host"]
            hosts = [h for h in hosts if h not in words.shared_hosts]
            paths = [w for k, w in dict.fromkeys(found) if k == "path"]
            if not hosts and not paths:
                continue
            name = _clean(r.get("name") or "")
            qualifier = (r.get("qualifier") or "").strip()
            names = [name, *_split_names(qualifier.strip("()"))] if qualifier else [name]
            rows.append(
                Row(
                    origin=RSP_ORIGIN,
                    names=names,
                    hosts=hosts,
                    paths=paths,
                    rsp={k: (r.get(k) or "").strip() for k in _RSP_FIELDS},
                )
            )
    return rows


_RSP_FIELDS = (
    "id",
    "name",
    "qualifier",
    "status",
    "blacklisted",
    "last_discussed",
    "shortcut",
    "snapshot",
)


def _host(text: str) -> str | None:
    """A bare lower-case host from a URL or 'domain/path' (None for anything else)."""
    text = text.strip().rstrip("*")
    if not text or " " in text or "." not in text:
        return None
    host = host_of(text)
    if host is None or registrable_domain(host) is None:
        return None
    return host.removeprefix("www.")


def _address(text: str, words: BuildWords) -> tuple[str, str] | None:
    """('host', 'x.com') for a whole site, ('path', 'x.com/radio') for a part of one, or None.

    A path of languages, figures and home-page words (``home_paths``: '/en/', '/EN/Default.aspx')
    is the whole site. A page's query ('/newspapers?id=11') leaves nothing to match: the path
    alone would claim every page beside it."""
    host = _host(text)
    if host is None:
        return None
    raw = text.strip().rstrip("*")
    split = urlsplit(raw if "://" in raw else "//" + raw.lstrip("/"))
    segments = [s for s in split.path.lower().split("/") if s]
    if all(_home_segment(s, words) for s in segments):
        return ("host", host)
    if split.query:
        return None
    return ("path", "/".join([host, *segments]))


def _home_segment(segment: str, words: BuildWords) -> bool:
    """'en', 'pt-br', '0', 'index.html', 'Default.aspx', 'home': nothing that names a part."""
    stem = segment.rsplit(".", 1)[0] if "." in segment else segment
    if stem in words.part_paths:
        return False
    return (
        re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?|\d+", stem) is not None or stem in words.home_paths
    )


def _clean(name: str) -> str:
    """A name without footnote marks, doubled spaces, an unclosed parenthesis or a label
    ('News agency: Prensa Latina' -> 'Prensa Latina')."""
    name = " ".join(name.replace("*", " ").split()).strip(" ,;")
    if name.count("(") > name.count(")"):
        name += ")"
    head, colon, tail = name.partition(": ")
    if colon and "(" not in head and tail and (" " not in head or not head.istitle()):
        name = tail
    return name


def _split_names(text: str) -> list[str]:
    """Comma-separated names, each without a one-word label ('Television: Yicai TV')."""
    parts = (_clean(p) for p in re.split(r"[,;]| / ", text))
    return [re.sub(r"^[A-Z][a-z]+: ", "", n) for n in parts if n]


# -- grouping -------------------------------------------------------------------------------------


class _Groups:
    """Union-find over row indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(b)] = self.find(a)


def group_rows(rows: Sequence[Row], shared: frozenset[str] = frozenset()) -> list[list[Row]]:
    """Rows joined when they are one outlet, or one company's site.

    State-media rows join when they share a host or a path, a registrable domain within one
    company, or the same asset in the same country. A perennial-list row joins the state-media
    rows on its hosts and paths, and other perennial rows only under the same name on the same
    host ('Rolling Stone' and 'Rolling Stone (Culture Council)'): two rows that list one site
    under two names ('AllMovie', and 'RhythmOne' with AllMovie among its sites) stay apart, each
    with its own name and rating."""
    groups = _Groups(len(rows))
    first: dict[tuple[str, ...], int] = {}
    order = sorted(range(len(rows)), key=lambda i: rows[i].origin != SMM_ORIGIN)
    for i in order:
        row = rows[i]
        keys: list[tuple[str, ...]] = []
        if row.origin == SMM_ORIGIN:
            keys += [("host", h) for h in row.hosts] + [("path", p) for p in row.paths]
            # subdomains of one company's domain ('fr.people.com.cn') are one outlet; another
            # company's host on that domain ('radiosputnik.ria.ru') is not joined through it
            bases = (registrable_domain(h) for h in row.hosts)
            keys += [("domain", b, row.company or "") for b in bases if b and b not in shared]
            keys.append(("asset", row.country or "", _base_name(row.names[0])))
        else:
            own: list[tuple[str, ...]] = [("host", h) for h in row.hosts]
            own += [("path", p) for p in row.paths]
            for key in own:
                if key in first:
                    groups.union(first[key], i)
            name = _base_name(row.names[0]).casefold()
            hosts = [*row.hosts, *(p.partition("/")[0] for p in row.paths)]
            keys += [("rsp", h, name) for h in hosts]
            bases = (registrable_domain(h) for h in row.hosts)
            keys += [("rsp-domain", b, name) for b in bases if b and b not in shared]
        for key in keys:
            if key in first:
                groups.union(first[key], i)
            else:
                first[key] = i
    out: dict[int, list[Row]] = {}
    for i, row in enumerate(rows):
        out.setdefault(groups.find(i), []).append(row)
    return list(out.values())


# -- entries --------------------------------------------------------------------------------------


def build_entries(rows: Sequence[Row], words: BuildWords) -> list[dict[str, Any]]:
    """One entry per group, with unique ids, domains and match forms."""
    groups = group_rows(rows, words.shared_hosts)
    claims = _domain_claims(groups, words)
    rows_of: dict[str, int] = {}
    for row in rows:
        if row.origin == SMM_ORIGIN and row.company:
            rows_of[row.company] = rows_of.get(row.company, 0) + 1
    single = frozenset(c for c, n in rows_of.items() if n == 1)
    drafts = [_draft(group, *claims[i], words, single) for i, group in enumerate(groups)]
    drafts = [d for d in drafts if d.domains or d.paths]
    _resolve_forms(drafts)
    _assign_ids(drafts)
    return [_finish(d, words) for d in drafts]


def _domain_claims(
    groups: list[list[Row]], words: BuildWords
) -> dict[int, tuple[list[str], list[str]]]:
    """Each group's hosts, plus the registrable domain when no other group has a host under it,
    and its paths. A host or path two groups list goes to the one named after it ('allmovie.com'
    to AllMovie, not to RhythmOne), or to neither."""
    owners: dict[str, set[int]] = {}
    listed: dict[str, set[int]] = {}
    for i, group in enumerate(groups):
        for row in group:
            for h in row.hosts:
                listed.setdefault(h, set()).add(i)
                base = registrable_domain(h)
                if base is not None:
                    owners.setdefault(base, set()).add(i)
            for p in row.paths:
                listed.setdefault(p, set()).add(i)

    def mine(i: int, where: str) -> bool:
        others = listed[where]
        if others == {i}:
            return True
        named = [g for g in others if _named_after(groups[g], where)]
        return named == [i]

    claims: dict[int, tuple[list[str], list[str]]] = {}
    for i, group in enumerate(groups):
        hosts = [h for h in dict.fromkeys(h for row in group for h in row.hosts) if mine(i, h)]
        paths = [p for p in dict.fromkeys(p for row in group for p in row.paths) if mine(i, p)]
        bases = [registrable_domain(h) for h in hosts]
        extra = [
            b
            for b in bases
            if b is not None and owners.get(b) == {i} and b not in words.shared_hosts
        ]
        claims[i] = (list(dict.fromkeys(extra + hosts)), paths)
    return claims


def _named_after(group: list[Row], where: str) -> bool:
    """A site named after one of the group's rows: 'allmovie.com' and 'AllMovie'."""
    base = registrable_domain(where.partition("/")[0]) or where
    label = base.split(".")[0]
    return any(re.sub(r"\W", "", r.names[0]).casefold() == label for r in group)


@dataclass(slots=True)
class _Draft:
    rows: list[Row]
    domains: list[str]
    paths: list[str]
    name: str
    forms: list[str]
    country: str | None
    company: str | None
    id: str = ""

    @property
    def where(self) -> str:
        """The first host, or the first path when the entry has no host."""
        return (self.domains or self.paths)[0]


def _draft(
    group: list[Row],
    domains: list[str],
    paths: list[str],
    words: BuildWords,
    single: frozenset[str] = frozenset(),
) -> _Draft:
    smm = [r for r in group if r.origin == SMM_ORIGIN]
    rsp = [r for r in group if r.origin == RSP_ORIGIN]
    assets = list(dict.fromkeys(r.names[0] for r in smm))
    companies = list(dict.fromkeys(r.company for r in smm if r.company))
    countries = list(dict.fromkeys(r.country for r in smm if r.country))
    if rsp:
        name = _base_name(rsp[0].rsp["name"] or rsp[0].names[0])
    elif len(assets) == 1:
        name = assets[0]
    else:
        name = companies[0] if len(companies) == 1 else assets[0]
    forms: list[str] = []
    # on a site of several outlets, a company with several outlets in the list ('Middle East
    # Broadcasting Center') is no name of one of them (Al Arabiya): its name is a form only of
    # the entry named after it; a company with one outlet ('Kuwait Television' for KTV) is
    # that outlet's full name
    shown = (c for c in companies if c == name or (len(assets) > 1 and c in single))
    for n in [name, *assets, *shown]:
        forms += _name_forms(n, words)
    for r in rsp:
        forms += _name_forms(r.names[0], words)
        forms += [f for n in r.names[1:] for f in _name_forms(f"({n})", words)]
    # a short form one generic word makes ('The Post' among the Washington Post's names) names
    # many outlets: only an outlet's own name may be one
    forms = [
        f
        for f in dict.fromkeys(forms)
        if _usable(f, words) and (f == name or not _generic_short(f, words))
    ]
    company = companies[0] if len(companies) == 1 and companies[0] not in assets else None
    return _Draft(
        rows=group,
        domains=domains,
        paths=paths,
        name=_base_name(name) or name,
        forms=forms,
        country=countries[0] if len(countries) == 1 else None,
        company=company,
    )


def _generic_short(form: str, words: BuildWords) -> bool:
    """'The Post', 'Today', 'Star': one generic word, after an optional 'The'."""
    tokens = form.split()
    if tokens and tokens[0] == "The":
        tokens = tokens[1:]
    return len(tokens) == 1 and tokens[0].lower() in words.generic


def _base_name(name: str) -> str:
    """'Sputnik (news agency)' -> 'Sputnik'; 'Radio Television Afghanistan (RTA)' -> without."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).strip() or name


def _name_forms(name: str, words: BuildWords) -> list[str]:
    """A name and the names its parentheses hold: 'People's Daily (Renmin Ribao)' gives both,
    'Radio Television Afghanistan (RTA)' gives the acronym, '(French)' or '(USA)' nothing."""
    inner = re.findall(r"\(([^()]*)\)", name)
    base = _clean(re.sub(r"\([^()]*\)", " ", name))
    out = [base] if base else []
    for part in inner:
        out += [n for n in _split_names(part) if _ACRONYM.match(n) or _capitalised(n, words)]
    return out


def _capitalised(name: str, words: BuildWords) -> bool:
    """Every word capitalised or a particle: a name ('The Osprey'), not a note ('politics')."""
    return all(t[0].isupper() or t in words.particles for t in name.split())


_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9][A-Za-z0-9&.\-]{1,9}$")


def _usable(form: str, words: BuildWords) -> bool:
    """A form that can name an outlet: starts with a capital or digit, no dates, no domains."""
    if form in words.not_names or len(form) < 2 or len(form) > 80:
        return False
    if not (form[0].isupper() or form[0].isdigit()):
        return False
    if re.search(r"\b(19|20)\d\d\b|present|\.com\b|\.org\b|https?:", form):
        return False
    return not form.isdigit()


def _resolve_forms(drafts: list[_Draft]) -> None:
    """A form two entries share names neither of them; a shared name becomes 'Name (Country)'."""
    count: dict[str, int] = {}
    for d in drafts:
        for f in d.forms:
            count[f] = count.get(f, 0) + 1
    for d in drafts:
        d.forms = [f for f in d.forms if count[f] == 1]
    seen: dict[str, int] = {}
    for d in drafts:
        seen[d.name] = seen.get(d.name, 0) + 1
    for d in drafts:
        if seen[d.name] > 1 or (count.get(d.name, 0) > 1):
            d.name = f"{d.name} ({d.country or d.where})"
    names = [d.name for d in drafts]
    dupes = {n for n in names if names.count(n) > 1}
    for d in drafts:
        if d.name in dupes:
            d.name = f"{d.name} [{d.where}]"
        d.forms = [f for f in d.forms if f != d.name]


def _assign_ids(drafts: list[_Draft]) -> None:
    used: set[str] = set()
    for d in drafts:
        base = _slug(d.name) or _slug(d.where)
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        d.id = candidate


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def safe_anywhere(form: str, words: BuildWords) -> bool:
    """Two or more capitalised words, not all generic: 'Radio Afghanistan', not 'Daily News'."""
    tokens = form.split()
    if tokens and tokens[0] == "The":
        tokens = tokens[1:]
    if len(tokens) < 2 or len(form) < 6:
        return False
    if tokens[0].lower() in words.particles or tokens[-1].lower() in words.particles:
        return False
    for t in tokens:
        if t not in words.particles and not (t[0].isupper() or t[0].isdigit()):
            return False
    content = [t.lower().strip(".,'’") for t in tokens if t not in words.particles]
    return any(t not in words.generic and not t.isdigit() for t in content)


def infer_kind(names: Iterable[str], words: BuildWords) -> str | None:
    """The kind an outlet's own name states ('... News Agency', 'Radio ...'), else None."""
    for name in names:
        padded = f" {name} "
        for kind, markers in words.kind_words:
            if any(f" {m} " in padded for m in markers):
                return kind
    return None


def _finish(d: _Draft, words: BuildWords) -> dict[str, Any]:
    smm = [r for r in d.rows if r.origin == SMM_ORIGIN]
    rsp = [r for r in d.rows if r.origin == RSP_ORIGIN]
    origin = "+".join(o for o in (SMM_ORIGIN, RSP_ORIGIN) if any(r.origin == o for r in d.rows))
    forms = [f for f in (d.name, *d.forms) if _usable(f, words)]
    # the perennial list holds many sites that are not news outlets ('House of Commons' is a
    # name of Hansard there): its names count only as credits unless a state-media row agrees
    anywhere = [f for f in forms if smm and safe_anywhere(f, words)]
    strict = [f for f in forms if f not in anywhere]
    if d.name not in anywhere and d.name not in strict:
        strict.insert(0, d.name)  # a name like 'anchor' is a credit at most, never a word
    entry: dict[str, Any] = {"id": d.id, "name": d.name, "origin": origin}
    kind = infer_kind([d.name, *(r.names[0] for r in smm), *(d.company or "",)], words)
    if kind:
        entry["kind"] = kind
    if d.country:
        entry["country"] = d.country
    if d.company:
        entry["ownership"] = f"Part of {d.company}"
    aliases = [f for f in anywhere if f != d.name]
    if aliases:
        entry["aliases"] = aliases
    if strict:
        entry["dateline_credits"] = strict
    entry["domains"] = d.domains
    if d.paths:
        entry["paths"] = d.paths
    entry["notes"] = _smm_notes(d, smm) + _rsp_notes(rsp)
    return entry


def _smm_notes(d: _Draft, rows: list[Row]) -> list[dict[str, str]]:
    if not rows:
        return []
    notes = []
    if d.company:
        notes.append(
            _note(
                "fact",
                "Company",
                f"The State Media Monitor lists it under {d.company}"
                + (f" ({d.country})." if d.country else "."),
                SMM_SOURCE,
                SMM_SOURCE_NAME,
                SMM_AS_OF,
            )
        )
    by_code: dict[str, list[str]] = {}
    for r in rows:
        if r.typology and TYPOLOGY.get(r.typology.rstrip("?")):
            by_code.setdefault(r.typology, []).append(r.names[0])
    for code, assets in by_code.items():
        # two codes on one site (a broadcaster's TV and radio classed apart) are both stated,
        # each with the outlets it covers
        if len(by_code) > 1:
            named = ", ".join(dict.fromkeys(assets))
            text = f"Classes {named} as {TYPOLOGY[code.rstrip('?')]}. (typology as of {SMM_AS_OF}"
            label = f"State Media Monitor ({named})"
        else:
            text = f"Classed as {TYPOLOGY[code.rstrip('?')]}. (typology as of {SMM_AS_OF}"
            label = "State Media Monitor"
        text += "; marked as uncertain in the list)" if code.endswith("?") else ")"
        notes.append(_note("classification", label, text, SMM_SOURCE, SMM_SOURCE_NAME, SMM_AS_OF))
    if any((r.status or "").lower() == "currently not functional" for r in rows):
        notes.append(
            _note(
                "context",
                "Site status",
                "The Alliance for Securing Democracy's list marks its website as not working.",
                ASD_SOURCE,
                "Alliance for Securing Democracy: state-media-profiles",
                ASD_AS_OF,
            )
        )
    return notes


def _rsp_notes(rows: list[Row]) -> list[dict[str, str]]:
    notes = []
    labels: set[str] = set()
    for r in rows:
        f = r.rsp
        label = "Wikipedia perennial sources"
        scope = rsp_scope(f["id"], f["name"], f["qualifier"])
        if scope:
            label += f" ({scope})"
        elif f["id"] and _base_name(f["id"]) != _base_name(f["name"]) and f["id"] != f["name"]:
            label += f" ({f['id']})"
        elif labels:
            label += f" ({f['id'] or f['name']})"
        if label in labels:
            continue
        labels.add(label)
        year = f["last_discussed"]
        text = (
            f"Listed as '{f['status']}' on English Wikipedia's perennial sources list, where "
            "editors record their consensus on sources"
            + (f" (last discussed {year})." if year.isdigit() else ".")
        )
        if f["blacklisted"].lower() == "yes":
            text += " Links to it are on Wikipedia's spam blacklist."
        shortcut = f["shortcut"]
        source = f"https://en.wikipedia.org/wiki/{shortcut}" if shortcut else RSP_PAGE
        name = "Wikipedia: Reliable sources/Perennial sources" + (
            f" ({shortcut})" if shortcut else ""
        )
        notes.append(_note("classification", label, text, source, name, _snapshot(f["snapshot"])))
    return notes


def rsp_scope(row_id: str, name: str, qualifier: str) -> str:
    """The part of an outlet a row of the perennial list rates, in the list's own words; '' when
    the row rates the whole outlet.

    The scope is the parenthesis that sets the row's id apart from the outlet's name ('Fox News
    (politics and science)', 'Rolling Stone (Culture Council)'), or else the row's qualifier
    when it reads as a scope: a topic in lower case or a period ('(news excluding politics and
    science)', '(May 2025present)'). A qualifier in capitals is another name ('(AFP)', '(The
    Osprey)') or a place that tells two outlets apart ('(UK)'), and so is a parenthesis of the
    id where the name has one of its own ('The Free Press (Bari Weiss)' beside 'The Free Press
    (CBS News)').
    """
    parts: list[str] = []
    if row_id != name and _base_name(row_id).casefold() == _base_name(name).casefold():
        parts = re.findall(r"\(([^()]*)\)\s*$", row_id)
        if _base_name(name) != name:
            parts = [p for p in parts if _is_scope(p)]
    if not parts:
        parts = re.findall(r"\(([^()]*)\)", qualifier)
        if not all(_is_scope(p) for p in parts):
            return ""
    # the parse glued a period's end to its start: '(May 2025present)', '(October 2020October
    # 2022)'
    return ", ".join(re.sub(r"(\d)(?=present|[A-Z])", "\\1–", p.strip()) for p in parts)


_YEAR = r"(?:1[89]|20)\d\d"
_DAY_MONTH = r"(?:(?:\d{1,2}[ ])?[A-Z][a-z]+[ ])?"
# a period as the list writes it: '2013–present', 'pre–October 2020', '5 August 2010present'
_PERIOD = re.compile(
    rf"(?:pre[-–][ ]?)?{_DAY_MONTH}{_YEAR}(?:[ ]?[-–]?[ ]?(?:present|{_DAY_MONTH}{_YEAR}))?"
)


def _is_scope(text: str) -> bool:
    """A topic in lower case ('politics and science', '"places" articles') or a period."""
    letter = next((c for c in text if c.isalpha()), "")
    return letter.islower() or _PERIOD.fullmatch(text.strip()) is not None


def _snapshot(text: str) -> str:
    """'audiodude-scrape-2026-04' -> '2026-04'."""
    m = re.search(r"\d{4}(-\d{2}(-\d{2})?)?", text)
    return m.group(0) if m else "2026"


def _note(kind: str, label: str, text: str, source: str, name: str, as_of: str) -> dict[str, str]:
    return {
        "kind": kind,
        "label": label,
        "text": text,
        "source": source,
        "source_name": name,
        "as_of": as_of,
    }


# -- writing --------------------------------------------------------------------------------------


def build(matrix: Path, perennial: Path) -> dict[str, Any]:
    """The generated layer as a JSON-ready dict, validated."""
    words = load_words()
    rows = read_matrix(matrix, words) + read_perennial(perennial, words)
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "built_from": {
            SMM_ORIGIN: "State Media Monitor (Media and Journalism Research Center) typology as of "
            "2023, via the Alliance for Securing Democracy's state-media-profiles "
            "(State_Media_Matrix.csv), MIT licence, Copyright (c) 2023 ASD-at-GMF",
            RSP_ORIGIN: "English Wikipedia, Reliable sources/Perennial sources: status, year "
            "last discussed, shortcut and domains only (no text copied)",
        },
        "outlet": build_entries(rows, words),
    }
    build_kb(data, GENERATED_FILE)
    return data


def write(data: dict[str, Any], out: Path) -> None:
    """One entry a line: compact to load, and a rebuild shows as a readable diff."""
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in data["outlet"]]
    head = json.dumps({"schema": data["schema"], "built_from": data["built_from"]})
    body = ",\n".join(lines)
    out.write_text(f'{head[:-1]}, "outlet": [\n{body}\n]}}\n', encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    shared = Path.cwd().parent / "shared" / "data" / "outlets"
    default_out = Path(str(resources.files("contextreader.data").joinpath(GENERATED_FILE)))
    parser = argparse.ArgumentParser(prog="python -m contextreader.outlets.build")
    parser.add_argument("--matrix", type=Path, default=shared / "state_media_matrix.csv")
    parser.add_argument(
        "--perennial", type=Path, default=shared / "wikipedia_perennial_sources.csv"
    )
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    for path in (args.matrix, args.perennial):
        if not path.is_file():
            print(f"build: input not found: {path}", file=sys.stderr)
            return 1
    try:
        data = build(args.matrix, args.perennial)
    except KnowledgeBaseError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    write(data, args.out)
    print(f"build: wrote {len(data['outlet'])} outlets to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
