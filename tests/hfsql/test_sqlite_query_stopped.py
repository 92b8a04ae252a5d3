"""A run stopped during an SQLite query that never ends (`--timeout`, Ctrl-C, SIGTERM):
it stops at once with its message, where it ignored all three and ran forever (the
query runs inside one C call; wlinterp/hfsql/sqlite_stop.py's progress handler aborts
it, and the H* call raises the stop again)."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.sqldialect import SQLiteCaller
from wlinterp.hfsql.sqlite_stop import watch

ENDLESS = ('Trace("querying")\nHExecuteSQLQuery(QRY_Count, "WITH RECURSIVE c(x) AS (SELECT 1 '
           'UNION ALL SELECT x+1 FROM c) SELECT count(*) AS N FROM c")\nTrace("after")\n')
STOPS = {"timeout": (1, "ran longer than 2 s (--timeout)"),
         "SIGINT": (130, "interrupted (Ctrl-C)"),
         "SIGTERM": (143, "terminated (SIGTERM)")}


@pytest.mark.parametrize("how", list(STOPS))
def test_a_run_stopped_in_an_endless_sqlite_query_stops_at_once(tmp_path: Path,
                                                               how: str) -> None:
    (tmp_path / "endless.wl").write_text(ENDLESS, encoding="utf-8")
    limit = ["--timeout", "2"] if how == "timeout" else []
    run = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", *limit, "--db",
                            f"sqlite:{tmp_path / 'data.db'}", str(tmp_path / "endless.wl")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    began = time.monotonic()
    try:
        assert run.stdout is not None and run.stdout.readline() == "querying\n"
        if how != "timeout":
            time.sleep(1)  # inside the query
            run.send_signal(getattr(signal, how))
        out, err = run.communicate(timeout=40)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert time.monotonic() - began < 30, "the run went on with the query"
    code, message = STOPS[how]
    assert run.returncode == code and message in err, err
    assert "after" not in out and "Traceback" not in err


# SQLExec (the SQL functions) and FOR EACH
# whose batch sorts a large query result on a text key (the collation is Python code
# SQLite calls: a stop landing there was dropped by sqlite3): each turned the stop into a
# database failure (SQL.Error, ErrorOccurred) and the run went on. FOR EACH's query has
# 1,000,000 rows (was 2,000,000, whose making before "querying" was most of the test's
# CPU): their sort takes seconds (3.3 s of wall, 2 s of CPU, at a load of 11 on two
# cores), several times the 0.2 s and 0.4 s after which the signal comes: it lands in it
SQL_EXEC = ('Trace("querying")\nSQLConnect("{db}", "", "", "", "SQLite")\n'
            'r is boolean = SQLExec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 '
            'FROM c) SELECT count(*) AS N FROM c", "QRY")\nTrace("after", r)\n')
FOR_EACH = ('HExecuteSQLQuery(QRY_Big, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT '
            'x+1 FROM c WHERE x < 1000000) SELECT x AS N, printf(\'%08d\', (x*7919) % 1000000) '
            'AS S FROM c")\nTrace("querying")\nFOR EACH QRY_Big ON S\n\tTrace(QRY_Big.N)\n'
            '\tBREAK\nEND\nPOUR TOUT QRY_Big SUR S\n\tTrace(QRY_Big.N)\nFIN\n'
            'Trace("after", ErrorOccurred)\n')


def stopped_run(tmp_path: Path, text: str, how: str, wait: float) -> subprocess.Popen[str]:
    """`text` run on an SQLite file, stopped `how` `wait` s after it printed "querying"."""
    (tmp_path / "stopped.wl").write_text(text.replace("{db}", str(tmp_path / "sql.db")),
                                         encoding="utf-8")
    limit = ["--timeout", "2"] if how == "timeout" else []
    run = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", *limit, "--db",
                            f"sqlite:{tmp_path / 'data.db'}", str(tmp_path / "stopped.wl")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert run.stdout is not None and run.stdout.readline() == "querying\n"
    if how != "timeout":
        time.sleep(wait)
        run.send_signal(getattr(signal, how))
    return run


@pytest.mark.parametrize("script,how,wait", [
    (SQL_EXEC, "timeout", 0), (SQL_EXEC, "SIGINT", 1), (SQL_EXEC, "SIGTERM", 1),
    (FOR_EACH, "SIGINT", 0.2), (FOR_EACH, "SIGTERM", 0.4)],
    ids=["sqlexec-timeout", "sqlexec-SIGINT", "sqlexec-SIGTERM", "for-each-SIGINT", "for-each-SIGTERM"])
def test_every_sqlite_path_stops_the_run(tmp_path: Path, script: str, how: str,
                                         wait: float) -> None:
    run = stopped_run(tmp_path, script, how, wait)
    try:
        out, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    code, message = STOPS[how]
    assert run.returncode == code and message in err, (out, err)
    assert "after" not in out and "Traceback" not in err


def test_a_stop_inside_a_wl_function_of_a_query_is_raised_by_its_h_failure() -> None:
    """A stop raised inside the WLanguage function an SQLite query calls (WL.Upper...,
    where a signal handler runs between two of its statements) is kept, the query
    aborted at the progress handler's next look, and the H* failure raises the stop:
    sqlite3 turned it into "user-defined function raised exception"."""
    conn = sqlite3.connect(":memory:")
    watch(conn)
    calls: list[str] = []

    def wl_function(name: str, args: list[object]) -> object:
        calls.append(name)
        if len(calls) == 3:
            raise KeyboardInterrupt  # what SIGINT's handler raises where it runs
        return name

    conn.create_function("wl_call", -1, SQLiteCaller(wl_function))
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                     "SELECT count(wl_call('Upper', x)) FROM c").fetchall()
    assert len(calls) == 3
    with pytest.raises(KeyboardInterrupt):
        HFError(QUERY, "query QRY: user-defined function raised exception")
    HFError(QUERY, "a failure made later is one")  # the stop was raised once
