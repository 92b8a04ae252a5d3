"""SocketRead against a peer that misbehaves (stdlib/socket_stream.py): each read ends in a
failed call (ErrorOccurred, ErrorInfo in WLanguage's words) within its timeout or at the
longest string, never a read that grows without end, Python's words, or a big message
read in quadratic time. Loopback only.

No durations are asserted (they fail under load): the buffer a socket reads into counts
what the reading does to it (bytes scanned for an end marker, bytes appended, whether it
stays the one buffer), and a trickling peer counts what it had sent when the read ended."""
from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Callable

import pytest

from loopback import RawServer
from wlinterp.engine import run_source
from wlinterp.stdlib import socket_stream

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


class _Trickle:
    """A peer sending 100 bytes and CR LF a byte every 0.3 s (30 s in all), counting the
    bytes it has sent."""

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        for byte in b"z" * 100 + b"\r\n":
            conn.sendall(bytes([byte]))
            self.sent += 1
            if stop.wait(0.3):
                return


class _Counted(bytearray):
    """A socket's read buffer that counts what is done to it."""

    scanned = 0  # bytes an end-marker search went over
    appended = 0  # bytes added at its end
    pieces = 0  # how many times bytes were added

    def find(self, sub: object, start: object = 0, *rest: object) -> int:  # type: ignore[override]
        self.scanned += max(0, len(self) - int(start))  # type: ignore[call-overload]
        return super().find(sub, start, *rest)  # type: ignore[arg-type]

    def __iadd__(self, data: object) -> "_Counted":  # type: ignore[override]
        self.appended += len(data)  # type: ignore[arg-type]
        self.pieces += 1
        return super().__iadd__(data)  # type: ignore[arg-type]


@pytest.fixture
def buffers(monkeypatch: pytest.MonkeyPatch) -> list[socket_stream.WLSocket]:
    """Every WLSocket the run creates, its read buffer a _Counted."""
    made: list[socket_stream.WLSocket] = []
    plain = socket_stream.WLSocket.__init__

    def counted(self: socket_stream.WLSocket, *args: object, **kwargs: object) -> None:
        plain(self, *args, **kwargs)  # type: ignore[arg-type]
        self.pending = _Counted()
        made.append(self)
    monkeypatch.setattr(socket_stream.WLSocket, "__init__", counted)
    return made


def _read(port: int, mode: str = "", wait: int = 2000, **options: object) -> list[str]:
    """SocketRead with a timeout of `wait` milliseconds (?3070014): what was traced."""
    out = io.StringIO()
    run_source(f'''SocketConnect("c", {port}, "127.0.0.1")
{mode}
m is string = SocketRead("c", True, {wait})
Trace(ErrorOccurred, Length(m))
Trace(ErrorInfo(errMessage))
SocketClose("c")
''', "sock.wl", stdout=out, stderr=io.StringIO(), options=dict(options))
    return out.getvalue().splitlines()


END_TAG = 'SocketChangeTransmissionMode("c", SocketEndTag, "#END#")'


def test_a_message_without_its_end_marker_stops_at_the_longest_string(peer, buffers) -> None:
    """It grew without end, searched from its start at each piece: each byte is now looked
    at about once (at most the marker's length again at each piece's seam)."""
    srv = peer(_endless)
    lines = _read(srv.port, END_TAG, wait=10000, max_string=1 << 20)
    assert lines == ["1, 0", "SocketRead: no end of message within 1048576 bytes, the "
                     "longest string of the run."], lines
    (buf,) = [s.pending for s in buffers]
    assert isinstance(buf, _Counted)
    assert (1 << 20) < buf.appended <= (1 << 20) + 65536, buf.appended
    assert buf.scanned <= buf.appended + len("#END#") * buf.pieces, (buf.scanned, buf.pieces)


def test_the_timeout_bounds_the_whole_message(peer) -> None:
    """A byte every 0.3 s, each wait under the 2 s timeout: it read for 30 s, until the
    message's end came. The read now ends with the peer far from done (its 102 bytes take
    30 s to send; the read gives up 2 s into them)."""
    trickle = _Trickle()
    srv = peer(trickle)
    lines = _read(srv.port, 'SocketChangeTransmissionMode("c", SocketEndTag)')
    assert lines == ["1, 0", "SocketRead: no message within 2000 ms (the read's "
                     "timeout)."], lines
    assert 0 < trickle.sent < 102, trickle.sent


@pytest.mark.parametrize("start, shown", [(b"hello\r\nabc", "hello"),
                                          (b"9" * 5000 + b"\r\nabc", "9" * 24),
                                          (b"7" * 100_000, "7" * 24)])
def test_a_message_that_does_not_start_with_its_size(peer, start: bytes, shown: str) -> None:
    """Python's words were shown ("invalid literal for int()", "Exceeds the limit (4300
    digits)"), or the digits were read without end."""
    srv = peer(_sends(start))
    lines = _read(srv.port)
    assert lines == ["1, 0", "SocketRead: the message does not start with its size in "
                     f"bytes (it starts with '{shown}')."], lines


def test_an_announced_size_beyond_the_longest_string(peer) -> None:
    srv = peer(_sends(b"5000000\r\nabc"))
    lines = _read(srv.port, max_string=1 << 20)
    assert lines == ["1, 0", "SocketRead: a message of 5000000 bytes was announced, more "
                     "than the longest string of the run (1048576 bytes)."], lines


def test_a_big_message_is_read_in_linear_time(peer, buffers) -> None:
    """Each piece of a message copied all the bytes before it (50 MB: 27 s on a loaded
    machine); now one buffer grows in place: each byte is appended once, to the buffer the
    socket started with, and the size line is searched for in its first bytes only."""
    body = b"y" * 30_000_000
    srv = peer(_sends(b"%d\r\n" % len(body) + body))
    lines = _read(srv.port, wait=20000)
    assert lines == ["0, 30000000", ""], lines
    (sock,) = buffers
    buf = sock.pending
    assert isinstance(buf, _Counted)  # the same buffer throughout, never a copy
    assert buf.appended == len(body) + len(b"30000000\r\n"), buf.appended
    assert buf.scanned <= 65536 * 2, buf.scanned


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
    (b"abc", END_TAG, "the connection was closed by the other side after 3 bytes of a "
                      "message, before its end marker (they are not given)")],
    ids=["size", "end-tag"])
def test_a_message_cut_by_the_other_side_says_how_much_came(peer, sent: bytes, mode: str,
                                                            why: str) -> None:
    """It said only "the connection was closed by the other side" of a sized message. (The
    read ends on the close, not at its timeout: that one says "no message within the
    timeout".)"""
    srv = peer(_sends_then_closes(sent))
    lines = _read(srv.port, mode)
    assert lines == ["1, 0", f"SocketRead: {why}."], lines
