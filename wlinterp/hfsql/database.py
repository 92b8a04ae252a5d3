"""The data layer of one program run: the analysis, the database connection (opened on
first use), one context per data file, the last H* error and the transaction state.

Where things come from (docs/hfsql.md, "Configuration"): the database is `--db URL`,
else the `WL_DB` environment variable, else an SQLite file beside the analysis (same
name, `.db`), else an in-memory SQLite database; the analysis is `--analysis FILE`, else
the only `.xdd` file in the script's folder.
"""
from __future__ import annotations

__all__ = ["Database", "session", "database_url", "READ", "READ_FAILED"]

import os
from typing import Any

from ..errors import WLRuntimeError
from ..syntax.names import fold
from .analysis import Analysis, AnalysisError, FileDesc, read_xdd
from .auto_ids import AutoIdMixin
from .backends import Backend, DatabaseError, open_backend
from .context import FileContext
from .free_recnums import FreeNumbers
from .errors import (CONNECTION, DATABASE, FILE_MISSING, LOCK, LOST, TRANSACTION, ErrorState,
                     HFError, driver_failure)
from . import nomodif
from .locks import Locks
from .reconnect import check_connection
from .names import analysis_path, query_folders
from .schema import create_statements, quote
from .dated_forms import bring_up_to_date


def database_url(options: dict[str, Any], analysis_path: str | None) -> str:
    url = options.get("db") or os.environ.get("WL_DB") or ""
    if url:
        return url
    if analysis_path:
        return "sqlite:" + os.path.splitext(analysis_path)[0] + ".db"
    return "sqlite::memory:"


READ = "read"
"""What a failed read's message names when no H* function is known (FOR EACH); the H*
wrapper (stdlib/hfsql_base.py) puts the function's name in its place."""
READ_FAILED = READ + " on "


