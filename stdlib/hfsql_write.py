"""HFSQL writing and data files: HAdd/HAjoute, HDuplicateRecord/HDupliqueEnregistrement,
HModify/HModifie, HWrite/HEcrit, HDelete/HSupprime,
HSave/HEnregistre, HReset/HRAZ, HCreation/HCréation, HCreationIfNotFound,
HOpen/HOuvre, HClose/HFerme, HListFile/HListeFichier."""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql import crossed, reading, writeback
from wlinterp.hfsql.context import FileContext, Record
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import (H_CHECK_INTEGRITY, WRITES_ID_AUTO, db_of, file_arg, h_function,
                         name_arg, opts)

from .hfsql_item_lists import H_LST_ALL, H_LST_DETAIL, H_LST_NORMAL, H_LST_SORTED

family = Family("HFSQL writing")
# HSave's, HAdd's, HModify's option (?1000021375): the write affects the browse. Value
# VERIFIED equal to the HFSQL header's HAFFECTBROWSE; French name INFERRED
H_AFFECT_BROWSE = family.constant("hAffectBrowse", "hAffecteParcours", 0x40)


def _copy_record(ctx: Any, record: Any) -> None:
    """`HAdd(File, rec)`: the items of a structure/record variable fill the buffer."""
    values = getattr(record, "values", None)
    if values is None:
        return
    for name, value in values.items():
        if name in ctx.index:
            ctx.wl_set(name, value)


@h_function(family, "HAdd", "HAjoute")
def h_add(rt: Runtime, file: Any = None, record: Any = None, options: Any = None, *,
          what: str = "HAdd") -> bool:
    """Add the buffer as a new record; it becomes the current record and gets its
    automatic identifier. A duplicate on a unique key: False, HErrorDuplicates() True.
    `what`: the function the errors name (HDuplicateRecord and HSave add through here)."""
    if isinstance(file, Record):  # HAdd(r [, options]): r's own data file
        file, record, options = _new_from(rt, file, what), file, record
    ctx = file if type(file) is FileContext else file_arg(rt, file, "HAdd")
    if record is not None and not isinstance(record, (int, float)):
        _copy_record(ctx, record)
    elif record is not None:
        options = record
    if options is not None and opts(options, what) & H_CHECK_INTEGRITY:
        _check_integrity(rt, ctx, what)
    db = ctx.db
    db.last = ctx  # db.touch(ctx) inlined: HAdd is called once per record
    if ctx.desc.physical not in db._ensured:  # noqa: SLF001
        db.ensure(ctx.desc)
    if ctx.is_result:  # a query result (with hModifyFile: its data file too)
        writeback.add_row(ctx, what)
    elif options is None and ctx.dialect == "sqlite":  # FileContext.add's first step, one
        ctx.add_sqlite(what)  # call less (HAdd is called once per record)
    else:
        ctx.add(options is not None and bool(opts(options) & WRITES_ID_AUTO), what)
        _affect_browse(ctx, options)
    return True


def _affect_browse(ctx: FileContext, options: Any) -> None:
    """hAffectBrowse (?1000021375): the write moves the browse in progress to the record
    added or modified; without it the browse is not affected (HAdd ?3044147)."""
    if options is not None and opts(options) & H_AFFECT_BROWSE:
        reading.browse_from(ctx, ctx.recnum)


def _new_record(rt: Runtime) -> Record:
    """A Record variable; declared of a file, the items it was not given read as the
    file's defaults (r.City read before any write: "", it was "'city' is not an item of
    this record")."""
    record = Record()
    record.defaults_of = lambda name: file_arg(rt, name, "Record").defaults()
    record.marks_of = lambda name: file_arg(rt, name, "Record").dated_names()
    record.coercers_of = lambda name: file_arg(rt, name, "Record").coercers_by_name()
    record.context_of = lambda name: file_arg(rt, name, "Record")  # (r.Name..Caption)
    return record


_new_record.wl_of = "name"  # type: ignore[attr-defined]  # `Record of Customer`: its file
family.type("Record", "Enregistrement", _new_record)


def _file_of(rt: Runtime, record: Record, what: str) -> FileContext:
    """The data file of `HAdd(r)` / `HSave(r)`: the one r was declared of (`Record of
    Customer`) or copied from (`r = Customer`)."""
    if not record.file:
        raise WLRuntimeError(f"{what}: this record belongs to no data file: declare it "
                             "'Record of <data file>', or copy a record of the file into "
                             "it first (r = Customer).")
    return file_arg(rt, record.file, what)


def _new_from(rt: Runtime, record: Record, what: str) -> FileContext:
    """`HAdd(r)`: r's data file, its buffer reset to the analysis defaults when r was
    never copied from it (`r is Record of Customer` then `r.Name = ...`), so that the
    items r does not hold are not those of the record read last."""
    ctx = _file_of(rt, record, what)
    if not record.shape:
        ctx.reset("")
    return ctx


