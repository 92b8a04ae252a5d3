"""A call of a procedure or a built-in that gives no result, used as a value (`x = P()`, `Trace(P())`,
`IF P() THEN`): WINDEV's compiler refuses it (docs/semantics.md, "A procedure without
RESULT used as a value": INFERRED, no stored page says it). `wl check` reports WL117 at
the call; `wl run` stops there with the same message, as for a wrong argument count
(the call is one of the reporter's CALL_CODES). It gave 0 or "" silently.

A procedure gives a result when its body (its CASE ERROR / CASE EXCEPTION / END
sections included, its internal procedures apart) holds a RESULT or RETURN with a value,
or when its declaration names a result type (`PROCEDURE P() : int`). `RETOUR = x` /
`MyResult = x` count: the builder made them RESULTs (syntax/pending_result.py). A name
with several syntaxes and a procedure of an earlier REPL input are not checked; a method
only when called on a variable declared of a class, not dynamic (`o.Run()`, o declared
`o is CA`): such a variable holds an object of that very class, so the method that runs
is known; through a dynamic object or in a method (`Run()`, `:Run()`), a derived class
may redefine it with a result.
"""
from __future__ import annotations

__all__ = ["check_value_call", "gives_nothing", "judged_without_result"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .calls import check_call
from .facts import facts
from .resolved import Ref

if TYPE_CHECKING:
    from ..registry import Builtin
    from .checker import FunctionChecker

_NAME = N.Name
_PROC, _INTERNAL, _BUILTIN = Ref.PROC, Ref.INTERNAL, Ref.BUILTIN
_GIVES_NOTHING: dict[int, bool] = {}  # id(Builtin) -> declared without a result


def check_value_call(fc: "FunctionChecker", e: N.Call) -> None:
    """A call whose value is used (an expression's call; a call standing alone as a
    statement is checked by check_call only)."""
    check_call(fc, e)
    func = e.func
    if type(func) is N.Member:
        _method_value(fc, e, func)
        return
    if type(func) is not _NAME:
        return
    ref = fc.sym.refs.get(func)
    if ref is _BUILTIN:
        _builtin_value(fc, e, func)
        return
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
    _no_result(fc, e, func.name, func)


def _no_result(fc: "FunctionChecker", e: N.Call, shown: str, at: N.Expr) -> None:
    """WL117 at the call of `shown`, the caret on its name `at`."""
    name = getattr(at, "name", shown)
    col = fc.rep.find(at.line, at.col, name)
    fc.rep.report("WL117", f"'{shown}' gives no result (it has no RESULT): its call "
                  f"cannot be used as a value", e, len(name), col=col,
                  hint=f"add 'RESULT <value>' to {shown}, or call it on a line of "
                       f"its own")


def _builtin_value(fc: "FunctionChecker", e: N.Call, func: N.Name) -> None:
    """WL117 for `x = Trace("a")`, `IF Info("x") THEN`: a built-in declared without a
    result (its Python function returns None, `-> None`: Trace, Info, Error, ArraySort,
    ThreadPause, dbgAssert...) used as a value. The run stops there with the same words;
    it gave an empty value. Not a RESULT's value (`RESULT Trace(x)`): whether its
    procedure's caller uses it is the run's to see (EvaluateExpression("Trace(x)") runs
    the call, then says the expression gives no value)."""
    if e is fc.returned:
        return
    kinds = fc.builtin_calls.get(func.name)  # (check_call found it: no lookup again)
    b = kinds.builtin if kinds is not None else \
        fc.sym.registry.functions.get(fold(func.name))
    if b is not None and judged_without_result(b):
        col = fc.rep.find(func.line, func.col, func.name)
        fc.rep.report("WL117", f"'{func.name}' gives no result: its call cannot be used "
                      f"as a value", e, len(func.name), col=col,
                      hint=f"call {func.name} on a line of its own")


def gives_nothing(b: "Builtin") -> bool:
    """Is the built-in declared without a result (its Python function returns None)?
    (The REPL runs such a call typed alone as a statement.)"""
    nothing = _GIVES_NOTHING.get(id(b))
    if nothing is None:
        f = b.func
        while hasattr(f, "__wrapped__"):
            f = f.__wrapped__
        nothing = _GIVES_NOTHING[id(b)] = \
            getattr(f, "__annotations__", {}).get("return", "?") in ("None", None)
    return nothing


def judged_without_result(b: "Builtin") -> bool:
    """Is the built-in's call used as a value WL117: declared without a result, and not
    one whose WINDEV result is unverified (_UNVERIFIED)? (Read once per built-in: every
    built-in call used as a value asks.)"""
    judged = _JUDGED.get(id(b))
    if judged is None or judged[0] is not b:
        judged = _JUDGED[id(b)] = (b, gives_nothing(b) and fold(b.en) not in _UNVERIFIED)
    return judged[1]


_JUDGED: dict[int, tuple["Builtin", bool]] = {}  # id(built-in) -> (it, judged_without_result)


# Built-ins wlinterp defines without a result whose result in WINDEV no stored page
# shows (their help pages are not in the search corpus): functions that start, stop,
# open, close, connect or set something, which in WLanguage often report whether they
# could (HClose, fClose, SocketConnect...) or give the former setting. A wrong WL117
# stops a program WINDEV runs (the run stops at the call), so these are not judged: used
# as a value they give an empty value, as before WL117 (docs/check.md, WL117). Verified
# without a result, and judged: Trace (?3013050), SignalModify (?3077017), SignalOpen
# (?1000021271), ChronoStart (?3027031); the rest of the `-> None` list is read as
# declared: they show, throw, wait, free or rearrange (Info, Error, dbgAssert, ArraySort...);
# ArraySort (?1000024318), Temporisation (?3015012), SQLPrevious (?3072022),
# CriticalSectionStart (?3077001) and CriticalSectionEnd (?3077005) are verified without a
# result too (docs/check.md, WL117).
_UNVERIFIED = frozenset(fold(n) for n in (
    "TraceStart", "TraceEnd", "ChronoPause", "ChronoResume", "HTTPTimeOut",
    "EmailSetTimeOut", "SocketClose", "SQLDisconnect", "SQLClose", "SQLChangeConnection",
    "Push", "Enqueue", "ExceptionEnable", "dbgEnableAssert", "PublicHolidayAdd",
    "eInitCurrency", "ThreadStop",
    # an integer in WINDEV's own runtime: `WDEntier4 tableauSupprime(...)` in PC SOFT's
    # Android API (fr.pcsoft.wdjava.api.WDAPITableau), what the integer is unknown
    # (L, 5 Dec 2026; ArrayDeleteAll, ArrayDeleteLine, ArrayMove, ArrayInsert are `void`
    # there: judged, as declared)
    "ArrayDelete"))


def _method_value(fc: "FunctionChecker", e: N.Call, func: N.Member) -> None:
    """WL117 for `o.Run()` used as a value, o a variable declared of a class (not
    dynamic) whose method Run has no RESULT and no result type."""
    if type(func.obj) is not _NAME or fc.sym.refs.get(func) is not Ref.DYNAMIC:
        return
    sym = fc.scope.lookup(fold(func.obj.name))
    if sym is None or sym.spec.kind is not Kind.STRUCT or sym.spec.dynamic:
        return
    cls, key = sym.spec.name or "", fold(func.name)
    if cls not in fc.sym.structs or fc.sym.unknown_ancestor(cls):
        return
    method = fc.sym.find_method(cls, key)
    if method is None or (fold(method.owner or ""), key) in fc.sym.overloads \
            or method.ret_type or facts(method.body).results:
        return
    owner = fc.sym.structs.get(fold(method.owner or ""))
    _no_result(fc, e, f"{owner.name if owner else method.owner}::{method.name}", func)
