"""PostgreSQL going away during a run, and a server that never answers: every H* call then
fails as H* calls fail (False, HError 71000, "the connection to the database was lost"),
HTransactionStart/End included, and the run ends normally; a server that accepts the
connection and says nothing is given up after connect_timeout (wlinterp/hfsql/pg.py,
errors.driver_failure; docs/hfsql.md "Connections")."""
from __future__ import annotations

import io
import socket
import threading
import time
from typing import Any

import pytest

from hfsql_support import SHOP, PgServer
from loopback import RawServer
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.pg import _network_defaults

LOSS = """HReset(Product)
Product.Reference = "A"
Trace(HAdd(Product))
HTransactionStart()
Trace(HExecuteSQLQuery("QKILL", "SELECT pg_terminate_backend(pg_backend_pid())"))
Trace(HReadFirst(Product, Reference), HError(), HErrorInfo())
Trace(HErrorInfo(hErrDatabaseMessage) <> "")
Trace(HTransactionEnd(), ErrorOccurred, HError(), HErrorInfo())
Product.Reference = "C"
Trace(HAdd(Product), HError(), ErrorInfo(errMessage))
Trace(HNbRec(Product), HError())
"""


def test_a_connection_lost_mid_run_fails_each_call(pg_server: PgServer) -> None:
    """HTransactionEnd after the loss was an internal error (psycopg's OperationalError),
    and so was the end of the run (the transaction's rollback at the end)."""
    url = pg_server.new_database("connection_loss")
    out = io.StringIO()
    run_source(LOSS, "loss.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    assert out.getvalue().splitlines() == [
        "1", "0",
        "0, 71000, HReadFirst on Product: the connection to the database was lost.",
        "1",
        "0, 1, 71000, HTransactionEnd: the connection to the database was lost.",
        "0, 71000, HAdd on Product: the connection to the database was lost.",
        "-1, 71000"]


