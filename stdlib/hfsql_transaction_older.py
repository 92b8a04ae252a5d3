"""HTransaction (FR the same): the older name of HTransactionStart, with its own form.

PC SOFT's page (?1000023384, VERIFIED) says it is equivalent to HTransactionStart and
gives two syntaxes: `HTransaction(connection [, files])` and `HTransaction(transaction
file, files)`, where the transaction file is the `.trs` file HFSQL Classic writes its
undo records to and `files` lists logical names, a name after `-` being left out of the
transaction. docs/hfsql.md, "Transactions".

Decided: the transaction file has no meaning on SQLite or PostgreSQL (the database keeps
its own journal), so its path is accepted and not used; the files listed must exist and
be on one database, as HTransactionStart's. A file left out with `-` cannot be: one
database transaction holds every table of the database, so what HTransactionCancel
undoes would include the writes to it. That is refused (False, HErrorInfo saying why)
rather than a cancel silently undoing writes the program meant to keep.
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.errors import TRANSACTION, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import h_function
from .hfsql_connection import PROVIDERS, is_connection
from .hfsql_query import _transaction_db

family = Family("HFSQL transactions (older form)")


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


@h_function(family, "HTransaction", "HTransaction")
def h_transaction(rt: Runtime, first: Any = None, files: Any = None) -> bool:
    """Start a transaction, as HTransactionStart: on the run's database, on a
    connection's, or on the files listed (a transaction file given first is HFSQL
    Classic's and is not needed)."""
    return begin(rt, first, files, "HTransaction")


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
    _transaction_db(rt, targets, fname).begin()
    return True
