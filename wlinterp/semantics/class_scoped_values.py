"""`CTreuil.eRecepteur`: an enumeration's value named through the class whose
declaration code declares the enumeration.

A class's declaration code may declare types of its own beside the class (an
enumeration, a structure: real code writes `ITreuilClient est une Classe ... FIN` then
`EnumTreuilType est une énumération ... FIN` in the same block), and code elsewhere
names them through the class: `d.type = ITreuilClient.eRecepteur`, a variable `est un
IAcquisitionSignal.Str_DATA_Acquisition`. wlinterp keeps such types with the program's
others, so the class's name in front says only where the type was declared.

*Decided* (docs/semantics.md, "Types declared with a class"): `Class.v`, where the class
has no member, method or constant v and exactly one enumeration (or combination) of the
program declares a value v, is that value, as `Enum.v` is, and `Class.Enum.v` is
`Enum.v`; they were WL101 "'CTreuil' is a class or structure, not a variable", and the
run stopped there. The compiler reads the value in its place (Resolutions.stands_for).
"""
from __future__ import annotations

__all__ = ["class_scoped_value"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .member_checks import MemberChecks


def class_scoped_value(fc: "MemberChecks", e: N.Member) -> bool:
    """Read `Class.v` and `Class.Enum.v` as `Enum.v` when they are one (recorded for the
    compiler); False for any other member read, left to the usual checks."""
    inner = e.obj
    if type(inner) is N.Member and type(inner.obj) is N.Name \
            and fc.class_named(inner.obj) is not None \
            and fold(inner.name) in fc.sym.enum_types:  # `CTreuil.EnumTreuilType.eRecepteur`
        value = N.Member(e.line, e.col, N.Name(inner.line, inner.col, inner.name), e.name)
        fc.sym.refs.stands_for[id(e)] = (e, value)
        fc.expr(value)
        return True
    if type(e.obj) is not N.Name:
        return False
    cls = fc.class_named(e.obj)
    key = fold(e.name)
    if cls is None or fc.sym.has_member(cls, key) \
            or any(key in fc.sym.structs[c].consts for c in fc.sym.lineage(cls)):
        return False
    owners = fc.sym.enum_values.get(key) or fc.sym.comb_values.get(key)
    if not owners or len(owners) != 1:
        return False
    owner = next(iter(owners))
    shown = fc.sym.constants.get(owner, owner)
    value = N.Member(e.line, e.col, N.Name(e.obj.line, e.obj.col, str(shown)), e.name)
    fc.sym.refs.stands_for[id(e)] = (e, value)
    fc.expr(value)
    return True
