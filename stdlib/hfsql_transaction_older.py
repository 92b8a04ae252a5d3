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

from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .hfsql_base import h_function
from .hfsql_transactions import begin

family = Family("HFSQL transactions (older form)")


@h_function(family, "HTransaction", "HTransaction")
def h_transaction(rt: Runtime, first: Any = None, files: Any = None) -> bool:
    """Start a transaction, as HTransactionStart: on the run's database, on a
    connection's, or on the files listed (a transaction file given first is HFSQL
    Classic's and is not needed)."""
    return begin(rt, first, files, "HTransaction")
