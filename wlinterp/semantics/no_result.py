"""A call of a procedure that gives no result, used as a value (`x = P()`, `Trace(P())`,
`IF P() THEN`): WINDEV's compiler refuses it (docs/semantics.md, "A procedure without
RESULT used as a value": INFERRED, no stored page says it). `wl check` reports WL117 at
the call; `wl run` stops there with the same message, as for a wrong argument count
(the call is one of the reporter's CALL_CODES). It gave 0 or "" silently.

A procedure gives a result when its body (its CASE ERROR / CASE EXCEPTION / END
sections included, its internal procedures apart) holds a RESULT or RETURN with a value,
or when its declaration names a result type (`PROCEDURE P() : int`). `RETOUR = x` /
`MyResult = x` count: the builder made them RESULTs (syntax/pending_result.py). A name
with several syntaxes, a method (a derived class may redefine it with a result) and a
procedure of an earlier REPL input are not checked.
"""
from __future__ import annotations

__all__ = ["check_value_call"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .calls import check_call
from .facts import facts
from .resolved import Ref

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME = N.Name
_PROC, _INTERNAL = Ref.PROC, Ref.INTERNAL


def check_value_call(fc: "FunctionChecker", e: N.Call) -> None:
    """A call whose value is used (an expression's call; a call standing alone as a
    statement is checked by check_call only)."""
    check_call(fc, e)
    func = e.func
    if type(func) is not _NAME:
        return
    ref = fc.sym.refs.get(func)
    if ref is not _PROC and ref is not _INTERNAL:
        return
    key = fold(func.name)
    proc: N.Procedure | None
    if ref is _INTERNAL:
        proc = fc.scope.lookup_proc(key)
    elif key in fc.sym.overloads:
        return
    else:
        proc = fc.sym.procs.get(key)
    if proc is None or proc.ret_type or facts(proc.body).results:
        return
    fc.rep.report("WL117", f"'{func.name}' gives no result (it has no RESULT): its call "
                  f"cannot be used as a value", e, len(func.name),
                  hint=f"add 'RESULT <value>' to {func.name}, or call it on a line of "
                       f"its own")
