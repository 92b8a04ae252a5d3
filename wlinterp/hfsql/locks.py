"""Record and file locks (HLockRecNum, HLockFile, reads with hLockWrite/hLockReadWrite,
HUnlockRecNum, HUnlockFile), shared by every connection to the database.

HFSQL keeps a lock until it is released (an unlock, a write of the record, the end of
the program), with or without a transaction. Both backends keep them the same way:

- PostgreSQL: session advisory locks, `pg_try_advisory_lock(file key, record number)`
  (record number 0 = the whole file); the server frees them when a connection ends.
- SQLite (one writer at a time, no lock of its own finer than the database): a table
  `_hf_lock(file, recnum, owner)` in the database file, so that other connections and
  other processes see the locks; a lock whose owner process is gone is taken over.

Writes (HModify, HDelete) of a record locked by another connection are refused with
HErrorLock(): the UPDATE/DELETE carries a `NOT EXISTS` test on the locks (no extra
round trip). A lock taken with hLockReadWrite also stops other connections' plain reads:
each one-record read carries a column telling whether such a lock is held by someone
else (`read_guard`), and FOR EACH asks for the file's read-locked records once per batch
(`read_locked`). docs/hfsql.md ("Locks") gives the decisions.
"""
from __future__ import annotations

__all__ = ["Locks", "LOCK_TABLE", "ensure_lock_table"]

import os
import uuid
import zlib
from typing import Any

from ..process_state import process_running

LOCK_TABLE = "_hf_lock"
_PG_HELD = ("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid "
            "FROM pg_database WHERE datname = current_database()) AND objsubid = 2 AND "
            "pid <> pg_backend_pid() AND classid = {p}::oid")


