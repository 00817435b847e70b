"""Measure loaded-term marking on the Propaganda Techniques Corpus (issue 4).

Usage::

    python bench/ptc.py ARTICLES_DIR LABELS.tsv OUTDIR [--split all|tune|heldout]
                        [--every K] [--limit N] [--cache DIR] [--terms]

Analyses the chosen ``*.txt`` files in ARTICLES_DIR with one loaded pipeline, writes
``OUTDIR/reports.jsonl`` (one report a line, ``source.path`` set to the article file) and, when the
shared scorer exists, runs ``score.py ptc`` on it (the scorer skips articles without a report, so a
subset is scored on its own gold spans). It also prints, per category, rule and voice, how many
marks there are and the share that touch a gold span, so a change can be judged where it acts.

Subsets, so tuning does not see the data used to check that it generalises:

* ``--split heldout`` is every fifth article in name order (index % 5 == 4), ``--split tune`` the
  other four fifths; look only at ``tune`` while changing the lexicon and rules.
* ``--every K`` keeps every K-th article of the split, ``--limit N`` the first N: fast iterations.
* ``--cache DIR`` pickles each doc after every component except ``cr_loaded`` and reuses it, so a
  rerun only repeats the loaded-terms step (seconds, not minutes). Delete the directory when another
  component or the model changes.
* ``--terms`` writes ``OUTDIR/terms.tsv``: per lexicon term, marks and marks touching gold.
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from scoring import find_scorer, ptc_article_id, read_ptc_gold, run_scorer, touches
from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis.pipeline import build_report, load_pipeline, model_label, prepare_doc
from contextreader.io.article import Article, read_article
from contextreader.report import Report

# categories that mark how a statement is framed (doubt, verbs of saying, the writer's stance,
# scare quotes) rather than emotive wording; PTC's two techniques rarely count them, so the bench
# also prints the score of the other marks alone (issue 4 keeps these categories on purpose)
FRAMING = ("expression of doubt", "loaded verb of saying", "editorializing", "scare quotes")
HELDOUT_EVERY = 5  # every fifth article (index % 5 == 4) is held out from tuning
LAST = "cr_loaded"


def select(paths: list[Path], split: str, every: int, limit: int | None) -> list[Path]:
    """The articles of one split, thinned to every K-th and cut to N."""
    if split == "heldout":
        paths = [p for i, p in enumerate(paths) if i % HELDOUT_EVERY == HELDOUT_EVERY - 1]
    elif split == "tune":
        paths = [p for i, p in enumerate(paths) if i % HELDOUT_EVERY != HELDOUT_EVERY - 1]
    paths = paths[:: max(1, every)]
    return paths[:limit] if limit is not None else paths


def _docs_before_loaded(
    nlp: Language, articles: list[Article], cache: Path | None
) -> Iterator[Doc]:
    """Docs through every component before cr_loaded, from the cache when it has them."""
    names = [n for n in nlp.pipe_names if n != LAST]
    todo = []
    for a in articles:
        hit = cache / (Path(a.source.path or "").stem + ".pkl") if cache else None
        todo.append((a, hit))
    pending = [(a, hit) for a, hit in todo if hit is None or not hit.exists()]
    fresh: dict[str, Doc] = {}
    if pending:
        with nlp.select_pipes(enable=names):
            docs = nlp.pipe((prepare_doc(nlp, a) for a, _ in pending), batch_size=8)
            for (a, hit), doc in zip(pending, docs, strict=True):
                if hit is not None:
                    hit.write_bytes(_dump(doc))
                fresh[a.source.path or ""] = doc
    for a, hit in todo:
        doc = fresh.get(a.source.path or "")
        if doc is None and hit is not None:
            doc = _load(nlp, hit.read_bytes())
        assert doc is not None
        yield doc


def _dump(doc: Doc) -> bytes:
    """The doc without its vocab (pickling a Doc copies the whole vocab: megabytes, seconds)."""
    return pickle.dumps((doc.to_bytes(exclude=["user_data"]), dict(doc.user_data)))


def _load(nlp: Language, data: bytes) -> Doc:
    raw, user_data = pickle.loads(data)
    doc = Doc(nlp.vocab).from_bytes(raw)
    doc.user_data.update(user_data)
    return doc


def analyse(nlp: Language, articles: list[Article], cache: Path | None) -> Iterator[Report]:
    loaded = nlp.get_pipe(LAST)
    label = model_label(nlp)
    for article, doc in zip(articles, _docs_before_loaded(nlp, articles, cache), strict=True):
        yield build_report(loaded(doc), article, label)


class Subset:
    """Detection P/R/F1 (as score.py counts them) of the marks outside the framing categories."""

    def __init__(self) -> None:
        self.marks = self.hits = self.gold = self.touched = 0

    def add(self, spans: list[tuple[int, int]], golds: list[tuple[int, int]]) -> None:
        self.marks += len(spans)
        self.hits += sum(touches(s, golds) for s in spans)
        self.gold += len(golds)
        self.touched += sum(touches(g, spans) for g in golds)

    def line(self) -> str:
        p = self.hits / self.marks if self.marks else 0.0
        r = self.touched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"without {', '.join(FRAMING)}: marks {self.marks}  P {p:.3f} R {r:.3f} F1 {f1:.3f}"


class Tally:
    """Marks and marks touching gold, per key."""

    def __init__(self) -> None:
        self.n: collections.Counter[str] = collections.Counter()
        self.hit: collections.Counter[str] = collections.Counter()

    def add(self, key: str, hit: bool) -> None:
        self.n[key] += 1
        self.hit[key] += hit

    def lines(self, title: str) -> list[str]:
        out = [f"{title}:"]
        for key, n in self.n.most_common():
            out.append(f"  {key:<28} {n:>5}  P {self.hit[key] / n:.2f}")
        return out


def bootstrap_interval(
    per_article: list[tuple[int, int]], rounds: int = 2000
) -> tuple[float, float]:
    """90% interval of precision when the articles are resampled: marks cluster by article (one
    long opinion piece can hold fifty), so the spread over articles is the honest error bar."""
    rng = random.Random(0)
    values = []
    for _ in range(rounds):
        sample = [rng.choice(per_article) for _ in per_article]
        marks = sum(n for n, _ in sample)
        values.append(sum(h for _, h in sample) / marks if marks else 0.0)
    values.sort()
    return values[rounds // 20], values[rounds - 1 - rounds // 20]


def self_agreement(paths: list[Path], gold: dict[str, list[tuple[int, int]]]) -> tuple[int, int]:
    """How far PTC agrees with itself: for each line (over 60 characters) that appears verbatim in
    two articles, each gold span in one copy counts as a mark on the other copy. Returns (spans,
    spans the other copy's gold touches): the precision a reader would get by copying the
    annotators' own choices, a ceiling for any marker scored against them."""
    copies: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    for path in paths:
        key, offset = ptc_article_id(path), 0
        for line in path.read_text(encoding="utf-8").split("\n"):
            if len(line) > 60:
                copies[line].append((key, offset))
            offset += len(line) + 1
    spans = touched = 0
    for line, where in copies.items():
        for key, offset in where:
            mine = [
                (s - offset, e - offset)
                for s, e in gold.get(key, [])
                if offset <= s and e <= offset + len(line)
            ]
            for other, other_offset in where:
                if other == key:
                    continue
                theirs = [(s - other_offset, e - other_offset) for s, e in gold.get(other, [])]
                spans += len(mine)
                touched += sum(touches(span, theirs) for span in mine)
    return spans, touched


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("labels", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--split", choices=("all", "tune", "heldout"), default="all")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--terms", action="store_true")
    ap.add_argument("--scorer", type=Path, default=None, help="path of score.py")
    args = ap.parse_args(argv)

    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    paths = select(sorted(args.articles.glob("*.txt")), args.split, args.every, args.limit)
    t0 = time.perf_counter()
    nlp = load_pipeline()
    articles = [read_article(p) for p in paths]
    gold = read_ptc_gold(args.labels)
    out = args.outdir / "reports.jsonl"
    tallies = {k: Tally() for k in ("category", "rule", "voice")}
    terms = Tally()
    emotive = Subset()
    per_article: list[tuple[int, int]] = []
    with out.open("w", encoding="utf-8") as fh:
        for report in analyse(nlp, articles, args.cache):
            golds = gold.get(ptc_article_id(Path(report.source.path or "")), [])
            per_article.append(
                (
                    len(report.loaded_terms),
                    sum(touches(t.span, golds) for t in report.loaded_terms),
                )
            )
            for t in report.loaded_terms:
                hit = touches(t.span, golds)
                tallies["category"].add(t.category, hit)
                tallies["rule"].add(t.rule, hit)
                tallies["voice"].add(t.voice, hit)
                terms.add(f"{t.category}\t{t.term}", hit)
            emotive.add([t.span for t in report.loaded_terms if t.category not in FRAMING], golds)
            fh.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(paths)} articles ({args.split}) in {time.perf_counter() - t0:.0f}s -> {out}")
    for name, tally in tallies.items():
        print("\n".join(tally.lines(f"marks by {name}")))
    print(emotive.line())
    low, high = bootstrap_interval(per_article)
    print(f"precision, 90% interval over articles resampled: {low:.3f} to {high:.3f}")
    spans, touched = self_agreement(paths, gold)
    if spans:
        print(
            f"PTC against itself, on lines found verbatim in two articles: {touched} of {spans} "
            f"gold spans are touched by the other copy's gold (P {touched / spans:.3f})"
        )
    if args.terms:
        with (args.outdir / "terms.tsv").open("w", encoding="utf-8") as fh:
            for key, n in terms.n.most_common():
                fh.write(f"{key}\t{n}\t{terms.hit[key]}\n")
    scorer = find_scorer(args.labels, args.scorer)
    print(run_scorer(scorer, "ptc", args.articles, args.labels, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
