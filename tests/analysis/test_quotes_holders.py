"""cr_quotes: who holds quoted words that no verb of saying introduces — a sentence that puts
words forward before the quote gives them ('Roe tweeted a warning. "..."'), a subject that can
speak holds a quoted phrase or the quote its clause introduces with a colon (a person, a named
organisation, a group, a document; not a thing that only shows words), a document's words are
its maker's, and words carried on a sign are the carrier's."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import named, quote_rows

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
    "according_to_a_report_that_cited_officials_is_the_reports": (
        "The plant will close, according to a report that cited officials.",
        [("indirect", "The plant will close", "according to", None, "a report")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
