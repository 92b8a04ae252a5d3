"""WebSocketClientConnect and SocketRead against WebSocket servers that misbehave
(NET, 7 Dec 2026; docs/builtins.md "WebSocket client"): silent after the connection, a
handshake answer whose header lines never end or whose one line is megabytes long, a
frame announcing more than the longest string, a frame cut by a close. Each is a failed
call (False or "", ErrorOccurred) saying what happened in words, within the timeout (1 s
for the connection, the read's own). The handshake's endless header was "no answer from
the server", and its 8 MB line named "the longest string of the run" for a bound of
64 KB. Loopback, EN and FR."""
from __future__ import annotations

import io
import socket
import struct
import threading
from collections.abc import Callable

import pytest

from loopback import RawServer, read_command, websocket_accepted
from wlinterp.engine import run_source

EN = """IF WebSocketClientConnect("w", "127.0.0.1", {port}, "/", 1000) THEN
    m is string = SocketRead("w", False, 2000)
    Trace(Length(m), ErrorOccurred, ErrorInfo(errMessage))
ELSE
    Trace(ErrorOccurred, ErrorInfo(errMessage))
END
"""
FR = """SI WebSocketClientConnecte("w", "127.0.0.1", {port}, "/", 1000) ALORS
    m est une chaîne = SocketLit("w", Faux, 2000)
    Trace(Taille(m), ErreurDétectée, ErreurInfo(errMessage))
SINON
    Trace(ErreurDétectée, ErreurInfo(errMessage))
FIN
"""


def _silent(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(10)


def _endless_header(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(websocket_accepted(conn))
    while not stop.wait(0.01):
        conn.sendall(b"X-More: yes\r\n")


def _long_line(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(websocket_accepted(conn) + b"X-Long: " + b"a" * (8 << 20))
    stop.wait(10)


def _huge_frame(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(websocket_accepted(conn) + b"\r\n\x81\x7f" + struct.pack("!Q", 1 << 62))
    stop.wait(10)


def _cut_frame(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(websocket_accepted(conn) + b"\r\n\x81\x7e\x01\x00" + b"x" * 10)


def _answering(data: bytes) -> Callable[[socket.socket, threading.Event], None]:
    """A server reading the handshake, answering `data` and closing the connection."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        while read_command(conn, stop) not in (b"\r\n", b""):
            pass
        conn.sendall(data)
    return script


OPENING = "the WebSocket to 127.0.0.1:PORT could not be opened"
CASES = {
    "silent": (_silent, f"1, {{f}}: {OPENING} (no answer from the server within 1 s)."),
    "endless-header": (_endless_header, f"1, {{f}}: {OPENING} (the server's answer to the "
                       "handshake did not end within 1 s)."),
    "long-line": (_long_line, f"1, {{f}}: {OPENING} (the server's answer to the handshake "
                  "went past 65536 bytes without ending; a real one holds a few hundred)."),
    "huge-frame": (_huge_frame, "0, 1, {r}: a WebSocket message of more than 16777216 "
                   "bytes, the longest WebSocket message a read gathers (16 MB)."),
    "closed-at-once": (_answering(b""), f"1, {{f}}: {OPENING} (the server closed the "
                       "connection without answering the handshake)."),
    "cut-handshake": (_answering(b"HTTP/1.1 101 Switching"), f"1, {{f}}: {OPENING} (the "
                      "server closed the connection after 22 bytes of its answer to the "
                      "handshake, before its end; it began 'HTTP/1.1 101 Switching')."),
    "redirect": (_answering(b"HTTP/1.1 302 Found\r\nLocation: /x\r\n\r\n"),
                 f"1, {{f}}: {OPENING} (the server did not open a WebSocket: it answered "
                 "'HTTP/1.1 302 Found')."),
    "cut-frame": (_cut_frame, "0, 1, {r}: the connection was closed by the other side after "
                  "10 of the 256 bytes its message announced."),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_misbehaving_websocket_server_fails_the_call_in_words(code: str, case: str) -> None:
    script, said = CASES[case]
    server = RawServer(script)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code.format(port=server.port), "ws.wl", stdout=out, stderr=err)
    finally:
        server.close()
    names = {"f": "WebSocketClientConnect", "r": "SocketRead"} if code is EN else \
        {"f": "WebSocketClientConnecte", "r": "SocketLit"}
    assert out.getvalue().replace(str(server.port), "PORT").splitlines() == [
        said.format(**names)]
    assert err.getvalue() == ""
