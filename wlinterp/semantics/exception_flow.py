"""Which lines of a body an ExceptionChangeParameter covers, followed along the paths the
run can take (docs/semantics.md "ExceptionChangeParameter along the run's paths"): the
call's mode holds for the lines after it, after the END of the IF, SWITCH case or loop
holding it too, up to ExceptionRestoreParameter, which goes back to the mode before the
last change (stdlib/errors.py keeps them so). A sibling branch (the ELSE of the IF, the
other CASEs) starts from the mode in force before the IF, as the run never goes through
both; a branch ending with RETURN/RESULT leaves its mode to none of the lines after; where
the paths join after the END, a line is covered when one of the paths reaching it has the
mode on (the lesser fault: check cannot tell which branch runs). epCode and the other
standard modes cover nothing (?3034007: "Standard operating mode of exceptions").

The state is `FunctionChecker.mode_on` (counted once in `guarded` while on) and
`mode_saved`, the modes a restore goes back to (checker_state.py)."""
from __future__ import annotations

__all__ = ["branch_blocks", "loop_blocks", "loop_exit", "mode_call", "surely_runs"]

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_stmts
from .error_modes import CHANGE_HANDLES, CHANGE_STANDARD, RESTORE, exception_mode_step

if TYPE_CHECKING:
    from .checker import FunctionChecker

_Mode = tuple[bool, tuple[bool, ...]]  # (the mode on?, the modes a restore goes back to)


def _set(fc: FunctionChecker, mode: _Mode) -> None:
    """Put the checker in `mode`, keeping `guarded` counting the guard once while on."""
    on, saved = mode
    fc.guarded += on - fc.mode_on
    fc.mode_on, fc.mode_saved = on, saved


def mode_call(fc: FunctionChecker, call: N.Call) -> None:
    """A call statement: ExceptionChangeParameter pushes the mode in force and sets its own
    (covering or not), ExceptionRestoreParameter goes back to the one pushed last (none
    pushed: the standard mode stays, as the run's restore of nothing)."""
    step = exception_mode_step(call)
    if step == CHANGE_HANDLES or step == CHANGE_STANDARD:
        _set(fc, (step == CHANGE_HANDLES, fc.mode_saved + (fc.mode_on,)))
    elif step == RESTORE and fc.mode_saved:
        _set(fc, (fc.mode_saved[-1], fc.mode_saved[:-1]))


def branch_blocks(fc: FunctionChecker, bodies: Iterable[list[N.Stmt]],
                  every_path: bool) -> None:
    """Check the alternative `bodies` of an IF, a SWITCH (or a loop's body, which may not
    run), each from the mode in force before them; `every_path`: one of them always runs
    (an ELSE, an OTHER CASE), else the path through none joins too. After them the mode
    of a path that goes on holds, one covering if any does."""
    before: _Mode = (fc.mode_on, fc.mode_saved)
    going_on: list[_Mode] = [] if every_path else [before]
    for body in bodies:  # (a SWITCH's values are read as `bodies` gives each body)
        fc.block(body)
        if not fc.block_returned:
            going_on.append((fc.mode_on, fc.mode_saved))
        _set(fc, before)
    covering = [mode for mode in going_on if mode[0]]
    _set(fc, covering[0] if covering else going_on[0] if going_on else before)


def loop_blocks(fc: FunctionChecker, bodies: list[list[N.Stmt]], loop: N.Stmt) -> None:
    """A loop's body, covered whole when it leaves a handling ExceptionChangeParameter on
    (its calls read in the order written): its lines before the call run again in the
    next pass with the mode on (*decided*, the lesser fault: the first pass is not told
    apart; it was WL113 where the run gave the mode's value). The lines after the loop
    follow the modes the run can leave it with (_leaving): at each BREAK of its own, at
    the end of a pass (or a CONTINUE) when its test can end it, before it when it may run
    no time."""
    on = fc.mode_on
    if not on and _changes_mode(fc):
        for body in bodies:
            for s in walk_stmts(body):
                if type(s) is N.ExprStmt and type(s.expr) is N.Call:
                    step = exception_mode_step(s.expr)
                    on = step == CHANGE_HANDLES if step else on
    covered = on and not fc.mode_on
    fc.guarded += covered
    before: _Mode = (fc.mode_on, fc.mode_saved)
    exits: list[tuple[bool, _Mode]] = []  # (a BREAK?, the mode there): s_Break, s_Continue
    fc.loop_exits = (*fc.loop_exits, exits)
    ends: list[_Mode] = []
    for body in bodies:
        fc.block(body)
        if not fc.block_returned:
            ends.append((fc.mode_on, fc.mode_saved))
        _set(fc, before)
    fc.loop_exits = fc.loop_exits[:-1]
    leaving = _leaving(fc, loop, before, ends, exits)
    covering = [mode for mode in leaving if mode[0]]
    _set(fc, covering[0] if covering else leaving[0] if leaving else before)
    fc.guarded -= covered


