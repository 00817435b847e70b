"""The Markdown export (io/export.py): a file for reading, so quotes and assertions are given
whole, an outlet fact with a sourced note is said once, and reported speech names what the
speaker did."""

from __future__ import annotations

from contextreader.io.export import to_markdown
from contextreader.report import Assertion, Quote, Report
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
        assert "- Ownership: Owned by a cooperative of its member newspapers." in out


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
