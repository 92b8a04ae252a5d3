"""Where a `[` multi-line string ends: the first line starting with `]` at which every
`[` opened (outside quotes) by the lines between is closed again, as in JSON text whose
array ends on a line of its own (`"lines": [` ... `],`).

The lexer asks at each `[` ending a line. Scanning forward from each of them was
quadratic on hostile input: 10,000 lines of `x = [` never closed each scanned the rest
of the file (36 s of CPU for 60,000 characters). `CloserIndex` reads the lines once,
from the first such `[`, and answers every later question with a lookup.
"""
from __future__ import annotations

__all__ = ["CloserIndex", "EOL_RE"]

from bisect import bisect_right
from .stored_regex import stored_compile

EOL_RE = stored_compile(r"\r\n|\r|\n")
_QUOTED_RE = stored_compile(r"\"[^\"]*\"|“[^”]*”")


class CloserIndex:
    """For each line from `start` on: the line that closes a `[` string whose text starts
    there (-1: none before the end of the text).

    With D(k) the `[` minus `]` count (outside quotes) of the lines before line k, a text
    starting at line s closes at the first line L >= s starting with `]` where
    D(L) <= D(s): the lines s..L-1 left no `[` open. The answers come from one backward
    pass keeping the closing lines no earlier line with a smaller or equal D hides.
    """

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        closing: list[bool] = []
        depth: list[int] = []  # D(k)
        d, pos, n = 0, start, len(text)
        while pos < n:
            nxt = EOL_RE.search(text, pos)
            end, next_pos = (nxt.start(), nxt.end()) if nxt else (n, n)
            line = text[pos:end]
            self.starts.append(pos)
            self.ends.append(end)
            closing.append(line.lstrip().startswith("]"))
            depth.append(d)
            if "[" in line or "]" in line:
                bare = _QUOTED_RE.sub("", line)
                d += bare.count("[") - bare.count("]")
            pos = next_pos
        self.line_at = {p: k for k, p in enumerate(self.starts)}
        self.closer = [-1] * len(self.starts)
        values: list[int] = []  # D of the kept closing lines, increasing from the bottom
        lines: list[int] = []   # ... and the lines, decreasing from the bottom
        for k in range(len(self.starts) - 1, -1, -1):
            if closing[k]:
                while values and values[-1] >= depth[k]:
                    values.pop()
                    lines.pop()
                values.append(depth[k])
                lines.append(k)
            found = bisect_right(values, depth[k])
            if found:
                self.closer[k] = lines[found - 1]

    def lines_until(self, pos: int) -> tuple[list[str], int, int] | None:
        """The text lines from `pos` (a line's start) up to the closing line, where that
        line starts and where its `]` is; None without one."""
        k = self.line_at.get(pos)
        if k is None:
            return None
        close = self.closer[k]
        if close < 0:
            return None
        text = self.text
        lines = [text[self.starts[j]:self.ends[j]] for j in range(k, close)]
        at = self.starts[close]
        return lines, at, text.index("]", at)
