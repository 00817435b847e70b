"""The command line as a user meets it: reports, formats, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from contextreader import __version__
from contextreader.cli import main
from contextreader.io.export import to_markdown
from contextreader.report import Assertion, Quote, Report
from tests.conftest import SEED

SCHEMA = json.loads((files("contextreader.data") / "report.schema.json").read_text("utf-8"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


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

    def test_markdown_names_an_unknown_dateline_credit(self, capsys, nlp, tmp_path):
        body = b"GULLPORT (Tidewater Wire) - The pier will reopen in June.\n"
        code, out, _ = run(
            capsys, "analyze", "--format", "markdown", write(tmp_path, "d.txt", body)
        )
        assert code == 0
        assert (
            "The dateline credits Tidewater Wire, an outlet contextreader has no notes on." in out
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


class TestMarkdownReadsInFull:
    """The Markdown export is a file for reading: quotes and assertions are given whole, and
    an outlet fact that has a sourced note is said once."""

    def test_a_long_quote_is_given_whole(self):
        words = (
            "We have asked the board three times for the figures, and each time we were told "
            "they would come next month. Our members deserve better than that, and so do the "
            "families who rely on the service every single week."
        )
        text = f"“{words}” Rhoda Feeney said.\n"
        quote = Quote("q1", "direct", (1, 1 + len(words)), speaker_text="Rhoda Feeney")
        claim = Assertion("a1", (0, len(text) - 1), "unattributed", None, "No source.")
        out = to_markdown(Report(text=text, quotes=[quote], assertions=[claim]))
        assert f"- [direct] Rhoda Feeney: “{words}”" in out
        assert f"- [unattributed] “{words}” Rhoda Feeney said.  " in out
        assert "…" not in out

    def test_an_outlet_fact_with_a_sourced_note_is_said_once(self):
        from tests.ui.conftest import load_fixture_report

        out = to_markdown(load_fixture_report())
        assert out.count("Ownership:") == 1 and out.count("Founded:") == 1
        assert "- Kind: news agency" in out
        assert "- Ownership: Owned by a cooperative of its member newspapers." in out


class TestBadInput:
    @pytest.mark.parametrize(
        ("name", "data", "message"),
        [
            ("empty.txt", b"", "the article is empty"),
            ("blank.txt", b"  \n\n ", "the article is empty"),
            ("mark.txt", b"\xef\xbb\xbf", "the article is empty"),  # a byte-order mark alone
            ("binary.bin", b"\x7fELF\x00\x01\x02\x00\x00", "binary file"),
            ("latin1.txt", "caf\u00e9 cr\u00e8me".encode("latin-1"), "not valid UTF-8"),
        ],
    )
    def test_unreadable_content(self, capsys, nlp, tmp_path, name, data, message):
        path = write(tmp_path, name, data)
        code, out, err = run(capsys, "analyze", path)
        assert code == 1
        assert out == ""
        assert err.count("\n") == 1 and message in err and path in err

    def test_missing_file(self, capsys, nlp, tmp_path):
        code, _, err = run(capsys, "analyze", str(tmp_path / "nope.txt"))
        assert (code, err.strip()) == (1, f"contextreader: {tmp_path / 'nope.txt'}: no such file")

    def test_directory(self, capsys, nlp, tmp_path):
        code, _, err = run(capsys, "analyze", str(tmp_path))
        assert code == 1
        assert "is a directory" in err and err.count("\n") == 1

    def test_header_without_a_body_is_empty(self, capsys, nlp, tmp_path):
        path = write(tmp_path, "header.txt", b" date 2020-01-01\n\n")
        code, _, err = run(capsys, "analyze", path)
        assert code == 1 and "the article is empty" in err

    def test_too_long_for_the_analysis(self, capsys, nlp, tmp_path):
        """Over spaCy's limit but under the byte limit: an input error, not a traceback."""
        path = write(tmp_path, "long.txt", b"Word. " * 200_000)
        code, out, err = run(capsys, "analyze", path)
        assert (code, out) == (1, "")
        assert "too long for an article (1,200,000 characters" in err and err.count("\n") == 1

    @pytest.mark.parametrize("url", ["http://[::1", "http://exa mple.com/", "http://127.0.0.1:9/"])
    def test_bad_urls(self, capsys, nlp, url):
        code, _, err = run(capsys, "analyze", url)
        assert code == 1 and err.startswith(f"contextreader: {url}: ") and err.count("\n") == 1

    def test_too_large(self, capsys, nlp, tmp_path, monkeypatch):
        import contextreader.io.article as article

        monkeypatch.setattr(article, "MAX_BYTES", 100)
        path = write(tmp_path, "big.txt", b"word " * 50)
        code, _, err = run(capsys, "analyze", path)
        assert code == 1 and "too large" in err

    def test_good_files_are_still_reported_when_one_is_bad(self, capsys, nlp, tmp_path):
        good = write(tmp_path, "good.txt", b"The mayor spoke on Tuesday.\n")
        code, out, err = run(capsys, "analyze", "--format", "jsonl", str(tmp_path / "x"), good)
        assert code == 1
        assert "no such file" in err
        assert json.loads(out)["source"]["path"] == good

    def test_reader_reports_bad_input_before_starting(self, capsys, tmp_path):
        code, _, err = run(capsys, str(tmp_path / "missing.txt"))
        assert code == 1 and "no such file" in err

    def test_missing_model_says_how_to_install_one(self, capsys):
        code, _, err = run(capsys, "analyze", "--model", "no_such_pipeline_xyz", str(SEED))
        assert code == 1
        assert err.count("\n") == 1
        assert "no_such_pipeline_xyz" in err and "pip install" in err

    def test_missing_model_from_the_environment(self, capsys, monkeypatch):
        monkeypatch.setenv("CONTEXTREADER_MODEL", "no_such_pipeline_xyz")
        code, _, err = run(capsys, str(SEED))
        assert code == 1 and "no_such_pipeline_xyz" in err


class TestUsage:
    def test_version(self, capsys):
        code, out, _ = run(capsys, "--version")
        assert (code, out.strip()) == (0, f"contextreader {__version__}")

    def test_help_lists_the_subcommand(self, capsys):
        code, out, _ = run(capsys, "--help")
        assert code == 0 and "analyze" in out

    def test_analyze_help(self, capsys):
        code, out, _ = run(capsys, "analyze", "--help")
        assert code == 0 and "jsonl" in out and "markdown" in out

    @pytest.mark.parametrize(
        "argv",
        [
            ("--bogus",),
            ("analyze",),
            ("analyze", "--format", "xml", "a.txt"),
            ("analyze", "-", "-"),
        ],
    )
    def test_usage_errors_exit_2(self, capsys, argv):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "" and err


def test_installed_script_never_prints_a_traceback(tmp_path):
    """The real console script, as a user runs it."""
    script = Path(sys.executable).parent / "contextreader"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    proc = subprocess.run(
        [str(script), "analyze", str(bad)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_reader_needs_a_terminal(tmp_path):
    script = Path(sys.executable).parent / "contextreader"
    proc = subprocess.run(
        [str(script), str(SEED)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2
    assert "needs a terminal" in proc.stderr and "Traceback" not in proc.stderr


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
