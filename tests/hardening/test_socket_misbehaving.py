"""SocketRead against a peer that misbehaves (stdlib/socket_stream.py): each read ends in a
failed call (ErrorOccurred, ErrorInfo in WLanguage's words) within its timeout or at the
longest string, never a read that grows without end, Python's words, or a big message
read in quadratic time. Loopback only."""
from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Callable

import pytest

from loopback import RawServer
from wlinterp.engine import run_source

Peer = Callable[[socket.socket, threading.Event], None]


def _sends(data: bytes) -> Peer:
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(data)
        stop.wait(20)
    return script


def _endless(conn: socket.socket, stop: threading.Event) -> None:
    ends = time.monotonic() + 20
    while not stop.is_set() and time.monotonic() < ends:
        conn.sendall(b"x" * 65536)


def _trickles(conn: socket.socket, stop: threading.Event) -> None:
    for byte in b"z" * 100 + b"\r\n":
        conn.sendall(bytes([byte]))
        if stop.wait(0.3):
            return


def _read(port: int, mode: str = "", wait: int = 2000, **options: object
          ) -> tuple[list[str], float]:
    """SocketRead with a timeout of `wait` milliseconds (?3070014): (what was traced,
    seconds taken)."""
    out = io.StringIO()
    began = time.monotonic()
    run_source(f'''SocketConnect("c", {port}, "127.0.0.1")
{mode}
m is string = SocketRead("c", True, {wait})
Trace(ErrorOccurred, Length(m))
Trace(ErrorInfo(errMessage))
SocketClose("c")
''', "sock.wl", stdout=out, stderr=io.StringIO(), options=dict(options))
    return out.getvalue().splitlines(), time.monotonic() - began


END_TAG = 'SocketChangeTransmissionMode("c", SocketEndTag, "#END#")'


def test_a_message_without_its_end_marker_stops_at_the_longest_string(peer) -> None:
    """It grew without end, searched from its start at each piece."""
    srv = peer(_endless)
    lines, took = _read(srv.port, END_TAG, wait=10000, max_string=1 << 20)
    assert lines == ["1, 0", "SocketRead: no end of message within 1048576 bytes, the "
                     "longest string of the run."], lines
    assert took < 8, took


def test_the_timeout_bounds_the_whole_message(peer) -> None:
    """A byte every 0.3 s, each wait under the 2 s timeout: it read for 30 s."""
    srv = peer(_trickles)
    lines, took = _read(srv.port, 'SocketChangeTransmissionMode("c", SocketEndTag)')
    assert lines == ["1, 0", "SocketRead: no message within the timeout."], lines
    assert took < 6, took


@pytest.mark.parametrize("start, shown", [(b"hello\r\nabc", "hello"),
                                          (b"9" * 5000 + b"\r\nabc", "9" * 24),
                                          (b"7" * 100_000, "7" * 24)])
def test_a_message_that_does_not_start_with_its_size(peer, start: bytes, shown: str) -> None:
    """Python's words were shown ("invalid literal for int()", "Exceeds the limit (4300
    digits)"), or the digits were read without end."""
    srv = peer(_sends(start))
    lines, _ = _read(srv.port)
    assert lines == ["1, 0", "SocketRead: the message does not start with its size in "
                     f"bytes (it starts with '{shown}')."], lines


def test_an_announced_size_beyond_the_longest_string(peer) -> None:
    srv = peer(_sends(b"5000000\r\nabc"))
    lines, _ = _read(srv.port, max_string=1 << 20)
    assert lines == ["1, 0", "SocketRead: a message of 5000000 bytes was announced, more "
                     "than the longest string of the run (1048576 bytes)."], lines


def test_a_big_message_is_read_in_linear_time(peer) -> None:
    """Each piece of a message copied all the bytes before it (50 MB: 27 s on a loaded
    machine); now one buffer grows in place."""
    body = b"y" * 30_000_000
    srv = peer(_sends(b"%d\r\n" % len(body) + body))
    lines, took = _read(srv.port, wait=20000)
    assert lines == ["0, 30000000", ""], lines
    assert took < 6, took


@pytest.mark.parametrize("greeting", [b"+OK ready\r\n", b"+\r\n"])
def test_an_imap_session_greeted_otherwise_says_so(peer: Callable[[Peer], RawServer],
                                                    greeting: bytes) -> None:
    """A server greeting with a continuation (`+OK`, a POP3 server's greeting read by
    IMAP) made imaplib quote its greeting as None: "the server replied None"."""
    srv = peer(_sends(greeting))
    out = io.StringIO()
    run_source(f'Trace(EmailStartIMAPSession("u", "p", "127.0.0.1", {srv.port}))\n'
               "Trace(ErrorInfo(errMessage))\n", "imap.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == [
        "0", f"IMAP server 127.0.0.1:{srv.port}, connection: the server did not greet as an "
        "IMAP server does (* OK or * PREAUTH)."], out.getvalue()


def _sends_then_closes(data: bytes) -> Peer:
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(data)
        conn.close()
    return script


@pytest.mark.parametrize("sent, mode, why", [
    (b"100\r\nabc", "", "the connection was closed by the other side after 3 of the 100 "
                        "bytes its message announced"),
    (b"abc", END_TAG, "the connection was closed by the other side")],
    ids=["size", "end-tag"])
def test_a_message_cut_by_the_other_side_says_how_much_came(peer, sent: bytes, mode: str,
                                                            why: str) -> None:
    """It said only "the connection was closed by the other side" of a sized message."""
    srv = peer(_sends_then_closes(sent))
    lines, took = _read(srv.port, mode)
    assert lines == ["1, 0", f"SocketRead: {why}."], lines
    assert took < 6, took
