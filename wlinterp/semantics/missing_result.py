"""WL214: a procedure declared with a result type (`PROCEDURE P() : int`) whose end can
be reached without RESULT: that path returns the type's default value (0, "", False:
docs/semantics.md, "A procedure with a declared result type that ends without RESULT"),
which is seldom what was meant. A warning, *decided*: no stored page gives WINDEV's
compiler's word on it, and the run is well defined.

A path ends where it cannot go on: RESULT or RETURN (with or without a value: a bare
RETURN is a deliberate exit), a call of ExceptionThrow, ErrorThrow, ExceptionPropagate
or EndProgram, a LOOP or `WHILE True` that no BREAK leaves, an IF whose every branch
ends and that has an ELSE, a SWITCH whose every CASE ends and that has OTHER CASE. A
body with GOTO is not judged (its labels start code reached from elsewhere), nor one
with no statement at all (a method left for derived classes to redefine), nor an
abstract method. Its CASE ERROR / CASE EXCEPTION sections are paths of their own.
"""
from __future__ import annotations

__all__ = ["check_missing_result"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.lambdas import LAMBDA_PREFIX
from ..syntax.names import fold
from ..syntax.walk import blocks, walk_stmts

if TYPE_CHECKING:
    from .checker import FunctionChecker

# (folded) built-ins after which the procedure goes no further
_STOPPERS = frozenset({"exceptionthrow", "exceptiondeclenche", "errorthrow",
                       "erreurdeclenche", "exceptionpropagate", "exceptionpropage",
                       "endprogram", "finprogramme"})


def check_missing_result(fc: "FunctionChecker", p: N.Procedure) -> None:
    """WL214 at the procedure's name when a path of its body, or of its CASE ERROR /
    CASE EXCEPTION section, reaches the end without RESULT."""
    body = p.body
    if not body.stmts or "abstract" in p.modifiers or "abstrait" in p.modifiers \
            or _has_goto(body):
        return
    open_ends = [where for where, stmts in (("", body.stmts),
                                            (" (its CASE ERROR section)", body.on_error),
                                            (" (its CASE EXCEPTION section)",
                                             body.on_exception))
                 if stmts is not None and not ends(stmts)]
    if not open_ends:
        return
    shown = f"'{p.owner}::{p.name}'" if p.owner else f"'{p.name}'"
    if p.name.startswith(LAMBDA_PREFIX):  # `(x) : int => {...}`: its made-up name
        shown = "this lambda"  # means nothing
    declared = (p.ret_type or "").strip()
    col = fc.rep.find(p.line, p.col, p.name)
    fc.rep.report("WL214", f"{shown} is declared to return {declared} but "
                  f"can reach its end without RESULT{open_ends[0]}: it then returns "
                  f"the type's default value", p, 1 if shown == "this lambda" else len(p.name), col=col,
                  hint="end each path with RESULT <value> (or RETURN <value>)")


def ends(stmts: list[N.Stmt]) -> bool:
    """Does running these statements never reach what follows them?"""
    return any(_ends(s) for s in stmts)


def _ends(s: N.Stmt) -> bool:
    if isinstance(s, N.Return):
        return True
    if isinstance(s, N.ExprStmt):
        e = s.expr
        return isinstance(e, N.Call) and isinstance(e.func, N.Name) \
            and fold(e.func.name) in _STOPPERS
    if isinstance(s, N.If):
        return s.orelse is not None and ends(s.orelse) \
            and all(ends(b) for _, b in s.branches)
    if isinstance(s, N.Switch):
        return s.other is not None and ends(s.other) and all(ends(b) for _, b in s.cases)
    if isinstance(s, N.While):
        endless = s.count is None and s.post_cond is None and (
            s.cond is None or isinstance(s.cond, N.Const) and s.cond.value is True)
        return endless and not _breaks(s.body)
    if isinstance(s, N.WhenException):
        return ends(s.body) and ends(s.handler)
    if isinstance(s, N.Use):
        return ends(s.body)
    return False


def _breaks(stmts: list[N.Stmt]) -> bool:
    """Does a BREAK in these statements leave the loop they are the body of (a BREAK
    of a loop nested in them leaves that loop only)?"""
    for s in stmts:
        if type(s) is N.Break:
            return True
        if type(s) in (N.While, N.For, N.ForEach, N.ForEachFile, N.Procedure):
            continue
        if any(_breaks(inner) for inner in blocks(s)):
            return True
    return False


def _has_goto(body: N.Body) -> bool:
    return any(type(s) is N.Goto for b in (body.stmts, body.on_error, body.on_exception,
                                            body.on_end) if b for s in walk_stmts(b))
