"""What a test case records while it runs: failed checks (dbg*, TestWriteResult) and
notes, each with the WLanguage position of the call that made it.
"""
from __future__ import annotations

__all__ = ["CheckFailure", "CaseRecord", "record_of", "caller_position"]

import sys
from dataclasses import dataclass, field
from typing import Any

from ..runtime.state import Runtime

_STATE_KEY = "testing.record"


@dataclass
class CheckFailure:
    """One failed expectation: which check, what was expected and what came."""

    check: str
    expected: str
    got: str
    comment: str
    filename: str
    line: int

    def where(self) -> str:
        return f"{self.filename}:{self.line}" if self.line else self.filename


@dataclass
class CaseRecord:
    """Failures and notes (TestWriteResult info/warning) of the running case, and the
    parameters of its iterations (TestAddIteration)."""

    failures: list[CheckFailure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    iterations: list[tuple[object, ...]] = field(default_factory=list)


def record_of(rt: Runtime) -> CaseRecord:
    """The running case's record (created on first use)."""
    rec = rt.state.get(_STATE_KEY)
    if rec is None:
        rec = rt.state[_STATE_KEY] = CaseRecord()
    return rec


def caller_position(rt: Runtime) -> tuple[str, int]:
    """(file, line) of the innermost WLanguage statement on the Python stack: the call
    of the built-in asking. Project runs map combined lines back to their file through
    rt.options["locate"]."""
    from ..run_errors import LINEMAPS
    frame: Any = sys._getframe(1)
    while frame is not None:
        prog = LINEMAPS.get(frame.f_code.co_filename)
        if prog is not None:
            n = frame.f_lineno
            line = prog.linemap[n][0] if n < len(prog.linemap) else 0
            locate = rt.options.get("locate")
            if locate is not None and line:
                return locate(line)
            return prog.filename, line
        frame = frame.f_back
    return rt.filename, 0
