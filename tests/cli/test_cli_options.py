"""Options checked before anything runs: shared options before "analyze", ``--url`` a web address
(exit 2, one line), ``--model`` not empty and a usable pipeline, not just any existing folder or
file (exit 1, one line)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from contextreader.cli import (
    analyze_args,
    model_problem,
    url_problem,
)

from .helpers import ARTICLE, run, write


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["analyze", "a.txt"], ["a.txt"]),
        (["--model", "m", "analyze", "a.txt"], ["--model", "m", "a.txt"]),
        (["--url=https://x.org/a", "analyze", "a.txt"], ["--url=https://x.org/a", "a.txt"]),
        (["--mod", "m", "--url", "u", "analyze", "a.txt"], ["--mod", "m", "--url", "u", "a.txt"]),
        # not the subcommand: the reader's own arguments
        (["a.txt"], None),
        (["--model", "analyze", "a.txt"], None),  # "analyze" is the model's name here
        (["a.txt", "analyze"], None),
        (["--version", "analyze"], None),
        (["--", "analyze"], None),
        (["--model"], None),
    ],
)
def test_analyze_is_found_after_the_shared_options(argv, expected) -> None:
    assert analyze_args(argv) == expected


def test_model_before_analyze_gives_the_report(capsys, nlp, tmp_path) -> None:
    from contextreader.analysis.models import resolve_model_name

    path = write(tmp_path, "a.txt", ARTICLE)
    code, out, err = run(capsys, "--model", resolve_model_name(), "analyze", path)
    assert (code, err) == (0, "")
    assert '"name": "Ines Okafor"' in out


def test_url_before_analyze_is_the_articles_address(capsys, nlp, tmp_path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    code, out, _ = run(capsys, "--url", "https://news.example.org/a", "analyze", path)
    assert code == 0 and '"url": "https://news.example.org/a"' in out


@pytest.mark.parametrize("command", [["analyze", "a.txt"], ["a.txt"]])
def test_an_empty_model_name_is_a_usage_error(capsys, command) -> None:
    code, out, err = run(capsys, *command, "--model", "")
    assert (code, out) == (2, "")
    assert err.endswith("--model needs a pipeline's name or folder\n") and err.count("\n") == 1


@pytest.fixture(scope="module")
def pipelines(tmp_path_factory, nlp) -> dict[str, Path]:
    """A folder spaCy cannot load, a blank English pipeline and one without its NER."""
    from contextreader.analysis.models import resolve_model_name

    root = tmp_path_factory.mktemp("pipelines")
    (root / "broken").mkdir()
    (root / "broken" / "config.cfg").write_text("[nlp]\n")
    spacy.blank("en").to_disk(root / "blank")
    spacy.load(resolve_model_name(), exclude=["ner"]).to_disk(root / "no_ner")
    return {name: root / name for name in ("broken", "blank", "no_ner")}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken", "(["),  # spaCy's own error, on one line
        ("blank", "(it has no tagger, attribute_ruler, lemmatizer, parser, ner, which"),
        ("no_ner", "(it has no ner, which contextreader needs)"),
    ],
)
@pytest.mark.parametrize("command", [["analyze", "a.txt"], ["a.txt"]])
def test_an_unusable_pipeline_folder_is_one_line_before_anything_runs(
    capsys, pipelines, name, reason, command
) -> None:
    """The reader is never reached (it would say it needs a terminal, exit 2)."""
    code, out, err = run(capsys, *command, "--model", str(pipelines[name]))
    assert (code, out) == (1, "")
    assert err.startswith(f"contextreader: {pipelines[name]}: not a usable spaCy pipeline ")
    assert reason in err and err.count("\n") == 1


def test_the_installed_pipeline_has_what_the_analysis_needs(nlp) -> None:
    from contextreader.analysis.pipeline import missing_components

    assert missing_components(nlp) == []


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


def test_a_folder_named_like_the_installed_model_is_not_in_the_way(tmp_path, monkeypatch):
    from contextreader.analysis.models import resolve_model_name

    name = resolve_model_name()
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).mkdir()
    assert model_problem(name) is None
