"""Connections closed politely: the goodbye each protocol has (a WebSocket's close frame,
FTP's and SMTP's QUIT) sent, then its answer read and dropped until the peer closes the
connection, GOODBYE_WAIT at most (closing at once, unread bytes pending, makes the system
reset the connection, and the peer may lose the goodbye). The answer changes nothing.

At the end of a run, every protocol's connections still open are closed together, with one
wait (`Farewells`): each protocol's end-of-run hook hands its goodbyes to the run's
Farewells, whose own hook, registered before theirs, runs after them, sends every goodbye,
then awaits all the answers, POP3's and IMAP's sessions ending in their threads at the same
time, GOODBYE_WAIT at most for all. Each protocol waited its own second, one after another
(an SMTP, an FTP and a WebSocket connection to silent servers: 3 s), and before that each
connection its own timeout (three SMTP sessions: three times EmailSetTimeOut's ten minutes).
Used by stdlib/websocket_frames.py and sockets.py, stdlib/ftp_session.py, mail/sessions.py,
mail/transport.py, mail/reading.py and mail/read_state.py.
"""
from __future__ import annotations

__all__ = ["GOODBYE_WAIT", "Farewells", "await_closes", "part", "per_run", "send_goodbye"]

import selectors
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")

GOODBYE_WAIT = 1.0
"""Seconds a goodbye's answer is awaited, at most: all of them together at the end of a run,
or one said by EmailCloseSession or FTPDisconnect (`part`)."""


def send_goodbye(sock: Any, data: bytes, ends: float) -> bool:
    """Send `data` (a goodbye) on `sock` before `ends` (time.monotonic()); whether its
    answer is to be awaited (False: the connection is gone, or took nothing in time)."""
    try:
        sock.settimeout(max(ends - time.monotonic(), 0.001))
        sock.sendall(data)
    except OSError:
        return False
    return True


class Farewells:
    """The goodbyes of the connections a run leaves open, said together at its end."""

    def __init__(self) -> None:
        self._goodbyes: list[tuple[Any, bytes]] = []
        self._waits: list[Callable[[float], None]] = []
        self._closes: list[Callable[[], None]] = []
        self._hearers: dict[Any, Callable[[bytes], None]] = {}

    def add(self, sock: Any, data: bytes | None, close: Callable[[], None],
            heard: Callable[[bytes], None] | None = None) -> None:
        """Say `data` on `sock` (None, or `sock` None: nothing to say, e.g. a connection
        given up after a failure), then run `close` once the answers are in or the wait
        is over. `heard(piece)` is given each piece of the answer as it is read (SMTP
        judges the first reply after QUIT: mail/transport.py quit_all)."""
        if data is not None and sock is not None:
            self._goodbyes.append((sock, data))
            if heard is not None:
                self._hearers[sock] = heard
        self._closes.append(close)

    def wait_also(self, wait: Callable[[float], None]) -> None:
        """`wait(ends)` is called during the wait (a session ending in a thread of its own
        joins it until `ends`, time.monotonic(), and reports what it left)."""
        self._waits.append(wait)

    def say_all(self) -> None:
        """The end of the run: every goodbye sent, every answer awaited until the peers
        close or GOODBYE_WAIT runs out, then every connection closed; each close and
        each wait runs even if another failed (the first failure raised after)."""
        goodbyes, self._goodbyes = self._goodbyes, []
        waits, self._waits = self._waits, []
        closes, self._closes = self._closes, []
        hearers, self._hearers = self._hearers, {}
        ends = time.monotonic() + GOODBYE_WAIT
        errors: list[BaseException] = []
        try:
            await_closes([sock for sock, data in goodbyes if send_goodbye(sock, data, ends)],
                         ends, hearers)
        finally:
            for job in [*(lambda w=w: w(ends) for w in waits), *closes]:
                try:
                    job()
                except Exception as exc:  # raised once all the others ran
                    errors.append(exc)
        if errors:
            raise errors[0]


def per_run(rt: Any, key: str, make: Callable[[], T],
            on_exit: Callable[[T, Farewells], None]) -> T:
    """A network family's per-run state (`rt.per_run`), whose end-of-run hook
    `on_exit(value, farewells)` hands its goodbyes to the run's Farewells. The Farewells
    are made first, so their hook (registered before the family's) runs after it."""
    farewells: Farewells = rt.per_run("goodbyes", Farewells, Farewells.say_all)
    return rt.per_run(key, make, lambda value: on_exit(value, farewells))


def part(sock: Any, data: bytes | None) -> None:
    """One connection's goodbye said now (EmailCloseSession, FTPDisconnect): `data` sent on
    `sock`, then its answer read and dropped until the peer closes, GOODBYE_WAIT at most,
    as at the end of a run. The answer changes nothing, so a peer silent after it no longer
    holds the call the whole timeout (EmailSetTimeOut's ten minutes by default). The caller
    closes `sock`; `sock` or `data` None (no connection, nothing to say) does nothing."""
    if sock is None or data is None:
        return
    ends = time.monotonic() + GOODBYE_WAIT
    if send_goodbye(sock, data, ends):
        await_closes([sock], ends)


def await_closes(socks: list[Any], ends: float,
                 hearers: dict[Any, Callable[[bytes], None]] | None = None) -> None:
    """Read and drop what each of `socks` receives until the peer closes it, or until
    `ends` (time.monotonic()) for all of them together; what a socket of `hearers` receives
    is given to its hearer first."""
    with selectors.DefaultSelector() as pending:
        for sock in socks:
            try:
                pending.register(sock, selectors.EVENT_READ)
            except (ValueError, OSError):
                pass  # (closed already)
        while pending.get_map() and (left := ends - time.monotonic()) > 0:
            for key, _ in pending.select(left):
                if not _drained(key.fileobj, ends, (hearers or {}).get(key.fileobj)):
                    pending.unregister(key.fileobj)


def _drained(sock: Any, ends: float, heard: Callable[[bytes], None] | None = None) -> bool:
    """Read and drop what `sock` holds (given to `heard` first); False once the peer
    closed it (or it failed)."""
    try:
        sock.settimeout(max(ends - time.monotonic(), 0.001))
        piece = sock.recv(4096)
    except OSError:
        return False
    if piece and heard is not None:
        heard(piece)
    return bool(piece)
