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
    return lambda *args: builtin.call(rt, source, *args)
