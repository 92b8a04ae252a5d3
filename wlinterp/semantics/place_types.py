"""The declared type of an argument that is a place: a variable, a member of a structure
or an object whose class is known (`s.n`, `o.m_name`, `:m_total`, `m_total` in a
method), an element of an array or an associative array (`t[1]`, `a["k"]`), and how a
message shows it. WL116 (param_types.py) compares it with a parameter's declared type:
?1514076 requires the type of the variable passed to be the parameter's, and a member or
an element has its declaration's type as certainly as a variable has (*INFERRED*).

Nothing is said of a place whose type the run alone knows: a variant (or a member, an
element of one), a member of a class the check does not see whole (an unknown ancestor),
a name that is also a method or a property of the class (its accessor decides), a
range of elements (`t[2 TO]`) or an array given fewer subscripts than it has dimensions.
"""
from __future__ import annotations

__all__ = ["place_type", "place_start"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME, _MEMBER, _INDEX = N.Name, N.Member, N.Index
_PLAIN_SUBSCRIPTS = (N.Num, N.Str, N.Name, N.BinOp, N.Unary)
_CONTAINERS = (Kind.ARRAY, Kind.ASSOC)


def place_type(fc: "FunctionChecker", e: N.Expr) -> tuple[TypeSpec, str] | None:
    """(declared type, the place as written) of `e`, or None when the code does not
    tell it for certain."""
    if isinstance(e, _NAME):
        sym = fc.scope.lookup(fold(e.name))
        if sym is not None:
            return sym.spec, sym.name
        owner = fc.scope.method  # a member of the current object named bare
        return _member(fc, owner, e.name, e.name) if owner else None
    if isinstance(e, _MEMBER):
        if isinstance(e.obj, _NAME) and e.obj.col == e.col:  # `:m_x` (the parser's objet)
            owner = fc.scope.method
            return _member(fc, owner, e.name, ":" + e.name) if owner else None
        base = place_type(fc, e.obj)
        if base is None or base[0].kind is not Kind.STRUCT or base[0].dynamic \
                and base[0].name not in fc.sym.structs:
            return None
        return _member(fc, base[0].name, e.name, f"{base[1]}.{e.name}")
    if isinstance(e, _INDEX):
        base = place_type(fc, e.obj)
        if base is None or base[0].kind not in _CONTAINERS or base[0].elem is None \
                or len(e.args) != max(1, len(base[0].dims)) \
                or any(type(a) not in _PLAIN_SUBSCRIPTS for a in e.args):
            return None
        return base[0].elem, base[1] + "[...]"
    return None


def _member(fc: "FunctionChecker", cls: str, name: str, shown: str
            ) -> tuple[TypeSpec, str] | None:
    """The declared type of the member `name` of the class or structure `cls`."""
    key = fold(name)
    if cls not in fc.sym.structs or fc.sym.unknown_ancestor(cls) or any(
            (c, k) in fc.sym.methods for c in fc.sym.lineage(cls)
            for k in (key, key + "#get", key + "#set")):
        return None  # (a method or a property: its accessor gives the value)
    spec = fc.member_spec(cls, key)
    return (spec, shown) if isinstance(spec, TypeSpec) else None


def place_start(e: N.Expr) -> N.Expr:
    """The node a place starts at (its variable), where a caret under it begins."""
    while isinstance(e, (_MEMBER, _INDEX)) and not (
            isinstance(e, _MEMBER) and isinstance(e.obj, _NAME) and e.obj.col == e.col):
        e = e.obj
    return e
