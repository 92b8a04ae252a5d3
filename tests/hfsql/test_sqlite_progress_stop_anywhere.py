"""A stop (`--timeout`, Ctrl-C, SIGTERM) landing at any instruction of the SQLite
progress handler's loop is kept: the query is aborted, its H* call raises the stop, and
the connection's next query runs. The loop sat outside the handler's `try`: a stop
landing on its jump back escaped into sqlite3, which dropped it, and the handler, over,
aborted every later query (wlinterp/hfsql/sqlite_stop.py `_steps`).

A tracer raises the stop at one instruction of the handler, as a pending signal's
handler does where the interpreter looks (a call, a resume, a jump back). The test owns
what it changes: the tracer is removed and the previous one put back, the kept stops
of earlier tests are set aside and restored, the stop is a class of its own (an escaped
KeyboardInterrupt would end the test session), and every query is bounded (a stop never
raised lets it end, and the test fail, instead of running on)."""
from __future__ import annotations

import sqlite3
import sys
import threading
from types import FrameType
from typing import Any, Callable, Iterator

import pytest

from wlinterp.hfsql import sqlite_stop
from wlinterp.hfsql.sqlite_stop import raise_stop, watch

STEPS = sqlite_stop._steps.__code__
BOUNDED = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 100000) "
           "SELECT count(*) FROM c")


class Stop(BaseException):
    """What a signal handler raises (KeyboardInterrupt, the time limit's), under a name
    of its own."""


Tracer = Callable[[FrameType, str, Any], Any]


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
    before = sys.gettrace()
    sys.settrace(_traced(local))
    try:
        return int(conn.execute(BOUNDED).fetchone()[0])
    finally:
        sys.settrace(before)


def _loop_offsets() -> list[int]:
    """The offsets of the instructions the handler runs on a look of a query that goes
    on (its steady loop), seen by a tracer on a bounded query."""
    seen: set[int] = set()

    def record(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode":
            seen.add(frame.f_lasti)
        return record
    conn = sqlite3.connect(":memory:")
    watch(conn)
    _run_traced(conn, record)
    conn.close()
    return sorted(seen)


@pytest.fixture
def own_state() -> Iterator[None]:
    """No kept stop, tracer or thread tracer of an earlier test in the way; each comes
    back as it was."""
    kept = list(sqlite_stop._STOPS)
    sqlite_stop._STOPS.clear()
    trace, thread_trace = sys.gettrace(), threading.gettrace()
    sys.settrace(None)
    threading.settrace(None)  # type: ignore[arg-type]
    try:
        yield
    finally:
        sys.settrace(trace)
        threading.settrace(thread_trace)  # type: ignore[arg-type]
        sqlite_stop._STOPS[:] = kept


def test_the_loop_is_seen_whole(own_state: None) -> None:
    """The offsets below are those of the whole loop: a call, a yield and a jump back
    (the resume after the yield is no instruction a tracer sees, and a tracer raising
    as the generator resumes leaves it without its handlers, where a signal's handler
    raises at the resume, inside the `try`)."""
    names = {i.offset: i.opname for i in __import__("dis").get_instructions(STEPS)}
    ops = {names[o] for o in _loop_offsets()}
    assert {"CALL", "YIELD_VALUE", "JUMP_BACKWARD"} <= ops, ops


@pytest.mark.parametrize("offset", _loop_offsets())
def test_a_stop_at_any_instruction_of_the_loop_is_kept(own_state: None, offset: int) -> None:
    conn = sqlite3.connect(":memory:")
    watch(conn)
    assert int(conn.execute(BOUNDED).fetchone()[0]) == 100000  # an unstopped query ends
    fired: list[int] = []

    def stop_at(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode" and frame.f_lasti == offset and not fired:
            fired.append(offset)
            raise Stop
        return stop_at
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        _run_traced(conn, stop_at)
    assert fired == [offset]
    with pytest.raises(Stop):
        raise_stop()
    raise_stop()  # raised once
    assert int(conn.execute(BOUNDED).fetchone()[0]) == 100000  # the next query runs
