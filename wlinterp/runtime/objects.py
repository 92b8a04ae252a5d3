"""Class instances beyond plain structures: destructors, global (static) members,
property accessors and explicit calls to an ancestor's methods.

A class with a destructor (`PROCEDURE CClass::Destructeur()`) makes `WLObject`
instances. The destructor runs once: on `LIBÉRER obj` / `delete obj`, when the last
reference to the object goes away (CPython frees it at once), or at the end of the run
for objects still alive then (module-level variables), newest first.
"""
from __future__ import annotations

__all__ = ["WLObject", "free_object", "class_static_get", "class_static_set",
           "get_property", "set_property", "call_class_method", "has_destructor",
           "class_receiver", "construct_member"]

import sys
import weakref
from typing import Any

from ..errors import WLRuntimeError
from .containers import StructDef, WLStruct, copy_value

_DESTRUCTORS = ("destructeur", "destructor")
CONSTRUCTORS = ("constructeur", "constructor")
"""A constructor's method names (folded), as generated code asks `call_class_method` for
them: compared as a whole there, so the compiler imports this tuple."""


def _method(ctx: Any, cls: str, names: tuple[str, ...]) -> Any:
    for name in names:
        m = ctx.methods.get((cls, name))
        if m is not None:
            return m
    return None


def has_destructor(sdef: StructDef, ctx: Any) -> bool:
    return any(_method(ctx, cls, _DESTRUCTORS) for cls in sdef.lineage())


class WLObject(WLStruct):
    """An instance of a class that has a destructor."""

    __slots__ = ("ctx", "freed", "__weakref__")

    def __init__(self, sdef: StructDef, vals: dict[str, object], ctx: Any = None) -> None:
        super().__init__(sdef, vals)
        self.ctx = ctx
        self.freed = False
        if ctx is not None:
            _track(self, ctx)

    def copy(self) -> "WLObject":
        return WLObject(self.sdef, {k: copy_value(v) for k, v in self.values.items()}, self.ctx)

    def destroy(self) -> None:
        """Run the destructors once, the class's own first, then its ancestors'."""
        if self.freed or self.ctx is None:
            return
        self.freed = True
        for cls in self.sdef.lineage():
            method = _method(self.ctx, cls, _DESTRUCTORS)
            if method is not None:
                method(self)

    def __del__(self) -> None:
        # an object whose __init__ was cut short (a --timeout or Ctrl-C arriving between
        # its lines) has no `freed`: its constructor never ran, so no destructor is due
        if getattr(self, "freed", True):
            return
        try:
            self.destroy()
        except Exception as exc:  # nothing may propagate out of __del__: report it
            sys.stderr.write(_destructor_report(self, exc) + "\n")


def _destructor_report(obj: WLObject, exc: Exception) -> str:
    """A destructor's error where nothing may propagate (the last reference went away):
    shown as any error is, at the destructor's line in its file, with the line and a
    caret (it was "error in the destructor of C: ..." with no place)."""
    from ..run_errors import CATCHABLE, as_wl_exception
    from ..errors import format_error
    where = f"in the destructor of {obj.sdef.name}"
    if not isinstance(exc, CATCHABLE):
        return f"error {where}: {exc}"
    err = as_wl_exception(exc)
    method = next((m for cls in obj.sdef.lineage()
                   if (m := _method(obj.ctx, cls, _DESTRUCTORS)) is not None), None)
    rt = getattr(method, "__globals__", {}).get("_rt")
    relocate = rt.options.get("relocate") if rt is not None else None
    if relocate is not None:  # a project's run: at the original file's line
        err = relocate(err)
    err.message = f"{err.message.rstrip('.')} ({where})."
    return format_error(err)


def _track(obj: WLObject, ctx: Any) -> None:
    """Remember live objects; at the end of the run, destroy those still alive."""
    live: list[weakref.ref] | None = ctx.__dict__.get("wl_live_objects")
    if live is None:
        live = ctx.__dict__["wl_live_objects"] = []
        method = next((m for cls in obj.sdef.lineage()
                       if (m := _method(ctx, cls, _DESTRUCTORS)) is not None), None)
        rt = getattr(method, "__globals__", {}).get("_rt")
        if rt is not None:
            rt.at_exit(lambda: _destroy_all(live, rt.filename))
    live.append(weakref.ref(obj))