class Contexts(dict):  # str -> FileContext
    """The names of the run's data files, aliases and queries and their contexts, where
    each context knows the name it is current under (`named_as`).

    Why: inside `FOR EACH File`, `File.Item` compiles to a read of the loop's own buffer
    when the loop's context is still what `File` designates (`ctx.named_as == "file"`),
    without the name look-ups of `hooks.data_item` (docs/hfsql.md, "Performance"). Every
    change of a name here keeps that true: a context replaced or removed forgets the name.
    A context current under two names keeps the last one (the other name then takes the
    general path)."""

    __slots__ = ()  # no instance dictionary: `contexts.get` stays as fast as a dict's

    def __setitem__(self, key: str, ctx: Any) -> None:
        self._forget(key)
        super().__setitem__(key, ctx)
        ctx.named_as = key

    def __delitem__(self, key: str) -> None:
        self._forget(key)
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        self._forget(key)
        return super().pop(key, *default)

    def _forget(self, key: str) -> None:
        old = self.get(key)
        if old is not None and old.named_as == key:
            old.named_as = None

    def clear(self) -> None:
        for ctx in self.values():
            ctx.named_as = None
        super().clear()

    def _refused(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("Contexts: set names one at a time (named_as must follow)")

    update = setdefault = popitem = _refused  # type: ignore[assignment]


class Database(AutoIdMixin):
    """Contexts, errors, transactions and the connection for one run (its automatic
    identifiers: hfsql/auto_ids.py)."""

    def __init__(self, analysis: Analysis, url: str, read_only: bool = False) -> None:
        self.analysis = analysis
        self.url = url
        self.read_only = read_only  # hORead: the database refuses every write
        self._backend: Backend | None = None
        self.contexts: dict[str, FileContext] = Contexts()
        self.errors = ErrorState()
        self.last: FileContext | None = None
        self.in_transaction = False
        self._ensured: set[str] = set()
        self._created_in_tx: list[str] = []
        self.restarted: dict[str, FileContext] = {}  # PostgreSQL: auto_ids.restarted_in_tx
        # HTransactionSavepoint: (name, tables_mark()) of the transaction in progress
        self.savepoints: list[tuple[str, int]] = []
        self._counters: dict[str, int] = {}
        self.freed = FreeNumbers()  # deleted records' numbers, given again by HAdd
        # PostgreSQL: per table, the identity value this connection last drew and kept
        # (a record added, the sequence set): release_id never steps back over it
        self.drawn: dict[str, int] = {}
        self._counter_table = False  # SQLite: _hf_counter made on this connection
        self.schema = ""  # PostgreSQL: a schema of its own (a `wl test` case)
        self.warn: Any = None  # the run's error output (write_err), for what it must say
        self.queries: dict[str, Any] = {}  # the project's .wdr queries (wdr.ProjectQuery)
        self.query_files: dict[tuple[str, int], list[FileDesc]] = {}  # query.ensure_named_files
        self._locks: Locks | None = None
        # dated_forms.py: the tables marked in `_hf_format` as at today's storage, read from
        # the database once a run (None until then)
        self.dated_marks: set[str] | None = None
        # HDescribeTrigger's table (stdlib/hfsql_triggers.py Triggers): None until one is
        # described, so that the H* wrapper's only cost without triggers is this test
        self.triggers: Any = None

    # -- connection ----------------------------------------------------------
    def driver_error(self, exc: BaseException) -> HFError | None:
        """`exc` as an H* failure if the database driver raised it (errors.driver_failure)."""
        return driver_failure(self._backend, exc)

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            path = self.url[len("sqlite:"):] if self.url.startswith("sqlite:") else ""
            if self.read_only and path not in ("", ":memory:") and not os.path.exists(path):
                raise WLRuntimeError(f"the SQLite database {path} does not exist (a read-only "
                                     "connection (hORead) creates nothing).")
            try:
                self._backend = open_backend(self.url)
            except DatabaseError as exc:
                raise WLRuntimeError(str(exc)) from None
            if self.schema:
                self._backend.execute(f"CREATE SCHEMA IF NOT EXISTS {quote(self.schema)}")
                self._backend.execute(f"SET search_path TO {quote(self.schema)}, public")
            if self.read_only:  # (PostgreSQL: the pool's RESET ALL ends it)
                self._backend.execute("PRAGMA query_only = ON" if self._backend.dialect ==
                                      "sqlite" else "SET default_transaction_read_only = on")
        return self._backend

    @property
    def locks(self) -> Locks:
        """Record and file locks (created with the connection's lock store on first use)."""
        if self._locks is None:
            self._locks = Locks(self.backend, self.schema)
        return self._locks

    def close(self) -> None:
        """End of run: an unfinished transaction is cancelled; counters are saved; the
        locks taken are released."""
        if self._backend is None:
            return
        try:  # a lost connection: the server ended the transaction and freed the locks
            if self.in_transaction:
                self.rollback()
            if self._locks is not None:
                self._locks.release_all()
            self.save_counters()
        except Exception as exc:
            if getattr(self.driver_error(exc), "code", 0) != CONNECTION:
                raise
        self._locks = None
        self._backend.close()
        self._backend = None

    # -- names ---------------------------------------------------------------
    def knows(self, key: str) -> bool:
        return key in self.contexts or key in self.analysis.files or key in self.queries

    def context(self, name: str) -> FileContext | None:
        """The context of a data file, alias or query (None if the name is none)."""
        key = fold(name)
        ctx = self.contexts.get(key)
        if ctx is not None:
            return ctx
        desc = self.analysis.files.get(key)
        if desc is None:
            return None
        ctx = self.contexts[key] = FileContext(self, desc)
        return ctx

    def declare(self, desc: FileDesc) -> FileContext:
        """A file described in code (HDescribeFile) joins the analysis."""
        self.analysis.add(desc)
        self.contexts.pop(fold(desc.name), None)
        return self.context(desc.name)  # type: ignore[return-value]

    def ensure(self, desc: FileDesc) -> None:
        """Create the table and its indexes if missing (HFSQL's automatic creation)."""
        if desc.physical in self._ensured:
            return
        if self.read_only:  # nothing is made: the table must be there
            if not self.backend.table_exists(desc.physical):
                raise HFError(FILE_MISSING, f"the data file {desc.name} does not exist on "
                                            "the read-only connection (hORead).", desc.name)
            self._ensured.add(desc.physical)
            return
        for parent in self.analysis.links:
            if parent.child_file.lower() == desc.name.lower():
                pdesc = self.analysis.file(parent.parent_file)
                if pdesc is not None and pdesc is not desc:
                    self.ensure(pdesc)
        try:
            if not self.backend.made_by_another(desc.physical):  # (its owner made it all)
                for stmt in create_statements(self.analysis, desc, self.backend.dialect):
                    self.backend.execute(stmt)
                bring_up_to_date(self, desc)  # (a table made before 6 Dec 2026)
        except self.backend.errors() as exc:
            raise self._not_made(desc, exc) from None
        self._ensured.add(desc.physical)
        sql_table = quote(desc.physical, self.backend.dialect)
        if nomodif.leftover(self.backend, desc.physical, sql_table):  # a crashed forbidder's
            nomodif.tidy(self.locks, desc.physical, sql_table)
        if self.in_transaction:  # a cancelled transaction takes the new table away too
            self._created_in_tx.append(desc.physical)

    def _not_made(self, desc: FileDesc, exc: BaseException) -> HFError:
        """The H* failure when the database refuses to make a data file's table or indexes
        (its physical name, given by HChangeName, is a view or another object: it was an
        internal error), or the connection went away while making them."""
        failure = driver_failure(self.backend, exc)  # (`exc` is the backend's error)
        assert failure is not None
        if failure.code == CONNECTION:
            return failure
        return HFError(DATABASE, f"the data file {desc.name} cannot be created or used as "
                                 f"the table '{desc.physical}' ({failure.details}).",
                       desc.name, details=failure.details)

    def create_all(self) -> list[str]:
        for desc in self.analysis.files.values():
            self.ensure(desc)
        return [d.name for d in self.analysis.files.values()]

    def mark_ready(self, table: str) -> None:
        """A table that exists already (a query's temporary result)."""
        self._ensured.add(table)

    def touch(self, ctx: FileContext) -> None:
        """Every H* call on a file: it becomes the default file; its table exists."""
        self.last = ctx
        if ctx.desc.physical not in self._ensured:
            self.ensure(ctx.desc)

    # -- reads ---------------------------------------------------------------
    def fetchone(self, ctx: FileContext, sql: str, params: list[Any]) -> Any:
        """One row; a lock refused leaves nothing read and HOut() True (documented)."""
        try:
            return self.backend.execute(sql, params).fetchone()
        except self.backend.errors() as exc:
            err = ctx.failure(exc, READ)
            if err.code == LOCK:
                ctx.out, ctx.found = True, False
            raise err from None

    def fetchall(self, ctx: FileContext, sql: str, params: list[Any]) -> list[Any]:
        try:
            return self.backend.execute(sql, params).fetchall()
        except self.backend.errors() as exc:
            raise ctx.failure(exc, READ) from None

    # -- transactions --------------------------------------------------------
    def begin(self) -> None:
        if self.in_transaction:
            check_connection(self)  # (one lost with the connection says so: reconnect.py)
            raise HFError(TRANSACTION, "a transaction is already in progress.")
        self.locks  # noqa: B018  SQLite's lock table is made outside: a rollback keeps it
        self.backend.begin()
        self.in_transaction = True
        self._created_in_tx.clear()
        self.restarted.clear()
        self.savepoints = []

    def commit(self) -> None:
        if not self.in_transaction:
            raise HFError(TRANSACTION, "no transaction in progress.")
        self.save_counters()
        known_lost = not self.backend.alive()  # (lost before: the COMMIT never went)
        try:
            self.backend.commit()
        except DatabaseError as exc:
            self.in_transaction = False
            self._counters.clear()
            raise HFError(TRANSACTION, str(exc)) from None
        except self.backend.errors() as exc:
            if self.backend.alive():
                raise
            if known_lost:  # the server cancelled it when the connection went
                self.forget_transaction()
                raise
            # lost during COMMIT: the server may have written it before it went, and the
            # answer never came (PostgreSQL's docs: its outcome is unknown); the program
            # must not take it for undone and write it all again, nor for done
            self.forget_transaction()
            failed = driver_failure(self.backend, exc)
            raise HFError(CONNECTION, f"{LOST} while the transaction was being committed: "
                          "it may or may not have been committed (look at the data before "
                          "writing it again).", details=failed.details if failed else "") \
                from None
        self.in_transaction = False

    def tables_mark(self) -> int:
        """How many tables this transaction created so far (a savepoint remembers it)."""
        return len(self._created_in_tx)

    def forget_tables_since(self, mark: int) -> None:
        """A rollback to a savepoint took away the tables created after `mark`: they are
        created again on next use."""
        self._ensured.difference_update(self._created_in_tx[mark:])
        del self._created_in_tx[mark:]
        self._counter_table = False  # (made after the savepoint, it is gone)
        self.freed.forget_all()  # records came back, numbers were freed
        self.renumber_restarted(False)
        if self._locks is not None:
            self._locks.restore()

    def rollback(self) -> None:
        if not self.in_transaction:
            raise HFError(TRANSACTION, "no transaction in progress.")
        try:
            self.backend.rollback()
        except self.backend.errors():
            if not self.backend.alive():  # lost with the connection: the server cancelled it
                self.forget_transaction()
            raise
        self.forget_transaction()
        self.renumber_restarted(True)
        if self._locks is not None:
            self._locks.restore()

    def forget_transaction(self) -> None:
        """The transaction is no more (cancelled here or by the server): what it made
        and counted is forgotten."""
        self.in_transaction = False
        self._counters.clear()  # reloaded from the database: cancelled ids are reused
        self.freed.forget_all()  # and the free record numbers
        self._counter_table = False  # made in the transaction, it is gone
        self._ensured.difference_update(self._created_in_tx)
        self._created_in_tx.clear()


def session(rt: Any) -> Database:
    """The run's Database, created on first use from the run options (once, even when
    two threads make their first H* call at the same moment)."""
    db = rt.state.get("hfsql")
    return db if db is not None else rt.per_run("hfsql", lambda: _open(rt), Database.close)


def _open(rt: Any) -> Database:
    """A Database for the run's analysis, its project's queries known."""
    path = analysis_path(rt)
    try:
        ana = read_xdd(path) if path else Analysis()
    except AnalysisError as exc:
        raise WLRuntimeError(str(exc)) from None
    db = Database(ana, database_url(rt.options, path))
    db.warn = rt.write_err  # (dated_forms.py: values it could not bring up to date)
    from .wdr import find_queries
    db.queries = find_queries(query_folders(rt))  # (also without an analysis)
    return db
