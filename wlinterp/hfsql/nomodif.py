"""HNoModif / HEndNoModif: a data file that nobody may write, its forbidder included,
while anyone may still read it; several programs may forbid the same file at once, and
writes come back when the last one ends (?3044053, docs/hfsql.md "HNoModif").

Why triggers: the forbid must stop every connection and process, whatever writes
(HAdd, HModify, HDelete, a query, SQLExec), and cost nothing to files never forbidden.
The first HNoModif of a file puts `BEFORE INSERT/UPDATE/DELETE` triggers on its table
that refuse the write while a forbid is held (one indexed test on SQLite, one look at
`pg_locks` on PostgreSQL, per written row). They are taken away (`tidy`) once no program
forbids the file: by the HEndNoModif that ends the last forbid, by the end of the
program that held it, and, after a crash, by the next program that opens the file
(`leftover`: one look at the schema the first time a run touches a table). Row triggers
on PostgreSQL too: a refused HAdd has then drawn its automatic identifier, which HAdd's
refusal gives back (database.py `release_id`); a statement trigger fires before and
would make it give back another's.

Races with another program's first HNoModif: on SQLite a forbid and a tidy each run in
one write transaction (SQLite has one writer at a time); on PostgreSQL a forbid takes its
shared advisory lock before it looks for the trigger, and a tidy drops the trigger only
while it holds the same lock exclusively (so no forbid is held, and none can begin until
the trigger is gone); the check function counts shared holders only, so the tidier's
moment of exclusive hold refuses nobody's write.

Where the forbids are kept, as the other locks are (locks.py):
- SQLite: one row per forbidding program in `_hf_lock`, with a negative record number
  of its own (so several programs can hold one); a row whose process is gone (a crash)
  is cleared by the next HNoModif or HEndNoModif of that file, by the next program
  opening it, and by a write it refused (`refused_by_the_dead`: tried again at once);
- PostgreSQL: a shared session advisory lock per program, which the server frees when
  the connection ends.
A refused write is a lock error (HErrorLock() True): *decided*, INFERRED.
"""
from __future__ import annotations

__all__ = ["MARK", "forbid", "allow", "forbidden", "tidy", "leftover", "refused_by_the_dead"]

import zlib
from contextlib import contextmanager
from typing import Any, Iterator

from .backends import NO_MODIF_MARK as MARK
from .locks import LOCK_TABLE, Locks, _alive, _literal
from .schema import quote

_PG_CHECK = "_hf_no_modif_check"
# a forbid held by any program (a shared advisory lock of the file's no-modif class)
_PG_HELD = ("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid "
            "FROM pg_database WHERE datname = current_database()) AND classid = {key}::oid "
            "AND objid = 0 AND objsubid = 2 AND mode = 'ShareLock' AND granted")


def _own_recnum(locks: Locks) -> int:
    """This program's negative record number in `_hf_lock` for its forbids."""
    return -1 - (zlib.crc32(locks.owner.encode()) & 0x7FFFFFFF)


def _pg_key(locks: Locks, table: str) -> int:
    return zlib.crc32(f"nm:{locks.scope}.{table}".encode()) & 0x7FFFFFFF


def forbid(locks: Locks, table: str, sql_table: str) -> None:
    """HNoModif: this program's forbid on `table` (a second one changes nothing)."""
    be = locks.backend
    if locks.pg:
        key = _pg_key(locks, table)
        first = table not in locks.no_modif
        if first:  # held before the trigger is looked for (tidy)
            be.execute("SELECT pg_advisory_lock_shared(%s, 0)", [key])
        try:
            _pg_triggers(be, table, sql_table, key)
        except be.errors():  # (a role that may not make the trigger): no forbid is held
            if first:  # (it was: HDeleteFile then said the file was forbidden)
                _pg_release(be, key)
            raise
    else:
        with _sqlite_writing(be):
            _clear_dead(locks, table)
            be.execute(f"INSERT OR IGNORE INTO {LOCK_TABLE} (file, recnum, owner) "
                       "VALUES (?, ?, ?)", (table, _own_recnum(locks), locks.owner))
            _sqlite_triggers(be, table)
    locks.no_modif[table] = sql_table


def _pg_release(be: Any, key: int) -> None:
    """Give back the shared lock of a forbid that could not be set up (in a transaction
    the failure aborted, the end of the program gives it back)."""
    try:
        be.execute("SELECT pg_advisory_unlock_shared(%s, 0)", [key])
    except be.errors():
        pass


