"""Python source being generated, with a line map back to the WLanguage source.

Every generated line records the WLanguage (line, column) of the statement it comes from,
so a runtime error raised on generated line k is reported at `linemap[k]`.
"""
from __future__ import annotations

__all__ = ["Emitter"]


class Emitter:
    """An indented list of Python lines plus their WLanguage positions.

    Lines are written at their final indentation: a function's body starts one level in
    (`level=1`), under the `def` line that bodies.assemble puts before it, so that no
    line is indented again once generated."""

    def __init__(self, level: int = 0) -> None:
        self.lines: list[str] = []
        self.linemap: list[tuple[int, int]] = [(0, 0)]  # generated lines are 1-based
        self.level = level
        self.prefix = "    " * level  # the indentation of the lines emitted next
        self.pos = (0, 0)

    def at(self, line: int, col: int) -> None:
        """Set the WLanguage position for the lines emitted next."""
        self.pos = (line, col)

    def emit(self, text: str) -> None:
        self.lines.append(self.prefix + text)
        self.linemap.append(self.pos)

    def indent(self) -> None:
        self.level += 1
        self.prefix += "    "

    def dedent(self) -> None:
        self.level -= 1
        self.prefix = self.prefix[4:]

    def mark(self) -> int:
        return len(self.lines)

    def insert(self, mark: int, text: str) -> None:
        """A line placed before what was emitted since `mark`, at `mark`'s indentation
        (and WLanguage position): code found to be needed only after compiling a body."""
        after = self.lines[mark]
        indent = after[:len(after) - len(after.lstrip(" "))]
        self.lines.insert(mark, indent + text)
        self.linemap.insert(mark + 1, self.linemap[mark + 1])

    def ensure_body(self, mark: int) -> None:
        """A Python block needs at least one statement."""
        if len(self.lines) == mark:
            self.emit("pass")