def _silent(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(30)  # accepts the connection, never says a word


def test_a_server_that_never_answers_is_given_up(tmp_path) -> None:
    """libpq waits for ever by default: the run hung at its first H* call."""
    server = RawServer(_silent)
    try:
        began = time.monotonic()
        with pytest.raises(WLRuntimeError, match="cannot connect to PostgreSQL .*timeout"):
            run_source('HReset(Product)\nProduct.Reference = "A"\nHAdd(Product)\n', "s.wl",
                       stdout=io.StringIO(), stderr=io.StringIO(),
                       options={"analysis": str(SHOP), "db":
                                f"postgresql://u@127.0.0.1:{server.port}/db?connect_timeout=1"})
        assert time.monotonic() - began < 10
    finally:
        server.close()


def test_the_network_defaults_leave_the_url_its_own_settings() -> None:
    plain = _network_defaults("postgresql://u@db.example/shop")
    assert "connect_timeout=20" in plain and "keepalives_idle=30" in plain
    own = _network_defaults("postgresql://u@db.example/shop?connect_timeout=5")
    assert "connect_timeout=5" in own and "connect_timeout=20" not in own


def end_other_sessions(url: str) -> None:
    """pg_terminate_backend, from a second connection, of every other session on the
    database (the run's, idle between two calls or waiting in the pool), then wait until
    they are gone (bounded)."""
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        others = ("FROM pg_stat_activity WHERE datname = current_database() "
                  "AND pid <> pg_backend_pid()")
        conn.execute(f"SELECT pg_terminate_backend(pid) {others}")
        deadline = time.monotonic() + 10
        while conn.execute(f"SELECT count(*) {others}").fetchone()[0]:
            assert time.monotonic() < deadline, "the sessions did not end"
            time.sleep(0.05)


def test_a_pooled_connection_ended_while_idle_is_not_handed_out(pg_server: PgServer) -> None:
    """A connection the server ended while it waited in the pool was given to the next
    run, whose first H* call then failed with a lost connection."""
    from wlinterp.hfsql.pgpool import POOL
    url = pg_server.new_database("pool_idle_loss")
    script = 'HReset(Product)\nProduct.Reference = "A"\nTrace(HAdd(Product), HError())\n'
    options = {"analysis": str(SHOP), "db": url}
    out = io.StringIO()
    run_source(script, "first.wl", stdout=out, stderr=io.StringIO(), options=options)
    assert POOL.idle_count(url) >= 1 and out.getvalue() == "1, 0\n"
    end_other_sessions(url)
    out = io.StringIO()
    run_source(script.replace('"A"', '"B"') + "Trace(HNbRec(Product))\n", "second.wl",
               stdout=out, stderr=io.StringIO(), options=options)
    assert out.getvalue() == "1, 0\n2\n"


def session_on(url: str) -> tuple[Any, io.StringIO]:
    from wlinterp.repl import ReplSession
    out = io.StringIO()
    return ReplSession(stdout=out, stderr=io.StringIO(),
                       options={"analysis": str(SHOP), "db": url}), out


def test_hreconnect_opens_a_lost_connection_again(pg_server: PgServer) -> None:
    """The run's connection ended from a second connection while idle: each H* call
    fails the H* way, HTransactionStart included (it said "already in progress"),
    HReconnect first says the transaction went with the connection, then opens it
    again, and the calls work again (?1000017278)."""
    url = pg_server.new_database("reconnect")
    s, out = session_on(url)
    try:
        s.execute('HReset(Product)\nProduct.Reference = "A"\nTrace(HAdd(Product))\n'
                  "Trace(HTransactionStart())")
        end_other_sessions(url)
        for line in ["Trace(HTransactionStart(), HError())",
                     "Trace(HReadFirst(Product, Reference), HError())",
                     "Trace(HReconnect(), HError(), HErrorInfo())",
                     "Trace(HTransactionInProgress())",
                     "Trace(HReconnect(), HError())",
                     "Trace(HReadFirst(Product, Reference), Product.Reference)",
                     'Product.Reference = "B"\nTrace(HAdd(Product), HNbRec(Product))',
                     "Trace(HTransactionStart(), HTransactionEnd(), HReconnect())"]:
            assert s.execute(line), line
    finally:
        s.close()
    assert out.getvalue().splitlines() == [
        "1", "1",
        "0, 71000",
        "0, 71000",
        "0, 71000, the connection to the database was lost and not made again: a "
        "transaction was in progress (the server cancelled it: nothing it wrote was "
        "kept); HReconnect opens it now.",
        "0",
        "1, 0",
        "1, A",
        "1, 2",
        "1, 1, 1"]


def test_a_connection_lost_outside_a_transaction_is_opened_again_at_once(
        pg_server: PgServer) -> None:
    url = pg_server.new_database("reconnect_idle")
    s, out = session_on(url)
    try:
        s.execute('HReset(Product)\nProduct.Reference = "A"\nTrace(HAdd(Product))')
        end_other_sessions(url)
        s.execute("Trace(HNbRec(Product), HError())")
        s.execute("Trace(HReconnect(), HError())")
        s.execute("Trace(HNbRec(Product), HError())")
    finally:
        s.close()
    assert out.getvalue().splitlines() == ["1", "-1, 71000", "1, 0", "1, 0"]


def _notified(url: str, s: Any) -> None:
    """NOTIFY from a second connection, then wait (bounded) until it reached the run's
    idle connection: its socket has bytes to read."""
    import select

    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("NOTIFY wl_events, 'stock changed'")
    sock = s.rt.state["hfsql"]._backend.conn.fileno()
    assert select.select([sock], [], [], 10)[0], "the notification never came"


def test_a_waiting_notification_is_not_a_lost_connection(pg_server: PgServer) -> None:
    """A NOTIFY waiting on the run's idle connection (the script LISTENs) was taken for
    the end of the session: HReconnect dropped the live connection, and with it the
    script's LISTEN (the next notifications were lost) and its locks (HReconnect said
    the server had released them)."""
    url = pg_server.new_database("reconnect_notify")
    s, out = session_on(url)
    try:
        s.execute('HReset(Product)\nProduct.Reference = "A"\nTrace(HAdd(Product))\n'
                  'Trace(HExecuteSQLQuery(QListen, "LISTEN wl_events"), HError())\n'
                  "Trace(HLockRecNum(Product, 1))")
        connection = s.rt.state["hfsql"]._backend.conn
        _notified(url, s)
        assert s.execute("Trace(HReconnect(), HError(), HErrorInfo())")
        assert s.rt.state["hfsql"]._backend.conn is connection  # the same session
        assert s.execute('Trace(HExecuteSQLQuery(QChannels, "SELECT '
                         'pg_listening_channels() AS c"), HReadFirst(QChannels), QChannels.c)')
    finally:
        s.close()
    assert out.getvalue().splitlines() == ["1", "1, 0", "1", "1, 0, ", "1, 1, wl_events"]


def test_a_connection_listening_is_given_back_without_its_listen(pg_server: PgServer) -> None:
    """A connection back in the pool keeps no LISTEN of the run that had it (the next
    run would get its notifications)."""
    import psycopg

    from wlinterp.hfsql.pgpool import POOL
    url = pg_server.new_database("pool_unlisten")
    out = io.StringIO()
    run_source('Trace(HExecuteSQLQuery(QListen, "LISTEN wl_events"), HError())\n',
               "listen.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    assert out.getvalue() == "1, 0\n"
    conn, new = POOL.take(url, lambda: psycopg.connect(url))
    try:
        assert not new
        assert conn.execute("SELECT pg_listening_channels()").fetchall() == []
    finally:
        POOL.give_back(url, conn)
