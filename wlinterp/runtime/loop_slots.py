"""FOR EACH over an array whose body assigns the loop variable: the element changes too.

The loop variable designates the element it holds (docs/semantics.md, "FOR EACH: the
variable designates the element"): a structure or an object is the element itself, and a
simple value written to the variable (`n--`, `x = x * 10`) is written back into the array
or associative array at that element's place when the pass ends, however it ends
(CONTINUE, BREAK, RETURN, an exception). The compiler uses these helpers only for loops
whose body assigns the variable (compiler/loops.py), so other loops keep their plain path.
"""
from __future__ import annotations

__all__ = ["iterate_slots", "write_slot"]

from typing import Any, Iterable

from .assoc_arrays import WLAssoc
from .containers import WLArray
from .operators import iterate


def iterate_slots(obj: Any, shown: str = "",
                  backwards: bool = False) -> Iterable[tuple[Any, Any, Any]]:
    """(slot, key or 1-based index, element) for each element FOR EACH goes through
    (`backwards`: FromEnd, from the last); the slot is where write_slot puts a new value
    back (None: nowhere, a list of pieces or a data source has no place to write to)."""
    if isinstance(obj, WLAssoc):  # a duplicate's key is shown as the plain key
        pairs = [(k, str(k) if isinstance(k, str) else k, v)
                 for k, v in list(obj.data.items())]
        return pairs[::-1] if backwards else pairs
    if isinstance(obj, WLArray):
        if backwards:  # (read once, as the plain FromEnd loop reads it)
            items = obj.items
            return [((i, items[i], len(items)), i + 1, items[i])
                    for i in range(len(items) - 1, -1, -1)]
        return _array_slots(obj.items)
    pieces = [(None, i, v) for i, v in enumerate(iterate(obj, shown), 1)]
    return pieces[::-1] if backwards else pieces


def _array_slots(items: list[Any]) -> Iterable[tuple[tuple[int, Any, int], int, Any]]:
    """An array's elements read as the plain loop reads them (elements the body adds are
    gone through too, as iterating the list itself does); each slot is (index, the
    element read, the array's length then)."""
    i = 0
    while i < len(items):
        yield (i, items[i], len(items)), i + 1, items[i]
        i += 1


def write_slot(obj: Any, slot: Any, value: Any) -> None:
    """The loop variable's value at the end of a pass, stored back as the element at
    `slot` (converted to the element type, as `t[i] = v` converts it); nothing when the
    element is still that very value (a structure or an object changed in place) or the
    collection has no such place any more (the body removed the element). When the body
    removed or inserted elements before it, the element is looked for where it moved (its
    index holds another one, which the value would overwrite); not found once, nothing."""
    if slot is None:
        return
    if isinstance(obj, WLAssoc):
        data = obj.data
        if slot in data and data[slot] is not value:
            data[slot] = obj.elem.coerce(value, obj.ctx)
    elif isinstance(obj, WLArray):
        items = obj.items
        index, read, length = slot
        if len(items) != length and not (index < len(items) and items[index] is read):
            moved = [j for j, x in enumerate(items) if x is read]
            index = moved[0] if len(moved) == 1 else len(items)
        if index < len(items) and items[index] is not value:
            items[index] = obj.elem.coerce(value, obj.ctx)
