"""Query parameters: the markers of a query's SQL text become the database's placeholders,
with the values the program gave (docs/hfsql.md, "Queries, data sources, aliases").

Two notations exist. `{pName}` is the query editor's (the project's `.wdr` queries, SQL
Query variables, and the SQL text HExecuteSQLQuery runs on a Data Source); there a
top-level condition of the WHERE clause whose parameter has no value (never set, or Null)
is left out, as the query editor documents, and a parameter without value anywhere else
is an error. `:pName` is the native accesses' binding (HPrepareSQLQuery's example): it must
have a value. Markers inside quoted text are text. PostgreSQL's driver reads `%` as the
start of a placeholder once there are parameters, so the text's own `%` are doubled then.
"""
from __future__ import annotations

__all__ = ["bind_braces", "bind_parameters", "bind_source", "param_names"]

import re
from decimal import Decimal
from typing import Any

from ..runtime.durations import WLDuration
from ..syntax.names import fold
from .errors import QUERY, HFError
from .sql_order import compound_parts
from .sql_quoted import QUOTED as _QUOTED

_BRACED = r"\{(?P<brace>[^\W\d]\w*)\}"
_COLONED = r"(?<!:):(?P<colon>[^\W\d]\w*)"
_BRACE = re.compile(rf"{_QUOTED}|{_BRACED}", re.U)
_COLON = re.compile(rf"{_QUOTED}|{_COLONED}", re.U)
_BOTH = re.compile(rf"{_QUOTED}|{_BRACED}|{_COLONED}", re.U)
# what the WHERE scan reads: quoted text (skipped), brackets, WHERE, AND, BETWEEN, and
# the words that end a WHERE clause (at its own level: not in quotes nor in a sub-query)
_ENDS = r"group\s+by|order\s+by|having|limit|union|window"
_TOKENS = re.compile(rf"{_QUOTED}|[()]|\b(?:where|and|between|(?P<end>{_ENDS}))\b", re.I)
_BRACKETS = re.compile(rf"{_QUOTED}|[()]")
# the parentheses read around a part of a compound at most: deeper, its conditions are
# not left out (an unset parameter there is "has no value", an error the program can
# test) rather than going through each level, one call and one reading of the text each
_MOST_LEVELS = 32


def _bind(pattern: re.Pattern[str], sql: str, values: dict[str, Any], mark: str
          ) -> tuple[str, list[Any]]:
    """Each marker `pattern` finds (`{name}`, `:name`) -> `mark`, its value appended in
    order; quoted text is kept as it is."""
    params: list[Any] = []

    def sub(m: re.Match[str]) -> str:
        found = m.groupdict()
        braced = found.get("brace")
        name = braced if braced is not None else found.get("colon")
        if name is None:
            return m.group(0)
        value = values.get(fold(name))
        if value is None and (braced is not None or fold(name) not in values):
            shown = f"{{{name}}}" if braced is not None else f":{name}"
            raise HFError(QUERY, f"the query parameter {shown} has no value.")
        params.append(_sql_value(value))
        return mark

    escaped = sql.replace("%", "%%") if mark == "%s" else sql
    text = pattern.sub(sub, escaped)
    return (text, params) if params else (sql, params)


