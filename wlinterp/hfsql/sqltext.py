"""Text functions of hand-written SQL that one database lacks or refuses, written with
its own (docs/hfsql.md, "HFSQL's SQL translated"; sqldialect.py _functions).

- PostgreSQL compares the text keys under a non-deterministic collation (case and
  accents ignored: "Collation of text keys"), which its substring functions refuse
  ("nondeterministic collations are not supported for substring searches"):
  `REPLACE(Name, 'u', 'U')` and `POSITION('p' IN Name)` stopped the query. Their text is
  taken under "C" (`REPLACE((Name) COLLATE "C", ...)`, `strpos((Name) COLLATE "C",
  'p')`), as LIKE's is; `INSTR(s, sub)`, which PostgreSQL lacks, is that strpos.
- SQLite lacks `LPAD(s, n [, fill])`, `RPAD`, `CHAR_LENGTH` / `CHARACTER_LENGTH` and
  `POSITION(sub IN s)`: written with SUBSTR, LENGTH and INSTR (the fill repeated from
  its start, the text cut to n when longer, as PostgreSQL's LPAD does).
- SQLite refuses SQL-92's `SUBSTRING(s FROM start [FOR length])` and `TRIM([LEADING |
  TRAILING | BOTH] [chars] FROM s)` (a syntax error at FROM): written SUBSTR and LTRIM,
  RTRIM, TRIM(s, chars) (HFSQL "supports the ANSI SQL 92 standard", PC SOFT's HFSQL
  brochure; PostgreSQL has both).
- `UCASE` / `LCASE` (HFSQL's and ODBC's names) are UPPER / LOWER on both.
- `GROUP_CONCAT(x [, separator])` (SQLite's, MySQL's) and `STRING_AGG(x, separator)`
  (PostgreSQL's, SQL Server's): each database's own one, a comma by default.

*Decided*, INFERRED: HFSQL's page of SQL functions is not stored; these are the SQL
functions WINDEV code writes, given one result on both databases.
"""
from __future__ import annotations

__all__ = ["TEXT_CALLS"]

import re
from typing import Any

_IN = re.compile(r"(?P<sub>.+?)\s+IN\s+(?P<text>.+)", re.I | re.S)
_FROM_FOR = re.compile(r"(?P<text>.+?)\s+FROM\s+(?P<start>.+?)(?:\s+FOR\s+(?P<len>.+))?",
                       re.I | re.S)
_TRIM_FROM = re.compile(r"(?:(?P<side>LEADING|TRAILING|BOTH)\s+)?(?P<chars>.+?)?\s*\bFROM\s+"
                        r"(?P<text>.+)", re.I | re.S)
_FILL = "SUBSTR(REPLACE(HEX(ZEROBLOB({n})), '00', {fill}), 1, ({n}) - LENGTH({s}))"


def _position(args: list[str], written: str) -> str | None:
    """`POSITION(sub IN s)` as `written` gives it ({0} the text, {1} the sought one)."""
    found = _IN.fullmatch(args[0]) if len(args) == 1 else None
    return written.format(found.group("text"), found.group("sub")) if found else None


def _substring(args: list[str]) -> str | None:
    """SQLite: SQL-92's `SUBSTRING(s FROM start [FOR length])` as SUBSTR (the comma form
    is SQLite's own)."""
    found = _FROM_FOR.fullmatch(args[0]) if len(args) == 1 else None
    if found is None:
        return None
    length = found.group("len")
    return f"SUBSTR({found.group('text')}, {found.group('start')}" + \
        (f", {length})" if length else ")")


def _trim(args: list[str]) -> str | None:
    """SQLite: SQL-92's `TRIM([LEADING | TRAILING | BOTH] [chars] FROM s)` as LTRIM,
    RTRIM or TRIM(s, chars) (a space by default); `TRIM(s)` is SQLite's own."""
    found = _TRIM_FROM.fullmatch(args[0]) if len(args) == 1 else None
    if found is None:
        return None
    side = {"leading": "LTRIM", "trailing": "RTRIM"}.get((found.group("side") or "").lower(),
                                                         "TRIM")
    chars = found.group("chars") or "' '"
    return f"{side}({found.group('text')}, {chars})"


def _pad(args: list[str], left: bool) -> str | None:
    """SQLite: LPAD / RPAD(s, n [, fill])."""
    if len(args) not in (2, 3):
        return None
    s, n = args[0], args[1]
    fill = _FILL.format(n=n, s=s, fill=args[2] if len(args) == 3 else "' '")
    padded = f"{fill} || {s}" if left else f"{s} || {fill}"
    return f"(CASE WHEN LENGTH({s}) >= ({n}) THEN SUBSTR({s}, 1, {n}) ELSE {padded} END)"


def _joined(args: list[str], written: str) -> str | None:
    """GROUP_CONCAT / STRING_AGG as `written` gives it ({0} the value, {1} the separator)."""
    if len(args) not in (1, 2):
        return None
    return written.format(args[0], args[1] if len(args) == 2 else "','")


_CASES: dict[str, tuple[int, Any]] = {"ucase": (1, "UPPER({0})"), "lcase": (1, "LOWER({0})")}
TEXT_CALLS: dict[str, dict[str, tuple[int, Any]]] = {
    "postgresql": {**_CASES, "replace": (3, 'REPLACE(({0}) COLLATE "C", {1}, {2})'),
                   "instr": (2, 'strpos(({0}) COLLATE "C", {1})'),
                   "position": (1, lambda a: _position(a, 'strpos(({0}) COLLATE "C", {1})')),
                   "group_concat": (0, lambda a: _joined(a, "STRING_AGG(CAST(({0}) AS TEXT), {1})"))},
    "sqlite": {**_CASES, "lpad": (0, lambda a: _pad(a, True)),
               "rpad": (0, lambda a: _pad(a, False)),
               "char_length": (1, "LENGTH({0})"), "character_length": (1, "LENGTH({0})"),
               "position": (1, lambda a: _position(a, "INSTR({0}, {1})")),
               "string_agg": (2, "GROUP_CONCAT({0}, {1})"), "substring": (0, _substring),
               "trim": (1, _trim)}}
"""(number of arguments, 0 for any; the text replacing the call or the function writing
it) for each database."""
