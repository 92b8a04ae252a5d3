"""An array's shape: Dimension (read or change the number of elements) and
ArrayInfo/TableauInfo with its ti... constants.

Dimension(t) gives the element count (all dimensions multiplied); Dimension(t, n) makes
a one-dimensional array hold n elements (kept from the start, new ones empty);
Dimension(t, r, c) reshapes to r x c. The ti... values are ours but tiTotalSize's, which
is the runtime's 5: the page that would name the runtime's other kinds is not stored
(docs/builtins.md "Constant values"); only their names matter to code.
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.kinds import K_BOOLEAN, K_INT, K_REAL
from wlinterp.runtime.limits import check_array
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import TypeSpec, default_value

from .arrays import array_arg
from .strings import int_arg

family = Family("Arrays (shape)")

TI_NUMBER_ROWS = family.constant("tiNumberRows", "tiNombreLignes", 1)
TI_NUMBER_COLUMNS = family.constant("tiNumberColumns", "tiNombreColonnes", 2)
TI_DIMENSION = family.constant("tiDimension", "tiDimension", 3)
TI_NUMBER_ELEMENTS = family.constant("tiNumberElements", "tiNombreElements", 4,
                                     "tiNombreÉléments")
# Real code reads an array's size in bytes so (a DirectX binding's sizeOf: ArrayInfo(e,
# tiTailleTotale) for an array, Dimension(e) for anything else); the English name is
# INFERRED and the ArrayInfo page is not stored (docs/builtins.md, "ArrayInfo").
TI_TOTAL_SIZE = family.constant("tiTotalSize", "tiTailleTotale", 5)


@family.function("Dimension", "Dimension")
def dimension(rt: Runtime, arr: object, *sizes: object) -> int:
    """Without sizes: the number of elements. With sizes: resize (elements kept in their
    flat order, new ones empty of the array's type) and return the new count."""
    if isinstance(arr, WLAssoc) and not sizes:
        return len(arr.data)
    a = array_arg(arr, "Dimension")
    if not sizes:
        return len(a.items)
    dims = tuple(int_arg(s, "Dimension") for s in sizes)
    if any(d < 0 for d in dims):
        raise WLRuntimeError("Dimension: a size cannot be negative.")
    total = 1
    for d in dims:
        total *= d
    check_array(total, "Dimension")
    kept = a.items[:total]
    kept += [default_value(a.elem, a.ctx) for _ in range(total - len(kept))]
    a.items[:] = kept
    if len(dims) > 1 or a.dims:  # a dynamic one-dimensional array keeps no fixed size
        a.dims = dims
    return total


@family.function("ArrayInfo", "TableauInfo")
def array_info(rt: Runtime, arr: object, info: object) -> int:
    """tiNumberRows (first dimension), tiNumberColumns (second, 0 for one dimension),
    tiDimension (number of dimensions), tiNumberElements (all elements)."""
    if isinstance(arr, WLAssoc):
        n = len(arr.data)
        return {TI_NUMBER_ROWS: n, TI_NUMBER_COLUMNS: 0, TI_DIMENSION: 1,
                TI_NUMBER_ELEMENTS: n}.get(int_arg(info, "ArrayInfo"), 0)
    a = array_arg(arr, "ArrayInfo")
    dims = a.dims if len(a.dims) > 1 else (len(a.items),)
    what = int_arg(info, "ArrayInfo")
    if what == TI_NUMBER_ROWS:
        return dims[0]
    if what == TI_NUMBER_COLUMNS:
        return dims[1] if len(dims) > 1 else 0
    if what == TI_DIMENSION:
        return len(dims)
    if what == TI_NUMBER_ELEMENTS:
        return len(a.items)
    if what == TI_TOTAL_SIZE:
        return len(a.items) * _element_bytes(a.elem)
    raise WLRuntimeError(f"ArrayInfo: unknown information {what}.")


def _element_bytes(elem: TypeSpec) -> int:
    """The size in bytes of an element of a fixed size: integers by their declared size,
    reals 8 bytes (4 for `real on 4 bytes`), booleans 1; any other element (a string,
    an object...) has no size of its own here: a clear error."""
    if elem.kind == K_INT:
        return elem.bits // 8
    if elem.kind == K_REAL:
        return 4 if elem.name == "real_4" else 8
    if elem.kind == K_BOOLEAN:
        return 1
    raise WLRuntimeError(f"ArrayInfo: tiTotalSize needs elements of a fixed size in bytes "
                         f"(integers, reals, booleans), not {elem.describe()}.")
