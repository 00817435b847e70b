"""cr_assertions on headlines: a title-case headline is still a claim, and a name the tagger
misses in it still leads the claim.

Each text is invented."""

from __future__ import annotations

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
