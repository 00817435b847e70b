"""The packaged lexicon is valid, and a broken one fails naming the entry."""

from __future__ import annotations

import re

import pytest

from contextreader.analysis.loaded.lexicon import (
    CATEGORIES,
    LexiconError,
    load_lexicon,
    load_lexicon_text,
)
from tests.analysis.helpers import loaded_terms

HEADER = '[context]\nlegal = ["court"]\nscare_quote_note = "A note."\n'


def one(entry: str, category: str = "contentious label") -> str:
    return HEADER + f'[[category]]\nname = "{category}"\nentries = [\n  {entry},\n]\n'


def test_packaged_lexicon_is_valid_and_large_enough():
    lexicon = load_lexicon()
    assert len(lexicon.entries) >= 600
    assert "court" in lexicon.legal
    assert {"deny", "without evidence"} <= lexicon.contested
    assert {"term", "call"} <= lexicon.naming
    assert {"he", "protester"} <= lexicon.people
    assert {"progressive", "conservative"} <= lexicon.camps
    assert lexicon.scare_quote_note
    assert lexicon.scare_quote_note_speaker and lexicon.scare_quote_alternative


def test_every_entry_has_a_note_and_a_known_category():
    for entry in load_lexicon().entries:
        assert entry.note.strip(), entry.term
        assert entry.category in CATEGORIES, entry.term
        assert entry.term == entry.term.lower(), entry.term


def test_every_entry_offers_an_alternative():
    """A wording to put in the term's place, or, where no plain word exists, advice on what to
    say instead ("describe what was done"): the reader never leaves a term without one."""
    lexicon = load_lexicon()
    assert [e.term for e in lexicon.entries if not (e.alternative or "").strip()] == []


def test_every_category_is_used():
    used = {e.category for e in load_lexicon().entries}
    assert used == set(CATEGORIES) - {"scare quotes"}


def test_no_duplicate_terms():
    seen: dict[str, list[frozenset[str]]] = {}
    for entry in load_lexicon().entries:
        for surface in (entry.term, *entry.forms):
            for pos in seen.get(surface, []):
                assert entry.pos and pos and not entry.pos & pos, surface
            seen.setdefault(surface, []).append(entry.pos)


def test_a_valid_entry_parses():
    lexicon = load_lexicon_text(
        one('{ term = "thug", pos = ["NOUN"], note = "A label.", alternative = "attacker" }')
    )
    (entry,) = lexicon.entries
    assert (entry.term, entry.category, entry.alternative, entry.pos) == (
        "thug",
        "contentious label",
        "attacker",
        frozenset({"NOUN"}),
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('{ term = "thug" }', "entry 1 ('thug'): missing 'note'"),
        ('{ term = "thug", note = "" }', "entry 1 ('thug'): 'note' must be a non-empty string"),
        ('{ note = "A label." }', "entry 1 (None): missing 'term'"),
        ('{ term = "Thug", note = "x" }', "'term' must be lower case"),
        ('{ term = "thug", note = "x", pos = ["NOUNISH"] }', "unknown POS tag(s) ['NOUNISH']"),
        ('{ term = "thug", note = "x", colour = "red" }', "unknown key(s) ['colour']"),
        ('{ term = "thug", note = "x", rule = "magic" }', "'rule' must be one of"),
        ('{ term = "thug", note = "x", match = "fuzzy" }', "'match' must be one of"),
        ('{ term = "thug", note = "x", capital = "yes" }', "'capital' must be true or false"),
        ('{ term = "thug", note = "x", compound = 1 }', "'compound' must be true or false"),
    ],
)
def test_invalid_entry_names_the_entry(entry, message):
    with pytest.raises(LexiconError, match="category 'contentious label'") as err:
        load_lexicon_text(one(entry))
    assert message in str(err.value)


