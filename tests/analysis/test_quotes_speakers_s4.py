"""cr_quotes speakers, session 4: "according to X" over a quote with its own cue, a share in
figures as a subject, a repeated verb of saying, and who holds a report's words."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- "according to X" sources the quote and its cue -----------------------------------------
    "according_to_after_a_quote_reports_the_quote_and_its_cue": (
        "Mayor Ana Pruitt spoke to the council on Monday.\n\n"
        "“We will fix the bridges this year,” Pruitt said at a press conference, "
        "according to the Valley Herald.",
        [
            ("direct", "We will fix the bridges this year,", "say", "Ana Pruitt", "Pruitt"),
            (
                "indirect",
                "We will fix the bridges this year,” Pruitt said at a press conference",
                "according to",
                None,
                "the Valley Herald",
            ),
        ],
    ),
    "according_to_between_a_quote_and_a_time_phrase": (
        '"We keep out of politics," the bishop said, according to the Tarrow Gazette, after '
        "the morning mass.",
        [
            ("direct", "We keep out of politics,", "say", None, "the bishop"),
            (
                "indirect",
                'We keep out of politics," the bishop said',
                "according to",
                None,
                "the Tarrow Gazette",
            ),
        ],
    ),
    "according_to_at_the_end_is_no_part_of_the_inner_report": (
        "Gov. Tom Reese said he would have sacked the aide, according to local reports.",
        [
            (
                "indirect",
                "Gov. Tom Reese said he would have sacked the aide",
                "according to",
                None,
                "local reports",
            ),
            ("indirect", "he would have sacked the aide", "say", "Tom Reese", "Tom Reese"),
        ],
    ),
    # -- a share written in figures ------------------------------------------------------------
    "share_in_figures_is_the_subject": (
        "About 6 in 10 say the city needs a new library.",
        [("indirect", "the city needs a new library", "say", None, "6 in 10")],
    ),
    # -- "said ... and said" -------------------------------------------------------------------
    "repeated_verb_of_saying_keeps_the_first_subject": (
        'Lena Ortiz said the bridge was closed by the state and said, "Who are you kidding?"',
        [
            ("indirect", "the bridge was closed by the state", "say", "Lena Ortiz", "Lena Ortiz"),
            ("direct", "Who are you kidding?", "say", "Lena Ortiz", "Lena Ortiz"),
        ],
    ),
    "parallel_participle_goes_on_with_the_reporting_verb": (
        "Republicans were quick to respond, with Tom Reese tweeting that it was a "
        '"disaster" for Ortiz and asking, "How can anyone trust her?"',
        [
            ("partial", "disaster", "tweet", "Tom Reese", "Tom Reese"),
            ("direct", "How can anyone trust her?", "ask", "Tom Reese", "Tom Reese"),
        ],
    ),
    "adding_after_a_reported_clause_is_the_reporters": (
        "In an interview Monday, Lena Ortiz said the process of writing the budget could be "
        '"messy," adding, "Democracy is messy."',
        [
            ("partial", "messy,", "say", "Lena Ortiz", "Lena Ortiz"),
            ("direct", "Democracy is messy.", "add", "Lena Ortiz", "Lena Ortiz"),
        ],
    ),
    # -- a name right after the closing mark ----------------------------------------------------
    "name_set_off_after_a_quote_with_no_cue_speaks_it": (
        "Ted Borro ran the campaign for Lena Ortiz.\n\n"
        "“Not our work but we like it!” Borro, the head of Forward Now, Tweeted on Friday "
        "with a picture of the banner.",
        # (the tagger reads "Tweeted" as a participle; it is still found as the cue)
        [("direct", "Not our work but we like it!", "tweet", "Ted Borro", "Borro")],
    ),
    "name_after_a_finished_sentence_is_not_the_speaker": (
        'Lena Ortiz spoke first. "We will win." Tom Reese disagreed with her later.',
        [("direct", "We will win.", "speak", "Lena Ortiz", "Lena Ortiz")],
    ),
    # -- "called X by Y" ----------------------------------------------------------------------
    "name_given_by_someone_is_theirs": (
        'The city of Tarrow, called the "Gateway of the North" by its residents, voted for Ortiz.',
        [("partial", "Gateway of the North", "call", None, "its residents")],
    ),
    "label_with_an_object_stays_the_subjects": (
        'Lena Ortiz called the plan "a disaster" by phone.',
        [("partial", "a disaster", "call", "Lena Ortiz", "Lena Ortiz")],
    ),
    # -- two "Name:" turns on one line --------------------------------------------------------
    "second_turn_on_a_line_is_its_own_speakers": (
        "Lena Ortiz and Tom Reese both spoke on the bridge.\n\n"
        'Ortiz: "Our goal is to fix the bridge, not to patch it." '
        'Reese: "The mission is to build a new one -- not to patch it."',
        [
            (
                "direct",
                "Our goal is to fix the bridge, not to patch it.",
                None,
                "Lena Ortiz",
                "Ortiz",
            ),
            (
                "direct",
                "The mission is to build a new one -- not to patch it.",
                None,
                "Tom Reese",
                "Reese",
            ),
        ],
    ),
    # -- the possessor of a noun of saying ------------------------------------------------------
    "quote_before_a_possessed_remark_is_the_possessors": (
        'Tom Reese\'s "lazy renters" comment drew boos at the rally.',
        [("partial", "lazy renters", "comment", "Tom Reese", "Tom Reese")],
    ),
    "possessed_slogan_is_the_quote": (
        'Lena Ortiz\'s campaign slogan is "I am with you." But now she wants more.',
        [("partial", "I am with you.", "slogan", "Lena Ortiz", "Lena Ortiz")],
    ),
    "quoted_name_of_a_plan_stays_a_scare_quote": (
        'The "Clean Rivers" plan is popular.',
        [("scare", "Clean Rivers", None, None, None)],
    ),
    # -- "in a poll" ---------------------------------------------------------------------------
    "poll_reports_what_its_respondents_said": (
        "In a Tarrow Gazette survey released last week, 79 percent of residents said they were "
        "satisfied with the mayor.",
        [
            (
                "indirect",
                "79 percent of residents said they were satisfied with the mayor",
                "in",
                None,
                "a Tarrow Gazette survey",
            ),
            (
                "indirect",
                "they were satisfied with the mayor",
                "say",
                None,
                "79 percent of residents",
            ),
        ],
    ),
    "poll_in_the_subject_reports_the_clause": (
        "A third of the people in a recent Gazette poll said they believe the mayor lied.",
        [
            (
                "indirect",
                "A third of the people in a recent Gazette poll said they believe the mayor lied",
                "in",
                None,
                "a recent Gazette poll",
            ),
            (
                "indirect",
                "they believe the mayor lied",
                "say",
                None,
                "A third of the people in a recent Gazette poll",
            ),
        ],
    ),
    "named_maker_of_a_poll_speaks_for_itself": (
        "In a phone survey of 650 adults, Civic Data Corp found that most residents "
        "dislike the plan.",
        [("indirect", "most residents dislike the plan", "find", None, "Civic Data Corp")],
    ),
    # -- who puts out findings ------------------------------------------------------------------
    "data_released_by_someone_speak_for_them": (
        "Pollster Stan Greer released new data on Tuesday that suggest renters are worried.",
        [("indirect", "renters are worried", "suggest", "Stan Greer", "Stan Greer")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_relative_pronoun_after_a_time_phrase_takes_in_the_object(nlp):
    """ "on Monday" says when; "who" stands for the object before it."""
    text = "The mayor met farmers from the valley on Monday who said the drought was the worst."
    rows = quote_rows(nlp, text, ("kind", "words", "mention", "speaker"))
    mention = "farmers from the valley on Monday who"
    assert rows == [("indirect", "the drought was the worst", mention, "farmers")]


def test_which_after_a_date_stands_for_the_object(nlp):
    """A date closing the phrase before "which" only says when."""
    text = "Lena Ortiz released her tax returns in July, which showed she paid little."
    rows = quote_rows(nlp, text, ("kind", "words", "mention", "speaker"))
    assert rows == [
        ("indirect", "she paid little", "her tax returns in July, which", "her tax returns")
    ]
