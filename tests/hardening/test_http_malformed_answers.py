"""An HTTP server answering with broken bytes (a body shorter than its Content-Length, a
status line that is not HTTP) makes HTTPSend and HTTPRequest fail as any HTTP failure
does: a non-fatal error naming the URL. Both were Python exceptions of the HTTP library
that ended the run as an internal error."""
from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source

ANSWERS = {
    "cut": b"HTTP/1.0 200 OK\r\nContent-Length: 50\r\n\r\nonly twelve!",
    "garbage": b"hello, this is no HTTP server\r\n\r\n",
}


def _script(answer: bytes):  # type: ignore[no-untyped-def]
    def script(conn: socket.socket, stop: threading.Event) -> None:
        while read_command(conn, stop) not in (b"", b"\r\n", b"\n"):
            pass  # the request's lines, up to the blank one
        conn.sendall(answer)
    return script


@pytest.fixture(params=sorted(ANSWERS))
def server(request: pytest.FixtureRequest) -> Iterator[RawServer]:
    srv = RawServer(_script(ANSWERS[request.param]))
    yield srv
    srv.close()


def test_broken_answer_is_a_non_fatal_error(server: RawServer) -> None:
    out, err = io.StringIO(), io.StringIO()
    url = f"http://127.0.0.1:{server.port}/"
    run_source(f'''r is httpResponse = HTTPSend("{url}")
Trace(ErrorOccurred, r.StatusCode, Position(ErrorInfo(), "{url}") > 0)
Trace(HTTPRequest("{url}"), ErrorOccurred)
''', "broken.wl", stdout=out, stderr=err)
    assert out.getvalue().splitlines() == ["1, 0, 1", "0, 1"]
    assert "internal error" not in err.getvalue()


def test_a_status_line_with_a_terminal_escape_is_shown_escaped() -> None:
    """The HTTP library quotes a status line it cannot read; ErrorInfo carried it raw, a
    terminal escape sequence and the line end included, to whatever the script printed
    it on. Now on one line, control characters as \\xNN, as a mail server's words are."""
    srv = RawServer(_script(b"HTTP/1.1 abc \x1b]0;owned\x07 \x1b[2J\r\n\r\n"))
    try:
        out = io.StringIO()
        run_source(f'''HTTPRequest("http://127.0.0.1:{srv.port}/")
Trace(ErrorInfo(errMessage))
''', "esc.wl", stdout=out, stderr=io.StringIO())
    finally:
        srv.close()
    shown = out.getvalue()
    assert "\\x1b]0;owned\\x07 \\x1b[2J" in shown and "\x1b" not in shown, shown
    assert shown.count("\n") == 1, shown
