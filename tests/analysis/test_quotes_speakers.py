"""cr_quotes: who speaks, for fragments followed by statements, inserted cues, pronouns after
a quote that names someone, object control and "he's said"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.speakers import _cue_speaker
from tests.analysis.helpers import named, people_roles, quote_rows, vague_assertions

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- a fragment, its cue, then whole sentences ----------------------------------------------
    "statement_after_a_fragment_is_a_direct_quote_of_its_own": (
        "Still, the farms are ''barely making money,'' Mr. Brandt said from his office. "
        "''Farming is a thin business. I never advise buying a farm.''",
        [
            ("partial", "barely making money,", "say", "Brandt", "Brandt"),
            (
                "direct",
                "Farming is a thin business. I never advise buying a farm.",
                "say",
                "Brandt",
                "Brandt",
            ),
        ],
    ),
    # -- an inserted "X said," beats an agentless passive ---------------------------------------
    "inserted_cue_speaks_for_a_passive_fragment": (
        "In Tarrow, Mr. Ortiz said, Mr. Brandt is seen as “a loner, a man who trusts no one.”",
        [("partial", "a loner, a man who trusts no one.", "say", "Ortiz", "Ortiz")],
    ),
    # -- a pronoun after a quote is not someone named inside it ---------------------------------
    "pronoun_speaker_skips_a_name_inside_the_quote": (
        "Senator Tom Brandt spoke in Tarrow. “I needed a fight with Lena Ortiz "
        "before the vote,” he conceded.",
        [
            (
                "direct",
                "I needed a fight with Lena Ortiz before the vote,",
                "concede",
                "Tom Brandt",
                "he",
            )
        ],
    ),
    # -- who does what an infinitive says -------------------------------------------------------
    "object_of_led_announces": (
        "The loss of the vote led Lena Ortiz to announce her retirement.",
        [("indirect", "her retirement", "announce", "Lena Ortiz", "Lena Ortiz")],
    ),
    "promise_keeps_its_subject": (
        "Ortiz promised voters to reveal the budget.",
        [("indirect", "the budget", "reveal", None, "Ortiz")],
    ),
    # -- "'s" as "has" --------------------------------------------------------------------------
    "contracted_has_said": (
        "Think of Tom Brandt. He's said he writes his speeches on trains.",
        [("indirect", "he writes his speeches on trains", "say", "Tom Brandt", "He")],
    ),
    "it_is_said_has_no_speaker": (
        "It's said that the mayor will resign.",
        [("indirect", "the mayor will resign", "say", None, None)],
    ),
    # -- "a move critics called ..." ---------------------------------------------------------------
    "a_clause_on_a_noun_speaks_for_its_own_subject": (
        "The Lakeville Ledger reported the deal on Monday, a move critics called a "
        '"reckless giveaway."',
        [("partial", "reckless giveaway.", "call", None, "critics")],
    ),
    "a_group_of_critics_stays_whole": (
        'A group of critics called the plan "a giveaway."',
        [("partial", "a giveaway.", "call", None, "A group of critics")],
    ),
    "according_to_in_the_middle_of_a_report_leaves_the_speaker": (
        'Pruitt said the plan, according to her staff, was "dead on arrival."',
        [("partial", "dead on arrival.", "say", None, "Pruitt")],
    ),
    "a_split_quote_across_a_long_cue_is_one_quote": (
        '"This budget," Pruitt said in a long speech to the council on Tuesday evening, '
        '"is a disgrace."',
        [
            (
                "direct",
                'This budget," Pruitt said in a long speech to the council on Tuesday evening, '
                '"is a disgrace.',
                "say",
                None,
                "Pruitt",
            )
        ],
    ),
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
    # -- '"...," wrote X': the noun phrase after an inverted verb of saying is its subject --------
    "inverted_subject_the_parser_read_as_an_object": (
        '"Hmm," wrote a fisherman from Tarrow on the town forum.',
        [("direct", "Hmm,", "write", None, "a fisherman from Tarrow")],
    ),
    "inverted_name_after_asked": (
        '"Is the ferry running against the council itself?" asked Mr. Talbot, referring to '
        'the mayor\'s long campaign against what he calls the "rigged" budget process.',
        [
            (
                "direct",
                "Is the ferry running against the council itself?",
                "ask",
                "Talbot",
                "Talbot",
            ),
            ("partial", "rigged", "call", "Talbot", "he"),
        ],
    ),
    "manner_of_speaking_verb_before_the_speaker": (
        '"This is wonderful!" beamed Carla Nunez of Tarrow, waving a flag.',
        [("direct", "This is wonderful!", "beam", "Carla Nunez", "Carla Nunez")],
    ),
    "lower_case_attribution_after_an_exclamation_is_the_quotes_own": (
        "Mara Voss ran the shelter for years.\n\n"
        '"Never again!" she wrote, adding that if the council did not act by spring, "the '
        'next winter will be worse."',
        [
            ("direct", "Never again!", "write", "Mara Voss", "she"),
            (
                "indirect",
                'if the council did not act by spring, "the next winter will be worse',
                "add",
                "Mara Voss",
                "she",
            ),
            ("direct", "the next winter will be worse.", "add", "Mara Voss", "she"),
        ],
    ),
    "long_subject_phrase_between_quote_and_cue": (
        "“Prices will fall, whether it is this spring or next winter or the one after,” Mayor "
        "Ann Bell’s press secretary, Jan Roe, told reporters on Monday.",
        [
            (
                "direct",
                "Prices will fall, whether it is this spring or next winter or the one after,",
                "tell",
                "Jan Roe",
                "Jan Roe",
            ),
        ],
    ),
    # -- a sentence with no finite verb found: the verb of saying is its own ------------------
    "verb_of_saying_read_as_a_participle_after_an_apposition": (
        'Dunmore, a Hale ally, called Tarrow\'s schools "strong."',
        [("partial", "strong.", "call", None, "Dunmore")],
    ),
    "verb_of_saying_read_as_a_participle_after_a_relative_clause": (
        "Ben Alder, a councillor, voted no.\n\n"
        'Alder, who chaired the budget panel in 2012, called the mayor\'s fees "reckless."',
        [("partial", "reckless.", "call", "Ben Alder", "Alder")],
    ),
    "adjective_made_a_noun_by_its_article_asks": (
        "A student posted the video on Monday.\n\n"
        '"Could the ferry run at night?" the 19-year-old asked in the post.',
        [("direct", "Could the ferry run at night?", "ask", None, "the 19-year-old")],
    ),
    # -- a "Name:" label right before the opening mark ------------------------------------------
    "label_after_a_dash_outranks_a_verb_earlier_on_the_line": (
        'Critics warn again - Lena Marsh: "Ticket prices rose faster than wages this year, '
        'and riders noticed."',
        [
            (
                "direct",
                "Ticket prices rose faster than wages this year, and riders noticed.",
                None,
                "Lena Marsh",
                "Lena Marsh",
            ),
        ],
    ),
    "label_with_party_and_state": (
        'Sen. Paul Odell (R-Utah):"I have never seen this figure before in any budget."',
        [
            (
                "direct",
                "I have never seen this figure before in any budget.",
                None,
                "Paul Odell",
                "Sen. Paul Odell",
            ),
        ],
    ),
    "label_of_two_names": (
        'Ruth Amis and Tom Vega: "Our survey closed too early to see the shift."',
        [
            (
                "direct",
                "Our survey closed too early to see the shift.",
                None,
                "Ruth Amis",
                "Ruth Amis and Tom Vega",
            ),
        ],
    ),
    # -- a possessed noun of saying whose complement holds the quoted words ------------------
    "pledge_of_a_possessor_holds_the_quoted_words": (
        "Mayor Ann Roe spoke on Monday. Critics went beyond her pledge to stay "
        '"neutral" during the port talks.',
        [("partial", "neutral", "pledge", "Ann Roe", "her")],
    ),
    # -- the cue above a fragment -------------------------------------------------------------
    "conjoined_statement_with_its_own_subject": (
        "The harbor board warned in May that the old pier would close, and Ms. Ortiz said "
        'the "temporary repairs" her crew made in the spring would not last.',
        [
            ("indirect", "the old pier would close", "warn", None, "The harbor board"),
            ("partial", "temporary repairs", "say", "Ortiz", "Ortiz"),
        ],
    ),
    "relative_clause_of_a_thing_reports_nothing": (
        'Hal Fenn, the union\'s adviser, said the board is engaged in "theatre" that shows its '
        '"contempt for the workers."',
        [
            (
                "partial",
                'theatre" that shows its "contempt for the workers.',
                "say",
                "Hal Fenn",
                "Hal Fenn",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_split_statement_stays_one_quote(nlp):
    text = "“Farms are dying,” Mr. Brandt said. “Farming is a thin business. Nobody buys farms.”"
    assert [(k, w) for k, w, *_ in quote_rows(nlp, text)] == [
        (
            "direct",
            "Farms are dying,” Mr. Brandt said. “Farming is a thin business. Nobody buys farms.",
        )
    ]


def test_fragment_followed_by_another_speakers_quote(nlp):
    text = "Brandt called the farms “barely alive.” “Farming is a thin business,” said Lena Ortiz."
    assert quote_rows(nlp, text)[-1] == (
        "direct",
        "Farming is a thin business,",
        "say",
        "Lena Ortiz",
        "Lena Ortiz",
    )


PERSON_COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _person_quotes(nlp, text):
    return quote_rows(nlp, text, PERSON_COLUMNS)


SPEAKERS = ("words", "person", "speaker")


# Each case: a short text and each quote as (words, person, speaker as written).
SPEAKER_CASES = {
    "a_pronoun_after_one_worker_is_that_worker": (
        "Station manager Alice Pembury said crews came quickly.\n\n"
        'One worker said she had lost her job. "We have nowhere to go," she said.',
        [
            ("crews came quickly", "Alice Pembury", "Alice Pembury"),
            ("she had lost her job", None, "One worker"),
            ("We have nowhere to go,", None, "One worker"),
        ],
    ),
    "an_unnamed_neighbour_is_no_one_named": (
        "Station manager Alice Pembury said crews came quickly.\n\n"
        "A neighbour, who asked not to be named, said he smelt smoke.",
        [
            ("crews came quickly", "Alice Pembury", "Alice Pembury"),
            ("he smelt smoke", None, "A neighbour"),
        ],
    ),
    "a_pronoun_after_a_farmer_is_that_farmer": (
        "Mayor Ilse Varga said the border would open.\n\n"
        'A farmer near the crossing was waiting. "We just want to sell apples," she said.',
        [
            ("the border would open", "Ilse Varga", "Ilse Varga"),
            ("We just want to sell apples,", None, "A farmer"),
        ],
    ),
    "a_named_subject_after_the_unnamed_one_keeps_the_pronoun": (
        'A guard opened the gate. Mayor Ilse Varga walked in.\n\n"We are ready," she said.',
        [("We are ready,", "Ilse Varga", "she")],
    ),
    "a_role_with_the_points_back_to_the_person_named": (
        "Senator Dana Whitcombe met voters in Ashby.\n\n"
        "The senator is a keen runner. She said the race was close.",
        [("the race was close", "Dana Whitcombe", "She")],
    ),
    "the_byline_writer_is_never_he_or_she": (
        "Council approves bus lanes\n\nBy Hamish Tolland\n\n"
        "The council approved three bus lanes on Monday. She said the plan was late.",
        [("the plan was late", None, "She")],
    ),
    "interrupting_someone_to_say_is_the_subjects_words": (
        "Councillor Ada Baptiste interrupted the mayor to say the figures were old.",
        [("the figures were old", "Ada Baptiste", "Ada Baptiste")],
    ),
    "the_woman_after_a_named_woman_is_her": (
        "Greta Holm won the harbour lottery last week. The woman has not yet collected the "
        'prize. "I am still in shock," she said.',
        [("I am still in shock,", "Greta Holm", "she")],
    ),
}


SPEAKER_COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _rows(nlp, text):
    return quote_rows(nlp, text, SPEAKER_COLUMNS)


def _of(rows, words):
    return [r for r in rows if r[1] == words]


# Each case: a short text and each quote as (kind, person).
KIND_AND_PERSON = {
    "a_line_about_someone_does_not_give_them_a_quote_about_him_or_her": (
        'Mark Tolley, 34, died at the scene.\n\n"He was the kindest man you could meet."',
        [("direct", None)],
    ),
    "a_line_about_someone_still_gives_them_the_quote_that_follows": (
        'Ada Kirlow shrugs.\n\n"They would say that."',
        [("direct", "Ada Kirlow")],
    ),
    "a_name_that_only_says_whose_campaign_is_no_subject_for_a_pronoun": (
        "Dana Whitcombe has worked on three races. Whitcombe believes the Maria Lopez campaign "
        'is in trouble.\n\n"They spent everything in May," she said.',
        [("indirect", "Dana Whitcombe"), ("direct", "Dana Whitcombe")],
    ),
}


# Each case: a short text and one of its quotes as (words, person).
ONE_QUOTE = {
    "a_spokesperson_wanted_is_no_spokesperson_who_spoke": (
        "The council wants a spokesperson who can explain the levy.\n\n"
        '"The levy is fair," the spokesperson said.\n\n'
        "Council spokeswoman Maria Lopez said the levy would stay.",
        ("The levy is fair,", "Maria Lopez"),
    ),
    "the_main_clause_subject_outranks_the_one_it_reports_on": (
        "Council spokesman Paul Dunning said on Monday that the levy stands. Mayor Tom Redd, "
        "despite his doubts, said he believes Dunning is right.\n\n"
        '"The votes are there," he said.',
        ("The votes are there,", "Tom Redd"),
    ),
}


# -- "quoted X as saying" ----------------------------------------------------------------------


def test_the_one_quoted_as_saying_is_the_speaker_not_the_channel(nlp):
    text = (
        "State radio quoted the interior minister, Dara Quill, as saying the border would "
        "reopen on Monday."
    )
    assert quote_rows(nlp, text, ("kind", "cue", "person")) == [("indirect", "say", "Dara Quill")]
    assert vague_assertions(nlp, text) == []


def test_a_speaker_passed_on_by_saying_keeps_the_subject(nlp):
    # "by saying": the subject is the one who says it
    text = "Dara Quill ended the meeting by saying the border would reopen on Monday."
    assert quote_rows(nlp, text, ("kind", "person")) == [("indirect", "Dara Quill")]


def test_pronoun_past_window_takes_the_subject(nlp):
    text = (
        "Ann Lynch announced the new fund on Monday. She met Gov. Pat Corwin at the depot. "
        "Later the state sent aid. Crews went out. Roads closed. She further announced a "
        "second grant."
    )
    assert _person_quotes(nlp, text) == [
        ("indirect", "the new fund", "announce", "Ann Lynch", "Ann Lynch"),
        ("indirect", "a second grant", "announce", "Ann Lynch", "She"),
    ]


def test_subject_of_an_infinitive_is_no_subject(nlp):
    text = "Tom Roe called for Ed Diaz to resign. He said the vote was lost."
    assert _person_quotes(nlp, text) == [
        ("indirect", "the vote was lost", "say", "Tom Roe", "He"),
    ]


@pytest.mark.parametrize(("text", "expected"), named(SPEAKER_CASES))
def test_the_speaker_of_each_quote(nlp, text, expected):
    assert quote_rows(nlp, text, SPEAKERS) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "who did not want to be named",
        "who asked not to be named",
        "who wished not to be identified",
    ],
)
def test_a_condition_of_anonymity_is_no_quote(nlp, clause):
    text = f"A witness, {clause}, said he saw a van."
    assert quote_rows(nlp, text, SPEAKERS) == [("he saw a van", None, "A witness")]


def test_the_writers_own_i_is_shown_as_the_writer(nlp):
    text = "Let me say it plainly: the harbour plan is a reckless gamble with our money."
    assert quote_rows(nlp, text, ("words", "person", "speaker")) == [
        ("the harbour plan is a reckless gamble with our money", None, "the writer")
    ]
    voices = {t.term: t.voice for t in analyze_text(text, nlp).loaded_terms}
    assert voices.get("reckless") == "outlet"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The utilities' trade body, Water Providers Northbay, said it was studying the bill.",
            "Water Providers Northbay",
        ),
        (
            "Industry group the Digital Reading Council has said shipments fell last year.",
            "Digital Reading Council",
        ),
    ],
)
def test_a_body_named_beside_its_noun_speaks_by_its_name(nlp, text, speaker):
    assert [row[-1] for row in quote_rows(nlp, text, ("words", "speaker"))] == [speaker]


def test_a_kicker_in_capitals_is_no_speaker(nlp):
    text = 'FACT CHECK: Did crime in Port Aldwin really "double" under Mayor Ada Quist?\n\nBody.'
    assert [row[-1] for row in quote_rows(nlp, text, ("words", "speaker"))] == [None]


def test_a_narration_line_naming_one_person_gives_them_the_quote_after_it(nlp):
    text = (
        "Harbour life\n\n"
        'Her deputy, Tomas Brecken, has called her "the last honest skipper." '
        "Marit Olsberg laughs at the label.\n\n"
        '"Tomas is generous. Honest is a big word."'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "Tomas is generous. Honest is a big word.") == [
        (
            "direct",
            "Tomas is generous. Honest is a big word.",
            None,
            "Marit Olsberg",
            "Marit Olsberg",
        )
    ]


def test_a_line_that_sets_up_a_pronoun_speaker_gives_the_answer_to_her(nlp):
    text = (
        "Harbour life\n\n"
        "Anna Berg left the council in May.\n\n"
        "On why she quit, she was frank.\n\n"
        '"Nobody listened to us."'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "Nobody listened to us.") == [
        ("direct", "Nobody listened to us.", None, "Anna Berg", "she")
    ]


@pytest.mark.parametrize(
    "between",
    [
        "The harbour board has not replied.",  # no person as subject
        "Maria Costa visited him on Monday.",  # someone else is in the scene
    ],
)
def test_a_narration_line_about_no_one_or_two_people_leaves_the_quote_as_it_was(nlp, between):
    text = f'Harbour life\n\n"It is over," Peter Hall said. {between}\n\n"We will fight on."'
    rows = _rows(nlp, text)
    assert [r[3] for r in _of(rows, "We will fight on.")] == ["Peter Hall"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "SAN TELMO, Calif., Oct 22 (Wire) - Halvard Systems Inc reported quarterly revenue"
            " above estimates but warned that growth would slow.",
            "Halvard Systems Inc",
        ),
        (
            "PORT ELLIS, Ore., Oct 22 (Wire) - Marlow Systems Inc reported quarterly revenue"
            " above estimates but warned that growth would slow next year.",
            "Marlow Systems Inc",
        ),
        # no dateline: the whole subject stays
        (
            "Marlow Systems Inc of Port Ellis reported quarterly revenue above estimates but"
            " warned that growth would slow.",
            "Marlow Systems Inc of Port Ellis",
        ),
    ],
)
def test_a_dateline_is_cut_from_the_speaker(nlp, line, speaker):
    rows = _rows(nlp, "Shares rise\n\n" + line)
    assert [r[4] for r in rows] == [speaker]


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Judge Ruth Calder, sentencing him at Dunmore Crown Court, said the thefts were"
            ' "a cold betrayal."',
            "a cold betrayal.",
            "Ruth Calder",
        ),
        (
            "In a letter read to the court by Ames, Lena Marsh, whose mother had worked there"
            ' for 20 years, said she felt "betrayed."',
            "betrayed.",
            "Lena Marsh",
        ),
    ],
)
def test_a_phrase_set_off_between_a_name_and_said_keeps_the_name_the_speaker(
    nlp, text, words, person
):
    rows = _rows(nlp, "Court report\n\n" + text)
    assert [(r[0], r[2], r[3]) for r in _of(rows, words)] == [("partial", "say", person)]


def test_a_name_in_a_fronted_phrase_is_not_the_speaker(nlp):
    text = (
        'Court report\n\nIn a statement read by Lena Marsh, the family said it was "heartbroken."'
    )
    rows = _rows(nlp, text)
    assert [(r[3], r[4]) for r in _of(rows, "heartbroken.")] == [(None, "the family")]


def test_what_she_called_gives_the_fragment_to_her_not_to_a_borrowed_subject(nlp):
    text = (
        "Match report\n\n"
        'Coach Dana Ruiz said her side had shown "grit" after going behind, and praised the'
        ' visiting fans for what she called "a wall of sound."'
    )
    rows = _rows(nlp, text)
    assert [(r[2], r[3], r[4]) for r in _of(rows, "a wall of sound.")] == [
        ("call", "Dana Ruiz", "she")
    ]


def test_what_a_named_person_called_is_theirs_and_the_outer_report_is_listed_too(nlp):
    text = (
        "World news\n\n"
        "Other leaders denounced what Prime Minister Dana Ruiz called the rebels'"
        ' "reckless, dangerous" acts.'
    )
    rows = _rows(nlp, text)
    assert [(r[0], r[2], r[3] or r[4]) for r in rows] == [
        ("indirect", "denounce", "Other leaders"),
        ("partial", "call", "Dana Ruiz"),
    ]


def test_what_it_called_stays_with_the_subject_of_the_verb_above(nlp):
    rows = _rows(nlp, 'Match report\n\nThe league condemned what it called "a reckless tackle."')
    assert [(r[2], r[4]) for r in rows] == [("condemn", "The league")]


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


def test_fragment_over_two_sentences_is_handed_to_said_x(nlp):
    """A fragment that opens mid-sentence, runs over a sentence end and closes with a comma
    before "said X" is X's (the reported clause inside it is listed as well)."""
    text = (
        "The union met on Friday.\n\n"
        'The tender "was rushed. Nobody on the board had read the bids," said Brennan of the '
        "dockworkers union."
    )
    fragment = ("partial", "was rushed. Nobody on the board had read the bids,", "say")
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[0] == "partial"] == [(*fragment, "Brennan", "Brennan")]


