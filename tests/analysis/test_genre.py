"""The outlet's label for the kind of piece ("OPINION: ...", a line "Analysis"): found in the
first lines only, given in the report as its genre, and never part of a claim;
a headline after a genre label is still a headline."""

from __future__ import annotations

import pytest

from contextreader.analysis.furniture import label_end, piece_label, stance_piece
from contextreader.analysis.paragraphs import sentence_is_heading, span_is_heading
from contextreader.analysis.pipeline import analyze_text
from contextreader.io.export import to_markdown
from contextreader.report import report_from_dict


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("OPINION: I grew up in Tarrow.", 8),
        ("Analysis | The budget's hidden cost", 10),
        ("News analysis: what the vote means", 14),
        ("Review — the new ferry is slow", 8),
        ("Commentary - why the plan fails", 12),
        ("Analysis", 8),
        ("EDITORIAL.", 10),
        # the label's word opening an ordinary sentence is no label
        ("Opinion polls show a close race.", None),
        ("Reviewers praised the film.", None),
        ("Analysts expect a cut in May.", None),
        ("The opinion: nobody asked.", None),
    ],
)
def test_where_a_label_opening_a_line_ends(line: str, end: int | None) -> None:
    assert label_end(line) == end


def test_the_label_in_the_first_lines_is_the_genre() -> None:
    text = "Harbour Ledger\n\nOPINION: The ferry plan fails the island\n\nBy Jan Roe\n\nBody."
    genre = piece_label(text)
    assert genre is not None
    assert (genre.name, text[genre.span[0] : genre.span[1]]) == ("opinion", "OPINION")
    assert genre.writer  # an opinion piece is a named writer's


def test_an_editorial_or_an_analysis_is_the_outlets_own_piece() -> None:
    for label in ("EDITORIAL", "Analysis"):
        genre = piece_label(f"Harbour Ledger\n\n{label}: The ferry plan\n\nBody.")
        assert genre is not None and not genre.writer


def test_a_label_further_down_is_no_genre() -> None:
    lines = [f"Line {n} of the story." for n in range(1, 8)]
    assert piece_label("\n".join([*lines, "Analysis: what it means", "More."])) is None
    assert piece_label("The ferry will run in May.\n\nIt is late.") is None


def test_the_label_is_no_part_of_the_first_claim(nlp) -> None:
    text = "OPINION: I grew up in Tarrow. The plan to close its ferry is a mistake.\n\nBy Jan Roe\n"
    report = analyze_text(text, nlp)
    assert report.genre is not None and report.genre.name == "opinion"
    claims = [text[a.span[0] : a.span[1]] for a in report.assertions]
    assert claims[0] == "I grew up in Tarrow."
    assert not any("OPINION" in c for c in claims)


def test_the_genre_survives_json_and_shows_in_markdown(nlp) -> None:
    report = analyze_text("Analysis | Ferry fares rise\n\nFares rose by a third in May.\n", nlp)
    again = report_from_dict(report.to_dict())
    assert again.genre == report.genre
    letter = analyze_text("LETTERS\n\nThe ferry plan is a mistake.\n", nlp)
    assert letter.genre is not None and report_from_dict(letter.to_dict()).genre == letter.genre
    assert letter.genre.writer
    assert "The piece is labelled “Analysis” in its first lines." in to_markdown(report)
    assert analyze_text("Ferry fares rise\n\nFares rose in May.\n", nlp).genre is None


def test_a_label_line_with_a_full_stop_names_the_genre_without_it() -> None:
    genre = piece_label("Why the ferry matters\n\nLETTERS.\n\nI cannot see why the ferry ...")
    assert genre is not None and genre.name == "letters"


def test_a_page_of_readers_letters_is_marked_as_such() -> None:
    letters = piece_label("LETTERS\n\nThe ferry is late again.\n\nJan Roe, Kell\n")
    column = piece_label("COLUMN\n\nThe ferry is late again, and I am tired of it.\n")
    assert letters is not None and letters.readers
    assert column is not None and not column.readers


def _headings(nlp, text: str) -> list[tuple[str, bool]]:
    """Each sentence as (its words, whether the report calls it a heading)."""
    rep = analyze_text(text, nlp)
    return [(text[slice(*s.span)], s.heading) for s in rep.sentences]


def test_a_headline_after_a_genre_label_is_still_a_headline(nlp):
    text = "ANALYSIS: Harbour Board Must Rethink The Toll Road\n\nFew drivers use the road."
    assert _headings(nlp, text) == [  # the label is furniture, no sentence of the body
        ("Harbour Board Must Rethink The Toll Road", True),
        ("Few drivers use the road.", False),
    ]


