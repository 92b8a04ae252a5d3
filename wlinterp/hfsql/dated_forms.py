"""Data files made by earlier versions brought to today's storage once per table per
database: a table with Date, Time or DateTime items is looked at the first time a program
uses it, then marked done in the `_hf_format` table, so later programs skip the catalog
query and the scan (docs/hfsql.md "Record buffer", *decided* INFERRED, HF 6 Dec 2026).

What is brought up to date (level 1):
- PostgreSQL's sized `varchar(8/9/17)` dated columns, widened (widen_dated.py);
- Time and DateTime values stored as they were given before an item converted them as a
  variable does (`"1030"`, `"20250105"`, `"2025/01/06 17:45"`; a Date item's
  `"2025-01-15"`): rewritten in the form an item stores now (itemtypes.coerce_item:
  `10300000`, `20250105000000000`, `20250115`), since a seek
  or a comparison looks for that form and missed them. A value already in its form, or a
  text no variable reads (kept whole), is left alone; so is a value that cannot be told
  from a normal one (an integer's HHMM digits given to a Time item: `17450000`).

Why a marker rather than every start: the catalog query and the scan cost a round trip
and a pass over the table each time, for tables that are almost always already right.
The marker is written only when everything was done: a column a view uses (its ALTER
refused) is tried again by the next program, as before. A role that does not own the
table changes nothing (Database.ensure does not call this then). A marker that cannot be
written (the `_hf_format` table another role owns) leaves the work to be done again.
"""
from __future__ import annotations

__all__ = ["bring_up_to_date", "FORMAT_TABLE"]

from typing import TYPE_CHECKING, Any

from .analysis import FileDesc
from .itemtypes import coerce_item
from .schema import quote
from .widen_dated import DATED_KINDS, widen_dated_columns

if TYPE_CHECKING:
    from .database import Database

FORMAT_TABLE = "_hf_format"
LEVEL = 1  # the storage a table marked with this level has (see the module's docstring)


def bring_up_to_date(db: Database, desc: FileDesc) -> None:
    """Bring `desc`'s table to today's storage unless its marker says it is."""
    if not any(i.type.kind in DATED_KINDS for i in desc.items):
        return
    done = _marked(db)
    if desc.physical in done:
        return
    backend = db.backend
    complete = not widen_dated_columns(backend, desc)
    refused = _rewrite_old_forms(backend, desc)
    if refused:  # not marked: looked at again by the next program, and said once a run
        if db.warn is not None:
            db.warn(_refused_words(desc, refused))
    elif complete and _mark(backend, desc.physical):
        done.add(desc.physical)


def _refused_words(desc: FileDesc, refused: list[tuple[str, str, str]]) -> str:
    """What the program's error output says of the values left in their old form."""
    item, old, now = refused[0]
    more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
    return (f"wl: the data file {desc.name} keeps {item} = '{old}' in the form an earlier "
            f"version stored{more}: the database refused to rewrite it as '{now}' "
            "(most often: another record holds that value of a unique key); seeks for it "
            "miss it until it is changed, and the file is looked at again at each start.")


def _marked(db: Database) -> set[str]:
    """The tables marked at LEVEL in this database, read once per run (kept on the
    Database: `dated_marks`)."""
    done = db.dated_marks
    if done is not None:
        return done
    backend = db.backend
    done = set()
    if _exists(backend):
        rows = backend.execute(f"SELECT file FROM {FORMAT_TABLE} WHERE level >= {backend.param}",
                               [LEVEL]).fetchall()
        done = {row[0] for row in rows}
    db.dated_marks = done
    return done


def _exists(backend: Any) -> bool:
    """Whether the marker table is there. PostgreSQL: in the connection's own schema (the
    first of its search_path, where its tables are made and where `_mark` makes the
    marker), not wherever search_path finds one: a `wl test` case's schema
    (`search_path TO case, public`) read public's marks and skipped its own tables."""
    if backend.dialect == "sqlite":
        return bool(backend.table_exists(FORMAT_TABLE))
    row = backend.execute("SELECT to_regclass(format('%%I.%%I', current_schema(), %s::text))",
                          [FORMAT_TABLE]).fetchone()
    return row is not None and row[0] is not None


def _mark(backend: Any, table: str) -> bool:
    """Record `table` as at LEVEL; False when the database refuses (then the next
    program does the work again)."""
    p = backend.param
    statements = [(f"CREATE TABLE IF NOT EXISTS {FORMAT_TABLE} (file text PRIMARY KEY, "
                   "level integer NOT NULL)", []),
                  (f"INSERT INTO {FORMAT_TABLE} VALUES ({p}, {p}) ON CONFLICT (file) DO "
                   "UPDATE SET level = excluded.level", [table, LEVEL])]
    try:
        for sql, params in statements:
            backend.guarded(sql, params)
    except backend.errors():
        return False
    return True


def _rewrite_old_forms(backend: Any, desc: FileDesc) -> list[tuple[str, str, str]]:
    """Rewrite the Date, Time and DateTime values not in the form an item stores now. A
    row the database refuses to change (its new form would duplicate a unique key's)
    keeps its old value: returned as (item, old value, new form), so that the table is
    not marked done and the program says so."""
    table = quote(desc.physical, backend.dialect)
    p = backend.param
    refused: list[tuple[str, str, str]] = []
    for item in desc.items:
        kind = item.type.kind
        if kind not in DATED_KINDS:
            continue
        col = quote(item.name, backend.dialect)
        rows = backend.execute(f"SELECT _hrec, {col} FROM {table} WHERE {col} IS NOT NULL "
                               f"AND {col} <> ''").fetchall()
        for hrec, value in rows:
            if not isinstance(value, str):
                continue
            now = coerce_item(kind, value)
            if now == value:
                continue
            try:
                backend.guarded(f"UPDATE {table} SET {col} = {p} WHERE _hrec = {p}",
                                [now, hrec])
            except backend.errors():
                refused.append((item.name, value, str(now)))
    return refused
