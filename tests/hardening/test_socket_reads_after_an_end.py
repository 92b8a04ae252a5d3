"""SocketRead after the connection ended inside a message, after a WebSocket server's
close, and after a message that broke the protocol (NET, 7 Dec 2026; docs/builtins.md
"Sockets: a connection that ended"). The first read fails saying what happened; every
later read fails at once in words, and never turns what was left of the cut message into
a message of its own: the middle of a WebSocket payload was read as a close frame ("the
server closed the WebSocket (code 30840: xxxx...)"), the end of a cut message as the next
message ("2 CR LF ab" came back as "ab"), the payload after a refused size as a size
line. A SocketWrite after a WebSocket server's close fails in words (it was sent, and
lost). Loopback, English and French."""
from __future__ import annotations

import io
import socket
import struct
import threading

import pytest

from loopback import RawServer, websocket_accepted
from wlinterp.engine import run_source

READS_EN = """IF {connect} THEN
    FOR i = 1 TO 3
        m is string = SocketRead("c", False, 3000)
        Trace(i, m, ErrorOccurred, ErrorInfo(errMessage))
    END
    Trace(SocketWrite("c", "more"), ErrorOccurred, ErrorInfo(errMessage))
END
"""
READS_FR = """SI {connect} ALORS
    POUR i = 1 _À_ 3
        m est une chaîne = SocketLit("c", Faux, 3000)
        Trace(i, m, ErreurDétectée, ErreurInfo(errMessage))
    FIN
    Trace(SocketEcrit("c", "more"), ErreurDétectée, ErreurInfo(errMessage))
FIN
"""
CONNECT = {"en": ('SocketConnect("c", {port}, "127.0.0.1")',
                  'WebSocketClientConnect("c", "127.0.0.1", {port}, "/")'),
           "fr": ('SocketConnecte("c", {port}, "127.0.0.1")',
                  'WebSocketClientConnecte("c", "127.0.0.1", {port}, "/")')}


def _ws_cut(conn: socket.socket, stop: threading.Event) -> None:
    """A frame of 1000 bytes cut after 300 'x' (0x78 0x78: a close frame's header)."""
    conn.sendall(websocket_accepted(conn) + b"\r\n\x81\x7e" + struct.pack("!H", 1000)
                 + b"x" * 300)


def _ws_closed(conn: socket.socket, stop: threading.Event) -> None:
    """A message's first fragment, then the server's close; the connection kept open."""
    conn.sendall(websocket_accepted(conn) + b"\r\n\x01\x05part1\x88\x0e"
                 + struct.pack("!H", 1011) + b"server error")
    stop.wait(10)


