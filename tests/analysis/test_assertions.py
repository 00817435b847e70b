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
    assert text[slice(*rep.assertions[0].cue_span)] == "dam is seen"


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
