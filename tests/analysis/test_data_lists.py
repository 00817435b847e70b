"""Word lists read from the data files rather than written in the code: the months that are
also first names, an office's portfolio, a photo's credit, a newsroom's credit, a side taken
and a verb of hearsay. Every sentence here is invented."""

import pytest

from contextreader.analysis.assertions.lexicon import attribution_lexicon
from contextreader.analysis.furniture import furniture_lexicon
from contextreader.analysis.outlet import _photo_credit, _portfolio
from contextreader.analysis.paragraphs import is_byline
from contextreader.analysis.quotes.lexicon import cue_lexicon


def test_the_other_lists_load_from_their_data_files():
    assert {"photo", "video"} <= furniture_lexicon().photo_credits
    assert {"favour", "support"} <= attribution_lexicon().side_nouns
    assert {"rumour", "rumor"} <= cue_lexicon().hearsay


def test_relative_pronouns_load_from_the_pronouns_file():
    assert {"who", "whom", "which", "that"} <= cue_lexicon().relatives
    assert "what" not in cue_lexicon().relatives  # a free relative stands for no noun before it
    assert cue_lexicon().subject_relatives == cue_lexicon().relatives - {"whom"}


def test_subjects_that_name_no_speaker_load_from_the_pronouns_file():
    assert {"it", "there", "this", "that", "which"} <= cue_lexicon().impersonal_subjects
    assert not {"she", "they", "who"} & cue_lexicon().impersonal_subjects


@pytest.mark.parametrize(
    ("before", "portfolio"),
    [
        ("Yesterday the Deputy Minister of ", True),
        ("a letter to the Select Committee on the ", True),
        ("the Ministry for ", True),
        ("an essay by the editor of ", False),
        ("the Minister said in ", False),
    ],
)
def test_a_name_after_an_office_and_of_is_its_portfolio(before, portfolio):
    text = before + "Coastal Affairs"
    assert _portfolio(text, len(before)) is portfolio


@pytest.mark.parametrize(
    ("after", "photo"),
    [
        (" Photo/Jan Roe", True),
        (" Images", True),
        ("/Jan Roe", True),
        (" Photographers", False),
        (" Weekly", False),
    ],
)
def test_a_word_after_the_credit_makes_it_a_photo_credit(after, photo):
    assert (_photo_credit().match(after) is not None) is photo


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Dover Ledger Staff Writer", True),
        ("Dover Ledger staff reporters", True),
        ("From staff reports", True),
        ("Our Special Correspondent", True),
        ("Ledger News Desk", True),
        ("Dover Ledger News Desk", False),  # at most three words
        ("Dover Ledger staff editors", False),
        ("Our special correspondent", False),  # a desk is credited with a capital
        ("The desk", False),
    ],
)
def test_a_newsroom_credit_is_a_byline(line, credit):
    assert is_byline(line) is credit
