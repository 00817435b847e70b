"""The outlet knowledge base: what each known news outlet is, with a source for every fact.

The entries live in ``contextreader/data/outlets.toml`` (one ``[[outlet]]`` table each) and are
validated when loaded: a malformed entry stops the load with an error that names the file, the
entry and the field, so a bad edit (by hand or by a build script) cannot ship quietly.

An entry carries three kinds of surface form, because they are not equally safe to match:

- ``name`` and ``aliases`` are unambiguous anywhere in a text ("Reuters", "Associated Press");
- ``credits`` are forms trusted only in a credit position or after a citing cue: "AP", "AFP",
  "Sputnik" or "Bloomberg" also name other things (a satellite, a person, the Australian police);
- ``closing_signatures`` are house phrases of a closing credit ("(Reporting by" for Reuters).

Notes keep facts, named raters' classifications and context (bans, sanctions) apart; each names
its source and an as-of date. The knowledge base never holds a verdict of its own.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from contextreader.outlets.domains import candidate_domains
from contextreader.report import MatchedBy, NoteKind, Outlet, OutletNote, Span

DATA_FILE = "outlets.toml"
SCHEMA_VERSION = 1

OUTLET_KINDS = ("news agency", "broadcaster", "newspaper", "magazine", "digital")
NOTE_KINDS: tuple[NoteKind, ...] = ("fact", "classification", "context")

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$")
_DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")

_REQUIRED = ("id", "name", "kind", "country")
_OPTIONAL_STR = ("founded", "ownership", "origin")
_LISTS = ("aliases", "credits", "closing_signatures", "domains")
_NOTE_FIELDS = ("kind", "label", "text", "source", "source_name", "as_of")


class KnowledgeBaseError(ValueError):
    """The outlet data file is malformed; the message names the entry and the field."""


@dataclass(frozen=True, slots=True)
class OutletEntry:
    """One outlet as the data file describes it."""

    id: str
    name: str
    kind: str
    country: str
    aliases: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    closing_signatures: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    founded: str | None = None
    ownership: str | None = None
    notes: tuple[OutletNote, ...] = ()
    origin: str = "curated"  # curated, or the input a build script took the entry from

    @property
    def names(self) -> tuple[str, ...]:
        """Forms safe to match anywhere: the name and its aliases, unless listed as credits.

        Listing the name itself under ``credits`` ("Sputnik": also a satellite and a vaccine)
        makes it credit-only.
        """
        return tuple(n for n in (self.name, *self.aliases) if n not in self.credits)

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


class KnowledgeBase:
    """Validated entries with the lookups recognition needs (by id, domain, surface form)."""

    def __init__(self, entries: Iterable[OutletEntry], recognition: Recognition | None = None):
        self.entries: tuple[OutletEntry, ...] = tuple(entries)
        self.recognition = recognition or Recognition()
        self._by_id = {e.id: e for e in self.entries}
        self._by_domain = {d: e for e in self.entries for d in e.domains}
        self._by_name = {n: e for e in self.entries for n in e.names}
        self._by_display = {n: e for e in self.entries for n in (e.name, *e.aliases)}
        self._by_credit = {c: e for e in self.entries for c in e.credits}

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, outlet_id: str) -> OutletEntry | None:
        return self._by_id.get(outlet_id)

    def by_domain(self, url_or_host: str) -> OutletEntry | None:
        """The outlet owning a URL's host: the most specific claimed host, then its parents."""
        for domain in candidate_domains(url_or_host):
            if domain in self._by_domain:
                return self._by_domain[domain]
        return None

    def by_name(self, surface: str) -> OutletEntry | None:
        """The outlet a name or alias denotes (exact, case-sensitive)."""
        return self._by_name.get(surface)

    def by_credit(self, surface: str) -> OutletEntry | None:
        """The outlet a form in credit position denotes: any name, alias or credit form."""
        return self._by_display.get(surface) or self._by_credit.get(surface)

    def name_forms(self) -> dict[str, str]:
        """Name and alias -> outlet id (safe to match anywhere)."""
        return {n: e.id for n, e in self._by_name.items()}

    def credit_forms(self) -> dict[str, str]:
        """Credit-only form -> outlet id (match only in credit or citing position)."""
        return {c: e.id for c, e in self._by_credit.items() if c not in self._by_name}

    def signatures(self) -> list[tuple[str, OutletEntry]]:
        """(closing signature, outlet) pairs, longest phrase first."""
        pairs = [(s, e) for e in self.entries for s in e.closing_signatures]
        return sorted(pairs, key=lambda p: -len(p[0]))


# -- loading and validation ---------------------------------------------------------------------


@functools.cache
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, read and validated once per process."""
    text = resources.files("contextreader.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_kb(text, DATA_FILE)


def parse_kb(text: str, origin: str = DATA_FILE) -> KnowledgeBase:
    """Parse and validate the TOML text of a knowledge-base file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(f"{origin}: not valid TOML: {exc}") from None
    return build_kb(data, origin)


def build_kb(data: Mapping[str, Any], origin: str = DATA_FILE) -> KnowledgeBase:
    """Validate already-parsed data (a build script can call this before writing the file)."""
    unknown = set(data) - {"schema", "recognition", "outlet"}
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
    if raw["kind"] not in OUTLET_KINDS:
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
    notes = raw.get("notes", [])
    if not isinstance(notes, list):
        raise KnowledgeBaseError(f"{where}: 'notes' must be a list of tables")
    return OutletEntry(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        country=raw["country"],
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
    if not isinstance(raw, dict) or set(raw) - {"cue_before", "cue_after"}:
        raise KnowledgeBaseError(f"{origin}: [recognition] may hold only cue_before and cue_after")
    return Recognition(
        cue_before=tuple(_strings(raw.get("cue_before", []), f"{origin}: recognition.cue_before")),
        cue_after=tuple(_strings(raw.get("cue_after", []), f"{origin}: recognition.cue_after")),
    )


def _check_unique(entries: list[OutletEntry], origin: str) -> None:
    """No id, domain or surface form may belong to two outlets: lookups must be unambiguous."""
    seen_ids: set[str] = set()
    owners: dict[tuple[str, str], str] = {}
    for e in entries:
        if e.id in seen_ids:
            raise KnowledgeBaseError(f"{origin}: outlet id '{e.id}' is used twice")
        seen_ids.add(e.id)
        keys = [("domain", d) for d in e.domains]
        keys += [("name", n) for n in dict.fromkeys((e.name, *e.aliases, *e.credits))]
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
