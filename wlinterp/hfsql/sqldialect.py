"""HFSQL's own SQL, written for HFSQL, run on SQLite and PostgreSQL (docs/hfsql.md,
"Queries, data sources, aliases"). Three things of HFSQL's dialect are translated; the
rest of the text runs as written (hQueryWithoutCorrection):

- `SELECT TOP n` (sqltop.py): `LIMIT n` at the end of that SELECT, on both.
- `LIMIT start, count` (HExecuteSQLQuery's third example, ?3044084, builds it with
  StringBuild): SQLite reads it as MySQL does (skip `start`, take `count`); PostgreSQL
  refuses it, so there it becomes `LIMIT count OFFSET start`. The operands are numbers
  or parameters (`{p}`, `:p`), moved with their text before the values are bound.
- `LIKE` / `NOT LIKE` on PostgreSQL: the text keys' collation is non-deterministic
  (case and accents ignored: "Collation of text keys"), which PostgreSQL 15 refuses for
  LIKE ("nondeterministic collations are not supported for LIKE"), so the operand before
  it is compared under ICU's deterministic root collation and without regard to case
  (`Name COLLATE "und-x-icu" ILIKE 'du%'`: like.py), as SQLite's LIKE (like.py too) and
  HFilter's LIKE do, for every letter (accents count; docs/hfsql.md "Queries"); an operand
  that is no text item (a number, an expression) is compared by its text, a real's as
  SQLite writes it (pg_like.py).
- HFSQL's SQL functions the database lacks, written with the database's own (*decided*,
  INFERRED: the page listing HFSQL's SQL functions is not in the stored help; these are
  the ones WINDEV code writes in its queries): `YEAR(d)`, `MONTH(d)`, `DAY(d)` (of a date
  item, which both databases hold as `YYYYMMDD` text, or of a date: its digits),
  `LEN(s)`, `NVL(a, b)`, and on PostgreSQL `IFNULL(a, b)`, on SQLite `LEFT(s, n)`,
  `RIGHT(s, n)` and `CONCAT(a, b...)` (NULLs left out, as PostgreSQL's CONCAT does).
- A boolean item compared with `1` or `0` (`WHERE VIP = 1`, `SET VIP = 0`): PostgreSQL's
  boolean column refuses an integer ("operator does not exist: boolean = integer"), so
  there the number is written `TRUE` / `FALSE` (the boolean items of the files the query
  names, and in an `INSERT INTO File (..., VIP) VALUES (..., 1)` the value given to one;
  SQLite keeps booleans as 0/1 and needs nothing).
- Date arithmetic, `DATEADD`, `DATEDIFF`, `ADD_MONTHS`, `LAST_DAY` and `DateItem + n`,
  written with each database's functions (sqldatecalc.py); text functions one database
  lacks or refuses on the text keys (REPLACE, POSITION, INSTR, LPAD...: sqltext.py).
- On SQLite, `CAST(x AS DATE)` (TIME, TIMESTAMP, DATETIME), CURRENT_DATE, CURRENT_TIME
  and CURRENT_TIMESTAMP give the text PostgreSQL's columns of those types give the
  program, WLanguage's `YYYYMMDD`... (sqldates.py); on PostgreSQL the casts give those
  texts too (a date item compared with one was refused there: text against date).
- `WL.Function(...)`, a WLanguage function inside the SQL (?3044084: "SQL queries run on
  an HFSQL database can contain WLanguage functions"): on SQLite, the database calls the
  built-in for each row (a function registered on the connection); on PostgreSQL, which
  runs the query on its server, a call whose arguments are values (texts, numbers,
  other such calls) is computed before the query is sent and its result written in as a
  value; one given a column is refused in words.
"""
from __future__ import annotations

__all__ = ["translate", "SQLITE_CALL", "SQLiteCaller", "Caller"]

import math
import re
from decimal import Decimal
from typing import Any, Callable

from ..syntax.names import fold
from .errors import QUERY, HFError
from .sql_quoted import QUOTED as _QUOTED
from .sqldatecalc import DATE_CALLS, item_days, now_words, pg_current_date
from .sqlcasts import number_casts
from .sqldivision import exact_divisions
from .dated_sql import dated_literals
from .sqldates import pg_casts, sqlite_dates
from .pg_like import pg_likes
from .query_items import QueryItems
from .sqlite_stop import keep
from .sqltext import TEXT_CALLS
from .sqltimeparts import time_parts
from .sqltop import translate_top

