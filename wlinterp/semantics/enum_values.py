"""An enumeration's or combination's value declared twice (`V1` twice in one `E is an
Enumeration ... END`, any case): WL105 at the second, which WINDEV's compiler refuses as
it refuses any name declared twice in one scope (docs/check.md WL105). It was silent, and
the run gave `E.V1` the second one's spelling and value.
"""
from __future__ import annotations

__all__ = ["values_twice"]

from ..syntax import nodes as N
from ..syntax.names import fold
from .reporter import Reporter


def values_twice(s: N.EnumDecl, rep: Reporter) -> None:
    """WL105 for each value of `s` named again after its first declaration."""
    first: dict[str, int] = {}
    what = "combination" if s.combination else "enumeration"
    for name, _, line, col in s.items:
        key = fold(name)
        if key in first:
            rep.report("WL105", f"the value '{name}' of the {what} {s.name} is declared "
                       f"twice", s, len(name), hint=f"first declared at line {first[key]}",
                       line=line, col=col)
        else:
            first[key] = line
