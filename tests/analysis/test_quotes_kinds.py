"""cr_quotes: quoted words that are a name or a term, not anyone's statement (titles cited with
their author, "the term 'X'", "known as 'X'", a title after the work it names, a word quoted near
a likeness), fragments shown by a thing rather than said by someone, colon leads that name no one,
and a fragment whose cue sentence goes on to introduce a quote of its own with a colon."""

from __future__ import annotations

import pytest

from contextreader.analysis.quotes import cue_lexicon
from contextreader.analysis.quotes.direct import bracketed_title
from contextreader.analysis.quotes.index import _Index
from tests.analysis.helpers import named, quote_rows

ROWS = ("kind", "words", "cue", "mention")

# Each case: a short article and every quote found in it, as (kind, quoted text, cue, mention).
CASES = {
    # -- names and terms ------------------------------------------------------------------------
    "a_coined_term_is_a_mention": (
        'The senator coined the term "budget drift" in a speech last year.',
        [("scare", "budget drift", None, None)],
    ),
    "known_as_names_a_thing": (
        'The tax plan, known as the "fairness rule," would raise rates on large estates.',
        [("scare", "fairness rule,", None, None)],
    ),
    "known_as_after_a_noun_phrase": (
        'A cap on ferry fees, known as the "Harbor Rule," took effect in May.',
        [("scare", "Harbor Rule,", None, None)],
    ),
    "a_play_called_a_title": (
        'A troupe of comedians is staging a popular play called "Sons of the Mayor" in the'
        " capital.",
        [("scare", "Sons of the Mayor", None, None)],
    ),
    "a_novel_title_with_small_words_in_lower_case": (
        'The novel "Orange is the New Sky" sold well in 2004.',
        [("scare", "Orange is the New Sky", None, None)],
    ),
    "a_papers_title_set_off_by_commas_before_its_verb": (
        'The paper, "Early Signs of Rust in Oats", appears in a farming journal on Monday.',
        [("scare", "Early Signs of Rust in Oats", None, None)],
    ),
    "a_study_title_right_after_the_noun": (
        'The study "Salt and Soil" was paid for by the county.',
        [("scare", "Salt and Soil", None, None)],
    ),
    "words_after_a_work_noun_that_is_no_subject_are_no_title": (
        'Roe held up the report, "This is a disgrace," and walked out.',
        [("direct", "This is a disgrace,", None, None)],
    ),
    "a_possessed_phrase_is_the_possessors": (
        'Mayor Ada Kirlow repeated her phrase "roads before rails" at every stop.',
        [("partial", "roads before rails", "repeat", "Ada Kirlow")],
    ),
    "a_play_called_two_names": (
        'Students staged a play called "Los Niños del Puerto," or "Harbor Children," in May.',
        [
            ("scare", "Los Niños del Puerto,", None, None),
            ("scare", "Harbor Children,", None, None),
        ],
    ),
    "a_show_told_is_no_quote": (
        '"We will win this fight," the mayor told "Morning Table" after the vote.',
        [
            ("direct", "We will win this fight,", "tell", "the mayor"),
            ("scare", "Morning Table", None, None),
        ],
    ),
    "the_so_called_rule": (
        'Lenders fear the so-called "quiet period" before the vote.',
        [("scare", "quiet period", None, None)],
    ),
    "a_title_cited_with_its_author": (
        'HARBOR NEWS—"Old ferry to stop running in May," by the Ledger\'s Tom Arno: "The ferry'
        ' that has crossed the bay since 1950 will stop in May."',
        [
            ("scare", "Old ferry to stop running in May,", None, None),
            (
                "direct",
                "The ferry that has crossed the bay since 1950 will stop in May.",
                None,
                "Tom Arno",
            ),
        ],
    ),
    "a_title_of_a_group_after_of_the": (
        'He joined Senator Ada Kirlow as part of the "Group of Six," which drafted the bill.',
        [("scare", "Group of Six,", None, None)],
    ),
    "a_title_held_by_their": (
        'Supporters waved their "Keep the Harbor Free" banners outside the hall.',
        [("scare", "Keep the Harbor Free", None, None)],
    ),
    # -- names that stay someone's words ---------------------------------------------------------
    "called_by_a_speaker_is_their_word": (
        'Tom Ruiz, the treasurer, called it "reckless."',
        [("partial", "reckless.", "call", "Tom Ruiz")],
    ),
    "dubbed_by_critics_is_theirs": (
        'The plan was dubbed "Project Dawn" by its critics.',
        [("partial", "Project Dawn", "dub", "its critics")],
    ),
    "a_quote_after_in_the_film_is_speech": (
        'In the film, "We were never told," Roe says of the flood.',
        [("direct", "We were never told,", "say", "Roe")],
    ),
    "his_own_words_are_words": (
        'Mayor Ada Kirlow spoke for an hour. In his words, "the bridge can wait."',
        [("direct", "the bridge can wait.", None, None)],
    ),
    # -- a thing shows the words ------------------------------------------------------------------
    "a_shirt_that_reads_says_nothing": (
        'Guards stopped a woman in a cap that read "Save Our Dam," at the gate.',
        [("scare", "Save Our Dam,", None, None)],
    ),
    "signs_held_by_residents_are_theirs": (
        'Residents held candles and signs reading "Justice for Ana."',
        [("partial", "Justice for Ana.", "read", "Residents")],
    ),
    "a_quote_in_the_subject_names_who_speaks": (
        'Hundreds of the party\'s "insiders" have endorsed the governor.',
        [
            ("scare", "insiders", None, None),
            ("indirect", "the governor", "endorse", "Hundreds of the party's \"insiders"),
        ],
    ),
    # -- colon leads ------------------------------------------------------------------------------
    "see_is_no_speaker": (
        'See: "Harbor Audit Findings" for the full tables.',
        [("scare", "Harbor Audit Findings", None, None)],
    ),
    "a_dash_led_lead_of_common_nouns_names_a_source": (
        'Fees are climbing fast - Harbor Institute: "Fees rose by a third in two years."',
        [("direct", "Fees rose by a third in two years.", None, "Harbor Institute")],
    ),
    "found_a_note_gives_the_notes_words": (
        'Jan Roe found a note in the drawer: "Meet me at the pier at noon."',
        [("direct", "Meet me at the pier at noon.", None, None)],
    ),
    "saw_the_banner_gives_the_banners_words": (
        'Jan Roe walked into the room and saw the banner: "Welcome home, Jan."',
        [("direct", "Welcome home, Jan.", None, None)],
    ),
    "pointed_to_the_sign": (
        'Jan Roe pointed to the sign by the gate: "No entry after dark."',
        [("direct", "No entry after dark.", None, None)],
    ),
    "a_message_after_a_colon_is_the_subjects": (
        'Jan Roe has a new message for voters: "Stay home if you are sick."',
        [("direct", "Stay home if you are sick.", None, "Jan Roe")],
    ),
    "we_found_is_a_report": (
        'We found: "The levy raised less than promised."',
        [("direct", "The levy raised less than promised.", "find", "We")],
    ),
    # -- a long cue sentence between the two parts of one statement -------------------------------
    "a_long_apposition_between_two_parts": (
        '"The harbor is our lifeline," said Ada Kirlow, a fisher who has worked the bay for forty'
        ' years and chairs the dock committee of the town. "Without it the town would be empty."',
        [
            (
                "direct",
                'The harbor is our lifeline," said Ada Kirlow, a fisher who has worked the bay for'
                ' forty years and chairs the dock committee of the town. "Without it the town'
                " would be empty.",
                "say",
                "Ada Kirlow",
            )
        ],
    ),
    "a_split_quote_around_a_long_apposition": (
        '"The bay used to be ours," said Ada Kirlow, head of the fishing cooperative in the old'
        ' port town, "but it is slowly becoming a marina."',
        [
            (
                "direct",
                'The bay used to be ours," said Ada Kirlow, head of the fishing cooperative in the'
                ' old port town, "but it is slowly becoming a marina.',
                "say",
                "Ada Kirlow",
            )
        ],
    ),
    "a_sentence_between_makes_a_new_quote": (
        '"We are going to fix the bridge," Mayor Ada Kirlow said. She then turned to the crowd.'
        '\n\n"Who is going to pay for it?"',
        [
            ("direct", "We are going to fix the bridge,", "say", "Ada Kirlow"),
            # the line between is about her: the quote is hers, named there as "She"
            ("direct", "Who is going to pay for it?", None, "She"),
        ],
    ),
    # -- a fragment, then a colon that introduces a statement --------------------------------------
    "fragment_then_added_colon": (
        'Mayor Ada Kirlow said the plan was "dead on arrival," and added: "We will fight it."',
        [
            ("partial", "dead on arrival,", "say", "Ada Kirlow"),
            ("direct", "We will fight it.", "add", "Ada Kirlow"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


SPEAKER_ROWS = ("kind", "words", "cue", "speaker")


# -- scare quotes and a likeness -----------------------------------------------------------------


def test_a_word_quoted_near_a_likeness_is_the_outlets_scare_quote(nlp):
    text = (
        'The mayor keeps waving a report from the "experts" at the Orrin Trust, a charity '
        "whose board reads like a list of donors."
    )
    assert quote_rows(nlp, text, SPEAKER_ROWS) == [("scare", "experts", None, None)]


# -- verbs that report no words here ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intention holds a plan, not words: the quoted label is no one's named here
        (
            "Parents plan a 'sit-in' protest outside the school on Monday.",
            [("scare", "sit-in", None, None)],
        ),
        (
            'The board decided to close the pool in a "cost-saving move".',
            [
                ("indirect", 'to close the pool in a "cost-saving move', "decide", "The board"),
                ("scare", "cost-saving move", None, None),
            ],
        ),
        # a verb of saying still gives the fragment its speaker
        (
            'The mayor said the board plans a "cost-saving move".',
            [("partial", "cost-saving move", "say", "The mayor")],
        ),
    ],
)
def test_an_intention_is_no_speaker_of_a_fragment(nlp, text, expected):
    assert quote_rows(nlp, text, SPEAKER_ROWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The linesman pointed to the corner after the ball went out.", []),
        (
            "The coach pointed to the injuries that had hurt the squad.",
            [("indirect", "the injuries that had hurt the squad", "point", "The coach")],
        ),
        ("The club faces a long wait to see whether the fine will stand.", []),
        ("Tests will show if the river is safe for swimmers.", []),
        (
            "The survey shows that most riders want later buses.",
            [("indirect", "most riders want later buses", "show", "The survey")],
        ),
        (
            "The union will push for a higher wage, a demand that owners say they cannot meet.",
            [
                ("indirect", "a higher wage", "push", "The union"),
                ("indirect", "they cannot meet", "say", "owners"),
            ],
        ),
    ],
)
def test_plain_senses_and_glosses_report_no_words(nlp, text, expected):
    assert quote_rows(nlp, text, SPEAKER_ROWS) == expected


# the things a finger points to are "point"'s own: a verb of attack on them still reports
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The referee pointed to the stand after the whistle.", []),
        (
            "Tenants slammed the landlord's stand on repairs.",
            [("indirect", "the landlord's stand on repairs", "slam", "Tenants")],
        ),
        (
            "The guild blasted the screen version of the novel.",
            [("indirect", "the screen version of the novel", "blast", "The guild")],
        ),
        ("The porter slammed the gate behind him.", []),
    ],
)
def test_objects_of_pointing_do_not_make_an_attack_physical(nlp, text, expected):
    assert quote_rows(nlp, text, SPEAKER_ROWS) == expected


