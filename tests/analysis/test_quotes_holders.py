"""cr_quotes: who holds quoted words that no verb of saying introduces — a sentence that puts
words forward before the quote gives them ('Roe tweeted a warning. "..."'), a subject that can
speak holds a quoted phrase or the quote its clause introduces with a colon (a person, a named
organisation, a group, a document; not a thing that only shows words), a document's words are
its maker's, and words carried on a sign are the carrier's."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import MENTIONED, named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- a sentence that puts words forward, then the words -----------------------------------
    "tweeted_a_warning_then_the_quote": (
        'Senator Jan Roe tweeted a warning. "Do not leave your car by the river tonight."',
        [("direct", "Do not leave your car by the river tonight.", None, "Jan Roe", "Jan Roe")],
    ),
    "continued_her_remarks_in_the_next_paragraph": (
        'Mara Linde continued her remarks.\n\n"Ten years ago the harbour was full."',
        [("direct", "Ten years ago the harbour was full.", None, "Mara Linde", "Mara Linde")],
    ),
    "a_group_issued_a_statement": (
        'The Farmers Union issued a statement. "We will not sign the deal."',
        [("direct", "We will not sign the deal.", None, None, "The Farmers Union")],
    ),
    # found, read or held: the words are not the subject's
    "found_a_message_names_no_one": (
        'Police found a message. "Leave the town now."',
        [("direct", "Leave the town now.", None, None, None)],
    ),
    "someone_elses_statement_names_no_one": (
        'Tom Ruiz read Doe\'s statement. "We will not sign the deal."',
        [("direct", "We will not sign the deal.", None, None, None)],
    ),
    "a_statement_of_support_names_no_one": (
        'Tom Ruiz released a statement of support. "We will not sign the deal."',
        [("direct", "We will not sign the deal.", None, None, None)],
    ),
    # -- a subject that can speak, and a colon ------------------------------------------------
    "a_voice_celebrated_the_news_with_a_colon": (
        "After the match, a well-known voice celebrated the win on the radio: "
        '"We will be champions again next year."',
        [
            (
                "direct",
                "We will be champions again next year.",
                None,
                None,
                "a well-known voice",
            )
        ],
    ),
    "banners_hung_with_a_colon_name_no_one": (
        'Banners hung in the hall: "Stop the cuts now and save the school."',
        [("direct", "Stop the cuts now and save the school.", None, None, None)],
    ),
    # -- a quoted phrase held by its subject --------------------------------------------------
    "a_named_group_holds_a_phrase": (
        'The Farmers League called the plan "a disgrace" on Monday.',
        [("partial", "a disgrace", "call", None, "The Farmers League")],
    ),
    "a_named_trust_positions_itself_as_a_phrase": (
        'The Tarrow Credit Union has positioned itself as a "steady anchor" for pensioners.',
        [("partial", "steady anchor", None, None, "The Tarrow Credit Union")],
    ),
    # a quote inside the subject is the writer's word for it, not the subject's
    "a_quote_inside_the_subject_is_not_its_own": (
        'The "thrifty" council has run short of money for its roads.',
        [("scare", "thrifty", None, None, None)],
    ),
    # after the subject, in its apposition, the words are the subject's own description
    "a_quote_in_the_subjects_apposition_is_its_own": (
        'Tom Ruiz, the self-described "law and order candidate," spoke to the crowd.',
        [("partial", "law and order candidate,", "speak", "Tom Ruiz", "Tom Ruiz")],
    ),
    "a_thing_holds_no_phrase": (
        'The bridge carried "heavy traffic" all day.',
        [("scare", "heavy traffic", None, None, None)],
    ),
    # -- the words of a document, or of a noun of saying, put forward by someone -------------
    "a_video_released_that_accuses_is_the_releasers": (
        "Senator Mara Linde has released a short video that accuses Tom Ruiz of hiding the costs.",
        [("indirect", "Tom Ruiz of hiding the costs", "accuse", "Mara Linde", "Mara Linde")],
    ),
    "a_letter_found_that_accuses_is_the_letters": (
        "Tom Ruiz found a letter that accuses Mara Linde of hiding the costs.",
        [("indirect", "Mara Linde of hiding the costs", "accuse", None, "a letter that")],
    ),
    "their_concerns_shared_are_the_subjects": (
        "Many of the parents polled shared their concerns about the school's closure.",
        [("indirect", "the school's closure", "concern", None, "Many of the parents polled")],
    ),
    "her_remark_in_a_controversy_stays_hers": (
        "The leak stirred a row over her remark about the dam.",
        [("indirect", "the dam", "remark", None, "her")],
    ),
    # words carried or held up are the carrier's (a sign only seen: test_quotes_outer)
    "signs_carried_saying_are_the_carriers": (
        'Hundreds of nurses marched on Monday, carrying signs saying, "Pay us what we are worth."',
        [("direct", "Pay us what we are worth.", "say", None, "Hundreds of nurses")],
    ),
    "a_sign_held_up_saying_is_the_holders": (
        'Ada Kerr held up a sign saying "Farms Before Malls" outside the hall.',
        [("partial", "Farms Before Malls", "say", "Ada Kerr", "Ada Kerr")],
    ),
    # "according to" a thing someone made: its maker is the source
    "according_to_a_letter_someone_wrote": (
        "The plant will close, according to a letter that Mara Linde wrote to the council.",
        [("indirect", "The plant will close", "according to", "Mara Linde", "Mara Linde")],
    ),
    "according_to_a_statement_a_company_released": (
        "The plant will close, according to a statement the company released on Monday.",
        [("indirect", "The plant will close", "according to", None, "the company")],
    ),
    # "whom" stands for a person, never for a thing the clause's subject made
    "according_to_a_witness_whom_someone_interviewed_is_the_witness_s": (
        "The fire began at the bakery, according to a witness whom police interviewed.",
        [("indirect", "The fire began at the bakery", "according to", None, "a witness")],
    ),
    "according_to_a_report_that_cited_officials_is_the_reports": (
        "The plant will close, according to a report that cited officials.",
        [("indirect", "The plant will close", "according to", None, "a report")],
    ),
    # -- received, found, shown: the words are the thing's --------------------------------------
    "a_flyer_received_is_no_words_of_the_receivers": (
        'Voters in Marlow received a flyer: "Stop the tax hike now."',
        [("direct", "Stop the tax hike now.", None, None, None)],
    ),
    "a_letter_got_from_a_sender_is_the_senders": (
        'Residents got a letter from the council: "Your water will be shut off on Friday."',
        [("direct", "Your water will be shut off on Friday.", None, None, "the council")],
    ),
    "a_letter_got_is_no_words_of_the_receivers": (
        'Residents got a letter on Monday: "Your water will be shut off on Friday."',
        [("direct", "Your water will be shut off on Friday.", None, None, None)],
    ),
    "a_note_found_before_a_participle_is_the_notes": (
        'Inspectors found a note taped to the door: "Closed until further notice."',
        [("direct", "Closed until further notice.", None, None, None)],
    ),
    "a_short_note_found_is_a_scare_quote": (
        'Inspectors found a statement on the desk: "We quit."',
        [("scare", "We quit.", None, None, None)],
    ),
    "receiving_something_then_saying_still_reports": (
        'The mayor received the report and said: "This changes nothing."',
        [("direct", "This changes nothing.", "say", None, "The mayor")],
    ),
    "finding_with_no_object_reports": (
        'We found: "Most tenants pay too much."',
        [("direct", "Most tenants pay too much.", "find", None, "We")],
    ),
    # -- reading: a sign shows words, a speaker voices a statement -------------------------------
    "a_shop_sign_reading_words_is_no_speaker": (
        'A shop sign read: "Everything must go."',
        [("direct", "Everything must go.", None, None, None)],
    ),
    "reading_out_a_statement_gives_the_readers_words": (
        'Roe read a statement: "I am stepping down today."',
        [("direct", "I am stepping down today.", "read", None, "Roe")],
    ),
    "reading_out_someone_elses_letter_is_not_the_readers": (
        'Roe read a letter from her father: "Be brave."',
        [("scare", "Be brave.", None, None, None)],
    ),
    # -- sayings set off after their noun ----------------------------------------------------------
    "a_possessed_motto_before_a_colon": (
        'Jan Roe\'s motto: "Work hard, be kind."',
        [("direct", "Work hard, be kind.", "motto", "Jan Roe", "Jan Roe")],
    ),
    "a_possessed_slogan_in_apposition": (
        'Jan Roe stood at the gate. Her slogan, "Build it now," was everywhere.',
        [("direct", "Build it now,", "slogan", "Jan Roe", "Her")],
    ),
    "a_single_name_possessing_a_slogan": (
        'Roe\'s slogan is "Build it now."',
        [("partial", "Build it now.", "slogan", None, "Roe")],
    ),
    # -- neighbours that must not change ---------------------------------------------------------
    "called_with_a_subject_of_its_own_is_a_partial_quote": (
        'Roe called the plan "a disgrace."',
        [("partial", "a disgrace.", "call", None, "Roe")],
    ),
    "a_book_title_is_a_scare_quote": (
        'Her book "Bread and Stones" came out in May.',
        [("scare", "Bread and Stones", None, None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


SPEAKERS = ("kind", "words", "cue", "person", "speaker")


def _rows(nlp, text):
    return quote_rows(nlp, text, SPEAKERS)


ROWS = ("kind", "words", "cue", "mention")


def test_a_sign_that_reads_words_still_shows_them(nlp):
    text = 'Outside the hall, a banner read "Save our ferry" in red letters.'
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert rows and rows[0][1] == "Save our ferry"


def test_a_slogan_on_a_sign_is_no_ones_words_before_a_relative_clause_of_saying(nlp):
    text = (
        "Rally report\n\n"
        'Marchers carried banners reading "Save the Pier" and "Stop the Sale," slogans that'
        " the council said were unfair."
    )
    rows = _rows(nlp, text)
    assert [(r[0], r[4]) for r in rows if r[0] != "indirect"] == [
        ("scare", None),
        ("scare", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, Ada Roan sent out the following tweet:\n"
            "The harbour board has misled the whole island.\n"
            "She deleted it an hour later.\n",
            [("direct", "The harbour board has misled the whole island.", "send", "Ada Roan")],
        ),
        (
            "The ferry union issued this statement:\n\nWe will not sail until the fares fall.\n",
            [("direct", "We will not sail until the fares fall.", "issue", "The ferry union")],
        ),
        # without a colon that hands words over, putting out a text reports nothing
        ("Police released the skipper without charge.", []),
        ("The ferry union issued a statement on Friday.", []),
    ],
)
def test_a_text_put_out_after_a_colon_is_its_senders_words(nlp, text, expected):
    assert quote_rows(nlp, text, ROWS) == expected


# -- verbs of will and refusal need a subject that can hold a view ([minded]): a machine or the
# weather holds none; a body, a group, a role or a work (its makers) keeps its will ------------


@pytest.mark.parametrize(
    "text",
    [
        "The old tractor refused to start in the cold.",
        "Heavy rain threatens to spoil the village fete on Saturday.",
        "The gate wanted to swing shut, but the wind held it open.",
    ],
)
def test_a_thing_that_refuses_or_wants_reports_nothing(nlp, text):
    assert quote_rows(nlp, text, ("kind", "words", "cue")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry company refused to publish its accounts.",
            [("indirect", "to publish its accounts", "refuse", "The ferry company")],
        ),
        (
            "The harbour master wants to close the slipway.",
            [("indirect", "to close the slipway", "want", "The harbour master")],
        ),
        (
            "Striking dockers threatened to walk out again in June.",
            [("indirect", "to walk out again in June", "threaten", "Striking dockers")],
        ),
        (
            "Jan Roe refused to apologise for the remarks.",
            [("indirect", "to apologise for the remarks", "refuse", "Jan Roe")],
        ),
        (
            "The hospital refused to publish its waiting times.",
            [("indirect", "to publish its waiting times", "refuse", "The hospital")],
        ),
        # a plant may be a factory, and a work may stand for its makers
        (
            "The plant plans to close its night shift.",
            [("indirect", "to close its night shift", "plan", "The plant")],
        ),
        (
            "The radio show declined to name its guests.",
            [("indirect", "to name its guests", "decline", "The radio show")],
        ),
        (
            "The podcast agreed to take the interview down.",
            [("indirect", "to take the interview down", "agree", "The podcast")],
        ),
    ],
)
def test_someone_who_can_hold_a_view_still_refuses_or_wants(nlp, text, expected):
    assert quote_rows(nlp, text, ("kind", "words", "cue", "mention")) == expected


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        ('The film promised "a frank look at the strike", its director said.', None, None),
        ('The quiz show vows to "keep it fair" this year.', "keep it fair", "The quiz show"),
    ],
)
def test_a_work_that_vows_keeps_its_quote(nlp, text, words, mention):
    rows = quote_rows(nlp, text, ("kind", "words", "mention"))
    assert rows and all(r[0] != "scare" for r in rows)
    if words is not None:
        assert ("partial", words, mention) in rows


@pytest.mark.parametrize(
    "text",
    [
        "The film wants to be a comedy but never lands a joke.",
        "The novel it draws on refuses to offer a neat ending.",
        "The album hopes to win back older listeners.",
    ],
)
def test_a_work_that_wants_or_refuses_speaks_for_no_one(nlp, text):
    assert quote_rows(nlp, text, ("kind",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The programme declined to name its guests.",
        "The newspaper refused to withdraw the story.",
        # a comic is a performer as well as a work
        "The comic vowed to tour the coast towns next spring.",
    ],
)
def test_a_work_that_stands_for_its_makers_keeps_its_will(nlp, text):
    assert [r[0] for r in quote_rows(nlp, text, ("kind",))] == ["indirect"]


# "X's NOUN is that ...": a noun of saying or stance, the subject of "be", completed by a clause
COPULAR_CASES = {
    "a_view_is_that": (
        "Nora Vale's view is that the toll is too high.",
        [("indirect", "that the toll is too high", "view", "Nora Vale", "Nora Vale")],
    ),
    "an_argument_on_a_day_was_that": (
        "Tom Harker's argument on Friday was that the toll should be scrapped.",
        [("indirect", "that the toll should be scrapped", "argument", "Tom Harker", "Tom Harker")],
    ),
    "a_noun_that_is_no_saying_reports_nothing": (
        "The problem is that the bridge is old.",
        [],
    ),
    "a_view_shared_by_others_has_no_content": (
        "Nora Vale's view is shared by many farmers.",
        [],
    ),
    "a_claim_with_no_holder_is_no_ones_report": (
        "The claim is that the bridge is old.",
        [],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(COPULAR_CASES))
def test_a_noun_of_saying_completed_after_be_is_its_holders(nlp, text, expected):
    assert quote_rows(nlp, text, MENTIONED) == expected


def test_a_noun_of_saying_after_be_inside_quoted_words_is_the_quote(nlp):
    text = 'Nora Vale spoke on Monday.\n\n"My fear," she said, "is that the ferry will stop."'
    rows = quote_rows(nlp, text, ("kind", "words"))
    assert rows == [("direct", 'My fear," she said, "is that the ferry will stop.')]


# a first-person holder: "My view is that" is the writer's; an editorial's "Our view" the outlet's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I grew up in Dunmore. My view, simply, is that the school must stay open.",
            [("that the school must stay open", "the writer")],
        ),
        ("Opinion\n\nThe council is wrong. Our view is that the park should stay.", []),
        ("Opinion\n\nThe council is wrong. Our claim that the park is cheap stands.", []),
    ],
)
def test_a_first_person_holder_is_the_writer_or_the_outlet(nlp, text, expected):
    assert quote_rows(nlp, text, ("words", "speaker")) == expected
