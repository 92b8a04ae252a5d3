"""Properties (`PROCEDURE C::X() <get>` / `<set>`) as the semantic pass checks them: a
GLOBAL property named through its class (`C.X`, `C::X`), and a property read that has no
`<get>` or written that has no `<set>` (help ?6010011: "a compilation error occurs").
"""
from __future__ import annotations

__all__ = ["accessors", "class_property", "global_property", "property_direction"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import GLOBAL_WORDS
from .resolved import Ref

if TYPE_CHECKING:
    from .checker_state import CheckerState



def accessors(fc: "CheckerState", cls: str, key: str
              ) -> tuple[N.Procedure | None, N.Procedure | None, bool] | None:
    """The `<get>` and `<set>` of the property `key` (folded) of `cls` or of its nearest
    ancestor that has them, and whether a member has that name too (then a missing
    accessor reads or writes the member: runtime/objects.py get_property); None when
    `key` is no property there."""
    methods = fc.sym.methods
    get = put = None
    member = False
    for c in fc.sym.lineage(cls):
        member = member or key in fc.sym.structs[c].members
        get = get or methods.get((c, key + "#get"))
        put = put or methods.get((c, key + "#set"))
    return (get, put, member) if get is not None or put is not None else None


def global_property(fc: "CheckerState", cls: str | None, key: str) -> bool:
    """Is `key` (folded) a property of `cls` whose accessors are GLOBAL? (In a GLOBAL
    method, `Total` and `::Total` then name it, as the class's.)"""
    found = accessors(fc, cls, key) if cls is not None \
        and key in fc.sym.property_names() else None
    return found is not None and any(
        p is not None and GLOBAL_WORDS & set(p.modifiers) for p in found[:2])


def class_property(fc: "CheckerState", e: N.Member | N.ClassMember, cls: str,
                   writing: bool) -> bool:
    """`CX.Count` / `CX::Count` (read, or assigned when `writing`) where Count is a
    property of the class CX: recorded as a property of the class (run on the class, as a
    GLOBAL method is: compiler/classes.py); its accessor must be GLOBAL (WL111, as for a
    method, docs/semantics.md "GLOBAL properties")."""
    found = accessors(fc, cls, fold(e.name))
    if found is None:
        return False
    fc.sym.refs.record(e, Ref.STATIC_PROPERTY)
    col = e.col + (2 if isinstance(e, N.ClassMember) else 1)
    if not property_direction(fc, e, cls, found, writing, col):
        return True
    used = found[1] if writing else found[0]
    if used is not None and not GLOBAL_WORDS & set(used.modifiers):
        shown = f"{fc.sym.structs[cls].name}::{e.name}"
        fc.rep.report("WL111", f"{shown} is not a GLOBAL property: it belongs to an object "
                      f"(o.{e.name} with o of {fc.sym.structs[cls].name}), or declare its "
                      f"procedures PROCEDURE GLOBAL", e, len(e.name), col=col, deferred=True)
    return True


def property_direction(fc: "CheckerState", e: N.Member | N.ClassMember, cls: str,
                       found: tuple[N.Procedure | None, N.Procedure | None, bool],
                       writing: bool, col: int) -> bool:
    """WL106 for a property written that has no `<set>`, WL109 for one read that has no
    `<get>` (?6010011); the run stops there with the same text. False when reported."""
    get, put, member = found
    if member:  # a missing accessor reads or writes the member of that name
        return True
    shown = fc.sym.structs[cls].name
    if writing and put is None:
        fc.rep.report("WL106", f"the property {e.name} of {shown} is read-only (it has no "
                      f"<set> procedure)", e, len(e.name), col=col)
        return False
    if not writing and get is None:
        fc.rep.report("WL109", f"the property {e.name} of {shown} is write-only (it has no "
                      f"<get> procedure)", e, len(e.name), col=col)
        return False
    return True
