"""Stores into a variant's sub-elements: `v.city = "Paris"`, `v.address.street = "x"`,
`v.phones[2] = "..."` where `v is Variant`.

A variant's named and indexed sub-elements exist once something is written into them
(runtime/members.py). So a store whose target starts at a variant variable walks its
way with `vivify`/`member_place`/`index_place`, each turning an empty variant place into
the container the next step needs, then stores as any member or element store does.
"""
from __future__ import annotations

from ..runtime.kinds import Kind, SType
from ..semantics.resolved import Ref
from ..runtime.types import VARIANT, TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold
from .classes import ClassMixin


_MEMBERS = "'members'"
_COUNTS = frozenset(("occurrence", "count", "nboccurrence", "member", "membre", "empty", "vide"))


def changed_element(place: N.Expr) -> N.Index | None:
    """The element that holds `place` when `place` is about to be changed: `m[k]` in
    `m[k]`, `m[k].n`, `m[k].inner.n` (members between are walked through), so that a
    missing element of an associative array is created first, at any depth."""
    while isinstance(place, N.Member):
        place = place.obj
    return place if isinstance(place, N.Index) else None


class VariantPlaceMixin(ClassMixin):
    """Compiles the way to a variant's sub-element about to be written."""

    def static_spec(self, e: N.Expr) -> TypeSpec | None:
        """The declared type of the place `e` (a variable, a class member, a member of a
        structure or a sub-element of a variant, an element), when the code tells it."""
        if isinstance(e, N.ClassMember):  # `C::gdRef`, `::gdRef`: a global member
            return self.static_member_spec(e)
        if isinstance(e, N.Name):
            ref = self.prog.refs.get(e)  # None: a name the pass read otherwise (`Class.m`)
            if ref is Ref.MEMBER:
                return self.member_spec(self.current_class() or "", fold(e.name))
            if ref is Ref.STATIC:  # `gdRef` in a method: its class's global member
                return self.static_member_spec(e)
            var = self.scope.lookup(fold(e.name)) if ref is Ref.VAR else None
            if var is None:
                return None
            return self.loop_elements.get(id(var), var.spec)
        if not isinstance(e, (N.Member, N.Index)):
            return None
        if isinstance(e, N.Member) and self.prog.refs.get(e) is Ref.STATIC:  # `C.gdRef`,
            return self.static_member_spec(  # as `C::gdRef` (`C.gdRef = "20250301"` kept
                N.ClassMember(e.line, e.col, e.obj.name, e.name))  # type: ignore[attr-defined]
        spec = self.static_spec(e.obj)  # the text, and `C.gdRef + 1` joined "1" to it)
        if spec is None or (spec.kind == Kind.VARIANT and not spec.dynamic):
            return spec  # a variant's sub-elements are variants
        if isinstance(e, N.Member):
            if spec.kind not in (Kind.STRUCT, Kind.OBJECT):
                return None
            found = self.member_spec(spec.name, fold(e.name))  # else a global member,
            return found if found is not None else self.static_member_spec(  # `o.gdRef`
                N.ClassMember(e.line, e.col, spec.name, e.name))
        return (spec.elem or VARIANT) if spec.kind in (Kind.ARRAY, Kind.ASSOC) else None

    def member_spec(self, cls: str, key: str) -> TypeSpec | None:
        """The declared type of the member `key` of the class or structure `cls` (its
        ancestors' members included)."""
        sdef = self.prog.structs.get(fold(cls))
        while sdef is not None:
            for member, _, spec in sdef.members:
                if member == key:
                    return spec
            sdef = sdef.base
        return None

    def is_variant_place(self, e: N.Expr) -> bool:
        spec = self.static_spec(e)
        return spec is not None and spec.kind == Kind.VARIANT and not spec.dynamic

    def variant_place(self, e: N.Expr, want: str) -> str:
        """Code of the container at `e` (a temporary or the variable), created on the
        way when its place is an empty variant; `want`: the code of "members" or
        "array", what the next step needs."""
        if not self.is_variant_place(e):
            return self.value(e)
        if isinstance(e, N.Name) and self.prog.refs.of(e) is Ref.VAR:
            var = self.scope.lookup(fold(e.name))
            assert var is not None
            self.note_write(var)
            self.out.emit(f"{var.pyname} = vivify({var.pyname}, {want})")
            return var.pyname
        tmp = self.temp()
        if isinstance(e, N.Name):  # in a method, a member of the object by its name
            this = self.value(self.var_node(e.line, e.col, "objet"))
            self.out.emit(f"{tmp} = member_place({this}, {fold(e.name)!r}, {e.name!r}, "
                          f"{want})")
        elif isinstance(e, N.Member):
            obj = self.variant_place(e.obj, _MEMBERS)
            self.out.emit(f"{tmp} = member_place({obj}, {fold(e.name)!r}, {e.name!r}, "
                          f"{want})")
        else:
            assert isinstance(e, N.Index)
            args, obj = self.indexed_place(e)
            self.out.emit(f"{tmp} = index_place({obj}, {want}{args})")
        return tmp

    def member_code(self, e: N.Member) -> str:
        """`v.name` read on a variant place: an empty variant has no sub-elements yet,
        so reading one gives Null (docs/semantics.md "Variant sub-elements")."""
        code = super().member_code(e)
        if code.startswith("get_member(") and self.is_variant_place(e.obj):
            return "variant_member(" + code[len("get_member("):]
        if code.startswith("member_or_method(") and self.is_variant_place(e.obj):
            return code[:-1] + ", True)"  # (its member read as variant_member reads it)
        return code

    def x_Prop(self, e: N.Prop) -> tuple[str, SType]:
        """`v..Occurrence`, `v..Member`, `v..Empty` on a variant place: an empty variant
        has none (0, nothing to go through, True)."""
        key = fold(e.name)
        if key in _COUNTS and self.is_variant_place(e.obj):
            return f"variant_prop({self.value(e.obj)}, {key!r})", SType.ANY
        return super().x_Prop(e)  # type: ignore[misc]  # ExprMixin's, by the MRO

    updating: N.Expr | None = None
    """The element about to be changed by the statement being compiled (`m[k] += 1`,
    `m[k]["b"] = 3`, `m[k].name = x`): read with `element_place`, which creates a missing
    element of an associative array first."""

    def x_Index(self, e: N.Index) -> tuple[str, SType]:
        """`v[i]` read on a variant place: Null when never written (as `v.name`)."""
        if e is self.updating and self.element_holder(e) is None:  # (File.Item[i] += x
            self.updating = changed_element(e.obj)                      # reads the element)
            try:
                obj = self.value(e.obj)
            finally:
                self.updating = e
            args = ", ".join(self.value(a) for a in e.args)  # (an element of Dates
            return f"element_place({obj}, {args})", self.timed_type(e)  # adds days)
        if not self.is_variant_place(e.obj):
            return super().x_Index(e)  # type: ignore[misc]  # ExprMixin's, by the MRO
        args = ", ".join(self.value(a) for a in e.args)
        return f"variant_index({self.value(e.obj)}, {args})", SType.ANY

    def changed_value(self, place: N.Expr) -> str:
        """The code of `place`, read to change what it holds (`m[k].n` in `m[k].n++`):
        the associative-array elements on its way are created when missing."""
        before, self.updating = self.updating, changed_element(place)
        try:
            return self.value(place)
        finally:
            self.updating = before

    def store_in_variant(self, target: N.Member | N.Index, code: str) -> bool:
        """Store `code` into a sub-element of a variant place (`v.a`, `v.a[2]`, in a
        method `m_v.a`, `o.m_v.a`, `t[i].a` in an array of variants); False when the
        target's container is not known to be a variant."""
        if not self.is_variant_place(target.obj) or self.guarded(target):
            return False
        tmp = self.temp()  # the value first (`v.copy = v` stores what v was)
        self.out.emit(f"{tmp} = {code}")
        code = tmp
        if isinstance(target, N.Member):
            obj = self.variant_place(target.obj, _MEMBERS)
            key = fold(target.name)  # (a property's <set> when the object has one)
            if key in self.prog.properties:
                self.out.emit(f"set_property(_rt, {obj}, {key!r}, {code}, {target.name!r})")
            else:
                self.out.emit(f"set_member({obj}, {key!r}, {code}, _ctx, {target.name!r})")
        else:
            args, obj = self.indexed_place(target)
            self.out.emit(f"set_index({obj}, {code}{args})")
        return True

    def guarded(self, e: N.Expr) -> bool:
        """Does the way to `e` go through a member that may be CONSTANT for this code?
        Then the usual store, which checks it, is kept."""
        while isinstance(e, (N.Member, N.Index)):
            if isinstance(e, N.Member) and not self.is_self(e.obj) \
                    and self.outside_read_only(fold(e.name)):
                return True
            e = e.obj
        return False

    def indexed_place(self, e: N.Index) -> tuple[str, str]:
        """The subscripts of `e` (evaluated first, as `, a, b`) and the code of the
        container they index: created as indexed sub-elements for a number, named ones
        for a text (`v["key"] = x`)."""
        codes = []
        for a in e.args:
            tmp = self.temp()
            self.out.emit(f"{tmp} = {self.value(a)}")
            codes.append(tmp)
        want = f"want_for({codes[0]})" if len(codes) == 1 else "'array'"
        return "".join(", " + c for c in codes), self.variant_place(e.obj, want)


    def store_value_prop(self, target: N.Prop) -> bool:
        """`j.a..Value = 5`, `v.list[2]..Valeur = x`: `..Value` of a member or element is
        that place's value, so the store replaces it (a JSON node, a variant's
        sub-element, a structure's member); a value with a Value property of its own
        (an XML node) has that property set instead. False when `target` is another
        property."""
        return fold(target.name) in ("value", "valeur") \
            and isinstance(target.obj, (N.Member, N.Index))

    def store_value_of(self, target: N.Prop, code: str) -> None:
        """The store `store_value_prop` accepted: which of the two is known when it runs."""
        held, value = self.temp(), self.temp()
        self.out.emit(f"{value} = {code}")
        place = self.pinned_place(target.obj)  # read, then written: t[f()]..Value = v
        self.out.emit(f"{held} = {self.value(place)}")
        self.out.emit(f"if not set_own_value({held}, {value}):")
        self.out.indent()
        self.store_into(place, value)
        self.out.dedent()
