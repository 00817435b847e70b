"""The outlet knowledge base: what each known news outlet is, with a source for every fact.

Two layers, merged when loaded:

- the curated layer, written by hand: ``contextreader/data/outlets.toml`` (the outlets the reader
  must know best, with ownership, funding and context) and ``outlets_major.toml`` (the world's
  major English-language outlets, mostly identity facts with a source);
- the generated layer, ``outlets_generated.json``, built by
  ``python -m contextreader.outlets.build``
  from the State Media Monitor matrix and English Wikipedia's perennial sources list.

Merging is by domain: a generated entry that shares a domain with a curated one adds its domains,
match forms and notes to it, and the curated facts win (a curated note with the same kind and
label, or the same kind, source and text, replaces the generated one). Every file is validated
when loaded: a malformed entry stops the load with an error that names the file, the entry and the
field, so a bad edit (by hand or by the build script) cannot ship quietly.

An entry carries three kinds of surface form, because they are not equally safe to match:

- ``name`` and ``aliases`` are unambiguous anywhere in a text ("Reuters", "Associated Press");
- ``credits`` are forms trusted only in a credit position or after a citing cue: "AP", "AFP",
  "Sputnik" or "Bloomberg" also name other things (a satellite, a person, the Australian police);
- ``dateline_credits`` are forms trusted only where a credit is certain: a dateline, a closing
  credit line, a page's site name or title suffix. The build script puts there every short or
  generic name from the lists ("TV2", "The Nation", "WAM"), which would misfire in running text;
- ``closing_signatures`` are house phrases of a closing credit ("(Reporting by" for Reuters).

Notes keep facts, named raters' classifications and context (bans, sanctions) apart; each names
its source and an as-of date. The knowledge base never holds a verdict of its own.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from contextreader.data import DataFileError
from contextreader.outlets.domains import candidate_domains, path_prefixes
from contextreader.report import MatchedBy, NoteKind, Outlet, OutletNote, Span

DATA_FILE = "outlets.toml"
CURATED_FILES = (DATA_FILE, "outlets_major.toml")
GENERATED_FILE = "outlets_generated.json"
SCHEMA_VERSION = 1

OUTLET_KINDS = ("news agency", "broadcaster", "newspaper", "magazine", "digital")
NOTE_KINDS: tuple[NoteKind, ...] = ("fact", "classification", "context")

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$")
_DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
_PATH_PART = re.compile(r"^[^\s/?#A-Z]+$")

_REQUIRED = ("id", "name")
_OPTIONAL_STR = ("kind", "country", "founded", "ownership", "origin")
_LISTS = ("aliases", "credits", "dateline_credits", "closing_signatures", "domains", "paths")
_NOTE_FIELDS = ("kind", "label", "text", "source", "source_name", "as_of")


class KnowledgeBaseError(DataFileError):
    """The outlet data file is malformed; the message names the entry and the field."""


@dataclass(frozen=True, slots=True)
class OutletEntry:
    """One outlet as the data file describes it."""

    id: str
    name: str
    kind: str | None = None  # None when no source says (many entries of the perennial list)
    country: str | None = None
    aliases: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    dateline_credits: tuple[str, ...] = ()
    closing_signatures: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()  # parts of a site it owns ("x.gov.in/tv"), not the whole host
    founded: str | None = None
    ownership: str | None = None
    notes: tuple[OutletNote, ...] = ()
    origin: str = "curated"  # curated, the list(s) a build took it from, or both joined by "+"

    @property
    def names(self) -> tuple[str, ...]:
        """Forms safe to match anywhere: the name and its aliases, unless listed as credits.

        Listing the name itself under ``credits`` ("Sputnik": also a satellite and a vaccine)
        or ``dateline_credits`` makes it credit-only.
        """
        strict = {*self.credits, *self.dateline_credits}
        return tuple(n for n in (self.name, *self.aliases) if n not in strict)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form of this outlet, each once: name, aliases, credits."""
        return tuple(
            dict.fromkeys((self.name, *self.aliases, *self.credits, *self.dateline_credits))
        )

    @property
    def sources(self) -> list[str]:
        """Every source URL the notes cite, once each, in order."""
        return list(dict.fromkeys(n.source for n in self.notes))

    def to_outlet(self, matched_by: MatchedBy | None, evidence_span: Span | None) -> Outlet:
        """The report's view of this outlet, with copies of the notes (the KB stays untouched)."""
        return Outlet(
            id=self.id,
            name=self.name,
            matched_by=matched_by,
            evidence_span=evidence_span,
            country=self.country,
            ownership=self.ownership,
            kind=self.kind,
            founded=self.founded,
            notes=[replace(n) for n in self.notes],
            sources=self.sources,
        )


