"""How much contextreader's analysis costs over raw spaCy, on the same texts in the same run.

    python bench/speed.py [FILE ...] [--repeat N]

With no files it uses the bundled sample, a long article made by repeating it, and that long
article set on one line. It times the plain spaCy pipeline (``nlp(text)`` with the same model)
and contextreader's ``analyze`` (the same pipeline plus our components and building the
report), interleaved so machine noise hits both, and prints the best time of each and their
ratio. Ratios, not seconds, are what to compare.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from contextreader.analysis.pipeline import analyze, load_pipeline, resolve_model_name
from contextreader.io.article import Article, article_from_text, read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1431d573fd9e81ef.txt"


def best_of(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    articles: list[tuple[str, Article]] = []
    for f in args.files or [SEED]:
        articles.append((f.name, read_article(f)))
    if not args.files:
        seed = read_article(SEED)
        long_text = "\n\n".join([seed.body] * 40)
        label = f"sample x40 ({len(long_text.split()):,} words)"
        articles.append((label, article_from_text(long_text)))
        # the same text pasted as one line (from a PDF or a web page): per-line work must not
        # grow with the line's length for each of its sentences
        articles.append(("sample x40 on one line", article_from_text(" ".join(long_text.split()))))

    raw = spacy.load(resolve_model_name())
    ours = load_pipeline()
    print(f"{'article':<40} {'words':>7} {'spaCy s':>9} {'ours s':>9} {'ratio':>6}")
    for name, article in articles:
        raw(article.text), analyze(article, ours)  # warm up both
        t_raw = t_ours = float("inf")
        for _ in range(args.repeat):  # interleave so noise hits both alike
            t_raw = min(t_raw, best_of(lambda a=article: raw(a.text), 1))
            t_ours = min(t_ours, best_of(lambda a=article: analyze(a, ours), 1))
        words = len(article.text.split())
        print(f"{name[:40]:<40} {words:>7,} {t_raw:>9.3f} {t_ours:>9.3f} {t_ours / t_raw:>6.2f}")


if __name__ == "__main__":
    main()
