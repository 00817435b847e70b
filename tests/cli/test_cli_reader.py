"""Starting the reader from the command line: every input is read and checked first, and the
reader needs a terminal (without one nothing is fetched)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contextreader.cli import (
    NEEDS_TERMINAL,
    main,
)
from tests.conftest import SEED

from .helpers import run

FIRST = 'Harbour board meets\n\n"We will decide soon," said board chair Dana Roe.\n'


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


def test_a_web_address_is_not_fetched_without_a_terminal(capsys, monkeypatch) -> None:
    """The reader fetches inside itself (with progress); with no terminal nothing is fetched."""
    import contextreader.io.fetch as fetch

    def no_network(url: str) -> None:
        raise AssertionError("fetched")

    monkeypatch.setattr(fetch, "fetch_article", no_network)
    code, out, err = run(capsys, "https://news.example.org/a")
    assert (code, out) == (2, "")
    assert err == f"contextreader: {NEEDS_TERMINAL}\n"


class TestSeveralFiles:
    def test_the_cli_reads_every_file_before_opening(self, capsys, tmp_path) -> None:
        first = tmp_path / "a.txt"
        first.write_text(FIRST, encoding="utf-8")
        code = main([str(first), str(tmp_path / "missing.txt")])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "missing.txt" in err

    def test_the_cli_takes_several_files_and_needs_a_terminal(self, capsys, tmp_path) -> None:
        paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
        for p in paths:
            p.write_text(FIRST, encoding="utf-8")
        code = main([str(p) for p in paths])  # pytest has no terminal: not a usage error on 2
        assert code == 2 and "needs a terminal" in capsys.readouterr().err

    @pytest.mark.parametrize("argv", [["-", "-"], ["a.txt", "b.txt", "--url", "https://x.org/a"]])
    def test_usage_errors(self, capsys, argv) -> None:
        assert main(argv) == 2
        assert capsys.readouterr().err.count("\n") == 1
