"""cr_assertions: page furniture that gets no voice (mastheads, section labels, sign-offs, photo
credits, newsroom credits, time stamps, live-blog and press-release lines), and news that only
opens like furniture.

Each text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.assertions import page_furniture
from contextreader.analysis.assertions.page_furniture import (
    _blank,
    _figures_line,
    _Lines,
    _place_and_date,
    is_furniture,
)
from contextreader.analysis.furniture import shop_listings
from contextreader.analysis.paragraphs import (
    is_byline,
    line_around,
    photo_credit,
    photo_credit_start,
)
from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import claim_texts, sentence_voices

# -- a live blog's furniture -----------------------------------------------------------------------

LIVE = (
    "Storm hits Tarrow coast\n\n"
    "Tarrow Courier staff\n\n"
    "UPDATE: 9:42 pm\n\n"
    "Welcome to our live coverage of the storm in Tarrow.\n\n"
    "The harbour wall has been breached.\n"
)


PASTED = """Ferry strike enters second week

By Oren Tisdale
Updated 3:45 PM EST, Thu March 6, 2025

Crews picket at the pier on Wednesday. (Photo: Kira Lund/Gullport Post)

The ferry has not sailed since March 1.

Advertisement

Related: Ferry crews vote to strike over pay

Updated figures show 900 passengers a day were stranded.

