"""Calls of a method with no object to run on, as the semantic pass checks them (for
calls.py; imported at the first, most programs make none): `ExecuteAncestor()` /
`ExécuteAncêtre()`, the ancestor's version of the current method (WL109 when no ancestor
has one, WL103 outside a class: a window template's code), and a method that is not
GLOBAL called by its bare name in a GLOBAL method (WL111).
"""
from __future__ import annotations

__all__ = ["ancestor_callee", "method_in_global_method"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .resolved import Ref
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .abstract import abstract_called
    from .checker import FunctionChecker
    from .method_calls import template_ancestor_text
else:
    on_first_call(globals(), ".abstract", "abstract_called")
    on_first_call(globals(), ".method_calls", "template_ancestor_text")


def method_in_global_method(fc: "FunctionChecker", func: N.Name) -> None:
    """WL111 (deferred) for a method that is not GLOBAL called by its bare name in a
    GLOBAL method (`Bump()`): there is no object for it to run on; the run stopped
    inside it, at the first member it read, which named the wrong line."""
    cls = fc.sym.structs[fc.scope.method].name if fc.scope.method in fc.sym.structs else ""
    fc.rep.report("WL111", f"'{func.name}' is not a GLOBAL method of {cls}: a GLOBAL method "
                  f"runs without an object and calls only the class's GLOBAL methods",
                  func, len(func.name), deferred=True)


def _no_ancestor_version(fc: "FunctionChecker", func: N.Name) -> None:
    """WL109 at `ExecuteAncestor()` in a method that no ancestor of its class declares
    (the run stops there: "The class CA has no method 'Only'"; the check said nothing).
    Not said when an ancestor is of a file the check does not see."""
    method = next((sc for sc in fc.scope.chain() if sc.owner is not None), None)
    if method is None:  # a window template's code: the run stops there
        d = fc.rep.report("WL103", template_ancestor_text(func.name), func, len(func.name),
                          deferred=True)
        fc.rep.call_errors.setdefault((func.line, func.col), d)
        return
    if method.owner not in fc.sym.structs:
        return
    lineage = fc.sym.lineage(method.owner)
    key = fold(method.name)
    if len(lineage) < 2 or fc.sym.unknown_ancestor(method.owner):
        return
    if any((c, key) in fc.sym.methods for c in lineage[1:]):
        abstract_called(fc, N.Call(func.line, func.col, func, []), func, lineage[1], key)
        return
    shown = fc.sym.structs[lineage[1]].name
    d = fc.rep.report("WL109", f"{func.name}: no ancestor of {fc.sym.structs[method.owner].name}"
                      f" has a method {method.name} (the class {shown} has none)", func,
                      len(func.name), deferred=True)
    fc.rep.call_errors.setdefault((func.line, func.col), d)  # the run stops there


def ancestor_callee(fc: "FunctionChecker", e: N.Call, func: N.Name) -> None:
    """`ExecuteAncestor()`: the ancestor's version of the current method; called with
    no arguments, it passes the method's own parameters on (they count as read)."""
    fc.sym.refs.record(func, Ref.EXECUTE_ANCESTOR)
    _no_ancestor_version(fc, func)
    for scope in fc.scope.chain() if not e.args else []:  # default on its parameters
        for sym in scope.vars.values():
            if sym.role == "param":
                sym.read = True
        if scope.owner is not None:
            break
