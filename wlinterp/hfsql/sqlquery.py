"""`q is SQL Query = [SELECT ...]` (FR `Requête SQL`): a query written in the code,
run by HExecuteQuery (or HExecuteSQLQuery alone) and then browsed like a data file.

Its parameters are written `{pName}` as in the query editor's queries (wdr.py) and set
with `q.pName = value` before the run (*decided*: the help pages read do not show the
parameter syntax of SQL Query variables; the editor's is the natural one).
"""
from __future__ import annotations

__all__ = ["SQLQuery"]

import itertools
from typing import Any

from ..errors import WLRuntimeError
from ..runtime import values as V
from .wdr import ProjectQuery

_numbers = itertools.count(1)


class SQLQuery(ProjectQuery):
    """The SQL text of the query, its parameters, and its result once run."""

    wl_type_name = "SQL Query"

    def __init__(self, rt: Any = None, sql: str = "") -> None:
        super().__init__(f"SQLQuery{next(_numbers)}", "")
        self.sql = sql

    @classmethod
    def wl_from_value(cls, value: Any) -> "SQLQuery":
        """`q is SQL Query = [...]` / `q = "SELECT ..."`: a query of that SQL text."""
        if isinstance(value, SQLQuery):
            return value
        if isinstance(value, str):
            return cls(sql=value)
        raise WLRuntimeError(f"A value of type {V.type_name(value)} cannot be stored in an "
                             f"SQL Query variable (its SQL text is expected).")

    def wl_text(self) -> str:
        return self.sql
