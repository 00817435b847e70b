"""cr_quotes: prepositional frames, titles, short turns, fragments, possessive and relative
speakers, and the nearest mention of the same speaker."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _quotes(nlp, text):
    """(kind, quoted text, cue, person's name, speaker mention) for each quote."""
    rep = analyze_text(text, nlp)
    names = {p.id: p.name for p in rep.people}
    return [
        (
            q.kind,
            text[q.span[0] : q.span[1]],
            q.cue,
            names.get(q.speaker_id or ""),
            text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None,
        )
        for q in rep.quotes
    ]


# -- verbs that report through a preposition ----------------------------------------------------


def test_called_for_reports_the_object_of_for(nlp):
    text = "Senator Lena Ortiz called for a ban on the pesticide."
    assert _quotes(nlp, text) == [
        ("indirect", "a ban on the pesticide", "call", "Lena Ortiz", "Lena Ortiz")
    ]


def test_talked_about_reports_its_topic(nlp):
    text = "Mayor Tomas Brandt talked about the budget on Monday."
    assert _quotes(nlp, text) == [
        ("indirect", "the budget", "talk", "Tomas Brandt", "Tomas Brandt")
    ]


def test_a_direct_object_keeps_the_preposition_from_reporting(nlp):
    # "asked the clerk about X": the clerk is asked; the topic alone is no report
    assert _quotes(nlp, "Tomas Brandt asked the clerk about the budget.") == []


# -- titles are names, not speech -------------------------------------------------------------


def test_show_title_after_on_is_not_a_quote(nlp):
    text = "“We will win,” Hal Pruitt said on “Morning Table.”"
    assert _quotes(nlp, text) == [
        ("direct", "We will win,", "say", "Hal Pruitt", "Hal Pruitt"),
        ("scare", "Morning Table.", None, None, None),
    ]


def test_list_of_titles_after_in(nlp):
    text = "Pruitt, who starred in “The Long Road,” “Harbour Lights” and “Apollo 9,” is retiring."
    assert [(k, w) for k, w, *_ in _quotes(nlp, text)] == [
        ("scare", "The Long Road,"),
        ("scare", "Harbour Lights"),
        ("scare", "Apollo 9,"),
    ]


def test_title_naming_the_noun_after_it(nlp):
    text = "The party launched the “Clean Rivers” initiative in May."
    assert _quotes(nlp, text) == [("scare", "Clean Rivers", None, None, None)]


def test_title_case_words_a_speaker_calls_something_stay_partial(nlp):
    text = "Hal Pruitt called the plan “A Total Disaster.”"
    assert _quotes(nlp, text) == [
        ("partial", "A Total Disaster.", "call", "Hal Pruitt", "Hal Pruitt")
    ]


# -- a short turn of speech with its cue after it -----------------------------------------------


def test_short_question_with_cue_after_is_direct(nlp):
    text = "Sarah Novak leads the union.\n\n“Too late?” she asked when the vote ended."
    assert _quotes(nlp, text) == [("direct", "Too late?", "ask", "Sarah Novak", "she")]


def test_short_exclamation_without_cue_stays_scare(nlp):
    text = "The crowd watched quietly.\n\n“Again!”\n\nNobody moved."
    assert _quotes(nlp, text) == [("scare", "Again!", None, None, None)]


# -- fragments of one statement ---------------------------------------------------------------


def test_fragments_after_one_cue_are_one_partial_quote(nlp):
    text = (
        'Rita Kahn, who chairs the board, said the deal was "rushed," "a mistake" and '
        '"a gift to the banks."'
    )
    assert _quotes(nlp, text) == [
        (
            "partial",
            'rushed," "a mistake" and "a gift to the banks.',
            "say",
            "Rita Kahn",
            "Rita Kahn",
        )
    ]


# -- who holds a noun of saying -----------------------------------------------------------------


def test_possessive_holder_is_the_clause_subject(nlp):
    text = "The union leaders have signaled their support for the tax delay."
    assert _quotes(nlp, text) == [
        ("indirect", "the tax delay", "support", None, "The union leaders")
    ]


def test_focus_word_is_not_part_of_the_speaker(nlp):
    text = "Even the farmers have signaled their support for the plan."
    assert _quotes(nlp, text) == [("indirect", "the plan", "support", None, "the farmers")]


def test_possessive_stays_the_holder_under_a_verb_that_says_nothing(nlp):
    text = "Lena Ortiz fanned controversy over her remark that the vote was rigged."
    assert _quotes(nlp, text) == [
        ("indirect", "that the vote was rigged", "remark", "Lena Ortiz", "her")
    ]


# -- relative pronouns --------------------------------------------------------------------------


def test_relative_speaker_mention_spans_its_antecedent(nlp):
    text = "The plan angered some commentators who have suggested that Ortiz is soft on crime."
    rep = analyze_text(text, nlp)
    (q,) = rep.quotes
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "some commentators who"
    assert q.speaker_text == "some commentators"
    assert text[q.span[0] : q.span[1]] == "Ortiz is soft on crime"


# -- the nearest mention of the same speaker ----------------------------------------------------


def test_inner_cue_of_the_same_person_is_the_speaker_mention(nlp):
    text = (
        "Mark Dunne says that even though he would replace the chair, he actually thinks "
        'she has done a "serviceable job."'
    )
    q = _quotes(nlp, text)
    assert q == [("partial", "serviceable job.", "think", "Mark Dunne", "he")]
    assert text.index("he actually") == analyze_text(text, nlp).quotes[0].speaker_span[0]


def test_clause_opening_the_outer_report_keeps_the_outer_speaker(nlp):
    text = 'Mark Dunne said he wants "a fair deal" for the town.'
    assert _quotes(nlp, text) == [("partial", "a fair deal", "say", "Mark Dunne", "Mark Dunne")]


def test_inner_cue_of_another_person_stays_inside_the_outer_report(nlp):
    text = 'Lea Moss spoke on Sunday. She says Tom Reyes thinks the plan is "a slow disaster."'
    assert _quotes(nlp, text) == [("partial", "a slow disaster.", "say", "Lea Moss", "She")]


# -- quotes in the subject, quotes that end with a quote, signatures ---------------------------


def test_quote_inside_the_cue_subject_is_not_its_content(nlp):
    text = 'Some in the "Stop the Mine" camp say the vote was rigged.'
    assert _quotes(nlp, text) == [
        ("scare", "Stop the Mine", None, None, None),
        ("indirect", "the vote was rigged", "say", None, 'Some in the "Stop the Mine" camp'),
    ]


def test_quote_ending_with_an_inner_quote_is_direct(nlp):
    text = (
        "Wanda Pike spoke to the board.\n\n"
        "“All I thought was ‘They knew, and they hid it,’” Pike said."
    )
    assert _quotes(nlp, text)[0] == (
        "direct",
        "All I thought was ‘They knew, and they hid it,’",
        "say",
        "Wanda Pike",
        "Pike",
    )


def test_cue_with_a_second_subject_outside_the_quote(nlp):
    # the parser gives "said" two subjects, "Everything" (quoted) and "Pike"
    text = (
        "Wanda Pike spoke to the board.\n\n"
        "“And she said, ‘Do you understand. Everything you do,’” Pike said."
    )
    q = _quotes(nlp, text)
    assert q[0][0] == "direct" and q[0][2:] == ("say", "Wanda Pike", "Pike")


def test_signature_line_names_the_speaker(nlp):
    text = (
        "Quotes of the day.\n\n"
        '"The whole idea of a crooked opponent is something we hear about all the time."\n\n'
        "-Michelle Marks, Philadelphia."
    )
    rep = analyze_text(text, nlp)
    (q,) = rep.quotes
    assert q.kind == "direct" and q.speaker_text == "Michelle Marks"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "Michelle Marks"


def test_remembered_is_a_cue(nlp):
    text = '"The analysts all said no," remembered Roy Verley, a former spokesman.'
    assert _quotes(nlp, text) == [
        ("direct", "The analysts all said no,", "remember", "Roy Verley", "Roy Verley")
    ]


def test_accused_of_reports_object_and_charge(nlp):
    text = "Senator Lena Ortiz accused the mayor of hiding the report."
    assert _quotes(nlp, text) == [
        ("indirect", "the mayor of hiding the report", "accuse", "Lena Ortiz", "Lena Ortiz")
    ]


def test_endorsing_a_named_person_is_a_stance(nlp):
    text = "Senator Lena Ortiz endorsed Dunne on Friday."
    assert _quotes(nlp, text) == [("indirect", "Dunne", "endorse", "Lena Ortiz", "Lena Ortiz")]


# -- "as" asides and "see X as Y" ----------------------------------------------------------------


def test_as_aside_reports_the_main_clause(nlp):
    text = "As Tom Reyes noted, the mayor will resign in May."
    assert _quotes(nlp, text) == [
        ("indirect", "the mayor will resign in May", "note", "Tom Reyes", "Tom Reyes")
    ]


def test_passive_as_aside_takes_its_agent(nlp):
    text = "The mayor will resign in May, as first reported by the Ledger."
    assert _quotes(nlp, text) == [
        ("indirect", "The mayor will resign in May", "report", None, "the Ledger")
    ]


def test_as_aside_of_speaking_without_content_is_only_a_time(nlp):
    assert _quotes(nlp, "As he spoke, the crowd cheered loudly.") == []


def test_see_as_reports_a_view(nlp):
    text = "Developers see golf courses as wasted space."
    assert _quotes(nlp, text) == [
        ("indirect", "golf courses as wasted space", "see", None, "Developers")
    ]


def test_see_without_as_reports_nothing(nlp):
    assert _quotes(nlp, "The developers saw the course on Monday.") == []


def test_fragment_after_a_colon_is_what_the_verb_before_introduces(nlp):
    text = "Tom Reyes sent a letter to the board, saying: “The fight goes on” and asking for calm."
    assert _quotes(nlp, text)[0] == (
        "partial",
        "The fight goes on",
        "say",
        "Tom Reyes",
        "Tom Reyes",
    )


def test_applauded_for_is_praise(nlp):
    text = "Senator Lena Ortiz applauded the nurses for their work."
    assert _quotes(nlp, text) == [
        ("indirect", "the nurses for their work", "applaud", "Lena Ortiz", "Lena Ortiz")
    ]


def test_adverbial_clause_with_its_own_speaker_keeps_its_fragment(nlp):
    text = (
        'But even as Tom Reyes claimed on Tuesday that the mayor "got in trouble for far less," '
        "one of the prosecutors said the cases differ."
    )
    assert _quotes(nlp, text) == [
        ("partial", "got in trouble for far less,", "claim", "Tom Reyes", "Tom Reyes"),
        ("indirect", "the cases differ", "say", None, "one of the prosecutors"),
    ]


def test_participle_without_subject_goes_on_with_the_verb_above(nlp):
    text = 'Tom Reyes argued that the fund would help, saying it is "all about management."'
    q = [x for x in _quotes(nlp, text) if x[0] == "partial"]
    assert q == [("partial", "all about management.", "argue", "Tom Reyes", "Tom Reyes")]


def test_noun_put_forward_by_a_light_verb_is_the_subjects(nlp):
    text = "Judge Ana Vidal made the observation that there was no real disagreement."
    assert _quotes(nlp, text) == [
        ("indirect", "that there was no real disagreement", "observation", "Ana Vidal", "Ana Vidal")
    ]


def test_noun_under_other_verbs_has_no_holder(nlp):
    assert _quotes(nlp, "The deal fueled speculation that the firm would move.") == []
    assert [q[0] for q in _quotes(nlp, "Tom Reyes denied the claim that he had left.")] == [
        "indirect"
    ]
    # the denial is his; the claim he denies is nobody's he is said to hold
    assert _quotes(nlp, "Tom Reyes denied the claim that he had left.")[0][2] == "deny"
