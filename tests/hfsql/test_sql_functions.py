"""The older SQL functions (stdlib/sql_functions.py, sql_browse.py) where a golden
program cannot reach: a PostgreSQL server named by the "PostgreSQL" database type, a
source named by a WL_SQL_SOURCE_<NAME> variable, SQLListSource, and SQLExecWDR on the
project's `.wdr` queries (both backends)."""
from __future__ import annotations

import io
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from hfsql_support import SHOP, PgServer
from wlinterp.engine import run_source


def run(text: str, folder: Path, url: str = "sqlite::memory:") -> str:
    out = io.StringIO()
    run_source(text, str(folder / "t.wl"), stdout=out, stderr=io.StringIO(),
               options={"db": url})
    return out.getvalue()


def test_postgresql_type_reaches_the_server(pg_server: PgServer, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    url = urlparse(pg_server.new_database("sqlconnect"))
    query = parse_qs(url.query)  # the test server listens on a socket in its folder
    monkeypatch.setenv("PGHOST", query["host"][0])
    monkeypatch.setenv("PGPORT", query["port"][0])
    text = f"""n is int = SQLConnect("", "{url.username}", "", "sqlconnect", "PostgreSQL")
Trace(n, SQL.Error)
SQLExec("CREATE TABLE t (a int, b text)", "R")
SQLExec("INSERT INTO t VALUES (1, 'x'), (2, NULL)", "R")
Trace(SQL.NbLine)
SQLExec("SELECT a, b, DATE '2024-02-29', TIME '13:45:07.5' FROM t ORDER BY a", "Q")
WHILE SQLFetch("Q") = 0
    Trace(SQLGetCol("Q", 1), "[" + SQLGetCol("Q", 2) + "]", SQLGetCol("Q", 3), SQLGetCol("Q", 4))
END
Trace(SQLExec("SELECT nothing FROM t", "E"), SQL.Error)
Trace(SQLConnect("", "{url.username}", "", "no_such_db", "PostgreSQL"), SQL.Error)
"""
    assert run(text, tmp_path).splitlines() == [
        "1, 00000", "2", "1, [x], 20240229, 13450750", "2, [], 20240229, 13450750",
        "0, 42703", "0, 08001"]


def test_named_sources_and_their_list(tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_SQL_SOURCE_STOCK_DB", f"sqlite:{tmp_path / 'stock.db'}")
    text = """Trace(SQLListSource())
Trace(SQLConnect("Stock DB", "", "", "", "ODBC"))
SQLExec("CREATE TABLE Item (Ref TEXT)", "R")
Trace(SQLListTable())
"""
    assert run(text, tmp_path).splitlines() == ["STOCK_DB", "1", "Item"]
    assert (tmp_path / "stock.db").exists()


def test_exec_wdr_runs_a_project_query_with_parameters(db_url: str, tmp_path: Path) -> None:
    shutil.copy(SHOP, tmp_path / "shop.xdd")
    shutil.copy(SHOP.parent / "REQ_OrdersOfCity.wdr", tmp_path)
    text = """HReset(Customer)
Customer.Name = "Ann"
Customer.City = "Paris"
HAdd(Customer)
FOR i = 1 TO 3
    HReset(Orders)
    Orders.CustomerID = 1
    Orders.Total = i * 10
    HAdd(Orders)
END
SQLConnect("", "", "")
Trace(SQLExecWDR("REQ_OrdersOfCity", "Paris", 15))
WHILE SQLFetch("REQ_OrdersOfCity") = 0
    Trace(SQLGetCol("REQ_OrdersOfCity", "Name"), SQLGetCol("REQ_OrdersOfCity", "Total"))
END
Trace(SQLExecWDR("REQ_OrdersOfCity", "Lyon"))
SQLFirst("REQ_OrdersOfCity")
Trace(SQL.Out)
"""
    out = io.StringIO()
    run_source(text, str(tmp_path / "t.wl"), stdout=out, stderr=io.StringIO(),
               options={"db": db_url, "analysis": str(tmp_path / "shop.xdd")})
    assert out.getvalue().splitlines() == ["1", "Ann, 20", "Ann, 30", "1", "1"]


def test_a_windows_path_names_the_sqlite_file_as_the_file_functions_map_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    (tmp_path / "Data").mkdir()
    text = """Trace(SQLConnect("C:\\Data\\shop.db", "", "", "", "SQLite"))
Trace(SQLExec("CREATE TABLE Shop (Name TEXT)", "R"))
"""
    assert run(text, tmp_path).splitlines() == ["1", "1"]
    assert (tmp_path / "Data" / "shop.db").exists()


def test_a_sqlite_path_holding_a_nul_character_is_a_connection_failure(
        tmp_path: Path) -> None:
    text = """Trace(SQLConnect("shop" + Charact(0) + ".db", "", "", "", "SQLite"), SQL.Error)
Trace(Position(SQL.MesError, "NUL") > 0)
"""
    assert run(text, tmp_path).splitlines() == ["0, 08001", "1"]
