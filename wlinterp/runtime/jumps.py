"""What a GOTO that leaves loops raises (compiler/jumps.py says why)."""
from __future__ import annotations

__all__ = ["GotoJump"]


class GotoJump(Exception):
    """A GOTO from inside a loop: Python's `continue` would restart that loop, so the jump
    goes up to its process's dispatch loop as this exception, which carries the label's
    number. Not a WLanguage error: WHEN EXCEPTION and CASE EXCEPTION do not catch it."""

    __slots__ = ("target",)

    def __init__(self, target: int) -> None:
        self.target = target
