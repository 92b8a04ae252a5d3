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

__all__ = ["check_several_stored", "check_one_value_for_several", "run_refusal",
           "gives_several", "one_value"]

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
    from ..runtime.types import TypeSpec

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
    refused = run_refusal(sym.spec)
    if refused is not None:
        fc.rep.report("WL110", refused, value, len(sym.name), line=line, col=col,
                      deferred=True, hint=f"receive them with (a, b) = {value.func.name}"
                      f"({'...' if proc.params else ''}), or declare the variable a Variant")


def check_one_value_for_several(fc: "FunctionChecker", target: N.TupleLit,
                                value: N.Expr) -> None:
    """`(a, b) = 7`, `(a, b) is int = n + 1`: one value for several names. The run stops
    at the statement ("Expected 2 values to assign, got a single value.") and the check
    said nothing: WL110 (deferred) there, in the run's words. Judged only for a value that
    is certainly one: a literal, an operation, a variable declared of a simple type, a
    call of the program's procedure declaring one result type (an array gives its
    elements, a Variant or another call may hold several)."""
    if not one_value(fc, value):
        return
    count = len(target.items) + len(target.skipped)
    fc.rep.report("WL110", f"Expected {count} values to assign, got a single value", target,
                  deferred=True, hint="give as many values as names: (a, b) = (1, 2), or "
                  "a procedure's RESULT (1, 2)")


_ONE_VALUE = frozenset({N.Num, N.Str, N.Const, N.BinOp, N.Compare, N.Logic})


def one_value(fc: "FunctionChecker", value: N.Expr) -> bool:
    """Is `value` certainly one value (check_one_value_for_several's list)? The one test
    of it: a RESULT's count against its header's list asks it too (several_results.py)."""
    if type(value) in _ONE_VALUE or isinstance(value, N.Unary):
        return True
    if type(value) is N.Name:
        sym = fc.scope.lookup(fold(value.name))
        return sym is not None and sym.spec is not None and sym.spec.kind in SIMPLE_KINDS \
            and not sym.spec.dims
    if type(value) is N.Call and type(value.func) is N.Name \
            and fc.sym.refs.get(value.func) is Ref.PROC:
        key = fold(value.func.name)
        proc = None if key in fc.sym.overloads else fc.sym.procs.get(key)
        return proc is not None and bool(proc.ret_type) and not proc.result_types \
            and fold(proc.ret_type) != "variant" \
            and _one_or_none(proc)
    return False


def _results(proc: N.Procedure) -> tuple[bool, bool]:
    """What the RESULTs of `proc`'s body give, in one walk: (one of them gives several
    values, `RESULT (1, 2)`; one of them gives one value or none, `RESULT 3`)."""
    several = one = False
    for s in walk_stmts(proc.body.stmts):
        if type(s) is N.Return:
            if type(s.value) is N.TupleLit and len(s.value.items) > 1:
                several = True
            else:
                one = True
    return several, one


def _falls_off(proc: N.Procedure) -> bool:
    """Can the run leave `proc` by the end of its body, with no RESULT (its last statement
    is none)?"""
    stmts = proc.body.stmts
    return not stmts or type(stmts[-1]) is not N.Return


def _one_or_none(proc: N.Procedure) -> bool:
    """Is a call of `proc`, which declares one result type, one value for a caller? Yes
    when no RESULT gives several values (with one declared result type the run stops at
    such a RESULT, several_results.check_one_type_given_several, before any caller
    receives a value), and when a way out gives one: a RESULT of one value or the end
    of its body (`IF bBoth THEN RESULT (1, 2)` then `RESULT 3`), where a call receiving
    several names may stop the run ("got a single value"), whatever RESULT (1, 2) does."""
    several, one = _results(proc)
    return not several or one or _falls_off(proc)


def gives_several(proc: N.Procedure) -> bool:
    """Does every way out of `proc` give several values (module docstring)?"""
    body = proc.body
    if proc.ret_type and not proc.result_types or body.on_error or body.on_exception or body.on_end or not body.stmts:
        return False
    return not _falls_off(proc) and not _results(proc)[1]


def run_refusal(spec: "TypeSpec") -> str | None:
    """The run's own words when two values are stored into the type `spec` (asked of its
    conversion, runtime/types.py coerce), without the final period; None if it takes them."""
    from ..runtime.types import coerce
    try:
        coerce((1, 2), spec, None)
    except WLRuntimeError as refused:
        return refused.message.rstrip(".")
    return None
