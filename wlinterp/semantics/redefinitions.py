"""A derived class's method named like an ancestor's, with another prototype.

Help page "Error: Redefinition of syntax" (?6010014, read in English and French,
VERIFIED): "The '<method>' methods of the '<derived class>' class and of the '<base
class>' class do not have the same prototype. The compiler cannot solve the ambiguity
between a redefined method and a multi-syntax method": since version 16 a method of the
derived class must redefine one of the ancestor's syntaxes (same parameters); adding a
syntax there is a compilation error. `wl check` reports it (WL111); `wl run` lets it run
(a deferred error: the derived class's syntaxes are then the object's, as a redefinition
makes them), `--strict` refuses it. Constructors and destructors, which each class has
its own of, and property accessors are not concerned.

A derived class that redefines one syntax of an ancestor's method with several keeps the
ancestor's other syntaxes (`inherit_syntaxes`, *decided*, INFERRED from ?6010014: a
method of the derived class with an ancestor's name can only be a redefinition of one of
its syntaxes, so the others are still the object's): its group is its own syntaxes, then
those of the nearest ancestor's group that it does not redefine.
"""
from __future__ import annotations

__all__ = ["check_redefinitions", "inherit_syntaxes"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .overloads import same_parameters
else:
    on_first_call(globals(), ".overloads", "same_parameters")

if TYPE_CHECKING:
    from .program_symbols import ProgramSymbols
    from .reporter import Reporter

_OWN = frozenset({"constructor", "constructeur", "destructor", "destructeur"})


def inherit_syntaxes(symbols: "ProgramSymbols", key_of: object) -> None:
    """Each class's syntaxes of a method it declares include the nearest ancestor's that
    it does not redefine (same parameters), when that ancestor has several: the class's
    entry of `symbols.overloads` lists them, its own first. Ancestors are done first, so
    a grandparent's syntaxes reach a grandchild through the class between."""
    overloads = symbols.overloads
    if not overloads:  # (most programs: no name with several syntaxes to inherit)
        return
    owned: dict[str, set[str]] = {}
    for owner, key in symbols.methods:
        if key not in _OWN and "#" not in key:
            owned.setdefault(owner, set()).add(key)
    done: set[str] = set()
    for cls in sorted(owned, key=lambda c: len(symbols.lineage(c))):
        if cls in done or cls not in symbols.structs:
            continue
        done.add(cls)
        for key in owned[cls]:
            ancestor = next((a for a in symbols.lineage(cls)[1:]
                             if (a, key) in symbols.methods), None)
            theirs = overloads.get((ancestor, key)) if ancestor is not None else None
            if not theirs:  # (one syntax: a plain redefinition replaces it)
                continue
            mine = overloads.get((cls, key)) or [symbols.methods[(cls, key)]]
            kept = [q for q in theirs if not any(same_parameters(q, p) for p in mine)]
            if kept:
                overloads[(cls, key)] = [*mine, *kept]


def check_redefinitions(procedures: list[N.Procedure], symbols: "ProgramSymbols",
                        rep: "Reporter", key_of: object) -> None:
    """WL111 at each method of `procedures` whose nearest ancestor declaring its name
    has no syntax with the same parameters (`key_of`: semantics' method_key)."""
    for p in procedures:
        if p.owner is None:
            continue
        owner, key = fold(p.owner), key_of(p)  # type: ignore[operator]
        if key in _OWN or "#" in key or owner not in symbols.structs:
            continue
        for ancestor in symbols.lineage(owner)[1:]:
            first = symbols.methods.get((ancestor, key))
            if first is None:
                continue
            theirs = symbols.overloads.get((ancestor, key)) or [first]
            if not any(same_parameters(q, p) for q in theirs):
                base = symbols.structs[ancestor].name
                rep.report("WL111", f"the methods {p.name} of the class "
                           f"{symbols.structs[owner].name} and of its base class {base} do "
                           f"not have the same prototype: WINDEV cannot tell a redefinition "
                           f"from another syntax (declare the same parameters as "
                           f"{base}::{first.name}, or give the method another name)",
                           p, len(p.name), col=_name_col(rep, p), deferred=True)
            break


def _name_col(rep: "Reporter", p: N.Procedure) -> int:
    """The column of the method's name after `::` on its header line."""
    text = rep.lines[p.line - 1] if 0 < p.line <= len(rep.lines) else ""
    at = text.find("::", p.col - 1)
    if at < 0:
        return p.col
    at += 2
    while at < len(text) and text[at] == " ":
        at += 1
    return at + 1
