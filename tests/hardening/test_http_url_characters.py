"""A URL holding a space, against a real HTTP server on 127.0.0.1: it goes
percent-encoded, as a browser sends it, with the characters outside ASCII beside it
(stdlib/http_urls.py; test_http_non_ascii_urls.py for the rest). The call failed with
Python's words ("URL can't contain control characters ... found at least ' '")."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source


class Echo(QuietHandler):
    """Answers with the request line's path, as it came."""

    def do_GET(self) -> None:
        self.answer(self.path.encode("ascii"))


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    yield from serve_http(Echo)


@pytest.mark.parametrize("call", ["HTTPRequest({url})\nTrace(HTTPGetResult())",
                                  "HTTPRequête({url})\nTrace(HTTPDonneRésultat())",
                                  "r is httpRequest\nr.URL = {url}\nTrace(HTTPSend(r).Content)"])
@pytest.mark.parametrize("path, sent", [
    ("/a b", "/a%20b"),
    ("/a b?q=é €&n=1", "/a%20b?q=%C3%A9%20%E2%82%AC&n=1"),
    ("/d%C3%A9j%C3%A0?x=%20", "/d%C3%A9j%C3%A0?x=%20"),  # already encoded: as it is
])
def test_a_url_with_a_space_goes_percent_encoded(port: int, call: str, path: str,
                                                  sent: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    url = f'"http://127.0.0.1:{port}{path}"'
    run_source(call.format(url=url) + "\nTrace(ErrorOccurred)\n", "url.wl", stdout=out,
               stderr=err)
    assert out.getvalue().splitlines() == [sent, "0"], (out.getvalue(), err.getvalue())


@pytest.mark.parametrize("call", ["Trace(HTTPRequest({url}), ErrorInfo())",
                                  "Trace(HTTPRequête({url}), ErreurInfo())",
                                  "r is httpRequest\nr.URL = {url}\nTrace(HTTPSend(r).StatusCode, "
                                  "ErrorInfo())"])
@pytest.mark.parametrize("char, code", [("TAB", "0009"), ("Charact(0)", "0000"),
                                        ("Charact(127)", "007F")])
def test_a_control_character_in_the_url_is_refused_in_words(port: int, call: str, char: str,
                                                           code: str) -> None:
    """Not sent, and said so (the HTTP library's "URL can't contain control characters.
    '/a\\tb' (found at least '\\t')" came, in Python's words, once the request was under
    way)."""
    out, err = io.StringIO(), io.StringIO()
    url = f'"http://127.0.0.1:{port}/a" + {char} + "b"'
    run_source(call.format(url=url), "url.wl", stdout=out, stderr=err)
    assert out.getvalue().endswith(
        f"HTTP: the URL holds a control character (U+{code}): refused.\n"), out.getvalue()


@pytest.mark.parametrize("code", [
    'r is httpRequest\nr.URL = "http://example.invalid/x"\nr.User = "ann"\n'
    'r.Password = "pw"\nTrace(HTTPSend(r).StatusCode, ErrorOccurred)',
    'r est un httpRequête\nr.URL = "http://example.invalid/x"\nr.Entête["X-a"] = "b" + RC\n'
    'Trace(HTTPEnvoie(r).CodeEtat, ErreurDétectée)',
])
def test_httpsend_refusing_before_sending_still_gives_a_response(code: str) -> None:
    """HTTPSend's result is an httpResponse on failure too: a refusal before anything
    is sent (credentials in clear to another machine, a line break in a header) gave
    False, and reading its StatusCode stopped the run ("A value of type boolean has no
    member")."""
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "send.wl", stdout=out, stderr=err)
    assert (out.getvalue(), err.getvalue()) == ("0, 1\n", "")
