"""Where a non-fatal error happened, captured when it is recorded (Runtime.set_error), for
ErrorInfo's errLine, errProcess, errElement, errDebugInfo, errSystemCode and
errSystemMessage (stdlib/errors.py).

The capture keeps only what is cheap to take: the compiled WLanguage frames on the Python
stack (their program, Python line and function name; resolved to WLanguage lines only
when ErrorInfo asks) and the operating-system error behind the failure, if any (the
OSError a built-in turned into a BuiltinFailure, found in the exception being handled).
It costs nothing on the paths that do not fail.
"""
from __future__ import annotations

__all__ = ["ErrorPlace", "as_called", "capture"]

import sys
from typing import Any, NamedTuple

from .main_parts import MAIN_PREFIX


class ErrorPlace(NamedTuple):
    """The WLanguage frames (innermost first) and the system error of one failure."""

    frames: tuple[tuple[Any, int, str], ...]  # (CompiledProgram, Python line, code name)
    system_code: int
    system_message: str


NOWHERE = ErrorPlace((), 0, "")


_programs: dict[str, Any] | None = None  # engine.LINEMAPS, looked up once


def _compiled() -> dict[str, Any]:
    """The engine's compiled programs by code file name (imported late: the engine
    imports the runtime)."""
    global _programs
    if _programs is None:
        from ..run_errors import LINEMAPS
        _programs = LINEMAPS
    return _programs


def capture(depth: int = 2) -> ErrorPlace:
    """The place of the failure being recorded: the caller's caller's stack."""
    programs = _compiled()
    frames: list[tuple[Any, int, str]] = []
    frame: Any = sys._getframe(depth)
    while frame is not None:
        fcode = frame.f_code
        prog = programs.get(fcode.co_filename)
        if prog is not None:
            frames.append((prog, frame.f_lineno, fcode.co_name))
            if fcode.co_name.startswith(MAIN_PREFIX):  # (or a part: main_parts.py)
                break  # the outermost WLanguage frame: the rest is the engine's
        frame = frame.f_back
    code, message = _system_error(sys.exc_info()[1])
    return ErrorPlace(tuple(frames), code, message)


def _system_error(exc: BaseException | None) -> tuple[int, str]:
    """(errno, its text) of the OSError in `exc`'s chain, (0, "") when there is none."""
    for _ in range(6):
        if exc is None:
            break
        if isinstance(exc, OSError):
            return int(exc.errno or 0), str(exc.strerror or exc)
        exc = exc.__cause__ or exc.__context__
    return 0, ""


def from_traceback(exc: BaseException) -> ErrorPlace:
    """The place of an exception (ExceptionInfo): the WLanguage frames of its traceback."""
    programs = _compiled()
    frames: list[tuple[Any, int, str]] = []
    tb = exc.__traceback__
    while tb is not None:
        prog = programs.get(tb.tb_frame.f_code.co_filename)
        if prog is not None:
            frames.append((prog, tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    frames.reverse()
    code, message = _system_error(exc.__cause__ or exc.__context__)
    return ErrorPlace(tuple(frames), code, message)


def resolve(place: ErrorPlace, locate: Any = None) -> list[tuple[str, int, str | None]]:
    """(file, WLanguage line, procedure or None for the main code) of each frame,
    innermost first; `locate` maps a project's combined lines back to their file."""
    out: list[tuple[str, int, str | None]] = []
    for prog, n, code_name in place.frames:
        line = prog.linemap[n][0] if n < len(prog.linemap) else 0
        filename = prog.filename
        if locate is not None and line:
            filename, line = locate(line)
        out.append((filename, line, prog.consts.get("__names__", {}).get(code_name)))
    return out


def as_called(message: str, place: ErrorPlace) -> str:
    """A non-fatal error's message with the built-in it starts with ("fOpen: ...") named
    as the failing line calls it ("fOuvre: ..."), as fatal errors are
    (shown_names.builtin_as_written); asked only when ErrorInfo reads the message."""
    if not place.frames:
        return message
    from ..shown_names import builtin_as_written
    prog, n, _ = place.frames[0]
    line = prog.linemap[n][0] if n < len(prog.linemap) else 0
    return builtin_as_written(message, prog.source, line)