def loop_exit(fc: FunctionChecker, leaves: bool) -> None:
    """A BREAK (`leaves`) or a CONTINUE of the loop being checked: the mode there leaves
    the loop, or starts the next pass (loop_blocks)."""
    if fc.loop_exits:
        fc.loop_exits[-1].append((leaves, (fc.mode_on, fc.mode_saved)))


def _leaving(fc: FunctionChecker, loop: N.Stmt, before: _Mode, ends: list[_Mode],
             exits: list[tuple[bool, _Mode]]) -> list[_Mode]:
    """The modes the run can go on after `loop` with: each BREAK's; each pass's end (a
    CONTINUE's too) unless the loop has no test (LOOP, WHILE True: only a BREAK leaves);
    the mode before it unless it surely enters its body (surely_runs). A pass starting
    from another mode than the first (a restore or a change in the body) may meet a BREAK
    with another mode than the check read: then, or with a GOTO in the body, every mode
    joins, as before (the lesser fault)."""
    again = ends + [mode for leaves, mode in exits if not leaves]
    breaks = [mode for leaves, mode in exits if leaves]
    if any(type(s) is N.Goto for s in walk_stmts(getattr(loop, "body", []))) \
            or breaks and any(m != before and (m[0] or any(m[1])) for m in again):
        return [before, *again, *breaks]
    leaving = list(breaks)
    if not _endless(loop):
        leaving += again
    if not surely_runs(fc, loop):
        leaving.append(before)
    return leaving


def _endless(loop: N.Stmt) -> bool:
    """Has `loop` no test that ends it: LOOP without a count or condition, WHILE True,
    LOOP ... DO WHILE True? Only a BREAK (or RETURN, GOTO) leads after it."""
    if type(loop) is not N.While:
        return False
    cond = loop.cond if loop.post_cond is None else loop.post_cond
    return loop.count is None and (cond is None or type(cond) is N.Const
                                   and cond.value is True)


def surely_runs(fc: FunctionChecker, loop: N.Stmt) -> bool:
    """Does the run surely enter the body of `loop`: a FOR whose bounds and step are
    written numbers or integer CONSTANTs that let it start (`FOR i = 1 TO 2`, `FOR i = 1
    TO NB_MAX`), a LOOP without a condition or whose condition is written after its body
    (DO WHILE), WHILE True, `LOOP (n)` with n written as at least 1. Any other loop may run
    no time, and the mode before it joins the lines after it (loop_blocks)."""
    if type(loop) is N.For:
        start, end = _number(fc, loop.start), _number(fc, loop.end)
        by = 1 if loop.step is None else _number(fc, loop.step)
        return start is not None and end is not None and bool(by) \
            and (start <= end if by > 0 else start >= end)  # type: ignore[operator]
    if type(loop) is N.While:
        count = loop.count
        if count is not None:
            return type(count) is N.Num and count.value >= 1
        cond = loop.cond
        return cond is None or type(cond) is N.Const and cond.value is True
    return False


def _number(fc: FunctionChecker, e: N.Expr) -> float | None:
    """The value of `e` when written as a number (`2`, `-1`) or an integer CONSTANT no
    variable of the code hides; None otherwise."""
    if type(e) is N.Unary and e.op == "neg":
        inner = _number(fc, e.operand)
        return None if inner is None else -inner
    if type(e) is N.Num:
        return e.value
    if type(e) is N.Name:
        key = fold(e.name)
        if fc.scope.lookup(key) is None:
            return fc.sym.int_constants().get(key)
    return None


def _changes_mode(fc: FunctionChecker) -> bool:
    """Does the body being checked call ExceptionChangeParameter with a handling mode
    anywhere (its statements walked once, on its first loop)? Most call none: their
    loops' bodies are then not walked again (loop_blocks), which nested loops made cost
    once per loop holding each statement."""
    if fc.body is None:
        return True  # (no body known: each loop walked, as before)
    if fc.changes_mode is None or fc.changes_mode[0] is not fc.body:
        fc.changes_mode = (fc.body, any(
            type(s) is N.ExprStmt and type(s.expr) is N.Call
            and exception_mode_step(s.expr) == CHANGE_HANDLES
            for s in walk_stmts(fc.body.stmts)))
    return fc.changes_mode[1]
