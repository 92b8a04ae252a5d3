"""HExecuteQuery / HExécuteRequête on the project's `.wdr` queries: `{parameters}` set
as properties or given as arguments, conditions of unset parameters left out, the
result browsed like a data file; on both backends."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.engine import run_source
from wlinterp.hfsql.wdr import bind_braces, read_query_sql

SAMPLE = SHOP.parent / "REQ_OrdersOfCity.wdr"

DATA = """HReset(Customer)
Customer.Name = "Ann"
Customer.Email = "a@x"
Customer.City = "Paris"
HAdd(Customer)
Customer.Name = "Bob"
Customer.Email = "b@x"
Customer.City = "Lyon"
HAdd(Customer)
FOR i = 1 TO 4
    HReset(Orders)
    Orders.CustomerID = 1 + i % 2
    Orders.Total = i * 10
    HAdd(Orders)
END
"""


def run(text: str, url: str, folder: Path) -> str:
    shutil.copy(SHOP, folder / "shop.xdd")
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    (folder / "REQ_Cities.wdr").write_text("SELECT City, count(*) AS n FROM Customer "
                                           "GROUP BY City ORDER BY City\n")
    out = io.StringIO()
    run_source(text, str(folder / "t.wl"), stdout=out, stderr=io.StringIO(),
               options={"db": url})
    return out.getvalue()


def test_parameters_as_properties_and_browse(db_url: str, tmp_path: Path) -> None:
    text = DATA + """REQ_OrdersOfCity.pCity = "Paris"
REQ_OrdersOfCity.pMinTotal = 15
Trace(HExecuteQuery(REQ_OrdersOfCity))
Trace(HNbRec(REQ_OrdersOfCity))
HReadFirst(REQ_OrdersOfCity)
WHILE NOT HOut(REQ_OrdersOfCity)
    Trace(REQ_OrdersOfCity.Name, REQ_OrdersOfCity.OrderID)
    HReadNext(REQ_OrdersOfCity)
END
"""
    assert run(text, db_url, tmp_path) == "1\n2\nAnn, 2\nAnn, 4\n"


def test_parameters_as_arguments_and_unset_conditions(db_url: str, tmp_path: Path) -> None:
    text = DATA + """HExécuteRequête(REQ_OrdersOfCity, hRequêteDéfaut, "Lyon")
POUR TOUT REQ_OrdersOfCity
    Trace(REQ_OrdersOfCity.Name, REQ_OrdersOfCity.OrderID)
FIN
REQ_OrdersOfCity.pCity = Null
REQ_OrdersOfCity.pMinTotal = 30
HExecuteQuery(REQ_OrdersOfCity)
Trace(HNbRec(REQ_OrdersOfCity))
HExecuteQuery("REQ_Cities")
FOR EACH REQ_Cities
    Trace(REQ_Cities.City, REQ_Cities.n)
END
"""
    assert run(text, db_url, tmp_path) == "Bob, 1\nBob, 3\n2\nLyon, 1\nParis, 1\n"


def test_unknown_query_and_missing_parameter_fail(db_url: str, tmp_path: Path) -> None:
    text = """Trace(HExecuteQuery("REQ_Nope"), HError() <> 0)
