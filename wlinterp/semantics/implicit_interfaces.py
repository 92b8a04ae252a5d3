"""Interfaces a class implements without an `implements` line: it has every prototype.

Why: real WINDEV code stores into a variable of an interface an object of a class that
only has the interface's methods (wxFirebaseSDK's CAuth puts `new CGoogleProvider(...)`,
whose abstract parent has `Connexion()` and no `implémente` line, into a variable of
`I_AuthProviderService`), so WINDEV takes a class with the prototypes as implementing it
(docs/semantics.md "Interfaces", INFERRED). The store's test (runtime/types.py
interface_ref) and `o is IShape` read StructDef.implements: the compiler adds the
interfaces found here to it once (add_implicit_interfaces), and they cost nothing when it
runs; the check asks has_prototypes (semantics/interfaces.py). A method must take the
counts of arguments its prototype allows, as `implements` asks (WL110 "its method Area
takes 1 parameter(s)"): a class whose Area(n) only shares the name does not implement
the interface, so the store stops where the check says so; so does one whose declared
parameter or result types differ from the prototype's where both declare one (Area(n is
string) for Area(n is int)), as an `implements` line's check compares them.
"""
from __future__ import annotations

__all__ = ["accepts", "add_implicit_interfaces", "has_prototypes", "SameType"]

from typing import TYPE_CHECKING, Any, Callable, Mapping

from ..lazy_import import on_first_call
from ..runtime.types import StructDef
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .call_counts import counts
else:  # (only a program with interfaces asks: not loaded by a one-line run)
    on_first_call(globals(), ".call_counts", "counts")

# (class, method), both folded -> its syntaxes (their nodes); [] if it has none
Syntaxes = Callable[[str, str], "list[N.Procedure]"]
# do two type phrases declare the same type (one the check cannot read: yes)?
SameType = Callable[[str, str], bool]


def add_implicit_interfaces(structs: Mapping[str, StructDef], methods: Mapping[tuple[str, str], Any],
                            interfaces: Mapping[str, N.InterfaceDecl],
                            same_type: SameType | None = None) -> None:
    """Add to each class's `implements` the interfaces (folded) whose every prototype it
    has, itself or through an ancestor (has_prototypes); an interface without prototypes
    is left to `implements` lines. `methods`: the compiler's (class, method) -> ProcInfo,
    its syntaxes in `overloads` when it has several; `same_type` compares declared types."""
    if not interfaces:
        return

    def syntaxes(cls: str, name: str) -> list[N.Procedure]:
        info = methods.get((cls, name))
        return [] if info is None else [m.node for m in info.overloads or [info]]
    for sdef in structs.values():
        if not sdef.is_class:
            continue
        lineage = sdef.lineage()
        found = {key for key, decl in interfaces.items()
                 if (decl.methods or decl.properties) and key not in sdef.implements
                 and has_prototypes(decl, lineage, syntaxes,
                                    lambda m: sdef.member_type(m) is not None, same_type)}
        if found:
            sdef.implements = sdef.implements | found


def has_prototypes(decl: N.InterfaceDecl, lineage: list[str], syntaxes: Syntaxes,
                   has_member: Callable[[str], bool], same_type: SameType | None = None) -> bool:
    """Do the classes of `lineage` (folded, nearest first) have a method for each of the
    interface's PROCEDURE lines, the nearest one with a syntax taking every count of
    arguments the prototype allows (and, given `same_type`, declaring the types it
    declares where both declare one), and a property (a `<get>`/`<set>` method) or a
    member for each of its PROPERTY lines?"""
    for name in decl.methods:
        key = fold(name)
        found = next((s for s in (syntaxes(c, key) for c in lineage) if s), None)
        wanted = decl.arities.get(key)
        typed = decl.types.get(key) if same_type is not None else None
        if found is None or not any(
                (wanted is None or accepts(counts(m.params), wanted))
                and (typed is None or same_type is None or same_types(typed, m, same_type))
                for m in found):
            return False
    for name in decl.properties:
        key = fold(name)
        if not (has_member(key) or any(syntaxes(c, key + "#get") or syntaxes(c, key + "#set")
                                       for c in lineage)):
            return False
    return True


def same_types(typed: tuple[list[str], str], method: N.Procedure, same: SameType) -> bool:
    """Does `method` declare, where it declares one, the parameter and result types the
    prototype `typed` (its parameters' types, "" where none; its result's) declares?"""
    params, ret = typed
    if any(want and param.type_text and not same(want, param.type_text)
           for want, param in zip(params, method.params)):
        return False
    return not (ret and method.ret_type and not same(ret, method.ret_type))


def accepts(method: tuple[int, int | None], prototype: tuple[int, int | None]) -> bool:
    """Does a method taking `method` (required, at most) arguments take every count the
    interface's prototype allows? (At most None: any number more, a `*` parameter.)"""
    required, most = method
    wanted_required, wanted_most = prototype
    return required <= wanted_required and (
        most is None or wanted_most is not None and most >= wanted_most)
