"""cr_people, session 5: a title that names none of several namesakes, "the <role>" only when
the text backs it, companies that bear a person's name, given names that share a surname, and
genders the text tells by a kinship or gendered noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.people import GENDER_KEY, parse_role_lexicon, role_lexicon
from tests.analysis.helpers import PersonRow, people_rows

CASES: dict[str, tuple[str, list[PersonRow]]] = {
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


@pytest.mark.parametrize("case", list(CASES))
def test_people_s5(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
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


@pytest.mark.parametrize(
    ("mentions", "message"),
    [
        ({"same_office": [["mayor", "judge"]]}, r"same_office mixes classes"),
        ({"same_office": [["mayor", "sheriff"]]}, r"same_office must list groups"),
        ({"generic": ["boss"]}, r"generic has words not in \[roles\]"),
    ],
)
def test_malformed_role_mentions_are_rejected(mentions: dict[str, object], message: str) -> None:
    raw = {"roles": {"mayor": "mayor", "judge": "judge"}, "role_mentions": mentions}
    with pytest.raises(ValueError, match=message):
        parse_role_lexicon(raw)


def test_packaged_offices_join_their_written_forms() -> None:
    lex = role_lexicon()
    assert lex.office("sen.") == lex.office("senator") >= {"senator", "sen.", "sen"}
    assert lex.office("mayor") == frozenset({"mayor"})
