"""Running the command line in-process (exit code, standard output, standard error), and a
short article to run it on."""

from __future__ import annotations

from pathlib import Path

from contextreader.cli import main

ARTICLE = b'Ines Okafor said "the bridge is safe" on Monday.\n'


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
