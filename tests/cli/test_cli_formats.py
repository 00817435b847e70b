"""The reports ``analyze`` prints: JSON that matches the schema and the file, JSON Lines, and
Markdown with every section; the schema document names every field."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import SEED

from .helpers import run, write

SCHEMA = json.loads((files("contextreader.data") / "report.schema.json").read_text("utf-8"))


class TestAnalyzeJson:
    def test_seed_report_matches_the_schema_and_the_file(self, capsys, nlp):
        code, out, err = run(capsys, "analyze", str(SEED))
        assert code == 0, err
        report = json.loads(out)
        jsonschema.validate(report, SCHEMA)
        assert report["text"] == SEED.read_bytes().decode("utf-8")
        assert report["source"] == {
            "path": str(SEED),
            "url": None,
            "title": None,
            "date": "2019-07-06",
            "site_name": None,
        }

    def test_every_offset_lies_inside_the_text(self, capsys, nlp):
        _, out, _ = run(capsys, "analyze", str(SEED))
        report = json.loads(out)
        n = len(report["text"])
        spans = [m for p in report["people"] for m in p["mentions"]]
        for key in ("quotes", "assertions", "loaded_terms"):
            spans += [x["span"] for x in report[key]]
        spans += [q[k] for q in report["quotes"] for k in ("cue_span", "speaker_span") if q[k]]
        assert spans, "the seed has annotations"
        assert all(0 <= s < e <= n for s, e in spans)

    def test_url_option_is_recorded(self, capsys, nlp):
        code, out, _ = run(capsys, "analyze", str(SEED), "--url", "https://example.org/a")
        assert code == 0
        assert json.loads(out)["source"]["url"] == "https://example.org/a"

    def test_several_files_give_a_list(self, capsys, nlp, tmp_path):
        other = write(tmp_path, "b.txt", b"Mara Lind said the bridge would open in May.\n")
        code, out, _ = run(capsys, "analyze", str(SEED), other)
        assert code == 0
        reports = json.loads(out)
        assert [Path(r["source"]["path"]).name for r in reports] == [SEED.name, "b.txt"]
        for r in reports:
            jsonschema.validate(r, SCHEMA)


class TestAnalyzeOtherFormats:
    def test_jsonl_prints_one_valid_report_a_line(self, capsys, nlp, tmp_path):
        a = write(tmp_path, "a.txt", b"The council met on Monday.\n")
        b = write(tmp_path, "b.txt", "\u201cWe are ready,\u201d Ines Cole said.\n".encode())
        code, out, _ = run(capsys, "analyze", "--format", "jsonl", a, b)
        assert code == 0
        lines = out.splitlines()
        assert len(lines) == 2
        for line, path in zip(lines, (a, b), strict=True):
            r = json.loads(line)
            jsonschema.validate(r, SCHEMA)
            assert r["source"]["path"] == path
            assert r["text"] == Path(path).read_text("utf-8")

    def test_markdown_has_every_section(self, capsys, nlp):
        code, out, _ = run(capsys, "analyze", "--format", "markdown", str(SEED))
        assert code == 0
        for heading in ("## Outlet", "## People", "## Quotes", "## Assertions", "## Loaded terms"):
            assert heading in out

    def test_markdown_ends_with_the_article_unless_left_out(self, capsys, nlp, tmp_path):
        path = write(tmp_path, "a.txt", "“We are ready,” Ines Cole said.\n".encode())
        code, out, _ = run(capsys, "analyze", "--format", "markdown", path)
        assert code == 0
        assert "\n## Article\n" in out
        assert "\n¶1 · “**We are ready,**” \\[Ines Cole\\] Ines Cole said.\n" in out
        code, out, _ = run(capsys, "analyze", "--format", "markdown", "--no-article", path)
        assert code == 0 and "## Article" not in out and "## Quotes (1)" in out

    def test_no_article_goes_with_markdown_only(self, capsys):
        code, out, err = run(capsys, "analyze", "--no-article", "a.txt")
        assert (code, out) == (2, "")
        assert err == "contextreader analyze: --no-article goes with --format markdown\n"

    def test_format_given_to_the_reader_points_to_analyze(self, capsys):
        code, out, err = run(capsys, "--format", "markdown", "a1.txt")
        assert (code, out) == (2, "")
        assert err.endswith(
            "contextreader: error: --format is an option of 'contextreader analyze', which "
            "prints the report: contextreader analyze --format markdown a1.txt\n"
        )
        code, _, err = run(capsys, "a1.txt", "--format=json")
        assert code == 2 and "contextreader analyze a1.txt --format=json" in err

    def test_no_article_given_to_the_reader_points_to_analyze_in_markdown(self, capsys):
        code, out, err = run(capsys, "b2.txt", "--no-article")
        assert (code, out) == (2, "")
        assert err.endswith(
            "contextreader: error: --no-article is an option of 'contextreader analyze', which "
            "prints the report: contextreader analyze --format markdown b2.txt --no-article\n"
        )
        # a format already given is kept as it is
        code, _, err = run(capsys, "b2.txt", "--no-article", "--format=jsonl")
        assert code == 2 and err.endswith(
            "contextreader analyze b2.txt --no-article --format=jsonl\n"
        )

    def test_markdown_names_an_unknown_dateline_credit(self, capsys, nlp, tmp_path):
        body = b"GULLPORT (Tidewater Wire) - The pier will reopen in June.\n"
        code, out, _ = run(
            capsys, "analyze", "--format", "markdown", write(tmp_path, "d.txt", body)
        )
        assert code == 0
        assert (
            "The dateline credits Tidewater Wire, which names no single outlet contextreader has"
            " notes on." in out
        )

    def test_markdown_names_a_dateline_without_a_credit(self, capsys, nlp, tmp_path):
        path = write(tmp_path, "p.txt", b"GULLPORT, Maine \xe2\x80\x94 The pier will reopen.\n")
        code, out, _ = run(capsys, "analyze", "--format", "markdown", path)
        assert code == 0
        assert "The dateline “GULLPORT, Maine —” credits no outlet." in out

    def test_markdown_escapes_article_text(self, capsys, nlp, tmp_path):
        path = write(tmp_path, "m.txt", b"# Not a heading *and* [not](a link)\n")
        code, out, _ = run(capsys, "analyze", "--format", "markdown", path)
        assert code == 0
        assert "\\[not\\](a link)" in out and "\\*and\\*" in out
        assert "# Not a heading" not in out.replace("\\# Not a heading", "")


def test_schema_document_names_every_field():
    """docs/report-schema.md and the shipped JSON Schema describe the same fields."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "report-schema.md").read_text("utf-8")

    def names(node):
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                yield key
                yield from names(value)
            for value in node.values():
                if isinstance(value, dict | list):
                    yield from names(value)
        elif isinstance(node, list):
            for value in node:
                yield from names(value)

    missing = sorted({n for n in names(SCHEMA) if f'"{n}"' not in doc})
    assert not missing, missing


def test_a_report_saved_before_joint_ids_and_genre_still_validates(capsys, nlp):
    """Both fields came after the schema's first version, under the same ``$id``: a report
    written without them is still valid (and loads with them empty)."""
    code, out, _ = run(capsys, "analyze", "--format", "json", str(SEED))
    assert code == 0
    report = json.loads(out)
    assert report["quotes"], "the seed has quotes"
    report.pop("genre")
    for q in report["quotes"]:
        q.pop("joint_ids")
    jsonschema.validate(report, SCHEMA)
    report.pop("dateline")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA)
