"""SQLite: an ORDER BY term that computes a text from a text key item (`ORDER BY
UPPER(Name)`, `ORDER BY 1` on `LEFT(Name, 2)`, an alias of such a column) sorts under
the keys' collation, as PostgreSQL sorts it: there a text function's result keeps its
argument's collation (the keys' case- and accent-insensitive "wl_ci"), where SQLite gives
an expression none (binary: "zoé" sorted before "Émile"). docs/hfsql.md "Collation of
text keys". A bare item keeps its own column's collation; a number is not touched by a
collation. GROUP BY terms and the columns of a SELECT DISTINCT likewise (they grouped
"ÉVRY" and "EVRY" apart, one group on PostgreSQL: "Result columns' names"). So are the
columns of each part of a UNION, INTERSECT or EXCEPT without ALL (which remove duplicates as
DISTINCT does) and the argument of an aggregate's DISTINCT (`COUNT(DISTINCT UPPER(City))`).
"""
from __future__ import annotations

__all__ = ["compound_parts", "ordered_by_keys"]

import re
from itertools import pairwise
from typing import Sequence

from ..syntax.names import fold
from .analysis import FileDesc
from .computed_columns import alias_name, aliased, select_list
from .itemtypes import TEXT_KINDS
from .schema import SQLITE_COLLATION
from .sql_quoted import QUOTED

# what asks for the keys' collation: an order, a grouping, duplicates removed
_WANTED = re.compile(r"\b(?:ORDER\s+BY|GROUP\s+BY|DISTINCT|UNION|INTERSECT|EXCEPT)\b", re.I)
_AGGREGATE_DISTINCT = re.compile(rf"{QUOTED}|\b[^\W\d]\w*\s*\(\s*DISTINCT\b", re.I | re.U)
# (a UNION, INTERSECT or EXCEPT ends the clauses of the SELECT before it)
_CLAUSES = re.compile(rf"{QUOTED}|[(),]|\b(?:ORDER|GROUP)\s+BY\b"
                      r"|\b(?:LIMIT|OFFSET|HAVING|WINDOW|UNION|INTERSECT|EXCEPT)\b", re.I)
_DISTINCT = re.compile(r"\s*SELECT\s+DISTINCT\b", re.I)
_SELECT = re.compile(r"\s*SELECT\b", re.I)
_ALL = re.compile(r"\bALL\b", re.I)
_BRACKETS = re.compile(rf"{QUOTED}|[()]", re.U)
_JOINS = re.compile(rf"{QUOTED}|[()]|\b(?:UNION|INTERSECT|EXCEPT)(?:\s+ALL)?\b", re.I | re.U)
_TERM = re.compile(r"(?P<expr>.+?)(?P<tail>\s+(?:ASC|DESC)\b.*|\s+NULLS\s+.*)?", re.I | re.S)
_NAMES = re.compile(rf"{QUOTED}|(?P<name>[^\W\d]\w*)", re.U)
_BARE = re.compile(r"[^\W\d]\w*(?:\.[^\W\d]\w*)?", re.U)


def ordered_by_keys(sql: str, files: Sequence[FileDesc]) -> str:
    """`sql` with each ORDER BY and GROUP BY term computed from a text item of a key of
    `files` (the data files it names: those items' columns are collated, schema.py), and
    each such column of a SELECT DISTINCT, given the keys' collation: in the outer SELECT,
    in each part of a UNION, INTERSECT or EXCEPT, and in each sub-select in parentheses
    (`FROM (SELECT ... GROUP BY UPPER(City))`, `IN (SELECT ...)`: they grouped apart on
    SQLite what PostgreSQL groups together)."""
    if not _WANTED.search(sql):
        return sql
    keyed = frozenset(fold(i.name) for d in files for i in d.items
                      if i.type.kind in TEXT_KINDS and any(i.name in k.items for k in d.keys))
    return _compound(_distinct_aggregates(sql, keyed), keyed) if keyed else sql


def _distinct_aggregates(sql: str, keyed: frozenset[str]) -> str:
    """`COUNT(DISTINCT UPPER(City))` (any aggregate's DISTINCT, at any level): an argument
    computed from a key item compared under the keys' collation, as PostgreSQL compares it
    (SQLite counted ÉVRY and EVRY as two)."""
    places = []
    for m in _AGGREGATE_DISTINCT.finditer(sql):
        if m.group(0)[:1] in "'\"":
            continue
        close = _call_end(sql, m.end())
        if close >= 0 and _computed_from(sql[m.end():close].strip(), [], keyed):
            places.append(close)
    for at in reversed(places):
        sql = f"{sql[:at]} COLLATE {SQLITE_COLLATION}{sql[at:]}"
    return sql


def _call_end(sql: str, pos: int) -> int:
    """Where the call whose arguments run from `pos` closes (-1: it does not)."""
    depth = 0
    for m in _BRACKETS.finditer(sql, pos):
        depth += {"(": 1, ")": -1}.get(m.group(0), 0)
        if depth < 0:
            return m.start()
    return -1


