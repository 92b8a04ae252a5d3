"""Whether to colour what `wl` prints, and the colouring of error and warning labels.

The decision follows the conventions users already rely on (no-color.org, CPython's
own order): `--color=always|never` wins; otherwise `NO_COLOR` (non-empty) turns colour
off, `FORCE_COLOR` (non-empty) turns it on, `TERM=dumb` turns it off, and else colour
only when the stream is a terminal. Files and pipes therefore never get escape codes.
"""
from __future__ import annotations

__all__ = ["use_colour", "paint_diagnostic"]

import os
import re
from typing import Mapping, TextIO
from ..lazy_regex import lazy_compile

_RED, _YELLOW, _BOLD, _RESET = "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[0m"
_LABEL_RE = lazy_compile(r"^(.*?: )(error|warning)(: )", re.M)


def use_colour(stream: TextIO | None, choice: str = "auto",
               env: Mapping[str, str] | None = None) -> bool:
    """Should text written to `stream` carry ANSI colours?"""
    if choice == "always":
        return True
    if choice == "never" or stream is None:
        return False
    env = os.environ if env is None else env
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def paint_diagnostic(text: str) -> str:
    """`file:line:col: error: msg` with the label in bold red (warnings in yellow)."""
    def paint(match: re.Match[str]) -> str:
        colour = _RED if match.group(2) == "error" else _YELLOW
        return f"{_BOLD}{match.group(1)}{colour}{match.group(2)}{_RESET}{_BOLD}{match.group(3)}{_RESET}"

    return _LABEL_RE.sub(paint, text, count=1)
