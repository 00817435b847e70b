"""cr_quotes: direct, partial, indirect and scare quotes with cue and speaker."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, quote_rows

COLUMNS = ("kind", "words", "cue", "person", "speaker")


def _quotes(nlp, text):
    """(kind, quoted text, cue, person's name, speaker text) for each quote."""
    return quote_rows(nlp, text, COLUMNS)


# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker text).
CASES = {
    "straight_quote_before_cue": (
        '"We will rebuild the bridge by spring," Mayor Elena Varga said on Monday.',
        [("direct", "We will rebuild the bridge by spring,", "say", "Elena Varga", "Elena Varga")],
    ),
    "indirect_that_clause": (
        "Paula Reyes said that the factory would close in June.",
        [("indirect", "the factory would close in June", "say", "Paula Reyes", "Paula Reyes")],
    ),
    "according_to": (
        "According to Marco Lind, the harbour will reopen next week.",
        [
            (
                "indirect",
                "the harbour will reopen next week",
                "according to",
                "Marco Lind",
                "Marco Lind",
            )
        ],
    ),
    "non_person_speaker_keeps_text": (
        "Freedonia has repeatedly denied the allegations of fraud.",
        [("indirect", "the allegations of fraud", "deny", None, "Freedonia")],
    ),
    "partial_quote_in_reported_speech": (
        'Greta Holm said the council was ready to "go the extra mile" on housing.',
        [("partial", "go the extra mile", "say", "Greta Holm", "Greta Holm")],
    ),
    "scare_quote_without_cue": (
        "The so-called ‘green deal’ has divided the town for a year.",
        [("scare", "green deal", None, None, None)],
    ),
    "apostrophes_are_not_quotes": ("The town’s mayor visited the farmers’ market on Sunday.", []),
    "title_speaker_resolves_to_person": (
        "Ambassador Lina Moravec arrived in Oslo on Monday.\n\n"
        "“Our doors stay open,” the ambassador said.",
        [("direct", "Our doors stay open,", "say", "Lina Moravec", "the ambassador")],
    ),
    "headline_name_and_colon_is_the_speaker": (
        "Okafor: Budget Is ‘Simply Too Small’\n\nThe council met on Tuesday.",
        [("partial", "Simply Too Small", None, None, "Okafor")],
    ),
    "markup_attribute_values_are_not_quotes": (
        'The post <a data-id="4412" title="x">was shared</a> widely.',
        [],
    ),
    "fragments_of_one_statement_are_one_partial_quote": (
        "Karin Voss called the plan “reckless” and “deeply unfair” on Friday.",
        [("partial", "reckless” and “deeply unfair", "call", "Karin Voss", "Karin Voss")],
    ),
    "dateline_is_never_the_speaker": (
        "KESTON (Nordpress) — Lena Vik pledged to rebuild the bridge within a year.",
        [("indirect", "to rebuild the bridge within a year", "pledge", "Lena Vik", "Lena Vik")],
    ),
    "possessive_name_is_not_the_speaker": (
        "Mayor Lena Dahl spoke on Monday. Dahl's advisers said the plan would fail.",
        [("indirect", "the plan would fail", "say", None, "Dahl's advisers")],
    ),
    "cue_in_the_sentence_after_an_exclaiming_quote": (
        'Dan Roe spoke.\n\n"We will build the new road!" he said to loud cheers.',
        [("direct", "We will build the new road!", "say", "Dan Roe", "he")],
    ),
    "a_letter_speaks_through_it": (
        "The council sent a letter.\n\n“The road will close in June,” it read.",
        [("direct", "The road will close in June,", "read", None, "it")],
    ),
    "pronoun_skips_a_person_whose_first_name_tells_another_gender": (
        "Frank Lind thanked Carla Berg on Monday. Then she told reporters that talks had failed.",
        [("indirect", "talks had failed", "tell", "Carla Berg", "she")],
    ),
    "pronoun_prefers_the_subject_of_the_sentence_before": (
        "Maria Olsen interviewed Harriet Stone about the farm bill. She said the bill would pass.",
        [("indirect", "the bill would pass", "say", "Maria Olsen", "She")],
    ),
    "quote_introduced_by_a_colon_is_the_subjects": (
        'Mayor Elena Varga has a new message for the town: "Stay home during the storm."',
        [("direct", "Stay home during the storm.", None, "Elena Varga", "Elena Varga")],
    ),
    "question_and_answer_labels": (
        "Harold Quint took questions after the speech.\n\n"
        "Q: Will the mill reopen this year?\n\n"
        "A: We hope so, but nothing is certain.\n\n"
        "Q: What about the workers?\n\n"
        "A: They will be paid.",
        [
            ("direct", "Will the mill reopen this year?", None, None, "the interviewer"),
            ("direct", "We hope so, but nothing is certain.", None, "Harold Quint", "A"),
            ("direct", "What about the workers?", None, None, "the interviewer"),
            ("direct", "They will be paid.", None, "Harold Quint", "A"),
        ],
    ),
    "titled_label_names_the_person": (
        "Mr. Osei runs the bakery.\n\n"
        "MR. OSEI: We bake at four every morning.\n\n"
        "Kofi Osei opened the shop in 1998.",
        [("direct", "We bake at four every morning.", None, "Kofi Osei", "MR. OSEI")],
    ),
    "as_she_puts_it_gives_the_fragment_to_her": (
        "Lena Marsh spoke on Monday. The cuts were, as she put it, “a gift to the rich.”",
        [("direct", "a gift to the rich.", "put", "Lena Marsh", "she")],
    ),
    "put_without_the_aside_is_no_cue": (
        "Lena Marsh put it on the table in the town, “every single year.”",
        [("direct", "every single year.", None, None, None)],
    ),
    "described_as_fragment_is_the_subjects_partial_quote": (
        "Karin Voss spoke on Monday. Voss described the plan as “a total failure” at the debate.",
        [("partial", "a total failure", "describe", "Karin Voss", "Voss")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert _quotes(nlp, text) == expected


# One direct quote by ``person`` whose words run from ``first`` to ``last``.
ONE_DIRECT_QUOTE = {
    "split_quote_is_one_quote": (
        "“The river is rising,” Nora Quist said, “and the town must prepare.”",
        "Nora Quist",
        "The river is rising",
        "prepare.",
    ),
    "multi_paragraph_quote": (
        "Dario Fenn spoke at length.\n\n"
        "“The first problem is money. We have too little of it.\n\n"
        "“The second problem is time,” Fenn said.",
        "Dario Fenn",
        "The first problem",
        "is time,",
    ),
    "quote_going_on_after_its_cue_is_one_quote": (
        "“We lost the vote,” Maria Brandt said on Monday. “We will try again next year.”",
        "Maria Brandt",
        "We lost",
        "next year.",
    ),
    "three_paragraph_quote_with_open_middle_paragraphs": (
        "Hana Oduya, the harbour master, spoke at length.\n\n"
        "“The ships come in late.\n\n"
        "“The cranes are old.\n\n"
        "“And the money is gone,” Oduya said.",
        "Hana Oduya",
        "The ships",
        "gone,",
    ),
    "doubled_apostrophes_are_double_quotation_marks": (
        "''The rent is too high,'' Mira Kohl said. ''Nobody can pay it.''",
        "Mira Kohl",
        "The rent",
        "pay it.",
    ),
}


@pytest.mark.parametrize(("text", "person", "first", "last"), named(ONE_DIRECT_QUOTE))
def test_one_direct_quote(nlp, text, person, first, last):
    q = _quotes(nlp, text)
    assert len(q) == 1
    assert q[0][0] == "direct" and q[0][3] == person
    assert q[0][1].startswith(first) and q[0][1].endswith(last)


# The first quote is direct and ``person`` says it.
FIRST_DIRECT_SPEAKER = {
    "paragraph_ending_with_a_colon_introduces_the_quote": (
        "Mayor Petra Lund put it plainly:\n\n“We have no more money for roads this year.”",
        "Petra Lund",
    ),
    "quote_before_a_long_apposition_and_its_cue": (
        "“The trains will run again,” Edda Brun, the transport minister of the northern "
        "province since the last election, said.",
        "Edda Brun",
    ),
    "phrasal_verb_of_saying": ("“That is simply not true,” Lars Egil shot back.", "Lars Egil"),
}


@pytest.mark.parametrize(("text", "person"), named(FIRST_DIRECT_SPEAKER))
def test_first_direct_speaker(nlp, text, person):
    q = _quotes(nlp, text)
    assert q[0][0] == "direct" and q[0][3] == person


def test_curly_quote_after_cue_with_colon(nlp):
    text = "Councillor Jonas Pell told reporters: “The budget is simply too small.”"
    assert _quotes(nlp, text)[0][:4] == (
        "direct",
        "The budget is simply too small.",
        "tell",
        "Jonas Pell",
    )


def test_pronoun_speaker_resolves_to_person(nlp):
    text = (
        "Sarah Novak leads the union.\n\n“We will strike on Friday if nothing changes,” she said."
    )
    q = _quotes(nlp, text)[0]
    assert q[0] == "direct" and q[3] == "Sarah Novak" and q[4] == "she"


def test_nested_single_quote_is_scare(nlp):
    text = "“These stories about ‘secret plans’ will only grow,” Omar Vale said."
    q = _quotes(nlp, text)
    assert ("scare", "secret plans", None, None, None) in q
    assert q[0][0] == "direct" and q[0][3] == "Omar Vale"


def test_speech_inside_a_quote_is_not_a_quote_of_its_own(nlp):
    text = "“Then he told me, ‘You will never win this town,’ and he left,” Rosa Lind said."
    q = _quotes(nlp, text)
    assert [(k, s) for k, _, _, s, _ in q] == [("direct", "Rosa Lind")]


def test_cue_inside_the_quote_is_not_its_cue(nlp):
    text = "Tomas Rell wants leaders “who understand that the river will rise,” he said."
    q = _quotes(nlp, text)
    assert q[0][0] == "direct" or q[0][3] == "Tomas Rell"
    assert all(name == "Tomas Rell" for _, _, _, name, _ in q)


def test_outermost_speaker_of_a_partial_quote(nlp):
    text = (
        "Maria Ostrova spoke on Sunday.\n\n"
        "She says people think the mill will close and calls the plan “a slow disaster.”"
    )
    q = [x for x in _quotes(nlp, text) if x[0] == "partial"]
    assert q == [("partial", "a slow disaster.", "say", "Maria Ostrova", "She")]


def test_introduction_with_colon_before_a_quote_the_parser_splits(nlp):
    text = (
        "''We are ready,'' Anna Berg said. Then she added firmly: ''Nobody should expect "
        "an easy win.''"
    )
    q = _quotes(nlp, text)
    assert [(k, s, t) for k, _, _, s, t in q] == [
        ("direct", "Anna Berg", "Anna Berg"),
        ("direct", "Anna Berg", "she"),
    ]


def test_quote_after_reported_sentence_keeps_its_speaker(nlp):
    text = 'The harvest was poor this year, Tomas Hallberg said. "We need rain before spring."'
    assert _quotes(nlp, text)[1] == (
        "direct",
        "We need rain before spring.",
        None,
        "Tomas Hallberg",
        "Tomas Hallberg",
    )


def test_split_quote_speaker_never_inside_the_quote(nlp):
    text = (
        "“My answer, that was unacceptable,” the former finance minister said in an interview. "
        "“He should apologise.”"
    )
    quotes = _quotes(nlp, text)
    assert [q[4] for q in quotes] == ["the former finance minister"]


def test_dubbed_and_what_she_called_fragments(nlp):
    text = (
        "Karin Voss spoke on Monday. Voss dubbed the plan “the great giveaway” on Friday. "
        "She attacked what she called “a rigged system” in the capital."
    )
    q = _quotes(nlp, text)
    assert [(k, s, c, n) for k, s, c, n, _ in q] == [
        ("partial", "the great giveaway", "dub", "Karin Voss"),
        ("partial", "a rigged system", "attack", "Karin Voss"),
    ]


# -- stances and nouns of saying: (kind, content, speaker text, cue) ----------------------------

REPORT_COLUMNS = ("kind", "words", "speaker", "cue")

REPORTS = {
    "stance_verb_with_an_object_is_the_subjects_position": (
        "Ivo Brandt opposed the new tariff.",
        [("indirect", "the new tariff", "Ivo Brandt", "oppose")],
    ),
    # (declining to comment gives no words: test_quotes_denials.py)
    "declining_an_act_is_reported": (
        "Ivo Brandt declined to lower the price.",
        [("indirect", "to lower the price", "Ivo Brandt", "decline")],
    ),
    "stance_noun_with_a_holder_and_an_object": (
        "Nora Vik spoke on Monday. Her support for the new bridge surprised the council.",
        [("indirect", "the new bridge", "Her", "support")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(REPORTS))
def test_reports(nlp, text, expected):
    assert quote_rows(nlp, text, REPORT_COLUMNS) == expected


def test_claim_noun_with_a_possessive_holder(nlp):
    text = "Ivo Brandt's claim that the vote was rigged angered the board."
    ((kind, content, speaker, cue),) = quote_rows(nlp, text, REPORT_COLUMNS)
    assert (kind, content, cue) == ("indirect", "that the vote was rigged", "claim")
    assert speaker.startswith("Ivo Brandt")


# -- transcripts ----------------------------------------------------------------------------------


def test_transcript_turns_inside_unclosed_opening_marks(nlp):
    text = (
        "Senator Ilse Brandt spoke to the host of a Sunday programme.\n\n"
        "Partial transcript:\n\n"
        '"MORROW: Why did you vote against the bill?\n\n'
        '"BRANDT: Because it costs too much. It would ruin the "rainy day" fund.\n\n'
        '"MORROW: Thank you, Senator."'
    )
    rep = analyze_text(text, nlp)
    names = {p.id: p.name for p in rep.people}
    turns = [
        (text[q.span[0] : q.span[1]], text[q.speaker_span[0] : q.speaker_span[1]])
        for q in rep.quotes
        if q.kind == "direct" and q.speaker_span is not None
    ]
    assert turns == [
        ("Why did you vote against the bill?", "MORROW"),
        ('Because it costs too much. It would ruin the "rainy day" fund.', "BRANDT"),
        ("Thank you, Senator.", "MORROW"),
    ]
    direct = [q for q in rep.quotes if q.kind == "direct"]
    assert [names.get(q.speaker_id or "") for q in direct] == [None, "Ilse Brandt", None]
    assert all(q.cue is None and q.cue_span is None for q in direct)
    # the marks inside a turn quote words within the speaker's own
    assert ("scare", "rainy day", None, None, None) in _quotes(nlp, text)


def test_transcript_turn_runs_over_paragraphs_that_reopen_the_mark(nlp):
    text = (
        "Senator Ilse Brandt spoke to the host of a Sunday programme.\n\n"
        '"MORROW: Why?\n\n'
        '"BRANDT: It costs too much.\n\n'
        '"And it came too late.\n\n'
        '"(CROSSTALK)\n\n'
        '"MORROW: Thank you.\n\n'
        '"BRANDT: Goodbye.'
    )
    q = [(k, s, spk) for k, s, _, _, spk in _quotes(nlp, text) if k == "direct"]
    assert q == [
        ("direct", "Why?", "MORROW"),
        ("direct", 'It costs too much.\n\n"And it came too late.', "BRANDT"),
        ("direct", "Thank you.", "MORROW"),
        ("direct", "Goodbye.", "BRANDT"),
    ]


def test_transcript_turn_runs_on_to_the_next_label(nlp):
    # an answer printed one sentence a line carries its label on the first line only; the lines
    # up to the next label are the same answer, but not a stage direction, a line that names
    # the speaker (the writer's narration), or what follows the last turn
    text = (
        "Senator Ilse Brandt spoke to the host of a Sunday programme.\n\n"
        "MORROW: Why did you vote against it?\n"
        "BRANDT: It costs too much.\n"
        "And it came far too late.\n"
        "MORROW: And the second bill?\n"
        "BRANDT: We backed it.\n"
        "Brandt has backed every budget since 2019.\n"
        "MORROW: Thank you.\n"
        "BRANDT: Goodbye.\n"
        "The programme ended there."
    )
    q = [(s, spk) for k, s, _, _, spk in _quotes(nlp, text) if k == "direct"]
    assert q == [
        ("Why did you vote against it?", "MORROW"),
        ("It costs too much.\nAnd it came far too late.", "BRANDT"),
        ("And the second bill?", "MORROW"),
        ("We backed it.", "BRANDT"),
        ("Thank you.", "MORROW"),
        ("Goodbye.", "BRANDT"),
    ]


_LONG_ANSWER = (
    "Senator Ilse Brandt spoke to the host of a Sunday programme about the budget vote.\n"
    "MORROW: Why did you vote against the bill on the harbour?\n"
    "BRANDT: It costs far too much for what it gives the town.\n"
    "The harbour needs a new wall.\n"
    "The bill pays for a museum.\n"
    "The museum will not stop a flood.\n"
    "The wall would.\n"
    "We asked for the wall twice.\n"
    "We were told to wait.\n"
    "MORROW: Thank you for your time this morning.\n"
    "BRANDT: Goodbye, and thank you for having me."
)


def test_a_long_answer_one_sentence_a_line_runs_on_to_the_next_label(nlp):
    # seven lines after the label: a text that puts a sentence a line and no blank line
    # between two labels splits one answer over as many lines as it has
    q = [(s, spk) for k, s, _, _, spk in _quotes(nlp, _LONG_ANSWER) if k == "direct"]
    assert q[1] == (
        "It costs far too much for what it gives the town.\nThe harbour needs a new wall.\n"
        "The bill pays for a museum.\nThe museum will not stop a flood.\nThe wall would.\n"
        "We asked for the wall twice.\nWe were told to wait.",
        "BRANDT",
    )


def test_a_long_answer_in_paragraphed_text_keeps_the_limit(nlp):
    # a paragraph a line (each line holds several sentences): past the limit, the lines
    # between two labels may be the writer's own paragraphs
    lines = [
        "MORROW: Why did you vote against the bill? Was it the cost? Or the timing?",
        "BRANDT: It costs too much. It came too late. It helps no one.",
        *[
            f"The senator's office sent figure {n} later. It showed the cost. Nobody disputed it."
            for n in range(1, 8)
        ],
        "MORROW: Thank you. That is all. Goodbye.",
    ]
    text = "Senator Ilse Brandt spoke to the host of a Sunday programme.\n" + "\n".join(lines)
    q = [(s, spk) for k, s, _, _, spk in _quotes(nlp, text) if k == "direct"]
    assert ("It costs too much. It came too late. It helps no one.", "BRANDT") in q


def test_a_paragraph_after_a_blank_line_does_not_run_on(nlp):
    # in paragraphed text the writer may comment between two turns
    text = (
        "Senator Ilse Brandt spoke to the host of a Sunday programme.\n\n"
        "MORROW: Why did you vote against it?\n\n"
        "BRANDT: It costs too much.\n\n"
        "The bill had cleared committee a week before.\n\n"
        "MORROW: Thank you."
    )
    q = [(s, spk) for k, s, _, _, spk in _quotes(nlp, text) if k == "direct"]
    assert q == [
        ("Why did you vote against it?", "MORROW"),
        ("It costs too much.", "BRANDT"),
        ("Thank you.", "MORROW"),
    ]


def test_a_single_capitalised_tag_is_not_a_speaker(nlp):
    text = "UPDATE: The meeting has moved to Thursday.\n\nNadia Perlman said the vote was fair."
    assert [q[0] for q in _quotes(nlp, text)] == ["indirect"]
