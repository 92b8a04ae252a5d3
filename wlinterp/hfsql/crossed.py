"""Crossed records (HCross/HRaye, HFree/HLibère): HFSQL's logically deleted records, kept
so that they can be counted, inspected with HState and later freed.

A crossed record leaves the file's table (so every read, search, `FOR EACH`, filter and
key skips it without a condition of its own on their hot paths) and goes, with its
record number and every stored value, into a shadow table of the same columns named
`<table>__crossed`, created on the first HCross of the file. docs/hfsql.md, "Crossed
records", says why this representation rather than a flag column.
"""
from __future__ import annotations

__all__ = ["shadow_name", "cross", "count", "is_crossed", "free", "drop"]

from typing import Any

from .context import FileContext
from .errors import NOT_FOUND_RECORD, HFError, database_reason
from .schema import quote

SUFFIX = "__crossed"


def shadow_name(ctx: FileContext) -> str:
    """The shadow table's name (unquoted), beside the file's table."""
    return ctx.desc.physical + SUFFIX


def _shadow(ctx: FileContext) -> str:
    return quote(shadow_name(ctx), ctx.dialect)


def _exists(ctx: FileContext) -> bool:
    return ctx.db.backend.table_exists(shadow_name(ctx))


def _create(ctx: FileContext) -> None:
    """The shadow table: the file's columns (with `_hrec`), no key, no constraint but
    the columns' own types (a crossed record is not in the indexes, as in HFSQL)."""
    if _exists(ctx):
        return
    if ctx.dialect == "postgresql":
        sql = f"CREATE TABLE IF NOT EXISTS {_shadow(ctx)} (LIKE {ctx.sql.table})"
    else:
        sql = f"CREATE TABLE IF NOT EXISTS {_shadow(ctx)} AS SELECT * FROM {ctx.sql.table} WHERE 0"
    ctx.db.backend.execute(sql)


def _not_made(ctx: FileContext, exc: BaseException) -> HFError:
    """HCross could not make the shadow table (a role that may not create tables: on
    PostgreSQL 15 and later, any role but the owner of schema public). HErrorInfo said
    "database error"; now which table, why, and what lets a role cross records."""
    reason = database_reason(exc)
    err = ctx.failure(exc, "HCross")
    err.message = (f"HCross on {ctx.name}: the table {shadow_name(ctx)}, which keeps the "
                   f"crossed records of {ctx.name}, cannot be created ({reason}); a role "
                   f"that may not create tables crosses records once the file's owner "
                   f"made it (an HCross as the owner) and granted it that table's rows.")
    return err


def cross(ctx: FileContext, recnum: int) -> None:
    """Move record `recnum` into the shadow table. The delete goes through the file's own
    write (locks of other connections, modification conflicts, links refuse it, as they
    refuse HDelete); then the copy is taken back so that nothing changes."""
    backend = ctx.db.backend
    p = ctx.sql.p
    try:
        _create(ctx)
    except backend.errors() as exc:
        raise _not_made(ctx, exc) from None
    try:
        copied = backend.write(f"INSERT INTO {_shadow(ctx)} SELECT * FROM {ctx.sql.table} "
                               f"WHERE _hrec = {p}", [recnum])
    except backend.errors() as exc:
        raise ctx.failure(exc, "HCross") from None
    if not copied:
        raise HFError(NOT_FOUND_RECORD, f"record {recnum} of {ctx.name} does not exist.", ctx.name)
    try:
        ctx.delete(recnum, "HCross")
    except HFError:
        backend.write(f"DELETE FROM {_shadow(ctx)} WHERE _hrec = {p}", [recnum])
        raise


def count(ctx: FileContext) -> int:
    """How many records of the file are crossed."""
    if not _exists(ctx):
        return 0
    return int(ctx.db.backend.execute(f"SELECT COUNT(*) FROM {_shadow(ctx)}").fetchone()[0])


def highest(ctx: FileContext) -> int:
    """The highest number of a crossed record (0: none)."""
    if not _exists(ctx):
        return 0
    row = ctx.db.backend.execute(f"SELECT MAX(_hrec) FROM {_shadow(ctx)}").fetchone()
    return int(row[0] or 0) if row else 0


def is_crossed(ctx: FileContext, recnum: int) -> bool:
    if not recnum or not _exists(ctx):
        return False
    row = ctx.db.backend.execute(f"SELECT 1 FROM {_shadow(ctx)} WHERE _hrec = {ctx.sql.p}",
                                 [recnum]).fetchone()
    return row is not None


def free(ctx: FileContext) -> int:
    """HFree: the crossed records become deleted ones (gone for good); how many."""
    if not _exists(ctx):
        return 0
    backend = ctx.db.backend
    try:
        return max(0, backend.write(f"DELETE FROM {_shadow(ctx)} WHERE 1 = 1", []))
    except backend.errors() as exc:
        raise ctx.failure(exc, "HFree") from None


def drop(ctx: FileContext, backend: Any) -> None:
    """HDeleteFile: the shadow table goes with the file."""
    backend.execute(f"DROP TABLE IF EXISTS {_shadow(ctx)}")
