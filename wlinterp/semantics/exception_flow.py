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

__all__ = ["branch_blocks", "mode_call"]

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..syntax import nodes as N
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
