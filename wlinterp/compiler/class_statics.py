"""Compiling the global (static) members of classes: `CClass::member`, `::member`,
`obj.m` where m is a GLOBAL member of obj's class, and GLOBAL properties named through
their class (`CX::Count`, `CX.Count`), read and assigned.

Split from classes.py, which compiles the other class constructs and mixes this in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..syntax.names import fold
from ..runtime.types import StructDef

from .base import RefNames as Ref
from .declared_kinds import TIMED
from .typed_members import TypedMemberMixin
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from ..semantics.class_member_names import not_class_member, values_not_class
else:
    on_first_call(globals(), "..semantics.class_member_names", "not_class_member",
                  "values_not_class")


class StaticMemberMixin(TypedMemberMixin):
    """Global members and properties of classes (mixed into ClassMixin)."""

    def current_class(self) -> str | None:
        owner = self.scope.method_owner()
        return owner.owner if owner is not None else None

    def static_class(self, e: N.ClassMember) -> str | None:
        """The class holding the global member `e` (None: not a global member)."""
        key = fold(e.name)
        start = fold(e.cls) if e.cls else self.current_class()
        sdef = self.prog.structs.get(start) if start else None
        return _static_holder(sdef, key)

    def x_ClassMember(self, e: N.ClassMember) -> tuple[str, SType]:
        """`CClass::member` / `::member`: a global member, else a (class) constant."""
        cls = self.static_class(e)
        key = fold(e.name)
        ref = self.prog.refs.get(e)  # None: made up by resolve_name for a global member
        if cls is not None and ref in (None, Ref.STATIC):  # a Date one reads as a Date:
            spec = self.static_member_spec(e)  # `C::gdRef + 1` was "202501011"
            return f"class_static_get(_ctx, {cls!r}, {key!r})", \
                TIMED.get(spec.kind, S.ANY) if spec is not None else S.ANY
        if ref is Ref.STATIC_PROPERTY:
            return self.class_property_get(e), S.ANY
        owner = fold(e.cls) if e.cls else self.current_class()
        if ref in (Ref.PROC_REF, Ref.OWN_METHOD_REF) and owner is not None \
                and (e.cls or self.prog.find_method(owner, key)):  # given as a procedure;
            on = ", a__objet" if ref is Ref.OWN_METHOD_REF else ""  # in CList's method:
            return (f"class_method_ref(_rt, {owner!r}, {key!r}, "  # on the object
                    f"{(e.cls or '') + '::' + e.name!r}{on})"), S.ANY
        called = self.prog.refs.stands_for.get(id(e))
        if called is not None:  # `CClass::M`: the method M, called (member_checks.py)
            return self.compile_call(called[1])
        if e.cls and fold(e.cls) not in self.prog.structs \
                and fold(e.cls) in self.prog.enums:  # `Level::High`: an enumeration's
            return self.prog.fail_code(values_not_class(  # values are `Level.High`
                e.cls, e.name, fold(e.cls) in self.prog.combinations) + ".", e,
                max(e.col - len(e.cls), 1)), S.ANY
        if e.cls and fold(e.cls) not in self.prog.structs:  # an error when it runs
            return self.prog.fail_code(f"Unknown class '{e.cls}'.", e,  # at the class,
                                       max(e.col - len(e.cls), 1)), S.ANY  # as wl check
        if ref is Ref.CONSTANT:
            return self.prog.constant_code(self.prog.refs.constant_key(e, key))
        if e.cls is None:
            return self.resolve_name(e)
        return self.prog.fail_code(not_class_member(e.name, e.cls) + ".", e,
                                   e.col + 2), S.ANY  # at the member, as wl check

    def static_member_spec(self, e: N.ClassMember | N.Name) -> "TypeSpec | None":
        """The declared type of the global member `e` names (`C::gdRef`, `::gdRef`, or
        `gdRef` in a method), None when it names none."""
        cls = self.static_class(e if isinstance(e, N.ClassMember)
                                else N.ClassMember(e.line, e.col, None, e.name))
        sdef = self.prog.structs.get(cls) if cls is not None else None
        held = sdef.statics.get(fold(e.name)) if sdef is not None else None
        return held[0] if held else None

    def class_property_get(self, e: N.ClassMember) -> str:
        """`CX::Count` / `CX.Count`, Count a GLOBAL property: its <get>, run on the class's
        receiver, as a GLOBAL method called on the class is (compiler/functions.py)."""
        return (f"get_property(_rt, {self.class_receiver_code(e)}, {fold(e.name)!r}, "
                f"{e.name!r})")

    def class_receiver_code(self, e: N.ClassMember) -> str:
        cls = fold(e.cls) if e.cls else self.current_class()
        return f"class_receiver(_rt, {cls!r})"

    def store_class_property(self, target: N.ClassMember, code: str) -> None:
        """`CX::Count = v` / `CX.Count = v`: the GLOBAL property's <set>, on the class."""
        self.out.emit(f"set_property(_rt, {self.class_receiver_code(target)}, "
                      f"{fold(target.name)!r}, {code}, {target.name!r})")

    def store_class_member(self, target: N.ClassMember, code: str) -> None:
        if self.prog.refs.get(target) is Ref.STATIC_PROPERTY:  # CX::Count = v
            self.store_class_property(target, code)
            return
        cls = self.static_class(target)
        if cls is None:
            self.out.emit(self.prog.fail_code(
                f"'{target.name}' is not a global member of a class; it cannot be assigned.",
                target))
            return
        self.out.emit(f"class_static_set(_ctx, {cls!r}, {fold(target.name)!r}, {code})")

    def global_member_of(self, e: N.Member) -> str | None:
        """The class (folded) whose GLOBAL member `obj.m` names, when obj is a variable
        declared of a class (or of a derived one) that has such a member: one value for
        the class, as `Class::m` (docs/semantics.md "Real-code forms")."""
        if not isinstance(e.obj, N.Name):
            return None
        spec = self.static_spec(e.obj)
        if spec is None or spec.kind != Kind.STRUCT:
            return None
        return _static_holder(self.prog.structs.get(spec.name), fold(e.name))


def as_class_member(e: N.Member) -> N.ClassMember:
    """`Class.member` (a global member named through its class) as `Class::member`."""
    return N.ClassMember(e.line, e.col, e.obj.name, e.name)  # type: ignore[attr-defined]


def _static_holder(sdef: StructDef | None, key: str) -> str | None:
    """The class (folded: `sdef`'s or an ancestor's, every parent's line) declaring the
    global member `key`, or None."""
    if sdef is None:
        return None
    return next((fold(c.name) for c in sdef.ancestry() if key in c.statics), None)
