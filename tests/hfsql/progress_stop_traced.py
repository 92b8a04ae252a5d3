"""Child process of test_sqlite_progress_stop_anywhere.py: a tracer raises a stop at one
instruction of the SQLite progress handler (wlinterp/hfsql/sqlite_stop.py `_steps`), as a
pending signal's handler does where the interpreter looks, and this prints what followed
as JSON.

It runs in an interpreter of its own: in a test worker that had run other tests first,
the traced query twice ran on for many minutes (process-wide state left by an earlier
test: tracing, signal or interpreter state), while it took a second alone. A fresh
process owns all of that state, and the test bounds it with a timeout.

    python progress_stop_traced.py offsets      -> [[offset, opname], ...]
    python progress_stop_traced.py stop OFFSET  -> {"unstopped": n, "interrupted": ...}
    python progress_stop_traced.py twice OFFSET -> {"fired": 2, "next": [n, n], ...}
"""
from __future__ import annotations

import dis
import json
import sqlite3
import sys
from types import FrameType
from typing import Any, Callable

from wlinterp.hfsql import sqlite_stop
from wlinterp.hfsql.sqlite_stop import raise_stop, watch

STEPS = sqlite_stop._steps.__code__
BOUNDED = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 100000) "
           "SELECT count(*) FROM c")

Tracer = Callable[[FrameType, str, Any], Any]


class Stop(BaseException):
    """What a signal handler raises (KeyboardInterrupt, the time limit's), under a name
    of its own."""


def _traced(local: Tracer) -> Tracer:
    """A global tracer handing the handler's frames, and only them, to `local`."""
    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code is not STEPS:
            return None
        frame.f_trace_opcodes = True
        return local
    return tracer


def _run_traced(conn: sqlite3.Connection, local: Tracer) -> int:
    """`BOUNDED` on `conn` with `local` tracing the progress handler; its count."""
    sys.settrace(_traced(local))
    try:
        return int(conn.execute(BOUNDED).fetchone()[0])
    finally:
        sys.settrace(None)


def loop_offsets() -> list[list[Any]]:
    """The instructions the handler runs on the looks of a query that goes on (its
    steady loop), with their names."""
    seen: set[int] = set()

    def record(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode":
            seen.add(frame.f_lasti)
        return record
    conn = sqlite3.connect(":memory:")
    watch(conn)
    _run_traced(conn, record)
    conn.close()
    names = {i.offset: i.opname for i in dis.get_instructions(STEPS)}
    return [[offset, names.get(offset, "?")] for offset in sorted(seen)]


def stop_at(offset: int) -> dict[str, Any]:
    """A query, then a query stopped at `offset`, then the stop raised, then a query."""
    conn = sqlite3.connect(":memory:")
    watch(conn)
    seen: dict[str, Any] = {"unstopped": int(conn.execute(BOUNDED).fetchone()[0])}
    fired: list[int] = []

    def stopper(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode" and frame.f_lasti == offset and not fired:
            fired.append(offset)
            raise Stop
        return stopper
    try:
        seen["stopped_query"] = _run_traced(conn, stopper)
    except sqlite3.OperationalError as error:
        seen["stopped_query"] = str(error)
    seen["fired"] = fired
    seen["raised"] = _raised()
    seen["raised_again"] = _raised()
    seen["next"] = int(conn.execute(BOUNDED).fetchone()[0])
    return seen


def stop_twice_at(offset: int) -> dict[str, Any]:
    """A query stopped at `offset`, a second stop landing while the handler keeps the
    first (in `keep`: a tracer that raises is switched off, so this one is raised by
    `keep` itself), then the stop raised, then two queries. The second stop ended the
    handler's generator, and every later query of the connection was aborted."""
    conn = sqlite3.connect(":memory:")
    watch(conn)
    fired: list[int] = []
    keep = sqlite_stop.keep

    def keep_interrupted(raised: BaseException) -> None:
        keep(raised)
        if len(fired) == 1:
            fired.append(0)
            raise Stop

    def stopper(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode" and frame.f_lasti == offset and not fired:
            fired.append(offset)
            raise Stop
        return stopper
    sqlite_stop.keep = keep_interrupted  # type: ignore[assignment]
    seen: dict[str, Any] = {}
    try:
        seen["stopped_query"] = _run_traced(conn, stopper)
    except sqlite3.OperationalError as error:
        seen["stopped_query"] = str(error)
    finally:
        sqlite_stop.keep = keep  # type: ignore[assignment]
    seen["fired"] = len(fired)
    seen["raised"] = _raised()
    seen["next"] = [_count(conn) for _ in range(2)]
    return seen


def _count(conn: sqlite3.Connection) -> Any:
    """BOUNDED's count, or the error that aborted it."""
    try:
        return int(conn.execute(BOUNDED).fetchone()[0])
    except sqlite3.OperationalError as error:
        return str(error)


def _raised() -> str:
    """The name of what raise_stop raises, "" for nothing."""
    try:
        raise_stop()
    except BaseException as stop:  # Stop, or a wrong one the test names
        return type(stop).__name__
    return ""


if __name__ == "__main__":
    if sys.argv[1] == "offsets":
        print(json.dumps(loop_offsets()))
    elif sys.argv[1] == "twice":
        print(json.dumps(stop_twice_at(int(sys.argv[2]))))
    else:
        print(json.dumps(stop_at(int(sys.argv[2]))))