class Locks:
    """The locks this connection holds, and how to test for other connections' locks."""

    def __init__(self, backend: Any, scope: str = "") -> None:
        self.backend = backend
        self.scope = scope  # PostgreSQL schema of a `wl test` case: keys of its own
        self.held: dict[tuple[str, int], bool] = {}  # (table, recnum) -> read lock too
        self.started: set[tuple[str, int]] = set()  # of `held`, those HEndLock releases
        self.no_modif: dict[str, str] = {}  # tables this connection forbids -> their SQL name
        self.to_tidy: dict[str, str] = {}  # HNoModif's triggers left for the end (nomodif.tidy)
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.pg = backend.dialect == "postgresql"
        if not self.pg:
            ensure_lock_table(backend)

    def key(self, table: str, reads: bool = False) -> int:
        """The advisory lock class of a file; `reads`: the class of its hLockReadWrite
        locks (taken besides the write lock, tested by other connections' reads)."""
        prefix = "rw:" if reads else ""
        return zlib.crc32(f"{prefix}{self.scope}.{table}".encode()) & 0x7FFFFFFF

    # -- taking and releasing ----------------------------------------------------
    def lock(self, table: str, recnum: int, reads: bool = False, until_end: bool = False
             ) -> bool:
        """Lock a record (recnum > 0) or the whole file (0); False when another
        connection holds it, the file, or (for the file) one of its records. `reads`
        (hLockReadWrite): other connections cannot read it either. `until_end`: a read
        between HStartLock and HEndLock, which releases the locks it took (a lock held
        before stays)."""
        held = self.held.get((table, recnum))
        if held is not None and (held or not reads):
            return True
        if held is None:
            got = self._pg_lock(table, recnum) if self.pg else self._sqlite_lock(table, recnum)
            if not got:
                return False
            if until_end:
                self.started.add((table, recnum))
        self.held[(table, recnum)] = reads
        if reads:
            self._mark_reads(table, recnum)
        return True

    def _mark_reads(self, table: str, recnum: int) -> None:
        if self.pg:
            self.backend.execute("SELECT pg_try_advisory_lock(%s, %s)",
                                 [self.key(table, True), recnum & 0x7FFFFFFF])
        else:
            self.backend.execute(f"UPDATE {LOCK_TABLE} SET rw = 1 WHERE file = ? AND "
                                 "recnum = ? AND owner = ?", (table, recnum, self.owner))

    def unlock(self, table: str, recnum: int) -> None:
        self.started.discard((table, recnum))
        reads = self.held.pop((table, recnum), None)
        if reads is None:
            return
        if self.pg:
            self.backend.execute("SELECT pg_advisory_unlock(%s, %s)",
                                 [self.key(table), recnum & 0x7FFFFFFF])
            if reads:
                self.backend.execute("SELECT pg_advisory_unlock(%s, %s)",
                                     [self.key(table, True), recnum & 0x7FFFFFFF])
        else:
            self.backend.execute(f"DELETE FROM {LOCK_TABLE} WHERE file = ? AND recnum = ? AND "
                                 "owner = ?", (table, recnum, self.owner))

    def unlock_file(self, table: str) -> None:
        """HUnlockFile: the file's lock and every record lock this connection holds in it."""
        for held_table, recnum in sorted(self.held):
            if held_table == table:
                self.unlock(table, recnum)

    def end_lock(self) -> None:
        """HEndLock: the locks the reads took since HStartLock (those a write or an
        unlock has not already released)."""
        for table, recnum in sorted(self.started):
            self.unlock(table, recnum)

    def release_all(self) -> None:
        for table, recnum in sorted(self.held):
            self.unlock(table, recnum)
        if self.no_modif or self.to_tidy:
            from .nomodif import allow, tidy
            for table, sql_table in sorted(self.no_modif.items()):
                allow(self, table, sql_table)
            for table, sql_table in sorted(self.to_tidy.items()):
                tidy(self, table, sql_table)

    def restore(self) -> None:
        """SQLite, after a cancelled transaction or a rollback to a savepoint: the lock
        rows (and HNoModif's forbids and triggers) this connection wrote inside went with
        it; write them again, since a lock is the program's until it is released, not the
        transaction's (PostgreSQL's advisory locks are not transactional, its triggers
        are)."""
        for (table, recnum), reads in ([] if self.pg else self.held.items()):
            self.backend.execute(f"INSERT OR IGNORE INTO {LOCK_TABLE} (file, recnum, owner, "
                                 "rw) VALUES (?, ?, ?, ?)", (table, recnum, self.owner,
                                                              int(reads)))
        if self.no_modif:
            from .nomodif import forbid
            for table, sql_table in sorted(self.no_modif.items()):
                forbid(self, table, sql_table)

    def _pg_lock(self, table: str, recnum: int) -> bool:
        key = self.key(table)
        others = _PG_HELD.format(p="%s") + (" AND objid IN (0, %s)" if recnum else "")
        params = [key, recnum & 0x7FFFFFFF] if recnum else [key]
        row = self.backend.execute(
            f"SELECT CASE WHEN EXISTS ({others}) THEN false "
            f"ELSE pg_try_advisory_lock(%s, %s) END", [*params, key, recnum & 0x7FFFFFFF]
        ).fetchone()
        return bool(row[0])

    def _sqlite_lock(self, table: str, recnum: int) -> bool:
        for _ in range(2):  # a second try after clearing a dead owner's locks
            where = "file = ? AND owner <> ?" + (" AND recnum IN (0, ?)" if recnum
                                                 else " AND recnum >= 0")  # (HNoModif's < 0)
            params = (table, self.owner, recnum) if recnum else (table, self.owner)
            row = self.backend.execute(f"SELECT owner FROM {LOCK_TABLE} WHERE {where} LIMIT 1",
                                       params).fetchone()
            if row is None:
                self.backend.execute(f"INSERT INTO {LOCK_TABLE} (file, recnum, owner) "
                                     "VALUES (?, ?, ?)", (table, recnum, self.owner))
                return True
            if _alive(row[0]):
                return False
            self.backend.execute(f"DELETE FROM {LOCK_TABLE} WHERE owner = ?", (row[0],))
        return False

    # -- what writes test ----------------------------------------------------------
    def free_condition(self, table: str, recnum_mark: str) -> tuple[str, list[Any]]:
        """SQL true when no other connection locks the record (`recnum_mark` is its
        placeholder, bound after the returned parameters) nor the file."""
        if self.pg:
            return (f"NOT EXISTS ({_PG_HELD.format(p='%s')} AND objid IN (0, {recnum_mark}))",
                    [self.key(table)])
        return (f"NOT EXISTS (SELECT 1 FROM {LOCK_TABLE} WHERE file = ? AND owner <> ? AND "
                f"recnum IN (0, {recnum_mark}))", [table, self.owner])


    # -- what reads test -----------------------------------------------------------
    def read_guard(self, table: str) -> str:
        """SQL column (no parameters) of a one-record read: true when another connection
        holds an hLockReadWrite lock on the row's record or on the whole file."""
        if self.pg:  # taking and at once releasing a shared lock (cheaper than pg_locks)
            key = self.key(table, True)
            probes = [f"CASE WHEN pg_try_advisory_lock_shared({key}, {r}) THEN NOT "
                      f"pg_advisory_unlock_shared({key}, {r}) ELSE true END"
                      for r in ("0", "(_hrec & 2147483647)::int")]
            return f"({probes[0]} OR {probes[1]})"
        # two EXISTS, not `recnum IN (0, _hrec)`: SQLite evaluates them about twice as
        # fast (the file-wide one does not depend on the row), and a seek pays it each time
        file, owner = _literal(table), _literal(self.owner)
        held = [f"EXISTS (SELECT 1 FROM {LOCK_TABLE} WHERE file = {file} AND recnum = {r} "
                f"AND rw = 1 AND owner <> {owner})" for r in ("_hrec", "0")]
        return f"({held[0]} OR {held[1]})"

    def read_locked(self, table: str) -> set[int]:
        """The file's records that other connections lock against reading (0: the file)."""
        if self.pg:
            sql = _PG_HELD.format(p="%s").replace("SELECT 1", "SELECT objid::bigint")
            rows = self.backend.execute(sql, [self.key(table, True)]).fetchall()
        else:
            rows = self.backend.execute(f"SELECT recnum FROM {LOCK_TABLE} WHERE file = ? AND "
                                        "rw = 1 AND owner <> ?", (table, self.owner)).fetchall()
        return {int(r[0]) for r in rows}


def ensure_lock_table(backend: Any) -> None:
    """SQLite: the lock table (a database made before read locks gets their column)."""
    backend.execute(f"CREATE TABLE IF NOT EXISTS {LOCK_TABLE} (file TEXT NOT NULL, "
                    "recnum INTEGER NOT NULL, owner TEXT NOT NULL, rw INTEGER NOT NULL "
                    "DEFAULT 0, PRIMARY KEY (file, recnum))")
    cols = {r[1] for r in backend.execute(f"PRAGMA table_info({LOCK_TABLE})").fetchall()}
    if "rw" not in cols:
        backend.execute(f"ALTER TABLE {LOCK_TABLE} ADD COLUMN rw INTEGER NOT NULL DEFAULT 0")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _alive(owner: str) -> bool:
    """Is the process that took a SQLite lock still running (same machine)?"""
    try:
        pid = int(owner.split("-", 1)[0])
    except ValueError:
        return True
    return process_running(pid)  # (this process: another connection of it)
