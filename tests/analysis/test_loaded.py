"""Loaded terms: lexicon matches per category, context rules, names, voice, the seed."""

from __future__ import annotations

import itertools

import pytest
from spacy.language import Language

from contextreader.analysis.loaded import VoiceIndex, voice_of
from contextreader.analysis.pipeline import analyze
from contextreader.report import LoadedTerm, Quote, Report


def run(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[LoadedTerm]:
    """Analyse ``text``; with ``quotes``, rerun cr_loaded on those hand-made quotes instead."""
    doc = nlp(text)
    if quotes is not None:
        doc._.cr_quotes = quotes
        doc = nlp.get_pipe("cr_loaded")(doc)
    return list(doc._.cr_loaded)


def marks(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[tuple[str, str]]:
    return [(text[t.span[0] : t.span[1]], t.category) for t in run(nlp, text, quotes)]


# -- one sentence per category -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator called the inquiry a witch hunt.", [("witch hunt", "contentious label")]),
        ("Protesters were described as thugs by the mayor.", [("thugs", "contentious label")]),
        ("The regime jailed three reporters.", [("regime", "contentious label")]),
        ("The supposedly independent panel met again.", [("supposedly", "expression of doubt")]),
        ("Velmar boasted that sales had doubled.", [("boasted", "loaded verb of saying")]),
        ("Critics slammed the budget on Tuesday.", [("slammed", "loaded verb of saying")]),
        ("Tellingly, the minister left early.", [("Tellingly", "editorializing")]),
        ("The iconic bridge reopened in May.", [("iconic", "puffery")]),
        ("The strike caused collateral damage.", [("collateral damage", "euphemism")]),
        ("The plan was an utter failure.", [("utter", "exaggeration")]),
        ("Officials warned of a looming bloodbath.", [("bloodbath", "fear and threat")]),
    ],
)
def test_each_category(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_inflections_match_the_lemma(nlp):
    text = "Oduya smeared her rivals, and the smears continued."
    assert [m for m, _ in marks(nlp, text)] == ["smeared", "smears"]


def test_neutral_text_has_no_marks(nlp):
    text = "The council approved the budget on Tuesday. Rain is expected later in the week."
    assert marks(nlp, text) == []


# -- context rules --------------------------------------------------------------------------


def test_so_called_covers_the_noun_phrase(nlp):
    text = "The so-called free press never reported it."
    terms = run(nlp, text)
    assert [(text[slice(*t.span)], t.rule) for t in terms] == [
        ("so-called free press", "so-called")
    ]
    assert terms[0].term == "so-called"


def test_so_called_alone_when_no_noun_follows(nlp):
    text = "Their plan, so-called, was dropped."
    assert marks(nlp, text) == [("so-called", "expression of doubt")]


def test_scare_quote_becomes_a_loaded_term(nlp):
    text = "The ministry thanked its 'experts' again."
    start = text.index("experts")
    quotes = [Quote(id="s1", kind="scare", span=(start, start + len("experts")))]
    terms = run(nlp, text, quotes)
    assert [(text[slice(*t.span)], t.category, t.rule, t.voice) for t in terms] == [
        ("experts", "scare quotes", "scare-quote", "outlet")
    ]


def test_scare_quote_around_a_plain_word_stays_a_quote_only(nlp):
    # the quotes section lists it; a loaded mark needs a word for people or a loaded word
    text = "The ministry praised its new 'efficiency' drive."
    assert marks(nlp, text, scare(text, "efficiency")) == []


def test_quoted_title_is_not_a_scare_quote_or_a_label(nlp):
    text = 'She reviewed the documentary "Witch Hunt Diaries" for the paper.'
    start = text.index("Witch")
    quotes = [Quote(id="s1", kind="scare", span=(start, start + len("Witch Hunt Diaries")))]
    assert marks(nlp, text, quotes) == []


def test_alleged_is_doubt_where_the_matter_is_contested(nlp):
    text = "The article repeated the alleged plot by foreign bankers, which the bankers denied."
    assert marks(nlp, text) == [("alleged", "expression of doubt")]


def test_alleged_alone_is_not_marked(nlp):
    assert marks(nlp, "The article repeated the alleged plot by foreign bankers.") == []


def test_alleged_is_legal_caution_in_court_reporting(nlp):
    text = "The alleged victim told the court that she had been followed."
    assert marks(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The claims by critics, which the ministry denied, were repeated.",
            [("claims", "expression of doubt")],
        ),
        (
            "Officials denied it, but Harlan claimed that the vote was fixed.",
            [("claimed", "loaded verb of saying")],
        ),
        # the writer's own verdict sits on the adverb; "claimed" adds no doubt of its own
        ("Harlan falsely claimed that the vote was fixed.", []),
        ("The claims by critics were repeated.", []),
        ("Harlan claimed that the vote was fixed.", []),
        ("Insurance claims rose sharply this year.", []),
        ("A militant group claimed responsibility for the blast.", []),
    ],
)
def test_claims_only_where_it_frames_a_statement(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_verbs_of_saying_only_when_they_introduce_speech(nlp):
    assert marks(nlp, "Tovey was admitted to hospital on Sunday.") == []
    assert marks(nlp, "Tovey insisted that the report was false.") == [
        ("insisted", "loaded verb of saying")
    ]


def test_mild_verbs_of_saying_only_where_the_matter_is_disputed(nlp):
    assert marks(nlp, "Tovey insisted that the report was accurate.") == []
    assert marks(nlp, "Tovey admitted that the figures were wrong.") == []


def test_stance_adverb_only_as_a_comment_on_the_sentence(nlp):
    assert marks(nlp, "Clearly, the mayor misled the council.") == [("Clearly", "editorializing")]
    assert marks(nlp, "The plan, clearly, was a failure.") == [("clearly", "editorializing")]
    assert marks(nlp, "The mayor clearly misled the council.") == []
    assert marks(nlp, "The mayor spoke clearly to the council.") == []
    assert marks(nlp, "From the hill you can clearly see the port.") == []


def test_stance_adverb_in_a_speakers_words_is_not_marked(nlp):
    text = '"Clearly, we won," Pell said.'
    quotes = [q("direct", 1, text.index(',"') + 1)]
    assert marks(nlp, text, quotes) == []


# -- name-calling applied to people ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics called Vale a snake.", [("snake", "contentious label")]),
        ("A snake bit the hiker near the river.", []),
        ("The guards crushed the protesters.", [("crushed", "exaggeration")]),
        ("The press crushed the grapes.", []),
    ],
)
def test_label_only_when_said_of_people(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_regime_as_verdict_but_not_as_a_named_governments_label(nlp):
    assert marks(nlp, "The regime jailed three reporters.") == [("regime", "contentious label")]
    assert marks(nlp, "The Kesler regime jailed three reporters.") == []


# -- scare quotes: only the writer holding a word at a distance ------------------------------


def scare(text: str, word: str) -> list[Quote]:
    start = text.index(word)
    return [Quote(id="s1", kind="scare", span=(start, start + len(word)))]


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ('The ministry praised its "reforms" again.', "reforms", False),
        ('The "journalists" at the paper ignored it.', "journalists", True),
        ('Only the credulous "judges" agreed.', "judges", True),
        ('He called the man a "mystery" on Friday.', "mystery", False),
        ('They met at the "Conference" in May.', "Conference", False),
        ('The "guardian programme" began in May.', "guardian programme", False),
        ('The "conservative" bishop spoke first.', "conservative", True),
        ('She used the term "exemplar" in her essay.', "exemplar", False),
        ('A charity known as "Open Doors" opened.', "Open Doors", False),
        ('She vowed to "normalize relations" with Mivar.', "normalize relations", False),
        ('The memo said the probe will be "deeply disturbing."', "deeply disturbing.", False),
        ('Searches for "votar," "como votar" rose.', "como votar", False),
        (
            'The board backed "a new framework for regional cooperation" in May.',
            "a new framework for regional cooperation",
            False,
        ),
    ],
)
def test_which_scare_quotes_become_marks(nlp, text, word, kept):
    found = marks(nlp, text, scare(text, word))
    assert ((word, "scare quotes") in found) is kept


