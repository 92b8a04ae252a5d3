"""A `{param}` without value drops its WHERE condition in each part of a UNION, INTERSECT
or EXCEPT, with ALL too and in a part in parentheses (hfsql/qparams.py
_drop_unset_conditions, reading the parts with sql_order.compound_parts; docs/hfsql.md
"SQL on both databases (issue 8, HF, 7 Dec 2026, 09:57-12:57)"), run on the databases:
both for what SQLite runs, PostgreSQL for INTERSECT ALL, EXCEPT ALL and parts in
parentheses, which SQLite's SQL does not have."""
from __future__ import annotations

import pytest
from hfsql_support import PgServer, run_shop

ROWS = "".join(f'Customer.Name = "{n}"\nCustomer.City = "{c}"\nHAdd(Customer)\n'
               for n, c in (("Ann", "Paris"), ("Bob", "Lyon"), ("Cid", "Paris")))
QUERY = """q is Data Source
q.pCity = Null
IF NOT HExecuteSQLQuery(q, hQueryDefault, "{0}") THEN
    Trace(HErrorInfo())
END
s is string
FOR EACH q
    s += [","] + q.Name
END
Trace(s)
"""


def _names(sql: str, url: str) -> str:
    return run_shop(ROWS + QUERY.replace("{0}", sql), url).strip()


def test_each_part_of_union_intersect_except(db_url: str) -> None:
    """`{pCity}` has no value: its condition is left out in each part."""
    assert _names("SELECT Name FROM Customer WHERE City = {pCity} EXCEPT SELECT Name FROM "
                  "Customer WHERE Name = 'Bob' AND City = {pCity} ORDER BY Name",
                  db_url) == "Ann,Cid"
    assert _names("SELECT Name FROM Customer WHERE City = {pCity} AND Name <> 'Ann' "
                  "INTERSECT SELECT Name FROM Customer WHERE City = {pCity} ORDER BY Name",
                  db_url) == "Bob,Cid"


def test_all_and_parts_in_parentheses_on_postgresql(pg_server: PgServer) -> None:
    """INTERSECT ALL, EXCEPT ALL and `(SELECT ...)` parts: the parenthesised part's
    parameter stopped the query ("the query parameter {pCity} has no value"), and a
    query starting with `(SELECT` was run as a statement giving no rows (HNbRec -1)."""
    for n, (sql, names) in enumerate([
            (("SELECT Name FROM Customer WHERE City = {pCity} INTERSECT ALL SELECT Name FROM "
              "Customer WHERE Name <> 'Cid' AND City = {pCity} ORDER BY Name"), "Ann,Bob"),
            (("(SELECT Name FROM Customer WHERE City = {pCity}) EXCEPT ALL (SELECT Name FROM "
              "Customer WHERE Name = 'Ann' AND City = {pCity}) ORDER BY Name"), "Bob,Cid")]):
        url = pg_server.new_database(f"unset_compound{n}")
        try:
            assert _names(sql, url) == names
        finally:
            pg_server.drop_database(f"unset_compound{n}")


def test_deeply_nested_part_is_an_error_the_program_tests(db_url: str) -> None:
    """3,000 parentheses around a SELECT with an unset `{pCity}`: the condition is left out
    up to qparams._MOST_LEVELS levels only, deeper it is the error "has no value" that
    HExecuteSQLQuery returns False for, as before the parts in parentheses were read. It
    was a stop of the run, "Stack overflow", Python's stack going through each level."""
    deep = "(" * 3000 + "SELECT Name FROM Customer WHERE City = {pCity}" + ")" * 3000
    out = run_shop(ROWS + QUERY.replace('"{0}"', 's')
                   .replace("q.pCity = Null\n", f'q.pCity = Null\ns is string = "{deep}"\n')
                   .replace("s is string\n", "s = \"\"\n"), db_url)
    assert out.splitlines() == ["the query parameter {pCity} has no value.", ""]


def test_levels_read_around_a_part() -> None:
    """Up to _MOST_LEVELS parentheses the unset condition is left out; one more, it is
    kept (and binding it says it has no value)."""
    from wlinterp.hfsql.errors import HFError
    from wlinterp.hfsql.qparams import _MOST_LEVELS, bind_braces

    def sql(levels: int) -> str:
        return "(" * levels + "SELECT n FROM t WHERE c = {p}" + ")" * levels

    most = _MOST_LEVELS
    assert bind_braces(sql(most), {}, "?") == ("(" * most + "SELECT n FROM t" + ")" * most,
                                                [])
    with pytest.raises(HFError, match=r"\{p\} has no value"):
        bind_braces(sql(most + 1), {}, "?")
