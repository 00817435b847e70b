"""The Markdown export (io/export.py): a file for reading, so quotes and assertions are given
whole, an outlet fact with a sourced note is said once, and reported speech names what the
speaker did."""

from __future__ import annotations

from dataclasses import replace

from contextreader.io.export import to_markdown
from contextreader.report import (
    Assertion,
    LoadedTerm,
    Outlet,
    OutletNote,
    Quote,
    Report,
    Sentence,
    Source,
)
from tests.ui.conftest import denial_report, load_fixture_report


class TestMarkdownReadsInFull:
    """The Markdown export is a file for reading: quotes and assertions are given whole, and
    an outlet fact that has a sourced note is said once."""

    def test_a_long_quote_is_given_whole(self):
        words = (
            "We have asked the board three times for the figures, and each time we were told "
            "they would come next month. Our members deserve better than that, and so do the "
            "families who rely on the service every single week."
        )
        text = f"“{words}” Rhoda Feeney said.\n"
        quote = Quote("q1", "direct", (1, 1 + len(words)), speaker_text="Rhoda Feeney")
        claim = Assertion("a1", (0, len(text) - 1), "unattributed", None, "No source.")
        out = to_markdown(Report(text=text, quotes=[quote], assertions=[claim]))
        assert f"- [direct] Rhoda Feeney: “{words}”" in out
        assert f"- [unattributed] “{words}” Rhoda Feeney said.  " in out
        assert "…" not in out

    def test_an_outlet_fact_with_a_sourced_note_is_said_once(self):
        from tests.ui.conftest import load_fixture_report

        out = to_markdown(load_fixture_report())
        assert out.count("Ownership:") == 1 and out.count("Founded:") == 1
        assert "- Kind: news agency" in out
        assert "- **Ownership:** Owned by a cooperative of its member newspapers." in out


class TestReportedSpeechSaysWhatTheSpeakerDid:
    def test_markdown_shows_the_verb(self) -> None:
        md = to_markdown(denial_report())
        assert (
            "- [indirect] Bram Venn — rejected: “the claim that the marina had any influence”" in md
        )
        assert "- [indirect] Bram Venn — declined: “to answer questions about the timetable”" in md

    def test_direct_quotes_keep_their_plain_label(self) -> None:
        md = to_markdown(load_fixture_report())
        assert "- [direct] Elena Vasquez: “This plan" in md
        assert "- [indirect] Tomas Brandt — called: “the vote a disgrace”" in md


HEADLINE = "Ferry fares rise again"
STORY = (
    f"{HEADLINE}\n\n"
    "The operator called the old fares a giveaway.\n\n"
    "A passenger said the new fares were a giveaway to shareholders.\n"
)


def story_report(source: Source | None = None, heading: bool = True) -> Report:
    """Two paragraphs under a headline, with "giveaway" in each: once in the outlet's words,
    once in a passenger's."""
    first = STORY.index("giveaway")
    second = STORY.index("giveaway", first + 1)
    note = "Casts it as a gift."
    return Report(
        text=STORY,
        source=source or Source(path="/home/teacher/articles/ferry.txt"),
        sentences=[Sentence((0, len(HEADLINE)), "unattributed", heading=heading)],
        loaded_terms=[
            LoadedTerm("t1", (first, first + 8), "giveaway", "framing", note, "low", "outlet"),
            LoadedTerm("t2", (second, second + 8), "giveaway", "framing", note, "low", "quoted"),
        ],
    )


class TestTheHeading:
    def test_the_headline_heads_the_report_with_the_bare_file_name_beside_the_date(self):
        out = to_markdown(story_report(Source(path="/home/teacher/ferry.txt", date="2025-02-01")))
        assert out.startswith(f"# {HEADLINE}\n")
        assert "Date: 2025-02-01 · File: ferry.txt" in out
        assert "/home/teacher" not in out

    def test_without_a_title_or_a_headline_the_file_name_alone_not_its_folders(self):
        out = to_markdown(story_report(heading=False))
        assert out.startswith("# ferry.txt\n")
        assert "/home/teacher" not in out and "File:" not in out

    def test_the_pages_title_comes_first(self):
        out = to_markdown(story_report(Source(path="/tmp/f.html", title="Fares: the whole story")))
        assert out.startswith("# Fares: the whole story\n")


