"""An array filled from the values in brackets (`t is array of 3 int = [1, 2]`,
`t is array of 2 by 3 int = [[1, 2, 3], [4, 5, 6]]`, an array member of a structure
given `[...]` at its place): below the types (types.py fills a member through it), so
it asks the element type for its first value (`TypeSpec.default`), not types.py."""
from __future__ import annotations

__all__ = ["init_array", "not_a_series"]

from typing import Any

from ..errors import WLRuntimeError
from . import values as V
from .containers import WLArray


def init_array(arr: WLArray, items: list[Any]) -> WLArray:
    """`a is array of T = [x, y]`: the literal's items converted to T."""
    if len(arr.dims) > 1:
        return _init_dimensions(arr, items)
    if arr.dims and len(arr.dims) == 1 and arr.dims[0] >= len(items):
        for i, item in enumerate(items, 1):
            arr.set(item, i)
        return arr
    arr.items.clear()
    for item in items:
        arr.append(item)
    return arr


def _init_dimensions(arr: WLArray, items: list[Any]) -> WLArray:
    """`t is array of 2 by 3 int = [[1, 2, 3], [4, 5, 6]]`: one nested series of values
    a dimension, filled row by row (Multiple assignment of arrays ?1514031: a series
    may hold fewer values than its dimension, the cells left keep their default; "if the
    dimensions of the array to assign are not sufficient", it "is automatically
    resized"). A series holding a value where a sub-series is due is an error."""
    depth = len(arr.dims)
    shape = [0] * depth
    cells: list[tuple[tuple[int, ...], Any]] = []

    def walk(series: list[Any], level: int, where: tuple[int, ...]) -> None:
        shape[level] = max(shape[level], len(series))
        for i, item in enumerate(series, 1):
            if level + 1 == depth:
                cells.append((where + (i,), item))
            elif isinstance(item, list):
                walk(item, level + 1, where + (i,))
            else:
                raise WLRuntimeError(not_a_series(depth, item))

    walk(items, 0, ())
    dims = tuple(max(d, s) for d, s in zip(arr.dims, shape))
    if dims != arr.dims:
        size = 1
        for d in dims:
            size *= d
        arr.items = [arr.elem.default(arr.ctx) for _ in range(size)]
        arr.dims = dims
    for where, item in cells:
        arr.set(item, *where)
    return arr


def not_a_series(depth: int, item: Any) -> str:
    """The refusal of `item` where the values in brackets of an array of `depth`
    dimensions need a series (`t is array of 2 by 2 int = [[1, 2], 3]`), which `wl
    check` says first of a literal (semantics/array_stores.py)."""
    return (f"The values in brackets do not have the array's {depth} dimensions: "
            f"{V.to_str(item)} stands where a series of values is expected.")
