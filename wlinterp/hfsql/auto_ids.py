"""Automatic identifiers of a run's data files (hfsql/database.py's Database): SQLite keeps
the last identifier given per file in wlinterp's own `_hf_counter` table, never reusing
one, also after deletions; PostgreSQL uses identity columns, whose sequence is stepped
back or moved on here where WINDEV's numbering calls for it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import DATABASE, HFError
from .schema import COUNTER_TABLE, quote

if TYPE_CHECKING:
    from .backends import Backend
    from .context import FileContext


class AutoIdMixin:
    """The identifier methods of Database (its connection, counters and read-only flag)."""

    if TYPE_CHECKING:
        read_only: bool
        _backend: Backend | None
        _counter_table: bool
        _counters: dict[str, int]
        drawn: dict[str, int]
        in_transaction: bool
        restarted: dict[str, FileContext]

        @property
        def backend(self) -> Backend: ...


    def counter_store(self) -> Backend:
        """SQLite: the backend, with the `_hf_counter` table made on first need (an
        automatic identifier given or saved, a file emptied), not on connecting: opening
        a connection or running SQL on someone's database adds nothing to it
        (docs/semantics.md, "wlinterp's own tables"). A transaction cancelled after making
        it took it away: it is made again then."""
        backend = self.backend
        if self.read_only:
            raise HFError(DATABASE, "the connection is read-only (hORead): nothing can be "
                                    "written.")
        if not self._counter_table:
            backend.execute(f"CREATE TABLE IF NOT EXISTS {COUNTER_TABLE} "
                            "(file TEXT PRIMARY KEY, last INTEGER NOT NULL)")
            self._counter_table = True
        return backend

    def next_id(self, ctx: FileContext) -> int:
        """Last identifier given + 1, never reusing one (also after deletions)."""
        table = ctx.desc.physical
        last = self._counters.get(table)
        if last is None:
            row = self.counter_store().execute(
                f"SELECT last FROM {COUNTER_TABLE} WHERE file = ?", (table,)).fetchone()
            auto = quote(ctx.desc.auto_id.name)  # type: ignore[union-attr]
            top = self.backend.execute(f"SELECT max({auto}) FROM {quote(table)}").fetchone()
            last = max(row[0] if row else 0, top[0] or 0)
        last += 1
        self._counters[table] = last
        return last

    def counted(self, table: str, last: int) -> None:
        """SQLite: the counter of `table` stands at `last` (identifiers given to rows an
        INSERT written by hand added: insert_ids.py)."""
        self._counters[table] = last

    def release_id(self, ctx: FileContext, value: int | None) -> None:
        """The record was refused: its identifier is given to the next one (PostgreSQL:
        the identity sequence steps back, only when the refused insert drew its value:
        one that failed earlier, a value refused as text by the server, drew none)."""
        if value is not None:
            if self._counters.get(ctx.desc.physical) == value:
                self._counters[ctx.desc.physical] = value - 1
            return
        auto = ctx.desc.auto_id
        if auto is None:
            return
        be = self.backend
        table, col = quote(ctx.desc.physical, "postgresql"), quote(auto.name, "postgresql")
        seq = be.execute("SELECT pg_get_serial_sequence(%s, %s)",
                         [table, auto.name.lower()]).fetchone()[0]
        try:
            mine = be.execute("SELECT currval(%s)", [seq]).fetchone()[0]
        except be.errors():
            return  # the sequence was not used by this connection
        if self.drawn.get(ctx.desc.physical) == mine:
            return  # this connection's last value is a record's: the insert drew none
        # no one drew after it, no record holds it: one statement, the narrowest window
        row = be.execute(f"SELECT setval(%s, %s, %s) FROM {seq} WHERE last_value = %s AND "
                         f"NOT EXISTS (SELECT 1 FROM {table} WHERE {col} = %s)",
                         [seq, max(mine - 1, 1), mine > 1, mine, mine]).fetchone()
        if row is not None:
            self.drawn[ctx.desc.physical] = max(mine - 1, 1)

    def note_id(self, ctx: FileContext, value: Any) -> None:
        """An identifier given explicitly (imported data): later ones come after it."""
        if self.backend.dialect != "sqlite":
            self._sync_identity(ctx)
            return
        table = ctx.desc.physical
        current = self._counters.get(table)
        if current is None:
            current = self.next_id(ctx) - 1
        self._counters[table] = max(current, int(value or 0))

    def _sync_identity(self, ctx: FileContext) -> None:
        auto = ctx.desc.auto_id
        if auto is None:
            return
        table, col = quote(ctx.desc.physical, "postgresql"), quote(auto.name, "postgresql")
        self.drawn[ctx.desc.physical] = self.backend.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), "
            f"GREATEST((SELECT max({col}) FROM {table}), 1))",
            [table, auto.name.lower()]).fetchone()[0]

    def restart_ids(self, ctx: FileContext) -> None:
        """HCreation: a new, empty file numbers its records from 1 again."""
        auto = ctx.desc.auto_id
        if auto is None:
            return
        table = ctx.desc.physical
        if self.backend.dialect == "sqlite":
            self._counters[table] = 0
            self.counter_store().execute(f"DELETE FROM {COUNTER_TABLE} WHERE file = ?",
                                         (table,))
        else:  # (pg_numbering.py: not ALTER TABLE, which only the table's owner may)
            from .pg_numbering import restart_numbering
            if restart_numbering(self.backend, quote(table, "postgresql"), auto.name, 1):
                self.restarted_in_tx(ctx)

    def restarted_in_tx(self, ctx: FileContext) -> None:
        """PostgreSQL: a file's numbering was restarted (pg_numbering.py); inside a
        transaction, kept for `renumber_restarted` should it be cancelled."""
        if self.in_transaction:
            self.restarted[ctx.desc.physical] = ctx

    def renumber_restarted(self, transaction_over: bool) -> None:
        """PostgreSQL, a transaction (or a savepoint's part of it) cancelled: the numbering
        a setval restarted in it goes on after the records that came back (the setval is
        not undone with the rest); the automatic identifiers likewise."""
        from . import crossed
        from .pg_numbering import numbering_after
        for ctx in self.restarted.values():
            numbering_after(self.backend, ctx.sql.table, "_hrec", crossed.highest(ctx))
            auto = ctx.desc.auto_id
            if auto is not None:
                numbering_after(self.backend, quote(ctx.desc.physical, "postgresql"),
                                auto.name)
                self.drawn.pop(ctx.desc.physical, None)
        if transaction_over:
            self.restarted.clear()

    def save_counters(self) -> None:
        if self._backend is None or self._backend.dialect != "sqlite" or not self._counters \
                or self.read_only:
            return
        backend = self.counter_store()
        for table, last in self._counters.items():
            backend.execute(f"INSERT OR REPLACE INTO {COUNTER_TABLE} VALUES (?, ?)",
                                  (table, last))
