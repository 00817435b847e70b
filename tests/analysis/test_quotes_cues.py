"""cr_quotes: verbs found by their written form, passive "asked" clauses, coordinated
speakers and content introduced by a colon."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text
from contextreader.analysis.quotes import cue_lexicon


def _quotes(nlp, text):
    """(kind, quoted text, cue, speaker mention) for each quote."""
    rep = analyze_text(text, nlp)
    return [
        (
            q.kind,
            text[q.span[0] : q.span[1]],
            q.cue,
            text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None,
        )
        for q in rep.quotes
    ]


# -- verbs the model lemmatises wrongly ---------------------------------------------------------


def test_written_forms_point_to_their_lemma():
    forms = cue_lexicon().forms
    assert forms["hopes"] == forms["hoped"] == forms["hoping"] == "hope"
    assert forms["admitted"] == forms["admits"] == "admit"
    assert forms["said"] == "say" and forms["denies"] == "deny"
    assert "hop" not in forms  # no form of a verb outside the lexicon


def test_hopes_is_a_cue_though_lemmatised_as_hop(nlp):
    text = "Mayor Lena Ortiz hopes that the bridge will open soon."
    assert _quotes(nlp, text) == [("indirect", "the bridge will open soon", "hope", "Lena Ortiz")]


def test_hoping_in_the_progressive(nlp):
    assert _quotes(nlp, "Ortiz is hoping the bridge opens.") == [
        ("indirect", "the bridge opens", "hope", "Ortiz")
    ]


def test_a_verb_outside_the_lexicon_is_no_cue(nlp):
    assert _quotes(nlp, "The rabbit hopped over the fence that the farmer built.") == []


# -- "Asked about X, Roe said ..." ---------------------------------------------------------------


def test_asked_clause_is_no_speech_of_the_main_subject(nlp):
    text = "Asked about the budget, Lena Ortiz said the city would cut costs."
    assert _quotes(nlp, text) == [
        ("indirect", "the budget", "ask", None),
        ("indirect", "the city would cut costs", "say", "Lena Ortiz"),
    ]


def test_when_asked_whether(nlp):
    text = "When asked whether she would run, Ortiz said she had not decided."
    assert _quotes(nlp, text) == [
        ("indirect", "whether she would run", "ask", None),
        ("indirect", "she had not decided", "say", "Ortiz"),
    ]


def test_an_asker_with_a_subject_still_asks(nlp):
    text = "Ortiz asked whether the bridge would open."
    assert _quotes(nlp, text) == [("indirect", "whether the bridge would open", "ask", "Ortiz")]


# -- coordinated subjects -----------------------------------------------------------------------


def test_misparsed_coordination_takes_the_whole_phrase(nlp):
    # the non-breaking space makes the parser take "Current" for the head and "officials" for
    # its conjunct
    text = (
        "The group needs to rebuild.\u00a0Current and former officials who spoke with the "
        "Ledger said the group has become a shell of itself."
    )
    assert _quotes(nlp, text) == [
        (
            "indirect",
            "the group has become a shell of itself",
            "say",
            "Current and former officials",
        )
    ]


def test_two_coordinated_groups_speak_together(nlp):
    text = "Democrats and Republicans in the state senate said the plan had failed."
    assert _quotes(nlp, text) == [
        ("indirect", "the plan had failed", "say", "Democrats and Republicans in the state senate")
    ]


def test_a_relative_clause_after_the_conjunct_is_left_out(nlp):
    text = "Farmers and ranchers who grow hay said the drought was severe."
    assert _quotes(nlp, text)[-1] == (
        "indirect",
        "the drought was severe",
        "say",
        "Farmers and ranchers",
    )


# -- "X said:" with the words after the colon ---------------------------------------------------


def test_colon_at_line_end_introduces_the_next_paragraph(nlp):
    text = (
        "The mayor, Lena Ortiz, said on Monday:\n\n"
        "The bridge must open this year. The council has failed.\n\nThen she left."
    )
    assert _quotes(nlp, text) == [
        (
            "indirect",
            "The bridge must open this year. The council has failed",
            "say",
            "Lena Ortiz",
        )
    ]


def test_colon_introduces_a_list(nlp):
    text = "Ortiz wrote:\n\n- a new bridge by May\n- a second ferry\n\nThe council refused."
    assert _quotes(nlp, text) == [
        ("indirect", "a new bridge by May\n- a second ferry", "write", "Ortiz")
    ]


def test_colon_after_an_addressee(nlp):
    assert _quotes(nlp, "Ortiz told reporters: the bridge must open.") == [
        ("indirect", "the bridge must open", "tell", "Ortiz")
    ]


def test_colon_before_a_quotation_mark_is_a_direct_quote(nlp):
    assert _quotes(nlp, 'Ortiz said: "The bridge must open this year."') == [
        ("direct", "The bridge must open this year.", "say", "Ortiz")
    ]


def test_colon_after_a_verb_that_is_no_cue(nlp):
    text = "Ortiz listed her demands:\n\n- a new bridge by May\n- a second ferry"
    assert _quotes(nlp, text) == []
