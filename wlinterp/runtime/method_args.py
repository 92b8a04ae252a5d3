"""Calls of methods: `obj.M(args)` found by dispatch (`call_method`: the method of obj's
class, else a built-in taking obj first), and the parameters methods give back, as
procedures do (docs/semantics.md §4: parameters are passed by reference unless LOCAL).

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

__all__ = ["method_entry", "call_method", "call_method_back", "call_class_method_back",
           "call_variant_method", "call_variant_method_back"]

from typing import Any, Callable

from ..errors import NullObjectError, WLRuntimeError
from ..syntax.names import fold as _fold
from . import values as V
from .containers import WLStruct
from .durations import WLDuration
from .name_language import call_in_french
from .object_lifetime import FreedValues
from .objects import call_class_method, _method
from .procrefs import WLProcRef, call_ref

_NOTHING: dict[int, Any] = {}  # no parameter given back (never changed)
# `du.ToString()` / `du.VersChaîne()` with no mask: the Duration's own text, as Trace and a
# string store show it; with one it is DurationToString, whose mask is required (?3027007)
_TO_STRING = frozenset({"tostring", "verschaine"})


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
        if type(obj.values) is FreedValues:
            obj.values.refuse()
        for cls in obj.sdef.lineage():
            method = rt.typectx.methods.get((cls, name))
            if method is not None:
                return _run(method, obj, args)
    return call_method(rt, obj, name, *args), _NOTHING  # a value's method: nothing back


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


def call_variant_method(rt: Any, obj: Any, name: str, *args: Any) -> Any:
    """`v.M(args)` on a place declared Variant: on an empty variant (never assigned, given
    Null) the built-in M with the variant first, as the function form `M(v, args)` gives
    (`v.Length()` is 0 as `Length(v)` is; docs/semantics.md "Methods on an empty
    variant"); otherwise `call_method`. A name no built-in has stays the Null error."""
    if obj is None:
        builtin = _null_builtin(name)
        if builtin is not None:
            return _call_builtin(rt, builtin, obj, name, args)
    return call_method(rt, obj, name, *args)


def call_variant_method_back(rt: Any, obj: Any, name: str,
                             *args: Any) -> tuple[Any, dict[int, Any]]:
    """`call_variant_method` where an argument is a place (a method of that name assigns
    its parameters): a built-in gives nothing back."""
    if obj is None and _null_builtin(name) is not None:
        return call_variant_method(rt, obj, name, *args), _NOTHING
    return call_method_back(rt, obj, name, *args)


def _null_builtin(name: str) -> Any:
    """The built-in `M(v, ...)` names for a Null `v`: the function of that very name
    first (the function form), else the one a text's method names (`v.Format()`)."""
    from ..registry import load_stdlib
    from .value_methods import value_method
    bare = load_stdlib().functions.get(_fold(name))
    if bare is not None and bare.max_args == 0:  # (v.ToDay(): Today takes no value, so
        bare = None  # the method is DateToDay's, as on a Date: it said "Today expects 0")
    return bare or value_method(None, name)


def call_method(rt: Any, obj: Any, name: str, *args: Any) -> Any:
    """`obj.Method(args)`: the method of obj's class, else the built-in of that name with
    obj as first argument (`tab.Add(x)`). Any method of an object freed by `delete`
    stops with the error its member reads give, before it runs (docs/semantics.md
    "Destructors and dynamic objects"), also one that reads no member."""
    if isinstance(obj, WLStruct):
        if type(obj.values) is FreedValues:
            obj.values.refuse()
        for cls in obj.sdef.lineage():  # the class's own method, else an ancestor's
            method = rt.typectx.methods.get((cls, name))
            if method is not None:
                try:
                    return method(obj, *args)
                except TypeError as exc:  # the call itself, not the method's code, failed:
                    if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
                        raise WLRuntimeError(f"The method {name} of the class "
                                             f"{obj.sdef.name} does not take {len(args)} "
                                             f"parameter(s).") from None
                    raise  # (a variant holding the object: the count is known only now)
        held = obj.values.get(name)
        if isinstance(held, WLProcRef):  # (or several: WLProcChain)
            return call_ref(held, name, *args)  # `st.pcStep()`: a member holding one
    if obj is None:  # (no built-in method either: null_objects.py names the object)
        raise NullObjectError(name, call=True)
    special = getattr(obj, "wl_method", None)
    if special is not None:  # a value whose methods all fail the same way (automation)
        return special(name)
    own = getattr(obj, "wl_own_method", None)  # a type's methods of its own (DiskFile.Open)
    if own is not None and (method := own(rt, name)) is not None:
        return method(*args)
    if not args and name in _TO_STRING and isinstance(obj, WLDuration):
        return obj.wl_text()  # du.ToString() without a mask (docs/semantics.md Duration)
    from .value_methods import value_method
    builtin = value_method(obj, name)
    if builtin is None:
        from ..windev_catalog import unavailable
        known = unavailable(name)
        if known is not None:
            raise WLRuntimeError(known.message())
        if isinstance(obj, WLStruct) and obj.sdef.is_class:  # (as call_class_method says)
            raise WLRuntimeError(f"The class {obj.sdef.name} has no method '{name}'.")
        from ..semantics.other_names import instead  # t.Find(v): what WLanguage writes
        other = instead(name)
        raise WLRuntimeError(f"Unknown method '{name}' for a value of type {V.type_name(obj)}"
                             + (f"; {other}." if other else "."))
    return _call_builtin(rt, builtin, obj, name, args)


def _call_builtin(rt: Any, builtin: Any, obj: Any, name: str, args: tuple[Any, ...]) -> Any:
    """The built-in a method stands for, run with the value first, its count checked."""
    given = len(args) + 1  # the value counts as the built-in's first parameter
    if given < builtin.min_args or (builtin.max_args is not None and given > builtin.max_args):
        raise WLRuntimeError(_method_arity_message(builtin, name, given))
    if getattr(builtin.func, "wl_names", False) and _named_in_french(builtin, _fold(name)):
        return call_in_french(rt, builtin.call, obj, *args)  # d.VersJourEnLettre(): "samedi"
    return builtin.call(rt, obj, *args)


def _method_arity_message(builtin: Any, name: str, given: int) -> str:
    """`s.Format()`: the built-in the method stands for, and its count with the value."""
    from .value_methods import method_count_message, method_spelled
    return method_count_message(method_spelled(builtin, _fold(name)), builtin, given) + "."


def _named_in_french(builtin: Any, key: str) -> bool:
    """`d.VersJourEnLettre()`: the method's name (folded) is the end of the built-in's
    French name and not of its English one, so a day or month name comes in French, as
    when the function is called by its French name (docs/builtins.md, "Day and month
    names follow the name the script calls")."""
    fr, en = _fold(builtin.fr), _fold(builtin.en)
    return fr != en and fr.endswith(key) and not en.endswith(key)
