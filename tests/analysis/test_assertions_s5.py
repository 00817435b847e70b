"""cr_assertions, session 5: questions put by no one named, pasted social-media posts, content
clauses moved past their noun's verb, and names restated by a noun after them.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, sentence_voices, vague_assertions

PASSIVE = "'{}' does not say who holds or said this; no source is named."
NOUN = "'{}': no one is named as holding or voicing this; no source is named."

# -- a question put by no one named ---------------------------------------------------------------


def test_when_asked_after_a_split_quote_is_a_question_from_no_one(nlp):
    text = (
        '"The ferry will run," Mara Lind told the Harbor Gazette when asked whether the pier '
        'would reopen. "We have the crew for it."'
    )
    assert vague_assertions(nlp, text) == [
        ("when asked whether the pier would reopen", "asked", PASSIVE.format("asked"))
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'Asked whether the depot would close, Tomas Brell replied: "Not this year."',
            "Asked whether the depot would close",
        ),
        (
            "Ilse Varga told the Gazette on Monday when asked how the council would pay for "
            "the bridge.",
            "when asked how the council would pay for the bridge",
        ),
    ],
)
def test_a_past_form_with_no_subject_is_a_passive_question(nlp, text, clause):
    assert [w for w, _, note in vague_assertions(nlp, text) if "asked" in note.lower()] == [clause]


# -- pasted social-media posts ---------------------------------------------------------------------


def test_a_post_element_is_its_authors_words(nlp):
    text = (
        "The mayor answered critics online.\n\n"
        '<tweet id="1" author="@mayorlind">The bridge opens on Friday. Come and see it.'
        "</tweet>.\n\n"
        "The bridge cost four million dollars."
    )
    voices = [v for _, v in sentence_voices(nlp, text)]
    assert voices[0] == "unattributed"
    assert voices[-1] == "unattributed"
    assert set(voices[1:-1]) == {"quoted"}


def test_a_post_signature_gives_the_paragraph_to_the_poster(nlp):
    text = (
        "Reaction came fast.\n\n"
        "The council has let us down again. — Dana Holt (@danaholt) May 2, 2024\n\n"
        "The council meets again in June."
    )
    assert sentence_voices(nlp, text) == [
        ("Reaction came fast.", "unattributed"),
        ("The council has let us down again.", "quoted"),
        # (the signature itself is a sign-off: it asserts nothing and has no voice)
        ("The council meets again in June.", "unattributed"),
    ]


def test_an_empty_post_element_does_not_swallow_the_text_after_it(nlp):
    text = (
        '<tweet id="7"/>.\n\nThe council meets again in June.\n\n'
        '<tweet id="8" author="@danaholt">See you there.</tweet>.'
    )
    voices = dict(sentence_voices(nlp, text))
    assert voices["The council meets again in June."] == "unattributed"


# -- a content clause moved past the verb of its noun ---------------------------------------------


def test_news_that_emerged_is_given_to_no_one(nlp):
    text = "News emerged on Friday that the cannery would close."
    assert vague_assertions(nlp, text) == [(text, "News", NOUN.format("News"))]


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


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready," Lena Voss said on a phone call with dock reporters.',
        # (the sentence that shows the rule: without it "a call" is a view from no one)
        "There was a call with dock reporters on Monday.",
    ],
)
def test_a_call_with_reporters_is_no_view(nlp, text):
    assert vague_assertions(nlp, text) == []


# -- who counts as unnamed: counted people, described people, names the tagger missed -------------

SOURCE = "Attributed only to '{}'; no one is named."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "One of the mayor's aides said the ferry would run again in May.",
            "One of the mayor's aides",
        ),
        ("A wide range of economists say the levy will slow hiring.", "A wide range of economists"),
        ("Aides said the governor would sign the budget on Friday.", "Aides"),
        ("Those who know the harbor say the pier is unsafe.", "Those"),
    ],
)
def test_counted_or_described_people_are_an_unnamed_source(nlp, text, source):
    assert vague_assertions(nlp, text) == [(text, source, SOURCE.format(source))]


def test_a_named_speaker_with_unnamed_partners_keeps_the_sentence(nlp):
    text = "Ines Dorn and other council members said the pier was unsafe."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == [
        (text, "other council members", "Also given to 'other council members', who are not named.")
    ]


# -- impressions and labels from no one ----------------------------------------------------------

HEDGE = "'{}': the outlet's own impression; no source is named for it."


def test_looks_with_a_complement_is_an_impression(nlp):
    text = "The harbor plan looks increasingly doomed."
    assert vague_assertions(nlp, text) == [(text, "looks", HEDGE.format("looks"))]


def test_looks_to_with_a_verb_is_an_aim(nlp):
    text = "The harbor board looks to sign a new contractor by June."
    assert vague_assertions(nlp, text) == []


def test_seemingly_passes_an_impression_on(nlp):
    text = "The pier was seemingly untouched by the storm."
    assert [c for _, c, _ in vague_assertions(nlp, text)] == ["seemingly"]


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
    "text", ["The closure drew criticism.", "The vote caused dismay in the harbor town."]
)
def test_a_reaction_from_no_one_named_is_vague(nlp, text):
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague"]


def test_the_fury_of_a_storm_is_no_ones_view(nlp):
    # "fury" is left out of the lists of feelings and reactions: in news it is as often weather
    text = "The full fury of the storm hit the coast on Monday."
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed"]


# -- sentences within quotation marks --------------------------------------------------------------


def test_a_sentence_inside_one_pair_of_marks_is_quoted(nlp):
    text = "Their chants of “More! More! More” faded when the band left the stage."
    assert sentence_voices(nlp, text) == [
        ("Their chants of “More!", "unattributed"),
        ("More!", "quoted"),
        ("More” faded when the band left the stage.", "unattributed"),
    ]


def test_a_headline_name_the_tagger_misses_still_leads_its_claim(nlp):
    text = (
        "Voss: The harbor will stay open all winter.\n\n"
        "Harbor chief Anna Voss said on Monday that the docks would stay open."
    )
    assert sentence_voices(nlp, text)[0] == (
        "Voss: The harbor will stay open all winter.",
        "reported",
    )


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


# -- photo credits and sign-offs assert nothing; an inch mark opens no quote ---------------------


def test_a_photo_credit_and_a_sign_off_have_no_voice(nlp):
    text = (
        "The ferry sank in March.\n\n"
        "Getty/Instagram.\n\n"
        "“The crossing has never been this dangerous.” ― Sonya Brill\n\n"
        "Kavaria Votes."
    )
    assert sentence_voices(nlp, text) == [
        ("The ferry sank in March.", "unattributed"),
        ("“The crossing has never been this dangerous.”", "quoted"),
        ("Kavaria Votes.", "unattributed"),
    ]


def test_an_inch_mark_does_not_pair_with_a_later_quote(nlp):
    text = (
        'The new pipe is 12" wide. The repair crew arrived on Monday. '
        '"We will fix it soon. It will hold." The crowd cheered.'
    )
    assert sentence_voices(nlp, text) == [
        ('The new pipe is 12" wide.', "unattributed"),
        ("The repair crew arrived on Monday.", "unattributed"),
        ('"We will fix it soon.', "quoted"),
        ('It will hold."', "quoted"),
        ("The crowd cheered.", "unattributed"),
    ]


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # a question put by no one named
    "the_one_asked_keeps_the_answer": (
        'Asked whether the depot would close, Tomas Brell replied: "Not this year."',
        "quoted",
    ),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


# Each case: a text and the voice of each of its sentences.
SENTENCES = {
    # pasted social-media posts
    "a_post_signature_in_single_line_paragraphs_takes_only_its_line": (
        "The council shut the ferry on Monday.\n"
        "Residents reacted online.\n"
        "Bring it back. — Dana Holt (@danaholt) May 2, 2024\n"
        "The ferry stays shut until June.",
        ["unattributed", "unattributed", "quoted", "unattributed"],
    ),
    # a content clause moved past the verb of its noun
    "a_noun_whose_verb_says_it_keeps_its_subject": (
        "The letter stated that the cannery would close.",
        ["reported"],
    ),
    "a_common_refrain_is_no_ones": (
        "A common refrain is that the tunnel will never be finished.",
        ["vague"],
    ),
    # who counts as unnamed: counted people, described people, names the tagger missed
    "one_of_named_people_is_not_vague": (
        "One of the Varga brothers said the ferry would run again in May.",
        ["reported"],
    ),
    # impressions and labels from no one
    "singled_out_as_is_a_label_from_no_one": (
        "The ferry route was singled out as a costly mistake.",
        ["vague"],
    ),
    # feelings toward someone or something, and reactions from no one
    "reverence_from_no_one_named_is_vague": ("The founders were revered for decades.", ["vague"]),
}


@pytest.mark.parametrize(("text", "voices"), named(SENTENCES))
def test_the_voice_of_each_sentence(nlp, text, voices):
    assert [v for _, v in sentence_voices(nlp, text)] == voices
