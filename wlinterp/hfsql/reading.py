"""Reading and browsing a data file in key order: HReadFirst/Last/Next/Previous,
HReadSeekFirst/Last, HReadSeek, HRead, and FOR EACH.

HFound/HOut follow the documented rules (docs/hfsql.md, "Reading"): a missed
HReadSeekFirst still reads the next greater record (HFound False, HOut False); a search
stays active for HReadNext, which recomputes HFound; HOut is True when nothing was read.
"""
from __future__ import annotations

__all__ = ["read_first", "read_next", "seek", "read_recnum", "highest_recnum", "browse_from", "browse",
           "matches"]

from typing import Any, Callable, Iterator

from .analysis import ItemDesc
from . import crossed, keyvalues
from .collation import PREFIX_END, fold_key
from .context import READ_WRITE, STARTED, FileContext
from .errors import LOCK, HFError
from .foreach_where import composite_key, conditions
from .itemtypes import TEXT_KINDS, to_db
from ..syntax.names import fold

# FOR EACH reads its records by batches, one keyset query each: small first (a loop that
# stops early reads little), then larger (fewer round trips), bounded (memory).
_FIRST_BATCH, _MAX_BATCH = 256, 16384


def _where(ctx: FileContext, conds: list[str], params: list[Any]) -> str:
    if ctx.filter is not None and ctx.filter_on:
        conds = conds + [ctx.filter[0]]
        params.extend(ctx.filter[1])
    return " WHERE " + " AND ".join(conds) if conds else ""


def _use_key(ctx: FileContext, key: str) -> list[ItemDesc]:
    """The browse key: the one named, else the one in use, else the filter's, else record
    number order (no items)."""
    if key:
        if key != ctx.key_name or ctx.key is None:
            ctx.key_name, ctx.key = key, ctx.key_items(key)
            ctx.pos = None
        return ctx.key
    if ctx.key is None and ctx.filter is not None and ctx.filter_on and ctx.filter[2]:
        ctx.key_name, ctx.key = ctx.filter[2], ctx.key_items(ctx.filter[2])
    return ctx.key or []


def _position(ctx: FileContext, items: list[ItemDesc], row: tuple[Any, ...]) -> None:
    col = ctx.col
    ctx.pos = [row[col[id(i)]] for i in items] + [row[0]]


def _col(ctx: FileContext, item: ItemDesc) -> int:
    return ctx.col[id(item)]


def _fetch(ctx: FileContext, sql: str, params: list[Any]) -> tuple[Any, ...] | None:
    db = ctx.db
    db.touch(ctx)
    row = db.fetchone(ctx, sql, params)
    lock = ctx.lock
    if row is None:
        ctx.lock = 0
        return None
    if lock:
        ctx.lock = 0
    if row[-1] and ctx.sql.guarded:  # another connection read-locks it (hLockReadWrite)
        _refused(ctx, row[0])
    if lock and not db.locks.lock(ctx.desc.physical, row[0], lock == READ_WRITE,
                                  lock == STARTED):
        _refused(ctx, row[0])  # hLockWrite / hLockReadWrite / HStartLock: lock the record
    return row


def _refused(ctx: FileContext, recnum: int) -> None:
    """A locked record: documented, nothing is read and HOut() is True."""
    ctx.out, ctx.found = True, False
    raise HFError(LOCK, f"record {recnum} of {ctx.name} is locked by another connection.",
                  ctx.name)


def _loaded(ctx: FileContext, items: list[ItemDesc], row: tuple[Any, ...] | None) -> bool:
    if row is None:  # nothing read: no current record for HModify/HDelete (HRecNum 0);
        ctx.out, ctx.found, ctx.recnum = True, False, 0  # the browse position stays
        return False
    ctx.recnum, ctx.buffer, ctx.read_row = row[0], ctx.row_to_buffer(row), row  # ctx.load
    ctx.new_record = False
    col = ctx.col
    ctx.pos = [row[col[id(i)]] for i in items] + [row[0]]  # _position
    ctx.out = False
    ctx.found = found = ctx.search is None or matches(ctx, row)
    return found


