"""Errors and exit codes: unreadable input, a missing model and usage errors are one line on
standard error (exit 1 or 2), a report that cannot be written too, Ctrl-C while starting is a
quiet exit 130, and the installed script never prints a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import contextreader.cli as cli
from contextreader import __version__
from contextreader.analysis.loaded.lexicon import parse_lexicon
from contextreader.cli import (
    main,
)
from contextreader.io.article import InputError
from tests.conftest import SEED

from .helpers import ARTICLE, run, write


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


class _Full(io.StringIO):
    def write(self, s: str) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_a_report_that_cannot_be_written_is_one_line(capsys, nlp, tmp_path, monkeypatch, fmt):
    path = write(tmp_path, "a.txt", ARTICLE)
    monkeypatch.setattr(cli, "_quiet_stdout", lambda: None)  # the test's stdout has no fd
    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setattr("sys.stdout", _Full())
        code = main(["analyze", "--format", fmt, path])
    err = capsys.readouterr().err
    assert code == 1
    assert err == "contextreader: cannot write the report: No space left on device\n"


def _interrupted_import() -> RuntimeError:
    """What Python 3.11 raises when Ctrl-C lands while a class is built during an import."""
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("Error calling __set_name__") from exc
    except RuntimeError as wrapped:
        return wrapped


def test_ctrl_c_wrapped_by_an_import_is_a_quiet_exit(capsys, monkeypatch) -> None:
    def starting(argv: object) -> int:
        raise _interrupted_import()

    monkeypatch.setattr(cli, "run_analyze", starting)
    assert run(capsys, "analyze", "a.txt") == (130, "", "")


def test_other_errors_are_not_taken_for_ctrl_c(monkeypatch) -> None:
    def failing(argv: object) -> int:
        raise RuntimeError("a real bug")

    monkeypatch.setattr(cli, "run_analyze", failing)
    with pytest.raises(RuntimeError, match="a real bug"):
        main(["analyze", "a.txt"])


def test_a_broken_data_file_is_one_line_naming_it(capsys, monkeypatch) -> None:
    """An edited lexicon or word list that no longer reads is a one-line error naming the file
    and the entry, exit code 1, not a traceback (the reader shows the same in its status)."""

    def broken(argv: object) -> int:
        entry = {"term": "thug", "nXte": "a typo for note"}
        return len(parse_lexicon({"category": [{"name": "contentious label", "entries": [entry]}]}))

    monkeypatch.setattr(cli, "run_analyze", broken)
    code, out, err = run(capsys, "analyze", "a.txt")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "loaded_terms.toml" in err and "'thug'" in err and "nXte" in err


class TestOutsideTextInErrors:
    """A file's name or a server's words in a one-line error are shown inertly: an escape
    sequence is seen as ␛ (as in the reader), never obeyed by the terminal, and a line break
    in them cannot make a second line."""

    def test_escape_sequence_in_a_file_name(self, capsys, nlp, tmp_path):
        path = write(tmp_path, "a\x1b[7mrev.txt", b"")
        code, _, err = run(capsys, "analyze", path)
        assert code == 1
        assert "\x1b" not in err
        assert err == f"contextreader: {tmp_path}/a\u241b[7mrev.txt: the article is empty\n"

    def test_server_words_in_an_error_are_shown_inertly(self, capsys, nlp, monkeypatch):
        import contextreader.io.fetch as fetch

        def refused(url: str):
            raise InputError(f"{url}: the server answered 404 Not \x1b]0;T\x07\nFound")

        monkeypatch.setattr(fetch, "fetch_article", refused)
        code, _, err = run(capsys, "analyze", "http://news.example/a")
        assert code == 1
        assert err == (
            "contextreader: http://news.example/a: the server answered 404 "
            "Not \u241b]0;T\u2407\u240aFound\n"
        )

    def test_plain_messages_are_unchanged(self, capsys, nlp, tmp_path):
        code, _, err = run(capsys, "analyze", str(tmp_path / "missing café.txt"))
        assert (code, err) == (1, f"contextreader: {tmp_path}/missing café.txt: no such file\n")


def test_a_closed_standard_output_is_one_line_and_exit_1(capsys, monkeypatch, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    monkeypatch.setattr("sys.stdout", None)  # what Python sets when started with ">&-"
    code = main(["analyze", path])
    assert code == 1
    assert capsys.readouterr().err == (
        "contextreader: cannot write the report: standard output is closed\n"
    )


def test_a_closed_standard_input_is_one_line_and_exit_1(capsys, nlp, monkeypatch):
    monkeypatch.setattr("sys.stdin", None)  # started with "<&-"
    code, out, err = run(capsys, "analyze", "-")
    assert (code, out, err) == (1, "", "contextreader: stdin: standard input is closed\n")


CJK_ARTICLE = "Lin Wei said the café bridge was safe: “桥很安全” 🙂.\n"


def _run_with_stdout(monkeypatch, encoding: str, *argv: str) -> tuple[int, str]:
    """Run with a standard output in ``encoding`` (a redirect on Windows, a non-UTF-8 locale)."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    with monkeypatch.context() as m:
        m.setattr("sys.stdout", out)
        code = main(list(argv))
        out.flush()
    return code, raw.getvalue().decode(encoding)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_the_output_cannot_encode_is_escaped_json(capsys, nlp, tmp_path, monkeypatch, fmt):
    path = write(tmp_path, "a.txt", CJK_ARTICLE.encode())
    code, out = _run_with_stdout(monkeypatch, "cp1252", "analyze", "--format", fmt, path)
    assert code == 0 and capsys.readouterr().err == ""
    assert "\\u6865" in out and "\\ud83d\\ude42" in out  # JSON's own escapes
    assert out.isascii()  # ASCII JSON: the same in any encoding, UTF-8 too
    assert json.loads(out)["text"] == CJK_ARTICLE  # nothing lost


def test_markdown_the_output_cannot_encode_is_escaped_and_said(capsys, nlp, tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", CJK_ARTICLE.encode())
    code, out = _run_with_stdout(monkeypatch, "cp1252", "analyze", "--format", "markdown", path)
    assert code == 0
    assert "\\u6865\\u5f88" in out and "\\U0001f642" in out and "café" in out
    assert capsys.readouterr().err == (
        "contextreader: the output's encoding (cp1252) cannot show some characters of the "
        "report; they are written as backslash escapes (set PYTHONIOENCODING=utf-8 to keep them)\n"
    )


def test_utf8_output_is_written_as_it_is(capsys, nlp, tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", CJK_ARTICLE.encode())
    code, out = _run_with_stdout(monkeypatch, "utf-8", "analyze", "--format", "markdown", path)
    assert code == 0 and capsys.readouterr().err == ""
    assert "桥很安全" in out and "\\u" not in out
