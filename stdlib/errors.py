"""Error handling built-ins: ErrorOccurred/ErreurDétectée, ErrorInfo/ErreurInfo,
ErrorPropagate/ErreurPropage, ErrorThrow/ErreurDéclenche, ErrorChangeParameter and
ErrorRestoreParameter, ExceptionChangeParameter and ExceptionRestoreParameter
(runtime/error_modes.py), ExceptionInfo,
ExceptionThrow/ExceptionDéclenche, ExceptionPropagate/ExceptionPropage, ExceptionDisplay
and ExceptionEnable, with the err* information constants.

Two kinds of errors (docs/semantics.md §6): a non-fatal error is recorded in the runtime
(ErrorOccurred / ErrorInfo) and the program goes on; a fatal error is a WLRuntimeError,
an exception that WHEN EXCEPTION / CASE EXCEPTION can catch, described by ExceptionInfo.
"""
from __future__ import annotations

import os
from decimal import Decimal

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, IntArg, ProcArg, TextArg, WholeArg
from wlinterp.runtime.error_modes import (EP_CODE, EP_DISPLAY_MESSAGE, EP_EXECUTE_PROCEDURE,
                                         EP_EXECUTE_PROCEDURE_OVERALL, EP_GOTO_CASE_ERROR,
                                         EP_RESULT, EP_RESULT_ERROR, EP_RETURN, ENDS_PROCESS,
                                         OP_RELAUNCH_PROGRAM, ErrorModeFrame, after_nonfatal)
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import procedure_arg
from wlinterp.runtime.error_place import NOWHERE, ErrorPlace, as_called, from_traceback, resolve
from wlinterp.runtime.state import Runtime

family = Family("Errors")  # created before importing strings: families list in import order

from .strings import int_arg, text_arg  # noqa: E402

ERR_MESSAGE = family.constant("errMessage", "errMessage", 1)  # VERIFIED id 23688485826
# errCode 0 VERIFIED: WINDEV Mobile's runtime answers ErrorInfo(0) with the error's number
# (core/erreur/WDErreurManager.java); ErrorInfo(4) is there the name of the function
ERR_CODE = family.constant("errCode", "errCode", 0)
ERR_SUMMARY = family.constant("errSummary", "errRésumé", 3)
ERR_FULL_DETAILS = family.constant("errFullDetails", "errComplet", 19)  # VERIFIED 18715484911
# The constants below are not on any stored help page: names and values are ours
# (docs/builtins.md "ErrorInfo"), each giving what its name says for a run of wlinterp.
ERR_SYSTEM_CODE = family.constant("errSystemCode", "errCodeSystème", 4)
# errSystemMessage 17 INFERRED: WINDEV Mobile's runtime answers ErrorInfo(17) with the
# system's error message alone, the part its full details head "#MESSAGE_ERREUR_SYSTEME"
# (core/erreur/WDErreurManager.java, its strings decoded); it was 5, ours
ERR_SYSTEM_MESSAGE = family.constant("errSystemMessage", "errMessageSystème", 17)
ERR_MODULE = family.constant("errModule", "errModule", 6)
ERR_PROCESS = family.constant("errProcess", "errTraitement", 7)
ERR_LINE = family.constant("errLine", "errLigne", 8)
ERR_ELEMENT = family.constant("errElement", "errElément", 9)
ERR_DEBUG_INFO = family.constant("errDebugInfo", "errInfoDébogage", 10)
# HJSONToRecord's example (?1000021910) names it; its value and French name are ours
ERR_NUMBER_SUB_ERROR = family.constant("errNumberSubError", "errNombreSousErreur", 30)
MODULE_NAME = "wlinterp"


def _info(rt: Runtime, fname: str, info: object, message: str, code: int, details: str,
          place: ErrorPlace = NOWHERE) -> object:
    """One err* piece of information about an error (shared by ErrorInfo and ExceptionInfo);
    `place` says where it happened (empty when there is no error)."""
    if info is None or int_arg(info, fname) == ERR_MESSAGE:
        return message
    kind = int_arg(info, fname)
    if kind == ERR_CODE:
        return code
    if kind == ERR_NUMBER_SUB_ERROR:  # (ErrorInfo answers it before; an exception has none)
        return 0
    if kind == ERR_SUMMARY:
        return message.split("\n", 1)[0]
    if kind == ERR_FULL_DETAILS:
        return details
    if kind == ERR_SYSTEM_CODE:
        return place.system_code
    if kind == ERR_SYSTEM_MESSAGE:
        return place.system_message
    if kind == ERR_MODULE:
        return MODULE_NAME if message or code else ""
    if kind in (ERR_PROCESS, ERR_LINE, ERR_ELEMENT, ERR_DEBUG_INFO):
        return _where(rt, kind, place)
    raise WLRuntimeError(f"{fname}: unknown information type {kind}.")


