"""Small pieces of English shared by every output (reader, Markdown, CLI messages)."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 quote', '3 quotes', '2 people'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
