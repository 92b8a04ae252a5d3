"""How a structure or class instance comes to be: members at their defaults, the
computed initial values, then the constructors from the oldest ancestor down.
Declarations (types.default_value), `new` and GLOBAL members all create through
`new_instance`. types.py imports this module, never the other way round."""
from __future__ import annotations

__all__ = ["ConstructorArguments", "new_instance", "struct_of_other"]

from typing import TYPE_CHECKING, Callable

from ..errors import WLRuntimeError
from ..syntax.words import MEMBER_INIT
from .object_lifetime import new_struct

if TYPE_CHECKING:
    from .containers import WLStruct
    from .types import TypeContext, TypeSpec


class ConstructorArguments(WLRuntimeError):
    """A constructor given a count of arguments it does not take: a caller that chose
    the count itself (Clone runs the constructor without any) says so in its words."""


def new_instance(t: TypeSpec, ctx: TypeContext | None, *args: object) -> object:
    """The one way a structure or class instance comes to be (`x is C`, `x is C(a)`,
    `new C(a)`): members at their defaults, then each constructor from the oldest
    ancestor down; the arguments go to the most derived class that has a constructor."""
    if ctx is None or t.name not in ctx.structs:
        raise WLRuntimeError(f"Unknown structure '{t.name}'.")
    sdef = ctx.structs[t.name]
    if sdef.abstract or sdef.abstract_why:
        raise WLRuntimeError(sdef.abstract_why or
                             f"{sdef.name} is an abstract class: only the classes derived "
                             f"from it can be instantiated (a dynamic {sdef.name} can "
                             f"hold one of them).")
    instance = new_struct(sdef, ctx)
    order = instance.sdef.construction()  # oldest first, each class after its parents
    for cls in order:  # computed initial values
        init = ctx.methods.get((cls, MEMBER_INIT))
        if init is not None:
            init(instance)
    ctors: list[tuple[str, str, Callable[..., object]]] = []
    for cls in instance.sdef.lineage():  # up to a constructor that calls its ancestor's
        for key in ("constructeur", "constructor"):
            method = ctx.methods.get((cls, key))
            if method is not None:
                ctors.append((cls, key, method))
                break
        if method is not None and ctx.structs[cls].explicit_ctor:
            break
    ctors.sort(key=lambda ctor: order.index(ctor[0]))
    if args and not ctors:
        raise WLRuntimeError(f"The class {instance.sdef.name} has no constructor to receive "
                             f"arguments.")
    for i, (cls, key, method) in enumerate(ctors):
        given = args if i == len(ctors) - 1 else ()
        _takes(method, len(given), f"{ctx.structs[cls].name}::{key.capitalize()}")
        method(instance, *given)
    return instance


def _takes(method: Callable[..., object], n: int, shown: str) -> None:
    """A constructor given n arguments takes them: else the WLanguage error the semantic
    pass reports (WL104, semantics/creation.py), not Python's TypeError."""
    code = getattr(getattr(method, "wl_full", method), "__code__", None)
    if code is None:
        return
    most = code.co_argcount - 1  # the object is the first
    required = most - len(getattr(getattr(method, "wl_full", method), "__defaults__", None)
                          or ())
    if n < required or (n > most and not code.co_flags & 0x04):  # 0x04: *rest
        from ..semantics.call_counts import arity_message  # the pass's words (only on failure)
        text = arity_message(shown, required, None if code.co_flags & 0x04 else most, n)
        raise ConstructorArguments(f"{text}.")


def struct_of_other(value: "WLStruct", t: TypeSpec, ctx: TypeContext | None) -> object:
    """`s1 = s2`, s2 a structure of another type than s1's: a structure of s1's type
    whose members take the values of s2's members of the same name, the others at their
    defaults ("Structure = Structure: ... Members with the same name are initialized
    with the existing values. Non-existing members are ignored.", ?6010018). An object
    of a class that is not the variable's nor derived from it cannot be stored so (the
    page says nothing of it): the error names both classes. (The values are made and
    converted through their types, `TypeSpec.default` and `TypeSpec.coerce`: types.py
    imports this module.)"""
    target = ctx.structs.get(t.name) if ctx else None
    shown = target.name if target is not None else t.name
    if value.sdef.is_class or target is None or target.is_class:
        what = "an object of the class" if value.sdef.is_class else "a structure"
        kind = "class" if target is not None and target.is_class else "structure"
        raise WLRuntimeError(f"{what.capitalize()} {value.sdef.name} cannot be stored in "
                             f"the {kind} {shown}: it is not {shown} nor derived from it.")
    out = t.default(ctx)
    for key, _, spec in out.sdef.members:  # type: ignore[attr-defined]
        if key in value.values:
            out.values[key] = spec.coerce(value.values[key], ctx)  # type: ignore[attr-defined]
    return out
