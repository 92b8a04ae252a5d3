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
