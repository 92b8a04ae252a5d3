"""A WebSocket read that gives the connection up (NET mend, 7 Dec 2026; docs/builtins.md
"WebSocket client"): a server sending continuation frames without end is stopped at
16 MB (websocket_frames.MESSAGE_LIMIT), where the client held up to 1 GB (the longest
string); a frame longer than a read gathers closes the TCP connection at once, after a
close frame saying 1009 (it stayed open until SocketClose). Loopback, EN and FR; each
server stops by itself within 20 s."""
from __future__ import annotations

import io
import socket
import struct
import threading
import time

import pytest

from loopback import RawServer, websocket_accepted
from wlinterp.engine import run_source

EN = """IF WebSocketClientConnect("w", "127.0.0.1", {port}, "/", 1000) THEN
    m is string = SocketRead("w", False, 30000)
    Trace(Length(m), ErrorOccurred, ErrorInfo(errMessage))
    ThreadPause({pause})
END
"""
FR = """SI WebSocketClientConnecte("w", "127.0.0.1", {port}, "/", 1000) ALORS
    m est une chaîne = SocketLit("w", Faux, 30000)
    Trace(Taille(m), ErreurDétectée, ErreurInfo(errMessage))
    ThreadPause({pause})
FIN
"""
_PIECE = 65536


def _run(server, code: str, pause: int) -> float:
    """`code` run against `server` on a loopback port; the server is awaited (it stops by
    itself within 20 s), then closed. The read's one line is the 16 MB refusal, in the
    script's language; when the run ended (monotonic time)."""
    raw = RawServer(server)
    out = io.StringIO()
    try:
        run_source(code.format(port=raw.port, pause=pause), "ws.wl", stdout=out,
                   stderr=io.StringIO())
        finished = time.monotonic()
        assert server.done.wait(20)
    finally:
        raw.close()
    read = "SocketRead" if code is EN else "SocketLit"
    assert out.getvalue().splitlines() == [
        f"0, 1, {read}: a WebSocket message of more than 16777216 bytes, the longest "
        "WebSocket message a read gathers (16 MB)."]
    return finished


class Fragments:
    """A server sending one text message's fragments without end (never the final one),
    64 KB each, until the client goes away or 20 s have passed: how many bytes it sent."""

    def __init__(self) -> None:
        self.sent = 0
        self.done = threading.Event()

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        try:
            conn.sendall(websocket_accepted(conn) + b"\r\n")
            ends = time.monotonic() + 20
            opcode = 0x01  # the first fragment: text, not final; then continuations
            while not stop.is_set() and time.monotonic() < ends:
                conn.sendall(bytes([opcode, 127]) + struct.pack("!Q", _PIECE) + b"f" * _PIECE)
                self.sent += 10 + _PIECE
                opcode = 0x00
        finally:
            self.done.set()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_endless_fragments_stop_at_the_websocket_limit(code: str) -> None:
    server = Fragments()
    _run(server, code, pause=0)
    assert server.sent < 48 << 20, server.sent  # the bound and what the buffers held: the
    # connection closed at once (SocketClose's goodbye took 400 MB more in its second)


class HugeFrame:
    """A server announcing a frame of 2^62 bytes, then waiting for the client's close:
    when the connection ended (monotonic time) and what the client sent before."""

    def __init__(self) -> None:
        self.ended_at = 0.0
        self.got = b""
        self.done = threading.Event()

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        try:
            conn.sendall(websocket_accepted(conn) + b"\r\n\x81\x7f" + struct.pack("!Q", 1 << 62))
            conn.settimeout(0.05)
            ends = time.monotonic() + 20
            while not stop.is_set() and time.monotonic() < ends:
                try:
                    piece = conn.recv(4096)
                except socket.timeout:
                    continue
                except OSError:
                    break  # (reset: closed too)
                if not piece:
                    break
                self.got += piece
            self.ended_at = time.monotonic()
        finally:
            self.done.set()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_frame_too_long_closes_the_connection_at_once(code: str) -> None:
    """The script pauses 3 s after the failed read, its socket not closed: the server saw
    the connection end during the pause, after a close frame with status 1009."""
    server = HugeFrame()
    finished = _run(server, code, pause=300)
    assert server.ended_at < finished - 1.5, (server.ended_at, finished)
    assert len(server.got) == 8 and server.got[:2] == b"\x88\x82", server.got
    mask, payload = server.got[2:6], server.got[6:8]
    assert bytes(b ^ mask[i] for i, b in enumerate(payload)) == struct.pack("!H", 1009)