def _sql_value(value: Any) -> Any:
    """A parameter's value as the database is given it. A Date, Time or DateTime is the
    text its variable holds (`20250105`, `10300000`: the form the items store), a Duration
    its number, milliseconds (a date difference its days), as a number variable given it
    and as an integer or currency item stores it (docs/hfsql.md "Queries, data sources,
    aliases", INFERRED): the driver refused it ("type 'WLDuration' is not supported")."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, WLDuration):
        return value.wl_num()
    return value


def bind_braces(sql: str, values: dict[str, Any], mark: str) -> tuple[str, list[Any]]:
    """`{param}` -> placeholders with their values; WHERE conditions whose parameter has
    no value are dropped first."""
    return _bind(_BRACE, _drop_unset_conditions(sql, values), values, mark)


def bind_parameters(sql: str, values: dict[str, Any], mark: str) -> tuple[str, list[Any]]:
    """`:name` parameters (outside quotes) -> placeholders, with their values."""
    return _bind(_COLON, sql, values, mark)


def bind_source(sql: str, values: dict[str, Any], mark: str) -> tuple[str, list[Any]]:
    """The SQL text HExecuteSQLQuery runs on a Data Source: `{param}` as the query
    editor's (an unset one drops its WHERE condition) and `:param` as bound values."""
    return _bind(_BOTH, _drop_unset_conditions(sql, values), values, mark)


def param_names(sql: str) -> list[str]:
    """The `{parameters}` of a query, in order of first appearance."""
    names: list[str] = []
    for m in _BRACE.finditer(sql):
        if m.group("brace") is not None and fold(m.group("brace")) not in map(fold, names):
            names.append(m.group("brace"))
    return names


def _unset(text: str, values: dict[str, Any]) -> bool:
    return any(m.group("brace") is not None and values.get(fold(m.group("brace"))) is None
               for m in _BRACE.finditer(text))


def _drop_unset_conditions(sql: str, values: dict[str, Any], levels: int = 0) -> str:
    """Leave out, in each SELECT of a UNION/INTERSECT/EXCEPT (with ALL too: sql_order's
    compound_parts, one reading of the set operators), the top-level AND-ed conditions
    of the WHERE clause that use a `{param}` without value (the whole WHERE when none is
    left); a part in parentheses (`EXCEPT ALL (SELECT ...)`) is read inside them. The
    operators' own spelling and spacing are kept. `levels`: the parentheses read around
    `sql` so far (at most _MOST_LEVELS)."""
    if not _unset(sql, values):
        return sql
    pieces, pos = [], 0
    for start, end in compound_parts(sql):
        part = sql[start:end]
        body = part.strip()
        lead = part[:len(part) - len(part.lstrip())]
        pieces += [sql[pos:start], lead, _drop_in_part(body, values, levels),
                   part[len(lead) + len(body):]]
        pos = end
    return "".join(pieces) + sql[pos:]


def _drop_in_part(part: str, values: dict[str, Any], levels: int) -> str:
    """One part of a compound: a SELECT, or one in parentheses followed by what ends the
    compound (`(SELECT ...) ORDER BY a`), read inside its parentheses (up to
    _MOST_LEVELS deep: 3,000 levels overflowed Python's stack, a stop the program could
    not test)."""
    close = _closing(part) if part.startswith("(") else -1
    if close < 0:
        return _drop_in_select(part, values)
    if levels >= _MOST_LEVELS:
        return part
    return "(" + _drop_unset_conditions(part[1:close], values, levels + 1) + part[close:]


def _closing(text: str) -> int:
    """Where the parenthesis opening `text` closes (-1: it does not)."""
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth += {"(": 1, ")": -1}.get(m.group(0), 0)
        if depth == 0:
            return m.start()
    return -1


def _drop_in_select(sql: str, values: dict[str, Any]) -> str:
    """_drop_unset_conditions for one SELECT (no set operator at its own level)."""
    if not _unset(sql, values):
        return sql.strip()
    depth, where_at, cuts, between, end = 0, -1, [], False, len(sql)
    for m in _TOKENS.finditer(sql):
        tok = m.group(0).lower()
        if m.group("end") and depth == 0 and where_at >= 0:
            end = m.start()
            break
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
    bounds = [where_at] + [c for cut in cuts for c in cut] + [end]
    parts = [sql[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    kept = [p for p in parts if not _unset(p, values)]
    head = sql[:where_at - len("where")].rstrip()
    middle = f" WHERE {' AND '.join(kept)} " if kept else " "
    return (head + middle + sql[end:].lstrip()).strip()