SQLITE_CALL = "wl_call"  # the function registered on a SQLite connection
_OPERAND = r"\d+|:[^\W\d]\w*|\{[^\W\d]\w*\}"
_LIMIT = re.compile(rf"{_QUOTED}|\bLIMIT\s+(?P<start>{_OPERAND})\s*,\s*(?P<count>{_OPERAND})",
                    re.I | re.U)
_WL = re.compile(rf"{_QUOTED}|\bWL\s*\.\s*(?P<name>[^\W\d]\w*)\s*\(", re.I | re.U)
_PARTS = re.compile(rf"{_QUOTED}|[(),]", re.U)
_FUNCTION = re.compile(rf"{_QUOTED}|(?<![.\w])(?P<fn>[A-Za-z][A-Za-z_]*)\s*\(", re.U)
_DIGITS = "CAST(NULLIF(SUBSTR(REPLACE(CAST(({0}) AS TEXT), '-', ''), {1}), '') AS INTEGER)"
_COMMON = {"year": (1, _DIGITS.replace("{1}", "1, 4")), "month": (1, _DIGITS.replace("{1}", "5, 2")),
           "day": (1, _DIGITS.replace("{1}", "7, 2")), "len": (1, "LENGTH({0})"),
           "nvl": (2, "COALESCE({0}, {1})")}
# ROUND(x, n) of a real: PostgreSQL has it for numerics only ("function round(double
# precision, integer) does not exist"); a real on both databases, as SQLite gives it
_PG_ROUND = "CAST(ROUND(CAST(({0}) AS numeric), {1}) AS double precision)"
_REWRITTEN: dict[str, dict[str, tuple[int, Any]]] = {  # (number of arguments, 0 for
    # any; the text that replaces the call, or the function writing it: DATEADD...)
    "postgresql": {**_COMMON, "ifnull": (2, "COALESCE({0}, {1})"), "round": (2, _PG_ROUND),
                   **DATE_CALLS["postgresql"],
                   **TEXT_CALLS["postgresql"]},
    "sqlite": {**_COMMON, "left": (2, "SUBSTR({0}, 1, {1})"),
               "right": (2, "CASE WHEN ({1}) > 0 THEN SUBSTR({0}, -({1})) ELSE '' END"),
               "concat": (0, ""), **DATE_CALLS["sqlite"], **TEXT_CALLS["sqlite"]}}
_BOOL_TEST = re.compile(rf"{_QUOTED}|(?<![.\w])(?:[^\W\d]\w*\.)?(?P<item>[^\W\d]\w*)\s*"
                        rf"(?P<op>=|<>|!=)\s*(?P<bit>[01])(?![\w.])", re.U)
_INSERT = re.compile(rf"{_QUOTED}|\bINSERT\s+INTO\s+[^\s(]+\s*\(", re.I | re.U)
_VALUES = re.compile(r"\s*VALUES\s*\(|\s*,\s*\(", re.I)
_MARKER = re.compile(r"\{([^\W\d]\w*)\}|:([^\W\d]\w*)", re.U)  # {pName}, :pName
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

Caller = Callable[[str, list[Any]], Any]  # (function name, arguments) -> its result
_NO_ITEMS = QueryItems(())  # (a query naming no data file)


