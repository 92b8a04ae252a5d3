"""Record numbers of deleted records, given again by HAdd.

HDelete's page (?3044018, VERIFIED): "After running HDelete, the record is inserted in the
list of deleted records and will be reused by HAdd". wlinterp's record number is the
hidden `_hrec` column: SQLite gave a new record the largest number + 1 (so it reused only
a deleted last record) and PostgreSQL's identity never reused one. Here each file's free
numbers are kept per run: the numbers below the highest one that no record (nor crossed
record) holds, found once on the first HAdd of the file, and each number HDelete frees
after that. HAdd takes the lowest one (the order is not on the page: UNVERIFIED) and
inserts at that number, `ON CONFLICT (_hrec) DO NOTHING`: a number another connection
took meanwhile, or a record a cancelled transaction brought back, is passed over.

The highest number deleted in the run is kept too (`top`): HState of a deleted last
record is hStateDel, not hStateInvalid (reading.py `highest_recnum`).
"""
from __future__ import annotations

__all__ = ["FreeNumbers", "add_reusing", "restart"]

import heapq
from typing import TYPE_CHECKING, Any

from .id_plan import draw_id, give_back_id
from .schema import quote

if TYPE_CHECKING:
    from .context import FileContext

_MAX_LOADED = 100_000  # free numbers read at once (a file with larger gaps: the first ones)


class FreeNumbers:
    """Per table (physical name): the heap of free numbers (None: not read yet this run)
    and the highest number deleted in the run."""

    def __init__(self) -> None:
        self.heaps: dict[str, list[int]] = {}
        self.tops: dict[str, int] = {}

    def freed(self, table: str, recnum: int) -> None:
        """HDelete removed record `recnum`: the next HAdd may take its number."""
        heap = self.heaps.get(table)
        if heap is not None:
            heapq.heappush(heap, recnum)
        if recnum > self.tops.get(table, 0):
            self.tops[table] = recnum

    def top(self, table: str) -> int:
        return self.tops.get(table, 0)

    def forget(self, table: str, numbering_too: bool = False) -> None:
        """Read the free numbers again on next need (crossed records freed); with
        `numbering_too` the file starts again (HDeleteAll, HCreation)."""
        self.heaps.pop(table, None)
        if numbering_too:
            self.tops.pop(table, None)

    def forget_all(self) -> None:
        """A transaction (or savepoint) cancelled: records came back, numbers were freed."""
        self.heaps.clear()

    def take(self, ctx: FileContext) -> int | None:
        """The lowest free number of the file, removed from the list (None: none)."""
        table = ctx.desc.physical
        heap = self.heaps.get(table)
        if heap is None:
            heap = self.heaps[table] = _load(ctx, self.top(table))
        return heapq.heappop(heap) if heap else None


def _load(ctx: FileContext, top: int) -> list[int]:
    """The numbers no record holds below the highest one (a deleted record's), and those
    above it up to `top` (deleted last records of this run), in heap order."""
    from . import crossed
    table = ctx.sql.table
    numbers = f"SELECT _hrec FROM {table}"
    with_crossed = crossed.count(ctx) > 0
    if with_crossed:
        numbers += f" UNION ALL SELECT _hrec FROM {quote(crossed.shadow_name(ctx), ctx.dialect)}"
    rows = ctx.db.backend.execute(
        f"SELECT n, nxt FROM (SELECT n, LEAD(n) OVER (ORDER BY n) AS nxt FROM "
        f"(SELECT 0 AS n UNION ALL {numbers}) u) w WHERE nxt IS NULL OR nxt > n + 1").fetchall()
    # SQLite gives a new record the largest number of the table + 1: with crossed records
    # (kept in their own table) that may be a crossed one's, so the number after every
    # number held is given here first (the table's largest is then beyond them)
    beyond = 2 if ctx.dialect == "sqlite" and with_crossed else 1
    free: list[int] = []
    for low, high in rows:
        high = max(top, int(low)) + beyond if high is None else int(high)
        free.extend(range(int(low) + 1, min(high, int(low) + 1 + _MAX_LOADED - len(free))))
        if len(free) >= _MAX_LOADED:
            break
    return free  # ascending: already a heap


def restart(ctx: FileContext) -> None:
    """HDeleteAll emptied the file: record numbers start again after the crossed records'
    (from 1 without), on PostgreSQL as SQLite's numbering does (its identity went on)
    when this role may change the sequence (pg_numbering.py)."""
    from . import crossed
    if ctx.dialect == "postgresql":
        from .pg_numbering import restart_numbering
        if restart_numbering(ctx.db.backend, ctx.sql.table, "_hrec", crossed.highest(ctx) + 1):
            ctx.db.restarted_in_tx(ctx)
    ctx.db.freed.forget(ctx.desc.physical, numbering_too=True)


def add_reusing(ctx: FileContext, force_id: bool, what: str) -> bool:
    """HAdd at a free record number; False when the file has none (the caller adds at a
    new number)."""
    backend = ctx.db.backend
    while True:
        try:
            recnum = ctx.db.freed.take(ctx)
        except backend.errors() as exc:  # (reading the free numbers: a lost connection)
            raise ctx.failure(exc, what) from None
        if recnum is None:
            return False
        if _insert_at(ctx, recnum, force_id, what):
            return True


def _insert_at(ctx: FileContext, recnum: int, force_id: bool, what: str) -> bool:
    """Insert the buffer as record `recnum` (False: a record holds that number now)."""
    db = ctx.db
    plan = draw_id(ctx, force_id)
    sql, idx = ctx.sql.insert_at(plan.db_computes)
    backend = db.backend
    try:
        added = backend.write(sql, [recnum, *ctx.stored(idx)])
    except backend.errors() as exc:
        give_back_id(ctx, plan, not backend.aborted)
        raise ctx.failure(exc, what) from None
    if added < 1:
        give_back_id(ctx, plan)
        return False
    if plan.db_computes:
        ctx.buffer[ctx.auto_index] = db.drawn[ctx.desc.physical] = _auto_of(ctx, recnum)
    ctx.recnum = recnum
    ctx.read_row = None
    ctx.positioned = 0
    ctx.new_record = False
    return True


def _auto_of(ctx: FileContext, recnum: int) -> Any:
    """The automatic identifier PostgreSQL gave record `recnum`."""
    col = ctx.sql.cols[ctx.auto_index]
    return ctx.db.backend.execute(f"SELECT {col} FROM {ctx.sql.table} WHERE _hrec = "
                                  f"{ctx.sql.p}", [recnum]).fetchone()[0]