def allow(locks: Locks, table: str, sql_table: str) -> None:
    """HEndNoModif: this program's forbid ends (others' forbids stay); the triggers go
    when it was the last."""
    be = locks.backend
    if locks.pg:
        if table in locks.no_modif:
            be.execute("SELECT pg_advisory_unlock_shared(%s, 0)", [_pg_key(locks, table)])
    else:
        be.execute(f"DELETE FROM {LOCK_TABLE} WHERE file = ? AND owner = ? AND recnum < 0",
                   (table, locks.owner))
    locks.no_modif.pop(table, None)
    tidy(locks, table, sql_table)


def tidy(locks: Locks, table: str, sql_table: str) -> bool:
    """Take the file's triggers away when no live program forbids it (SQLite: forbids of
    dead processes are cleared first); True when they went. Inside a transaction on
    PostgreSQL nothing is dropped: the drop would show only at its end, after a forbid
    begun meanwhile looked for the trigger; the end of the program tidies then."""
    be = locks.backend
    if not locks.pg:
        with _sqlite_writing(be):
            _clear_dead(locks, table)
            if be.execute(f"SELECT 1 FROM {LOCK_TABLE} WHERE file = ? AND recnum < 0 LIMIT 1",
                          (table,)).fetchone() is not None:
                return False
            for event in _EVENTS:
                be.execute(f"DROP TRIGGER IF EXISTS {_sqlite_trigger(table, event)}")
        return True
    key = _pg_key(locks, table)
    if be.in_tx:
        locks.to_tidy[table] = sql_table
        return False
    locks.to_tidy.pop(table, None)
    if table in locks.no_modif or \
            not be.execute("SELECT pg_try_advisory_lock(%s, 0)", [key]).fetchone()[0]:
        return False  # a forbid is held: the triggers stay
    try:
        be.execute("BEGIN")
        be.execute("SET LOCAL lock_timeout = '2s'")  # a long reader of the table: later
        be.execute(f"DROP TRIGGER IF EXISTS {quote(f'{table}__nm', 'postgresql')} "
                   f"ON {sql_table}")
        be.execute("COMMIT")
        return True
    except be.errors():
        be.execute("ROLLBACK")
        return False
    finally:
        be.execute("SELECT pg_advisory_unlock(%s, 0)", [key])


def refused_by_the_dead(locks: Locks, table: str, sql_table: str) -> bool:
    """A write of this program refused by a forbid (SQLite): when only processes that
    died forbade the file, their forbids and the triggers go, and the write may be tried
    again at once (True)."""
    return not locks.pg and tidy(locks, table, sql_table)


def leftover(backend: Any, table: str, sql_table: str) -> bool:
    """Does the table carry HNoModif's triggers? (Asked the first time a run touches a
    table: a program that crashed while forbidding it left them.)"""
    if backend.dialect == "postgresql":
        sql, params = ("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = %s AND "
                       "tgrelid = to_regclass(%s))", [f"{table}__nm".lower(), sql_table])
    else:
        sql, params = ("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                       "AND name = ?)", [f"{table}__nm_insert"])
    return bool(backend.execute(sql, params).fetchone()[0])


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


_EVENTS = ("INSERT", "UPDATE", "DELETE")


def _sqlite_trigger(table: str, event: str) -> str:
    return quote(f"{table}__nm_{event.lower()}")


def _sqlite_triggers(be: Any, table: str) -> None:
    held = (f"EXISTS (SELECT 1 FROM {LOCK_TABLE} WHERE file = {_literal(table)} "
            f"AND recnum < 0)")
    for event in _EVENTS:
        be.execute(f"CREATE TRIGGER IF NOT EXISTS {_sqlite_trigger(table, event)} BEFORE "
                   f"{event} ON {quote(table)} WHEN {held} BEGIN SELECT RAISE(ABORT, "
                   f"'{MARK}: the data file is forbidden to modify (HNoModif)'); END")


@contextmanager
def _sqlite_writing(be: Any) -> Iterator[None]:
    """SQLite: the statements inside in one write transaction (the program's own
    transaction when one is open), so another program's forbid or tidy comes before or
    after, never between."""
    if be.conn.in_transaction:
        yield
        return
    be.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        be.execute("ROLLBACK")
        raise
    be.execute("COMMIT")


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
