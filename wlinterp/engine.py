"""Running programs: parse, compile, execute in a fresh namespace, and map every failure
to a WLanguage error at a WLanguage position.

`run_source` is the one entry point used by the CLI, the REPL and the tests.
"""
from __future__ import annotations

__all__ = ["run_source", "run_file", "compile_source", "read_source", "CATCHABLE",
           "as_wl_exception", "stopped_error", "strip_shebang"]

import os
import sys
from collections import deque
from types import TracebackType
from typing import Any, TextIO

from .runtime import values as V
from .runtime.namespace import runtime_names
from .compiler.program import CompiledProgram, compile_program
from .errors import BuiltinFailure, ErrCode, WLRuntimeError, WLSyntaxError
from .error_column import failing_column
from .shown_names import as_written, builtin_as_written
from .syntax.parser import parse
from .syntax.words import MEMBER_INIT
from .registry import NonFatalError, load_stdlib
from .runtime.state import Runtime
from .runtime.method_args import method_entry
from .runtime.types import coerce, default_value
from .runtime.limits import enter as enter_run_limits, from_options, string_too_long

# Python errors that compiled code can raise and that WLanguage sees as exceptions. A
# BuiltinFailure reaches compiled code only from a built-in not declared `can_fail`
# (registry.py): its failure is then that built-in's fatal error (as_wl_exception).
CATCHABLE = (WLRuntimeError, ArithmeticError, RecursionError, NameError, MemoryError,
             BuiltinFailure)
# (NonFatalError is not an exception for WHEN EXCEPTION: only CASE ERROR handles it.)

_MISSING = object()  # an optional parameter the caller left out



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
        message, code = (f"The variable '{shown}' is used before its declaration.",
                         ErrCode.UNDECLARED)
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


_LINEMAPS: dict[str, CompiledProgram] = {}


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
    if not innermost or any(name in _LINEMAPS for name in innermost):
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
    return last is not None and last.tb_frame.f_code.co_filename in _LINEMAPS


def _locate(err: WLRuntimeError, tb: TracebackType | None) -> None:
    """Position the error at the innermost WLanguage statement in the traceback (an error
    raised with its own line, such as an unknown procedure, only gets the file)."""
    found: tuple[CompiledProgram, int, TracebackType] | None = None
    calls: list[tuple[str, int]] = []  # (procedure, WLanguage line) from outermost
    while tb is not None:
        prog = _LINEMAPS.get(tb.tb_frame.f_code.co_filename)
        if prog is not None:
            found = (prog, tb.tb_lineno, tb)
            line = prog.linemap[tb.tb_lineno][0] if tb.tb_lineno < len(prog.linemap) else 0
            calls.append((_shown_name(prog, tb.tb_frame.f_code.co_name), line))
        tb = tb.tb_next
    if found is None:
        return
    if not err.stack and len(calls) > 1:
        entries = [f"in {name}, line {line}" for name, line in reversed(calls[:-1])]
        err.stack = [f"in {calls[-1][0]}"] + _compress(entries)
    prog, lineno, where = found
    if err.source is None:
        err.filename, err.source = prog.filename, prog.source
    if not err.located:
        line, col = prog.linemap[lineno] if lineno < len(prog.linemap) else (0, 0)
        if line:  # the failing call within the statement (error_column.py)
            col = failing_column(prog, where, line, col)
        err.locate(line, col, prog.filename, prog.source)
        shown = as_written(err.message, prog.source, line)  # '..Visible', not '..visible'
        if err.code >= ErrCode.RUNTIME:  # (not ExceptionThrow's text: the script's own)
            shown = builtin_as_written(shown, prog.source, line)  # "Occurrence: ..."
        if shown != err.message:
            err.message, err.args = shown, (shown,)


_PACKAGE = os.path.dirname(os.path.abspath(__file__))
# the passes before a run: their folders, and the linker of a project's files
_COMPILING = {os.path.join(_PACKAGE, d) for d in ("syntax", "semantics", "compiler")}
_LINKER = os.path.join(_PACKAGE, "project", "linker.py")


def _compiling(path: str) -> bool:
    """Is `path` a module of the passes that read and compile a script?"""
    return os.path.dirname(path) in _COMPILING or path == _LINKER


def stopped_error(message: str, tb: TracebackType | None, filename: str,
                  cls: type[WLRuntimeError] = WLRuntimeError) -> WLRuntimeError:
    """The error for code stopped from outside (Ctrl-C, --timeout): positioned at the
    statement that was running; `{where}` in `message` becomes its procedure's name."""
    where, compiling = "", False
    walk = tb
    while walk is not None:
        code = walk.tb_frame.f_code
        prog = _LINEMAPS.get(code.co_filename)
        if prog is not None:
            where = _shown_name(prog, code.co_name)
        compiling = compiling or _compiling(code.co_filename)
        walk = walk.tb_next
    # no WLanguage code running, and the parser, checker or compiler at work: the script
    # was still being read (a huge or deeply nested source under a short --timeout)
    compiling = compiling and not where
    shown = "its compilation, before any of it ran" if compiling else where or "the main code"
    err = cls(message.format(where=shown), filename=filename)
    err.before_run = compiling  # type: ignore[attr-defined]  # report.py reads it
    _locate(err, tb)
    return err


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