def test_a_day_taken_for_the_subject_gives_way_to_the_person_before_the_verb(nlp):
    """ "Sunday at the party's convention in the old harbor hall Mayor Ann Roe said ...",
    parsed (as the small model sometimes does) with "Sunday" as the subject of "said": the
    speaker is the person named last before the verb, not the day. The parse is built by hand
    so the test does not hang on the model's mood."""
    words = "Sunday at the Tarrow county party 's spring convention in the old harbor hall"
    words = [*words.split(), "Mayor", "Ann", "Roe", "said", "it", "rained", "."]
    heads = [17, 0, 5, 4, 5, 8, 5, 8, 1, 8, 13, 13, 13, 9, 16, 16, 8, 17, 19, 17, 17]
    deps = ["nsubj", "prep", "det", "compound", "compound", "poss", "case", "compound", "pobj"]
    deps += ["prep", "det", "amod", "compound", "pobj", "compound", "compound", "appos", "ROOT"]
    deps += ["nsubj", "ccomp", "punct"]
    ents = ["B-DATE", *["O"] * 14, "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    pos = ["PROPN", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PART", "NOUN", "NOUN", "ADP"]
    pos += ["DET", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "VERB"]
    pos += ["PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos)
    doc[17].tag_ = "VBD"
    mention = Span(doc, 15, 17)
    mention._.cr_person_id = "p1"
    doc.spans["cr_people"] = [mention]
    spk = _cue_speaker(doc[17], _Index(doc), cue_lexicon())
    assert spk is not None
    assert (spk.text, spk.person) == ("Ann Roe", "p1")


@pytest.mark.parametrize(
    "text",
    [
        "It sounds fair, until you read the small print.",
        "One wonders what history the premier has been reading.",
    ],
)
def test_anyone_as_a_speaker_reports_no_one(nlp: Language, text: str) -> None:
    assert analyze_text(text, nlp).quotes == []


def test_one_of_a_group_still_speaks(nlp: Language) -> None:
    text = "One of the aides said the plan would fail."
    assert [q.speaker_text for q in analyze_text(text, nlp).quotes] == ["One of the aides"]


def test_a_hyphened_word_opening_the_speaker_stays_whole(nlp: Language) -> None:
    """The parser makes "So" of "So-called" an adverb; the speaker keeps the whole word (it was
    "called fiscal hawks"), while a focus word before a speaker is still left out."""
    text = "So-called fiscal hawks have spent a decade telling us that cuts are the only way."
    assert [q.speaker_text for q in analyze_text(text, nlp).quotes] == ["So-called fiscal hawks"]
    text = "Even Roe's aides said the plan would fail."
    assert [q.speaker_text for q in analyze_text(text, nlp).quotes] == ["Roe's aides"]


def test_a_condition_of_anonymity_in_a_relative_clause_is_no_quote(nlp: Language) -> None:
    text = "A resident who asked not to be named said the fees would drive shoppers away.\n"
    quotes = analyze_text(text, nlp).quotes
    assert [text[q.span[0] : q.span[1]] for q in quotes] == ["the fees would drive shoppers away"]


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roe said she would not be named to the board until the spring.",
        "Two witnesses spoke to police. One said the car was speeding.",
    ],
)
def test_statements_that_look_like_anonymity_or_anyone_still_speak(
    nlp: Language, text: str
) -> None:
    assert len(analyze_text(text, nlp).quotes) == 1


