"""More array functions: ArrayReverse/TableauInverse, ArrayShuffle/TableauMélange, the rows of
two-dimensional arrays (ArrayAddLine/TableauAjouteLigne, ArrayInsertLine, ArrayDeleteLine),
ArrayAddSorted/TableauAjouteTrié,
ArrayDeleteDuplicate/TableauSupprimeDoublon, ArrayCopy/TableauCopie, ArraySwapLine/
TableauEchangeLigne, ArrayMove/TableauDéplace, and the aggregates Sum/Somme and
Mean/Moyenne (the Stat* family is stdlib/statistics.py).

Functions that change an array change it in place, as the other Array functions do.
The aggregates take an array or a list of values (`Sum(1, 2, 3)`); an empty array sums
to 0 and has no mean (a fatal error, as a division by zero).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.comparisons import w_eq, w_lt
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.kinds import K_DURATION
from wlinterp.runtime.state import Runtime

from .array_args import (array_arg, fixed_array_refusal, fixed_check, one_dim_row_refusal,
                         resizable_array)
from .strings import int_arg

family = Family("Arrays (more)")


def _flat(arr: object, fname: str) -> list[object]:
    """The elements of a one-dimensional array."""
    a = array_arg(arr, fname)
    if len(a.dims) > 1:
        raise WLRuntimeError(f"{fname} only works on one-dimensional arrays.")
    return a.items


@family.function("ArrayReverse", "TableauInverse")
def array_reverse(rt: Runtime, arr: object) -> None:
    """Reverse the order of the elements."""
    _flat(arr, "ArrayReverse").reverse()


@family.function("Reverse", "Inverse")
def reverse(rt: Runtime, value: object) -> Any:
    """The help's `<Array>.Reverse` / `<String>.Reverse` called as a function, as Add/
    Ajoute is ArrayAdd's (INFERRED, docs/builtins.md "Prefix names called as functions"):
    an array is reversed in place, a string's reverse is returned."""
    if isinstance(value, (WLArray, WLAssoc)):
        return array_reverse(rt, value)
    from .string_more import string_reverse
    return string_reverse(rt, value)


@family.function("ArrayShuffle", "TableauMélange")
def array_shuffle(rt: Runtime, arr: object) -> None:
    """Put the elements in a random order (InitRandom makes it repeatable)."""
    items = _flat(arr, "ArrayShuffle")
    from .numbers import _rng
    _rng(rt).shuffle(items)


@family.function("ArrayDeleteDuplicate", "TableauSupprimeDoublon",
                 declared_check=fixed_check("ArrayDeleteDuplicate"))
def array_delete_duplicate(rt: Runtime, arr: object) -> int:
    """Remove the elements equal (WLanguage `=`) to an earlier one, keeping the first of
    each; returns the number of elements removed."""
    a = resizable_array(arr, "ArrayDeleteDuplicate")
    items = _flat(arr, "ArrayDeleteDuplicate")
    kept: list[object] = []
    for value in items:
        if not any(w_eq(value, k) for k in kept):
            kept.append(value)
    removed = len(items) - len(kept)
    items[:] = kept
    if a.dims:
        a.dims = (len(kept),)
    return removed


@family.function("ArrayCopy", "TableauCopie")
def array_copy(rt: Runtime, source: object, destination: object = None) -> object:
    """A copy of the array (its elements copied too); given a destination array, the
    destination's elements are replaced by copies of the source's. A fixed destination
    takes only a source of its own dimensions (a dynamic source: its count) and keeps
    them: its size "cannot be modified" (?1514025); ArrayCopy resized it in silence."""
    src = array_arg(source, "ArrayCopy")
    if destination is None:
        return src.copy()
    dst = array_arg(destination, "ArrayCopy")
    if dst.fixed and dst.dims != (src.dims or (len(src.items),)):
        raise WLRuntimeError(fixed_array_refusal("ArrayCopy"))
    dst.items[:] = src.copy().items  # (as the copy above: dynamic objects shared)
    if not dst.fixed:
        dst.dims = src.dims
    return None


def _index(items: list[object], i: object, fname: str) -> int:
    k = int_arg(i, fname)
    if not 1 <= k <= len(items):
        raise WLRuntimeError(f"{fname}: index {k} is outside the array (1 to {len(items)}).")
    return k - 1


@family.function("ArraySwapLine", "TableauEchangeLigne", "SwapLine", "EchangeLigne")
def array_swap_line(rt: Runtime, arr: object, first: object, second: object) -> None:
    """Exchange two elements."""
    items = _flat(arr, "ArraySwapLine")
    i, j = _index(items, first, "ArraySwapLine"), _index(items, second, "ArraySwapLine")
    items[i], items[j] = items[j], items[i]


