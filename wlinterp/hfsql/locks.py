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
round trip). docs/hfsql.md ("Locks") gives the decisions.
"""
from __future__ import annotations

__all__ = ["Locks", "LOCK_TABLE"]

import os
import uuid
import zlib
from typing import Any

LOCK_TABLE = "_hf_lock"
_PG_HELD = ("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid "
            "FROM pg_database WHERE datname = current_database()) AND objsubid = 2 AND "
            "pid <> pg_backend_pid() AND classid = {p}::oid")


class Locks:
    """The locks this connection holds, and how to test for other connections' locks."""

    def __init__(self, backend: Any, scope: str = "") -> None:
        self.backend = backend
        self.scope = scope  # PostgreSQL schema of a `wl test` case: keys of its own
        self.held: set[tuple[str, int]] = set()
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.pg = backend.dialect == "postgresql"
        if not self.pg:
            backend.execute(f"CREATE TABLE IF NOT EXISTS {LOCK_TABLE} (file TEXT NOT NULL, "
                            "recnum INTEGER NOT NULL, owner TEXT NOT NULL, "
                            "PRIMARY KEY (file, recnum))")

    def key(self, table: str) -> int:
        return zlib.crc32(f"{self.scope}.{table}".encode()) & 0x7FFFFFFF

    # -- taking and releasing ----------------------------------------------------
    def lock(self, table: str, recnum: int) -> bool:
        """Lock a record (recnum > 0) or the whole file (0); False when another
        connection holds it, the file, or (for the file) one of its records."""
        if (table, recnum) in self.held:
            return True
        got = self._pg_lock(table, recnum) if self.pg else self._sqlite_lock(table, recnum)
        if got:
            self.held.add((table, recnum))
        return got

    def unlock(self, table: str, recnum: int) -> None:
        if (table, recnum) not in self.held:
            return
        self.held.discard((table, recnum))
        if self.pg:
            self.backend.execute("SELECT pg_advisory_unlock(%s, %s)",
                                 [self.key(table), recnum & 0x7FFFFFFF])
        else:
            self.backend.execute(f"DELETE FROM {LOCK_TABLE} WHERE file = ? AND recnum = ? AND "
                                 "owner = ?", (table, recnum, self.owner))

    def unlock_file(self, table: str) -> None:
        """HUnlockFile: the file's lock and every record lock this connection holds in it."""
        for held_table, recnum in sorted(self.held):
            if held_table == table:
                self.unlock(table, recnum)

    def release_all(self) -> None:
        for table, recnum in sorted(self.held):
            self.unlock(table, recnum)

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
            where = "file = ? AND owner <> ?" + (" AND recnum IN (0, ?)" if recnum else "")
            params = (table, self.owner, recnum) if recnum else (table, self.owner)
            row = self.backend.execute(f"SELECT owner FROM {LOCK_TABLE} WHERE {where} LIMIT 1",
                                       params).fetchone()
            if row is None:
                self.backend.execute(f"INSERT INTO {LOCK_TABLE} VALUES (?, ?, ?)",
                                     (table, recnum, self.owner))
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


def _alive(owner: str) -> bool:
    """Is the process that took a SQLite lock still running (same machine)?"""
    try:
        pid = int(owner.split("-", 1)[0])
    except ValueError:
        return True
    if pid == os.getpid():
        return True  # another connection of this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
