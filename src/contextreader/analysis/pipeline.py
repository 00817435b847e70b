"""Text in, report out: the spaCy pipeline with contextreader's components.

The components are ordinary spaCy components registered with ``@Language.factory``; each stores its
results in a span group (``doc.spans["cr_..."]``) and in a doc extension holding report-model
objects with character offsets into ``doc.text``. ``build_report`` only collects them.

The analysed text is the article's body: a header (the ``date YYYY-MM-DD`` prefix of the seed
format) and a byte-order mark (U+FEFF, which Windows Notepad starts a UTF-8 file with) that open
the text are left out of the doc, and ``build_report`` moves every offset past them, so each
offset in the report is one into the article's text, which keeps them. Any other byte-order mark
is read as a space, so it is never part of a word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

import spacy
from spacy.attrs import ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# importing the component modules registers their factories with spaCy
import contextreader.analysis.assertions
import contextreader.analysis.extensions
import contextreader.analysis.loaded
import contextreader.analysis.outlet
import contextreader.analysis.paragraphs
import contextreader.analysis.people
import contextreader.analysis.quotes  # noqa: F401
from contextreader.analysis.furniture import piece_label
from contextreader.analysis.models import (  # noqa: F401  (part of this module's API)
    DEFAULT_MODEL,
    MODEL_ENV,
    ModelNotFoundError,
    ModelUnusableError,
    check_model,
    resolve_model_name,
)
from contextreader.analysis.outlet import title_without_publisher
from contextreader.analysis.paragraphs import dotted_titles
from contextreader.analysis.people import role_lexicon
from contextreader.io.article import Article
from contextreader.outlets.kb import load_kb
from contextreader.report import Report, Source

# our components, in order; each reads what the ones before it wrote
COMPONENTS = ("cr_outlet", "cr_people", "cr_quotes", "cr_assertions", "cr_loaded")


def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline with contextreader's components (once per process)."""
    return _load(check_model(name))


@functools.cache
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except Exception as exc:  # a folder spaCy cannot read, a package that holds no pipeline
        raise ModelUnusableError(model, " ".join(str(exc).split())[:200]) from exc
    missing = missing_components(nlp)
    if missing:
        raise ModelUnusableError(
            model, f"it has no {', '.join(missing)}, which contextreader needs"
        )
    return add_components(nlp)


# what the analysis reads of each token and doc, and the usual component that writes it
_NEEDS = (
    ("token.tag", "tagger"),
    ("token.pos", "attribute_ruler"),
    ("token.lemma", "lemmatizer"),
    ("token.dep", "parser"),
    ("doc.ents", "ner"),
)


def missing_components(nlp: Language) -> list[str]:
    """The components the analysis needs that ``nlp`` runs none in place of: the people, quotes
    and assertions are read off the tags, lemmas, parse and named entities, and a pipeline
    without one of them would give a report that is wrong, not merely thin. A component counts
    by what it says it assigns (any tagger or parser will do); an attribute ruler is what sets
    the coarse part of speech from the tag in spaCy's English pipelines."""
    assigned: set[str] = set()
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        assigned.update(meta.assigns)
        if meta.factory == "attribute_ruler":
            assigned.add("token.pos")
    return [component for attr, component in _NEEDS if attr not in assigned]


def add_components(nlp: Language) -> Language:
    """Add contextreader's components to any English pipeline that has a parser and NER (its
    tokenizer also learns the dotted courtesy titles of ``role_nouns.toml``: see
    ``_keep_titles_whole``)."""
    _keep_titles_whole(nlp)
    _read_curly_apostrophes_as_straight(nlp)
    if "cr_paragraphs" not in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("cr_paragraphs", before=first) if first else nlp.add_pipe("cr_paragraphs")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


# a typographic apostrophe, as most published text writes "don’t" and "the mayor’s"
CURLY_APOSTROPHE = "\u2019"
# the lexeme features spaCy's English taggers and parsers read off a word's spelling
_SPELLING_FEATURES = (PREFIX, SUFFIX, SHAPE)


