"""Small pieces of English shared by every output (reader, Markdown, CLI messages)."""

from __future__ import annotations

import re
import unicodedata

# C0 controls become their Unicode "control picture" (ESC -> ␛), so an escape sequence in an
# article is seen, not obeyed; a tab or carriage return becomes a plain space (one cell, so the
# offsets still line up); bidi controls, which could reorder what the reader sees, become ◌.
_VISIBLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x0A}
_VISIBLE.update({0x09: " ", 0x0D: " ", 0x7F: "␡"})
_VISIBLE.update({c: "�" for c in range(0x80, 0xA0)})
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
# Format characters that take no room and show nothing become ◌ too: a zero-width space or word
# joiner inside "ho<ZWSP>ax" made it look like the word "hoax", which it is not (it is not
# found as one either), and tags can carry a hidden message. Not here: the soft hyphen (one
# cell, and "ho<SHY>ax" is the word), combining marks, variation selectors, and the joiners
# where they act (``_JOINER``), nor tags in a flag (``_TAG_FLAG``).
_INVISIBLE = (
    0x180E,  # Mongolian vowel separator
    0x200B,  # zero-width space
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    *range(0x206A, 0x2070),  # deprecated format characters
    0xFEFF,  # zero-width no-break space (a byte order mark inside the text)
    *range(0xFFF9, 0xFFFC),  # interlinear annotation
    *range(0x1BCA0, 0x1BCA4),  # shorthand format controls
    *range(0x1D173, 0x1D17B),  # musical format controls
    0xE0001,  # language tag
    *range(0xE0020, 0xE0080),  # tags
)
_VISIBLE.update({c: "◌" for c in (*_BIDI, *_INVISIBLE)})
_TAG_FLAG = re.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")
_JOINER = re.compile("[\u200c\u200d]")


def _acts(ch: str) -> bool:
    """Whether a zero-width joiner or non-joiner next to ``ch`` can change what is drawn: ``ch``
    is an emoji (a joiner makes one picture of two), a letter or mark of a script that joins
    or forms conjuncts (Arabic, Persian, the Indic scripts), or a modifier of one. Latin, Greek,
    Cyrillic and Armenian (below U+0590) have no joining forms: there a joiner only hides."""
    return ord(ch) >= 0x0590 and ch != "◌" and unicodedata.category(ch)[0] in "LMS"


def _joiner_shown(text: str, shown: str) -> str:
    """``shown`` with every joiner that does not act made ◌ (see ``_acts``)."""
    last = len(text) - 1

    def sub(m: re.Match[str]) -> str:
        i = m.start()
        joins = 0 < i < last and _acts(shown[i - 1]) and _acts(text[i + 1])
        return m.group() if joins else "◌"

    return _JOINER.sub(sub, shown)


def visible(text: str) -> str:
    """Article text made safe to show in a terminal: same length, one character per character.

    Every string taken from an article passes through here before it is displayed anywhere.
    """
    shown = text.translate(_VISIBLE)
    if "\u200c" in text or "\u200d" in text:
        shown = _joiner_shown(text, shown)
    if "\U000e007f" in text:  # a flag written with tags (England, Scotland, Wales) stays whole
        for m in _TAG_FLAG.finditer(text):
            shown = shown[: m.start()] + m.group() + shown[m.end() :]
    return shown


def one_line(text: str) -> str:
    """Text from outside (a file's name, a server's reason phrase) made safe for a one-line
    message in the terminal: ``visible``, with a line break shown as ␊."""
    return visible(text).replace("\n", "\u240a")


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis saying where it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 quote', '3 quotes', '2 people'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
