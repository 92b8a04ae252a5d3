"""Date arithmetic in hand-written SQL, the same on SQLite and PostgreSQL (docs/hfsql.md,
"HFSQL's SQL translated").

HFSQL's SQL "accepts a large number of additional and specific syntax for SQL Server and
Oracle" (PC SOFT's HFSQL brochure): WINDEV code computes dates in its queries with SQL
Server's `DATEADD(day, 30, OrderDate)` / `DATEDIFF(day, d1, d2)`, Oracle's
`ADD_MONTHS(d, 1)` / `LAST_DAY(d)`, and `OrderDate + 30` on a date item. A date item is
`YYYYMMDD` text on both databases: SQLite added 30 to the number 20241130 (20241160),
PostgreSQL refused text + integer, and neither has DATEADD. They are written here with
each database's own functions (*decided*, INFERRED: HFSQL's page of SQL functions is not
in the stored help):

- a computed date is `YYYYMMDD` text, as a date item and CAST(x AS DATE) give it (a Date
  variable takes it as it is); an empty date gives NULL;
- the units are SQL Server's: year (yy, yyyy), quarter (qq, q), month (mm, m), week (wk,
  ww), day (dd, d, dayofyear, dy, y); a month added to the 31st gives the month's last
  day (SQL Server's, Oracle's and PostgreSQL's rule; SQLite alone would go on into the
  next month);
- `DATEDIFF(unit, start, end)` counts the unit's boundaries crossed, as SQL Server does
  (days between, weeks as whole weeks of them; months and years by their numbers: 31
  Jan to 1 Feb is one month);
  `DATEDIFF(end, start)`, MySQL's, is days;
- `DateItem + n` / `DateItem - n`, n a whole number or a parameter, for a date item of
  the files the query names, and `CURRENT_DATE + n`: n days later or earlier, as
  WLanguage's Date does (docs/hfsql.md "Record buffer"); not when a `*` or `/` follows,
  which binds first;
- `DAYOFWEEK(d)`: 1 for Sunday to 7 for Saturday (ODBC's and MySQL's numbering);
  `DAYOFYEAR(d)`: 1 to 366; `WEEK(d)`: ODBC's and SQL Server's week of the year, 1 to
  54, 1 January in week 1 and a week starting on Sunday (as DAYOFWEEK's numbering);
  `MONTHS_BETWEEN(d1, d2)`: Oracle's, the months from d2 to d1, whole when the days of
  the month are the same or both the month's last, else with (day1 - day2) / 31 added;
  `NEXT_DAY(d, 'MONDAY')`: Oracle's, the first day after d that is the day named, in
  English or French, whole or by its first three letters, any case (another text: NULL);
  `EOMONTH(d [, n])`: SQL Server's, the last day of d's month n months on;
  `DATEPART(unit, d)` (SQL Server's units, `dw` 1 for Sunday), `EXTRACT(YEAR FROM d)`
  (YEAR, QUARTER, MONTH, DAY, DOY, WEEK), `QUARTER(d)`, `DAYOFMONTH(d)`: integers;
  `SYSDATE` (Oracle's), `GETDATE()` (SQL Server's) and `NOW()` are CURRENT_TIMESTAMP,
  the `YYYYMMDDHHMMSSmmm` text of the moment on both (sqldates.py);
- on PostgreSQL, CURRENT_DATE is the `YYYYMMDD` text it is on SQLite (sqldates.py) and
  that the program reads (CURRENT_TIMESTAMP the `YYYYMMDDHHMMSSmmm` one, which
  `LEFT(GETDATE(), 8)` cut where PostgreSQL refused LEFT of a timestamp): `WHERE
  OrderDate < CURRENT_DATE` compared a text item with a date, which PostgreSQL refused.
"""
from __future__ import annotations

__all__ = ["DATE_CALLS", "item_days", "pg_current_date", "now_words"]

import re
from typing import Callable

from ..syntax.names import fold
from .sql_quoted import QUOTED

_UNITS = {"year": "year", "yy": "year", "yyyy": "year", "quarter": "quarter", "qq": "quarter",
          "q": "quarter", "month": "month", "mm": "month", "m": "month", "week": "week",
          "wk": "week", "ww": "week", "day": "day", "dd": "day", "d": "day",
          "dayofyear": "day", "dy": "day", "y": "day"}
_MONTHS = {"year": 12, "quarter": 3, "month": 1}
_DAYS = {"week": 7, "day": 1}

