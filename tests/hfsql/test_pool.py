"""The PostgreSQL connection pool (wlinterp/hfsql/pgpool.py) on a real server: runs in
one process reuse a connection, each gets it clean (no transaction, lock, setting or
temporary table of the previous user), threads each get their own, idle connections
are bounded."""
from __future__ import annotations

import io
import threading

import psycopg

from hfsql_support import SHOP
from wlinterp.engine import run_source
from wlinterp.hfsql.pgpool import POOL, ConnectionPool

PID = 'HExecuteSQLQuery("QPID", "SELECT pg_backend_pid() AS pid")\nTrace(QPID.pid)\n'


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    return out.getvalue()


def test_runs_reuse_a_clean_connection(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.new_database("pool_reuse")
    first = run('HReset(Customer)\nCustomer.Name = "A"\nHAdd(Customer)\n'
                'HLockRecNum(Customer, 1)\nHTransactionStart()\n' + PID, url)
    assert POOL.idle_count(url) == 1
    second = run(PID + 'Trace(HNbRec(Customer), HTransactionInProgress())', url)
    assert first.splitlines()[0] == second.splitlines()[0]  # the same server session
    assert second.splitlines()[1] == "1, 0"
    with psycopg.connect(url) as conn:
        locks = conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                             ).fetchone()
        assert locks is not None and locks[0] == 0
    assert POOL.idle_count(url) == 1


def test_threads_get_their_own_connections(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.new_database("pool_threads")
    pool = ConnectionPool(size=2)
    pids: list[int] = []
    all_in = threading.Barrier(5, timeout=30)

    def worker() -> None:
        conn, _ = pool.take(url, lambda: psycopg.connect(url, autocommit=True))
        row = conn.execute("SELECT pg_backend_pid()").fetchone()
        pids.append(row[0])
        all_in.wait()  # the five connections are in use at once
        pool.give_back(url, conn)

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(set(pids)) == 5
    assert pool.idle_count(url) == 2  # bounded: the others were closed
    conn, fresh = pool.take(url, lambda: psycopg.connect(url, autocommit=True))
    assert not fresh and conn.execute("SELECT pg_backend_pid()").fetchone()[0] in pids
    pool.give_back(url, conn)
    pool.close_all()
    assert pool.idle_count(url) == 0


def test_a_broken_connection_is_not_kept(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.new_database("pool_broken")
    pool = ConnectionPool()
    conn, _ = pool.take(url, lambda: psycopg.connect(url, autocommit=True))
    conn.close()
    pool.give_back(url, conn)
    assert pool.idle_count(url) == 0


def test_prepared_statements_survive_the_reuse(pg_server) -> None:  # type: ignore[no-untyped-def]
    """psycopg prepares a statement run often; the next run on the same connection
    still finds it (the pool does not DISCARD ALL behind psycopg's back)."""
    url = pg_server.new_database("pool_prepared")
    text = """HTransactionStart()
FOR i = 1 TO 12
    HReset(Product)
    Product.Reference = "R" + i + "-" + HNbRec(Product)
    HAdd(Product)
END
Trace(HTransactionEnd(), HNbRec(Product))
"""
    assert run(text, url) == "1, 12\n"
    assert run(text, url) == "1, 24\n"
