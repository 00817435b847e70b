"""cr_assertions: views, wishes and rulings given to someone, to an unnamed group or to no one.

Each text is invented; each test covers one construction of the sentence-voice rules.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import (
    assertion_rows,
    named,
    sentence_voices,
    vague_assertions,
    voices_and_cues,
)


def test_a_stance_of_someone_named_is_reported(nlp):
    text = "Mayor Lena Dahl admires the new harbour plan."
    rep = analyze_text(text, nlp)
    assert [s.voice for s in rep.sentences] == ["reported"]
    assert rep.assertions == []


def test_a_belief_of_an_unnamed_group_is_vague(nlp):
    text = "Some residents fear that the harbour will close."
    assert vague_assertions(nlp, text) == [
        (text[:-1] + ".", "Some residents", "Attributed only to 'Some residents'; no one is named.")
    ]


def test_an_agentless_passive_judgement_is_vague(nlp):
    text = "The harbour plan was criticized as too costly."
    assert sentence_voices(nlp, text) == [(text, "vague")]
    assert vague_assertions(nlp, text)[0][1:] == (
        "was criticized",
        "'was criticized' does not say who holds or said this; no source is named.",
    )


def test_a_noun_of_stance_with_no_holder_is_vague(nlp):
    text = "The vote came amid fears that the mill would close."
    assert vague_assertions(nlp, text) == [
        (
            text,
            "fears",
            "'fears': no one is named as holding or voicing this; no source is named.",
        )
    ]


def test_a_noun_of_stance_with_a_named_holder_is_reported(nlp):
    assert sentence_voices(nlp, "Dahl's support for the plan surprised the council.") == [
        ("Dahl's support for the plan surprised the council.", "reported")
    ]


def test_a_noun_whose_holder_follows_from_is_vague_when_unnamed(nlp):
    text = "The plan drew criticism from several analysts."
    assert [(cue, note) for _, cue, note in vague_assertions(nlp, text)] == [
        ("several analysts", "Attributed only to 'several analysts'; no one is named.")
    ]


def test_stance_adjectives_take_their_holder(nlp):
    text = (
        "Mayor Lena Dahl is critical of the plan. Council aides were confident that it would pass."
    )
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported", "vague"]
    assert vague_assertions(nlp, text)[0][1] == "Council aides"


def test_the_main_clause_gives_the_voice(nlp):
    text = "Jan Roe believes that critics say the plan is weak."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


def test_a_vague_clause_beside_a_named_report_is_its_own_assertion(nlp):
    text = (
        "Mira Holt unveiled the tram timetable in June, and there were angry objections that "
        "it was too thin."
    )
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported"]
    assert vague_assertions(nlp, text) == [
        (
            "angry objections that it was too thin",
            "angry objections",
            "'angry objections': no one is named as holding or voicing this; no source is named.",
        )
    ]


def test_a_direct_quote_from_an_unnamed_official_is_vague(nlp):
    text = "“The mill will close,” said a senior official."
    rep = analyze_text(text, nlp)
    assert [s.voice for s in rep.sentences] == ["quoted"]
    assert [(a.status, a.note) for a in rep.assertions] == [
        ("vague", "Attributed only to 'a senior official'; no one is named.")
    ]


def test_asked_about_names_no_one_who_asked(nlp):
    text = "Asked about the mill, Dahl said it would stay open."
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported"]
    assert [(span, cue) for span, cue, _ in vague_assertions(nlp, text)] == [
        ("Asked about the mill", "Asked")
    ]


def test_any_verb_with_a_that_clause_and_a_person_subject_reports(nlp):
    assert sentence_voices(nlp, "Jan Roe gambled that the mill would reopen.") == [
        ("Jan Roe gambled that the mill would reopen.", "reported")
    ]


def test_a_ruling_is_attributed_and_an_election_is_a_recorded_outcome(nlp):
    # a decision is its maker's; a person's election is the outcome of a vote, not a claim
    text = "The council approved the budget. Jan Roe was elected mayor in 2019."
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported", "unattributed"]
    assert [a.note for a in analyze_text(text, nlp).assertions] == [
        "No source is named for this claim."
    ]


def test_hopes_is_a_wish_despite_its_lemma(nlp):
    # the small model lemmatises "hopes" as "hop"
    assert sentence_voices(nlp, "Jan Roe hopes the mill will reopen.") == [
        ("Jan Roe hopes the mill will reopen.", "reported")
    ]


def test_a_capitalised_plural_source_is_vague(nlp):
    text = "Aides said the mill would close."
    assert [(cue, note) for _, cue, note in vague_assertions(nlp, text)] == [
        ("Aides", "Attributed only to 'Aides'; no one is named.")
    ]


def test_the_outlets_own_claim_stays_unattributed(nlp):
    text = "The mill closed in May."
    rep = analyze_text(text, nlp)
    assert [(s.voice, a.note) for s, a in zip(rep.sentences, rep.assertions, strict=True)] == [
        ("unattributed", "No source is named for this claim.")
    ]


def test_a_sentence_framed_by_a_poll_reports_the_poll(nlp):
    # a standing "in polls" is what the polls found too (test_assertions_acts.py)
    text = "In a new Harbour Institute poll, the plan led by ten points. She spoke in the ad."
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported", "unattributed"]


def test_the_object_of_leave_holds_the_doubt(nlp):
    text = "The ferry stopped in June, leaving some to wonder whether it will return."
    assert [(cue, note) for _, cue, note in vague_assertions(nlp, text)] == [
        ("some", "Attributed only to 'some'; no one is named.")
    ]


def test_words_outside_a_quote_can_hold_an_unnamed_question(nlp):
    text = "“We will stay,” Dahl said when asked about the mill."
    rep = analyze_text(text, nlp)
    assert [s.voice for s in rep.sentences] == ["quoted"]
    assert [(text[slice(*a.span)], text[slice(*a.cue_span)]) for a in rep.assertions] == [
        ("when asked about the mill", "asked")
    ]


def test_a_title_case_headline_with_a_verb_of_stance_is_reported(nlp):
    text = "Harbour Union Endorses Lena Dahl For Mayor\n\nThe vote is in May."
    assert sentence_voices(nlp, text) == [
        ("Harbour Union Endorses Lena Dahl For Mayor", "reported"),
        ("The vote is in May.", "unattributed"),
    ]


def test_a_reaction_with_no_one_reacting_is_vague(nlp):
    text = "The harbour plan drew widespread criticism."
    assert [(cue, note) for _, cue, note in vague_assertions(nlp, text)] == [
        (
            "widespread criticism",
            "'widespread criticism': no one is named as holding or voicing this; no source is "
            "named.",
        )
    ]


def test_a_title_resolved_to_someone_named_is_not_vague(nlp):
    text = (
        "Ambassador Jan Roe arrived in Oslo on Monday. The diplomat noted that the talks had "
        "gone well, and suggested that more meetings would follow."
    )
    rep = analyze_text(text, nlp)
    assert [s.voice for s in rep.sentences] == ["unattributed", "reported"]
    assert [a.status for a in rep.assertions] == ["unattributed"]


def test_saying_yes_is_saying_something(nlp):
    assert sentence_voices(nlp, "Jan Roe said yes.") == [("Jan Roe said yes.", "reported")]


# Each case: a short text and, for some of its sentences, (voice, cue of its assertion); None
# where the sentence claims nothing and has no voice.
VOICES = {
    "questions_and_requests_to_the_reader_claim_nothing": (
        "Should you take the night ferry? If you hate crowds, look elsewhere. "
        "Let me explain the fares. Residents must look elsewhere for parking.",
        {"Should you take the night ferry?": None, "Let me explain the fares.": None},
    ),
    "a_denied_check_by_the_outlet_is_no_claim": (
        "The harbour board could not independently verify the skipper's account. "
        "The number of passengers could not be confirmed. "
        "The board confirmed the closure. The lab could not confirm its own result.",
        {
            "The harbour board could not independently verify the skipper's account.": None,
            "The number of passengers could not be confirmed.": None,
            "The board confirmed the closure.": ("reported", None),
            "The lab could not confirm its own result.": ("reported", None),
        },
    ),
    "a_view_stays_vague_with_a_clause_set_off_after_it": (
        "The plan is widely seen as costly, running to four pages. He was seen leaving the pier.",
        {
            "The plan is widely seen as costly, running to four pages.": (
                "vague",
                "is widely seen",
            ),
            "He was seen leaving the pier.": ("unattributed", None),
        },
    ),
    "a_talk_that_is_the_occasion_of_an_act_is_no_source": (
        "Dahl, asked on the call about the merger, said only that the firm reviews its options. "
        "There were calls for a ban on night sailings.",
        {"There were calls for a ban on night sailings.": ("vague", "calls")},
    ),
    "a_name_in_apposition_names_the_source": (
        "The council's leader, Mira Tallis, warned of delays. "
        "The council's leader warned of delays.",
        {
            "The council's leader, Mira Tallis, warned of delays.": ("reported", None),
            "The council's leader warned of delays.": ("vague", "The council's leader"),
        },
    ),
    "a_name_that_only_qualifies_unnamed_sources_leaves_them_vague": (
        "People close to Mira Tallis say she will run. "
        "Aides and Mira Tallis say it will spend more.",
        {
            "People close to Mira Tallis say she will run.": (
                "vague",
                "People close to Mira Tallis",
            ),
            "Aides and Mira Tallis say it will spend more.": ("reported", None),
        },
    ),
    "a_study_published_in_a_named_journal_is_named": (
        "Reefs are dying, according to a study published on Monday in the journal Coastal Notes. "
        "Reefs are dying, according to a study published on Monday.",
        {
            "Reefs are dying, according to a study published on Monday in the journal Coastal "
            "Notes.": ("reported", None),
            "Reefs are dying, according to a study published on Monday.": ("vague", "a study"),
        },
    ),
    "a_finding_whose_subject_was_parsed_as_a_compound": (
        "The paper links about 40 percent of the losses to drought. The ferry links two islands.",
        {
            "The paper links about 40 percent of the losses to drought.": ("reported", None),
            "The ferry links two islands.": ("unattributed", None),
        },
    ),
    "a_stance_verb_read_as_a_noun_with_an_object": (
        "Tallis's campaign disputes those numbers, saying the rise reflects one-off grants. "
        "The campaign disputes dragged on for months.",
        {
            "Tallis's campaign disputes those numbers, saying the rise reflects one-off grants.": (
                "reported",
                None,
            ),
            "The campaign disputes dragged on for months.": ("unattributed", None),
        },
    ),
    "few_holders_give_the_view_to_no_one": (
        "It is a toll that few drivers asked for. A few residents said the toll was fair.",
        {
            "It is a toll that few drivers asked for.": ("unattributed", None),
            "A few residents said the toll was fair.": ("vague", "A few residents"),
        },
    ),
    "talks_are_a_meeting_not_a_view": (
        "Ministers prepare for talks on a fishing pact. There was talk of a merger after the vote.",
        {
            "Ministers prepare for talks on a fishing pact.": ("unattributed", None),
            "There was talk of a merger after the vote.": ("vague", "talk"),
        },
    ),
    "an_accusation_a_verb_takes_back_points_to_one_made_before": (
        "Tallis denied the accusation and left. The mayor faced accusations of bribery.",
        {"The mayor faced accusations of bribery.": ("vague", "accusations")},
    ),
    "looking_after_without_is_no_impression": (
        "The photo came out sharp without looking edited. The photo looks edited.",
        {
            "The photo came out sharp without looking edited.": ("unattributed", None),
            "The photo looks edited.": ("vague", "looks"),
        },
    ),
    # "by X's account" gives the clause to X, as "according to" does; "by all accounts" to no
    # one named; "by our count" is the writer's own; "by bank transfer" is no account
    "an_account_frame_gives_the_clause_to_its_teller": (
        "The first season was, by his own account, a failure. By all accounts, the ferry ran "
        "late. By our count, nine ferries ran late. She paid by bank transfer.",
        {
            "The first season was, by his own account, a failure.": ("reported", None),
            "By all accounts, the ferry ran late.": ("vague", "all accounts"),
            "By our count, nine ferries ran late.": ("unattributed", None),
            "She paid by bank transfer.": ("unattributed", None),
        },
    ),
    # a quantity put at a value is the subject's estimate; a price set or a box put is an act
    "a_figure_put_at_a_value_is_the_subjects_estimate": (
        "Coastguards put the crowd at 9,000. Officials put the cost at 40 million dollars. "
        "The kiosk set the price at five dollars. She put the crate at the door.",
        {
            "Coastguards put the crowd at 9,000.": ("reported", None),
            "Officials put the cost at 40 million dollars.": ("vague", "Officials"),
            "The kiosk set the price at five dollars.": ("unattributed", None),
            "She put the crate at the door.": ("unattributed", None),
        },
    ),
    # only an "at" phrase that holds a number or an amount makes the figure an estimate
    "a_figure_put_at_a_place_is_no_estimate": (
        "Wardens put the figure at 12,500. Ivo Marsh put the budget at the heart of his bid. "
        "Rangers placed the crowd at the far end of the pier. Clerks put the total at risk.",
        {
            "Wardens put the figure at 12,500.": ("reported", None),
            "Ivo Marsh put the budget at the heart of his bid.": ("unattributed", None),
            "Rangers placed the crowd at the far end of the pier.": ("unattributed", None),
            "Clerks put the total at risk.": ("unattributed", None),
        },
    ),
    # a quantity measured against another figure is an estimate too
    "a_figure_put_at_a_multiple_of_another_is_an_estimate": (
        "Analysts put the cost at twice the official figure. Ivo Marsh is a clerk.",
        {
            "Analysts put the cost at twice the official figure.": ("vague", "Analysts"),
            "Ivo Marsh is a clerk.": ("unattributed", None),
        },
    ),
    # people described by what they have ("anyone with doubts") hold no view given to no one
    "a_with_phrase_describes_people_by_what_they_have": (
        "Anyone with doubts can write to the ferry office. The new timetable prompted doubts.",
        {
            "Anyone with doubts can write to the ferry office.": ("unattributed", None),
            "The new timetable prompted doubts.": ("vague", "doubts"),
        },
    ),
    "watchers_of_a_field_name_no_one": (
        "Harbour watchers expect fares to rise. The wardens watched the nests.",
        {
            "Harbour watchers expect fares to rise.": ("vague", "Harbour watchers"),
            "The wardens watched the nests.": ("unattributed", None),
        },
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(VOICES))
def test_the_voice_and_cue_of_a_sentence(nlp, text, expected):
    voices = voices_and_cues(nlp, text)
    assert {sentence: voices.get(sentence) for sentence in expected} == expected


# Each case: a short text and every assertion listed for it as (words, status).
LISTED = {
    "questions_and_requests_to_the_reader_claim_nothing": (
        VOICES["questions_and_requests_to_the_reader_claim_nothing"][0],
        [("Residents must look elsewhere for parking.", "unattributed")],
    ),
    "a_denied_check_by_the_outlet_is_no_claim": (
        VOICES["a_denied_check_by_the_outlet_is_no_claim"][0],
        [],
    ),
    "a_talk_that_is_the_occasion_of_an_act_is_no_source": (
        VOICES["a_talk_that_is_the_occasion_of_an_act_is_no_source"][0],
        [("There were calls for a ban on night sailings.", "vague")],
    ),
    "an_accusation_a_verb_takes_back_points_to_one_made_before": (
        VOICES["an_accusation_a_verb_takes_back_points_to_one_made_before"][0],
        [("The mayor faced accusations of bribery.", "vague")],
    ),
    # the parser can leave a closing mark at a paragraph's end as a sentence of its own
    "a_closing_mark_after_the_last_word_ends_the_sentence": (
        'A spokesperson said the pier would "open again by May."\n\nThe ferry sails at night.',
        [
            ('A spokesperson said the pier would "open again by May."', "vague"),
            ("The ferry sails at night.", "unattributed"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(LISTED))
def test_the_assertions_listed(nlp, text, expected):
    assert assertion_rows(nlp, text) == expected


def test_a_name_read_as_a_verb_is_no_request(nlp):
    text = "Mayor Lena Dahl said the pier would close. Dahl not keeping her word on the pier."
    assert "Dahl not keeping her word on the pier." in [w for w, _ in assertion_rows(nlp, text)]


def test_a_byline_the_parser_splits_is_no_assertion(nlp):
    text = (
        "Ferry Fares Rise Again\n\nBy Priya Natarajan\n\n"
        "The ferry will sail at night from May.\n\nBy Friday the ferry had sailed twice."
    )
    listed = [words for words, _ in assertion_rows(nlp, text)]
    assert not any("Priya" in a or "Natarajan" in a for a in listed)
    assert "By Friday the ferry had sailed twice." in listed


# Each case: a text and the voice of each of its sentences.
SENTENCES = {
    "as_someone_told_frames_the_sentence": (
        "As Jan Roe told the harbour board, the mill will close in May.",
        ["reported"],
    ),
    "a_gerund_after_a_noun_takes_the_holder_of_the_phrase": (
        "Mira Holt has a habit of praising rivals for the ferry's success.",
        ["reported"],
    ),
    "a_sight_is_not_a_view": (
        "The mayor was seen leaving the mill. The mill is widely seen as a relic.",
        ["unattributed", "vague"],
    ),
    # a content clause moved past the verb of its noun
    "a_noun_whose_verb_says_it_keeps_its_subject": (
        "The letter stated that the cannery would close.",
        ["reported"],
    ),
    # who counts as unnamed: counted people, described people, names the tagger missed
    "one_of_named_people_is_not_vague": (
        "One of the Varga brothers said the ferry would run again in May.",
        ["reported"],
    ),
}


@pytest.mark.parametrize(("text", "voices"), named(SENTENCES))
def test_the_voice_of_each_sentence(nlp, text, voices):
    assert [v for _, v in sentence_voices(nlp, text)] == voices


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # named sources
    "a_named_bodys_report_is_a_named_source": (
        "According to the Dunmore Water Board's quarterly reports, the lake lost a metre.",
        "reported",
    ),
    "a_study_by_a_named_body_is_a_named_source": (
        "A study by the Tarnby Institute found that gulls nest earlier than before.",
        "reported",
    ),
    # a framing participle
    "a_framing_participle_before_a_report_leaves_the_report_its_speakers": (
        "Asked about the strike, the mayor said the talks would resume.",
        "reported",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


# -- "liken": an analogy someone draws is their view ---------------------------------------------


def test_likening_is_a_view_of_the_ones_who_draw_it(nlp):
    text = "Critics have likened the toll plan to a tax on commuters."
    assert vague_assertions(nlp, text) == [
        (text, "Critics", "Attributed only to 'Critics'; no one is named.")
    ]


# -- a summing-up aside after what is reported is the writer's, with its own holder -------------


def test_a_point_others_dispute_is_not_in_the_speakers_words(nlp):
    text = "Varga said the levy was fair, a point that local officials have disputed."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == [
        (
            "that local officials have disputed",
            "local officials",
            "Attributed only to 'local officials'; no one is named.",
        )
    ]


def test_what_the_speaker_says_officials_dispute_stays_theirs(nlp):
    text = "Varga said local officials have disputed the levy."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


# -- "identify/classify X as Y": a label given by the subject ------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The coroner's office identified the dead man as Sam Reyes, 34.", "reported"),
        ("The agency classified the weed killer as a poison.", "reported"),
        # no "as": a sighting or a charge, not a label
        ("The guide identified three rare birds.", "unattributed"),
        ("The clinic billed the family $400.", "unattributed"),
    ],
)
def test_a_label_given_with_as_is_the_subjects(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


@pytest.mark.parametrize(
    "text",
    [
        "The river is expected to rise by April, according to the Tarnby Flood Agency.",
        "Fewer boats came this year, and the total is expected to fall again by 2030, "
        "according to the Tarnby Harbour Trust.",
    ],
)
def test_according_to_a_named_source_holds_the_expectation(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


def test_according_to_after_another_clause_leaves_the_passive_vague(nlp):
    text = (
        "The price of the mill was not disclosed, although the firm spent about $2 million "
        "on repairs, according to the firm."
    )
    assert [a[1] for a in vague_assertions(nlp, text)] == ["was not disclosed"]


def test_a_named_journal_is_the_source_of_what_it_published(nlp):
    text = "The survey, published on Friday in the Annals of Coastal Ecology, tracked 900 gulls."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


def test_published_with_no_venue_stays_vague(nlp):
    text = "The survey, published on Friday, tracked 900 gulls."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["published"]


@pytest.mark.parametrize(
    "text",
    [
        "The figures appear in a budget document published on Friday.",
        "The harbour guide was published in May.",
    ],
)
def test_a_work_published_in_passing_is_no_hidden_source(nlp, text):
    assert vague_assertions(nlp, text) == []
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A paper published last week suggests the drug works.", "published"),
        ("It was published in a local paper that the mayor would resign.", "It was published"),
    ],
)
def test_a_published_work_that_speaks_leaves_its_author_unnamed(nlp, text, cue):
    assert [a[1] for a in vague_assertions(nlp, text)] == [cue]


def test_a_passive_of_publishing_with_a_clause_still_passes_on_words(nlp):
    text = "It was announced that the pier would close."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["It was announced"]


# -- a framing participle ---------------------------------------------------------------------


def test_a_framing_question_makes_the_sentence_one_vague_assertion(nlp):
    # the question is put by no one named: one vague mark over the sentence, not a vague frame
    # inside an unattributed sentence (one sentence is never listed twice)
    text = "Asked whether she regretted the book, Ada Kirlow paused for a long time."
    assert sentence_voices(nlp, text) == [(text, "vague")]
    assert [(a[0], a[1]) for a in vague_assertions(nlp, text)] == [(text, "Asked")]


# -- a noun that restates a name, and a call with someone ------------------------------------------


def test_a_noun_restating_a_name_is_not_an_unnamed_source(nlp):
    text = '"We will vote no," said Petra Ulm, a local official who opposed the levy last year.'
    assert vague_assertions(nlp, text) == []


def test_a_gerund_after_a_noun_restating_a_name_is_that_persons_act(nlp):
    text = (
        '"The rule helps renters," said Ivo Marsh of the Tenant League, an early voice in '
        "urging the city to act."
    )
    assert vague_assertions(nlp, text) == []


# -- a "with" phrase after a word of saying is what comes with it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By noon her followers were flooding the comments with birthday wishes.",
        "The statement with its tables was posted on Monday.",
    ],
)
def test_a_with_phrase_after_a_word_of_saying_is_not_what_it_is_about(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_with_phrase_after_a_word_of_feeling_is_what_it_is_about(nlp):
    text = "There was widespread anger with the ferry ruling."
    assert [t for t, _, _ in vague_assertions(nlp, text)] == [text]


# -- feelings toward someone or something, and reactions from no one -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Emil Sand developed his passion for sailing at the harbor club.",
        "Tomas Brell relished the fight over the pier.",
    ],
)
def test_a_named_persons_liking_is_their_view(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "Ines Dorn and Tomas Brell are against closing the pier.",
        "Lena Voss sided with the mayor on the levy.",
        "Kofi Tamm is mulling a run for mayor next year.",
        "Petra Ulm vouched for the new harbor master.",
    ],
)
def test_a_side_taken_or_weighed_by_someone_named_is_theirs(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "reported")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("A former councillor has been found guilty of fraud after a trial.", "unattributed"),
        ("Dana Roe was acquitted on Friday.", "unattributed"),
        ("Dana Roe was charged with fraud on Friday.", "vague"),
        ("The jury found Dana Roe guilty on all counts.", "reported"),
    ],
)
def test_a_court_decision_is_on_record_and_a_charge_is_an_accusation(
    nlp: Language, text: str, voice: str
) -> None:
    assert [s.voice for s in analyze_text(text, nlp).sentences] == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("A hiker was found alive in a ravine on Tuesday.", "unattributed"),
        ("The fisherman was found dead near the harbour wall.", "unattributed"),
        # a finding about something, with no one named who found it
        ("The old pier was found unsafe.", "vague"),
        ("The pier was found to be unsafe.", "vague"),
    ],
)
def test_found_dead_or_alive_is_a_discovery_not_a_finding(
    nlp: Language, text: str, voice: str
) -> None:
    assert [s.voice for s in analyze_text(text, nlp).sentences] == [voice]


def test_a_relative_pronoun_is_no_part_of_an_unnamed_source(nlp):
    text = "The tolls were seen as unfair by some investors, who point to years of losses."
    assert [a[2] for a in vague_assertions(nlp, text)] == [
        "Attributed only to 'some investors'; no one is named."
    ]


def test_a_counted_relative_stays_in_an_unnamed_source(nlp):
    text = "The ferry crews, many of whom say the pier is unsafe, stayed home."
    assert [a[2] for a in vague_assertions(nlp, text)] == [
        "Attributed only to 'many of whom'; no one is named."
    ]


def test_those_who_stays_a_whole_unnamed_source(nlp):
    text = "Among those who say the pier is unsafe are two skippers."
    assert [a[2] for a in vague_assertions(nlp, text)] == [
        "Attributed only to 'those who'; no one is named."
    ]
