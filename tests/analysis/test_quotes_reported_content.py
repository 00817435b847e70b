"""What a reported statement holds: where its content starts and ends, and verbs that look like
verbs of saying but report nothing. Every sentence here is invented."""

from __future__ import annotations

from tests.analysis.helpers import quote_rows

ROWS = ("kind", "words", "cue", "speaker")


# a verb of saying set off by commas inside its sentence


def test_an_aside_in_the_middle_reports_the_clause_before_it_not_the_one_after(nlp):
    text = (
        "Bread sales to cafes have doubled, Ines Marlow said, "
        "and the owners have hired two drivers for the morning rounds."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "Bread sales to cafes have doubled", "say", "Ines Marlow")
    ]


def test_an_aside_before_a_purpose_clause_reports_the_clause_before_it(nlp):
    text = (
        "The engineers lowered the limit, Tomas Reyna said, "
        "so that heavy trucks could not cross the bridge at rush hour."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "The engineers lowered the limit", "say", "Tomas Reyna")
    ]


def test_an_aside_that_ends_its_sentence_keeps_reporting_the_clause_before_it(nlp):
    text = (
        "Rents rose sharply last spring, the mayor told reporters, forcing dozens of families out."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "Rents rose sharply last spring", "tell", "the mayor")
    ]


# a gloss of the writer's at the end of the content


def test_a_summing_up_phrase_with_a_clause_of_its_own_is_no_part_of_the_content(nlp):
    text = (
        "The brewery said it had closed two of its plants, a step that local "
        "unions have called reckless."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "it had closed two of its plants", "say", "The brewery")
    ]


def test_a_short_appositive_without_a_clause_stays_in_the_content(nlp):
    text = "Anna Stroud said the board had hired Leo Brandt, a lawyer."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the board had hired Leo Brandt, a lawyer", "say", "Anna Stroud")
    ]


# verbs that report nothing here


def test_finding_a_thing_with_a_participle_after_it_is_no_finding_reported(nlp):
    text = "Many dockers have struggled to find jobs in a port still reeling from the strike."
    assert quote_rows(nlp, text, ROWS) == []


def test_a_finding_with_a_finite_clause_is_still_reported(nlp):
    text = "The survey found most households were spending less on heating."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "most households were spending less on heating", "find", "The survey")
    ]


def test_a_denied_verb_of_knowing_reports_no_view(nlp):
    text = "Young puppies usually do not understand that a mirror shows their own face."
    assert quote_rows(nlp, text, ROWS) == []


def test_a_verb_of_knowing_that_is_not_denied_still_reports(nlp):
    text = "Most farmers understand that the river will flood again."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the river will flood again", "understand", "Most farmers")
    ]


def test_a_denied_verb_of_believing_still_reports_a_view(nlp):
    text = "Karl Venn does not believe that the tunnel will open on time."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the tunnel will open on time", "believe", "Karl Venn")
    ]


def test_adding_to_a_body_of_evidence_gives_no_content_to_the_study(nlp):
    text = (
        "Wasps can recognise faces, according to a new study that adds to a growing body of "
        "evidence that insects are capable of surprisingly complex learning."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "Wasps can recognise faces", "according to", "a new study")
    ]


def test_a_that_clause_after_a_time_phrase_is_still_what_was_revealed(nlp):
    text = "Nora Quill revealed for the first time that she had sold the farm."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "she had sold the farm", "reveal", "Nora Quill")
    ]


def test_an_aside_after_a_subordinate_clause_reports_the_main_clause_after_it(nlp):
    text = "Though the first ferry sailed on time, Marta Lind said, the second one will be late."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the second one will be late", "say", "Marta Lind")
    ]


def test_an_aside_inside_a_frame_reports_the_clause_after_it(nlp):
    text = "That is why, Olaf Berg argued, the council should be ready."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the council should be ready", "argue", "Olaf Berg")
    ]


def test_a_closing_bracket_opened_inside_the_content_stays_with_it(nlp):
    text = (
        "Ruth Kell said the party should consider Rep. Lia Moss (D-Ore.), a "
        "former mayor who can raise money."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the party should consider Rep. Lia Moss (D-Ore.)", "say", "Ruth Kell")
    ]
