"""Small pieces of English shared by every output (reader, Markdown, CLI messages)."""

from __future__ import annotations

# C0 controls become their Unicode "control picture" (ESC -> ␛), so an escape sequence in an
# article is seen, not obeyed; a tab or carriage return becomes a plain space (one cell, so the
# offsets still line up); bidi overrides, which could reorder what the reader sees, become ◌.
_VISIBLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x0A}
_VISIBLE.update({0x09: " ", 0x0D: " ", 0x7F: "␡"})
_VISIBLE.update({c: "�" for c in range(0x80, 0xA0)})
_VISIBLE.update({c: "◌" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """Article text made safe to show in a terminal: same length, one character per character.

    Every string taken from an article passes through here before it is displayed anywhere.
    """
    return text.translate(_VISIBLE)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis saying where it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 quote', '3 quotes', '2 people'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
