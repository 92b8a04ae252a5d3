"""A procedure that calls itself before anything could end it: every call of it calls it
again, without end, until the stack overflows.

In a `.wl` file this is the usual sign of main code written after a PROCEDURE: a
procedure runs up to the next PROCEDURE (help ?1513008: the syntax has no end marker),
so `PROCEDURE Hello(s)`, `Trace(s)`, then the script's own `Hello("x")` makes Hello call
itself. *Decided* (docs/semantics.md, "Main code after a procedure in a script"): the
call is WL203 in `wl check` and a warning of `wl run`, wherever the procedure is (a
script, a set, a library): whatever was meant, the procedure can never end. Only a call
that surely runs is counted: a statement of the body's own level (not inside an IF, a
loop, a WHEN EXCEPTION...) calling the procedure by its name with parentheses,
directly or as an operand or argument (not behind `_AND_`/`_OR_`, a ternary or a
SWITCH), with no RETURN, RESULT, GOTO, label or error-raising built-in anywhere before
it in the body: any of those may end the procedure first (`IF n = 0 THEN RETURN` then
`Countdown(n - 1)` is a recursion that ends). A name with several syntaxes (the call may run another one) and methods (a
derived class may redefine one) are left alone.
"""
from __future__ import annotations

__all__ = ["endless_self_calls"]

from collections import Counter
from typing import Iterator

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import sub_exprs, walk_expr, walk_stmts
from .dead_procedures import HINT
from .reporter import Reporter
from .resolved import Ref

_MESSAGE = ("'{name}' calls itself here, before anything can end it: each call of it calls "
            "it again, without end (the run stops when the stack is full)")
# the built-ins that leave a procedure (folded, both languages): an exit before the call
_LEAVING = frozenset({"endprogram", "finprogramme", "errorthrow", "erreurdeclenche",
                      "exceptionthrow", "exceptiondeclenche", "exceptionpropagate",
                      "exceptionpropage", "errorpropagate", "erreurpropage"})
_EXITS = (N.Return, N.Goto, N.Label)


def endless_self_calls(program: N.Program, refs: dict[int, tuple[object, Ref]],
                       rep: Reporter) -> None:
    """WL203 at the first call of each procedure to itself that surely runs before any
    way out of it."""
    # how many free procedures bear each name: counted once, not per procedure (a set
    # of thousands of procedures made the list's count() quadratic)
    free = Counter(fold(p.name) for p in program.procedures if p.owner is None)
    for p in program.procedures:
        key = fold(p.name)
        if p.owner is not None or p.internal or free[key] != 1:
            continue
        call = _first_self_call(p.body.stmts, key, refs)
        if call is not None:
            rep.report("WL203", _MESSAGE.format(name=p.name), call, len(p.name), hint=HINT)


def _first_self_call(stmts: list[N.Stmt], key: str,
                     refs: dict[int, tuple[object, Ref]]) -> N.Name | None:
    """The name of the first sure call to `key` in the body's own statements, None when
    some statement before it (or the one holding it, before it) may leave the body."""
    for s in stmts:
        found = next((n for e in _sure_exprs(s) for n in _sure_names(e)
                      if fold(n.name) == key and _called(n, refs)), None)
        if found is not None:
            return found
        if _may_leave(s, refs):
            return None
    return None


def _sure_exprs(s: N.Stmt) -> list[N.Expr]:
    """The expressions a statement of the body's own level always evaluates."""
    if isinstance(s, N.ExprStmt):
        return [s.expr]
    if isinstance(s, (N.Assign, N.Let)):
        return [s.value]
    if isinstance(s, N.Decl):
        return [s.init] if s.init is not None else []
    if isinstance(s, N.Return):
        return [s.value] if s.value is not None else []
    return []


def _sure_names(e: N.Expr) -> Iterator[N.Name]:
    """The callees, named with parentheses, of the calls `e` surely makes: itself, its
    arguments, operands of arithmetic and comparisons, the object of a member or an
    element. (A name alone given as an argument is most often a procedure passed to be
    called later, `TimerSys(P, 500)`: not counted.)"""
    if isinstance(e, N.Call):
        if isinstance(e.func, N.Name):
            yield e.func
        for x in e.args:
            yield from _sure_names(x)
    elif isinstance(e, N.BinOp):
        yield from _sure_names(e.left)
        yield from _sure_names(e.right)
    elif isinstance(e, N.Compare):
        for x in e.operands:
            yield from _sure_names(x)
    elif isinstance(e, (N.Member, N.Prop)):
        yield from _sure_names(e.obj)
    elif isinstance(e, N.Index):
        for x in (e.obj, *e.args):
            yield from _sure_names(x)


def _called(name: N.Name, refs: dict[int, tuple[object, Ref]]) -> bool:
    entry = refs.get(id(name))
    return entry is not None and entry[1] is Ref.PROC


def _may_leave(s: N.Stmt, refs: dict[int, tuple[object, Ref]]) -> bool:
    """May `s` end the procedure (a RETURN, RESULT or GOTO anywhere in it, a label a
    GOTO may jump past the call to, a built-in that raises or ends the program)?"""
    for inner in walk_stmts([s]):
        if isinstance(inner, N.Label) and not inner.jump:
            continue  # (GLOBAL / LOCAL section words)
        if isinstance(inner, _EXITS):
            return True
        for e in sub_exprs(inner):
            for x in walk_expr(e):
                if isinstance(x, N.Name) and fold(x.name) in _LEAVING \
                        and (refs.get(id(x)) or (None, None))[1] is Ref.BUILTIN:
                    return True
    return False
