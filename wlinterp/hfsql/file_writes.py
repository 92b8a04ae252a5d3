"""A data file's writes (HAdd, HModify, HDelete and the functions that write through them):
the INSERT with its automatic identifier, the UPDATE/DELETE that another connection's lock
or a change since this program's read refuses, and the HFSQL error each refusal becomes.

FileWrites is mixed into context.py's FileContext, which holds the buffer and the state
these methods read and update (split from it: one module the record's state, one its
writes).
"""
from __future__ import annotations

__all__ = ["FileWrites"]

from typing import TYPE_CHECKING, Any, Sequence, cast

from .analysis import FileDesc, ItemDesc
from .backends import NO_MODIF_MARK
from .duplicates import duplicate_key
from .errors import (CONNECTION, DATABASE, DUPLICATES, INTEGRITY, LOCK, LOST, MODIFIED,
                     NO_CURRENT, NOT_FOUND_RECORD, HFError, database_reason,
                     refused_null)
from .free_recnums import add_reusing
from .id_plan import draw_id, give_back_id, put_back
from .rowcode import buffer_storer, pg_safe_check

if TYPE_CHECKING:
    from .context import FileContext
    from .database import Database
    from .sqlbuild import FileSQL

_KIND_ERRORS = {"duplicates": DUPLICATES, "integrity": INTEGRITY, "lock": LOCK,
                "connection": CONNECTION}