def _read_curly_apostrophes_as_straight(nlp: Language) -> None:
    """Give a word spelt with a curly apostrophe the spelling features of its straight twin, so
    the tagger and parser read "wasn’t" as they read "wasn't".

    The English models learnt contractions mostly with straight apostrophes, and a curly one
    changes the suffix and shape they read: the tagger took "n’t" for a verb or a number, not a
    negation ("the speech wasn’t empty talk"), "we" in "I’m sure they’ll say we’d lied" for an
    object, and "O’Neal" was found as no person. Only the features change: the token's text, and
    so every offset into the article, stays as written. The apostrophe alone (a closing single
    quotation mark) keeps its own features, and so do the norms, which spaCy already maps. So
    does "’s" (``_straightenable``). Each word's features are made when the word is first seen,
    so the getters are wrapped for new words and the words already in the vocabulary are redone."""
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    for attr in _SPELLING_FEATURES:
        plain = getters.get(attr)
        if plain is not None and not getattr(plain, "straightened", False):
            getters[attr] = _straightened(plain)
    for lexeme in list(nlp.vocab):
        word = lexeme.orth_
        if _straightenable(word):
            lexeme.prefix_ = getters[PREFIX](word)
            lexeme.suffix_ = getters[SUFFIX](word)
            lexeme.shape_ = getters[SHAPE](word)


def _straightenable(word: str) -> bool:
    """A word with letters and a curly apostrophe, but not the clitic "’s": read straight, it
    takes the possessive reading even where it stands for "is" ("Everybody’s furious, a
    shopkeeper said" lost its report), while curly the model tells the two apart as well as
    straight or better (probed on sentences of both kinds, session 26)."""
    return (
        CURLY_APOSTROPHE in word
        and any(c.isalpha() for c in word)
        and word.lower() != CURLY_APOSTROPHE + "s"
    )


def _straightened(getter: Callable[[str], str]) -> Callable[[str], str]:
    """``getter`` reading a word ``_straightenable`` as if its curly apostrophes were straight."""

    def read(word: str) -> str:
        if _straightenable(word):
            word = word.replace(CURLY_APOSTROPHE, "'")
        return getter(word)

    read.straightened = True  # type: ignore[attr-defined]
    return read


def _keep_titles_whole(nlp: Language) -> None:
    """Make each abbreviated courtesy title of ``role_nouns.toml`` one token with its full stop
    ("Smt.", "Supt.", "Cllr."), as the tokenizer already has "Mr." and "Dr.": split from it, the
    stop ends a sentence before the name ("Revenue Minister Smt." | "Jan Roe said ..."). So is
    each title ``[name_parts] lower_case_titles`` lists in lower case ("the hon. Member")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for word in dotted_titles():
        title = word[:1].upper() + word[1:]
        if len(tokenizer(title)) > 1:
            tokenizer.add_special_case(title, [{ORTH: title}])
    for word in role_lexicon().lower_case_titles:  # "the hon. Member for Westfield"
        if len(tokenizer(word)) > 1:
            tokenizer.add_special_case(word, [{ORTH: word}])


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


BOM = "\ufeff"  # a byte-order mark: kept in the article's text, so offsets match its file


def _lead(article: Article) -> int:
    """How many characters of the article's text the doc leaves out: a header ("date
    2019-07-06 ") and a byte-order mark that opens the text. Blanked out, either would be a
    token of blanks before the first word, which changes what the tagger and NER make of the
    opening words ("Jan Roe said" loses "Jan")."""
    return max(article.body_start, 1 if article.text.startswith(BOM) else 0)


def doc_text(article: Article) -> str:
    """The text the pipeline sees: the article's text after its header and an opening
    byte-order mark, any other byte-order mark a space; ``doc_text(a)[i]`` is
    ``a.text[i + _lead(a)]`` or a space."""
    return article.text[_lead(article) :].replace(BOM, " ")


def prepare_doc(nlp: Language, article: Article) -> Doc:
    """The doc the pipeline runs on: the article's body and its source."""
    doc = nlp.make_doc(doc_text(article))
    doc._.cr_body_start = 0  # the header is left out, so the body starts the doc
    doc._.cr_source = article.source
    return doc


def analyze(article: Article, nlp: Language) -> Report:
    """Analyse one article."""
    return build_report(nlp(prepare_doc(nlp, article)), article, model_label(nlp))


