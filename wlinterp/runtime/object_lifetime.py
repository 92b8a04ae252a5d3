"""A structure's or an object's life: its creation with its members' first values
(`new_struct`), and, for a class with a destructor (`PROCEDURE CClass::Destructeur()`),
the `WLObject` whose destructor runs once: on `LIBÉRER obj` / `delete obj`, when the
last reference to the object goes away (CPython frees it at once), or at the end of the
run for objects still alive then (module-level variables), newest first.

(objects.py, which imports this module, has the rest of what classes do; this module
imports none of the modules that import containers.py, so that containers.py's classes
need no import back.)
"""
from __future__ import annotations

__all__ = ["FreedValues", "WLObject", "destructor_of", "free_object", "has_destructor",
           "new_struct"]

import sys
import weakref
from typing import Any

from ..errors import WLRuntimeError
from .containers import StructDef, WLStruct
from .deferred_stops import stops_allowed

_DESTRUCTORS = ("destructeur", "destructor")


def new_struct(sdef: StructDef, ctx: Any) -> WLStruct:
    """The structure or object of `sdef` with its members at their first values; a
    member built with constructor arguments stays Null for the hidden method that builds
    it (its default creation would call the constructor without them). A class with a
    destructor makes a WLObject."""
    inits, built = sdef.inits, sdef.constructed
    values = {m: t.coerce(inits[m], ctx) if m in inits
              else None if m in built else t.default(ctx)
              for m, _, t in sdef.members}
    if ctx is not None and has_destructor(sdef, ctx):
        return WLObject(sdef, values, ctx)
    return WLStruct(sdef, values)


def _method(ctx: Any, cls: str, names: tuple[str, ...]) -> Any:
    for name in names:
        m = ctx.methods.get((cls, name))
        if m is not None:
            return m
    return None


def destructor_of(obj: Any) -> Any:
    """The destructor an object of a class runs first (its class's own, else its nearest
    ancestor's), or None."""
    ctx = getattr(obj, "ctx", None)
    if ctx is None:
        return None
    return next((m for cls in obj.sdef.lineage()
                 if (m := _method(ctx, cls, _DESTRUCTORS)) is not None), None)


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

    def copy_shell(self) -> "WLObject":
        return WLObject(self.sdef, {}, self.ctx)

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
            with stops_allowed():  # even run inside a step a stop waits for
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
    rt = getattr(destructor_of(obj), "__globals__", {}).get("_rt")
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
        rt = getattr(destructor_of(obj), "__globals__", {}).get("_rt")
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
    """`LIBÉRER obj` / `delete obj`: the destructor runs now, then the object is gone
    for every reference still holding it (`r <- obj` before): its members are a
    FreedValues (Null and plain values: nothing to do)."""
    if isinstance(value, WLObject):
        value.destroy()
    if isinstance(value, WLStruct) and type(value.values) is not FreedValues:
        value.values = FreedValues(value.sdef.name)


class FreedValues(dict[str, object]):
    """The members of an object freed by `delete` / `libérer` (Delete ?1511012 frees
    the object's memory; what another reference then reads is not in the stored page:
    *decided*, docs/semantics.md "Destructors and dynamic objects"): reading, writing
    or copying a member through any reference stops the run. The compiled member code
    meets it as it meets any object (`'x' in o.values`, `o.values['x'] = v`), so the
    check costs nothing where no object was freed."""

    __slots__ = ("cls",)

    def __init__(self, cls: str) -> None:
        super().__init__()
        self.cls = cls

    def _gone(self, *_: Any) -> Any:
        raise WLRuntimeError(f"This {self.cls} object was freed (delete / libérer), so "
                             "no reference to it can be used any more.")

    refuse = _gone  # a method called on the freed object (method_args.call_method)
    __contains__ = __getitem__ = __setitem__ = __delitem__ = __iter__ = _gone
    get = items = keys = values = _gone
    setdefault = pop = update = copy = _gone  # type: ignore[assignment]
