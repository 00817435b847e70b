"""The Markdown export (io/export.py): a file for reading, so quotes and assertions are given
whole, an outlet fact with a sourced note is said once, and reported speech names what the
speaker did."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markdown_it import MarkdownIt

from contextreader.io.export import to_markdown
from contextreader.report import (
    Assertion,
    Genre,
    LoadedTerm,
    Outlet,
    OutletNote,
    Person,
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
            "- [indirect] Bram Venn — rejected: the claim that the marina had any influence" in md
        )
        assert "- [indirect] Bram Venn — declined: to answer questions about the timetable" in md

    def test_direct_quotes_keep_their_plain_label(self) -> None:
        md = to_markdown(load_fixture_report())
        assert "- [direct] Elena Vasquez: “This plan" in md
        assert "- [indirect] Tomas Brandt — called: the vote a disgrace" in md


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
        # the dot escaped: a renderer that links bare domains would take "ferry.txt" for one
        assert "Date: 2025-02-01 · File: ferry\\.txt" in out
        assert "/home/teacher" not in out

    def test_without_a_title_or_a_headline_the_file_name_alone_not_its_folders(self):
        out = to_markdown(story_report(heading=False))
        assert out.startswith("# ferry\\.txt\n")
        assert "/home/teacher" not in out and "File:" not in out

    def test_the_pages_title_comes_first(self):
        out = to_markdown(story_report(Source(path="/tmp/f.html", title="Fares: the whole story")))
        assert out.startswith("# Fares: the whole story\n")


class TestLoadedTermsSayWhereTheyAre:
    def test_each_use_of_a_repeated_term_has_its_paragraph_and_voice(self):
        out = to_markdown(story_report())
        assert "- **giveaway** (¶2, outlet's own words; ¶3, quoted): Casts it as a gift." in out

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
        assert "left out" not in out and "; ¶3, quoted)" in out

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


def letter_report(name: str) -> Report:
    """The story with a label in its first line: "LETTERS" (a named writer's piece) or other."""
    label = name.upper()
    report = story_report()
    shift = len(label) + 2
    report.text = f"{label}\n\n{report.text}"
    report.sentences = [
        replace(s, span=(s.span[0] + shift, s.span[1] + shift)) for s in report.sentences
    ]
    report.loaded_terms = [
        replace(t, span=(t.span[0] + shift, t.span[1] + shift)) for t in report.loaded_terms
    ]
    report.body_start = 0
    report.genre = Genre(name=name, span=(0, len(label)), writer=name in ("column", "op-ed"))
    return report


class TestAWritersPieceNamesTheWriter:
    """A letter, a column or an op-ed is a named writer's text: its words outside anyone's
    quotes are the writer's, though the report's voice value stays "outlet"."""

    def test_a_letter_gives_the_writers_own_words(self):
        out = to_markdown(letter_report("column"))
        assert "(¶3, writer's own words; ¶4, quoted)" in out
        assert "outlet's own words" not in out
        only = to_markdown(letter_report("op-ed"), outlet_voice_only=True)
        assert "## Loaded terms in the writer's own words (1 of 2)" in only
        assert "Only the terms in the writer's own words are listed" in only

    def test_an_editorial_or_a_news_piece_is_the_outlets(self):
        for report in (letter_report("editorial"), story_report()):
            assert "outlet's own words" in to_markdown(report)
            assert "writer's" not in to_markdown(report)

    def test_the_names_come_from_one_place(self):
        letter, news = letter_report("column"), story_report()
        assert [letter.voice_name("outlet"), news.voice_name("outlet")] == ["writer", "outlet"]
        assert letter.voice_name("reported", "gloss") == (
            "someone else's words, as the writer reports them"
        )
        assert news.voice_name("quoted", "phrase") == "quoted"
        assert letter.voice_owner() == "writer" and news.voice_owner() == "outlet"

    def test_a_page_of_readers_letters_keeps_the_outlets_name(self):
        # each signed letter there is its reader's (voice quoted): "outlet" is the outlet's own
        page = letter_report("letters")
        assert page.genre is not None
        page.genre = replace(page.genre, writer=True, readers=True)
        assert page.voice_owner() == "outlet"
        assert "outlet's own words" in to_markdown(page)


class TestARepeatedWordIsOneLine:
    def test_uses_of_a_word_in_a_category_share_a_line_by_voice(self):
        text = "Greedy bosses\n\nThe greedy board met.\n\nA porter said the greedy board lied.\n"
        spans = [(0, 6), (19, 25), (56, 62)]
        voices = ["outlet", "outlet", "reported"]
        terms = [
            LoadedTerm(f"t{i}", span, "greedy", "greed", "Casts as greedy.", "keen", voice)
            for i, (span, voice) in enumerate(zip(spans, voices, strict=True))
        ]
        other = LoadedTerm("t9", (7, 13), "bosses", "labels", "A label.", "managers", "outlet")
        report = Report(
            text=text,
            sentences=[Sentence((0, 13), "unattributed", heading=True)],
            loaded_terms=[*terms, other],
        )
        out = to_markdown(report)
        assert (
            "- **Greedy** (headline, ¶2, outlet's own words; ¶3, in reported speech): "
            "Casts as greedy. Instead: keen."
        ) in out
        assert out.count("Casts as greedy.") == 1
        assert "### greed (3)" in out  # the heading still counts every use
        assert "- **bosses** (headline, outlet's own words)" in out

    def test_two_entries_with_one_word_each_keep_their_own_note(self):
        text = "A smear of lies. They smear the mayor. The smears went on.\n"
        noun, verb = "Calls criticism unfair.", "Said of an attack on a person."
        terms = [
            LoadedTerm("t1", (2, 7), "smear", "label", noun, None, "outlet"),
            LoadedTerm("t2", (22, 27), "smear", "label", verb, None, "outlet"),
            LoadedTerm("t3", (43, 49), "smear", "label", noun, None, "outlet"),
        ]
        out = to_markdown(Report(text=text, loaded_terms=terms), article=False)
        # one line per entry, with each spelling the article uses; never one note for both
        assert "- **smear**, **smears** (¶1 ×2, outlet's own words): Calls criticism unfair." in out
        assert "- **smear** (¶1, outlet's own words): Said of an attack on a person." in out

    def test_two_uses_in_one_paragraph_say_how_many(self):
        text = "The vile plan and the vile levy.\n"
        terms = [
            LoadedTerm(f"t{i}", (start, start + 4), "vile", "ex", "Condemns.", None, "outlet")
            for i, start in enumerate((4, 22))
        ]
        out = to_markdown(Report(text=text, loaded_terms=terms))
        assert "- **vile** (¶1 ×2, outlet's own words): Condemns." in out


class TestTheArticleMarkedUp:
    """The Markdown ends with the article itself, for a handout: paragraph by paragraph,
    quotes in bold with their speaker, loaded terms in italics with their category, and the
    article's own text literal (nothing in it becomes formatting or a link)."""

    TEXT = (
        "Pier to close\n\n"
        "Harbour chief Ola Brenn said the pier was a relic. “We cannot patch it again,” she said.\n"
        "The board called the repairs a boondoggle.\n"
    )

    def report(self) -> Report:
        text = self.TEXT
        relic = text.index("the pier was a relic")
        patch = text.index("We cannot")
        boon = text.index("boondoggle")
        ola = Person("p1", "Ola Brenn", "harbour chief", [(text.index("Ola"), text.index(" said"))])
        quotes = [
            Quote("q1", "indirect", (relic, relic + 20), speaker_id="p1"),
            Quote(
                "q2", "direct", (patch, text.index("” she")), speaker_id="p1", speaker_text="she"
            ),
        ]
        term = LoadedTerm(
            "t1", (boon, boon + 10), "boondoggle", "loaded label", "A jibe.", None, "outlet"
        )
        relic_term = LoadedTerm(
            "t2", (relic + 15, relic + 20), "relic", "derogatory", "Dismissive.", None, "reported"
        )
        return Report(text=text, people=[ola], quotes=quotes, loaded_terms=[term, relic_term])

    def article(self, out: str) -> str:
        return out.split("\n## Article\n", 1)[1]

    def test_paragraph_by_paragraph_with_quotes_and_terms_marked(self) -> None:
        article = self.article(to_markdown(self.report()))
        assert "\n¶1 · Pier to close\n" in article
        assert (
            "\n¶2 · Harbour chief Ola Brenn said **the pier was a *relic* "
            "\\[loaded: derogatory\\]** \\[Ola Brenn\\]. "
            "“**We cannot patch it again,**” \\[Ola Brenn\\] she said.\n"
        ) in article
        assert (
            "\n¶3 · The board called the repairs a *boondoggle* \\[loaded: loaded label\\].\n"
            in (article)
        )
        html = MarkdownIt("commonmark").render(article)
        assert "<strong>the pier was a <em>relic</em> [loaded: derogatory]</strong>" in html
        assert "a <em>boondoggle</em> [loaded: loaded label]." in html

    @pytest.mark.parametrize("apostrophe", ["'", "’"])
    def test_a_terms_bracket_follows_its_possessive(self, apostrophe) -> None:
        text = f"Pier to close\n\nThe junta{apostrophe}s envoy left.\n"
        at = text.index("junta")
        term = LoadedTerm("t1", (at, at + 5), "junta", "label", "A label.", None, "outlet")
        article = self.article(to_markdown(Report(text=text, loaded_terms=[term])))
        assert f"The *junta*{apostrophe}s \\[loaded: label\\] envoy" in article
        html = MarkdownIt("commonmark").render(article)
        assert f"<em>junta</em>{apostrophe}s [loaded: label] envoy" in html

    def test_a_terms_bracket_stays_before_a_word_that_only_starts_with_s(self) -> None:
        text = "Pier to close\n\nThe cartel'ssue is an odd spelling; the cartel's here.\n"
        at = text.index("cartel")
        term = LoadedTerm("t1", (at, at + 6), "cartel", "label", "A label.", None, "outlet")
        article = self.article(to_markdown(Report(text=text, loaded_terms=[term])))
        assert "The *cartel* \\[loaded: label\\]'ssue" in article

    def test_v_leaves_out_the_terms_in_others_words_here_too(self) -> None:
        article = self.article(to_markdown(self.report(), outlet_voice_only=True))
        assert "*relic*" not in article and "derogatory" not in article
        assert "*boondoggle*" in article and "loaded terms in the outlet's own words" in article

    def test_it_can_be_left_out(self) -> None:
        out = to_markdown(self.report(), article=False)
        assert "## Article" not in out and out.rstrip().endswith("Dismissive.")

    def test_the_articles_own_text_stays_literal(self) -> None:
        text = (
            "1. See www.harbour.org, harbour.org or https://harbour.org/pier, mail ed@harbour.org\n"
            "- *not* _emphasis_, `code`, [a](link), <b>tag</b>, &amp; ~~gone~~, $5-$10 # | x |\n"
        )
        out = to_markdown(Report(text=text))
        html = MarkdownIt("gfm-like").render(self.article(out))
        for made in ("<a ", "<em>", "<strong>", "<code>", "<s>", "<del>", "<b>", "<ol", "<ul"):
            assert made not in html.split("</em></p>", 1)[1], made  # after the key line
        plain = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
        plain = plain.replace("&quot;", '"').replace("&amp;", "&")
        for line in text.splitlines():
            assert line in plain, line

    def test_a_stretch_across_a_paragraph_is_marked_in_each(self) -> None:
        text = "“The pier is old.\n“It must close,” said Ola Brenn.\n"
        quote = Quote("q1", "direct", (1, text.index("” said")), speaker_text="Ola Brenn")
        article = self.article(to_markdown(Report(text=text, quotes=[quote])))
        assert "¶1 · “**The pier is old.**\n" in article
        assert "¶2 · “**It must close,**” \\[Ola Brenn\\] said Ola Brenn." in article
