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
does (the next HAdd gave an identifier a row already held: a duplicate). An `ON
CONFLICT` or `RETURNING` clause stays after the rows (it was run as written, and SQLite
refused the NULL identifier).
"""
from __future__ import annotations

__all__ = ["with_columns", "insert_with_ids"]

import re
from typing import Any, Sequence

from ..syntax.names import fold
from .analysis import FileDesc
from .schema import quote
from .statement_rows import Rows, rows_of

# INSERT INTO table (columns) VALUES ... / SELECT ... / WITH ...
_INSERT = re.compile(r'(?is)\s*insert\s+into\s+("[^"]+"|[^\W\d]\w*)\s*\(([^()]*)\)\s*'
                     r'(?=(?:values|select|with)\b)')
_TAIL_CLAUSES = re.compile(r"(?i)\b(?:on\s+conflict|returning)\b")
_STRINGS = re.compile(r"'[^']*(?:''[^']*)*'")  # SQL string literals


def insert_with_ids(db: Any, text: str, params: Sequence[Any],
                    files: list[FileDesc], kept: list[Rows | None] | None = None) -> bool:
    """Run `text` when it is an INSERT into a data file with an automatic identifier
    (True: it was run here): on SQLite with the identifiers added when it leaves them
    out; when it gives them, the counter (PostgreSQL: the identity sequence) moved past
    them. False, and nothing run, for any other statement. The rows its RETURNING gives
    are put in `kept` (statement_rows.py)."""
    m = _INSERT.match(text)
    if m is None or ";" in _STRINGS.sub("", text[m.end():]):  # (several statements:
        return False                                            # run as written)
    desc = _file_named(m.group(1).strip('"'), files)
    auto = desc.auto_id if desc is not None else None
    if desc is None or auto is None:
        return False
    ctx, dialect = db.context(desc.name), db.backend.dialect
    if fold(auto.name) in {fold(c.strip().strip('"')) for c in m.group(2).split(",")}:
        got = rows_of(db.backend.execute(text, params))  # identifiers given: later ones
        if kept is not None:  # come after them
            kept.append(got)
        top = db.backend.execute(f"SELECT max({quote(auto.name, dialect)}) FROM "
                                 f"{quote(desc.physical, dialect)}").fetchone()[0]
        db.note_id(ctx, top)
        return True
    if db.backend.dialect != "sqlite":
        return False  # (PostgreSQL: the identity column numbers the rows)
    first = db.next_id(ctx)  # (the counter now stands at it: given back below if unused)
    source, tail = _split_tail(text, m.end())
    sql = (f"INSERT INTO {m.group(1)} ({quote(auto.name)}, {m.group(2)}) "
           f"SELECT {first - 1} + ROW_NUMBER() OVER (), * FROM ({source})")
    if tail:  # WHERE true: SQLite reads `ON CONFLICT` after a bare FROM as a join's
        sql += f" WHERE true {tail}"  # (its upsert documentation's parsing ambiguity)
    rows = 0
    try:
        cursor = db.backend.execute(sql, params)
        if tail:  # (with RETURNING, the rows are written as they are read)
            got = rows_of(cursor)
            if kept is not None:
                kept.append(got)
        rows = cursor.rowcount
    finally:
        last = first - 1 + max(rows, 0)
        if tail and rows > 0:  # rows ON CONFLICT skipped or updated used no identifier,
            last = max(last, _largest(db, desc))  # so the last one may be further on
        db.counted(desc.physical, last)
    return True


def _split_tail(text: str, start: int) -> tuple[str, str]:
    """The rows of an INSERT (from `start`) and its `ON CONFLICT ...` / `RETURNING ...`
    clauses, which follow them in SQLite's and PostgreSQL's grammar (the words inside a
    string literal are not clauses)."""
    blanked = _STRINGS.sub(lambda s: " " * len(s.group()), text)
    found = _TAIL_CLAUSES.search(blanked, start)
    if found is None:
        return text[start:], ""
    return text[start:found.start()], text[found.start():]


def _largest(db: Any, desc: FileDesc) -> int:
    """The largest automatic identifier the file holds."""
    auto = desc.auto_id
    assert auto is not None
    row = db.backend.execute(f"SELECT max({quote(auto.name)}) FROM "
                             f"{quote(desc.physical)}").fetchone()
    return int(row[0] or 0)


def with_columns(text: str, files: list[FileDesc], dialect: str) -> str:
    """`INSERT INTO Customer VALUES (...)` (or `SELECT ...`) without a column list, into
    a data file of the analysis: given the file's items as its column list, in the
    analysis's order. The table has a column of its own first (`_hrec`, the record
    number: schema.py), so the statement was refused ("table Customer has 10 columns but
    9 values were supplied"); with the list, the identifier given is kept and a 1 or 0
    given to a boolean item is written TRUE/FALSE on PostgreSQL (sqldialect.py).
    *Decided*: the values are the items in the analysis's order (as WINDEV's own INSERT
    without columns, INFERRED: no stored page gives it); a file with an array item
    (several hidden columns) is left as written."""
    m = _BARE_INSERT.match(text)
    if m is None:
        return text
    desc = _file_named(m.group(1).strip('"'), files)
    if desc is None or any(i.element_of for i in desc.items):
        return text
    names = ", ".join(quote(i.name, dialect) for i in desc.items)
    return f"{text[:m.end(1)]} ({names}){text[m.end(1):]}"


_BARE_INSERT = re.compile(r'(?is)\s*insert\s+into\s+("[^"]+"|[^\W\d]\w*)(?=\s*(?:values|select)\b)')


def _file_named(table: str, files: list[FileDesc]) -> FileDesc | None:
    """The data file the statement writes into, among those it names."""
    key = fold(table)
    return next((d for d in files if fold(d.physical) == key or fold(d.name) == key), None)
