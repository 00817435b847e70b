"""cr_assertions, session 12: sentences that claim nothing, and sources named or unnamed."""

from __future__ import annotations

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


def _listed(rep, text):
    return [text[a.span[0] : a.span[1]] for a in rep.assertions]


def test_questions_and_requests_to_the_reader_claim_nothing(nlp):
    text = (
        "Should you take the night ferry? If you hate crowds, look elsewhere. "
        "Let me explain the fares. Residents must look elsewhere for parking."
    )
    rep, voices = _voices(nlp, text)
    assert _listed(rep, text) == ["Residents must look elsewhere for parking."]
    assert "Should you take the night ferry?" not in voices
    assert "Let me explain the fares." not in voices


def test_a_name_read_as_a_verb_is_no_request(nlp):
    text = "Mayor Lena Dahl said the pier would close. Dahl not keeping her word on the pier."
    rep, _ = _voices(nlp, text)
    assert "Dahl not keeping her word on the pier." in _listed(rep, text)


def test_a_denied_check_by_the_outlet_is_no_claim(nlp):
    text = (
        "The harbour board could not independently verify the skipper's account. "
        "The number of passengers could not be confirmed. "
        "The board confirmed the closure. The lab could not confirm its own result."
    )
    rep, voices = _voices(nlp, text)
    assert _listed(rep, text) == []
    assert "The harbour board could not independently verify the skipper's account." not in voices
    assert "The number of passengers could not be confirmed." not in voices
    assert voices["The board confirmed the closure."][0] == "reported"
    assert voices["The lab could not confirm its own result."][0] == "reported"


def test_a_byline_the_parser_splits_is_no_assertion(nlp):
    text = (
        "Ferry Fares Rise Again\n\nBy Priya Natarajan\n\n"
        "The ferry will sail at night from May.\n\nBy Friday the ferry had sailed twice."
    )
    rep, _ = _voices(nlp, text)
    listed = _listed(rep, text)
    assert not any("Priya" in a or "Natarajan" in a for a in listed)
    assert "By Friday the ferry had sailed twice." in listed


def test_a_view_stays_vague_with_a_clause_set_off_after_it(nlp):
    text = "The plan is widely seen as costly, running to four pages. He was seen leaving the pier."
    _, voices = _voices(nlp, text)
    assert voices["The plan is widely seen as costly, running to four pages."] == (
        "vague",
        "is widely seen",
    )
    assert voices["He was seen leaving the pier."] == ("unattributed", None)


def test_a_talk_that_is_the_occasion_of_an_act_is_no_source(nlp):
    text = (
        "Dahl, asked on the call about the merger, said only that the firm reviews its options. "
        "There were calls for a ban on night sailings."
    )
    rep, voices = _voices(nlp, text)
    assert [a.status for a in rep.assertions] == ["vague"]
    assert voices["There were calls for a ban on night sailings."] == ("vague", "calls")


def test_a_name_in_apposition_names_the_source(nlp):
    text = (
        "The council's leader, Mira Tallis, warned of delays. "
        "The council's leader warned of delays."
    )
    _, voices = _voices(nlp, text)
    assert voices["The council's leader, Mira Tallis, warned of delays."][0] == "reported"
    assert voices["The council's leader warned of delays."] == ("vague", "The council's leader")


def test_a_name_that_only_qualifies_unnamed_sources_leaves_them_vague(nlp):
    text = (
        "People close to Mira Tallis say she will run. "
        "Aides and Mira Tallis say it will spend more."
    )
    _, voices = _voices(nlp, text)
    assert voices["People close to Mira Tallis say she will run."] == (
        "vague",
        "People close to Mira Tallis",
    )
    assert voices["Aides and Mira Tallis say it will spend more."][0] == "reported"


def test_a_study_published_in_a_named_journal_is_named(nlp):
    text = (
        "Reefs are dying, according to a study published on Monday in the journal Coastal Notes. "
        "Reefs are dying, according to a study published on Monday."
    )
    _, voices = _voices(nlp, text)
    first, second = text.split(". ")
    assert voices[first + "."][0] == "reported"
    assert voices[second] == ("vague", "a study")


def test_a_finding_whose_subject_was_parsed_as_a_compound(nlp):
    text = "The paper links about 40 percent of the losses to drought. The ferry links two islands."
    _, voices = _voices(nlp, text)
    assert voices["The paper links about 40 percent of the losses to drought."][0] == "reported"
    assert voices["The ferry links two islands."] == ("unattributed", None)


def test_a_stance_verb_read_as_a_noun_with_an_object(nlp):
    text = (
        "Tallis's campaign disputes those numbers, saying the rise reflects one-off grants. "
        "The campaign disputes dragged on for months."
    )
    _, voices = _voices(nlp, text)
    disputes = "Tallis's campaign disputes those numbers, saying the rise reflects one-off grants."
    assert voices[disputes][0] == "reported"
    assert voices["The campaign disputes dragged on for months."] == ("unattributed", None)


def test_few_holders_give_the_view_to_no_one(nlp):
    text = "It is a toll that few drivers asked for. A few residents said the toll was fair."
    _, voices = _voices(nlp, text)
    assert voices["It is a toll that few drivers asked for."] == ("unattributed", None)
    assert voices["A few residents said the toll was fair."] == ("vague", "A few residents")


def test_talks_are_a_meeting_not_a_view(nlp):
    text = (
        "Ministers prepare for talks on a fishing pact. There was talk of a merger after the vote."
    )
    _, voices = _voices(nlp, text)
    assert voices["Ministers prepare for talks on a fishing pact."] == ("unattributed", None)
    assert voices["There was talk of a merger after the vote."] == ("vague", "talk")


def test_an_accusation_a_verb_takes_back_points_to_one_made_before(nlp):
    text = "Tallis denied the accusation and left. The mayor faced accusations of bribery."
    rep, voices = _voices(nlp, text)
    assert _listed(rep, text) == ["The mayor faced accusations of bribery."]
    assert voices["The mayor faced accusations of bribery."] == ("vague", "accusations")


def test_looking_after_without_is_no_impression(nlp):
    text = "The photo came out sharp without looking edited. The photo looks edited."
    _, voices = _voices(nlp, text)
    assert voices["The photo came out sharp without looking edited."] == ("unattributed", None)
    assert voices["The photo looks edited."] == ("vague", "looks")
