"""cr_assertions on headlines: a title-case headline is still a claim, and a name the tagger
misses in it still leads the claim.

Each text is invented."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import sentence_voices


def test_a_title_case_headline_alone_is_still_a_claim(nlp):
    text = "Harbour Tour Record\n\nThe tour drew 900 people, a record."
    assert sentence_voices(nlp, text) == [
        ("Harbour Tour Record", "unattributed"),
        ("The tour drew 900 people, a record.", "unattributed"),
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


def test_one_word_subheads_in_capitals_are_headings_like_longer_ones(nlp):
    text = (
        "Gales closed the ferry to Tarnby on Monday, the port said.\n\n"
        "TARNBY\n\n"
        "The harbour wall gave way at noon.\n\n"
        "WEST HALLOW\n\n"
        "Two roads were shut."
    )
    rep = analyze_text(text, nlp)
    heads = [(text[slice(*s.span)], s.voice) for s in rep.sentences if s.heading]
    assert heads == [("TARNBY", "unattributed"), ("WEST HALLOW", "unattributed")]
    # a lone word in title case is no heading
    other = "The ferry ran late.\n\nTarnby\n\nThe wall gave way."
    assert not any(s.heading for s in analyze_text(other, nlp).sentences)
