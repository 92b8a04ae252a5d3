"""A small bounded pool of PostgreSQL connections, shared by every Database of the
process: `wl test` cases, `wl run`s in one process, connections opened with
HOpenConnection and threads each take one and give it back instead of connecting again.

Own code rather than the psycopg_pool package: the data layer needs only take/give back
with a clean session state, thread safety and a bound — not a dependency with its own
worker threads. A connection given back is cleaned (`ROLLBACK` if needed, then
`RESET ALL`, `DISCARD TEMP`, `pg_advisory_unlock_all()`, `UNLISTEN *`: settings such as
a test case's search_path, temporary query tables, advisory locks and LISTENs go;
psycopg's prepared statements stay, as psycopg still knows them) before another run may
take it; one the server ended while it waited is dropped rather than handed out
(`still_open`).
"""
from __future__ import annotations

__all__ = ["ConnectionPool", "POOL", "still_open"]

import atexit
import select
import threading
from typing import Any, Callable

IDLE_PER_URL = 4  # connections kept open per database URL when nobody uses them
IDLE_TOTAL = 8  # and in all (a test session opens many databases on one server)


class ConnectionPool:
    """Idle connections, oldest first, at most `size` per URL and `total` in all;
    thread-safe."""

    def __init__(self, size: int = IDLE_PER_URL, total: int = IDLE_TOTAL) -> None:
        self.size = size
        self.total = total
        self._idle: list[tuple[str, Any]] = []
        self._lock = threading.Lock()

    def take(self, url: str, connect: Callable[[], Any]) -> tuple[Any, bool]:
        """An open connection to `url` and whether it is new (never used before)."""
        dead: list[Any] = []
        try:
            with self._lock:
                for n in range(len(self._idle) - 1, -1, -1):
                    if self._idle[n][0] == url:
                        conn = self._idle.pop(n)[1]
                        if still_open(conn):
                            return conn, False
                        dead.append(conn)
        finally:
            for conn in dead:  # ended by the server while idle: never handed out
                conn.close()
        return connect(), True

    def give_back(self, url: str, conn: Any) -> None:
        """Clean the session and keep it for the next user (or close it: broken, or
        beyond the bounds — then the oldest idle one goes)."""
        if conn.closed:
            return
        if conn.info.transaction_status in (1, 4):  # a command still running, or lost
            _cancelled(conn)
            return
        try:
            if conn.info.transaction_status != 0:  # not idle: a transaction is open
                conn.rollback()
            with conn.pipeline():  # not DISCARD ALL: psycopg's prepared statements stay
                conn.execute("RESET ALL")
                conn.execute("DISCARD TEMP")
                conn.execute("SELECT pg_advisory_unlock_all()")
                conn.execute("UNLISTEN *")  # a run's LISTEN is not the next run's
        except Exception:  # noqa: BLE001 - a broken connection is simply dropped
            conn.close()
            return
        with self._lock:
            self._idle.append((url, conn))
            mine = [n for n, (u, _) in enumerate(self._idle) if u == url]
            drop = [self._idle[mine[0]]] if len(mine) > self.size else []
            self._idle = [e for e in self._idle if e not in drop]
            while len(self._idle) > self.total:
                drop.append(self._idle.pop(0))
        for _, old in drop:
            old.close()

    def idle_count(self, url: str) -> int:
        with self._lock:
            return sum(1 for u, _ in self._idle if u == url)

    def close_all(self) -> None:
        with self._lock:
            conns = [c for _, c in self._idle]
            self._idle.clear()
        for conn in conns:
            conn.close()


def _cancelled(conn: Any) -> None:
    """Cancel the command a session is still running, and close the session: a run
    stopped by --timeout, Ctrl-C or SIGTERM while a query waited for its rows gave the
    session back here, and the rollback waited for the query to end (`--timeout 3` on
    a 60 s query stopped the run after 61 s); the server would have gone on running it
    for nobody."""
    try:
        conn.cancel_safe(timeout=5)
    except Exception:  # noqa: BLE001 - the server is gone or slow: closing is enough
        pass
    conn.close()


_ENDING = ("FATAL", "PANIC")
"""The severities of a server's message that ends the session (pg_terminate_backend, a
shutdown: `FATAL: terminating connection due to administrator command`)."""
_POLLS = 8
"""How many times what came is read before the connection counts as open: a server still
sending after that (notifications without end) is alive."""


def still_open(conn: Any) -> bool:
    """Whether an idle connection can be used: not closed or broken, and the server did
    not end the session since its last answer. A session the server ended while the
    connection waited (pg_terminate_backend, a restart) has sent its FATAL message or
    closed the socket: handing it out made the next run's first H* call fail with a
    lost connection. What came is read (no round trip): a notification of a LISTEN
    (NOTIFY from another session), a notice or a changed setting leaves the connection
    open; libpq keeps the notifications for psycopg. Taking anything that came for the
    end of the session (it did) made HReconnect drop a live connection, and with it the
    script's LISTEN (the next notifications were lost) and its locks (said to be
    released by the server)."""
    if conn.closed or conn.broken:
        return False
    ending: list[bool] = []

    def notice(diagnostic: Any) -> None:
        ending.append(diagnostic.severity_nonlocalized in _ENDING)

    conn.add_notice_handler(notice)
    try:
        for _ in range(_POLLS):
            try:
                ready, _, _ = select.select([conn.fileno()], [], [], 0)
            except (OSError, ValueError):
                return False
            if not ready:
                break
            try:  # read (an error when the socket closed), then parse: a FATAL message
                conn.pgconn.consume_input()  # reaches `notice`, a notification libpq's list
                conn.pgconn.is_busy()
            except Exception:  # noqa: BLE001 - psycopg's OperationalError: gone
                return False
            if any(ending) or conn.pgconn.status != 0:  # (0: CONNECTION_OK)
                return False
    finally:
        conn.remove_notice_handler(notice)
    return True


POOL = ConnectionPool()
atexit.register(POOL.close_all)
