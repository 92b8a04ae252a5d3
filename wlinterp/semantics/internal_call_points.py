"""Where an internal procedure (or a lambda, hoisted as one: syntax/lambdas.py) of a body
whose ExceptionChangeParameter handles is called, and whether the mode answers there
(docs/semantics.md "A lambda called where the mode is off"). A fatal error in the internal
procedure goes to the body holding it: the run gives the mode's value when the call is
made with the mode on, and stops when it is made before the change or after a restore.
The checker records, for each statement of that body, whether a fatal error there is
handled (FunctionChecker.block: `call_points`); the internal procedures are checked after
the body's walk (checker.py s_Procedure, check_body), covered when every place naming
them is."""
from __future__ import annotations

__all__ = ["called_covered"]

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, sub_exprs, walk_expr, walk_stmts

_PROCEDURE, _DECL, _ASSIGN, _NAME, _LAMBDA = N.Procedure, N.Decl, N.Assign, N.Name, N.Lambda


def called_covered(body: N.Body, proc: N.Procedure, points: dict[int, bool]) -> bool:
    """Is every statement of `body` naming `proc` (by its name, as its lambda, or through
    a variable given it: `f is Procedure = (x) => x / 0`, `f = Inner`) one where a fatal
    error is handled (`points`, by statement id)? A statement giving a variable the
    procedure does not call it. A statement not recorded, or a call from another internal
    procedure, counts as covered (*decided*, the lesser fault: check stays silent where it
    cannot tell); a procedure named nowhere is never called, covered."""
    stmts = [s for s in walk_stmts(body_stmts(body)) if type(s) is not _PROCEDURE]
    names = {fold(proc.name)}
    giving: set[int] = set()
    for s in stmts:
        if type(s) is _DECL and _is_proc(s.init, proc, names):
            names.update(fold(name) for name, _, _ in s.names)
            giving.add(id(s))
        elif type(s) is _ASSIGN and s.op == "=" and type(s.target) is _NAME \
                and _is_proc(s.value, proc, names):
            names.add(fold(s.target.name))
            giving.add(id(s))
    return all(points.get(id(s), True) for s in stmts
               if id(s) not in giving and _names(s, proc, names))


def _is_proc(e: N.Expr | None, proc: N.Procedure, names: set[str]) -> bool:
    """Is `e` the procedure itself: its lambda, its name or a variable given it?"""
    return type(e) is _LAMBDA and e.proc is proc \
        or type(e) is _NAME and fold(e.name) in names


def _names(s: N.Stmt, proc: N.Procedure, names: set[str]) -> bool:
    """Does statement `s` (its own expressions, not its nested blocks') name `proc`?"""
    return any(_is_proc(x, proc, names) for e in sub_exprs(s) for x in walk_expr(e))
