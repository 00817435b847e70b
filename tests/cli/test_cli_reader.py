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
        err = capsys.readouterr().err.splitlines()
        # the bad file named, and (pytest has no terminal) why the reader did not open
        assert code == 1
        assert err == [
            f"contextreader: {tmp_path / 'missing.txt'}: no such file",
            f"contextreader: {NEEDS_TERMINAL}",
        ]

    def test_every_bad_file_is_named_one_line_each(self, capsys, tmp_path) -> None:
        (tmp_path / "empty.txt").write_text("", encoding="utf-8")
        names = [str(tmp_path / n) for n in ("missing.txt", "empty.txt", "gone.txt")]
        assert main(names) == 1
        err = capsys.readouterr().err.splitlines()
        assert err == [
            f"contextreader: {names[0]}: no such file",
            f"contextreader: {names[1]}: the article is empty",
            f"contextreader: {names[2]}: no such file",
        ]

    def test_the_reader_opens_on_the_good_ones_and_is_told_which_were_skipped(
        self, capsys, tmp_path, monkeypatch
    ) -> None:
        import contextreader.cli as cli
        import contextreader.ui.app as app_module

        good = [tmp_path / "a.txt", tmp_path / "c.txt"]
        for p in good:
            p.write_text(FIRST, encoding="utf-8")
        opened = {}

        def fake_run(article, model=None, more=(), skipped=()):
            opened.update(first=article, more=list(more), skipped=list(skipped))
            return 0

        monkeypatch.setattr(cli, "_interactive", lambda: True)
        monkeypatch.setattr(app_module, "run_reader", fake_run)
        missing = tmp_path / "b.txt"
        code = main([str(good[0]), str(missing), str(good[1])])
        assert code == 1  # as analyze gives when some files could not be read
        assert opened["first"].source.path == str(good[0])
        assert [a.source.path for a in opened["more"]] == [str(good[1])]
        assert opened["skipped"] == [f"{missing}: no such file"]
        assert capsys.readouterr().err == f"contextreader: {missing}: no such file\n"

    def test_all_good_opens_them_all_with_exit_code_0(self, tmp_path, monkeypatch) -> None:
        import contextreader.cli as cli
        import contextreader.ui.app as app_module

        good = [tmp_path / "a.txt", tmp_path / "b.txt"]
        for p in good:
            p.write_text(FIRST, encoding="utf-8")
        monkeypatch.setattr(cli, "_interactive", lambda: True)
        monkeypatch.setattr(app_module, "run_reader", lambda *a, **k: 0)
        assert main([str(p) for p in good]) == 0

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
