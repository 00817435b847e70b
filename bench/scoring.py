"""The shared scorer, found and run the same way by every benchmark script.

The gold data and ``score.py`` stay outside the repository; the scripts take the gold data's path
on their command line and find ``score.py`` beside it (``eval/score.py`` for ``eval/<set>/...``),
or at ``../shared/eval/score.py`` next to the repository, or where ``--scorer`` says.
"""

from __future__ import annotations

import collections
import csv
import subprocess
import sys
from pathlib import Path

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def find_scorer(gold: Path, given: Path | None = None) -> Path:
    """--scorer, else score.py beside the gold data, else ../shared/eval/score.py."""
    if given is not None:
        return given
    for folder in gold.resolve().parents[:3]:
        if (folder / "score.py").exists():
            return folder / "score.py"
    return DEFAULT_SCORER


def run_scorer(scorer: Path, *args: str | Path) -> str:
    """score.py's output (run as its own process, as anyone would), or why it could not run."""
    if not scorer.exists():
        return f"scorer not found at {scorer}; pass --scorer PATH"
    res = subprocess.run(
        [sys.executable, str(scorer), *map(str, args)], capture_output=True, text=True, check=False
    )
    return res.stdout.strip() or res.stderr.strip()


# the two PTC techniques issue 4 is measured on
PTC_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")


def read_ptc_gold(labels: Path) -> dict[str, list[tuple[int, int]]]:
    """PTC's Loaded_Language and Name_Calling spans, by article id (the number in the file name)."""
    gold: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    with labels.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row[1] in PTC_TECHNIQUES:
                gold[row[0]].append((int(row[2]), int(row[3])))
    return gold


def ptc_article_id(path: Path) -> str:
    """The id PTC's labels use for an article file: "article111.txt" -> "111"."""
    return path.stem.replace("article", "")


def touches(span: tuple[int, int], golds: list[tuple[int, int]]) -> bool:
    """Whether a span shares a character with any gold span (score.py's "touch")."""
    return any(min(span[1], g[1]) > max(span[0], g[0]) for g in golds)