def _element(filename: str) -> str:
    """The element of a file: a WINDEV file's `name :` line, else the file's name."""
    from wlinterp.syntax.suffixes import is_windev_file
    if is_windev_file(filename):
        from wlinterp.syntax.element_name import element_name_of
        return element_name_of(filename)
    return os.path.splitext(os.path.basename(filename))[0]


def _where(rt: Runtime, kind: int, place: ErrorPlace) -> object:
    """errLine, errProcess, errElement or errDebugInfo from the frames of `place`: the
    innermost statement's line, its procedure (the element in the main code), its file
    without folder and extension, and the calls (innermost first, one a line)."""
    frames = resolve(place, rt.options.get("locate"))
    if kind == ERR_DEBUG_INFO:
        return "\n".join(f"{_element(f)}, {p or 'main code'}, line {n}" for f, n, p in frames)
    if not frames:
        return 0 if kind == ERR_LINE else ""
    filename, line, procedure = frames[0]
    if kind == ERR_LINE:
        return line
    if kind == ERR_ELEMENT:
        return _element(filename)
    return procedure or _element(filename)


def _details(message: str, code: int, where: str = "", extra: str = "") -> str:
    """The multi-line errFullDetails text (empty when there is no error)."""
    if not message and not code:
        return ""
    lines = [message, f"Error code: {code}"]
    if where:
        lines.append(f"Position: {where}")
    if extra and extra != message:
        lines.append(extra)
    return "\n".join(lines)


@family.function("ErrorOccurred", "ErreurDétectée")
def error_occurred(rt: Runtime) -> bool:
    """True when the last built-in that can fail did fail (non-fatal error).

    Usable without parentheses (`IF ErrorOccurred THEN`). It is cleared on entry of every
    built-in that can fail, so the test just after a call reflects that call.
    """
    return rt.error_occurred


@family.function("ErrorInfo", "ErreurInfo")
def error_info(rt: Runtime, info: IntArg = None, sub: object = None) -> object:
    """Information on the last non-fatal error: without argument (or errMessage) its
    message, errCode its number, errSummary its first line, errFullDetails a multi-line
    text (message, code, "Position: file:line" where it was recorded, details); errLine,
    errProcess, errElement, errDebugInfo where it happened; errSystemCode/errSystemMessage the system's error behind it (0 and "" when
    none); errModule "wlinterp". Empty strings and 0 when no error is recorded.
    errNumberSubError: how many sub-errors it has; with `sub` (1 for the first), the
    information asked is that sub-error's (HJSONToRecord's example, ?1000021910)."""
    if not rt.error_occurred:
        return _info(rt, "ErrorInfo", info, "", 0, "")
    if info is not None and int_arg(info, "ErrorInfo") == ERR_NUMBER_SUB_ERROR:
        return len(rt.error_subs)
    if sub is not None and int_arg(sub, "ErrorInfo") > 0:
        return _sub_info(rt, info, int_arg(sub, "ErrorInfo"))
    place = rt.error_place or NOWHERE
    message = as_called(rt.error_message, place)  # "fOuvre: ...", as the line calls it
    details = ""
    if info is not None and int_arg(info, "ErrorInfo") == ERR_FULL_DETAILS:  # only then
        frames = resolve(place, rt.options.get("locate"))
        where = f"{frames[0][0]}:{frames[0][1]}" if frames and frames[0][1] else ""
        details = _details(message, rt.error_code, where,
                           as_called(rt.error_details, place))
    return _info(rt, "ErrorInfo", info, message, rt.error_code, details, place)


