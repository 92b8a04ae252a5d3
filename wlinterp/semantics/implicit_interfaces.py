"""Interfaces a class implements without an `implements` line: it has every prototype.

Why: real WINDEV code stores into a variable of an interface an object of a class that
only has the interface's methods (wxFirebaseSDK's CAuth puts `new CGoogleProvider(...)`,
whose abstract parent has `Connexion()` and no `implémente` line, into a variable of
`I_AuthProviderService`), so WINDEV takes a class with the prototypes as implementing it
(docs/semantics.md "Interfaces", INFERRED). The store's test (runtime/types.py
interface_ref) and `o is IShape` read StructDef.implements: the compiler adds the
interfaces found here to it once (add_implicit_interfaces), and they cost nothing when it
runs; the check asks has_prototypes (semantics/interfaces.py).
"""
from __future__ import annotations

__all__ = ["add_implicit_interfaces", "has_prototypes"]

from typing import Callable, Iterable, Mapping

from ..runtime.types import StructDef
from ..syntax import nodes as N
from ..syntax.names import fold


def add_implicit_interfaces(structs: Mapping[str, StructDef], methods: Iterable[tuple[str, str]],
                            interfaces: Mapping[str, N.InterfaceDecl]) -> None:
    """Add to each class's `implements` the interfaces (folded) whose every prototype it
    has, itself or through an ancestor (has_prototypes); an interface without prototypes
    is left to `implements` lines."""
    if not interfaces:
        return
    owned = set(methods)
    for sdef in structs.values():
        if not sdef.is_class:
            continue
        lineage = sdef.lineage()
        found = {key for key, decl in interfaces.items()
                 if (decl.methods or decl.properties) and key not in sdef.implements
                 and has_prototypes(decl, lineage, lambda c, m: (c, m) in owned,
                                    lambda m: sdef.member_type(m) is not None)}
        if found:
            sdef.implements = sdef.implements | found


def has_prototypes(decl: N.InterfaceDecl, lineage: list[str],
                   has_method: Callable[[str, str], bool],
                   has_member: Callable[[str], bool]) -> bool:
    """Do the classes of `lineage` (folded, nearest first) have a method for each of the
    interface's PROCEDURE lines, and a property (a `<get>`/`<set>` method) or a member
    for each of its PROPERTY lines?"""
    for name in decl.methods:
        key = fold(name)
        if not any(has_method(c, key) for c in lineage):
            return False
    for name in decl.properties:
        key = fold(name)
        if not (has_member(key) or any(has_method(c, key + "#get") or has_method(c, key + "#set")
                                       for c in lineage)):
            return False
    return True
