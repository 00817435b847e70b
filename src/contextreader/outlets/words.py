"""The outlet word lists (``data/outlet_build.toml``): what the knowledge-base build reads to
sort outlet names and addresses, and what the outlet finder reads at run time (``generic``:
"Metro", "Star", one word that names many outlets and many other things). Here, not in the
build module, so the analysis never imports the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from contextreader.data import read_toml
from contextreader.outlets.kb import KnowledgeBaseError


@dataclass(frozen=True, slots=True)
class BuildWords:
    """The outlet word lists (``data/outlet_build.toml``)."""

    generic: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    shared_hosts: frozenset[str]
    kind_words: tuple[tuple[str, tuple[str, ...]], ...]
    home_paths: frozenset[str] = frozenset()
    part_paths: frozenset[str] = frozenset()


@cache
def load_words() -> BuildWords:
    """Read and check the word lists once."""
    data = read_toml("outlet_build.toml")
    lists = ("generic_words", "particles", "not_names", "shared_hosts", "home_paths", "part_paths")
    for key in lists:
        items = data.get(key)
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise KnowledgeBaseError(f"outlet_build.toml: '{key}' must be a list of strings")
        if len(set(items)) != len(items):
            raise KnowledgeBaseError(f"outlet_build.toml: '{key}' lists an item twice")
    kinds = data.get("kind_words", {})
    return BuildWords(
        generic=frozenset(w.lower() for w in data["generic_words"]),
        particles=frozenset(data["particles"]),
        not_names=frozenset(data["not_names"]),
        shared_hosts=frozenset(data["shared_hosts"]),
        kind_words=tuple((k, tuple(v)) for k, v in kinds.items()),
        home_paths=frozenset(w.lower() for w in data["home_paths"]),
        part_paths=frozenset(w.lower() for w in data["part_paths"]),
    )
