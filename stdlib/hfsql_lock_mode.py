"""HyperFile 5.5's lock mode, kept by WINDEV for compatibility (?3044240, "Compatible Hyper
File functions"): HStartLock/HDébutVerrou, HEndLock/HFinVerrou, and the reads that lock
(HReadLock, HReadFirstLock...) or do not (HReadNoLock, HReadFirstNoLock...) whatever the mode.

Between HStartLock and HEndLock every HRead, HReadSeek..., HReadFirst, HReadLast,
HReadNext and HReadPrevious locks the record it reads in write mode (as hLockWrite:
other connections read it, none can change it nor lock it); HEndLock releases the locks
those reads took. The reads themselves are stdlib/hfsql_read.py's, given the lock to
take when their options ask for none (docs/hfsql.md, "HyperFile 5.5's lock mode").
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.context import WRITE
from wlinterp.registry import Family, ItemArg
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, h_function
from .hfsql_read import START_LOCK, read, read_first, read_next, seek

family = Family("HFSQL lock mode (HyperFile 5.5)")


@h_function(family, "HStartLock", "HDébutVerrou")
def h_start_lock(rt: Runtime) -> bool:
    """From now on, the reads lock the record they read, until HEndLock (?3044240: "The
    records read after HStartLock will be locked"). The page gives no result: True
    (INFERRED, as the H* functions of that time)."""
    rt.state[START_LOCK] = True
    return True


@h_function(family, "HEndLock", "HFinVerrou")
def h_end_lock(rt: Runtime) -> bool:
    """The end of the lock mode: the records the reads locked since HStartLock are
    unlocked, on every connection of the run (?3044240: "The records will be unlocked
    during HEndLock"); locks taken otherwise (HLockRecNum, a read with hLockWrite...)
    stay until their own release."""
    rt.state.pop(START_LOCK, None)
    from .hfsql_connection import open_databases
    for db in [db_of(rt), *open_databases(rt)]:
        db.locks.end_lock()
    return True


# -- reads that lock (WRITE) or do not (0), whatever the mode --------------------------
def _first(en: str, fr: str, last: bool, lock: int) -> None:
    """Registers one HReadFirst/HReadLast variant that takes `lock` whatever the mode:
    one factory per read shape, so the Lock and NoLock names share one body."""
    @h_function(family, en, fr)
    def first(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None
              ) -> bool:
        return read_first(rt, en, file, key, options, last, lock)
    first.__doc__ = f"{'HReadLast' if last else 'HReadFirst'}, {_WHAT[lock]}"


def _next(en: str, fr: str, previous: bool, lock: int) -> None:
    """Registers one HReadNext/HReadPrevious variant that takes `lock` whatever the mode."""
    @h_function(family, en, fr)
    def next_(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None
              ) -> bool:
        return read_next(rt, en, file, key, options, previous, lock)
    next_.__doc__ = f"{'HReadPrevious' if previous else 'HReadNext'}, {_WHAT[lock]}"


def _seek(en: str, fr: str, lock: int) -> None:
    """Registers one HReadSeek variant that takes `lock` whatever the mode."""
    @h_function(family, en, fr)
    def seek_(rt: Runtime, file: Any, key: ItemArg, value: Any, options: Any = None
              ) -> bool:
        return seek(rt, en, file, key, value, options, "seek", True, lock)
    seek_.__doc__ = f"HReadSeek, {_WHAT[lock]}"


def _read(en: str, fr: str, lock: int) -> None:
    """Registers one HRead (by record number) variant that takes `lock` whatever the mode."""
    @h_function(family, en, fr)
    def read_(rt: Runtime, file: Any = None, recnum: Any = None, options: Any = None
              ) -> bool:
        return read(rt, en, file, recnum, options, lock)
    read_.__doc__ = f"HRead, {_WHAT[lock]}"


_WHAT = {WRITE: "locking the record read in write mode (HReadLock... of ?3044240).",
         0: "without locking the record read, also after HStartLock (?3044240)."}

# English names from ?3044240 ("HReadLock, HReadSeekLock...", and the six ...NoLock reads
# it lists); the other ...Lock names and every French name INFERRED (`Bloque` Lock as in
# HBloqueFichier, `SansBloquer` NoLock as in HDBOuvreSansBloquer). Their parameters are
# those of the read they lock or not (INFERRED: no stored page gives them).
for _lock, _en, _fr in ((WRITE, "Lock", "Bloque"), (0, "NoLock", "SansBloquer")):
    _read(f"HRead{_en}", f"HLit{_fr}", _lock)
    _first(f"HReadFirst{_en}", f"HLitPremier{_fr}", False, _lock)
    _first(f"HReadLast{_en}", f"HLitDernier{_fr}", True, _lock)
    _next(f"HReadNext{_en}", f"HLitSuivant{_fr}", False, _lock)
    _next(f"HReadPrevious{_en}", f"HLitPrécédent{_fr}", True, _lock)
    _seek(f"HReadSeek{_en}", f"HLitRecherche{_fr}", _lock)
