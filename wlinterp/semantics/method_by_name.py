"""`ExecuteProcess(O, "Remove", ...)` / `ExécuteTraitement(O, "Retire", ...)`: a method
named by a text literal on a variable declared of a class (not dynamic: it holds an
object of that very class) whose lineage declares no method of that name. The run stops
at the call ("ExecuteProcess: the class cWord has no method 'Remove'.", stdlib/
dynamic_code.py _method_by_name: any case, accents ignored); the check said nothing.
WL109 there with those words. Not judged: a dynamic object, a class deriving from one
the check does not see, a name given by a variable."""
from __future__ import annotations

__all__ = ["check_method_by_name"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker


def check_method_by_name(fc: "FunctionChecker", e: N.Call, args: list[N.Expr], shown: str,
                         col: int) -> None:
    """WL109 at the call's name when its method named by text is none of the class's."""
    if len(args) < 2 or type(args[0]) is not N.Name or type(args[1]) is not N.Str:
        return
    sym = fc.scope.lookup(fold(args[0].name))
    spec = getattr(sym, "spec", None)
    if spec is None or spec.kind is not Kind.STRUCT or spec.dynamic:
        return
    cls = spec.name or ""
    info = fc.sym.structs.get(cls)
    if info is None or not info.is_class or fc.sym.unknown_ancestor(cls):
        return
    name = args[1].value
    if fc.sym.find_method(cls, fold(name.strip())) is None:
        fc.rep.report("WL109", f"{shown}: the class {info.name} has no method '{name}'", e,
                      len(shown), col=col, deferred=True)
