"""Measure outlet recognition: the share of cases recognised correctly, false mentions, load time.

Usage: ``python bench/outlets.py [--polnear GOLD.jsonl] [--limit N] [--show-failures]``

1. Recognition on ``tests/outlets/data/recognition_cases.toml`` (cases written for this project:
   article addresses in the outlets' real URL patterns, site names, page titles, datelines and
   closing credits in the wires' house styles, bylines that name an outlet, cited-only texts,
   texts with look-alike words).
   A case is correct when the publisher is the expected outlet (or none, when none is expected);
   a cited case when there is no publisher and the outlet is listed as cited; a look-alike case
   when no outlet at all is found.
2. With ``--polnear``: outlet mentions found in the texts of a PolNeAR-format file (measurement
   only; nothing from it enters the repository), listed so a reader can judge each, and the number
   of people whose name equals a knowledge-base outlet form (must be 0). The seed is checked too.
3. ``load_kb`` time, cold, in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

import spacy

import contextreader.analysis.outlet  # noqa: F401  (registers cr_outlet)
from contextreader.io.article import article_from_text
from contextreader.outlets.kb import load_kb
from contextreader.report import Source

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "outlets" / "data" / "recognition_cases.toml"
SEED = REPO / "seeds" / "000_1431d573fd9e81ef.txt"
BODY = "Harbour officials said on Sunday that the new ferry line would open in June."


def recognise(nlp, text: str, source: Source):
    """Run cr_outlet alone (it needs only tokens) and return the doc."""
    article = article_from_text(text, source)
    doc = nlp.make_doc(article.text)
    doc._.cr_body_start = article.body_start
    doc._.cr_source = article.source
    return nlp.get_pipe("cr_outlet")(doc)


def run_cases(show: bool) -> tuple[int, int, Counter[str], Counter[str]]:
    """(correct, total, correct by signal, total by signal) over the case file."""
    cases = tomllib.loads(CASES.read_text(encoding="utf-8"))
    nlp = spacy.blank("en")
    nlp.add_pipe("cr_outlet")
    ok: Counter[str] = Counter()
    total: Counter[str] = Counter()

    def check(signal: str, good: bool, what: str, got: str | None) -> None:
        """Count one case; ``good`` already compares with the expectation ('' = no outlet)."""
        total[signal] += 1
        ok[signal] += good
        if show and not good:
            print(f"  MISS {signal}: {what!r} -> {got}")

    for url, want in cases["url"]:
        out = recognise(nlp, BODY, Source(url=url))._.cr_outlet
        check("url", (out.id if out else "") == want, url, out and out.id)
    for name, want in cases["site_name"]:
        out = recognise(nlp, BODY, Source(site_name=name))._.cr_outlet
        check("site_name", (out.id if out else "") == want, name, out and out.id)
    for title, want in cases["title"]:
        out = recognise(nlp, BODY, Source(title=title))._.cr_outlet
        check("title", (out.id if out else "") == want, title, out and out.id)
    for head, want in cases["dateline"]:
        out = recognise(nlp, head + BODY, Source())._.cr_outlet
        good = (out.id if out else "") == want and (out is None or out.matched_by == "dateline")
        check("dateline", good, head, out and out.id)
    for head, want in cases["byline"]:
        out = recognise(nlp, head + BODY, Source())._.cr_outlet
        good = (out.id if out else "") == want and (out is None or out.matched_by == "byline")
        check("byline", good, head, out and out.id)
    for tail, want in cases["closing"]:
        out = recognise(nlp, BODY + tail, Source())._.cr_outlet
        good = (out.id if out else "") == want and (out is None or out.matched_by == "credit")
        check("closing", good, tail, out and out.id)
    for text, want in cases["cited"]:
        doc = recognise(nlp, text, Source())
        ids = [c.outlet_id for c in doc._.cr_cited_outlets]
        check("cited", doc._.cr_outlet is None and ids == [want], text, ",".join(ids))
    for text in cases["not_outlets"]:
        doc = recognise(nlp, text, Source())
        found = [s.text for s in doc.spans["cr_outlets"]]
        check("not_outlets", doc._.cr_outlet is None and not found, text, ",".join(found))
    return sum(ok.values()), sum(total.values()), ok, total


def people_named_as_outlets(reports) -> list[str]:
    """People whose name is exactly a form of a known outlet (should never happen)."""
    forms = {f for e in load_kb().entries for f in e.forms}
    return [p.name for r in reports for p in r.people if p.name in forms]


def polnear(path: Path, limit: int | None) -> None:
    from contextreader.analysis.pipeline import analyze, load_pipeline
    from contextreader.io.article import read_article

    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    docs = docs[:limit] if limit else docs
    nlp = load_pipeline()
    reports = [analyze(article_from_text(d["text"], Source()), nlp) for d in docs]
    mentions = Counter(r.excerpt(c.span) for r in reports for c in r.cited_outlets)
    publishers = Counter(r.outlet.name for r in reports if r.outlet)
    print(f"PolNeAR texts: {len(docs)}")
    print(f"  outlet mentions: {sum(mentions.values())} ({len(mentions)} distinct forms)")
    for form, n in mentions.most_common():
        print(f"    {n:4d}  {form}")
    print(f"  publishers recognised (text only, no URL): {dict(publishers)}")
    bad = people_named_as_outlets(reports)
    print(f"  people named like an outlet: {len(bad)} {sorted(set(bad))}")
    seed = analyze(read_article(SEED), nlp)
    print(
        f"Seed: publisher {seed.outlet and seed.outlet.name}; people named like an outlet: "
        f"{people_named_as_outlets([seed])}"
    )


def load_time() -> float:
    """Cold ``load_kb`` in a fresh interpreter, imports excluded."""
    code = (
        "import time; import contextreader.outlets.kb as k; t=time.perf_counter(); "
        "k.load_kb(); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    kb = load_kb()
    print(f"Knowledge base: {len(kb)} outlets")
    print(f"  by origin: {kb.count_by('origin')}")
    print(f"  by kind: {kb.count_by('kind')}")
    loads = sorted(load_time() for _ in range(3))
    print(f"load_kb cold (median of 3): {loads[1] * 1000:.0f} ms")
    start = time.perf_counter()
    good, total, ok, per = run_cases(args.show_failures)
    print(f"Recognition: {good}/{total} = {good / total:.3f} ({time.perf_counter() - start:.1f} s)")
    for signal in per:
        print(f"  {signal:12s} {ok[signal]}/{per[signal]} = {ok[signal] / per[signal]:.3f}")
    if args.polnear:
        polnear(args.polnear, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