def _sub_info(rt: Runtime, info: object, rank: int) -> object:
    """ErrorInfo(info, rank): sub-error `rank`'s message, code, summary or full details
    ("" / 0 beyond the last one, and for the information only the error has)."""
    if rank > len(rt.error_subs):
        return _info(rt, "ErrorInfo", info, "", 0, "")
    message, code = rt.error_subs[rank - 1]
    return _info(rt, "ErrorInfo", info, message, code, _details(message, code))


@family.function("ErrorPropagate", "ErreurPropage")
def error_propagate(rt: Runtime, first: WholeArg = None, second: object = None) -> None:
    """Pass a non-fatal error on to the caller: ErrorPropagate([message]) or
    ErrorPropagate(code [, message]).

    The error is recorded (ErrorOccurred becomes True, ErrorInfo describes it) with the
    given code and message; what is not given is kept from the current error (code 1 and
    "Error propagated by ErrorPropagate." when there is none). When a CASE ERROR: section
    is active, NonFatalError is raised so that section runs, as for a failed built-in.
    """
    code, message = rt.error_code or 1, rt.error_message
    if isinstance(first, (int, float, Decimal)) and not isinstance(first, bool):
        code = int_arg(first, "ErrorPropagate")
        if second is not None:
            message = text_arg(second, "ErrorPropagate")
    elif first is not None:
        message = text_arg(first, "ErrorPropagate")
    if not message:
        message = "Error propagated by ErrorPropagate."
    same = message == rt.error_message  # the error passed on keeps its details
    rt.set_error(message, code, rt.error_details if same else "",
                 rt.error_subs if same and rt.error_occurred else ())
    after_nonfatal(rt, message)


def _exception(rt: Runtime) -> WLRuntimeError | None:
    exc = rt.exception
    return exc if isinstance(exc, WLRuntimeError) else None


@family.function("ExceptionInfo", "ExceptionInfo")
def exception_info(rt: Runtime, info: IntArg = None) -> object:
    """Information on the last exception handled (same err* constants as ErrorInfo);
    errFullDetails adds the file, line and column. It stays readable after its handler
    has ended, until another exception is handled, as ErrorInfo keeps the last error;
    "" / 0 before any exception was handled (docs/semantics.md, "ExceptionInfo after
    its handler": INFERRED, PC SOFT's ExceptionInfo page is not stored)."""
    exc = _exception(rt)
    if exc is None:
        return _info(rt, "ExceptionInfo", info, "", 0, "")
    return _info(rt, "ExceptionInfo", info, exc.message, exc.code,
                 _details(exc.message, exc.code, _position(rt, exc)), from_traceback(exc))


def _position(rt: Runtime, exc: WLRuntimeError) -> str:
    """"file:line:column" of `exc` for errFullDetails, "" when it has no line. A project
    run (`wl run FILE` loads the folder's project) compiles one combined source: its line
    is mapped back to the file that holds it, as the error message of the run would be."""
    if not exc.line:
        return ""
    filename, line = exc.filename, exc.line
    locate = rt.options.get("locate")
    if locate is not None and filename.startswith("<project "):  # project/program.py
        filename, line = locate(line)
    return f"{filename}:{line}:{exc.column}"


@family.function("ErrorThrow", "ErreurDéclenche")
def error_throw(rt: Runtime, code: IntArg, message: TextArg = None) -> None:
    """Raise a non-fatal error with the developer's `code` and `message`: it is recorded
    (ErrorOccurred, ErrorInfo) and, when a CASE ERROR: section is active, that section runs;
    otherwise the code goes on. Names INFERRED: PC SOFT's own example classes call
    `ErrorThrow(1, "...")`, then `RESULT 0`, with a CASE ERROR: section that calls
    ErrorPropagate (docs/builtins.md). Without a message: "Error <code> thrown by
    ErrorThrow."."""
    n = int_arg(code, "ErrorThrow")
    text = text_arg(message, "ErrorThrow") if message is not None else ""
    text = text or f"Error {n} thrown by ErrorThrow."
    rt.set_error(text, n, "")
    after_nonfatal(rt, text)


# Codes a program gives ExceptionThrow, by name: PC SOFT's own French web service example
# writes `ExceptionDéclenche(exceptionErreur, ErreurInfo())` (WD Serveur Webservice); the
# English help page of ExceptionThrow for PHP shows `ExceptionThrow(exceptionWarning)`.
# The other names INFERRED from those two, the values ours (docs/builtins.md
# "ExceptionThrow's named codes (issue 8, RC, ...)"): the exception's code, as a number.
EXCEPTION_ERROR = family.constant("exceptionError", "exceptionErreur", 1)
EXCEPTION_WARNING = family.constant("exceptionWarning", "exceptionAvertissement", 2)


