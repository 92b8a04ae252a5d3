"""The declared type of an undeclared FOR counter's start when it is a place (a
variable, a member, an element), read before the function's code is compiled, when its
variables are declared (program.py declare_vars): a counter starting at a Date member
(`FOR d = st.dStart TO ...`, `FOR d = :m_dStart TO ...`, `m_dStart` in a method) is a
Date, as one starting at a Date variable is (docs/semantics.md FOR). The checker reads
the same places with semantics/place_types.py."""
from __future__ import annotations

__all__ = ["start_place_spec"]

from ..runtime.containers import StructDef
from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..semantics.symbols import FuncScope
from ..syntax import nodes as N
from ..syntax.names import fold


def start_place_spec(structs: dict[str, StructDef], scope: FuncScope,
                     e: N.Expr) -> TypeSpec | None:
    """The declared type of the place `e` in `scope`, None when the code does not tell it
    (a variant's sub-element, an unknown member, anything not a place)."""
    if isinstance(e, N.Name):
        var = scope.lookup(fold(e.name))
        if var is not None:
            return var.spec
        return _own_member(structs, scope, e.name)  # `m_dStart` in a method
    if isinstance(e, N.Member):
        if isinstance(e.obj, N.Name) and e.obj.col == e.col:  # `:m_dStart` (the parser's)
            return _own_member(structs, scope, e.name)
        base = start_place_spec(structs, scope, e.obj)
        if base is None or base.kind not in (Kind.STRUCT, Kind.OBJECT):
            return None
        sdef = structs.get(fold(base.name))
        return sdef.member_type(fold(e.name)) if sdef is not None else None
    if isinstance(e, N.Index):
        base = start_place_spec(structs, scope, e.obj)
        return base.elem if base is not None and base.kind in (Kind.ARRAY, Kind.ASSOC) \
            else None
    return None


def _own_member(structs: dict[str, StructDef], scope: FuncScope, name: str
                ) -> TypeSpec | None:
    """The type of the member `name` of the class whose method `scope` is in."""
    method = scope.method_owner()
    sdef = structs.get(method.owner) if method is not None and method.owner else None
    return sdef.member_type(fold(name)) if sdef is not None else None
