"""The blind audit's bookkeeping: what the judge sees, and how verdicts are counted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import audit  # noqa: E402

TEXT = "The mayor's reckless plan drew a furious reply from the board."


def _reports(tmp_path: Path) -> Path:
    marks = [
        {"span": [12, 20], "term": "reckless", "category": "exaggeration", "voice": "outlet"},
        {"span": [33, 40], "term": "furious", "category": "exaggeration", "voice": "outlet"},
    ]
    report = {"text": TEXT, "source": {"path": "/data/article42.txt"}, "loaded_terms": marks}
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps(report) + "\n", encoding="utf-8")
    return path


def test_sample_hides_where_each_mark_came_from(tmp_path: Path) -> None:
    out = tmp_path / "audit"
    audit.sample(_reports(tmp_path), out, n=5, seed=1)
    items = [json.loads(line) for line in (out / "items.jsonl").read_text().splitlines()]
    assert sorted(item["term"] for item in items) == ["furious", "reckless"]
    assert all("path" not in item and "span" not in item for item in items)
    reckless = next(item for item in items if item["term"] == "reckless")
    assert "⟦reckless⟧ plan" in reckless["context"]
    key = json.loads((out / "key.json").read_text())
    assert {tuple(k["span"]) for k in key} == {(12, 20), (33, 40)}


def test_score_counts_verdicts_voices_and_the_ptc_cross_tab(tmp_path: Path, capsys) -> None:
    out = tmp_path / "audit"
    audit.sample(_reports(tmp_path), out, n=5, seed=1)
    key = json.loads((out / "key.json").read_text())
    first = next(k["i"] for k in key if k["span"] == [12, 20])
    lines = [
        {"i": first, "judgment": "right", "voice_ok": True},
        {"i": 1 - first, "judgment": "wrong", "voice_ok": False, "voice_should": "reported"},
    ]
    (out / "judgments.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    labels = tmp_path / "labels.tsv"
    labels.write_text("42\tLoaded_Language\t12\t25\n42\tDoubt\t30\t45\n", encoding="utf-8")
    audit.score(out, labels)
    printed = capsys.readouterr().out
    assert "right 1, wrong 1, unsure 0; precision 0.500" in printed
    assert "voices judged: 2; right 1 (0.500), wrong 1" in printed
    assert "outlet -> reported: 1" in printed
    assert "right   PTC touches          1" in printed
    assert "wrong   PTC does not touch   1" in printed
