"""Where `--timeout` starts counting a script's run: at its first statement, once it is
parsed, checked and compiled (docs/cli.md "What --timeout counts").

`wl run` enters its time limit (commands/limits.py stop_reporting, `from_run`) before
the script is parsed, so that a pathological source cannot compile for ever; the limit
waits here, and the engine says when the compiled program starts (engine.run_compiled):
the run then has all its seconds. Under load, a script given `--timeout 1` could spend
its second being compiled and stop before its first statement. Here, not in
commands/: the engine, below the commands, calls it.
"""
from __future__ import annotations

__all__ = ["run_starts", "wait_for_run"]

from collections.abc import Callable

_WAITING: list[Callable[[], None]] = []  # the clocks waiting for their run, innermost last


def wait_for_run(start: Callable[[], None]) -> Callable[[], None]:
    """Call `start` when the next program starts running (run_starts); returns the
    function that withdraws it (the limit's end, whether or not the run began)."""
    _WAITING.append(start)

    def withdraw() -> None:
        if start in _WAITING:
            _WAITING.remove(start)
    return withdraw


def run_starts() -> None:
    """A compiled program is about to run its definitions and main code: the innermost
    clock waiting for it starts (once: a program run inside it, Compile's or a test's,
    finds none waiting)."""
    if _WAITING:
        _WAITING.pop()()
