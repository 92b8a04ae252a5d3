"""What a capture opens before it serves: its Maildir, its journal and its ports.

Split from server.py so that this part runs without asyncio and aiosmtpd, whose imports
are most of a capture's start. The child of `wl run --capture` (child.py) opens first
and says it is ready, then imports the server and starts serving: a client that
connects meanwhile waits in the listening socket's queue for its greeting, while
`wl run` reads and compiles the script instead of waiting. Everything that can fail for
a reason the user must hear (an unwritable DIR, a link in it, a busy port) fails here,
before the child says it is ready.
"""

from __future__ import annotations

import errno
import socket
from dataclasses import dataclass, field

from .faults import FaultPlan
from .store import CaptureStore, MailboxError
from .tls import HOST

__all__ = ["Opened", "bind", "capture_error", "open_capture"]


@dataclass
class Opened:
    """A capture's store (journal started) and bound sockets, not yet served."""

    store: CaptureStore
    plain: socket.socket
    implicit: socket.socket | None = None
    sockets: list[socket.socket] = field(default_factory=list)

    def close(self) -> None:
        for sock in self.sockets:
            sock.close()


def bind(port: int, *, exclusive: bool) -> socket.socket:
    """Bind 127.0.0.1:port now, so a busy port is reported before anything starts."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if not exclusive:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise MailboxError(f"port {port} on {HOST} is already in use.") from None
        raise MailboxError(f"cannot listen on {HOST}:{port}: {error.strerror or error}.") from None
    return sock


def capture_error(directory: str, error: OSError) -> MailboxError:
    """The one line for an OSError met while opening or starting a capture (a link as
    wl-tls, a full disk)."""
    where = f" ({error.filename})" if error.filename else ""
    return MailboxError(f"cannot capture into {directory}: {error.strerror or error}{where}.")


def open_capture(directory: str, faults: FaultPlan, *, port: int = 0, tls: bool = True,
                 tls_port: int = 0, files_first: bool = True, listen: bool = False) -> Opened:
    """Open DIR for capturing (MailboxError: why not), start its journal, bind the
    ports. `listen`: the ports listen now (connections queue until the server serves
    them), unless CONNECT=refuse keeps them bound and silent."""
    store = CaptureStore.create(directory)
    sockets: list[socket.socket] = []
    try:
        store.start_journal(files_first=files_first)
        exclusive = faults.refuses_connections
        plain = bind(port, exclusive=exclusive)
        sockets.append(plain)
        implicit = None
        if tls:
            implicit = bind(tls_port, exclusive=exclusive)
            sockets.append(implicit)
            store.tls_dir()  # a link there is refused now, not later
        if listen and not exclusive:
            for sock in sockets:
                sock.listen(100)
        return Opened(store, plain, implicit, sockets)
    except BaseException as error:
        for sock in sockets:
            sock.close()
        store.stop_capturing()
        if isinstance(error, OSError):
            raise capture_error(directory, error) from None
        raise
