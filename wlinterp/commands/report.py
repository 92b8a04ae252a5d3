"""How `wl` reports what stopped it: WLanguage errors (positioned, maybe coloured) and
its own bugs (a short note, the traceback only with WL_DEBUG=1)."""
from __future__ import annotations

__all__ = ["report_error", "report_internal"]

import os
import sys

from ..errors import WLError, WLSyntaxError, format_error, shown_name, shown_words
from .colour import paint_diagnostic, use_colour
from .exits import EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_SYNTAX, EXIT_TERMINATED
from .limits import Interrupted, Terminated


def report_error(err: WLError, colour: str = "auto") -> int:
    """Print `err` on stderr; returns the matching exit code (65 syntax, 130 Ctrl-C,
    143 SIGTERM, 1)."""
    if getattr(err, "before_run", False) and not err.line:  # (run_errors.stopped_error)
        # stopped while the script was compiled: no place in it was running, so the
        # command's own one-line error, not a line and a caret of the script
        text = f"wl: error: {shown_name(err.filename)}: {_shown(err.message)}"
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
    """A bug in wlinterp: say so, ask for a report; exit 70. The note and the traceback
    are shown as every message is (_shown): a report is pasted into an issue, and a
    Python message may quote a URL with its password or a value's control characters."""
    print(f"wl: internal error: {type(exc).__name__}: {_shown(str(exc))}", file=sys.stderr)
    print("wl: this is a bug in wlinterp; please report it with the script that caused it "
          "(set WL_DEBUG=1 for the Python traceback).", file=sys.stderr)
    if os.environ.get("WL_DEBUG"):
        _print_traceback(exc)
    return EXIT_INTERNAL


def _print_traceback(exc: BaseException) -> None:
    """Python's traceback of `exc` and of the exceptions it was raised from, each
    message on its own line as _shown shows it."""
    import traceback
    cause = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    if cause is not None:
        _print_traceback(cause)
        print("\nThe above exception led to the following one:\n", file=sys.stderr)
    print("Traceback (most recent call last):", file=sys.stderr)
    for frame in traceback.format_tb(exc.__traceback__):
        print(_shown(frame.rstrip("\n")).replace("\u240a", "\n"), file=sys.stderr)
    print(f"{type(exc).__name__}: {_shown(str(exc))}", file=sys.stderr)


def _shown(text: str) -> str:
    """`text` with each URL's password and secret query value as stars (url_shown), each
    secret known by its value too (secret_values.py: a traceback quotes the values of
    Python's messages), and its control characters as stand-ins (shown_words)."""
    from ..secret_names import url_shown
    from ..secret_values import without_secrets
    return shown_words(url_shown(without_secrets(text)))
