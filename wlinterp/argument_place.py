"""The column of a caller's argument that a called procedure's parameter refused.

A parameter declared a number, a text or an array converts what it receives as the
procedure starts (`a_n = co_int32(a_n)`, at the procedure's header in the line map):
`Total(t)` with t an array stops there, in the callee. What is wrong is the caller's
argument, where `wl check` puts WL116: run_errors.py moves the error to the caller's
statement, and this module finds the argument's column in its WLanguage line.
"""
from __future__ import annotations

__all__ = ["argument_column"]

import re
from types import TracebackType
from typing import Any

from .dated_column import LITERALS
from .error_column import failing_line
from .syntax.names import fold
from .lazy_regex import lazy_compile


def argument_column(prog: Any, tb: TracebackType, line: int, rank: int) -> int | None:
    """The column in WLanguage line `line` of argument `rank` (0-based, as written) of
    the call of a procedure or method of the program that failed in `tb`'s frame (`P(t)`,
    `o.M("a", t[1])`, `P(1, 5)`: at `t`, `5`, where `wl check` puts WL116); None when
    unsure (another call failed, the call is not the same number of times in both lines,
    or it goes on below)."""
    failed = failing_line(prog, tb, line)
    if failed is None:
        return None
    text, start, written = failed
    call = _CALLED.match(text, start)
    if call is None:
        return None
    exact = re.compile(re.escape(call.group(0)))
    rank_of_call = len(exact.findall(text, 0, start))
    folded = fold(written)
    if len(folded) != len(written):
        return None
    blank = LITERALS.sub(lambda m: "#" * len(m.group(0)), folded)  # (a literal: no code)
    name = call.group(1) or call.group(2)
    for called in (name, name.rsplit("__", 1)[0]):  # `p_show__int`: Show, for an int
        opened = [m.end() for m in re.finditer(r"(?<![\w])" + re.escape(called)
                                               + r"\s*\(", blank)]
        if len(opened) == len(exact.findall(text)) and rank_of_call < len(opened):
            found = _nth_argument(blank, opened[rank_of_call], rank)
            return None if found is None else found + 1
    return None


# the calls of the program's procedures and methods whose arguments argument_column reads
_CALLED = lazy_compile(r"p_(\w+)\(|call_method\(_rt, [vga]_\w+, '(\w+)'")


def _nth_argument(text: str, begin: int, rank: int) -> int | None:
    """Where argument `rank` of the call whose arguments start at `begin` in `text` (its
    literals blanked) starts, or None when the call has fewer or is not closed there."""
    depth, seen, at = 0, 0, begin
    for i in range(begin, len(text)):
        char = text[i]
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
        elif char in ",)" and depth == 0:
            if seen == rank:
                return at + len(text[at:i]) - len(text[at:i].lstrip())
            if char == ")":
                return None
            seen, at = seen + 1, i + 1
    return None