def test_context_lists_are_checked():
    bad = HEADER.replace('legal = ["court"]', 'legal = ["court"]\ncontested = ["Deny"]')
    with pytest.raises(LexiconError, match="'contested' must be lower case"):
        load_lexicon_text(bad + '[[category]]\nname = "puffery"\nentries = []\n')


def test_every_rule_named_in_the_data_exists():
    from contextreader.analysis.loaded import RULES

    assert {e.rule for e in load_lexicon().entries} - {"lexicon"} <= set(RULES)


def test_unknown_category_is_rejected():
    with pytest.raises(LexiconError, match="unknown category 'rude words'"):
        load_lexicon_text(one('{ term = "thug", note = "x" }', category="rude words"))


def test_duplicate_term_is_rejected():
    text = HEADER + (
        '[[category]]\nname = "contentious label"\nentries = [{ term = "sham", note = "x" }]\n'
        '[[category]]\nname = "exaggeration"\nentries = [{ term = "sham", note = "y" }]\n'
    )
    with pytest.raises(LexiconError, match="duplicate term 'sham'"):
        load_lexicon_text(text)


def test_same_word_with_different_pos_is_allowed():
    text = HEADER + (
        '[[category]]\nname = "expression of doubt"\n'
        'entries = [{ term = "claim", pos = ["NOUN"], note = "x" }]\n'
        '[[category]]\nname = "loaded verb of saying"\n'
        'entries = [{ term = "claim", pos = ["VERB"], note = "y" }]\n'
    )
    assert len(load_lexicon_text(text).entries) == 2


def test_bad_toml_is_reported():
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon_text("[[category]\n")


def test_camps_must_be_lower_case_words():
    entry = one('{ term = "fib", note = "A note." }')
    with pytest.raises(LexiconError, match="camps"):
        load_lexicon_text(entry.replace("[context]\n", '[context]\ncamps = ["Tory"]\n'))


def test_amplified_rule_is_accepted():
    lexicon = load_lexicon_text(one('{ term = "fib", rule = "amplified", note = "A note." }'))
    assert lexicon.entries[0].rule == "amplified"


def test_every_doubt_and_framing_category_stays_in_the_lexicon():
    # issue 4: doubt, verbs of saying and editorializing adverbs are shown even where a
    # propaganda corpus rarely counts them
    used = {e.category for e in load_lexicon().entries}
    assert {"expression of doubt", "loaded verb of saying", "editorializing"} <= used


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        # praise and surprise share one note; the alternative offers both readings
        ("The ferry has a stunning deck.", "unexpected / describe it"),
        ("The vote was a stunning defeat for the mayor.", "unexpected / describe it"),
        ("The night view from the deck is astonishing.", "unexpected / describe it"),
        # a price is not "disputed": the plain wording says it is unreasonable, or compares
        ("The fare is ridiculous for a short crossing.", "unreasonable / state the comparison"),
    ],
)
def test_notes_that_fit_praise_as_well_as_news(nlp, text, alternative):
    terms = loaded_terms(nlp, text)
    assert [t.alternative for t in terms] == [alternative]
    assert "Dramatises the news" not in terms[0].note


def test_context_lists_for_the_new_rules_are_loaded():
    lexicon = load_lexicon()
    assert "no doubt" in lexicon.affirming
    assert {"word", "term", "define"} <= lexicon.mention
    assert "mean" in lexicon.signify


def test_no_note_speaks_for_the_writer():
    """A note is shown whoever chose the word (the outlet, a quoted or a reported speaker), so
    none says the word is the writer's."""
    writers = [e.term for e in load_lexicon().entries if re.search(r"\bwriter's\b", e.note, re.I)]
    assert writers == []


def test_no_note_talks_about_the_machinery():
    """Notes are for readers: how a term is matched belongs in a comment in the file."""
    words = re.compile(r"\b(tagger|lemma|parser|spacy|matched|matcher)\b", re.I)
    assert [e.term for e in load_lexicon().entries if words.search(e.note)] == []
