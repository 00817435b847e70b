"""The command line: open the reader, or print reports without the UI.

    contextreader [PATH | URL | -]...         open the reader (the bundled sample with no argument;
                                              several: > and < go between them)
    contextreader analyze PATH... [--format json|jsonl|markdown] [--no-article] [--url URL]

``--model NAME`` and ``--url URL`` may also come before ``analyze``.
Exit codes: 0 ok, 1 input error (one line on stderr), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
import urllib.parse
from collections.abc import Iterator, Sequence

from contextreader import __version__
from contextreader.data import DataFileError
from contextreader.io.article import (
    Article,
    InputError,
    is_terminal,
    read_article,
    read_stdin,
    sample_path,
)
from contextreader.wording import one_line

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
STDIN_PROMPT = "contextreader: reading the article from standard input; end it with Ctrl-D"
NEEDS_TERMINAL = (
    "the reader needs a terminal; use 'contextreader analyze' to print a report instead"
)

_DESCRIPTION = (
    "Read a news article in the terminal with its sources in view: who is quoted, "
    "which claims carry no source, which words are loaded, and who owns the outlet."
)


def _model_help() -> str:
    from contextreader.analysis.models import DEFAULT_MODEL, MODEL_ENV

    return f"installed spaCy pipeline to use (default: ${MODEL_ENV} or {DEFAULT_MODEL})"


def read_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="contextreader",
        description=_DESCRIPTION,
        epilog="Subcommand: 'contextreader analyze --help' prints reports without the reader.",
    )
    p.add_argument(
        "article",
        nargs="*",
        metavar="PATH | URL | -",
        help="article to read: a text or HTML file (or its file:// address), an http:// or "
        "https:// address, or - for standard input (default: the bundled sample article); "
        "several open in one session, read in turn with > and <",
    )
    p.add_argument("--url", help="the address a saved article came from (names the outlet)")
    p.add_argument("--model", metavar="NAME", help=_model_help())
    p.add_argument("--version", action="version", version=f"contextreader {__version__}")
    return p


def analyze_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="contextreader analyze",
        description="Analyse articles and print their reports (schema contextreader.report/1).",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (text or HTML), http:// or https:// addresses, or - for standard input",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "markdown"),
        default="json",
        help="json: one report (a list for several files); jsonl: one report a line; "
        "markdown: a readable summary (default: json)",
    )
    p.add_argument(
        "--no-article",
        action="store_true",
        help="markdown: leave out the article itself, marked up after the lists",
    )
    p.add_argument("--url", help="the address the article came from (names the outlet)")
    p.add_argument("--model", metavar="NAME", help=_model_help())
    return p


# options only ``analyze`` takes: given to the reader, its error says where they belong
_ANALYZE_ONLY = ("--format", "--no-article")


def _analyze_only(argv: Sequence[str]) -> str | None:
    """The first option in ``argv`` that only ``analyze`` takes ("--format"), or None."""
    for arg in argv:
        if arg == "--":
            return None
        name = arg.partition("=")[0]
        if name in _ANALYZE_ONLY:
            return name
    return None


def _markdown_for(argv: Sequence[str]) -> list[str]:
    """ "--format markdown" where ``argv`` asks for --no-article and names no format: the
    only format that takes it (analyze prints json by default)."""
    names = []
    for arg in argv:
        if arg == "--":
            break
        names.append(arg.partition("=")[0])
    return ["--format", "markdown"] if "--no-article" in names and "--format" not in names else []


def _fail(message: str) -> int:
    """One line on stderr, exit code 1; a file's name or a server's words in the message are
    shown inertly (an escape sequence in them is seen as ␛, not obeyed by the terminal)."""
    print(f"contextreader: {one_line(message)}", file=sys.stderr)
    return EXIT_INPUT


def url_problem(url: str | None) -> str | None:
    """What is wrong with a ``--url`` value, or None: it names where an article came from, so
    it must be an http(s) address with a host (a slip such as "--url notaurl" would otherwise
    be printed as the article's address and fail to name its outlet, unsaid)."""
    if url is None:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not host:
        return f"--url {url!r} is not a web address; write it as https://host/page"
    return None


def model_problem(name: str | None) -> str | None:
    """What is wrong with the pipeline asked for, or None; checked before the reader opens, so
    a bad ``--model`` is one line and exit code 1, never a reader that says "Analysis failed".

    A name spaCy would read as a path must be a pipeline folder: one with a config.cfg, which
    is loaded here (only spaCy can tell whether it reads, and which components it has); the
    reader then uses the loaded pipeline. An installed package is loaded later, so the reader
    opens at once.
    """
    from contextreader.analysis.models import ModelNotFoundError, check_model, installed

    try:
        model = check_model(name)
        if not installed(model):
            from contextreader.analysis.pipeline import load_pipeline

            load_pipeline(model)
    except (ModelNotFoundError, ValueError) as exc:  # ModelUnusableError is a ValueError
        return str(exc)
    return None


def option_problem(args: argparse.Namespace) -> str | None:
    """A usage error in the options both commands take, or None."""
    if args.model is not None and not args.model.strip():
        return "--model needs a pipeline's name or folder"
    return url_problem(args.url)


def load_input(arg: str | None, url: str | None = None) -> Article:
    """The article named on the command line: a path, a URL, '-' or (None) the bundled sample.

    An http(s) URL is fetched and a ``file://`` one read as its file; any other scheme is an
    InputError that names it (see ``address_path``)."""
    if arg is None:
        return read_article(sample_path(), url=url)
    if arg == "-":
        return read_stdin(url=url)
    from contextreader.io.fetch import address_path, fetch_article, is_url

    if is_url(arg):
        article = fetch_article(arg)
        if url:
            article.source.url = url
        return article
    return read_article(address_path(arg), url=url)


def _announce_stdin(args: Sequence[str]) -> None:
    """Say that standard input is read when it is a terminal (typed in by hand, or a pipe
    forgotten), or a path names the terminal ("/dev/stdin" at a prompt), rather than wait in
    silence; said before the model loads, so it comes first."""
    typed = "-" in args and sys.stdin is not None and sys.stdin.isatty()
    if typed or any(a not in ("", "-") and is_terminal(a) for a in args):
        print(STDIN_PROMPT, file=sys.stderr, flush=True)


def _usage(prog: str, message: str) -> int:
    print(f"{prog}: {one_line(message)}", file=sys.stderr)
    return EXIT_USAGE


class ReportWriteError(Exception):
    """Standard output refused a report (a full disk, a closed file); the message says why."""


def _write(text: str, json_text: bool = False) -> bool:
    """Print one report, flushed now so a write error is caught here and not at exit.

    Characters the output's encoding cannot show (cp1252, a non-UTF-8 locale) are written as
    escapes, so nothing is lost: in JSON as ``\\uXXXX`` (the same JSON), in Markdown as Python's
    backslash escapes; returns True when Markdown was escaped so (the caller says so once)."""
    try:
        try:
            print(text, flush=True)
        except UnicodeEncodeError:  # raised before anything is written
            if json_text:
                print(_JSON_NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], text), flush=True)
                return False
            encoding = sys.stdout.encoding
            print(text.encode(encoding, "backslashreplace").decode(encoding), flush=True)
            return True
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise ReportWriteError(exc.strerror or str(exc)) from None
    return False


