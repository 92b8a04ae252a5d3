"""Class instances beyond plain structures: global (static) members, property
accessors and explicit calls to an ancestor's methods. Destructors and the `WLObject`
instances of a class that has one: object_lifetime.py (named here too).
"""
from __future__ import annotations

__all__ = ["WLObject", "free_object", "class_static_get", "class_static_set",
           "get_property", "set_property", "call_class_method", "has_destructor",
           "class_receiver", "construct_member"]

from typing import Any

from ..errors import WLRuntimeError
from .containers import StructDef, WLStruct, class_static_set, static_owner
from .object_lifetime import _DESTRUCTORS, WLObject, _method, free_object, has_destructor

CONSTRUCTORS = ("constructeur", "constructor")
"""A constructor's method names (folded), as generated code asks `call_class_method` for
them: compared as a whole there, so the compiler imports this tuple."""


def class_static_get(ctx: Any, cls: str, name: str) -> Any:
    """`CClass::member`: a global (static) member, shared by all instances."""
    owner = static_owner(ctx, cls, name)
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
    if not cls:  # `Run(o.Show)`: the method of o's own class, as `o.Show()` reaches it
        cls = _class_of(obj, shown)
    for c in rt.typectx.structs[cls].lineage() if cls in rt.typectx.structs else ():
        method = _method(rt.typectx, c, (key,))
        if method is not None:
            on = class_receiver(rt, cls) if obj is None else obj
            return WLProcRef(shown, partial(method, on), False)
    raise WLRuntimeError(f"'{shown}' names no method of a class: it cannot be passed as "
                         f"a procedure.")


def _class_of(obj: Any, shown: str) -> str:
    """The class (folded) of the object a method is passed bound to."""
    if not isinstance(obj, WLStruct) or not obj.sdef.lineage():
        raise WLRuntimeError(f"'{shown}' is passed as a procedure, but no object holds "
                             f"it: Null has no methods.")
    return obj.sdef.lineage()[0]


class _NoMembers(dict[str, Any]):
    """The members of a class receiver: none; reading or writing one says why (a write
    in a GLOBAL method, `m_n = 5`, was kept on the receiver and read back by the next
    call, where `wl check` says WL111)."""

    def __init__(self, cls: str) -> None:
        super().__init__()
        self.cls = cls

    def __missing__(self, key: str) -> Any:
        raise WLRuntimeError(f"'{key}' is not a global member of {self.cls}: a method called "
                             f"on the class itself (not on an object) reads only the class's "
                             f"global members.")

    def __setitem__(self, key: str, value: Any) -> None:
        raise WLRuntimeError(f"'{key}' is not a global member of {self.cls}: a method called "
                             f"on the class itself (not on an object) writes only the "
                             f"class's global members.")


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
