"""HFSQL transactions: HTransactionStart/End/Cancel, HTransactionInProgress, on the run's
database, a connection's, or that of the files given; and the `(transaction file,
files)` form HTransactionStart shares with HTransaction (stdlib/hfsql_transaction_older.py:
why the transaction file is accepted and a file left out with `-` refused).
"""
from __future__ import annotations

__all__ = ["begin", "transaction_db"]

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import TRANSACTION, HFError
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, file_arg, h_function
from .hfsql_connection import PROVIDERS, is_connection
from .hfsql_query import family


@h_function(family, "HTransactionStart", "HTransactionDébut")
def h_transaction_start(rt: Runtime, *targets: Any) -> bool:
    """Start a transaction: every write until HTransactionEnd/Cancel is kept or undone
    together (one database transaction on all files of the database; given a connection,
    or files of one, on that connection's database)."""
    if len(targets) == 2 and isinstance(targets[0], str):  # (transaction file, files)
        return begin(rt, targets[0], targets[1], "HTransactionStart")
    transaction_db(rt, targets, "HTransactionStart").begin()
    return True


@h_function(family, "HTransactionEnd", "HTransactionFin")
def h_transaction_end(rt: Runtime, *targets: Any) -> bool:
    """Commit the transaction (of the run's database, or of the connection given)."""
    transaction_db(rt, targets, "HTransactionEnd").commit()
    return True


@h_function(family, "HTransactionCancel", "HTransactionAnnule")
def h_transaction_cancel(rt: Runtime, *targets: Any) -> bool:
    """Roll the transaction back: the records written since its start are as before.
    With no transaction in progress it restores the database after a transaction that
    was cut short (?3044001): the database engine already undid one the run did not end
    (a crash, a lost connection), so there is nothing left to do and the result is True."""
    db = transaction_db(rt, targets, "HTransactionCancel")
    if db.in_transaction:
        db.rollback()
    return True


@family.function("HTransactionInProgress", "HTransactionEnCours")
def h_transaction_in_progress(rt: Runtime, *targets: Any) -> bool:
    """Is a transaction in progress (on the run's database, or the connection's)?"""
    return transaction_db(rt, targets, "HTransactionInProgress").in_transaction


def transaction_db(rt: Runtime, targets: tuple[Any, ...], fname: str) -> Any:
    """The database a transaction function works on: a connection's when one is given,
    the files' when they are all on one connection, else the run's."""
    from .hfsql_connection import is_connection, open_connection
    main = db_of(rt)
    if not targets or targets[0] is None:
        return main
    if is_connection(rt, targets[0]):
        return open_connection(rt, targets[0], fname)
    files: list[Any] = []
    for t in targets:
        files += [t] if isinstance(t, FileContext) else [
            n.strip() for n in V.to_str(t).split(",") if n.strip() not in ("", "*")]
    dbs = {id(c.db): c.db for c in (file_arg(rt, f, fname) for f in files)}
    if len(dbs) > 1:
        raise WLRuntimeError(f"{fname}: the files given are on different connections (one "
                             f"transaction is on one database).")
    return next(iter(dbs.values()), main)


def _is_transaction_file(rt: Runtime, value: Any) -> bool:
    """A path rather than a data file or connection: HFSQL Classic's `.trs` file."""
    if not isinstance(value, str) or is_connection(rt, value):
        return False
    text = value.strip()
    return text.lower().endswith(".trs") or "\\" in text or "/" in text


def _left_out(files: Any, fname: str) -> None:
    """Refuse a `-File` in the list: it cannot be kept out of the database's transaction."""
    names = [n.strip() for n in V.to_str(files).split(",")]
    left_out = [n[1:].strip() for n in names if n.startswith("-")]
    if left_out:
        raise HFError(TRANSACTION, f"{fname}: a data file cannot be left out of the "
                                   f"transaction ({', '.join(left_out)}): on SQLite and "
                                   f"PostgreSQL one transaction holds every file of the "
                                   f"database.")


def begin(rt: Runtime, first: Any, files: Any, fname: str) -> bool:
    """HTransaction's forms, also HTransactionStart's `(transaction file, files)`
    (?3044002): the transaction file and "" / hAccessHF7 name the run's database."""
    if files is not None:
        _left_out(files, fname)
    if first is not None and (first == "" or first == PROVIDERS["hfsql_classic"]
                              or _is_transaction_file(rt, first)):
        first = None  # "" / hAccessHF7 / a .trs path: the run's own data files
    if first is not None and is_connection(rt, first):
        targets: tuple[Any, ...] = (first,)
    else:
        targets = tuple(t for t in (first, files) if t is not None and t != "")
    transaction_db(rt, targets, fname).begin()
    return True
