"""Subscripts against the dimensions an array is declared with (`t is array of 5 by 3
int`): more subscripts than dimensions (`t[1, 2, 3]`) stop the run ("The array has 2
dimension(s), not 3."), and fewer (`t[1]`) give a row, an array, which the run refuses
as an operand or in a number or a text ("A value of type array cannot be used as a
number."). `wl check` says so first: WL110 for the count, WL113 for a row in arithmetic
and WL110 for a row stored into a number or text variable (operands.py,
array_stores.py), each deferred (the run stops where the line runs).

Only a variable declared with its dimensions is judged, and only when the program
never calls Dimension (which may give an array other dimensions when it runs: the
check cannot follow it); an array declared without dimensions (`array of int`), a
variant, a member and an element of another array are the run's to judge.
"""
from __future__ import annotations

__all__ = ["check_subscript_count", "row_of"]

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lazy_regex import lazy_compile
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME, _ARRAY = N.Name, Kind.ARRAY
_CALLED = lazy_compile(r"^(?:(?!//)[^\n])*?\bdimension\s*\(", re.I | re.M)
"""A Dimension call on a line, not in its comment."""


@lru_cache(maxsize=8)
def _resizes(source: str) -> bool:
    """May the program give an array other dimensions: a Dimension call (either
    language's name is the same word) on a line, before any `//` (a comment naming
    dimensions is no call)?"""
    return "dimension" in source.lower() and _CALLED.search(source) is not None


def _declared(fc: "FunctionChecker", e: N.Index) -> int:
    """How many dimensions the variable `e` subscripts is declared with, 0 when the
    check does not judge it (above)."""
    obj = e.obj
    if type(obj) is not _NAME:
        return 0
    sym = fc.scope.lookup(fold(obj.name))
    if sym is None or sym.spec.kind is not _ARRAY or not sym.spec.dims or sym.role == "param" \
            or _resizes(fc.rep.source):
        return 0
    return len(sym.spec.dims)


def check_subscript_count(fc: "FunctionChecker", e: N.Index) -> None:
    """WL110 (deferred) for more subscripts than the array's declared dimensions."""
    given = len(e.args)
    if given < 2:
        return  # (the commonest: one subscript, never too many)
    have = _declared(fc, e)
    if have and given > have:
        name = e.obj.name  # type: ignore[attr-defined]
        fc.rep.report("WL110", f"the array '{name}' has {have} dimension(s), not {given}",
                      e.obj, len(name), deferred=True)


def row_of(fc: "FunctionChecker", e: N.Expr) -> str | None:
    """`t[1]` as a message shows it when it gives fewer subscripts than `t`'s declared
    dimensions (a row: an array, not a value); None otherwise."""
    if type(e) is not N.Index:
        return None
    have = _declared(fc, e)
    if not have or len(e.args) >= have:
        return None
    name = e.obj.name  # type: ignore[attr-defined]  # (a Name: _declared says so)
    return f"'{name}[...]' (a row of the array '{name}', which has {have} dimensions)"
