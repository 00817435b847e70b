"""A writer's sign-off closing a letter or a first-person piece: the name (and the place under
it) says who wrote the piece, so it is the byline, the writer's role, and no claim.

Each text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.paragraphs import sign_off
from contextreader.analysis.pipeline import analyze_text

LETTER = (
    "Letters to the Editor\n\nThe ferry cuts will hurt the island\n\nI have sailed from "
    "Porthcarrow for twenty years. The operator says the cuts are needed. I doubt it.\n\n"
    "Winifred Sallow\nPorthcarrow\n"
)


def test_a_letter_s_sign_off_is_its_byline_and_no_claim(nlp: Language) -> None:
    report = analyze_text(LETTER, nlp)
    assert report.byline is not None
    assert LETTER[slice(*report.byline.span)] == "Winifred Sallow"
    assert [(p.name, p.role) for p in report.people] == [("Winifred Sallow", "signed the piece")]
    claims = [LETTER[slice(*a.span)] for a in report.assertions]
    assert not any("Winifred" in c or "Porthcarrow\n" in c or c == "Porthcarrow" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # no label: the first person before the name makes it a sign-off, here with its place
        "Ferry fares rose again.\n\nI have paid them for years and I will not stop.\n\n"
        "Winifred Sallow, Porthcarrow\n",
        # a title opens the name
        "Letters\n\nI write as a ferry user. The fares are too high.\n\nDr Ivo Brannock\n",
    ],
    ids=["first-person-and-place", "title"],
)
def test_sign_offs(text: str) -> None:
    assert sign_off(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a news piece in the third person that ends on a name line
        "Ferry fares rose again.\n\nThe operator said costs had grown.\n\nWinifred Sallow\n",
        # an unsigned editorial's label
        "Editorial\n\nWe have paid the fares for years.\n\nWinifred Sallow\nPorthcarrow\n",
        # "I" only inside quotation marks
        'Ferry fares rose.\n\n"I will not pay," a passenger said.\n\nWinifred Sallow\n',
        # no known first name: a heading, not a name
        "Letters\n\nI write as a ferry user. The fares are too high.\n\nThe Island Answers\n",
    ],
    ids=["third-person", "editorial", "quoted-i", "no-first-name"],
)
def test_no_sign_off(text: str) -> None:
    assert sign_off(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a place the tagger knows, written "Town, State", under a first-person piece
        "A week by the lake\n\nI spent a week by the lake and I would go back.\n\n"
        "My guide knew every trail.\n\nJackson Hole, Wyoming\n",
        # a caption naming someone the piece already quoted (British single quotes)
        "Strike goes on\n\nWorkers walked out on Monday.\n\n'I have worked here for years and "
        "I have never seen this,' said Ilse Tarrant, a welder.\n\nIlse Tarrant\n",
    ],
    ids=["place-line", "quoted-speaker"],
)
def test_a_place_or_a_speaker_of_the_piece_is_no_sign_off(nlp: Language, text: str) -> None:
    report = analyze_text(text, nlp)
    assert report.byline is None
    assert not any(p.role == "signed the piece" for p in report.people)


def test_a_sign_off_with_its_place_is_still_the_byline(nlp: Language) -> None:
    text = (
        "Ferry fares rose again.\n\nI have paid them for years and I will not stop.\n\n"
        "Winifred Sallow, Porthcarrow\n"
    )
    report = analyze_text(text, nlp)
    assert report.byline is not None
    assert text[slice(*report.byline.span)] == "Winifred Sallow"


@pytest.mark.parametrize(
    "sign",
    [
        # the tagger may read a town as a person's name; the name line decides
        "Linnea Parr\nCharlotte, N.C.",
        # the writer may name herself in the letter
        "Winifred Sallow\nPorthcarrow",
    ],
    ids=["town-read-as-a-name", "named-in-the-letter"],
)
def test_a_sign_off_stands_whatever_its_place_and_body_say(nlp: Language, sign: str) -> None:
    text = (
        "Letters to the Editor\n\nThe ferry cuts will hurt\n\nMy name is Winifred Sallow and I "
        f"have sailed from here for twenty years. I doubt the cuts are needed.\n\n{sign}\n"
    )
    report = analyze_text(text, nlp)
    assert report.byline is not None
    assert text[slice(*report.byline.span)] == sign.split("\n")[0]
