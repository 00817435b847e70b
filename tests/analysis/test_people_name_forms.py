"""cr_people: names written the ways many naming traditions write them (surnames of several
words, particles, hyphenated given names, a nickname in quotation marks, a name known by an
inner word, an honorific joined on). Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, people_rows, quote_rows

# Each case: a short article and every person in it as (name, role, mentions as written).
CASES = {
    "a_surname_of_two_words_written_alone_is_the_person": (
        'Senator Mariela Ortega Villalba defended the plan on Monday. "The grid is ours," '
        "Ortega Villalba said.",
        [
            (
                "Mariela Ortega Villalba",
                "Senator",
                ["Mariela Ortega Villalba", "Ortega Villalba"],
            )
        ],
    ),
    "a_particle_surname_opening_a_sentence_is_the_person": (
        "Engineer Tomas van der Brugge arrived on Monday. Van der Brugge said the dyke would hold.",
        [("Tomas van der Brugge", "Engineer", ["Tomas van der Brugge", "Van der Brugge"])],
    ),
    "a_surname_of_three_words_is_not_a_second_person": (
        "Commander Ignacio Robles de Tovar arrived on Monday. Robles de Tovar said the troops "
        "were ready.",
        [
            (
                "Ignacio Robles de Tovar",
                "Commander",
                ["Ignacio Robles de Tovar", "Robles de Tovar"],
            )
        ],
    ),
    "a_surname_inside_a_longer_name_of_a_thing_is_no_mention": (
        "Senator Mariela Ortega Villalba spoke on Monday. The Ortega Villalba Foundation paid "
        "for the new hall.",
        [("Mariela Ortega Villalba", "Senator", ["Mariela Ortega Villalba"])],
    ),
    "a_surname_with_an_article_is_the_person_without_it": (
        "Tarek Nabil el-Hadidi met officials in the capital on Sunday. Hadidi said the talks "
        "went well.",
        [("Tarek Nabil el-Hadidi", None, ["Tarek Nabil el-Hadidi", "Hadidi"])],
    ),
    "a_lower_case_particle_stays_in_the_name": (
        "Coach Tiago dos Reis spoke on Sunday. Dos Reis said the team was ready.",
        [("Tiago dos Reis", "Coach", ["Tiago dos Reis", "Dos Reis"])],
    ),
    "a_particle_the_tagger_splits_at_joins_the_name": (
        "Writer Noura bint Saleh said the book was finished.",
        [("Noura bint Saleh", "Writer", ["Noura bint Saleh"])],
    ),
    "a_hyphenated_given_name_with_a_lower_case_syllable_is_kept": (
        "Provincial official Kwon Min-ju spoke on Monday. Kwon said the claim was false.",
        [("Kwon Min-ju", "Provincial official", ["Kwon Min-ju", "Kwon"])],
    ),
    "a_given_name_the_tagger_cut_at_its_hyphen_is_whole": (
        'President Seo Ha-in arrived on Tuesday. Seo said the city wanted "a new start".',
        [("Seo Ha-in", "President", ["Seo Ha-in", "Seo"])],
    ),
    "a_nickname_in_quotation_marks_does_not_split_the_person": (
        'Actor Marco "The Hammer" Delvecchio joined the rally on Wednesday. "Every vote '
        'counts," Delvecchio said.',
        [("Marco Delvecchio", "Actor", ['Marco "The Hammer" Delvecchio', "Delvecchio"])],
    ),
    "an_inner_name_written_alone_is_the_person": (
        'President Luiz Tadeu Bravo da Cunha spoke on Monday. "Nobody tells us what to do," '
        "Bravo said.",
        [
            (
                "Luiz Tadeu Bravo da Cunha",
                "President",
                ["Luiz Tadeu Bravo da Cunha", "Bravo"],
            )
        ],
    ),
    "the_first_of_two_surnames_written_alone_is_the_person": (
        "Energy Minister Rocío Pardal Quiroga spoke on Monday. Pardal said the plant would open.",
        [("Rocío Pardal Quiroga", "Energy Minister", ["Rocío Pardal Quiroga", "Pardal"])],
    ),
    "a_middle_given_name_written_alone_is_someone_else": (
        "Teacher Mark Anthony Kessel spoke on Monday. Anthony said it was fine.",
        [
            ("Mark Anthony Kessel", "Teacher", ["Mark Anthony Kessel"]),
            ("Anthony", None, ["Anthony"]),
        ],
    ),
    "an_honorific_joined_to_a_surname_is_the_person": (
        "Prime Minister Ravi Kumbhat spoke on Monday. Kumbhatji said the road would open.",
        [("Ravi Kumbhat", "Prime Minister", ["Ravi Kumbhat", "Kumbhatji"])],
    ),
    "an_honorific_after_a_hyphen_is_the_person": (
        "Prime Minister Kenji Arakawa met the envoy on Friday. Arakawa-san added that trade "
        "would grow.",
        [("Kenji Arakawa", "Prime Minister", ["Kenji Arakawa", "Arakawa-san"])],
    ),
    "a_second_surname_with_a_hyphen_keeps_the_title": (
        "Finance Minister Pedro Kessel Ruiz-Marín spoke on Monday.",
        [("Pedro Kessel Ruiz-Marín", "Finance Minister", ["Pedro Kessel Ruiz-Marín"])],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_people_and_their_mentions(nlp, text, expected):
    assert people_rows(nlp, text) == expected


def test_a_word_that_only_ends_like_an_honorific_is_not_stripped(nlp):
    text = "Lena Ha spoke on Monday. Hasan said the road would open."
    assert [name for name, _, _ in people_rows(nlp, text)] == ["Lena Ha", "Hasan"]


def test_an_inner_name_two_people_share_is_left_to_neither(nlp):
    text = (
        "Luiz Tadeu Bravo da Cunha and Ana Maria Bravo Lima spoke on Monday. Bravo said the "
        "plan would work."
    )
    names = [name for name, _, _ in people_rows(nlp, text)]
    assert names == ["Luiz Tadeu Bravo da Cunha", "Ana Maria Bravo Lima", "Bravo"]


def test_a_surname_with_no_article_is_not_the_article_name(nlp):
    text = "Tarek Nabil el-Hadidi met officials on Sunday. Hadid said the talks went well."
    assert people_rows(nlp, text)[0] == ("Tarek Nabil el-Hadidi", None, ["Tarek Nabil el-Hadidi"])


def test_a_lower_case_word_after_a_hyphen_that_modifies_a_noun_is_no_name(nlp):
    text = "Mayor Lena Kim spoke on Monday. Critics of the Lena Kim-era budget rules met on Friday."
    assert people_rows(nlp, text) == [("Lena Kim", "Mayor", ["Lena Kim", "Lena Kim"])]


def test_a_quotation_ending_after_a_name_is_no_nickname(nlp):
    text = '"They call him Marco" Kessel said on Friday.'
    rows = quote_rows(nlp, text, ("person",))
    assert ("Marco Kessel",) not in rows


def test_a_possessive_ending_is_no_name_word(nlp):
    text = (
        "Senator Tomas Kessel spoke on Monday. Kessel’s Ohio tour ended on Friday, and Kessel "
        "said it went well."
    )
    assert [name for name, _, _ in people_rows(nlp, text)] == ["Tomas Kessel"]


def test_a_nickname_inside_the_tagged_name_is_left_out_of_it(nlp):
    text = (
        'Neighbours stood in silence on Sunday. Tomas "Chico" Delvecchio of Harrow carried a '
        'photo. "I cried the whole way," he said.'
    )
    assert ("Tomas Delvecchio",) in quote_rows(nlp, text, ("person",))
    assert [name for name, _, _ in people_rows(nlp, text)] == ["Tomas Delvecchio"]


def test_a_nickname_later_written_with_the_surname_is_the_same_person(nlp):
    text = (
        'Rep. Tomas C. "Tommy" Delvecchio opened the hall on Monday. Tommy Delvecchio said '
        "he would run again. Delvecchio said it twice."
    )
    assert people_rows(nlp, text) == [
        (
            "Tomas C. Delvecchio",
            "Rep.",
            ['Tomas C. "Tommy" Delvecchio', "Tommy Delvecchio", "Delvecchio"],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a relative who bears the family name is no mention of the one with it inside hers
        "Nora Whitcombe Dale said the school would reopen. Whitcombe, her mother, had founded it.",
        # a company ("it" takes it up) is no mention of the one with its name inside his
        "Helen Ford Marsh said the show would open in June. Ford said it would recall 5,000 cars.",
    ],
)
def test_an_inner_name_word_for_a_relative_or_a_company_does_not_join(nlp, text):
    full = text.split(" said")[0]
    rows = people_rows(nlp, text)
    assert [r[2] for r in rows if r[0] == full] == [[full]]


def test_a_date_after_a_quoted_nickname_is_no_surname(nlp):
    text = 'Voters called Ida Marsh "The Iron Hand" Friday as Marsh left office.'
    assert people_rows(nlp, text) == [("Ida Marsh", None, ["Ida Marsh", "Marsh"])]


@pytest.mark.parametrize("suffix", ["esque", "ish"])
def test_a_lower_case_word_ending_after_a_hyphen_is_no_part_of_the_name(nlp, suffix):
    text = f"The talk by Ida Marsh was pure Ida Marsh-{suffix}. Marsh said she meant it."
    assert [r[0] for r in people_rows(nlp, text)] == ["Ida Marsh"]


def test_a_surname_of_two_words_with_a_possessive_the_tagger_took_in_is_the_person(nlp):
    # the tagger calls "Le Moal's" an organisation, possessive ending and all
    text = "The archive is run by Pauline Le Moal. Le Moal's view is that the letters were forged."
    assert people_rows(nlp, text) == [("Pauline Le Moal", None, ["Pauline Le Moal", "Le Moal"])]
    assert quote_rows(nlp, text, ("person", "mention")) == [("Pauline Le Moal", "Le Moal")]


def test_a_surname_inside_a_longer_name_with_a_possessive_is_no_mention(nlp):
    text = (
        "The archive is run by Pauline Le Moal. The Le Moal Institute's view is that the "
        "letters were forged."
    )
    assert people_rows(nlp, text) == [("Pauline Le Moal", None, ["Pauline Le Moal"])]


# A person's name run straight into a body's name and a role, with no comma ("Jan Roe Harbour
# Ethics Commission spokesman"): the name stops where the body's name begins.
RUN_IN = {
    "a_hyphenated_body_word_is_no_second_surname": (
        'Talks resumed in the port. "We are ready," said Jan Roe Anti-Graft Commission spokesman.',
        ("Jan Roe", "Anti-Graft Commission spokesman", ["Jan Roe"]),
        "Jan Roe",
    ),
    "a_name_the_tagger_ran_into_an_authority": (
        "The lines came down on Monday. Tom Berg National Grid Authority chief said the lines "
        "were down.",
        ("Tom Berg", "National Grid Authority chief", ["Tom Berg"]),
        "Tom Berg",
    ),
    "a_name_the_tagger_called_an_organisation_and_a_person_elsewhere": (
        'The count ended late. "It is over," said Amina Yusuf Independent Electoral '
        "Commission chairwoman. Amina Yusuf left the hall at midnight.",
        ("Amina Yusuf", "Independent Electoral Commission chairwoman", ["Amina Yusuf"] * 2),
        "Amina Yusuf",
    ),
    # the cut never falls inside the name: a middle name, particles
    "a_second_given_name_stays_in_the_name": (
        "Flights were halted on Tuesday.\n\nMary Ann Roe Civil Aviation Authority spokeswoman "
        'said the runway was closed. "We will reopen tomorrow," Roe said.',
        ("Mary Ann Roe", "Civil Aviation Authority spokeswoman", ["Mary Ann Roe", "Roe"]),
        "Mary Ann Roe",
    ),
    "a_surname_with_particles_stays_whole": (
        "The port was quiet.\n\nJan van der Berg Harbour Ethics Commission spokesman said the "
        "inquiry would resume.",
        ("Jan van der Berg", "Harbour Ethics Commission spokesman", ["Jan van der Berg"]),
        "Jan van der Berg",
    ),
    "a_given_name_that_is_also_a_first_name_stays_in_the_name": (
        "The port was quiet.\n\nJohn Paul Jones Harbour Ethics Commission spokesman said the "
        "inquiry would resume.",
        ("John Paul Jones", "Harbour Ethics Commission spokesman", ["John Paul Jones"]),
        "John Paul Jones",
    ),
}


@pytest.mark.parametrize(("text", "person", "speaker"), named(RUN_IN))
def test_a_name_run_into_a_body_and_a_role_stops_before_the_body(nlp, text, person, speaker):
    assert people_rows(nlp, text) == [person]
    assert set(quote_rows(nlp, text, ("person",))) == {(speaker,)}  # every quote is theirs


@pytest.mark.parametrize(
    "text",
    [
        # one word may name the body after the person
        "The talks ended. Jan Roe Foundation director said the talks were over.",
        # after "the", the name is the body's
        'The talks ended. "It is over," said the Jan Roe Memorial Trust director.',
    ],
)
def test_a_body_named_after_a_person_gives_no_person(nlp, text):
    assert people_rows(nlp, text) == []
    assert quote_rows(nlp, text, ("person",)) == [(None,)]


@pytest.mark.parametrize(
    "text",
    [
        # a place whose name is also a given name, run into its body's name: no one
        "The election was held on Sunday.\n\nKenya Independent Electoral Commission chairman "
        "said turnout was high.",
        "The strike ended.\n\nJordan Civil Aviation Authority spokesman said flights would resume.",
        # the tagger calls the whole run one body, and names no such person elsewhere
        'The count ended late. "It is over," said Amina Yusuf Independent Electoral '
        "Commission chairwoman.",
    ],
)
def test_a_body_whose_name_opens_like_a_persons_gives_no_person(nlp, text):
    assert people_rows(nlp, text) == []
    assert quote_rows(nlp, text, ("person",)) == [(None,)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'John Board said the school would reopen. "We are ready," John Board said.',
            ("John Board", None, ["John Board", "John Board"]),
        ),
        (
            "Lisa Board, a teacher, said classes would resume.",
            ("Lisa Board", "teacher", ["Lisa Board"]),
        ),
    ],
)
def test_a_surname_that_ends_a_bodys_name_is_still_a_surname(nlp, text, person):
    # "board" ends a body's name run into a person's ("[organisations] state_bodies"), but is
    # no word that makes every name holding it an organisation's
    assert people_rows(nlp, text) == [person]
