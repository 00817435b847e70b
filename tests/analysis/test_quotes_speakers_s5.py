"""cr_quotes speakers, session 5: quotative inversion the parser misread, a sentence whose verb
of saying was read as a participle, a comma that hands a fragment to the verb after it, a
"Name:" label right before the mark, a lower-case attribution after "!", a long subject before
the cue, a possessed noun of saying, conjoined statements, relative clauses of things, and a
time phrase taken for the subject."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from contextreader.analysis.quotes.index import _Index
from contextreader.analysis.quotes.lexicon import cue_lexicon
from contextreader.analysis.quotes.speakers import _cue_speaker
from tests.analysis.helpers import named, quote_rows

# Each case: a short article and every quote found in it, as
# (kind, quoted text, cue, person's name, speaker mention).
CASES = {
    # -- '"...," wrote X': the noun phrase after an inverted verb of saying is its subject --------
    "inverted_subject_the_parser_read_as_an_object": (
        '"Hmm," wrote a fisherman from Tarrow on the town forum.',
        [("direct", "Hmm,", "write", None, "a fisherman from Tarrow")],
    ),
    "inverted_name_after_asked": (
        '"Is the ferry running against the council itself?" asked Mr. Talbot, referring to '
        'the mayor\'s long campaign against what he calls the "rigged" budget process.',
        [
            (
                "direct",
                "Is the ferry running against the council itself?",
                "ask",
                "Talbot",
                "Talbot",
            ),
            ("partial", "rigged", "call", "Talbot", "he"),
        ],
    ),
    "manner_of_speaking_verb_before_the_speaker": (
        '"This is wonderful!" beamed Carla Nunez of Tarrow, waving a flag.',
        [("direct", "This is wonderful!", "beam", "Carla Nunez", "Carla Nunez")],
    ),
    "lower_case_attribution_after_an_exclamation_is_the_quotes_own": (
        "Mara Voss ran the shelter for years.\n\n"
        '"Never again!" she wrote, adding that if the council did not act by spring, "the '
        'next winter will be worse."',
        [
            ("direct", "Never again!", "write", "Mara Voss", "she"),
            (
                "indirect",
                'if the council did not act by spring, "the next winter will be worse',
                "add",
                "Mara Voss",
                "she",
            ),
            ("direct", "the next winter will be worse.", "add", "Mara Voss", "she"),
        ],
    ),
    "long_subject_phrase_between_quote_and_cue": (
        "“Prices will fall, whether it is this spring or next winter or the one after,” Mayor "
        "Ann Bell’s press secretary, Jan Roe, told reporters on Monday.",
        [
            (
                "direct",
                "Prices will fall, whether it is this spring or next winter or the one after,",
                "tell",
                "Jan Roe",
                "Jan Roe",
            ),
        ],
    ),
    # -- a sentence with no finite verb found: the verb of saying is its own ------------------
    "verb_of_saying_read_as_a_participle_after_an_apposition": (
        'Dunmore, a Hale ally, called Tarrow\'s schools "strong."',
        [("partial", "strong.", "call", None, "Dunmore")],
    ),
    "verb_of_saying_read_as_a_participle_after_a_relative_clause": (
        "Ben Alder, a councillor, voted no.\n\n"
        'Alder, who chaired the budget panel in 2012, called the mayor\'s fees "reckless."',
        [("partial", "reckless.", "call", "Ben Alder", "Alder")],
    ),
    "adjective_made_a_noun_by_its_article_asks": (
        "A student posted the video on Monday.\n\n"
        '"Could the ferry run at night?" the 19-year-old asked in the post.',
        [("direct", "Could the ferry run at night?", "ask", None, "the 19-year-old")],
    ),
    # -- a "Name:" label right before the opening mark ------------------------------------------
    "label_after_a_dash_outranks_a_verb_earlier_on_the_line": (
        'Critics warn again - Lena Marsh: "Ticket prices rose faster than wages this year, '
        'and riders noticed."',
        [
            (
                "direct",
                "Ticket prices rose faster than wages this year, and riders noticed.",
                None,
                "Lena Marsh",
                "Lena Marsh",
            ),
        ],
    ),
    "label_with_party_and_state": (
        'Sen. Paul Odell (R-Utah):"I have never seen this figure before in any budget."',
        [
            (
                "direct",
                "I have never seen this figure before in any budget.",
                None,
                "Paul Odell",
                "Sen. Paul Odell",
            ),
        ],
    ),
    "label_of_two_names": (
        'Ruth Amis and Tom Vega: "Our survey closed too early to see the shift."',
        [
            (
                "direct",
                "Our survey closed too early to see the shift.",
                None,
                "Ruth Amis",
                "Ruth Amis and Tom Vega",
            ),
        ],
    ),
    # -- a possessed noun of saying whose complement holds the quoted words ------------------
    "pledge_of_a_possessor_holds_the_quoted_words": (
        "Mayor Ann Roe spoke on Monday. Critics went beyond her pledge to stay "
        '"neutral" during the port talks.',
        [("partial", "neutral", "pledge", "Ann Roe", "her")],
    ),
    # -- the cue above a fragment -------------------------------------------------------------
    "conjoined_statement_with_its_own_subject": (
        "The harbor board warned in May that the old pier would close, and Ms. Ortiz said "
        'the "temporary repairs" her crew made in the spring would not last.',
        [
            ("indirect", "the old pier would close", "warn", None, "The harbor board"),
            ("partial", "temporary repairs", "say", "Ortiz", "Ortiz"),
        ],
    ),
    "relative_clause_of_a_thing_reports_nothing": (
        'Hal Fenn, the union\'s adviser, said the board is engaged in "theatre" that shows its '
        '"contempt for the workers."',
        [
            (
                "partial",
                'theatre" that shows its "contempt for the workers.',
                "say",
                "Hal Fenn",
                "Hal Fenn",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_quotes(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_fragment_over_two_sentences_is_handed_to_said_x(nlp):
    """A fragment that opens mid-sentence, runs over a sentence end and closes with a comma
    before "said X" is X's (the reported clause inside it is listed as well)."""
    text = (
        "The union met on Friday.\n\n"
        'The tender "was rushed. Nobody on the board had read the bids," said Brennan of the '
        "dockworkers union."
    )
    fragment = ("partial", "was rushed. Nobody on the board had read the bids,", "say")
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[0] == "partial"] == [(*fragment, "Brennan", "Brennan")]