def translate(sql: str, dialect: str, call: Caller | None,
              values: dict[str, Any] | None = None,
              items: QueryItems = _NO_ITEMS) -> str:
    """`sql` as `dialect` ("sqlite", "postgresql") runs it. `call` runs a WLanguage
    function by name (None: no WLanguage function may be called, said in words);
    `values` are the query's parameters (folded names), which PostgreSQL's WL calls may
    be given; `items`: the items of the files it names (their Boolean, Date, Time and
    DateTime items; their kinds, by which PostgreSQL's LIKE compares them: pg_like.py)."""
    lowered = sql.lower()
    if "cast" in lowered or (dialect == "postgresql" and "avg" in lowered):
        sql = number_casts(sql, dialect)  # CAST(x AS INTEGER), AVG (sqlcasts.py)
        lowered = sql.lower()
    if ("-" in sql or ":" in sql) and items.dated:  # OrderDate >= '2025-01-15', At >
        sql = dated_literals(sql, items.dated)  # '09:00': the item's text (dated_sql.py)
    if ("+" in sql or "-" in sql) and ("current_date" in lowered or items.dates):
        sql = item_days(sql, dialect, items.dates)  # OrderDate + 30 (sqldatecalc.py)
        lowered = sql.lower()
    if "top" in lowered or "bottom" in lowered:
        sql = translate_top(sql)
    if dialect == "postgresql" and "," in sql:
        sql = _LIMIT.sub(_limit, sql)
    if dialect == "sqlite" and "/" in sql and items.exact:  # Balance / 2: exact, as
        sql = exact_divisions(sql, items.exact)  # PostgreSQL's numeric (sqldivision.py)
    if dialect == "postgresql" and "like" in lowered:
        sql = pg_likes(sql, items.like_kinds, values)
    if "extract" in lowered or "datepart" in lowered:
        sql = time_parts(sql, dialect, items.dates)  # an hour, a minute (sqltimeparts.py)
    sql = _functions(sql, _REWRITTEN.get(dialect, {}))
    lowered = sql.lower()  # (DATEADD(day, 1, CURRENT_DATE): its date, written below)
    if "sysdate" in lowered or "getdate" in lowered or "now" in lowered:
        sql = now_words(sql)
        lowered = sql.lower()
    if dialect == "sqlite" and ("current_" in lowered or "cast" in lowered):
        sql = sqlite_dates(sql)
    elif dialect == "postgresql" and "current_" in lowered:
        sql = pg_current_date(sql)  # the YYYYMMDD... texts, as on SQLite
    if dialect == "postgresql" and "cast" in lowered:
        sql = pg_casts(sql)  # a date item compared with a cast: texts, as on SQLite
    if dialect == "postgresql" and items.booleans:
        booleans = items.booleans
        sql = _BOOL_TEST.sub(lambda m: _bool_test(m, booleans), sql)
        if "insert" in lowered:
            sql = _inserted_booleans(sql, booleans)
    if "." not in sql or not _has_call(sql):
        return sql
    if call is None:
        raise HFError(QUERY, "a WLanguage function (WL.) cannot be called from this query.")
    if dialect == "sqlite":
        return _WL.sub(_sqlite_call, sql)
    return _values_first(sql, call, values or {})


def _limit(m: re.Match[str]) -> str:
    if m.group("start") is None:
        return m.group(0)
    return f"LIMIT {m.group('count')} OFFSET {m.group('start')}"


def _functions(sql: str, table: dict[str, tuple[int, Any]]) -> str:
    """HFSQL's SQL functions the database lacks written with its own (the module's
    docstring). The calls are rewritten from the last to the first, so an inner call is
    rewritten before the one around it, and each earlier call's place stays as found; a
    call with another number of arguments is left for the database to refuse."""
    found = [m for m in _FUNCTION.finditer(sql) if (m.group("fn") or "").lower() in table]
    for m in reversed(found):
        count, template = table[m.group("fn").lower()]
        try:
            args, end = _arguments(sql, m.end(), m.group("fn"))
        except HFError:  # its parenthesis not closed: the database says so
            continue
        if count and len(args) != count or not args:
            continue
        text = template(args) if callable(template) else template.format(*args) \
            if template else "(" + " || ".join(
                f"COALESCE(CAST(({a}) AS TEXT), '')" for a in args) + ")"  # CONCAT
        if text is None:  # (DATEADD with a unit it does not know: the database says so)
            continue
        sql = sql[:m.start()] + text + sql[end:]
    return sql


def _bool_test(m: re.Match[str], booleans: frozenset[str]) -> str:
    """`VIP = 1` -> `VIP = TRUE` when VIP is a boolean item (folded names)."""
    if m.group("item") is None or fold(m.group("item")) not in booleans:
        return m.group(0)
    return m.group(0)[:m.start("bit") - m.start()] + ("TRUE" if m.group("bit") == "1" else "FALSE")


