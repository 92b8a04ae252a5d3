"""Items by their number: HRetrieveItem/HRécupèreRubrique and HToItem/HVersRubrique.

No help page for either was found; HFSQL's C API header declares them (facts used:
`HRecupereRubrique(table, item number [, sub-item separator | array index])` returning a
string, `HVersRubrique(table, item number [, array index | sub-item separator], value)`
returning a boolean), and HRetrieveRecord gives the whole buffer in the same text form.
*Decided* (INFERRED): items are numbered from 1 in the order of the file's description
(the order HListItem gives); the value read is the item's text as HRetrieveRecord writes
it (NULL and binary memos: ""); the value written is converted to the item's type as
`File.Item = value` converts it. An array item counts once; its array index (1 when
not given) chooses the element, and an index other than 1 on an item that is no array
is an error. docs/hfsql.md, "Items by number".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.analysis import element_name
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function

family = Family("HFSQL items by number")


def _slot(ctx: FileContext, number: Any, index: Any, fname: str) -> int:
    """The buffer slot of item `number` (from 1, an array item counted once) and, for an
    array item, of its element `index` (1 when not given); an index other than 1 on an
    item that is no array fails."""
    items = ctx.desc.shown_items
    n = V.to_int(number)
    if not 1 <= n <= len(items):
        raise HFError(DATABASE, f"{fname}: the data file {ctx.name} has {len(items)} "
                                f"items; there is no item {n}.")
    item = items[n - 1]
    element = V.to_int(index) if isinstance(index, (int, float)) \
        and not isinstance(index, bool) else 1
    if not 1 <= element <= item.elements:
        what = "is not an array" if item.elements == 1 else f"has {item.elements} elements"
        raise HFError(DATABASE, f"{fname}: the item {item.name} {what} (index "
                                f"{V.to_str(index)}).")
    return ctx.index[fold(item.name if element == 1 else element_name(item.name, element))]


@h_function(family, "HRetrieveItem", "HRécupèreRubrique", fail="")
def h_retrieve_item(rt: Runtime, file: Any, number: Any, extra: Any = None) -> str:
    """The text of the item numbered `number` in the file's buffer ("" for NULL and for
    a binary memo), as HRetrieveRecord gives it."""
    ctx = file_arg(rt, file, "HRetrieveItem")
    n = _slot(ctx, number, extra, "HRetrieveItem")
    value = ctx.buffer[n]
    return "" if value is None or ctx.kinds[n] == "binmemo" else V.to_str(value)


@h_function(family, "HToItem", "HVersRubrique")
def h_to_item(rt: Runtime, file: Any, number: Any, *rest: Any) -> bool:
    """Put a value into the item numbered `number` of the file's buffer, converted to
    the item's type (`HToItem(File, n [, index], value)`)."""
    if not rest or len(rest) > 2:
        raise HFError(DATABASE, "HToItem expects a data file, an item number [, an array "
                                "index] and a value.")
    ctx = file_arg(rt, file, "HToItem")
    n = _slot(ctx, number, rest[0] if len(rest) == 2 else None, "HToItem")
    try:
        ctx.buffer[n] = ctx.coercers[n](rest[-1])
    except (ValueError, TypeError) as exc:
        raise HFError(DATABASE, f"HToItem: {exc}") from None
    return True
