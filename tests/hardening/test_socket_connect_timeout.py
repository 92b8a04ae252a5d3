"""SocketConnect's and SocketConnectSSL's timeout is in milliseconds (or a Duration), as
SocketRead's (?3070014); it was read in hundredths (500 waited 5 s). Decided, INFERRED:
docs/builtins.md "Sockets". A server whose queue of connections is full (listen(0) with
one connection not yet accepted) leaves the next connection unanswered, so the connect
waits its whole timeout; ErrorInfo names that timeout in seconds, which pins the unit
without measuring time. Loopback only."""
from __future__ import annotations

import io
import socket
from collections.abc import Iterator

import pytest

from wlinterp.engine import run_source


@pytest.fixture
def full_server() -> Iterator[int]:
    """A loopback port whose server accepts nothing and has no room left in its queue."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    waiting = socket.create_connection(("127.0.0.1", port), timeout=5)
    try:
        yield port
    finally:
        waiting.close()
        server.close()


def _run(code: str) -> list[str]:
    out = io.StringIO()
    run_source(code, "connect.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("call", [
    'SocketConnect("c", {port}, "127.0.0.1", 300)',
    'SocketConnecte("c", {port}, "127.0.0.1", 300)',
    'SocketConnect("c", {port}, "127.0.0.1", 300 ms)',
    'SocketConnect("c", {port}, "127.0.0.1", "0.3 s")',
    'SocketConnectSSL("c", {port}, "127.0.0.1", SocketTLS1_2, 300)',
    'SocketConnecteSSL("c", {port}, "127.0.0.1", SocketTLS1_2, 300)',
], ids=["ms", "fr", "duration", "text", "ssl", "ssl-fr"])
def test_the_timeout_is_in_milliseconds(full_server: int, call: str) -> None:
    fname = call.split("(")[0]  # (errors name the function as the script wrote it)
    lines = _run(f"Trace({call.format(port=full_server)}, ErrorOccurred)\n"
                 'Trace(ErrorInfo(errMessage))\nTrace(SocketExist("c"))\n')
    assert lines == ["0, 1", f"{fname}: no connection to 127.0.0.1:{full_server} within "
                     "0.3 s.", "0"], lines
