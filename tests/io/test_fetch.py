"""Articles from URLs: a local web server stands in for a news site."""

from __future__ import annotations

import codecs
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from contextreader.io.article import InputError
from contextreader.io.fetch import fetch_article, is_url

PAGE = """<!doctype html><html><head><title>Ferry opens | Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily"></head>
<body><article><p>The ferry opened on Monday.</p><p>Crowds came.</p></article></body></html>"""

CP1252 = """<!doctype html><html><head><meta charset="windows-1252"></head>
<body><p>The café charges €4 for tea.</p></body></html>""".encode("cp1252")

WIDE = "Mayor Ida Brek said the ferry would sail.\n"

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/cp1252": (200, "text/html", CP1252),  # no charset from the server: the page's own
    "/article": (200, "text/html; charset=utf-8", PAGE.encode()),
    "/plain": (200, "text/plain; charset=utf-8", b"date 2023-01-05\nPlain body."),
    "/image": (200, "image/png", b"\x89PNG\r\n"),
    "/empty": (200, "text/html", b"   "),
    # served as text, as a file server guesses from ".txt"; checked as a file would be
    "/binary.txt": (200, "text/plain", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00"),
    "/named-utf8.txt": (200, "text/plain; charset=utf-8", b"PK\x03\x04\x14\x00\x00\x00data"),
    "/utf16.txt": (200, "text/plain", codecs.BOM_UTF16_LE + WIDE.encode("utf-16-le")),
    "/utf16-nobom.txt": (200, "text/plain", WIDE.encode("utf-16-le")),
    "/utf16-named.txt": (200, "text/plain; charset=utf-16-le", WIDE.encode("utf-16-le")),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_html_page_becomes_its_article_text(server):
    article = fetch_article(server + "/article")
    assert article.text == "The ferry opened on Monday.\n\nCrowds came.\n"
    assert article.source.url == server + "/article"
    assert (article.source.title, article.source.site_name) == (
        "Ferry opens",
        "Harbour Daily",
    )


def test_a_page_is_read_in_the_character_set_it_declares(server):
    assert fetch_article(server + "/cp1252").text == "The café charges €4 for tea.\n"


def test_plain_text_keeps_the_date_header(server):
    article = fetch_article(server + "/plain")
    assert (article.source.date, article.body) == ("2023-01-05", "Plain body.")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404"),
        ("/image", "not a web page or text (image/png)"),
        ("/empty", "the page is empty"),
    ],
)
def test_bad_pages_are_input_errors(server, path, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fetch_article(server + path)


@pytest.mark.parametrize("path", ["/utf16.txt", "/utf16-named.txt"])
def test_utf16_is_read_by_its_mark_or_the_servers_charset(server, path):
    assert fetch_article(server + path).text == WIDE


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/binary.txt", "this looks like a binary file, not an article in text"),
        ("/named-utf8.txt", "this looks like a binary file, not an article in text"),
        ("/utf16-nobom.txt", "this looks like UTF-16 text without a byte-order mark"),
    ],
)
def test_a_binary_served_as_text_is_the_same_error_as_a_binary_file(server, path, message):
    with pytest.raises(InputError) as err:
        fetch_article(server + path)
    assert str(err.value).startswith(f"{server}{path}: {message}")


def test_unreachable_host_is_an_input_error():
    with pytest.raises(InputError, match="cannot be fetched"):
        fetch_article("http://127.0.0.1:9/article")


def test_is_url():
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("example.org/a") and not is_url("./file.txt")


def test_a_host_not_found_is_said_in_words(monkeypatch):
    import socket
    import urllib.error
    import urllib.request

    def no_such_host(*args, **kwargs):
        raise urllib.error.URLError(socket.gaierror(-2, "Name or service not known"))

    monkeypatch.setattr(urllib.request, "urlopen", no_such_host)
    with pytest.raises(InputError) as err:
        fetch_article("https://news.example.invalid/a")
    assert str(err.value) == (
        "https://news.example.invalid/a: cannot be fetched "
        "(host not found: no network, or a mistyped address?)"
    )
    assert "Errno" not in str(err.value)


def test_a_refused_connection_keeps_its_own_reason():
    with pytest.raises(InputError) as err:
        fetch_article("http://127.0.0.1:9/article")
    assert "host not found" not in str(err.value)


def test_a_pdf_served_as_text_is_named_a_pdf(server, monkeypatch):
    monkeypatch.setitem(
        ROUTES, "/report.txt", (200, "text/plain", b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
    )
    with pytest.raises(InputError) as err:
        fetch_article(server + "/report.txt")
    assert str(err.value) == (
        f"{server}/report.txt: this looks like a PDF file; save the article as text first"
    )


class _OddHandler(BaseHTTPRequestHandler):
    """A server that misbehaves: a charset that is no character set, a reason phrase with
    escape sequences, a redirect to itself, a body cut short."""

    def do_GET(self) -> None:
        if self.path.startswith("/charset/"):
            body = b"<html><body><p>Jos\xe9 spoke.</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", f"text/html; charset={self.path[9:]}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/reason":
            self.send_response(404, "Not \x1b[31mFound\x1b]0;TITLE\x07")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"The mayor said the ferry would sail. " * 4)
        self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def odd_server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _OddHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("charset", ["idna", "undefined", "punycode", "base64"])
def test_a_server_charset_that_is_no_character_set_is_ignored(odd_server, charset):
    """Read as when the server names none: UTF-8, else U+FFFD for a bad byte."""
    assert fetch_article(f"{odd_server}/charset/{charset}").text == "Jos\ufffd spoke.\n"


def test_a_server_charset_that_is_one_is_used(odd_server):
    assert fetch_article(f"{odd_server}/charset/latin-1").text == "José spoke.\n"


def test_a_redirect_loop_is_one_line(odd_server):
    with pytest.raises(InputError) as err:
        fetch_article(odd_server + "/loop")
    assert str(err.value) == f"{odd_server}/loop: the server redirects in a loop"


def test_a_download_cut_short_is_an_error(odd_server):
    with pytest.raises(InputError) as err:
        fetch_article(odd_server + "/cut")
    assert str(err.value) == (
        f"{odd_server}/cut: the download was cut short (148 of 5,000 bytes); try again"
    )


def test_a_complete_download_is_read(server):
    """Negative case: a body as long as its Content-Length is the article."""
    assert fetch_article(server + "/plain").body == "Plain body."


def test_a_reason_phrase_is_kept_as_data_for_the_message(odd_server):
    """The server's words are passed on as they are; the command line shows them inertly
    (tests/cli: test_server_words_in_an_error_are_shown_inertly)."""
    with pytest.raises(InputError) as err:
        fetch_article(odd_server + "/reason")
    assert str(err.value) == (
        f"{odd_server}/reason: the server answered 404 Not \x1b[31mFound\x1b]0;TITLE\x07"
    )