@h_function(family, "HDuplicateRecord", "HDupliqueEnregistrement")
def h_duplicate_record(rt: Runtime, file: Any = None, options: Any = None) -> bool:
    """The record in the buffer (the one read, changed or not) added again as a new
    record, with a new automatic identifier; it becomes the current record. PC SOFT's
    page (?1000020538) calls it HAdd's equivalent: the same checks, errors and options."""
    ctx = file_arg(rt, file, "HDuplicateRecord")
    return h_add(rt, ctx, options, what="HDuplicateRecord")


@h_function(family, "HModify", "HModifie")
def h_modify(rt: Runtime, file: Any = None, recnum: Any = None, options: Any = None, *,
             what: str = "HModify") -> bool:
    """Write the buffer (or a record variable's values) over the current record (or
    record `recnum`); `what`: the function the errors name (HSave modifies through here)."""
    ctx = file_arg(rt, file, "HModify")
    if isinstance(recnum, Record):
        _copy_record(ctx, recnum)
        recnum = None
    if options is not None and opts(options, what) & H_CHECK_INTEGRITY:
        _check_integrity(rt, ctx, what)
    ctx.db.touch(ctx)
    target = V.to_int(recnum) if recnum is not None else 0
    if ctx.source is not None:  # a query run with hModifyFile: its data file too
        writeback.modify_source(ctx, target or ctx.recnum, what)
    ctx.modify(target, what)
    _affect_browse(ctx, options)
    return True


def _check_integrity(rt: Runtime, ctx: FileContext, what: str) -> None:
    from .hfsql_rules import require_integrity  # (the rules' family imports on demand)
    require_integrity(rt, ctx, what)


H_WRITE_DEFAULT = family.constant("hWriteDefault", "hEcritureDéfaut", 0)


@h_function(family, "HWrite", "HEcrit")
def h_write(rt: Runtime, file: Any = None, recnum: Any = None, options: Any = None) -> bool:
    """Write the buffer on the current record, or on record `recnum` (?3044092): over it
    when it exists, as a new record when it does not (the page's `HWrite(Customer,
    HNbRec() + 1)` adds at the end). Unlike HModify, no modification conflict is looked
    for; the database still keeps its unique keys and its locks; the record's automatic
    identifier is kept unless hForceIdAuto / hSetIdAuto (docs/hfsql.md "HWrite")."""
    ctx = file_arg(rt, file, "HWrite")
    ctx.db.touch(ctx)
    target = V.to_int(recnum) if recnum is not None else 0
    if target < 0:  # hCurrentRecNum
        target = 0
    stored = ctx.stored_row(target or ctx.recnum) if (target or ctx.recnum) else None
    if target and stored is None:
        return h_add(rt, ctx, options, what="HWrite")
    forced = options is not None and bool(opts(options, "HWrite") & WRITES_ID_AUTO)
    if stored is not None and ctx.auto_index >= 0 and not forced:
        ctx.buffer[ctx.auto_index] = stored[1]  # hWriteDefault: the record's identifier kept
    ctx.read_row = None  # written as it is: no "changed since read" check
    if ctx.source is not None:  # a query run with hModifyFile: its data file too
        writeback.modify_source(ctx, target or ctx.recnum, "HWrite")
    ctx.modify(target, "HWrite")
    return True


@h_function(family, "HDelete", "HSupprime")
def h_delete(rt: Runtime, file: Any = None, recnum: Any = None, options: Any = None) -> bool:
    """Delete the current record (or record `recnum`); the browse goes on after it."""
    ctx = file_arg(rt, file, "HDelete")
    ctx.db.touch(ctx)
    target = V.to_int(recnum) if recnum is not None else 0
    if ctx.source is not None:
        writeback.delete_source(ctx, target or ctx.recnum)
    ctx.delete(target)
    return True


@h_function(family, "HSave", "HEnregistre")
def h_save(rt: Runtime, file: Any = None, options: Any = None, more: Any = None) -> bool:
    """Modify the current record if there is one, else add the buffer (after HReset, or
    nothing read). As HSave's page documents, the second parameter is the options
    (hForceIdAuto...), not a record number. `HSave(r)` (r a Record): a record never
    copied from its file is added; one copied from it is written as `File = r` then
    HSave(File) (docs/hfsql.md "HAdd(r), HSave(r)"); `HSave(File, r [, options])` is
    `File = r` then HSave(File), as HAdd(File, r) and HModify(File, r) take r's values
    (r was read as the options, and its values were silently left out)."""
    if isinstance(options, Record) and not isinstance(file, Record):
        ctx = file_arg(rt, file, "HSave")
        ctx.assign_record(options)
        file, options = ctx, more
    elif more is not None:
        raise WLRuntimeError("HSave: a third parameter follows only a record "
                             "(HSave(File, r, options)).")
    if isinstance(file, Record) and not file.shape:  # HSave(r), r never read: added
        return h_add(rt, file, options, what="HSave")
    if isinstance(file, Record):  # HSave(r), r copied from its file: as `File = r`,
        ctx = _file_of(rt, file, "HSave")  # then HSave(File)
        ctx.assign_record(file)
    else:
        ctx = file if type(file) is FileContext else file_arg(rt, file, "HSave")
    ctx.db.touch(ctx)
    if ctx.new_record or not ctx.recnum:
        return h_add(rt, ctx, options, what="HSave")
    return h_modify(rt, ctx, None, options, what="HSave")


