"""The state behind WLanguage's older SQL functions (SQLConnect, SQLExec, SQLFetch,
SQLFirst...; stdlib/sql_functions.py and stdlib/sql_browse.py): numbered connections,
named query results and the `SQL` variable (SQL.Out, SQL.NbCol, SQL.Error...).

A connection is a Backend of the data layer (wlinterp/hfsql/backends.py: SQLite or
PostgreSQL, the pool and the error classes come with it), never a second connection
layer; the source "" is the run's own database, shared with the H* functions. How a
source, a user and a database type become a database URL is `source_url` (docs/builtins.md,
"The older SQL functions").
"""
from __future__ import annotations

__all__ = ["SQLState", "SQLConn", "SQLQuery", "SQLVariable", "sql_state", "source_url",
           "NO_ERROR", "NO_DATA"]

import datetime
import os
import re
from decimal import Decimal
from typing import Any

from ..errors import WLRuntimeError
from ..runtime import values as V
from ..syntax.names import fold
from .backends import Backend, DatabaseError, open_backend
from .connection import PROVIDERS, Connection, connection_url
from .sqlite_stop import raise_stop
from .sqlsplit import split_script

NO_ERROR = "00000"  # SQL.Error without an error (ODBC's SQLSTATE form: INFERRED)
NO_DATA = 100  # what SQLFetch returns past the last row (ODBC's SQL_NO_DATA: INFERRED)


class SQLConn:
    """One numbered connection; `shared` is the run's own database (never closed here)."""

    def __init__(self, number: int, backend: Backend, shared: Any = None) -> None:
        self.number = number
        self.backend = backend
        self.shared = shared  # the run's Database when the source was ""

    def begin(self) -> None:
        (self.shared or self.backend).begin()

    def commit(self) -> None:
        (self.shared or self.backend).commit()

    def rollback(self) -> None:
        (self.shared or self.backend).rollback()

    def close(self) -> None:
        if self.shared is None:
            self.backend.close()


class SQLQuery:
    """A named query result: its columns and rows (read whole when it runs), and the
    current row (0: before the first; len+1: after the last)."""

    def __init__(self, name: str, conn: SQLConn, columns: list[str],
                 rows: list[tuple[Any, ...]], touched: int) -> None:
        self.name = name
        self.conn = conn
        self.columns = columns
        self.rows = rows
        self.touched = touched  # rows written by an INSERT/UPDATE/DELETE
        self.pos = 0

    @property
    def out(self) -> bool:
        return not 1 <= self.pos <= len(self.rows)

    def move(self, pos: int) -> None:
        """Put the current row at `pos`, kept within 0..len+1."""
        self.pos = max(0, min(pos, len(self.rows) + 1))

    def column_index(self, column: Any, fname: str) -> int:
        """The 0-based index of a column given by its number (from 1) or its name."""
        if isinstance(column, str) and column.strip() and not _is_number(column):
            wanted = fold(column.strip())
            for i, name in enumerate(self.columns):
                if fold(name) == wanted:
                    return i
            raise WLRuntimeError(f"{fname}: the query {self.name} has no column "
                                 f"'{column.strip()}'.")
        n = V.to_int(column)
        if not 1 <= n <= len(self.columns):
            raise WLRuntimeError(f"{fname}: the query {self.name} has {len(self.columns)} "
                                 f"column(s); there is no column {n}.")
        return n - 1

    def value(self, index: int) -> Any:
        """The current row's value of a column; None outside the result."""
        if self.out:
            return None
        return self.rows[self.pos - 1][index]


def _is_number(text: str) -> bool:
    return re.fullmatch(r"\s*[+-]?\d+\s*", text) is not None


class SQLState:
    """Per run: the connections by number, the current one, the queries by folded name,
    and what the `SQL` variable shows."""

    def __init__(self) -> None:
        self.conns: dict[int, SQLConn] = {}
        self.current = 0
        self.next_number = 1
        self.queries: dict[str, SQLQuery] = {}
        self.last: SQLQuery | None = None  # SQLInfoGene's default query
        self.error = NO_ERROR
        self.message = ""
        self.out = True
        self.row = 0
        self.nb_line = 0
        self.nb_col = 0

    # -- errors ------------------------------------------------------------------
    def ok(self) -> None:
        self.error, self.message = NO_ERROR, ""

    def fail(self, code: str, message: str) -> None:
        self.error, self.message = code, message

    def fail_db(self, conn: SQLConn, exc: BaseException) -> None:
        """A database error: PostgreSQL's SQLSTATE, SQLite's general error HY000; an
        SQLite query aborted by a stop of the run raises the stop (sqlite_stop.py)."""
        raise_stop()
        code = getattr(exc, "sqlstate", None) or "HY000"
        self.fail(code, str(exc).strip() or type(exc).__name__)

    # -- what the SQL variable shows -----------------------------------------------
    def show(self, query: SQLQuery) -> None:
        self.last = query
        self.out = query.out
        self.row = 0 if query.out else query.pos
        self.nb_line = len(query.rows) if query.columns else query.touched
        self.nb_col = len(query.columns)

    # -- connections and queries -----------------------------------------------------
    def connection(self, fname: str) -> SQLConn | None:
        """The current connection, or None (SQL.Error says none is open)."""
        conn = self.conns.get(self.current)
        if conn is None:
            self.fail("08003", f"{fname}: no connection is open (SQLConnect opens one).")
        return conn

    @staticmethod
    def key(name: Any) -> str:
        """A query's name as the queries are kept: folded, the blanks around it dropped."""
        return fold(V.to_str(name).strip())

    def drop(self, name: Any) -> str:
        """Free the query `name` (nothing when none of that name is open); its key."""
        key = self.key(name)
        query = self.queries.pop(key, None)
        if query is not None and self.last is query:
            self.last = None
        return key

    def query(self, name: Any, fname: str) -> SQLQuery:
        """A query run by SQLExec: a fatal error when there is none of that name."""
        query = self.queries.get(self.key(name))
        if query is None:
            raise WLRuntimeError(f"{fname}: no query named '{V.to_str(name).strip()}' "
                                 "(SQLExec names and runs one).")
        return query

    def close_all(self) -> None:
        """End of run: every connection this run opened is closed."""
        for conn in list(self.conns.values()):
            try:
                conn.close()
            except Exception:  # noqa: BLE001  (closing at exit never stops the run)
                pass
        self.conns.clear()
        self.queries.clear()


