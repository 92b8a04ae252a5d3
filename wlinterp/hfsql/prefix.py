"""WINDEV's prefix syntax of the H* functions: `Customer.ReadSeekFirst(Name, "MOORE")`,
`Client.LitRecherchePremier(Nom, "MOORE")`, `Customer.Found()` call HReadSeekFirst,
HFound... with the data file (or query, data source) first, as PC SOFT's
"<Source>.ReadSeekFirst" pages document (docs/hfsql.md, "Prefix syntax")."""
from __future__ import annotations

__all__ = ["prefix_method"]

from typing import Any, Callable


def prefix_method(source: Any, rt: Any, name: str) -> Callable[..., Any] | None:
    """The H* built-in `H<name>` bound to `source` and the run, or None when there is no
    such function (the method call then fails as on any value)."""
    from ..registry import load_stdlib
    try:
        builtin = load_stdlib().functions["h" + name]
    except KeyError:
        return None
    if builtin.en in _POSITION_ONLY:  # `Customer.RestorePosition(nPos)`: the position
        return lambda *args: builtin.call(rt, *args)  # names its file (it stopped: "a
    return lambda *args: builtin.call(rt, source, *args)  # data file ... as a number")


_POSITION_ONLY = frozenset({"HRestorePosition", "HFreePosition"})
"""The H* functions whose first parameter is a saved position, not a data file: in the
prefix syntax the source names the position's file, which the position already holds."""
