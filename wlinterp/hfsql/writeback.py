"""hModifyFile: a query result whose changes reach the data file it was read from.

A query run with hModifyFile (HExecuteQuery / HExecuteSQLQuery mode) must read one data
file (no join, grouping, DISTINCT or UNION: otherwise a result row is not one record);
each result row then keeps its record's number (column `_wl_src`), and HModify/HDelete of
the result write the record too: the items of the result named like items of the file
are copied (converted) into the record, the others are left as they are. The record is
written through the file's own context (locks, duplicates, integrity are those of the
file), whose buffer and position are restored afterwards.
"""
from __future__ import annotations

__all__ = ["MODIFY_FILE", "SOURCE_COLUMN", "writable_source", "modify_source",
           "delete_source", "add_row"]

import re
from typing import TYPE_CHECKING, Any

from ..syntax.names import fold
from .errors import NOT_FOUND_RECORD, QUERY, HFError

if TYPE_CHECKING:
    from .context import FileContext

MODIFY_FILE = 0x2000  # hModifyFile / hModifieFichier (HFConstant.h's HQUERYMODIFYFILE)
SOURCE_COLUMN = "_wl_src"
_ONE_FILE = re.compile(r"(?is)^\s*select\s+(?!distinct\b)(.*?)\bfrom\s+\"?([^\W\d]\w*)\"?"
                       r"(?:\s+(?:as\s+)?(?!where\b|order\b|limit\b)([^\W\d]\w*))?\s*"
                       r"(?:where\b.*|order\s+by\b.*|limit\b.*)?$")
_REFUSED = re.compile(r"(?i)\b(join|group\s+by|union|having|distinct)\b")


def writable_source(db: Any, name: str, text: str) -> tuple["FileContext", str]:
    """The data file a query reads, and the query rewritten to also return each row's
    record number; an error when the query does not read exactly one data file."""
    m = _ONE_FILE.match(text)
    if m is None or _REFUSED.search(text[m.start(2):]) or _REFUSED.search(m.group(1)):
        raise HFError(QUERY, f"query {name}: hModifyFile needs a query on one data file "
                             f"(no join, grouping, DISTINCT or UNION).", name)
    table, alias = m.group(2), m.group(3)
    desc = next((d for d in db.analysis.files.values()
                 if fold(d.physical) == fold(table) or fold(d.name) == fold(table)), None)
    if desc is None:
        raise HFError(QUERY, f"query {name}: hModifyFile: '{table}' is not a data file of "
                             f"the analysis.", name)
    source = db.context(desc.name)
    last = db.last
    db.touch(source)  # its table exists; the last file used stays what it was
    db.last = last
    head = re.match(r"(?is)\s*select\s+", text)
    assert head is not None
    return source, f"{text[:head.end()]}{alias or table}._hrec AS {SOURCE_COLUMN}, " \
                   f"{text[head.end():]}"


def _record_of(result: "FileContext", row_number: int) -> int:
    row = result.db.backend.execute(f'SELECT {SOURCE_COLUMN} FROM "{result.desc.physical}" '
                                    f"WHERE _hrec = {result.sql.p}", [row_number]).fetchone()
    if row is None or row[0] is None:
        raise HFError(NOT_FOUND_RECORD, f"the current row of {result.name} has no record in "
                                        f"its data file.", result.name)
    return int(row[0])


def modify_source(result: "FileContext", row_number: int, what: str = "HModify") -> None:
    """HModify of a result row: its values into the data file's record."""
    source = result.source
    assert source is not None
    recnum = _record_of(result, row_number)
    saved = _save(source)
    try:
        from .reading import read_recnum
        if not read_recnum(source, recnum):
            raise HFError(NOT_FOUND_RECORD, f"record {recnum} of {source.name} does not "
                                            f"exist.", source.name)
        source.assign_record(result.wl_record())
        source.modify(recnum, what)
    finally:
        _restore(source, saved)


def delete_source(result: "FileContext", row_number: int) -> None:
    """HDelete of a result row: its record goes from the data file."""
    source = result.source
    assert source is not None
    source.delete(_record_of(result, row_number))


def add_row(result: "FileContext", what: str = "HAdd") -> None:
    """HAdd on a query result: the buffer becomes a new row at the end of the result
    (the next row number). With hModifyFile it is first added to the data file as a new
    record (its defaults for the items the result lacks; refused as HAdd(File) would
    be), and the result's columns named like items get the record's values back (its
    automatic identifier...)."""
    source = result.source
    recnum = None
    if source is not None:
        saved = _save(source)
        try:
            source.reset()
            source.assign_record(result.wl_record())
            source.add(what=what)
            recnum = source.recnum
            for n, item in enumerate(result.items):
                k = source.index.get(fold(item.name))
                if k is not None:
                    result.buffer[n] = result.coercers[n](source.buffer[k])
        finally:
            _restore(source, saved)
    backend = result.db.backend
    table = result.sql.table
    try:
        row = backend.execute(f"SELECT coalesce(max(_hrec), 0) + 1 FROM {table}").fetchone()
        number = int(row[0])
        cols = ["_hrec", *result.sql.cols] + ([SOURCE_COLUMN] if source is not None else [])
        values = [number, *result.stored()] + ([recnum] if source is not None else [])
        marks = ", ".join(result.sql.p for _ in cols)
        backend.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", values)
    except backend.errors() as exc:
        raise result.failure(exc, what) from None
    result.recnum, result.new_record, result.read_row = number, False, None


def _save(ctx: "FileContext") -> tuple[Any, ...]:
    return (list(ctx.buffer), ctx.recnum, ctx.new_record, ctx.pos, ctx.search, ctx.found,
            ctx.out, ctx.read_row)


def _restore(ctx: "FileContext", saved: tuple[Any, ...]) -> None:
    (ctx.buffer, ctx.recnum, ctx.new_record, ctx.pos, ctx.search, ctx.found,
     ctx.out, ctx.read_row) = saved