def analyze_many(
    articles: Iterable[Article], nlp: Language, batch_size: int = 8
) -> Iterator[Report]:
    """Analyse many articles with one loaded pipeline, streaming (``nlp.pipe`` batching)."""
    label = model_label(nlp)
    pairs = ((prepare_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield build_report(doc, article, label)


def analyze_text(text: str, nlp: Language, source: Source | None = None) -> Report:
    """Convenience for tests and scripts: analyse a plain string."""
    from contextreader.io.article import article_from_text

    return analyze(article_from_text(text, source or Source()), nlp)


def build_report(doc: Doc, article: Article, model: str | None = None) -> Report:
    """Collect what the components stored on ``doc`` into one report with stable ids."""
    people = sorted(doc._.cr_people or [], key=lambda p: p.mentions[0] if p.mentions else (0, 0))
    renames = {p.id: f"p{i}" for i, p in enumerate(people, 1)}
    people = [replace(p, id=renames[p.id]) for p in people]

    quotes_ = sorted(doc._.cr_quotes or [], key=lambda q: q.span)
    quote_ids = {q.id: f"q{i}" for i, q in enumerate(quotes_, 1)}
    quotes_ = [
        replace(
            q,
            id=quote_ids[q.id],
            speaker_id=renames.get(q.speaker_id or ""),
            joint_ids=[renames[i] for i in q.joint_ids if i in renames],
        )
        for q in quotes_
    ]
    counts: dict[str, int] = {}
    for q in quotes_:
        if q.kind != "scare":
            # a joint speaker's quote ("Roe and Doe said") counts for each person it names
            for pid in q.speaker_ids:
                counts[pid] = counts.get(pid, 0) + 1
    people = [replace(p, quote_count=counts.get(p.id, 0)) for p in people]

    assertions_ = sorted(doc._.cr_assertions or [], key=lambda a: a.span)
    assertion_ids = {a.id: f"a{i}" for i, a in enumerate(assertions_, 1)}
    assertions_ = [replace(a, id=assertion_ids[a.id]) for a in assertions_]
    refs = {**quote_ids, **assertion_ids}
    sentences = [
        replace(s, ref=refs.get(s.ref or ""))
        for s in sorted(doc._.cr_sentences or [], key=lambda s: s.span)
    ]
    terms = sorted(doc._.cr_loaded or [], key=lambda t: t.span)
    terms = [replace(t, id=f"t{i}") for i, t in enumerate(terms, 1)]

    # what the doc left out of the article's text (``_lead``: the header and an opening
    # byte-order mark), measured on the doc, so a doc made otherwise is never moved wrongly
    lead = len(article.text) - len(doc.text)
    source = article.source
    if source.title:
        # "Talks stall | Reuters" shows as "Talks stall" beside the outlet's name
        title = title_without_publisher(source.title, doc._.cr_outlet, load_kb())
        if title != source.title:
            source = replace(source, title=title)
    report = Report(
        text=article.text,
        source=source,
        outlet=doc._.cr_outlet,
        people=people,
        quotes=quotes_,
        assertions=assertions_,
        loaded_terms=terms,
        sentences=sentences,
        cited_outlets=list(doc._.cr_cited_outlets or []),
        dateline=doc._.cr_dateline,
        byline=doc._.cr_byline,
        genre=piece_label(article.text, article.body_start),
        body_start=article.body_start,
        model=model,
    )
    return _moved(report, lead) if lead else report


def _moved(report: Report, by: int) -> Report:
    """``report`` with every offset ``by`` characters later: offsets into the doc made offsets
    into the article's text, when the doc left out what opens it."""

    def at(span: tuple[int, int]) -> tuple[int, int]:
        return (span[0] + by, span[1] + by)

    def maybe(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else at(span)

    r = report
    return replace(
        r,
        outlet=r.outlet and replace(r.outlet, evidence_span=maybe(r.outlet.evidence_span)),
        dateline=r.dateline and replace(r.dateline, span=at(r.dateline.span)),
        byline=r.byline and replace(r.byline, span=at(r.byline.span)),
        cited_outlets=[replace(c, span=at(c.span)) for c in r.cited_outlets],
        people=[replace(p, mentions=[at(m) for m in p.mentions]) for p in r.people],
        quotes=[
            replace(
                q,
                span=at(q.span),
                cue_span=maybe(q.cue_span),
                speaker_span=maybe(q.speaker_span),
                parts=[at(s) for s in q.parts],
            )
            for q in r.quotes
        ],
        assertions=[replace(a, span=at(a.span), cue_span=maybe(a.cue_span)) for a in r.assertions],
        sentences=[replace(s, span=at(s.span)) for s in r.sentences],
        loaded_terms=[replace(t, span=at(t.span)) for t in r.loaded_terms],
    )
