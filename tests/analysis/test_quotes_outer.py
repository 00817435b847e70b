"""cr_quotes: outer cues and speakers that inner verbs used to hide — documents that say things
for their authors, verbs of saying the parser tagged as nouns, "according to" around a report,
"made clear", adjectives of belief with a clause, and verbs of saying added to the lexicon."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- a document saying something speaks for whoever puts it out --------------------------
    "statement_saying_is_the_issuers": (
        "Senator Jan Roe toured the docks. Her office issued a statement saying the port "
        "“lacks the cranes to unload every ship.”",
        [
            (
                "partial",
                "lacks the cranes to unload every ship.",
                "say",
                None,
                "Her office",
            )
        ],
    ),
    "released_statement_saying_direct_quote": (
        "Mara Linde closed the bakery in March. Back then, she released a statement saying, "
        '"Our bakers have earned a long rest, and we thank every customer."',
        [
            (
                "direct",
                "Our bakers have earned a long rest, and we thank every customer.",
                "say",
                "Mara Linde",
                "she",
            )
        ],
    ),
    "issued_statement_saying_reports_a_clause": (
        "Tom Ruiz issued a statement saying the deal was dead.",
        [("indirect", "the deal was dead", "say", "Tom Ruiz", "Tom Ruiz")],
    ),
    # a possessive pronoun bound by the clause's subject gives way to it
    "her_statement_explaining_is_the_subjects": (
        "Mara Linde spoke to the auditors. Later that week, she amended her letter explaining "
        "that she had never seen the ledger.",
        [("indirect", "she had never seen the ledger", "explain", "Mara Linde", "she")],
    ),
    "letter_by_someone_saying": (
        "A letter by Dana Whitfield saying the mill would close reached the council.",
        [("indirect", "the mill would close", "say", "Dana Whitfield", "Dana Whitfield")],
    ),
    # a sign someone merely sees has no author named
    "a_sign_seen_saying_names_no_one": (
        "Tom Ruiz saw a sign saying the road was closed.",
        [],
    ),
    # -- a verb of saying the parser read as a noun, after a quote ----------------------------
    "tweeted_read_as_a_noun_still_names_the_speaker": (
        '"Will the governor visit the valley at all? If she stays away she should step down '
        "today!\" the party's candidate, Dale Ormond, tweeted Friday after the landslide.",
        [
            (
                "direct",
                "Will the governor visit the valley at all? If she stays away she should "
                "step down today!",
                "tweet",
                "Dale Ormond",
                "Dale Ormond",
            )
        ],
    ),
    "the_document_states": (
        'Crews were given a manual. "Paid SICK Days," the document states, begin after six months.',
        [("direct", "Paid SICK Days,", "state", None, "the document")],
    ),
    # -- a past form of a verb of saying after a name, parsed as an adjective of the next noun
    "accused_parsed_as_a_modifier_is_the_main_verb": (
        "Dale Clump spoke first. Starting the morning at a church hall in Tarrow, Clump "
        "accused Moss, the mayor from Kent and winner of the primary, of being "
        '"far too timid" and "rather sleepy" on the budget.',
        [
            (
                "partial",
                'far too timid" and "rather sleepy',
                "accuse",
                "Dale Clump",
                "Clump",
            )
        ],
    ),
    # a participle that no name stands right before is a modifier indeed
    "a_participle_after_no_name_is_no_verb": (
        'Lev Reyes left early. In Salem, reported "ghost votes" rose again.',
        [("scare", "ghost votes", None, None, None)],
    ),
    # -- a fragment with no cue in the sentence of another fragment's speaker ----------------
    "second_fragment_shares_the_first_ones_speaker": (
        'Carla Mendez has a plan. Mendez supports "gradual fare increases," opposes '
        '"abrupt city-wide route cuts" and recalled the long strike at the bus depot.',
        [
            ("partial", "gradual fare increases,", "support", "Carla Mendez", "Mendez"),
            ("partial", "abrupt city-wide route cuts", None, "Carla Mendez", "Mendez"),
        ],
    ),
    # -- a quote after "X said:" that ends its sentence is X's, not the next sentence's --------
    "colon_cue_before_a_quote_that_ends_its_sentence": (
        "Mara Linde's aides booked the trips. Her office said in a statement: \"Both trips "
        'were paid for by the party." Harbour chief Lev Reyes did not elaborate.',
        [
            (
                "direct",
                "Both trips were paid for by the party.",
                "say",
                None,
                "Her office",
            )
        ],
    ),
    "a_cue_after_the_mark_still_comes_first": (
        "Senator Lev Reyes spoke of his work: “There is a mountain of paper in this work,” he "
        "said.",
        [
            ("indirect", "his work", "speak", "Lev Reyes", "Lev Reyes"),
            ("direct", "There is a mountain of paper in this work,", "say", "Lev Reyes", "he"),
        ],
    ),
    # -- "according to" around a report keeps the report it cites ----------------------------
    "polls_show_according_to": (
        "Polls show that most voters favor the plan, according to a survey by the Hillview "
        "Institute.",
        [
            (
                "indirect",
                "Polls show that most voters favor the plan",
                "according to",
                None,
                "a survey by the Hillview Institute",
            ),
            ("indirect", "most voters favor the plan", "show", None, "Polls"),
        ],
    ),
    # a stance inside the cited words is part of them, not a second report
    "according_to_keeps_an_inner_stance_in_its_content": (
        "Most voters favor the plan, according to Ana Brook.",
        [("indirect", "Most voters favor the plan", "according to", "Ana Brook", "Ana Brook")],
    ),
    # -- "made clear that" ---------------------------------------------------------------------
    "made_clear_that": (
        "Officials at the harbor have made clear that the pilots are getting a raise.",
        [("indirect", "the pilots are getting a raise", "make", None, "Officials at the harbor")],
    ),
    "made_alone_says_nothing": ("Tom Ruiz made the bed and then left.", []),
    # -- adjectives of belief or feeling with a clause -----------------------------------------
    "certain_with_a_bare_clause": (
        "Sixty percent of tenants were certain they would lose the case.",
        [
            (
                "indirect",
                "they would lose the case",
                "certain",
                None,
                "Sixty percent of tenants",
            )
        ],
    ),
    "frustrated_that_tagged_as_a_participle": (
        "Some allies of Ana Brook are growing frustrated that the campaign prefers to wait.",
        [
            (
                "indirect",
                "the campaign prefers to wait",
                "frustrate",
                None,
                "Some allies of Ana Brook",
            )
        ],
    ),
    "adamant_that_with_the_clause_on_the_copula": (
        "Mara Linde was adamant that the ferry stay in public hands.",
        [("indirect", "the ferry stay in public hands", "adamant", "Mara Linde", "Mara Linde")],
    ),
    # no clause, a "when" clause, an "it" subject or an infinitive: nobody's mind is reported
    "adjectives_without_a_held_clause_report_nothing": (
        "Tom Ruiz was upset when the plan failed. It is clear that costs rose. "
        "Ana Brook was happy to help.",
        [],
    ),
    # -- verbs of saying added to the lexicon --------------------------------------------------
    "discussed_reports_its_object": (
        "Mayor Dale Ormond discussed the budget with reporters.",
        [("indirect", "the budget", "discuss", "Dale Ormond", "Dale Ormond")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_an_untagged_verb_after_the_sentence_ends_names_no_speaker(nlp):
    # the words after the quote must reach the verb form before their sentence ends
    text = 'Banners hung there: "Stop the cuts now," the biggest one in the hall. Few posts agreed.'
    assert [row[3:] for row in quote_rows(nlp, text)] == [(None, None)]


PERSON_ROWS = ("kind", "words", "cue", "person", "mention")


LETTER = (
    "Harbour to stay open\n"
    "\n"
    "Deputy mayor Ilse Varga sent a letter to the harbour board on Monday.\n"
    "The letter reads:\n"
    "The harbour will stay open all winter.\n"
    "No berths will be sold.\n"
    "\n"
    "Varga later told reporters that the board had agreed.\n"
)


# Each case: a short text and each quote as PERSON_ROWS.
QUOTES = {
    # only a sent document takes its sender's voice
    "a_letter_no_one_named_put_out_speaks_for_itself": (
        "A letter reached the harbour board on Monday. The letter says the harbour will stay open.",
        [("indirect", "the harbour will stay open", "say", None, "The letter")],
    ),
    "a_person_sent_by_someone_speaks_for_themself": (
        "Ilse Varga sent an aide to the meeting. The aide said the harbour would stay open.",
        [("indirect", "the harbour would stay open", "say", None, "The aide")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(QUOTES))
def test_the_quotes_found(nlp, text, expected):
    assert quote_rows(nlp, text, PERSON_ROWS) == expected


def test_a_document_taken_up_again_speaks_for_its_sender(nlp):
    rep = analyze_text(LETTER, nlp)
    names = {p.id: p.name for p in rep.people}
    rows = [(q.kind, q.speaker_text, names.get(q.speaker_id or ""), q.cue) for q in rep.quotes]
    assert rows == [
        ("direct", "The letter", "Ilse Varga", "read"),
        ("indirect", "Varga", "Ilse Varga", "tell"),
    ]
