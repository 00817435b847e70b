"""Loaded terms: lexicon matches per category, context rules, names, voice, the seed."""

from __future__ import annotations

import itertools

import pytest

from contextreader.analysis.loaded import VoiceIndex, voice_of
from contextreader.analysis.pipeline import analyze
from contextreader.report import LoadedTerm, Quote, Report
from tests.analysis.helpers import grouped, loaded_terms, marks, quote, scare, unmarked

# Each group names the rule its sentences test; each case is a sentence and every
# (marked words, category) found in it.
MARKS = {
    # -- one sentence per category ------------------------------------------------------------
    "each_category": [
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
    "neutral_text_has_no_marks": unmarked(
        "The council approved the budget on Tuesday. Rain is expected later in the week."
    ),
    # -- context rules --------------------------------------------------------------------------
    "so_called_alone_when_no_noun_follows": [
        ("Their plan, so-called, was dropped.", [("so-called", "expression of doubt")]),
    ],
    "alleged_is_doubt_where_the_matter_is_contested": [
        (
            "The article repeated the alleged plot by foreign bankers, which the bankers denied.",
            [("alleged", "expression of doubt")],
        ),
    ],
    "alleged_alone_is_not_marked": unmarked(
        "The article repeated the alleged plot by foreign bankers."
    ),
    "alleged_is_legal_caution_in_court_reporting": unmarked(
        "The alleged victim told the court that she had been followed."
    ),
    "claims_only_where_it_frames_a_statement": [
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
    "verbs_of_saying_only_when_they_introduce_speech": [
        ("Tovey was admitted to hospital on Sunday.", []),
        ("Tovey insisted that the report was false.", [("insisted", "loaded verb of saying")]),
    ],
    "mild_verbs_of_saying_only_where_the_matter_is_disputed": unmarked(
        "Tovey insisted that the report was accurate.",
        "Tovey admitted that the figures were wrong.",
    ),
    "stance_adverb_only_as_a_comment_on_the_sentence": [
        ("Clearly, the mayor misled the council.", [("Clearly", "editorializing")]),
        ("The plan, clearly, was a failure.", [("clearly", "editorializing")]),
        ("The mayor clearly misled the council.", []),
        ("The mayor spoke clearly to the council.", []),
        ("From the hill you can clearly see the port.", []),
    ],
    # -- name-calling applied to people ---------------------------------------------------------
    "label_only_when_said_of_people": [
        ("Critics called Vale a snake.", [("snake", "contentious label")]),
        ("A snake bit the hiker near the river.", []),
        ("The guards crushed the protesters.", [("crushed", "exaggeration")]),
        ("The press crushed the grapes.", []),
    ],
    "regime_as_verdict_but_not_as_a_named_governments_label": [
        ("The regime jailed three reporters.", [("regime", "contentious label")]),
        ("The Kesler regime jailed three reporters.", []),
    ],
    # -- names and technical senses -------------------------------------------------------------
    "names_and_technical_uses_are_not_loaded": unmarked(
        "Regime Change Films released a new documentary.",
        "The film was produced by Regime Change Films in Lagos.",
        "She joined the Radical Hearts, a folk band.",
        "The tax regime changed in April.",
        "Investors watched the sanctions regime closely.",
        # a routine of care, training or nature is a regime in the plain sense
        "Doctors said the fitness regime helped her recover.",
        "The zoo changed the pandas' feeding regime in March.",
        "Ecologists mapped the flood regime of the delta.",
        "The bakery sold out of puppet-shaped biscuits before noon.",
        "The museum restored a shadow puppet from Java.",
        "The company restructured its debt and sold an oil rig.",
        # a film actually called "Regime", with and without quotation marks
        'She starred in "Regime", a film about a fictional dynasty.',
        "Regime, the new film by Ana Ruiz, premiered in Venice on Friday.",
        # and a title set beside a body or a business it names
        "Hoax, a punk band from Leeds, played three songs.",
        "Propaganda, a design firm in Oslo, won the contract.",
        # a name opening a sentence is known by the capital the article gives it elsewhere
        "The band Hoax played three songs. Hoax then left the stage.",
        "Fans of the band Regime queued all night. Regime played until two.",
        # beside another name or a place; or a title of several words opening a sentence
        "The bands Regime and Propaganda toured together. Regime played first.",
        "The crowd waited two hours to see the band Hoax in London. Hoax then left the stage.",
        "She starred in the film Thugs of Hindostan. Thugs of Hindostan flopped at the box office.",
        # the last word of a longer name, a plural's possessive, a short sentence with a name
        "Police named the gunman as Mr Crooks. Crooks, 20, fired eight rounds from the roof.",
        "On Friday Hoax played three songs at the club. Hoax then left the stage.",
        "Tickets for Savages' next show sold out in minutes. Savages played for an hour.",
        "Liars played Leeds. Critics loved Liars. Liars then left.",
    ),
    # a capital that only opens a sentence, or comes from a title-case line, makes no name
    "a_capital_elsewhere_only_in_title_case_makes_no_name": [
        (
            "Critics called the plan a hoax. Hoax or not, it passed.",
            [("hoax", "contentious label"), ("Hoax", "contentious label")],
        ),
        (
            'Senator Says "It Is Time To Stop The Thugs"\n\nThe mayor spoke. Thugs hit the bus.',
            [("Thugs", "contentious label")],
        ),
        # beside a class of people the capital is the sentence's
        (
            "Radicals, a group of hardliners, blocked the bill.",
            [("Radicals", "contentious label")],
        ),
        (
            "Radicals, a small group, took over the party in the spring.",
            [("Radicals", "contentious label")],
        ),
        # nor one in a short subhead the tagger reads as a name
        (
            "He paused.\nDefining the Wicked…\nWicked landlords raise rents every spring.",
            [("Wicked", "exaggeration")],
        ),
        # nor one in a run of capitals: a slogan's or a title's, not a name of one word
        (
            "Protesters carried signs reading No Thugs Here. Thugs attacked the bus later.",
            [("Thugs", "contentious label")],
        ),
        (
            "She starred in the film Thugs of Hindostan. Thugs attacked the bus later.",
            [("Thugs", "contentious label")],
        ),
    ],
    "longer_match_wins_over_overlap": [
        ("The hearing was a witch hunt.", [("witch hunt", "contentious label")]),
    ],
    # -- constrained senses, set phrases -----------------------------------------------------
    "conventional_names_of_named_governments_and_acts": [
        ("The regime in Kavaria jailed three reporters.", []),
        ("Analysts debated regime-change wars.", []),
        ("The Kavarian regime held a vote. Later the regime jailed three reporters.", []),
        ("Ostrevian meddling in the vote was reported.", []),
        ("The council accused Tovey of meddling.", [("meddling", "editorializing")]),
    ],
    "set_phrases_and_new_entries": [
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
    "neutral_senses_of_new_entries": unmarked(
        "She directed a horror film last year.",
        "A fierce storm hit the coast.",
        "A vulture fund bought the debt.",
        "Police found malicious software on the laptop.",
        "Drivers were warned about treacherous roads.",
        "Sheep grazed on the hill.",
        "The weather has been crazy this week.",
    ),
    "crazy_said_of_people": [
        ("Orrin said the protesters were crazy.", [("crazy", "exaggeration")]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected


def test_inflections_match_the_lemma(nlp):
    text = "Oduya smeared her rivals, and the smears continued."
    assert [m for m, _ in marks(nlp, text)] == ["smeared", "smears"]


def test_so_called_covers_the_noun_phrase(nlp):
    text = "The so-called free press never reported it."
    terms = loaded_terms(nlp, text)
    assert [(text[slice(*t.span)], t.rule) for t in terms] == [
        ("so-called free press", "so-called")
    ]
    assert terms[0].term == "so-called"


# -- scare quotes: only the writer holding a word at a distance ------------------------------

# Each case: a sentence, the word a hand-made scare quote holds, whether it becomes a mark.
SCARE_QUOTES = {
    "which_scare_quotes_become_marks": [
        ('The ministry praised its "reforms" again.', "reforms", False),
        ('The "journalists" at the paper ignored it.', "journalists", True),
        ('Only the credulous "judges" agreed.', "judges", True),
        ('She called the ferry a "lifeline" on Friday.', "lifeline", False),
        ('They met at the "Conference" in May.', "Conference", False),
        ('The "harbour watch" began in May.', "harbour watch", False),
        ('The "liberal" councillor spoke first.', "liberal", True),
        ('She used the term "exemplar" in her essay.', "exemplar", False),
        ('A charity known as "Open Doors" opened.', "Open Doors", False),
        ('She vowed to "normalize relations" with Mivar.', "normalize relations", False),
        ('The memo said the probe will be "deeply disturbing."', "deeply disturbing.", False),
        ('Searches for "tide," "tide tables" rose.', "tide tables", False),
        (
            'The board backed "a new framework for regional cooperation" in May.',
            "a new framework for regional cooperation",
            False,
        ),
    ],
    "scare_quotes_that_name_terms_or_list_them": [
        ('Five towns issued "blue badge" permits this year.', "blue badge", False),
        ('The report weighs "autonomy," "viability," and cost.', "autonomy,", False),
        ('Only the "experts" were invited.', "experts", True),
    ],
}


@pytest.mark.parametrize(("text", "word", "kept"), grouped(SCARE_QUOTES))
def test_scare_quote_marks(nlp, text, word, kept):
    found = marks(nlp, text, scare(text, word))
    assert ((word, "scare quotes") in found) is kept


def test_scare_quote_becomes_a_loaded_term(nlp):
    text = "The ministry thanked its 'experts' again."
    terms = loaded_terms(nlp, text, scare(text, "experts"))
    assert [(text[slice(*t.span)], t.category, t.rule, t.voice) for t in terms] == [
        ("experts", "scare quotes", "scare-quote", "outlet")
    ]
    assert "between the writer and the words" in terms[0].note
    assert terms[0].alternative == "the words without quotation marks, or who uses them"


def test_a_scare_quote_in_a_speakers_words_is_the_speakers_distance(nlp):
    """Inside a quote the marks are the speaker's: the note says so, not "the writer"."""
    text = "Pell said: \"The ministry thanked its 'experts' again.\""
    terms = loaded_terms(nlp, text, [quote("direct", 11, len(text)), *scare(text, "experts")])
    assert [(t.category, t.voice) for t in terms] == [("scare quotes", "quoted")]
    assert "inside a speaker's words" in terms[0].note and "writer" not in terms[0].note


def test_scare_quote_around_a_plain_word_stays_a_quote_only(nlp):
    # the quotes section lists it; a loaded mark needs a word for people or a loaded word
    text = "The ministry praised its new 'efficiency' drive."
    assert marks(nlp, text, scare(text, "efficiency")) == []


def test_quoted_title_is_not_a_scare_quote_or_a_label(nlp):
    text = 'She reviewed the documentary "Witch Hunt Diaries" for the paper.'
    assert marks(nlp, text, scare(text, "Witch Hunt Diaries")) == []


def test_scare_quote_echoing_a_speakers_word_is_not_a_mark(nlp):
    text = 'Pell called them "the experts." The "experts" began on Monday.'
    said = text.index("the experts")
    later = text.index("experts", said + 5)
    quotes = [
        quote("partial", said, said + len("the experts.")),
        Quote(id="s1", kind="scare", span=(later, later + len("experts"))),
    ]
    assert loaded_terms(nlp, text, quotes) == []
    alone = 'The "experts" began on Monday.'
    assert [t.rule for t in loaded_terms(nlp, alone, scare(alone, "experts"))] == ["scare-quote"]


# -- voice ----------------------------------------------------------------------------------


def test_stance_adverb_in_a_speakers_words_is_not_marked(nlp):
    text = '"Clearly, we won," Pell said.'
    quotes = [quote("direct", 1, text.index(',"') + 1)]
    assert marks(nlp, text, quotes) == []


def test_voice_of_hand_made_quotes():
    index = VoiceIndex.from_quotes(
        [
            quote("indirect", 10, 60),
            quote("partial", 20, 30),
            quote("direct", 100, 150),
            quote("scare", 200, 210),
        ]
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
        quote("indirect", sham, text.index(".")),
        quote("direct", farce, farce + len("It is a farce,")),
    ]
    terms = loaded_terms(nlp, text, quotes)
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
    # reported speech: the outlet's account of someone's words, whoever chose the word
    assert found["hoax"].voice == "reported"
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
