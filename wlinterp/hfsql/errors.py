"""HFSQL error state: the numbers and texts behind HError, HErrorInfo, HErrorDuplicates,
HErrorIntegrity and HErrorLock.

PC SOFT's own error-number list was not available; the numbers below are wlinterp's
(in HFSQL's 70000 range, docs/hfsql.md "Errors"). Every H* failure also sets
ErrorOccurred/ErrorInfo, WLanguage's general non-fatal error convention.
"""
from __future__ import annotations

__all__ = ["HFError", "ErrorState", "DUPLICATES", "INTEGRITY", "LOCK", "NOT_FOUND_RECORD",
           "NO_CURRENT", "MODIFIED", "DATABASE", "TRANSACTION", "QUERY", "FILE_MISSING",
           "CONNECTION", "LOST", "driver_failure", "refused_null", "database_reason"]

from dataclasses import dataclass
from typing import Any

from ..runtime.error_place import capture
from .sqlite_stop import raise_stop

DUPLICATES = 70200      # duplicate value on a unique key
INTEGRITY = 70300       # a link's integrity rule is broken
LOCK = 70400            # record or file locked by another connection
NOT_FOUND_RECORD = 70500  # record number that does not exist
NO_CURRENT = 70501      # HModify/HDelete without a current record
MODIFIED = 70510        # the record was changed by another connection since it was read
DATABASE = 70600        # any other database error
TRANSACTION = 70700     # transaction misuse (end without start...)
QUERY = 70800           # SQL query error
FILE_MISSING = 70900    # data file unknown / not created
CONNECTION = 71000      # connection cannot be opened, or was lost
LOST = "the connection to the database was lost"
"""HErrorInfo's words when the server or the network went away during a call (the
driver's own words are in HErrorInfo(hErrDatabaseMessage))."""


class HFError(Exception):
    """An H* operation failed non-fatally: the call returns its failure value.

    Made while a stop of the run (Ctrl-C, SIGTERM, --timeout) aborted an SQLite query,
    it raises that stop instead: every path turning a driver error into an H* failure
    makes one, and a stop is no failure (sqlite_stop.py; FOR EACH's batches, HReadSeek,
    HExecuteSQLQuery, HAdd... without each catching it)."""

    def __init__(self, code: int, message: str, file: str = "", item: str = "",
                 details: str = "", cause: BaseException | None = None) -> None:
        raise_stop()
        super().__init__(message)
        self.code = code
        self.message = message
        self.file = file
        self.item = item
        self.details = details
        self.db_code = database_code(cause)  # the database's own code (hErrDatabaseCode)
        self.subs: tuple[tuple[str, int], ...] = ()  # sub-errors (HJSONToRecord's items)
        self.again = False  # worth one more try at once (a dead program's forbid cleared)


def refused_null(backend: Any, exc: BaseException, remedy: str) -> str | None:
    """What to say of the database's refusal of NULL in a NOT NULL column, naming the
    table and column as the database does and what the script can do (`remedy`); None
    when `exc` is another error. SQLite's one line or PostgreSQL's two (with DETAIL)
    said neither in the same words, and a write said only "database error"."""
    where = backend.not_null_column(exc) if backend is not None else None
    if where is None:
        return None
    table, column = where
    return (f"the database refused NULL in the column {column} of the table {table} "
            f"(NOT NULL): {remedy}; NULL goes only into an item that had NULL support in "
            f"the analysis when its table was made (HModifyStructure brings the table in "
            f"line with the analysis)")


def database_code(exc: BaseException | None) -> str:
    """The database's own code for an error its driver raised, as HErrorInfo's
    hErrDatabaseCode gives it: SQLite's extended result code (2067, a duplicate on a
    unique index), PostgreSQL's SQLSTATE (23505); "" when there is none."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        code = getattr(exc, "sqlstate", None)
    return "" if code is None else str(code)


def database_reason(exc: BaseException) -> str:
    """The database's own reason for `exc`, its first line (PostgreSQL adds the statement
    and a caret below it): what an H* message quotes so that HErrorInfo() says why, not
    only "database error"."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def driver_failure(backend: Any, exc: BaseException) -> HFError | None:
    """`exc` as an H* failure when `backend`'s database driver raised it where no H*
    function expected one (HTransactionStart after the server went away was an internal
    error); None for anything else, or when no backend is open."""
    if backend is None or not isinstance(exc, backend.errors()):
        return None
    text = database_reason(exc)
    if backend.classify(exc) == "connection":
        return HFError(CONNECTION, LOST + ".", details=text, cause=exc)
    refused = refused_null(backend, exc, "give that column a value")
    if refused is not None:
        return HFError(DATABASE, refused[0].upper() + refused[1:] + ".", details=text,
                       cause=exc)
    return HFError(DATABASE, f"database error ({text}).", details=text, cause=exc)


def sub_errors(err: HFError) -> tuple[tuple[str, int], ...]:
    """ErrorInfo's sub-errors of an H* failure: those it carries, else the database's
    own message when it says more than the H* message (docs/hfsql.md, "Errors")."""
    if err.subs:
        return err.subs
    if err.details and err.details != err.message and err.details not in err.message:
        return ((err.details, err.code),)
    return ()


@dataclass
class ErrorState:
    """The last H* error of a run (code 0 = the last H* call succeeded)."""

    code: int = 0
    message: str = ""
    file: str = ""
    item: str = ""
    details: str = ""
    db_code: str = ""
    place: Any = None  # where the failing call was (runtime/error_place.py), for its name

    def clear(self) -> None:
        self.code, self.message, self.file, self.item, self.details = 0, "", "", "", ""
        self.db_code, self.place = "", None

    def set(self, err: HFError) -> None:
        self.code, self.message, self.file = err.code, err.message, err.file
        self.item, self.details = err.item, err.details or err.message
        self.db_code = err.db_code
        self.place = capture()  # HErrorInfo names the function as that line calls it
