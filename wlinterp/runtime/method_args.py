"""Methods give back the parameters they assign, as procedures do (docs/semantics.md §4:
parameters are passed by reference unless LOCAL).

A method is called by dispatch, so the call site does not know which method runs, nor
which of its parameters that method assigns. A method that assigns parameters is compiled
like such a procedure (it returns `(result, *assigned parameters)`); what the class table
holds for it is `method_entry`'s wrapper, which returns the result alone, so every caller
that passes no place (constructors, accessors, calls with values only) is unchanged. A
call that passes variables, members or elements goes through `call_method_back` /
`call_class_method_back`, which run the method found and say which argument positions
came back with which value.
"""
from __future__ import annotations

__all__ = ["method_entry", "call_method_back", "call_class_method_back"]

from typing import Any, Callable

from .containers import WLStruct
from .objects import call_class_method, _method

_NOTHING: dict[int, Any] = {}  # no parameter given back (never changed)


def method_entry(full: Callable[..., Any], writeback: list[int]) -> Callable[..., Any]:
    """What the class table holds for a method that assigns its parameters `writeback`
    (positions after the object): the result alone, with the full function attached."""
    def result_only(*args: Any) -> Any:
        return full(*args)[0]
    result_only.wl_full = full  # type: ignore[attr-defined]
    result_only.wl_writeback = writeback  # type: ignore[attr-defined]
    result_only.__name__ = getattr(full, "__name__", "method")
    return result_only


def _run(method: Any, obj: Any, args: tuple[Any, ...]) -> tuple[Any, dict[int, Any]]:
    full = getattr(method, "wl_full", None)
    if full is None:
        return method(obj, *args), _NOTHING
    out = full(obj, *args)
    return out[0], dict(zip(method.wl_writeback, out[1:]))


def call_method_back(rt: Any, obj: Any, name: str, *args: Any) -> tuple[Any, dict[int, Any]]:
    """`obj.M(a, b)` where a or b is a place: (result, {argument position: value back})."""
    if isinstance(obj, WLStruct):
        for cls in obj.sdef.lineage():
            method = rt.typectx.methods.get((cls, name))
            if method is not None:
                return _run(method, obj, args)
    from .helpers import call_method  # not a class's method: a value's, given nothing back
    return call_method(rt, obj, name, *args), _NOTHING


def call_class_method_back(rt: Any, obj: Any, cls: str, names: tuple[str, ...],
                           *args: Any) -> tuple[Any, dict[int, Any]]:
    """`Ancestor.M(a)`, `CClass::M(a)`: that class's method, parameters given back."""
    structs = rt.typectx.structs
    if cls in structs:
        for c in structs[cls].lineage():
            method = _method(rt.typectx, c, names)
            if method is not None:
                return _run(method, obj, args)
    return call_class_method(rt, obj, cls, names, *args), _NOTHING
