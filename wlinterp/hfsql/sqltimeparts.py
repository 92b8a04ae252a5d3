"""`EXTRACT(HOUR FROM x)` and `DATEPART(hour, x)` (MINUTE, SECOND) in hand-written SQL,
the same on SQLite and PostgreSQL (docs/hfsql.md, "HFSQL's SQL translated").

Both databases refused them: SQLite has no EXTRACT ('near "FROM": syntax error'), and
PostgreSQL's EXTRACT takes no text, which is how both hold a time or date-time item
(`HHMMSSCC`, `YYYYMMDDHHMMSSmmm`) and how CURRENT_TIMESTAMP reaches a query (sqldates.py).
The part is read from the operand's digits, as the date parts are (sqldatecalc.py): more
than 8 digits are a date-time (its hour at the 9th), 8 or fewer a time (`HHMMSS[CC]`, an
ISO `10:20:30`); a date item of the files the query names has hour, minute and second 0
(midnight, as a DateTime made from a Date). `EXTRACT(EPOCH FROM ...)` is refused in words:
the seconds since 1970 depend on a time zone neither the item nor HFSQL's stored help
gives. *Decided*, INFERRED (HFSQL's page of SQL functions is not stored).
"""
from __future__ import annotations

__all__ = ["time_parts"]

import re

from ..syntax.names import fold
from .errors import QUERY, HFError
from .sql_quoted import QUOTED
from .sqldates import closing

_CALL = re.compile(rf"{QUOTED}|(?<![.\w])(?P<fn>EXTRACT|DATEPART)\s*\(", re.I | re.U)
_FROM = re.compile(r"\s*(?P<unit>\w+)\s+FROM\s+(?P<operand>.+)", re.I | re.S)
_OFFSET = {"hour": 0, "hh": 0, "minute": 2, "mi": 2, "n": 2, "second": 4, "ss": 4, "s": 4}
_DIGITS = {"sqlite": "REPLACE(" * 5 + "CAST(({0}) AS TEXT), '-', ''), ' ', ''), ':', ''), "
                     "'.', ''), 'T', '')",
           "postgresql": "regexp_replace(CAST(({0}) AS TEXT), '[^0-9]', '', 'g')"}
_PART = "CAST(NULLIF(CASE WHEN LENGTH({0}) > 8 THEN SUBSTR({0}, {1}, 2) ELSE " \
        "SUBSTR({0}, {2}, 2) END, '') AS INTEGER)"
_NAME = re.compile(r"(?:[^\W\d]\w*\.)?(?P<name>[^\W\d]\w*)", re.U)


def time_parts(sql: str, dialect: str, dates: frozenset[str]) -> str:
    """`sql` with its EXTRACTs and DATEPARTs of an hour, a minute or a second written
    with the database's own functions (the module's docstring); `dates`: the folded
    names of the date items of the files it names. Other calls, quoted text and all
    after a parenthesis not closed are left as written, each call looked into once."""
    out, pos = [], 0
    for m in _CALL.finditer(sql):
        if m.start() < pos or not m.group("fn"):
            continue
        end = closing(sql, m.end())
        if not end:
            break
        inner = sql[m.end():end - 1]
        if m.group("fn").lower() == "extract":
            found = _FROM.fullmatch(inner)
            unit, operand = (found.group("unit"), found.group("operand")) if found else ("", "")
        else:
            unit, _, operand = inner.partition(",")
        unit = unit.strip().strip("'\"").lower()
        if unit == "epoch":
            raise HFError(QUERY, f"EXTRACT(EPOCH FROM {operand.strip()}): the seconds since "
                                 "1970 are not computed in a query (they depend on a time "
                                 "zone the item does not hold); read the item and compute "
                                 "them in WLanguage (DateTimeDifference...).")
        out.append(sql[pos:m.start()] + (_part(unit, operand.strip(), dialect, dates)
                                         or sql[m.start():end]))
        pos = end
    return "".join(out) + sql[pos:]


def _part(unit: str, operand: str, dialect: str, dates: frozenset[str]) -> str | None:
    """The hour, minute or second of `operand` (None: another unit, left as written)."""
    offset = _OFFSET.get(unit)
    if offset is None:
        return None
    name = _NAME.fullmatch(operand)
    if name is not None and fold(name.group("name")) in dates:
        return "0"
    digits = _DIGITS[dialect].format(operand)
    return _PART.format(digits, 9 + offset, 1 + offset)
