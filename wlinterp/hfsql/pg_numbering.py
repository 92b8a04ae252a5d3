"""PostgreSQL: starting a file's numbering again (HDeleteAll's record numbers, HCreation's
automatic identifiers) without owning its table.

`ALTER TABLE ... ALTER COLUMN ... RESTART` did it before: only the table's owner may, so a
program connected as another role (a clerk's account with rights on the rows) failed
HDeleteAll; and it holds the table's ACCESS EXCLUSIVE lock to the end of the transaction,
so inside one every other connection's read of the file waited. `setval` on the column's
sequence needs only the right to update the sequence and locks nothing the others wait
for; without that right the numbering goes on (what PostgreSQL's identity did before
HDeleteAll restarted it; decided, docs/hfsql.md "Tables").

`setval` is not undone by a cancelled transaction, as the ALTER was: the records it
brings back would meet the restarted numbers. So the Database keeps the files restarted
in its transaction and, once it is cancelled, moves each numbering past the records the
file holds again (`after_cancel`).
"""
from __future__ import annotations

__all__ = ["restart_numbering", "numbering_after"]

from typing import Any

from .schema import quote

# setval only when this role may update the sequence; no sequence (no identity): NULL
_SETVAL = ("SELECT CASE WHEN has_sequence_privilege(s, 'UPDATE') THEN setval(s, {value}, "
           "false) END FROM pg_get_serial_sequence(%s, %s) AS s")


def restart_numbering(backend: Any, table: str, column: str, start: int) -> bool:
    """The next number `column` (its name, unquoted) of `table` (its SQL name) gives is
    `start`; False when this role may not change it (the numbering goes on)."""
    row = backend.execute(_SETVAL.format(value="%s"),
                          [int(start), table, column.lower()]).fetchone()
    return row is not None and row[0] is not None


def numbering_after(backend: Any, table: str, column: str, floor: int = 0) -> None:
    """The next number is after the largest `column` of `table` holds (and after `floor`,
    the crossed records' largest): a cancelled transaction brought records back."""
    largest = f"(SELECT max({quote(column, 'postgresql')}) FROM {table})"
    backend.execute(_SETVAL.format(value=f"GREATEST({largest}, %s) + 1"),
                    [int(floor), table, column.lower()])
