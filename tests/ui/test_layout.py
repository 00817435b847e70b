"""Wrapping and safe display text: offsets survive, control characters become visible; the marks
of a quote split by its tag cover the speaker's words only."""

from __future__ import annotations

import unicodedata

from contextreader.report import Quote, Report
from contextreader.ui.layout import display_text, find_all, line_of, marks_for, spans_of, wrap


def test_wrap_keeps_every_offset_and_breaks_at_spaces() -> None:
    text = "hello world this is a test\n\nsupercalifragilistic ok"
    lines = wrap(text, 10)
    assert [text[s:e] for s, e in lines] == [
        "hello ",
        "world this ",
        "is a test",
        "",
        "supercalif",
        "ragilistic ",
        "ok",
    ]


def test_wrap_starts_after_a_header() -> None:
    text = "date 2024-01-01\nBody here."
    assert wrap(text, 40, start=16) == [(16, 26)]


def test_line_of_finds_the_line_holding_an_offset() -> None:
    text = "one two three four"
    lines = wrap(text, 8)
    assert [text[s:e] for s, e in lines] == ["one two ", "three ", "four"]
    assert line_of(lines, text.index("four")) == 2
    assert line_of(lines, 0) == 0


def test_display_text_keeps_length_and_shows_escapes() -> None:
    text = "a\x1b[31mb\tc\r\nd\u202ee"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert shown == "a␛[31mb c \nd◌e"


def test_find_all_is_case_insensitive_and_literal() -> None:
    assert find_all("A.b a.B aXb", "a.b") == [(0, 3), (4, 7)]
    assert find_all("text", "") == []


class TestFindAllComparesComposedText:
    """Search compares canonically equivalent text: a typed "é" (one character) finds e + a
    combining acute (two, as text saved on a Mac often has it), and the other way round."""

    NFC = "Le Café de Zürich opened. A cafe nearby did not."
    NFD = unicodedata.normalize("NFD", NFC)

    def test_a_composed_term_finds_decomposed_text_at_its_own_offsets(self) -> None:
        assert len(self.NFD) == len(self.NFC) + 2
        assert [self.NFD[s:e] for s, e in find_all(self.NFD, "café")] == ["Cafe\u0301"]
        found = find_all(self.NFD, "ZÜRICH")  # and still regardless of case
        assert [self.NFD[s:e] for s, e in found] == ["Zu\u0308rich"]

    def test_a_decomposed_term_finds_composed_text(self) -> None:
        term = unicodedata.normalize("NFD", "Zürich")
        assert [self.NFC[s:e] for s, e in find_all(self.NFC, term)] == ["Zürich"]

    def test_a_match_never_stops_inside_a_letter_with_a_mark(self) -> None:
        # "cafe" is the plain word only, in either form; before, NFD text gave "Cafe" too
        for text in (self.NFC, self.NFD):
            assert [text[s:e] for s, e in find_all(text, "cafe")] == ["cafe"]
        assert find_all("Z\u0336 and Z", "z") == [(7, 8)]  # a mark with no composed form

    def test_letters_that_compose_across_starters_stay_one(self) -> None:
        text = unicodedata.normalize("NFD", "각 가")  # Hangul: three jamo, then two
        assert find_all(text, "가") == [(4, 6)]


def test_invisible_format_characters_are_shown_but_joiners_that_act_are_kept() -> None:
    hidden = "ho\u200bax ho\u200dax a\u2060b \ufeffc d\u200e \U000e0041"
    assert display_text(hidden) == "ho◌ax ho◌ax a◌b ◌c d◌ ◌"
    kept = (
        "👨\u200d👩\u200d👧 ❤\ufe0f\u200d🔥 🧑🏽\u200d💻"  # emoji joined into one picture
        " می\u200cخواهم क्\u200dष"  # Persian and Devanagari need their joiners
        " e\u0301 Z\u0336 Bundes\u00adland"  # marks, and a soft hyphen (the word is the word)
        " 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"  # a flag of tags
    )
    assert display_text(kept) == kept
    assert display_text("a\u200d👍 👍\u200d") == "a◌👍 👍◌"  # a joiner needs two sides that act


def test_a_word_longer_than_many_lines_is_cut_in_one_pass() -> None:
    text = "x" * 200_000
    lines = wrap(text, 60)
    assert len(lines) == 3334  # 3333 full lines and 20 characters left
    assert all(e - s == 60 for s, e in lines[:-1]) and lines[-1] == (199_980, 200_000)


def test_a_long_word_after_short_ones_starts_its_own_line() -> None:
    text = "ab " + "y" * 25 + " cd"
    assert [text[s:e] for s, e in wrap(text, 10)] == ["ab ", "y" * 10, "y" * 10, "yyyyy cd"]


def test_wide_characters_are_cut_by_cells() -> None:
    text = "界" * 7
    assert [text[s:e] for s, e in wrap(text, 4)] == ["界界", "界界", "界界", "界"]


class TestQuoteInPieces:
    """A quote split by its tag is marked and shown as the speaker's words only."""

    TEXT = '"We lost," Helen Marsh said. "But we fought."'

    def report(self) -> Report:
        quote = Quote(
            id="q1",
            kind="direct",
            span=(1, 44),
            speaker_text="Helen Marsh",
            speaker_span=(11, 22),
            parts=[(1, 9), (30, 44)],
        )
        return Report(text=self.TEXT, quotes=[quote])

    def test_marks_and_spans_leave_the_tag_out(self) -> None:
        report = self.report()
        quoted = [(m.start, m.end) for m in marks_for(report) if m.kind == "quote"]
        assert [self.TEXT[s:e] for s, e in quoted] == ["We lost,", "But we fought."]
        assert [self.TEXT[s:e] for s, e in spans_of(report, "q1")] == [
            "We lost,",
            "But we fought.",
            "Helen Marsh",
        ]

    def test_the_excerpt_joins_the_pieces(self) -> None:
        report = self.report()
        assert report.quote_excerpt(report.quotes[0]) == "We lost, … But we fought."
