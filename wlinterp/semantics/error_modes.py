"""Which bodies change what an error does: a call to ErrorChangeParameter or
ExceptionChangeParameter (or their Restore functions) gives the body an error-mode frame
in the compiler (compiler/bodies.py), and a body whose exceptions a CASE EXCEPTION or an
ExceptionChangeParameter handles goes on where a fatal error stops another: the checker
says nothing of a stop the run never makes there (checker.check_body)."""
from __future__ import annotations

__all__ = ["sets_error_mode", "handles_exceptions"]

from ..syntax import nodes as N
from ..syntax.names import fold
from .facts import facts

_EXCEPTION_MODES = frozenset({"exceptionchangeparameter", "exceptionchangeparametre"})
_ERROR_MODES = frozenset({"errorchangeparameter", "erreurchangeparametre",
                          "errorrestoreparameter", "erreurrestaureparametre",
                          "exceptionrestoreparameter", "exceptionrestaureparametre",
                          *_EXCEPTION_MODES})


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
    """Is a fatal error (an exception) in this body's own lines handled there: a CASE
    EXCEPTION section, or ExceptionChangeParameter (epReturn, epResult,
    epGotoCaseException...: ?3034007) called in it? The run then goes on (or leaves the
    body quietly) where another body stops."""
    return body.on_exception is not None or _calls_one_of(body, _EXCEPTION_MODES)