def test_a_sentence_after_a_genre_label_is_no_headline(nlp):
    text = "OPINION: The harbour board must rethink the toll road now.\n\nFew drivers use it."
    assert all(not heading for _, heading in _headings(nlp, text))


def test_span_is_heading_reads_a_line_from_after_its_label():
    text = "OPINION: Council Must Drop The Ferry Plan\n\nFew people want it."
    assert span_is_heading(text, 9, 41)
    # words before the headline that are no genre label: not a whole line
    other = "Mayor Says: Council Must Drop The Ferry Plan\n\nFew people want it."
    assert not span_is_heading(other, 12, 44)


def test_sentence_is_heading_reads_a_line_from_after_its_label(nlp):
    doc = nlp("REVIEW | Quiet Nights On The Northern Line\n\nThe line runs late.")
    first = next(s for s in doc.sents if s.text.startswith("Quiet"))
    assert sentence_is_heading(first)
    doc = nlp("Storm Hits | Quiet Nights On The Northern Line\n\nThe line runs late.")
    assert not any(sentence_is_heading(s) for s in doc.sents if s.text.startswith("Quiet"))


# -- an editorial's own "we" -------------------------------------------------------------------


def test_stance_piece_is_an_editorial_or_opinion_label():
    assert stance_piece("Editorial\n\nWe believe the fare rise is a mistake.")
    assert stance_piece("OPINION: Ferries first\n\nWe think so.")
    assert not stance_piece("Analysis\n\nWe think so.")
    assert not stance_piece("Ferry fares rise\n\nWe believe it is a mistake, riders said.")


EDITORIAL_WE = (
    "Editorial\n\n"
    "We believe the ferry fare rise is a mistake. The county should freeze the fares.\n\n"
    '"We believe in the new timetable," said Mayor Tom Reyes.\n'
)


def test_an_editorial_s_we_believe_is_the_outlet_s_own_claim(nlp):
    report = analyze_text(EDITORIAL_WE, nlp)
    claims = {report.text[a.span[0] : a.span[1]]: a.status for a in report.assertions}
    assert claims.get("We believe the ferry fare rise is a mistake.") == "unattributed"
    assert not any(q.speaker_text and q.speaker_text.lower() == "we" for q in report.quotes)
    # a quoted "we" inside the editorial is still the speaker's words
    mayor = next(q for q in report.quotes if "new timetable" in report.text[q.span[0] : q.span[1]])
    assert mayor.speaker_text == "Tom Reyes"


def test_a_news_story_s_we_believe_stays_a_report(nlp):
    text = "Ferry fares rise\n\nWe believe the fare rise is a mistake, the riders' group wrote.\n"
    report = analyze_text(text, nlp)
    assert any(q.cue == "believe" or q.cue == "write" for q in report.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Opinion | Editorial\n\nThe ferry plan fails the island\n\nBody.",
        "OPINION\n\nThe ferry plan fails the island\n\nBy the Editorial Board\n\nBody.",
        "OPINION: The ferry plan\n\nBy The Harbour Ledger Editorial Board\n\nBody.",
    ],
)
def test_an_unsigned_editorial_under_an_opinion_label_is_the_outlets_own(text: str) -> None:
    genre = piece_label(text)
    assert genre is not None and genre.name == "opinion"
    assert not genre.writer


def test_a_signed_opinion_piece_or_a_letter_on_editors_stays_the_writers() -> None:
    signed = piece_label("OPINION\n\nThe ferry plan fails\n\nBy Jan Roe, a board member\n\nBody.")
    assert signed is not None and signed.writer
    letter = piece_label("LETTERS\n\nLetters to the editors of the Ledger\n\nBody.")
    assert letter is not None and letter.writer


@pytest.mark.parametrize(
    "text",
    [
        "OPINION\n\nThe ferry tax will hurt the island\n\nBy Ona Vell\n\nThe tax is unfair.\n\n"
        "Ona Vell is a former member of the editorial board.",
        "Opinion: Why I finally left the editorial board\n\nBy Ona Vell\n\nBody.",
        "Opinion: Why I finally left the editorial board\n\nBody.",
        "OPINION | Editorial\n\nBy Ona Vell\n\nBody.",
    ],
)
def test_a_mention_of_the_editorial_board_or_a_named_byline_keeps_the_writer(text: str) -> None:
    genre = piece_label(text)
    assert genre is not None and genre.name == "opinion"
    assert genre.writer


def test_a_first_sentence_opening_with_by_is_no_byline() -> None:
    """ "By any measure, ..." under "Opinion | Editorial" is the editorial's first sentence, not
    a writer's byline: the piece stays the outlet's own."""
    text = "Opinion | Editorial\n\nBy any measure, the ferry plan costs too much. We say no.\n"
    genre = piece_label(text)
    assert genre is not None and not genre.writer
