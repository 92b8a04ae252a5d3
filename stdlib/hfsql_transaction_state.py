"""Transactions left behind by a crash: HTransactionInterrupted/HTransactionInterrompue
and HTransactionFree/HTransactionLibère.

HFSQL keeps an interrupted transaction in a transaction file until a program cancels it
or frees the records it had locked. SQLite (its journal) and PostgreSQL (its WAL) undo an
interrupted transaction themselves when they next open, before any program can see the
data, and its locks die with its connection: there is never one to find or free.
docs/hfsql.md, "Transactions".
"""
from __future__ import annotations

from typing import Any

from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .hfsql_base import h_function
from .hfsql_write import _each_file

family = Family("HFSQL interrupted transactions")


@h_function(family, "HTransactionInterrupted", "HTransactionInterrompue")
def h_transaction_interrupted(rt: Runtime, file: Any = "*") -> bool:
    """Was a transaction on the file interrupted (a crash) and left pending? Never: the
    database has already undone it."""
    _each_file(rt, file or "*", "HTransactionInterrupted")
    return False


@h_function(family, "HTransactionFree", "HTransactionLibère")
def h_transaction_free(rt: Runtime, file: Any = "*", recnum: Any = None) -> bool:
    """Free the records an interrupted transaction left locked: there are none (its
    locks ended with its connection), so this succeeds at once."""
    _each_file(rt, file or "*", "HTransactionFree")
    return True
