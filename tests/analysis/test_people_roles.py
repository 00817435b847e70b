"""cr_people: role nouns that point back to a person, and the role text itself."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _people(nlp, text):
    rep = analyze_text(text, nlp)
    return {p.name: p for p in rep.people}


def _mentions(text, person):
    return [text[s:e] for s, e in person.mentions]


def test_the_exact_role_noun_wins_over_a_more_recent_person_of_its_class(nlp):
    text = (
        "President Mara Quill and Vice President Oren Falk visited the plant in Tarrow.\n\n"
        "The president spoke first. The vice president spoke later."
    )
    people = _people(nlp, text)
    assert _mentions(text, people["Mara Quill"]) == ["Mara Quill", "The president"]
    assert _mentions(text, people["Oren Falk"]) == ["Oren Falk", "The vice president"]


def test_a_place_before_the_role_noun_must_agree_with_the_role(nlp):
    text = (
        "Ohio Governor Rhea Callis met Iowa Governor Tom Brandt on Friday.\n\n"
        "The Ohio governor said the talks went well."
    )
    people = _people(nlp, text)
    assert _mentions(text, people["Rhea Callis"]) == ["Rhea Callis", "The Ohio governor"]
    assert _mentions(text, people["Tom Brandt"]) == ["Tom Brandt"]


def test_an_ordinal_role_noun_is_not_a_reference_back(nlp):
    text = "President Mara Quill opened the museum. It honours the first president of Tarrow."
    people = _people(nlp, text)
    assert _mentions(text, people["Mara Quill"]) == ["Mara Quill"]


def test_a_role_in_the_head_of_a_phrase_not_in_its_complement(nlp):
    text = (
        "The bill was written by Daniel Serra, a former aide to the president of Corvia.\n\n"
        "The president said nothing."
    )
    people = _people(nlp, text)
    assert people["Daniel Serra"].role == "former aide to the president of Corvia"
    assert _mentions(text, people["Daniel Serra"]) == ["Daniel Serra"]


def test_a_role_before_the_name_stops_at_a_dateline(nlp):
    text = (
        "OSLO, May 2 (Nordpress) — Former Finance Minister Tove Rask said on Monday she would run."
    )
    people = _people(nlp, text)
    assert people["Tove Rask"].role == "Former Finance Minister"


def test_a_name_beside_the_name_is_not_its_role(nlp):
    text = '"We will win," Dara Quint, founder of the Quint Trust, told reporters of Pavel Orr.'
    people = _people(nlp, text)
    assert people["Dara Quint"].role == "founder of the Quint Trust"
    assert people["Pavel Orr"].role is None


def test_an_abbreviated_title_gives_the_office(nlp):
    text = (
        "Vermont Sen. Bram Oyelaran and Sen. Alma Torvik met on Monday.\n\n"
        "The Vermont senator said the bill would pass."
    )
    people = _people(nlp, text)
    assert _mentions(text, people["Bram Oyelaran"]) == ["Bram Oyelaran", "The Vermont senator"]
    assert people["Alma Torvik"].role == "Sen."


def test_a_written_out_role_replaces_an_abbreviated_title(nlp):
    text = (
        "Sen. Alma Torvik spoke on Monday.\n\n"
        "Alma Torvik, the chair of the farm committee, later left."
    )
    people = _people(nlp, text)
    assert people["Alma Torvik"].role == "chair of the farm committee"
