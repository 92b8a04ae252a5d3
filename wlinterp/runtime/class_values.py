"""A class's name as a value at run time: `new` of a name held in a variable, and an
object's `..Class` property (help ?2514004: the class's name, "" for no object).
docs/semantics.md "A class name as a value"."""
from __future__ import annotations

__all__ = ["construct_named", "class_of", "is_class"]

from typing import Any

from ..errors import WLRuntimeError
from ..syntax.names import fold
from .access import get_prop
from .containers import WLStruct
from .instances import new_instance
from .kinds import K_STRUCT
from .types import TypeContext, TypeSpec


def construct_named(name: Any, ctx: TypeContext, *args: Any) -> object:
    """`new sClass(args)`: an object of the class (or structure) whose name `sClass`
    holds, its constructor receiving the arguments (PC SOFT's COMUtils.wdg allocates so
    from a parameter whose default is a class's name)."""
    text = name if isinstance(name, str) else ""
    sdef = ctx.structs.get(fold(text.strip())) if text.strip() else None
    if sdef is None:
        shown = repr(text) if isinstance(name, str) else "a value that is not a text"
        raise WLRuntimeError(f"new: {shown} names no class of the program (new of a "
                             f"variable creates an object of the class its text names).")
    return new_instance(TypeSpec(K_STRUCT, name=fold(sdef.name)), ctx, *args)


def class_of(obj: Any) -> Any:
    """`o..Class`: the name of the class of the object o holds (a derived class's when
    it holds one), "" when it holds none; another value's own property otherwise."""
    if isinstance(obj, WLStruct) and obj.sdef.is_class:
        return obj.sdef.name
    if obj is None:
        return ""
    return get_prop(obj, "class")


def is_class(obj: Any, key: str) -> bool:
    """`o is CBase` (?6010013): True when o holds an object of the class `key` (folded)
    or of a class derived from it (or implementing that interface), False otherwise (no
    object, or a value that is no object)."""
    if not isinstance(obj, WLStruct) or not obj.sdef.is_class:
        return False
    return key in obj.sdef.lineage() or obj.sdef.implements_interface(key)