# -- names and technical senses -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Regime Change Films released a new documentary.",
        "The film was produced by Regime Change Films in Lagos.",
        "She joined the Radical Hearts, a folk band.",
        "The tax regime changed in April.",
        "Investors watched the sanctions regime closely.",
        "The company restructured its debt and sold an oil rig.",
    ],
)
def test_names_and_technical_uses_are_not_loaded(nlp, text):
    assert marks(nlp, text) == []


def test_longer_match_wins_over_overlap(nlp):
    text = "The hearing was a witch hunt."
    assert marks(nlp, text) == [("witch hunt", "contentious label")]


# -- voice ----------------------------------------------------------------------------------


def q(kind: str, start: int, end: int) -> Quote:
    return Quote(id=f"{kind}{start}", kind=kind, span=(start, end))  # type: ignore[arg-type]


def test_voice_of_hand_made_quotes():
    index = VoiceIndex.from_quotes(
        [q("indirect", 10, 60), q("partial", 20, 30), q("direct", 100, 150), q("scare", 200, 210)]
    )
    assert voice_of((0, 5), index) == "outlet"
    assert voice_of((12, 15), index) == "reported"
    assert voice_of((22, 28), index) == "quoted"
    assert voice_of((40, 44), index) == "reported"
    assert voice_of((60, 64), index) == "outlet"
    assert voice_of((100, 104), index) == "quoted"
    assert voice_of((149, 152), index) == "quoted"
    assert voice_of((205, 207), index) == "outlet"  # scare quotes are nobody's speech


