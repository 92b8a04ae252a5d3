"""A procedure's several values (`RESULT (a, b)`) stored into one variable of a simple
type (`x = Two()`, `x is int = Two()`): the run stops at the statement ("A value of type
several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a
number."; docs/semantics.md "Several values"), and the check said nothing. WL110
(deferred) at the same place, with the words the run's own conversion gives (the
variable's type decides them: "as a number", "converted to a string", "as a boolean").

Judged only when the procedure certainly gives several values: every RESULT in its body
gives two or more, its body's last statement is one of them (no path falls off its end
with no value), it has no RESULT without a value, no declared result type, no CASE ERROR
/ CASE EXCEPTION / END section, and one syntax. A Variant receives them (no error).
"""
from __future__ import annotations

__all__ = ["check_several_stored"]

from typing import TYPE_CHECKING

from ..errors import WLRuntimeError
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_stmts
from .resolved import Ref

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

SIMPLE_KINDS = frozenset({Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC, Kind.STRING,
                          Kind.BOOLEAN, Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.DURATION})
"""The kinds of variable whose conversion refuses several values (a Variant keeps them)."""


def check_several_stored(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                         col: int) -> None:
    """WL110 (deferred) at the statement for `x = Two()`, x declared of a simple type and
    Two a procedure of the program that certainly gives several values."""
    if type(value) is not N.Call or type(value.func) is not N.Name \
            or sym.spec.kind not in SIMPLE_KINDS:
        return
    ref = fc.sym.refs.get(value.func)
    key = fold(value.func.name)
    if ref is Ref.INTERNAL:
        proc = fc.scope.lookup_proc(key)
    elif ref is Ref.PROC and key not in fc.sym.overloads:
        proc = fc.sym.procs.get(key)
    else:
        return
    if proc is None or not gives_several(proc):
        return
    refused = _run_refusal(sym)
    if refused is not None:
        fc.rep.report("WL110", refused, value, len(sym.name), line=line, col=col,
                      deferred=True, hint=f"receive them with (a, b) = {value.func.name}"
                      f"({'...' if proc.params else ''}), or declare the variable a Variant")


def gives_several(proc: N.Procedure) -> bool:
    """Does every way out of `proc` give several values (module docstring)?"""
    body = proc.body
    if proc.ret_type or body.on_error or body.on_exception or body.on_end or not body.stmts:
        return False
    if type(body.stmts[-1]) is not N.Return:
        return False
    for s in walk_stmts(body.stmts):
        if type(s) is N.Return and (type(s.value) is not N.TupleLit
                                    or len(s.value.items) < 2):
            return False
    return True


def _run_refusal(sym: "Symbol") -> str | None:
    """The run's own words when two values are stored into `sym`'s type (asked of its
    conversion, runtime/types.py coerce), without the final period; None if it takes them."""
    from ..runtime.types import coerce
    try:
        coerce((1, 2), sym.spec, None)
    except WLRuntimeError as refused:
        return refused.message.rstrip(".")
    return None
