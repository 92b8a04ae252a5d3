"""HDeclareExternal: the description of a data file read back from its table, for a file
the analysis does not describe (a table created earlier by wlinterp, possibly from
another analysis).

What a table can tell: its columns and their SQL types, NULL support, default values,
and its indexes (a unique index on one column is a unique key, an index on `(column,
_hrec)` a key with duplicates; an index on several columns a composite key, named after
the index as wlinterp names them: `<table>_<key>`). What it cannot: the HFSQL type where
several map to one SQL type (SQLite stores dates, times and texts all as TEXT; a currency
as REAL). docs/hfsql.md ("HDeclare, HDeclareExternal") lists the mapping.
"""
from __future__ import annotations

__all__ = ["describe_table"]

import re
from typing import Any

from .analysis import DUPLICATES, NOT_KEY, UNIQUE, FileDesc, ItemDesc, KeyDesc
from .backends import Backend
from .itemtypes import ITEM_TYPES

# SQL type (lower case, without size) -> .xdd type code
_PG_TYPES = {"character varying": 2, "text": 29, "bytea": 16, "smallint": 3, "integer": 5,
             "bigint": 25, "real": 6, "double precision": 7, "boolean": 37, "numeric": 41}
_SQLITE_TYPES = {"text": 2, "integer": 25, "real": 7, "blob": 16, "numeric": 17}


def describe_table(backend: Backend, table: str, logical: str) -> FileDesc | None:
    """The description of `table` under the logical name `logical` (None: no table)."""
    if not backend.table_exists(table):
        return None
    if backend.dialect == "sqlite":
        columns, keys = _sqlite_columns(backend, table), _sqlite_keys(backend, table)
    else:
        columns, keys = _pg_columns(backend, table), _pg_keys(backend, table)
    if not any(name == "_hrec" for name, *_ in columns):
        raise ValueError(f"the table {table} has no record number column (_hrec): it was "
                         f"not created by wlinterp.")
    desc = FileDesc(logical, table, null_supported=any(c[3] for c in columns))
    singles = {cols[0].lower(): unique for _, cols, unique in keys if len(cols) == 1}
    for name, code, size, nullable, default in columns:
        if name == "_hrec":
            continue
        text, is_null = _default_text(default)
        desc.add_item(ItemDesc(name, ITEM_TYPES[code], size,
                               NOT_KEY if name.lower() not in singles
                               else UNIQUE if singles[name.lower()] else DUPLICATES,
                               default=text, null_allowed=nullable,
                               null_default=is_null and nullable))
    for index, cols, unique in keys:
        if len(cols) > 1 and all(desc.item(c) is not None for c in cols):
            name = index[len(table) + 1:] if index.lower().startswith(table.lower() + "_") \
                else index
            desc.add_key(KeyDesc(name, [desc.item(c).name for c in cols],  # type: ignore
                                 unique, composite=True))
    return desc


def _default_text(sql: Any) -> tuple[str, bool]:
    """A column's DEFAULT (SQL text) as the analysis writes a default value; True when it
    is NULL. PostgreSQL's casts (`'x'::character varying`) are dropped."""
    if sql is None:
        return "", False
    text = re.sub(r"::[\w\s]+(\(\d+(,\d+)?\))?$", "", str(sql).strip())
    if text.upper() == "NULL":
        return "", True
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'"), False
    return {"true": "1", "false": "0"}.get(text.lower(), text), False


def _sqlite_columns(backend: Backend, table: str) -> list[tuple[str, int, int, bool, Any]]:
    rows = backend.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [(r[1], _SQLITE_TYPES.get((r[2] or "text").lower(), 2), 0, not r[3], r[4])
            for r in rows]


def _sqlite_keys(backend: Backend, table: str) -> list[tuple[str, list[str], bool]]:
    """(index name, its columns without `_hrec`, unique) for each index."""
    keys = []
    for _, index, unique, *_ in backend.execute(f'PRAGMA index_list("{table}")').fetchall():
        cols = [r[2] for r in backend.execute(f'PRAGMA index_info("{index}")').fetchall()
                if r[2] != "_hrec"]
        if cols:
            keys.append((index, cols, bool(unique)))
    return keys


def _pg_columns(backend: Backend, table: str) -> list[tuple[str, int, int, bool, Any]]:
    rows = backend.execute(
        "SELECT column_name, data_type, character_maximum_length, is_nullable, "
        "numeric_scale, is_identity, column_default FROM information_schema.columns "
        "WHERE table_name = %s AND table_schema = current_schema() ORDER BY ordinal_position",
        [table.lower()]).fetchall()
    out = []
    for name, dtype, length, nullable, scale, identity, default in rows:
        code = _PG_TYPES.get(dtype, 2)
        if identity == "YES" and name != "_hrec":
            code = 24
        elif dtype == "numeric" and scale == 6:
            code = 17  # wlinterp's currency column: numeric(24,6)
        out.append((name, code, length or 0, nullable == "YES", default))
    return out


def _pg_keys(backend: Backend, table: str) -> list[tuple[str, list[str], bool]]:
    keys = []
    rows: list[Any] = backend.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND schemaname = "
        "current_schema()", [table.lower()]).fetchall()
    for index, definition in rows:
        inside = re.search(r"\((.*)\)", definition)
        if inside is None:
            continue
        cols = [c.strip().split(" ")[0].strip('"') for c in inside.group(1).split(",")]
        cols = [c for c in cols if c != "_hrec"]
        if cols:
            keys.append((index, cols, " UNIQUE " in definition))
    return keys
