"""An SMTP session, an FTP connection and a WebSocket left open by the script, each to a
server silent after the goodbye (NET, 6-7 Dec 2026 night): the end of the run says all
three goodbyes, then awaits the answers together, 1 s at most for all (wlinterp/goodbyes.py
Farewells). Each protocol waited its own second, one after another (3 s), its goodbye sent
only once the previous protocol's connections had gone. Nothing timed: the order of what
the servers heard says it (the three goodbyes before any connection went). EN and FR."""
from __future__ import annotations

import base64
import hashlib
import io
import socket
import threading

import pytest

from loopback import RawServer, heard, silent_after_quit, until_gone
from wlinterp.engine import run_source


def _websocket_silent_after_close(said: list[str]):
    """A WebSocket server accepting the opening handshake, then, on the client's first
    frame (its close), silent until the client hangs up."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        head = b""
        while b"\r\n\r\n" not in head:
            head += conn.recv(4096)
        key = next(line.split(b":", 1)[1].strip() for line in head.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1(
            key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
        conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        if conn.recv(1)[0] & 0x0F == 0x8:
            until_gone(conn, said, "close frame")
    return script


EN = """EmailSetTimeOut(20)
Trace(EmailStartSMTPSession("s", "127.0.0.1", {smtp}))
Trace(FTPConnect("127.0.0.1", "ann", "pw", {ftp}, True, 20))
Trace(WebSocketClientConnect("w", "127.0.0.1", {ws}))
"""
FR = """EmailChangeTimeOut(20)
Trace(EmailOuvreSessionSMTP("s", "127.0.0.1", {smtp}))
Trace(FTPConnecte("127.0.0.1", "ann", "pw", {ftp}, Vrai, 20))
Trace(WebSocketClientConnecte("w", "127.0.0.1", {ws}))
"""


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_the_goodbyes_of_all_protocols_are_awaited_together(code: str) -> None:
    said: list[str] = []
    servers = {"smtp": RawServer(silent_after_quit(said, "SMTP QUIT")),
               "ftp": RawServer(silent_after_quit(said, "FTP QUIT")),
               "ws": RawServer(_websocket_silent_after_close(said))}
    out, err = io.StringIO(), io.StringIO()
    try:
        for name, server in servers.items():
            code = code.replace("{%s}" % name, str(server.port))
        run_source(code, "left_open.wl", stdout=out, stderr=err)
    finally:
        for server in servers.values():
            server.close()
    assert out.getvalue().splitlines() == ["1", "0", "1"]
    assert err.getvalue() == ""
    heard(said, 6)
    assert sorted(said[:3]) == ["FTP QUIT", "SMTP QUIT", "close frame"]
    assert said[3:] == ["gone"] * 3
