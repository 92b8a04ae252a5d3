"""dbgInfo: where the running code is (its element and its process), for traces.

PC SOFT's own examples trace `dbgInfo(dbgTraitement)` to tell which thread or procedure
wrote a line (help page SignalOpen, ?1000021271). wlinterp has no windows or project
elements: the element of a script is its file (without folder and extension) and the
process is the procedure running, or the element itself for the main code (decided,
docs/builtins.md "dbgInfo"). The answer is read from the Python stack, like the
position of a failed dbg* check (wlinterp/testing/results.py), so it costs nothing until
it is asked.
"""
from __future__ import annotations

import os
import sys
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, NumberArg
from wlinterp.runtime.state import Runtime

from .strings import int_arg

family = Family("Debug information")

DBG_ELEMENT = family.constant("dbgElement", "dbgElément", 1)
DBG_PROCESS = family.constant("dbgProcess", "dbgTraitement", 2)


def _running(rt: Runtime) -> tuple[str, str | None]:
    """(file name, procedure name or None for the main code) of the innermost
    WLanguage statement on the Python stack."""
    from wlinterp.run_errors import LINEMAPS
    frame: Any = sys._getframe(2)
    while frame is not None:
        prog = LINEMAPS.get(frame.f_code.co_filename)
        if prog is not None:
            name = prog.consts.get("__names__", {}).get(frame.f_code.co_name)
            locate = rt.options.get("locate")  # a project's files combined (project/)
            n = frame.f_lineno
            line = prog.linemap[n][0] if n < len(prog.linemap) else 0
            if locate is not None and line:
                return locate(line)[0], name
            return prog.filename, name
        frame = frame.f_back
    return rt.filename, None


def _element(filename: str) -> str:
    return os.path.splitext(os.path.basename(filename))[0]


@family.function("dbgInfo", "dbgInfo")
def dbg_info(rt: Runtime, info: NumberArg) -> str:
    """dbgElement: the running element (the script's file name, without folder and
    extension); dbgProcess: the procedure running (`Class::Method` for a method), the
    element's name in the main code."""
    kind = int_arg(info, "dbgInfo")
    filename, procedure = _running(rt)
    if kind == DBG_ELEMENT:
        return _element(filename)
    if kind == DBG_PROCESS:
        return procedure or _element(filename)
    raise WLRuntimeError(f"dbgInfo: unknown information type {kind} "
                         "(dbgElement or dbgProcess expected).")