def test_a_day_taken_for_the_subject_gives_way_to_the_person_before_the_verb(nlp):
    """ "Sunday at the party's convention in the old harbor hall Mayor Ann Roe said ...",
    parsed (as the small model sometimes does) with "Sunday" as the subject of "said": the
    speaker is the person named last before the verb, not the day. The parse is built by hand
    so the test does not hang on the model's mood."""
    words = "Sunday at the Tarrow county party 's spring convention in the old harbor hall"
    words = [*words.split(), "Mayor", "Ann", "Roe", "said", "it", "rained", "."]
    heads = [17, 0, 5, 4, 5, 8, 5, 8, 1, 8, 13, 13, 13, 9, 16, 16, 8, 17, 19, 17, 17]
    deps = ["nsubj", "prep", "det", "compound", "compound", "poss", "case", "compound", "pobj"]
    deps += ["prep", "det", "amod", "compound", "pobj", "compound", "compound", "appos", "ROOT"]
    deps += ["nsubj", "ccomp", "punct"]
    ents = ["B-DATE", *["O"] * 14, "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    pos = ["PROPN", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PART", "NOUN", "NOUN", "ADP"]
    pos += ["DET", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "VERB"]
    pos += ["PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos)
    doc[17].tag_ = "VBD"
    mention = Span(doc, 15, 17)
    mention._.cr_person_id = "p1"
    doc.spans["cr_people"] = [mention]
    spk = _cue_speaker(doc[17], _Index(doc), cue_lexicon())
    assert spk is not None
    assert (spk.text, spk.person) == ("Ann Roe", "p1")
