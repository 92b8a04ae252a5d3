"""An HTTP server that redirects out of HTTP, or frames its answer so that its length is in
doubt (issue 8, area F, misbehaving servers), against raw servers on 127.0.0.1
(loopback.RawServer): each is a failed call naming the URL and saying why, never a
request made elsewhere or an answer read by the wrong length.

- A redirect to `ftp://` was followed (and failed naming the first URL only); one to
  `file:` came back as the answer, a 302 without a word.
- Of two Content-Length headers that disagree, the HTTP library took the first,
  silently; a Content-Length beside a Transfer-Encoding was ignored (RFC 9112 6.3: signs
  of request smuggling or response splitting). Repeats of one value stay accepted
  (RFC 9110 8.6).
"""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source


def _send(port: int) -> list[str]:
    out = io.StringIO()
    run_source(f'''r is httpResponse = HTTPSend("http://127.0.0.1:{port}/start")
Trace(ErrorOccurred, r.StatusCode, r.Content)
Trace(ErrorInfo(errMessage))
Trace(HTTPRequest("http://127.0.0.1:{port}/start"), ErrorOccurred)
''', "http.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("location", [
    "ftp://127.0.0.1/pub/file.txt", "file:///etc/passwd", "gopher://x/\x1b[2J"])
def test_a_redirect_out_of_http_is_refused_naming_where(http_server, location: str) -> None:
    srv = http_server(b"HTTP/1.0 302 Found\r\nLocation: " + location.encode() +
                 b"\r\nContent-Length: 0\r\n\r\n")
    out = _send(srv.port)
    assert out[0] == "1, 0, ", out
    shown = location.replace("\x1b", "\\x1b")
    assert out[1] == (f"HTTPSend: the request to http://127.0.0.1:{srv.port}/start failed "
                      f"(the server redirected to '{shown}', which is not an http:// or "
                      "https:// URL: not followed)."), out
    assert out[2] == "0, 1", out


@pytest.mark.parametrize("headers, why", [
    (b"Content-Length: 5\r\nContent-Length: 12\r\n",
     "Content-Length headers that disagree ('5', '12')"),
    (b"Content-Length: 5, 12\r\n", "Content-Length headers that disagree ('5, 12')"),
    (b"Content-Length: 12\r\nTransfer-Encoding: chunked\r\n",
     "both a Transfer-Encoding and a Content-Length"),
    (b"Content-Length: -1\r\n", "Content-Length '-1' is not a number"),
    (b"Content-Length: \xb2\r\n", "Content-Length '\u00b2' is not a number")])
def test_an_answer_whose_length_is_in_doubt_is_refused(http_server, headers: bytes,
                                                       why: str) -> None:
    srv = http_server(b"HTTP/1.1 200 OK\r\n" + headers + b"Connection: close\r\n\r\n"
                 b"hello world!")
    out = _send(srv.port)
    assert out[0] == "1, 0, ", out
    assert out[1].startswith(f"HTTPSend: the request to http://127.0.0.1:{srv.port}/start "
                             "failed: the answer") and why in out[1], out
    assert out[2] == "0, 1", out


def test_a_repeated_equal_content_length_is_read(http_server) -> None:
    srv = http_server(b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Length: 12\r\n"
                 b"Connection: close\r\n\r\nhello world!")
    assert _send(srv.port)[0] == "0, 200, hello world!"


def test_a_redirect_with_lengths_in_doubt_is_not_followed(http_server) -> None:
    target = http_server(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nno")
    srv = http_server(b"HTTP/1.0 302 Found\r\nLocation: http://127.0.0.1:%d/\r\n"
                 b"Content-Length: 0\r\nContent-Length: 40\r\n\r\n" % target.port)
    out = _send(srv.port)
    assert out[0] == "1, 0, " and "disagree ('0', '40')" in out[1], out
