"""An SMTP server's reply can never make the client's memory grow without bound (issue 12)."""

from __future__ import annotations

import io
import socket
import threading
import tracemalloc

import pytest

from wlinterp.engine import run_source

from loopback import RawServer


WAIT = 30
"""The session's timeout: far above what bounding a reply takes, so the timeout never fires
here; the words (the reply's bound, not "no answer within") and the memory peak show the
reply limit stopped the client (no wall-time bound: it fails on a loaded machine)."""


def _start_session(port: int) -> list[str]:
    out = io.StringIO()
    run_source(f'EmailSetTimeOut({WAIT})\nTrace(EmailStartSMTPSession("u", "127.0.0.1", {port}))\n'
               "Trace(ErrorInfo())\n", "replies.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def _endless_greeting(conn: socket.socket, stop: threading.Event) -> None:
    chunk = (b"220-" + b"x" * 70 + b"\r\n") * 200
    while not stop.is_set():
        conn.sendall(chunk)


def _endless_line(conn: socket.socket, stop: threading.Event) -> None:
    while not stop.is_set():
        conn.sendall(b"2" * 65536)


@pytest.mark.parametrize("handler, expected", [
    (_endless_greeting, "did not end within 256 lines or 64 KB"),
    (_endless_line, "reply line longer than 8192 bytes"),
])
def test_endless_reply_fails_fast_in_bounded_memory(handler, expected):
    server = RawServer(handler)
    try:
        tracemalloc.start()
        lines = _start_session(server.port)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        server.close()
    assert lines[0] == "0", lines
    assert expected in lines[1] and "waiting for the server greeting" in lines[1]
    assert "no answer from the server within" not in lines[1], lines
    assert peak < 16 * 1024 * 1024