(Reporting by Lina Morrow; Editing by Piet Hallam)
"""


# -- lines that claim nothing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    ["The Kestrel Herald", "Marrow Business, Port Elwin"],
)
def test_a_masthead_line_is_no_claim(nlp, head):
    body = "Harbour fees rise again\n\nThe port raised its fees on Monday."
    voices = sentence_voices(nlp, f"{head}\n\n{body}")
    assert [w for w, _ in voices] == [
        "Harbour fees rise again",
        "The port raised its fees on Monday.",
    ]


def test_a_masthead_below_a_byline_is_no_claim(nlp):
    text = (
        "Harbour fees rise again\n\nBy Ada Moss\n\nMarrow Business, Port Elwin\n\n"
        "The port raised its fees on Monday."
    )
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "Harbour fees rise again",
        "The port raised its fees on Monday.",
    ]


@pytest.mark.parametrize("place", ["GENEVA", "CANBERRA", "NEW YORK"])
def test_a_place_in_capitals_below_a_byline_is_no_claim(nlp, place):
    text = f"Harbour fees rise again\n\nBy Ada Moss\n{place}\n\nThe port raised its fees on Monday."
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "Harbour fees rise again",
        "The port raised its fees on Monday.",
    ]


@pytest.mark.parametrize("head", ["BUS FARES RISE", "DOCK WORKERS STRIKE", "STRIKE ENDS"])
def test_a_headline_in_capitals_below_a_byline_stays_a_claim(nlp, head):
    text = f"By Ada Moss\n{head}\n\nThe bus company raised its fares on Monday."
    assert head in claim_texts(nlp, text)


def test_a_headline_in_capitals_above_a_subhead_stays_a_claim(nlp):
    text = "FEES SOAR\nThe port doubles its charges for ferries\n\nThe port raised its fees."
    assert "FEES SOAR" in claim_texts(nlp, text)


def test_a_section_label_before_a_headline_is_no_claim(nlp):
    text = "OPINION: The toll is a tax on the poor\n\nIt should go."
    assert sentence_voices(nlp, text) == [
        ("The toll is a tax on the poor", "unattributed"),
        ("It should go.", "unattributed"),
    ]


@pytest.mark.parametrize("label", ["Harbour news", "Business news in brief", "Weather"])
def test_a_section_label_line_is_no_claim(nlp, label):
    text = f"{label}\n\nThe ferry to Tarrow will not sail on Friday."
    assert claim_texts(nlp, text) == ["The ferry to Tarrow will not sail on Friday."]


@pytest.mark.parametrize(
    "line",
    ["Markets slump on the news", "Weather halts the ferry", "Good news!", "Bad weather at sea."],
)
def test_a_line_that_only_ends_like_a_section_label_stays_a_claim(nlp, line):
    text = f"{line}\n\nThe ferry to Tarrow will not sail on Friday."
    assert claim_texts(nlp, text)[0] == line


@pytest.mark.parametrize("note", ["(Unofficial translation)", "[Full text]", "(Abridged)"])
def test_a_bracketed_editors_note_on_its_line_is_no_claim(nlp, note):
    text = f"Statement by the Tarrow port board on the ferry fares\n\n{note}\n\nFares will rise."
    # (the parser may leave the opening bracket with the headline: the note's words are tested)
    claims = claim_texts(nlp, text)
    assert not any(note.strip("()[]") in claim for claim in claims)
    assert "Fares will rise." in claims


def test_a_bracketed_sentence_with_a_verb_stays_a_claim(nlp):
    text = "Fares will rise.\n\n(The port board did not reply.)\n"
    assert "The port board did not reply." in " ".join(claim_texts(nlp, text))


def test_a_fact_checks_subhead_is_no_claim(nlp):
    text = "The mayor said crime doubled.\n\nOur ruling\n\nCrime rose by a sixth."
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "The mayor said crime doubled.",
        "Crime rose by a sixth.",
    ]


def test_a_sign_off_under_a_quote_is_no_claim(nlp):
    text = (
        'The claim: "Our harbour is dying."\n\n'
        "— Councillor Jan Roe, in a campaign video posted on May 3.\n\n"
        "The harbour handled more ships last year."
    )
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        'The claim: "Our harbour is dying."',
        "The harbour handled more ships last year.",
    ]


def test_a_newsroom_credit_a_time_stamp_and_a_greeting_claim_nothing(nlp):
    assert sentence_voices(nlp, LIVE) == [
        ("Storm hits Tarrow coast", "unattributed"),
        ("The harbour wall has been breached.", "unattributed"),
    ]


def test_an_update_with_news_after_its_colon_is_news(nlp):
    text = "UPDATE: The harbour wall has been breached."
    assert "unattributed" in [voice for _, voice in sentence_voices(nlp, text)]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Tarrow Courier staff", True),
        ("Courier staff and agencies", True),
        ("From staff reports", True),
        ("By Jan Roe", True),
        ("Staff", False),
        ("Cuts hit hospital staff", False),
        ("Hospital staff were told to leave", False),
    ],
)
def test_a_newsroom_credit_is_a_byline(line, credit):
    assert is_byline(line) is credit


# -- photo credits and sign-offs assert nothing; an inch mark opens no quote ---------------------


def test_a_photo_credit_and_a_sign_off_have_no_voice(nlp):
    text = (
        "The ferry sank in March.\n\n"
        "Getty/Instagram.\n\n"
        "“The crossing has never been this dangerous.” ― Sonya Brill\n\n"
        "Kavaria Votes."
    )
    assert sentence_voices(nlp, text) == [
        ("The ferry sank in March.", "unattributed"),
        ("“The crossing has never been this dangerous.”", "quoted"),
        ("Kavaria Votes.", "unattributed"),
    ]


def test_an_app_promotion_is_no_claim(nlp):
    text = (
        "The ferry resumed on Monday.\n\nCLICK HERE TO GET THE VALLEY GAZETTE APP\n\n"
        "Fares will rise by 5% in May.\n"
    )
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == ["The ferry resumed on Monday.", "Fares will rise by 5% in May."]


def test_a_short_line_after_a_greeting_keeps_its_own_claim(nlp):
    text = "Welcome to our live coverage. The council met at noon.\n"
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == ["The council met at noon."]


def test_page_furniture_is_no_claim(nlp: Language) -> None:
    report = analyze_text(PASTED, nlp)
    voiced = [" ".join(report.text[s.span[0] : s.span[1]].split()) for s in report.sentences]
    assert voiced == [
        "Ferry strike enters second week",
        "The ferry has not sailed since March 1.",
        "Updated figures show 900 passengers a day were stranded.",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("ADVERTISEMENT", True),
        ("Share this article", True),
        ("Read more: Ferry crews vote to strike", True),
        ("Published 2 hours ago", True),
        ("Published reports say the ferry will sail.", False),
        ("Share prices fell 4 percent on Monday.", False),
        ("Related talks will resume on Friday.", False),
    ],
)
def test_what_is_page_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line, 0, len(line)) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Tarrow, 14 November", True),
        ("Port Elwin, March 3, 2026", True),
        ("Tarrow, 12.05.2026", True),
        ("Jan Roe, 34", False),
        ("Tarrow, where 14 people live", False),
        ("the harbour, 14 November", False),
        ("Tarrow, Monday 3 March", True),
        ("Tarrow, 3rd March 2026", True),
        # a span of time is no date
        ("Quay Street Traders, 48 hours on", False),
        ("Tarrow, two days ago", False),
        ("Tarrow, 48 March", False),
    ],
)
def test_a_place_and_date_sign_off_is_furniture(line: str, furniture: bool) -> None:
    assert _place_and_date(line) is furniture


def test_a_place_and_date_sign_off_under_a_statement_is_no_claim(nlp):
    text = "The board will meet again.\n\nTarrow, 14 November\n"
    assert claim_texts(nlp, text) == ["The board will meet again."]


def test_a_time_stamp_needs_a_time_or_a_date_after_its_word() -> None:
    assert is_furniture("Posted on March 6, 2025", 0, 23)
    assert not is_furniture("Updated figures show 900 were stranded.", 0, 39)


@pytest.mark.parametrize(
    "line",
    [
        "Published 3 times a week, the Gazette reaches 9,000 homes.",
        "Posted on May 3, the notice closed the road.",
        "(Photographs obtained by the Gazette show the pier.)",
    ],
)
def test_news_that_opens_like_furniture_is_news(line: str) -> None:
    assert not is_furniture(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "9:42 pm",
        "UPDATE:",
        "FOR IMMEDIATE RELEASE",
        "Media Contact:",
        "press@quellbright.example",
        "+44 20 7946 0321",
        "For more information, visit www.example.org.",
    ],
)
def test_live_blog_and_press_release_furniture(line: str) -> None:
    assert is_furniture(line, 0, len(line))


def test_an_update_label_leaves_its_update_a_claim(nlp: Language) -> None:
    text = "UPDATE: A power cut has stopped the count in two wards.\n"
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == ["A power cut has stopped the count in two wards."]


# a shop's widget for a book, glued into the text as copied: title, author, prices, stamp
WIDGET = "The Deep Gui... Sam Wendle Best Price: $8.15 Buy New $5.40 (as of 02:20 PDT - Details)"


@pytest.mark.parametrize(
    ("text", "listings"),
    [
        (WIDGET, [WIDGET]),
        # on a line with the article: from the sentence before to "Details)"
        (f"The port reopened. {WIDGET} The ferry sailed.", [WIDGET]),
        (
            "Crooks Next Door... Ona Bright List Price: $19.99 Price: $9.99",
            ["Crooks Next Door... Ona Bright List Price: $19.99 Price: $9.99"],
        ),
        # an author's initial ends no sentence; an ellipsis closes the cut title
        (
            "Rain fell. Lies... Ann R. Bright Price: $3.00 (as of 8:20 EDT - Details) Done.",
            ["Lies... Ann R. Bright Price: $3.00 (as of 8:20 EDT - Details)"],
        ),
        # a price in news: one label and amount, or a bracket with no clock time or "Details"
        ("The best price: $4 a gallon, the dealer said.", []),
        ("Grain hit the best price: $4 (as of Monday) in Tarsen.", []),
        ("The list price: $30,000, and the best price: $25,000, were posted.", []),
    ],
)
def test_shop_listings(text: str, listings: list[str]) -> None:
    assert [text[a:b] for a, b in shop_listings(text)] == listings


def test_a_shop_widget_is_no_claim(nlp: Language) -> None:
    text = f"The port reopened.\n\n{WIDGET}\n\nThe council met. {WIDGET} The ferry sailed.\n"
    assert claim_texts(nlp, text) == [
        "The port reopened.",
        "The council met.",
        "The ferry sailed.",
    ]


@pytest.mark.parametrize(
    "line",
    ["Glossary", "Key points", "This article will be updated as the story develops."],
)
def test_section_labels_and_update_notes_are_furniture(line: str) -> None:
    assert is_furniture(line, 0, len(line))


def test_a_line_of_labels_and_figures_is_no_claim(nlp: Language) -> None:
    text = (
        "Tarnby won the derby 2-1 on Saturday.\n\n"
        "Possession Tarnby 58% Ollerby 42%. Shots 11-6. Corners 5-2. Attendance 14,204.\n\n"
        "Ollerby lost 3 games in a row.\n"
    )
    claims = [text[a.span[0] : a.span[1]] for a in analyze_text(text, nlp).assertions]
    assert claims == [
        "Tarnby won the derby 2-1 on Saturday.",
        "Ollerby lost 3 games in a row.",
    ]


def test_a_line_of_figures_is_decided_once_for_the_line(nlp: Language) -> None:
    text = "Shots 11-6. Corners 5-2. Fouls 9-12.\nThe home side scored 3 goals.\n"
    doc = nlp(text)
    first, second = [s for s in doc.sents if s.start_char < text.index("\n")][:2]
    decided: dict[int, bool] = {}
    assert _figures_line(first, text, (first.start_char, first.end_char), decided)
    assert decided == {0: True}
    # the second sentence of the line takes the line's answer, as kept
    decided[0] = False
    assert not _figures_line(second, text, (second.start_char, second.end_char), decided)
    last = next(s for s in doc.sents if s.start_char > text.index("\n"))
    assert not _figures_line(last, text, (last.start_char, last.end_char), decided)
    assert decided == {0: False, text.index("\n") + 1: False}


def test_a_line_ending_on_a_word_is_no_table(nlp: Language) -> None:
    text = "Shots 11 and 6, corners 5 and 2, for the visitors.\n"
    doc = nlp(text)
    sent = next(iter(doc.sents))
    assert not _figures_line(sent, text, (sent.start_char, sent.end_char), {})


# -- live blogs, releases and transcripts: boxes, signposts, sign-offs, notes and contacts ------


def test_a_live_blogs_key_events_signposts_and_sign_off_are_noclaim_texts(nlp: Language) -> None:
    text = (
        "Harbour fire: live updates\n\n"
        "Key events\n\n"
        "Fire crews are still at the harbour.\n\n"
        "Tom Bell in Dover:\n\n"
        "The smoke has thinned over the quay.\n\n"
        "Ann Lee again:\n\n"
        "Ann Lee reports from the quay at Dover:\n\n"
        "Boats have been moved away from the pier.\n\n"
        "Sam Dorn has been speaking to traders, who lost their stock:\n\n"
        "That\u2019s all from us for now. Thanks for following along. We'll be back with more"
        " tomorrow.\n"
    )
    assert claim_texts(nlp, text) == [
        "Harbour fire: live updates",
        "Fire crews are still at the harbour.",
        "The smoke has thinned over the quay.",
        "Boats have been moved away from the pier.",
        "Sam Dorn has been speaking to traders, who lost their stock:",
    ]


def test_a_release_notes_to_editors_and_its_contact_block_are_noclaim_texts(nlp: Language) -> None:
    text = (
        "Town opens new library\n\n"
        "The library cost four million pounds to build.\n\n"
        "ENDS\n\n"
        "Notes to editors\n\n"
        "1. The library was designed by a local firm.\n\n"
        "2. Jan Roe is available for interview on Friday.\n"
    )
    assert claim_texts(nlp, text) == [
        "Town opens new library",
        "The library cost four million pounds to build.",
    ]
    block = (
        "Town opens new library\n\n"
        "The library cost four million pounds to build.\n\n"
        "Media contact\n"
        "Ann Lee, Press Officer\n"
        "Harbour Town Council\n"
        "01632 960 111\n\n"
        "The old library will close in June.\n"
    )
    assert claim_texts(nlp, block) == [
        "Town opens new library",
        "The library cost four million pounds to build.",
        "The old library will close in June.",
    ]


def test_a_transcripts_notes_and_stamp_are_noclaim_texts(nlp: Language) -> None:
    text = (
        "Briefing on the ferry strike\n\n"
        "Published by the Harbour Board, 3 May 2026\n\n"
        "The following is a transcript of the briefing. It has been lightly edited for"
        " clarity.\n\n"
        "The ferry has not sailed since Monday.\n\n"
        "For media enquiries: press office, 01632 960 111\n"
    )
    assert claim_texts(nlp, text) == [
        "Briefing on the ferry strike",
        "The ferry has not sailed since Monday.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1.",
        "(2)",
        "b)",
        "Key events",
        "Notes to editors",
        "That's all from us for now.",
        "Jan Roe is available for interview on Friday.",
        "Media enquiries: press office",
        "Published by the Harbour Board, 3 May 2026",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "The mayor was not available for comment.",
        "Published by a small press in 2019, the book sold well.",
        "Contact with the builder was lost in March.",
        "12 people were hurt.",
        "That is all the council will say.",
        "It has been a long winter for the harbour.",
    ],
)
def test_news_that_opens_like_furniture_is_no_furniture(line: str) -> None:
    assert not is_furniture(line, 0, len(line))


def test_news_after_a_heading_that_is_no_notes_heading_stays(nlp: Language) -> None:
    text = "Town opens new library\n\nNotes from the opening\n\nThe mayor cut the ribbon at noon.\n"
    assert "The mayor cut the ribbon at noon." in claim_texts(nlp, text)


def test_a_line_with_a_clause_of_its_own_is_no_signpost(nlp: Language) -> None:
    text = (
        "Harbour fire\n\n"
        "Ann Lee in Dover said the fire was out:\n\n"
        "Boats have been moved away from the pier.\n"
    )
    voices = dict(sentence_voices(nlp, text))
    assert voices["Ann Lee in Dover said the fire was out:"] == "reported"


# -- a caption: a line that ends in a picture's credit ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Shoppers queue outside the bakery in Tolham on Saturday. (Photo: Mira Ek/Vale Press)",
        "Shoppers queue outside the bakery. (Picture: Mira Ek)",
        "Shoppers queue outside the bakery (Photo by Mira Ek)",
        "Shoppers queue outside the bakery. (Vale Press Photo/Mira Ek)",
        "Shoppers queue outside the bakery. Photo: Mira Ek/Vale Press",
    ],
)
def test_a_line_that_ends_in_a_photo_credit_is_a_caption_and_no_claim(nlp, line):
    assert photo_credit(line) is not None
    text = f"The bakery reopened on Friday.\n\n{line}\n\nBread prices rose by a tenth."
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "The bakery reopened on Friday.",
        "Bread prices rose by a tenth.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Sales rose at the bakery (Photo booths were busy too)",
        "Mira Ek took the photo: a queue at dawn/dusk",
        "The bakery posted a video of the queue.",
        "The mayor spoke (The video by the council was cut)",
    ],
)
def test_a_line_that_only_mentions_a_photo_is_no_caption(line):
    assert photo_credit(line) is None


def test_a_paragraph_a_photo_credit_closes_keeps_itsclaim_texts(nlp):
    # a long line of news that ends in a credit: only the credit is no claim
    text = (
        "The river rose overnight.\n\n"
        "The council has neglected the embankment for years and the new pumps were never "
        "installed. Repairs will take the whole summer. (Photo: Lea Moss/Vale Press)\n\n"
        "The road reopened at noon."
    )
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "The river rose overnight.",
        "The council has neglected the embankment for years and the new pumps were never "
        "installed.",
        "Repairs will take the whole summer.",
        "The road reopened at noon.",
    ]


def test_a_long_one_sentence_caption_is_still_no_claim(nlp):
    # one sentence before the credit, however long, is the picture's caption
    text = (
        "The river rose overnight.\n\n"
        "Volunteers carry sandbags along the embankment past the shuttered boathouse and the "
        "old mill on the edge of Tolham on Sunday morning (Photo by Lea Moss)\n\n"
        "The road reopened at noon."
    )
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "The river rose overnight.",
        "The road reopened at noon.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Roe to quit politics",
        "Roe out of politics",
        "Dara Vell to lead world",
        "Fresh blow for local business",
        "Record profits for tech",
        "Good news for business",
    ],
)
def test_a_headline_that_ends_in_a_section_word_stays_a_claim(nlp, line):
    text = f"{line}\n\nThe ferry to Tarrow will not sail on Friday.\n"
    assert claim_texts(nlp, text)[0] == line


@pytest.mark.parametrize("label", ["World news in brief", "Concert news", "Local sport"])
def test_a_label_after_at_most_two_nouns_or_adjectives_is_no_claim(nlp, label):
    text = f"{label}\n\nThe ferry to Tarrow will not sail on Friday.\n"
    assert claim_texts(nlp, text) == ["The ferry to Tarrow will not sail on Friday."]


@pytest.mark.parametrize(
    "line",
    [
        "(Seven arrested after clashes)",
        "[Two dead, dozens injured]",
        "(Road closed until Monday)",
        "(Updated: two more deaths confirmed)",
    ],
)
def test_a_bracketed_headline_with_a_verb_form_or_a_figure_stays_a_claim(nlp, line):
    text = f"Statement by the Tarrow port board\n\n{line}\n\nFares will rise.\n"
    claims = " ".join(claim_texts(nlp, text))
    assert line.strip("()[]").split(":")[-1].strip() in claims


@pytest.mark.parametrize("note", ["(Updated 3 March)", "(Edited for length)", "[Corrected]"])
def test_a_bracketed_note_opening_with_a_note_word_is_no_claim(nlp, note):
    text = f"Statement by the Tarrow port board\n\n{note}\n\nFares will rise.\n"
    claims = claim_texts(nlp, text)
    assert not any(note.strip("()[]") in claim for claim in claims)
    assert "Fares will rise." in claims


@pytest.mark.parametrize(
    "line", ["Markets Fall Sharply, 3 March", "Quay Street Traders, 48 hours on"]
)
def test_a_title_case_headline_with_a_date_stays_a_claim(nlp, line):
    # (a headline at the top: a sign-off closes the text, with at most three lines after it)
    body = "Shares fell on Monday.\n\nTraders were calm.\n\nBanks were shut.\n\nIt rained.\n"
    text = f"{line}\n\n{body}"
    assert claim_texts(nlp, text)[0] == line


LIVE_TIMES = (
    "Flood live\n\n"
    "11:10 Police have closed the coast road.\n\n"
    "11:14 pm Officials say the river is still rising.\n"
)


def test_a_live_blogs_leading_time_is_no_sentence_or_claim(nlp):
    voices = sentence_voices(nlp, LIVE_TIMES)
    assert ("Police have closed the coast road.", "unattributed") in voices
    assert not any(w.startswith(("11:10", "11:14")) for w, _ in voices)
    assert not any("11:" in c for c in claim_texts(nlp, LIVE_TIMES))


def test_a_live_blogs_leading_time_is_not_in_the_cue(nlp):
    rep = analyze_text(LIVE_TIMES, nlp)
    assert [LIVE_TIMES[slice(*q.speaker_span)] for q in rep.quotes if q.speaker_span] == [
        "Officials"
    ]


def test_a_time_inside_a_sentence_stays_in_it(nlp):
    text = "Ferry news\n\nThe ferry left at 11:10 and reached the island an hour later.\n"
    assert "The ferry left at 11:10 and reached the island an hour later." in claim_texts(nlp, text)


# -- a long line is read once, not once for each of its sentences ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fares rose.\nThe board met on Friday.\n\n  Crowds gathered.\nEnd",
        "\nOne line only",
        "No break at all in this text",
        "\n\n\n",
    ],
)
def test_the_line_index_answers_as_line_around(text):
    lines = _Lines(text)
    for start in range(len(text) + 1):
        assert lines.around(start) == line_around(text, start)
        for end in range(start, len(text) + 1):
            assert lines.around(start, end) == line_around(text, start, end)


@pytest.mark.parametrize("part", ["", " ", " \t\u00a0\u2003", " x ", "\n\n", "\u200b", "a"])
def test_blank_is_strip_on_the_part(part):
    text = f"ab{part}cd"
    assert _blank(text, 2, 2 + len(part)) == (not part.strip())


def test_a_long_line_ending_in_a_credit_is_read_once(monkeypatch):
    calls: list[str] = []

    def counted(line: str) -> int | None:
        calls.append(line)
        return photo_credit_start(line)

    monkeypatch.setattr(page_furniture, "photo_credit_start", counted)
    sentences = [f"The ferry to Kell left {k} minutes late on Sunday." for k in range(200)]
    text = " ".join(sentences) + " (Photo: Jan Roe/Harbour Wire)\n\nFares will rise.\n"
    starts = [text.index(s) for s in sentences]
    answers = [is_furniture(text, s, s + len(sentences[0])) for s in starts[:3]]
    answers += [is_furniture(text, s, s + len(sentences[-1])) for s in starts[3:]]
    # a long paragraph a credit closes keeps its sentences as claims; the line is read once
    assert not any(answers)
    assert len(calls) == 1
    credit = text.index("(Photo:")
    assert is_furniture(text, credit, credit + len("(Photo: Jan Roe/Harbour Wire)"))
    assert len(calls) == 1


def test_a_short_caption_line_before_its_credit_is_furniture():
    text = "Storm hits Kell\n\nCrowds on the quay. (Photo: Jan Roe/Harbour Wire)\n\nFares rose.\n"
    start = text.index("Crowds")
    assert is_furniture(text, start, start + len("Crowds on the quay."))
    fares = text.index("Fares")
    assert not is_furniture(text, fares, fares + len("Fares rose."))


def test_a_live_blogs_leading_time_with_a_zone_is_no_sentence(nlp):
    text = (
        "Flood live\n\n"
        "12:00 BST: The coast road is shut.\n\n"
        "9:15 ET Officials say the river is still rising.\n"
    )
    voices = sentence_voices(nlp, text)
    assert ("The coast road is shut.", "unattributed") in voices
    assert ("Officials say the river is still rising.", "vague") in voices
    assert not any("BST" in w or w.startswith("ET") for w, _ in voices)


def test_capitals_after_a_leading_time_that_are_no_zone_stay_in_the_sentence(nlp):
    text = "Flood live\n\n11:10 BBC News reports that the bridge is shut.\n"
    assert ("BBC News reports that the bridge is shut.", "reported") in sentence_voices(nlp, text)
