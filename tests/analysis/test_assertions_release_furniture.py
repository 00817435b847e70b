"""A press release's furniture at its end: the notes to editors, the contact block, an offer of
an interview. Each is known by its shape, and story text that only shares its words (a subhead
"Contact" or "Notes to editors" over the story, an offer in a relative clause) stays a claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.assertions.page_furniture import _contact_detail, is_furniture
from tests.analysis.helpers import claim_texts


def test_story_lines_under_a_contact_subhead_stayclaim_texts(nlp: Language) -> None:
    text = (
        "Harbour ferry sold\n\n"
        "The ferry company was sold on Monday.\n\n"
        "Contact\n"
        "The buyer said it would keep all of the crews.\n"
        "Three boats will be refitted over the winter.\n"
        "Fares stay the same until March.\n"
    )
    claims = claim_texts(nlp, text)
    assert "Three boats will be refitted over the winter." in claims
    assert "Fares stay the same until March." in claims


def test_a_contact_block_ends_at_the_first_full_sentence(nlp: Language) -> None:
    text = (
        "Harbour ferry sold\n\n"
        "The ferry company was sold on Monday.\n\n"
        "Press contact\n"
        "Ann Lee, Head of Press\n"
        "Harbour Ferries Ltd.\n"
        "Tel: 01632 960 222\n"
        "Fares stay the same until March.\n"
    )
    assert claim_texts(nlp, text) == [
        "Harbour ferry sold",
        "The ferry company was sold on Monday.",
        "Fares stay the same until March.",
    ]


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Ann Lee, Head of Press", True),
        ("Harbour Ferries Ltd.", True),
        ("Dr. Ann Lee", True),
        ("12 Quay Street, Dover DV1 2AB", True),
        ("email: press@example.org", True),
        ("Fares stay the same until March.", False),
        ("Is the ferry safe?", False),
        ("The buyer said on Monday that it would keep every one of the crews", False),
    ],
)
def test_contact_detail_lines(line: str, detail: bool) -> None:
    assert _contact_detail(line) is detail


def test_notes_to_editors_as_a_story_subhead_opens_no_notes(nlp: Language) -> None:
    text = (
        "Papers cut staff\n\n"
        "The Harbour Gazette will cut ten jobs, its owner said.\n\n"
        "Notes to editors\n"
        "Several editors learned of the cuts from a memo. The owner has sold two titles this"
        " year.\n"
    )
    claims = claim_texts(nlp, text)
    assert "The owner has sold two titles this year." in claims


@pytest.mark.parametrize(
    "after",
    [
        "Notes to editors\n\n1. The library was designed by a local firm.\n",
        "Notes to editors\n\nMedia contact\nAnn Lee\n",
        "ENDS\n\nNotes to editors\n\nThe library was designed by a local firm.\n",
    ],
)
def test_a_releases_notes_to_editors_are_noclaim_texts(nlp: Language, after: str) -> None:
    text = "Town opens new library\n\nThe library cost four million pounds to build.\n\n" + after
    assert claim_texts(nlp, text) == [
        "Town opens new library",
        "The library cost four million pounds to build.",
    ]


@pytest.mark.parametrize(
    ("line", "offer"),
    [
        ("Jan Roe is available for interview on Friday.", True),
        ("Dr Ann Lee, who led the study, is available for interview.", True),
        ("Dr Ann Lee, who is available for interview, said the ferry was safe.", False),
        ("Jan Roe is available for comment, the council said.", False),
    ],
)
def test_an_offer_to_the_press_is_furniture_only_as_its_main_clause(line: str, offer: bool) -> None:
    assert is_furniture(line, 0, len(line)) is offer


def test_notes_to_editors_over_an_offer_of_interview_are_a_release_s_notes(nlp: Language):
    text = (
        "Trust opens wetland\n\n"
        "The Penmor Trust opened a wetland reserve on Monday.\n\n"
        "Notes to editors\n\n"
        "The reserve covers 40 hectares of old farmland.\n\n"
        "Dr Ruth Polwhele is available for interview on Tuesday.\n"
    )
    assert not any("40 hectares" in c for c in claim_texts(nlp, text))


def test_an_offer_ending_its_sentence_marks_the_notes_too(nlp: Language):
    """The offer is read sentence by sentence, its last word kept ("... for interview.")."""
    text = (
        "Trust opens wetland\n\n"
        "The Penmor Trust opened a wetland reserve on Monday.\n\n"
        "Notes to editors\n\n"
        "The reserve covers 40 hectares of old farmland.\n\n"
        "Dr Ruth Polwhele is available for interview. She led the survey.\n"
    )
    assert not any("40 hectares" in c for c in claim_texts(nlp, text))


def test_notes_to_editors_as_a_story_subhead_keeps_its_claims(nlp: Language):
    text = "Letters page\n\nNotes to editors\n\nThe reserve covers 40 hectares of old farmland.\n"
    assert any("40 hectares" in c for c in claim_texts(nlp, text))
