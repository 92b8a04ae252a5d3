"""What a test case records while it runs: failed checks (dbg*, TestWriteResult) and
notes, each with the WLanguage position of the call that made it.
"""
from __future__ import annotations

__all__ = ["CheckFailure", "CaseRecord", "record_of", "caller_position", "shown_values",
           "check_as_written"]

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


def shown_values(failure: CheckFailure, beside: str) -> tuple[str, str]:
    """(expected, got) as the report shows them: as stars, same length, when the check's
    line names a secret (`TestCheckEqual(sPassword, ...)`, `dbgCheckEqual(sMdp, ...)`),
    by the rule that keeps a REPL input out of the history (history_filter): `wl test`
    output lands in CI logs, and a failed check printed the password it compared.
    `beside`: the case's file, for a check's file named relative to it. On any other
    line, a secret known by its value (copied into `s`, given to a password parameter:
    secret_values.py) is starred where it appears. A value holding a control character
    shows them as `\\xNN`, as Trace does (stdlib/console.py): `got: "\\x1b[31m..."` reached
    the terminal raw, an escape sequence with it."""
    from importlib import import_module  # (a family, loaded on demand, as project/run.py)
    bytes_shown = import_module("wlinterp.stdlib.console").bytes_shown  # (as Trace shows)
    from ..history_filter import may_hold_secret
    from ..secret_values import without_secrets
    line = _line_of(failure, beside)
    if not line or not may_hold_secret(line.strip()):
        return (bytes_shown(without_secrets(failure.expected)),
                bytes_shown(without_secrets(failure.got)))
    return _starred(failure.expected), _starred(failure.got)


def _line_of(failure: CheckFailure, beside: str) -> str:
    """The source line of the failed check's call ("" when unknown)."""
    import linecache
    import os
    name = failure.filename
    if not os.path.isfile(name):
        name = os.path.join(os.path.dirname(beside), os.path.basename(name))
    return linecache.getline(name, failure.line) if failure.line else ""


def check_as_written(failure: CheckFailure, beside: str) -> str:
    """The check's name as its line calls it (`dbgVérifieEgalité`, `dbgassertion`): the
    report said `dbgCheckEqual` of a French test file that never wrote it. A suffix
    (" (iteration 2)") is kept; a line that calls it by no name keeps the English one."""
    import re

    from ..registry import load_stdlib
    from ..syntax.names import fold
    name, sep, rest = failure.check.partition(" (")
    functions = load_stdlib().functions
    builtin = functions.get(fold(name))
    if builtin is None:
        return failure.check
    for word in re.findall(r"[^\W\d]\w*", _line_of(failure, beside)):
        if word != name and functions.get(fold(word)) is builtin:
            return word + sep + rest
    return failure.check


_OUTCOMES = frozenset({"True", "False"})
"""A boolean's value as a check shows it: no secret, so never starred (a failed
dbgAssertion on a line naming a password showed "expected: ****", "got: *****")."""


def _starred(value: str) -> str:
    """A value shown as stars, its quotes kept: `"**************"`; a boolean as it is."""
    if value in _OUTCOMES:
        return value
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return '"' + "*" * (len(value) - 2) + '"'
    return "*" * len(value)


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