@family.function("ExceptionThrow", "ExceptionDéclenche")
def exception_throw(rt: Runtime, code: IntArg, message: TextArg = None) -> None:
    """Raise a WLanguage exception (fatal error) with the developer's `code` and `message`.

    Without a message the text is "Exception <code> thrown by ExceptionThrow.".
    Like every WLanguage function, it clears ErrorOccurred when it starts: its handler
    does not see an error recorded before it (docs/semantics.md, "ErrorOccurred in an
    exception handler": decided; an earlier ErrorThrow was still there).
    """
    rt.clear_error()
    n = int_arg(code, "ExceptionThrow")
    text = text_arg(message, "ExceptionThrow") if message is not None else ""
    raise WLRuntimeError(text or f"Exception {n} thrown by ExceptionThrow.", code=n)


@family.function("ExceptionPropagate", "ExceptionPropage")
def exception_propagate(rt: Runtime, message: object = None) -> None:
    """Re-raise the exception being handled, for an outer handler (or to stop the program).

    Before any exception was handled there is nothing to propagate: that misuse is
    fatal. After a handler has ended, the last exception handled is the one re-raised
    (the exception ExceptionInfo still describes). A message given (real code passes
    `ExceptionInfo(errMessage)`) becomes the message passed on, its code kept, as
    ErrorPropagate's does (INFERRED: ExceptionPropagate's page is not stored;
    docs/semantics.md "ExceptionPropagate's message").
    """
    exc = _exception(rt)
    if exc is None:
        raise WLRuntimeError("ExceptionPropagate can only be used while an exception is handled.")
    text = text_arg(message, "ExceptionPropagate") if message is not None else ""
    if text and text != exc.message:
        exc.message, exc.args = text, (text,)
    raise exc


@family.function("ExceptionDisplay", "ExceptionAffiche")
def exception_display(rt: Runtime) -> None:
    """Show the exception handled as WINDEV's exception window would, and go on: its full
    details (ExceptionInfo(errFullDetails), the same exception ExceptionInfo describes) on
    stderr, there being no window (INFERRED: no stored page); nothing when no exception
    was handled."""
    if _exception(rt) is not None:
        rt.write_err(str(exception_info(rt, ERR_FULL_DETAILS)))


@family.function("ExceptionEnable", "ExceptionActive")
def exception_enable(rt: Runtime) -> None:
    """Re-arm exception handling inside a handler (INFERRED: no stored page). wlinterp's
    WHEN EXCEPTION sections are always armed, an exception raised in a handler reaching
    the enclosing one, so there is nothing to re-arm: accepted, no effect."""


family.constant("epCode", "epCode", EP_CODE)
family.constant("epResult", "epRenvoyer", EP_RESULT)  # French: ?3034009's own example
# ends the process returning the value, the error propagated to the caller (English INFERRED)
family.constant("epResultError", "epRenvoyerErreur", EP_RESULT_ERROR)
family.constant("epGotoCaseError", "epGotoCasErreur", EP_GOTO_CASE_ERROR)
family.constant("epDisplayMessage", "epAfficheMessage", EP_DISPLAY_MESSAGE)
family.constant("epExecuteProcedure", "epExécuteProcédure", EP_EXECUTE_PROCEDURE)


def _mode_frame(rt: Runtime, fname: str) -> ErrorModeFrame:
    """The frame of the process that calls `fname` (the compiler gives one to every
    process whose code calls ErrorChangeParameter or ErrorRestoreParameter)."""
    if not rt.error_modes:
        raise WLRuntimeError(f"{fname} must be called in the code of a process (a procedure, "
                             "a method or the main code), not through an indirect call.")
    return rt.error_modes[-1]


