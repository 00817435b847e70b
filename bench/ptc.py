"""Measure loaded-term marking on the Propaganda Techniques Corpus (issue 4).

Usage: ``python bench/ptc.py ARTICLES_DIR LABELS.tsv OUTDIR``

Analyses every ``*.txt`` in ARTICLES_DIR with one loaded pipeline, writes ``OUTDIR/reports.jsonl``
(one report a line, ``source.path`` set to the article file) and, when the shared scorer exists,
runs ``score.py ptc ARTICLES_DIR LABELS.tsv OUTDIR/reports.jsonl`` and prints its output. It also
prints a per-category count of marks so a change to the lexicon can be judged by category.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import time
from pathlib import Path

from contextreader.analysis.pipeline import analyze_many, load_pipeline
from contextreader.io.article import read_article

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    articles_dir, labels, outdir = Path(argv[0]), Path(argv[1]), Path(argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    paths = sorted(articles_dir.glob("*.txt"))
    t0 = time.perf_counter()
    nlp = load_pipeline()
    articles = [read_article(p) for p in paths]
    out = outdir / "reports.jsonl"
    by_category: collections.Counter[str] = collections.Counter()
    by_voice: collections.Counter[str] = collections.Counter()
    with out.open("w", encoding="utf-8") as fh:
        for report in analyze_many(articles, nlp):
            for term in report.loaded_terms:
                by_category[term.category] += 1
                by_voice[term.voice] += 1
            fh.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(paths)} articles in {time.perf_counter() - t0:.0f}s -> {out}")
    print("marks by category:", dict(by_category.most_common()))
    print("marks by voice:", dict(by_voice.most_common()))
    if SCORER.exists():
        result = subprocess.run(
            [sys.executable, str(SCORER), "ptc", str(articles_dir), str(labels), str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        print(result.stdout.strip() or result.stderr.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
