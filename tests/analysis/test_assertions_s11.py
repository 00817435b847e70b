"""cr_assertions, session 11: sources a reader would call named (a named body's report, "according
to" a named source, a journal that published a study), prescriptions and labels that are no one's
claim, unnamed colleagues and studies as vague sources, and mastheads, section labels and sign-offs
that claim nothing.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, sentence_voices, vague_assertions

SOURCE = "Attributed only to '{}'; no one is named."

# -- named sources ---------------------------------------------------------------------------------


def test_an_unnamed_bodys_report_stays_vague(nlp):
    text = "According to a new study, gulls nest earlier than before."
    assert [a[2] for a in vague_assertions(nlp, text)] == [SOURCE.format("a new study")]


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


def test_an_expectation_with_no_source_stays_vague(nlp):
    text = "The river is expected to rise by April."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["is expected"]


@pytest.mark.parametrize(
    "text",
    [
        "The council's video, posted on Tuesday, lasts two minutes.",
        "Her ferry plan is a battering ram aimed at our harbour.",
        "The email, sent on Friday, was two lines long.",
        "A warning was issued on Tuesday.",
    ],
)
def test_posting_and_aiming_are_acts_not_hidden_claims(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_named_journal_is_the_source_of_what_it_published(nlp):
    text = "The survey, published on Friday in the Annals of Coastal Ecology, tracked 900 gulls."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == []


def test_published_with_no_venue_stays_vague(nlp):
    text = "The survey, published on Friday, tracked 900 gulls."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["published"]


def test_a_passive_of_publishing_with_a_clause_still_passes_on_words(nlp):
    text = "It was announced that the pier would close."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["It was announced"]


# -- no one's claim --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Every councillor who values the harbour should reject this plan.",
        "The board must approve the budget by June.",
    ],
)
def test_a_stance_demanded_of_its_subject_is_the_writers(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_so_called_passes_on_no_hidden_claim(nlp):
    text = "Several clinics now serve the so-called Nordic diet to older patients."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]
    assert vague_assertions(nlp, text) == []


def test_so_called_before_a_quoted_name_passes_on_a_label(nlp):
    text = 'The so-called "harbour renewal" would close the old pier.'
    assert [a[:2] for a in vague_assertions(nlp, text)] == [
        ('The so-called "harbour renewal"', "so-called")
    ]


def test_alleged_is_still_hearsay(nlp):
    text = "The alleged thief was seen near the pier."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["alleged"]


def test_a_question_of_whether_is_still_asked(nlp):
    text = "There is also a question of whether the pier can reopen."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["a question"]


# -- vague sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Colleagues from both parties say she answered every letter.",
            "Colleagues from both parties",
        ),
        ("Friends say the painter rarely left his studio.", "Friends"),
    ],
)
def test_unnamed_colleagues_and_friends_are_vague(nlp, text, source):
    assert sentence_voices(nlp, text) == [(text, "vague")]
    assert [a[2] for a in vague_assertions(nlp, text)] == [SOURCE.format(source)]


def test_studies_that_have_linked_a_habit_are_an_unnamed_source(nlp):
    text = "Several earlier studies have linked the Nordic diet to longer lives."
    assert vague_assertions(nlp, text) == [
        (text, "Several earlier studies", SOURCE.format("Several earlier studies"))
    ]


# -- lines that claim nothing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    ["The Kestrel Herald", "Marrow Business, Port Elwin"],
)
def test_a_masthead_line_is_no_claim(nlp, head):
    body = "Harbour fees rise again\n\nThe port raised its fees on Monday."
    voices = sentence_voices(nlp, f"{head}\n\n{body}")
    assert [w for w, _ in voices] == [
        "Harbour fees rise again",
        "The port raised its fees on Monday.",
    ]


def test_a_masthead_below_a_byline_is_no_claim(nlp):
    text = (
        "Harbour fees rise again\n\nBy Ada Moss\n\nMarrow Business, Port Elwin\n\n"
        "The port raised its fees on Monday."
    )
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "Harbour fees rise again",
        "The port raised its fees on Monday.",
    ]


def test_a_title_case_headline_alone_is_still_a_claim(nlp):
    text = "Harbour Tour Record\n\nThe tour drew 900 people, a record."
    assert sentence_voices(nlp, text) == [
        ("Harbour Tour Record", "unattributed"),
        ("The tour drew 900 people, a record.", "unattributed"),
    ]


def test_a_section_label_before_a_headline_is_no_claim(nlp):
    text = "OPINION: The toll is a tax on the poor\n\nIt should go."
    assert sentence_voices(nlp, text) == [
        ("The toll is a tax on the poor", "unattributed"),
        ("It should go.", "unattributed"),
    ]


def test_a_fact_checks_subhead_is_no_claim(nlp):
    text = "The mayor said crime doubled.\n\nOur ruling\n\nCrime rose by a sixth."
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        "The mayor said crime doubled.",
        "Crime rose by a sixth.",
    ]


def test_a_sign_off_under_a_quote_is_no_claim(nlp):
    text = (
        'The claim: "Our harbour is dying."\n\n'
        "— Councillor Jan Roe, in a campaign video posted on May 3.\n\n"
        "The harbour handled more ships last year."
    )
    assert [w for w, _ in sentence_voices(nlp, text)] == [
        'The claim: "Our harbour is dying."',
        "The harbour handled more ships last year.",
    ]


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
    # no one's claim
    "offering_nothing_gives_no_view": (
        "The so-called experts behind the scheme offer nothing.",
        "unattributed",
    ),
    "a_question_of_a_noun_is_an_issue": ("There is also a question of timing.", "unattributed"),
    "a_case_in_which_a_panel_ruled_is_no_ones_view": (
        "An ethics board later cleared him of misconduct in a separate complaint over a bill.",
        "unattributed",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]
