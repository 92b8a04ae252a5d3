"""An array's shape: Dimension (read or change the number of elements) and
ArrayInfo/TableauInfo with its ti... constants.

Dimension(t) gives the element count (all dimensions multiplied); Dimension(t, n) makes
a one-dimensional array hold n elements (kept from the start, new ones empty);
Dimension(t, r, c) reshapes to r x c. The ti... values are the kinds WINDEV Mobile's
runtime answers (TableauInfo(t, 5) is tiTotalSize, found by name in real code); the
other names are tied to the runtime's kinds by what they say, the ArrayInfo page not
being stored (docs/builtins.md "Constant values").
"""
from __future__ import annotations

from decimal import Decimal

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, Given, NumberArg
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.values import type_name
from wlinterp.runtime.declared_sizes import (CURRENCY_BYTES, DURATION_BYTES, NUMERIC_BYTES,
                                             declared_bytes)
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.kinds import K_ARRAY
from wlinterp.runtime.limits import check_array
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import TypeSpec, default_value

from .arrays import array_arg, fixed_check, resizable_array
from .strings import int_arg

family = Family("Arrays (shape)")

# The runtime's TableauInfo kinds (collection/tableau/C0759o.java): 1 the number of
# dimensions, 2 the size of the dimension the third parameter names, 4 an element's size
# in bytes, 5 the total size, 7 the element count, 8 and 9 the rows and columns of a
# two-dimensional array (0 for any other). Names INFERRED by meaning but tiTotalSize's.
TI_DIMENSION = family.constant("tiDimension", "tiDimension", 1)
DIMENSION_SIZE = 2  # no name found
ELEMENT_SIZE = 4  # no name found
TI_NUMBER_ELEMENTS = family.constant("tiNumberElements", "tiNombreElements", 7,
                                     "tiNombreÉléments")
TI_NUMBER_ROWS = family.constant("tiNumberRows", "tiNombreLignes", 8)
TI_NUMBER_COLUMNS = family.constant("tiNumberColumns", "tiNombreColonnes", 9)
# Real code reads an array's size in bytes so (a DirectX binding's sizeOf: ArrayInfo(e,
# tiTailleTotale) for an array, Dimension(e) for anything else); the English name is
# INFERRED and the ArrayInfo page is not stored (docs/builtins.md, "ArrayInfo").
TI_TOTAL_SIZE = family.constant("tiTotalSize", "tiTailleTotale", 5)


@family.function("Dimension", "Dimension", declared_check=fixed_check("Dimension", least=2))
def dimension(rt: Runtime, arr: object, *sizes: object) -> int:
    """Without sizes: the number of elements (of a simple variable or a structure: its
    size in bytes, value_bytes). With sizes: resize (elements kept in their flat order,
    new ones empty of the array's type) and return the new count."""
    if isinstance(arr, WLAssoc) and not sizes:
        return len(arr.data)
    if not sizes and not isinstance(arr, WLArray):
        return value_bytes(arr)
    a = array_arg(arr, "Dimension")
    if not sizes:
        return len(a.items)
    a = resizable_array(a, "Dimension")
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


def _total_size_check(given: list[Given]) -> str | None:
    """`ArrayInfo(s, tiTotalSize)` (or 4, an element's size) on an array declared of
    elements without a fixed size (strings, variants, objects): the run's refusal, from
    _element_bytes itself, which `wl check` says first (WL115)."""
    if len(given) < 2 or given[0].spec is None or given[0].spec.kind != K_ARRAY \
            or given[0].spec.elem is None:
        return None
    what = {TI_TOTAL_SIZE: "tiTotalSize", ELEMENT_SIZE: "an element's size (4)"}.get(
        given[1].value) if type(given[1].value) is int else None
    if what is None:
        return None
    try:
        _element_bytes(given[0].spec.elem, what)
    except WLRuntimeError as err:
        return str(err)
    return None


