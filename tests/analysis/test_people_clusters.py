"""cr_people: which person a surname, a title or a role noun means when names are shared."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.people import GENDER_KEY
from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import (
    PersonRow,
    mentions_by_name,
    named,
    people_by_name,
    people_rows,
    quote_rows,
)
from tests.analysis.helpers import people_rows as people

KINSHIP = (
    "Carla Vend, the chief executive of Orvane, spoke on Monday. Vend said profits rose.\n\n"
    "She thanked her husband, Tomas Vend, for his support.\n\n"
    "Later, Vend said the company would hire more staff."
)
TITLE_MISFIT = (
    "Senator Helena Marsk spoke in Dover on Monday.\n\n"
    "President Marsk, who led the country in the 1990s, also attended."
)
TITLED_RELATIVE = (
    "Marta Quill campaigned in Dover on Monday. Quill promised new schools.\n\n"
    "President Quill, her husband, spoke before her. Quill said she would win."
)
FILLER = "The weather in the valley stayed dry for most of the week. " * 20
TITLED_LONG_BEFORE = (
    "President Halvard spoke to farmers on Monday. Mr. Halvard promised new loans.\n\n"
    f"{FILLER}\n\n"
    "Ingrid Halvard, a teacher, watched from the back."
)

# Each case: a short article and every person in it with the words of their mentions.
CASES = {
    "a_relative_introduced_by_kinship_does_not_take_the_surname": (
        KINSHIP,
        {"Carla Vend": ["Carla Vend", "Vend", "Vend"], "Tomas Vend": ["Tomas Vend"]},
    ),
    "a_surname_used_before_a_relative_is_named_stays_its_own_person": (
        "Vend pushed ahead with the merger in 2001. Vend told the board it would work.\n\n"
        "She called her husband, Tomas Vend, that night.\n\n"
        "Vend later said the deal had been hard.",
        {"Vend": ["Vend", "Vend", "Vend"], "Tomas Vend": ["Tomas Vend"]},
    ),
    "an_honorific_of_the_other_gender_is_another_person": (
        "Helena Marsk won the vote on Tuesday. Mrs. Marsk said she was grateful.\n\n"
        "Mr. Marsk stayed at home in Dover.",
        {"Helena Marsk": ["Helena Marsk", "Marsk"], "Marsk": ["Marsk"]},
    ),
    "a_title_that_does_not_fit_is_another_person": (
        TITLE_MISFIT,
        {"Helena Marsk": ["Helena Marsk"], "Marsk": ["Marsk"]},
    ),
    "different_middle_initials_are_different_people": (
        "George T. Halvorsen led the firm until 1990. His son George R. Halvorsen runs it now.",
        {
            "George T. Halvorsen": ["George T. Halvorsen"],
            "George R. Halvorsen": ["George R. Halvorsen"],
        },
    ),
    "a_generational_suffix_is_not_the_surname": (
        "Harold Penn Jr. owns the mill. Penn said the mill would stay open.",
        {"Harold Penn Jr.": ["Harold Penn Jr.", "Penn"]},
    ),
    "a_surname_joins_the_full_name_written_after_it": (
        "Okonkwo says the port will reopen.\n\n"
        "Adaeze Okonkwo, the harbour master, made the promise on Friday.",
        {"Adaeze Okonkwo": ["Okonkwo", "Adaeze Okonkwo"]},
    ),
    "a_titled_surname_set_beside_a_kinship_noun_is_a_relative": (
        TITLED_RELATIVE,
        {"Marta Quill": ["Marta Quill", "Quill", "Quill"], "Quill": ["Quill"]},
    ),
    # of two namesakes neither named in its paragraph, the surname stays with the one named
    # first, mostly the one the article is about; within a paragraph, the one named there
    "a_surname_outside_the_paragraph_stays_with_the_namesake_named_first": (
        "Marta Quill opened the festival on Friday. Quill thanked the volunteers.\n\n"
        "Her brother-in-law, the painter Edwin Quill, showed three canvases.\n\n"
        "Aled Quill, a local poet, read from his new book.\n\n"
        "Quill said the festival would return next year.",
        {
            "Marta Quill": ["Marta Quill", "Quill", "Quill"],
            "Edwin Quill": ["Edwin Quill"],
            "Aled Quill": ["Aled Quill"],
        },
    ),
    "a_surname_in_the_paragraph_of_a_namesake_is_that_namesake": (
        "Marta Quill opened the festival on Friday.\n\n"
        "Aled Quill, a local poet, read from his book. Quill said it took ten years.",
        {"Marta Quill": ["Marta Quill"], "Aled Quill": ["Aled Quill", "Quill"]},
    ),
    "a_titled_surname_long_before_a_full_name_is_its_own_person": (
        TITLED_LONG_BEFORE,
        {"Halvard": ["Halvard", "Halvard"], "Ingrid Halvard": ["Ingrid Halvard"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_people_and_their_mentions(nlp, text, expected):
    assert mentions_by_name(nlp, text) == expected


# Each case: a short article and the role of every person in it.
ROLES = {
    "a_title_that_does_not_fit_is_another_person": (
        TITLE_MISFIT,
        {"Helena Marsk": "Senator", "Marsk": "President"},
    ),
    "a_titled_surname_set_beside_a_kinship_noun_is_a_relative": (
        TITLED_RELATIVE,
        {"Marta Quill": None, "Quill": "President"},
    ),
}


@pytest.mark.parametrize(("text", "roles"), named(ROLES))
def test_each_person_keeps_their_own_title(nlp, text, roles):
    _, people = people_by_name(nlp, text)
    assert {name: p.role for name, p in people.items()} == roles


UNNAMED = (
    "A spokesperson said the claims were baseless.\n\n"
    '"We acted with restraint," the spokesperson said.\n\n'
    "Opposition spokesman Hattie Wren said she welcomed an inquiry."
)


NAMESAKES: dict[str, tuple[str, list[PersonRow]]] = {
    "a_title_none_of_several_namesakes_was_given_is_someone_else": (
        "Miriam Achterberg spoke at the rally on Tuesday. Her son, Daniel Achterberg, was "
        "killed in 2004.\nShe said Captain Achterberg had died a hero.",
        [
            ("Miriam Achterberg", None, ["Miriam Achterberg"]),
            ("Daniel Achterberg", "son", ["Daniel Achterberg"]),
            ("Achterberg", "Captain", ["Achterberg"]),
        ],
    ),
    "a_gendered_title_does_not_take_a_namesake_of_the_other_sex": (
        "Ruth Ellery opened the fair on Saturday. Congressman Ellery arrived later.",
        [("Ruth Ellery", None, ["Ruth Ellery"]), ("Ellery", "Congressman", ["Ellery"])],
    ),
    "a_role_noun_the_text_never_gave_anyone_points_to_no_one": (
        "Senator Ann Pell criticised the plan. Tom Grady, the chief executive of Harrow Foods, "
        'defended it. "It will create jobs," said the billionaire businessman.',
        [
            ("Ann Pell", "Senator", ["Ann Pell"]),
            ("Tom Grady", "chief executive of Harrow Foods", ["Tom Grady"]),
        ],
    ),
    "a_role_noun_the_text_gave_someone_points_back_to_them": (
        "Tom Grady, a billionaire businessman, defended the plan. The billionaire said it "
        "would create jobs.",
        [("Tom Grady", "billionaire businessman", ["Tom Grady", "The billionaire"])],
    ),
    "an_abbreviated_title_and_a_generic_noun_point_back": (
        "Sen. Lara Moody voted against the bill. The senator said it was rushed, and the "
        "lawmaker promised to try again.",
        [("Lara Moody", "Sen.", ["Lara Moody", "The senator", "the lawmaker"])],
    ),
    "a_rank_before_the_noun_must_be_in_the_role": (
        "Secretary Paula Strand visited the port. The deputy secretary stayed in the capital.",
        [("Paula Strand", "Secretary", ["Paula Strand"])],
    ),
    "a_role_noun_before_a_named_apposition_points_back_to_no_one": (
        "Former chairman Gil Ortega asked for a recount. The party chairman, Kelly Vance, "
        "called for a vote instead.",
        [
            ("Gil Ortega", "Former chairman", ["Gil Ortega"]),
            ("Kelly Vance", "party chairman", ["Kelly Vance"]),
        ],
    ),
    "a_role_owned_by_someone_else_is_not_the_persons_office": (
        "Rep. Alan Fenwick spoke first. The congressman's longtime adviser, Susan Merrow, "
        "said the plan was sound. The congressman disagreed.",
        [
            ("Alan Fenwick", "Rep.", ["Alan Fenwick", "The congressman", "The congressman"]),
            ("Susan Merrow", "congressman's longtime adviser", ["Susan Merrow"]),
        ],
    ),
    "a_name_the_text_treats_as_a_company_is_no_person": (
        "Ellison Marsh reported higher quarterly profits on Tuesday. Shares of Ellison Marsh "
        'rose 4 percent. "We are pleased," said Walt Brennan, its chief executive.',
        [("Walt Brennan", "chief executive", ["Walt Brennan"])],
    ),
    "an_apposition_with_a_possessive_names_a_role_or_a_relation": (
        "Omar Haddad, her husband, opened the shop. Lena Voss, its manager, ran the till.",
        [
            ("Omar Haddad", "husband", ["Omar Haddad"]),
            ("Lena Voss", "manager", ["Lena Voss"]),
        ],
    ),
    "a_person_who_sold_shares_stays_a_person": (
        "Peter Lindqvist sold his shares last year. Lindqvist said he had no regrets.",
        [("Peter Lindqvist", None, ["Peter Lindqvist", "Lindqvist"])],
    ),
    "a_company_suffix_after_the_surname_leaves_the_person": (
        "Nora Baptiste said the plan would fail. Baptiste Holdings, the firm she founded, "
        "declined to comment. Baptiste added that she was retiring.",
        [("Nora Baptiste", None, ["Nora Baptiste", "Baptiste"])],
    ),
    "a_given_name_before_and_shares_the_surname": (
        "Tom and Ruth Hallam founded the bakery in 1990. Ruth Hallam said the shop would "
        "stay open.",
        [
            ("Tom Hallam", None, ["Tom"]),
            ("Ruth Hallam", None, ["Ruth Hallam", "Ruth Hallam"]),
        ],
    ),
    "a_lone_surname_before_and_does_not_take_the_next_surname": (
        "The study was written by Kessler and Ruth Hallam, both economists.",
        [("Kessler", None, ["Kessler"]), ("Ruth Hallam", None, ["Ruth Hallam"])],
    ),
    "a_given_name_ending_a_list_keeps_its_own_surname_unknown": (
        "Guests included Mark, Susan and Karen Lindgren.",
        [
            ("Mark", None, ["Mark"]),
            ("Susan", None, ["Susan"]),
            ("Karen Lindgren", None, ["Karen Lindgren"]),
        ],
    ),
    "a_person_given_a_role_who_announces_results_stays_a_person": (
        "Greta Holm, the bank's chief executive, announced a special dividend on Monday.",
        [("Greta Holm", "bank's chief executive", ["Greta Holm"])],
    ),
    "a_persons_earnings_and_shares_leave_the_person": (
        "Ilse Brandt's earnings from the tour topped $9 million. A court froze Ilse Brandt's "
        "shares in the bank.",
        [("Ilse Brandt", None, ["Ilse Brandt", "Ilse Brandt"])],
    ),
    "a_place_owning_the_role_is_a_tag_not_an_office": (
        "Tess Moran, Idaho's governor, signed the bill. The Ohio governor refused.",
        [("Tess Moran", "Idaho's governor", ["Tess Moran"])],
    ),
}


def test_the_spokesperson_after_a_spokesperson_is_that_unnamed_person(nlp):
    rows = quote_rows(nlp, UNNAMED, ("words", "person", "mention"))
    assert ("We acted with restraint,", None, "the spokesperson") in rows


def test_a_role_before_the_name_it_introduces_still_points_ahead(nlp):
    text = (
        "The ambassador warned on Tuesday that the talks could fail.\n\n"
        "Ambassador Jan Tarrant told reporters the deadline stood."
    )
    rows = quote_rows(nlp, text, ("person", "mention"))
    assert rows[0] == ("Jan Tarrant", "The ambassador")


def test_the_doctor_points_back_to_the_doctor(nlp):
    text = (
        "Local doctor Priya Venkat said the clinic in Dunmore was full. "
        "Mayor Tom Hale visited on Monday. The doctor said more beds were needed."
    )
    rep = analyze_text(text, nlp)
    venkat = next(p.id for p in rep.people if p.name == "Priya Venkat")
    assert [q.speaker_id for q in rep.quotes] == [venkat, venkat]


def test_a_relatives_double_surname_later_is_the_relative(nlp):
    text = (
        "Marcus Oduya died on Sunday.\n\n"
        "Oduya's sister, Abigail Oduya-Price, called him a gentle man.\n\n"
        "Speaking on Tuesday, Oduya-Price said her brother had coached a youth team."
    )
    assert people(nlp, text) == [
        ("Marcus Oduya", None, ["Marcus Oduya", "Oduya"]),
        ("Abigail Oduya-Price", "Oduya's sister", ["Abigail Oduya-Price", "Oduya-Price"]),
    ]


@pytest.mark.parametrize("case", list(NAMESAKES))
def test_namesakes_and_people_told_apart(nlp: Language, case: str) -> None:
    text, expected = NAMESAKES[case]
    assert people_rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Her husband, Robin Ashdown, runs the farm.", "Robin Ashdown", "male"),
        ("Robin Ashdown, his widow, runs the farm.", "Robin Ashdown", "female"),
        ("Actress Jordan Pike won the award on Sunday.", "Jordan Pike", "female"),
    ],
)
def test_gender_from_kinship_and_gendered_nouns(
    nlp: Language, text: str, name: str, gender: str
) -> None:
    doc = nlp(text)
    ids = {p.name: p.id for p in doc._.cr_people}
    assert doc.user_data[GENDER_KEY].get(ids[name]) == gender


@pytest.mark.parametrize("title", ["Cllr", "Professor"])
def test_a_title_outside_the_tagged_name_is_kept_for_the_bare_surname(
    nlp: Language, title: str
) -> None:
    text = (
        "Maud Ferrier said the pool mattered.\n\n"
        f"{title} Devan Kapoor, the council's cabinet member for leisure, said nothing was "
        "decided.\n\n"
        f"{title} Kapoor said nobody wanted to close pools.\n"
    )
    rows = {name: mentions for name, _, mentions in people(nlp, text)}
    assert rows.get("Devan Kapoor") == ["Devan Kapoor", "Kapoor"]
    assert "Kapoor" not in rows


def test_another_title_for_the_surname_is_still_someone_else(nlp: Language) -> None:
    text = (
        "Senator Helena Marsk spoke in Dover on Monday.\n\n"
        "General Marsk, who led the army in the 1990s, also attended.\n"
    )
    assert len(people(nlp, text)) == 2
