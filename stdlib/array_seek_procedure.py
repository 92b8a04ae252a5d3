"""ArraySeekByProcedure/TableauChercheParProcédure and `<Array>.SeekByProcedure`: find an
element of a one-dimensional array with a comparison procedure of the program's.

Help page ?1000024303 (read in French, "<Tableau>.ChercheParProcédure"): the procedure
gets an element and the sought values (any number of them), and returns 0 when the
element is the one sought, as StringCompare does; the search modes are the ArraySeek
ones (asLinear..., asBinary); the result is the element's subscript. Decided where the
page's excerpt says nothing (docs/builtins.md, "ArraySeekByProcedure"): -1 when nothing
matches, as ArraySeek; a start subscript of 0 or less means "from the start" (the page's
example passes 0 with asLinear); asBinary halves the range by the sign of the result,
a negative result meaning the element sorts before the sought value. A linear search's
answer is the array's last match, as ArraySeek's (WINDEV Mobile's runtime stores both in
one field): ArraySeek with asLinearNext and no start goes on after it.
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import WLProcRef, call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from .arrays import (AS_BINARY, AS_LINEAR_FIRST, AS_LINEAR_LAST, AS_LINEAR_NEXT,
                     AS_LINEAR_PREVIOUS, array_arg, seek_found)
from .strings import int_arg

family = Family("Arrays (seek by procedure)")
_NAME = "ArraySeekByProcedure"


def _compare(proc: WLProcRef, item: object, sought: tuple[object, ...]) -> int:
    """The procedure's verdict on one element as a number (0: found)."""
    result = call_with(proc, item, *sought)
    number = V.to_num(result)
    return 0 if number == 0 else (-1 if number < 0 else 1)


def _binary(proc: WLProcRef, items: list[object], sought: tuple[object, ...]) -> int:
    """Subscript found by halving a sorted array, -1 when the value is not there."""
    low, high = 0, len(items) - 1
    while low <= high:
        middle = (low + high) // 2
        verdict = _compare(proc, items[middle], sought)
        if verdict == 0:
            return middle + 1
        if verdict < 0:
            low = middle + 1
        else:
            high = middle - 1
    return -1


@family.function(_NAME, "TableauChercheParProcédure", "SeekByProcedure",
                 "ChercheParProcédure")
def array_seek_by_procedure(rt: Runtime, arr: object, procedure: ProcArg, mode: object,
                            start: object = 0, *sought: object) -> int:
    """Subscript of the element the comparison procedure accepts, -1 when none does."""
    a = array_arg(arr, _NAME)
    if len(a.dims) > 1:
        raise WLRuntimeError(f"{_NAME} only works on one-dimensional arrays.")
    proc = procedure_arg(rt, procedure, _NAME)
    m = int_arg(mode, _NAME)
    items = list(a.items)
    if m == AS_BINARY:
        return _binary(proc, items, sought)
    first = int_arg(start, _NAME) if start is not None else 0
    return seek_found(a, _linear(proc, items, sought, m, first))


def _linear(proc: WLProcRef, items: list[object], sought: tuple[object, ...], mode: int,
            first: int) -> int:
    """Subscript found by a linear walk in `mode` from `first` (0: the whole array)."""
    if mode in (AS_LINEAR_FIRST, AS_LINEAR_NEXT):
        begin = max(first + 1, 1) if mode == AS_LINEAR_NEXT else max(first, 1)
        for i in range(begin, len(items) + 1):
            if _compare(proc, items[i - 1], sought) == 0:
                return i
        return -1
    if mode in (AS_LINEAR_LAST, AS_LINEAR_PREVIOUS):
        end = len(items)
        if mode == AS_LINEAR_PREVIOUS and first > 0:
            end = min(first - 1, len(items))
        for i in range(end, 0, -1):
            if _compare(proc, items[i - 1], sought) == 0:
                return i
        return -1
    raise WLRuntimeError(f"{_NAME}: unknown search mode {mode}.")
