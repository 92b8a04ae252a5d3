"""HFSQL reading and browsing: HReadFirst/HLitPremier ... HReadSeekFirst, HFound,
HOut, HNbRec, HRecNum (wlinterp/hfsql/reading.py does the work)."""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql import reading
from wlinterp.hfsql.context import READ_WRITE, STARTED, WRITE, FileContext
from wlinterp.hfsql.errors import DATABASE, LOCK, HFError
from wlinterp.hfsql.hooks import ItemName
from wlinterp.registry import Family, ItemArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import (H_DISTINCT, H_GENERIC, H_IDENTICAL, H_LIMIT_PARSING,
                         H_LOCK_READ_WRITE, H_LOCK_WRITE, file_arg, h_function, holds_nothing,
                         name_arg, opts)

family = Family("HFSQL reading")
START_LOCK = "hfsql_start_lock"  # rt.state: between HStartLock and HEndLock


@h_function(family, "HReadFirst", "HLitPremier")
def h_read_first(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Read the first record in the order of `key` (within the active filter)."""
    return read_first(rt, "HReadFirst", file, key, options)


@h_function(family, "HReadLast", "HLitDernier")
def h_read_last(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Read the last record in the order of `key`."""
    return read_first(rt, "HReadLast", file, key, options, last=True)


def read_first(rt: Runtime, fname: str, file: Any, key: Any, options: Any,
               last: bool = False, default: int | None = None) -> bool:
    """HReadFirst/HReadLast and their ...Lock/...NoLock forms (`default`: see `_ctx`)."""
    return reading.read_first(_ctx(rt, file, fname, options, default), name_arg(key), last)


@h_function(family, "HReadNext", "HLitSuivant")
def h_read_next(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Read the next record in key order; in a search, HFound tells if it still matches."""
    return read_next(rt, "HReadNext", file, key, options)


@h_function(family, "HReadPrevious", "HLitPrécédent")
def h_read_previous(rt: Runtime, file: Any = None, key: ItemArg = None,
                    options: Any = None) -> bool:
    """Read the previous record in key order."""
    return read_next(rt, "HReadPrevious", file, key, options, previous=True)


def read_next(rt: Runtime, fname: str, file: Any, key: Any, options: Any,
              previous: bool = False, default: int | None = None) -> bool:
    """HReadNext/HReadPrevious and their ...Lock/...NoLock forms (`default`: `_ctx`)."""
    ctx = _ctx(rt, file, fname, options, default)
    if options is not None and opts(options) & H_LIMIT_PARSING:
        _limit_search(ctx, fname)
    if options is not None and opts(options) & H_DISTINCT:
        return _read_distinct(ctx, name_arg(key), previous)
    return reading.read_next(ctx, name_arg(key), previous=previous)


def _limit_search(ctx: FileContext, fname: str) -> None:
    """hLimitParsing given to HReadNext/HReadPrevious: the browse of the search in
    progress ends past the last record holding the sought value (HOut True, HFound
    False), as the option given to the search does; it did nothing, silently. With no
    search in progress there is nothing to limit: refused in words (INFERRED: HReadNext's
    page is not stored; docs/hfsql.md "hLimitParsing on HReadNext")."""
    if ctx.search is None:
        raise HFError(DATABASE, f"{fname}: hLimitParsing limits the browse of a search "
                                f"(HReadSeek, HReadSeekFirst...), and no search is in "
                                f"progress on {ctx.name}.")
    items, values, generic, _ = ctx.search
    ctx.search = (items, values, generic, True)


def _read_distinct(ctx: FileContext, key: str, previous: bool) -> bool:
    """hDistinct: read on past the records whose key value is the one of the record
    read before (HFConstant.h's HDISTINCT, "skipping the duplicates"), so a loop meets
    each value once: the first record of each value forwards, the last backwards. A
    lock option locks the record kept only."""
    lock, ctx.lock = ctx.lock, 0
    before = None if ctx.pos is None else ctx.pos[:-1]
    found = reading.read_next(ctx, key, previous)
    while before and not ctx.out and ctx.pos is not None and ctx.pos[:-1] == before:
        found = reading.read_next(ctx, key, previous)
    if lock and not ctx.out:
        search, ctx.lock = ctx.search, lock
        reading.read_recnum(ctx, ctx.recnum)  # read again, locked as asked
        ctx.search, ctx.found = search, found
    return found


def _ctx(rt: Runtime, file: Any, fname: str, options: Any, default: int | None = None
         ) -> Any:
    """The file, marked to lock the record it reads when the options ask for it; when
    they do not, `default` decides: None, a plain read, which locks only between
    HStartLock and HEndLock (the lock HEndLock releases); 0, a ...NoLock read; WRITE, a
    ...Lock read (hfsql_lock_mode.py)."""
    ctx = file_arg(rt, file, fname)
    if default is None:
        default = STARTED if START_LOCK in rt.state else 0
    ctx.lock = lock_mode(options, fname) or default
    ctx.positioned = 0
    return ctx


def lock_mode(options: Any, fname: str = "") -> int:
    """0, or the lock a read or HLock* asks for (context.WRITE / READ_WRITE)."""
    o = opts(options, fname)
    return READ_WRITE if o & H_LOCK_READ_WRITE else WRITE if o & H_LOCK_WRITE else 0


def seek(rt: Runtime, fname: str, file: Any, key: Any, value: Any, options: Any,
         mode: str, generic_default: bool, default: int | None = None) -> bool:
    """The HReadSeek... functions and their ...Lock/...NoLock forms (`default`: `_ctx`)."""
    if options is None and type(file) is FileContext and type(key) in (str, ItemName) \
            and not (START_LOCK in rt.state if default is None else default):
        file.lock = file.positioned = 0  # the common call, `_ctx` and `opts` inlined
        return reading.seek(file, key, value, mode, generic_default)
    o = opts(options, fname)
    generic = bool(o & H_GENERIC) or (generic_default and not o & H_IDENTICAL)
    return reading.seek(_ctx(rt, file, fname, options, default), name_arg(key), value, mode,
                        generic, bool(o & H_LIMIT_PARSING))


@h_function(family, "HReadSeekFirst", "HLitRecherchePremier")
def h_read_seek_first(rt: Runtime, file: Any, key: ItemArg, value: Any,
                      options: Any = None) -> bool:
    """First record whose key equals `value` (exact unless hGeneric). When none does,
    the next greater record is still read (HFound False, HOut False)."""
    return seek(rt, "HReadSeekFirst", file, key, value, options, "first", False)


@h_function(family, "HReadSeekLast", "HLitRechercheDernier")
def h_read_seek_last(rt: Runtime, file: Any, key: ItemArg, value: Any,
                     options: Any = None) -> bool:
    """Last record whose key equals `value`; none: nothing read, HOut True."""
    return seek(rt, "HReadSeekLast", file, key, value, options, "last", False)


@h_function(family, "HReadSeek", "HLitRecherche")
def h_read_seek(rt: Runtime, file: Any, key: ItemArg, value: Any, options: Any = None) -> bool:
    """First record whose key starts with `value` (generic on text unless hIdentical)."""
    return seek(rt, "HReadSeek", file, key, value, options, "seek", True)


@h_function(family, "HRead", "HLit")
def h_read(rt: Runtime, file: Any = None, recnum: Any = None, options: Any = None) -> bool:
    """Read the record of number `recnum` (default, and hCurrentRecNum 0: the current one)."""
    return read(rt, "HRead", file, recnum, options)


def read(rt: Runtime, fname: str, file: Any, recnum: Any, options: Any,
         default: int | None = None) -> bool:
    """HRead and its ...Lock/...NoLock forms (`default`: `_ctx`)."""
    ctx = _ctx(rt, file, fname, options, default)
    number = V.to_int(recnum) if recnum is not None else CURRENT_RECNUM
    return reading.read_recnum(ctx, number if number != CURRENT_RECNUM else ctx.recnum)


@family.function("HFound", "HTrouve")
def h_found(rt: Runtime, file: Any = None) -> bool:
    """Did the last read or search on the file find a matching record? (Not on a Data
    Source holding no result, whose reads fail: hfsql_base.empty_source.)"""
    return not holds_nothing(file) and file_arg(rt, file, "HFound").found


@family.function("HOut", "HEnDehors")
def h_out(rt: Runtime, file: Any = None) -> bool:
    """Is the file positioned outside its records (empty, before first, after last, a
    Data Source holding no result)?"""
    return holds_nothing(file) or file_arg(rt, file, "HOut").out


@h_function(family, "HNbRec", "HNbEnr", fail=-1)
def h_nb_rec(rt: Runtime, file: Any = None, state: Any = None) -> int:
    """Number of records of the file in the states asked (hStateActive by default;
    hStateCrossed, hStateDel, hStateAll add up; 0 is the default too, as WINDEV
    Mobile's runtime passes 0 when no state is given). A deleted record is a number below
    the highest one that neither the file nor the crossed records hold, so hStateAll
    is the highest record number: HRead's loop up to it reads them all (?3044047)."""
    ctx = file_arg(rt, file, "HNbRec")
    bits = (0 if state is None else V.to_int(state)) or 1
    if bits & ~15 or (isinstance(state, str) and not V.whole_number(state)):
        # (a number meant elsewhere, a text: counted the active records or none, silently)
        raise HFError(DATABASE, f"HNbRec: {V.to_str(state)} is not a combination of "
                                f"states (hStateActive, hStateCrossed, hStateDel, "
                                f"hStateAll combined with +).", ctx.name)
    ctx.db.touch(ctx)
    if bits & 8:  # hStateAll: HFConstant.h's HSTATEALLSTATES stands for every state
        bits |= 7
    from wlinterp.hfsql import crossed
    active = int(ctx.db.fetchone(ctx, ctx.sql.count, [])[0]) if bits & 5 else 0
    gone = crossed.count(ctx) if bits & 6 else 0  # hStateCrossed, or needed for hStateDel
    total = (active if bits & 1 else 0) + (gone if bits & 2 else 0)
    if bits & 4:  # hStateDel
        total += max(reading.highest_recnum(ctx) - active - gone, 0)
    return total


@family.function("HRecNum", "HNumEnr")
def h_rec_num(rt: Runtime, file: Any = None) -> int:
    """The current record's number (after HFirst/HSeek..., the record positioned on;
    0 on a Data Source holding no result)."""
    if holds_nothing(file):
        return 0
    ctx = file_arg(rt, file, "HRecNum")
    return ctx.positioned or ctx.recnum


@h_function(family, "HChangeKey", "HChangeClé")
def h_change_key(rt: Runtime, file: Any, key: Any, options: Any = None) -> bool:
    """Browse on another key from now on (the current record stays current)."""
    ctx = file_arg(rt, file, "HChangeKey")
    name = name_arg(key)
    ctx.key_name, ctx.key = name, ctx.key_items(name)
    ctx.pos = None
    if ctx.recnum:
        reading.read_recnum(ctx, ctx.recnum)
    return True


# -- locks (wlinterp/hfsql/locks.py) ----------------------------------------------------
def _lock(rt: Runtime, fname: str, file: Any, recnum: int, mode: Any) -> bool:
    ctx = file_arg(rt, file, fname)
    ctx.db.touch(ctx)
    if not ctx.db.locks.lock(ctx.desc.physical, recnum, lock_mode(mode, fname) == READ_WRITE):
        what = f"record {recnum}" if recnum else "the file"
        raise HFError(LOCK, f"{fname}: {what} of {ctx.name} is locked by another connection.",
                      ctx.name)
    return True


@h_function(family, "HLockFile", "HBloqueFichier")
def h_lock_file(rt: Runtime, file: Any = None, mode: Any = None) -> bool:
    """Lock the whole file: other connections can neither lock nor write its records
    (with hLockReadWrite: nor read them) until HUnlockFile or the end of the program."""
    return _lock(rt, "HLockFile", file, 0, mode)


# "the current record" for HLockRecNum/HUnlockRecNum: hCurrentRecNum (VERIFIED, the
# example of ?3044152) and hRecNumCurrent (the name ?1000024197 writes), French
# hNumEnrEnCours (INFERRED: real code passes it to HBloqueNumEnr/HDébloqueNumEnr); 0 is
# HFConstant.h's HCURRENTRECNUM ("enregistrement courant"; -1 is its invalid number)
CURRENT_RECNUM = family.constant("hCurrentRecNum", "hNumEnrEnCours", 0, "hRecNumCurrent")


def _recnum(rt: Runtime, file: Any, recnum: Any, fname: str) -> int:
    """The record a lock function names: hCurrentRecNum (or none) is the current one."""
    if recnum is None or recnum == CURRENT_RECNUM:
        return file_arg(rt, file, fname).recnum
    return V.to_int(recnum)


@h_function(family, "HLockRecNum", "HBloqueNumEnr")
def h_lock_rec_num(rt: Runtime, file: Any = None, recnum: Any = None, mode: Any = None
                   ) -> bool:
    """Lock one record (without reading it; the current one when omitted or
    hCurrentRecNum) until it is written, unlocked or the program ends. Every parameter
    is optional (?3044152: the last data file used)."""
    return _lock(rt, "HLockRecNum", file, _recnum(rt, file, recnum, "HLockRecNum"), mode)


@h_function(family, "HUnlockFile", "HDébloqueFichier")
def h_unlock_file(rt: Runtime, file: Any = None) -> bool:
    """Release the file's lock and the record locks this program holds in it."""
    ctx = file_arg(rt, file, "HUnlockFile")
    ctx.db.locks.unlock_file(ctx.desc.physical)
    return True


@h_function(family, "HUnlockRecNum", "HDébloqueNumEnr")
def h_unlock_rec_num(rt: Runtime, file: Any = None, recnum: Any = None) -> bool:
    """Release the lock on a record (the current one when omitted; the last data file
    used when no file is given: ?3044152's example calls HUnlockRecNum())."""
    ctx = file_arg(rt, file, "HUnlockRecNum")
    ctx.db.locks.unlock(ctx.desc.physical, _recnum(rt, file, recnum, "HUnlockRecNum"))
    return True
