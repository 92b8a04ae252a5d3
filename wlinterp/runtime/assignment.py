"""Stores into typed variables that the compiler does not inline: integer, boolean and
variant fallbacks, `[...]` literals initialising arrays and structures, object and
by-reference assignment.
"""
from __future__ import annotations

from typing import Any

from ..errors import WLRuntimeError
from .kinds import K_ARRAY, K_ASSOC, K_OBJECT, K_STRUCT, K_VARIANT
from .types import (TypeContext, TypeSpec, WLArray, WLAssoc, WLStruct, coerce, object_converter,
                    too_many_values)
from . import values as V
from .access import _writable, set_index, set_member
from .array_literals import init_array
from .containers import designates
from .members import WLGrowingArray, WLMembers
from .stored_numbers import int_stored
from .objects import WLObject


def co_int32(v: Any) -> int:
    """Store into an `int`: truncate reals toward zero, wrap an integer at 32 bits, a
    real beyond the range is the overflow error (stored_numbers.int_stored)."""
    return int_stored(v, 32, False)


def co_bool(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip() not in ("", "0")
    return V.to_bool(v)


def co_any(v: Any) -> Any:
    """Store into a variant: arrays and structures are copied (value semantics); an
    object of a class is not: the variant refers to it (docs/semantics.md "A Variant
    refers to the object stored in it")."""
    if type(v) is WLStruct:
        return v if v.sdef.is_class else v.copy()
    if type(v) is WLArray or type(v) is WLAssoc \
            or type(v) is WLMembers or type(v) is WLGrowingArray:
        return v.copy()
    return v


def init_struct(st: WLStruct, items: list[Any], ctx: TypeContext) -> WLStruct:
    """`p is Point = [1, 2]`: members initialised in declaration order."""
    members = st.sdef.members
    if len(items) > len(members):
        raise WLRuntimeError(too_many_values(len(items), st.sdef.name, len(members),
                                             st.sdef.is_class) + ".")
    for (name, _, _), item in zip(members, items):
        st.wl_set(name, item, ctx)
    return st


def init_assoc(assoc: WLAssoc, items: list[Any]) -> WLAssoc:
    """`ta is associative array of int = [["one", 1], ["two", 2]]`: each series of
    the literal a key and its value, written in order (Multiple assignment of arrays
    ?1514031 lists associative arrays; the [key, value] form is INFERRED,
    docs/semantics.md)."""
    for item in items:
        if not isinstance(item, list) or len(item) != 2:
            raise WLRuntimeError("Each value given to an associative array in brackets "
                                 "is a series [key, value].")
        assoc.set(item[1], item[0])
    return assoc


def assign_value(value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """Store into a variable of array/structure/object type: convert, or initialise it
    from a `[...]` literal."""
    if isinstance(value, list):
        fresh = _fresh(spec, ctx)
        if isinstance(fresh, WLArray):
            return init_array(fresh, value)
        if isinstance(fresh, WLStruct):
            return init_struct(fresh, value, ctx)
        if isinstance(fresh, WLAssoc):
            return init_assoc(fresh, value)
    return coerce(value, spec, ctx)


def assign_object(old: Any, value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """`b = a` into an object variable b: when b holds an object with a destructor and a
    is an object of the same class, a's members are copied into b's object, which stays
    b's (so no destructor runs for it now, only when b itself goes); else the usual copy."""
    if type(old) is WLObject and not old.freed and type(value) is WLObject \
            and value.sdef is old.sdef and value is not old:
        old.values.update(value.copied_values())
        return old
    return assign_value(value, spec, ctx)


def array_reference(value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """`t2 = t1` into an array variable: t2 designates t1's array ("the destination
    array is a reference to the source array", Assignment operators ?1515003, VERIFIED;
    `<=` copies) when the array has the declared element type and as many dimensions;
    else (another element type, a `<growth>` declaration, a literal, another kind of
    value) the converted copy as before."""
    return value if designates(value, spec) else assign_value(value, spec, ctx)


def _fresh(spec: TypeSpec, ctx: TypeContext) -> Any:
    from .types import default_value
    return default_value(spec, ctx)


def same_object(value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """A by-reference array/structure parameter: the caller's object itself when it has
    the declared kind (so changes are seen by the caller), converted otherwise (Null
    given for an object of a class stays Null: types.coerce)."""
    if spec.kind == K_ARRAY and isinstance(value, WLArray):
        return value
    if spec.kind == K_ASSOC and isinstance(value, WLAssoc):
        return value
    if spec.kind == K_STRUCT and isinstance(value, WLStruct) and spec.name in value.sdef.lineage():
        return value
    if spec.kind == K_OBJECT and type(value) is WLArray:  # (a JSON array is a subclass)
        make = object_converter(spec, ctx)  # an array given for an xmlNode: the words the
        if make is not None:  # declaration store says (XMLExecuteXPath's result)
            return make(value)
    if spec.kind == K_OBJECT and not isinstance(value, (list, str, int, float, bool)):
        return value
    return assign_value(value, spec, ctx)


def object_or_null(value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """`d is CB dynamic <- c`, `d <- c`, `o.m <- c` with d (m) a dynamic object of a class:
    d designates c's object when it is a CB or derived from it, and is Null when it is
    an object of another class, so that real code's `IF d <> Null` picks the objects of
    one class out of an interface's or an ancestor's (docs/semantics.md, "`<-` into a
    dynamic object of another class"); anything else as same_object."""
    if spec.kind == K_STRUCT and spec.dynamic and type(value) is WLStruct \
            and value.sdef.is_class and spec.name not in value.sdef.lineage():
        target = ctx.structs.get(spec.name or "")
        if target is not None and target.is_class:
            return None
    return same_object(value, spec, ctx)


def set_member_ref(obj: Any, name: str, value: Any, ctx: TypeContext, shown: str = "",
                   outside: bool = False) -> None:
    """`obj.m <- x`: the member designates x's array, structure or object itself, as
    `v <- x` does for a variable (a copy would make a second object: `m_d is D("Bob")`
    in a class is built this way, member_inits.py, and its destructor must run once).
    `outside`: written outside the class, where a CONSTANT member is refused."""
    _designating(obj, name, value, ctx, shown, outside, object_or_null)


def set_member_array(obj: Any, name: str, value: Any, ctx: TypeContext, shown: str = "",
                     outside: bool = False) -> None:
    """`obj.m = t` where m is declared an array: m designates t's array, as `t2 = t1`
    does for a variable (array_reference: when of the declared type, else a copy)."""
    _designating(obj, name, value, ctx, shown, outside, array_reference)


def _designating(obj: Any, name: str, value: Any, ctx: TypeContext, shown: str,
                 outside: bool, keep: Any) -> None:
    """Store into a structure's member what `keep(value, member type, ctx)` gives (the
    value itself, or its converted copy); other objects: set_member."""
    if outside:
        _writable(obj, name, shown)
    if isinstance(obj, WLStruct):
        for m, _, t in obj.sdef.members:
            if m == name:
                obj.values[name] = keep(value, t, ctx)
                return
    set_member(obj, name, value, ctx, shown)


def set_index_array(obj: Any, value: Any, *idx: Any) -> None:
    """`tt[i] = t` into an array (or associative array) of arrays: the element designates
    t's array when of the element type (`set_designating`), else set_index."""
    if type(obj) is WLArray:
        obj.set_designating(value, *idx)
    elif type(obj) is WLAssoc and len(idx) == 1:
        obj.set_designating(value, idx[0])
    else:
        set_index(obj, value, *idx)


def set_index_ref(obj: Any, value: Any, *idx: Any) -> None:
    """`t[i] <- x`: the element designates x itself when x is a value of a library type
    (an httpRequest, an Email, an ftpConnection...), which `t[i] = x` stores as its copy,
    as `v <- x` and `o.m <- x` do (decided: docs/semantics.md "Assigning a value of a
    library type"; it was copied). Anything else is stored as `t[i] = x` stores it."""
    set_index(obj, value, *idx)
    if isinstance(value, (WLStruct, WLArray, WLAssoc)) or not hasattr(value, "copy"):
        return
    if type(obj) is WLArray and len(idx) == max(len(obj.dims), 1) \
            and type(obj.get(*idx)) is type(value):
        obj.set_same(value, *idx)
    elif type(obj) is WLAssoc and len(idx) == 1 and type(obj.get(idx[0])) is type(value) \
            and not (obj.opts and "d" in obj.opts.partition("=")[0]):
        obj.data[obj.key_of(idx[0])] = value  # (WithDuplicates: the copy stays)


def literal_to_value(v: Any, ctx: TypeContext) -> Any:
    """A bare literal list used as a value (passed to a procedure, traced...)."""
    if isinstance(v, list):
        return WLArray(TypeSpec(K_VARIANT), [literal_to_value(x, ctx) for x in v], (), ctx)
    return v
