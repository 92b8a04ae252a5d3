"""A PostgreSQL table made before Date, Time and DateTime items took a text of any
length: its `varchar(8)`, `varchar(9)` or `varchar(17)` columns are widened to a
`varchar` without a size when the program first uses the data file.

Why on opening: a Date, Time or DateTime item keeps whole a text it does not read as a
date or time ("05/01/2025", docs/hfsql.md "Record buffer"), and the sized column refused
it (HAdd failed with "value too long for type character varying(8)") on the tables made
before 6 Dec 2026 while a table made since took it. Reading is the same either way (the
values such a column holds fit an unsized one); only the width differs. PostgreSQL turns
a `varchar(n)` into a `varchar` without rewriting the rows or rebuilding the indexes, so
the change is quick; it takes the table's lock for that moment. A role that does not own
the table (the rows only: Database.ensure's `made_by_another`) cannot change it: its
table stays as it was, and such a text is refused with the database's words, as before.
Nor can the owner change a column that a view or a rule uses ("cannot alter type of a
column used by a view or rule"), and other refusals may come: widening is a convenience,
so a refused ALTER leaves that column as it was and the file is used all the same (under
a savepoint inside a transaction, which the refusal would otherwise cancel).
*Decided* (INFERRED, HF 6 Dec 2026: docs/hfsql.md "Record buffer").
"""
from __future__ import annotations

__all__ = ["DATED_KINDS", "widen_dated_columns"]

from typing import Any

from .analysis import FileDesc
from .schema import quote

DATED_KINDS = ("date", "time", "datetime")


def widen_dated_columns(backend: Any, desc: FileDesc) -> list[str]:
    """Widen the sized varchar columns of `desc`'s dated items on PostgreSQL; the names
    of the columns left sized because the database refused (none on SQLite, whose
    columns hold any length): dated_forms.py marks the table done only when none is, so
    that the next program tries them again."""
    if backend.dialect != "postgresql":
        return []
    names = [i.name.lower() for i in desc.items if i.type.kind in DATED_KINDS]
    if not names:
        return []
    table = quote(desc.physical, backend.dialect)
    rows = backend.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attnum > 0 "
        "AND NOT attisdropped AND atttypid = 'varchar'::regtype AND atttypmod > 0 "
        "AND attname = ANY(%s)", [table, names]).fetchall()
    return [row[0] for row in rows if not _widen(backend, table, row[0])]


def _widen(backend: Any, table: str, name: str) -> bool:
    """ALTER one column to an unsized varchar; False (the column as it was) if the
    database refuses, e.g. a view uses the column."""
    alter = f"ALTER TABLE {table} ALTER COLUMN {quote(name, backend.dialect)} TYPE varchar"
    try:  # (under a savepoint inside a transaction: pg.py `guarded`)
        backend.guarded(alter, [])
    except backend.errors():
        return False
    return True