# SQLite: the operand's digits (an ISO text, a date item, a timestamp), its ISO date
_SQ_DIGITS = "NULLIF(SUBSTR(" + "REPLACE(" * 5 + "CAST(({0}) AS TEXT), '-', ''), ' ', ''), " \
    "':', ''), '.', ''), 'T', ''), 1, 8), '')"
_SQ_ISO = "(SUBSTR({0}, 1, 4) || '-' || SUBSTR({0}, 5, 2) || '-' || SUBSTR({0}, 7, 2))"
# PostgreSQL: the operand as a date
_PG_DATE = "to_date(NULLIF(LEFT(regexp_replace(CAST(({0}) AS TEXT), '[^0-9]', '', 'g'), 8), " \
    "''), 'YYYYMMDD')"

Rewrite = Callable[[list[str]], "str | None"]


def _unit(text: str) -> str | None:
    return _UNITS.get(text.strip().strip("'\"").lower())


def _sq_iso(operand: str) -> str:
    return _SQ_ISO.format(_SQ_DIGITS.format(operand))


def _sq_add(unit: str, n: str, operand: str) -> str:
    """SQLite: `operand` moved by `n` units, as YYYYMMDD text."""
    iso = _sq_iso(operand)
    if unit in _DAYS:
        return f"strftime('%Y%m%d', {iso}, (({n}) * {_DAYS[unit]}) || ' days')"
    first = f"date({iso}, 'start of month', (({n}) * {_MONTHS[unit]}) || ' months')"
    day = f"(CAST(SUBSTR({_SQ_DIGITS.format(operand)}, 7, 2) AS INTEGER) - 1)"
    return f"strftime('%Y%m%d', MIN(date({first}, {day} || ' days'), " \
           f"date({first}, '+1 months', '-1 days')))"


def _pg_add(unit: str, n: str, operand: str) -> str:
    """PostgreSQL: `operand` moved by `n` units, as YYYYMMDD text."""
    date = _PG_DATE.format(operand)
    if unit in _DAYS:
        return f"to_char({date} + CAST(({n}) AS INTEGER) * {_DAYS[unit]}, 'YYYYMMDD')"
    return f"to_char({date} + make_interval(months => CAST(({n}) AS INTEGER) * " \
           f"{_MONTHS[unit]}), 'YYYYMMDD')"


def _sq_diff(unit: str, start: str, end: str) -> str:
    """SQLite: the `unit` boundaries crossed from `start` to `end`."""
    if unit in _DAYS:
        days = f"CAST(julianday({_sq_iso(end)}) - julianday({_sq_iso(start)}) AS INTEGER)"
        return days if unit == "day" else f"({days} / 7)"
    part = "CAST(SUBSTR({0}, {1}) AS INTEGER)"
    a, b = _SQ_DIGITS.format(start), _SQ_DIGITS.format(end)
    if unit == "year":
        return f"({part.format(b, '1, 4')} - {part.format(a, '1, 4')})"
    months = f"(({part.format(b, '1, 4')} * 12 + {part.format(b, '5, 2')}) - " \
        f"({part.format(a, '1, 4')} * 12 + {part.format(a, '5, 2')}))"
    return months if unit == "month" else f"({months} / 3)"


def _pg_diff(unit: str, start: str, end: str) -> str:
    """PostgreSQL: the `unit` boundaries crossed from `start` to `end`."""
    a, b = _PG_DATE.format(start), _PG_DATE.format(end)
    if unit in _DAYS:
        return f"({b} - {a})" if unit == "day" else f"(({b} - {a}) / 7)"
    if unit == "year":
        return f"CAST(EXTRACT(YEAR FROM {b}) - EXTRACT(YEAR FROM {a}) AS INTEGER)"
    months = f"CAST((EXTRACT(YEAR FROM {b}) * 12 + EXTRACT(MONTH FROM {b})) - " \
        f"(EXTRACT(YEAR FROM {a}) * 12 + EXTRACT(MONTH FROM {a})) AS INTEGER)"
    return months if unit == "month" else f"({months} / 3)"


