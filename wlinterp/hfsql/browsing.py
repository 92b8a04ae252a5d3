"""FOR EACH on a data file (docs/hfsql.md, "Reading and browsing"): every record, on a key,
`SORTED BY` items or record numbers, matching the loop's conditions, loaded into the
buffer in turn, the position kept or restored after it; a record another connection
read-locks stops it (HErrorLock) unless the H* error convention has it tried again.
Split from reading.py (its HRead... functions) by job.
"""
from __future__ import annotations

__all__ = ["OnLock", "browse"]

from collections.abc import Callable, Iterator
from typing import Any

from ..syntax.names import fold
from .analysis import ItemDesc
from .context import FileContext
from .errors import LOCK, HFError
from .foreach_where import composite_key, conditions
from .reading import column_of, where_sql

# FOR EACH reads its records by batches, one keyset query each: small first (a loop that
# stops early reads little), then larger (fewer round trips), bounded (memory).
_FIRST_BATCH, _MAX_BATCH = 256, 16384


def _lock_error(ctx: FileContext, recnum: int) -> HFError:
    return HFError(LOCK, f"FOR EACH on {ctx.name}: record {recnum} is locked by another "
                         f"connection.", ctx.name)


def _check_free(ctx: FileContext, recnum: int) -> None:
    """Raise the lock error while another connection still read-locks `recnum`."""
    locked = ctx.db.locks.read_locked(ctx.desc.physical)
    if locked and (0 in locked or recnum in locked):
        raise _lock_error(ctx, recnum)


OnLock = Callable[[HFError, Callable[[], None]], bool]


def _sort_items(ctx: FileContext, keys: str) -> tuple[list[ItemDesc], list[bool]]:
    """`SORTED BY k1, -k2` (the lexer's key text `k1,-k2`): the items in order (a
    composite key stands for its items) and, for each, whether it goes descending."""
    items: list[ItemDesc] = []
    downward: list[bool] = []
    for part in keys.split(","):
        down = part.startswith("-")
        found = ctx.key_items(part[1:] if down else part)
        items += found
        downward += [down] * len(found)
    return items, downward


def _foreach_key(ctx: FileContext) -> list[ItemDesc]:
    """FOR EACH without ON: under an active filter, the key HFilter returned (HFSQL
    applies a filter when browsing on that key); else the key in use, else record
    numbers (docs/hfsql.md, "Reading and browsing", *decided*)."""
    if ctx.filter is not None and ctx.filter_on and ctx.filter[2]:
        return ctx.key_items(ctx.filter[2])
    return ctx.key or []


def _batch(ctx: FileContext, sql: str, params: list[Any],
           on_lock: OnLock | None) -> list[Any] | None:
    """One batch of FOR EACH's rows; None when a database error stops the loop (the H*
    error convention, as for a lock: `on_lock` may have the query tried again)."""
    try:
        ctx.db.touch(ctx)  # (its table made here may be refused: HChangeName to a view)
        return ctx.db.fetchall(ctx, sql, params)
    except HFError as failed:  # a database error: the H* convention, as for a lock
        if on_lock is None:
            raise
        got: list[Any] = []
        if not on_lock(failed, lambda: got.append(ctx.db.fetchall(ctx, sql, params))) \
                or not got:
            return None
        return got[-1]


