"""HFSQL transaction savepoints: HTransactionSavepoint/HTransactionPointDeSauvegarde and
HTransactionRollbackToSavepoint/HTransactionRetourneAuPointDeSauvegarde.

Both are documented (HFSQL Client/Server functions): inside a transaction, a savepoint
marks a point the transaction can later be rolled back to, undoing only what was written
after it; HTransactionEnd then commits the rest. They map one to one onto SQL's
`SAVEPOINT` / `ROLLBACK TO SAVEPOINT`, on SQLite and PostgreSQL alike.
docs/hfsql.md, "Transactions".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.errors import TRANSACTION, HFError
from wlinterp.hfsql.schema import quote
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import h_function
from .hfsql_transactions import transaction_db

family = Family("HFSQL transaction savepoints")


def _target(rt: Runtime, args: tuple[Any, ...], fname: str) -> tuple[Any, str]:
    """`([connection,] name)`: the database of the transaction and the savepoint's name."""
    if not args or len(args) > 2:
        raise HFError(TRANSACTION, f"{fname} expects [a connection and] a savepoint name.")
    db = transaction_db(rt, args[:-1], fname)
    name = V.to_str(args[-1])
    if not db.in_transaction:
        raise HFError(TRANSACTION, f"{fname}: no transaction in progress (a savepoint lives "
                                   f"inside a transaction).")
    if name.strip() == "":
        raise HFError(TRANSACTION, f"{fname}: the savepoint needs a name.")
    return db, name


@h_function(family, "HTransactionSavepoint", "HTransactionPointDeSauvegarde")
def h_transaction_savepoint(rt: Runtime, *args: Any) -> bool:
    """Declare a savepoint in the transaction in progress: HTransactionRollbackToSavepoint
    can later undo what is written after it, and only that."""
    db, name = _target(rt, args, "HTransactionSavepoint")
    if name.startswith("#"):  # documented: reserved
        raise HFError(TRANSACTION, f"HTransactionSavepoint: a savepoint name cannot start "
                                   f"with '#' ({name}).")
    try:
        db.backend.execute(f"SAVEPOINT {quote('wl_' + name, db.backend.dialect)}")
    except db.backend.errors() as exc:
        raise HFError(TRANSACTION, f"HTransactionSavepoint: {exc}") from None
    db.savepoints.append((name, db.tables_mark()))
    return True


@h_function(family, "HTransactionRollbackToSavepoint", "HTransactionRetourneAuPointDeSauvegarde")
def h_transaction_rollback_to_savepoint(rt: Runtime, *args: Any) -> bool:
    """Undo what the transaction wrote since the savepoint (which stays, as SQL's does;
    the savepoints declared after it are gone). The transaction goes on."""
    db, name = _target(rt, args, "HTransactionRollbackToSavepoint")
    found = next((n for n in range(len(db.savepoints) - 1, -1, -1)
                  if db.savepoints[n][0].lower() == name.lower()), None)
    if found is None:  # documented: an error; checked here, a PostgreSQL error would
        raise HFError(TRANSACTION, f"HTransactionRollbackToSavepoint: no savepoint "  # spoil
                                   f"'{name}' in the transaction in progress.")  # the tx
    try:
        db.backend.execute(f"ROLLBACK TO SAVEPOINT {quote('wl_' + name, db.backend.dialect)}")
    except db.backend.errors() as exc:
        raise HFError(TRANSACTION, f"HTransactionRollbackToSavepoint: {exc}") from None
    db.forget_tables_since(db.savepoints[found][1])
    del db.savepoints[found + 1:]
    return True
