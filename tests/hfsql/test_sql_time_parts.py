"""EXTRACT / DATEPART of an hour, a minute or a second (wlinterp/hfsql/sqltimeparts.py;
docs/hfsql.md "HFSQL's SQL translated"): what is rewritten and what is left (the values
on both databases: tests/hfsql/cases/sql_time_parts_en.wl)."""
from __future__ import annotations

import pytest

from wlinterp.hfsql.errors import HFError
from wlinterp.hfsql.sqltimeparts import time_parts


def test_an_hour_is_read_from_the_digits() -> None:
    out = time_parts("SELECT EXTRACT(HOUR FROM t.Moment) FROM t", "sqlite", frozenset())
    assert out.startswith("SELECT CAST(NULLIF(CASE WHEN LENGTH(REPLACE(")
    assert "THEN SUBSTR(" in out and ", 9, 2) ELSE SUBSTR(" in out and ", 1, 2) END, '')" in out
    pg = time_parts("SELECT DATEPART(mi, Moment) FROM t", "postgresql", frozenset())
    assert "regexp_replace(CAST((Moment) AS TEXT), '[^0-9]', '', 'g')" in pg and ", 11, 2)" in pg


@pytest.mark.parametrize("sql", [
    "SELECT EXTRACT(YEAR FROM d), DATEPART(month, d), 'EXTRACT(HOUR FROM x)' FROM t",
    "SELECT EXTRACT(HOUR FROM d FROM t",  # not closed: the database refuses it
    "SELECT MYEXTRACT(HOUR FROM d), t.DATEPART(hh, d) FROM t",
])
def test_left_as_written(sql: str) -> None:
    assert time_parts(sql, "postgresql", frozenset()) == sql


def test_a_date_item_has_no_hour() -> None:
    sql = "SELECT EXTRACT(SECOND FROM o.OrderDate), DATEPART(hh, orderdate) FROM Orders o"
    assert time_parts(sql, "sqlite", frozenset({"orderdate"})) == "SELECT 0, 0 FROM Orders o"


def test_epoch_is_refused_in_words() -> None:
    with pytest.raises(HFError, match=r"EXTRACT\(EPOCH FROM d\): the seconds since 1970"):
        time_parts("SELECT EXTRACT(EPOCH FROM d) FROM t", "sqlite", frozenset())


def test_nested_calls_are_looked_into_once() -> None:
    """20,000 nested EXTRACTs (fuzzed): each looked into once, the outer one rewritten."""
    sql = "SELECT " + "EXTRACT(HOUR FROM " * 20000 + "d" + ")" * 20000
    out = time_parts(sql, "sqlite", frozenset())
    assert out.count("LENGTH(") == 1 and len(out) < 4 * len(sql)
