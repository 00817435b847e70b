"""Block quotations that lost their marks (``quotes/blocks.py``): the paragraph after "Roe
wrote:" is Roe's, and in a text laid out a sentence a line the block runs on to the blank line.

Pages copied from the web drop a block quotation's markup; the quoted paragraph then follows a
lead line ending with a colon and carries no marks of its own. Every article here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.paragraphs import sentence_a_line
from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, quote_rows, sentence_voices

BLOCK = "The levy is a disgrace and a betrayal of every family on this coast."

LETTER = (
    "Fishing families in Norde face a new levy.\n"
    "\n"
    "Mara Vell, the harbour board's chair, wrote on Tuesday:\n"
    f"{BLOCK}\n"
    "The board met again on Friday.\n"
)


def test_the_paragraph_after_a_colon_lead_is_one_direct_quote_of_the_lead(nlp):
    assert quote_rows(nlp, LETTER) == [("direct", BLOCK, "write", "Mara Vell", "Mara Vell")]


def test_the_block_sentence_is_quoted_and_the_line_after_it_is_the_outlets(nlp):
    voices = dict(sentence_voices(nlp, LETTER))
    assert voices[BLOCK] == "quoted"
    assert voices["The board met again on Friday."] == "unattributed"


def test_a_loaded_word_in_the_block_is_in_the_quoted_voice(nlp):
    rep = analyze_text(LETTER, nlp)
    assert [(LETTER[slice(*t.span)], t.voice) for t in rep.loaded_terms] == [
        ("disgrace", "quoted"),
        ("betrayal", "quoted"),  # "a betrayal of every family": of people, so a label
    ]


def lead(line: str, block: str = BLOCK, gap: str = "\n") -> str:
    return f"The harbour board met on Monday.\n\n{line}{gap}{block}\n"


@pytest.mark.parametrize(
    ("line", "cue", "speaker"),
    named(
        {
            "as-aside": ("As the Norde Courier reported on Friday:", "report", "the Norde Courier"),
            "document": ("The statement reads:", "read", "The statement"),
            "addressee": ("Tomas Brandt told reporters:", "tell", "Tomas Brandt"),
        }
    ),
)
def test_leads_with_a_verb_of_saying_set_out_the_next_paragraph(nlp, line, cue, speaker):
    assert quote_rows(nlp, lead(line), ("kind", "words", "cue", "speaker")) == [
        ("direct", BLOCK, cue, speaker)
    ]


@pytest.mark.parametrize(
    "line",
    named(
        {
            "list-intro": ("The key points are:",),
            "what-we-know": ("Here is what we know:",),
        }
    ),
)
def test_a_lead_with_no_verb_of_saying_quotes_nothing(nlp, line):
    assert quote_rows(nlp, lead(line)) == []


def test_a_first_person_lead_stays_the_writers_report(nlp):
    rows = quote_rows(nlp, lead("I wrote last week:"), ("kind", "speaker"))
    assert rows == [("indirect", "the writer")]


def test_a_next_paragraph_opening_with_a_mark_is_the_marks_quote(nlp):
    text = lead("Tomas Brandt told reporters:", f"“{BLOCK}”")
    assert quote_rows(nlp, text, ("kind", "words", "speaker")) == [
        ("direct", BLOCK, "Tomas Brandt")
    ]


def test_a_next_paragraph_with_marks_of_its_own_is_not_a_block(nlp):
    text = lead(
        "Tomas Brandt told reporters:",
        "The levy rose again this year. “We will not pay a cent,” one skipper said.",
    )
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert [row for row in rows if row[0] == "direct"] == [("direct", "We will not pay a cent,")]


def test_a_heading_after_the_lead_is_not_a_block(nlp):
    text = lead("Tomas Brandt wrote:", "Fees And Charges For Small Boats")
    assert "direct" not in [row[0] for row in quote_rows(nlp, text)]


def test_a_list_after_the_lead_stays_a_report(nlp):
    text = lead("Tomas Brandt wrote:", "- The levy is a disgrace.\n- The board must resign.")
    assert [row[0] for row in quote_rows(nlp, text)] == ["indirect"]


def test_a_lead_inside_a_quote_sets_out_nothing_of_its_own(nlp):
    text = (
        "The harbour board met on Monday.\n\n"
        "Tomas Brandt recalled the meeting: “Then our chair, Mara Vell, told the room:”\n"
        f"{BLOCK}\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("direct", BLOCK, "Mara Vell") not in rows


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


# -- "issued the following statement on Sunday." sets out the paragraphs after it ----------------

STATEMENT = (
    "Ministry answers inquiry\n\n"
    "The Ministry of Health issued the following statement on Friday. It was sent to all"
    " newspapers.\n\n"
    "The Ministry regrets the delays described in the report.\n\n"
    "Waiting times for hip operations have fallen by a tenth since January.\n\n"
    "The ministry said later that it would publish new figures in the spring.\n"
)
STATEMENT_TEXT = "The Ministry regrets the delays described in the report."


def test_the_paragraph_after_an_announced_statement_is_its_issuers_words(nlp):
    rows = quote_rows(nlp, STATEMENT, ("kind", "words", "cue", "speaker"))
    assert ("direct", STATEMENT_TEXT, "issue", "The Ministry of Health") in rows
    voices = dict(sentence_voices(nlp, STATEMENT))
    assert voices[STATEMENT_TEXT] == "quoted"
    # only the first paragraph: where the statement ends the page no longer shows, and the
    # writer's background after it keeps its own voice
    assert voices["Waiting times for hip operations have fallen by a tenth since January."] == (
        "unattributed"
    )
    # the writer's note in the lead's own paragraph and the narration after stay the writer's
    assert voices["It was sent to all newspapers."] == "unattributed"
    assert voices["The ministry said later that it would publish new figures in the spring."] == (
        "reported"
    )


@pytest.mark.parametrize(
    ("after", "block"),
    named(
        {
            "quote-marks": (
                'The union said: "We will study it."',
                "We will keep the ferries running through the winter.",
            ),
            "speaks-of-the-text": (
                "The statement comes after a week of strikes at the port.",
                "We will keep the ferries running through the winter.",
            ),
        }
    ),
)
def test_an_announced_text_ends_where_the_writer_speaks_again(nlp, after, block):
    text = (
        "Port news\n\nThe ferry company released the following statement after the meeting.\n\n"
        f"{block}\n\n{after}\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("direct", block, "The ferry company") in rows


def test_a_persons_announced_letter_ends_at_their_surname(nlp):
    text = (
        "Quarry row\n\nAnna Berg sent the following letter to the council on Monday.\n\n"
        "I write to object to the quarry. It will ruin the valley.\n\n"
        "Berg has lived in the village for forty years.\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert ("direct", "I write to object to the quarry. It will ruin the valley.") in rows


@pytest.mark.parametrize(
    "lead",
    named(
        {
            "following-day": ("The following day, the ferry company cancelled every sailing.",),
            "passive": ("The following statement was read by the captain before the match.",),
            "writer": ("I received the following letter from a reader last week.",),
            "no-following": ("The ferry company issued a statement on Friday.",),
        }
    ),
)
def test_no_announced_text_without_an_issuer_announcing_one(nlp, lead):
    text = f"Port news\n\n{lead}\n\nThe ferries will run through the winter.\n"
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert ("direct", "The ferries will run through the winter.") not in rows


@pytest.mark.parametrize(
    "background",
    named(
        {
            "present-perfect": ("The ministry has been criticised for the delays before.",),
            "history": ("Veloria and Ostrel have disputed the border since 1990.",),
            "another-speaker": ("Mira Kell, an analyst at the institute, has said cuts were due.",),
        }
    ),
)
def test_the_writers_background_after_an_announced_text_stays_the_writers(nlp, background):
    text = (
        "Port news\n\nThe ferry company released the following statement after the meeting.\n\n"
        "We will keep the ferries running through the winter.\n\n"
        f"{background}\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert (
        "direct",
        "We will keep the ferries running through the winter.",
        "The ferry company",
    ) in rows
    assert not any(kind == "direct" and background in (words or "") for kind, words, _ in rows)


def test_a_statement_read_on_someones_behalf_is_not_the_readers(nlp):
    text = (
        "Singer thanks fans\n\nHer lawyer, Mark Dunn, read the following statement on behalf"
        " of Ana Brandt.\n\nI am grateful to my fans for their patience.\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("direct", "I am grateful to my fans for their patience.", "Mark Dunn") not in rows


@pytest.mark.parametrize(
    ("line", "cue", "speaker"),
    named(
        {
            "as-aside": ("As the Norde Courier reported,", "report", "the Norde Courier"),
            "plain": ("Tomas Brandt wrote on Tuesday,", "write", "Tomas Brandt"),
            # a participle of saying hands its words over as its verb would
            "participle": ("Tomas Brandt closed the meeting, saying,", "say", "Tomas Brandt"),
        }
    ),
)
def test_a_lead_whose_comma_ends_its_paragraph_sets_out_the_next_one(nlp, line, cue, speaker):
    # the page dropped the block quotation's markup and left the lead's comma at its end
    assert quote_rows(nlp, lead(line, gap="\n\n"), ("kind", "words", "cue", "speaker")) == [
        ("direct", BLOCK, cue, speaker)
    ]


def test_a_participle_that_has_what_it_points_to_leads_no_block(nlp):
    text = "The minister closed the meeting, citing the audit,\n\nThe deficit fell by half.\n"
    assert "direct" not in [row[0] for row in quote_rows(nlp, text)]


def test_a_lead_comma_at_the_end_of_a_wrapped_line_is_the_sentence_going_on(nlp):
    text = "The board met on Monday.\n\nTomas Brandt said,\nadding that the levy was fair.\n"
    assert "direct" not in [row[0] for row in quote_rows(nlp, text)]


@pytest.mark.parametrize(
    "text",
    named(
        {
            # the verb has its words before it: the comma goes on with the sentence
            "said-after-its-words": (
                (
                    "The board met.\n\nThe levy will fail, Tomas Brandt said,\n\n"
                    "adding that the board was reckless.\n"
                ),
            ),
            "words-then-a-capital": (
                (
                    "The board met.\n\nThe levy will fail, Tomas Brandt said,\n\n"
                    "The board meets again on Friday.\n"
                ),
            ),
            "quoted-words-first": (
                (
                    'The board met.\n\n"The levy will fail," Tomas Brandt said,\n\n'
                    "adding that the board was reckless.\n"
                ),
            ),
            # the next paragraph opens in lower case: the sentence goes on after the break
            "lower-case-next": (
                (
                    "The board met.\n\nThe harbour board announced on Monday,\n\n"
                    "in a notice on its website, that the levy would rise.\n"
                ),
            ),
        }
    ),
)
def test_a_comma_lead_is_no_lead_where_the_sentence_goes_on(nlp, text):
    after = text.split("\n\n")[-1].strip()
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert not any(kind == "direct" and after in (words or "") for kind, words in rows)


def test_words_before_a_paragraph_ending_said_stay_its_report(nlp):
    # the report keeps its words, also when page furniture stands between the paragraphs
    for text in (
        "The board met.\n\nThe levy will fail, Tomas Brandt said,\n\n"
        "adding that the board was reckless.\n",
        "The board met.\n\nThe levy will fail, Tomas Brandt said,\n\nAdvertisement\n\n"
        "adding that the board was reckless.\n",
    ):
        rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
        assert ("indirect", "The levy will fail", "Tomas Brandt") in rows