def read_first(ctx: FileContext, key: str = "", last: bool = False) -> bool:
    """HReadFirst / HReadLast: the first (last) record in key order within the filter."""
    items = _use_key(ctx, key)
    ctx.search = None
    params: list[Any] = []
    sql = ctx.sql.select_one + _where(ctx, [], params) + ctx.sql.order(items, last) \
        + " LIMIT 1"
    return _loaded(ctx, items, _fetch(ctx, sql, params))


def read_next(ctx: FileContext, key: str = "", previous: bool = False) -> bool:
    """HReadNext / HReadPrevious: the record after (before) the position; without a
    position, the first (last) record."""
    items = _use_key(ctx, key)
    if ctx.pos is None:
        search = ctx.search
        if search is None:
            return read_first(ctx, key, previous)
    if ctx.pos is None:
        ctx.out, ctx.found = True, False
        return False
    cond, params = ctx.sql.beyond(items, ctx.pos, not previous)
    sql = ctx.sql.select_one + _where(ctx, [cond], params) \
        + ctx.sql.order(items, previous) + " LIMIT 1"
    found = _loaded(ctx, items, _fetch(ctx, sql, params))
    if ctx.search is not None and ctx.search[3] and not found:
        ctx.out = True  # hLimitParsing: leaving the sought value ends the browse
    return found


def _sought(ctx: FileContext, items: list[ItemDesc], value: Any) -> list[Any]:
    if len(items) == 1 and type(value) in (int, str):  # the common case: one simple value
        item = items[0]
        return [value if type(value) is int and item.type.kind in ("int", "autoid")
                else to_db(item.type.kind, item.size, value, ctx.dialect)]
    values = keyvalues.components(items, value)
    return [to_db(i.type.kind, i.size, v, ctx.dialect) for i, v in zip(items, values)]


def matches(ctx: FileContext, row: tuple[Any, ...]) -> bool:
    """Does `row` hold the sought value (prefix on the last text component if generic)?"""
    assert ctx.search is not None
    items, values, generic, _ = ctx.search
    last = len(values) - 1
    if not last and items[0].type.kind not in TEXT_KINDS:  # one value, not text: the
        return row[ctx.col[id(items[0])]] == values[0]  # common search on an id or number
    for n, (item, want) in enumerate(zip(items, values)):
        got = row[_col(ctx, item)]
        if item.type.kind in TEXT_KINDS and isinstance(want, str):
            g, w = fold_key(got or ""), fold_key(want)
            if not (g.startswith(w) if generic and n == last else g == w):
                return False
        elif got != want:
            return False
    return True


