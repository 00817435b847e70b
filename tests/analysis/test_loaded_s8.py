"""Loaded terms, session 8: plain senses found in a blind review of marks, new entries, title-case
headlines and labels pinned on someone by another (issue 4).

Each case puts the sentence where the word is marked next to the sentences where its context
makes it plain; every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from contextreader.analysis.loaded.lexicon import load_lexicon
from contextreader.analysis.loaded.voice import _anothers_label
from tests.analysis.helpers import grouped, mark_voices, marks, unmarked

MARKS = {
    # -- set phrases that only mean "not knowing", "a courtesy", "an outspoken critic" ------
    "plain_phrases": [
        ("The ignorant voters of Tarsen were misled again.", [("ignorant", "exaggeration")]),
        ("Dunmore launched a fierce attack on the board.", [("fierce", "exaggeration")]),
        *unmarked(
            "The clerk was ignorant of the new filing rule.",
            "The chair thanked her esteemed colleague from Vell.",
            "Ms Pell, a fierce critic of the plan, spoke first.",
            # the noun that sets the plain sense may stand after another adjective, or be the
            # subject the adjective is said of
            "Aid workers feared a long and bloody civil conflict.",
            "The fighting in the hills was fierce.",
        ),
        ("The mayor was fierce in his attack on the board.", [("fierce", "exaggeration")]),
        # "a mockery of" is the verdict; mockery people felt or voiced is news
        ("The ruling makes a mockery of justice.", [("mockery", "contentious label")]),
        ("The bill is a war on women.", [("war on", "exaggeration")]),
        ("He regrets the mockery it made of the rules.", [("mockery", "contentious label")]),
        *unmarked(
            "His gaffe drew mockery online.",
            "She spoke of a fierce urgency to act.",
            # the verb "damn" means condemn; "the damned" are souls condemned
            "The auditors moved slowly on evidence that could have damned the mayor.",
            "The preacher spoke of the fate of the damned.",
            # a verb's plain sense is set by its object, after an article too
            "The judge said the sentence would shock the conscience.",
            "Vell slammed the heavy door behind him.",
            # and a word's plain sense by the noun phrase after it, past an article
            "The war on the Islamic State went on for years.",
            "The war on the Taliban cost billions.",
        ),
        (
            "It was a damned lie from start to finish.",
            [("damned", "exaggeration"), ("lie", "contentious label")],
        ),
    ],
    # -- new entries and forms -----------------------------------------------------------------
    "new_entries": [
        ("The blog called the protesters freaks.", [("freaks", "contentious label")]),
        ("He said his tormentors had won the vote.", [("tormentors", "contentious label")]),
        ("It was a gut-wrenching end to the season.", [("gut-wrenching", "exaggeration")]),
        ("The warmongering in Tarsen has to stop.", [("warmongering", "contentious label")]),
        ("The witch-hunting of the clerks went on.", [("witch-hunting", "contentious label")]),
        # a word made from a name keeps its capital and is still the label
        ("The site called him an Islamophobe.", [("Islamophobe", "contentious label")]),
        *unmarked(
            "A freak accident closed the road to Dunmore.",
            "Freak weather flooded the valley in June.",
            "She is a fitness freak who runs every morning.",
        ),
        ("Fans freaked out when the band cancelled.", [("freaked out", "exaggeration")]),
    ],
    # -- a title-case headline is matched on a lower-case copy --------------------------------
    "title_case_headlines": [
        (
            "Senator Unleashes Firestorm Over Unethical Sham\n\nThe senator spoke on Friday.",
            [
                ("Firestorm", "exaggeration"),
                ("Unethical", "exaggeration"),
                ("Sham", "contentious label"),
            ],
        ),
        (
            "Being Wary Of Proven Liars Is Only Sensible\n\nThe panel met again.",
            [("Liars", "contentious label")],
        ),
        # a named person's name, a title in quotation marks and a word the body writes with a
        # capital mid-sentence are names; a signature, a credit line or a byline is no headline
        *unmarked(
            "Mara Savage Wins The Tarsen Vote\n\nMara Savage won by nine votes.",
            "Review: 'Savage Grace' Is A Quiet Film\n\nThe film opens in Tarsen on Friday.",
            "The Evil Dead Remake Tops The Box Office\n\nThe new Evil Dead film made $40m.",
            "Hissy Fit Pundit (@hfpundit) May 2, 2018\n\nThe post was shared widely.",
            "Markets fell.\n\nReporting by Orla Savage; Editing by Kel Fox",
            # and a word in any heading that the body capitalises mid-sentence is a name
            "The Dictator Queen: A Reply\n\nMany readers of The Dictator Queen wrote in.",
        ),
        # a set phrase the body also capitalises is still the phrase
        (
            "Exposing The Deep State Plotters\n\nThe Deep State plotters were named.",
            [("Deep State", "contentious label"), ("Deep State", "contentious label")],
        ),
        (
            "Hissy Fit Pundit Quits The Show\n\nThe host left on Monday.",
            [("Hissy Fit", "exaggeration")],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


VOICES = {
    # -- a label pinned on someone by the sentence's subject is that subject's word -------------
    "anothers_label": [
        ("The lobby set out to tar Dunmore as an anti-semite.", [("anti-semite", "reported")]),
        ("Vell was criticized as homophobic by the council.", [("homophobic", "reported")]),
        ("The party labels its rivals as bigots.", [("bigots", "reported")]),
        ("The agency hunted people it deemed to be traitors.", [("traitors", "reported")]),
        ("The plan was widely seen as a disaster.", [("disaster", "reported")]),
        # the writer labelling, or a phrasal verb, leaves the word the writer's
        ("I regard him as a fraudster.", [("fraudster", "outlet")]),
        ("The agency called out the mayor's leftist aides.", [("leftist", "outlet")]),
        ("He served as a propagandist for the junta.", [("propagandist", "outlet")]),
        # a passive names who labels, or no one: another's label unless the writer vouches for it
        ("I was criticized as a bigot by the council.", [("bigot", "reported")]),
        (
            "Kell wrote posts that were criticised as lewd and homophobic on the forum.",
            [("homophobic", "reported")],
        ),
        ("This can only be called a disgrace.", [("disgrace", "outlet")]),
        ("The deal is rightly regarded as a humiliating surrender.", [("humiliating", "outlet")]),
        # in a headline the lower-case copy's parse decides
        ("Mayor Calls Critics Liars\n\nThe mayor spoke on Friday.", [("Liars", "reported")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(VOICES))
def test_voices(nlp, text, expected):
    assert mark_voices(nlp, text) == expected


def test_a_label_parsed_onto_the_labelling_verb_is_still_anothers(nlp):
    """The small model sometimes hangs the second of two joined labels on the verb ("criticized
    as racist and homophobic" with "homophobic" a conjunct of "criticized"); the parse is built
    by hand here, since the model's output for a given sentence may change."""
    words = ["posts", "that", "were", "criticized", "as", "crude", "and", "homophobic"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 3, 3, 0, 3, 4, 3, 3],
        deps=["ROOT", "nsubjpass", "auxpass", "relcl", "prep", "amod", "cc", "conj"],
        pos=["NOUN", "PRON", "AUX", "VERB", "ADP", "ADJ", "CCONJ", "ADJ"],
        lemmas=["post", "that", "be", "criticize", "as", "crude", "and", "homophobic"],
    )
    assert _anothers_label(doc[7], load_lexicon())
