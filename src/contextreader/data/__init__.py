"""The package's data files (word lists, the loaded-terms lexicon, outlet facts, the report schema),
read with importlib.resources by the modules that use them."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any


class DataFileError(ValueError):
    """A data file of the package is malformed (someone edited it badly); the message names the
    file and what is wrong, so the command line can say so in one line."""


class Table(dict[str, Any]):
    """A table of a data file as parsed. A key the code needs and the file lacks (a table
    renamed or deleted in an edit) is a ``DataFileError`` naming the file and the table, not a
    bare ``KeyError`` from deep in the analysis."""

    file: str = "a data file"  # set by ``parse_toml``; these for a table made otherwise
    path: str = ""

    def __missing__(self, key: str) -> Any:
        where = f"[{self.path}] has no {key!r}" if self.path else f"no [{key}] table"
        raise DataFileError(f"{self.file}: {where}")


def _tables(value: Any, file: str, path: str) -> Any:
    """``value`` with every table in it (in arrays of tables too) made a ``Table``."""
    if isinstance(value, dict):
        table = Table((k, _tables(v, file, f"{path}.{k}" if path else k)) for k, v in value.items())
        table.file, table.path = file, path
        return table
    if isinstance(value, list):
        return [_tables(v, file, path) for v in value]
    return value


def parse_toml(text: str, file: str) -> Table:
    """TOML text of the data file ``file``; bad TOML is a ``DataFileError`` naming the file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{file}: not valid TOML: {exc}") from None
    table: Table = _tables(data, file, "")
    return table


def read_toml(file: str) -> Table:
    """The package's data file ``file``, parsed (see ``parse_toml``)."""
    try:
        text = files(__name__).joinpath(file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{file}: cannot be read: {exc}") from None
    return parse_toml(text, file)
