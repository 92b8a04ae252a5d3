"""The older SQL functions, browsing a query result (docs/builtins.md, "The older SQL
functions"): row by row with SQLFetch/SQLAvance and SQLGetCol/SQLLitCol,
SQLGetMemo/SQLLitMemo, SQLGetTextMemo/SQLLitMemoTexte; or moving with SQLFirst/SQLPremier,
SQLNext/SQLSuivant, SQLPrevious/SQLPrécédent, SQLLast/SQLDernier, SQLSeek/SQLPositionne
and reading SQLCol; SQLClose/SQLFerme and SQLReqExists/SQLReqExiste. Each move sets
SQL.Out and SQL.Current (PC SOFT's SQLPrevious page, ?3072022).
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.sqlcalls import NO_DATA, SQLQuery, as_text, sql_state
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("SQL functions (browsing)")


def _move(rt: Runtime, name: Any, fname: str, where: Any) -> SQLQuery:
    """Move a query's current row (`where(query)` gives the new position) and show it
    in the SQL variable."""
    state = sql_state(rt)
    query = state.query(name, fname)
    query.move(where(query))
    state.show(query)
    return query


@family.function("SQLFirst", "SQLPremier")
def sql_first(rt: Runtime, name: Any) -> None:
    """Go to the first row (SQL.Out is True when the result is empty)."""
    _move(rt, name, "SQLFirst", lambda q: 1)


@family.function("SQLNext", "SQLSuivant")
def sql_next(rt: Runtime, name: Any) -> None:
    """Go to the next row (SQL.Out is True past the last one)."""
    _move(rt, name, "SQLNext", lambda q: q.pos + 1)


@family.function("SQLPrevious", "SQLPrécédent")
def sql_previous(rt: Runtime, name: Any) -> None:
    """Go to the previous row (SQL.Out is True before the first one)."""
    _move(rt, name, "SQLPrevious", lambda q: q.pos - 1)


@family.function("SQLLast", "SQLDernier")
def sql_last(rt: Runtime, name: Any) -> None:
    """Go to the last row (SQL.Out is True when the result is empty)."""
    _move(rt, name, "SQLLast", lambda q: len(q.rows) if q.rows else 1)


@family.function("SQLSeek", "SQLPositionne")
def sql_seek(rt: Runtime, name: Any, row: Any) -> None:
    """Go to a row by its number (from 1); SQL.Out is True when there is no such row."""
    n = V.to_int(row)
    _move(rt, name, "SQLSeek", lambda q: n if 1 <= n <= len(q.rows) else len(q.rows) + 1)


@family.function("SQLFetch", "SQLAvance")
def sql_fetch(rt: Runtime, name: Any) -> int:
    """Go to the next row of the result: 0 when there is one, 100 past the last."""
    query = _move(rt, name, "SQLFetch", lambda q: q.pos + 1)
    return NO_DATA if query.out else 0


def _column(rt: Runtime, name: Any, column: Any, fname: str) -> Any:
    state = sql_state(rt)
    query = state.query(name, fname)
    return query.value(query.column_index(column, fname))


@family.function("SQLCol", "SQLCol")
def sql_col(rt: Runtime, name: Any, column: Any) -> Any:
    """A column (number from 1, or name) of the current row, as text ("" outside the
    result or for NULL; a binary value is a buffer)."""
    return as_text(_column(rt, name, column, "SQLCol"))


@family.function("SQLGetCol", "SQLLitCol")
def sql_get_col(rt: Runtime, name: Any, column: Any) -> Any:
    """A column of the row SQLFetch reached, as SQLCol gives it."""
    return as_text(_column(rt, name, column, "SQLGetCol"))


@family.function("SQLGetTextMemo", "SQLLitMemoTexte")
def sql_get_text_memo(rt: Runtime, name: Any, column: Any) -> str:
    """A text memo column of the row SQLFetch reached (binary content is read as
    UTF-8)."""
    value = _column(rt, name, column, "SQLGetTextMemo")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", errors="replace")
    return as_text(value)


@family.function("SQLGetMemo", "SQLLitMemo")
def sql_get_memo(rt: Runtime, name: Any, column: Any) -> str:
    """A binary memo column of the row SQLFetch reached, as a buffer (a text column
    gives its UTF-8 bytes)."""
    value = _column(rt, name, column, "SQLGetMemo")
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    return as_text(value)


@family.function("SQLClose", "SQLFerme")
def sql_close(rt: Runtime, name: Any) -> None:
    """Free a query's result; closing a name that is not open does nothing."""
    sql_state(rt).drop(name)


@family.function("SQLReqExists", "SQLReqExiste")
def sql_req_exists(rt: Runtime, name: Any) -> bool:
    """Is a query of that name open (run by SQLExec and not closed)?"""
    state = sql_state(rt)
    return state.key(name) in state.queries


__all__ = ["family"]
