"""Database connections behind the data layer: SQLite (Python's `sqlite3`, the default)
and PostgreSQL (psycopg 3). Both expose the few operations the data layer needs and
classify database errors into HFSQL's kinds (duplicates, integrity, lock).
"""
from __future__ import annotations

__all__ = ["Backend", "SQLiteBackend", "open_backend", "DatabaseError", "NO_MODIF_MARK",
           "is_transaction_control"]

import re
import sqlite3
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, Iterator, Sequence

from .collation import compare
from .like import sqlite_like
from .schema import SQLITE_COLLATION
from .sqlite_stop import watch

# in the message of a write refused by HNoModif's triggers (nomodif.py): a lock error
NO_MODIF_MARK = "wl_no_modif"


class DatabaseError(Exception):
    """A connection could not be opened or used; the message names the database."""


_TRANSACTION_CONTROL = re.compile(
    r"(?is)\s*(begin|commit|end|rollback|abort|savepoint|release|start\s+transaction"
    r"|prepare\s+transaction)\b")


def is_transaction_control(sql: str) -> bool:
    """Does the program's SQL open, end or mark a transaction itself (COMMIT, SAVEPOINT
    sp1, ROLLBACK TO SAVEPOINT sp1, START TRANSACTION...)? Such a statement is run as
    written, never under a savepoint of ours (pg.py kept_transaction)."""
    return _TRANSACTION_CONTROL.match(sql) is not None


class Backend:
    """What the data layer asks of a database."""

    dialect = ""
    param = "?"
    url = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    in_tx = False  # inside HTransactionStart (PostgreSQL: writes run under a savepoint)
    aborted = ""  # PostgreSQL: why the transaction can no longer be saved (pg.py)

    def insert(self, sql: str, params: Sequence[Any], plain: bool = False
               ) -> tuple[Any, ...] | None:
        """INSERT; (record number[, automatic identifier]). `plain` (PostgreSQL): no
        savepoint, the SQL adds nothing on a duplicate and then None is returned."""
        raise NotImplementedError

    def write(self, sql: str, params: Sequence[Any]) -> int:
        """UPDATE/DELETE; the number of rows touched."""
        raise NotImplementedError

    def kept_transaction(self, sql: str = "") -> AbstractContextManager[None]:
        """Around a statement the program wrote (a query's SQL, `sql`): a failure leaves
        the transaction in progress usable. SQLite's does (a failed statement cancels
        only itself); PostgreSQL runs it under a savepoint (pg.py) unless it is
        transaction control itself (is_transaction_control)."""
        return nullcontext()

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    def guarded(self, sql: str, params: list[Any]) -> Any:
        """A statement whose refusal must not cancel the program's transaction: SQLite's
        refusal cancels nothing; PostgreSQL runs it under a savepoint (pg.py)."""
        return self.execute(sql, params)

    def table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def made_by_another(self, name: str) -> bool:
        """Is the table there and owned by another role, so that this one may use its rows
        but not make it nor its indexes? A file database has no owners."""
        return False

    def alive(self) -> bool:
        """Is the connection still there (not lost with the server or the network)?
        A file database always is."""
        return True

    def classify(self, exc: BaseException) -> str | None:
        """'duplicates', 'integrity', 'lock', 'connection' (lost) or None (another
        database error)."""
        raise NotImplementedError

    def not_null_column(self, exc: BaseException) -> tuple[str, str] | None:
        """(table, column) as the database names them when `exc` is its refusal of NULL
        in a NOT NULL column; None for any other error."""
        return None

    def errors(self) -> tuple[type[BaseException], ...]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def _upper(value: Any) -> Any:
    """SQL's UPPER on SQLite for every letter, as PostgreSQL's (and WLanguage's Upper):
    SQLite's own changes ASCII letters only, so `UPPER(Name)` of "élise" was "éLISE"
    where PostgreSQL gives "ÉLISE" (docs/hfsql.md "HFSQL's SQL translated")."""
    return value.upper() if type(value) is str else _as_text(value)


