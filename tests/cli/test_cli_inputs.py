"""What the command line reads: an address other than http(s) is one line that names the scheme
(exit 1); a ``file://`` address on this machine is read as the file it names; a name with a colon
is a file; standard input is read quietly from a pipe and with a hint from a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from contextreader.cli import STDIN_PROMPT, _announce_stdin, load_input
from contextreader.io.article import InputError

from .helpers import ARTICLE, run

FETCHED = "only http:// and https:// addresses are fetched"


class TestUnsupportedSchemes:
    @pytest.mark.parametrize(
        ("arg", "written"),
        [
            ("ftp://x/y", "ftp://"),
            ("FTP://x/y", "ftp://"),
            ("gopher://example.org/1", "gopher://"),
            ("mailto:editor@example.org", "mailto:"),
            ("data:text/plain,Hello", "data:"),
        ],
    )
    def test_analyze_names_the_scheme(self, capsys, nlp, arg, written) -> None:
        code, out, err = run(capsys, "analyze", arg)
        assert (code, out) == (1, "")
        assert err == f"contextreader: {arg}: {written} addresses are not supported; {FETCHED}\n"

    def test_the_reader_says_so_before_starting(self, capsys) -> None:
        code, _, err = run(capsys, "ftp://x/y")
        assert (code, err) == (
            1,
            f"contextreader: ftp://x/y: ftp:// addresses are not supported; {FETCHED}\n",
        )

    def test_http_without_slashes_is_not_taken_for_another_scheme(self) -> None:
        with pytest.raises(InputError) as exc:
            load_input("http:example.org/a")
        assert str(exc.value) == (
            "http:example.org/a: not a web address (write it as http://host/page)"
        )

    def test_a_file_whose_name_has_a_colon_is_still_read(self, tmp_path, monkeypatch) -> None:
        monkeypatch.chdir(tmp_path)
        Path("notes:draft.txt").write_text("The ferry ran late on Sunday.\n", encoding="utf-8")
        assert load_input("notes:draft.txt").text == "The ferry ran late on Sunday.\n"

    def test_a_drive_letter_is_a_path_not_a_scheme(self) -> None:
        with pytest.raises(InputError) as exc:
            load_input("C:nowhere.txt")
        assert str(exc.value) == "C:nowhere.txt: no such file"


class TestFileAddresses:
    def test_a_file_address_is_read_as_its_file(self, tmp_path) -> None:
        path = tmp_path / "harbour news.txt"
        path.write_text("Ines Cole opened the harbour on Friday.\n", encoding="utf-8")
        article = load_input(f"file://{str(path).replace(' ', '%20')}")
        assert article.text == "Ines Cole opened the harbour on Friday.\n"
        assert article.source.path == str(path)

    def test_localhost_is_this_machine(self, tmp_path) -> None:
        path = tmp_path / "a.txt"
        path.write_text("The pier reopened.\n", encoding="utf-8")
        assert load_input(f"file://localhost{path}").text == "The pier reopened.\n"

    def test_a_missing_file_says_no_such_file(self, tmp_path) -> None:
        with pytest.raises(InputError) as exc:
            load_input(f"file://{tmp_path}/nope.txt")
        assert str(exc.value) == f"{tmp_path}/nope.txt: no such file"

    def test_another_machines_file_is_refused(self) -> None:
        with pytest.raises(InputError) as exc:
            load_input("file://fileserver/share/a.txt")
        assert str(exc.value) == (
            "file://fileserver/share/a.txt: a file on another machine (fileserver) cannot be read"
        )


class TestAnAddressWithoutItsScheme:
    """A missing file that reads as a web address written without https:// says how to
    write it; a missing file that does not is "no such file" alone."""

    @pytest.mark.parametrize(
        "arg", ["example.com/news/story", "www.harbour.org.uk/news/x", "www.harbour.org"]
    )
    def test_it_says_to_write_https(self, capsys, arg) -> None:
        code, out, err = run(capsys, arg)
        assert (code, out) == (1, "")
        assert err == (
            f"contextreader: {arg}: no such file (for a web address, write it as https://{arg})\n"
        )

    @pytest.mark.parametrize("arg", ["a1.txt", "notes/ferry.txt", "story.html", "v2.1/a.txt"])
    def test_a_missing_file_is_no_such_file(self, tmp_path, monkeypatch, arg) -> None:
        monkeypatch.chdir(tmp_path)
        with pytest.raises(InputError) as exc:
            load_input(arg)
        assert str(exc.value) == f"{arg}: no such file"

    @pytest.mark.parametrize("arg", ["www.txt", "www.ferry.md", "www.notes.bak"])
    def test_a_bare_name_with_a_files_extension_is_no_address(
        self, tmp_path, monkeypatch, arg
    ) -> None:
        monkeypatch.chdir(tmp_path)
        with pytest.raises(InputError) as exc:
            load_input(arg)
        assert str(exc.value) == f"{arg}: no such file"

    def test_a_path_in_an_existing_folder_is_no_address(self, tmp_path, monkeypatch) -> None:
        monkeypatch.chdir(tmp_path)
        Path("stories.bak").mkdir()
        with pytest.raises(InputError) as exc:
            load_input("stories.bak/pier.txt")
        assert str(exc.value) == "stories.bak/pier.txt: no such file"
        # with no such folder, the same shape still reads as an address
        with pytest.raises(InputError) as exc:
            load_input("stories.org/pier")
        assert "write it as https://stories.org/pier" in str(exc.value)

    def test_a_file_of_that_name_is_read(self, tmp_path, monkeypatch) -> None:
        monkeypatch.chdir(tmp_path)
        Path("example.com").mkdir()
        Path("example.com/story").write_text("The pier reopened.\n", encoding="utf-8")
        assert load_input("example.com/story").text == "The pier reopened.\n"


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


def test_the_terminal_named_as_a_path_says_how_to_end_it(capsys, monkeypatch) -> None:
    """ "analyze /dev/stdin" typed at a prompt waits for the article as "-" does, and says so."""
    monkeypatch.setattr("contextreader.cli.is_terminal", lambda path: path == "/dev/stdin")
    _announce_stdin(["/dev/stdin"])
    assert capsys.readouterr().err == f"{STDIN_PROMPT}\n"
    _announce_stdin(["story.txt"])
    assert capsys.readouterr().err == ""
