"""An HTTP field's name is case-insensitive (RFC 9110 5.1): httpResponse's Header read
`Header["Content-Type"]` as "" when the server wrote `content-type` (every HTTP/2
server's spelling, many APIs'), and an httpRequest given `Header["content-type"]` then
`Header["Content-Type"]` sent the field twice. The Header arrays now ignore case, as
ccIgnoreCase does (stdlib/http_values.py; decided, INFERRED: docs/builtins.md,
httpResponse). A real HTTP server on 127.0.0.1; English and French script lines."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

SEEN: list[list[tuple[str, str]]] = []


class LowerCase(QuietHandler):
    """Keeps each request's header fields; answers with its own in lower case."""

    def do_POST(self) -> None:
        SEEN.append(list(self.headers.items()))
        body = b'{"ok":1}'
        self.send_response(201)
        self.send_header("content-type", "application/json")
        self.send_header("x-request-id", "r-42")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    yield from serve_http(LowerCase)


EN = '''req is httpRequest
req.URL = "http://127.0.0.1:{port}/orders"
req.Method = httpPost
req.Header["content-type"] = "text/plain"
req.Header["Content-Type"] = "application/json"
req.Content = "{{}}"
Trace(ArrayCount(req.Header), req.Header["CONTENT-TYPE"])
r is httpResponse = HTTPSend(req)
Trace(r.StatusCode, r.Header["Content-Type"], r.Header["X-Request-Id"], r.Header["x-request-id"])
Trace(r.Header["Content-Length"], r.ContentType)
'''
FR = '''req est un httpRequête
req.URL = "http://127.0.0.1:{port}/orders"
req.Méthode = httpPost
req.Entête["content-type"] = "text/plain"
req.Entête["Content-Type"] = "application/json"
req.Contenu = "{{}}"
Trace(TableauOccurrence(req.Entête), req.Entête["CONTENT-TYPE"])
r est un httpRéponse = HTTPEnvoie(req)
Trace(r.CodeEtat, r.Entête["Content-Type"], r.Entête["X-Request-Id"], r.Entête["x-request-id"])
Trace(r.Entête["Content-Length"], r.ContentType)
'''


@pytest.mark.parametrize("source", [EN, FR], ids=["en", "fr"])
def test_header_names_ignore_case(port: int, source: str) -> None:
    SEEN.clear()
    out = io.StringIO()
    run_source(source.format(port=port), "names.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == [
        "1, application/json", "201, application/json, r-42, r-42", "8, application/json"]
    [fields] = SEEN
    assert [v for k, v in fields if k.lower() == "content-type"] == ["application/json"]


class Repeated(QuietHandler):
    """Sends Set-Cookie and Vary each on two lines (as servers do)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Set-Cookie", "a=1; Path=/")
        self.send_header("set-cookie", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT")
        self.send_header("Vary", "Accept")
        self.send_header("Vary", "Origin")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


@pytest.fixture(scope="module")
def repeated() -> Iterator[int]:
    yield from serve_http(Repeated)


REPEATED_EN = '''r is httpResponse = HTTPSend("http://127.0.0.1:{port}/")
Trace(r.Header["Set-Cookie"])
Trace(r.Header["vary"], ArrayCount(r.Header))
Trace(Replace(r.RoughHeader, CR, "|"))
'''
REPEATED_FR = '''r est un httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/")
Trace(r.Entête["Set-Cookie"])
Trace(r.Entête["vary"], TableauOccurrence(r.Entête))
Trace(Remplace(r.EntêteBrut, RC, "|"))
'''


@pytest.mark.parametrize("code", [REPEATED_EN, REPEATED_FR], ids=["en", "fr"])
def test_a_field_on_several_lines_keeps_every_value(repeated: int, code: str) -> None:
    """Each line overwrote the one before: of two Set-Cookie or Vary lines only the last
    was in Header ("a=1" and "Accept" lost without a word). Now joined by ", " (RFC 9110
    5.3), every line still apart in RoughHeader."""
    out = io.StringIO()
    run_source(code.format(port=repeated), "repeated.wl", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "a=1; Path=/, b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT", lines
    assert lines[1].startswith("Accept, Origin, "), lines
    assert "|Set-Cookie: a=1; Path=/|" in lines[2] and "|set-cookie: b=2; Expires=" in \
        lines[2] and "|Vary: Accept|" in lines[2] and "|Vary: Origin|" in lines[2], lines
