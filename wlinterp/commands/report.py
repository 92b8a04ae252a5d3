"""How `wl` reports what stopped it: WLanguage errors (positioned, maybe coloured) and
its own bugs (a short note, the traceback only with WL_DEBUG=1)."""
from __future__ import annotations

__all__ = ["report_error", "report_internal"]

import os
import sys

from ..errors import WLError, WLSyntaxError, format_error, shown_name
from .colour import paint_diagnostic, use_colour
from .exits import EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_SYNTAX, EXIT_TERMINATED
from .limits import Interrupted, Terminated


def report_error(err: WLError, colour: str = "auto") -> int:
    """Print `err` on stderr; returns the matching exit code (65 syntax, 130 Ctrl-C,
    143 SIGTERM, 1)."""
    if getattr(err, "before_run", False) and not err.line:  # (run_errors.stopped_error)
        # stopped while the script was compiled: no place in it was running, so the
        # command's own one-line error, not a line and a caret of the script
        text = f"wl: error: {shown_name(err.filename)}: {err.message}"
    else:
        text = format_error(err)
    if use_colour(sys.stderr, colour):
        text = paint_diagnostic(text)
    print(text, file=sys.stderr)
    if isinstance(err, WLSyntaxError):
        return EXIT_SYNTAX
    if isinstance(err, Terminated):
        return EXIT_TERMINATED
    return EXIT_INTERRUPTED if isinstance(err, Interrupted) else EXIT_ERROR


def report_internal(exc: BaseException) -> int:
    """A bug in wlinterp: say so, ask for a report; exit 70."""
    print(f"wl: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    print("wl: this is a bug in wlinterp; please report it with the script that caused it "
          "(set WL_DEBUG=1 for the Python traceback).", file=sys.stderr)
    if os.environ.get("WL_DEBUG"):
        import traceback
        traceback.print_exc()
    return EXIT_INTERNAL
