"""Options checked before anything runs (session-11 review): ``--url`` must be a web address
(exit 2, one line) and ``--model`` a pipeline, not just any existing folder (exit 1, one line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contextreader.cli import NEEDS_TERMINAL, model_problem, url_problem

from .test_cli import run


@pytest.mark.parametrize("url", ["notaurl", "example.org/a", "ftp://example.org/a", "https://"])
@pytest.mark.parametrize("command", [["analyze", "a.txt"], ["a.txt"]])
def test_a_url_that_is_no_web_address_is_a_usage_error(capsys, url, command) -> None:
    code, out, err = run(capsys, *command, "--url", url)
    assert (code, out) == (2, "")
    assert err.endswith(f"--url {url!r} is not a web address; write it as https://host/page\n")
    assert err.count("\n") == 1


def test_web_addresses_pass() -> None:
    assert url_problem("https://news.example.org/a?b=1") is None
    assert url_problem("HTTP://example.org") is None
    assert url_problem(None) is None


@pytest.mark.parametrize("command", [["analyze", "a.txt"], ["a.txt"]])
def test_a_folder_that_is_no_pipeline_is_an_input_error(capsys, tmp_path, command) -> None:
    code, out, err = run(capsys, *command, "--model", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == (
        f"contextreader: {tmp_path}: a folder, not a spaCy pipeline (it has no config.cfg); "
        "give an installed pipeline's name or a pipeline's folder\n"
    )


def test_a_file_is_no_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes(b"x")
    assert model_problem(str(path)) == (
        f"{path}: a file, not a spaCy pipeline; give a pipeline's name or folder"
    )


def test_a_pipeline_folder_passes(tmp_path: Path, nlp) -> None:
    import spacy

    from contextreader.analysis.models import resolve_model_name

    spacy.load(resolve_model_name()).to_disk(tmp_path / "pipeline")
    assert model_problem(str(tmp_path / "pipeline")) is None


def test_a_web_address_is_not_fetched_without_a_terminal(capsys, monkeypatch) -> None:
    """The reader fetches inside itself (with progress); with no terminal nothing is fetched."""
    import contextreader.io.fetch as fetch

    def no_network(url: str) -> None:
        raise AssertionError("fetched")

    monkeypatch.setattr(fetch, "fetch_article", no_network)
    code, out, err = run(capsys, "https://news.example.org/a")
    assert (code, out) == (2, "")
    assert err == f"contextreader: {NEEDS_TERMINAL}\n"


def test_a_folder_named_like_the_installed_model_is_not_in_the_way(tmp_path, monkeypatch):
    from contextreader.analysis.models import resolve_model_name

    name = resolve_model_name()
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).mkdir()
    assert model_problem(name) is None
