"""cr_assertions when the parse goes wrong: verbs found by their written form, quotation marks
the sentence splitter puts on the wrong side, and the words after a "Roe argued:" lead.

Each text is invented; each test covers one construction.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.assertions.lexicon import verb_forms
from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes import cue_lexicon
from tests.analysis.helpers import sentence_voices


def test_verb_forms_agree_with_the_quote_lexicon(nlp):
    doc = nlp("Roe hopes the mill reopens, and she forgave the council and said so.")
    cues, forms = cue_lexicon(), verb_forms()
    lemmas = {t.text: forms.lemma(t, cues) for t in doc if t.pos_ in ("VERB", "AUX")}
    assert lemmas["hopes"] == "hope"
    assert lemmas["forgave"] == "forgive"
    assert lemmas["said"] == cues.lemma(doc[-3]) == "say"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a verb of stance the tagger read as a noun, found by its written form
        ("Mayor Lena Dahl champions (some) harbour workers.", "reported"),
        # "like" after a noun stays a preposition
        ("Players like Jan Roe filled the stadium.", "unattributed"),
        # a form with a determiner is a noun
        ("The harbour plans drew large crowds.", "unattributed"),
        # title case: a plain verb after a plural subject
        ("Harbour Moderators Ignore Mill Scandals.", "reported"),
        # title case with no word of saying or stance: the outlet's own
        ("Harbour Tour Draws Record Crowds.", "unattributed"),
    ],
)
def test_one_sentence_voice_when_the_parse_fails(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


def test_an_opening_mark_at_a_sentence_end_belongs_to_the_quote(nlp):
    text = "The men returned to the port at dusk. ''We are five now,'' Roe said."
    assert sentence_voices(nlp, text)[0] == (
        "The men returned to the port at dusk.",
        "unattributed",
    )


def test_list_items_after_a_colon_lead_are_the_leads(nlp):
    text = (
        "The vote came after a long debate.\n\nLena Dahl argued that:\n\n"
        "- The harbour is safe for ships.\n\n- The mill will reopen in May.\n\n"
        "The council meets on Monday."
    )
    rep = analyze_text(text, nlp)
    rows = [(text[slice(*s.span)], s.voice, s.ref) for s in rep.sentences]
    lead = rows[1][2]
    assert lead is not None
    assert rows == [
        ("The vote came after a long debate.", "unattributed", rows[0][2]),
        ("Lena Dahl argued that:", "reported", lead),
        ("The harbour is safe for ships.", "reported", lead),
        ("- The mill will reopen in May.", "reported", lead),
        ("The council meets on Monday.", "unattributed", rows[-1][2]),
    ]


def test_a_colon_after_the_outlets_own_words_leads_nothing(nlp):
    text = "The council met on Monday:\n\nThe harbour is safe for ships."
    assert sentence_voices(nlp, text) == [
        ("The council met on Monday:", "unattributed"),
        ("The harbour is safe for ships.", "unattributed"),
    ]


def test_the_outlets_own_list_lead_is_one_claim_with_its_items(nlp):
    text = (
        "A long wait could:\n- raise the cost of the pier by a third;\n"
        "- send the ferries to another port.\n\nThe council meets on Monday."
    )
    rep = analyze_text(text, nlp)
    assert [(a.status, text[slice(*a.span)]) for a in rep.assertions] == [
        ("unattributed", text[: text.index("\n\n")]),
        ("unattributed", "The council meets on Monday."),
    ]
    lead = rep.assertions[0].id
    assert [s.ref for s in rep.sentences][:3] == [lead] * 3


def test_a_list_item_with_its_own_source_keeps_it_and_the_lead_takes_no_item(nlp):
    text = (
        "The ferry plan would:\n- add two boats on weekdays\n- double the fares, the union said\n"
        "- close the night route\n\nThe council meets on Monday."
    )
    rep = analyze_text(text, nlp)
    spans = [(a.status, text[slice(*a.span)]) for a in rep.assertions]
    assert ("unattributed", "The ferry plan would:") in spans
    assert not any("the union said" in words for status, words in spans if status != "reported")
    assert all(words.count("\n") == 0 for _, words in spans)


def test_a_colon_lead_before_one_item_or_a_paragraph_stays_a_sentence(nlp):
    for text in (
        "A long wait could:\n- raise the cost of the pier.\n\nThe council meets on Monday.",
        "The plan has one aim:\n\nThe harbour must stay open all year.",
    ):
        rep = analyze_text(text, nlp)
        assert all(text[a.span[0] : a.span[1]].count("\n") == 0 for a in rep.assertions)


def test_a_reaction_noun_in_a_title_case_headline_is_no_ones(nlp):
    text = "Weekend Visit By Dahl Prompts Harbour Speculation."
    rep = analyze_text(text, nlp)
    assert [(a.status, text[slice(*a.cue_span)], a.note) for a in rep.assertions] == [
        (
            "vague",
            "Speculation",
            "'Speculation': no one is named as holding or voicing this; no source is named.",
        )
    ]


def test_an_agentless_passive_report_does_not_give_the_view_to_its_subject(nlp):
    text = "Harbour chief Mira Holt is away on leave and is not expected to renew the lease."
    rep = analyze_text(text, nlp)
    assert [(s.voice, text[slice(*s.span)]) for s in rep.sentences] == [("vague", text)]
    (a,) = rep.assertions
    assert text[slice(*a.cue_span)] == "expected"
