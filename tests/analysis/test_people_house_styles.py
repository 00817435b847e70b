"""People, roles, datelines and cited outlets in British, Australian and Indian house styles.
Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.outlet import unknown_dateline
from contextreader.analysis.paragraphs import is_byline
from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named
from tests.analysis.helpers import people_roles as people
from tests.analysis.helpers import person_names as names


def speakers(nlp, text: str) -> list[str | None]:
    rep = analyze_text(text, nlp)
    found = {p.id: p.name for p in rep.people}
    return [found.get(q.speaker_id or "") for q in rep.quotes]


# Each case: a short article and the names of all the people found in it.
NAMES = {
    # a word of [not_person] inside a person's name
    "a_first_name_that_is_also_an_organisation_word": (
        "Harbour news\n\nBill Varcoe, 70, said the jetty had been shut for weeks.",
        ["Bill Varcoe"],
    ),
    "a_surname_law_that_is_also_an_organisation_word": (
        "School news\n\nThe caretaker, Nina Law, said the roof would be fixed.",
        ["Nina Law"],
    ),
    "a_surname_day_that_is_also_an_organisation_word": (
        "School news\n\nTom Day said the hall would open on Friday.",
        ["Tom Day"],
    ),
    "an_organisation_or_place_word_still_rejects_a_name": (
        "Town news\n\nThe Marrow Law Centre closed on Monday. Traffic on Kestrel Street was "
        "slow, said Dana Whitlow.",
        ["Dana Whitlow"],
    ),
    # places and organisations
    "a_name_before_a_place_head_is_a_place": (
        "Coast news\n\nResidents of Corran Bay packed the hall on Monday. Voters in seats like "
        "Corran were angry, said Dana Whitlow.",
        ["Dana Whitlow"],
    ),
    "a_place_head_after_a_first_name_keeps_the_person": (
        "Coast news\n\nDana Whitlow said the ferry to Corran Bay would keep running.",
        ["Dana Whitlow"],
    ),
    "a_word_joined_to_an_organisation_is_no_person": (
        'Crime\n\nAvon and Somerset Police said officers were "looking into it". '
        "Dana Whitlow said she had seen nothing.",
        ["Dana Whitlow"],
    ),
    # surnames with particles
    "a_surname_with_a_particle_joins_the_full_name": (
        "Diplomacy\n\nMinister Joost van der Linde arrived on Tuesday. Van der Linde said the "
        "talks had gone well. Dr. Karim Ben Salah, the council's adviser, said the deal was fair. "
        "Ben Salah added that more work was needed.",
        ["Joost van der Linde", "Karim Ben Salah"],
    ),
    "a_first_name_before_a_surname_is_not_a_particle": (
        "Town news\n\nMary Ann Tregear said the market would reopen. Ann Tregear, her "
        "cousin, said the stalls were ready.",
        ["Mary Ann Tregear", "Ann Tregear"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(NAMES))
def test_the_people_named(nlp, text, expected):
    assert names(nlp, text) == expected


# -- courtesy titles: Shri, Smt., Rt Hon, Hon, Cr -----------------------------------------------


def test_indian_honorifics_open_the_name(nlp):
    text = (
        "State news\n\nChief Minister Shri Arvind Kumar Tewari toured the district on Monday. "
        'Health Minister Smt. Lata Joshi informed that clinics would stay open. "We are ready," '
        "she said."
    )
    assert people(nlp, text) == [
        ("Arvind Kumar Tewari", "Chief Minister"),
        ("Lata Joshi", "Health Minister"),
    ]
    rep = analyze_text(text, nlp)
    assert not any(text[a.span[0] : a.span[1]].endswith("Smt.") for a in rep.assertions)
    assert speakers(nlp, text)[-1] == "Lata Joshi"


def test_a_lower_case_hon_ends_no_sentence(nlp):
    text = (
        "Debate notes\n\nMr Jan Roe spoke first. The hon. Member for Kell Vale has misread the "
        "bill, Mr Roe said. An hon. Member shouted. My answer was honest. He sat down."
    )
    sents = [s.text.strip() for s in nlp(text).sents]
    assert "The hon. Member for Kell Vale has misread the bill, Mr Roe said." in sents
    assert "An hon. Member shouted." in sents
    # a word that only begins with "hon" still ends its sentence
    assert "My answer was honest." in sents and "He sat down." in sents
    assert speakers(nlp, text) == ["Jan Roe"]


def test_rt_hon_and_cr_are_titles(nlp):
    text = (
        "Politics\n\nThe Rt Hon Edwina Marsh, the transport secretary, has rejected the plan. "
        '"We will not rush this," Ms Marsh said.'
    )
    assert people(nlp, text) == [("Edwina Marsh", "transport secretary")]
    assert set(speakers(nlp, text)) == {"Edwina Marsh"}
    text = (
        "Council news\n\nCouncillor Rhea Tulloch said the pool would close. "
        '"It is a sad day," Cr Tulloch said.'
    )
    assert names(nlp, text) == ["Rhea Tulloch"]


# -- places and organisations ------------------------------------------------------------------


# -- roles -------------------------------------------------------------------------------------

# Each case: a short article and every person found in it as (name, role).
ROLES = {
    "a_capitalised_word_before_a_role_noun_is_no_person": (
        "Town news\n\nA thief raided the bakery on Main Road. Bakery owner Tom Pengelly, 58, "
        "said he was shaken.",
        [("Tom Pengelly", "Bakery owner")],
    ),
    "mla_from_a_constituency": (
        "State news\n\nMr. Ravi Menon, MLA from Sundarpur, said the roads were ruined.",
        [("Ravi Menon", "MLA")],
    ),
    "a_collector_of_a_district_before_initials_and_a_service": (
        "State news\n\nDistrict Collector of Sundarpur, Dr. A. P. Nair, IAS, said help was "
        "on its way.",
        [("A. P. Nair", "District Collector of Sundarpur")],
    ),
    "a_member_for_a_seat": (
        "Politics\n\nThe independent member for Corran, Fiona Tulloch, said she would vote no.",
        [("Fiona Tulloch", "independent member for Corran")],
    ),
    "two_roles_before_a_name": (
        "Politics\n\nPolitical analyst Associate Professor Hamid Lai said the result was close.",
        [("Hamid Lai", "Political analyst, Associate Professor")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(ROLES))
def test_house_style_roles(nlp, text, expected):
    assert people(nlp, text) == expected


def test_chief_minister_is_not_any_minister(nlp):
    text = (
        "State news\n\nChief Minister Arvind Tewari opened the bridge. Health Minister Lata "
        'Joshi was there too. The Chief Minister said it was "a proud day".'
    )
    assert speakers(nlp, text) == ["Arvind Tewari"]


# -- newsroom layout ---------------------------------------------------------------------------


def test_colon_dateline_and_desk_credit(nlp):
    text = (
        "Floods hit district\n\nSpecial Correspondent\n\nKESARPUR: Floods have hit 30 "
        "villages, officials said on Sunday. The river rose overnight."
    )
    rep = analyze_text(text, nlp)
    assert rep.dateline is not None
    assert text[rep.dateline.span[0] : rep.dateline.span[1]].strip() == "KESARPUR:"
    claimed = [text[a.span[0] : a.span[1]] for a in rep.assertions]
    assert "Special Correspondent" not in claimed
    assert not any(c.startswith("KESARPUR") for c in claimed)


def test_a_transcript_label_is_no_dateline():
    text = "Interview\n\nROE: Well, I think so.\n\nDOE: And the vote?\n\nROE: It was close."
    assert unknown_dateline(text, 0) is None
    assert unknown_dateline("Storm\n\nUPDATE: The harbour wall has been breached.", 0) is None
    assert unknown_dateline("Storm\n\nUPDATE: 9:42 pm\n\nThe wall fell.", 0) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Special Correspondent", True),
        ("Our Correspondent", True),
        ("Staff Reporter", True),
        ("The correspondent said it rained.", False),
        ("Floods hit the district", False),
    ],
)
def test_desk_credit_lines(line, expected):
    assert is_byline(line) is expected


# -- cited outlets ------------------------------------------------------------------------------


def test_a_portfolio_is_no_cited_outlet(nlp):
    text = (
        "Diplomacy\n\nThe Deputy Minister of Foreign Affairs, Omar Haddad, said the talks were "
        "useful."
    )
    assert analyze_text(text, nlp).cited_outlets == []
    text = "Diplomacy\n\nOmar Haddad wrote in Foreign Affairs that the talks were useful."
    assert [c.name for c in analyze_text(text, nlp).cited_outlets] == ["Foreign Affairs"]
