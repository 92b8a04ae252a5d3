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
        "0, 71000, read on Product: the connection to the database was lost.",
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
