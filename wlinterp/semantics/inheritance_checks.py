"""What a class's several parents (multiple inheritance, ?6010007) may leave ambiguous:
two parents giving a method (or a property) of one name that the class does not redefine.

The run takes the first one found in the class's lineage (runtime/lineage.py
`linearized`: the first parent's line before the second's), which is the first
`inherits` line's; WLanguage's help does not say what WINDEV does, so `wl check` warns
(WL215) and names the one that runs, and a redefinition in the class settles it.
Constructors and destructors are not methods the parents share: each runs for its own
class (docs/semantics.md "Several ancestors")."""
from __future__ import annotations

__all__ = ["check_shared_methods"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

_OWN = frozenset({"constructor", "constructeur", "destructor", "destructeur"})


def check_shared_methods(fc: "FunctionChecker", s: N.StructDecl) -> None:
    """WL215 at the class's name for each method (or property) that two of its parents'
    lines give from two different classes, the class declaring none of that name."""
    sym, key = fc.sym, fold(s.name)
    info = sym.structs.get(key)
    parents = info.parents() if info is not None else ()
    if len(parents) < 2 or any(p not in sym.structs for p in parents):
        return
    names = {m.split("#")[0] for c, m in sym.methods if c != key} - _OWN
    for name in sorted(names):
        if sym.declares(key, name):
            continue
        givers = {g for p in parents if (g := _giver(fc, p, name)) is not None}
        if len(givers) < 2:
            continue
        runs = next(c for c in sym.lineage(key) if sym.declares(c, name))
        others = sorted(sym.structs[g].name for g in givers if g != runs)
        shown = _shown_name(fc, runs, name)
        fc.rep.report("WL215", f"{s.name} inherits {shown} from {sym.structs[runs].name} "
                      f"and from {', '.join(others)}: {sym.structs[runs].name}'s runs (its "
                      f"parent's line comes first)", s, len(s.name),
                      hint=f"redefine {shown.split()[-1]} in {s.name} to choose, or call "
                      f"one of them from it")


def _giver(fc: "FunctionChecker", parent: str, name: str) -> str | None:
    """The class of `parent`'s lineage whose `name` an object of `parent` runs."""
    return next((c for c in fc.sym.lineage(parent) if fc.sym.declares(c, name)), None)


def _shown_name(fc: "FunctionChecker", cls: str, name: str) -> str:
    """`the method Describe` / `the property Label`, as the class declaring it writes it."""
    method = fc.sym.methods.get((cls, name))
    if method is not None:
        return f"the method {method.name.split('::')[-1]}"
    accessor = fc.sym.methods.get((cls, name + "#get")) or fc.sym.methods.get((cls, name + "#set"))
    shown = accessor.name.split("::")[-1] if accessor is not None else name
    return f"the property {shown}"
