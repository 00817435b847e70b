"""cr_quotes: who speaks, for fragments followed by statements, inserted cues, pronouns after
a quote that names someone, object control and "he's said"."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _quotes(nlp, text):
    """(kind, quoted text, cue, person's name, speaker mention) for each quote."""
    rep = analyze_text(text, nlp)
    names = {p.id: p.name for p in rep.people}
    return [
        (
            q.kind,
            text[q.span[0] : q.span[1]],
            q.cue,
            names.get(q.speaker_id or ""),
            text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None,
        )
        for q in rep.quotes
    ]


# -- a fragment, its cue, then whole sentences ---------------------------------------------------


def test_statement_after_a_fragment_is_a_direct_quote_of_its_own(nlp):
    text = (
        "Still, the farms are ''barely making money,'' Mr. Brandt said from his office. "
        "''Farming is a thin business. I never advise buying a farm.''"
    )
    assert _quotes(nlp, text) == [
        ("partial", "barely making money,", "say", "Brandt", "Brandt"),
        (
            "direct",
            "Farming is a thin business. I never advise buying a farm.",
            "say",
            "Brandt",
            "Brandt",
        ),
    ]


def test_split_statement_stays_one_quote(nlp):
    text = "“Farms are dying,” Mr. Brandt said. “Farming is a thin business. Nobody buys farms.”"
    assert [(k, w) for k, w, *_ in _quotes(nlp, text)] == [
        (
            "direct",
            "Farms are dying,” Mr. Brandt said. “Farming is a thin business. Nobody buys farms.",
        )
    ]


def test_fragment_followed_by_another_speakers_quote(nlp):
    text = "Brandt called the farms “barely alive.” “Farming is a thin business,” said Lena Ortiz."
    assert _quotes(nlp, text)[-1] == (
        "direct",
        "Farming is a thin business,",
        "say",
        "Lena Ortiz",
        "Lena Ortiz",
    )


# -- an inserted "X said," beats an agentless passive ------------------------------------------


def test_inserted_cue_speaks_for_a_passive_fragment(nlp):
    text = "In Miami, Mr. Ortiz said, Mr. Brandt is seen as “a bully, a man who despises people.”"
    assert _quotes(nlp, text) == [
        ("partial", "a bully, a man who despises people.", "say", "Ortiz", "Ortiz")
    ]


# -- a pronoun after a quote is not someone named inside it -------------------------------------


def test_pronoun_speaker_skips_a_name_inside_the_quote(nlp):
    text = (
        "Senator Tom Brandt spoke in Hartford. “This was a way to stand apart from Lena Ortiz "
        "in the primary,” he conceded."
    )
    assert _quotes(nlp, text) == [
        (
            "direct",
            "This was a way to stand apart from Lena Ortiz in the primary,",
            "concede",
            "Tom Brandt",
            "he",
        )
    ]


# -- who does what an infinitive says -----------------------------------------------------------


def test_object_of_led_announces(nlp):
    text = "The release of the emails led Lena Ortiz to announce her resignation."
    assert _quotes(nlp, text) == [
        ("indirect", "her resignation", "announce", "Lena Ortiz", "Lena Ortiz")
    ]


def test_promise_keeps_its_subject(nlp):
    text = "Ortiz promised voters to reveal the budget."
    assert _quotes(nlp, text) == [("indirect", "the budget", "reveal", None, "Ortiz")]


# -- "'s" as "has" -------------------------------------------------------------------------------


def test_contracted_has_said(nlp):
    text = "Look at Tom Brandt. He's said he gets his ideas from a novel."
    assert _quotes(nlp, text) == [
        ("indirect", "he gets his ideas from a novel", "say", "Tom Brandt", "He")
    ]


def test_it_is_said_has_no_speaker(nlp):
    assert _quotes(nlp, "It's said that the mayor will resign.") == [
        ("indirect", "the mayor will resign", "say", None, None)
    ]