def _ws_huge(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(websocket_accepted(conn) + b"\r\n\x81\x7f" + struct.pack("!Q", 1 << 62)
                 + b"\x81\x02ab")
    stop.wait(10)


def _size_cut(conn: socket.socket, stop: threading.Event) -> None:
    """A message of 10 bytes cut after 5 that look like a whole message ("2 CR LF ab")."""
    conn.sendall(b"5\r\nhello10\r\n2\r\nab")


def _size_huge(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"99999999999\r\n3\r\nxyz")
    stop.wait(10)


def _tag_cut(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"hello\r\nabc")


CLOSED = "the connection was closed by the other side"
WS_CLOSE = "the server closed the WebSocket (code 1011: server error)"
HUGE_WS = ("a WebSocket message of more than 16777216 bytes, the longest WebSocket message a "
           "read gathers (16 MB)")
HUGE = ("a message of 99999999999 bytes was announced, more than the longest string of the "
        "run (1073741824 bytes)")
GIVEN_UP = "the connection was given up after an earlier failure"
CASES = {  # server, WebSocket?, the reads' lines, the write's line
    "websocket-cut": (_ws_cut, True, [
        f"1, , 1, {{r}}: {CLOSED} after 300 of the 1000 bytes its message announced.",
        f"2, , 1, {{r}}: {CLOSED}.", f"3, , 1, {{r}}: {CLOSED}."], None),
    "websocket-closed": (_ws_closed, True, [
        f"1, , 1, {{r}}: {WS_CLOSE}.", f"2, , 1, {{r}}: {WS_CLOSE}.",
        f"3, , 1, {{r}}: {WS_CLOSE}."], f"0, 1, {{w}}: {WS_CLOSE}."),
    "websocket-huge": (_ws_huge, True, [
        f"1, , 1, {{r}}: {HUGE_WS}.", f"2, , 1, {{r}}: {GIVEN_UP} ({HUGE_WS}).",
        f"3, , 1, {{r}}: {GIVEN_UP} ({HUGE_WS})."], None),
    "size-cut": (_size_cut, False, [
        "1, hello, 0, ",
        f"2, , 1, {{r}}: {CLOSED} after 5 of the 10 bytes its message announced.",
        f"3, , 1, {{r}}: {CLOSED}."], None),
    "size-huge": (_size_huge, False, [
        f"1, , 1, {{r}}: {HUGE}.", f"2, , 1, {{r}}: {GIVEN_UP} ({HUGE}).",
        f"3, , 1, {{r}}: {GIVEN_UP} ({HUGE})."], None),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reads_after_an_end_fail_at_once_in_words(lang: str, case: str) -> None:
    script, websocket, reads, written = CASES[case]
    server = RawServer(script)
    code = (READS_EN if lang == "en" else READS_FR).format(
        connect=CONNECT[lang][websocket].format(port=server.port))
    out, err = io.StringIO(), io.StringIO()
    try:  # (a read that waited after the end would say "no message within 3000 ms")
        run_source(code, "reads.wl", stdout=out, stderr=err)
    finally:
        server.close()
    names = ({"r": "SocketRead", "w": "SocketWrite"} if lang == "en"
             else {"r": "SocketLit", "w": "SocketEcrit"})
    lines = out.getvalue().splitlines()
    assert lines[:3] == [line.format(**names) for line in reads]
    if written is not None:
        assert lines[3] == written.format(**names)
    assert err.getvalue() == ""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_message_cut_before_its_end_marker_says_what_was_dropped(lang: str) -> None:
    server = RawServer(_tag_cut)
    mode = ('SocketChangeTransmissionMode("c", SocketEndTag)' if lang == "en"
            else 'SocketChangeModeTransmission("c", SocketMarqueurFin)')
    code = (READS_EN if lang == "en" else READS_FR).format(
        connect=CONNECT[lang][False].format(port=server.port)).replace(
        "\n", "\n    " + mode + "\n", 1)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code, "reads.wl", stdout=out, stderr=err)
    finally:
        server.close()
    r = "SocketRead" if lang == "en" else "SocketLit"
    assert out.getvalue().splitlines()[:3] == [
        "1, hello, 0, ",
        f"2, , 1, {r}: {CLOSED} after 3 bytes of a message, before its end marker (they "
        "are not given).",
        f"3, , 1, {r}: {CLOSED}."]
    assert err.getvalue() == ""


def _closes_at_once(conn: socket.socket, stop: threading.Event) -> None:
    conn.close()


WRITES = {"en": """IF SocketConnect("c", {port}, "127.0.0.1") THEN
    Multitask(50)
    FOR i = 1 TO 4
        IF NOT SocketWrite("c", "hello") THEN Trace(ErrorInfo(errMessage))
        Multitask(20)
    END
END
""", "fr": """SI SocketConnecte("c", {port}, "127.0.0.1") ALORS
    Multitâche(50)
    POUR i = 1 _À_ 4
        SI PAS SocketEcrit("c", "hello") ALORS Trace(ErreurInfo(errMessage))
        Multitâche(20)
    FIN
FIN
"""}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_write_to_a_side_that_closed_says_so(lang: str) -> None:
    """It said the system's "Broken pipe." alone. (The first write after the close may
    still be taken by the system: TCP learns of the close from the answer to it.) The
    pauses (0.5 s before the first write, 0.2 s between writes; were 3 s and 1 s) only
    let the server's close and the answer to a write arrive: on loopback they take
    microseconds, a loaded machine's scheduling some tens of milliseconds."""
    server = RawServer(_closes_at_once)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(WRITES[lang].format(port=server.port), "writes.wl", stdout=out, stderr=err)
    finally:
        server.close()
    w = "SocketWrite" if lang == "en" else "SocketEcrit"
    lines = out.getvalue().splitlines()
    assert lines, "no write failed"
    assert all(line.startswith(f"{w}: the other side closed the connection (") and
               line.endswith("); the message did not reach it.") for line in lines), lines
    assert err.getvalue() == ""
