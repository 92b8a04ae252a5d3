"""CAST to an integer or a sized text and AVG in hand-written SQL (wlinterp/hfsql/sqlcasts.py;
docs/hfsql.md, "CAST and AVG"): what is rewritten, what is left, and fuzzed texts of
thousands of casts translated and refused as any wrong query is (the values on both
databases: tests/hfsql/cases/sql_cast_avg_en.wl)."""
from __future__ import annotations

import pytest

from hfsql_support import run_shop
from wlinterp.hfsql.sqlcasts import number_casts
from wlinterp.hfsql.sqldialect import translate


def test_sqlite_cuts_a_sized_text_and_leaves_integers() -> None:
    sql = "SELECT CAST(a AS VARCHAR(3)), CAST(b AS INTEGER), CAST(c AS char ( 5 )), AVG(d) FROM t"
    assert number_casts(sql, "sqlite") == (
        "SELECT SUBSTR(CAST((a) AS TEXT), 1, 3), CAST(b AS INTEGER), "
        "SUBSTR(CAST((c) AS TEXT), 1, 5), AVG(d) FROM t")


def test_postgresql_truncates_numbers_and_averages_as_reals() -> None:
    out = number_casts("SELECT CAST(Total AS BIGINT), AVG(DISTINCT x) FROM t", "postgresql")
    assert out.startswith("SELECT (CASE WHEN pg_typeof((Total)) IN ('numeric'::regtype, ")
    assert "THEN CAST(TRUNC(CAST(CASE WHEN" in out and "ELSE CAST((Total) AS BIGINT) END)" in out
    assert out.endswith(", CAST(AVG(DISTINCT x) AS DOUBLE PRECISION) FROM t")


@pytest.mark.parametrize("sql", [
    "SELECT 'CAST(a AS INTEGER)', \"AVG(x)\" FROM t",  # quoted
    "SELECT AVG(x) OVER (PARTITION BY y), AVG(x) FILTER (WHERE y > 1) FROM t",
    "SELECT CAST(a AS NUMERIC(10, 2)), CAST(b AS VARCHAR), t.AVG(x), MYCAST(a AS INTEGER) FROM t",
    "SELECT CAST(a AS INTEGER FROM t",  # not closed: the database refuses it
])
def test_left_as_written_on_postgresql(sql: str) -> None:
    assert number_casts(sql, "postgresql") == sql


def test_an_inner_cast_is_rewritten_inside_one_left() -> None:
    out = translate("SELECT CAST(CAST(a AS VARCHAR(2)) AS NUMERIC) FROM t", "sqlite", None)
    assert out == "SELECT CAST(SUBSTR(CAST((a) AS TEXT), 1, 2) AS NUMERIC) FROM t"


def test_rewritten_casts_repeat_their_operand_a_bounded_number_of_times() -> None:
    """Each rewritten cast repeats its operand: nested ones are rewritten two deep, the
    rest as written, so 2,000 nested casts give a text of a bounded size."""
    sql = "SELECT " + "CAST(" * 2000 + "1" + " AS INTEGER)" * 2000
    out = number_casts(sql, "postgresql")
    assert out.count("pg_typeof") == 4 * 2 + 2 and len(out) < 20 * len(sql)


NESTED = """q is Data Source
s is string = "SELECT " + Repeat("CAST(", 20000) + "1" + Repeat(" AS {0})", 20000)
Trace(HExecuteSQLQuery(q, s), ErrorOccurred)
s = "SELECT " + Repeat("CAST( ", 20000)
Trace(HExecuteSQLQuery(q, s), ErrorOccurred)
"""


@pytest.mark.parametrize("kind", ["INTEGER", "NUMERIC", "VARCHAR(3)"])
def test_thousands_of_nested_casts_are_a_query_error(db_url: str, kind: str) -> None:
    """Fuzzed input: 20,000 nested casts of a type other than a date, or 20,000 casts
    never closed, fail as a refused query does; each cast was scanned to its end from
    every cast around it (sqldates.py), minutes for such a text."""
    assert run_shop(NESTED.replace("{0}", kind), db_url) == "0, 1\n0, 1\n"
