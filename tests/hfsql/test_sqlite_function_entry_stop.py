"""A stop arriving exactly as SQLite enters the WLanguage function a query calls
(WL.Function), before the callback's `try`: sqlite3 cleared it and the query failed as
an ordinary error, so the run went on. It is kept now, and the query's H* failure raises
it (wlinterp/hfsql/sqlite_stop.py `entry_stops_kept`)."""
from __future__ import annotations

import sqlite3
import sys
from typing import Any

import pytest

from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.sqlite_stop import entry_stops_kept, watch

ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
           "SELECT count(wl_call('Upper', x)) FROM c")


class StoppedOnEntry:
    """A callback whose first instruction raises what SIGINT's handler raises, as a
    pending signal's handler does on a callback's first instruction."""

    def __call__(self, name: str, *args: Any) -> Any:
        raise KeyboardInterrupt


class Failing:
    """A callback failing as a WLanguage function does (its failure kept by the caller)."""

    def __call__(self, name: str, *args: Any) -> Any:
        raise ValueError("Upper: bad argument")


def _query(callback: object) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    watch(conn)
    conn.create_function("wl_call", -1, callback)
    return conn


def test_a_stop_on_entry_was_lost_without_the_guard() -> None:
    conn = _query(StoppedOnEntry())
    with pytest.raises(sqlite3.OperationalError):
        conn.execute(ENDLESS).fetchall()
    HFError(QUERY, "query QRY: user-defined function raised exception")  # no stop: lost


def test_a_stop_on_entry_is_raised_by_the_query_failure() -> None:
    callback = StoppedOnEntry()
    conn = _query(callback)
    hook = sys.unraisablehook
    with entry_stops_kept(callback):
        with pytest.raises(sqlite3.OperationalError):
            conn.execute(ENDLESS).fetchall()
    assert sys.unraisablehook is hook
    with pytest.raises(KeyboardInterrupt):
        HFError(QUERY, "query QRY: user-defined function raised exception")
    HFError(QUERY, "a failure made later is one")  # raised once


def test_an_ordinary_failure_stays_quiet_and_other_unraisables_reach_the_hook(
        capsys: pytest.CaptureFixture[str]) -> None:
    callback = Failing()
    conn = _query(callback)
    seen: list[object] = []
    before = sys.unraisablehook
    sys.unraisablehook = lambda u: seen.append(u.object)
    try:
        with entry_stops_kept(callback):
            with pytest.raises(sqlite3.OperationalError):
                conn.execute("SELECT wl_call('Upper', 1)").fetchall()
            sys.unraisablehook(type("U", (), {"object": "elsewhere", "exc_value": None})())
    finally:
        sys.unraisablehook = before
    assert seen == ["elsewhere"] and capsys.readouterr().err == ""
    HFError(QUERY, "an ordinary failure is no stop")


def test_a_run_whose_query_is_stopped_on_entry_stops(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Any) -> None:
    """Through HExecuteSQLQuery: the stop reaches the run instead of the query failing
    and the program going on to its next line."""
    import io

    from wlinterp.engine import run_source
    from wlinterp.hfsql.sqldialect import SQLiteCaller

    def stopped(self: SQLiteCaller, name: str, *args: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(SQLiteCaller, "__call__", stopped)
    out = io.StringIO()
    text = ('HExecuteSQLQuery(QRY_WL, "SELECT WL.Upper(\'ab\') AS X")\n'
            'Trace("after", ErrorOccurred)\n')
    with pytest.raises(KeyboardInterrupt):
        run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
                   options={"db": f"sqlite:{tmp_path / 'data.db'}"})
    assert "after" not in out.getvalue()


def test_queries_of_two_threads_keep_each_others_guard() -> None:
    """Two queries calling WL.Function at once (two threads): the first to end left the
    tracebacks off and its own hook in place while the second still ran, so the
    second's entry stop was lost. The guard stays until the last ends, and the hook in
    place before comes back."""
    first, second = StoppedOnEntry(), StoppedOnEntry()
    hook = sys.unraisablehook
    a, b = entry_stops_kept(first), entry_stops_kept(second)
    a.__enter__()
    b.__enter__()
    a.__exit__(None, None, None)  # the first query ends while the second runs
    assert sys.unraisablehook is not hook
    with pytest.raises(sqlite3.OperationalError):
        _query(second).execute(ENDLESS).fetchall()
    b.__exit__(None, None, None)
    assert sys.unraisablehook is hook
    with pytest.raises(KeyboardInterrupt):
        HFError(QUERY, "query QRY: user-defined function raised exception")


def test_queries_in_two_real_threads_both_keep_their_stops() -> None:
    """The same with the queries in two threads, each stopped on entry."""
    import threading

    seen: list[str] = []
    hook = sys.unraisablehook
    barrier = threading.Barrier(2)

    def run() -> None:
        callback = StoppedOnEntry()
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        watch(conn)
        conn.create_function("wl_call", -1, callback)
        with entry_stops_kept(callback):
            barrier.wait(5)
            try:
                conn.execute(ENDLESS).fetchall()
            except sqlite3.OperationalError:
                seen.append("aborted")

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert seen == ["aborted", "aborted"] and sys.unraisablehook is hook
    with pytest.raises(KeyboardInterrupt):
        HFError(QUERY, "query QRY: user-defined function raised exception")
