"""VariableReset / VariableRAZ: a variable back to the value of a fresh declaration.

`VariableRAZ(stChamp)` is how WINDEV code empties a structure before filling it again.
The help page was not found; what follows is *decided* (docs/builtins.md,
"VariableReset"): a structure or object gets every member back to its declared initial
value (the constructor does not run again), in place, so other references to it see the
change; an array loses its elements (a fixed-size array keeps its size, elements back
to their default); an associative array, a stack or a queue is emptied; any other value
becomes Null, which the variable's own type turns into its empty value (0, "", False,
Null for a variant).
"""
from __future__ import annotations

from wlinterp.registry import Family, OutArg
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.members import WLGrowingArray, WLMembers
from wlinterp.runtime.object_lifetime import new_struct
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import default_value

family = Family("Variables")


@family.function("VariableReset", "VariableRAZ")
def variable_reset(rt: Runtime, variable: OutArg) -> tuple[None, object]:
    """Reset `variable` (an output parameter) to what a fresh declaration holds."""
    return None, _reset(rt, variable)


def _reset(rt: Runtime, value: object) -> object:
    """`value` emptied in place when it is a container, else Null (see the module)."""
    if isinstance(value, (WLMembers, WLGrowingArray)):
        return None  # a variant's sub-elements: the variant is empty again
    if isinstance(value, WLStruct):
        fresh = new_struct(value.sdef, rt.typectx)
        value.values.update(fresh.values)
        return value
    if isinstance(value, WLArray):
        if value.dims:
            value.items[:] = [default_value(value.elem, rt.typectx) for _ in value.items]
        else:
            value.items.clear()
        return value
    if isinstance(value, WLAssoc):
        value.data.clear()
        if value._index is not None:
            value._index.clear()
        return value
    if getattr(value, "wl_of", False):  # a stack, a queue
        value.clear()  # type: ignore[attr-defined]
        return value
    return None
