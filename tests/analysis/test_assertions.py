"""cr_assertions: the voice of every sentence; vague and unattributed assertions."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _voices(nlp, text):
    rep = analyze_text(text, nlp)
    return rep, [(text[s.span[0] : s.span[1]], s.voice, s.heading) for s in rep.sentences]


def test_each_voice(nlp):
    text = (
        "Harbour Plans Divide Town\n\n"
        "The harbour will close for two years.\n\n"
        "“We cannot wait any longer,” Mayor Lena Dahl said.\n\n"
        "Dahl said that the work would start in May.\n\n"
        "Critics say the plan will cost far more."
    )
    rep, voices = _voices(nlp, text)
    assert voices == [
        ("Harbour Plans Divide Town", "unattributed", True),
        ("The harbour will close for two years.", "unattributed", False),
        ("“We cannot wait any longer,” Mayor Lena Dahl said.", "quoted", False),
        ("Dahl said that the work would start in May.", "reported", False),
        ("Critics say the plan will cost far more.", "vague", False),
    ]
    notes = [(a.status, a.note) for a in rep.assertions]
    assert notes == [
        ("unattributed", "A headline or subhead in the outlet's own words; no source is named."),
        ("unattributed", "No source is named for this claim."),
        ("vague", "Attributed only to 'Critics'; no one is named."),
    ]


def test_vague_source_of_a_claim_noun_is_the_cue(nlp):
    text = "The row followed claims by some in the city council that the audit was rigged."
    rep = analyze_text(text, nlp)
    (a,) = rep.assertions
    assert a.status == "vague"
    assert text[a.cue_span[0] : a.cue_span[1]] == "some in the city council"
    assert a.note == "Attributed only to 'some in the city council'; no one is named."


def test_impersonal_passive_is_vague(nlp):
    text = "It is believed that the mine will reopen."
    rep, voices = _voices(nlp, text)
    assert voices[0][1] == "vague"
    a = rep.assertions[0]
    assert text[a.cue_span[0] : a.cue_span[1]] == "It is believed"


def test_sentence_ref_points_to_quote_or_assertion(nlp):
    text = "Anders Moe said that prices would rise. Prices rose."
    rep = analyze_text(text, nlp)
    assert [s.ref for s in rep.sentences] == ["q1", "a1"]


def test_according_to_a_vague_source_is_vague(nlp):
    text = "According to officials, the mine will reopen in May."
    rep, voices = _voices(nlp, text)
    assert voices[0][1] == "vague"
    (a,) = rep.assertions
    assert a.note == "Attributed only to 'officials'; no one is named."


def test_named_source_is_reported_not_vague(nlp):
    text = "According to Rana Holt, the mine will reopen in May."
    _, voices = _voices(nlp, text)
    assert voices[0][1] == "reported"


def test_agentless_passive_view_is_vague(nlp):
    text = "The new dam is seen as a threat to the valley."
    rep, voices = _voices(nlp, text)
    assert voices[0][1] == "vague"
    assert text[slice(*rep.assertions[0].cue_span)] == "is seen"


def test_a_by_phrase_after_the_as_phrase_names_who_holds_the_view(nlp):
    # the parser hangs "by X" on the noun of the "as" phrase; it is the passive's agent
    text = (
        "The new dam is seen as a threat by the Valley Farmers Union. "
        "The new dam is regarded as a risk by some residents. "
        "The new dam is seen as a step by step plan. "
        "The new dam is regarded as a novel by Jan Roe."
    )
    rep, voices = _voices(nlp, text)
    assert [v[1] for v in voices] == ["reported", "vague", "vague", "vague"]
    notes = [a.note for a in rep.assertions]
    assert notes[0] == "Attributed only to 'some residents'; no one is named."
    assert "does not say who holds" in notes[1]


def test_name_that_only_qualifies_the_source_leaves_it_vague(nlp):
    text = "Mayor Lena Dahl spoke on Monday. Dahl's advisers said the plan would fail."
    _, voices = _voices(nlp, text)
    assert voices[1][1] == "vague"


def test_a_dateline_is_not_part_of_any_sentence(nlp):
    text = "LONDON (Reuters) - The ferry line opened on Monday.\n\nIt ran late."
    rep = analyze_text(text, nlp)
    assert [text[s.span[0] : s.span[1]] for s in rep.sentences] == [
        "The ferry line opened on Monday.",
        "It ran late.",
    ]
    assert all(a.span[0] >= text.index("The ferry") for a in rep.assertions)


def _vague_notes(nlp, text):
    rep = analyze_text(text, nlp)
    return [
        (s.voice, text[slice(*a.cue_span)], a.note)
        for s, a in zip(rep.sentences, rep.assertions, strict=True)
    ]


def test_agentless_passive_report_is_vague_and_names_no_speaker(nlp):
    text = "The council is expected to approve the budget on Friday."
    rep = analyze_text(text, nlp)
    assert _vague_notes(nlp, text) == [
        (
            "vague",
            "is expected",
            "'is expected' does not say who holds or said this; no source is named.",
        )
    ]
    (q,) = rep.quotes
    assert (q.kind, text[slice(*q.span)], q.speaker_text) == (
        "indirect",
        "to approve the budget on Friday",
        None,
    )


def test_asked_in_the_passive_is_not_the_askers_speech(nlp):
    text = "Mayor Lena Dahl was asked whether the harbour would close."
    rep = analyze_text(text, nlp)
    assert [s.voice for s in rep.sentences] == ["vague"]  # who asked is not said
    assert rep.quotes == []  # a question put is no one's statement


def test_impressions_are_vague(nlp):
    assert _vague_notes(nlp, "The plan appears to have stalled.") == [
        (
            "vague",
            "appears to",
            "'appears to': the outlet's own impression; no source is named for it.",
        )
    ]
    assert _vague_notes(nlp, "The speech sounded more hopeful than the last one.")[0][:2] == (
        "vague",
        "sounded",
    )


def test_reportedly_is_vague(nlp):
    assert _vague_notes(nlp, "The mine reportedly lost money last year.") == [
        (
            "vague",
            "reportedly",
            "'reportedly': passed on without saying who reported it; no source is named.",
        )
    ]


def test_it_was_announced_is_vague(nlp):
    text = "It was announced that the plant would close."
    assert _vague_notes(nlp, text)[0][:2] == ("vague", "It was announced")


def test_sentence_that_gives_a_quote_its_speaker_is_quoted(nlp):
    text = (
        "“The tide waits for no one,” said Ines Vary, a ferry pilot who has crossed the "
        "strait for two decades and now trains cadets."
    )
    rep = analyze_text(text, nlp)
    assert [(s.voice, s.ref) for s in rep.sentences] == [("quoted", "q1")]
    assert rep.assertions == []


def test_a_stray_mark_is_not_a_sentence(nlp):
    text = "The ferry ran late.\n\n”\n\nIt rained."
    rep = analyze_text(text, nlp)
    assert [text[slice(*s.span)] for s in rep.sentences] == ["The ferry ran late.", "It rained."]


def test_transcript_turns_are_quoted(nlp):
    text = (
        "Harold Quint took questions.\n\n"
        "Q: Will the mill reopen?\n\n"
        "A:\u00a0Yes. It will reopen in May.\n\n"
        '"QUINT: We are sure of it.'
    )
    _, voices = _voices(nlp, text)
    assert [v for v in voices if v[1] != "quoted"] == [
        ("Harold Quint took questions.", "unattributed", False)
    ]
    assert len(voices) >= 4


def test_a_by_phrase_of_manner_after_the_as_phrase_names_no_one(nlp):
    # "by default", "by definition", "by any measure" give a manner or a standard, not a who
    text = (
        "Any empty plot is regarded as a park by default. "
        "The levy is seen as a burden by definition. "
        "The raid was described as a crime by any measure."
    )
    _, voices = _voices(nlp, text)
    assert [v[1] for v in voices] == ["vague", "vague", "vague"]
