"""A run's failures as WLanguage errors: which Python errors compiled code raises that
WLanguage sees as exceptions (`CATCHABLE`), the WLanguage error each becomes
(`as_wl_exception`), positioned at the innermost WLanguage statement of its traceback
with the calls that led there, and the error of code stopped from outside
(`stopped_error`: Ctrl-C, --timeout). `LINEMAPS` holds the compiled programs by the file
name of their code, which the engine fills as it runs them.

The runtime, the built-ins and the project loader all turn failures into errors here:
this module needs the compiled program's line map, never the compiler or the engine.
"""
from __future__ import annotations

__all__ = ["CATCHABLE", "LINEMAPS", "as_wl_exception", "stopped_error"]

import os
import sys
from collections import deque
from types import TracebackType
from typing import TYPE_CHECKING

from .errors import BuiltinFailure, ErrCode, NullObjectError, WLRuntimeError
from .registry import NonFatalError
from .syntax.words import MEMBER_INIT
from .runtime.main_parts import MAIN_PREFIX
from .lazy_import import on_first_call

if TYPE_CHECKING:
    from .argument_place import argument_column
    from .error_column import failing_column
    from .null_objects import name_null_object
    from .shown_names import as_written, builtin_as_written, name_on_line
else:
    on_first_call(globals(), ".argument_place", "argument_column")
    on_first_call(globals(), ".error_column", "failing_column")
    on_first_call(globals(), ".null_objects", "name_null_object")
    on_first_call(globals(), ".shown_names", "as_written", "builtin_as_written", "name_on_line")

if TYPE_CHECKING:
    from .compiler.program import CompiledProgram

# Python errors that compiled code can raise and that WLanguage sees as exceptions. A
# BuiltinFailure reaches compiled code only from a built-in not declared `can_fail`
# (registry.py): its failure is then that built-in's fatal error (as_wl_exception).
CATCHABLE = (WLRuntimeError, ArithmeticError, RecursionError, NameError, MemoryError,
             BuiltinFailure)
# (NonFatalError is not an exception for WHEN EXCEPTION: only CASE ERROR handles it.)

def as_wl_exception(exc: BaseException) -> WLRuntimeError:
    """The WLanguage exception for anything compiled code raised."""
    if isinstance(exc, WLRuntimeError):
        _locate(exc, exc.__traceback__)
        return exc
    if isinstance(exc, ZeroDivisionError):
        message, code = "Division by zero.", ErrCode.DIVISION_BY_ZERO
    elif isinstance(exc, RecursionError):
        message, code = _overflow_message(exc), ErrCode.STACK
    elif isinstance(exc, ArithmeticError):  # OverflowError, decimal's Overflow...
        message, code = "Numeric overflow or invalid numeric operation.", ErrCode.NUMERIC
    elif isinstance(exc, NameError):
        # UnboundLocalError (a local read above its declaration) carries no `name`:
        # it is the first quoted word of its message, in every Python version
        name = getattr(exc, "name", "") or "".join(str(exc).split("'")[1:2])
        if not _raised_by_script(exc) or not name.startswith(("v_", "g_", "a_")):
            raise exc  # a bug in wlinterp (a helper missing from runtime/namespace.py...)
        shown = name.split("_", 1)[1] if "_" in name else name
        return _before_declaration(shown, exc)
    elif isinstance(exc, MemoryError):
        message, code = "Not enough memory.", ErrCode.MEMORY
    elif isinstance(exc, NonFatalError):
        message, code = str(exc), ErrCode.RUNTIME
    elif isinstance(exc, BuiltinFailure):  # from a built-in declaring no non-fatal error:
        message, code = exc.message, ErrCode.RUNTIME  # docs/builtins.md, "Undeclared failures"
    else:
        message, code = f"{type(exc).__name__}: {exc}", ErrCode.RUNTIME
    err = WLRuntimeError(message, code=code)
    err.also = list(getattr(exc, "also", ()))  # a thread's error after it (thread_gate.py)
    _locate(err, exc.__traceback__)
    return err


LINEMAPS: "dict[str, CompiledProgram]" = {}


