"""Stopping a run during a long SQLite query (`wl run --timeout`, Ctrl-C, SIGTERM).

SQLite runs a query inside one C call: no Python signal handler runs until it ends, so
a query that never ends (an endless `WITH RECURSIVE`) ran forever and ignored the time
limit, Ctrl-C and SIGTERM. Every PROGRESS_STEPS steps of its virtual machine SQLite now
calls a progress handler in Python, where a pending handler runs and raises its stop;
the handler keeps that stop and aborts the query, and the H* call that ran it raises it
again (`raise_stop`, stdlib/hfsql_base.py): sqlite3 drops an exception raised in a
progress handler, so Ctrl-C and SIGTERM would otherwise be lost.

A stop can also land in Python code SQLite calls inside the query: the text collation
(collation.py) and WL.Function (`SQLiteCaller`, sqldialect.py). sqlite3 drops what those
raise too, so they `keep` the stop, and the progress handler aborts the query at its
next look. The H* failure the aborted query makes raises the stop instead
(errors.HFError), as the SQL functions' failure does (sqlcalls.SQLState.fail_db). A stop
arriving exactly as SQLite enters WL.Function, before its `try`, is cleared by sqlite3:
while such a query runs, `entry_stops_kept` has sqlite3 hand it over instead.
"""
from __future__ import annotations

__all__ = ["PROGRESS_STEPS", "watch", "keep", "raise_stop", "entry_stops_kept"]

import functools
import itertools
import sqlite3
import sys
import threading
from contextlib import contextmanager
from typing import Any, Iterator

PROGRESS_STEPS = 20_000  # about a millisecond of a query's work between two looks

_STOPS: list[BaseException] = []  # stops caught in a query, for its H* call to raise


# A C-level call made through Python's generic call path, which raises a SystemError
# caused by an exception left pending ("returned a result with an exception set"): a
# stop that escaped a collation callback before its `try`, which sqlite3 leaves set.
_PENDING = functools.partial(int)


def _steps(_: object = None) -> Iterator[int]:
    """The progress handler's body, a generator resumed by SQLite (its `__next__`): a
    pending signal handler runs where it resumes, after the `yield`, and where its loop
    jumps back; both sit inside the `try` (a plain function would run it on entry,
    before any `try` could catch the stop). The loop sat outside the `try`: a stop
    landing on its jump back escaped into sqlite3, which dropped it (the run went on)
    and, the generator being over, aborted every later query of the connection. A
    second stop landing while the first is being kept still escapes (the first is kept
    and stops the run) and ends this generator: `watch` then resumes a new one."""
    while True:
        try:
            while True:
                _PENDING()  # a stop left pending by a callback raises here (see keep)
                yield 1 if _STOPS else 0  # go on, unless a stop was kept
        except GeneratorExit:
            raise
        except BaseException as stop:  # --timeout, Ctrl-C, SIGTERM: kept, query aborted
            keep(stop)  # (the next look returns 1: _STOPS holds it)


def watch(conn: sqlite3.Connection) -> None:
    """Let a stop of the run abort `conn`'s queries."""
    steps = _steps()
    next(steps)  # started: SQLite's first call resumes it after its `yield`
    # A stop escaping a handler (a second one landing while the first is kept) ends its
    # generator: the connection's later looks then raised StopIteration and aborted
    # every query. The chain moves on to a new generator; it and the map are C code,
    # where no signal handler runs, and making a generator runs none of its body.
    fresh = itertools.chain.from_iterable(map(_steps, itertools.repeat(None)))
    conn.set_progress_handler(itertools.chain(steps, fresh).__next__, PROGRESS_STEPS)


def keep(raised: BaseException) -> None:
    """Keep a stop raised in a callback of a query, for the query to be aborted and its
    call to raise it. A stop that landed as a callback began, before its `try`, escaped
    into sqlite3, which leaves it pending: the next callback's first call then raises a
    SystemError caused by it, which is unwrapped here."""
    seen: BaseException | None = raised
    while seen is not None and isinstance(seen, Exception):
        seen = seen.__cause__ or seen.__context__
    _STOPS.append(seen if seen is not None else raised)


def raise_stop() -> None:
    """Raise the stop a query was aborted for, if one was."""
    if _STOPS:
        stop = _STOPS.pop()
        _STOPS.clear()
        raise stop.with_traceback(None)


_ACTIVE: list[object] = []  # the callbacks of the queries running now, in any thread
_INSTALLED: list[Any] = []  # [hook in place before, ours] while one runs
_LOCK = threading.Lock()


@contextmanager
def entry_stops_kept(callback: object) -> Iterator[None]:
    """While a query whose SQL calls `callback` (WL.Function's SQLiteCaller) runs: a stop
    arriving exactly as SQLite enters the callback, before its `try` (Python runs a
    pending signal handler on a function's first instruction), is kept like any other.
    sqlite3 clears what a function callback raises, so that stop was lost and the query
    failed as an ordinary error; with callback tracebacks on, sqlite3 hands it to
    `sys.unraisablehook` instead, where it is kept (an ordinary failure the callback
    already recorded is dropped there, as before). Other unraisable errors go to the
    hook in place, which stays the one seen from outside (its `wl_held`, limits.py).

    Queries of two threads may run at once: the hook and the tracebacks are process-wide,
    so they are put in place by the first query to start and removed by the last to end,
    and the hook knows every running query's callback. Each query put its own and took
    it away on its end: the first to end while another ran turned the tracebacks off
    under it (its entry stops were lost again) and left its hook in place for good."""
    with _LOCK:
        if not _ACTIVE:
            previous = sys.unraisablehook
            hook = _hook(previous)
            _INSTALLED[:] = [previous, hook]
            sys.unraisablehook = hook
            sqlite3.enable_callback_tracebacks(True)
        _ACTIVE.append(callback)
    try:
        yield
    finally:
        with _LOCK:
            _ACTIVE.remove(callback)
            if not _ACTIVE:
                sqlite3.enable_callback_tracebacks(False)
                previous, hook = _INSTALLED
                if sys.unraisablehook is hook:  # (unless something else put its own)
                    sys.unraisablehook = previous
                _INSTALLED.clear()


def _hook(previous: Any) -> Any:
    """The unraisable hook keeping the stops raised in a running query's callback."""
    def hook(unraisable: Any) -> None:
        if not any(unraisable.object is running for running in _ACTIVE):
            previous(unraisable)
        elif not isinstance(unraisable.exc_value, Exception):
            keep(unraisable.exc_value)

    if hasattr(previous, "wl_held"):
        hook.wl_held = previous.wl_held  # type: ignore[attr-defined]
    return hook