def _calls(add: Callable[[str, str, str], str], diff: Callable[[str, str, str], str],
           last_day: Callable[[str], str], day_number: str
           ) -> dict[str, tuple[int, Rewrite]]:
    """The rewritten calls for one database (number of arguments, 0 for 2 or 3);
    `day_number`: the day of the week, 0 for Sunday, of the date {0}."""
    def weekday(args: list[str]) -> str:
        return f"({day_number.format(args[0])} + 1)"

    def dateadd(args: list[str]) -> str | None:
        unit = _unit(args[0])
        return add(unit, args[1], args[2]) if unit else None

    def datediff(args: list[str]) -> str | None:
        if len(args) == 2:  # MySQL's DATEDIFF(end, start): days
            return diff("day", args[1], args[0])
        unit = _unit(args[0])
        return diff(unit, args[1], args[2]) if unit and len(args) == 3 else None

    def next_day(args: list[str]) -> str:  # 1 to 7 days later, on the day named
        gap = f"(({_DAY_NAMED.format(args[1])} - {day_number.format(args[0])} + 6) % 7 + 1)"
        return add("day", gap, args[0])

    def eomonth(args: list[str]) -> str | None:  # SQL Server's, months added first
        if len(args) > 2:
            return None
        return last_day(add("month", args[1], args[0]) if len(args) == 2 else args[0])

    return {"dateadd": (3, dateadd), "datediff": (0, datediff), "dayofweek": (1, weekday),
            "add_months": (2, lambda a: add("month", a[1], a[0])),
            "last_day": (1, lambda a: last_day(a[0])), "next_day": (2, next_day),
            "eomonth": (0, eomonth)}


# NEXT_DAY's day: its English or French name or their first three letters, any case
# (0 for Sunday, as `day_number`); another text gives NULL
_DAY_NAMED = "(CASE UPPER(SUBSTR(TRIM({0}), 1, 3)) " + " ".join(
    f"WHEN '{name}' THEN {n % 7}" for n, names in enumerate(
        ("SUN DIM", "MON LUN", "TUE MAR", "WED MER", "THU JEU", "FRI VEN", "SAT SAM"))
    for name in names.split()) + " END)"


DATE_CALLS = {
    "sqlite": _calls(_sq_add, _sq_diff, lambda d: f"strftime('%Y%m%d', {_sq_iso(d)}, "
                     "'start of month', '+1 months', '-1 days')",
                     "CAST(strftime('%w', " + _SQ_ISO.format(_SQ_DIGITS) + ") AS INTEGER)"),
    "postgresql": _calls(_pg_add, _pg_diff, lambda d: f"to_char(date_trunc('month', "
                         f"{_PG_DATE.format(d)}) + interval '1 month' - interval '1 day', "
                         "'YYYYMMDD')", "CAST(EXTRACT(DOW FROM " + _PG_DATE + ") AS INTEGER)")}
"""HFSQL's date functions written with each database's own (sqldialect.py _functions)."""


def _parts_calls(year: str, month: str, day: str, day_of_year: str, weekday: str,
                 last_day: Callable[[str], str]) -> dict[str, tuple[int, Rewrite]]:
    """DAYOFYEAR, WEEK and MONTHS_BETWEEN for one database, from its integer expressions
    of the date {0}'s year, month, day, day of the year and weekday (0 for Sunday), and
    its `last_day` (YYYYMMDD text)."""
    def week(a: list[str]) -> str:  # a new week starts on each Sunday after 1 January
        return f"(1 + ({day_of_year.format(a[0])} - {weekday.format(a[0])} + 5) / 7)"

    def months_between(a: list[str]) -> str:
        months = f"(({year.format(a[0])} - {year.format(a[1])}) * 12 + " \
            f"{month.format(a[0])} - {month.format(a[1])})"
        d1, d2 = day.format(a[0]), day.format(a[1])
        whole = f"{d1} = {d2} OR ({d1} = {day.format(last_day(a[0]))} AND " \
            f"{d2} = {day.format(last_day(a[1]))})"
        return f"({months} + CASE WHEN {whole} THEN 0 ELSE ({d1} - {d2}) / 31.0 END)"
    parts = {"year": year, "quarter": f"(({month} - 1) / 3 + 1)", "month": month,
             "day": day, "dayofyear": day_of_year, "weekday": f"({weekday} + 1)"}

    def part(unit: str, date: str) -> str | None:  # DATEPART's and EXTRACT's units
        name = _PARTS.get(unit.strip().strip("'\"").lower())
        if name == "week":
            return week([date])
        return None if name is None else parts[name].format(date)

    def extract(a: list[str]) -> str | None:  # EXTRACT(YEAR FROM OrderDate)
        m = _EXTRACT.fullmatch(a[0])
        return None if m is None else part(m.group(1), m.group(2))

    return {"dayofyear": (1, lambda a: day_of_year.format(a[0])), "week": (1, week),
            "months_between": (2, months_between), "dayofmonth": (1, lambda a: day.format(a[0])),
            "quarter": (1, lambda a: parts["quarter"].format(a[0])),
            "datepart": (2, lambda a: part(a[0], a[1])), "extract": (1, extract)}