Trace(ErrorInfo() [= "HExecuteQuery: no query")
"""
    assert run(text, db_url, tmp_path) == "0, 1\n1\n"


def test_sql_from_the_text_format_block() -> None:
    sql = read_query_sql(str(SAMPLE))
    assert sql.startswith("SELECT Customer.Name AS Name") and sql.endswith("ORDER BY Orders.OrderID")


@pytest.mark.parametrize("values,expected", [
    ({"a": 1, "b": 2}, ("SELECT x FROM t WHERE x = ? AND y BETWEEN 1 AND ? ORDER BY x", [1, 2])),
    ({"a": 1}, ("SELECT x FROM t WHERE x = ? ORDER BY x", [1])),
    ({}, ("SELECT x FROM t ORDER BY x", [])),
])
def test_conditions_of_unset_parameters_are_dropped(values: dict, expected: tuple) -> None:
    sql = "SELECT x FROM t WHERE x = {a} AND y BETWEEN 1 AND {b} ORDER BY x"
    assert bind_braces(sql, values, "?") == expected


@pytest.mark.parametrize("sql,expected", [
    # the WHERE clause ends at a top-level ORDER BY, not at one inside quotes...
    ("SELECT n FROM t WHERE n <> 'group by' AND k = {p} ORDER BY n",
     "SELECT n FROM t WHERE n <> 'group by' ORDER BY n"),
    # ... nor at one of a sub-query in parentheses
    ("SELECT n FROM t WHERE k IN (SELECT k FROM u ORDER BY k LIMIT 2) AND n = {p}",
     "SELECT n FROM t WHERE k IN (SELECT k FROM u ORDER BY k LIMIT 2)"),
    # each SELECT of a UNION (or INTERSECT, EXCEPT) has its own WHERE clause
    ("SELECT n FROM t WHERE k = 1 UNION SELECT n FROM u WHERE k = {p} AND n > 2 ORDER BY n",
     "SELECT n FROM t WHERE k = 1 UNION SELECT n FROM u WHERE n > 2 ORDER BY n"),
    ("SELECT n FROM t WHERE k = {p} UNION ALL SELECT n FROM u WHERE k IN "
     "(SELECT k FROM v UNION SELECT k FROM w) EXCEPT SELECT n FROM x WHERE n = {p}",
     "SELECT n FROM t UNION ALL SELECT n FROM u WHERE k IN (SELECT k FROM v UNION SELECT k FROM w)"
     " EXCEPT SELECT n FROM x"),
    ("SELECT n FROM t WHERE n = {p} AND k IN (SELECT k FROM u ORDER BY k LIMIT 2) LIMIT 5",
     "SELECT n FROM t WHERE k IN (SELECT k FROM u ORDER BY k LIMIT 2) LIMIT 5"),
    # INTERSECT ALL / EXCEPT ALL as UNION ALL (sql_order.compound_parts, one reading), the
    # operators' spelling kept; a part in parentheses read inside them (its {p} was "has
    # no value": PostgreSQL's `EXCEPT ALL (SELECT ...)`)
    ("SELECT n FROM t WHERE n = {p} intersect  all SELECT n FROM u WHERE k = {p} AND n > 1",
     "SELECT n FROM t intersect  all SELECT n FROM u WHERE n > 1"),
    ("(SELECT n FROM t WHERE n = {p}) EXCEPT ALL (SELECT n FROM u WHERE k = 2 AND n = {p}) "
     "ORDER BY n", "(SELECT n FROM t) EXCEPT ALL (SELECT n FROM u WHERE k = 2) ORDER BY n"),
])
def test_the_where_clause_ends_at_its_own_level(sql: str, expected: str) -> None:
    assert bind_braces(sql, {}, "?") == (expected, [])


def test_parameter_outside_where_without_value_is_an_error() -> None:
    from wlinterp.hfsql.errors import HFError
    with pytest.raises(HFError, match=r"\{a\} has no value"):
        bind_braces("SELECT {a} AS v FROM t", {}, "?")


def test_binary_query_file_is_refused_clearly(tmp_path: Path) -> None:
    """Older projects keep queries in a binary `.wdr`: a clear error, never a guess."""
    path = tmp_path / "REQ_Old.wdr"
    path.write_bytes(b"WDR\x00\x01\x02SELECT\x00")
    with pytest.raises(ValueError, match="binary query file"):
        read_query_sql(str(path))
    out = io.StringIO()
    shutil.copy(SHOP, tmp_path / "shop.xdd")
    run_source('Trace(HExecuteQuery(REQ_Old), HError() <> 0, Position(HErrorInfo(), '
               '"binary") > 0)', "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(tmp_path / "shop.xdd"), "db": "sqlite::memory:"})
    assert out.getvalue() == "0, 1, 1\n"