def _shown_name(prog: CompiledProgram, code_name: str) -> str:
    """The WLanguage name of a generated function (`p_fib` -> `procedure Fib`)."""
    if code_name == "__wl_main__":
        return "the main code"
    shown = prog.consts.get("__names__", {}).get(code_name)
    if shown and shown.endswith("::" + MEMBER_INIT):  # the hidden method (member_inits.py)
        return f"the members of {shown[:-len(MEMBER_INIT) - 2]}"
    return f"procedure {shown}" if shown else code_name


def compile_source(text: str, filename: str = "<string>",
                   strict: bool = False, data_names: frozenset[str] = frozenset()
                   ) -> CompiledProgram:
    """Parse, check and compile; raises WLSyntaxError (`strict`: on any semantic error,
    undeclared variables and unknown functions included). `data_names`: the analysis's
    file and item names, which are not undeclared variables."""
    program = parse(text, filename)
    registry = load_stdlib()
    try:
        return compile_program(program, registry, strict=strict, data_names=data_names)
    except RecursionError:
        from .syntax.nesting import too_deep
        raise too_deep([program], filename, text) from None


def _namespace(compiled: CompiledProgram, rt: Runtime) -> dict[str, Any]:
    ns: dict[str, Any] = runtime_names()  # an explicit list (runtime/namespace.py)
    ns.update(compiled.consts)
    ns.update({
        "__name__": "__wl__", "_rt": rt, "_ctx": rt.typectx, "_M": _MISSING,
        "CATCHABLE": CATCHABLE, "as_wl_exception": as_wl_exception,
        "NonFatalError": NonFatalError, "coerce": coerce, "default_value": default_value,
        "_max_str": from_options(rt.options)[0], "string_too_long": string_too_long,
    })
    return ns


def warm_up_run() -> None:
    """Import what a run loads on first use (the runtime helpers of the namespace, the
    size sampling): done at start-up, so that `--timeout` counts the code that runs, not
    the interpreter importing itself (under load, a first REPL input spent its 0.2 s in
    imports, and a time limit expiring inside Python's compiler broke it)."""
    from .runtime import size_watch  # noqa: F401
    runtime_names()


def run_compiled(compiled: CompiledProgram, rt: Runtime, ns: dict[str, Any] | None = None,
                 finish: bool = True, call: tuple[str, list[str]] | None = None) -> None:
    """Execute a compiled program; uncaught WLanguage errors propagate, positioned.

    The REPL passes its own namespace `ns` (kept between inputs) and `finish=False`.
    """
    _LINEMAPS[compiled.code.co_filename] = compiled
    if ns is None:
        ns = _namespace(compiled, rt)
    else:
        ns.update(_namespace(compiled, rt))
    rt.typectx.structs.update(compiled.consts.get("__structs__", {}))
    rt.typectx.enum_firsts.update(compiled.consts.get("__enum_firsts__", {}))
    rt.state["namespace"] = ns  # built-ins given a procedure by name (runtime/procrefs.py)
    rt.state["program"] = compiled  # Compile compiles against it (stdlib/dynamic_code.py)
    if not isinstance(rt.typectx.objects, _BuiltinTypes):
        rt.typectx.objects = _BuiltinTypes(rt)
    from .runtime.state import ProgramEnd
    from .runtime.thread_gate import finish_after, main_code
    leave_limits = enter_run_limits(rt.options)  # --max-depth, --max-string, --max-array
    failed: WLRuntimeError | None = None
    try:
        with main_code(rt):  # a thread's fatal error interrupts the main code
            exec(compiled.code, ns)
            rt.typectx.methods.update({k: ns[py] for k, py in ns.get("__methods__", {}).items()})
            for key, back in ns.get("__method_writeback__", {}).items():  # method_args.py
                rt.typectx.methods[key] = method_entry(ns[ns["__methods__"][key]], back)
            ns["__wl_main__"]()
            if call is not None:
                _call_procedure(ns, rt, *call)
    except ProgramEnd as end:  # (a thread's error in flight is raised by main_code)
        rt.exit_code = end.code
        rt.ended = True
    except CATCHABLE as exc:
        failed = as_wl_exception(exc)
        raise failed from None
    finally:
        leave_limits()
        if finish:  # a thread failing in the end's wait is reported after the main error
            finish_after(rt, failed)


