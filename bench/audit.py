"""A blind audit of loaded-term marks: would a careful reader call each mark right?

Usage::

    python bench/audit.py sample REPORTS.jsonl AUDIT_DIR [--n 200] [--seed 2026]
    python bench/audit.py score AUDIT_DIR [--labels LABELS.tsv]

PTC's annotators mark some loaded words and leave others (the same sentence, copied into two of
its articles, is often marked in one and not in the other; ``bench/ptc.py`` measures how often).
So PTC precision says how far the marks agree with those annotators, not how far a teacher can
trust them. This audit measures the second: a judge who sees no gold labels reads each sampled
mark in its context and says whether it is right by the lexicon's own standard.

``sample`` draws marks at random from any reports file (``bench/ptc.py`` and ``bench/polnear.py``
write one) and writes ``AUDIT_DIR/items.jsonl``: for each mark its number ``i``, the term, its
category, voice, note and alternative, and about 600 characters of context with the marked words
between ⟦ ⟧. Where the mark came from is kept apart in ``AUDIT_DIR/key.json``; the judge must not
open it.

The judge writes ``AUDIT_DIR/judgments.jsonl``, one line per item::

    {"i": 0, "judgment": "right" | "wrong" | "unsure", "why": "...",
     "voice_ok": true | false | "unsure", "voice_should": "outlet" | "quoted" | "reported"}

A mark is right when the word, in its context, is loaded: an emotional or evaluative charge, a
label, doubt framing, a loaded verb of saying, the writer's stance, puffery, euphemism,
exaggeration or fear wording beyond what a neutral description needs. It is wrong when the use
is neutral, literal or technical, a proper name or title, a word only mentioned, or when the note
does not fit the use. The voice is right when the word is the writer's own ("outlet"), inside a
direct quotation ("quoted") or inside reported speech ("reported") as the mark says. The two
``voice_*`` keys are optional, and may also come in a separate ``AUDIT_DIR/voices.jsonl``.

``score`` counts the judgments and, with ``--labels`` (PTC's ``labels.tsv``), sets them beside
PTC: how many marks each side calls right.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path
from typing import Any

from scoring import ptc_article_id, read_ptc_gold, touches

CONTEXT = 300  # characters of context on each side of the mark


def sample(reports: Path, out: Path, n: int, seed: int) -> int:
    """Write ``items.jsonl`` (for the judge) and ``key.json`` (where each item came from)."""
    marks = []
    with reports.open(encoding="utf-8") as fh:
        for line in fh:
            report = json.loads(line)
            text, path = report["text"], report["source"]["path"]
            for term in report["loaded_terms"]:
                marks.append((path, text, term))
    chosen = random.Random(seed).sample(marks, min(n, len(marks)))
    out.mkdir(parents=True, exist_ok=True)
    key = []
    with (out / "items.jsonl").open("w", encoding="utf-8") as fh:
        for i, (path, text, term) in enumerate(chosen):
            start, end = term["span"]
            context = (
                text[max(0, start - CONTEXT) : start]
                + "⟦"
                + text[start:end]
                + "⟧"
                + text[end : end + CONTEXT]
            )
            item = {k: term.get(k) for k in ("term", "category", "voice", "note", "alternative")}
            fh.write(json.dumps({"i": i, **item, "context": context}, ensure_ascii=False) + "\n")
            key.append({"i": i, "path": path, "span": [start, end]})
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(chosen)} of {len(marks)} marks -> {out / 'items.jsonl'} (key in key.json)")
    return 0


def _read_lines(path: Path) -> dict[int, dict[str, Any]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {int(row["i"]): row for row in rows}


def _ptc_hits(key: list[dict[str, Any]], labels: Path) -> dict[int, bool]:
    """Whether each audited mark touches a Loaded_Language or Name_Calling span in PTC."""
    gold = read_ptc_gold(labels)
    return {
        int(item["i"]): touches(tuple(item["span"]), gold[ptc_article_id(Path(str(item["path"])))])
        for item in key
    }


def score(out: Path, labels: Path | None) -> int:
    """Print the share judged right, the voice check and, with PTC labels, the cross-tab."""
    items = _read_lines(out / "items.jsonl")
    judged = _read_lines(out / "judgments.jsonl")
    for i, row in _read_lines(out / "voices.jsonl").items():
        judged.setdefault(i, {}).update(row)
    missing = sorted(set(items) - set(judged))
    if missing:
        print(f"{len(missing)} items have no judgment yet (first: {missing[:5]})")
    verdicts = collections.Counter(str(row.get("judgment")) for row in judged.values())
    n = sum(verdicts[v] for v in ("right", "wrong", "unsure"))
    if n:
        right = verdicts["right"]
        print(
            f"marks judged: {n}; right {right}, wrong {verdicts['wrong']}, unsure "
            f"{verdicts['unsure']}; precision {right / n:.3f} (unsure counted wrong), "
            f"{(right + verdicts['unsure']) / n:.3f} (unsure counted right)"
        )
    voices: collections.Counter[str] = collections.Counter()
    moves: collections.Counter[str] = collections.Counter()
    for i, row in judged.items():
        ok = row.get("voice_ok")
        if ok is None:
            continue
        voices[str(ok)] += 1
        if ok is False:
            moves[f"{items.get(i, {}).get('voice')} -> {row.get('voice_should')}"] += 1
    if voices:
        total = sum(voices.values())
        print(
            f"voices judged: {total}; right {voices['True']} ({voices['True'] / total:.3f}), "
            f"wrong {voices['False']}, unsure {voices['unsure']}"
        )
        for move, count in moves.most_common():
            print(f"  {move}: {count}")
    if labels is not None:
        key = json.loads((out / "key.json").read_text(encoding="utf-8"))
        hits = _ptc_hits(key, labels)
        table = collections.Counter(
            (str(row.get("judgment")), "PTC touches" if hits.get(i) else "PTC does not touch")
            for i, row in judged.items()
            if i in hits and row.get("judgment")
        )
        for (verdict, ptc), count in sorted(table.items()):
            print(f"  {verdict:<7} {ptc:<20} {count}")
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sp = sub.add_parser("sample", help="draw marks for a blind judge")
    sp.add_argument("reports", type=Path)
    sp.add_argument("out", type=Path)
    sp.add_argument("--n", type=int, default=200)
    sp.add_argument("--seed", type=int, default=2026)
    sc = sub.add_parser("score", help="count the judge's verdicts")
    sc.add_argument("out", type=Path)
    sc.add_argument("--labels", type=Path, default=None, help="PTC labels.tsv, for the cross-tab")
    args = ap.parse_args(argv)
    if args.command == "sample":
        return sample(args.reports, args.out, args.n, args.seed)
    return score(args.out, args.labels)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