@pytest.mark.parametrize(("text", "expected"), named(KIND_AND_PERSON))
def test_the_kind_and_person_of_each_quote(nlp, text, expected):
    assert quote_rows(nlp, text, ("kind", "person")) == expected


@pytest.mark.parametrize(("text", "expected"), named(ONE_QUOTE))
def test_the_person_of_one_quote(nlp, text, expected):
    assert expected in quote_rows(nlp, text, ("words", "person"))


# -- a second verb after a quote, joined by "and" --------------------------------------------------


def test_a_verb_joined_after_a_quote_shares_the_first_verbs_subject(nlp: Language) -> None:
    # the parse hangs "promises" on "made" inside the first quote, whose subject is "tablet"
    text = (
        'I have used the Orvane Pane X for a month. Orvane calls the Pane X "the most '
        "revolutionary tablet ever made\" and promises \"a display so real you'll forget it's "
        'a screen."\n'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "cue", "speaker"))
    assert (
        "partial",
        "a display so real you'll forget it's a screen.",
        "promise",
        "Orvane",
    ) in rows
    assert all(r[3] in ("Orvane", None) for r in rows)


def test_a_report_inside_a_partial_of_the_same_speaker_is_listed_once(nlp: Language) -> None:
    text = (
        'Velmont calls the Aria 2 "the most revolutionary watch ever made" and promises "a '
        "strap so soft you'll forget it's there.\"\n"
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("partial", "a strap so soft you'll forget it's there.", "Velmont") in rows
    assert not any(r[0] == "indirect" for r in rows)


def test_a_verb_joined_after_a_quote_keeps_its_own_subject(nlp: Language) -> None:
    text = 'Roe called the plan "a sham" and Doe promised "a full review".\n'
    rows = quote_rows(nlp, text, ("kind", "words", "cue", "speaker"))
    assert ("partial", "a full review", "promise", "Doe") in rows


def test_a_source_named_with_quoted_words_keeps_its_report(nlp: Language) -> None:
    text = 'Each bridge needs $40 million in repairs, according to the "Safe Crossings" audit.\n'
    rows = quote_rows(nlp, text, ("kind", "words", "cue"))
    assert ("indirect", "Each bridge needs $40 million in repairs", "according to") in rows


# -- the nearest holder of an office, a fronted "Asked ...", names set off --------------------


def test_the_role_noun_takes_the_unnamed_holder_just_mentioned(nlp):
    text = (
        'The Norvish envoy, Petra Salo, said the talks would resume. "We are ready," Salo said.'
        '\n\nA senior Western diplomat said the talks were going nowhere. "Nobody expects a '
        'deal," the diplomat said.'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "Nobody expects a deal,") == [
        ("direct", "Nobody expects a deal,", "say", None, "the diplomat")
    ]


def test_the_role_noun_still_takes_the_named_holder_when_no_one_else_holds_it(nlp):
    text = (
        "The Norvish envoy, Petra Salo, said the talks would resume.\n\n"
        'Officials met on Tuesday. "Nobody expects a deal," the diplomat said.'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "Nobody expects a deal,")[0][3] == "Petra Salo"


def test_a_fronted_asked_phrase_is_not_who_speaks(nlp):
    text = (
        "Asked whether the mill could survive the winter, the owner, Ruth Amsel, said that "
        "orders were up."
    )
    rows = _rows(nlp, text)
    assert _of(rows, "orders were up") == [
        ("indirect", "orders were up", "say", "Ruth Amsel", "Ruth Amsel")
    ]


def test_a_plural_possessive_apostrophe_is_part_of_the_speaker(nlp):
    text = "The Apple Farmers' Union said cider prices had halved."
    rows = _rows(nlp, text)
    assert rows == [
        ("indirect", "cider prices had halved", "say", None, "The Apple Farmers' Union")
    ]


def test_a_quote_before_the_subject_still_ends_the_speaker(nlp):
    text = '"It\'s over," fans said. Many fans said the club would fold.'
    rows = _rows(nlp, text)
    assert ("indirect", "the club would fold", "say", None, "Many fans") in rows


def test_according_to_figures_published_by_a_body_is_that_body(nlp):
    text = (
        "According to figures published by the Harwell Water Board, reservoirs are at 40% "
        "of capacity."
    )
    rows = _rows(nlp, text)
    assert rows[0][4] == "the Harwell Water Board"


def test_according_to_a_study_funded_by_a_body_is_not_that_body(nlp):
    text = "According to a study funded by the Harwell Water Board, reservoirs are at 40%."
    rows = _rows(nlp, text)
    assert rows and rows[0][4] == "a study"


def test_a_name_set_off_after_whose_noun_speaks(nlp):
    text = (
        "Then there is the Harbour Rowing Club, whose captain, Ilse Varga, has called the plan "
        '"a slap in the face." Varga did not reply to emails.'
    )
    rows = _rows(nlp, text)
    assert ("partial", "a slap in the face.", "call", "Ilse Varga", "Ilse Varga") in rows


def test_the_one_a_recording_shows_saying_words_is_who_says_them(nlp):
    text = (
        "Councillor Ruth Amsel said she had never promised a new bridge. A recording of the "
        'meeting shows her saying "a new bridge" three times.'
    )
    rows = _rows(nlp, text)
    assert _of(rows, "a new bridge") == [("partial", "a new bridge", "say", "Ruth Amsel", "her")]
    assert not any(r[2] == "show" for r in rows)


def test_one_told_to_say_words_is_not_who_says_them(nlp):
    text = 'Ruth Amsel told her staff to say "no comment" to reporters.'
    rows = _rows(nlp, text)
    assert all(r[3] != "her staff" for r in rows)


def test_one_a_person_recalls_saying_words_leaves_the_report_to_that_person(nlp):
    text = 'Ruth Amsel recalled the mayor, Tomas Brill, saying "never again" after the flood.'
    rows = _rows(nlp, text)
    assert all(r[3] != "Tomas Brill" for r in rows if r[1] == "never again")


# -- the speaker phrase and its relative clauses ----------------------------------------------


def test_an_aside_inside_an_anonymous_sources_phrase_is_cut_off(nlp):
    text = (
        "Three people close to the talks, who asked not to be named because they were not "
        "allowed to speak for the firm, said that the deal was off."
    )
    assert quote_rows(nlp, text, ("kind", "cue", "speaker")) == [
        ("indirect", "say", "Three people close to the talks")
    ]


def test_a_relative_clause_on_a_predicate_noun_is_the_subjects_view(nlp):
    text = (
        "Ida Marsh ran the lab for years. She was a chemist who believed that data should "
        "be shared."
    )
    assert quote_rows(nlp, text, ("kind", "person")) == [("indirect", "Ida Marsh")]


def test_a_cleft_keeps_the_noun_it_points_to(nlp):
    text = "It was the harbour master who said that the pier was unsafe."
    assert quote_rows(nlp, text, ("kind", "speaker")) == [("indirect", "the harbour master")]


# -- a document's author named through "from" ------------------------------------------------


def test_a_statement_from_a_body_carried_by_another_speaks_for_the_body(nlp):
    text = (
        "The state broadcaster on Friday carried a statement from the Harbour Authority "
        'describing the strike as "an illegal stoppage" and saying the port was "fully open."'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("partial", "an illegal stoppage", "the Harbour Authority") in rows
    assert ("partial", "fully open.", "the Harbour Authority") in rows


def test_a_statement_carried_with_no_author_named_stays_with_the_carrier(nlp):
    text = 'The state broadcaster carried a statement describing the strike as "illegal."'
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert ("partial", "illegal.", "The state broadcaster") in rows


# -- a sentence after a quote that tells of a new act ---------------------------------------


def test_a_request_after_a_continued_quote_does_not_take_the_quote(nlp):
    text = (
        '"We are not against the school," said Ida Morrow, who chairs the parents\' group. '
        '"We are against closing the library." Her group has asked for an independent review.'
    )
    rows = quote_rows(nlp, text, ("kind", "person"))
    assert rows and all(r == ("direct", "Ida Morrow") for r in rows)


def test_a_stance_in_the_next_sentence_is_not_the_cue_of_a_quote(nlp):
    text = '"We will keep the library open." The council rejected the plan on Monday.'
    rows = quote_rows(nlp, text, ("kind", "words", "cue"))
    assert ("direct", "We will keep the library open.", None) in rows


def test_a_cue_with_no_object_in_the_next_sentence_still_takes_the_quote(nlp):
    text = 'Ida Morrow spoke first. "We will win." She added. "It is not over."'
    rows = quote_rows(nlp, text, ("kind", "person"))
    assert rows and all(r == ("direct", "Ida Morrow") for r in rows)


# a pronoun after a sentence whose main subject reports a clause about someone else


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the main clause's subject, of no known gender, carries the topic over the one in
        # the clause it reports
        (
            "Westmoor signed defender Harlan Oddie on Monday.\n\n"
            "Brisco, the Westmoor chairman, insisted that the defender is not leaving. "
            '"We want to keep Harlan here," he told a radio station.',
            "Brisco",
        ),
        # a main subject the text gives the other gender does not take "he"
        (
            "Westmoor signed defender Harlan Oddie on Monday.\n\n"
            "Chairwoman Greta Brisco insisted that the defender is not leaving. "
            '"I am staying," he told a radio station.',
            "Harlan Oddie",
        ),
        # a pronoun inside the reported clause goes with that clause's own subject
        (
            "Coach Tomas Brill said Harlan Oddie was right when he said on Sunday that "
            '"the league is fixed."',
            "Harlan Oddie",
        ),
    ],
)
def test_he_after_a_reported_clause_is_the_main_subject(nlp, text, person):
    rows = quote_rows(nlp, text, ("person", "mention"))
    assert (person, "he") in rows


