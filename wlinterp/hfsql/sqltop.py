"""HFSQL's `SELECT TOP n`, written for SQLite and PostgreSQL (docs/hfsql.md, "HFSQL's
SQL translated"): neither has TOP, both have `LIMIT n`, so

    SELECT [DISTINCT] TOP n columns FROM ... [ORDER BY ...]

becomes `SELECT [DISTINCT] columns FROM ... [ORDER BY ...] LIMIT n`, the LIMIT written
at the end of that SELECT (before the `)` closing a sub-query, a `;`, or the end of the
text). `n` is a number or a parameter (`{p}`, `:p`), in parentheses or not. A SELECT
that has TOP and a LIMIT of its own, or one that is a member of a UNION, INTERSECT or
EXCEPT, is refused in words
(where would the LIMIT go?); so are `TOP n PERCENT`, which has no LIMIT form, and
`SELECT BOTTOM n` (the last rows), which SELECT TOP with the order reversed writes.
"""
from __future__ import annotations

__all__ = ["translate_top"]

import re

from ..lazy_regex import lazy_compile
from .errors import QUERY, HFError

_QUOTED = r"'(?:''|[^'])*'|\"(?:\"\"|[^\"])*\""
_COMMENT = r"--[^\n]*|/\*.*?(?:\*/|\Z)"  # skipped as quoted text is: a `)` or LIMIT in a note
_OPERAND = r"\d+|:[^\W\d]\w*|\{[^\W\d]\w*\}"
_TOP = lazy_compile(
    rf"{_QUOTED}|{_COMMENT}|\bSELECT(?P<distinct>\s+(?:DISTINCT|ALL))?\s+(?P<word>TOP|BOTTOM)\s*"
    rf"(?:(?P<count>{_OPERAND})|\(\s*(?P<inner>{_OPERAND})\s*\))(?P<percent>\s+PERCENT\b)?",
    re.I | re.U | re.S)
# what ends a SELECT, or makes its end ambiguous, at its own depth
_PIECES = lazy_compile(rf"{_QUOTED}|{_COMMENT}|[();]|\b(?P<word>LIMIT|UNION|INTERSECT|EXCEPT)\b",
                       re.I | re.U | re.S)


def translate_top(sql: str) -> str:
    """`sql` with each `SELECT ... TOP n` written with LIMIT (the last first, so that
    the positions of the ones before stay right)."""
    tops = [m for m in _TOP.finditer(sql) if m.group("word") is not None]
    for m in reversed(tops):
        count = m.group("count") or m.group("inner")
        if m.group("word").upper() == "BOTTOM":
            raise HFError(QUERY, f"SELECT BOTTOM {count} cannot be run on this database: "
                                 "write SELECT TOP with the ORDER BY reversed (DESC).")
        if m.group("percent"):
            raise HFError(QUERY, f"SELECT TOP {count} PERCENT cannot be run on this "
                                 "database: write the number of rows.")
        end = _select_end(sql, m, count)
        distinct = m.group("distinct") or ""
        body = sql[m.end():end].rstrip()
        after_note = any(p.group(0).startswith("--") and p.end() == len(body)
                         for p in _PIECES.finditer(body))  # (LIMIT on the next line)
        sql = (sql[:m.start()] + "SELECT" + distinct + body
               + ("\n" if after_note else " ") + f"LIMIT {count}" + sql[end:])
    return sql


def _select_end(sql: str, top: re.Match[str], count: str) -> int:
    """Where the SELECT that `top` starts ends; a LIMIT of its own, or a compound
    select, refused."""
    depth = 0
    for piece in _PIECES.finditer(sql, top.end()):
        token, word = piece.group(0), (piece.group("word") or "").upper()
        if token == "(":
            depth += 1
        elif token == ")":
            if depth == 0:
                return piece.start()
            depth -= 1
        elif token == ";" and depth == 0:
            return piece.start()
        elif word and depth == 0:
            raise HFError(QUERY, f"SELECT TOP {count} with {word}: "
                          + ("the query has both; keep one (LIMIT n, or TOP n)."
                             if word == "LIMIT" else
                             f"TOP in a member of a {word} cannot be translated; put "
                             "that SELECT in parentheses, or write LIMIT."))
    return len(sql)