def _compound(sql: str, keyed: frozenset[str]) -> str:
    """One SELECT or several joined by UNION, INTERSECT, EXCEPT (their sub-selects
    first): GROUP BY and DISTINCT of each part, then the ORDER BY that ends them, whose
    positions and aliases are the first part's columns."""
    sql = _sub_selects(sql, keyed)
    parts = compound_parts(sql)
    deduplicated = any(not _ALL.search(sql, end, start)  # (UNION, not UNION ALL: the
                       for (_, end), (start, _) in pairwise(parts))  # rows DISTINCT)
    for start, end in reversed(parts):  # (from the last: the earlier places stay right)
        part = sql[start:end]
        columns = select_list(part)
        group_start, group_end = _clause(part, "GROUP")
        if group_start >= 0:
            part = _collated_terms(part, group_start, group_end, columns, keyed)
        if deduplicated or _DISTINCT.match(part) is not None:
            part = _distinct_columns(part, columns, keyed)
        sql = sql[:start] + part + sql[end:]
    order_start, order_end = _clause(sql, "ORDER")
    if order_start >= 0:
        sql = _collated_terms(sql, order_start, order_end, select_list(sql), keyed)
    return sql


def _sub_selects(sql: str, keyed: frozenset[str]) -> str:
    """`sql` with each SELECT in parentheses at its outer level made as _compound makes
    a whole one (inner ones first, by the recursion)."""
    places, depth, opened = [], 0, -1
    for m in _BRACKETS.finditer(sql):
        token = m.group(0)
        if token == "(":
            depth += 1
            if depth == 1:
                opened = m.end()
        elif token == ")" and depth > 0:
            depth -= 1
            if depth == 0 and _SELECT.match(sql, opened):
                places.append((opened, m.start()))
    for start, end in reversed(places):
        sql = sql[:start] + _compound(sql[start:end], keyed) + sql[end:]
    return sql


def compound_parts(sql: str) -> list[tuple[int, int]]:
    """The spans of the SELECTs a UNION, INTERSECT or EXCEPT (ALL) joins at the outer
    level (the whole text when it joins none); the last one runs to the end (its ORDER
    BY is the compound's, left to _compound). Also where qparams.py drops a condition
    whose parameter has no value, in each part."""
    spans, depth, begin = [], 0, 0
    for m in _JOINS.finditer(sql):
        token = m.group(0)
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth == 0 and token[:1].isalpha():
            spans.append((begin, m.start()))
            begin = m.end()
    return spans + [(begin, len(sql))]


def _collated_terms(sql: str, start: int, end: int, columns: list[str],
                    keyed: frozenset[str]) -> str:
    """The terms of the clause between `start` and `end` computed from a key item given
    the keys' collation."""
    terms, depth, begin = [], 0, start
    for m in _CLAUSES.finditer(sql, start, end):
        token = m.group(0)
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "," and depth == 0:
            terms.append((begin, m.start()))
            begin = m.end()
    terms.append((begin, end))
    for first, last in reversed(terms):  # (from the last: the earlier places stay right)
        term = _TERM.fullmatch(sql, first, last)
        if term is not None and _computed_from(term.group("expr").strip(), columns, keyed):
            at = first + len(sql[first:term.end("expr")].rstrip())  # (before the space
            sql = f"{sql[:at]} COLLATE {SQLITE_COLLATION}{sql[at:]}"  # before LIMIT, ORDER)
    return sql


def _distinct_columns(sql: str, columns: list[str], keyed: frozenset[str]) -> str:
    """SELECT DISTINCT: each column computed from a key item compared under the keys'
    collation (before its alias)."""
    places, pos = [], 0
    for column in columns:
        at = sql.index(column, pos)
        pos = at + len(column)
        if _computed_from(column, [], keyed):
            m = aliased(column)
            places.append(at + (m.end("expr") if m is not None else len(column)))
    for at in reversed(places):
        sql = f"{sql[:at]} COLLATE {SQLITE_COLLATION}{sql[at:]}"
    return sql


def _clause(sql: str, word: str) -> tuple[int, int]:
    """Where the terms of the outer `word` BY clause (ORDER, GROUP) start and end (-1, -1
    when it has none): up to the next clause of the outer SELECT."""
    depth, start = 0, -1
    for m in _CLAUSES.finditer(sql):
        token = m.group(0)
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth != 0 or token in "(),":
            continue
        if start < 0 and token.upper().startswith(word):
            start = m.end()
        elif start >= 0 and token[:1].isalpha():
            return start, m.start()
    return (start, len(sql)) if start >= 0 else (-1, -1)


def _computed_from(term: str, columns: list[str], keyed: frozenset[str]) -> bool:
    """Is the term (a position, an alias or an expression) a text computed from a key
    item, not the item itself?"""
    expr = term
    if term.isdigit() and 0 < int(term) <= len(columns):
        expr = columns[int(term) - 1]
    else:
        for column in columns:
            alias = alias_name(column)
            if alias is not None and fold(alias) == fold(term):
                expr = column
    m = aliased(expr)
    expr = m.group("expr").strip() if m is not None else expr
    if _BARE.fullmatch(expr):
        return False
    return any(fold(n.group("name")) in keyed for n in _NAMES.finditer(expr)
               if n.group("name"))
