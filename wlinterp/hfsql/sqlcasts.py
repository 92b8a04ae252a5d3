"""Casts to a number or a text and AVG in hand-written SQL, the same on SQLite and
PostgreSQL (docs/hfsql.md, "HFSQL's SQL translated": CAST and AVG).

The two databases disagreed where HFSQL's own rule is not in the stored help (its SQL
CAST and AVG pages are not stored; *decided*, INFERRED):

- `CAST(x AS INTEGER)` (INT, BIGINT, SMALLINT) of a decimal value keeps its whole part,
  as WLanguage does when a real is assigned to an integer (10.555 -> 10, -2.5 -> -2):
  SQLite did; PostgreSQL rounded (11, -3). On PostgreSQL a number (numeric, real) is
  truncated first; any other operand is cast as written (a boolean item, a text).
- `CAST(x AS VARCHAR(n))` / `CHAR(n)` is the value's text cut to `n` characters, a
  decimal number written as WLanguage writes it, without trailing zeros (13.555):
  PostgreSQL gave "13.555000" (the currency column's scale) and padded CHAR(n) with
  spaces; SQLite cut nothing. HFSQL's text items are read without trailing spaces, so
  CHAR(n) is not padded either.
- `AVG(x)` is a real (TypeVar 12) on both: PostgreSQL gave a NUMERIC of 20 decimals read
  as a currency (TypeVar 10), SQLite a real. An AVG followed by OVER or FILTER is left.

PostgreSQL picks a function by the operand's type when the query is planned, so the
rewritten cast tests `pg_typeof` in a CASE whose arms all accept any type; a constant
arm is folded by the planner even when its test is false, hence the inner CASE giving
the text only for a number.
"""
from __future__ import annotations

__all__ = ["number_casts"]

import re

from .sql_quoted import QUOTED
from .sqldates import closing

_CAST = re.compile(rf"{QUOTED}|(?<![.\w])(?P<cast>CAST)\s*\(|(?<![.\w])(?P<avg>AVG)\s*\(",
                   re.I | re.U)
_AS = re.compile(r"(?P<operand>.*)\s+AS\s+(?P<type>(?P<int>INTEGER|INT|BIGINT|SMALLINT)"
                 r"|(?P<text>VARCHAR|CHAR|CHARACTER(?:\s+VARYING)?)\s*\(\s*(?P<size>\d+)\s*\)"
                 r"|[^()]*(?:\([^()]*\))?)\s*\Z", re.I | re.S)
_AFTER_AVG = re.compile(r"\s*(?:OVER|FILTER)\b", re.I)
_REPEATED = 2  # rewritten casts inside rewritten casts: each repeats its operand
_DEEPEST = 20  # nesting looked into (deeper: as written), so that a fuzzed text of
# thousands of nested casts is rewritten in a time linear in its length
_PG_NUMBER = "pg_typeof({0}) IN ('numeric'::regtype, 'double precision'::regtype, " \
             "'real'::regtype)"
_PG_INT = ("(CASE WHEN " + _PG_NUMBER + " THEN CAST(TRUNC(CAST(CASE WHEN " + _PG_NUMBER +
           " THEN CAST({0} AS TEXT) END AS NUMERIC)) AS {1}) ELSE CAST({0} AS {1}) END)")
_PG_TEXT = ("CAST(CASE WHEN pg_typeof({0}) = 'numeric'::regtype THEN regexp_replace("
            "CAST({0} AS TEXT), '(\\.[0-9]*[1-9])0+$|\\.0+$', '\\1') ELSE CAST({0} AS TEXT) "
            "END AS VARCHAR({1}))")
_SQLITE_TEXT = "SUBSTR(CAST({0} AS TEXT), 1, {1})"


def number_casts(sql: str, dialect: str, depth: int = 0, repeated: int = 0) -> str:
    """`sql` with its casts to an integer or a sized text, and on PostgreSQL its AVGs,
    written so that both databases give the same values (the module's docstring); the
    rest as written (all of it after a parenthesis that is not closed). Each cast or AVG is looked into once, its operand at `depth` + 1
    (`repeated`: how many rewritten casts around it already repeat it)."""
    if depth >= _DEEPEST:
        return sql
    out, pos = [], 0
    for m in _CAST.finditer(sql):
        if m.start() < pos or not (m.group("cast") or m.group("avg")):
            continue
        end = closing(sql, m.end())
        if not end:  # unbalanced: the database refuses it, nothing after is rewritten
            break
        out.append(sql[pos:m.start()])
        pos = end
        if m.group("avg"):
            inner = number_casts(sql[m.end():end - 1], dialect, depth + 1, repeated)
            if dialect == "postgresql" and not _AFTER_AVG.match(sql, end):
                out.append(f"CAST(AVG({inner}) AS DOUBLE PRECISION)")
            else:
                out.append(sql[m.start():m.end()] + inner + ")")
            continue
        typed = _AS.match(sql, m.end(), end - 1)
        if typed is None:
            out.append(sql[m.start():end])
            continue
        rewritten = typed.group("int") and dialect == "postgresql" or typed.group("text")
        rewritten = rewritten and repeated < _REPEATED
        operand = number_casts(typed.group("operand"), dialect, depth + 1,
                               repeated + bool(rewritten))
        if not rewritten:
            out.append(sql[m.start():m.end()] + operand + sql[typed.end("operand"):end])
        elif typed.group("int"):
            out.append(_PG_INT.format(f"({operand})", typed.group("int").upper()))
        else:
            out.append((_SQLITE_TEXT if dialect == "sqlite" else _PG_TEXT).format(
                f"({operand})", typed.group("size")))
    return "".join(out) + sql[pos:]