def _inserted_booleans(sql: str, booleans: frozenset[str]) -> str:
    """`INSERT INTO f (a, VIP) VALUES ('x', 1), ('y', 0)`: a 1 or 0 given to a boolean
    item written TRUE / FALSE (each INSERT from the last, so earlier places stay)."""
    for m in reversed([m for m in _INSERT.finditer(sql) if m.group(0)[:1] not in "'\""]):
        try:
            columns, pos = _arguments(sql, m.end(), "INSERT")
        except HFError:
            continue
        wanted = {n for n, c in enumerate(columns) if fold(c.strip('"`[]')) in booleans}
        while wanted and (row := _VALUES.match(sql, pos)) is not None:
            try:
                values, end = _arguments(sql, row.end(), "INSERT")
            except HFError:
                break
            if len(values) == len(columns):
                values = [("TRUE" if v == "1" else "FALSE") if n in wanted and v in ("0", "1")
                          else v for n, v in enumerate(values)]
                text = row.group(0) + ", ".join(values) + ")"
                sql = sql[:pos] + text + sql[end:]
                end = pos + len(text)
            pos = end
    return sql


def _has_call(sql: str) -> bool:
    return any(m.group("name") for m in _WL.finditer(sql))


def _sqlite_call(m: re.Match[str]) -> str:
    """`WL.Name(` -> `wl_call('Name', ` (`wl_call('Name'` before an empty list)."""
    name = m.group("name")
    if name is None:
        return m.group(0)
    rest = m.string[m.end():].lstrip()
    return f"{SQLITE_CALL}('{name}'" + ("" if rest.startswith(")") else ", ")


def _values_first(sql: str, call: Caller, values: dict[str, Any]) -> str:
    """PostgreSQL: each WL call, the innermost first (the last to start), computed and
    written in as a value."""
    while True:
        starts = [m for m in _WL.finditer(sql) if m.group("name")]
        if not starts:
            return sql
        m = starts[-1]
        args, end = _arguments(sql, m.end(), m.group("name"))
        value = call(m.group("name"), [_value(a, m.group("name"), values) for a in args])
        sql = sql[:m.start()] + _literal(value) + sql[end:]


def _arguments(sql: str, pos: int, name: str) -> tuple[list[str], int]:
    """The argument texts of the call whose `(` ends before `pos`, and where it ends."""
    depth, args, begin = 0, [], pos
    for part in _PARTS.finditer(sql, pos):
        token = part.group(0)
        if token == "(":
            depth += 1
        elif token == ")" and depth:
            depth -= 1
        elif token == ")" or (token == "," and not depth):
            args.append(sql[begin:part.start()].strip())
            begin = part.end()
            if token == ")":
                return ([] if args == [""] else args), part.end()
    raise HFError(QUERY, f"WL.{name}: its parenthesis is not closed in the SQL text.")


def _value(text: str, name: str, values: dict[str, Any]) -> Any:
    """An argument given as a value: a quoted text, a number, NULL or a parameter of the
    query that has one (`{pName}`, `:pName`); anything else (a column, an expression)
    cannot be computed before PostgreSQL runs the query."""
    marker = _MARKER.fullmatch(text)
    if marker is not None and fold(marker.group(1) or marker.group(2)) in values:
        return values[fold(marker.group(1) or marker.group(2))]
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if _NUMBER.fullmatch(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    if text.upper() == "NULL":
        return None
    raise HFError(QUERY, f"WL.{name}({text}, ...): on PostgreSQL a WLanguage function in "
                         "an SQL query can only be given values (texts, numbers), not "
                         "columns or expressions: the server runs the query, where "
                         "WLanguage is not. Compute it in WLanguage on the rows read, or "
                         "with PostgreSQL's own functions.")


def _literal(value: Any) -> str:
    """A result written into the SQL as a value."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    text = value if isinstance(value, str) else str(value)
    return "'" + text.replace("'", "''") + "'"


class SQLiteCaller:
    """`wl_call(name, args...)` on a SQLite connection: the WLanguage function for each
    row, its result given back as SQLite stores values; the error of a function that
    fails is kept, for the query to raise it in its own words."""

    def __init__(self, call: Caller) -> None:
        self.call = call
        self.failure: BaseException | None = None

    def __call__(self, name: str, *args: Any) -> Any:
        try:
            value = self.call(name, list(args))
        except Exception as exc:
            self.failure = exc
            raise
        except BaseException as stop:  # a stop of the run: sqlite3 would drop it
            keep(stop)
            raise
        if isinstance(value, Decimal):
            return float(value)
        return value
