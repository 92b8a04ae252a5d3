"""Ready-made filters: HFilterIdentical/HFiltreIdentique, HFilterStartsWith/
HFiltreCommencePar, HFilterIncludedBetween/HFiltreComprisEntre and HFilterContains/
HFiltreContient.

Each is an HFilter on one item (or composite key) with a given shape of condition; like
HFilter they return the item to browse on, replace the file's filter and apply to every
browse of the file until HDeactivateFilter. The names and the (file, item, value...)
arguments are those of WINDEV's runtime; the comparisons follow the item's: text keys
without regard to case and accents (docs/hfsql.md, "Collation of text keys").
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.collation import PREFIX_END
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.foreach_where import contains_sql
from wlinterp.hfsql.itemtypes import TEXT_KINDS
from wlinterp.hfsql.reading import _sought
from wlinterp.registry import Family, ItemArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import file_arg, h_function, name_arg
from .hfsql_query import _bounds, filter_key

family = Family("HFSQL filter shapes")


def _apply(ctx: FileContext, sql: str, params: list[Any], key: str) -> str:
    """Make `sql` the file's filter (the browse starts again from the first record)."""
    ctx.db.touch(ctx)
    ctx.filter, ctx.filter_on = (sql, params, key), True
    ctx.pos, ctx.search = None, None
    return key


@h_function(family, "HFilterIdentical", "HFiltreIdentique", fail="")
def h_filter_identical(rt: Runtime, file: Any, item: ItemArg, value: Any) -> str:
    """Only the records whose item (or composite key: an array of values) equals the
    value."""
    ctx = file_arg(rt, file, "HFilterIdentical")
    key = filter_key(ctx, item)
    sql, params, key = _bounds(ctx, key, value, value)
    return _apply(ctx, sql, params, key)


@h_function(family, "HFilterIncludedBetween", "HFiltreComprisEntre", fail="")
def h_filter_included_between(rt: Runtime, file: Any, item: ItemArg, low: Any, high: Any
                              ) -> str:
    """Only the records whose item lies between the two values, both included."""
    ctx = file_arg(rt, file, "HFilterIncludedBetween")
    key = filter_key(ctx, item)
    sql, params, key = _bounds(ctx, key, low, high)
    return _apply(ctx, sql, params, key)


@h_function(family, "HFilterStartsWith", "HFiltreCommencePar", fail="")
def h_filter_starts_with(rt: Runtime, file: Any, item: ItemArg, value: Any) -> str:
    """Only the records whose text item starts with the value (for a composite key: the
    first components equal, the last one starting with its value)."""
    ctx = file_arg(rt, file, "HFilterStartsWith")
    key = filter_key(ctx, item)
    items = ctx.key_items(key)
    values = _sought(ctx, items, value)
    last = items[len(values) - 1]
    if last.type.kind not in TEXT_KINDS or not isinstance(values[-1], str):
        raise HFError(QUERY, f"HFilterStartsWith: {last.name} is not a text item.", ctx.name,
                      last.name)
    p = ctx.sql.p
    conds = [f"{ctx.sql.q(i.name)} = {p}" for i in items[:len(values) - 1]]
    col = ctx.sql.q(last.name)
    end = "\uffff" if ctx.dialect == "postgresql" else PREFIX_END
    conds.append(f"{col} >= {p} AND {col} < {p}")
    return _apply(ctx, " AND ".join(conds), values + [values[-1] + end], key)


@h_function(family, "HFilterContains", "HFiltreContient", fail="")
def h_filter_contains(rt: Runtime, file: Any, item: ItemArg, value: Any) -> str:
    """Only the records whose text item contains the value, without regard to case
    (accents count: the test is a substring search on lower-case text)."""
    ctx = file_arg(rt, file, "HFilterContains")
    key = filter_key(ctx, item)
    n = ctx.index.get(fold(key))
    target = None if n is None else ctx.items[n]
    if target is None or target.type.kind not in TEXT_KINDS:
        raise HFError(QUERY, f"HFilterContains: {key} is not a text item of {ctx.name}.",
                      ctx.name, key)
    sql = contains_sql(ctx.dialect, ctx.sql.q(target.name), ctx.sql.p)
    return _apply(ctx, sql, [V.to_str(value)], key)
