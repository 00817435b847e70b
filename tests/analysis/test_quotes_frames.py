"""cr_quotes: prepositional frames, titles, short turns, fragments, possessive and relative
speakers, and the nearest mention of the same speaker."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- verbs that report through a preposition --------------------------------------------
    "called_for_reports_the_object_of_for": (
        "Senator Lena Ortiz called for a ban on the pesticide.",
        [("indirect", "a ban on the pesticide", "call", "Lena Ortiz", "Lena Ortiz")],
    ),
    "talked_about_reports_its_topic": (
        "Mayor Tomas Brandt talked about the budget on Monday.",
        [("indirect", "the budget", "talk", "Tomas Brandt", "Tomas Brandt")],
    ),
    "alleged_reports_its_object": (
        "Senator Lena Ortiz alleged cronyism at the harbour board.",
        [("indirect", "cronyism at the harbour board", "allege", "Lena Ortiz", "Lena Ortiz")],
    ),
    # "asked the clerk about X": the clerk is asked; the topic alone is no report
    "a_direct_object_keeps_the_preposition_from_reporting": (
        "Tomas Brandt asked the clerk about the budget.",
        [],
    ),
    # a noun of time linked by "be" names no one who says it; one someone has is theirs
    "time_to_say_names_no_speaker": (
        "It is time to concede that the harbour levy has failed.",
        [],
    ),
    # a time or a chance to say it is not that it was said
    "time_someone_has_to_say_is_no_report": (
        "Mayor Tomas Brandt had no time to say that the levy had failed.",
        [],
    ),
    "time_someone_had_to_say_is_theirs": (
        "Mayor Tomas Brandt had just enough time to say that the levy had failed.",
        [("indirect", "the levy had failed", "say", "Tomas Brandt", "Tomas Brandt")],
    ),
    "time_given_to_explain_is_no_report": (
        "The board gave Mayor Tomas Brandt a day to explain why the levy had failed.",
        [],
    ),
    "time_taken_to_say_is_the_subjects": (
        'Mayor Tomas Brandt took a moment to say the levy would "pay for itself".',
        [("partial", "pay for itself", "say", "Tomas Brandt", "Tomas Brandt")],
    ),
    # "when" or "where" after a noun opens a clause of when or where, not of who
    "a_time_when_asked_names_no_speaker": (
        "Mayor Tomas Brandt said little last spring when asked about the levy.",
        [],
    ),
    # told or asked, not telling or asking: the one who told or asked is not named
    "a_clause_when_told_names_no_teller": (
        "Tomas Brandt wept when told that the levy had failed.",
        [("indirect", "the levy had failed", "tell", None, None)],
    ),
    "a_question_when_asked_is_no_ones_report": (
        "Tomas Brandt, when asked whether the levy had failed, declined to comment.",
        [],
    ),
    "a_day_when_someone_said_is_theirs": (
        "Tomas Brandt recalled the day when the mayor announced that the mill would close.",
        [("indirect", "the mill would close", "announce", None, "the mayor")],
    ),
    # a clause in brackets after the verb is the writer's aside, however the parse reads it
    "a_bracketed_clause_after_the_verb_is_no_report": (
        "Mayor Tomas Brandt argued for a smaller levy (in May, he voted against the larger one).",
        [],
    ),
    "a_verb_inside_brackets_still_reports": (
        "Mayor Tomas Brandt (who said the levy had failed) left early.",
        # (the mention of a relative speaker runs to its "who")
        [("indirect", "the levy had failed", "say", "Tomas Brandt", "Mayor Tomas Brandt (who")],
    ),
    # -- titles are names, not speech -----------------------------------------------------------
    "show_title_after_on_is_not_a_quote": (
        "“We will win,” Hal Pruitt said on “Morning Table.”",
        [
            ("direct", "We will win,", "say", "Hal Pruitt", "Hal Pruitt"),
            ("scare", "Morning Table.", None, None, None),
        ],
    ),
    "title_naming_the_noun_after_it": (
        "The party launched the “Clean Rivers” initiative in May.",
        [("scare", "Clean Rivers", None, None, None)],
    ),
    "title_case_words_a_speaker_calls_something_stay_partial": (
        "Hal Pruitt called the plan “A Total Disaster.”",
        [("partial", "A Total Disaster.", "call", "Hal Pruitt", "Hal Pruitt")],
    ),
    # -- a short turn of speech with its cue after it ---------------------------------------------
    "short_question_with_cue_after_is_direct": (
        "Sarah Novak leads the union.\n\n“Too late?” she asked when the vote ended.",
        [("direct", "Too late?", "ask", "Sarah Novak", "she")],
    ),
    "short_exclamation_without_cue_stays_scare": (
        "The crowd watched quietly.\n\n“Again!”\n\nNobody moved.",
        [("scare", "Again!", None, None, None)],
    ),
    # -- fragments of one statement -------------------------------------------------------------
    "fragments_after_one_cue_are_one_partial_quote": (
        'Rita Kahn, who chairs the board, said the deal was "rushed," "a mistake" and '
        '"a gift to the banks."',
        [
            (
                "partial",
                'rushed," "a mistake" and "a gift to the banks.',
                "say",
                "Rita Kahn",
                "Rita Kahn",
            )
        ],
    ),
    # -- who holds a noun of saying -------------------------------------------------------------
    "possessive_holder_is_the_clause_subject": (
        "The dock workers have shown their support for the night shifts.",
        [("indirect", "the night shifts", "support", None, "The dock workers")],
    ),
    "focus_word_is_not_part_of_the_speaker": (
        "Even the fishermen have shown their support for the levy.",
        [("indirect", "the levy", "support", None, "the fishermen")],
    ),
    "possessive_stays_the_holder_under_a_verb_that_says_nothing": (
        "Lena Ortiz stirred a row over her remark that the count was unfair.",
        [("indirect", "that the count was unfair", "remark", "Lena Ortiz", "her")],
    ),
    # -- the nearest mention of the same speaker ------------------------------------------------
    "clause_opening_the_outer_report_keeps_the_outer_speaker": (
        'Mark Dunne said he wants "a fair deal" for the town.',
        [("partial", "a fair deal", "say", "Mark Dunne", "Mark Dunne")],
    ),
    "inner_cue_of_another_person_stays_inside_the_outer_report": (
        'Lea Moss spoke on Sunday. She says Tom Reyes thinks the plan is "a slow disaster."',
        [("partial", "a slow disaster.", "say", "Lea Moss", "She")],
    ),
    # -- quotes in the subject, other cues and stances ------------------------------------------
    "quote_inside_the_cue_subject_is_not_its_content": (
        'Some in the "Stop the Mine" camp say the vote was rigged.',
        [
            ("scare", "Stop the Mine", None, None, None),
            ("indirect", "the vote was rigged", "say", None, 'Some in the "Stop the Mine" camp'),
        ],
    ),
    "remembered_is_a_cue": (
        '"The skippers all voted no," remembered Ina Selby, a former harbour clerk.',
        [("direct", "The skippers all voted no,", "remember", "Ina Selby", "Ina Selby")],
    ),
    "accused_of_reports_object_and_charge": (
        "Senator Lena Ortiz accused the mayor of hiding the report.",
        [("indirect", "the mayor of hiding the report", "accuse", "Lena Ortiz", "Lena Ortiz")],
    ),
    "endorsing_a_named_person_is_a_stance": (
        "Senator Lena Ortiz endorsed Dunne on Friday.",
        [("indirect", "Dunne", "endorse", "Lena Ortiz", "Lena Ortiz")],
    ),
    "applauded_for_is_praise": (
        "Senator Lena Ortiz applauded the nurses for their work.",
        [("indirect", "the nurses for their work", "applaud", "Lena Ortiz", "Lena Ortiz")],
    ),
    "noun_put_forward_by_a_light_verb_is_the_subjects": (
        "Judge Ana Vidal made the observation that both lawyers wanted the same thing.",
        [
            (
                "indirect",
                "that both lawyers wanted the same thing",
                "observation",
                "Ana Vidal",
                "Ana Vidal",
            )
        ],
    ),
    "noun_under_other_verbs_has_no_holder": (
        "The deal fueled speculation that the firm would move.",
        [],
    ),
    # -- "as" asides and "see X as Y" -----------------------------------------------------------
    "as_aside_reports_the_main_clause": (
        "As Tom Reyes noted, the mayor will resign in May.",
        [("indirect", "the mayor will resign in May", "note", "Tom Reyes", "Tom Reyes")],
    ),
    "passive_as_aside_takes_its_agent": (
        "The mayor will resign in May, as first reported by the Ledger.",
        [("indirect", "The mayor will resign in May", "report", None, "the Ledger")],
    ),
    "as_aside_of_speaking_without_content_is_only_a_time": (
        "As he spoke, the crowd cheered loudly.",
        [],
    ),
    "see_as_reports_a_view": (
        "Farmers see wind turbines as a blight.",
        [("indirect", "wind turbines as a blight", "see", None, "Farmers")],
    ),
    "see_without_as_reports_nothing": ("The farmers saw the turbines on Monday.", []),
    "adverbial_clause_with_its_own_speaker_keeps_its_fragment": (
        'Yet even as Tom Reyes claimed on Friday that the clerk "was fired for much less," '
        "one of the auditors said the errors differ.",
        [
            ("partial", "was fired for much less,", "claim", "Tom Reyes", "Tom Reyes"),
            ("indirect", "the errors differ", "say", None, "one of the auditors"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# Cases where only the first quote is checked.
FIRST_QUOTES = {
    "quote_ending_with_an_inner_quote_is_direct": (
        "Wanda Pike spoke to the board.\n\n"
        "“All I thought was ‘They knew, and they hid it,’” Pike said.",
        ("direct", "All I thought was ‘They knew, and they hid it,’", "say", "Wanda Pike", "Pike"),
    ),
    "fragment_after_a_colon_is_what_the_verb_before_introduces": (
        "Ada Kerr sent a note to the crew, saying: “We sail at dawn” and asking for patience.",
        ("partial", "We sail at dawn", "say", "Ada Kerr", "Ada Kerr"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(FIRST_QUOTES))
def test_first_quote(nlp, text, expected):
    assert quote_rows(nlp, text)[0] == expected


def test_list_of_titles_after_in(nlp):
    text = "Pruitt, who starred in “The Long Road,” “Harbour Lights” and “Apollo 9,” is retiring."
    assert [(k, w) for k, w, *_ in quote_rows(nlp, text)] == [
        ("scare", "The Long Road,"),
        ("scare", "Harbour Lights"),
        ("scare", "Apollo 9,"),
    ]


def test_relative_speaker_mention_spans_its_antecedent(nlp):
    text = "The plan angered some columnists who have argued that Ortiz is weak on spending."
    rep = analyze_text(text, nlp)
    (q,) = rep.quotes
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "some columnists who"
    assert q.speaker_text == "some columnists"
    assert text[q.span[0] : q.span[1]] == "Ortiz is weak on spending"


def test_inner_cue_of_the_same_person_is_the_speaker_mention(nlp):
    text = (
        "Mark Dunne says that although he would pick a new coach, he really thinks "
        'she has run a "tidy season."'
    )
    q = quote_rows(nlp, text)
    assert q == [("partial", "tidy season.", "think", "Mark Dunne", "he")]
    assert text.index("he really") == analyze_text(text, nlp).quotes[0].speaker_span[0]


def test_cue_with_a_second_subject_outside_the_quote(nlp):
    # the parser gives "said" two subjects, "Everything" (quoted) and "Pike"
    text = (
        "Wanda Pike spoke to the board.\n\n"
        "“And he told me, ‘Look around. Everything you see,’” Pike said."
    )
    q = quote_rows(nlp, text)
    assert q[0][0] == "direct" and q[0][2:] == ("say", "Wanda Pike", "Pike")


def test_signature_line_names_the_speaker(nlp):
    text = (
        "Quotes of the day.\n\n"
        '"A mayor who never answers letters is a mayor nobody should trust."\n\n'
        "-Nadia Voss, Tarrow."
    )
    rep = analyze_text(text, nlp)
    (q,) = rep.quotes
    assert q.kind == "direct" and q.speaker_text == "Nadia Voss"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "Nadia Voss"


def test_participle_without_subject_goes_on_with_the_verb_above(nlp):
    text = 'Tom Reyes argued that the levy would help, saying it is "a matter of patience."'
    q = [x for x in quote_rows(nlp, text) if x[0] == "partial"]
    assert q == [("partial", "a matter of patience.", "argue", "Tom Reyes", "Tom Reyes")]


def test_a_denied_claim_is_only_the_denial(nlp):
    rows = quote_rows(nlp, "Tom Reyes denied the claim that he had left.")
    assert [q[0] for q in rows] == ["indirect"]
    # the denial is his; the claim he denies is nobody's he is said to hold
    assert rows[0][2] == "deny"


ROWS = ("kind", "words", "mention")

# Each case: a short text and each quote as ROWS. Verbs of saying that report no words.
NO_WORDS = {
    # permission says what may be said, not what was
    "not_authorised_to_discuss_is_no_report": (
        "An aide, who was not authorised to discuss the talks, said the deal was close.",
        [("indirect", "the deal was close", "An aide")],
    ),
    "allowed_to_say_is_no_report": ("The clerk was allowed to say the results aloud.", []),
    "asked_to_discuss_still_asks": (
        "The mayor urged the board to discuss the budget.",
        [("indirect", "to discuss the budget", "The mayor")],
    ),
    # a rating with no "as" gives only its object, which is no content
    "rate_with_a_bare_object_is_no_report": ("We rate this statement Half True.", []),
    "rate_as_still_reports": (
        "The panel rated the bridge as unsafe.",
        [("indirect", "the bridge as unsafe", "The panel")],
    ),
    # a participle after a clause about a thing: the event suggests, the writer infers
    "a_rise_suggesting_is_the_writers_inference": (
        "Ferry fares rose 12% in March, suggesting the new route is popular.",
        [],
    ),
    "a_body_saying_after_its_act_still_speaks": (
        "The council voted against the plan, saying it would cost too much.",
        [("indirect", "it would cost too much", "The council")],
    ),
    # a restrictive relative clause of thought on an indefinite noun says which one is meant
    "a_builder_who_wants_is_a_kind_of_builder": (
        "A builder who wants to put up ten flats must also plant trees.",
        [],
    ),
    "anyone_who_believes_is_no_one_in_particular": (
        "Anyone who believes the toll will fall is mistaken.",
        [],
    ),
    "the_builder_who_wants_set_off_by_commas_still_reports": (
        "The builder, who wants to put up ten flats, met the council.",
        [("indirect", "to put up ten flats", "The builder, who")],
    ),
    "a_kind_in_a_clause_with_do_is_still_a_kind": (
        "A voter who believes the count was rigged does not understand the rules.",
        [],
    ),
    # ... but told of one in the past or perfect, the clause reports that one's view
    "a_builder_who_wanted_and_did_reports": (
        "A builder who believes the toll is unfair has filed a complaint.",
        [("indirect", "the toll is unfair", "A builder who")],
    ),
    "a_man_who_said_is_speech_and_reports": (
        "A man who said he was a nurse helped the driver.",
        [("indirect", "he was a nurse", "A man who")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(NO_WORDS))
def test_verbs_of_saying_that_report_no_words(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


def test_a_participle_of_arguing_after_a_clause_still_reports(nlp):
    # only verbs of evidence ("suggesting", "signalling") can be the event's; arguing is done
    # by the subject, whatever the noun for it
    text = "Two columnists urged the mayor to act, arguing that the ferry was losing riders."
    assert quote_rows(nlp, text, ROWS)[-1] == (
        "indirect",
        "the ferry was losing riders",
        "Two columnists",
    )


def test_a_relative_clause_whose_subject_is_its_own_still_reports(nlp):
    # "a day on which leaders will seek ...": the leaders are not a kind of day
    text = "Sunday is a day on which union leaders will seek to win back members."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "to win back members", "union leaders")]


def test_a_kind_said_of_one_person_still_reports(nlp):
    # "Reyes is a candidate who favours ...": the relative clause tells what Reyes favours,
    # and the view is Reyes's
    text = "Tom Reyes is a candidate who favours lower fares."
    assert quote_rows(nlp, text, ROWS) == [("indirect", "lower fares", "Tom Reyes")]


def test_an_as_phrase_after_a_relative_clause_goes_with_the_verb_that_takes_it(nlp):
    # the parse hangs "as" on "attacked"; "describe X as Y" is the frame, and one partial
    # quote by the one who describes is all there is
    text = (
        "Mayor Ada Lind spoke on Sunday. Lind described the youths who attacked the stewards "
        'as "a stain on the town" and called on parents to act.'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "cue", "person"))
    assert rows == [
        ("partial", "a stain on the town", "describe", "Ada Lind"),
        ("indirect", "to act", "call", "Ada Lind"),
    ]


def test_an_as_phrase_in_a_relative_clause_stays_there_with_no_verb_of_saying_above(nlp):
    # guard: "met" says nothing; the workers attacked the plan as "a trap"
    text = 'Mayor Ada Lind met the workers who attacked the plan as "a trap".'
    rows = quote_rows(nlp, text, ("kind", "words", "cue", "speaker"))
    assert rows == [("partial", "a trap", "attack", "the workers")]


@pytest.mark.parametrize(
    "text",
    [
        # a "that" clause the parse hangs on "when asked" is what the subject says
        "Mayor Tomas Brandt said when asked about the levy that it had failed.",
        "Mayor Tomas Brandt said on Tuesday when asked about the levy that it had failed.",
    ],
)
def test_a_that_clause_after_when_asked_is_the_subjects(nlp, text):
    rep = analyze_text(text, nlp)
    assert [
        (text[q.span[0] : q.span[1]].endswith("it had failed"), q.speaker_text) for q in rep.quotes
    ] == [(True, "Tomas Brandt")]
