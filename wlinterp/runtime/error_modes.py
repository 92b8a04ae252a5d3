"""What a non-fatal error does once it is recorded: the automatic behaviour a process sets
with ErrorChangeParameter / ErreurChangeParamètre (?3034009), else its `CASE ERROR:`
section, else nothing (the code tests ErrorOccurred).

Only a process (procedure, method or main code) whose code calls ErrorChangeParameter
gets a frame: the compiler wraps its body (compiler/bodies.py), so other processes pay
nothing. ErrorChangeParameter sets the mode of the innermost frame; a non-fatal error
raised in that process, or in a process it calls that handles nothing itself, then
follows it: `epResult` ends the process with the given value, `epCode` leaves the error
to the code, `epGotoCaseError` (the default) enters the `CASE ERROR:` section,
`epDisplayMessage` writes the error's message on stderr (where the window would show
it; not when its value is False) and then leaves the error to the code. A `CASE
ERROR:` section entered after the mode was set (a called procedure's own) still wins.
"""
from __future__ import annotations

__all__ = ["NonFatalError", "ErrorModeResult", "ErrorModeFrame", "EP_CODE", "EP_RESULT",
           "EP_GOTO_CASE_ERROR", "EP_DISPLAY_MESSAGE", "EP_EXECUTE_PROCEDURE",
           "EP_EXECUTE_PROCEDURE_OVERALL", "EP_RETURN", "EP_RESULT_ERROR", "ENDS_PROCESS", "after_nonfatal", "error_mode_enter",
           "error_mode_leave", "exception_mode_run", "error_test_enter", "error_test_leave"]

from typing import Any

# Values are ours (the help names the constants, not their values).
EP_CODE, EP_DISPLAY_MESSAGE, EP_EXECUTE_PROCEDURE, EP_GOTO_CASE_ERROR, EP_RESULT, \
    EP_EXECUTE_PROCEDURE_OVERALL, EP_RETURN, EP_RESULT_ERROR = range(8)
ENDS_PROCESS = object()
"""ExceptionChangeParameter(epReturn / epResult): a fatal error ends the process (returning
its value, `exc_value`) instead of running a procedure: the frame's `exc_proc` then."""
# What an exception procedure answers: the values of the HFSQL family's op... constants
# (wlinterp/hfsql/onerror.py), and ours for opRelaunchProgram.
OP_END_PROCESS, OP_END_PROGRAM, OP_RELAUNCH_PROGRAM = 3, 4, 5


class NonFatalError(Exception):
    """Unwinds to the nearest `CASE ERROR:` section after a built-in failed."""


class ErrorModeFrame:
    """One process's automatic error behaviour: its mode, epResult's value, how many
    CASE ERROR sections were armed when the mode was set, and the modes it replaced
    (ErrorRestoreParameter goes back one)."""

    __slots__ = ("mode", "value", "handlers", "saved", "exc_proc", "exc_saved", "exc_value")

    def __init__(self) -> None:
        self.mode = EP_GOTO_CASE_ERROR
        self.value: Any = None
        self.handlers = 0
        self.saved: list[tuple[int, Any, int]] = []
        # ExceptionChangeParameter(epExecuteProcedure, P): the procedure a fatal error of
        # this process runs (None: the standard behaviour), and the ones it replaced
        self.exc_proc: Any = None
        self.exc_saved: list[Any] = []
        self.exc_value: Any = None  # what the process returns after ENDS_PROCESS


class ErrorModeResult(Exception):
    """Ends the process that owns `frame` (its epResult is in force) with its value."""

    def __init__(self, frame: ErrorModeFrame) -> None:
        super().__init__("epResult")
        self.frame = frame


def after_nonfatal(rt: Any, message: str) -> None:
    """Called once a non-fatal error is recorded (rt.set_error): apply the behaviour in
    force. Returns when the code itself is to test the error: also when the call that
    failed is one the code tests (`IF NOT f() THEN`, or `f()` followed by `IF
    ErrorOccurred`), which ErrorPropagate's page (?3034015) exempts from the automatic
    handling, unless a handler was armed or a mode set deeper than that test."""
    modes = rt.error_modes
    tested = rt.error_tested
    if tested is not None and rt.error_handlers <= tested[0] and len(modes) <= tested[1]:
        return
    if modes:
        frame = modes[-1]
        if rt.error_handlers <= frame.handlers:  # no CASE ERROR armed since the mode
            if frame.mode == EP_RESULT:  # "validates the errors" (?3034009): the caller
                rt.clear_error()  # finds none; EP_RESULT_ERROR leaves it to the caller
                raise ErrorModeResult(frame)
            if frame.mode == EP_RESULT_ERROR:
                raise ErrorModeResult(frame)
            if frame.mode == EP_CODE:
                return
            if frame.mode == EP_DISPLAY_MESSAGE:  # no window: the message on stderr
                if frame.value is None or frame.value:
                    rt.write_err(message)
                return  # then, as after the window, the code goes on (epCode)
    if rt.error_handlers:
        raise NonFatalError(message)


def exception_mode_run(rt: Any, frame: ErrorModeFrame, exc: Any) -> bool:
    """A fatal error reached the process whose ExceptionChangeParameter(epExecuteProcedure,
    P) is in force: run P while ExceptionInfo describes the error. True when P answers
    opEndProcess (the process ends, the caller goes on); opEndProgram, or no answer,
    ends the program with exit code 1 (?3034007: opEndProgram is the default)."""
    from ..errors import ProgramEnd, WLRuntimeError
    from .procrefs import call_with
    rt.exception = exc
    if frame.exc_proc is ENDS_PROCESS:  # epReturn / epResult: the process ends, no procedure
        return True
    proc, frame.exc_proc = frame.exc_proc, None  # an error inside P is not P's again
    try:
        answer = call_with(proc)
    finally:
        frame.exc_proc = proc
    if answer == OP_END_PROCESS:
        return True
    if answer == OP_RELAUNCH_PROGRAM:
        raise WLRuntimeError("opRelaunchProgram: wlinterp cannot restart the program; "
                             f"it stops on the exception: {getattr(exc, 'message', exc)}")
    raise ProgramEnd(1)


def error_test_enter(rt: Any) -> Any:
    """A call the code tests starts: its non-fatal errors are left to that test."""
    saved = rt.error_tested
    rt.error_tested = (rt.error_handlers, len(rt.error_modes))
    return saved


def error_test_leave(rt: Any, saved: Any) -> None:
    rt.error_tested = saved


def error_mode_enter(rt: Any) -> ErrorModeFrame:
    frame = ErrorModeFrame()
    rt.error_modes.append(frame)
    return frame


def error_mode_leave(rt: Any, frame: ErrorModeFrame) -> None:
    modes = rt.error_modes
    if modes and modes[-1] is frame:
        modes.pop()
    elif frame in modes:  # left by an exception that skipped an inner frame's exit
        modes.remove(frame)
