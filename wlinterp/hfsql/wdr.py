"""Queries of the project's query editor (`.wdr` files), run by HExecuteQuery.

Where and what (docs/hfsql.md, "HExecuteQuery"): every `NAME.wdr` file in the analysis's
folder and in the script's folder is a query named NAME. WINDEV's text-format `.wdr`
layout could not be verified; the reader takes the SQL from a block scalar whose key
contains `sql` (`sql_code : |1+`, as the text-format files hold code under `code : |1+`),
else the whole file as SQL (a file holding only the query's SQL).

Parameters are written `{pName}`. Their values come from `REQ.pName = value` or from
HExecuteQuery's extra arguments (in order of first appearance). As the query editor
documents, a condition of the WHERE clause whose parameter has no value (or Null) is left
out; a parameter without value elsewhere in the query is an error.
"""
from __future__ import annotations

__all__ = ["ProjectQuery", "find_queries", "read_query_sql", "bind_braces", "param_names"]

import os
import re
from decimal import Decimal
from typing import Any

from ..syntax.names import fold
from .errors import QUERY, HFError
from .query import DataSource

_BLOCK_KEY = re.compile(r"^( *)([\w ]*sql[\w ]*) : \|1[+-]?\s*$", re.I)
_BRACE = re.compile(r"'(?:''|[^'])*'|\{([^\W\d]\w*)\}", re.U)
# the end of a WHERE clause at the top level
_AFTER_WHERE = re.compile(r"\b(group\s+by|order\s+by|having|limit|union|window)\b", re.I)
_TOKENS = re.compile(r"'(?:''|[^'])*'|\"(?:\"\"|[^\"])*\"|[()]|\b(?:where|and|between)\b", re.I)


class ProjectQuery(DataSource):
    """A query of the project (`REQ_Orders`): its parameters before it runs, its result
    (browsed like a data file) after."""

    wl_type_name = "query"

    def __init__(self, name: str, path: str) -> None:
        super().__init__()
        self.name = name
        self.path = path


def find_queries(folders: list[str]) -> dict[str, ProjectQuery]:
    """The `.wdr` queries of these folders, by folded name (the first folder wins)."""
    found: dict[str, ProjectQuery] = {}
    for folder in folders:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in names:
            stem, ext = os.path.splitext(entry)
            if ext.lower() == ".wdr" and fold(stem) not in found:
                found[fold(stem)] = ProjectQuery(stem, os.path.join(folder, entry))
    return found


def read_query_sql(path: str) -> str:
    """The SQL of a `.wdr` file (see the module docstring for the accepted layouts)."""
    with open(path, "rb") as f:
        raw = f.read()
    if b"\0" in raw[:4096]:  # WINDEV's binary query format (older projects): not text
        raise ValueError(f"{path} is a binary query file (WINDEV's compiled format), which "
                         f"wlinterp cannot read: save the project in text format, or put "
                         f"the query's SQL in the file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    lines = text.lstrip("\ufeff").splitlines()
    for i, line in enumerate(lines):
        m = _BLOCK_KEY.match(line)
        if m is None:
            continue
        key_indent = len(m.group(1))
        body = []
        for nxt in lines[i + 1:]:
            if nxt.strip() and len(nxt) - len(nxt.lstrip(" ")) <= key_indent:
                break
            body.append(nxt.strip())
        return "\n".join(body).strip()
    return text.strip()


def bind_braces(sql: str, values: dict[str, Any], mark: str) -> tuple[str, list[Any]]:
    """`{param}` -> placeholders with their values; WHERE conditions whose parameter has
    no value are dropped first."""
    sql = _drop_unset_conditions(sql, values)
    params: list[Any] = []

    def sub(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return m.group(0)
        value = values.get(fold(m.group(1)))
        if value is None:
            raise HFError(QUERY, f"the query parameter {{{m.group(1)}}} has no value.")
        params.append(float(value) if isinstance(value, Decimal) else value)
        return mark

    return _BRACE.sub(sub, sql), params


def param_names(sql: str) -> list[str]:
    """The `{parameters}` of a query, in order of first appearance."""
    names: list[str] = []
    for m in _BRACE.finditer(sql):
        if m.group(1) is not None and fold(m.group(1)) not in map(fold, names):
            names.append(m.group(1))
    return names


def _unset(text: str, values: dict[str, Any]) -> bool:
    return any(m.group(1) is not None and values.get(fold(m.group(1))) is None
               for m in _BRACE.finditer(text))


def _drop_unset_conditions(sql: str, values: dict[str, Any]) -> str:
    """Leave out the top-level AND-ed conditions of the WHERE clause that use a parameter
    without value (the whole WHERE when none is left)."""
    if not _unset(sql, values):
        return sql
    depth, where_at, cuts, between = 0, -1, [], False
    for m in _TOKENS.finditer(sql):
        tok = m.group(0).lower()
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif depth == 0 and tok == "where" and where_at < 0:
            where_at = m.end()
        elif depth == 0 and tok == "between":
            between = True
        elif depth == 0 and tok == "and" and where_at >= 0:
            if between:  # BETWEEN a AND b: not a separator
                between = False
            else:
                cuts.append((m.start(), m.end()))
    if where_at < 0:
        return sql
    end_m = _AFTER_WHERE.search(sql, where_at)
    end = end_m.start() if end_m else len(sql)
    cuts = [c for c in cuts if c[1] <= end]
    bounds = [where_at] + [c for cut in cuts for c in cut] + [end]
    parts = [sql[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    kept = [p for p in parts if not _unset(p, values)]
    head = sql[:where_at - len("where")].rstrip()
    middle = f" WHERE {' AND '.join(kept)} " if kept else " "
    return head + middle + sql[end:].lstrip()
