"""People found in session 12's reviews. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text


def people(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in analyze_text(text, nlp).people]


def names(nlp, text: str) -> list[str]:
    return [n for n, _ in people(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Match report\n\nHarbourside were held to a draw on Saturday. Coach Dana Whitlow "
            "said her team would recover before next weekend's league match against Port "
            "Elsby.",
            ["Dana Whitlow"],
        ),
        (
            "Match report\n\nThe side drew with Mount Varrow. Varrow scored late, said coach "
            "Dana Whitlow.",
            ["Dana Whitlow"],
        ),
    ],
    ids=["port-x", "mount-x-and-later-x"],
)
def test_a_name_opening_with_a_place_word_is_no_person(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_title_before_a_place_word_keeps_the_person(nlp):
    text = "Town news\n\nMayor Lake Ferrant said the bridge would reopen in May."
    assert names(nlp, text) == ["Lake Ferrant"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Match report\n\nHarbourside defender Marco Vennett and substitute Tomasz Oyelaran "
            "both scored.",
            [("Marco Vennett", "Harbourside defender"), ("Tomasz Oyelaran", "substitute")],
        ),
        (
            "Match report\n\nThe visitors won when winger Elif Castellano curled in a free kick. "
            "Castellano said she was delighted. Castellano was named player of the match.",
            [("Elif Castellano", "winger")],
        ),
    ],
    ids=["defender-substitute", "winger-org-tagged"],
)
def test_sports_roles(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phone review\n\nBy Al Cole\n\nI asked a company spokesperson, Rina Takeda, about "
            "the apps. She said the firm listens to buyers.",
            [("Al Cole", None), ("Rina Takeda", "company spokesperson")],
        ),
    ],
    ids=["spokesperson-comma-name"],
)
def test_a_name_set_beside_a_role_the_tagger_missed(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("I asked a company spokesperson, Rina Takeda, about it.", "Rina", True),
        ("The goal came when winger Elif Castellano curled it in.", "Elif", True),
        ("I asked the spokesperson, Rina Takeda and Amos Vell, about it.", "Rina", False),
        ("I met them in Harbour Town, Rina Takeda said.", "Rina", False),
        ("I asked Spokesperson Rina Takeda about it.", "Rina", False),
    ],
    ids=["comma-apposition", "lower-case-role", "a-list", "no-role", "a-title"],
)
def test_two_name_words_beside_a_role(nlp, text, first, expected):
    from contextreader.analysis.people import _beside_role, role_lexicon

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == first)
    assert _beside_role(doc[i], doc[i + 1], role_lexicon()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Audit\n\nA report by the state auditor, Ruth Penhaligon, found that the fund "
            "was short of money.",
            [("Ruth Penhaligon", "state auditor")],
        ),
        (
            "Audit\n\nA letter from the county treasurer, Amos Vell, warned that the fund was "
            "short of money.",
            [("Amos Vell", "county treasurer")],
        ),
        (
            "Audit\n\nThe chief executive of the consumer group WaterWatch, Jan Roe, said "
            "prices were high.",
            [("Jan Roe", "chief executive of the consumer group WaterWatch")],
        ),
    ],
    ids=["report-by-role", "letter-from-role", "role-of-a-group-unchanged"],
)
def test_a_role_inside_a_preposition_object(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Market report\n\nTobias Ferreira of Meridian Securities said the shares were "
            "cheap. Ferreira expects a rebound.",
            [("Tobias Ferreira", "Meridian Securities")],
        ),
        (
            "Market report\n\nDana Kolar of the Tarrow Institute of Economics said the shares "
            "were cheap.",
            [("Dana Kolar", "Tarrow Institute of Economics")],
        ),
        ("Market report\n\nAmos Vell of Boston said the shares were cheap.", [("Amos Vell", None)]),
    ],
    ids=["of-a-firm", "of-an-institute", "of-a-city-is-no-role"],
)
def test_the_organisation_a_person_is_of(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hits market\n\nOSTRAVA, Velmark, March 14 (Harbour Wire) - At least 30 "
            "people were killed on Friday, officials said. Harbour Wire could not verify the "
            "account. Velmark's president, Ansel Varga, called a meeting.",
            [("Ansel Varga", "Velmark's president")],
        ),
        (
            "Rally draws crowd\n\nBRENNICK FALLS — Greta Marlowe spoke to supporters on "
            "Saturday. The debate will be held in Brennick Falls next month.",
            [("Greta Marlowe", None)],
        ),
    ],
    ids=["country-and-credit", "two-word-place"],
)
def test_a_datelines_place_and_credit_are_no_people(nlp, text, expected):
    assert people(nlp, text) == expected


def test_a_people_after_ethnic_is_no_person(nlp):
    text = (
        "Conflict\n\nThe group says it is fighting for the ethnic Dorvessi minority, its "
        "spokesman Arvo Denn said."
    )
    assert names(nlp, text) == ["Arvo Denn"]


def test_a_name_before_a_model_code_is_a_brand(nlp):
    text = (
        "Phone review\n\nThe Velto Q9 is fast. Velto says the battery lasts two days. "
        "Velto claims a bright screen."
    )
    assert names(nlp, text) == []


def test_a_person_before_a_number_is_kept(nlp):
    text = "Council vote\n\nGreta Marlowe won 5,120 votes. Marlowe said the count was fair."
    assert names(nlp, text) == ["Greta Marlowe"]


def test_a_hyphenated_given_name_is_not_cut(nlp):
    text = "Talks\n\nForeign Minister Park Min-jun said the plan would work."
    assert "Park Min" not in names(nlp, text)
