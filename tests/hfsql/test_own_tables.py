"""wlinterp's own tables (`_hf_counter`, `_hf_lock`) in a user's SQLite file: made only
when an H* function works on a data file, never by connecting or running SQL
(docs/semantics.md, "wlinterp's own tables")."""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from hfsql_support import SHOP
from wlinterp.engine import run_source


def _user_file(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE client (name TEXT)")
    con.execute("INSERT INTO client VALUES ('Ada'), ('Alan')")
    con.commit()
    con.close()


def _tables(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0].lower() for r in con.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table'"))
    finally:
        con.close()


def _run(text: str, url: str, analysis: Path | None = None) -> str:
    out, err = io.StringIO(), io.StringIO()
    options = {"db": url} | ({"analysis": str(analysis)} if analysis else {})
    run_source(text, "t.wl", stdout=out, stderr=err, options=options)
    assert err.getvalue() == ""
    return out.getvalue()


def test_sql_on_a_users_file_adds_no_table(tmp_path: Path) -> None:
    """The run's database, a connection opened on it, queries, SQLExec: nothing added."""
    user = tmp_path / "user.db"
    _user_file(user)
    text = f"""q is Data Source
Trace(HExecuteSQLQuery(q, "SELECT count(*) AS n FROM client"))
HReadFirst(q)
Trace(q.n)
c is Connection
c..Provider = hNativeAccessSQLite
c..Database = "{user}"
Trace(HOpenConnection(c))
Trace(HExecuteSQLQuery(q, c, hQueryDefault, "SELECT name FROM client ORDER BY name"))
HReadFirst(q)
Trace(q.name, HNbRec(q))
HCloseConnection(c)
Trace(SQLConnect("", "", ""), SQLExec("SELECT name FROM client", "R"))
Trace(SQLConnect("{user}", "", "", "", "SQLite"))
"""
    assert _run(text, f"sqlite:{user}") == "1\n2\n1\n1\nAda, 2\n1, 1\n2\n"
    assert _tables(user) == ["client"]


def test_a_data_file_makes_them_when_it_needs_them(tmp_path: Path) -> None:
    """A data file read: the lock table (its reads test other programs' locks); an
    automatic identifier given: the counter table too."""
    user = tmp_path / "user.db"
    _user_file(user)
    _run('HReadFirst(Product)\nTrace(HOut(Product))\n', f"sqlite:{user}", SHOP)
    assert _tables(user) == ["_hf_lock", "client", "product"]
    out = _run('Customer.Name = "Ada"\nHAdd(Customer)\nHDelete(Customer)\n'
               'Customer.Name = "Bob"\nHAdd(Customer)\nTrace(Customer.CustomerID)\n',
               f"sqlite:{user}", SHOP)
    assert out == "2\n"  # the identifier given before is never given again
    # _hf_format: the mark that the new Customer table holds values in today's form (docs/hfsql.md)
    assert _tables(user) == ["_hf_counter", "_hf_format", "_hf_lock", "client", "customer",
                             "product"]


def test_a_cancelled_transaction_takes_the_counter_table_and_it_comes_back(
        tmp_path: Path) -> None:
    user = tmp_path / "user.db"
    text = """HTransactionStart()
Customer.Name = "Ada"
HAdd(Customer)
HTransactionCancel()
Customer.Name = "Bob"
HAdd(Customer)
Trace(Customer.CustomerID, HNbRec(Customer))
"""
    assert _run(text, f"sqlite:{user}", SHOP) == "1, 1\n"
    assert "_hf_counter" in _tables(user)
