"""cr_people: words the tagger calls a person that are not names."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import mentions_by_name, named

# Each case: a short article and every person in it with the words of their mentions.
CASES = {
    "a_title_case_headline_gives_no_false_names": (
        "Lena Dunmore Defends Her Record Against Critics In Vellport.\n\n"
        "Lena Dunmore spoke on Monday. Dunmore said the port had grown.",
        {"Lena Dunmore": ["Lena Dunmore", "Lena Dunmore", "Dunmore"]},
    ),
    "a_family_is_not_a_person": (
        "Lena Dunmore spoke on Monday in Vellport. The Dunmores have lived in Vellport for "
        "decades, and Dunmore said she would stay.",
        {"Lena Dunmore": ["Lena Dunmore", "Dunmore"]},
    ),
    "a_word_in_front_that_the_article_writes_in_lower_case_is_not_the_name": (
        "Officials said they would see what happened next.\n\n"
        "(See Rupert Halloway's column on the vote.)\n\n"
        "Halloway said the vote was close.",
        {"Rupert Halloway": ["Rupert Halloway", "Halloway"]},
    ),
    "a_name_tagged_as_an_organisation_that_speaks_is_a_person": (
        "Harlan Vosk said the rules would change next year. Vosk Research disagreed, and "
        "research by the board found no change.",
        {"Harlan Vosk": ["Harlan Vosk"]},
    ),
    "an_organisation_named_like_a_person_is_not_one": (
        "The survey was run by Harlan Research in May. Its research covered 900 homes.",
        {},
    ),
    "a_first_name_and_surname_in_a_headline_are_a_person": (
        "How Michael Ostrander Sees The Vote Ahead Of Tuesday.\n\nThe vote is on Tuesday.",
        {"Michael Ostrander": ["Michael Ostrander"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_people_and_their_mentions(nlp, text, expected):
    assert mentions_by_name(nlp, text) == expected


def test_hyphenated_names_keep_their_hyphen(nlp):
    text = "Mirela Ostrova-Kant chairs the panel. Ostrova-Kant said the report was ready."
    assert "Mirela Ostrova-Kant" in mentions_by_name(nlp, text)