def sql_state(rt: Any) -> SQLState:
    """The run's SQL state, created on first use (closed at the end of the run)."""
    return rt.per_run("sql_functions", SQLState, SQLState.close_all)


class SQLVariable:
    """The `SQL` variable: read-only members that the SQL functions set."""

    wl_type_name = "SQL"

    _MEMBERS = {"out": "out", "endehors": "out", "current": "row", "encours": "row",
                "nbline": "nb_line", "nblig": "nb_line", "nbligne": "nb_line",
                "nbcol": "nb_col", "error": "error", "erreur": "error",
                "meserror": "message", "meserreur": "message"}

    def __init__(self, state: SQLState) -> None:
        self.state = state

    def wl_get(self, name: str) -> Any:
        attr = self._MEMBERS.get(name)
        if attr is None:
            raise WLRuntimeError(f"the SQL variable has no member '{name}' (Out, Current, "
                                 "NbLine, NbCol, Error, MesError).")
        return getattr(self.state, attr)

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        raise WLRuntimeError("the members of the SQL variable are set by the SQL "
                             "functions; they cannot be assigned.")


# -- sources -------------------------------------------------------------------------
_TYPES = {"sqlite": PROVIDERS["sqlite"], "postgresql": PROVIDERS["postgresql"],
          "postgres": PROVIDERS["postgresql"], "postgre": PROVIDERS["postgresql"]}


def source_url(source: str, user: str, password: str, database: str,
               db_type: str) -> str | None:
    """The database URL of SQLConnect's arguments; "" for the run's own database; None
    when nothing reachable is named (docs/builtins.md, "The older SQL functions")."""
    source = source.strip()
    if source.startswith(("sqlite:", "postgresql:", "postgres:")):
        return source
    if not source and not database.strip():
        return ""
    named = os.environ.get("WL_SQL_SOURCE_" + re.sub(r"\W", "_", source).upper())
    if named:
        return named
    provider = _TYPES.get(fold(db_type).replace(" ", ""))
    if provider is None:
        return None
    c = Connection()
    c.provider, c.user, c.password = provider, user, password
    if provider == PROVIDERS["sqlite"]:
        c.database = source or database
    else:
        c.server, c.database = source, database
    return connection_url(c)


def listed_sources() -> list[str]:
    """The source names configured through WL_SQL_SOURCE_<NAME> variables."""
    return sorted(key[len("WL_SQL_SOURCE_"):] for key in os.environ
                  if key.startswith("WL_SQL_SOURCE_") and os.environ[key])


def open_source(url: str) -> Backend:
    """A backend for a URL; DatabaseError when it cannot be reached."""
    backend = open_backend(url)
    if backend.dialect == "sqlite":
        backend.execute("SELECT 1")  # a folder or an unreadable file fails here
    return backend


def run_text(backend: Backend, text: str, args: list[Any]) -> Any:
    """Run an SQL text; the cursor of its last statement. Several statements separated
    by `;` run one after the other on SQLite (PostgreSQL takes them at once), in
    the transaction in progress if there is one (sqlite3's executescript would commit
    it first); sqlsplit.py cuts the text in one pass."""
    if backend.dialect != "sqlite" or args:
        cursor = backend.execute(text, args)
        while getattr(cursor, "nextset", None) and cursor.nextset():
            pass  # psycopg: on to the last statement's result, as on SQLite
        return cursor
    cursor = None
    for statement in split_script(text) or [text]:
        cursor = backend.execute(statement)
    return cursor


# -- values --------------------------------------------------------------------------
def as_text(value: Any) -> Any:
    """A column's value as SQLCol/SQLGetCol give it: text in WLanguage's forms (dates
    YYYYMMDD, times HHMMSSCC, NULL ""); a binary value is a buffer (one character per
    byte, as fLoadBuffer gives it)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("latin-1")
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y%m%d%H%M%S") + f"{value.microsecond // 1000:03d}"
    if isinstance(value, datetime.date):
        return value.strftime("%Y%m%d")
    if isinstance(value, datetime.time):
        return value.strftime("%H%M%S") + f"{value.microsecond // 10000:02d}"
    if isinstance(value, (bool, int, float, Decimal)):
        return V.format_number(value)
    return str(value)


__all__ += ["as_text", "run_text", "listed_sources", "open_source", "DatabaseError"]