def script_place() -> TracebackType | None:
    """The innermost WLanguage statement running in this thread, as a one-entry
    traceback: where a built-in that starts a thread was called (ThreadExecute), kept so
    that an argument its procedure's parameter refuses is shown there (`from_caller`)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename in LINEMAPS:
            return TracebackType(None, frame, frame.f_lasti, frame.f_lineno)
        frame = frame.f_back  # type: ignore[assignment]
    return None


def from_caller(exc: BaseException, caller: TracebackType | None) -> bool:
    """`exc`, raised in a thread, as if called from `caller` (script_place): a value its
    procedure's parameter refused (`ThreadExecute("t", threadNormal, Worker, p)`, Worker
    taking an int) is then placed at the caller's argument, as a direct call's is, and an
    error raised before any of the thread's WLanguage code ran (too many arguments for
    the procedure) at the caller's line (it had no position: "<string>: error"); the
    thread's other errors stay where they were raised. True when `exc` was so chained:
    once located, its traceback is to be dropped (the main thread raising it again would
    read the caller's frame as one of its calls)."""
    if caller is None or not isinstance(exc, WLRuntimeError) or exc.located:
        return False
    if not exc.message.startswith("A value of type ") and _in_script(exc.__traceback__):
        return False
    exc.__traceback__ = TracebackType(exc.__traceback__, caller.tb_frame, caller.tb_lasti,
                                      caller.tb_lineno)
    return True


def started_in(caller: TracebackType | None) -> str:
    """Where a thread or a parallel task was started (script_place's entry), as a call
    chain's last line says it: "started in the main code, line 3"; "" when unknown."""
    prog = LINEMAPS.get(caller.tb_frame.f_code.co_filename) if caller is not None else None
    if caller is None or prog is None:
        return ""
    line = prog.linemap[caller.tb_lineno][0] if caller.tb_lineno < len(prog.linemap) else 0
    return f"started in {_shown_name(prog, caller.tb_frame.f_code.co_name)}, line {line}"


def _in_script(tb: TracebackType | None) -> bool:
    """Whether a traceback passes through compiled WLanguage code (LINEMAPS)."""
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in LINEMAPS:
            return True
        tb = tb.tb_next
    return False


def _before_declaration(folded: str, exc: NameError) -> WLRuntimeError:
    """A local variable read above its declaration: named as the failing line writes
    it, the caret on it (the compiled code knows only its folded name)."""
    err = WLRuntimeError(f"The variable '{folded}' is used before its declaration.",
                         code=ErrCode.UNDECLARED)
    err.also = list(getattr(exc, "also", ()))  # (as as_wl_exception's)
    _locate(err, exc.__traceback__)
    found = name_on_line(folded, err.source, err.line) if err.located else None
    if found is not None:
        message = f"The variable '{found[0]}' is used before its declaration."
        err.message, err.args, err.column = message, (message,), found[1]
    return err


def _overflow_message(exc: RecursionError) -> str:
    """What ran out of stack: WLanguage calls (a procedure frame among the innermost
    ones), or a built-in walking a value nested deeper than the stack allows (Serialize,
    Trace or a copy of a chain of 100,000 objects: only the runtime's frames at the
    bottom), which "too many nested procedure calls" would misname."""
    innermost: deque[str] = deque(maxlen=64)
    tb = exc.__traceback__
    while tb is not None:
        innermost.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    if not innermost or any(name in LINEMAPS for name in innermost):
        return "Stack overflow: too many nested procedure calls."
    return ("Stack overflow: the value is nested too deeply (objects, arrays or structures "
            "inside one another) for this operation.")


def _raised_by_script(exc: BaseException) -> bool:
    """Was `exc` raised directly by compiled WLanguage code (its innermost frame)?"""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    return last is not None and last.tb_frame.f_code.co_filename in LINEMAPS


def _locate(err: WLRuntimeError, tb: TracebackType | None) -> None:
    """Position the error at the innermost WLanguage statement in the traceback (an error
    raised with its own line, such as an unknown procedure, only gets the file)."""
    frames: list[tuple[CompiledProgram, int, TracebackType]] = []  # from outermost
    calls: list[tuple[str, int]] = []  # (procedure, WLanguage line) from outermost
    while tb is not None:
        prog = LINEMAPS.get(tb.tb_frame.f_code.co_filename)
        if prog is not None:
            frames.append((prog, tb.tb_lineno, tb))
            line = prog.linemap[tb.tb_lineno][0] if tb.tb_lineno < len(prog.linemap) else 0
            calls.append((_shown_name(prog, tb.tb_frame.f_code.co_name), line))
        tb = tb.tb_next
    if not frames:
        return
    given = _refused_argument(err, frames)
    if given is not None:  # at the caller's argument, the callee left out of the calls
        frames.pop()
        calls.pop()
    found = frames[-1]
    if not err.stack and (len(calls) > 1 or _a_procedure(calls[0][0])):
        # (one procedure alone: a thread's or a task's, which no main code calls)
        entries = [f"in {name}, line {line}" for name, line in reversed(calls[:-1])]
        err.stack = [f"in {calls[-1][0]}"] + _compress(entries)
    prog, lineno, where = found
    if err.source is None:
        err.filename, err.source = prog.filename, prog.source
    if not err.located:
        line, col = prog.linemap[lineno] if lineno < len(prog.linemap) else (0, 0)
        if given is not None:  # (a line below the statement's: a call over lines)
            line, col = given
        elif line:  # the failing call within the statement (error_column.py)
            missing = "" if type(err) is NullObjectError else err.message  # (a Null
            col = failing_column(prog, where, line, col, missing)  # object: at the object)
        err.locate(line, col, prog.filename, prog.source)
        shown = as_written(err.message, prog.source, line)  # '..Visible', not '..visible'
        if err.code >= ErrCode.RUNTIME:  # (not ExceptionThrow's text: the script's own)
            shown = builtin_as_written(shown, prog.source, line)  # "Occurrence: ..."
        if shown != err.message:
            err.message, err.args = shown, (shown,)
        if type(err) is NullObjectError and line:
            name_null_object(err, prog, line)


_REFUSED_STORES = ("A value of type ", "An array (")  # (the second: an xmlNode's,
# stdlib/xml_documents.py _node_from_value, XMLExecuteXPath's array given to a parameter)


def _refused_argument(err: WLRuntimeError,
                      frames: list[tuple[CompiledProgram, int, TracebackType]]
                      ) -> tuple[int, int] | None:
    """The line and column of the caller's argument (`Total(t)`: at `t`, where `wl check` puts
    WL116) when the conversion of a parameter of the innermost procedure refused it ("A
    value of type array cannot be used as a number.", n declared an int) and the caller
    called it directly; None for any other error. The conversion is at the callee's
    header (its line in the line map) and names one of its parameters (`a_n =
    co_int32(a_n)`); a procedure called by a built-in (ArraySort's) keeps its place."""
    if len(frames) < 2 or not err.message.startswith(_REFUSED_STORES):
        return None
    prog, lineno, tb = frames[-1]
    code = tb.tb_frame.f_code
    header = prog.linemap[code.co_firstlineno] if code.co_firstlineno < len(prog.linemap) \
        else None
    if header is None or lineno >= len(prog.linemap) or prog.linemap[lineno][0] != header[0] \
            or lineno == code.co_firstlineno:
        return None
    params = [p for p in code.co_varnames[:code.co_argcount] if p != "a__objet"]
    text = prog.source_py.split("\n")[lineno - 1]
    if text.lstrip().startswith("return"):  # RESULT's conversion (`RESULT (x, 1)` in a
        return None  # one-statement procedure: its line is the header's), not a parameter's
    named = {p for p in params if p in _words(text)}
    if len(named) != 1:
        return None
    caller, at, where = frames[-2]
    line = caller.linemap[at][0] if at < len(caller.linemap) else 0
    return argument_column(caller, where, line, params.index(named.pop())) if line else None


def _words(text: str) -> set[str]:
    """The identifiers of a generated line."""
    return set("".join(c if c.isalnum() or c == "_" else " " for c in text).split())


_PACKAGE = os.path.dirname(os.path.abspath(__file__))
# the passes before a run: their folders, and the linker of a project's files
_COMPILING = {os.path.join(_PACKAGE, d) for d in ("syntax", "semantics", "compiler")}
_LINKER = os.path.join(_PACKAGE, "project", "linker.py")
_LIFETIME = os.path.join(_PACKAGE, "runtime", "object_lifetime.py")  # destructors' calls:
_DESTROYING = {"__del__": "self", "destroy": "self", "_destroy_all": "obj"}  # the object


def _compiling(path: str) -> bool:
    """Is `path` a module of the passes that read and compile a script?"""
    return os.path.dirname(path) in _COMPILING or path == _LINKER


def stopped_error(message: str, tb: TracebackType | None, filename: str,
                  cls: type[WLRuntimeError] = WLRuntimeError) -> WLRuntimeError:
    """The error for code stopped from outside (Ctrl-C, --timeout): positioned at the
    statement that was running; `{where}` in `message` becomes its procedure's name."""
    where, compiling, loading, destroyed = "", False, False, None
    walk = tb
    while walk is not None:
        code = walk.tb_frame.f_code
        prog = LINEMAPS.get(code.co_filename)
        if prog is not None and code.co_name == "<module>":
            loading = True  # the program's own module code: defining its procedures
        elif prog is not None:
            where = _shown_name(prog, code.co_name)
        elif code.co_filename == _LIFETIME and code.co_name in _DESTROYING:
            destroyed = walk.tb_frame.f_locals.get(_DESTROYING[code.co_name])
        compiling = compiling or _compiling(code.co_filename)
        walk = walk.tb_next
    if not where and destroyed is not None:  # between its destructor's statements and
        place = _destructor_place(destroyed)  # the object's end (a chain of them)
        if place is not None:
            prog, name, line, col = place
            err = cls(message.format(where=f"{name}, as it began or ended"),
                      filename=filename)
            err.locate(line, col, prog.filename, prog.source)
            return err
    # No statement running: the parser, checker or compiler at work (a huge source under
    # a short --timeout), the procedures being defined, or wlinterp's own work before or
    # after the code (a test case's setup); it said "stopped in <module>", no place.
    shown = where or ("its compilation, before any of it ran" if compiling else
                      "the loading of its procedures, before any of its code ran" if loading
                      else "the preparation or the end of its run, no statement of it running")
    err = cls(message.format(where=shown), filename=filename)
    err.before_run = not where  # type: ignore[attr-defined]  # report.py reads it
    _locate(err, tb)
    return err


def _destructor_place(obj: object) -> tuple[CompiledProgram, str, int, int] | None:
    """The program, name and first line of the destructor that `obj` (a WLObject being
    destroyed) runs, for a stop that fell in its call but outside its statements (the
    destructors of a chain run one inside another as each object goes): it said "no
    statement of it running", with no place, though the destructors were what ran."""
    from .runtime.object_lifetime import destructor_of
    method = destructor_of(obj)
    code = getattr(method, "__code__", None)
    if code is None:
        return None
    prog = LINEMAPS.get(code.co_filename)
    if prog is None:  # not called yet: a stub, compiled on its first call (lazy.py)
        rt = getattr(method, "__globals__", {}).get("_rt")
        prog = rt.state.get("program") if rt is not None else None
    if prog is None:
        return None
    header = f"def {code.co_name}("
    lines = prog.source_py.split("\n")
    at = next((i for i, text in enumerate(lines) if text.startswith(header)), None)
    if at is None or at + 2 >= len(prog.linemap):
        return None
    line, col = prog.linemap[at + 2]  # (1-based: the line after the `def`)
    return (prog, _shown_name(prog, code.co_name), line, col) if line else None


def _compress(entries: list[str], keep: int = 20) -> list[str]:
    """Runs of the same call (deep recursion) shown once with a count; at most `keep`
    lines, the outermost call always last."""
    out: list[str] = []
    i = 0
    while i < len(entries):
        j = i
        while j < len(entries) and entries[j] == entries[i]:
            j += 1
        out.append(entries[i])
        if j - i > 1:
            out.append(f"... the same call {j - i - 1} more time(s)")
        i = j
    if len(out) > keep:
        out = out[:keep - 2] + [f"... {len(out) - keep + 1} more call(s)", out[-1]]
    return out


def _a_procedure(shown: str) -> bool:
    """Whether a lone frame's shown name is a WLanguage function's (a thread's or a task's
    procedure), not the main code nor the loading of a file's procedures, whose Python
    name (`<module>`) means nothing to the user."""
    return shown != "the main code" and not shown.startswith("<")


def _shown_name(prog: CompiledProgram, code_name: str) -> str:
    """The WLanguage name of a generated function (`p_fib` -> `procedure Fib`)."""
    if code_name.startswith(MAIN_PREFIX):  # (or a part of it: runtime/main_parts.py)
        return "the main code"
    shown = prog.consts.get("__names__", {}).get(code_name)
    if shown and shown.endswith("::" + MEMBER_INIT):  # the hidden method (member_inits.py)
        return f"the members of {shown[:-len(MEMBER_INIT) - 2]}"
    from .syntax.lambdas import LAMBDA_PREFIX  # (only when an error is shown)
    if shown and shown.startswith(LAMBDA_PREFIX):  # (its made-up name means nothing)
        return "a lambda"
    return f"procedure {shown}" if shown else code_name
