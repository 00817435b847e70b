"""cr_assertions: vague sources: unnamed bodies, colleagues, studies, people counted by a
quantifier, quotes from unnamed speakers, and expectations with no source.

Each text is invented; each test covers one rule of the sentence voice, with exact labels."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import named, sentence_voices, vague_assertions

SOURCE = "Attributed only to '{}'; no one is named."


# Each case: a text of one sentence and its voice.
ONE_SENTENCE = {
    # people counted, not named
    "people_named_by_their_office_with_the_article_are_not_counted": (
        "The senators said the levy was dead.",
        "reported",
    ),
}


# Each case: a text and the voice of each of its sentences.
SENTENCES = {
    "a_common_refrain_is_no_ones": (
        "A common refrain is that the tunnel will never be finished.",
        ["vague"],
    ),
    # impressions and labels from no one
    "singled_out_as_is_a_label_from_no_one": (
        "The ferry route was singled out as a costly mistake.",
        ["vague"],
    ),
    # feelings toward someone or something, and reactions from no one
    "reverence_from_no_one_named_is_vague": ("The founders were revered for decades.", ["vague"]),
}


@pytest.mark.parametrize(("text", "voice"), named(ONE_SENTENCE))
def test_the_voice_of_a_one_sentence_text(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


@pytest.mark.parametrize(("text", "voices"), named(SENTENCES))
def test_the_voice_of_each_sentence(nlp, text, voices):
    assert [v for _, v in sentence_voices(nlp, text)] == voices


# -- named sources ---------------------------------------------------------------------------------


def test_an_unnamed_bodys_report_stays_vague(nlp):
    text = "According to a new study, gulls nest earlier than before."
    assert [a[2] for a in vague_assertions(nlp, text)] == [SOURCE.format("a new study")]


def test_an_expectation_with_no_source_stays_vague(nlp):
    text = "The river is expected to rise by April."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["is expected"]


# -- a named report, and "the report" after it -----------------------------------------------------


def test_a_report_with_a_title_is_a_named_source(nlp):
    text = "The Harbour Water Review found that the bay was cleaner than in 2010."
    assert vague_assertions(nlp, text) == []
    assert sentence_voices(nlp, text) == [(text, "reported")]


def test_the_report_after_a_named_report_points_back_to_it(nlp):
    text = (
        "The Harbour Water Review found that the bay was cleaner than in 2010. Oyster beds had "
        "doubled, the study found. The report said the gains were fragile."
    )
    assert vague_assertions(nlp, text) == []
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported"] * 3


def test_a_report_by_a_named_body_names_the_report_after_it(nlp):
    text = (
        "A report by the Tarnby Institute found that gulls nest earlier. The report said the "
        "change began in 2015."
    )
    assert vague_assertions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # no report named before it
        ("The study found that gulls nest earlier.", ["The study"]),
        # the report before it named no one: "the report" is that one
        (
            "A report said the river was rising. The report added that the dam was weak.",
            ["A report", "The report"],
        ),
        (
            "Studies show that gulls nest earlier. The study found that they fly further.",
            ["Studies", "The study"],
        ),
    ],
)
def test_a_report_with_no_named_report_before_it_stays_vague(nlp, text, sources):
    assert [c for _, c, _ in vague_assertions(nlp, text)] == sources


def test_a_title_case_headline_does_not_make_a_report_named(nlp):
    text = "Gulls Nest Earlier, The Study Says\n\nGulls now nest in March."
    assert [c for _, c, _ in vague_assertions(nlp, text)] == ["The Study"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Otters are returning to the river, a new Study says.", "a new Study"),
        ("The Study found that otters are returning to the river.", "The Study"),
    ],
)
def test_one_capitalised_document_noun_is_no_title(nlp, text, source):
    assert [c for _, c, _ in vague_assertions(nlp, text)] == [source]


def test_a_document_noun_with_capitalised_words_beside_it_is_a_title(nlp):
    text = "Otters are returning to the river, the Wild Rivers Survey says."
    assert vague_assertions(nlp, text) == []


# -- vague sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Colleagues from both parties say she answered every letter.",
            "Colleagues from both parties",
        ),
        ("Friends say the painter rarely left his studio.", "Friends"),
    ],
)
def test_unnamed_colleagues_and_friends_are_vague(nlp, text, source):
    assert sentence_voices(nlp, text) == [(text, "vague")]
    assert [a[2] for a in vague_assertions(nlp, text)] == [SOURCE.format(source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Independent monitors have described the vote as largely fair.", "Independent monitors"),
        ("Observers have described the count as slow.", "Observers"),
        ("Analysts have characterised the result as a setback.", "Analysts"),
    ],
)
def test_unnamed_monitors_and_observers_describing_are_vague(nlp, text, source):
    assert vague_assertions(nlp, text) == [(text, source, SOURCE.format(source))]


@pytest.mark.parametrize(
    "text",
    [
        "Heart monitors in the clinic showed that her pulse slowed overnight.",
        "Noise monitors near the runway recorded that the night flights grew louder.",
        "Baby monitors detected a rise in the room's temperature.",
    ],
)
def test_monitors_that_show_or_record_are_devices_not_vague_sources(nlp, text):
    assert vague_assertions(nlp, text) == []


def test_monitors_who_say_are_still_unnamed_people(nlp):
    text = "Ceasefire monitors said both sides fired shells overnight."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["Ceasefire monitors"]


def test_a_named_monitoring_body_describing_is_no_vague_source(nlp):
    text = "The Electoral Monitoring Office has described the vote as largely fair."
    assert vague_assertions(nlp, text) == []
    assert sentence_voices(nlp, text) == [(text, "reported")]


def test_studies_that_have_linked_a_habit_are_an_unnamed_source(nlp):
    text = "Several earlier studies have linked the Nordic diet to longer lives."
    assert vague_assertions(nlp, text) == [
        (text, "Several earlier studies", SOURCE.format("Several earlier studies"))
    ]


# -- people counted, not named ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some senators said the levy was dead.",
        "Several Republicans said the levy was dead.",
        "A few councillors have called for an inquiry into the levy.",
    ],
)
def test_people_counted_by_a_quantifier_are_a_vague_source(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "vague")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "One of the mayor's aides said the ferry would run again in May.",
            "One of the mayor's aides",
        ),
        ("A wide range of economists say the levy will slow hiring.", "A wide range of economists"),
        ("Aides said the governor would sign the budget on Friday.", "Aides"),
        ("Those who know the harbor say the pier is unsafe.", "Those"),
    ],
)
def test_counted_or_described_people_are_an_unnamed_source(nlp, text, source):
    assert vague_assertions(nlp, text) == [(text, source, SOURCE.format(source))]


def test_a_named_speaker_with_unnamed_partners_keeps_the_sentence(nlp):
    text = "Ines Dorn and other council members said the pier was unsafe."
    assert sentence_voices(nlp, text) == [(text, "reported")]
    assert vague_assertions(nlp, text) == [
        (text, "other council members", "Also given to 'other council members', who are not named.")
    ]


@pytest.mark.parametrize(
    "text", ["The closure drew criticism.", "The vote caused dismay in the harbor town."]
)
def test_a_reaction_from_no_one_named_is_vague(nlp, text):
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague"]


def test_an_unnamed_doctor_is_a_vague_source(nlp):
    """A profession that is a role when it stands by a name names no one on its own."""
    text = "A doctor at the clinic in Dunmore said the ward was full."
    assert [s.voice for s in analyze_text(text, nlp).sentences] == ["vague"]


# -- one vague assertion over a vaguely sourced quote ------------------------------------------


def test_a_quote_from_an_unnamed_source_is_one_vague_assertion(nlp):
    text = (
        'A friend of the family said: "Mira is a kind girl. She has cried for days. She does '
        'not want to go back."'
    )
    found = vague_assertions(nlp, text)
    assert len(found) == 1
    assert found[0][0].rstrip('"') == text[:-1]  # over all three sentences
    assert found[0][1] == "A friend of the family"


def test_two_quotes_from_unnamed_sources_stay_two_assertions(nlp):
    first = 'A friend of the family said: "Mira is a kind girl."'
    second = 'A neighbour said: "She keeps to herself."'
    found = vague_assertions(nlp, first + "\n\n" + second)
    assert [w.rstrip('"') for w, _, _ in found] == [first[:-1], second[:-1]]


def test_a_question_framing_a_gesture_is_one_vague_assertion(nlp) -> None:
    text = "Asked whether she would resign over the vote, Hallam shrugged.\n"
    rep = analyze_text(text, nlp)
    assert [(text[slice(*a.span)], a.status) for a in rep.assertions] == [(text.strip(), "vague")]
    # a framing participle that is no cue leaves the sentence the outlet's
    text = "Built in 1890, the old ferry carried 300 people on Sundays.\n"
    assert [a.status for a in analyze_text(text, nlp).assertions] == ["unattributed"]


@pytest.mark.parametrize(
    "text",
    [
        "The disclosures are the latest in a run of setbacks for the port authority.\n",
        "The ruling was a heavy blow for the fishing crews.\n",
    ],
)
def test_a_predicate_noun_about_an_act_of_saying_is_the_writers(nlp, text) -> None:
    assert sentence_voices(nlp, text) == [(text.strip(), "unattributed")]


@pytest.mark.parametrize(
    "text",
    [
        "The walkout is over pay, and the dispute is the third at the ferry yard this year.\n",
        "Appeals for flood relief were only a fifth funded by the spring.\n",
    ],
)
def test_a_predicate_about_an_act_of_asking_or_contending_is_the_writers(nlp, text) -> None:
    assert vague_assertions(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The drivers' demand is a shorter shift.\n",
        "Their request was a new roof for the school.\n",
        "Their objection is the noise from the quarry.\n",
    ],
)
def test_a_predicate_noun_of_a_demand_is_what_was_asked(nlp, text) -> None:
    assert sentence_voices(nlp, text) == [(text.strip(), "reported")]


def test_a_predicate_noun_of_a_groups_demand_is_what_was_asked(nlp) -> None:
    text = "The growers' demand was cheaper water for the orchards.\n"
    assert [v for _, v in sentence_voices(nlp, text)] in (["vague"], ["reported"])


@pytest.mark.parametrize(
    "text",
    [
        "Tenants met the landlord. Their plea was a short one: fix the heating. He left.",
        "Tenants met the landlord. The message was a short one: we will not pay. He left.",
    ],
)
def test_the_words_after_a_colon_are_what_was_asked_or_said(nlp, text) -> None:
    voices = sentence_voices(nlp, text)
    assert [w for w, _ in voices] == [
        "Tenants met the landlord.",
        text.split(". ")[1] + ".",
        "He left.",
    ]
    assert voices[1][1] in ("reported", "vague")


def test_a_sentence_of_a_demand_before_a_colon_is_kept(nlp) -> None:
    text = "Tenants met the landlord. Their demand was plain: fix the heating. He left."
    assert len(sentence_voices(nlp, text)) == 3


def test_a_request_to_the_reader_with_no_lead_claims_nothing(nlp) -> None:
    assert sentence_voices(nlp, "If the ferry is full, take the bridge.") == []


def test_a_complaint_with_its_content_still_needs_a_holder(nlp) -> None:
    text = "The complaint is that the ferry yard is too loud.\n"
    assert [c for _, c, _ in vague_assertions(nlp, text)] == ["The complaint"]


def test_a_predicate_noun_of_a_fear_is_its_content(nlp) -> None:
    text = "The fear is a second closure of the bridge.\n"
    assert [c for _, c, _ in vague_assertions(nlp, text)] == ["The fear"]


# -- nouns of stance that are no one's view --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a bare noun said of in general: the writer's claim about the thing itself
        ("Panic is not a strategy.", "unattributed"),
        ("Rumours are a poor guide to the budget.", "unattributed"),
        # others' reaction, now: still vague
        ("Fear is spreading along the coast.", "vague"),
        ("The worry is a second flood.", "vague"),
    ],
)
def test_a_bare_noun_of_stance_said_of_in_general_is_the_writers_claim(nlp, text, voice):
    assert sentence_voices(nlp, text) == [(text, voice)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a predicate noun says what a view said before, or a commitment, was to the writer
        ("The mayor made the promise in May. That promise was no mere gesture.", "unattributed"),
        ("The vow was the centrepiece of her campaign.", "unattributed"),
        # the content of a view held by no one named
        ("The fear is a second closure of the mill.", "vague"),
    ],
)
def test_a_predicate_noun_describing_a_view_said_before_is_the_writers(nlp, text, voice):
    assert sentence_voices(nlp, text)[-1][1] == voice


def test_a_reaction_noun_with_a_relative_clause_is_no_ones_view(nlp):
    # "that" is the object of the relative clause, not the opening of what is feared
    own = "The claims deserve the scepticism that any advertisement gets."
    assert sentence_voices(nlp, own) == [(own, "unattributed")]
    vague = "The ruling drew criticism that the court had overreached."
    assert sentence_voices(nlp, vague) == [(vague, "vague")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Human rights monitors recorded that 12 villagers had fled.", "Human rights monitors"),
        ("Vote monitors detected that some boxes had been opened.", "Vote monitors"),
        ("Monitors from the mission indicated that the tally was wrong.", None),
    ],
)
def test_monitors_who_record_with_no_device_word_are_people(nlp, text, cue):
    voices = [v for _, v in sentence_voices(nlp, text)]
    assert voices and voices[0] in ("vague", "reported")
    if cue is not None:
        assert [a[1] for a in vague_assertions(nlp, text)] == [cue]


def test_a_device_that_records_leaves_the_sentence_the_outlet_s(nlp):
    text = "Air-quality monitors recorded that smoke had spread across the estate."
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # how a work's credits list her: no view anyone holds
        ("Marrow, who is credited as a co-writer, left the band in 2019.", "unattributed"),
        # credited with / to: someone unnamed gives her the credit
        ("Marrow is credited with saving the band.", "vague"),
        ("The rescue of the band is credited to Marrow.", "vague"),
    ],
    ids=["credited-as", "credited-with", "credited-to"],
)
def test_credited_as_a_role_is_no_hidden_view(nlp, text, status):
    report = analyze_text(text, nlp)
    assert [a.status for a in report.assertions] == [status]


# -- campaigners and groups ------------------------------------------------------------------------


def test_campaigners_and_groups_of_a_kind_are_vague_sources(nlp):
    text = (
        "Pools to close\n\nCampaigners said they would fight the plan. "
        "Health campaigners say the pools are vital. "
        "Business groups have warned that rates could rise.\n"
    )
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed", *["vague"] * 3]


def test_one_group_by_its_name_or_after_its_name_is_named(nlp):
    text = (
        "Pools to close\n\nThe swimming group Keep Pools Open said the plan was wrong. "
        "The group said it would appeal.\n"
    )
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed", "reported", "reported"]


# -- a bare reply after a view ------------------------------------------------------------------


def test_others_who_disagree_are_a_vague_source(nlp):
    text = "Some traders say the market is busier. Others disagree. Lena Ruud strongly disagrees."
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague", "vague", "reported"]


def test_an_agreement_with_more_to_it_is_read_as_usual(nlp):
    text = "The two bakeries agreed in March to merge."
    assert [v for _, v in sentence_voices(nlp, text)] == ["reported"]


# -- records and signers ---------------------------------------------------------------------------


def test_a_ban_is_a_recorded_outcome_not_a_vague_claim(nlp):
    text = (
        "Kerr was jailed for six years. He was also banned from keeping animals for ten years. "
        "Glue traps have been banned in several countries."
    )
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed"] * 3


def test_an_unnamed_approval_is_still_vague(nlp):
    text = "The new bridge was approved by officials last year."
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague"]


def test_the_signers_of_a_petition_are_no_source_of_the_sentence(nlp):
    text = "A petition against the new car park, signed by more than 2,000 people, was handed in."
    assert [v for _, v in sentence_voices(nlp, text)] == ["unattributed"]


# -- a headline document named in the lead --------------------------------------------------------


def test_a_headline_report_named_in_the_first_paragraph_is_not_vague(nlp):
    text = (
        "Report warns of longer waits for hip operations\n\n"
        "Waits for hip operations will double by 2030, according to a report published on "
        "Monday by the Norland Health Trust.\n"
    )
    assert vague_assertions(nlp, text) == []


def test_a_headline_report_the_lead_does_not_name_stays_vague(nlp):
    text = (
        "Report warns of longer waits for hip operations\n\n"
        "Waits for hip operations will double, a report says.\n\n"
        "A report by the Norland Health Trust found that clinics were closing.\n"
    )
    assert [a[1] for a in vague_assertions(nlp, text)] == ["Report", "a report"]


# -- "both groups", "the two experts": the ones just named -----------------------------------------


def test_both_or_the_two_after_named_bodies_point_back_to_them(nlp):
    text = (
        "Pool plan opposed\n\n"
        "Keep Pools Open and the Tarnby Swimming Club have objected to the plan.\n\n"
        "Both groups said they would appeal. The two groups said the council had not listened. "
        "These groups say the pool is protected.\n"
    )
    assert vague_assertions(nlp, text) == []


def test_both_after_people_counted_but_not_named_stays_vague(nlp):
    text = (
        "Pool plan opposed\n\n"
        "Lena Ruud and Idris Pell run the council. Two experts studied the pool's roof.\n\n"
        "Both experts said the roof was unsafe.\n"
    )
    assert [a[1] for a in vague_assertions(nlp, text)] == ["Both experts"]


# -- a document that says, signed by people --------------------------------------------------------


def test_the_signers_of_a_letter_that_says_something_are_its_vague_source(nlp):
    text = "A letter, signed by 30 nurses, says the ward is unsafe."
    assert [a[1] for a in vague_assertions(nlp, text)] == ["30 nurses"]


# -- a bare reply needs someone to hold the view ---------------------------------------------------


def test_figures_that_agree_are_the_outlet_s_claim(nlp):
    text = "Some traders say the market is busier. The sales figures agree."
    assert sentence_voices(nlp, text) == [
        ("Some traders say the market is busier.", "vague"),
        ("The sales figures agree.", "unattributed"),
    ]


def test_some_who_agree_are_a_vague_source(nlp):
    text = (
        "Some traders say the market is busier. Most shopkeepers agree. "
        "Sixty percent of residents agree. Most of the sales figures agree."
    )
    assert [v for _, v in sentence_voices(nlp, text)] == ["vague", "vague", "vague", "unattributed"]
