"""cr_people: which person a surname, a title or a role noun means when names are shared."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _people(nlp, text):
    rep = analyze_text(text, nlp)
    return {p.name: [text[s:e] for s, e in p.mentions] for p in rep.people}, rep


def test_a_relative_introduced_by_kinship_does_not_take_the_surname(nlp):
    text = (
        "Carla Vend, the chief executive of Orvane, spoke on Monday. Vend said profits rose.\n\n"
        "She thanked her husband, Tomas Vend, for his support.\n\n"
        "Later, Vend said the company would hire more staff."
    )
    people, _ = _people(nlp, text)
    assert people == {"Carla Vend": ["Carla Vend", "Vend", "Vend"], "Tomas Vend": ["Tomas Vend"]}


def test_a_surname_used_before_a_relative_is_named_stays_its_own_person(nlp):
    text = (
        "Vend pushed ahead with the merger in 2001. Vend told the board it would work.\n\n"
        "She called her husband, Tomas Vend, that night.\n\n"
        "Vend later said the deal had been hard."
    )
    people, _ = _people(nlp, text)
    assert people == {"Vend": ["Vend", "Vend", "Vend"], "Tomas Vend": ["Tomas Vend"]}


def test_an_honorific_of_the_other_gender_is_another_person(nlp):
    text = (
        "Helena Marsk won the vote on Tuesday. Mrs. Marsk said she was grateful.\n\n"
        "Mr. Marsk stayed at home in Dover."
    )
    people, _ = _people(nlp, text)
    assert people == {"Helena Marsk": ["Helena Marsk", "Marsk"], "Marsk": ["Marsk"]}


def test_a_title_that_does_not_fit_is_another_person(nlp):
    text = (
        "Senator Helena Marsk spoke in Dover on Monday.\n\n"
        "President Marsk, who led the country in the 1990s, also attended."
    )
    people, rep = _people(nlp, text)
    assert people == {"Helena Marsk": ["Helena Marsk"], "Marsk": ["Marsk"]}
    assert {p.name: p.role for p in rep.people} == {"Helena Marsk": "Senator", "Marsk": "President"}


def test_different_middle_initials_are_different_people(nlp):
    text = "George T. Halvorsen led the firm until 1990. His son George R. Halvorsen runs it now."
    people, _ = _people(nlp, text)
    assert people == {
        "George T. Halvorsen": ["George T. Halvorsen"],
        "George R. Halvorsen": ["George R. Halvorsen"],
    }


def test_a_generational_suffix_is_not_the_surname(nlp):
    text = "Harold Penn Jr. owns the mill. Penn said the mill would stay open."
    people, _ = _people(nlp, text)
    assert people == {"Harold Penn Jr.": ["Harold Penn Jr.", "Penn"]}


def test_a_surname_joins_the_full_name_written_after_it(nlp):
    text = (
        "Okonkwo says the port will reopen.\n\n"
        "Adaeze Okonkwo, the harbour master, made the promise on Friday."
    )
    people, _ = _people(nlp, text)
    assert people == {"Adaeze Okonkwo": ["Okonkwo", "Adaeze Okonkwo"]}


def test_a_titled_surname_set_beside_a_kinship_noun_is_a_relative(nlp):
    text = (
        "Marta Quill campaigned in Dover on Monday. Quill promised new schools.\n\n"
        "President Quill, her husband, spoke before her. Quill said she would win."
    )
    people, rep = _people(nlp, text)
    assert people == {"Marta Quill": ["Marta Quill", "Quill", "Quill"], "Quill": ["Quill"]}
    assert {p.name: p.role for p in rep.people} == {"Marta Quill": None, "Quill": "President"}


def test_a_titled_surname_long_before_a_full_name_is_its_own_person(nlp):
    filler = "The weather in the valley stayed dry for most of the week. " * 20
    text = (
        "President Halvard spoke to farmers on Monday. Mr. Halvard promised new loans.\n\n"
        f"{filler}\n\n"
        "Ingrid Halvard, a teacher, watched from the back."
    )
    people, _ = _people(nlp, text)
    assert people == {"Halvard": ["Halvard", "Halvard"], "Ingrid Halvard": ["Ingrid Halvard"]}
