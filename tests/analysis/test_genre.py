"""The outlet's label for the kind of piece ("OPINION: ...", a line "Analysis"): found in the
first lines only, given in the report as its genre, and never part of a claim."""

from __future__ import annotations

import pytest

from contextreader.analysis.furniture import label_end, piece_label
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
    assert "The piece is labelled “Analysis” in its first lines." in to_markdown(report)
    assert analyze_text("Ferry fares rise\n\nFares rose in May.\n", nlp).genre is None


def test_a_label_line_with_a_full_stop_names_the_genre_without_it() -> None:
    genre = piece_label("Why the ferry matters\n\nLETTERS.\n\nI cannot see why the ferry ...")
    assert genre is not None and genre.name == "letters"