_JSON_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # only in strings, where \uXXXX means the same


def run_analyze(argv: Sequence[str]) -> int:
    args = analyze_parser().parse_args(argv)
    from contextreader.analysis.pipeline import (
        ModelNotFoundError,
        ModelUnusableError,
        analyze_many,
        load_pipeline,
    )
    from contextreader.io.export import to_json, to_markdown

    prog = "contextreader analyze"
    if args.paths.count("-") > 1:
        return _usage(prog, "standard input '-' can be given only once")
    if args.url and len(args.paths) > 1:
        return _usage(prog, "--url names where one article came from; give it one file")
    if args.no_article and args.format != "markdown":
        return _usage(prog, "--no-article goes with --format markdown")
    problem = option_problem(args)
    if problem:
        return _usage(prog, problem)
    if sys.stdout is None:  # started with standard output closed (">&-"): print would do nothing
        return _fail("cannot write the report: standard output is closed")
    _announce_stdin(args.paths)
    problem = model_problem(args.model)
    if problem:
        return _fail(problem)
    try:
        nlp = load_pipeline(args.model)
    except (ModelNotFoundError, ModelUnusableError) as exc:
        return _fail(str(exc))
    failed = False

    def readable() -> Iterator[Article]:
        """The articles that can be read; one line on stderr for each that cannot."""
        nonlocal failed
        for path in args.paths:
            try:
                yield load_input(path, url=args.url)
            except InputError as exc:
                failed = True
                _fail(str(exc))

    reports = []
    escaped = False
    for report in analyze_many(readable(), nlp):
        if args.format == "jsonl":
            _write(to_json(report, indent=None), json_text=True)
        elif args.format == "markdown":
            escaped |= _write(to_markdown(report, article=not args.no_article))
        else:
            reports.append(report)
    if args.format == "json" and reports:
        if len(args.paths) == 1:
            _write(to_json(reports[0]), json_text=True)
        else:
            many = json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2)
            _write(many, json_text=True)
    if escaped:
        print(
            f"contextreader: the output's encoding ({sys.stdout.encoding}) cannot show some "
            "characters of the report; they are written as backslash escapes (set "
            "PYTHONIOENCODING=utf-8 to keep them)",
            file=sys.stderr,
        )
    return EXIT_INPUT if failed else EXIT_OK


