"""The temporary table holding a query's result (query.py), with its text columns under
the same case- and accent-insensitive collation as the data files' text keys, so that a
result browsed like a file (HReadSeekFirst, HReadSeek, FOR EACH ... WHERE, key order)
compares text as the file does (docs/hfsql.md, "Collation of text keys").

SQLite: `CREATE TABLE ... AS SELECT` keeps only the columns' declared types, never a
collation, so the table is declared first (the types that statement would give, each
column `COLLATE HCI`: a collation only ever applies to text values) and then filled.
PostgreSQL: the result's text columns (by their type) are selected `COLLATE "wl_ci"`.
"""
from __future__ import annotations

__all__ = ["create_result", "PG_TEXT_TYPES"]

from typing import Any

from .column_names import written_names
from .schema import PG_COLLATION, SQLITE_COLLATION, quote

# PostgreSQL type OIDs of text: text, varchar, bpchar (char(n)), name
PG_TEXT_TYPES = frozenset({25, 1043, 1042, 19})
# PostgreSQL dates, times and timestamps (a computed column: CURRENT_DATE, a cast...)
# selected as the texts WLanguage's Date, Time and DateTime hold (a Python date object
# reached the program and stopped Trace: "Trace expects a string, not a value of type date")
_PG_DATED = {1082: "to_char({c}, 'YYYYMMDD')", 1083: "substr(to_char({c}, 'HH24MISSMS'), 1, 8)",
             1114: "to_char({c}, 'YYYYMMDDHH24MISSMS')", 1184: "to_char({c}, 'YYYYMMDDHH24MISSMS')",
             1266: "substr(to_char(({c})::time, 'HH24MISSMS'), 1, 8)"}  # timetz: CURRENT_TIME


def create_result(backend: Any, table: str, text: str, params: list[Any],
                  extra: str) -> list[tuple[str, bool, Any]]:
    """Run the SELECT `text` into the temporary table `table` (a record number `_hrec`
    first, `extra` columns last); the result's columns, each with True when it holds
    text (to be compared under the collation) and the type the database gives it (a
    PostgreSQL type OID, an SQLite declared type: column_types.py)."""
    cur = _probe(backend, text, params)
    given = [d[0] for d in cur.description]
    names = written_names(text, given)  # (`AS Town`: not PostgreSQL's town)
    kept = [n for n, name in enumerate(names) if name not in ("_hrec", extra)]
    if backend.dialect == "postgresql":
        texts = [cur.description[n].type_code in PG_TEXT_TYPES for n in kept]
        listed = ", ".join(  # each column in lower case, as FileSQL names it: a quoted
            _pg_column(f'wlq.{quote(given[n])}', cur.description[n].type_code)
            + (f" COLLATE {quote(PG_COLLATION)}" if is_text else "")  # alias (`AS
            + f" AS {quote(names[n], 'postgresql')}"  # "Phone[2]"`) is read back too
            for n, is_text in zip(kept, texts))
        tail = f", wlq.{extra}" if extra else ""
        backend.execute(f'CREATE TEMP TABLE "{table}" AS SELECT row_number() OVER () AS _hrec, '
                        f"{listed}{tail} FROM ({text}) wlq", params)
        return [(names[n], t, cur.description[n].type_code) for n, t in zip(kept, texts)]
    return _sqlite_result(backend, table, text, params, [names[n] for n in kept], extra)


_WRAPPED = "SELECT * FROM ("


def _probe(backend: Any, text: str, params: list[Any]) -> Any:
    """The result's columns, no row read. A text the database refuses is reported in
    its own words on the program's SQL, not on the wrapper around it: SQLite said
    'near ")": syntax error' of a text ending too soon (the wrapper's parenthesis), and
    PostgreSQL quoted `SELECT * FROM (...) wlq LIMIT 0` with its caret there."""
    try:
        return backend.execute(f"{_WRAPPED}{text}) wlq LIMIT 0", params)
    except backend.errors() as exc:
        if backend.dialect == "sqlite":  # compiled alone, not run: the text's own error
            backend.execute(f"EXPLAIN {text}", params)
            raise
        own = _pg_own_words(exc, text)
        if own is None:
            raise
        raise own from None


def _pg_own_words(exc: Any, text: str) -> BaseException | None:
    """PostgreSQL's error with its LINE and caret on `text` (the position it gives
    counts from the wrapper's start); None when it gives no position."""
    diag: Any = getattr(exc, "diag", None)
    at = str(getattr(diag, "statement_position", None) or "")
    if not at.isdigit():
        return None
    pos = int(at) - 1 - len(_WRAPPED)  # (0-based in `text`)
    if not 0 <= pos <= len(text):
        return None
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    primary = str(diag.message_primary or exc).strip()
    if not text[pos:].strip():  # at the wrapper's parenthesis: the text ended too soon
        primary = primary.replace('at or near ")"', "at end of input")
    head = f"LINE {text.count(chr(10), 0, pos) + 1}: "
    words = [primary, head + text[start:end if end >= 0 else len(text)],
             " " * (len(head) + pos - start) + "^"]
    if diag.message_hint:
        words.append(f"HINT:  {diag.message_hint}")
    return type(exc)("\n".join(words))


def _pg_column(column: str, oid: Any) -> str:
    """A result column as selected: a date, time or timestamp as WLanguage's text."""
    dated = _PG_DATED.get(oid)
    return column if dated is None else dated.format(c=column)


def _sqlite_result(backend: Any, table: str, text: str, params: list[Any],
                   columns: list[str], extra: str) -> list[tuple[str, bool, Any]]:
    """SQLite: the declared types the SELECT gives (a probe table of no rows), the table
    declared with them and the collation, then filled. A column with no declared type
    (an expression: `upper(Name)`, a BLOB column) has the storage class of its values
    when they all have one (it holds text when they are all text)."""
    listed = ", ".join(f"wlq.{quote(c)}" for c in columns) + (f", wlq.{extra}" if extra else "")
    probe = f"{table}_types"
    backend.execute(f'CREATE TEMP TABLE "{probe}" AS SELECT {listed} FROM ({text}) wlq LIMIT 0',
                    params)
    declared = [str(r[2]).upper() for r in backend.execute(f'PRAGMA temp.table_info("{probe}")')]
    backend.execute(f'DROP TABLE temp."{probe}"')
    defs = ", ".join(f"{quote(c)} {t} COLLATE {SQLITE_COLLATION}"
                     for c, t in zip(columns, declared)) + (f", {extra}" if extra else "")
    backend.execute(f'CREATE TEMP TABLE "{table}" (_hrec INTEGER PRIMARY KEY, {defs})')
    backend.execute(f'INSERT INTO temp."{table}" SELECT row_number() OVER (), {listed} '
                    f"FROM ({text}) wlq", params)
    declared = declared[:len(columns)]
    untyped = [n for n, t in enumerate(declared) if t == ""]
    if untyped:
        checks = ", ".join(f"count(DISTINCT nullif(typeof({quote(columns[n])}), 'null')), "
                           f"max(nullif(typeof({quote(columns[n])}), 'null'))"
                           for n in untyped)
        row = backend.execute(f'SELECT {checks} FROM temp."{table}"').fetchone()
        for k, n in enumerate(untyped):
            if row[2 * k] == 1:  # one storage class in all its values: that type
                declared[n] = str(row[2 * k + 1]).upper()
    texts = [t == "TEXT" for t in declared]
    return list(zip(columns, texts, declared))
