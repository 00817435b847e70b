"""The PTC benchmark's own arithmetic: the interval over articles and PTC's self-agreement."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import ptc  # noqa: E402

LINE = "The council's plan is a reckless gamble with the savings of every family in the town."


def test_self_agreement_counts_gold_spans_on_shared_lines(tmp_path: Path) -> None:
    one, two = tmp_path / "article1.txt", tmp_path / "article2.txt"
    one.write_text(f"Title one\n{LINE}\n", encoding="utf-8")
    two.write_text(f"Another title here\n{LINE}\n", encoding="utf-8")
    start_one, start_two = len("Title one\n"), len("Another title here\n")
    word = LINE.index("reckless")
    gold = {
        # copy one marks "reckless"; copy two marks "reckless gamble" and "savings"
        "1": [(start_one + word, start_one + word + 8)],
        "2": [
            (start_two + word, start_two + word + 15),
            (start_two + LINE.index("savings"), start_two + LINE.index("savings") + 7),
        ],
    }
    spans, touched = ptc.self_agreement([one, two], gold)
    # one's span is touched by two's; of two's spans only "reckless gamble" is touched by one's
    assert (spans, touched) == (3, 2)


def test_short_lines_are_not_compared(tmp_path: Path) -> None:
    one, two = tmp_path / "article1.txt", tmp_path / "article2.txt"
    one.write_text("Short shared line.\n", encoding="utf-8")
    two.write_text("Short shared line.\n", encoding="utf-8")
    assert ptc.self_agreement([one, two], {"1": [(0, 5)], "2": []}) == (0, 0)


def test_bootstrap_interval_brackets_the_pooled_precision() -> None:
    per_article = [(10, 6), (4, 1), (20, 14), (6, 3)]
    low, high = ptc.bootstrap_interval(per_article, rounds=400)
    pooled = sum(h for _, h in per_article) / sum(n for n, _ in per_article)
    assert low <= pooled <= high
    assert ptc.bootstrap_interval([(5, 5)], rounds=50) == (1.0, 1.0)
