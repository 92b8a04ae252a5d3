"""Several connections closed at once, politely: the goodbye each protocol has (a
WebSocket's close frame, FTP's and SMTP's QUIT) sent on all of them first, then their
answers awaited together, so that n silent peers cost one wait, not n (the end of a run
closed what was left one after another, each waiting its own timeout: three SMTP sessions
to a server silent after QUIT held it three times EmailSetTimeOut's ten minutes).

The answer is read and dropped until the peer closes the connection: closing at once,
unread bytes pending, makes the system reset the connection, and the peer may lose the
goodbye. Used by stdlib/websocket_frames.py, stdlib/ftp_session.py and mail/sessions.py.
"""
from __future__ import annotations

__all__ = ["GOODBYE_WAIT", "await_closes", "part", "send_goodbye"]

import selectors
import time
from typing import Any

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


def part(sock: Any, data: bytes) -> None:
    """One connection's goodbye said now (EmailCloseSession, FTPDisconnect): `data` sent on
    `sock`, then its answer read and dropped until the peer closes, GOODBYE_WAIT at most,
    as at the end of a run. The answer changes nothing, so a peer silent after it no longer
    holds the call the whole timeout (EmailSetTimeOut's ten minutes by default). The caller
    closes `sock`; `sock` None (no connection) does nothing."""
    if sock is None:
        return
    ends = time.monotonic() + GOODBYE_WAIT
    if send_goodbye(sock, data, ends):
        await_closes([sock], ends)


def await_closes(socks: list[Any], ends: float) -> None:
    """Read and drop what each of `socks` receives until the peer closes it, or until
    `ends` (time.monotonic()) for all of them together."""
    with selectors.DefaultSelector() as pending:
        for sock in socks:
            try:
                pending.register(sock, selectors.EVENT_READ)
            except (ValueError, OSError):
                pass  # (closed already)
        while pending.get_map() and (left := ends - time.monotonic()) > 0:
            for key, _ in pending.select(left):
                if not _drained(key.fileobj, ends):
                    pending.unregister(key.fileobj)


def _drained(sock: Any, ends: float) -> bool:
    """Read and drop what `sock` holds; False once the peer closed it (or it failed)."""
    try:
        sock.settimeout(max(ends - time.monotonic(), 0.001))
        return bool(sock.recv(4096))
    except OSError:
        return False