class _BuiltinTypes(dict):
    """The built-in object types' factories, looked up by folded name when a variable is
    declared (a lookup imports only that type's family, not the whole library)."""

    def __init__(self, rt: Runtime) -> None:
        super().__init__()
        self._rt = rt

    def get(self, name: str, default: Any = None) -> Any:
        entry = load_stdlib().types.get(name)
        if entry is None:
            return default
        factory, rt = entry.value, self._rt
        return lambda: factory(rt)

    def constructor(self, name: str) -> Any:
        """The type's `wl_construct` bound to the run (`t is Thread(Proc)`), or None."""
        entry = load_stdlib().types.get(name)
        build = getattr(entry.value, "wl_construct", None) if entry is not None else None
        rt = self._rt
        return None if build is None else (lambda *args: build(rt, *args))

    def converter(self, name: str) -> Any:
        """The type's `wl_from_value` (a value assigned becomes one of it), or None."""
        entry = load_stdlib().types.get(name)
        return getattr(entry.value, "wl_from_value", None) if entry is not None else None


def _call_procedure(ns: dict[str, Any], rt: Runtime, name: str, args: list[str]) -> None:
    """`wl run --call NAME ARGS`: call a procedure after the main code and show its result.
    Arguments that look like numbers are passed as numbers."""
    from .syntax.names import fold
    pyname = ns.get("__procs__", {}).get(fold(name))
    if pyname is None:
        raise WLRuntimeError(f"--call: there is no procedure named '{name}'.",
                             filename=rt.filename)
    values = [V.val(a) if V._NUM_RE.match(a) else a for a in args]
    try:
        result = ns[pyname](*values)
    except TypeError:
        raise WLRuntimeError(f"--call: wrong number of arguments for {name}.",
                             filename=rt.filename) from None
    if isinstance(result, tuple) and ns.get("__writeback__", {}).get(pyname):
        result = result[0]
    if result is not None:
        from .project.run import show_result
        show_result(rt, result)


_WARNED_ENCODING: set[str] = set()


def read_source(path: str) -> str:
    """A source file as text (source_text.py: size bound, BOMs, strict UTF-8, else ANSI
    with one warning on stderr per file and run). The warning names the file as errors
    do (relative to the current folder when below it): a project's files are read by
    absolute path."""
    from .project.sources import shown_path
    from .source_text import decode_source, read_source_bytes
    key = os.path.realpath(path)

    def warn(message: str) -> None:
        if key not in _WARNED_ENCODING:
            _WARNED_ENCODING.add(key)
            print(message, file=sys.stderr)
    return strip_shebang(decode_source(read_source_bytes(path), shown_path(path), warn))


def read_stdin_source() -> str:
    """Standard input as a source, decided as a file is (size bound, BOMs, UTF-8, else
    ANSI with one warning): read as text by Python's locale, an ANSI byte became '?' and
    UTF-16 failed on its first NUL. "" when there is no standard input (some CI runners);
    a text stream without bytes (a test's StringIO) is read as it is, within the bound."""
    from .source_text import MAX_SOURCE_BYTES, decode_source, read_stream_bytes, too_large
    stream = sys.stdin
    if stream is None:
        return ""
    raw = getattr(stream, "buffer", None)
    if raw is None:
        text = stream.read(MAX_SOURCE_BYTES + 1)
        if len(text) > MAX_SOURCE_BYTES:
            raise too_large("<stdin>")
        return strip_shebang(text)

    def warn(message: str) -> None:
        print(message, file=sys.stderr)
    return strip_shebang(decode_source(read_stream_bytes(raw, "<stdin>"), "<stdin>", warn))


def strip_shebang(text: str) -> str:
    """Blank a `#!...` first line (`#!/usr/bin/env wl`), keeping the line count so that
    positions stay right."""
    if text.startswith("#!"):
        end = text.find("\n")
        return "" if end < 0 else text[end:]
    return text


def run_source(text: str, filename: str = "<string>", *, stdout: TextIO | None = None,
               stderr: TextIO | None = None, options: dict[str, Any] | None = None,
               args: list[str] | None = None, call: str | None = None) -> Runtime:
    """Compile and run WLanguage `text`. Returns the finished Runtime.

    Raises WLSyntaxError for bad source and WLRuntimeError for an uncaught WLanguage
    error; compile warnings go to `stderr`.
    """
    rt = Runtime(stdout=stdout, stderr=stderr, options=options, args=args, filename=filename)
    from .hfsql.names import analysis_names
    compiled = compile_source(text, filename, strict=bool(rt.options.get("strict")),
                              data_names=analysis_names(rt))
    if not rt.options.get("no_warnings"):
        for warning in compiled.warnings:
            rt.write_err(warning)
    run_compiled(compiled, rt, call=(call, list(args or [])) if call else None)
    return rt


def run_file(path: str, **kwargs: Any) -> Runtime:
    """Run a .wl, .wdg or .wdc file with the project it belongs to (wlinterp.project)."""
    from .project import run_script
    return run_script(path, **kwargs)
