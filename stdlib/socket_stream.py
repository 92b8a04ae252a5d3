"""One named socket and the reading of its messages (stdlib/sockets.py), bounded against a
peer that misbehaves.

- A message is at most the longest string of the run (`--max-string`, 1 GiB at the
  most): a peer that streams bytes without ever sending the end marker, or the digits of
  a size without their CR LF, is refused there instead of filling the memory.
- The bytes read are kept in one buffer that grows in place, and the end marker is looked
  for only in what arrived since the last look: a 50 MB message took 27 s (each piece
  copied everything before it, and the marker was searched from the start every time).
- SocketRead's timeout bounds the reading of the whole message, not each wait for more
  bytes: a peer that trickled a byte just before each wait ended held the read for ever
  (*decided*, INFERRED: the help pages stored give the parameter, not this detail).
- SocketWrite gives up when the other side has taken no byte for WRITE_STALL seconds
  (`send_all`): a peer that never read held a write bigger than the system's buffers,
  and the whole run, for ever (*decided*, INFERRED: SocketWrite has no timeout parameter).
"""
from __future__ import annotations

__all__ = ["WLSocket", "in_slices", "untimed", "message_limit", "send_all", "MAX_MESSAGE",
           "DEFAULT_MODE", "WRITE_STALL", "CONNECT_WAIT_MS"]

import socket
import time
from typing import Any, Callable, TypeVar

from wlinterp.runtime.limits import max_string
from wlinterp.runtime.thread_gate import SLICE, waiting_forever

_T = TypeVar("_T")
_CHUNK = 65536
MAX_MESSAGE = 1 << 30
DEFAULT_MODE = 1
"""SocketSizeAtBeginning, a new socket's transmission mode (sockets.py declares it)."""
CONNECT_WAIT_MS = 20_000
"""SocketConnect's and SocketConnectSSL's timeout when none is given, in milliseconds."""
WRITE_STALL = CONNECT_WAIT_MS / 1000
"""Seconds a SocketWrite waits for the other side to take any byte: SocketConnect's default
timeout, the patience the script gave the connection when it named none."""
_SIZE_LINE = 24  # "1073741824\r\n" and some blanks: a longer size line is no size


def message_limit() -> int:
    """The longest message a read accepts, in bytes."""
    return min(MAX_MESSAGE, max_string())


class MessageCut(ConnectionError):
    """The other side closed the connection inside a message, before its end marker
    (read_until): `came`, what had come of it, for a caller that says it in its own words
    (a WebSocket handshake's answer, websocket_frames.check_opening)."""

    def __init__(self, words: str, came: bytes) -> None:
        super().__init__(words)
        self.came = came