class FileWrites:
    """The write methods of FileContext (its database, SQL, buffer and position)."""

    if TYPE_CHECKING:
        db: Database
        desc: FileDesc
        name: str
        dialect: str
        sql: FileSQL
        is_result: bool
        items: list[ItemDesc]
        buffer: list[Any]
        recnum: int
        read_row: tuple[Any, ...] | None
        positioned: int
        new_record: bool
        auto_index: int
        pg_plain_insert: bool
        _writers: list[Any]
        _sqlite_insert: tuple[str, Any] | None
        _safe_checks: dict[tuple[int, ...], Any]

        def stored(self, indexes: Sequence[int] | None = None) -> list[Any]: ...

    @property
    def _context(self) -> FileContext:
        """This object as the FileContext it is (for the helpers that take one)."""
        return cast("FileContext", self)

    def failure(self, exc: BaseException, what: str) -> HFError:
        """The driver's exception `exc` during `what` as the HFError a script sees: its
        code by kind, and the database's own reason in words where no kind names it."""
        kind = self.db.backend.classify(exc)
        code = _KIND_ERRORS.get(kind or "", DATABASE)
        text = {"duplicates": "duplicate value on a unique key",
                "integrity": "integrity constraint of a link violated",
                "lock": "record locked",
                "connection": LOST}.get(kind or "", "")
        text = text or refused_null(self.db.backend, exc, f"give the item a value before {what}"
                                    ) or f"the database refused it ({database_reason(exc)})"
        err = HFError(code, f"{what} on {self.name}: {text}.", self.name,
                      duplicate_key(self._context, exc) if code == DUPLICATES else "",
                      details=f"{what} on {self.name}: {exc}", cause=exc)
        if kind == "lock" and self.dialect == "sqlite" and NO_MODIF_MARK in str(exc):
            from .nomodif import refused_by_the_dead  # (a crashed program's HNoModif?)
            err.again = refused_by_the_dead(self.db.locks, self.desc.physical,
                                            self.sql.table)
        return err

    def add(self, force_id: bool = False, what: str = "HAdd") -> None:
        """HAdd: insert the buffer; the automatic identifier is computed unless forced.
        `what`: the H* function its errors name (HDuplicateRecord, HSave add too)."""
        if self.dialect == "sqlite" and not force_id:
            self.add_sqlite(what)
            return
        if self.reused(force_id, what):
            return
        db = self.db
        plan = draw_id(self._context, force_id)
        sql, idx = self.sql.insert(plan.db_computes)
        values = self.stored(idx)
        backend = db.backend
        fast = self.pg_plain_insert and backend.in_tx and self._safe(idx)(values)
        try:
            res = backend.insert(self.sql.insert_or_nothing(sql) if fast else sql, values, fast)
        except backend.errors() as exc:
            give_back_id(self._context, plan, not backend.aborted)
            raise self.failure(exc, what) from None
        if res is None:  # ON CONFLICT DO NOTHING added nothing: a duplicate
            give_back_id(self._context, plan)
            raise HFError(DUPLICATES, f"{what} on {self.name}: duplicate value on a unique key.",
                          self.name, duplicate_key(self._context))
        self.recnum = res[0]
        self.read_row = None
        self.positioned = 0
        if plan.db_computes:
            self.buffer[self.auto_index] = db.drawn[self.desc.physical] = res[1]
        self.new_record = False

    def add_sqlite(self, what: str = "HAdd") -> None:
        """`add` on SQLite without hForceIdAuto, the steps of a loop of HAdd: statement and
        converter looked up once per file, the identifier counted here, one execute."""
        if self.reused(False, what):
            return
        plan = self._sqlite_insert
        if plan is None:
            sql, idx = self.sql.insert(False)
            plan = self._sqlite_insert = (sql, buffer_storer(self._writers, idx))
        db = self.db
        buf = self.buffer
        auto = self.auto_index
        before = None
        if auto >= 0:
            before = buf[auto]
            counters = db._counters  # noqa: SLF001 - the hot path of HAdd loops
            last = counters.get(self.desc.physical)
            if last is None:  # the first of the run: read from the database
                buf[auto] = db.next_id(self._context)
            else:  # db.next_id's step, without the call
                buf[auto] = counters[self.desc.physical] = last + 1
        backend = db._backend or db.backend
        try:
            recnum = backend.execute(plan[0], plan[1](buf)).lastrowid
        except backend.errors() as exc:
            if auto >= 0:
                db.release_id(self._context, buf[auto])
                put_back(self._context, before)
            raise self.failure(exc, what) from None
        self.recnum = recnum
        self.read_row = None
        self.positioned = 0
        self.new_record = False

    def reused(self, force_id: bool, what: str) -> bool:
        """Added at a deleted record's number (free_recnums.py); False: the file has none
        free, the caller adds at a new number."""
        heap = self.db.freed.heaps.get(self.desc.physical)
        return (heap is None or bool(heap)) and add_reusing(self._context, force_id, what)

    def _safe(self, idx: tuple[int, ...]) -> Any:
        """The PostgreSQL check that an insert of these items can only fail as a duplicate."""
        check = self._safe_checks.get(idx)
        if check is None:
            check = self._safe_checks[idx] = pg_safe_check([self.items[n] for n in idx])
        return check

    def _target(self, recnum: int) -> int:
        """The record a write acts on: `recnum`, else the current one (none: an error)."""
        target = recnum or self.recnum
        if not target:
            raise HFError(NO_CURRENT, f"no current record in {self.name}.", self.name)
        return target

    def stored_row(self, recnum: int) -> tuple[Any, ...] | None:
        """(1, the automatic identifier or None) of record `recnum`, None when there is
        no such record: HWrite writes over it keeping its identifier, or adds."""
        auto = self.sql.cols[self.auto_index] if self.auto_index >= 0 else "NULL"
        return self.db.backend.execute(f"SELECT 1, {auto} FROM {self.sql.table} WHERE "
                                       f"_hrec = {self.sql.p}", [recnum]).fetchone()

    def modify(self, recnum: int = 0, what: str = "HModify") -> None:
        """HModify: write the buffer over the current (or given) record (`what`: the H*
        function its errors name)."""
        target = self._target(recnum)
        self._locked_write(self.sql.update, [*self.stored(), target], target, what)
        self.recnum = target

    def delete(self, recnum: int = 0, what: str = "HDelete") -> None:
        """HDelete: remove the current (or given) record; the browse position is kept
        (`what`: the H* function its errors name)."""
        target = self._target(recnum)
        self._locked_write(self.sql.delete, [target], target, what)
        if what != "HCross":  # a crossed record keeps its number until HFree
            self.db.freed.freed(self.desc.physical, target)

    def _read_values(self, target: int) -> list[Any] | None:
        """The stored values of `target` as this program last read it (None: not read
        since, so there is nothing to compare: a record added, or given by number)."""
        row = self.read_row
        if row is None or row[0] != target or self.is_result:
            return None
        return list(row[1:1 + len(self.items)])

    def _locked_write(self, sql: str, params: list[Any], target: int, what: str) -> None:
        """UPDATE/DELETE of record `target` unless another connection locks it (or the
        file) or changed it since this program read it (a modification conflict); the
        lock this connection held on it is released (as a write does in HFSQL)."""
        db = self.db
        locks = db.locks
        table = self.desc.physical
        cond, cond_params = locks.free_condition(table, self.sql.p)
        read = self._read_values(target)
        params = [*params, *cond_params, target]
        if read is not None:
            cond += " AND " + self.sql.unchanged
            params += read
        try:
            count = db.backend.write(f"{sql} AND {cond}", params)
        except db.backend.errors() as exc:
            raise self.failure(exc, what) from None
        if count == 0:
            raise self._refusal(target, what, read is not None)
        self.read_row = None
        locks.unlock(table, target)

    def _refusal(self, target: int, what: str, checked: bool) -> HFError:
        """Why an UPDATE/DELETE wrote nothing: a lock of another connection, a change (or
        delete) by another connection since the read, or no such record."""
        cond, cond_params = self.db.locks.free_condition(self.desc.physical, self.sql.p)
        row = self.db.backend.execute(f"SELECT {cond} FROM {self.sql.table} WHERE _hrec = "
                                      f"{self.sql.p}", [*cond_params, target, target]).fetchone()
        if row is not None and not row[0]:
            return HFError(LOCK, f"{what} on {self.name}: record {target} is locked by "
                                 f"another connection.", self.name)
        if checked:
            change = "deleted" if row is None else "modified"
            return HFError(MODIFIED, f"{what} on {self.name}: record {target} was {change} "
                                     f"since it was read (modification conflict).", self.name)
        return HFError(NOT_FOUND_RECORD, f"record {target} of {self.name} does not exist.",
                       self.name)
