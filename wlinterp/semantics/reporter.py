"""Where the semantic pass's diagnostics go: each with its position and source line,
and, for a call found wrong, the call's position (the compiler fails there).
"""
from __future__ import annotations

__all__ = ["Reporter", "CALL_CODES"]

from typing import Any

from ..errors import source_lines
from ..syntax import nodes as N
from .diagnostics import KINDS, Diagnostic
from .block_names import MARK, shown

# Diagnostics about a call (unknown callee, unavailable function, argument count).
CALL_CODES = frozenset({"WL102", "WL103", "WL104", "WL117"})


class Reporter:
    """Collects diagnostics with their position and source line."""

    def __init__(self, filename: str, source: str) -> None:
        self.filename = filename
        self.source = source
        self._lines: list[str] | None = None
        self.out: list[Diagnostic] = []
        self.call_errors: dict[tuple[int, int], Diagnostic] = {}

    @property
    def lines(self) -> list[str]:
        """The source's lines, cut when first needed (most programs report nothing).
        Without a CR, the lexer's line ends are the LFs alone: `str.split` cuts them
        several times faster than source_lines' pattern, with the same lines."""
        if self._lines is None:
            source = self.source
            self._lines = source.split("\n") if "\r" not in source else source_lines(source)
        return self._lines

    def find(self, line: int, col: int, name: str) -> int:
        """The column of `name` on `line` at or after `col` (statements that declare a
        name, such as `let x = ...`, start before it)."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        at = text.find(name, max(col - 1, 0))
        return at + 1 if at >= 0 else col

    def report(self, code: str, message: str, node: Any, length: int = 1,
               hint: str | None = None, line: int | None = None, col: int | None = None,
               deferred: bool | None = None) -> Diagnostic:
        line = node.line if line is None else line
        col = node.col if col is None else col
        if MARK in message:  # a block variable's own name (block_names.py): as written,
            first = message.index(MARK)  # its span too: the marks are not in the source
            marks = len(message) - first - len(message[first:].lstrip(MARK))
            length = length - marks if length > marks else length
            message = shown(message)
            hint = shown(hint) if hint else hint
        for old in self.out[-4:]:  # the same problem found by two checks (a method named
            if old.line == line and old.column == col and old.message == message \
                    and old.code == code:  # without parentheses: as a member and a call)
                if code in CALL_CODES and isinstance(node, N.Call):
                    self.call_errors.setdefault((node.line, node.col), old)
                return old
        lines = self.lines
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        d = Diagnostic(code, message, self.filename, line, col, max(length, 1), hint, text,
                       KINDS[code].deferred if deferred is None else deferred)
        self.out.append(d)
        if code in CALL_CODES and isinstance(node, N.Call):
            self.call_errors.setdefault((node.line, node.col), d)
        return d
