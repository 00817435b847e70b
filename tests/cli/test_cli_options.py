"""The command line after the session-13 review: options before "analyze", a pipeline folder that
spaCy cannot use, a report that cannot be written, standard input from a terminal, Ctrl-C while
starting, an empty --model."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import spacy

import contextreader.cli as cli
from contextreader.cli import STDIN_PROMPT, analyze_args, main

from .test_cli import run, write

ARTICLE = b'Ines Okafor said "the bridge is safe" on Monday.\n'


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


class _Stdin(io.TextIOWrapper):
    """Standard input holding the article, from a terminal or not."""

    def __init__(self, tty: bool) -> None:
        super().__init__(io.BytesIO(ARTICLE), encoding="utf-8")
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_standard_input_from_a_terminal_says_how_to_end_it(capsys, nlp, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(tty=True))
    code, out, err = run(capsys, "analyze", "-", "--format", "jsonl")
    assert code == 0 and '"name": "Ines Okafor"' in out
    assert err == f"{STDIN_PROMPT}\n" and "Ctrl-D" in STDIN_PROMPT


def test_standard_input_from_a_pipe_is_read_quietly(capsys, nlp, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(tty=False))
    code, out, err = run(capsys, "analyze", "-", "--format", "jsonl")
    assert (code, err) == (0, "") and '"name": "Ines Okafor"' in out


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