@family.function("ArrayInfo", "TableauInfo", declared_check=_total_size_check)
def array_info(rt: Runtime, arr: object, info: NumberArg, dimension: object = 1) -> int:
    """tiDimension (number of dimensions), tiNumberElements (all elements), tiNumberRows
    and tiNumberColumns (a two-dimensional array's; 0 for any other, as the runtime
    answers), tiTotalSize (bytes); by number, 2 the size of the `dimension`-th dimension
    (the element count of a one-dimensional array) and 4 an element's size in bytes."""
    what = int_arg(info, "ArrayInfo")
    if isinstance(arr, WLAssoc):
        return _shape_info(what, (len(arr.data),), dimension)
    a = array_arg(arr, "ArrayInfo")
    if what == TI_TOTAL_SIZE:
        return len(a.items) * _element_bytes(a.elem)
    if what == ELEMENT_SIZE:
        return _element_bytes(a.elem, "an element's size (4)")
    if what == TI_NUMBER_ELEMENTS:
        return len(a.items)
    return _shape_info(what, a.dims if len(a.dims) > 1 else (len(a.items),), dimension)


def _shape_info(what: int, dims: tuple[int, ...], dimension: object) -> int:
    """The kinds of ArrayInfo that depend on the shape alone (dims: each dimension's
    size, one size for a one-dimensional array)."""
    two = len(dims) == 2
    if what == TI_DIMENSION:
        return len(dims)
    if what == TI_NUMBER_ELEMENTS:
        total = 1
        for d in dims:
            total *= d
        return total
    if what == TI_NUMBER_ROWS:
        return dims[0] if two else 0
    if what == TI_NUMBER_COLUMNS:
        return dims[1] if two else 0
    if what == DIMENSION_SIZE:
        n = int_arg(dimension, "ArrayInfo")
        return dims[n - 1] if 1 <= n <= len(dims) else 0
    raise WLRuntimeError(f"ArrayInfo: unknown information {what}.")


def value_bytes(value: object, spec: TypeSpec | None = None) -> int:
    """`Dimension(x)` of what is not an array: its size in bytes, as the older Dimension
    page describes it and real code uses it (a binding's sizeOf): a value of a declared
    simple type by that type (runtime/declared_sizes.py: an `int on 8 bytes` 8, a
    currency 10...; the compiler gives a variable's so), else an int 4, a real 8, a
    currency 10 and a numeric 16 (held by a Variant, or computed: `m * 2`), a boolean 1,
    a string or a buffer its length (one byte a character, as in an ANSI project; a
    Date's, Time's or DateTime's text so), a Duration 8, a structure the sum of its
    members', a fixed array member its elements' (*decided* 6 Dec 2026, INFERRED:
    docs/builtins.md "Dimension")."""
    if isinstance(value, WLStruct):
        return sum(value_bytes(value.values.get(key), t)
                   for key, _shown, t in value.sdef.members)
    if isinstance(value, WLArray) and value.fixed:  # a structure's `fixed array` member:
        # its elements', held in the structure (it stopped: "not a value of type array")
        return sum(value_bytes(item, value.elem) for item in value.items)
    if isinstance(value, WLArray):  # (only a structure's member comes here)
        raise WLRuntimeError("Dimension: a structure holding a dynamic array has no size in "
                             "bytes (the array's elements are not in the structure); a "
                             "fixed array member has one (`t is fixed array of 3 int`).")
    size = declared_bytes(spec)
    if size is not None:
        return size
    if isinstance(value, bool):
        return 1
    if isinstance(value, int):
        return 4
    if isinstance(value, Decimal):  # a Variant's or a computed one: as declared ones
        return NUMERIC_BYTES if getattr(value, "wl_type_name", "") == "numeric" \
            else CURRENCY_BYTES
    if isinstance(value, float):
        return 8
    if isinstance(value, WLDuration):  # a computed one (d2 - d1), a Variant's
        return DURATION_BYTES
    if isinstance(value, (bytes, bytearray)):
        return len(value)
    if isinstance(value, str):
        return len(value)
    raise WLRuntimeError(f"Dimension expects an array, a simple variable or a structure, "
                         f"not a value of type {type_name(value)}.")


def _element_bytes(elem: TypeSpec, what: str = "tiTotalSize") -> int:
    """The size in bytes of an element of a fixed size, as Dimension gives a variable of
    its type (runtime/declared_sizes.py): integers by their declared size, reals 8 (4
    for `real on 4 bytes`), booleans 1, currencies 10, numerics 16, Dates and Times 8,
    DateTimes 17, Durations 8, `string on N` N (an array of Dates or Durations was
    refused). Any other element (a plain string, an object...) has no size of its own
    here: a clear error."""
    size = declared_bytes(elem)
    if size is not None:
        return size
    raise WLRuntimeError(f"ArrayInfo: {what} needs elements of a fixed size in bytes "
                         f"(numbers, booleans, dates, times, durations), not "
                         f"{elem.describe()}.")
