"""Session 13, after the review of session 12's change: a headline after a genre label, a
title-case "A.M.", one list of asking verbs, head-of-state titles only, the checked data tables
and two costs made linear. Each text is invented."""

from __future__ import annotations

from contextreader.analysis.paragraphs import sentence_is_heading, span_is_heading
from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes.dashes import _after_question
from contextreader.analysis.quotes.questions import QUESTION_WORDS
from tests.analysis.helpers import people_rows, quote_rows


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


def test_a_capitalised_clock_time_in_a_title_case_headline_does_not_split_it(nlp):
    text = "Storm Hits Harbour At 2 A.M. In Coastal Towns\n\nThe storm passed by noon."
    assert _headings(nlp, text) == [
        ("Storm Hits Harbour At 2 A.M. In Coastal Towns", True),
        ("The storm passed by noon.", False),
    ]


def test_a_lower_case_clock_time_still_ends_a_sentence(nlp):
    text = "The storm reached the coast at 2 a.m. The toll rose by noon."
    assert _headings(nlp, text) == [
        ("The storm reached the coast at 2 a.m.", False),
        ("The toll rose by noon.", False),
    ]


def test_an_answer_follows_only_the_question_right_before_it():
    text = "Q: Why now?\n\n— Because.\n\nA note.\n\n— Listed."
    ends = [len("Q: Why now?")]
    assert _after_question(text, text.index("— Because"), ends)
    assert not _after_question(text, text.index("— Listed"), ends)
    assert not _after_question(text, 0, ends)  # no question before it


def test_a_request_put_to_someone_is_reported_but_a_question_is_not(nlp):
    text = "Dana Voss was asked to resign. Voss was asked about the cost."
    assert quote_rows(nlp, text, ("kind", "words")) == [("indirect", "to resign")]


def test_a_question_clause_put_to_someone_is_no_quote(nlp):
    text = "Mira Tull was asked whom she would back. Tull was quizzed about the vote."
    assert quote_rows(nlp, text, ("kind", "words")) == []
    assert "whom" in QUESTION_WORDS


def test_a_tag_after_a_quote_is_read_to_its_line_end_only(nlp):
    text = (
        '"We will not give in": an interview with Jan Roe\n'
        "Dana Doe said the talks went on through the night."
    )
    assert quote_rows(nlp, text, ("kind", "person")) == [
        ("direct", "Jan Roe"),
        ("indirect", "Dana Doe"),
    ]


def test_a_possessor_before_a_prime_minister_may_be_a_person(nlp):
    text = (
        "Velk's Prime Minister Ana Morrow said on Monday the budget would pass. Velk, who "
        "has ruled since 2010, said he was confident."
    )
    assert [row[0] for row in people_rows(nlp, text)] == ["Velk", "Ana Morrow"]


def test_a_possessor_before_a_president_is_a_country(nlp):
    text = "Velm's President Jan Roe said on Monday the budget would pass."
    assert [row[0] for row in people_rows(nlp, text)] == ["Jan Roe"]
