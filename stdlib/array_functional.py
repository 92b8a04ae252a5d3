"""Map/Transforme and Filter/Filtre: a new array built from an array and a procedure (a
procedure name, a procedure variable or a lambda `x => expr`).

Both leave the source array untouched and return a new one-dimensional array, as
`Reduce` (stdlib/array_more.py) leaves its array untouched. The procedure gets the
element and, when it declares a second parameter, the element's subscript (1-based).
The French names are PC SOFT's (its list of French function names holds Transforme and
Filtre beside Agrège, Reduce's French name on its page ?1000024744); the English ones
follow Reduce's (INFERRED: no stored page), and the behaviour is UNVERIFIED
(docs/builtins.md, "Array map and filter"). Earlier wlinterp names (ArrayMap, TableauMap,
ArrayFilter, TableauFiltre) appear in no list or page of PC SOFT's, so they are gone.
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import copy_value
from wlinterp.runtime.procrefs import WLProcRef, call_with, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import VARIANT, WLArray

from .arrays import array_arg

family = Family("Arrays (map and filter)")


def _source(rt: Runtime, arr: object, proc: object,
            fname: str) -> tuple[WLArray, WLProcRef]:
    """The one-dimensional array and the procedure a map or filter works with."""
    a = array_arg(arr, fname)
    if len(a.dims) > 1:
        raise WLRuntimeError(f"{fname} only works on one-dimensional arrays.")
    return a, procedure_arg(rt, proc, fname)


@family.function("Map", "Transforme", container="an array")
def array_map(rt: Runtime, arr: object, procedure: ProcArg) -> WLArray:
    """A new array of the procedure's results, one per element, in order. The results
    may have another type than the elements (`x => "n" + x`), so the new array is an
    array of variants."""
    a, proc = _source(rt, arr, procedure, "Map")
    items = list(a.items)  # the procedure may change the source while we walk it
    return WLArray(VARIANT, [call_with(proc, v, i) for i, v in enumerate(items, 1)],
                   ctx=a.ctx)


@family.function("Filter", "Filtre", container="an array")
def array_filter(rt: Runtime, arr: object, procedure: ProcArg) -> WLArray:
    """A new array, of the source's element type, holding copies of the elements for
    which the procedure returns True."""
    a, proc = _source(rt, arr, procedure, "Filter")
    items = list(a.items)
    kept = [copy_value(v) for i, v in enumerate(items, 1)
            if V.to_bool(call_with(proc, v, i))]
    return WLArray(a.elem, kept, ctx=a.ctx)
