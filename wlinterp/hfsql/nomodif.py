"""HNoModif / HEndNoModif: a data file that nobody may write, its forbidder included,
while anyone may still read it; several programs may forbid the same file at once, and
writes come back when the last one ends (?3044053, docs/hfsql.md "HNoModif").

Why triggers: the forbid must stop every connection and process, whatever writes
(HAdd, HModify, HDelete, a query, SQLExec), and cost nothing to files never forbidden.
The first HNoModif of a file puts `BEFORE INSERT/UPDATE/DELETE` triggers on its table
that refuse the write while a forbid is held; they stay (a later forbid finds them), so
a file once forbidden pays one indexed test (SQLite) or one look at `pg_locks`
(PostgreSQL) per written row. Row triggers on PostgreSQL too: a refused HAdd has then
drawn its automatic identifier, which HAdd's refusal gives back (database.py
`release_id`); a statement trigger fires before and would make it give back another's.

Where the forbids are kept, as the other locks are (locks.py):
- SQLite: one row per forbidding program in `_hf_lock`, with a negative record number
  of its own (so several programs can hold one); a row whose process is gone (a crash)
  is cleared by the next HNoModif or HEndNoModif of that file;
- PostgreSQL: a shared session advisory lock per program, which the server frees when
  the connection ends.
A refused write is a lock error (HErrorLock() True): *decided*, INFERRED.
"""
from __future__ import annotations

__all__ = ["MARK", "forbid", "allow", "forbidden"]

import zlib
from typing import Any

from .backends import NO_MODIF_MARK as MARK
from .locks import LOCK_TABLE, Locks, _alive, _literal
from .schema import quote

_PG_CHECK = "_hf_no_modif_check"
# a forbid held by any program (a shared advisory lock of the file's no-modif class)
_PG_HELD = ("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid "
            "FROM pg_database WHERE datname = current_database()) AND classid = {key}::oid "
            "AND objid = 0 AND objsubid = 2 AND granted")


def _own_recnum(locks: Locks) -> int:
    """This program's negative record number in `_hf_lock` for its forbids."""
    return -1 - (zlib.crc32(locks.owner.encode()) & 0x7FFFFFFF)


def _pg_key(locks: Locks, table: str) -> int:
    return zlib.crc32(f"nm:{locks.scope}.{table}".encode()) & 0x7FFFFFFF


def forbid(locks: Locks, table: str, sql_table: str) -> None:
    """HNoModif: this program's forbid on `table` (a second one changes nothing)."""
    be = locks.backend
    if locks.pg:
        _pg_triggers(be, table, sql_table, _pg_key(locks, table))
        if table not in locks.no_modif:
            be.execute("SELECT pg_advisory_lock_shared(%s, 0)", [_pg_key(locks, table)])
    else:
        _clear_dead(locks, table)
        be.execute(f"INSERT OR IGNORE INTO {LOCK_TABLE} (file, recnum, owner) "
                   "VALUES (?, ?, ?)", (table, _own_recnum(locks), locks.owner))
        _sqlite_triggers(be, table)
    locks.no_modif[table] = sql_table


def allow(locks: Locks, table: str) -> None:
    """HEndNoModif: this program's forbid ends (others' forbids stay)."""
    be = locks.backend
    if locks.pg:
        if table in locks.no_modif:
            be.execute("SELECT pg_advisory_unlock_shared(%s, 0)", [_pg_key(locks, table)])
    else:
        be.execute(f"DELETE FROM {LOCK_TABLE} WHERE file = ? AND owner = ? AND recnum < 0",
                   (table, locks.owner))
        _clear_dead(locks, table)
    locks.no_modif.pop(table, None)


def forbidden(locks: Locks, table: str) -> bool:
    """Does a program (this one included) forbid writing `table` now? (HDeleteFile asks:
    dropping a table is a write no trigger sees.)"""
    params: list[Any]
    if locks.pg:
        sql, params = f"SELECT EXISTS ({_PG_HELD.format(key='%s')})", [_pg_key(locks, table)]
    else:
        _clear_dead(locks, table)
        sql = f"SELECT EXISTS (SELECT 1 FROM {LOCK_TABLE} WHERE file = ? AND recnum < 0)"
        params = [table]
    return bool(locks.backend.execute(sql, params).fetchone()[0])


def _clear_dead(locks: Locks, table: str) -> None:
    rows = locks.backend.execute(f"SELECT DISTINCT owner FROM {LOCK_TABLE} WHERE file = ? "
                                 "AND recnum < 0 AND owner <> ?",
                                 (table, locks.owner)).fetchall()
    for (owner,) in rows:
        if not _alive(owner):
            locks.backend.execute(f"DELETE FROM {LOCK_TABLE} WHERE file = ? AND owner = ? "
                                  "AND recnum < 0", (table, owner))


def _sqlite_triggers(be: Any, table: str) -> None:
    held = (f"EXISTS (SELECT 1 FROM {LOCK_TABLE} WHERE file = {_literal(table)} "
            f"AND recnum < 0)")
    for event in ("INSERT", "UPDATE", "DELETE"):
        trigger = quote(f"{table}__nm_{event.lower()}")
        be.execute(f"CREATE TRIGGER IF NOT EXISTS {trigger} BEFORE {event} ON {quote(table)} "
                   f"WHEN {held} BEGIN SELECT RAISE(ABORT, '{MARK}: the data file is "
                   f"forbidden to modify (HNoModif)'); END")


def _pg_triggers(be: Any, table: str, sql_table: str, key: int) -> None:
    """The check function and the file's trigger, each made once: two programs forbidding
    a file for the first time at the same moment may both find them missing, and the
    second to make one finds it made (not an error)."""
    _made_once(be, "SELECT to_regprocedure(%s) IS NOT NULL", [f"{_PG_CHECK}()"],
               f"CREATE FUNCTION {_PG_CHECK}() RETURNS trigger LANGUAGE plpgsql "
               f"AS $$ BEGIN IF EXISTS ({_PG_HELD.format(key='TG_ARGV[0]')}) "
               f"THEN RAISE EXCEPTION '{MARK}: the data file is "
               f"forbidden to modify (HNoModif)' USING ERRCODE = '55P03'; END IF; "
               f"IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$")
    trigger = f"{table}__nm"
    _made_once(be, "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = %s AND "
                   "tgrelid = to_regclass(%s))", [trigger.lower(), sql_table],
               f"CREATE TRIGGER {quote(trigger, 'postgresql')} BEFORE INSERT OR UPDATE "
               f"OR DELETE ON {sql_table} FOR EACH ROW EXECUTE FUNCTION "
               f"{_PG_CHECK}('{key}')")


# duplicate_object, duplicate_function, unique_violation (of a catalogue's index)
_MADE_MEANWHILE = ("42710", "42723", "23505")


def _made_once(be: Any, exists: str, params: list[Any], create: str) -> None:
    """Run `create` unless `exists` says it was made; made by another program meanwhile
    is as good."""
    if be.execute(exists, params).fetchone()[0]:
        return
    try:
        be.execute(create)
    except be.errors() as exc:
        if getattr(exc, "sqlstate", "") not in _MADE_MEANWHILE:
            raise
