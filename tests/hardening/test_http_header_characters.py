"""What an httpRequest's headers and method may hold (stdlib/http_fields.py, docs/
security.md "No injection"), against a real HTTP server on 127.0.0.1 that records what
reaches it. A line break was refused already; a NUL or another control character in a
header's name or value went out (a server or proxy may end the header at the NUL), a
method holding blanks wrote a request line of the program's choosing, and a character
beyond Latin-1 failed in Python's words ("ordinal not in range(256)"); a header name
that is no token (a blank, a colon, an accent) went out or failed in Python's words. A
TAB, and Latin-1 letters in a value, still go."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

SEEN: list[str] = []


class Recorder(QuietHandler):
    """Keeps each request's line and headers, answers "ok"."""

    def do_GET(self) -> None:
        SEEN.append(self.requestline + "\n" + str(self.headers))
        self.answer(b"ok")

    do_POST = do_GET


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    yield from serve_http(Recorder)


def _send(port: int, setting: str, french: bool = False) -> str:
    """ErrorInfo after HTTPSend of a request to the recorder with `setting` applied
    (the StatusCode first)."""
    code = (f'r est un httpRequête\nr.URL = "http://127.0.0.1:{port}/x"\n{setting}\n'
            "Trace(HTTPEnvoie(r).CodeEtat, ErreurInfo())" if french else
            f'r is httpRequest\nr.URL = "http://127.0.0.1:{port}/x"\n{setting}\n'
            "Trace(HTTPSend(r).StatusCode, ErrorInfo())")
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "header.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().rstrip("\n")


@pytest.mark.parametrize("setting, french, words", [
    ('r.Header["X-A"] = "v" + Charact(0) + "w"', False,
     "the header 'X-A' holds a control character (U+0000)"),
    ('r.Entête["X-A"] = "v" + Caract(27) + "[2J"', True,
     "the header 'X-A' holds a control character (U+001B)"),
    ('r.Header["X" + Charact(1)] = "v"', False, "the header name holds a control character "
                                                "(U+0001)"),
    ('r.ContentType = "text/plain" + Charact(127)', False,
     "the header 'Content-Type' holds a control character (U+007F)"),
    ('r.Header["X-B"] = "a" + Charact(8232) + "b"', False,
     "the header 'X-B' holds the character U+2028, which a header cannot carry (Latin-1 "
     "only)"),
    ('r.Method = "GET /admin HTTP/1.1"', False,
     "the method 'GET /ADMIN HTTP/1.1' is not an HTTP method name (letters, digits, no "
     "blank)"),
    ('r.Méthode = "GET" + Caract(0) + "X"', True, "the method 'GET"),
    # found in review (REV): a name with a blank went out as `X Y: 1`; a colon, an empty
    # name or a letter beyond ASCII failed in Python's words ("Invalid header name
    # b'X:Y'", "ordinal not in range(128)")
    ('r.Header["X Y"] = "1"', False, "the header name 'X Y' is not an HTTP header name"),
    ('r.Entête["X:Y"] = "1"', True, "the header name 'X:Y' is not an HTTP header name"),
    ('r.Header[""] = "1"', False, "the header name '' is not an HTTP header name"),
    ('r.Entête["X-Clé"] = "1"', True, "the header name 'X-Clé' is not an HTTP header name"),
])
def test_a_header_or_method_that_would_be_injected_is_refused_unsent(
        port: int, setting: str, french: bool, words: str) -> None:
    SEEN.clear()
    assert _send(port, setting, french).startswith(f"0, HTTP: {words}")
    assert SEEN == []


def test_a_tab_and_latin1_letters_still_go(port: int) -> None:
    SEEN.clear()
    assert _send(port, 'r.Header["X-T"] = "a" + TAB + "b"\nr.Header["X-L"] = "Zoé"\n'
                       'r.Method = "GET"') == "200, "
    assert "X-T: a\tb" in SEEN[0] and "X-L: " in SEEN[0]