SWAP_OPTION = -2147483648
"""ArrayMove's and ArrayMoveLine's fourth parameter that exchanges the two elements instead
of moving one (WINDEV Mobile's runtime, `api/WDAPITableau.java`: TableauDéplace and
TableauDéplaceLigne given Integer.MIN_VALUE call the array's exchange, as
TableauEchangeLigne does, and move for any other value, 0 by default); the constant's name
is not known (docs/builtins.md "Constant values")."""


@family.function("ArrayMove", "TableauDéplace", "Move", "Déplace")
def array_move(rt: Runtime, arr: object, origin: object, target: object,
               option: object = 0) -> None:
    """Move the element at `origin` so that it ends up at index `target` (exchange the two
    with SWAP_OPTION)."""
    items = _flat(arr, "ArrayMove")
    i, j = _index(items, origin, "ArrayMove"), _index(items, target, "ArrayMove")
    if int_arg(option, "ArrayMove") == SWAP_OPTION:
        items[i], items[j] = items[j], items[i]
    else:
        items.insert(j, items.pop(i))


# -- aggregates -----------------------------------------------------------------------
def _values(fname: str, values: tuple[object, ...]) -> list[Any]:
    """The values to aggregate: the elements of one array (or associative array), or
    the values given."""
    if len(values) == 1 and isinstance(values[0], WLAssoc):
        return list(values[0].data.values())
    if len(values) == 1 and hasattr(values[0], "items") and hasattr(values[0], "dims"):
        return list(array_arg(values[0], fname).items)
    return list(values)


def _numbers(fname: str, values: tuple[object, ...]) -> list[Any]:
    """The numbers to aggregate (_values, each as a number)."""
    return [V.to_num(v) for v in _values(fname, values)]


def _durations(fname: str, values: tuple[object, ...]) -> list[WLDuration] | None:
    """The Durations to aggregate when every value is one (an array of Durations, or
    Durations given: Sum and Mean give a Duration, as `du1 + du2` does; decided,
    docs/semantics.md "Durations sorted, summed, compared with a text"), else None. An
    empty array declared of Durations gives none."""
    items = _values(fname, values)
    if items and all(type(v) is WLDuration for v in items):
        return items
    arr = values[0] if len(values) == 1 else None
    elem = getattr(arr, "elem", None)
    if not items and elem is not None and elem.kind == K_DURATION:
        return []
    return None


def _total(nums: list[Any]) -> Any:
    """Exact when any value is a Decimal (numeric/currency), else int or float."""
    if any(isinstance(n, Decimal) for n in nums):
        return sum((n if isinstance(n, Decimal) else Decimal(str(n)) for n in nums),
                   Decimal(0))
    return sum(nums)


def _integral(x: float) -> int | float:
    """A real that is a whole number prints as one (Mean(2, 4) is 3), as Abs and Max do."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _mean(fname: str, nums: list[Any]) -> Any:
    if not nums:
        raise WLRuntimeError(f"{fname}: no value, so no mean.")
    total = _total(nums)
    return total / len(nums) if isinstance(total, Decimal) else _integral(total / len(nums))


@family.function("Sum", "Somme")
def sum_(rt: Runtime, *values: object) -> Any:
    """The sum of an array's elements or of the values given; of Durations, a Duration
    (it was their milliseconds)."""
    durations = _durations("Sum", values)
    if durations is not None:
        return WLDuration(sum(d.ms for d in durations))
    items = _values("Sum", values)  # (a numeric among them: a numeric, as `+` gives)
    return V.numeric_kept(_total([V.to_num(v) for v in items]), _numeric_among(items))


@family.function("Mean", "Moyenne")
def mean(rt: Runtime, *values: object) -> Any:
    """The arithmetic mean of an array's elements or of the values given; of Durations,
    a Duration (to the millisecond)."""
    durations = _durations("Mean", values)
    if durations:
        return WLDuration(round(sum(d.ms for d in durations) / len(durations)))
    items = _values("Mean", values)
    return V.numeric_kept(_mean("Mean", [V.to_num(v) for v in items]), _numeric_among(items))


def _numeric_among(items: list[object]) -> object:
    """The first numeric among Sum's or Mean's values (None if none is one): their result
    is then a numeric, as `+` of a numeric gives (values.py numeric_kept)."""
    return next((v for v in items if type(v) is V.NumericHeld), None)


@family.function("Reduce", "Agrège")
def reduce_(rt: Runtime, arr: object, operation: ProcArg, initial: object = 0) -> Any:
    """Fold an array with a procedure (help page ?1000024744, English "Reduce", French
    "Agrège" on doc.pcsoft.fr): the
    procedure gets (first element, initial value), then (next element, previous
    result) for each further element; the last result is returned (the initial value
    for an empty array)."""
    from wlinterp.runtime.procrefs import procedure_arg
    proc = procedure_arg(rt, operation, "Reduce")
    acc = initial
    for value in _flat(arr, "Reduce"):
        acc = proc(value, acc)
    return acc


# -- rows of two-dimensional arrays, sorted insertion ------------------------------------
def _two_dim(arr: object, fname: str) -> Any:
    a = resizable_array(arr, fname)  # (each caller adds or removes a row)
    if len(a.dims) != 2:
        raise WLRuntimeError(f"{fname} works on a two-dimensional array.")
    return a


def _insert_row(a: Any, row: int, values: tuple[object, ...], fname: str) -> int:
    """Insert a row before `row` (rows + 1 appends), filled with `values` then with the
    element type's default value."""
    from wlinterp.runtime.types import coerce, default_value
    rows, cols = a.dims
    if not 1 <= row <= rows + 1:
        raise WLRuntimeError(f"{fname}: row {row} is outside the array (1 to {rows + 1}).")
    if len(values) > cols:
        raise WLRuntimeError(f"{fname}: {len(values)} values for {cols} columns.")
    cells = [coerce(v, a.elem, a.ctx) for v in values]
    cells += [default_value(a.elem, a.ctx) for _ in range(cols - len(cells))]
    at = (row - 1) * cols
    a.items[at:at] = cells
    a.dims = (rows + 1, cols)
    return row