class WLSocket:
    """One named socket: a connection, or a listening server."""

    def __init__(self, sock: socket.socket, server: bool = False, udp: bool = False) -> None:
        self.sock, self.server, self.udp = sock, server, udp
        self.mode, self.tag = DEFAULT_MODE, b"\r\n"
        self.pending = bytearray()  # bytes read past the last message
        self.accepted: list[socket.socket] = []
        self.peer: tuple[str, int] | None = None  # UDP: the last sender
        self.ends: float | None = None  # when the message being read must be in (None: never)
        self.taken = bytearray()  # what a timed read took of `pending` so far (put_back)
        self.tls: Any = None  # an SSL server: the ssl.SSLContext its connections use
        self.simple: WLSocket | None = None  # a simplified server's one client
        self.closing = False  # a WebSocket's close frame sent (websocket_frames.py)
        self.ended = ""
        """Why nothing more can be read (`end`): every later read fails at once so."""

    def close(self) -> None:
        """Close the socket and every connection it holds."""
        for conn in self.accepted:
            conn.close()
        if self.simple is not None:
            self.simple.sock.close()
        self.sock.close()

    def start_message(self, seconds: float | None) -> None:
        """A read of one message begins: it must be over within `seconds` (None: no limit).
        ConnectionError at once when the connection cannot be read any more (`end`)."""
        if self.ended:
            raise ConnectionError(self.ended)
        self.ends = None if seconds is None else time.monotonic() + seconds
        self.taken = bytearray()

    def end(self, why: str) -> None:
        """Nothing more can be read: the other side closed the connection inside a
        message, a WebSocket's server closed it, or a message broke the protocol, so the
        next one's start is unknown. What was read of the message is dropped (the failure
        said how much came): a later read parsed it as a message of its own (the middle
        of a WebSocket payload read as a close frame "code 30840: xxxx", a size line)."""
        self.ended = why
        self.pending.clear()
        self.taken = bytearray()

    def send(self, data: bytes) -> None:
        """SocketWrite's bytes; OSError once a WebSocket has ended (RFC 6455 5.5.1: no
        data after the close; it was sent to a server that had closed, and lost)."""
        if self.ended and self.closing:
            raise ConnectionError(self.ended)
        try:
            send_all(self.sock, data)
        except (BrokenPipeError, ConnectionResetError) as exc:  # said "Broken pipe." alone
            raise ConnectionError(f"the other side closed the connection ({exc.strerror}); "
                                  "the message did not reach it") from None

    def put_back(self) -> None:
        """A read that ran out of time in the middle of a message gives back what it took
        of it, so that the next read starts at that message again with the rest arrived
        (a timed-out read lost the part it had taken: the next one began inside the
        message, a WebSocket frame's payload read as a frame header, a size line gone)."""
        self.pending[:0] = self.taken
        self.taken = bytearray()

    def forget_taken(self, since: int) -> None:
        """Keep for put_back only what was taken before `since` (a length of `taken`):
        a part of the message dealt with already (a WebSocket ping answered) is not given
        back, or the next read would deal with it again (the ping answered twice)."""
        del self.taken[since:]

    def _take(self, n: int, also: int = 0) -> bytes:
        """The first `n` bytes of `pending`, removed with `also` more (a marker); kept
        for put_back while a time limit runs (only then: an untimed read never gives
        anything back, and a big message is not copied twice)."""
        head = bytes(self.pending[:n])
        if self.ends is not None:
            self.taken += self.pending[:n + also]
        del self.pending[:n + also]
        return head

    def read_until(self, marker: bytes, limit: int) -> bytes:
        """The bytes before `marker` (which is consumed); ValueError past `limit` bytes."""
        start = 0
        while (at := self.pending.find(marker, start)) < 0 and len(self.pending) <= limit:
            start = max(0, len(self.pending) - len(marker) + 1)
            try:
                self._fill()
            except ConnectionError:
                if not self.pending:
                    raise
                came = bytes(self.pending)
                self.end("the connection was closed by the other side")
                raise MessageCut(f"the connection was closed by the other side after "
                                 f"{len(came)} bytes of a message, before its end marker "
                                 "(they are not given)", came) from None
        if at < 0 or at > limit:
            raise ValueError(f"no end of message within {limit} bytes, the longest string "
                             "of the run")
        return self._take(at, len(marker))

    def read_exactly(self, n: int) -> bytes:
        """The `n` bytes a size announced; ConnectionError saying how many came when the
        other side closes before."""
        try:
            while len(self.pending) < n:
                self._fill()
        except ConnectionError:
            came = len(self.pending)
            self.end("the connection was closed by the other side")
            raise ConnectionError(f"the connection was closed by the other side after "
                                  f"{came} of the {n} bytes its message announced") from None
        return self._take(n)

    def take_pending(self, most: int = 0) -> bytes:
        """What arrived (SocketNoEndTag), at most `most` bytes when > 0 (the rest is kept
        for the next read), waiting for some when nothing has."""
        if not self.pending:
            self._fill()
        return self._take(len(self.pending) if most <= 0 else min(most, len(self.pending)))

    def _fill(self) -> None:
        """More bytes into `pending`; socket.timeout when the message's time is over,
        what the read took of the message then put back."""
        seconds = None if self.ends is None else self.ends - time.monotonic()
        try:
            if seconds is not None and seconds <= 0:
                raise socket.timeout("timed out")
            data = in_slices(self.sock, lambda: self.sock.recv(_CHUNK), seconds,
                             "SocketRead")
        except socket.timeout:
            self.put_back()
            raise
        if not data:
            raise ConnectionError("the connection was closed by the other side")
        self.pending += data

    def read_size(self) -> int:
        """The size that starts a message in SocketSizeAtBeginning mode: its decimal
        digits before CR LF (ValueError: a peer that sends something else)."""
        try:
            line = self.read_until(b"\r\n", _SIZE_LINE).strip()
        except ValueError:
            line = bytes(self.pending[:_SIZE_LINE])
        if line and (not line.isdigit() or len(line) > _SIZE_LINE - 2):
            shown = line[:_SIZE_LINE].decode("ascii", "backslashreplace")
            raise ValueError(f"the message does not start with its size in bytes (it starts "
                             f"with '{shown}')")
        return int(line or b"0")  # an empty size: an empty message


def in_slices(sock: socket.socket, op: Callable[[], _T], seconds: float | None,
              what: str = "a socket") -> _T:
    """Run the blocking call `op` on `sock` (a recv, an accept), waiting at most `seconds`
    (None: no limit), in slices of SLICE seconds: between two, Python code runs, so a
    thread's fatal error (runtime/thread_gate.py) or ThreadStop reaches a thread blocked
    here (a wait in one C call never saw them: the run hung). socket.timeout when the
    time ran out. The socket is left with a timeout: the caller resets it. A wait with
    no limit is marked as such (`what`, the function waiting): once the main code is over
    and every thread left waits so, the end of the run stops them with a warning (a
    server thread still in SocketWaitForConnection kept the run alive for ever)."""
    if seconds is not None and seconds <= SLICE:
        sock.settimeout(seconds)
        return op()
    deadline = None if seconds is None else time.monotonic() + seconds
    with waiting_forever(what, seconds):
        while True:
            left = SLICE if deadline is None else min(SLICE, deadline - time.monotonic())
            if left <= 0:
                raise socket.timeout("timed out")
            sock.settimeout(left)
            try:
                return op()
            except socket.timeout:
                continue


def untimed(sock: socket.socket) -> None:
    """Leave `sock` blocking after a timed wait. A socket another thread closed meanwhile
    (SocketClose, the end of the run) has no timeout to reset: the wait's own failure is
    what the script sees, not an OSError of the reset."""
    try:
        sock.settimeout(None)
    except OSError:
        pass


def send_all(sock: socket.socket, data: bytes) -> None:
    """Send `data` whole, in pieces, each wait in slices (in_slices: a thread's stop
    reaches it); TimeoutError when the other side took no byte for WRITE_STALL seconds,
    saying how much of it it had taken."""
    view, sent = memoryview(data), 0
    try:
        while sent < len(view):
            piece = view[sent:sent + _CHUNK]
            sent += in_slices(sock, lambda: sock.send(piece), WRITE_STALL)
    except socket.timeout:
        raise TimeoutError(f"the other side took no data for {WRITE_STALL:g} s ({sent} of "
                           f"{len(view)} bytes sent)") from None
    finally:
        untimed(sock)

