"""List lines of the repository that share a run of words with the evaluation texts.

The gold data (PolNeAR, PTC, ...) is for measuring only: its sentences must not enter the code,
the tests or the data files, not even reworded with other names. This script finds candidates::

    python bench/eval_overlap.py EVAL_PATH [EVAL_PATH ...] [--words N] [--seed FILE]

EVAL_PATH is a ``.jsonl`` file (each line's ``text``), a ``.txt`` file, or a folder of ``.txt``
files. Every line of the files git tracks under ``src``, ``tests``, ``docs``, ``bench`` and the
README that shares N lower-cased words in a row (6 unless told) with an eval text is printed with
the shared words. Runs that also occur in the bundled sample article are skipped: its tests may
quote it. A hit is a place to look, not a verdict: "said in a statement that" is ordinary
English; a sentence whose wording follows an eval sentence is to be rewritten.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_1431d573fd9e81ef.txt"
SCOPE = ("src", "tests", "docs", "bench", "README.md")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def runs(tokens: list[str], n: int) -> set[str]:
    """Every n words in a row, joined by spaces."""
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def eval_texts(paths: Iterable[Path]) -> Iterator[str]:
    for path in paths:
        if path.is_dir():
            yield from (p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt")))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield json.loads(line)["text"]
        else:
            yield path.read_text(encoding="utf-8")


def tracked_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", *SCOPE], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [ROOT / name for name in out.splitlines() if name.endswith((".py", ".toml", ".md"))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval", nargs="+", type=Path, help="eval .jsonl/.txt files or folders")
    ap.add_argument("--words", type=int, default=6, help="words in a row that count (6)")
    ap.add_argument("--seed", type=Path, default=SAMPLE, help="sample article whose runs pass")
    args = ap.parse_args(argv)
    missing = [str(p) for p in args.eval if not p.exists()]
    if missing:
        print(f"eval_overlap: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    shared: set[str] = set()
    for text in eval_texts(args.eval):
        shared |= runs(words(text), args.words)
    if args.seed.exists():
        shared -= runs(words(args.seed.read_text(encoding="utf-8")), args.words)
    hits = 0
    for path in tracked_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = sorted(runs(words(line), args.words) & shared)
            if found:
                hits += 1
                print(f"{path.relative_to(ROOT)}:{number}: {found[0]!r} | {line.strip()[:100]}")
    print(f"{hits} lines share {args.words} words in a row with the eval texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
