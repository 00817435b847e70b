"""The outlet word lists (``outlets/words.py``), which the build and the outlet finder read."""

from __future__ import annotations

from contextreader.outlets.words import load_words


def test_the_generic_words_are_read_once_in_lower_case() -> None:
    words = load_words()
    assert words is load_words()
    assert {"daily", "news", "tv"} <= words.generic
    assert all(w == w.lower() for w in words.generic)
    assert "reuters" not in words.generic  # a distinctive name is no everyday word
