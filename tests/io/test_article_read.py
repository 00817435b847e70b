"""Reading articles: text kept exactly, and the seed's date header giving the date and the body
the analysis reads (HTML pages: test_html.py; encodings: test_article_encodings.py)."""

from __future__ import annotations

import os

import pytest

from contextreader.io.article import InputError, article_from_text, is_terminal, read_article
from tests.conftest import SEED


def test_seed_header_gives_the_date_and_the_body_start():
    article = read_article(SEED)
    assert article.source.date == "2019-07-06"
    assert article.text == SEED.read_bytes().decode("utf-8")
    assert article.body.startswith("WASHINGTON (Sputnik)")


@pytest.mark.parametrize(
    ("text", "date", "body"),
    [
        ("date 2021-03-04\nBody here.", "2021-03-04", "Body here."),
        (" date 2021-03-04 Body here.", "2021-03-04", "Body here."),
        ("Body with date 2021-03-04 inside.", None, "Body with date 2021-03-04 inside."),
        ("dated 2021-03-04 body", None, "dated 2021-03-04 body"),
    ],
)
def test_date_header(text, date, body):
    article = article_from_text(text)
    assert (article.source.date, article.body) == (date, body)


def test_text_is_kept_byte_for_byte(tmp_path):
    raw = "\ufeffLine one.\r\nLine two\u2014with a dash.\r\n".encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    assert read_article(path).text == raw.decode("utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",  # all text, no NUL
        b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n1 0 obj\nstream\n\x00\x01\x02endstream\n",
    ],
)
def test_a_pdf_is_named_as_one_with_what_to_do(tmp_path, data):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_article(path)
    assert str(err.value) == f"{path}: this looks like a PDF file; save the article as text first"


def test_an_article_that_mentions_the_pdf_header_is_still_an_article(tmp_path):
    path = tmp_path / "files.txt"
    path.write_text("Every PDF file begins with %PDF- and a version number.\n", encoding="utf-8")
    assert read_article(path).text.startswith("Every PDF file")


def test_the_doc_is_the_body(nlp) -> None:
    from contextreader.analysis.pipeline import doc_text
    from contextreader.io.article import article_from_text

    text = "date 2024-03-02\nThe ferry sailed.\n"
    assert doc_text(article_from_text(text)) == "The ferry sailed.\n"
    assert doc_text(article_from_text("The ferry sailed.\n")) == "The ferry sailed.\n"


def test_a_file_name_too_long_is_one_line_not_a_traceback(tmp_path):
    name = str(tmp_path / ("a" * 300 + ".txt"))
    with pytest.raises(InputError) as err:
        read_article(name)
    assert str(err.value) == f"{name}: cannot be read (File name too long)"


def test_a_loop_of_symbolic_links_is_named(tmp_path):
    (tmp_path / "one").symlink_to(tmp_path / "two")
    (tmp_path / "two").symlink_to(tmp_path / "one")
    with pytest.raises(InputError, match="Too many levels of symbolic links"):
        read_article(tmp_path / "one")


def test_a_link_to_an_article_is_read(tmp_path):
    (tmp_path / "story.txt").write_text("The mayor spoke.\n")
    (tmp_path / "link.txt").symlink_to(tmp_path / "story.txt")
    assert read_article(tmp_path / "link.txt").text == "The mayor spoke.\n"