def browse(ctx: FileContext, key: str, where: list[Any], from_end: bool,
           on_lock: OnLock | None = None, keep_position: bool = False
           ) -> Iterator[FileContext]:
    """FOR EACH: every record (on `key`, matching `where` = [(item, op, value)...]),
    loaded into the buffer in turn; the position is restored after the loop, unless
    `keep_position` (WithoutSavingPosition): the file then stays on the last record read
    (left by BREAK) or out of the file (HOut) after the last one, for HReadNext to go on
    from there.

    A record read-locked by another connection stops the loop with HErrorLock() True,
    unless `on_lock(error, try_again)` (the H* error convention, HOnError, H.NbRetry)
    answers True: the lock is gone and the loop reads on from that record. A database
    error reading a batch goes the same way (it used to escape as an internal error).
    The rows come in batches (a few first, more each time), each one starting after the
    key values of the last row read."""
    saved = (ctx.key_name, ctx.key, ctx.pos, ctx.search, ctx.found, ctx.out)
    ctx.positioned = 0
    items, downward = _browse_order(ctx, key or composite_key(ctx, where))
    base, base_params = conditions(ctx, where)
    order = ctx.sql.order(items, from_end, downward)
    pos: list[Any] | None = None
    read_last: Any = None  # the last record read, and whether BREAK left the loop on it
    left = False
    batch = _FIRST_BATCH
    try:
        while True:
            sql, params = _batch_query(ctx, (base, base_params), items, pos,
                                       (from_end, downward, order), batch)
            rows = _batch(ctx, sql, params, on_lock)
            if rows is None:
                return
            locked = ctx.db.locks.read_locked(ctx.desc.physical) if ctx.sql.guarded else None
            load = ctx.row_to_buffer  # ctx.load inlined: this is the loop's hot path
            resume = -1
            for n, row in enumerate(rows):
                if locked and (0 in locked or row[0] in locked):
                    if not _lock_cleared(ctx, row[0], on_lock):
                        return
                    resume = n  # the lock is gone: read again from it on
                    break
                ctx.recnum, ctx.buffer, ctx.read_row = row[0], load(row), row
                ctx.new_record, ctx.found, ctx.out = False, True, False
                read_last = row
                try:
                    yield ctx  # FOR EACH's compiled body reads its items from it
                except GeneratorExit:
                    left = True  # BREAK (or RETURN) left the loop on this record
                    raise
            if resume >= 0:
                if resume:
                    pos = _key_values(ctx, items, rows[resume - 1])
                continue
            if len(rows) < batch:
                return
            batch = min(batch * 4, _MAX_BATCH)
            pos = _key_values(ctx, items, rows[-1])
    finally:
        _browse_done(ctx, saved, key if keep_position else None, items, read_last, left)


def _batch_query(ctx: FileContext, where: tuple[list[str], list[Any]], items: list[ItemDesc],
                 pos: list[Any] | None, order: tuple[bool, list[bool], str],
                 batch: int) -> tuple[str, list[Any]]:
    """The SELECT of one batch of FOR EACH's rows and its parameters: the loop's
    conditions (`where`), after the row at `pos` in the browse's order when one was read
    (`order`: from the end, each item descending, the ORDER BY), `batch` rows at most."""
    conds, params = list(where[0]), list(where[1])
    from_end, downward, order_by = order
    if pos is not None:
        cond, more = ctx.sql.beyond(items, pos, not from_end, downward)
        conds.append(cond)
        params += more
    return ctx.sql.select + where_sql(ctx, conds, params) + order_by + f" LIMIT {batch}", params


def _browse_order(ctx: FileContext, key: str) -> tuple[list[ItemDesc], list[bool]]:
    """The items FOR EACH goes in the order of, and for each whether it goes descending:
    `SORTED BY k1, -k2`, the key of ON, or the default key (`_foreach_key`)."""
    if "," in key or key.startswith("-"):  # SORTED BY k1, -k2
        return _sort_items(ctx, key)
    return (ctx.key_items(key) if key else _foreach_key(ctx)), []


def _key_values(ctx: FileContext, items: list[ItemDesc], row: tuple[Any, ...]) -> list[Any]:
    """A row's place in the browse's order: its values of the items, then its number."""
    return [row[column_of(ctx, i)] for i in items] + [row[0]]


def _lock_cleared(ctx: FileContext, recnum: int, on_lock: OnLock | None) -> bool:
    """Record `recnum` is read-locked by another connection: whether the loop may read
    on (the lock is gone after `on_lock` tried again); else HErrorLock() is set."""
    err = _lock_error(ctx, recnum)
    if on_lock is None:
        ctx.db.errors.set(err)
        return False
    return on_lock(err, lambda: _check_free(ctx, recnum))


def _browse_done(ctx: FileContext, saved: tuple[Any, ...], kept_key: str | None,
                 items: list[ItemDesc], read_last: Any, left: bool) -> None:
    """After FOR EACH: the position before it back (`kept_key` None), or, with
    WithoutSavingPosition, the file left on the last record read (BREAK) or out of it,
    on the browse's key when it was given (`kept_key`, "" for the file's own)."""
    if kept_key is None:
        ctx.key_name, ctx.key, ctx.pos, ctx.search, ctx.found, ctx.out = saved
        return
    if kept_key:  # ON key: the browse's key becomes the file's (else it was its own)
        ctx.key_name, ctx.key = fold(kept_key), items  # as a bare key name passes it
    ctx.search = None
    if read_last is not None:
        ctx.pos = _key_values(ctx, items, read_last)
    if not left:
        ctx.out, ctx.found = True, False
