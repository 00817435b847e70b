"""What a reported statement holds: where its content starts and ends, and verbs that look like
verbs of saying but report nothing. Every sentence here is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis.quotes.reported import _relative_after_object
from tests.analysis.helpers import named, quote_rows, sentence_voices

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


@pytest.mark.parametrize(
    "text",
    [
        "The debt would be paid, the auditors wrote, with cuts to the library budget.",
        # a line break after the stop, as a paragraph ends
        "The debt would be paid, the auditors wrote, with cuts to the budget.\n",
    ],
)
def test_an_aside_whose_clause_goes_on_with_a_phrase_after_it_reports_the_whole(nlp, text):
    assert quote_rows(nlp, text, ROWS) == [
        (
            "indirect",
            text.rstrip().rstrip("."),
            "write",
            "the auditors",
        )
    ]


def test_a_phrase_after_the_aside_with_a_report_of_its_own_keeps_that_report(nlp):
    text = (
        "The levy is unfair to farmers, economists say, including a clause they say could "
        "ruin small farms.\n\nThe vote is on Monday."
    )
    words = [r[1] for r in quote_rows(nlp, text, ROWS)]
    assert "The levy is unfair to farmers" in words
    assert "could ruin small farms" in words


def test_an_aside_followed_by_a_phrase_and_more_reports_only_the_clause_before(nlp):
    text = (
        "The debt would be paid, the auditors wrote, with cuts to the budget, and the council "
        "agreed.\n"
    )
    assert quote_rows(nlp, text, ROWS)[0][:2] == ("indirect", "The debt would be paid")


def test_a_participle_inside_a_report_before_its_verb_stays_in_the_content(nlp):
    text = "Heavy rain could swamp the valley by May, closing three schools, says The Lorvel Post."
    assert quote_rows(nlp, text, ROWS) == [
        (
            "indirect",
            "Heavy rain could swamp the valley by May, closing three schools",
            "say",
            "The Lorvel Post",
        )
    ]


def test_a_participle_after_a_report_is_still_cut_when_the_verb_comes_first(nlp):
    text = "Rina Tosk said the valley could flood, adding that three schools may close."
    rows = quote_rows(nlp, text, ROWS)
    assert ("indirect", "the valley could flood", "say", "Rina Tosk") in rows


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


PERSON_ROWS = ("kind", "words", "cue", "person", "mention")


def _quotes(nlp, text):
    return quote_rows(nlp, text, ROWS)


SPEAKERS = ("kind", "words", "cue", "person", "speaker")


def _rows(nlp, text):
    return quote_rows(nlp, text, SPEAKERS)


MENTION_ROWS = ("kind", "words", "cue", "mention")


# Each case: a short text and each quote as PERSON_ROWS.
QUOTES = {
    # a clause before a colon is no report of a verb after it
    "a_clause_before_a_colon_is_not_reported": (
        "Everyone knows the truth: the nurses want shorter shifts.",
        [],
    ),
    "a_colon_inside_a_report_set_before_its_verb_stops_nothing": (
        "The answer is simple: the dockers want safer cranes, Ada Murn said.",
        [
            (
                "indirect",
                "The answer is simple: the dockers want safer cranes",
                "say",
                "Ada Murn",
                "Ada Murn",
            )
        ],
    ),
    "a_comma_not_a_colon_sets_a_report_before_its_verb": (
        "The ferry will stop in May, Ada Murn said.",
        [("indirect", "The ferry will stop in May", "say", "Ada Murn", "Ada Murn")],
    ),
    # each verb of saying has its own fragment
    "two_fragments_under_describe_and_warned_that": (
        'The councillor, Orla Penhallow, described the levy as "punishing" and warned that '
        'it would "empty every shop on the high street."',
        [
            ("partial", "punishing", "describe", "Orla Penhallow", "Orla Penhallow"),
            (
                "partial",
                "empty every shop on the high street.",
                "warn",
                "Orla Penhallow",
                "Orla Penhallow",
            ),
        ],
    ),
    "two_fragments_under_called_and_a_comma_warning": (
        'Orla Penhallow called the levy "punishing," warning that it would "empty the '
        'high street."',
        [
            ("partial", "punishing,", "call", "Orla Penhallow", "Orla Penhallow"),
            ("partial", "empty the high street.", "warn", "Orla Penhallow", "Orla Penhallow"),
        ],
    ),
    "one_verb_with_two_fragments_is_one_statement": (
        'Tomas Vell called the toll "greedy" and "cruel."',
        [("partial", 'greedy" and "cruel.', "call", "Tomas Vell", "Tomas Vell")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(QUOTES))
def test_the_quotes_found(nlp, text, expected):
    assert quote_rows(nlp, text, PERSON_ROWS) == expected


# -- "told the jury that ..." when the parse loses the clause ------------------------------------


def test_a_that_clause_after_the_person_told_is_reported(nlp):
    # the parser reads "redirected" as an adjective of "payments" and hangs them on "told"
    text = "Lind told the jury that Moller had redirected payments to his brother."
    assert _quotes(nlp, text) == [
        ("indirect", "Moller had redirected payments to his brother", "tell", "Lind")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lind told the jury the story that had moved her.",
        "Her appointment sends a strong signal that bias in the force will not be tolerated.",
    ],
)
def test_a_relative_that_or_a_sent_signal_is_no_told_clause(nlp, text):
    assert _quotes(nlp, text) == []


# -- the edges of the content --------------------------------------------------------------------


def test_a_percent_sign_ends_the_content(nlp):
    assert _quotes(nlp, "Roe said growth would slow to 4% from 9%.") == [
        ("indirect", "growth would slow to 4% from 9%", "say", "Roe")
    ]


def test_an_adverb_of_the_saying_is_no_part_of_what_was_said(nlp):
    assert _quotes(nlp, "Dahl said only that the bank reviews its holdings.") == [
        ("indirect", "the bank reviews its holdings", "say", "Dahl")
    ]
    # "only" inside the clause is said
    assert _quotes(nlp, "Dahl said that only the bank reviews its holdings.") == [
        ("indirect", "only the bank reviews its holdings", "say", "Dahl")
    ]


def test_a_relative_aside_is_no_part_of_the_object_reported(nlp):
    assert _quotes(nlp, "The maker promises five years of repairs, which is generous.") == [
        ("indirect", "five years of repairs", "promise", "The maker")
    ]
    # the aside's own report starts after its verb, not at the relative pronoun
    assert _quotes(
        nlp, "She opposed the tariff scheme, which she believes rewarded the largest importers."
    ) == [
        ("indirect", "the tariff scheme", "oppose", "She"),
        ("indirect", "rewarded the largest importers", "believe", "she"),
    ]


def test_a_restrictive_relative_clause_stays_with_its_object(nlp):
    assert _quotes(nlp, "The mayor praised the volunteers who cleaned the beach.") == [
        ("indirect", "the volunteers who cleaned the beach", "praise", "The mayor")
    ]


def test_blaming_something_on_a_cause_keeps_the_cause(nlp):
    assert _quotes(nlp, "The minister blamed the delay on suppliers missing deadlines.") == [
        ("indirect", "the delay on suppliers missing deadlines", "blame", "The minister")
    ]


# -- a forecast in the writer's voice ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Casual hikers will want to look elsewhere.", "Some buyers may prefer the smaller model."],
)
def test_a_view_under_will_or_may_is_the_writers_forecast(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Casual hikers want to look elsewhere.",
            ("indirect", "to look elsewhere", "want", "Casual hikers"),
        ),
        (
            "Union leaders will seek to meet the minister.",
            ("indirect", "to meet the minister", "seek", "Union leaders"),
        ),
    ],
)
def test_a_present_view_or_a_plan_is_still_reported(nlp, text, row):
    assert _quotes(nlp, text) == [row]


# -- where the content stops ---------------------------------------------------------------------


def test_a_joined_clause_with_a_report_of_its_own_ends_the_content(nlp):
    text = (
        "Analysts say most small lenders are run by a single family, and regulators have "
        "called for a review."
    )
    assert _quotes(nlp, text) == [
        ("indirect", "most small lenders are run by a single family", "say", "Analysts"),
        ("indirect", "a review", "call", "regulators"),
    ]


def test_a_joined_clause_with_no_report_stays_in_the_content(nlp):
    assert _quotes(nlp, "Roe said the road was closed and the bridge was out.") == [
        ("indirect", "the road was closed and the bridge was out", "say", "Roe")
    ]


def test_according_to_after_a_fronted_report_sources_only_what_follows_it(nlp):
    text = (
        "Revenue for the quarter rose 9% to $2.1 billion, the firm said in a statement, "
        "slightly ahead of the $2.0 billion analysts had expected, according to Vantage data."
    )
    assert _quotes(nlp, text) == [
        ("indirect", "Revenue for the quarter rose 9% to $2.1 billion", "say", "the firm"),
        (
            "indirect",
            "slightly ahead of the $2.0 billion analysts had expected",
            "according to",
            "Vantage data",
        ),
    ]


def test_according_to_right_after_a_fronted_report_sources_the_whole(nlp):
    rows = _quotes(nlp, "The plan failed, Roe said on Monday, according to the Ledger.")
    assert ("indirect", "The plan failed, Roe said on Monday", "according to", "the Ledger") in rows


# -- the writer's "It is worth noting that ..." -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is pertinent to mention that the valley flooded in 2015.",
        "It is important to note that the valley flooded in 2015.",
        "It is worth noting that the valley flooded in 2015.",
        "It is too early to say whether the valley will flood again.",
    ],
)
def test_an_expletive_it_with_an_adjective_weighing_saying_is_the_writers_voice(nlp, text):
    assert quote_rows(nlp, text, ROWS) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_report_that_is_likely_to_say_is_no_writers_aside():
    from contextreader.analysis.quotes.modality import _prescribing

    # an adjective whose subject does the infinitive ("likely", "able") is not in the list
    assert "likely" not in _prescribing().weighing
    assert "able" not in _prescribing().weighing


def test_a_named_person_noting_something_still_reports_it(nlp):
    text = "Dara Quill noted that the valley flooded in 2015."
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [("indirect", "note", "Dara Quill")]


# -- a purpose still to come --------------------------------------------------------------------


def test_a_meeting_still_to_come_to_discuss_something_reports_nothing(nlp):
    text = "Villagers will hold another meeting on Friday to discuss the closure."
    assert quote_rows(nlp, text, ROWS) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_meeting_that_took_place_to_discuss_something_still_reports_it(nlp):
    text = "Dara Quill went on the radio on Friday to discuss the closure."
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [
        ("indirect", "discuss", "Dara Quill")
    ]


def test_a_purpose_still_to_come_with_a_clause_still_reports_it(nlp):
    text = "Dara Quill will call a news conference to announce that she is stepping down."
    assert [r[0] for r in quote_rows(nlp, text, ("kind",))] == ["indirect"]


def test_an_as_aside_before_a_quote_gives_the_quote_not_the_clause(nlp):
    text = (
        "A fierce negotiator, Senator Ada Vell could win over rivals and then, as one colleague "
        'put it, "make them think it was their idea."'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert rows == [("direct", "make them think it was their idea.", "one colleague")]


def test_a_report_never_holds_the_dateline(nlp):
    text = (
        "Ferry row\n\nPORTHAVEN, May 2 (Harbour Wire) - The ferry will stop in June, "
        "officials said."
    )
    assert quote_rows(nlp, text, ("words", "speaker")) == [
        ("The ferry will stop in June", "officials")
    ]


def test_a_thing_that_sees_reports_nothing_but_a_view_held_as_is_a_report(nlp):
    text = (
        "Storm report\n\n"
        "A reporter who reached the port an hour after the storm saw at least ten boats"
        " sinking.\n\nMany residents see the plan as a trap."
    )
    rows = _rows(nlp, text)
    assert [(r[0], r[2], r[4]) for r in rows] == [("indirect", "see", "Many residents")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillors have portrayed the ferry levy as a tax on islanders.",
            [("indirect", "the ferry levy as a tax on islanders", "portray", "Councillors")],
        ),
        (
            "The leaflet paints the harbour master as a crook.",
            [("indirect", "the harbour master as a crook", "paint", "The leaflet")],
        ),
        # without "as" these verbs report nothing
        ("Ada Roan cast her vote at noon.", []),
        ("The mural depicts the harbour in 1900.", []),
    ],
)
def test_verbs_that_cast_something_as_something_report_a_view(nlp, text, expected):
    assert quote_rows(nlp, text, MENTION_ROWS) == expected


# a passive of "call" or "summon" with a "to" clause summons someone; the active still demands


def test_someone_called_to_do_something_in_the_passive_is_summoned_not_reported(nlp):
    text = (
        "Police were called to clear the square after midnight.\n\n"
        "Dara Lusk was summoned to testify before the panel."
    )
    assert quote_rows(nlp, text, ROWS) == []
    assert sentence_voices(nlp, text) == [
        ("Police were called to clear the square after midnight.", "unattributed"),
        ("Dara Lusk was summoned to testify before the panel.", "unattributed"),
    ]


def test_a_call_on_someone_to_act_is_still_a_demand(nlp):
    text = "Mayor Ines Marlow called on the board to resign."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "to resign", "call", "Ines Marlow")]


# a passive "called on/upon to do X" demands it of someone: a report, left vague


def test_a_passive_call_on_or_upon_someone_to_act_is_a_demand_not_a_summons(nlp):
    text = (
        "The harbour master has been called on to step down over the dredging deal.\n\n"
        "The chief engineer was called upon to account for the cracks.\n\n"
        "Firefighters were called to pump out the cellar."
    )
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [
        ("indirect", "to step down over the dredging deal", "call"),
        ("indirect", "to account for the cracks", "call"),
    ]
    assert sentence_voices(nlp, text) == [
        ("The harbour master has been called on to step down over the dredging deal.", "vague"),
        ("The chief engineer was called upon to account for the cracks.", "vague"),
        ("Firefighters were called to pump out the cellar.", "unattributed"),
    ]
    # a bare participle summons too
    text = "Ines Marlow is the first nurse called to serve on the ward board."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_summons_and_unvoiced_lists_must_be_lower_case_cue_lemmas():
    from contextreader.analysis.quotes.lexicon import _cue_lemmas, cue_lexicon

    verbs = cue_lexicon().verbs
    assert cue_lexicon().summons == frozenset({"call"})
    assert {"plan", "intend", "decide"} <= cue_lexicon().unvoiced
    assert _cue_lemmas({"summons": {"verbs": ["call"]}}, "summons", verbs) == {"call"}
    with pytest.raises(ValueError, match=r"\[summons\]: not a cue lemma"):
        _cue_lemmas({"summons": {"verbs": ["summon"]}}, "summons", verbs)
    with pytest.raises(ValueError, match=r"\[unvoiced\]: lower-case"):
        _cue_lemmas({"unvoiced": {"verbs": ["Plan"]}}, "unvoiced", verbs)


def test_minded_things_must_be_lower_case_words():
    from contextreader.analysis.quotes.lexicon import checked_list, cue_lexicon

    assert {"engine", "rain"} <= cue_lexicon().minded_things
    assert checked_list({"minded": {"things": ["gate"]}}, "minded", "things") == {"gate"}
    for bad in (["Gate"], [], [""]):
        with pytest.raises(ValueError, match=r"\[minded\]: lower-case words only \(things\)"):
            checked_list({"minded": {"things": bad}}, "minded", "things")


# an aside inside a clause whose verb needs what follows it: the report is the side after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was, Ines Marlow said, the wettest spring the valley had known.",
            [("indirect", "the wettest spring the valley had known", "say", "Ines Marlow")],
        ),
        (
            "There is, the harbour master Tomas Reyna said, no quick fix for the silt.",
            [("indirect", "no quick fix for the silt", "say", "Tomas Reyna")],
        ),
        # the clause closes before the aside: the side before it, as ever
        (
            "Ferry fares rose in March, Ines Marlow said, and the cafe shut in April.",
            [("indirect", "Ferry fares rose in March", "say", "Ines Marlow")],
        ),
    ],
)
def test_an_aside_before_the_verbs_attribute_or_object_reports_the_side_after_it(
    nlp, text, expected
):
    assert quote_rows(nlp, text, ROWS) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "that" before a noun is its determiner and part of what is mentioned
        ("Reyes did not mention that survey.", "that survey"),
        # "that" opening a clause is not
        ("Reyes said that the survey was flawed.", "the survey was flawed"),
    ],
)
def test_that_is_kept_only_as_a_determiner(nlp, text, words):
    assert quote_rows(nlp, text, ("words",)) == [(words,)]


# a closing ", which <subject> <verb>" that takes what was said as its object


def test_a_closing_which_clause_with_a_subject_of_its_own_is_no_part_of_the_content(nlp):
    text = "The union said wages fell last year, which the company disputes."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "wages fell last year", "say", "The union")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # after a lone verb the parse hangs the comment as that verb's object clause
        ("Lena Roe said the mayor lied, which he denies.", "the mayor lied"),
        ("Lena Roe said the firm broke the rules, which it denies.", "the firm broke the rules"),
        # a pronoun subject whose verb does not report goes on with the story
        (
            "Lena Roe said she went to the port, which she did every week.",
            "she went to the port, which she did every week",
        ),
    ],
)
def test_a_closing_which_clause_a_pronoun_denies_is_no_part_of_the_content(nlp, text, words):
    assert quote_rows(nlp, text, ("words",))[0] == (words,)


def test_a_closing_which_clause_about_evidence_is_the_writers_comment(nlp):
    text = (
        "Her rival's campaign has claimed that theft rose under Doe, which the data do not support."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "theft rose under Doe", "claim", "Her rival's campaign")
    ]


def test_a_which_clause_that_describes_a_thing_stays_in_the_content(nlp):
    text = "Lena Roe said she opposed the scheme, which rewarded large firms."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "she opposed the scheme, which rewarded large firms", "say", "Lena Roe")
    ]


def test_a_closing_which_clause_in_the_first_person_stays_the_speakers(nlp):
    text = 'Lena Roe said the port faced "real risks, which I doubt the board understands."'
    assert next(r[1] for r in quote_rows(nlp, text, ROWS)).endswith("understands.")


# the subject of the clause reported, hung on the verb of saying by the parse


def test_a_subject_with_a_participle_set_off_by_commas_stays_in_the_content(nlp):
    text = (
        "Petra Lindqvist said a third ferry, carrying freight to the outer islands, "
        "was ordered for next spring."
    )
    assert quote_rows(nlp, text, ROWS) == [
        (
            "indirect",
            "a third ferry, carrying freight to the outer islands, was ordered for next spring",
            "say",
            "Petra Lindqvist",
        )
    ]


def test_a_person_told_is_not_taken_for_the_subject_of_the_clause(nlp):
    text = "Petra Lindqvist told reporters the ferry was late."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the ferry was late", "tell", "Petra Lindqvist")
    ]


# "described X as Y": the "as" phrase belongs to what is said


def test_an_as_phrase_on_an_adjective_stays_with_the_object_described(nlp):
    text = "Two retired judges have described the verdict as politically driven."
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [
        ("indirect", "the verdict as politically driven", "describe")
    ]


def test_an_as_clause_of_time_after_the_object_is_no_part_of_it(nlp):
    text = "The league condemned the chant as fans streamed out of the ground."
    rows = quote_rows(nlp, text, ("words",))
    assert all("streamed" not in r[0] for r in rows)


def test_a_relative_pronoun_described_as_something_gives_only_the_as_phrase(nlp):
    text = "Crews inspected the left wing, which Odile Brandt described as a minor dent."
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [
        ("indirect", "a minor dent", "describe")
    ]


def test_a_relative_pronoun_described_in_quoted_words_leaves_only_the_partial(nlp):
    text = (
        'Crews inspected the left wing, which Odile Brandt described as "a bit bent, '
        'but nothing to worry about."'
    )
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == [
        ("partial", "a bit bent, but nothing to worry about.", "describe")
    ]


# a second verb of saying joined to the clause reported by the parse


def test_warned_that_and_called_are_two_acts_of_the_speaker(nlp):
    text = (
        "Nadia Ferro, a parent, was angry. She warned that buses would leave before dawn "
        'in winter and called the timetable a "cruel joke" on families.'
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "buses would leave before dawn in winter", "warn", "She"),
        ("partial", "cruel joke", "call", "She"),
    ]


def test_a_finite_verb_shared_with_the_clause_stays_in_the_content(nlp):
    text = "Nadia Ferro said the board met in May and voted to delay the plan."
    assert quote_rows(nlp, text, ("kind", "words")) == [
        ("indirect", "the board met in May and voted to delay the plan")
    ]


# a denied verb with only a topic after its preposition says nothing


def test_not_commenting_on_a_topic_reports_nothing(nlp):
    text = "Governor Ilse Varga has not commented publicly on the audit since March."
    assert quote_rows(nlp, text, ROWS) == []


def test_commenting_on_a_topic_still_reports_the_topic(nlp):
    text = "Governor Ilse Varga commented on the audit on Monday."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "the audit", "comment", "Ilse Varga")]


# a verb of naming in a relative clause: what the speaker said is the label


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (
            "The county sold the old depot to a hotel chain on Friday, a deal residents have "
            "called a betrayal of the town.",
            "a betrayal of the town",
            "residents",
        ),
        (
            "The port authority raised landing fees in May, a move fishermen called a tax on "
            "their livelihood.",
            "a tax on their livelihood",
            "fishermen",
        ),
        (
            "The college closed its music school, which students called a cultural loss for the "
            "valley.",
            "a cultural loss for the valley",
            "students",
        ),
        (
            "The mayor signed what campaigners have called a charter for polluters.",
            "a charter for polluters",
            "campaigners",
        ),
    ],
    ids=["gapped-have-called", "gapped-called", "which-called", "what-called"],
)
def test_a_label_given_in_a_relative_clause_is_what_the_speaker_said(nlp, text, label, speaker):
    assert quote_rows(nlp, text, ROWS) == [("indirect", label, "call", speaker)]


def test_a_label_in_a_relative_clause_is_reported_and_the_main_clause_is_the_outlets(nlp):
    text = (
        "The county sold the old depot to a hotel chain on Friday, a deal residents have "
        "called a betrayal of the town."
    )
    voices = sentence_voices(nlp, text)
    assert ("The county sold the old depot to a hotel chain on Friday", "reported") not in voices


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The council passed a plan Mira Tedesco called a disgrace to the town.",
            "a disgrace to the town",
        ),
        (
            "The council passed a plan that Councillor Mira Tedesco called a reckless gamble.",
            "a reckless gamble",
        ),
    ],
    ids=["no-pronoun", "that-read-as-conjunction"],
)
def test_a_label_in_a_relative_clause_with_no_relative_pronoun_is_reported(nlp, text, label):
    assert quote_rows(nlp, text, ROWS) == [("indirect", label, "call", "Mira Tedesco")]


def test_a_name_given_in_a_relative_clause_with_no_pronoun_reports_nothing(nlp):
    assert quote_rows(nlp, "The ferry the islanders called Old Grey sank in 1961.", ROWS) == []


def test_calling_a_strike_after_a_comma_and_and_is_no_label(nlp):
    text = "Talks collapsed on Tuesday, and union leaders called a strike."
    assert quote_rows(nlp, text, ROWS) == []


def test_a_quoted_label_in_a_relative_clause_stays_a_partial_quote(nlp):
    text = 'The board approved the levy, a plan critics called a "reckless giveaway."'
    assert quote_rows(nlp, text, ROWS) == [("partial", "reckless giveaway.", "call", "critics")]


# a verb of saying the parse joins to the main verb after a comma


def test_a_spliced_aside_with_more_after_it_reports_the_clause_before_it(nlp):
    text = (
        "Bus drivers across the north will walk out on Friday in a dispute over pay, their "
        "union announced on Monday, in what could be the most disruptive strike in a decade."
    )
    assert quote_rows(nlp, text, ROWS) == [
        (
            "indirect",
            "Bus drivers across the north will walk out on Friday in a dispute over pay",
            "announce",
            "their union",
        )
    ]


def test_a_verb_joined_by_and_reports_its_own_clause_not_the_one_before(nlp):
    text = (
        "Ferries to the island were halted on Sunday, and the council announced on Monday that "
        "the pier would close."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "the pier would close", "announce", "the council")
    ]


def test_a_verb_after_a_comma_with_an_object_of_its_own_reports_the_object(nlp):
    text = "Bus drivers in Marbury will stop work on Monday, the operator announced new timetables."
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "new timetables", "announce", "the operator")
    ]


def test_a_participle_after_a_comma_whose_object_looks_like_a_verb_reports_nothing(nlp):
    text = (
        "The senator spent Friday touring the coast, filming television shows and meeting "
        "fishermen in three ports."
    )
    assert quote_rows(nlp, text, ROWS) == []


# a verb of naming whose label is a proper name gives a name, not a view


@pytest.mark.parametrize(
    "text",
    [
        "The farmers bought a pony, which they called Duke.",
        "The old square is what residents call the Commons.",
        "Traders settled by the harbour, which sailors called Port Ness.",
        "The agency began a review, a project staff have called Operation Lark.",
    ],
    ids=["which-called-name", "what-call-the-name", "which-called-two-names", "gapped-name"],
)
def test_a_name_given_in_a_relative_clause_reports_nothing(nlp, text):
    assert quote_rows(nlp, text, ROWS) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_common_noun_label_in_a_relative_clause_is_still_reported(nlp):
    text = "The crew rescued a fisherman, a man police called a hero."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "a hero", "call", "police")]
    text = "The farmers bought a pony, which they called a nuisance."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "a nuisance", "call", "they")]


def test_a_name_critics_give_is_their_label(nlp):
    text = "Ministers kept the charge, a levy critics have called the Kitchen Tax."
    rows = quote_rows(nlp, text, ("kind", "words", "mention"))
    assert ("indirect", "the Kitchen Tax", "critics") in rows


def test_a_name_others_give_a_place_is_no_quote(nlp):
    text = "The fort, which the Saxons called Wenbury, fell in a storm."
    assert quote_rows(nlp, text, ("kind",)) == []


# "add" with a quoted noun phrase as its object puts a thing in, and says nothing


def test_adding_a_quoted_thing_to_something_is_no_statement(nlp):
    text = 'The bakery is not adding "secret enzymes" to its bread.'
    assert [r[:2] for r in quote_rows(nlp, text, ROWS)] == [("scare", "secret enzymes")]


def test_added_that_with_a_quoted_fragment_still_reports(nlp):
    # guard: "added" with a clause is a verb of saying
    text = 'Tova Reyes added that the bread was "better than ever" this year.'
    assert ("partial", "better than ever", "add", "Tova Reyes") in quote_rows(nlp, text, ROWS)


# content the parse split in two


def test_according_to_keeps_the_subject_after_a_possessive(nlp):
    text = "According to the survey office, the county's four driest summers have come since 2001."
    assert quote_rows(nlp, text, ROWS) == [
        (
            "indirect",
            "the county's four driest summers have come since 2001",
            "according to",
            "the survey office",
        )
    ]


def test_according_to_an_apposition_keeps_its_own_commas(nlp):
    # guard: "the mayor" is the source's apposition, not part of the content
    text = "According to Jan Roe, the mayor, taxes will rise next year."
    assert quote_rows(nlp, text, ROWS)[0][1] == "taxes will rise next year"


def test_content_goes_on_past_and_to_a_second_that_clause(nlp):
    text = "The council said the old bridge must be closed and that the ferry would run daily."
    assert quote_rows(nlp, text, ROWS)[0][1] == (
        "the old bridge must be closed and that the ferry would run daily"
    )


def test_content_ending_on_and_does_not_stand_beside_its_partial(nlp):
    text = (
        'The watchdog said labels on cereal must be approved and that "boosts focus" '
        "was not among them."
    )
    rows = quote_rows(nlp, text, ROWS)
    assert not any(r[1].endswith(" and") for r in rows)
    assert ("partial", "boosts focus", "say", "The watchdog") in rows


@pytest.mark.parametrize(
    "text",
    [
        "She sold the cottage that Idris Fenwick called his home.",
        "Marta Olsen moved back to the port she called home.",
        "The chapel is in the valley that Corin Vale had called home since 1990.",
        "The farm Idris Fenwick called his home was sold on Monday.",
        "The flat Marta Olsen called her home has been let.",
    ],
    ids=["called-his-home", "called-home", "had-called-home", "subject-relative", "home-then-verb"],
)
def test_calling_a_place_home_is_no_label(nlp, text):
    assert [r for r in quote_rows(nlp, text, ROWS) if r[2] == "call"] == []


def test_a_label_with_home_in_it_is_still_reported(nlp):
    text = "Volunteers ran a shelter, a place Idris Fenwick called a real home."
    rows = quote_rows(nlp, text, ("kind", "words", "cue"))
    assert ("indirect", "a real home", "call") in rows
    text = "Idris Fenwick called his home a prison."
    assert ("indirect", "his home a prison", "call") in quote_rows(
        nlp, text, ("kind", "words", "cue")
    )


# a noun of time before a verb of naming's clause tells when; it is no object ("the year X
# called an election"); a guard: any other noun is the object ("a plan X called a gamble")
@pytest.mark.parametrize(
    "text",
    [
        "Ruth Calder left the board in 2018, the year Owen Pask called an election.",
        "Ruth Calder remembered the night Owen Pask called a meeting at the hall.",
        "The dispute began on the day that Owen Pask called a halt to the talks.",
    ],
)
def test_a_time_before_a_verb_of_naming_is_no_label(nlp, text):
    assert [r for r in quote_rows(nlp, text, ("words", "cue")) if r[1] == "call"] == []


def test_a_label_leaves_out_how_long_it_was_given(nlp):
    text = "She met the man Owen Pask called a brother for twenty years."
    assert ("a brother", "call", "Owen Pask") in quote_rows(nlp, text, ("words", "cue", "person"))
    text = "The council met on Monday about the road, a plan Owen Pask called a costly error."
    assert ("a costly error", "call") in quote_rows(nlp, text, ("words", "cue"))


# an opening "According to" with a list in its source ends where the parse ends the phrase
@pytest.mark.parametrize(
    "text",
    [
        "According to Owen Pask, Ruth Calder and two other witnesses the van did not stop.",
        "According to the board's figures for 2017, 2018 and 2019 the town's water use fell.",
    ],
)
def test_according_to_a_list_is_not_cut_inside_the_list(nlp, text):
    rows = quote_rows(nlp, text, ("words", "cue"))
    content = next(r[0] for r in rows if r[1] == "according to")
    assert isinstance(content, str)
    assert content.startswith("the ")


# two colon quotes in one sentence: no stray report spanning both; a short whole answer after a
# colon is direct; a second verb that shares the subject is the second quote's cue
def test_two_colon_quotes_with_a_short_second_one(nlp):
    text = 'Ruth Calder said: "The match is lost", while Owen Pask said: "Not yet."'
    rows = quote_rows(nlp, text, ("kind", "words", "person"))
    assert rows == [
        ("direct", "The match is lost", "Ruth Calder"),
        ("direct", "Not yet.", "Owen Pask"),
    ]


def test_a_second_colon_quote_takes_its_own_verb(nlp):
    text = (
        'Ruth Calder told the jury: "I was in the kitchen all night", and later added: '
        '"I was alone."'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "cue", "person"))
    assert rows == [
        ("direct", "I was in the kitchen all night", "tell", "Ruth Calder"),
        ("direct", "I was alone.", "add", "Ruth Calder"),
    ]


# "adding" a quoted thing says nothing, whoever the subject; "added that" / "added:" still report
@pytest.mark.parametrize(
    "text",
    [
        'Owen Pask is adding "wild yeast" to his loaves.',
        'The cook, Owen Pask, added "a dash of vinegar" to the sauce.',
    ],
)
def test_a_person_adding_a_quoted_thing_is_no_quote_of_theirs(nlp, text):
    assert [r[0] for r in quote_rows(nlp, text, ("kind", "person"))] == ["scare"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Owen Pask added that the loaves were ready.", "indirect"),
        ('Owen Pask added: "The loaves are ready."', "direct"),
    ],
)
def test_adding_words_still_reports(nlp, text, kind):
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [(kind, "add", "Owen Pask")]


def test_content_running_from_a_quote_into_plain_words_stays(nlp):
    # guard for the two-colon-quote case: only content that holds a second quote is dropped
    text = (
        "Owen Pask runs the bakery.\n\n"
        '"There is calm now," and orders began to rise again last week, Pask said.'
    )
    rows = quote_rows(nlp, text, ("kind", "person"))
    assert ("indirect", "Owen Pask") in rows


def test_a_report_ending_on_a_common_noun_runs_on_over_the_name_after_it(nlp):
    text = (
        "Pop star Lira Vane thrilled fans after revealing she is engaged to actor boyfriend "
        "Tam Holt."
    )
    assert quote_rows(nlp, text, ROWS) == [
        ("indirect", "she is engaged to actor boyfriend Tam Holt", "reveal", "Lira Vane")
    ]


def test_a_report_ending_on_a_name_of_its_own_is_not_run_on(nlp):
    text = "The coach said the club had signed a striker. Tam Holt said nothing."
    assert quote_rows(nlp, text, ROWS)[0][1] == "the club had signed a striker"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The tax was a disaster Tom Weller said.", "The tax was a disaster"),
        ("The figure was a record Eve Lund told reporters.", "The figure was a record"),
    ],
)
def test_content_before_the_verb_never_runs_on_over_the_speaker(nlp, text, words):
    assert [r[1] for r in quote_rows(nlp, text, ROWS)] == [words]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor urged calm on Monday as the police chief warned of more crime.",
            [("more crime", "the police chief")],
        ),
        ("Mayor urges calm as police chief warns on crime\n\nThe council met on Monday.", []),
    ],
)
def test_an_as_clause_with_its_own_report_is_no_source_of_the_main_clause(nlp, text, expected):
    # the "as" verb has content of its own ("warned of more crime", "warns on crime"): the
    # clause before "as" is no report of the police chief
    assert quote_rows(nlp, text, ("words", "speaker")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    named(
        {
            "said_then_a_noun_phrase_and_a_comma_opens_a_report": (
                "Said a senior minister, the cabinet will meet again on Friday.",
                [("indirect", "the cabinet will meet again on Friday", "say", "a senior minister")],
            ),
            "the_speaker_phrase_keeps_its_prepositional_phrase": (
                "Said officials in the ministry, the tender is likely to be cancelled.",
                [
                    (
                        "indirect",
                        "the tender is likely to be cancelled",
                        "say",
                        "officials in the ministry",
                    )
                ],
            ),
            "said_before_a_name_and_a_relative_clause_reports_no_quoted_words": (
                "The mill closed. Said Mira Dollan, who ran its canteen, \u201cThat place fed "
                "the whole valley.\u201d",
                [("direct", "That place fed the whole valley.", "say", "Mira Dollan")],
            ),
            "said_to_be_opens_no_report": (
                "Said to be worth millions, the painting was sold on Friday.",
                [],
            ),
        }
    ),
)
def test_a_report_that_opens_with_said(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taxes will rise next year, as the minister warned on Monday.",
            [("Taxes will rise next year", "the minister")],
        ),
        (
            "Taxes will rise next year, as the minister said of the budget.",
            [("Taxes will rise next year", "the minister")],
        ),
    ],
)
def test_an_as_aside_with_a_time_or_a_topic_still_reports_the_main_clause(nlp, text, expected):
    assert quote_rows(nlp, text, ("words", "speaker")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    named(
        {
            "flagged_that_reports_the_clause": (
                "The treasurer flagged that fees could rise again.",
                [("indirect", "fees could rise again", "flag", "The treasurer")],
            ),
            "flagged_an_issue_reports_nothing": (
                "The treasurer flagged the issue with the board on Monday.",
                [],
            ),
        }
    ),
)
def test_flagging_that_reports(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fares will climb, as the mayor warned on television.",
        "Fares will climb, as the mayor argued on air last night.",
        "Fares will climb, as the mayor warned over the phone.",
        "Fares will climb, as the mayor warned on stage.",
    ],
)
def test_an_as_aside_on_a_channel_still_reports_the_main_clause(nlp, text):
    # "on television", "over the phone": where the words went out, not what they were about
    assert quote_rows(nlp, text, ("words", "speaker")) == [("Fares will climb", "the mayor")]


def test_said_first_skips_the_speakers_apposition(nlp):
    text = "Said Nina Brandt, head of Fenwick Foods, the company would open two stores."
    assert quote_rows(nlp, text, ("words", "speaker")) == [
        ("the company would open two stores", "Nina Brandt")
    ]


def test_said_before_a_bare_thing_is_the_adjective(nlp):
    # "Said invoices" is "the said invoices": no one speaks
    text = "Said invoices, the auditor found, were paid late."
    assert all(row[0] != "invoices" for row in quote_rows(nlp, text, ("speaker",)))


# -- infinitives and requests that report nothing -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive cut short at "to": the act asked for is left unsaid
        "Ada Wren still rings the bell each noon, though nobody has asked her to since 1998.",
        # an infinitive of knowing or finding out: what someone is to know, not what they know
        "Staff set up a desk to help parents find out where the buses had gone.",
        "Tenants deserve to know whether the landlord will pay for the repairs.",
        # a passive request: an appeal to the reader, no one's words
        "Anyone who saw the crash is asked to call the coastguard.",
    ],
)
def test_infinitives_and_appeals_report_nothing(nlp, text):
    assert quote_rows(nlp, text, ROWS) == []


def test_knowing_in_a_finite_verb_or_an_active_request_still_reports(nlp):
    text = (
        "Tenants know that the landlord will not pay. The mayor asked the council to wait. "
        "The skipper began to realize that the bell was cracked."
    )
    assert quote_rows(nlp, text, ("kind", "words", "speaker")) == [
        ("indirect", "the landlord will not pay", "Tenants"),
        ("indirect", "to wait", "The mayor"),
        ("indirect", "the bell was cracked", "The skipper"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Tarrant pledged to, in his words, shake up the club.", "shake up the club", "Tarrant"),
        (
            "Ilse Tarrant promised to - once again - review the ferry fares.",
            "review the ferry fares",
            "Ilse Tarrant",
        ),
    ],
    ids=["aside-after-to", "dashes-after-to"],
)
def test_an_aside_between_to_and_its_verb_still_reports(nlp, text, words, speaker):
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert len(rows) == 1
    assert rows[0][0] == "indirect" and words in str(rows[0][1]) and rows[0][2] == speaker


# -- a clause against the report ("while others said ...") ---------------------------------------


def test_a_while_clause_with_a_report_of_its_own_ends_the_content(nlp):
    text = "Some riders said the route was too steep, while others praised the views."
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert rows[0] == ("indirect", "the route was too steep", "Some riders")


def test_a_while_clause_with_no_report_stays_in_the_content(nlp):
    text = "Ivo Brandt said fares rose, while wages fell."
    assert quote_rows(nlp, text, ("kind", "words", "speaker")) == [
        ("indirect", "fares rose, while wages fell", "Ivo Brandt")
    ]


# a clause with no "that" after the person told


def test_a_clause_without_that_after_the_person_told_is_reported(nlp):
    text = "Harbour figures\n\nThe port authority told us the figure referred to cargo ships only."
    assert (
        "indirect",
        "the figure referred to cargo ships only",
        "tell",
        "The port authority",
    ) in (quote_rows(nlp, text, ROWS))


def test_a_thing_told_with_no_clause_is_no_reported_clause(nlp):
    text = "Harbour figures\n\nThe harbour master told us the story behind the old lighthouse."
    assert not any("lighthouse" in r[1] and r[0] == "indirect" for r in quote_rows(nlp, text, ROWS))


# -- no content given ----------------------------------------------------------------------------


def test_a_report_of_findings_still_to_come_is_no_quote(nlp):
    text = (
        "An independent panel will report its findings in 2028. "
        "The board announced its decision on Friday."
    )
    assert quote_rows(nlp, text, ("words",)) == []
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed", "unattributed"]


def test_findings_with_content_are_still_reported(nlp):
    text = "The panel will report that the dam is safe. Lena Ruud announced her decision to quit."
    assert quote_rows(nlp, text, ("words",)) == [("the dam is safe",), ("her decision to quit",)]


def test_a_thing_that_refers_to_something_reports_nothing(nlp):
    text = "The figure refers to burglaries only. Lena Ruud referred to the strike in her speech."
    assert quote_rows(nlp, text, ("words",)) == [("the strike in her speech",)]
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed", "reported"]


def test_a_participle_among_adjectives_is_no_verb_of_saying(nlp):
    text = (
        "The director has a gift for small, telling details. "
        "The small, rising firm said profits were up."
    )
    assert quote_rows(nlp, text, ("words",)) == [("profits were up",)]


# a relative clause the parse hangs on a verb that takes its object as content


def _built(nlp: Language, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = ["VERB" if d in ("ROOT", "ccomp") else "NOUN" for d in deps]
    pos = ["ADP" if d == "prep" else p for d, p in zip(deps, pos, strict=True)]
    pos = ["PRON" if w in ("them", "they", "he") else p for w, p in zip(words, pos, strict=True)]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_clause_after_the_object_and_a_phrase_is_a_relative_clause_not_content(nlp):
    """'defend them from the fines they will face': the parse built by hand, as the small
    model gives it in a long sentence, with "they will face" hung on "defend"."""
    words = ["Vets", "must", "defend", "them", "from", "the", "fines", "they", "will", "face", "."]
    heads = [2, 2, 2, 2, 2, 6, 4, 9, 9, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "det", "pobj", "nsubj", "aux", "ccomp"]
    doc = _built(nlp, words, heads, [*deps, "punct"])
    assert _relative_after_object(doc[2], doc[9], frozenset({"object"}))
    # a clause opened by "that" is content, and so is a clause of a verb with no object frame
    words = [
        "Vets",
        "must",
        "defend",
        "them",
        "from",
        "the",
        "fines",
        "that",
        "they",
        "will",
        "face",
        ".",
    ]
    heads = [2, 2, 2, 2, 2, 6, 4, 10, 10, 10, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "det", "pobj", "mark", "nsubj", "aux"]
    doc = _built(nlp, words, heads, [*deps, "ccomp", "punct"])
    assert not _relative_after_object(doc[2], doc[10], frozenset({"object"}))
    words = ["Vets", "told", "them", "at", "the", "meeting", "they", "will", "face", "fines", "."]
    heads = [1, 1, 1, 1, 5, 3, 8, 8, 1, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "nsubj", "aux", "ccomp", "dobj"]
    doc = _built(nlp, words, heads, [*deps, "punct"])
    assert not _relative_after_object(doc[1], doc[8], frozenset({"infinitive"}))


def test_a_whole_clause_after_the_object_and_a_phrase_is_still_content(nlp):
    text = "Lena Voss promised parents at the school meeting the roof would be fixed by June."
    assert quote_rows(nlp, text, ("kind", "words")) == [
        ("indirect", "the roof would be fixed by June")
    ]


def test_an_object_ends_before_a_noun_in_apposition_set_off_by_a_comma(nlp):
    """The aside renames the thing in the writer's words: it is no part of what was defended."""
    text = (
        "Mayor Lise Orrin defended the decision to cut the night bus, "
        'a move that tenants have slammed as "a betrayal".'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("indirect", "the decision to cut the night bus", "Lise Orrin") in rows


def test_a_list_the_parse_reads_as_apposition_is_no_aside(nlp):
    text = (
        "Ada Crane noted the 2019 floods, her support for rescue crews and her long "
        "campaign to win grants."
    )
    words = "the 2019 floods, her support for rescue crews and her long campaign to win grants"
    assert quote_rows(nlp, text, ("kind", "words")) == [("indirect", words)]


def test_an_appositive_that_says_what_the_thing_is_is_part_of_the_report(nlp):
    text = "Harbour officials confirmed the cause, a gas leak in the boiler room."
    assert quote_rows(nlp, text, ("kind", "words")) == [
        ("indirect", "the cause, a gas leak in the boiler room")
    ]


def test_a_clause_told_to_someone_after_a_phrase_is_still_content(nlp):
    text = "Lena Voss promised parents at the meeting the school would reopen."
    assert quote_rows(nlp, text, ("kind", "words")) == [("indirect", "the school would reopen")]