def test_physical_objects_are_checked_on_load():
    from contextreader.analysis.quotes.lexicon import cue_lexicon, physical_objects

    physical = cue_lexicon().physical
    assert "stand" in physical["point"] and "stand" not in physical["slam"]
    assert "door" in physical["point"] and "door" in physical["slam"]
    table = {"verbs": ["slam"], "objects": ["door"], "verb_objects": {"point": ["sky"]}}
    with pytest.raises(ValueError, match="not a verb"):
        physical_objects(table)
    with pytest.raises(ValueError, match="lower-case"):
        physical_objects({**table, "verbs": ["slam", "point"], "objects": ["Door"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caption posted with a photo is the poster's own words
        (
            'On Friday, Ilse Marrow posted a photo of the harbour with the caption "Home at last."',
            [("partial", "Home at last.", "post", "Ilse Marrow")],
        ),
        # a caption under a picture no one is said to post is no one's
        (
            'The picture ran with the caption "Home at last."',
            [("scare", "Home at last.", None, None)],
        ),
    ],
    ids=["posted-with-caption", "caption-of-no-one"],
)
def test_a_posted_caption_is_the_poster_s_words(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


# -- a headline cited in brackets after the work it names ----------------------------------------


def test_a_headline_in_brackets_after_a_report_is_its_title(nlp):
    text = (
        "I read your story on the new ferry timetable "
        '("Island ferry to run twice a day", May 4) with some surprise.'
    )
    # (the report's "on" phrase is its topic, not what it says)
    assert quote_rows(nlp, text, ("kind", "words")) == [
        ("scare", "Island ferry to run twice a day")
    ]


def test_what_a_report_is_on_is_no_report_but_what_it_says_is(nlp):
    text = (
        "I read your report on the ferry with interest. "
        "The council's report on the flood said the drains had failed."
    )
    assert quote_rows(nlp, text, ("kind", "words")) == [("indirect", "the drains had failed")]


def test_quoted_words_in_brackets_after_no_work_stay_a_quote(nlp):
    text = 'The skipper told reporters ("We will sail at dawn") that the crossing was safe.'
    rows = quote_rows(nlp, text, ("kind", "words", "mention"))
    assert ("partial", "We will sail at dawn", "The skipper") in rows


def test_a_bracketed_title_is_worked_out_once_per_quote(nlp):
    text = (
        'I read your story on the harbour wall ("Wall to be raised by a metre") last week. '
        'The skipper told reporters ("We will sail at dawn") that the crossing was safe.'
    )
    ix = _Index(nlp(text))
    title = (text.index("Wall"), text.index('") last'))
    words = (text.index("We will"), text.index('") that'))
    for _ in range(2):  # the second answer is the one kept on the index
        assert bracketed_title(ix, cue_lexicon(), *title) is True
        assert bracketed_title(ix, cue_lexicon(), *words) is False
    assert ix.titles == {title: True, words: False}