def _lower(value: Any) -> Any:
    """SQL's LOWER on SQLite for every letter (FOR EACH ... WHERE Name [=] "É" compares
    lowered texts: "Émile" was not found on SQLite)."""
    return value.lower() if type(value) is str else _as_text(value)


def _as_text(value: Any) -> Any:
    """What SQLite's UPPER and LOWER give of a value that is no text: NULL, a blob as it
    is, a number's text."""
    return value if value is None or isinstance(value, bytes) else str(value)


class SQLiteBackend(Backend):
    """One SQLite file (or `:memory:`), autocommit outside HFSQL transactions."""

    dialect = "sqlite"
    param = "?"
    ended_by_program = False  # the program's SQL ended HTransactionStart's transaction

    def __init__(self, path: str) -> None:
        self.url = f"sqlite:{path}"
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot open the SQLite database {path}: {exc}") from None
        self.conn.create_collation(SQLITE_COLLATION, compare)
        self.conn.create_function("upper", 1, _upper, deterministic=True)
        self.conn.create_function("lower", 1, _lower, deterministic=True)
        self.conn.create_function("like", 2, sqlite_like, deterministic=True)  # (like.py)
        self.conn.create_function("like", 3, sqlite_like, deterministic=True)
        self.conn.execute("PRAGMA foreign_keys = ON")
        watch(self.conn)  # a stop of the run aborts a query (sqlite_stop.py)
        self.execute = self.conn.execute  # type: ignore[method-assign, assignment]  # hot path

    def insert(self, sql: str, params: Sequence[Any], plain: bool = False
               ) -> tuple[Any, ...] | None:
        return (self.conn.execute(sql, params).lastrowid,)

    def write(self, sql: str, params: Sequence[Any]) -> int:
        return self.conn.execute(sql, params).rowcount

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.ended_by_program = False

    @contextmanager
    def kept_transaction(self, sql: str = "") -> Iterator[None]:
        """A failed statement cancels only itself here; what is watched is the program's
        own transaction control (a COMMIT sent by HExecuteSQLQuery or SQLExec) ending
        the transaction HTransactionStart began, which commit and rollback then leave
        alone: SQLite refused the second COMMIT with an error (HTransactionEnd False,
        or the run stopped on the ROLLBACK at its end) where PostgreSQL only warns."""
        began = self.conn.in_transaction and is_transaction_control(sql)
        yield
        if began and not self.conn.in_transaction:
            self.ended_by_program = True

    def commit(self) -> None:
        if not self._ended_by_program():
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if not self._ended_by_program():
            self.conn.execute("ROLLBACK")

    def _ended_by_program(self) -> bool:
        """Did the program's own SQL end the transaction (nothing left to end)?"""
        ended = self.ended_by_program and not self.conn.in_transaction
        self.ended_by_program = False
        return ended

    def table_exists(self, name: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? "
                                "COLLATE NOCASE",
                                (name,)).fetchone()
        return row is not None

    def classify(self, exc: BaseException) -> str | None:
        text = str(exc)
        if isinstance(exc, sqlite3.IntegrityError):
            if NO_MODIF_MARK in text:
                return "lock"
            if "UNIQUE" in text:
                return "duplicates"
            if "FOREIGN KEY" in text:
                return "integrity"
        if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
            return "lock"
        return None

    def not_null_column(self, exc: BaseException) -> tuple[str, str] | None:
        """SQLite says "NOT NULL constraint failed: table.column"."""
        _, _, where = str(exc).partition("NOT NULL constraint failed: ")
        if not isinstance(exc, sqlite3.IntegrityError) or not where:
            return None
        table, _, column = where.strip().rpartition(".")
        return table, column

    def errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def close(self) -> None:
        self.conn.close()


def open_backend(url: str) -> Backend:
    """`sqlite:PATH`, `sqlite::memory:`, a bare path, or `postgresql://...`."""
    if url.startswith(("postgresql:", "postgres:")):
        from .pg import PgBackend
        return PgBackend(url)
    path = url[len("sqlite:"):] if url.startswith("sqlite:") else url
    return SQLiteBackend(path or ":memory:")