def test_voice_in_a_document(nlp):
    text = 'Pell said the deal was a sham. "It is a farce," Pell said. The fiasco went on.'
    farce = text.index("It is")
    sham = text.index("the deal")
    quotes = [
        q("indirect", sham, text.index(".")),
        q("direct", farce, farce + len("It is a farce,")),
    ]
    terms = run(nlp, text, quotes)
    assert [(text[slice(*t.span)], t.voice) for t in terms] == [
        ("sham", "reported"),
        ("farce", "quoted"),
        ("fiasco", "outlet"),
    ]


# -- the seed -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_report(nlp, seed_article) -> Report:
    return analyze(seed_article, nlp)


def _by_word(report: Report) -> dict[str, LoadedTerm]:
    return {report.text[slice(*t.span)]: t for t in report.loaded_terms}


def test_seed_hoax_and_concoctions_are_loaded(seed_report):
    found = _by_word(seed_report)
    assert {"hoax", "concoctions", "jokingly", "alleged"} <= set(found)
    assert found["hoax"].category == "contentious label"


def test_seed_voices(seed_report):
    found = _by_word(seed_report)
    assert found["concoctions"].voice == "quoted"  # inside the ambassador's direct quote
    assert found["hoax"].voice == "reported"  # the outlet's words in reported speech
    assert found["jokingly"].voice == "outlet"


def test_seed_scare_quote(seed_report):
    found = _by_word(seed_report)
    assert found["Russian meddling"].rule == "scare-quote"


def test_ids_unique_and_spans_sorted(seed_report):
    ids = [t.id for t in seed_report.loaded_terms]
    assert len(ids) == len(set(ids))
    spans = [t.span for t in seed_report.loaded_terms]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# -- round 2: constrained senses, set phrases, tighter scare quotes ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regime in Kavaria jailed three reporters.", []),
        ("Analysts debated regime-change wars.", []),
        (
            "The Kavarian regime held a vote. Later the regime jailed three reporters.",
            [],
        ),
        ("Ostrevian meddling in the vote was reported.", []),
        ("The council accused Tovey of meddling.", [("meddling", "editorializing")]),
    ],
)
def test_conventional_names_of_named_governments_and_acts(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He felt stabbed in the back by the party.",
            [("stabbed in the back", "contentious label")],
        ),
        (
            "The minister shed crocodile tears over the cuts.",
            [("crocodile tears", "expression of doubt")],
        ),
        ("It was a knee-jerk response.", [("knee-jerk", "editorializing")]),
        ("Vesta kept the council under her thumb.", [("under her thumb", "contentious label")]),
        ("Critics call the rule a slippery slope.", [("slippery slope", "fear and threat")]),
        ("The decision sounded the death knell for the plan.", [("death knell", "exaggeration")]),
        ("The families were devastated by the ruling.", [("devastated", "exaggeration")]),
    ],
)
def test_set_phrases_and_new_entries(nlp, text, expected):
    assert marks(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She directed a horror film last year.",
        "A fierce storm hit the coast.",
        "A vulture fund bought the debt.",
        "Police found malicious software on the laptop.",
        "Drivers were warned about treacherous roads.",
        "Sheep grazed on the hill.",
        "The weather has been crazy this week.",
    ],
)
def test_neutral_senses_of_new_entries(nlp, text):
    assert marks(nlp, text) == []


def test_crazy_said_of_people(nlp):
    assert marks(nlp, "Orrin said the protesters were crazy.") == [("crazy", "exaggeration")]


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ('Five states passed "red flag" laws this year.', "red flag", False),
        ('The report weighs "autonomy," "viability," and cost.', "autonomy,", False),
        ('Only the "experts" were invited.', "experts", True),
    ],
)
def test_scare_quotes_that_name_terms_or_list_them(nlp, text, word, kept):
    found = marks(nlp, text, scare(text, word))
    assert ((word, "scare quotes") in found) is kept


def test_scare_quote_echoing_a_speakers_word_is_not_a_mark(nlp):
    text = 'Pell called them "the experts." The "experts" began on Monday.'
    said = text.index("the experts")
    later = text.index("experts", said + 5)
    quotes = [
        q("partial", said, said + len("the experts.")),
        Quote(id="s1", kind="scare", span=(later, later + len("experts"))),
    ]
    assert run(nlp, text, quotes) == []
    alone = 'The "experts" began on Monday.'
    assert [t.rule for t in run(nlp, alone, scare(alone, "experts"))] == ["scare-quote"]