def test_a_named_pipe_is_read_as_process_substitution_gives_it(tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write("Headline\n\nThe mayor spoke on Tuesday.\n")

    writer = threading.Thread(target=write)
    writer.start()
    article = read_article(fifo)
    writer.join()
    assert "The mayor spoke" in article.text


def test_a_device_is_refused_with_what_to_do():
    with pytest.raises(InputError) as err:
        read_article("/dev/null")
    assert str(err.value) == (
        "/dev/null: a device or a socket, not an article file; "
        "give a file, or - to read standard input"
    )
    assert not is_terminal("/dev/null")


def test_the_terminal_named_as_a_path_is_read_as_typed_text():
    """ "/dev/stdin" at a prompt: the terminal is read until Ctrl-D, as "-" is."""
    master, slave = os.openpty()
    saved = os.dup(0)
    try:
        os.dup2(slave, 0)
        assert is_terminal(os.ttyname(slave))
        os.write(master, b"Headline\n\nThe mayor spoke on Tuesday.\n\x04")
        article = read_article(os.ttyname(slave))
    finally:
        os.dup2(saved, 0)
        for fd in (saved, master, slave):
            os.close(fd)
    assert "The mayor spoke on Tuesday." in article.text


def test_only_standard_input_at_a_terminal_is_read_not_output():
    """With standard input and output on one terminal, "/dev/stdin" is read as typed text;
    "/dev/stdout" and "/dev/stderr" name no input and get the device line."""
    master, slave = os.openpty()
    saved = [os.dup(0), os.dup(1), os.dup(2)]
    try:
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        assert is_terminal("/dev/stdin")
        found = {name: is_terminal(name) for name in ("/dev/stdout", "/dev/stderr", "/dev/tty")}
        with pytest.raises(InputError, match="a device or a socket") as err:
            read_article("/dev/stdout")
    finally:
        for fd, old in enumerate(saved):
            os.dup2(old, fd)
            os.close(old)
        os.close(master)
        os.close(slave)
    assert found == {"/dev/stdout": False, "/dev/stderr": False, "/dev/tty": False}
    assert str(err.value).startswith("/dev/stdout: ")


def test_standard_output_at_a_terminal_is_no_input_when_stdin_is_a_pipe():
    master, slave = os.openpty()
    read_end, write_end = os.pipe()
    saved = [os.dup(0), os.dup(1)]
    try:
        os.dup2(read_end, 0)
        os.dup2(slave, 1)
        found = is_terminal("/dev/stdout"), is_terminal(os.ttyname(slave))
    finally:
        for fd, old in enumerate(saved):
            os.dup2(old, fd)
            os.close(old)
        for fd in (master, slave, read_end, write_end):
            os.close(fd)
    assert found == (False, False)


def test_a_terminal_not_our_own_is_refused():
    master, slave = os.openpty()
    try:
        with pytest.raises(InputError, match="a device or a socket"):
            read_article(os.ttyname(slave))
    finally:
        os.close(master)
        os.close(slave)


def test_a_nul_in_a_file_name_is_no_such_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "a\x00b.txt"))


@pytest.mark.parametrize("header", ["date 2020-13-45\n", "date 2021-02-30\n"])
def test_an_impossible_date_in_the_header_is_refused(header):
    with pytest.raises(InputError) as err:
        article_from_text(header + "The mayor spoke.", name="a.txt")
    date = header.split()[1]
    assert str(err.value) == (
        f"a.txt: the first line gives the date {date}, which is no date; "
        "write it as date YYYY-MM-DD"
    )


def test_a_leap_day_is_a_date():
    assert article_from_text("date 2024-02-29\nThe mayor spoke.").source.date == "2024-02-29"


def test_a_lone_carriage_return_is_a_line_break(tmp_path):
    """Old Mac files end lines with CR alone: each is read as a newline, one character for
    one, so offsets still count the file's characters; CRLF stays as it is."""
    raw = "Budget passes\r\rThe council voted.\r\nIt was close.\r"
    path = tmp_path / "mac.txt"
    path.write_bytes(raw.encode())
    text = read_article(path).text
    assert text == "Budget passes\n\nThe council voted.\r\nIt was close.\n"
    assert len(text) == len(raw)


def test_a_date_header_ended_by_a_carriage_return_gives_the_body():
    article = article_from_text("date 2021-03-04\rBody here.")
    assert (article.source.date, article.body) == ("2021-03-04", "Body here.")