# DATEPART's units (SQL Server's, weekday 1 for Sunday as DAYOFWEEK) and EXTRACT's
_PARTS = {**{u: n for u, n in _UNITS.items() if n != "day"}, "day": "day", "dd": "day",
          "d": "day", "dayofyear": "dayofyear", "dy": "dayofyear", "y": "dayofyear",
          "doy": "dayofyear", "weekday": "weekday", "dw": "weekday"}
_EXTRACT = re.compile(r"\s*(\w+)\s+FROM\s+(.+)", re.I | re.S)

_OPERAND = r"\d+|:[^\W\d]\w*|\{[^\W\d]\w*\}"
_ITEM_DAYS = re.compile(rf"{QUOTED}|(?<![.\w])(?P<item>(?:[^\W\d]\w*\.)?(?P<name>[^\W\d]\w*))"
                        rf"\s*(?P<op>[-+])\s*(?P<n>{_OPERAND})(?![\w.}}]|\s*[*/(])", re.U)


def item_days(sql: str, dialect: str, dates: frozenset[str]) -> str:
    """`OrderDate + 30` / `o.OrderDate - :nDays`, OrderDate a date item (`dates`: folded
    names): n days later or earlier, YYYYMMDD text."""
    add = _sq_add if dialect == "sqlite" else _pg_add

    def one(m: re.Match[str]) -> str:
        if m.group("name") is None or (fold(m.group("name")) not in dates
                                       and m.group("item").upper() != "CURRENT_DATE"):
            return m.group(0)
        n = m.group("n") if m.group("op") == "+" else f"-({m.group('n')})"
        return add("day", n, m.group("item"))
    return _ITEM_DAYS.sub(one, sql)


_CURRENT = re.compile(rf"{QUOTED}|(?<![.\w])CURRENT_(?P<kind>DATE|TIMESTAMP)(?![\w(])",
                      re.I | re.U)
_PG_TEXT = {"date": "to_char(CURRENT_DATE, 'YYYYMMDD')",
            "timestamp": "to_char(CURRENT_TIMESTAMP, 'YYYYMMDDHH24MISSMS')"}


def pg_current_date(sql: str) -> str:
    """PostgreSQL: CURRENT_DATE and CURRENT_TIMESTAMP written as the `YYYYMMDD` and
    `YYYYMMDDHHMMSSmmm` texts of the moment, as on SQLite (quoted text left alone)."""
    return _CURRENT.sub(lambda m: m.group(0) if m.group("kind") is None else
                        _PG_TEXT[m.group("kind").lower()], sql)


_NOW = re.compile(rf"{QUOTED}|(?<![.\w])(?:SYSDATE(?![\w(])|(?:GETDATE|NOW)\s*\(\s*\))",
                  re.I | re.U)


def now_words(sql: str) -> str:
    """SYSDATE, GETDATE() and NOW() written CURRENT_TIMESTAMP (quoted text left alone)."""
    return _NOW.sub(lambda m: m.group(0) if m.group(0)[:1] in "'\"" else "CURRENT_TIMESTAMP",
                    sql)


_SQ_PART = "CAST(SUBSTR(" + _SQ_DIGITS + ", {1}) AS INTEGER)"
_PG_PART = "CAST(EXTRACT({1} FROM " + _PG_DATE + ") AS INTEGER)"
DATE_CALLS["sqlite"].update(_parts_calls(
    _SQ_PART.replace("{1}", "1, 4"), _SQ_PART.replace("{1}", "5, 2"),
    _SQ_PART.replace("{1}", "7, 2"),
    "CAST(strftime('%j', " + _SQ_ISO.format(_SQ_DIGITS) + ") AS INTEGER)",
    "CAST(strftime('%w', " + _SQ_ISO.format(_SQ_DIGITS) + ") AS INTEGER)",
    lambda d: f"strftime('%Y%m%d', {_sq_iso(d)}, 'start of month', '+1 months', '-1 days')"))
DATE_CALLS["postgresql"].update(_parts_calls(
    _PG_PART.replace("{1}", "YEAR"), _PG_PART.replace("{1}", "MONTH"),
    _PG_PART.replace("{1}", "DAY"), _PG_PART.replace("{1}", "DOY"), _PG_PART.replace("{1}", "DOW"),
    lambda d: f"to_char(date_trunc('month', {_PG_DATE.format(d)}) + interval '1 month' "
              "- interval '1 day', 'YYYYMMDD')"))
