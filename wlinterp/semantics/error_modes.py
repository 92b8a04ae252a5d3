"""Which bodies change what an error does: a call to ErrorChangeParameter or
ExceptionChangeParameter (or their Restore functions) gives the body an error-mode frame
in the compiler (compiler/bodies.py), and a body whose exceptions a CASE EXCEPTION or an
ExceptionChangeParameter handles goes on where a fatal error stops another: the checker
says nothing of a stop the run never makes there (checker.check_body), a CASE EXCEPTION
section the whole body, ExceptionChangeParameter the lines after it up to a restore."""
from __future__ import annotations

__all__ = ["CHANGE_HANDLES", "CHANGE_STANDARD", "RESTORE", "exception_mode_step",
           "handles_exceptions", "mode_handles_somewhere", "sets_error_mode"]

from ..syntax import nodes as N
from ..syntax.names import fold
from .facts import facts

_EXCEPTION_MODES = frozenset({"exceptionchangeparameter", "exceptionchangeparametre"})
_ERROR_MODES = frozenset({"errorchangeparameter", "erreurchangeparametre",
                          "errorrestoreparameter", "erreurrestaureparametre",
                          "exceptionrestoreparameter", "exceptionrestaureparametre",
                          *_EXCEPTION_MODES})
_EXCEPTION_RESTORES = frozenset({"exceptionrestoreparameter", "exceptionrestaureparametre"})
# the modes after which a fatal error is not handled (?3034007): epCode, "the standard
# operating mode of exceptions", and the CASE EXCEPTION ones (nothing without the section);
# epDisplayMessage and epResultError, which the run refuses at the call (stdlib/errors.py)
_STANDARD = frozenset({"epcode", "epgotocaseexception", "epgotocasexception",
                       "epgotocaseerror", "epgotocaserreur", "epdisplaymessage",
                       "epaffichemessage", "epresulterror", "eprenvoyererreur"})
CHANGE_HANDLES, CHANGE_STANDARD, RESTORE = 1, 2, -1  # (exception_mode_step's answers)


def _calls_one_of(body: N.Body, names: frozenset[str]) -> bool:
    """Does this body (not its internal procedures) call one of these folded names? (A
    callee named so is among the names the body mentions, internal procedures' included:
    most bodies mention none, and their calls are not read.)"""
    found = facts(body)
    if names.isdisjoint(found.referenced):
        return False
    return any(isinstance(c.func, N.Name) and fold(c.func.name) in names
               for c in found.own_calls)


def sets_error_mode(body: N.Body) -> bool:
    """Does this body call ErrorChangeParameter, ExceptionChangeParameter or their
    Restore functions? Only such a body gets an error-mode frame."""
    return _calls_one_of(body, _ERROR_MODES)


def handles_exceptions(body: N.Body) -> bool:
    """Is a fatal error (an exception) anywhere in this body's own lines handled there: a
    CASE EXCEPTION section? The run then goes on where another body stops."""
    return body.on_exception is not None


def exception_mode_step(call: N.Call) -> int:
    """In a body without a CASE EXCEPTION section, the lines after ExceptionChangeParameter
    (epReturn, epResult, epExecuteProcedure...: ?3034007) up to ExceptionRestoreParameter
    are handled, not the others (checker.block asks each call statement:
    exception_flow.mode_call). CHANGE_HANDLES for ExceptionChangeParameter with a mode
    after which a fatal error is handled (a mode not written as a constant counts as
    handling), CHANGE_STANDARD for one with a standard mode (_STANDARD: epCode ends a
    handling mode, the run keeps both), RESTORE for ExceptionRestoreParameter, 0 for any
    other call."""
    func = call.func
    if type(func) is not N.Name:
        return 0
    key = fold(func.name)
    if key in _EXCEPTION_RESTORES:
        return RESTORE
    if key not in _EXCEPTION_MODES:
        return 0
    mode = call.args[0] if call.args else None
    return CHANGE_STANDARD if type(mode) is N.Name and fold(mode.name) in _STANDARD \
        else CHANGE_HANDLES


def mode_handles_somewhere(body: N.Body) -> bool:
    """Does this body (not its internal procedures) call ExceptionChangeParameter with a
    mode that handles a fatal error (epResult, epReturn...)? Its internal procedures' lines
    are then covered: a fatal error there goes to this body, whose mode answers it
    (*decided*, the lesser fault: where the call is made is not followed; checker.py
    s_Procedure)."""
    return body.on_exception is None and any(  # (internal procedures only: rare)
        exception_mode_step(c) == CHANGE_HANDLES for c in facts(body).own_calls)
