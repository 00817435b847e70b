"""cr_assertions: feelings, decisions, polls and asides that give a sentence to someone.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.assertions.lexicon import attribution_lexicon, vague_lexicon
from tests.analysis.helpers import named, sentence_voices, vague_assertions

# -- verbs of feeling: the one who feels holds a view of what made them feel it ---------------


def test_the_object_of_a_verb_of_feeling_holds_the_view(nlp):
    assert sentence_voices(nlp, "The harbour plan angered Jan Roe.") == [
        ("The harbour plan angered Jan Roe.", "reported")
    ]


def test_an_unnamed_group_that_feels_leaves_the_view_vague(nlp):
    text = "The new plan alarmed legal experts."
    assert vague_assertions(nlp, text) == [
        (text, "legal experts", "Attributed only to 'legal experts'; no one is named.")
    ]


def test_a_passive_feeling_with_its_cause_is_the_subjects_view(nlp):
    assert sentence_voices(nlp, "Jan Roe was outraged by the harbour plan.") == [
        ("Jan Roe was outraged by the harbour plan.", "reported")
    ]


def test_a_feeling_with_nothing_it_is_about_describes_someone(nlp):
    assert sentence_voices(nlp, "Jan Roe was upset.") == [("Jan Roe was upset.", "unattributed")]


@pytest.mark.parametrize(
    "text",
    ["The thunder frightened the ferry passengers.", "The passengers were frightened by the wind."],
)
def test_a_feeling_caused_by_a_sight_or_sound_is_no_view(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


@pytest.mark.parametrize(
    "text",
    [
        "The verdict stunned Mara Quist.",
        "Her remarks angered the Harbour Workers Union.",
        "The news alarmed Mara Quist.",
    ],
)
def test_a_feeling_about_a_claim_or_decision_is_a_view(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


def test_a_feeling_of_a_thing_is_no_view(nlp):
    assert sentence_voices(nlp, "The storm surprised the harbour.") == [
        ("The storm surprised the harbour.", "unattributed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tilda Marsh stuns fans with a secret wedding",
        "Tilda Marsh stunned her fans with a secret wedding.",
        "The Kestrel Rovers surprised their supporters on Friday.",
    ],
)
def test_a_surprise_at_what_someone_did_is_no_view(nlp, text):
    # "fans" are the ones surprised by what she did, not the source of any claim
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Tilda Marsh stunned lawmakers with her remarks.", "lawmakers"),
        ("The ruling stunned harbour workers.", "harbour workers"),
        ("The new plan shocked local residents.", "local residents"),
    ],
)
def test_a_surprise_at_words_or_a_decision_stays_a_view(nlp, text, who):
    assert [(t, c) for t, c, _ in vague_assertions(nlp, text)] == [(text, who)]


def test_surprises_are_experiencers():
    alex = attribution_lexicon()
    assert alex.surprises <= alex.experiencers
    assert {"stun", "surprise"} <= alex.surprises


# -- decisions whose maker is not named ---------------------------------------------------------


def test_an_agentless_passive_decision_is_vague(nlp):
    text = "The harbour treaty was signed in 1994."
    assert vague_assertions(nlp, text) == [
        (text, "was signed", "'was signed' does not say who made this decision; no one is named.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced to six years in prison.",
        "She was named chief financial officer in May.",
        "Tomas Brink was appointed harbour master.",
        "The boatman was convicted of fraud.",
    ],
)
def test_a_change_in_a_persons_standing_is_no_vague_claim(nlp, text):
    # the verb says who decides (a court, a board); the outcome is a matter of record
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_discovery_in_the_passive_is_no_view(nlp):
    # "find" is a verb of perception here: a body found is a sight, a drug found to work a view
    text = "The body was found on Monday. The drug was found to cut deaths by half."
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed", "vague"]


# -- a standing in the polls, a view "to" someone -----------------------------------------------


def test_a_standing_in_the_polls_is_what_the_polls_found(nlp):
    text = "Jan Roe leads in the polls. Lena Dahl trails in a series of regional polls."
    assert sentence_voices(nlp, text) == [
        ("Jan Roe leads in the polls.", "reported"),
        ("Lena Dahl trails in a series of regional polls.", "reported"),
    ]


# -- comment clauses ----------------------------------------------------------------------------


def test_a_comment_clause_of_an_unnamed_group_is_vague(nlp):
    text = "A lost season, some residents complain - and the club stays silent."
    assert vague_assertions(nlp, text) == [
        (text, "some residents", "Attributed only to 'some residents'; no one is named.")
    ]


# -- acts of saying or stance that no one in particular does ---------------------------------


def test_a_gerund_subject_of_stance_is_no_ones(nlp):
    text = "Asking for a raise makes some managers uneasy."
    assert vague_assertions(nlp, text) == [
        (
            text,
            "Asking",
            "'Asking': no one in particular is doing this; no source is named.",
        )
    ]


@pytest.mark.parametrize("text", ["Saying sorry is hard.", "Saying no to a friend takes nerve."])
def test_saying_a_set_formula_passes_on_no_view(nlp, text):
    # apologising, refusing, thanking: acts, with no claim in them for anyone to hold
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_plan_of_it_is_still_a_plan(nlp):
    text = "The mill company lost the case. It plans to appeal the ruling."
    assert sentence_voices(nlp, text)[1] == ("It plans to appeal the ruling.", "reported")


# -- a reaction that someone named answers is still no one's ------------------------------------


def test_criticism_answered_by_someone_named_is_still_no_ones(nlp):
    text = "Jan Roe responded to criticism of her health plan."
    assert vague_assertions(nlp, text) == [
        (
            "criticism of her health plan",
            "criticism",
            "'criticism': no one is named as holding or voicing this; no source is named.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roe responded to questions about her health.",
        "The mill company has not yet replied to questions on the layoffs.",
        "A spokeswoman for the mill declined to answer questions about the inspection.",
        "The mill did not reply to a question on whether the pier would reopen.",
        "Jan Roe sidestepped a reporter's question about the budget.",
    ],
)
def test_questions_put_to_someone_are_no_ones_claim(nlp, text):
    assert vague_assertions(nlp, text) == []


def test_questions_that_remain_are_still_a_vague_claim(nlp):
    text = "Questions remain about whether the pier was inspected."
    assert [v[1] for v in vague_assertions(nlp, text)] == ["Questions"]


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roe ignored Dr. Moss’ question about the mill.",
        "Jan Roe ignored Reyes’ question about the mill.",
        "Jan Roe answered Moss' pointed question about the mill.",
    ],
)
def test_a_possessive_without_s_holds_the_question(nlp, text):
    # the parser hangs the name in several places; the apostrophe before the noun decides
    assert vague_assertions(nlp, text) == []


def test_views_inside_what_someone_says_stay_theirs(nlp):
    text = "Jan Roe said that critics fear a closure."
    assert vague_assertions(nlp, text) == []


# -- headline conventions, "per X", pleas --------------------------------------------------------


def test_a_headline_opened_by_a_name_and_a_colon_is_theirs(nlp):
    text = "Jan Roe: The mill will reopen next spring.\n\nThe mill closed in May.\n"
    assert sentence_voices(nlp, text) == [
        ("Jan Roe: The mill will reopen next spring.", "reported"),
        ("The mill closed in May.", "unattributed"),
    ]


def test_a_headline_opened_by_poll_and_a_colon_is_the_polls(nlp):
    text = "Poll: Dahl Leads Roe In Harbour Race.\n\nThe vote is in May.\n"
    assert sentence_voices(nlp, text)[0] == ("Poll: Dahl Leads Roe In Harbour Race.", "reported")


def test_a_genre_label_before_a_colon_is_the_outlets_own(nlp):
    # the label is a sentence of its own with no voice; what follows it is the outlet's claim
    text = "Analysis: The harbour plan will cost more\n\nThe vote is in May.\n"
    assert sentence_voices(nlp, text)[0] == ("The harbour plan will cost more", "unattributed")


def test_per_unnamed_officials_is_vague(nlp):
    text = "The mill closed in May, per officials."
    assert vague_assertions(nlp, text) == [
        (text, "officials", "Attributed only to 'officials'; no one is named.")
    ]


def test_a_name_before_a_fragment_is_a_topic_not_a_speaker(nlp):
    text = "Holt: A late comeback.\n\nThe vote is in May.\n"
    assert sentence_voices(nlp, text)[0] == ("Holt: A late comeback.", "unattributed")


def test_a_title_before_a_colon_is_no_speaker(nlp):
    text = "The Night Shift: Notes From A Year Inside The Town Hall.\n\nThe vote is in May.\n"
    assert sentence_voices(nlp, text)[0][1] == "unattributed"


# -- hearsay labels and framing participles ----------------------------------------------------


def test_a_hearsay_label_marks_its_phrase_not_the_sentence(nlp):
    text = "The alleged thief, Jan Roe, appeared in court on Monday."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
    assert vague_assertions(nlp, text) == [
        (
            "The alleged thief, Jan Roe",
            "alleged",
            "'alleged': a label passed on without saying who applies it; no source is named.",
        )
    ]


def test_supposed_to_is_no_label(nlp):
    text = "The ferry is supposed to leave at noon."
    assert vague_assertions(nlp, text) == []


def test_a_hyphenated_label_is_one_label(nlp):
    # ("so-called" passes a label on only before a quoted name)
    text = "The so-called “reform” passed in May."
    assert [(span, cue) for span, cue, _ in vague_assertions(nlp, text)] == [
        ("The so-called “reform”", "so-called")
    ]


# -- a view pointed back to ----------------------------------------------------------------------


def test_seemed_with_a_participle_is_an_impression(nlp):
    text = "The goalkeeper seemed shaken by the early goal."
    assert vague_assertions(nlp, text) == [
        (text, "seemed", "'seemed': the outlet's own impression; no source is named for it.")
    ]


# -- sides taken ---------------------------------------------------------------------------------


def test_being_against_a_plan_is_a_side_taken(nlp):
    text = "Some residents are against the plan."
    assert vague_assertions(nlp, text) == [
        (text, "Some residents", "Attributed only to 'Some residents'; no one is named.")
    ]


def test_a_view_with_its_own_subject_in_what_someone_backs_is_apart(nlp):
    text = "Jan Roe backed a plan which some residents oppose."
    assert vague_assertions(nlp, text) == [
        (
            "which some residents oppose",
            "some residents",
            "Attributed only to 'some residents'; no one is named.",
        )
    ]


def test_allegations_someone_named_denies_are_still_no_ones(nlp):
    text = "Jan Roe denied the allegations of fraud."
    assert [(span, cue) for span, cue, _ in vague_assertions(nlp, text)] == [
        ("the allegations of fraud", "the allegations")
    ]


# -- the word lists these rules read ----------------------------------------------------------


def test_the_new_word_lists_load_and_keep_their_roles_apart():
    alex = attribution_lexicon()
    # a verb of feeling gives the view to its object, a verb of stance to its subject
    assert alex.experiencers.isdisjoint(alex.verbs | alex.decrees)
    assert {"alarm", "resonate"} <= alex.experiencers
    assert {"poll", "survey"} <= alex.polls
    assert {"part", "participate"} <= alex.taking_part
    assert {"critic", "backer"} <= alex.stance_agents
    assert {"alleged", "so-called"} <= vague_lexicon().labels


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # verbs of feeling: the one who feels holds a view of what made them feel it
    "surprising_no_one_is_no_view": ("The results surprised no one.", "unattributed"),
    "a_feeling_of_people_no_one_names_is_a_vague_view": (
        "Her remarks angered the dock workers.",
        "vague",
    ),
    # decisions whose maker is not named
    "an_election_is_a_recorded_outcome_not_a_vague_claim": (
        "In 2019, Jan Roe was elected to the council.",
        "unattributed",
    ),
    "an_order_with_content_still_passes_on_unnamed_words": (
        "The boatman was ordered to repay the harbour fund.",
        "vague",
    ),
    "a_decision_by_someone_named_is_reported": (
        "The treaty was signed by Mayor Jan Roe in 1994.",
        "reported",
    ),
    "named_after_someone_is_a_name_not_a_post": (
        "The school was named after Jan Roe.",
        "unattributed",
    ),
    "a_man_named_is_not_an_appointment": ("A man named Jan Roe bought the mill.", "unattributed"),
    # a standing in the polls, a view "to" someone
    "the_people_polled_in_a_survey_give_its_finding": (
        "Thirteen percent of voters in the survey approved.",
        "reported",
    ),
    "speaking_in_an_interview_is_not_a_poll": (
        "Jan Roe spoke at length in the interview.",
        "unattributed",
    ),
    "to_someone_before_the_clause_gives_their_view": (
        "To Mira Holt, who has coached the side for years, the loss was a wake-up call.",
        "reported",
    ),
    "to_date_is_no_view": ("To date, the mill has not reopened.", "unattributed"),
    # comment clauses
    "a_comment_clause_gives_the_sentence_to_its_subject": (
        "Over the winter, shipping logs show, the ferry ran empty twice a week.",
        "reported",
    ),
    # acts of saying or stance that no one in particular does
    "admitting_after_a_long_way_from_is_no_ones": (
        "That is a long way from admitting the plan failed.",
        "vague",
    ),
    "it_is_hard_to_see_is_the_outlets_own_judgement": (
        "It is hard to see why the ferry costs so much.",
        "unattributed",
    ),
    # headline conventions, "per X", pleas
    "per_a_named_outlet_reports_it": (
        "The ferry stopped running in May, per Harbour News.",
        "reported",
    ),
    "per_person_is_a_rate_not_a_source": ("Tickets cost five dollars per person.", "unattributed"),
    "a_plea_is_a_statement": ("Jan Roe pleaded guilty to fraud.", "reported"),
    # a view pointed back to
    "sharing_this_view_is_holding_it": (
        "Mira Holt, a ferry captain, holds this gloomy view.",
        "reported",
    ),
    "that_stance_alone_points_back_and_is_not_vague": (
        "Rivals have long exploited that stance.",
        "unattributed",
    ),
    # sides taken
    "a_critic_of_something_said_of_someone_is_their_stance": (
        "Jan Roe is a critic of the harbour plan.",
        "reported",
    ),
    "supporters_doing_something_is_no_stance": ("Supporters of Roe met on Monday.", "unattributed"),
    "playing_against_someone_is_an_act": ("Roe played against Dahl in the final.", "unattributed"),
    "opting_against_is_a_decision": ("Mira Holt opted against a second term.", "reported"),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


# Each case: a text and the voice of each of its sentences.
SENTENCES = {
    # a standing in the polls, a view "to" someone
    "taking_part_in_a_survey_is_no_finding": (
        "Jan Roe took part in the survey. Lena Dahl worked in polling for a decade.",
        ["unattributed", "unattributed"],
    ),
    "to_a_place_or_a_feeling_is_no_view": (
        "To the north, the hills rise steeply. To my surprise, the mill reopened.",
        ["unattributed", "unattributed"],
    ),
    # sides taken
    "a_critic_in_apposition_is_no_stance": (
        "Jan Roe, a critic of the film, arrived late. Fans cheered.",
        ["unattributed", "unattributed"],
    ),
    "coming_out_in_favor_of_is_a_side_taken": (
        "Roe came out in favour of the tram line. Dahl spoke out against the toll.",
        ["reported", "reported"],
    ),
}


@pytest.mark.parametrize(("text", "voices"), named(SENTENCES))
def test_the_voice_of_each_sentence(nlp, text, voices):
    assert [v for _, v in sentence_voices(nlp, text)] == voices


# -- "worry" both ways: the one who feels is its subject or its object --------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a storm causes a feeling; no one holds a view of it
        ("The gale worried the governor.", "unattributed"),
        ("The gale worried trawler crews along the coast.", "unattributed"),
        # a tariff is something the one who feels it holds a view of
        ("The new tariff worried the governor.", "reported"),
        # the one who feels is the subject, with what they fear
        ("Trawler crews worried that the gale would reach the harbour.", "reported"),
    ],
)
def test_worry_reads_its_object_as_the_one_who_feels(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # people picked out by what they habitually do: the sentence is the outlet's own
        ("The new code fines the officials who sign the contracts.", "unattributed"),
        ("The law shields nurses who report abuses.", "unattributed"),
        # one decision, in the past, by people not named
        ("Police arrested the officials who approved the loans.", "vague"),
    ],
)
def test_people_picked_out_by_a_habitual_act_are_no_source(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]
