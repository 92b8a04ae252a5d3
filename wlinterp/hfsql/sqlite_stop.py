"""Stopping a run during a long SQLite query (`wl run --timeout`, Ctrl-C, SIGTERM).

SQLite runs a query inside one C call: no Python signal handler runs until it ends, so
a query that never ends (an endless `WITH RECURSIVE`) ran forever and ignored the time
limit, Ctrl-C and SIGTERM. Every PROGRESS_STEPS steps of its virtual machine SQLite now
calls a progress handler in Python, where a pending handler runs and raises its stop;
the handler keeps that stop and aborts the query, and the H* call that ran it raises it
again (`raise_stop`, stdlib/hfsql_base.py): sqlite3 drops an exception raised in a
progress handler, so Ctrl-C and SIGTERM would otherwise be lost.
"""
from __future__ import annotations

__all__ = ["PROGRESS_STEPS", "watch", "raise_stop"]

import sqlite3
from typing import Iterator

PROGRESS_STEPS = 20_000  # about a millisecond of a query's work between two looks

_STOPS: list[BaseException] = []  # stops caught in a query, for its H* call to raise


def _steps() -> Iterator[int]:
    """The progress handler's body, a generator resumed by SQLite (its `__next__`): a
    pending signal handler runs where it resumes, after the `yield`, inside the `try`
    (a plain function would run it on entry, before any `try` could catch the stop)."""
    while True:
        try:
            yield 0  # go on
        except GeneratorExit:
            raise
        except BaseException as stop:  # --timeout, Ctrl-C, SIGTERM: kept, query aborted
            _STOPS.append(stop)
            yield 1


def watch(conn: sqlite3.Connection) -> None:
    """Let a stop of the run abort `conn`'s queries."""
    steps = _steps()
    next(steps)  # started: SQLite's first call resumes it after its `yield`
    conn.set_progress_handler(steps.__next__, PROGRESS_STEPS)


def raise_stop() -> None:
    """Raise the stop a query was aborted for, if one was."""
    if _STOPS:
        stop = _STOPS.pop()
        _STOPS.clear()
        raise stop.with_traceback(None)
