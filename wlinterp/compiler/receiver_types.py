"""What the freed-object call graph (free_graph.py) knows of a method call's receiver:
the declared type of the value it is, and so the classes whose methods the call may run.

A receiver is narrowed where the declarations tell its type: a variable or parameter
(free_graph.receivers), a member of a structure or object whose type is known (`st.o`,
`objet.m_o`, a method's own member written bare), a class's GLOBAL member named with
its class (`CClass::m`), an element of an array or an
associative array whose element type is known (`t[i]`, `tc["k"]`), and any chain of
those (`t[i].o`, `st.arr[2]`). An object in a place declared of a class is of that
class or of a class derived from it (the run refuses any other), so the call runs a
method of those classes or of their ancestors (Classes.related). Anything else (a
variant, a call's result, a row of a two-dimension array, a member a property of the
same name may answer) is not narrowed: every method of that name stays reachable.
"""
from __future__ import annotations

__all__ = ["Classes", "receiver_spec"]

from typing import TYPE_CHECKING, Callable

from ..records import field, record
from ..runtime.kinds import K_ARRAY, K_ASSOC, K_STRUCT
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from ..runtime.containers import StructDef
    from ..runtime.types import TypeSpec


@record
class Classes:
    """What the compiler knows of the program's types: `spec_of` reads a declared type
    (None for one it refuses), `structs` the structures and classes (folded name ->
    definition), `lineages` each class's lineage (folded names, itself first:
    StructDef.lineage)."""

    spec_of: Callable[[str, N.Node], "TypeSpec | None"]
    structs: dict[str, "StructDef"]
    lineages: dict[str, list[str]]
    _related: dict[str, set[str]] = field(default_factory=dict)

    def related(self, cls: str) -> set[str]:
        """The classes whose methods an object in a variable of class `cls` may run:
        those of the classes it may be (`cls` and every class derived from it) and of
        their ancestors (made once per class)."""
        known = self._related.get(cls)
        if known is None:
            known = self._related[cls] = {a for line in self.lineages.values() if cls in line
                                          for a in line}
        return known

    def object_spec(self, cls: str) -> "TypeSpec":
        """The type of a method's own object (`objet`): its class (folded)."""
        from ..runtime.types import TypeSpec
        return TypeSpec(K_STRUCT, name=cls)

    def class_in(self, spec: "TypeSpec | None") -> str | None:
        """The folded class a type names, None for any other type (a structure too)."""
        if spec is None or spec.kind != K_STRUCT:
            return None
        sdef = self.structs.get(spec.name)
        return spec.name if sdef is not None and sdef.is_class else None


def receiver_spec(classes: Classes, e: N.Expr, names: dict[str, "TypeSpec | None"],
                  methods: dict[str, set[str]]) -> "TypeSpec | None":
    """The declared type of the value `e` is, where the declarations tell it; `names`:
    the types of the variables in sight (free_graph.receivers), `methods`: the program's
    method names (a property of a member's name may answer `st.m` with anything)."""
    t = type(e)
    if t is N.Name:
        return names.get(fold(e.name))  # type: ignore[attr-defined]
    if t is N.Member:
        holder = receiver_spec(classes, e.obj, names, methods)  # type: ignore[attr-defined]
        key = fold(e.name)  # type: ignore[attr-defined]
        if holder is None or holder.kind != K_STRUCT or key in methods:
            return None
        sdef = classes.structs.get(holder.name)
        return sdef.member_type(key) if sdef is not None else None
    if t is N.ClassMember and e.cls:  # type: ignore[attr-defined]
        # `CClass::m`: a GLOBAL member of the class named (not `::m`, left to the run)
        key = fold(e.name)  # type: ignore[attr-defined]
        sdef = classes.structs.get(fold(e.cls))  # type: ignore[attr-defined]
        typed = sdef.statics.get(key) if sdef is not None and key not in methods else None
        return typed[0] if typed else None
    if t is N.Index:
        holder = receiver_spec(classes, e.obj, names, methods)  # type: ignore[attr-defined]
        count = len(e.args)  # type: ignore[attr-defined]
        if holder is None or holder.kind == K_ARRAY and count != max(len(holder.dims), 1) \
                or holder.kind == K_ASSOC and count != 1:  # (a row: an array, not an object)
            return None
        return holder.elem if holder.kind in (K_ARRAY, K_ASSOC) else None
    return None