def _destroy_all(live: list[weakref.ref], filename: str = "<string>") -> None:
    """The destructors of the objects still alive when the run ends; one that recurses
    without end is the WLanguage stack overflow, as in the main code (not an internal
    error when the main code failed first). A destructor's error is placed at its line
    as the main code's are (it was `<string>: error: ...`, no line, no caret)."""
    from ..run_errors import CATCHABLE, as_wl_exception, stopped_error
    while live:
        obj = live.pop()()
        if obj is not None and not obj.freed:
            try:
                obj.destroy()
            except RecursionError as exc:  # placed at the deepest line of the recursion
                raise stopped_error("Stack overflow: too many nested procedure calls (in the "
                                    f"destructor of {obj.sdef.name}).", exc.__traceback__,
                                    filename) from None
            except CATCHABLE as exc:
                raise as_wl_exception(exc) from None


def free_object(value: Any) -> None:
    """`LIBÉRER obj`: the destructor runs now (Null and plain values: nothing to do)."""
    if isinstance(value, WLObject):
        value.destroy()


def _static_owner(ctx: Any, cls: str, name: str) -> StructDef:
    sdef = ctx.structs.get(cls)
    if sdef is None:
        raise WLRuntimeError(f"Unknown class '{cls}'.")
    current: StructDef | None = sdef
    while current is not None:
        if name in current.statics:
            return current
        current = current.base
    raise WLRuntimeError(f"'{name}' is not a global member of the class {sdef.name}.")


def class_static_get(ctx: Any, cls: str, name: str) -> Any:
    """`CClass::member`: a global (static) member, shared by all instances."""
    owner = _static_owner(ctx, cls, name)
    key = (owner.name, name)
    values = ctx.static_values
    if key not in values:  # given its value on first use, in each run
        from .types import coerce, default_value
        from .instances import new_instance
        spec = owner.statics[name][0]
        values[key] = (coerce(owner.inits[name], spec, ctx) if name in owner.inits
                       else new_instance(spec, ctx, *owner.static_args[name])
                       if name in owner.static_args else default_value(spec, ctx))
    return values[key]


def class_static_set(ctx: Any, cls: str, name: str, value: Any) -> None:
    owner = _static_owner(ctx, cls, name)
    from .types import coerce
    ctx.static_values[(owner.name, name)] = coerce(value, owner.statics[name][0], ctx)


def _accessor(rt: Any, obj: WLStruct, name: str, kind: str, shown: str) -> Any:
    """The property `name`'s `<get>` or `<set>` (`kind`) of the object's class or of its
    nearest ancestor that has one; None when there is none (the member is used), an error
    when the property has only the other one and no member has its name (?6010011)."""
    methods = rt.typectx.methods
    lineage = obj.sdef.lineage()
    for cls in lineage:
        found = methods.get((cls, name + "#" + kind))
        if found is not None:
            return found
    other = "#set" if kind == "get" else "#get"
    if name not in obj.values and any((c, name + other) in methods for c in lineage):
        how = "write-only" if kind == "get" else "read-only"
        raise WLRuntimeError(f"The property {shown or name} of {obj.sdef.name} is {how} "
                             f"(it has no <{kind}> procedure).")
    return None


def not_null(variable: str, member: str, obj: Any) -> Any:
    """The object of a variable or member declared a dynamic object, about to be used
    (`o.m_x`, `o.m_x = v`, `o.M()`, `o.m_child.x`): Null stops the run with an error
    naming the variable or the path (`o.m_child`), where the member's own error only
    said "A value of type Null has no member 'm_x'". (The names come first: the caret
    finds them in the generated code, error_column.py.)"""
    if obj is None:
        raise WLRuntimeError(f"{variable} is Null: no object to use '{member}' on (a "
                             f"dynamic object is Null until new or an assignment gives "
                             f"it one).")
    return obj


