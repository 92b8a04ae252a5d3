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

__all__ = ["branch_blocks", "loop_blocks", "mode_call", "surely_runs"]

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..syntax import nodes as N
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
    """A loop's body, which may run no time (branch_blocks), covered whole when it leaves
    a handling ExceptionChangeParameter on (its calls read in the order written): its
    lines before the call run again in the next pass with the mode on (*decided*, the
    lesser fault: the first pass is not told apart; it was WL113 where the run gave the
    mode's value). A loop that surely runs (surely_runs) has no path through none: a
    restore in it ends the mode for the lines after the loop."""
    on = fc.mode_on
    if not on and _changes_mode(fc):
        for body in bodies:
            for s in walk_stmts(body):
                if type(s) is N.ExprStmt and type(s.expr) is N.Call:
                    step = exception_mode_step(s.expr)
                    on = step == CHANGE_HANDLES if step else on
    covered = on and not fc.mode_on
    fc.guarded += covered
    branch_blocks(fc, bodies, fc.mode_on and surely_runs(loop))
    fc.guarded -= covered


def surely_runs(loop: N.Stmt) -> bool:
    """Does the run surely go through the whole body of `loop` at least once: a FOR whose
    bounds and step are written as numbers that let it start (`FOR i = 1 TO 2`), a LOOP
    whose condition is written after its body (DO WHILE), `LOOP (n)` with n written as at
    least 1; and no BREAK, CONTINUE or GOTO in the body to leave a pass early. Only then a restore in the body ends the mode for the lines after the
    loop (loop_blocks); any other loop may run no time, and the mode before it joins."""
    if type(loop) is N.For:
        start, end, step = loop.start, loop.end, loop.step
        by = 1 if step is None else step.value if type(step) is N.Num else 0
        if type(start) is not N.Num or type(end) is not N.Num or not by \
                or (start.value > end.value if by > 0 else start.value < end.value):
            return False
    elif type(loop) is N.While:  # (a LOOP without either, WHILE True: only a BREAK
        count = loop.count  # leads after it, and a BREAK may skip the restore)
        if loop.cond is not None or not (loop.post_cond is not None or type(count) is N.Num
                                         and count.value >= 1):
            return False
    else:
        return False
    return not any(type(s) in _LEAVING for s in walk_stmts(loop.body))


_LEAVING = (N.Break, N.Continue, N.Goto)  # (surely_runs: a pass may end early)


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
