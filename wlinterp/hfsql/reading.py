"""Reading a data file in key order: HReadFirst/Last/Next/Previous, HReadSeekFirst/Last,
HReadSeek, HRead (FOR EACH's browse: browsing.py).

HFound/HOut follow the documented rules (docs/hfsql.md, "Reading"): a missed
HReadSeekFirst still reads the next greater record (HFound False, HOut False); a search
stays active for HReadNext, which recomputes HFound; HOut is True when nothing was read.
"""
from __future__ import annotations

__all__ = [
    "browse_from",
    "column_of",
    "highest_recnum",
    "matches",
    "read_first",
    "read_next",
    "read_recnum",
    "seek",
    "where_sql",
]

from typing import Any

from . import crossed, keyvalues
from .analysis import ItemDesc
from .collation import PREFIX_END, fold_key
from .context import READ_WRITE, STARTED, FileContext
from .errors import LOCK, HFError
from .itemtypes import TEXT_KINDS, to_db


def where_sql(ctx: FileContext, conds: list[str], params: list[Any]) -> str:
    """The WHERE clause of a read: `conds`, and the file's active filter (its parameters
    appended to `params`); browsing.py's FOR EACH and the approximate positions' reads
    (stdlib/hfsql_approx_position.py) share it."""
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


def column_of(ctx: FileContext, item: ItemDesc) -> int:
    """The index of `item`'s column in the rows the file's reads give."""
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
    sql = ctx.sql.select_one + where_sql(ctx, [], params) + ctx.sql.order(items, last) \
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
    sql = ctx.sql.select_one + where_sql(ctx, [cond], params) \
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
        got = row[column_of(ctx, item)]
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
        sql = ctx.sql.select_one + where_sql(ctx, conds, params) \
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