@dataclass(frozen=True, slots=True)
class Recognition:
    """Words around a credit form that show the text cites an outlet ("told AP", "AP reported")."""

    cue_before: tuple[str, ...] = ()
    cue_after: tuple[str, ...] = ()
    # names many outlets share ("The Herald", "Today"): no text alone tells which is meant
    shared_names: tuple[str, ...] = ()


class KnowledgeBase:
    """Validated entries with the lookups recognition needs (by id, domain, surface form)."""

    def __init__(self, entries: Iterable[OutletEntry], recognition: Recognition | None = None):
        self.entries: tuple[OutletEntry, ...] = tuple(entries)
        self.recognition = recognition or Recognition()
        self._shared = {n.lower() for n in self.recognition.shared_names}
        told = self.tells_one

        self._by_id = {e.id: e for e in self.entries}
        self._by_domain = {d: e for e in self.entries for d in e.domains}
        self._by_path = {p: e for e in self.entries for p in e.paths}
        self._by_name = {n: e for e in self.entries for n in e.names if told(n)}
        self._by_display = {n: e for e in self.entries for n in (e.name, *e.aliases) if told(n)}
        self._by_credit = {c: e for e in self.entries for c in e.credits if told(c)}
        self._by_dateline = {c: e for e in self.entries for c in e.dateline_credits if told(c)}
        self._by_lower = {f.lower(): e for e in self.entries for f in e.forms if told(f)}

    def __len__(self) -> int:
        return len(self.entries)

    def tells_one(self, form: str) -> bool:
        """Whether a written name tells one outlet from the others: not one of the names many
        outlets share ("The Star", ``shared_names``)."""
        return form.lower() not in self._shared

    def get(self, outlet_id: str) -> OutletEntry | None:
        return self._by_id.get(outlet_id)

    def by_domain(self, url_or_host: str) -> OutletEntry | None:
        """The outlet owning a URL: a claimed part of its site ('x.gov.in/tv/...'), else the
        most specific claimed host, then its parents."""
        if self._by_path:
            for prefix in path_prefixes(url_or_host):
                if prefix in self._by_path:
                    return self._by_path[prefix]
        for domain in candidate_domains(url_or_host):
            if domain in self._by_domain:
                return self._by_domain[domain]
        return None

    def by_name(self, surface: str) -> OutletEntry | None:
        """The outlet a name or alias denotes (exact, case-sensitive)."""
        return self._by_name.get(surface)

    def by_credit(self, surface: str) -> OutletEntry | None:
        """The outlet a form in credit position denotes: any name, alias or credit form."""
        return (
            self._by_display.get(surface)
            or self._by_credit.get(surface)
            or self._by_dateline.get(surface)
        )

    def by_site_name(self, surface: str) -> OutletEntry | None:
        """The outlet a page's site name denotes; case does not matter there ("REUTERS")."""
        surface = " ".join(surface.split())
        return self.by_credit(surface) or self._by_lower.get(surface.lower())

    def name_forms(self) -> dict[str, str]:
        """Name and alias -> outlet id (safe to match anywhere)."""
        return {n: e.id for n, e in self._by_name.items()}

    def credit_forms(self) -> dict[str, str]:
        """Credit-only form -> outlet id (match only in credit or citing position)."""
        return {c: e.id for c, e in self._by_credit.items() if c not in self._by_name}

    def count_by(self, attribute: str) -> dict[str, int]:
        """Entries per value of an attribute ('origin', 'kind', 'country'), for reports."""
        counts: dict[str, int] = {}
        for e in self.entries:
            key = str(getattr(e, attribute) or "not recorded")
            counts[key] = counts.get(key, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def signatures(self) -> list[tuple[str, OutletEntry]]:
        """(closing signature, outlet) pairs, longest phrase first."""
        pairs = [(s, e) for e in self.entries for s in e.closing_signatures]
        return sorted(pairs, key=lambda p: -len(p[0]))


# -- loading and validation ---------------------------------------------------------------------


@functools.cache
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base (curated files merged with the generated one), read once."""
    package = resources.files("contextreader.data")
    curated: list[OutletEntry] = []
    cues_before: list[str] = []
    cues_after: list[str] = []
    shared: list[str] = []
    for name in CURATED_FILES:
        part = parse_kb(package.joinpath(name).read_text(encoding="utf-8"), name)
        curated += part.entries
        cues_before += part.recognition.cue_before
        cues_after += part.recognition.cue_after
        shared += part.recognition.shared_names
    _check_unique(curated, " + ".join(CURATED_FILES))
    generated_file = package.joinpath(GENERATED_FILE)
    generated: list[OutletEntry] = []
    if generated_file.is_file():
        generated = list(parse_generated(generated_file.read_text(encoding="utf-8")).entries)
    recognition = Recognition(
        tuple(dict.fromkeys(cues_before)),
        tuple(dict.fromkeys(cues_after)),
        tuple(dict.fromkeys(shared)),
    )
    return KnowledgeBase(merge_entries(curated, generated), recognition)


def parse_generated(text: str, origin: str = GENERATED_FILE) -> KnowledgeBase:
    """Parse and validate the JSON text of the generated layer (same schema as the TOML)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(f"{origin}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{origin}: must be a JSON object")
    return build_kb({k: v for k, v in data.items() if k != "built_from"}, origin)


def parse_kb(text: str, origin: str = DATA_FILE) -> KnowledgeBase:
    """Parse and validate the TOML text of a knowledge-base file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(f"{origin}: not valid TOML: {exc}") from None
    return build_kb(data, origin)


def build_kb(data: Mapping[str, Any], origin: str = DATA_FILE) -> KnowledgeBase:
    """Validate already-parsed data (a build script can call this before writing the file)."""
    unknown = set(data) - {"schema", "recognition", "outlet", "built_from"}
    if unknown:
        raise KnowledgeBaseError(f"{origin}: unknown top-level key(s) {sorted(unknown)}")
    if data.get("schema") != SCHEMA_VERSION:
        raise KnowledgeBaseError(f"{origin}: 'schema' must be {SCHEMA_VERSION}")
    raw_entries = data.get("outlet")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise KnowledgeBaseError(f"{origin}: no [[outlet]] entries")
    entries = [
        _entry(raw, f"{origin}: outlet #{i}", origin) for i, raw in enumerate(raw_entries, 1)
    ]
    _check_unique(entries, origin)
    return KnowledgeBase(entries, _recognition(data.get("recognition", {}), origin))


def _entry(raw: Any, where: str, origin: str) -> OutletEntry:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: must be a table")
    if isinstance(raw.get("id"), str):
        where = f"{origin}: outlet '{raw['id']}'"
    allowed = {*_REQUIRED, *_OPTIONAL_STR, *_LISTS, "notes"}
    unknown = set(raw) - allowed
    if unknown:
        raise KnowledgeBaseError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in _REQUIRED:
        _text(raw.get(key), f"{where}: '{key}'")
    if not _ID.match(raw["id"]):
        raise KnowledgeBaseError(f"{where}: 'id' must be lower-case letters, digits and '-'")
    if "kind" in raw and raw["kind"] not in OUTLET_KINDS:
        raise KnowledgeBaseError(f"{where}: 'kind' must be one of {list(OUTLET_KINDS)}")
    for key in _OPTIONAL_STR:
        if key in raw:
            _text(raw[key], f"{where}: '{key}'")
    if "founded" in raw and not _DATE.match(raw["founded"]):
        raise KnowledgeBaseError(f"{where}: 'founded' must be YYYY, YYYY-MM or YYYY-MM-DD")
    lists = {key: _strings(raw.get(key, []), f"{where}: '{key}'") for key in _LISTS}
    for domain in lists["domains"]:
        if not _DOMAIN.match(domain):
            raise KnowledgeBaseError(
                f"{where}: domain {domain!r} must be a bare lower-case host (no scheme, path, www.)"
            )
    for path in lists["paths"]:
        host, _, rest = path.partition("/")
        if not _DOMAIN.match(host) or not rest or not all(map(_PATH_PART.match, rest.split("/"))):
            raise KnowledgeBaseError(
                f"{where}: path {path!r} must be a lower-case host and path ('x.com/radio')"
            )
    notes = raw.get("notes", [])
    if not isinstance(notes, list):
        raise KnowledgeBaseError(f"{where}: 'notes' must be a list of tables")
    return OutletEntry(
        id=raw["id"],
        name=raw["name"],
        kind=raw.get("kind"),
        country=raw.get("country"),
        founded=raw.get("founded"),
        ownership=raw.get("ownership"),
        origin=raw.get("origin", "curated"),
        notes=tuple(_note(n, f"{where}: notes[{i}]") for i, n in enumerate(notes)),
        **{key: tuple(value) for key, value in lists.items()},
    )


def _note(raw: Any, where: str) -> OutletNote:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: must be a table")
    unknown = set(raw) - set(_NOTE_FIELDS)
    if unknown:
        raise KnowledgeBaseError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in _NOTE_FIELDS:
        _text(raw.get(key), f"{where}: '{key}'")
    if raw["kind"] not in NOTE_KINDS:
        raise KnowledgeBaseError(f"{where}: 'kind' must be one of {list(NOTE_KINDS)}")
    if not _URL.match(raw["source"]):
        raise KnowledgeBaseError(f"{where}: 'source' must be an http(s) URL")
    if not _DATE.match(raw["as_of"]):
        raise KnowledgeBaseError(f"{where}: 'as_of' must be YYYY, YYYY-MM or YYYY-MM-DD")
    return OutletNote(**{key: raw[key] for key in _NOTE_FIELDS})


def _recognition(raw: Any, origin: str) -> Recognition:
    keys = {"cue_before", "cue_after", "shared_names"}
    if not isinstance(raw, dict) or set(raw) - keys:
        raise KnowledgeBaseError(
            f"{origin}: [recognition] may hold only cue_before, cue_after and shared_names"
        )
    return Recognition(
        cue_before=tuple(_strings(raw.get("cue_before", []), f"{origin}: recognition.cue_before")),
        cue_after=tuple(_strings(raw.get("cue_after", []), f"{origin}: recognition.cue_after")),
        shared_names=tuple(
            _strings(raw.get("shared_names", []), f"{origin}: recognition.shared_names")
        ),
    )


def merge_entries(
    curated: Iterable[OutletEntry], generated: Iterable[OutletEntry]
) -> list[OutletEntry]:
    """The curated entries, enriched by the generated ones that share a domain, then the rest.

    Curated facts win: a generated entry adds only domains, forms and notes (by kind and label)
    that the curated entry lacks, and fields it leaves empty. A generated entry sharing no domain
    keeps only the domains and forms nobody else claims; if its name is taken it becomes
    "Name (Country)" so the two stay apart.
    """
    out = {e.id: e for e in curated}
    domain_owner = {d: e.id for e in out.values() for d in (*e.domains, *e.paths)}
    form_owner = {f: e.id for e in out.values() for f in e.forms}
    for g in generated:
        hosts = [domain_owner[d] for d in (*g.domains, *g.paths) if d in domain_owner]
        owner = hosts[0] if hosts else None
        merged: OutletEntry | None
        if owner is not None and owner in out and out[owner].origin.startswith("curated"):
            merged = _enrich(out[owner], g, domain_owner, form_owner)
        else:
            merged = _standalone(g, set(out), domain_owner, form_owner)
        if merged is None:
            continue
        out[merged.id] = merged
        domain_owner.update(
            {d: merged.id for d in (*merged.domains, *merged.paths) if d not in domain_owner}
        )
        form_owner.update({f: merged.id for f in merged.forms if f not in form_owner})
    return list(out.values())


def _enrich(
    c: OutletEntry, g: OutletEntry, domain_owner: dict[str, str], form_owner: dict[str, str]
) -> OutletEntry:
    """A curated entry with what a generated entry adds (the curated facts win)."""
    free = [f for f in g.forms if f not in form_owner]
    return replace(
        c,
        kind=c.kind or g.kind,
        country=c.country or g.country,
        founded=c.founded or g.founded,
        ownership=c.ownership or g.ownership,
        domains=c.domains + tuple(d for d in g.domains if d not in domain_owner),
        paths=c.paths + tuple(p for p in g.paths if p not in domain_owner),
        dateline_credits=c.dateline_credits + tuple(f for f in free if f not in c.forms),
        notes=c.notes + tuple(n for n in g.notes if not _repeats(n, c.notes, g.notes)),
        origin="+".join(dict.fromkeys([*c.origin.split("+"), *g.origin.split("+")])),
    )


def _repeats(
    note: OutletNote, curated: tuple[OutletNote, ...], generated: tuple[OutletNote, ...]
) -> bool:
    """A generated note that says what a curated note already says: the same kind and label, or
    the same kind and source with the same text. A source page that each side cites in only one
    note (a perennial-list shortcut, "WP:ALJAZEERA") is about that one fact, so there the same
    kind and source suffice: the two labels or wordings may differ ("Wikipedia perennial sources"
    and "Wikipedia perennial sources (Al Jazeera)"), and the curated note wins."""
    for n in curated:
        if n.kind != note.kind:
            continue
        if n.label == note.label or (n.source == note.source and n.text == note.text):
            return True
        if n.source == note.source and _cited_once(note.source, curated, generated):
            return True
    return False


def _cited_once(source: str, *sides: tuple[OutletNote, ...]) -> bool:
    return all(sum(n.source == source for n in side) == 1 for side in sides)


def _standalone(
    g: OutletEntry, ids: set[str], domain_owner: dict[str, str], form_owner: dict[str, str]
) -> OutletEntry | None:
    """A generated entry without the domains and forms curated entries already claim."""
    domains = tuple(d for d in g.domains if d not in domain_owner)
    paths = tuple(p for p in g.paths if p not in domain_owner)
    if not domains and not paths:
        return None
    name = g.name
    if name in form_owner:
        name = f"{name} ({g.country or (domains or paths)[0]})"
    outlet_id = g.id
    while outlet_id in ids:
        outlet_id += "-x"

    def keep(forms: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(f for f in forms if f not in form_owner)

    return replace(
        g,
        id=outlet_id,
        name=name,
        domains=domains,
        paths=paths,
        aliases=keep(g.aliases),
        credits=keep(g.credits),
        dateline_credits=keep(g.dateline_credits),
    )


def _check_unique(entries: list[OutletEntry], origin: str) -> None:
    """No id, domain or surface form may belong to two outlets: lookups must be unambiguous."""
    seen_ids: set[str] = set()
    owners: dict[tuple[str, str], str] = {}
    for e in entries:
        if e.id in seen_ids:
            raise KnowledgeBaseError(f"{origin}: outlet id '{e.id}' is used twice")
        seen_ids.add(e.id)
        keys = [("domain", d) for d in e.domains] + [("path", p) for p in e.paths]
        keys += [("name", n) for n in e.forms]
        for key in keys:
            other = owners.setdefault(key, e.id)
            if other != e.id:
                raise KnowledgeBaseError(
                    f"{origin}: outlet '{e.id}': {key[0]} {key[1]!r} already belongs to '{other}'"
                )


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeBaseError(f"{where} must be a non-empty string")
    if value != value.strip():
        raise KnowledgeBaseError(f"{where} has leading or trailing spaces")
    return value


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise KnowledgeBaseError(f"{where} must be a list of strings")
    for item in value:
        _text(item, f"{where} item {item!r}")
    if len(set(value)) != len(value):
        raise KnowledgeBaseError(f"{where} lists an item twice")
    return list(value)
