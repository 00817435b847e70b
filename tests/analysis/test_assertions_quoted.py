"""cr_assertions: which words are someone else's: social-media posts pasted into the article,
their signatures, and a sentence inside one pair of quotation marks.

Each text is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes.posts import bare_line as _bare_line
from tests.analysis.helpers import named, sentence_voices

# Each case: a text and the voice of each of its sentences.
SENTENCES = {
    # pasted social-media posts
    "a_post_signature_in_single_line_paragraphs_takes_only_its_line": (
        "The council shut the ferry on Monday.\n"
        "Residents reacted online.\n"
        "Bring it back. — Dana Holt (@danaholt) May 2, 2024\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "quoted", "unattributed"],
    ),
    "a_post_of_several_lines_runs_up_to_the_line_that_hands_it_over": (
        "The council shut the ferry on Monday.\n"
        "One resident weighed in…\n"
        "This is a shameful day for the island.\n"
        "Bring the ferry back now!\n"
        "pic.twitter.com/Ab12Cd — Dana Holt (@danaholt) May 2, 2024\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "quoted", "quoted", "unattributed"],
    ),
    "a_signature_broken_before_its_handle_still_signs_the_post": (
        "The council shut the ferry on Monday.\n"
        "The first replies came within the hour:\n"
        "What a terrible decision this is.\n"
        "— Dana Holt ??\n"
        "(@danaholt) May 2, 2024\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "quoted", "unattributed"],
    ),
    "a_heading_cut_short_by_an_ellipsis_hands_no_post_over": (
        "The council shut the ferry on Monday.\n"
        "The Harbour Fight…\n"
        "Residents of the island met at the school.\n"
        "This is a sad day for the island.\n"
        "pic.twitter.com/Ab12Cd — Dana Holt (@danaholt) May 2, 2024\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "unattributed", "quoted", "unattributed"],
    ),
    "a_handle_line_over_a_post_belongs_to_the_post": (
        "The council shut the ferry on Monday. A local skipper, Dana Holt, replied.\n\n"
        "@danaholt\n"
        "So the council now wants us to swim to the mainland. Lovely.\n"
        "— Dana Holt (@danaholt) May 2, 2024\n\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "quoted", "quoted", "quoted", "unattributed"],
    ),
    "a_handle_line_with_no_post_under_it_stays_the_writers": (
        "The council shut the ferry on Monday.\n\n@danaholt\nThe ferry stays shut until June.",
        ["unattributed", "unattributed", "unattributed"],
    ),
    "with_no_lead_in_reach_the_lines_above_a_post_stay_the_writers": (
        "The council shut the ferry on Monday.\n"
        "Residents reacted online.\n"
        "The harbour master gave no reason.\n"
        "This is a sad day for the island.\n"
        "pic.twitter.com/Ab12Cd — Dana Holt (@danaholt) May 2, 2024\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "unattributed", "quoted", "unattributed"],
    ),
}


@pytest.mark.parametrize(("text", "voices"), named(SENTENCES))
def test_the_voice_of_each_sentence(nlp, text, voices):
    assert [v for _, v in sentence_voices(nlp, text)] == voices


# -- pasted social-media posts ---------------------------------------------------------------------


def test_a_post_element_is_its_authors_words(nlp):
    text = (
        "The mayor answered critics online.\n\n"
        '<tweet id="1" author="@mayorlind">The bridge opens on Friday. Come and see it.'
        "</tweet>.\n\n"
        "The bridge cost four million dollars."
    )
    voices = [v for _, v in sentence_voices(nlp, text)]
    assert voices[0] == "unattributed"
    assert voices[-1] == "unattributed"
    assert set(voices[1:-1]) == {"quoted"}


def test_a_post_signature_gives_the_paragraph_to_the_poster(nlp):
    text = (
        "Reaction came fast.\n\n"
        "The council has let us down again. — Dana Holt (@danaholt) May 2, 2024\n\n"
        "The council meets again in June."
    )
    assert sentence_voices(nlp, text) == [
        ("Reaction came fast.", "unattributed"),
        ("The council has let us down again.", "quoted"),
        # (the signature itself is a sign-off: it asserts nothing and has no voice)
        ("The council meets again in June.", "unattributed"),
    ]


def test_an_empty_post_element_does_not_swallow_the_text_after_it(nlp):
    text = (
        '<tweet id="7"/>.\n\nThe council meets again in June.\n\n'
        '<tweet id="8" author="@danaholt">See you there.</tweet>.'
    )
    voices = dict(sentence_voices(nlp, text))
    assert voices["The council meets again in June."] == "unattributed"


def test_a_post_element_closed_by_an_empty_tag_is_its_authors_words(nlp):
    # a copy that closes the post with '<tweet/>' instead of '</tweet>'
    text = (
        "The mayor answered critics online.\n\n"
        '<tweet tweet-author="@mayorlind">The bridge opens on Friday. Come and see it.'
        "<tweet/>.\n\n"
        "The bridge cost four million dollars."
    )
    voices = [v for _, v in sentence_voices(nlp, text)]
    assert voices[0] == "unattributed"
    assert voices[-1] == "unattributed"
    assert set(voices[1:-1]) == {"quoted"}


def test_an_empty_post_element_with_an_empty_closing_tag_holds_no_words(nlp):
    text = (
        '<tweet tweet-id="7"><tweet/>.\n\nThe council meets again in June.\n\n'
        '<tweet tweet-id="8"/>.'
    )
    voices = dict(sentence_voices(nlp, text))
    assert voices["The council meets again in June."] == "unattributed"


# -- sentences within quotation marks --------------------------------------------------------------


def test_a_sentence_inside_one_pair_of_marks_is_quoted(nlp):
    text = "Their chants of “More! More! More” faded when the band left the stage."
    assert sentence_voices(nlp, text) == [
        ("Their chants of “More!", "unattributed"),
        ("More!", "quoted"),
        ("More” faded when the band left the stage.", "unattributed"),
    ]


def test_an_embedded_post_is_its_signers_words(nlp):
    text = (
        "The agency said on Sunday that 112 flood warnings were in force.\n\n"
        "“Please stay away from swollen rivers and do not drive through flood water.”\n\n"
        "— Tarsen Police (@TarsenPolice) November 3, 2024\n"
    )
    report = analyze_text(text, nlp)
    assert [q.speaker_text for q in report.quotes if q.kind == "direct"] == ["Tarsen Police"]


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("pic.twitter.com/ab12 #harbour @roe https://t.co/x9", True),
        ("", True),
        ("Read more at https://t.co/x9", False),
        # links glued together then a word: read word by word, this ends at once
        ("http://a" * 30 + " x", False),
        ("http://a" * 30, True),
    ],
)
def test_a_line_before_a_signature_is_bare_when_it_holds_only_links_and_tags(line, bare):
    assert _bare_line(line, 0, len(line)) is bare


def test_a_sentence_opening_a_quote_that_nothing_closes_is_no_claim(nlp):
    text = (
        "Jana Roe took questions from residents in the hall. "
        '"We will build the pier before winter.\n'
        "The council meets again in May."
    )
    rows = [(text[a.span[0] : a.span[1]], a.status) for a in analyze_text(text, nlp).assertions]
    assert not any(words.startswith('"We will build') for words, _ in rows)
    assert ("The council meets again in May.", "unattributed") in rows


# a quote set off by dashes inside a sentence, which the splitter cut after its first sentence
def test_a_sentence_cut_inside_a_quote_is_read_whole(nlp):
    text = 'The old sign above the door – "Closed for repairs. Back in May" – was still up in June.'
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_quote_that_ends_its_sentence_leaves_the_next_sentence_alone(nlp):
    text = 'The sign read "Closed for repairs." It was still up in June.'
    assert [v for _, v in sentence_voices(nlp, text)][-1] == "unattributed"
    assert sentence_voices(nlp, text)[-1][0] == "It was still up in June."


def test_a_quote_of_two_sentences_before_its_speaker_keeps_both_sentences(nlp):
    text = '"We lost the vote. We will try again next year," Ann Roe said.'
    assert [words for words, _ in sentence_voices(nlp, text)] == [
        '"We lost the vote.',
        'We will try again next year," Ann Roe said.',
    ]
