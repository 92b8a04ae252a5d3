"""PostgreSQL killed (SIGKILL, its server process and every session's) while a query of
the run is waiting for its rows: the query fails the H* way, as a lost connection
(HError 71000, the words every other call then says; libpq's own three lines kept for
hErrDatabaseMessage), the calls after it fail alike, and the run ends normally at once.
Before, the query said 70800, a query error, quoting libpq's lines. Killed while
HTransactionEnd waits for its COMMIT's answer: the commit's outcome is unknown
(PostgreSQL may have written it before it went), and the failure says so."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from hfsql_support import SHOP, PgServer, find_pg_bin

SCRIPT = """HReset(Product)
Product.Reference = "A"
Trace(HAdd(Product))
Trace("querying")
Trace(HExecuteSQLQuery(QRY_Slow, "SELECT 1 AS X FROM pg_sleep(120)"), HError(), HErrorInfo())
Trace(Position(HErrorInfo(hErrDatabaseMessage), "server closed the connection") > 0)
Product.Reference = "B"
Trace(HAdd(Product), HError(), HErrorInfo())
Trace("end")
"""


def _kill_server(server: PgServer) -> None:
    """SIGKILL the server's own processes, by their ids (postmaster.pid, then its
    children): a crash, no session told."""
    pid = int((server.data / "postmaster.pid").read_text().split()[0])
    listed = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                            text=True).stdout.split()  # (none left: exit status 1)
    for one in [pid, *map(int, listed)]:
        try:
            os.kill(one, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_a_server_killed_mid_query_is_a_lost_connection(tmp_path: Path) -> None:
    out = _killed_while(tmp_path, SCRIPT, "querying")
    assert out.splitlines() == [
        "0, 71000, query QRY_Slow: the connection to the database was lost.", "1",
        "0, 71000, HAdd on Product: the connection to the database was lost.", "end"]


COMMIT = """HReset(Product)
Product.Reference = "A"
HAdd(Product)
HExecuteSQLQuery(QRY_F, "CREATE FUNCTION wl_slow() RETURNS trigger AS $$ BEGIN " + ...
    "PERFORM pg_sleep(120); RETURN NULL; END $$ LANGUAGE plpgsql")
HExecuteSQLQuery(QRY_T, "CREATE CONSTRAINT TRIGGER wl_slow_t AFTER INSERT ON product " + ...
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION wl_slow()")
HTransactionStart()
Product.Reference = "B"
HAdd(Product)
Trace("committing")
Trace(HTransactionEnd(), HError(), HErrorInfo())
Trace(HTransactionInProgress())
"""


def test_a_server_killed_during_the_commit_leaves_its_outcome_unknown(tmp_path: Path) -> None:
    """Found in review (REV): HTransactionEnd said "the connection to the database was
    lost", as if nothing had been written (the code's note said "the server cancelled
    it"); a COMMIT whose answer never came may have been written. A deferred trigger
    makes the COMMIT wait: the kill comes then."""
    assert _killed_while(tmp_path, COMMIT, "committing").splitlines() == [
        "0, 71000, the connection to the database was lost while the transaction was being "
        "committed: it may or may not have been committed (look at the data before writing "
        "it again).", "0"]


def _killed_while(tmp_path: Path, script: str, mark: str) -> str:
    """What `script` prints after the line `mark`, the server killed just after it; the
    run ends normally, within 30 s of the kill."""
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    root = Path(tempfile.mkdtemp(prefix="wl-pg-killed-"))
    server, killed = PgServer(bindir, root), 0.0
    try:
        server.start()
        url = server.new_database("killed")
        (tmp_path / "slow.wl").write_text(script, encoding="utf-8")
        run = subprocess.Popen(
            [sys.executable, "-m", "wlinterp", "run", "--db", url, "--analysis", str(SHOP),
             str(tmp_path / "slow.wl")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        deadline = time.monotonic() + 60
        while not (run.stdout and run.stdout.readline().strip() == mark):
            assert time.monotonic() < deadline and run.poll() is None, run.stderr.read()
        time.sleep(0.5)  # the query sent, waiting for its rows
        killed = time.monotonic()
        _kill_server(server)
        out, err = run.communicate(timeout=60)
        assert time.monotonic() - killed < 30, "the run waited for the dead server"
        assert run.returncode == 0 and "Traceback" not in err, err
        return out
    finally:
        if not killed:  # (once killed, its ids may be another process's)
            server.stop()
        shutil.rmtree(root, ignore_errors=True)
