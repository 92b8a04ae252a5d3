"""A run stopped during an SQLite query that never ends (`--timeout`, Ctrl-C, SIGTERM):
it stops at once with its message, where it ignored all three and ran forever (the
query runs inside one C call; wlinterp/hfsql/sqlite_stop.py's progress handler aborts
it, and the H* call raises the stop again)."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