@family.function("ErrorChangeParameter", "ErreurChangeParamètre")
def error_change_parameter(rt: Runtime, mode: IntArg, value: object = None,
                           extra: object = None) -> None:
    """Set what a non-fatal error does in the current process (?3034009): epResult ends
    the process returning `value`, epCode leaves the error to the code (ErrorOccurred),
    epGotoCaseError runs its CASE ERROR: section, epDisplayMessage (a window in WINDEV)
    writes the message on stderr, not when `value` is False, and leaves the error to the
    code. epExecuteProcedure is refused: docs/builtins.md "ErrorChangeParameter"."""
    kind = int_arg(mode, "ErrorChangeParameter")
    if kind == EP_EXECUTE_PROCEDURE:
        raise WLRuntimeError("ErrorChangeParameter: epExecuteProcedure is not available "
                             "outside the IDE (it runs the IDE's error procedure).")
    if kind == EP_DISPLAY_MESSAGE and value is not None:
        value = V.to_bool(value)
    if kind not in (EP_CODE, EP_RESULT, EP_RESULT_ERROR, EP_GOTO_CASE_ERROR,
                    EP_DISPLAY_MESSAGE):
        raise WLRuntimeError(f"ErrorChangeParameter: unknown behavior {kind}.")
    frame = _mode_frame(rt, "ErrorChangeParameter")
    frame.saved.append((frame.mode, frame.value, frame.handlers))
    frame.mode, frame.value, frame.handlers = kind, value, rt.error_handlers


@family.function("ErrorRestoreParameter", "ErreurRestaureParamètre")
def error_restore_parameter(rt: Runtime) -> None:
    """Go back to the behaviour in force before the last ErrorChangeParameter of the
    current process (the default, CASE ERROR:, when there was none)."""
    frame = _mode_frame(rt, "ErrorRestoreParameter")
    if frame.saved:
        frame.mode, frame.value, frame.handlers = frame.saved.pop()


family.constant("epExecuteProcedureOverall", "epExécuteProcédureGénérale",  # (?3034007 FR)
                EP_EXECUTE_PROCEDURE_OVERALL)
family.constant("opRelaunchProgram", "opRelanceProgramme", OP_RELAUNCH_PROGRAM)
# ?3034007's French list: epRetour ends the process without propagating the exception,
# epGotoCasException runs CASE EXCEPTION: (English names INFERRED)
family.constant("epReturn", "epRetour", EP_RETURN)
family.constant("epGotoCaseException", "epGotoCasException", EP_GOTO_CASE_ERROR)


@family.function("ExceptionChangeParameter", "ExceptionChangeParamètre")
def exception_change_parameter(rt: Runtime, mode: IntArg, procedure: ProcArg = None) -> None:
    """What a fatal error does in the current process (?3034007): epCode, the standard
    behaviour (WHEN EXCEPTION, CASE EXCEPTION:, else the program stops); epExecuteProcedure
    runs `procedure`, whose answer (opEndProcess, opEndProgram, opRelaunchProgram)
    decides; epExecuteProcedureOverall, meant for the project's initialisation code, does
    the same here for the main code and every process it calls that catches nothing."""
    kind = int_arg(mode, "ExceptionChangeParameter")
    frame = _mode_frame(rt, "ExceptionChangeParameter")
    value: object = None
    proc: object = None  # EP_CODE, EP_GOTO_CASE_ERROR: the standard (WHEN EXCEPTION...)
    if kind in (EP_CODE, EP_GOTO_CASE_ERROR):
        pass
    elif kind in (EP_EXECUTE_PROCEDURE, EP_EXECUTE_PROCEDURE_OVERALL):
        proc = procedure_arg(rt, procedure, "ExceptionChangeParameter")
    elif kind in (EP_RETURN, EP_RESULT):  # the process ends (returning the value given)
        proc, value = ENDS_PROCESS, (procedure if kind == EP_RESULT else None)
    else:
        raise WLRuntimeError(f"ExceptionChangeParameter: unknown behavior {kind}.")
    frame.exc_saved.append((frame.exc_proc, frame.exc_value))
    frame.exc_proc, frame.exc_value = proc, value


@family.function("ExceptionRestoreParameter", "ExceptionRestaureParamètre")
def exception_restore_parameter(rt: Runtime) -> None:
    """Back to the behaviour before the process's last ExceptionChangeParameter."""
    frame = _mode_frame(rt, "ExceptionRestoreParameter")
    if frame.exc_saved:
        frame.exc_proc, frame.exc_value = frame.exc_saved.pop()
