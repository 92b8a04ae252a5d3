"""The console's three streams: ConsoleWrite / ConsoleEcrit (standard output),
ConsoleRead / ConsoleLit (a line of standard input), ConsoleError / ConsoleErreur
(standard error). docs/builtins.md, "Console streams".

Their help pages were not found in the stored help: the English names and the details
below are INFERRED (documented there). Unlike Trace, which a WINDEV program may send to
a trace window, these always use the process's own streams.
"""
from __future__ import annotations

import sys

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime.state import Runtime

from .strings import text_arg

family = Family("Console streams")


def _line(text: object, fname: str) -> str:
    """The text written: a simple value converted (a structure or an array is refused,
    a WLanguage error), CR+LF pairs as plain line ends as Trace writes them."""
    return text_arg(text, fname).replace("\r\n", "\n")


@family.function("ConsoleWrite", "ConsoleEcrit")
def console_write(rt: Runtime, text: TextArg) -> None:
    """Write the text and a line end on standard output (*inferred*: one line per call,
    as ConsoleRead reads one)."""
    rt.write_out(_line(text, "ConsoleWrite"))


@family.function("ConsoleError", "ConsoleErreur")
def console_error(rt: Runtime, text: TextArg) -> None:
    """Write the text and a line end on standard error."""
    rt.write_err(_line(text, "ConsoleError"))


@family.function("ConsoleRead", "ConsoleLit")
def console_read(rt: Runtime) -> str:
    """One line of standard input, without its line end; "" at the end of the input
    (*inferred*: nothing to read is an empty line, not an error)."""
    rt.stdout.flush()  # a prompt written just before shows before the wait
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError) as exc:  # closed, or not readable (a test's capture)
        raise WLRuntimeError(f"ConsoleRead: the standard input cannot be read ({exc}).") \
            from None
    return line.rstrip("\r\n")