def get_property(rt: Any, obj: Any, name: str, shown: str = "") -> Any:
    """`obj.X` where some class has a property X: its `<get>` procedure, else the member."""
    if isinstance(obj, WLStruct):
        getter = _accessor(rt, obj, name, "get", shown)
        if getter is not None:
            return getter(obj)
    from .access import get_member
    return get_member(obj, name)


def set_property(rt: Any, obj: Any, name: str, value: Any, shown: str = "") -> None:
    """`obj.X = v` where some class has a property X: its `<set>` procedure, else the
    member."""
    if isinstance(obj, WLStruct):
        setter = _accessor(rt, obj, name, "set", shown)
        if setter is not None:
            setter(obj, value)
            return
    from .access import set_member
    set_member(obj, name, value, rt.typectx, shown)


def class_receiver(rt: Any, cls: str) -> WLStruct:
    """The object a method called on its class (`Logger.Log(...)`) runs on: one per class,
    without members of its own (a GLOBAL method reads the class's global members; the
    other members are absent, as WINDEV refuses them there)."""
    cache: dict[str, WLStruct] = rt.typectx.__dict__.setdefault("wl_class_receivers", {})
    obj = cache.get(cls)
    if obj is None:
        if cls not in rt.typectx.structs:
            raise WLRuntimeError(f"Unknown class '{cls}'.")
        sdef = rt.typectx.structs[cls]
        obj = cache[cls] = WLStruct(sdef, _NoMembers(sdef.name))
    return obj


def class_method_ref(rt: Any, cls: str, key: str, shown: str, obj: Any = None) -> Any:
    """`ThreadExecute("t", threadNormal, CClass::M)`: the method M of that class (or of an
    ancestor), passed as a procedure is, run on the class's receiver when called, or on
    `obj` (`CList::Cmp` in a method of CList's lineage: the current object)."""
    from functools import partial
    from .procrefs import WLProcRef
    for c in rt.typectx.structs[cls].lineage() if cls in rt.typectx.structs else ():
        method = _method(rt.typectx, c, (key,))
        if method is not None:
            on = class_receiver(rt, cls) if obj is None else obj
            return WLProcRef(shown, partial(method, on), False)
    raise WLRuntimeError(f"'{shown}' names no method of a class: it cannot be passed as "
                         f"a procedure.")


class _NoMembers(dict[str, Any]):
    """The members of a class receiver: none; reading one says why."""

    def __init__(self, cls: str) -> None:
        super().__init__()
        self.cls = cls

    def __missing__(self, key: str) -> Any:
        raise WLRuntimeError(f"'{key}' is not a global member of {self.cls}: a method called "
                             f"on the class itself (not on an object) reads only the class's "
                             f"global members.")


def call_class_method(rt: Any, obj: Any, cls: str, names: tuple[str, ...], *args: Any) -> Any:
    """`Constructeur CBase(args)`, `Ancêtre.M()`: the method of that very class (and not
    the redefinition of obj's class)."""
    if cls not in rt.typectx.structs:
        raise WLRuntimeError(f"Unknown class '{cls}'.")
    for c in rt.typectx.structs[cls].lineage():
        method = _method(rt.typectx, c, names)
        if method is not None:
            return method(obj, *args)
    if names == CONSTRUCTORS:
        return None  # a class without a constructor: nothing to run
    raise WLRuntimeError(f"The class {rt.typectx.structs[cls].name} has no method "
                         f"'{names[0]}'.")


def construct_member(rt: Any, obj: WLStruct, key: str, *args: Any) -> None:
    """`Constructeur m_x(args)` in a constructor (?6010001): the member m_x, left Null by
    the object's creation, becomes a new object of its class built with these arguments
    (a member built already is replaced: the statement run twice builds it twice)."""
    from .instances import new_instance
    spec = next(t for m, _, t in obj.sdef.members if m == key)
    obj.values[key] = new_instance(spec, rt.typectx, *args)