# two colon quotes in one sentence, each with its own speaker


def test_two_colon_quotes_in_one_sentence_are_two_quotes(nlp):
    text = (
        'Poet Lina Sarro wrote: "What a night for the town", while radio host Ed Kemble '
        'posted: "Best concert of the year!"'
    )
    assert quote_rows(nlp, text, ("kind", "words", "person")) == [
        ("direct", "What a night for the town", "Lina Sarro"),
        ("direct", "Best concert of the year!", "Ed Kemble"),
    ]


def test_a_quote_split_by_its_cue_stays_one_quote(nlp):
    # guard: the cue between the parts is the first part's too; no colon opens the first
    text = '"We sail at dawn," Lina Sarro said, "and we return on Friday."'
    rows = quote_rows(nlp, text, ("kind", "person"))
    assert rows == [("direct", "Lina Sarro")]


def test_who_after_a_place_stands_for_the_person_not_the_place(nlp):
    """ "who" never means a place: a clause hung on the town a person is from is theirs,
    and the role ends before it."""
    text = (
        "The leaflet features Dora Finch, a retired nurse from Kendal, who tells readers: "
        '"We were never asked."'
    )
    rows = quote_rows(nlp, text, ("kind", "words", "person"))
    assert rows == [("direct", "We were never asked.", "Dora Finch")]
    assert people_roles(nlp, text) == [("Dora Finch", "retired nurse from Kendal")]