class TestLoadedTermsSayWhereTheyAre:
    def test_each_term_has_its_paragraph_so_a_repeated_one_can_be_told_apart(self):
        out = to_markdown(story_report())
        assert "- **giveaway** (¶2, outlet's own words): Casts it as a gift." in out
        assert "- **giveaway** (¶3, quoted): Casts it as a gift." in out

    def test_a_term_in_the_headline_says_headline(self):
        report = story_report()
        start = STORY.index("fares")
        term = LoadedTerm("t0", (start, start + 5), "fares", "framing", "A note.", None, "outlet")
        report.loaded_terms.insert(0, term)
        assert "- **fares** (headline, outlet's own words)" in to_markdown(report)


class TestOutletsOwnWordsOnly:
    def test_the_filter_leaves_out_others_words_and_says_so(self):
        out = to_markdown(story_report(), outlet_voice_only=True)
        assert "## Loaded terms in the outlet's own words (1 of 2)" in out
        assert "1 term in quoted or reported speech is left out." in out
        assert "(¶2, outlet's own words)" in out
        assert "(¶3, quoted)" not in out

    def test_without_the_filter_every_term_is_listed_and_nothing_is_said(self):
        out = to_markdown(story_report())
        assert "## Loaded terms (2)" in out
        assert "left out" not in out and "(¶3, quoted)" in out

    def test_with_nothing_to_leave_out_it_says_none_was(self):
        report = story_report()
        report.loaded_terms.pop()
        out = to_markdown(report, outlet_voice_only=True)
        assert "(1 of 1)" in out and "none was in quoted or reported speech" in out


class TestOutletNotesAsTheReaderGroupsThem:
    NOTE = OutletNote(
        "classification",
        "Example Rater",
        "Classed as a public broadcaster (typology as of 2023).",
        "https://example.org/rater",
        "Example Rater (a survey)",
        "2023",
    )

    def report(self) -> Report:
        outlet = Outlet(
            "kw", "Kestrel Wire", "dateline", (0, 5), kind="news agency", notes=[self.NOTE]
        )
        return replace(story_report(), outlet=outlet)

    def test_grouped_under_the_readers_headings_with_as_of(self):
        out = to_markdown(self.report())
        assert "### Classifications\n\n- **Example Rater:** Classed as a public" in out
        assert "_Source: Example Rater (a survey), as of 2023_" in out
        assert "<https://example.org/rater>" in out
        assert "### Facts" not in out  # no fact notes: no empty heading
        assert ") (" not in out  # the note's own brackets and the source's never run together

    def test_a_fact_without_a_value_says_not_recorded_as_the_panel_does(self):
        from contextreader.ui.screens import outlet_body, plain_text

        report = self.report()
        out = to_markdown(report)
        panel = plain_text(outlet_body(report))
        for line in ("Kind: news agency", "Country: not recorded", "Founded: not recorded"):
            assert f"- {line}" in out
            assert line in panel
        assert "Source: Example Rater (a survey), as of 2023" in panel
        assert "Recognised from the dateline credit “Ferry”." in panel
        assert "_Recognised from the dateline credit “Ferry”._" in out


class TestArticleTextIsSafe:
    def test_invisible_characters_are_shown_as_the_reader_shows_them(self):
        text = "Critics called it a ho\u200bax. The family 👨\u200d👩\u200d👧 came.\n"
        claim = Assertion("a1", (0, text.index(" The")), "unattributed", None, "No source.")
        out = to_markdown(Report(text=text, assertions=[claim]))
        assert "Critics called it a ho◌ax." in out and "\u200b" not in out
        assert "ho\u200bax" not in out

    def test_joined_emoji_are_kept_whole(self):
        text = "The family 👨\u200d👩\u200d👧 came.\n"
        claim = Assertion("a1", (0, len(text) - 1), "unattributed", None, "No source.")
        assert "👨\u200d👩\u200d👧" in to_markdown(Report(text=text, assertions=[claim]))
