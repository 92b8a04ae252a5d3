"""ArrayAddReference/TableauAjouteRéférence, ArrayInsertReference/TableauInsèreRéférence
and ArrayMoveLine/TableauDéplaceLigne: the three array functions of PC SOFT's French list
that had no implementation (tests/core/test_family_lists.py, "arrays").

No stored help page for any of them (searched 2026-12-02); English names INFERRED from
ArrayAdd, ArrayInsert and ArraySwapLine/TableauEchangeLigne; behaviour *decided*
(docs/builtins.md, "Array references, moving a line"):
- ArrayAddReference(array, value) and ArrayInsertReference(array, index, value) are
  ArrayAdd and ArrayInsert without the copy: a structure or object of the array's type
  is stored itself, so a change made through the array is seen through the variable and
  the other way round (ArrayAdd stores a copy). A value of another type is converted, as
  ArrayAdd does. They return the new element's index, as ArrayAdd does.
- ArrayMoveLine(array, origin, target) moves a line: the row `origin` of a
  two-dimensional array ends up at row `target`, the rows between shifting; on a
  one-dimensional array a line is an element (as for ArraySwapLine): ArrayMove's move.
  MoveLine/DéplaceLigne is the same function, as in WINDEV Mobile's runtime, whose
  collection function #DEPLACE_LIGNE calls the array's own move (docs/builtins.md).
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.limits import check_array
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import coerce

from .array_more import SWAP_OPTION
from .array_args import (array_arg, fixed_check, one_dim as _one_dim, resized as _resized,
                         resizable_array)
from .strings import int_arg

family = Family("Array references, moving a line")


def _element(a: WLArray, value: object) -> object:
    """`value` itself when it is a structure or object of the array's type, else what
    storing it converts it to."""
    converted = coerce(value, a.elem, a.ctx)
    if isinstance(value, WLStruct) and type(converted) is type(value):
        return value
    return converted


@family.function("ArrayAddReference", "TableauAjouteRéférence", "AddReference",
                 "AjouteRéférence",
                 declared_check=fixed_check("ArrayAddReference"))
def array_add_reference(rt: Runtime, arr: object, value: object) -> int:
    """Append `value` itself (not a copy); the new element's index."""
    a = resizable_array(arr, "ArrayAddReference")
    _one_dim(a, "ArrayAddReference")
    check_array(len(a.items) + 1, "ArrayAddReference")
    a.items.append(_element(a, value))
    _resized(a)
    return len(a.items)


@family.function("ArrayInsertReference", "TableauInsèreRéférence", "InsertReference",
                 "InsèreRéférence",
                 declared_check=fixed_check("ArrayInsertReference"))
def array_insert_reference(rt: Runtime, arr: object, index: object, value: object) -> int:
    """Insert `value` itself (not a copy) at `index` (count + 1 appends); that index."""
    a = resizable_array(arr, "ArrayInsertReference")
    _one_dim(a, "ArrayInsertReference")
    i = int_arg(index, "ArrayInsertReference")
    if not 1 <= i <= len(a.items) + 1:
        raise WLRuntimeError(f"ArrayInsertReference: index {i} is outside the array (1 to "
                             f"{len(a.items) + 1}).")
    check_array(len(a.items) + 1, "ArrayInsertReference")
    a.items.insert(i - 1, _element(a, value))
    _resized(a)
    return i


@family.function("ArrayMoveLine", "TableauDéplaceLigne", "MoveLine", "DéplaceLigne")
def array_move_line(rt: Runtime, arr: object, origin: object, target: object,
                    option: object = 0) -> None:
    """Move row `origin` of a two-dimensional array to row `target` (ArrayMove on a
    one-dimensional array); the two rows are exchanged with ArrayMove's SWAP_OPTION."""
    a = array_arg(arr, "ArrayMoveLine")
    if len(a.dims) > 2:
        raise WLRuntimeError("ArrayMoveLine works on an array of one or two dimensions.")
    rows, cols = a.dims if len(a.dims) == 2 else (len(a.items), 1)
    i, j = int_arg(origin, "ArrayMoveLine"), int_arg(target, "ArrayMoveLine")
    for k in (i, j):
        if not 1 <= k <= rows:
            raise WLRuntimeError(f"ArrayMoveLine: line {k} is outside the array (1 to "
                                 f"{rows}).")
    lines = [a.items[r * cols:(r + 1) * cols] for r in range(rows)]
    if int_arg(option, "ArrayMoveLine") == SWAP_OPTION:
        lines[i - 1], lines[j - 1] = lines[j - 1], lines[i - 1]
    else:
        lines.insert(j - 1, lines.pop(i - 1))
    a.items[:] = [v for line in lines for v in line]