def test_which_after_a_place_may_mean_the_place(nlp):
    # guard: "which" keeps the place it follows
    text = "Ivo Marsh moved to Kendal, which says it will build homes."
    rows = quote_rows(nlp, text, ("kind", "words", "speaker"))
    assert rows == [("indirect", "it will build homes", "Kendal")]


def test_a_pronoun_goes_to_the_reported_subject_with_its_gender_over_an_unknown_main_one(nlp):
    # guard for the rule above: "she" fits Ruth Calder, named in the clause, and not Brisco,
    # whose gender the text does not give
    text = (
        "The Westmoor manager, Brisco, insisted that Ruth Calder would stay at the club, and "
        "she said the offer from Dunmore was never discussed."
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("the offer from Dunmore was never discussed", "Ruth Calder") in rows


def test_in_the_next_sentence_the_main_subject_of_unknown_gender_keeps_the_pronoun(nlp):
    # guard: the reported subject's gender wins only in its own sentence
    text = (
        "Ruth Calder met the voters.\n\n"
        "Darnay said Calder does not show real concern for the town.\n\n"
        '"It is not something that she says often," she said.'
    )
    rows = quote_rows(nlp, text, ("words", "person"))
    assert ("It is not something that she says often,", "Darnay") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    named(
        {
            "an_infinitive_after_a_place_is_the_subjects": (
                "Governor Ana Velk went before Parliament to call for a new vote.",
                [("indirect", "call", "Ana Velk", "Ana Velk")],
            ),
            "an_infinitive_with_for_has_its_own_subject": (
                "Ana Velk pushed hard for Parliament to call for a new vote.",
                [("indirect", "call", None, "Parliament")],
            ),
        }
    ),
)
def test_the_speaker_of_a_to_infinitive(nlp, text, expected):
    assert quote_rows(nlp, text, ("kind", "cue", "person", "mention")) == expected


