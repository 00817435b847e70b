"""cr_quotes: direct, partial, indirect and scare quotes with cue and speaker."""

from __future__ import annotations

from contextreader.analysis.pipeline import analyze_text


def _quotes(nlp, text):
    rep = analyze_text(text, nlp)
    names = {p.id: p.name for p in rep.people}
    return [
        (q.kind, text[q.span[0] : q.span[1]], q.cue, names.get(q.speaker_id or ""), q.speaker_text)
        for q in rep.quotes
    ]


def test_straight_quote_before_cue(nlp):
    text = '"We will rebuild the bridge by spring," Mayor Elena Varga said on Monday.'
    assert _quotes(nlp, text) == [
        ("direct", "We will rebuild the bridge by spring,", "say", "Elena Varga", "Elena Varga")
    ]


def test_curly_quote_after_cue_with_colon(nlp):
    text = "Councillor Jonas Pell told reporters: “The budget is simply too small.”"
    assert _quotes(nlp, text)[0][:4] == (
        "direct",
        "The budget is simply too small.",
        "tell",
        "Jonas Pell",
    )


def test_split_quote_is_one_quote(nlp):
    text = "“The river is rising,” Nora Quist said, “and the town must prepare.”"
    kinds = _quotes(nlp, text)
    assert len(kinds) == 1
    assert kinds[0][0] == "direct" and kinds[0][3] == "Nora Quist"
    assert kinds[0][1].startswith("The river is rising") and kinds[0][1].endswith("prepare.")


def test_pronoun_speaker_resolves_to_person(nlp):
    text = (
        "Sarah Novak leads the union.\n\n“We will strike on Friday if nothing changes,” she said."
    )
    q = _quotes(nlp, text)[0]
    assert q[0] == "direct" and q[3] == "Sarah Novak" and q[4] == "she"


def test_multi_paragraph_quote(nlp):
    text = (
        "Dario Fenn spoke at length.\n\n"
        "“The first problem is money. We have too little of it.\n\n"
        "“The second problem is time,” Fenn said."
    )
    q = _quotes(nlp, text)
    assert len(q) == 1
    assert q[0][0] == "direct" and q[0][3] == "Dario Fenn"
    assert q[0][1].startswith("The first problem") and q[0][1].endswith("is time,")


def test_indirect_that_clause(nlp):
    text = "Paula Reyes said that the factory would close in June."
    assert _quotes(nlp, text) == [
        ("indirect", "the factory would close in June", "say", "Paula Reyes", "Paula Reyes")
    ]


def test_according_to(nlp):
    text = "According to Marco Lind, the harbour will reopen next week."
    assert _quotes(nlp, text) == [
        (
            "indirect",
            "the harbour will reopen next week",
            "according to",
            "Marco Lind",
            "Marco Lind",
        )
    ]


def test_non_person_speaker_keeps_text(nlp):
    text = "Freedonia has repeatedly denied the allegations of fraud."
    q = _quotes(nlp, text)
    assert q == [("indirect", "the allegations of fraud", "deny", None, "Freedonia")]


def test_partial_quote_in_reported_speech(nlp):
    text = 'Greta Holm said the council was ready to "go the extra mile" on housing.'
    assert _quotes(nlp, text) == [
        ("partial", "go the extra mile", "say", "Greta Holm", "Greta Holm")
    ]


def test_scare_quote_without_cue(nlp):
    text = "The so-called ‘green deal’ has divided the town for a year."
    assert _quotes(nlp, text) == [("scare", "green deal", None, None, None)]


def test_nested_single_quote_is_scare(nlp):
    text = "“These stories about ‘secret plans’ will only grow,” Omar Vale said."
    q = _quotes(nlp, text)
    assert ("scare", "secret plans", None, None, None) in q
    assert q[0][0] == "direct" and q[0][3] == "Omar Vale"


def test_apostrophes_are_not_quotes(nlp):
    text = "The town’s mayor visited the farmers’ market on Sunday."
    assert _quotes(nlp, text) == []