def seek(ctx: FileContext, key: str, value: Any, mode: str, generic: bool,
         limit: bool = False) -> bool:
    """HReadSeekFirst ('first'), HReadSeekLast ('last'), HReadSeek ('seek')."""
    items = ctx.key  # the key in use: the common case of a loop of searches
    if not key or key != ctx.key_name or items is None:
        items = _use_key(ctx, key) if key else ctx.key_items(key)
    if type(value) is str and value[-1:] == keyvalues.MIN_VAL:
        value, generic = value.rstrip(keyvalues.MIN_VAL), False  # + Charact(0): exact
    elif type(value) is str and len(items) == 1 and items[0].type.kind in TEXT_KINDS \
            and len(value) >= items[0].size and items[0].size \
            and (value[-1:] == " " or len(value) > items[0].size):
        # Complete(v, size): exact (?1000025053); a longer value is cut to the item's
        # size as a write cuts it (docs/hfsql.md "Reading"): exact on what is left
        value, generic = value[:items[0].size].rstrip(" "), False
    values = _sought(ctx, items, value)
    generic = generic and items[len(values) - 1].type.kind in TEXT_KINDS \
        and isinstance(values[-1], str)
    ctx.search = (items, values, generic, limit)
    params = list(values)
    if mode == "last" and generic:
        params[-1] = values[-1] + ("\uffff" if ctx.dialect == "postgresql" else PREFIX_END)
    filtered = ctx.filter is not None and ctx.filter_on
    strict = keyvalues.trailing_mark(value) == (  # [n, hMaxVal]: just after n's records
        keyvalues.MIN_VAL if mode == "last" else keyvalues.MAX_VAL)  # [m, hMinVal]: before
    cache_key = (ctx.key_name, len(values), mode == "last", strict)
    sql = None if filtered else ctx.seek_sql.get(cache_key)
    if sql is None:
        cols = [ctx.sql.q(i.name) for i in items[:len(values)]]
        p = ctx.sql.p
        lhs = cols[0] if len(cols) == 1 else f"({', '.join(cols)})"
        marks = p if len(cols) == 1 else f"({', '.join(p for _ in cols)})"
        op = ("<" if mode == "last" else ">") + ("" if strict else "=")
        conds = [f"{lhs} {op} {marks}"]
        sql = ctx.sql.select_one + _where(ctx, conds, params) \
            + ctx.sql.order(items, mode == "last") + " LIMIT 1"
        if not filtered:
            ctx.seek_sql[cache_key] = sql
    row = _fetch(ctx, sql, params)
    if mode == "seek" and (row is None or not matches(ctx, row)):
        ctx.out, ctx.found = True, False  # documented: no match, nothing read
        ctx.pos = None
        return False
    return _loaded(ctx, items, row)  # first/last: the nearest record read (?3044034)


def read_recnum(ctx: FileContext, recnum: int) -> bool:
    """HRead: direct access by record number."""
    ctx.search = None
    row = _fetch(ctx, ctx.sql.by_recnum, [recnum])
    if row is None:
        beyond = recnum <= 0 or recnum > highest_recnum(ctx)
        ctx.out, ctx.found = beyond, False
        if not beyond:  # a record gone: HState() tells its state (?3044047)
            ctx.recnum = recnum
        return False
    ctx.load(row)
    if ctx.key is not None:
        _position(ctx, ctx.key, row)
    ctx.out, ctx.found = False, True
    return True


def browse_from(ctx: FileContext, recnum: int) -> None:
    """The browse in progress goes on from record `recnum` (a write with hAffectBrowse:
    HReadNext then reads the record after it, ?1000021375)."""
    if ctx.key is None or not recnum:
        return
    row = ctx.db.fetchone(ctx, ctx.sql.by_recnum, [recnum])
    if row is not None:
        _position(ctx, ctx.key, row)
        ctx.out = False


def highest_recnum(ctx: FileContext) -> int:
    """The highest record number the file holds, crossed records included: HRead beyond
    it (or in an empty file) is out of the file, below it a record that is gone (a
    deleted one: HNbRec(hStateAll) counts up to it, HState says hStateDel)."""
    row = ctx.db.fetchone(ctx, f"SELECT MAX(_hrec) FROM {ctx.sql.table}", [])
    return max(int(row[0] or 0) if row else 0, crossed.highest(ctx),
               ctx.db.freed.top(ctx.desc.physical))  # a deleted last record (free_recnums.py)


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
    return ctx.sql.select + _where(ctx, conds, params) + order_by + f" LIMIT {batch}", params


def _browse_order(ctx: FileContext, key: str) -> tuple[list[ItemDesc], list[bool]]:
    """The items FOR EACH goes in the order of, and for each whether it goes descending:
    `SORTED BY k1, -k2`, the key of ON, or the default key (`_foreach_key`)."""
    if "," in key or key.startswith("-"):  # SORTED BY k1, -k2
        return _sort_items(ctx, key)
    return (ctx.key_items(key) if key else _foreach_key(ctx)), []


def _key_values(ctx: FileContext, items: list[ItemDesc], row: tuple[Any, ...]) -> list[Any]:
    """A row's place in the browse's order: its values of the items, then its number."""
    return [row[_col(ctx, i)] for i in items] + [row[0]]


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