# -- a quote paragraph after "X released a statement" / "X ... in a statement" ------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Her family released a statement through the coastguard.",
        "The ferry company thanked the crew in a statement.",
        "Her family paid tribute to her in a statement issued through the club.",
        "Her parents paid tribute to her in a statement.",
    ],
)
def test_a_quote_after_a_statement_put_out_is_its_issuers(nlp, lead):
    text = (
        f'Mia Toller was lost at sea on Sunday. {lead}\n\n"She loved the water more than anything."'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows[0][0] == "direct"
    assert rows[0][1] in ("Her family", "The ferry company", "Her parents")


@pytest.mark.parametrize(
    "lead",
    [
        "Her family did not release a statement.",
        "Her family paid tribute to her.",
        "Her family read a statement released by the club.",
    ],
)
def test_no_statement_of_theirs_gives_the_quote_no_issuer(nlp, lead):
    text = (
        f'Mia Toller was lost at sea on Sunday. {lead}\n\n"She loved the water more than anything."'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows[0] == ("direct", None)


# -- "he read" after "read aloud a statement from X" -----------------------------------------------


def test_a_statement_read_out_for_someone_else_is_theirs(nlp):
    text = (
        "The harbour master, Ivo Brandt, read aloud a statement from the ferry company. "
        '"We regret the delays," he read. "The boats will run again on Monday."'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", "the ferry company")]


def test_a_statement_read_out_with_no_owner_stays_the_readers(nlp):
    text = (
        "The harbour master, Ivo Brandt, read aloud a statement. "
        '"We regret the delays," he read. "The boats will run again on Monday."'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", "he")]


def test_a_subject_named_in_a_report_puts_no_words_forward(nlp):
    # a passive subject is acted on "in a report"; the quote after it is not theirs
    text = (
        "Harbour board under review\n\nDeputy Mayor Ilse Tarrant was named in a report on the "
        'harbour accounts.\n\n"We are worried by what the figures show."'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert rows == [("direct", None)]


def test_an_active_subject_in_a_statement_still_gives_the_quote(nlp):
    text = (
        "Mia Toller was lost at sea on Sunday. Her brother said in a statement that she was "
        'brave.\n\n"She loved the water more than anything."'
    )
    rows = quote_rows(nlp, text, ("kind", "speaker"))
    assert ("direct", "Her brother") in rows


# -- a possessor before an appositive name ---------------------------------------------------------

_DUNN = "Trial ends\n\nOne resident, 91-year-old Mary Dunn, was found in a cold room.\n\n"


def test_a_possessor_before_an_appositive_name_is_not_the_speaker(nlp):
    # the fronted "Outside court," makes the parser hang "son, Peter Hale" on "court" as an
    # apposition: "Mrs Dunn" possesses the noun, the name set beside it is who speaks
    text = _DUNN + "Outside court, Mrs Dunn's son, Peter Hale, said the family was grateful.\n"
    assert quote_rows(nlp, text, ("words", "person")) == [("the family was grateful", "Peter Hale")]


def test_a_possessor_alone_is_not_the_speaker_and_a_named_subject_still_is(nlp):
    text = (
        _DUNN + "Outside court, Mrs Dunn's son said the family was grateful. "
        "Outside court, Mrs Dunn said she was grateful.\n"
    )
    assert quote_rows(nlp, text, ("words", "person")) == [
        ("the family was grateful", None),
        ("she was grateful", "Mary Dunn"),
    ]


def test_an_owner_in_an_apposition_to_a_dateline_is_not_the_speaker(nlp):
    # "MALVIK, Dorland - John Carter's political allies": the parser hangs the allies on the
    # dateline as an apposition; they speak, not their owner (and not the dateline)
    text = (
        "Opposition expects a win\n\nMALVIK, Dorland - John Carter's political allies on Monday "
        "predicted an overwhelming victory in the elections - a landslide based on early "
        "results.\n\nThat would be a triumph for Carter, who has led the party since 2010.\n"
    )
    assert quote_rows(nlp, text, ("person", "speaker")) == [
        (None, "John Carter's political allies")
    ]
