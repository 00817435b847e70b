"""cr_quotes: turns of a question-and-answer exchange, short answers as paragraphs of their
own, and speakers written as a hyphenated noun, a name set off after a noun, two coordinated
names, a lone surname, a subject "it" and the holder of a promise."""

from __future__ import annotations

import pytest

from contextreader.analysis.quotes.index import _Index
from tests.analysis.helpers import named, quote_rows

COLUMNS = ("kind", "words", "person", "speaker")

# Each case: a short article and every quote found in it, as
# (kind, quoted text, person's name, speaker as the report shows it).
CASES = {
    # -- questions and answers take turns --------------------------------------------------------
    "cueless_question_after_an_answer_is_the_askers": (
        "The inspector, Marta Velasco, met the driver, Tomas Ribeiro, at the depot.\n\n"
        '"Were you on the bridge at noon?" Velasco asked.\n\n'
        '"I was there, yes," Ribeiro said.\n\n'
        '"And you saw the lorry?"\n\n'
        '"I did."',
        [
            ("direct", "Were you on the bridge at noon?", "Marta Velasco", "Velasco"),
            ("direct", "I was there, yes,", "Tomas Ribeiro", "Ribeiro"),
            ("direct", "And you saw the lorry?", "Marta Velasco", "Velasco"),
            ("direct", "I did.", "Tomas Ribeiro", "Ribeiro"),
        ],
    ),
    "an_answer_going_on_in_a_new_paragraph_stays_the_answerers": (
        "The inspector, Marta Velasco, met the driver, Tomas Ribeiro, at the depot.\n\n"
        '"Were you on the bridge at noon?" Velasco asked.\n\n'
        '"I was there, yes," Ribeiro said.\n\n'
        '"And you saw the lorry?"\n\n'
        '"I did."\n\n'
        '"It was moving far too fast for the bend."',
        [
            ("direct", "Were you on the bridge at noon?", "Marta Velasco", "Velasco"),
            ("direct", "I was there, yes,", "Tomas Ribeiro", "Ribeiro"),
            ("direct", "And you saw the lorry?", "Marta Velasco", "Velasco"),
            (
                "direct",
                'I did."\n\n"It was moving far too fast for the bend.',
                "Tomas Ribeiro",
                "Ribeiro",
            ),
        ],
    ),
    "a_question_with_no_exchange_before_it_goes_on_with_the_speaker": (
        "Tomas Ribeiro spoke to the crew on Monday.\n\n"
        '"We leave at dawn," Ribeiro said.\n\n'
        '"Does anyone really want to wait another week?"',
        [
            (
                "direct",
                'We leave at dawn," Ribeiro said.\n\n'
                '"Does anyone really want to wait another week?',
                "Tomas Ribeiro",
                "Ribeiro",
            ),
        ],
    ),
    "no_turns_when_a_pronoun_may_be_the_speaker_before": (
        "Hana Okafor hosted the show.\n\n"
        '"It was a strange week," the host said.\n\n'
        '"Why did it go so badly?" she asked.\n\n'
        '"Nobody knows why."',
        [
            ("direct", "It was a strange week,", None, "the host"),
            (
                "direct",
                'Why did it go so badly?" she asked.\n\n"Nobody knows why.',
                "Hana Okafor",
                "she",
            ),
        ],
    ),
    # -- each paragraph of a dialogue is a new turn ----------------------------------------------
    "a_reply_cut_to_its_auxiliary_is_the_other_partys_and_turns_alternate": (
        "Greta Holm mends nets on the quay. She looks up when I arrive.\n\n"
        '"You are the new teacher," she says.\n\n'
        '"I am."\n\n'
        '"They always send them in winter."\n\n'
        '"Why is that?"\n\n'
        '"Nobody else will take the job."',
        [
            ("direct", "You are the new teacher,", "Greta Holm", "she"),
            ("direct", "I am.", None, None),
            ("direct", "They always send them in winter.", "Greta Holm", "she"),
            ("direct", "Why is that?", None, None),
            ("direct", "Nobody else will take the job.", "Greta Holm", "she"),
        ],
    ),
    # the same person again ("we" ... "We will.") is the speaker going on, not a new turn
    "a_clipped_reply_in_the_same_person_is_no_new_turn": (
        '"We will open the pier in May," Mark Bell said.\n\n'
        '"Some people think we will never finish it," Jana Roe said.\n\n'
        '"We will."',
        [
            ("direct", "We will open the pier in May,", "Mark Bell", "Mark Bell"),
            (
                "direct",
                'Some people think we will never finish it," Jana Roe said.\n\n"We will.',
                "Jana Roe",
                "Jana Roe",
            ),
        ],
    ),
    "a_reply_after_two_named_parties_is_the_one_before_the_last": (
        "The inspector, Marta Velasco, met the driver, Tomas Ribeiro, at the depot.\n\n"
        '"You were at the depot all night," Velasco said.\n\n'
        '"I was at home by ten," Ribeiro said.\n\n'
        '"You were not."',
        [
            ("direct", "You were at the depot all night,", "Marta Velasco", "Velasco"),
            ("direct", "I was at home by ten,", "Tomas Ribeiro", "Ribeiro"),
            ("direct", "You were not.", "Marta Velasco", "Velasco"),
        ],
    ),
    "the_answer_to_a_question_put_in_the_narration_is_the_one_asked": (
        "Piet Visser sold the bakery last month. Later I ask Visser what he will do.\n\n"
        '"Travel, perhaps. Read."\n\n'
        '"Will you miss the ovens?"',
        [
            ("indirect", "what he will do", None, "the writer"),
            ("direct", "Travel, perhaps. Read.", "Piet Visser", "Visser"),
            ("direct", "Will you miss the ovens?", None, "the writer"),
        ],
    ),
    "the_writers_question_and_a_named_answer_take_turns": (
        "Piet Visser has fished the estuary since he was a boy.\n\n"
        '"Do you still go out every day?" I ask.\n\n'
        '"Every day," Visser replies.\n\n'
        '"Even in winter?"\n\n'
        '"Winter most of all."',
        [
            ("direct", "Do you still go out every day?", None, "the writer"),
            ("direct", "Every day,", "Piet Visser", "Visser"),
            ("direct", "Even in winter?", None, "the writer"),
            ("direct", "Winter most of all.", "Piet Visser", "Visser"),
        ],
    ),
    "a_pronoun_of_the_other_gender_in_an_exchange_is_the_other_party": (
        "Arne Lund keeps the lighthouse. His only visitor is a nurse named Sofia Marsh.\n\n"
        "She waves from the gate as she leaves.\n\n"
        '"See you on Sunday, Arne," she says.\n\n'
        '"See you on Sunday," he replies.',
        [
            ("direct", "See you on Sunday, Arne,", "Sofia Marsh", "she"),
            ("direct", "See you on Sunday,", "Arne Lund", "he"),
        ],
    ),
    "a_pronoun_of_the_same_gender_stays_with_the_speaker": (
        "Arne Lund keeps the lighthouse. His only visitor is a nurse named Sofia Marsh.\n\n"
        "She waves from the gate as she leaves.\n\n"
        '"See you on Sunday, Arne," she says.\n\n'
        '"Bring the letters," she adds.',
        [
            ("direct", "See you on Sunday, Arne,", "Sofia Marsh", "she"),
            ("direct", "Bring the letters,", "Sofia Marsh", "she"),
        ],
    ),
    "a_request_put_in_the_narration_leaves_the_quote_to_the_asker": (
        'Hana Okafor asked the board to delay the vote.\n\n"We need another month."',
        [
            ("indirect", "to delay the vote", "Hana Okafor", "Hana Okafor"),
            ("direct", "We need another month.", "Hana Okafor", "Hana Okafor"),
        ],
    ),
    "a_second_paragraph_of_a_news_quote_goes_on_with_the_speaker": (
        '"We will appeal the ruling," Ribeiro said.\n\n"The court got this badly wrong."',
        [
            (
                "direct",
                'We will appeal the ruling," Ribeiro said.\n\n"The court got this badly wrong.',
                "Ribeiro",
                "Ribeiro",
            ),
        ],
    ),
    "a_speaker_taking_up_their_own_words_goes_on": (
        '"Nobody thought we could finish the bridge," Ribeiro says.\n\n"We did."',
        [
            (
                "direct",
                'Nobody thought we could finish the bridge," Ribeiro says.\n\n"We did.',
                "Ribeiro",
                "Ribeiro",
            ),
        ],
    ),
    "a_short_paragraph_quote_with_no_quote_before_stays_a_scare_quote": (
        'Piet Visser read the letter.\n\n"Enough."\n\nHe left.',
        [("scare", "Enough.", None, None)],
    ),
    "a_short_quote_inside_a_sentence_stays_a_scare_quote": (
        'The club opened its new stand as a "fresh start." Fans were unimpressed.',
        [("scare", "fresh start.", None, None)],
    ),
    # -- who the subject is ----------------------------------------------------------------------
    "a_hyphenated_noun_is_one_speaker": (
        "Her co-author said the sample was too small.",
        [("indirect", "the sample was too small", None, "Her co-author")],
    ),
    "a_name_set_off_after_the_subject_names_it": (
        "The study was run by Dr. Hana Okafor. Her co-author, Dr. Piet Visser of the Delft "
        "Water Laboratory, said the sample was too small.",
        [("indirect", "the sample was too small", "Piet Visser", "Piet Visser")],
    ),
    "a_name_inside_an_apposition_is_not_the_subject": (
        "The lawyer, a friend of Piet Visser, said the sample was too small.",
        [("indirect", "the sample was too small", None, "The lawyer")],
    ),
    "coordinated_names_speak_together": (
        "Piet Visser and Hana Okafor ran the trial. Visser and Okafor said the next trial "
        "will be larger.",
        [("indirect", "the next trial will be larger", None, "Visser and Okafor")],
    ),
    "a_lone_surname_the_tagger_missed_is_that_person": (
        "The witness, Hana Okafor, spoke on Tuesday.\n\n"
        '"Did he say where?" the judge asked.\n\n'
        '"He said he hid them under the stairs," Okafor replied.',
        [
            ("direct", "Did he say where?", None, "the judge"),
            ("direct", "He said he hid them under the stairs,", "Hana Okafor", "Okafor"),
        ],
    ),
    # -- "it" as the speaker ---------------------------------------------------------------------
    "it_is_the_subject_of_the_clause_above": (
        'The unrest grew after Velmoria began what it called a "border cleanup" last spring.',
        [("partial", "border cleanup", None, "Velmoria")],
    ),
    "sentence_opening_it_is_the_body_before_it": (
        "The firm said it had sold its warehouse. It said it would hire more staff.",
        [
            ("indirect", "it had sold its warehouse", None, "The firm"),
            ("indirect", "it would hire more staff", None, "The firm"),
        ],
    ),
    "it_after_a_verb_with_a_thing_for_object_is_left_alone": (
        "The broadcaster released a statement on Friday. It said the officer ran.",
        [("indirect", "the officer ran", None, "It")],
    ),
    "it_after_a_person_is_left_alone": (
        "Hana Okafor closed the report. It said the bridge was unsafe.",
        [("indirect", "the bridge was unsafe", None, "It")],
    ),
    # -- the holder of a promise -----------------------------------------------------------------
    "quote_in_a_promise_is_the_holders": (
        'Mayor Hana Okafor, who won on a pledge to "fix every road," faces a recall.',
        [("partial", "fix every road,", "Hana Okafor", "Mayor Hana Okafor")],
    ),
    "a_thing_resting_on_a_promise_holds_nothing": (
        'The budget rests on a promise to "modernize" the fleet.',
        [("scare", "modernize", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text, COLUMNS) == expected


def test_a_surname_names_one_person_only(nlp):
    doc = nlp("Hana Okafor met Piet Visser in Delft. Her brother, Tomas Okafor, stayed home.")
    ix = _Index(doc)
    visser = next(p.id for p in doc._.cr_people if p.name == "Piet Visser")
    assert ix.person_by_surname("Visser") == visser
    assert ix.person_by_surname("Okafor") is None  # two people share it
    assert ix.person_by_surname("Delft") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body or document that is the subject of the clause under the verb may be "it" too
        (
            "The council said on Friday that the inquiry into the flood was over. "
            "It found that the drains had failed.",
            [
                ("indirect", "the inquiry into the flood was over", None, "The council"),
                ("indirect", "the drains had failed", None, "It"),
            ],
        ),
        # a clause under the verb with no such subject leaves the body as "it"
        (
            "The council said on Friday that the drains had failed. It said it would rebuild them.",
            [
                ("indirect", "the drains had failed", None, "The council"),
                ("indirect", "it would rebuild them", None, "The council"),
            ],
        ),
    ],
)
def test_it_is_left_alone_when_a_clause_under_the_verb_has_another_body(nlp, text, expected):
    assert quote_rows(nlp, text, COLUMNS) == expected
