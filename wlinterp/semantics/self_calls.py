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
it in the body: any of those may end the procedure first (`IF n = 0 THEN RETURN` then `Countdown(n - 1)` is a recursion
that ends). A name with several syntaxes (the call may run another one) and methods (a
derived class may redefine one) are left alone.
"""
from __future__ import annotations

__all__ = ["endless_self_calls"]

from typing import Iterable

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
_PROC = Ref.PROC


def endless_self_calls(program: N.Program, refs: dict[int, tuple[object, Ref]],
                       rep: Reporter) -> None:
    """WL203 at the first call of each procedure to itself that surely runs before any
    way out of it."""
    procedures = program.procedures
    if not procedures:
        return
    # how many free procedures bear each name: counted once, not per procedure (a set
    # of thousands of procedures made the list's count() quadratic); a dict, not a
    # Counter, whose construction cost more than the rest for a program of few procedures
    free: dict[str, int] = {}
    for p in procedures:
        if p.owner is None:
            key = fold(p.name)
            free[key] = free.get(key, 0) + 1
    # the names some call resolves to a procedure of the program: a procedure no call
    # names cannot call itself (most of a set's procedures are called from code outside
    # it: windows, other files), and reading the verdicts once costs less than walking
    # every body
    called = {fold(getattr(node, "name", "")) for node, ref in refs.values() if ref is _PROC}
    for p in procedures:
        if p.owner is not None or p.internal:
            continue
        key = fold(p.name)
        if free[key] != 1 or key not in called:
            continue
        call = _first_self_call(p.body.stmts, key, refs)
        if call is not None:
            rep.report("WL203", _MESSAGE.format(name=p.name), call, len(p.name), hint=HINT)


def _first_self_call(stmts: list[N.Stmt], key: str,
                     refs: dict[int, tuple[object, Ref]]) -> N.Name | None:
    """The name of the first sure call to `key` in the body's own statements, None when
    some statement before it (or the one holding it, before it) may leave the body.
    The statements before it are walked for a way out only once such a call is found:
    most procedures make none, and that walk is the costly part."""
    for rank, s in enumerate(stmts):
        for e in _sure_exprs(s):
            found = _sure_self_call(e, key, refs)
            if found is not None:
                return None if any(_may_leave(b, refs) for b in stmts[:rank]) else found
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


def _sure_self_call(e: N.Expr, key: str, refs: dict[int, tuple[object, Ref]]
                    ) -> N.Name | None:
    """The first callee named `key` (folded) and resolved to the procedure among those,
    named with parentheses, of the calls `e` surely makes: itself, its arguments,
    operands of arithmetic and comparisons, the object of a member or an element. (A
    name alone given as an argument is most often a procedure passed to be called later,
    `TimerSys(P, 500)`: not counted.)"""
    if isinstance(e, N.Call):
        func = e.func
        if isinstance(func, N.Name) and fold(func.name) == key and _called(func, refs):
            return func
        inner: Iterable[N.Expr] = e.args
    elif isinstance(e, N.BinOp):
        inner = (e.left, e.right)
    elif isinstance(e, N.Compare):
        inner = e.operands
    elif isinstance(e, (N.Member, N.Prop)):
        inner = (e.obj,)
    elif isinstance(e, N.Index):
        inner = (e.obj, *e.args)
    else:
        return None
    for x in inner:
        found = _sure_self_call(x, key, refs)
        if found is not None:
            return found
    return None


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
