"""Console output: Trace, Info, Error/Erreur, Warning/Avertissement and their *Build
variants; TraceStart/TraceDébut and TraceEnd/TraceFin (where traces go).

WINDEV shows these in a trace window or in blocking dialog boxes; a script interpreter
has a terminal instead, so Trace and Info write to stdout and Error and Warning to stderr,
never waiting for a click. Values are converted with `values.to_str`. The CR constant is
"\r\n"; every "\r\n" is written as "\n" so terminals and captured output show plain lines.
"""
from __future__ import annotations

import re

from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.state import Runtime

family = Family("Console")

TRACE_SEPARATOR = ", "
"""Between the arguments of one Trace call (the help only says "on the same line")."""


def _text(value: object, fname: str) -> str:
    """One argument as printable text, with CR+LF pairs turned into plain newlines.
    An array, associative array, structure or object shows as the compact JSON text
    VariantToJSON writes (*decided*: the Trace page says <Information> is of "any type"
    but not how a container shows; a variant's sub-elements already show so)."""
    from .strings import text_arg  # imported late: Strings must register after Errors
    if isinstance(value, (WLArray, WLAssoc, WLStruct)) and not hasattr(value, "wl_text"):
        from wlinterp.runtime.json_forms import json_dumped  # (a one-line run: not needed)
        from .variants import to_json  # (unbounded, as Serialize: docs/builtins.md
        return json_dumped(to_json(value))  # "Depth bound")
    return bytes_shown(text_arg(value, fname).replace("\r\n", "\n"))


_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def bytes_shown(text: str) -> str:
    """A value holding a character no text holds (NUL, a C0 control other than tab,
    line feed and carriage return, DEL, a C1 control: the bytes of a Buffer, a
    HashString result) with each control character shown as \\xNN, tab and line ends
    included: raw, its bytes reached the terminal (escape sequences among them) and
    cut the line where a byte was 10. Decided (docs/builtins.md "Console"; the Trace
    page, ?3013050, says <Information> is of any type, not how bytes show); text without
    such a character is written as it is."""
    if not _NOT_TEXT.search(text):
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def shown(value: object) -> str:
    """A value as Trace shows it (a structure, an array: compact JSON): also how
    `wl run --call` prints a procedure's result."""
    return _text(value, "Trace")


def _build(rt: Runtime, fmt: object, params: tuple[object, ...], fname: str) -> str:
    """StringBuild(fmt, params...) as printable text."""
    from .string_fields import string_build
    return _text(string_build(rt, fmt, *params), fname)


@family.function("Trace", "Trace")
def trace(rt: Runtime, info: object, *more: object) -> None:
    """Write all arguments on one line of stdout, separated by ", ".

    The help says the additional arguments are shown "on the same line"; the separator
    itself is not documented, and ", " keeps `Trace(a, b)` readable and unambiguous.
    """
    _trace_out(rt, TRACE_SEPARATOR.join(_text(v, "Trace") for v in (info, *more)))


@family.function("TraceBuild", "TraceConstruit")
def trace_build(rt: Runtime, fmt: object, *params: object) -> None:
    """Trace the result of StringBuild(fmt, params...) (%1, %2... placeholders)."""
    _trace_out(rt, _build(rt, fmt, params, "TraceBuild"))


@family.function("Info", "Info")
def info(rt: Runtime, text: object, *lines: object) -> None:
    """Write each argument on its own line of stdout: Info(a, b) is Info(a + CR + b)."""
    rt.write_out("\n".join(_text(v, "Info") for v in (text, *lines)))


@family.function("InfoBuild", "InfoConstruit")
def info_build(rt: Runtime, fmt: object, *params: object) -> None:
    """Info with a StringBuild-style message."""
    rt.write_out(_build(rt, fmt, params, "InfoBuild"))


@family.function("Error", "Erreur")
def error(rt: Runtime, *lines: object) -> None:
    """Write each argument on its own line of stderr.

    With no argument, the message of the last non-fatal error (ErrorInfo()) is written,
    so `Error()` right after a failed call reports that failure.
    """
    if not lines:
        lines = (rt.error_message,)
    rt.write_err("\n".join(_text(v, "Error") for v in lines))


@family.function("ErrorBuild", "ErreurConstruit")
def error_build(rt: Runtime, fmt: object, *params: object) -> None:
    """Error with a StringBuild-style message."""
    rt.write_err(_build(rt, fmt, params, "ErrorBuild"))


@family.function("Warning", "Avertissement")
def warning(rt: Runtime, text: object, *lines: object) -> None:
    """Write each argument on its own line of stderr (a warning dialog in WINDEV)."""
    rt.write_err("\n".join(_text(v, "Warning") for v in (text, *lines)))



# TraceStart's modes (values ours). PC SOFT's blog post on traces (blogs.pcsoft.fr, "tunning
# debugging traces") shows `TraceStart(trWindow+trTopMost+trFile, fExeDir()+["\\"]+
# "TraceExecution.txt")` and names trWindow (the default display), trFile (the trace is
# also saved in a file) and trDisable (no trace); no stored help page gives more.
TR_WINDOW = family.constant("trWindow", "trFenêtre", 1)
TR_FILE = family.constant("trFile", "trFichier", 2)
TR_TOPMOST = family.constant("trTopMost", "trPremierPlan", 4)
TR_DISABLE = family.constant("trDisable", "trDésactive", 8)


def _trace_out(rt: Runtime, line: str) -> None:
    """One trace line: to stdout (the trace window), and to TraceStart's file if any;
    nothing after TraceStart(trDisable)."""
    mode = rt.state.get("trace_mode")
    if mode is None:
        rt.write_out(line)
        return
    flags, path = mode
    if flags & TR_DISABLE:
        return
    if flags & TR_WINDOW or not flags & TR_FILE:
        rt.write_out(line)
    if flags & TR_FILE and path:
        with open(path, "a", encoding="utf-8", newline="") as out:
            out.write(line.replace("\n", "\r\n") + "\r\n")


@family.function("TraceStart", "TraceDébut")
def trace_start(rt: Runtime, mode: NumberArg, path: TextArg = "") -> None:
    """Where the next traces go: trWindow (stdout, the default), trFile (appended to
    `path`, CR+LF lines, UTF-8; with trWindow as well), trDisable (nowhere); trTopMost
    only concerns a window and changes nothing here (docs/builtins.md "TraceStart")."""
    from .strings import int_arg, text_arg
    rt.state["trace_mode"] = (int_arg(mode, "TraceStart"), text_arg(path, "TraceStart"))


@family.function("TraceEnd", "TraceFin")
def trace_end(rt: Runtime) -> None:
    """Closes what TraceStart opened: the next traces go to stdout again."""
    rt.state.pop("trace_mode", None)


@family.function("TraceDeleteAll", "TraceSupprimeTout")
def trace_delete_all(rt: Runtime) -> None:
    """Clears WINDEV's trace window. A terminal, a captured output or TraceStart's file
    cannot take back what was written, so nothing is erased: the call is accepted and
    the traces that follow are written as usual (INFERRED, docs/builtins.md
    "TraceDeleteAll")."""
