"""Approximate positions, for a scroll bar: HGetCurrentPosition/HPositionCourante and
HSetPosition/HPositionne.

Documented (HSetPosition's page): positions run from 1 to 1000, relative to the order of
the records in the key's index (for an item that is not a key: record-number order);
HSetPosition reads the record found there (none: HOut() True, nothing read); a precision
argument trades speed for accuracy. The C API header of HFSQL gives the French names and
the precision constants (low, medium — the default —, high). A database counts records
exactly, so every precision gives the exact position. docs/hfsql.md, "Reading".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql import reading
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function, name_arg

family = Family("HFSQL approximate positions")
SCALE = 1000
family.constant("hPrecisionLow", "hPrécisionFaible", 1040)  # HFConstant.h's eHPRECISION
family.constant("hPrecisionMedium", "hPrécisionMoyenne", 1041)
family.constant("hPrecisionHigh", "hPrécisionHaute", 1042)


def _count(ctx: FileContext, conds: list[str], params: list[Any]) -> int:
    """How many records of the file (within its filter) satisfy `conds`."""
    sql = ctx.sql.count + reading.where_sql(ctx, conds, params)
    ctx.db.touch(ctx)
    row = ctx.db.fetchone(ctx, sql, params)
    return int(row[0]) if row else 0


def _args(rt: Runtime, args: tuple[Any, ...], fname: str, n_numbers: int
          ) -> tuple[FileContext, str, list[Any]]:
    """`([File [, Item]] , numbers...)`: the file, the item, the trailing numbers (the
    position and/or the precision)."""
    rest = list(args)
    numbers: list[Any] = []
    while rest and isinstance(rest[-1], (int, float)) and not isinstance(rest[-1], bool) \
            and len(numbers) < n_numbers:
        numbers.insert(0, rest.pop())
    ctx = file_arg(rt, rest[0] if rest else None, fname)
    return ctx, name_arg(rest[1]) if len(rest) > 1 else "", numbers


@h_function(family, "HGetCurrentPosition", "HPositionCourante", "HPosition", fail=0)
def h_get_current_position(rt: Runtime, *args: Any) -> int:
    """`([File [, Item]] [, precision])`: the current record's place in the item's order
    (record numbers for an item that is not a key) on a scale of 1 to 1000; 0 when there
    is no current record."""
    ctx, item, _ = _args(rt, args, "HGetCurrentPosition", 1)
    items = _order(ctx, item)
    if not ctx.recnum or ctx.out:
        return 0
    row = ctx.db.fetchone(ctx, ctx.sql.by_recnum, [ctx.recnum])
    if row is None:
        return 0
    here = [row[ctx.col[id(i)]] for i in items] + [row[0]]
    cond, params = ctx.sql.beyond(items, here, False)
    before = _count(ctx, [cond], params)
    total = _count(ctx, [], [])
    return _scaled(before + 1, total)


@h_function(family, "HSetPosition", "HPositionne")
def h_set_position(rt: Runtime, *args: Any) -> bool:
    """`([File,] [Item,] position [, precision])`: read the record at that place (1 to
    1000) in the item's order; HReadNext/HReadPrevious go on from it."""
    ctx, item, numbers = _args(rt, args, "HSetPosition", 2)
    if not numbers:
        raise HFError(DATABASE, "HSetPosition: the position (1 to 1000) is missing.", ctx.name)
    where = V.to_int(numbers[0])
    if not 1 <= where <= SCALE:
        raise HFError(DATABASE, f"HSetPosition: the position must be between 1 and {SCALE} "
                                f"({where} given).", ctx.name)
    items = _order(ctx, item)
    ctx.search = None
    total = _count(ctx, [], [])
    rank = 1 + round((where - 1) * (total - 1) / (SCALE - 1)) if total else 0
    params: list[Any] = []
    sql = ctx.sql.select_one + reading.where_sql(ctx, [], params) + ctx.sql.order(items, False) \
        + f" LIMIT 1 OFFSET {rank - 1}"
    return reading._loaded(ctx, items, reading._fetch(ctx, sql, params) if total else None)


def _scaled(rank: int, total: int) -> int:
    """Rank 1 of `total` is position 1, the last is 1000, the others evenly between
    (*decided*: the pages give the range, not the scale)."""
    if total <= 0:
        return 0
    return 1 if total == 1 else 1 + round((rank - 1) * (SCALE - 1) / (total - 1))


def _order(ctx: FileContext, item: str) -> list[Any]:
    """The order positions count in: the item's key (it becomes the browse key), record
    numbers for an item that is not a key, else the key in use."""
    is_key = any(k.name.lower() == item.lower() for k in ctx.desc.keys)
    if item and not is_key and ctx.desc.item(item) is not None:
        ctx.key_name, ctx.key, ctx.pos = "", [], None
        return []
    return reading._use_key(ctx, item)
