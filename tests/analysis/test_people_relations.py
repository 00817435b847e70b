"""cr_people: place names ending in "Falls" or "Springs", a name set beside
"firm" or "company", the first word of a company's longer name, relations a possessive gives
("her son, Jan Roe") and a later "her son" that points back, a title before the name over an
apposition that names no role, and writers a byline names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.people.clusters import _kin_word
from contextreader.analysis.people.lexicon import role_lexicon
from tests.analysis.helpers import PersonRow, people_rows, quote_rows

CASES: dict[str, tuple[str, list[PersonRow]]] = {
    "a_name_ending_in_falls_is_a_place": (
        "Thefts rose in Tamber Falls last year. Tamber Falls has 9,000 residents, Mayor Ruth "
        "Alder said.",
        [("Ruth Alder", "Mayor", ["Ruth Alder"])],
    ),
    "a_first_name_before_springs_stays_a_person": (
        "Nora Springs said the shop would reopen in May.",
        [("Nora Springs", None, ["Nora Springs"])],
    ),
    "a_name_beside_firm_is_a_business": (
        "The estimate comes from the consulting firm Harlowe. Harlowe said demand would fall.",
        [],
    ),
    "a_name_founding_a_firm_stays_a_person": (
        "He sued the company Tessa Marlow founded in 2001. Marlow said the suit was baseless.",
        [("Tessa Marlow", None, ["Tessa Marlow", "Marlow"])],
    ),
    "the_first_word_of_a_longer_company_name_is_the_company": (
        "Dunmore Health Partners bought the clinic in 2019. Dunmore's chief executive, Ana "
        "Ruiz, said the wards would close. Nobody from Dunmore called the staff.",
        [("Ana Ruiz", "Dunmore's chief executive", ["Ana Ruiz"])],
    ),
    "a_founder_given_a_role_beside_the_firms_name_stays_a_person": (
        "Kessler Marine Systems won the contract. Kessler, the company's founder, said the "
        "boats were ready.",
        [("Kessler", "company's founder", ["Kessler"])],
    ),
    "a_first_name_opening_a_company_name_stays_open": (
        "Nora Baptiste said the plan would fail. Baptiste Family Holdings, the firm she "
        "founded, declined to comment. Baptiste added that she was retiring.",
        [("Nora Baptiste", None, ["Nora Baptiste", "Baptiste"])],
    ),
    "a_possessive_relation_before_the_name_is_the_role": (
        "Her son, Daniel Vesk, said she died at home. Her granddaughter, Mira Vesk, 24, "
        "called her stubborn. She sold the shop to her longtime assistant, Pia Lund, who "
        "runs it now.",
        [
            ("Daniel Vesk", "son", ["Daniel Vesk"]),
            ("Mira Vesk", "granddaughter", ["Mira Vesk"]),
            ("Pia Lund", "longtime assistant", ["Pia Lund"]),
        ],
    ),
    "a_possessive_relation_after_the_name_is_the_role": (
        "Omar Haddad, her husband, opened the shop. Lena Voss, its manager, ran the till.",
        [("Omar Haddad", "husband", ["Omar Haddad"]), ("Lena Voss", "manager", ["Lena Voss"])],
    ),
    "a_possessive_phrase_before_a_subject_is_no_role": (
        "In her speech, Jan Roe thanked voters. After his defeat, Tom Reed left town.",
        [("Jan Roe", None, ["Jan Roe"]), ("Tom Reed", None, ["Tom Reed"])],
    ),
    "a_later_her_husband_points_back_to_the_one_introduced_so": (
        "Gail Moss said her husband, Pete Moss, had retired. Her husband said he was happy.",
        [
            ("Gail Moss", None, ["Gail Moss"]),
            ("Pete Moss", "husband", ["Pete Moss", "Her husband"]),
        ],
    ),
    "another_possessive_does_not_point_back": (
        "Gail Moss said her husband, Pete Moss, had retired. His husband said nothing.",
        [("Gail Moss", None, ["Gail Moss"]), ("Pete Moss", "husband", ["Pete Moss"])],
    ),
    "two_people_introduced_as_her_son_leave_her_son_to_no_one": (
        "Her son, Dan Okoro, spoke first. Her son, Tom Okoro, spoke next. Her son said "
        "little after that.",
        [("Dan Okoro", "son", ["Dan Okoro"]), ("Tom Okoro", "son", ["Tom Okoro"])],
    ),
    "a_title_before_the_name_wins_over_an_apposition_with_no_role_noun": (
        "Councilwoman Dana Pike, the other no vote, asked for a delay.",
        [("Dana Pike", "Councilwoman", ["Dana Pike"])],
    ),
    "an_apposition_with_a_role_noun_still_wins_over_the_title": (
        "Senator Ann Pell, a lifelong farmer, spoke first.",
        [("Ann Pell", "lifelong farmer", ["Ann Pell"])],
    ),
    "writers_a_byline_names_are_shown_as_such": (
        "Mill to close in March\n\nBy Sanna Ekdahl and Joel Varga, Tollbridge Post\n\n"
        "The paper mill will close in March, manager Ruth Alder said on Monday.",
        [
            ("Sanna Ekdahl", "named in the byline", ["Sanna Ekdahl"]),
            ("Joel Varga", "named in the byline", ["Joel Varga"]),
            ("Ruth Alder", "manager", ["Ruth Alder"]),
        ],
    ),
    "a_name_in_the_text_outside_the_byline_gets_no_byline_role": (
        "Mill to close in March\n\nThe paper mill will close in March, Joel Varga said.",
        [("Joel Varga", None, ["Joel Varga"])],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_people_named_with_their_relations(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    assert people_rows(nlp, text) == expected


def test_a_quote_by_her_daughter_goes_to_the_daughter_named_before(nlp: Language) -> None:
    text = (
        "Marta Okoro is survived by her son, Dan; her daughter, Ines Hale; and four "
        'grandchildren.\n\n"She loved the shop," her daughter said.'
    )
    assert quote_rows(nlp, text) == [
        ("direct", "She loved the shop,", "say", "Ines Hale", "her daughter")
    ]


# -- a bare surname that several relatives bear ---------------------------------------------------


def test_a_courtesy_surname_goes_to_the_relative_named_last(nlp: Language) -> None:
    text = (
        "Olwen Tarrant ran the bakery on Mill Lane for forty years.\n\n"
        "Her husband, the carpenter Bryn Castell, died in 2010. She is survived by a son, "
        "Huw Castell, and two grandchildren.\n\n"
        'Her son said the bakery would stay open. "She would have wanted that," Mr. Castell '
        "said."
    )
    rows = quote_rows(nlp, text, ("kind", "words", "person"))
    assert ("direct", "She would have wanted that,", "Huw Castell") in rows


def test_a_surname_of_the_article_s_subject_is_not_a_relative_s(nlp: Language) -> None:
    text = (
        "Gareth Pryce, the harbour master, retired on Friday after thirty years.\n\n"
        "His brother, Emlyn Pryce, runs the ferry.\n\n"
        '"I will miss the boats," Pryce said.'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "person"))
    assert ("direct", "I will miss the boats,", "Gareth Pryce") in rows


# -- the kinship noun before a name stays in the name's sentence ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kin"),
    [
        (
            "Ines Hale said she was proud of her son. The baker Bryn Castell said the shop would "
            "stay open.",
            "Bryn Castell",
            None,
        ),
        (
            "Ines Hale thanked her son; Bryn Castell said the shop would stay open.",
            "Bryn Castell",
            None,
        ),
        (
            "Ines Hale said her son, the baker Bryn Castell, would keep the shop open.",
            "Bryn Castell",
            "son",
        ),
        ("Ines Hale said her son, Bryn Castell, would keep the shop open.", "Bryn Castell", "son"),
        # a kinship noun inside a quote is someone the speaker names, never the speaker
        ('"I still miss my sister," Bryn Castell said.', "Bryn Castell", None),
        ("“We buried my father there,” Bryn Castell said.", "Bryn Castell", None),
        ("'He was my uncle,' Bryn Castell said.", "Bryn Castell", None),
    ],
)
def test_the_kinship_noun_before_a_name_is_in_its_sentence(
    nlp: Language, text: str, name: str, kin: str | None
) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert _kin_word(span, role_lexicon()) == kin


def test_a_kinship_noun_inside_a_quote_leaves_the_speaker_s_gender_alone(
    nlp: Language,
) -> None:
    text = (
        "Owen Tarrant, the harbour master, spoke first.\n\n"
        '"We all miss my brother," Sarah Penhale said.\n\n'
        "She added that the village would remember him.\n\n"
        "He said the lifeboat crew would hold a service."
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("the village would remember him", "Sarah Penhale") in rows
    assert ("the lifeboat crew would hold a service", "Owen Tarrant") in rows
