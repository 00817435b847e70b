"""Finding lexicon terms (``TermMatcher``): inflections, multi-word terms, forms, POS, case, order.

Each test builds a matcher over a few entries written here, so the cases do not move when the
curated lexicon changes, and asserts every (term, matched words) the matcher returns, in order.
Hand-made docs pin the lemmas and tags where a case depends on what the parser would say.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis.loaded.lexicon import Entry, load_lexicon
from contextreader.analysis.loaded.matching import TermMatcher
from tests.analysis.helpers import grouped, marks, unmarked


def entry(term: str, **kw: object) -> Entry:
    return Entry(term=term, category="contentious label", note="a test entry", **kw)  # type: ignore[arg-type]


def found(matcher: TermMatcher, doc: Doc) -> list[tuple[str, str]]:
    return [(e.term, doc[s:x].text) for e, s, x in matcher.matches(doc)]


def hand_doc(nlp: Language, tagged: str) -> Doc:
    """A doc of "word/lemma/POS" items, tagged as a parser might have tagged them (no space
    around a hyphen)."""
    words, lemmas, pos = (
        list(col) for col in zip(*(t.split("/") for t in tagged.split()), strict=True)
    )
    spaces = ["-" not in (w, nxt) for w, nxt in zip(words, [*words[1:], ""], strict=True)]
    return Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor smeared her rival, and she smears him still.",
            [("smear", "smeared"), ("smear", "smears")],
        ),
        ("Critics called it a witch hunt.", [("witch hunt", "witch hunt")]),
        ("The witch hunts went on.", [("witch hunt", "witch hunts")]),
        ("THE WITCH HUNT GOES ON", [("witch hunt", "WITCH HUNT")]),
        # "Witch" tagged as a name keeps its capital as its lemma; "hunts" is found by its lemma
        ("Witch hunts never end.", [("witch hunt", "Witch hunts")]),
        # "killing" has the lemma "kill" here; the term's word is found as written
        ("The killing fields were quiet.", [("killing field", "killing fields")]),
    ],
)
def test_inflections_and_multi_word_terms(nlp: Language, text: str, expected: list) -> None:
    matcher = TermMatcher(nlp, [entry("smear"), entry("witch hunt"), entry("killing field")])
    assert found(matcher, nlp(text)) == expected


def test_one_word_by_form_the_next_by_lemma(nlp: Language) -> None:
    matcher = TermMatcher(nlp, [entry("left-winger"), entry("killing field")])
    doc = hand_doc(
        nlp,
        "Left/leave/VERB -/-/PUNCT wingers/winger/NOUN and/and/CCONJ killed/kill/VERB"
        " fields/field/NOUN",
    )
    # "killed fields" shares the lemmas of "killing fields" but neither word is the term's
    assert found(matcher, doc) == [("left-winger", "Left-wingers")]


def test_forms_match_only_as_written(nlp: Language) -> None:
    matcher = TermMatcher(
        nlp,
        [
            entry("illegals", match="form"),
            entry("demonize", forms=("demonise",)),
        ],
    )
    doc = nlp("An illegal act: they demonise the illegals, demonised them and demonize us.")
    # "illegal" is not the form "illegals"; "demonised" is neither the lemma "demonize" nor the
    # form "demonise" as written
    assert found(matcher, doc) == [
        ("demonize", "demonise"),
        ("illegals", "illegals"),
        ("demonize", "demonize"),
    ]


def test_a_hyphened_form_inflects_as_its_term(nlp: Language) -> None:
    matcher = TermMatcher(
        nlp, [entry("rubber stamp", forms=("rubber-stamp",)), entry("sell out", match="form")]
    )
    doc = hand_doc(
        nlp,
        "They/they/PRON rubber/rubber/NOUN -/-/PUNCT stamped/stamp/VERB it/it/PRON and/and/CCONJ"
        " rubber/rubber/NOUN -/-/PUNCT stamps/stamp/NOUN sell/sell/VERB outs/out/NOUN",
    )
    # an entry matched only as written does not inflect its forms either
    assert found(matcher, doc) == [
        ("rubber stamp", "rubber-stamped"),
        ("rubber stamp", "rubber-stamps"),
    ]


def test_the_hyphened_form_of_a_noun_inflects_on_its_last_word_only(nlp: Language) -> None:
    matcher = TermMatcher(nlp, [entry("cashout", forms=("cash-out",), pos=frozenset({"NOUN"}))])
    doc = hand_doc(
        nlp,
        "Two/two/NUM cash/cash/NOUN -/-/PUNCT outs/out/NOUN and/and/CCONJ a/a/DET"
        " cashed/cash/VERB -/-/PUNCT out/out/ADP account/account/NOUN",
    )
    # a noun takes its plural on its last word; "cashed-out" is a participle, no form of it
    assert found(matcher, doc) == [("cashout", "cash-outs")]


def test_pos_restricts_one_word_terms_not_forms(nlp: Language) -> None:
    matcher = TermMatcher(nlp, [entry("slam", pos=frozenset({"VERB"}), forms=("slams",))])
    doc = hand_doc(
        nlp,
        "Critics/critic/NOUN slammed/slam/VERB the/the/DET grand/grand/ADJ slam/slam/NOUN"
        " and/and/CCONJ the/the/DET slams/slam/NOUN",
    )
    assert found(matcher, doc) == [("slam", "slammed"), ("slam", "slams")]


def test_capitalised_word_in_a_title_is_found(nlp: Language) -> None:
    # whether "Regime" here is a name is for the context rules in loaded/ to decide
    matcher = TermMatcher(nlp, [entry("regime")])
    doc = nlp("Regime Change Films Opens Office in Dunmore")
    assert doc[0].pos_ == "PROPN"
    assert found(matcher, doc) == [("regime", "Regime")]


def test_each_match_once_in_text_order(nlp: Language) -> None:
    entries = [
        entry("hunt"),
        entry("witch hunt", forms=("witch hunts",)),
        entry("lie"),
        entry("lies", match="form"),
    ]
    matcher = TermMatcher(nlp, entries)
    doc = hand_doc(
        nlp,
        "lies/lie/NOUN and/and/CCONJ witch/witch/NOUN hunts/hunt/NOUN",
    )
    # "witch hunts" by the form and by the lemma is one match; at "lies" the entry written as
    # the text ("lies") comes before the one found through the lemma ("lie")
    assert [(e.term, s, x) for e, s, x in matcher.matches(doc)] == [
        ("lies", 0, 1),
        ("lie", 0, 1),
        ("witch hunt", 2, 4),
        ("hunt", 3, 4),
    ]


LABEL = "contentious label"


EXAGGERATION = "exaggeration"


MARKS = {
    # the forms of "rightsize"
    "rightsize": [
        ("The army will right-size the Tarsen base.", [("right-size", "euphemism")]),
        ("The base will be right-sized next year.", [("right-sized", "euphemism")]),
        ("The ministry announced the right-sizing of the depot.", [("right-sizing", "euphemism")]),
        ("The bank will rightsize its branches.", [("rightsize", "euphemism")]),
        *unmarked("Turn right. Size matters less than speed."),
    ],
    # new entries
    "new_entries": [
        ("The bill was rammed through the assembly at midnight.", [("rammed through", LABEL)]),
        ("The singer sensationally quit the tour.", [("sensationally", "editorializing")]),
        ("It was a cringeworthy interview.", [("cringeworthy", EXAGGERATION)]),
        ("The couple had a blazing row at the airport.", [("blazing row", EXAGGERATION)]),
        ("The shock result stunned the party.", [("shock", EXAGGERATION)]),
        ("The bridge is a testament to the skill of its builders.", [("testament to", "puffery")]),
        ("The fee is a cash grab.", [("cash grab", LABEL)]),
        ("The land grab angered farmers near Tarsen.", [("land grab", LABEL)]),
        ("Vell betrayed his voters.", [("betrayed", LABEL)]),
        ("The vote was a betrayal of the voters.", [("betrayal", LABEL)]),
        *unmarked(
            "The van rammed through the gate.",
            "The blast sent a shock wave through Tarsen.",
            "Patients received electric shock therapy.",
            "Her voice betrayed her nerves.",
            "Tenants felt a deep sense of betrayal.",
            "Tenants called the broken promise a betrayal of their trust.",
            "The raids saved countless lives.",
        ),
    ],
    # -- "X-hating", "X-monger": the label is the second half of a hyphened compound ---------
    "hyphened_compounds": [
        (
            "The columnist quoted a Pell-hating blogger at length.",
            [("Pell-hating", "contentious label")],
        ),
        (
            "Dunmore's rumour-mongers were busy again on Friday.",
            [("rumour-mongers", "contentious label")],
        ),
        (
            "The Vell-bashing went on all week in the tabloids.",
            [("Vell-bashing", "contentious label")],
        ),
        ("Red-baiting was common in those hearings.", [("Red-baiting", "contentious label")]),
        # the same words standing alone, a trade, a blood sport or an assault are not marked
        *unmarked(
            "The fishmonger on Quay Street sold cod and hake.",
            "Inspectors raided a cheese-monger in the old market.",
            "Police charged two men with badger-baiting on the farm.",
            "Trappers spent the morning re-baiting the traps.",
            "Three men were convicted of gay-bashing outside the club.",
            "He was hating every minute of the long drive to Tarsen.",
            "The council was baiting the traps with grain.",
            # a phrase cannot start half-way through a hyphened word: no "hit piece" here
            "The paper ran a long and hard-hitting piece on the harbour board.",
        ),
        ("The mayor called the report a hit piece.", [("hit piece", "contentious label")]),
    ],
    # -- a title-case headline is matched on a lower-case copy --------------------------------
    "title_case_headlines": [
        (
            "Harbour Board Faces Firestorm Over Unethical Sham\n\nThe board met on Friday.",
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


def test_compound_entries_are_the_second_half_of_a_compound():
    compound = sorted(e.term for e in load_lexicon().entries if e.compound)
    assert compound == ["baiting", "bashing", "hating", "monger"]


def test_a_phrasal_verb_with_its_particle_after_the_object(nlp: Language) -> None:
    matcher = TermMatcher(
        nlp, [entry("ram through", split=True), entry("play down", match="form", split=True)]
    )
    doc = nlp("The board rammed the new levy through and played the cost down.")
    # the split particle is found for a term matched by lemma; the mark covers the object
    assert found(matcher, doc) == [("ram through", "rammed the new levy through")]
    # a preposition after the verb's object takes the particle's place
    doc = nlp("The board rammed the new levy through parliament.")
    assert found(matcher, doc) == [("ram through", "rammed the new levy through")]
    # a preposition with no object before it opens a phrase of its own
    assert found(matcher, nlp("The trawler rammed through the ice.")) == [
        ("ram through", "rammed through")
    ]


def test_only_an_entry_that_says_so_splits_round_an_object(nlp: Language) -> None:
    matcher = TermMatcher(nlp, [entry("hit out"), entry("freak out")])
    assert found(matcher, nlp("She hit the ball out of the park.")) == []
    assert found(matcher, nlp("The fireworks freaked the horses out.")) == []
    assert found(matcher, nlp("The minister hit out at critics.")) == [("hit out", "hit out")]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # the first line is the headline though an archive put a full stop after it
        ("Vell Paper Runs Hit Piece On Harbour Chief.\n\nThe paper ran a long profile.", True),
        ("Vell Paper Runs Hit Piece On Harbour Chief\n\nThe paper ran a long profile.", True),
        # negative: a later title-case line with a stop is not read as a headline
        ("The paper ran a profile.\n\nVell Paper Runs Hit Piece On Harbour Chief.", False),
    ],
)
def test_a_headline_with_a_closing_stop_is_read_in_lower_case(nlp, text, marked):
    assert bool([w for w, _ in marks(nlp, text) if w == "Hit Piece"]) is marked


def test_a_first_sentence_full_of_names_is_no_headline(nlp):
    text = "The Vell Hit Piece Prize went to Orla Roe on Friday.\n\nShe thanked the jury."
    assert [w for w, _ in marks(nlp, text) if w == "Hit Piece"] == []
