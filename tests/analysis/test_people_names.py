"""cr_people: words the tagger calls a person that are not names."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _names(nlp, text):
    rep = analyze_text(text, nlp)
    return {p.name: [text[s:e] for s, e in p.mentions] for p in rep.people}


def test_a_title_case_headline_gives_no_false_names(nlp):
    text = (
        "Lena Dunmore Defends Her Record Against Critics In Vellport.\n\n"
        "Lena Dunmore spoke on Monday. Dunmore said the port had grown."
    )
    assert _names(nlp, text) == {"Lena Dunmore": ["Lena Dunmore", "Lena Dunmore", "Dunmore"]}


def test_a_family_is_not_a_person(nlp):
    text = (
        "Lena Dunmore spoke on Monday in Vellport. The Dunmores have lived in Vellport for "
        "decades, and Dunmore said she would stay."
    )
    assert _names(nlp, text) == {"Lena Dunmore": ["Lena Dunmore", "Dunmore"]}


def test_a_word_in_front_that_the_article_writes_in_lower_case_is_not_the_name(nlp):
    text = (
        "Officials said they would see what happened next.\n\n"
        "(See Rupert Halloway's column on the vote.)\n\n"
        "Halloway said the vote was close."
    )
    assert _names(nlp, text) == {"Rupert Halloway": ["Rupert Halloway", "Halloway"]}


def test_hyphenated_names_keep_their_hyphen(nlp):
    text = "Mirela Ostrova-Kant chairs the panel. Ostrova-Kant said the report was ready."
    names = _names(nlp, text)
    assert "Mirela Ostrova-Kant" in names


def test_a_name_tagged_as_an_organisation_that_speaks_is_a_person(nlp):
    text = (
        "Harlan Vosk said the rules would change next year. Vosk Research disagreed, and "
        "research by the board found no change."
    )
    assert _names(nlp, text) == {"Harlan Vosk": ["Harlan Vosk"]}


def test_an_organisation_named_like_a_person_is_not_one(nlp):
    text = "The survey was run by Harlan Research in May. Its research covered 900 homes."
    assert _names(nlp, text) == {}


def test_a_first_name_and_surname_in_a_headline_are_a_person(nlp):
    text = "How Michael Ostrander Sees The Vote Ahead Of Tuesday.\n\nThe vote is on Tuesday."
    assert _names(nlp, text) == {"Michael Ostrander": ["Michael Ostrander"]}
