"""Procedures whose parameters are imposed from outside: WL202 ("the parameter is never
used") is not said at theirs.

WINDEV code must often take parameters it does not read: a procedure passed to be called
back (`fListFile(sPath, CountFile)`, `ArraySort(t, asFunction, Compare)`,
`ThreadExecute(...)`) receives what its caller gives; a property's `<set>` accessor
receives the value assigned, which a read-only-in-effect setter ignores; a virtual or
abstract method, a method several classes declare (a redefinition: its prototype is its
ancestor's) and a method of an interface keep their prototype whatever one body reads.
*Decided* (docs/check.md, WL202): the warning is noise there (4 of the real-code
corpus's 7 were of these kinds), so it is said only for other procedures. A lambda's
parameters were already left alone.
"""
from __future__ import annotations

__all__ = ["imposed_parameters", "mocks", "MARKED_USED"]

import os
from typing import Any

from ..syntax import nodes as N
from ..syntax.names import fold
from .resolved import Ref

_NAMED = frozenset({Ref.PROC_REF, Ref.INTERNAL_REF, Ref.OWN_METHOD_REF})
_KEEP_PROTOTYPE = frozenset({"<get>", "<set>", "virtual", "virtuelle", "abstract",
                             "abstraite"})
# `<utile>` (English `<useful>`, INFERRED) on a procedure or one of its parameters: the
# developer's word that it is used though nothing seems to use it, which is what the
# attribute is for in WINDEV (it silences the compiler's "unused" warning). The lexer
# gives a header's attributes and its parameters' to the procedure as a whole, so all its
# parameters are left alone (fewer warnings, never a wrong one).
MARKED_USED = frozenset({"<utile>", "<useful>"})


def imposed_parameters(program: N.Program, refs: dict[int, tuple[object, Ref]]
                       ) -> set[str]:
    """The folded names of the procedures and methods whose parameters are imposed."""
    out = {fold(getattr(node, "name", "")) for node, ref in refs.values() if ref in _NAMED}
    owners: dict[str, set[str]] = {}
    for p in program.procedures:
        key = fold(p.name)
        if _KEEP_PROTOTYPE.intersection(p.modifiers) or MARKED_USED.intersection(p.modifiers):
            out.add(key)
        if p.owner is not None:
            owners.setdefault(key, set()).add(fold(p.owner))
    out |= {key for key, classes in owners.items() if len(classes) > 1}
    for s in program.main.stmts:
        if isinstance(s, N.InterfaceDecl):
            out |= {fold(m) for m in s.methods}
    return out


def mocks(program: N.Program, symbols: Any) -> set[str]:
    """In a conftest.wl, the procedures that replace a project's procedure of the same
    name (a mock, docs/testing.md): they keep its prototype, whatever they read."""
    if os.path.basename(program.filename or "").lower() != "conftest.wl":
        return set()
    return {key[1] for key, (filename, _) in symbols.declared_at.items()
            if type(key) is tuple and key[0] == "proc" and filename
            and filename != program.filename}
