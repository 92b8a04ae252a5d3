"""HFSQL's `SELECT TOP n`, written for SQLite and PostgreSQL (docs/hfsql.md, "HFSQL's
SQL translated"): neither has TOP, both have `LIMIT n`, so

    SELECT [DISTINCT] TOP n columns FROM ... [ORDER BY ...]

becomes `SELECT [DISTINCT] columns FROM ... [ORDER BY ...] LIMIT n`, the LIMIT written
at the end of that SELECT (before the `)` closing a sub-query, a `;`, or the end of the
text). `n` is a number or a parameter (`{p}`, `:p`), in parentheses or not; `TOP n ...
OFFSET m` puts the LIMIT before the OFFSET (both databases want it there). A SELECT
that has TOP and a LIMIT of its own, BOTTOM and an OFFSET, or one that is a member of a
UNION, INTERSECT or EXCEPT, is refused in words (where would the LIMIT go?); so is
`TOP n PERCENT`, which has no LIMIT form.

`SELECT BOTTOM n` (the last n rows, in the query's order) keeps them in that order: it
is the same SELECT with `LIMIT n OFFSET` the number of its rows less n (0 when it has
fewer), counted by that SELECT as a sub-query; it has TOP's refusals.
"""
from __future__ import annotations

__all__ = ["translate_top"]

import re

from ..lazy_regex import lazy_compile
from .errors import QUERY, HFError
from .sql_quoted import QUOTED

# quoted text and identifiers, a `)` or a keyword inside them ending nothing: '...',
# "...", [...] and `...` (SQLite's and HFSQL's ways to quote a name: `[a)b]`)
_QUOTED = QUOTED + r"|\[[^\]]*\]|`[^`]*(?:``[^`]*)*`"
_COMMENT = r"--[^\n]*|/\*.*?(?:\*/|\Z)"  # skipped as quoted text is: a `)` or LIMIT in a note
_OPERAND = r"\d+|:[^\W\d]\w*|\{[^\W\d]\w*\}"
_TOP = lazy_compile(
    rf"{_QUOTED}|{_COMMENT}|\bSELECT(?P<distinct>\s+(?:DISTINCT|ALL))?\s+(?P<word>TOP|BOTTOM)\s*"
    rf"(?:(?P<count>{_OPERAND})|\(\s*(?P<inner>{_OPERAND})\s*\))(?P<percent>\s+PERCENT\b)?",
    re.I | re.U | re.S)
# what ends a SELECT, or makes its end ambiguous, at its own depth
_PIECES = lazy_compile(rf"{_QUOTED}|{_COMMENT}|[();]|"
                       rf"\b(?P<word>LIMIT|OFFSET|UNION|INTERSECT|EXCEPT)\b",
                       re.I | re.U | re.S)


def translate_top(sql: str) -> str:
    """`sql` with each `SELECT ... TOP n` written with LIMIT (the last first, so that
    the positions of the ones before stay right)."""
    tops = [m for m in _TOP.finditer(sql) if m.group("word") is not None]
    for m in reversed(tops):
        count = m.group("count") or m.group("inner")
        word = m.group("word").upper()
        if m.group("percent"):
            raise HFError(QUERY, f"SELECT {word} {count} PERCENT cannot be run on this "
                                 "database: write the number of rows.")
        end = _select_end(sql, m, f"{word} {count}")
        body = sql[m.end():end].rstrip()
        after_note = any(p.group(0).startswith("--") and p.end() == len(body)
                         for p in _PIECES.finditer(body))  # (LIMIT on the next line)
        select = "SELECT" + (m.group("distinct") or "") + body + ("\n" if after_note else " ")
        limit = f"LIMIT {count}"
        if word == "BOTTOM":  # the rows after the first (all of them - n), in order
            limit += (f" OFFSET (SELECT CASE WHEN count(*) > {count} THEN count(*) - "
                      f"{count} ELSE 0 END FROM ({select}) wl_bottom)")
        rest = sql[end:]
        sql = sql[:m.start()] + select + limit + (" " if rest[:1].isalpha() else "") + rest
    return sql


def _select_end(sql: str, top: re.Match[str], what: str) -> int:
    """Where the SELECT that `top` (`what`: "TOP 3", "BOTTOM 3") starts ends; a LIMIT of
    its own, or a compound select, refused."""
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
        elif word == "OFFSET" and depth == 0 and what.startswith("TOP"):
            return piece.start()  # TOP n ... OFFSET m: LIMIT n OFFSET m
        elif word and depth == 0:
            kind = what.split()[0]
            raise HFError(QUERY, f"SELECT {what} with {word}: "
                          + (f"the query has both; keep one (LIMIT n, or {kind} n)."
                             if word == "LIMIT" else
                             "the query has both; write LIMIT n OFFSET m." if word == "OFFSET"
                             else
                             f"{kind} in a member of a {word} cannot be translated; put "
                             "that SELECT in parentheses, or write LIMIT."))
    return len(sql)
