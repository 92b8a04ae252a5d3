"""Record locks on PostgreSQL: a record read with hLockWrite inside a transaction cannot be
locked by another connection: HErrorLock() True, nothing read, HOut() True."""
from __future__ import annotations

import io

from hfsql_support import SHOP
from wlinterp.engine import run_source
from wlinterp.hfsql.analysis import read_xdd
from wlinterp.hfsql.database import Database
from wlinterp.hfsql.reading import seek


def test_lock_held_by_another_connection(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.new_database("locks")
    options = {"analysis": str(SHOP), "db": url}
    run_source('HReset(Customer)\nCustomer.Name = "Held"\nHAdd(Customer)', "a.wl",
               stdout=io.StringIO(), options=options)
    holder = Database(read_xdd(str(SHOP)), url)
    ctx = holder.context("Customer")
    holder.begin()
    ctx.lock = True
    assert seek(ctx, "Name", "Held", "first", False)  # locked by `holder`
    out = io.StringIO()
    run_source("""HTransactionStart()
Trace(HReadSeekFirst(Customer, Name, "Held", hLockWrite), HErrorLock(), HOut())
Trace(HReadSeekFirst(Customer, Name, "Held"), Customer.Name)
HTransactionEnd()""", "b.wl", stdout=out, options=options)
    assert out.getvalue() == "0, 1, 1\n1, Held\n"
    holder.rollback()
    out = io.StringIO()
    run_source('HTransactionStart()\nTrace(HReadSeekFirst(Customer, Name, "Held", hLockWrite),'
               ' HErrorLock())\nHTransactionEnd()', "c.wl", stdout=out, options=options)
    assert out.getvalue() == "1, 0\n"
    holder.close()
