"""An `INSERT` written by hand (HExecuteSQLQuery) into a data file with an automatic
identifier, the identifier's column left out: HFSQL gives each new record its identifier,
as HAdd does (docs/hfsql.md "Automatic identifiers").

On PostgreSQL the identity column does it. On SQLite wlinterp keeps the counter itself
(auto_ids.py), and the column, NOT NULL, refused the statement ("the database refused
NULL in the column StudentID"): a WEBDEV CRUD's `INSERT INTO Student (Name) VALUES
('Ana')` failed. Here the statement is run with the column added and numbered from the
counter, one per row: `INSERT INTO Student (StudentID, Name) SELECT 6 + ROW_NUMBER()
OVER (), * FROM (VALUES ('Ana'))`, then the counter moves past the rows written. One
that gives the identifiers itself moves the counter past the largest, as an import
does (the next HAdd gave an identifier a row already held: a duplicate).
"""
from __future__ import annotations

__all__ = ["insert_with_ids"]

import re
from typing import Any, Sequence

from ..syntax.names import fold
from .analysis import FileDesc
from .schema import quote

# INSERT INTO table (columns) VALUES ... / SELECT ... / WITH ...
_INSERT = re.compile(r'(?is)\s*insert\s+into\s+("[^"]+"|[^\W\d]\w*)\s*\(([^()]*)\)\s*'
                     r'(?=(?:values|select|with)\b)')
_TAIL_CLAUSES = re.compile(r"(?i)\b(?:on\s+conflict|returning)\b")
_STRINGS = re.compile(r"'(?:[^']|'')*'")  # SQL string literals


def insert_with_ids(db: Any, text: str, params: Sequence[Any],
                    files: list[FileDesc]) -> bool:
    """Run `text` when it is an INSERT into a data file with an automatic identifier
    (True: it was run here): on SQLite with the identifiers added when it leaves them
    out; when it gives them, the counter (PostgreSQL: the identity sequence) moved past
    them. False, and nothing run, for any other statement."""
    m = _INSERT.match(text)
    if m is None or _TAIL_CLAUSES.search(text, m.end()) \
            or ";" in _STRINGS.sub("", text[m.end():]):  # (several statements: as written)
        return False
    desc = _file_named(m.group(1).strip('"'), files)
    auto = desc.auto_id if desc is not None else None
    if desc is None or auto is None:
        return False
    ctx, dialect = db.context(desc.name), db.backend.dialect
    if fold(auto.name) in {fold(c.strip().strip('"')) for c in m.group(2).split(",")}:
        db.backend.execute(text, params)  # identifiers given: later ones come after them
        top = db.backend.execute(f"SELECT max({quote(auto.name, dialect)}) FROM "
                                 f"{quote(desc.physical, dialect)}").fetchone()[0]
        db.note_id(ctx, top)
        return True
    if db.backend.dialect != "sqlite":
        return False  # (PostgreSQL: the identity column numbers the rows)
    first = db.next_id(ctx)  # (the counter now stands at it: given back below if unused)
    sql = (f"INSERT INTO {m.group(1)} ({quote(auto.name)}, {m.group(2)}) "
           f"SELECT {first - 1} + ROW_NUMBER() OVER (), * FROM ({text[m.end():]})")
    rows = 0
    try:
        rows = db.backend.write(sql, params)
    finally:
        db.counted(desc.physical, first - 1 + max(rows, 0))
    return True


def _file_named(table: str, files: list[FileDesc]) -> FileDesc | None:
    """The data file the statement writes into, among those it names."""
    key = fold(table)
    return next((d for d in files if fold(d.physical) == key or fold(d.name) == key), None)
