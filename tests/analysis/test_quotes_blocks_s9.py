"""A block quotation in a text laid out a sentence a line runs on to the blank line (session 9).

Some archives print an article one sentence a line, with a blank line between paragraphs. A
block quotation after "Roe wrote:" is then split over several lines, and only the blank line
says where it ends. Every article here is invented.
"""

from __future__ import annotations

from contextreader.analysis.paragraphs import sentence_a_line
from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import quote_rows

LINES = (
    "The levy on small boats is a betrayal of every family that fishes this coast.",
    "It doubles the harbour fee for boats that land less than a tonne a week.",
    "We will fight this disgraceful plan at every meeting of the board.",
)
LEAD = "Mara Vell, who chairs the skippers' association, wrote to members on Tuesday:"


def article(
    *block: str, after: str = "\n\nThe board meets again on Friday to vote on it.\n"
) -> str:
    return (
        "Harbour board plans a new levy on boats\n"
        "\n"
        "The harbour board of Norde published its plan for a levy on small boats on Monday.\n"
        "The levy would take effect in the spring if the board approves it in a vote.\n"
        "\n"
        f"{LEAD}\n" + "\n".join(block) + after
    )


def direct_words(nlp, text: str) -> list[str]:
    return [row[1] for row in quote_rows(nlp, text, ("kind", "words")) if row[0] == "direct"]


def test_the_block_runs_on_over_its_paragraphs_lines(nlp):
    assert direct_words(nlp, article(*LINES)) == ["\n".join(LINES)]


def test_a_loaded_word_on_a_later_line_of_the_block_is_quoted(nlp):
    text = article(*LINES)
    rep = analyze_text(text, nlp)
    voices = {text[slice(*t.span)]: t.voice for t in rep.loaded_terms}
    assert voices["disgraceful"] == "quoted"


def test_a_line_that_names_the_speaker_is_the_writers_again(nlp):
    text = article(LINES[0], "Vell has led the association since the last levy was voted down.")
    assert direct_words(nlp, text) == [LINES[0]]


def test_a_line_with_marks_of_its_own_ends_the_block(nlp):
    text = article(LINES[0], "“We will not pay,” a skipper at the quay told the local paper.")
    assert direct_words(nlp, text) == [LINES[0], "We will not pay,"]


def test_with_no_blank_line_in_reach_the_block_is_one_line(nlp):
    many = [
        f"Line {n} of the letter goes on about the fees that the boats would pay." for n in range(9)
    ]
    assert direct_words(nlp, article(LINES[0], *many)) == [LINES[0]]


def test_an_article_that_ends_in_the_block_keeps_it_to_one_line(nlp):
    assert direct_words(nlp, article(*LINES, after="\n")) == [LINES[0]]


def test_in_a_text_laid_out_a_paragraph_a_line_the_block_is_one_line(nlp):
    text = (
        "Harbour board plans a new levy on boats\n"
        "\n"
        "The harbour board of Norde published its plan on Monday. It would take effect in spring.\n"
        f"{LEAD}\n"
        f"{LINES[0]}\n"
        "The board meets again on Friday. Members expect a close vote and a long night of talks.\n"
        "\n"
        "Other business\n"
    )
    assert direct_words(nlp, text) == [LINES[0]]


def test_sentence_a_line_reads_the_layout():
    one_a_line = "\n".join(LINES) + "\n\n" + "\n".join(LINES)
    paragraphs = (
        "The harbour board met on Monday. It voted to double the fee for small boats.\n"
        "Skippers walked out of the meeting. They said the board had not listened to them.\n"
    )
    assert sentence_a_line(one_a_line)
    assert not sentence_a_line(paragraphs)
    assert not sentence_a_line("Short lines only.\nNothing long.\n")
