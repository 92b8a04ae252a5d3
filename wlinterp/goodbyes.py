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

__all__ = ["GOODBYE_WAIT", "await_closes", "send_goodbye"]

import selectors
import time
from typing import Any

GOODBYE_WAIT = 1.0
"""Seconds the end of a run waits, at most, for all the answers to its goodbyes."""


def send_goodbye(sock: Any, data: bytes, ends: float) -> bool:
    """Send `data` (a goodbye) on `sock` before `ends` (time.monotonic()); whether its
    answer is to be awaited (False: the connection is gone, or took nothing in time)."""
    try:
        sock.settimeout(max(ends - time.monotonic(), 0.001))
        sock.sendall(data)
    except OSError:
        return False
    return True


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
