"""Text in, report out: the spaCy pipeline with contextreader's components.

The components are ordinary spaCy components registered with ``@Language.factory``; each stores its
results in a span group (``doc.spans["cr_..."]``) and in a doc extension holding report-model
objects with character offsets into ``doc.text``. ``build_report`` only collects them.

The analysed text is the article's full text with any header (the ``date YYYY-MM-DD`` prefix of
the seed format) blanked out with spaces, so every offset in the doc is an offset into the
article's text as well.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import replace

import spacy
from spacy.attrs import ORTH
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
    check_model,
    resolve_model_name,
)
from contextreader.analysis.outlet import title_without_publisher
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
    except OSError as exc:
        raise ModelNotFoundError(model) from exc
    return add_components(nlp)


def add_components(nlp: Language) -> Language:
    """Add contextreader's components to any English pipeline that has a parser and NER (its
    tokenizer also learns the dotted courtesy titles of ``role_nouns.toml``: see
    ``_keep_titles_whole``)."""
    _keep_titles_whole(nlp)
    if "cr_paragraphs" not in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("cr_paragraphs", before=first) if first else nlp.add_pipe("cr_paragraphs")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def _keep_titles_whole(nlp: Language) -> None:
    """Make each abbreviated courtesy title of ``role_nouns.toml`` one token with its full stop
    ("Smt.", "Supt.", "Cllr."), as the tokenizer already has "Mr." and "Dr.": split from it, the
    stop ends a sentence before the name ("Revenue Minister Smt." | "Jan Roe said ...")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for word in role_lexicon().honorifics:
        if not word.endswith(".") or len(word) < 3:
            continue
        title = word[:1].upper() + word[1:]
        if len(tokenizer(title)) > 1:
            tokenizer.add_special_case(title, [{ORTH: title}])


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def doc_text(article: Article) -> str:
    """The text the pipeline sees: the article's text with its header blanked out."""
    if article.body_start <= 0:
        return article.text
    return " " * article.body_start + article.text[article.body_start :]


def prepare_doc(nlp: Language, article: Article) -> Doc:
    """The doc the pipeline runs on: the article's text (header blanked) and its source."""
    doc = nlp.make_doc(doc_text(article))
    doc._.cr_body_start = article.body_start
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
        replace(q, id=quote_ids[q.id], speaker_id=renames.get(q.speaker_id or "")) for q in quotes_
    ]
    counts: dict[str, int] = {}
    for q in quotes_:
        if q.speaker_id and q.kind != "scare":
            counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
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

    source = article.source
    if source.title:
        # "Talks stall | Reuters" shows as "Talks stall" beside the outlet's name
        title = title_without_publisher(source.title, doc._.cr_outlet, load_kb())
        if title != source.title:
            source = replace(source, title=title)
    return Report(
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
        genre=piece_label(article.text, article.body_start),
        body_start=article.body_start,
        model=model,
    )
