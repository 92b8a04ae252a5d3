"""Rows given by a statement that is no SELECT, kept as a query's result (docs/hfsql.md
"Rows of PRAGMA, SHOW, TABLE and RETURNING").

HExecuteSQLQuery ran `INSERT/UPDATE/DELETE ... RETURNING`, SQLite's `PRAGMA table_info(x)`
and PostgreSQL's `SHOW x` as statements giving none: their rows were dropped without a
word (HNbRec -1). The rows such a statement gives are now read from its cursor as it runs
(once: the statement is not run again) and kept as the result of a SELECT of their values
(`SELECT column1 AS "id", ... FROM (VALUES (?, ?), ...) AS wl_rows`, the same on both
databases), browsed as any query's. PostgreSQL's `TABLE name` (its short `SELECT * FROM
name`, which SQLite lacks) is written `SELECT * FROM name` on both.
"""
from __future__ import annotations

__all__ = ["Rows", "rows_of", "rows_select", "table_select"]

import re
from typing import Any, NamedTuple

from .errors import QUERY, HFError

_TABLE = re.compile(r"\s*TABLE\s+(?!\()(?P<rest>[^;]*)\Z", re.IGNORECASE | re.DOTALL)
# the values a statement's kept rows may take (SQLite's limit on an SQL's variables is
# 32,766, PostgreSQL's 65,535)
MOST_VALUES = 32_000


class Rows(NamedTuple):
    names: list[str]  # the columns, as the database names them
    rows: list[tuple[Any, ...]]


def table_select(text: str) -> str:
    """`TABLE Customer [ORDER BY ...]` as `SELECT * FROM Customer [...]`; any other text
    as it is."""
    m = _TABLE.match(text)
    return text if m is None else f"SELECT * FROM {m.group('rest').strip()}"


def rows_of(cursor: Any) -> Rows | None:
    """The rows the statement run on `cursor` gives, all read; None when it gives none
    (no columns: an INSERT without RETURNING, `PRAGMA foreign_keys = ON`)."""
    if cursor is None or cursor.description is None:
        return None
    return Rows([d[0] for d in cursor.description], list(cursor.fetchall()))


def rows_select(name: str, kept: Rows, mark: str) -> tuple[str, list[Any]]:
    """A SELECT giving `kept`'s rows under their columns' names, with its parameters
    (`mark`: the database's placeholder); refused in words past MOST_VALUES values."""
    quoted = ['"' + n.replace('"', '""') + '"' for n in kept.names]
    if not kept.rows:
        return f"SELECT {', '.join(f'NULL AS {q}' for q in quoted)} WHERE 1 = 0", []
    if len(kept.rows) * len(kept.names) > MOST_VALUES:
        raise HFError(QUERY, f"query {name}: the statement ran and gave {len(kept.rows)} "
                      f"rows of {len(kept.names)} columns, more than a result keeps from a "
                      f"statement that is no SELECT ({MOST_VALUES} values): read them with "
                      "a SELECT.", name)
    row = "(" + ", ".join([mark] * len(kept.names)) + ")"
    columns = ", ".join(f"column{n} AS {q}" for n, q in enumerate(quoted, 1))
    return (f"SELECT {columns} FROM (VALUES {', '.join([row] * len(kept.rows))}) AS wl_rows",
            [v for r in kept.rows for v in r])
