"""Array items of a data file (`Contact.Phone[2]`; docs/hfsql.md "Array items").

An item of N elements is N columns: the item's own (element 1) and hidden ones named
`Phone__2` ... `Phone__N` (analysis.py adds them after the item, marked `element_of`).
So the record buffer, HAdd, HModify, reads, Records and copies carry every element with
no code of their own; what is here is the element access the compiler emits for
`File.Item[i]` (compiler/data_elements.py) and the `"Phone[2]"` item names an H*
function may take. `File.Item` alone is element 1 (INFERRED: an array item written
without a subscript, the way it was read before the elements existed).
"""
from __future__ import annotations

__all__ = ["element_columns", "element_slot", "read_element", "write_element",
           "element_item", "record_key"]

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import ErrCode, WLRuntimeError
from ..lazy_regex import lazy_compile
from ..syntax.names import fold
from .analysis import ItemDesc, element_name

if TYPE_CHECKING:
    from .context import FileContext

_SUBSCRIPTED = lazy_compile(r"\s*([^\[\]]+?)\s*\[\s*(\d+)\s*\]\s*")


def element_columns(items: Sequence[ItemDesc]) -> dict[str, list[int]]:
    """Folded array item name -> the buffer indexes of its elements, in order."""
    index = {fold(i.name): n for n, i in enumerate(items)}
    return {fold(i.name): [n] + [index[fold(element_name(i.name, k))]
                                 for k in range(2, i.elements + 1)]
            for n, i in enumerate(items) if i.elements > 1}


def element_slot(ctx: "FileContext", name: str, number: Any) -> int:
    """The buffer index of element `number` (from 1) of the array item `name`, the
    subscript read as an array's is (a real cut to its whole part: `Phone[2.7]` is
    element 2, as `t[2.7]` is `t[2]`); an element outside 1..N is a fatal error naming
    the item and its dimension, as an array's subscript out of range is."""
    columns = ctx.elements[name]
    value = _element_number(number)
    if not 1 <= value <= len(columns):
        item = ctx.items[columns[0]]
        raise WLRuntimeError(f"{ctx.name}.{item.name}[{value}]: the array item "
                             f"{item.name} has {len(columns)} elements (1 to "
                             f"{len(columns)}).", ErrCode.INDEX)
    return columns[value - 1]


def _element_number(number: Any) -> int:
    """An element's subscript as a whole number, as an array reads its subscripts
    (values.to_int: a real cut toward zero, a text of digits read as a number)."""
    from ..runtime.values import to_int
    return to_int(number)


def read_element(ctx: "FileContext", name: str, number: Any) -> Any:
    """`File.Item[i]`: the element of an array item; of any other item, its value
    indexed as any value is (a text's character)."""
    if name in ctx.elements:
        return ctx.buffer[element_slot(ctx, name, number)]
    n = _selected_element(ctx, name, number)
    if n is not None:
        return ctx.buffer[n]
    from ..runtime.access import get_index
    return get_index(ctx.wl_get(name), number)


def write_element(ctx: "FileContext", name: str, number: Any, value: Any) -> bool:
    """`File.Item[i] = v` into an array item's element, converted to the item's type as
    `File.Item = v` is; False when `name` is no array item (the caller indexes it as any
    value)."""
    n = element_slot(ctx, name, number) if name in ctx.elements \
        else _selected_element(ctx, name, number)
    if n is None:
        return False
    ctx.buffer[n] = ctx.coercers[n](value)
    return True


def _selected_element(ctx: "FileContext", name: str, number: Any) -> int | None:
    """The column a query named after one element (`SELECT Phone[2] FROM Contact`
    gives the column `Phone[2]`: docs/hfsql.md "Array items, shown"), which
    `QRY.Phone[2]` reads; None when the result has no such column."""
    if type(number) is not int and not isinstance(number, float):
        return None
    return ctx.index.get(f"{name}[{_element_number(number)}]")


def element_item(ctx: "FileContext", name: str) -> int | None:
    """The buffer index an item name written `"Phone[2]"` designates (an H* function's
    item argument: HReadSeekFirst(Contact, "Phone[2]", v)); None when the name is not
    written so."""
    match = _SUBSCRIPTED.fullmatch(name)
    if match is None:
        return None
    key = fold(match.group(1))
    if key not in ctx.elements:
        if key in ctx.index and match.group(2) == "1":
            return ctx.index[key]  # Name[1]: the only element of an item that is no array
        raise WLRuntimeError(f"'{name}': {match.group(1)} is not an array item of the "
                             f"data file {ctx.name}.")
    return element_slot(ctx, key, int(match.group(2)))


def record_key(record: Any, name: str, number: Any, shown: str) -> str | None:
    """The key of element `number` of the array item `name` in a `Record of File`'s
    values (`phone`, `phone__2`...: the columns its file gave it); None when `name` is
    no array item there. An element outside 1..N is the error `File.Item[i]` gives."""
    values = record.values
    if fold(element_name(name, 2)) not in values:
        return None
    count = 2
    while fold(element_name(name, count + 1)) in values:
        count += 1
    value = _element_number(number)
    if not 1 <= value <= count:
        raise WLRuntimeError(f"{shown}[{value}]: the array item {shown} of the "
                             f"record has {count} elements (1 to {count}).", ErrCode.INDEX)
    return name if value == 1 else fold(element_name(name, value))
