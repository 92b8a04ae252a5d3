"""Whole data files: HDeleteFile/HSupprimeFichier, HToFile/HVersFichier and
HDeleteDirectory/HSupprimeRépertoire.

A data file is a table here (docs/hfsql.md, "Physical names and folders"): deleting the
file drops its table, copying it creates another table, and a folder is the tag that
HChangeDir puts in a table's name. The arguments are those of WINDEV's runtime (its Java
API) and the HFSQL C API header, which calls HVersFichier "export the content of a file"
(source, complete destination name).
"""
from __future__ import annotations

import dataclasses
import ntpath
from typing import Any

from wlinterp.hfsql import crossed, nomodif
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, LOCK, HFError
from wlinterp.hfsql.schema import COUNTER_TABLE, create_statements, quote
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, file_arg, h_function
from .hfsql_physical import _substituted, folder_tag

family = Family("HFSQL whole data files")


def _drop(ctx: FileContext, table: str) -> None:
    """DROP TABLE `table` (and the file's crossed records); the file's next use creates
    it again, empty, numbering its records and identifiers from 1."""
    db = ctx.db
    backend = db.backend
    try:
        backend.execute(f"DROP TABLE IF EXISTS {quote(table, ctx.dialect)}")
        if table == ctx.desc.physical:
            crossed.drop(ctx, backend)
        if ctx.dialect == "sqlite":
            db.counter_store().execute(f"DELETE FROM {COUNTER_TABLE} WHERE file = ?", (table,))
    except backend.errors() as exc:
        raise ctx.failure(exc, "HDeleteFile") from None
    db._ensured.discard(table)  # noqa: SLF001 - created again on next use
    for link in db.analysis.links:  # files linked to it create it again on their next use
        if link.parent_file.lower() == ctx.desc.name.lower():
            child = db.analysis.file(link.child_file)
            if child is not None:
                db._ensured.discard(child.physical)  # noqa: SLF001
    db._counters.pop(table, None)  # noqa: SLF001
    db.__dict__.get("_versioned", set()).discard(table)  # HVersion's triggers went too


def _children_first(files: list[FileContext]) -> list[FileContext]:
    """`HDeleteFile("*")`: a file whose records point to another's goes before it."""
    if len(files) < 2:
        return files
    links = files[0].db.analysis.links
    ordered: list[FileContext] = []

    def place(ctx: FileContext, seen: tuple[str, ...]) -> None:
        name = ctx.desc.name.lower()
        if ctx in ordered or name in seen:
            return
        for link in links:  # its children first
            if link.parent_file.lower() == name:
                child = next((c for c in files if c.desc.name.lower()
                              == link.child_file.lower()), None)
                if child is not None:
                    place(child, (*seen, name))
        ordered.append(ctx)

    for ctx in files:
        place(ctx, ())
    return ordered


@h_function(family, "HDeleteFile", "HSupprimeFichier")
def h_delete_file(rt: Runtime, file: Any, password: Any = None, options: Any = None) -> bool:
    """Delete the data file: its table, indexes and crossed records go (the next use of
    the file creates it again, empty). `"*"`: every file of the analysis. A file other
    files' links still point to cannot go while they hold records (as the database
    refuses it): False, HError() set. The password and options are accepted."""
    from .hfsql_write import _each_file
    for ctx in _children_first(_each_file(rt, file, "HDeleteFile")):
        if ctx.is_result:
            raise HFError(DATABASE, f"HDeleteFile: {ctx.name} is a query result, not a data "
                                    f"file.", ctx.name)
        ctx.db.ensure(ctx.desc)  # a table to drop, whether it existed or not
        if nomodif.forbidden(ctx.db.locks, ctx.desc.physical):
            raise HFError(LOCK, f"HDeleteFile: {ctx.name} is forbidden to modify "
                                f"(HNoModif).", ctx.name)
        _drop(ctx, ctx.desc.physical)
        ctx.reset()
        ctx.forget_position()
        ctx.read_row = None
        ctx.db.last = ctx
    return True


def _destination(rt: Runtime, path: str) -> str:
    """The table a complete file name means: the name without its folder or `.fic`, with
    the tag of its folder (the same table HChangeDir(File, folder) then reads)."""
    folder, name = ntpath.split(path.replace("/", "\\"))
    if name.lower().endswith(".fic"):
        name = name[:-4]
    if not name:
        raise HFError(DATABASE, f"HToFile: '{path}' names no file.")
    real = _substituted(rt, folder)
    return f"{name}__d{folder_tag(real)}" if real else name


@h_function(family, "HToFile", "HVersFichier")
def h_to_file(rt: Runtime, source: Any, destination: Any) -> bool:
    """Copy every record of a data file (or query result) into the data file named by
    `destination` (a complete file name: its folder and name choose the table; see
    docs/hfsql.md). The destination is replaced: created with the source's items and
    keys (not its links), and filled with the source's records under their record
    numbers."""
    ctx = file_arg(rt, source, "HToFile")
    ctx.db.touch(ctx)
    table = _destination(rt, V.to_str(destination).strip())
    if table.lower() == ctx.desc.physical.lower():
        raise HFError(DATABASE, f"HToFile: the destination is {ctx.name}'s own table.",
                      ctx.name)
    if len(table) > 60:
        raise HFError(DATABASE, f"HToFile: the table name {table} is too long.", ctx.name)
    # named after its table: no link of the analysis applies to the copy (an export;
    # its records would otherwise hold the linked files back from HDeleteFile)
    desc = dataclasses.replace(ctx.desc, physical=table, name=table)
    db = ctx.db
    _drop(ctx, table)
    backend = db.backend
    cols = ", ".join(["_hrec"] + [quote(i.name, ctx.dialect) for i in ctx.items])
    override = " OVERRIDING SYSTEM VALUE" if ctx.dialect == "postgresql" else ""
    try:
        for stmt in create_statements(db.analysis, desc, ctx.dialect):
            backend.execute(stmt)
        backend.execute(f"INSERT INTO {quote(table, ctx.dialect)} ({cols}){override} "
                        f"SELECT {cols} FROM {ctx.sql.table}")
        if ctx.dialect == "postgresql":  # later HAdd number on after the copied records
            qt = quote(table, "postgresql")
            for col in ["_hrec"] + ([desc.auto_id.name] if desc.auto_id else []):
                backend.execute(f"SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE("
                                f"(SELECT max({quote(col, 'postgresql')}) FROM {qt}), 0) + 1,"
                                f" false)", [qt, col.lower()])
    except backend.errors() as exc:
        raise ctx.failure(exc, "HToFile") from None
    db.mark_ready(table)
    return True


@h_function(family, "HDeleteDirectory", "HSupprimeRépertoire")
def h_delete_directory(rt: Runtime, connection: Any, folder: Any = None) -> bool:
    """Delete a folder of the database. A folder here is the tag in the names of the
    tables HChangeDir gives it: an empty folder (no data file of the analysis has a
    table there) is deleted at once; one still holding data files is refused (False,
    HError() set), as HFSQL refuses to delete a folder that is not empty."""
    path = V.to_str(connection if folder is None else folder).strip()
    db = db_of(rt)
    real = _substituted(rt, path)
    if not real:
        raise HFError(DATABASE, "HDeleteDirectory: the database's own folder cannot be "
                                "deleted.")
    tag = f"__d{folder_tag(real)}"
    held = [d.name for d in db.analysis.files.values()
            if db.backend.table_exists(d.physical + tag)]
    if held:
        raise HFError(DATABASE, f"HDeleteDirectory: the folder {path} still holds the data "
                                f"file(s) {', '.join(held)}.")
    return True