def run_reader(argv: Sequence[str]) -> int:
    parser = read_parser()
    misplaced = _analyze_only(argv)
    if misplaced:  # "contextreader --format markdown a.txt": the command that takes it
        parser.error(
            f"{misplaced} is an option of 'contextreader analyze', which prints the report: "
            f"{shlex.join(['contextreader', 'analyze', *_markdown_for(argv), *argv])}"
        )
    args = parser.parse_args(argv)
    if len(args.article) > 1:
        return _read_several(args)
    args.article = args.article[0] if args.article else None
    problem = option_problem(args)
    if problem:
        return _usage("contextreader", problem)
    problem = model_problem(args.model)
    if problem:
        return _fail(problem)
    from contextreader.io.fetch import is_url

    if args.article is not None and is_url(args.article):
        # fetched inside the reader, which opens at once and shows the fetch's progress
        if not _interactive():
            return _usage("contextreader", NEEDS_TERMINAL)
        from contextreader.ui.app import fetch_and_read

        return fetch_and_read(args.article, model=args.model, url=args.url)
    _announce_stdin([args.article or ""])
    try:
        article = load_input(args.article, url=args.url)
    except InputError as exc:
        return _fail(str(exc))
    if args.article == "-":
        _reattach_terminal()
    if not _interactive():
        return _usage("contextreader", NEEDS_TERMINAL)
    from contextreader.ui.app import run_reader as run_app

    return run_app(article, model=args.model)


def _read_several(args: argparse.Namespace) -> int:
    """Open the reader on several articles (``>`` and ``<`` go between them, the model is
    loaded once). Each is read first: every one that cannot be is one line on stderr, and the
    reader opens on the others, its status line naming those it skipped (exit code 1 when it
    closes, as ``analyze`` gives when some files could not be read); with none readable, or no
    terminal, it does not open (exit code 1)."""
    prog = "contextreader"
    if args.article.count("-") > 1:
        return _usage(prog, "standard input '-' can be given only once")
    if args.url:
        return _usage(prog, "--url names where one article came from; give it one file")
    problem = option_problem(args)
    if problem:
        return _usage(prog, problem)
    problem = model_problem(args.model)
    if problem:
        return _fail(problem)
    _announce_stdin(args.article)
    articles = []
    skipped = []
    for arg in args.article:
        try:
            articles.append(load_input(arg))
        except InputError as exc:
            skipped.append(str(exc))
            _fail(str(exc))
    if not articles:
        return EXIT_INPUT
    if "-" in args.article:
        _reattach_terminal()
    if not _interactive():
        code = _usage(prog, NEEDS_TERMINAL)
        return EXIT_INPUT if skipped else code
    from contextreader.ui.app import run_reader as run_app

    code = run_app(articles[0], model=args.model, more=articles[1:], skipped=skipped)
    return EXIT_INPUT if skipped and code == EXIT_OK else code


def _interactive() -> bool:
    # a stream closed when the program started (">&-") is None
    return (
        sys.stdout is not None
        and sys.stdin is not None
        and sys.stdout.isatty()
        and sys.stdin.isatty()
    )


def _reattach_terminal() -> None:
    """After reading the article from a pipe, take keys from the terminal again."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115


# the options both commands take, which may come before "analyze" (as the README writes
# "contextreader --model NAME ..."); each takes a value
_SHARED_OPTIONS = ("--model", "--url")


def analyze_args(argv: Sequence[str]) -> list[str] | None:
    """The arguments of ``analyze`` when ``argv`` asks for it, else None: "analyze" first, or
    after options both commands take ("--model NAME analyze f.txt"), which then go with it."""
    i = 0
    while i < len(argv) and argv[i].startswith("--") and argv[i] != "--":
        name, has_value, _ = argv[i].partition("=")
        # argparse takes a prefix of an option's name too ("--mod")
        if len(name) < 3 or not any(o.startswith(name) for o in _SHARED_OPTIONS):
            return None
        i += 1 if has_value else 2
    if i < len(argv) and argv[i] == "analyze":
        return [*argv[:i], *argv[i + 1 :]]
    return None


def _interrupted(exc: BaseException) -> bool:
    """Whether Ctrl-C is behind ``exc``: pressed during an import, it can come out wrapped (a
    RuntimeError from a class being built, with the KeyboardInterrupt as its cause)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _quiet_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        analyze = analyze_args(argv)
        if analyze is not None:
            return run_analyze(analyze)
        return run_reader(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`); stay quiet
        sys.stderr.close()
        return EXIT_OK
    except ReportWriteError as exc:
        _quiet_stdout()
        return _fail(f"cannot write the report: {exc}")
    except DataFileError as exc:
        # an edited word list or lexicon that no longer reads: say which file, not a traceback
        return _fail(f"a data file of the package is broken ({exc}); undo the edit or reinstall")
    except Exception as exc:
        if _interrupted(exc):  # Ctrl-C while a library was being imported
            return 130
        raise


if __name__ == "__main__":
    sys.exit(main())
