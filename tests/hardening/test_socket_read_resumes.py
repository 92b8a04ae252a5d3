"""A SocketRead that runs out of time in the middle of a message leaves what came of it
for the next read (NET, 7 Dec 2026; stdlib/socket_stream.py `put_back`; docs/builtins.md
"SocketRead"): the next read, once the rest has arrived, gives the whole message. The
part was lost: the next read began inside the message, reading a WebSocket frame's
payload as a frame header ("the server closed the WebSocket (code 30840: xxxx...)"), or
the bytes after a size line as a size. The peer sends the rest only when the script has
written after its first read failed, so nothing depends on timing. Loopback, EN and FR."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from loopback import RawServer, websocket_accepted
from wlinterp.engine import run_source

MODES = {  # how the peer frames "hello world!": its first part, then the rest
    "size": (b"12\r\nhello", b" world!"),
    "end-tag": (b"hello", b" world!#END#"),
    "websocket": (b"\x81\x0chello", b" world!"),
}
EN = """{connect}
{mode}
m is string = SocketRead("c", False, 300)
Trace(ErrorOccurred, Length(m), ErrorInfo(errMessage))
SocketWrite("c", "go")
m = SocketRead("c", True, 10000)
Trace(ErrorOccurred, m)
SocketClose("c")
"""
FR = """{connect}
{mode}
m est une chaîne = SocketLit("c", Faux, 300)
Trace(ErreurDétectée, Taille(m), ErreurInfo(errMessage))
SocketEcrit("c", "go")
m = SocketLit("c", Vrai, 10000)
Trace(ErreurDétectée, m)
SocketFerme("c")
"""
CONNECT = {
    EN: ('SocketConnect("c", {port}, "127.0.0.1")',
         'WebSocketClientConnect("c", "127.0.0.1", {port})'),
    FR: ('SocketConnecte("c", {port}, "127.0.0.1")',
         'WebSocketClientConnecte("c", "127.0.0.1", {port})')}
END_TAG = {EN: 'SocketChangeTransmissionMode("c", SocketEndTag, "#END#")',
           FR: 'SocketChangeModeTransmission("c", SocketMarqueurFin, "#END#")'}


def _peer(mode: str):
    first, rest = MODES[mode]

    def script(conn: socket.socket, stop: threading.Event) -> None:
        if mode == "websocket":
            conn.sendall(websocket_accepted(conn) + b"\r\n")
        conn.sendall(first)
        conn.settimeout(15)
        conn.recv(64)  # the script's "go", written once its first read failed
        conn.sendall(rest)
        stop.wait(15)
    return script


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_timed_out_read_leaves_the_message_for_the_next(code: str, mode: str) -> None:
    server = RawServer(_peer(mode))
    connect = CONNECT[code][mode == "websocket"].format(port=server.port)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code.format(connect=connect, mode=END_TAG[code] if mode == "end-tag"
                               else ""), "resume.wl", stdout=out, stderr=err)
    finally:
        server.close()
    assert err.getvalue() == ""
    name = "SocketRead" if code is EN else "SocketLit"  # as the line calls it
    assert out.getvalue().splitlines() == [
        f"1, 0, {name}: no message within 300 ms (the read's timeout).",
        "0, hello world!"]



def _client_frames(conn: socket.socket, stop: threading.Event,
                   last: tuple[int, bytes]) -> list[tuple[int, bytes]]:
    """The client's masked frames (opcode, payload) up to `last` (one with that opcode
    and payload; a close frame: any payload), 15 s at most. The script's frames are short:
    no extended length."""
    got, frames = b"", []
    conn.settimeout(15)
    while not stop.is_set() and not (frames and (frames[-1] == last or frames[-1][0] ==
                                                 last[0] == 0x8)):
        while len(got) < 6 or len(got) < 6 + (got[1] & 0x7F):
            piece = conn.recv(4096)
            if not piece:
                return frames
            got += piece
        n, mask = got[1] & 0x7F, got[2:6]
        frames.append((got[0] & 0x0F, bytes(b ^ mask[i % 4] for i, b in
                                            enumerate(got[6:6 + n]))))
        got = got[6 + n:]
    return frames


def test_a_ping_inside_a_timed_out_message_is_answered_once() -> None:
    """A ping between two frames of a message a read ran out of time in is answered
    there, and not given back with the message's first frame: the next read answered it
    again (two pongs for one ping; NET's mend of 7 Dec 2026, websocket_frames.py)."""
    heard: list[tuple[int, bytes]] = []

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(websocket_accepted(conn) + b"\r\n")
        conn.sendall(b"\x01\x05hello" + b"\x89\x02p1")  # a text frame without FIN, a ping
        heard.extend(_client_frames(conn, stop, (0x1, b"go")))  # after the first read
        conn.sendall(b"\x80\x07 world!")
        heard.extend(_client_frames(conn, stop, (0x8, b"")))  # until SocketClose's
    for code in (EN, FR):
        heard.clear()
        server = RawServer(script)
        connect = CONNECT[code][True].format(port=server.port)
        out, err = io.StringIO(), io.StringIO()
        try:
            run_source(code.format(connect=connect, mode=""), "ping.wl", stdout=out,
                       stderr=err)
        finally:
            server.close()
        assert err.getvalue() == ""
        assert out.getvalue().splitlines()[1:] == ["0, hello world!"]
        assert [payload for op, payload in heard if op == 0xA] == [b"p1"]
        assert heard[-1][0] == 0x8  # the whole conversation was heard