@h_function(family, "HReset", "HRAZ")
def h_reset(rt: Runtime, file: Any = None, item: Any = None) -> bool:
    """Put the analysis defaults in the buffer (all items, or one); the next HSave adds."""
    ctx = file_arg(rt, file, "HReset")
    ctx.db.touch(ctx)
    ctx.reset(name_arg(item))
    return True


def _each_file(rt: Runtime, file: Any, fname: str) -> list[Any]:
    db = db_of(rt)
    if isinstance(file, str) and file.strip() == "*":
        return [db.context(d.name) for d in list(db.analysis.files.values())]
    return [file_arg(rt, file, fname)]


def _ensure(rt: Runtime, file: Any, fname: str) -> bool:
    for ctx in _each_file(rt, file, fname):
        ctx.db.touch(ctx)
    return True


@h_function(family, "HCreationIfNotFound", "HCréationSiInexistant")
def h_creation_if_not_found(rt: Runtime, file: Any = "*", password: Any = None) -> bool:
    """Create the file's table (and indexes) when missing; "*" = every file."""
    return _ensure(rt, file, "HCreationIfNotFound")


@h_function(family, "HCreation", "HCréation")
def h_creation(rt: Runtime, file: Any, password: Any = None) -> bool:
    """Create the file empty: an existing table is emptied and its automatic identifiers
    start again from 1, as HFSQL replaces the file. The record in memory is kept, as its
    page says (?3044255: "the record in memory is not canceled. To initialize it, use
    HReset"; it was reset)."""
    for ctx in _each_file(rt, file, "HCreation"):
        ctx.db.touch(ctx)
        try:
            ctx.db.backend.execute(f"DELETE FROM {ctx.sql.table}")
            crossed.drop(ctx, ctx.db.backend)  # a new file has no crossed records either
        except ctx.db.backend.errors() as exc:
            raise ctx.failure(exc, "HCreation") from None
        ctx.db.restart_ids(ctx)
        ctx.db.freed.forget(ctx.desc.physical, numbering_too=True)
        ctx.forget_position()
    return True


@h_function(family, "HOpen", "HOuvre")
def h_open(rt: Runtime, file: Any = "*", password: Any = None) -> bool:
    """Open the file (its table is created if missing, as on first use)."""
    return _ensure(rt, file, "HOpen")


@h_function(family, "HClose", "HFerme")
def h_close(rt: Runtime, file: Any = "*") -> bool:
    """Close the file: its position and search are forgotten (its buffer too)."""
    for ctx in _each_file(rt, file, "HClose"):
        ctx.forget_position()
    return True


# HListFile's options: HFConstant.h's eHLSTMODE (hLstNormal, the default, in the
# analysis's order; hLstSorted; hLstDetail; hLstAll: hfsql_item_lists.py) and hLstTable
# (HLSTTABLE, "the tables, the default" of a Native Connector: a database's tables are
# what is listed anyway; name INFERRED)
H_LST_TABLE = family.constant("hLstTable", "hLstTable", 0x200)
_LST_FILE_OPTIONS = H_LST_ALL | H_LST_SORTED | H_LST_DETAIL | H_LST_NORMAL | H_LST_TABLE


@h_function(family, "HListFile", "HListeFichier", fail="")
def h_list_file(rt: Runtime, connection: Any = None, options: Any = None) -> str:
    """The analysis's data files, one per line: in analysis order, or by name with
    hLstSorted. `HListFile(hLstSorted)` gives the options alone."""
    if options is None and isinstance(connection, (int, float)) and \
            not isinstance(connection, bool):
        connection, options = None, connection
    flags = H_LST_NORMAL if options is None else V.to_int(options)
    if flags & ~_LST_FILE_OPTIONS or flags < 0:
        raise HFError(DATABASE, f"HListFile: {flags} is not an option of HListFile "
                                f"(hLstNormal, hLstSorted, hLstDetail, hLstAll, hLstTable).")
    names = [d.name for d in db_of(rt).analysis.files.values()]
    if flags & H_LST_SORTED:
        names.sort(key=str.casefold)
    return "\r\n".join(names)
