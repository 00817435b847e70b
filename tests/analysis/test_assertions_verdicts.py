"""cr_assertions: verdicts on a claim, things that "see" or "show", reduced
relatives, forecasts, unnamed research, headline comment clauses and long bylines."""

from __future__ import annotations

from contextreader.analysis.paragraphs import is_byline
from contextreader.analysis.pipeline import analyze_text


def _voices(nlp, text):
    rep = analyze_text(text, nlp)
    notes = {a.id: a for a in rep.assertions}
    out = {}
    for s in rep.sentences:
        a = notes.get(s.ref or "")
        cue = text[a.cue_span[0] : a.cue_span[1]] if a is not None and a.cue_span else None
        out[text[s.span[0] : s.span[1]]] = (s.voice, cue)
    return rep, out


def test_a_verdict_on_a_claim_is_the_outlets_claim(nlp):
    text = (
        "Mayor Tove Lindgren's claim that ferry fares tripled is false. "
        "The harbour master's statement that the pier was unsafe is misleading. "
        "We rate this claim False."
    )
    _, voices = _voices(nlp, text)
    assert voices["Mayor Tove Lindgren's claim that ferry fares tripled is false."][0] == (
        "unattributed"
    )
    assert voices["The harbour master's statement that the pier was unsafe is misleading."][0] == (
        "unattributed"
    )
    assert voices["We rate this claim False."][0] == "unattributed"


def test_a_verdict_passed_by_someone_else_stays_theirs(nlp):
    text = (
        "Tove Lindgren says the claim is false. Two auditors rate the claim false. "
        "Tove Lindgren's claim that ferry fares tripled drew wide attention."
    )
    _, voices = _voices(nlp, text)
    assert voices["Tove Lindgren says the claim is false."][0] == "reported"
    assert voices["Two auditors rate the claim false."][0] in ("vague", "reported")
    assert voices["Tove Lindgren's claim that ferry fares tripled drew wide attention."][0] == (
        "reported"
    )


def test_a_place_or_a_thing_that_sees_or_shows_something_is_no_source(nlp):
    text = (
        "Several coastal towns saw sharp declines last winter. "
        "Most ointments sold for the rash have shown only small benefits. "
        "Critics see a power grab. Studies show a rise in ferry use. Rivals see an opening. "
        "Some towns see the levy as a threat. The harbour accounts showed a loss."
    )
    _, voices = _voices(nlp, text)
    assert voices["Several coastal towns saw sharp declines last winter."][0] == "unattributed"
    assert voices["Most ointments sold for the rash have shown only small benefits."][0] == (
        "unattributed"
    )
    assert voices["Critics see a power grab."] == ("vague", "Critics")
    assert voices["Rivals see an opening."][0] != "unattributed"
    assert voices["Studies show a rise in ferry use."] == ("vague", "Studies")
    assert voices["Some towns see the levy as a threat."][0] == "vague"
    # a document that shows something gives its finding
    assert voices["The harbour accounts showed a loss."][0] == "reported"


def test_research_carried_out_by_a_named_body_is_named(nlp):
    text = "Research conducted by the Tarnby Institute found that ferry use doubled."
    _, voices = _voices(nlp, text)
    assert voices[text][0] == "reported"


def test_a_participle_naming_where_things_went_is_no_attribution(nlp):
    text = (
        "The harbour office keeps counts of thefts reported to the coastguard. "
        "The harbour office keeps a plan, presented to the board as a cure."
    )
    _, voices = _voices(nlp, text)
    assert voices["The harbour office keeps counts of thefts reported to the coastguard."][0] == (
        "unattributed"
    )
    assert voices["The harbour office keeps a plan, presented to the board as a cure."][0] == (
        "vague"
    )


def test_a_forecast_reaction_is_held_by_no_one(nlp):
    text = (
        "The ferry deal is likely to face scrutiny from port regulators. "
        "The toll could draw criticism from residents. "
        "The toll drew criticism from residents."
    )
    _, voices = _voices(nlp, text)
    assert voices["The ferry deal is likely to face scrutiny from port regulators."][0] == (
        "unattributed"
    )
    assert voices["The toll could draw criticism from residents."][0] == "unattributed"
    assert voices["The toll drew criticism from residents."] == ("vague", "residents")


def test_unnamed_research_is_a_vague_source(nlp):
    text = (
        "The results add to a large body of research suggesting that sea swimming may lift "
        "mood. Research by the Tarnby Institute suggests that sea swimming lifts mood."
    )
    _, voices = _voices(nlp, text)
    voice, cue = voices[
        "The results add to a large body of research suggesting that sea swimming may lift mood."
    ]
    assert voice == "vague" and cue is not None and "research" in cue
    assert voices["Research by the Tarnby Institute suggests that sea swimming lifts mood."][0] == (
        "reported"
    )


def test_a_relative_that_is_no_content_of_a_noun_of_stance(nlp):
    text = (
        "The vote ended a long dispute that drew crowds to the pier. "
        "There are fears that the pier will close."
    )
    _, voices = _voices(nlp, text)
    assert voices["The vote ended a long dispute that drew crowds to the pier."][0] == (
        "unattributed"
    )
    assert voices["There are fears that the pier will close."][0] == "vague"


def test_a_headline_ending_in_a_comment_clause_is_attributed(nlp):
    text = (
        "Sea swimming tied to better sleep in older adults, study finds\n\n"
        "By Jan Roe\n\n"
        "The pier closed on Monday."
    )
    _, voices = _voices(nlp, text)
    assert voices["Sea swimming tied to better sleep in older adults, study finds"] == (
        "vague",
        "study",
    )
    assert voices["The pier closed on Monday."][0] == "unattributed"


def test_a_byline_may_name_a_long_outlet_desk():
    assert is_byline("By Ines Moreau-Takeda, The Harbour Evening Gazette Fact Desk")
    assert is_byline("By Ines Moreau, Center for Coastal Reporting Investigations Team")
    assert is_byline("By Ines Moreau, staff writer")
    assert not is_byline("By Ines Moreau, The Ferry Had Sailed Again Today Said Roe Then Again")
    assert not is_byline("By Friday, the ferry had sailed twice from the harbour.")


def test_a_long_byline_is_no_assertion(nlp):
    text = (
        "Ferry fares rise again\n\n"
        "By Ines Moreau-Takeda, The Harbour Evening Gazette Fact Desk\n\n"
        "The ferry will sail at night from May."
    )
    rep = analyze_text(text, nlp)
    listed = [text[a.span[0] : a.span[1]] for a in rep.assertions]
    assert not any("Ines" in s for s in listed)


def test_a_claim_weighed_against_evidence_is_the_topic_not_a_vague_view(nlp):
    text = (
        "Councillor Ivo Brandt said rents had fallen. "
        "The claim that rents have fallen is not supported by the council's own data. "
        "But the claim as stated refers to all rents."
    )
    rep, voices = _voices(nlp, text)
    assert [a for a in rep.assertions if a.status == "vague"] == []
    assert voices["But the claim as stated refers to all rents."] == ("unattributed", None)
    assert [q.cue for q in rep.quotes] == ["say"]


def test_an_unheld_claim_that_is_no_verdict_stays_vague(nlp):
    text = "Rents have fallen, a claim that tenants dispute. The claim that rents fell has spread."
    _, voices = _voices(nlp, text)
    assert voices["The claim that rents fell has spread."] == ("vague", "The claim")
