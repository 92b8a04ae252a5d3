"""Stores between objects and simple values, which the run refuses: a text, a number, a
boolean or a date given to a variable declared of a class or structure (`o is CA = 5`,
`o = n`: "A value of type integer cannot be stored in the class CA."), and an object or
structure given to a variable declared a number or a string (`n = o`: "A value of type
structure cannot be used as a number."). `wl check` says so first, WL110 at the
variable, deferred (the run stops where the line runs), as it does for a parameter
(WL116, param_types.py). Null, variants and expressions are not judged.
"""
from __future__ import annotations

__all__ = ["STORE_KINDS", "check_object_store"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .param_types import article, simple_value

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

_STRUCT = Kind.STRUCT
_NUMBER_OR_TEXT = {Kind.INT: "a number", Kind.REAL: "a number", Kind.CURRENCY: "a number",
                   Kind.NUMERIC: "a number", Kind.STRING: "a string"}
STORE_KINDS = frozenset({_STRUCT, *_NUMBER_OR_TEXT})
"""The kinds of variable check_object_store may have something to say about."""


def check_object_store(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                       col: int) -> None:
    """WL110 (deferred) for a value of a simple type stored into an object or structure
    variable, or an object or structure variable stored into a number or text one."""
    if sym.spec.kind is _STRUCT:
        info = fc.sym.structs.get(sym.spec.name or "")
        simple = simple_value(fc, value) if info is not None else None
        if info is not None and simple is not None:
            have, written = simple
            kind = "class" if info.is_class else "structure"
            fc.rep.report("WL110", f"{written} is {article(have)}: a value of type {have} "
                          f"cannot be stored in '{sym.name}', {article(info.name)} "
                          f"({kind})", value, len(sym.name), line=line, col=col,
                          deferred=True)
        return
    wanted = _NUMBER_OR_TEXT.get(sym.spec.kind)
    if wanted is None or type(value) is not N.Name:
        return
    other = fc.scope.lookup(fold(value.name))
    if other is None or other.spec.kind is not _STRUCT \
            or (info := fc.sym.structs.get(other.spec.name or "")) is None:
        return
    kind = "an object" if info.is_class else "a structure"
    fc.rep.report("WL110", f"'{other.name}' is {article(info.name)}: {kind} cannot be "
                  f"stored in '{sym.name}', {wanted}", value, len(sym.name), line=line,
                  col=col, deferred=True)
