"""A run stopped while a PostgreSQL query waits for its rows (`--timeout`, SIGTERM):
it stops at once, and the query is cancelled on the server. psycopg[binary]'s compiled
wait let no signal handler run until the server answered (`--timeout 2` on a 60 s
query stopped the run after 60 s), and the session given back to the pool left the
server running the query for nobody (wlinterp/hfsql/pg.py `_interruptible_waits`,
pgpool.py `_cancelled`)."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hfsql_support import SHOP, PgServer

SLOW = 'Trace("querying")\nHExecuteSQLQuery(QRY_Slow, "SELECT 1 AS X FROM pg_sleep(60)")\n'


def _running_queries(url: str) -> int:
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                            "current_database() AND pid <> pg_backend_pid() AND state = "
                            "'active'").fetchone()[0]


@pytest.mark.parametrize("how", ["timeout", "SIGTERM"])
def test_a_run_stopped_mid_query_stops_at_once_and_cancels_it(pg_server: PgServer,
                                                              tmp_path: Path, how: str) -> None:
    url = pg_server.new_database(f"stopped_{how.lower()}")
    (tmp_path / "slow.wl").write_text(SLOW, encoding="utf-8")
    limit = ["--timeout", "2"] if how == "timeout" else []
    run = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", *limit, "--db", url,
                            "--analysis", str(SHOP), str(tmp_path / "slow.wl")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    began = time.monotonic()
    try:
        assert run.stdout is not None and run.stdout.readline() == "querying\n"
        if how == "SIGTERM":
            time.sleep(1)  # the query sent, waiting for its rows
            run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=50)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert time.monotonic() - began < 30, "the run waited for the query's end"
    expected = ("ran longer than 2 s (--timeout)" if how == "timeout"
                else "terminated (SIGTERM)")
    assert run.returncode == (1 if how == "timeout" else 143) and expected in err, err
    deadline = time.monotonic() + 10  # the server ends the query on the cancel request
    while _running_queries(url):
        assert time.monotonic() < deadline, "the query still runs on the server"
        time.sleep(0.1)