@family.function("ArrayAddLine", "TableauAjouteLigne",
                 declared_check=fixed_check("ArrayAddLine", grows=True, most=2))
def array_add_line(rt: Runtime, arr: object, *values: object) -> int:
    """Add a row at the end of a two-dimensional array, filled with `values` (missing
    cells get the element type's default); returns the new row's index. A one-dimensional
    array gets one element, as with ArrayAdd: PC SOFT's own code calls it so
    (docs/semantics.md "ArrayAddLine on one dimension")."""
    if not isinstance(arr, WLAssoc) and len(resizable_array(arr, "ArrayAddLine").dims) < 2:
        if len(values) > 1:
            raise WLRuntimeError(one_dim_row_refusal(len(values)))
        from .arrays import array_add
        return array_add(rt, arr, *values)
    a = _two_dim(arr, "ArrayAddLine")
    return _insert_row(a, a.dims[0] + 1, values, "ArrayAddLine")


@family.function("ArrayInsertLine", "TableauInsèreLigne",
                 declared_check=fixed_check("ArrayInsertLine"))
def array_insert_line(rt: Runtime, arr: object, row: object, *values: object) -> int:
    """Insert a row before row `row` of a two-dimensional array (see ArrayAddLine)."""
    a = _two_dim(arr, "ArrayInsertLine")
    return _insert_row(a, int_arg(row, "ArrayInsertLine"), values, "ArrayInsertLine")


@family.function("ArrayDeleteLine", "TableauSupprimeLigne",
                 declared_check=fixed_check("ArrayDeleteLine"))
def array_delete_line(rt: Runtime, arr: object, row: object) -> None:
    """Remove row `row` of a two-dimensional array. A one-dimensional or associative
    array loses its element `row` (its key), as with ArrayDelete: PC SOFT's own code calls
    it so (docs/semantics.md "ArrayDeleteLine on one dimension")."""
    from .arrays import array_delete
    if isinstance(arr, WLAssoc) or len(resizable_array(arr, "ArrayDeleteLine").dims) < 2:
        array_delete(rt, arr, row)
        return
    a = _two_dim(arr, "ArrayDeleteLine")
    rows, cols = a.dims
    r = int_arg(row, "ArrayDeleteLine")
    if not 1 <= r <= rows:
        raise WLRuntimeError(f"ArrayDeleteLine: row {r} is outside the array (1 to {rows}).")
    del a.items[(r - 1) * cols:r * cols]
    a.dims = (rows - 1, cols)


@family.function("ArrayAddSorted", "TableauAjouteTrié",
                 declared_check=fixed_check("ArrayAddSorted", grows=True))
def array_add_sorted(rt: Runtime, arr: object, value: object) -> int:
    """Insert `value` into a one-dimensional array sorted in ascending order, after the
    elements equal to it; returns its index."""
    from wlinterp.runtime.types import coerce
    items = _flat(arr, "ArrayAddSorted")
    a = resizable_array(arr, "ArrayAddSorted")
    v = coerce(value, a.elem, a.ctx)
    at = next((i for i, x in enumerate(items) if w_lt(v, x)), len(items))
    items.insert(at, v)
    if a.dims:
        a.dims = (len(items),)
    return at + 1
