"""Stores: a value written into a variable, a member, an element, a class's member, a
substring or an indirection; the value converted for the variable's declared type
(store_conversions.py), a part of a value written back (part_stores.py).

What every assignment ends with: the statement compilers (assigns.py, stmts.py, loops.py)
decide what to store, this module how the store is written.
"""
from __future__ import annotations

from typing import Any

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..syntax.names import fold
from .indirect_stores import store_indirect
from .variant_places import changed_element
from .ranges import UNKNOWN, Bounds
from .base import RefNames as Ref
from .part_stores import PartStoreMixin
from .store_conversions import ConvertMixin
from ..semantics.symbols import Var


class StoreMixin(PartStoreMixin, ConvertMixin):
    """Writing a value into a variable or a place (mixed into the statement compiler)."""

    def assign_var(self, var: Var, code: str, t: SType, bounds: Bounds = UNKNOWN) -> None:
        self.note_write(var)
        element = self.loop_elements.get(id(var)) if self.loop_elements else None
        if element is not None and element.kind not in (Kind.STRUCT, Kind.OBJECT):
            # a FOR EACH variable over currencies, Dates...: a value given to it is
            # stored as into the element it stands for (`e = "12,50"` is 12.5: it held
            # the text, and `e + 1` joined "1" to it)
            self.out.emit(f"{var.pyname} = coerce({code}, {self.prog.spec_ref(element)}, _ctx)")
            return
        self.out.emit(f"{var.pyname} = {self.store_code(var, code, t, bounds)}")

    def assign_made(self, var: Var, value: N.Expr, code: str, t: SType,
                    bounds: Bounds = UNKNOWN) -> None:
        """`v = value` as assign_var, but a built-in's result stored straight from the
        call into the type it makes (`d is xmlDocument = XMLOpen(f)`) is stored as it is:
        no variable holds it yet, and copying it would cost as much as reading it again;
        `d2 = d`, `y = v`, `z = t[1]` copy it (docs/builtins.md "Copying an xmlDocument")."""
        if type(value) is not N.Call or type(value.func) is not N.Name \
                or self.prog.refs.get(value.func) is not Ref.BUILTIN \
                or not self.made_by(fold(value.func.name), var.spec) or var.spec.nullable \
                or (self.loop_elements and id(var) in self.loop_elements):
            self.assign_var(var, code, t, bounds)
            return
        self.note_write(var)
        self.out.emit(f"{var.pyname} = {code}")

    def note_write(self, var: Var) -> None:
        if var.is_global:
            self.scope.globals_used.add(var.pyname)
        elif var.owner is not self.scope:
            self.scope.nonlocals_used.add(var.pyname)

    def store_into(self, target: N.Expr, code: str, by_ref: bool = False,
                   shares: bool = False, known: Bounds | None = None) -> None:
        """Store into a member, an array element or a property; the element holding the
        target (`m[k]` in `m[k].name = x`) is created first when missing. `by_ref`
        (`o.m <- x`): a member of an object designates x's object itself. `shares`
        (`o.m = t`, `tt[i] = t`): a member or element declared an array designates t's
        array, as a variable does (docs/semantics.md, array assignment). `known`: the
        bounds of `code` when it is an int (a member of type int stores it unchecked)."""
        before = self.updating
        if isinstance(target, (N.Member, N.Index)):
            self.updating = changed_element(target.obj)
        try:
            self.store_target(target, code, by_ref, shares and self.holds_array(target), known)
        finally:
            self.updating = before

    def array_source(self, var: Var, value: N.Expr, t: SType) -> SType:
        """`t2 = o.m_t`, `t2 is array of int = tt[1]`: a member or an element declared
        an array is given as an array (t2 designates it, array_reference deciding when
        it runs), as a variable is; any other value keeps its static type `t`."""
        return S.ARRAY if t == S.ANY and var.spec.kind == Kind.ARRAY \
            and self.holds_array(value) else t

    def holds_array(self, target: N.Expr) -> bool:
        """Is `target` a member or an element declared an array?"""
        if type(target) not in (N.Member, N.Index):
            return False
        spec = self.static_spec(target)
        return spec is not None and spec.kind == Kind.ARRAY

    def store_target(self, target: N.Expr, code: str, by_ref: bool = False,
                     shares: bool = False, known: Bounds | None = None) -> None:
        """Store `code` into a place, by its kind: a member, a class's member, an element
        (store_element), a property (store_prop), a variable, a substring, an
        indirection."""
        if isinstance(target, (N.Member, N.Prop)) and (wrong := self.prog.call_error(target)):
            self.out.emit(self.prog.call_fail(wrong))  # `inv.Total = 3`, Total a method;
            # `h.URLL = "x"`, `t..Nom2 = "z"` on a library type without that property
            return
        if isinstance(target, N.Member) and self.member_as_property(target):
            target = N.Prop(target.line, target.col, target.obj, target.name)  # d.Day = 5
        if isinstance(target, (N.Member, N.Index)) and self.store_in_variant(target, code):
            return  # v.city = "Paris": a variant's sub-element, created by the write
        if isinstance(target, N.Member):
            self.store_member(target, code, by_ref, shares, known)
        elif isinstance(target, N.ClassMember):
            self.store_class_member(target, code)
        elif isinstance(target, N.Index):
            self.store_element(target, code, by_ref, shares)
        elif isinstance(target, N.Prop):
            self.store_prop(target, code)
        elif isinstance(target, N.Name) and self.prog.refs.of(target) in (Ref.MEMBER,
                                                                          Ref.STATIC):
            self.store_into(self.own_member(target), code)  # `m_s[[1]] = "X"` in a method
            # (`g_s[[1]] = "G"`, a GLOBAL member: the class's; it was an internal error)
        elif isinstance(target, N.Name):
            var = self.target_var(target)
            self.assign_var(var, code, S.ANY)
        elif isinstance(target, N.Automation):
            self.out.emit(f"automation_fail({target.name!r})")
        elif isinstance(target, N.Substr) and not target.sliced:  # s[[2]] = "X"
            self.store_substr(target, code)
        elif isinstance(target, N.Indirect):
            store_indirect(self, target, code)  # (a function's own variables first)
        else:
            raise self.refused(target)
    def store_element(self, target: N.Index, code: str, by_ref: bool, shares: bool) -> None:
        """`t[i] = x`: an item of a data file's array item, a flag of a combination, else
        an element (the array shared when `shares`, a reference when `by_ref`)."""
        if (element := self.element_call(target)):
            self.out.emit(f"{element[0]}_set({element[1]}, {code}, _ctx, "  # Contact.Phone[2]
                          f"{target.obj.name!r})")  # type: ignore[attr-defined]
        elif self.may_hold_flags(target):
            self.store_flag(target, code)
        else:
            obj = self.member_to_change(target.obj, "its elements cannot be changed either")
            args = ", ".join(self.value(a) for a in target.args)
            setter = "set_index_array" if shares else "set_index_ref" if by_ref \
                else "set_index"
            self.out.emit(f"{setter}({obj}, {code}, {args})")
    def store_substr(self, target: N.Substr, code: str) -> None:
        """`s[[2]] = "X"`: the text (or buffer) with that part replaced, stored back into
        its place (read, then written: `t[f()][[2]] = "X"` calls f once)."""
        pinned = self.pinned_place(target)
        assert isinstance(pinned, N.Substr)
        target = pinned
        args = "".join(f", {self.value(x)}" for x in (target.a, target.b) if x is not None)
        old = self.value(target.obj)
        setter = "buffer_set" if self.held_as(target.obj) == "wlbuffer" else "substr_set"
        self.store_into(target.obj, f"{setter}({old}, {target.kind!r}, {code}{args})")
    def target_var(self, target: N.Name, ref: Any = None) -> Var:
        """The variable a name assigns: declared, else (undeclared) made implicit here
        (`ref`: the semantic pass's verdict on `target`, when the caller has read it)."""
        if ref is None:
            ref = self.prog.refs.of(target)
        var = self.undeclared_var(target) if ref is Ref.UNDECLARED else \
            self.scope.lookup(fold(target.name))
        if var is None or ref not in (Ref.VAR, Ref.UNDECLARED):
            raise self.refused(target)  # a constant, a procedure...: WL106
        return var
