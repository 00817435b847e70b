"""Measure contextreader's attribution analysis on a PolNeAR-format gold file.

Usage: ``python bench/polnear.py GOLD.jsonl OUTDIR [--model NAME]``

Writes each gold document's text to ``OUTDIR/<doc_id>.txt`` (UTF-8, newlines kept), analyses all
of them with one loaded pipeline, writes ``OUTDIR/reports.jsonl`` (one report a line, as
``contextreader analyze --format jsonl`` prints) and, when the shared scorer is found at
``../shared/eval/score.py`` beside the repository, prints its scores. The gold data stays outside
the repository; nothing here reads labels except the scorer.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from contextreader.analysis.pipeline import analyze_many, load_pipeline
from contextreader.io.article import read_article

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "eval" / "score.py"


def write_texts(gold: Path, outdir: Path) -> list[Path]:
    """One text file per gold document, byte-exact so offsets can be scored."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            path = outdir / f"{doc['doc_id']}.txt"
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(doc["text"])
            paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    paths = write_texts(args.gold, args.outdir)
    nlp = load_pipeline(args.model)
    started = time.perf_counter()
    reports_path = args.outdir / "reports.jsonl"
    with reports_path.open("w", encoding="utf-8") as out:
        for report in analyze_many((read_article(p) for p in paths), nlp):
            out.write(json.dumps(report.to_dict()) + "\n")
    elapsed = time.perf_counter() - started
    print(f"analysed {len(paths)} documents in {elapsed:.1f} s -> {reports_path}")
    if SCORER.exists():
        res = subprocess.run(
            [sys.executable, str(SCORER), "polnear", str(args.gold), str(reports_path)],
            capture_output=True,
            text=True,
            check=False,
        )
        print(res.stdout.strip() or res.stderr.strip())
    else:
        print(f"scorer not found at {SCORER}; score {reports_path} with score.py polnear")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
