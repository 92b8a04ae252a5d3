"""Dates computed by hand-written SQL on SQLite, as PostgreSQL gives them (docs/hfsql.md,
"HFSQL's SQL translated").

On PostgreSQL a column the SELECT computes as a date, a time or a timestamp
(`CURRENT_DATE`, `CAST(x AS DATE)`) reaches the program as the text WLanguage's Date
(`YYYYMMDD`), Time (`HHMMSSCC`) and DateTime (`YYYYMMDDHHMMSSmmm`) hold (resulttable.py).
SQLite has no such types: `CAST('2024-11-05' AS DATE)` gave 2024 (numeric affinity),
CURRENT_DATE the ISO text of the UTC date. They are written here with SQLite's own
functions so that both databases give the same text: the cast keeps the digits of its
operand (an ISO text, a date item's `YYYYMMDD`, a timestamp) cut or padded to the
type's length; CURRENT_DATE, CURRENT_TIME and CURRENT_TIMESTAMP are the local date and
time, as WLanguage's Today() and HFSQL Classic, which runs on the program's computer,
give them (*decided*, INFERRED: the page listing HFSQL's SQL functions is not stored).
On PostgreSQL the casts are written the same way (`pg_casts`): there a cast was a date,
which a date item (`YYYYMMDD` text) compared with it refused (text against date), where
SQLite compared the texts.
"""
from __future__ import annotations

__all__ = ["sqlite_dates", "pg_casts", "closing"]

import re

from .sql_quoted import QUOTED

_WORDS = re.compile(rf"{QUOTED}|(?<![.\w])(?P<word>CURRENT_(?:DATE|TIMESTAMP|TIME))(?![\w(])"
                    rf"|(?<![.\w])(?P<cast>CAST)\s*\(", re.I | re.U)
_AS = re.compile(r"(?P<operand>.*)\s+AS\s+(?P<type>DATE|TIME|TIMESTAMP|DATETIME)\s*\Z",
                 re.I | re.S)
_NOW = "strftime('{0}', 'now', 'localtime')"
_CURRENT = {"current_date": _NOW.format("%Y%m%d"),
            "current_time": f"SUBSTR(REPLACE({_NOW.format('%H%M%f')}, '.', ''), 1, 8)",
            "current_timestamp": f"REPLACE({_NOW.format('%Y%m%d%H%M%f')}, '.', '')"}
_DEEPEST = 100  # SQLite's parser stack (YYSTACKDEPTH): deeper nesting is refused there
_LENGTH = {"date": 8, "time": 8, "timestamp": 17, "datetime": 17}
_DIGITS = "CAST(({0}) AS TEXT)"
for _sep in ("-", " ", ":", ".", "T"):
    _DIGITS = f"REPLACE({_DIGITS}, '{_sep}', '')"
_PARENS = re.compile(rf"{QUOTED}|[()]")
_PG_DIGITS = "regexp_replace(CAST(({0}) AS TEXT), '[^0-9]', '', 'g')"


def pg_casts(sql: str) -> str:
    """PostgreSQL: `sql` with its casts to a date, time or timestamp written as the
    digits WLanguage's Date, Time and DateTime hold, as on SQLite (the rest as written)."""
    return sqlite_dates(sql, 0, _PG_DIGITS)


def sqlite_dates(sql: str, depth: int = 0, digits: str = "") -> str:
    """`sql` with its CURRENT_DATE/TIME/TIMESTAMP and casts to a date, time or timestamp
    written as SQLite gives WLanguage's text of them; the rest as written (quoted text,
    another cast, all after a parenthesis not closed, casts nested deeper than
    SQLite's parser takes: it refuses them itself, "parser stack overflow", where the
    rewriting went as deep as Python's stack and stopped the run). `digits`: how the
    operand's digits are taken (pg_casts: PostgreSQL's, CURRENT_* left to it).
    The parentheses are paired once for the whole text and each level goes on after
    the cast it rewrote: 20,000 nested casts of another type took a minute of CPU when
    every level scanned the text to its end again (tests/hfsql/test_sql_casts.py)."""
    return _dates(sql, 0, len(sql), depth, digits, _pairs(sql))


def _dates(sql: str, start: int, stop: int, depth: int, digits: str,
           pairs: dict[int, int]) -> str:
    """sqlite_dates on `sql[start:stop]`, a span whose parentheses close inside it."""
    if depth > _DEEPEST:
        return sql[start:stop]
    out, pos = [], start
    m = _WORDS.search(sql, start, stop)
    while m is not None:
        if not (m.group("word") or m.group("cast")):  # quoted text: as written
            m = _WORDS.search(sql, m.end(), stop)
            continue
        if m.group("word"):
            if not digits:
                out.append(sql[pos:m.start()] + _CURRENT[m.group("word").lower()])
                pos = m.end()
            m = _WORDS.search(sql, m.end(), stop)
            continue
        end = pairs.get(m.end(), 0)
        if not end or end > stop:  # unbalanced: the database refuses it, nothing after is rewritten
            break
        typed = _AS.match(sql, m.end(), end - 1) if _may_be_dated(sql, m.end(), end - 1) else None
        if typed is None:  # another type: looked into once, one level deeper
            out.append(sql[pos:m.end()] + _dates(sql, m.end(), end, depth + 1, digits, pairs))
        else:
            operand = _dates(sql, m.end(), typed.end("operand"), depth + 1, digits, pairs)
            size = _LENGTH[typed.group("type").lower()]
            out.append(sql[pos:m.start()] + f"SUBSTR({(digits or _DIGITS).format(operand)} || "
                       f"'{'0' * size}', 1, {size})")
        pos = end
        m = _WORDS.search(sql, end, stop)
    return "".join(out) + sql[pos:stop]


def _may_be_dated(sql: str, start: int, stop: int) -> bool:
    """Whether `sql[start:stop]` may end with a date, time or timestamp type: a cheap look
    at its last letters, so that `_AS` (which runs over the whole operand) is tried only
    on such casts (a loose test: `_AS` decides)."""
    while stop > start and sql[stop - 1].isspace():
        stop -= 1
    return sql[max(start, stop - 4):stop].upper() in ("DATE", "TIME", "TAMP")


def _pairs(sql: str) -> dict[int, int]:
    """Each parenthesis that closes, by the position just after it opened: the position
    just after it closes (quoted text passed over)."""
    pairs, opened = {}, []
    for m in _PARENS.finditer(sql):
        if m.group(0) == "(":
            opened.append(m.end())
        elif m.group(0) == ")" and opened:
            pairs[opened.pop()] = m.end()
    return pairs


def closing(sql: str, pos: int) -> int:
    """Where the parenthesis opened before `pos` closes (just after it), quoted text
    passed over; 0 when it does not."""
    depth = 1
    for m in _PARENS.finditer(sql, pos):
        token = m.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if not depth:
                return m.end()
    return 0
