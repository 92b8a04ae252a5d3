"""HFSQL views: HCreateView/HCréeVue (page ?3044159).

A view is "a memory image of a data file": the records of a file chosen by a condition,
some of its items, in the order of its sort items, kept apart from the file (later
changes to the file do not reach it) and browsed like a data file. Here it is a query
result (wlinterp/hfsql/query.py `result_context`): a temporary table the SELECT fills
once, which HReadFirst, FOR EACH, `View.Item` and HNbRec read like any query's result.
The condition is written in HFilter's language (the page's `"NAME]='A'"`: docs/hfsql.md
"Filters"); a filter active on the file applies too (the page has a section "Creating a
view on a filtered data file", not stored: INFERRED).
"""
from __future__ import annotations

import re
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import QUERY, HFError
from wlinterp.hfsql.filters import FilterError, translate
from wlinterp.hfsql.query import DataSource, result_context
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import file_arg, h_function, name_arg
from .hfsql_query_args import published

family = Family("HFSQL views")

# the one creation mode the page shows (its value and French name INFERRED)
H_VIEW_DEFAULT = family.constant("hViewDefault", "hVueDéfaut", 0)


@h_function(family, "HCreateView", "HCréeVue")
def h_create_view(rt: Runtime, view: Any, file: Any, *args: Any) -> bool:
    """`HCreateView(view, file [, items [, sort items [, condition]]] [, mode [, page
    size]])`: the view holds the file's records that match the condition, with the items
    listed ("*" or none: all), sorted on the sort items (`+Item` ascending, the default,
    `-Item` descending); True, or False with HError set (an unknown item, a condition
    HFilter would refuse). The page size only tunes HFSQL's memory: not used here."""
    ctx = file_arg(rt, file, "HCreateView")
    texts = [V.to_str(a) for a in args[:3] if isinstance(a, str)]
    rest = args[len(texts):]
    if rest and V.to_int(rest[0]) != H_VIEW_DEFAULT:
        raise WLRuntimeError(f"HCreateView: creation mode {V.to_int(rest[0])} is not "
                             f"available; hViewDefault is.")
    items, order, condition = (texts + ["", "", ""])[:3]
    name = view.name if isinstance(view, DataSource) else name_arg(view)
    if not name:
        raise WLRuntimeError("HCreateView: the view needs a name or a Data Source.")
    ctx.db.touch(ctx)
    columns = _columns(ctx, items)
    conds, params = _condition(ctx, condition)
    where = " WHERE " + " AND ".join(conds) if conds else ""
    sql = f"SELECT {', '.join(columns)} FROM {ctx.sql.table}{where}{_order(ctx, order)}"
    try:
        made = published(rt, result_context(ctx.db, name, sql, params, [ctx.desc]))
    except ctx.db.backend.errors() as exc:
        raise HFError(QUERY, f"HCreateView on {ctx.name}: {exc}.", ctx.name) from None
    if isinstance(view, DataSource):
        view.ctx = made
    return True


def _names(text: str) -> list[str]:
    """A list of items as the page writes it: separated by commas or CRs."""
    return [n.strip() for n in re.split(r"[,\r\n]", text) if n.strip()]


def _item(ctx: FileContext, name: str) -> Any:
    """The item named (an unknown name: the H* failure, HError set)."""
    n = ctx.index.get(fold(name))
    if n is None:
        raise HFError(QUERY, f"HCreateView: '{name}' is not an item of {ctx.name}.",
                      ctx.name, name)
    return ctx.items[n]


def _columns(ctx: FileContext, items: str) -> list[str]:
    """The SELECT's columns: every item for "*" or none, else the items listed."""
    if items.strip() in ("", "*"):
        return list(ctx.sql.cols)
    return [ctx.sql.q(_item(ctx, n).name) for n in _names(items)]


def _order(ctx: FileContext, order: str) -> str:
    """ORDER BY the sort items (`-` descending), then the record number: the view's
    rows are numbered in that order."""
    keys = []
    for name in _names(order):
        down = name.startswith("-")
        keys.append(ctx.sql.q(_item(ctx, name.lstrip("+-").strip()).name)
                    + (" DESC" if down else ""))
    return " ORDER BY " + ", ".join(keys + ["_hrec"])


def _condition(ctx: FileContext, condition: str) -> tuple[list[str], list[Any]]:
    """The selection condition (HFilter's language) and a filter active on the file."""
    conds: list[str] = []
    params: list[Any] = []
    if condition.strip():
        try:
            sql, params, _ = translate(ctx, condition)
        except FilterError as exc:
            raise HFError(QUERY, f"HCreateView on {ctx.name}: {exc}.", ctx.name) from None
        conds.append(sql)
    if ctx.filter is not None and ctx.filter_on:
        conds.append(ctx.filter[0])
        params = params + list(ctx.filter[1])
    return conds, params
