"""Stores into a part of a value: a part of a date, time or duration (`d..Day = 5`,
`o.t..Minute += 50`, `Orders.OrderDate..Day = 1`), a string's (`s..Year = 2021`), an item's
Null, a member's value (`j.a..Value = 5`), a flag of a combination (`c[Option] = True`).

Each is written as a read of the whole value, the value with that part changed, and a
store of it back into its place (stores.py store_into).
"""
from __future__ import annotations

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, STypeNames as S
from ..syntax.names import fold
from ..syntax.words import DATE_PART_WORDS, DATETIME_PART_WORDS, TIME_PART_WORDS
from ..runtime.durations import _IN as _DURATION_UNITS
from .declared_kinds import TIMED
from .exprs import ExprMixin
from .simple_code import is_simple
from .pinned import PinMixin
from .variant_places import VariantPlaceMixin
from .base import RefNames as Ref
from .classes import _RECORD_LIKE
from ..semantics.symbols import Var

# The properties a Variant's Duration, Date, Time or DateTime has that `v..X = y` sets
# by replacing the value (runtime/dated_props.py held_with_part)
_ITEM_PARTS = frozenset({*DATE_PART_WORDS, *TIME_PART_WORDS})
_HELD_PARTS = frozenset({*DATE_PART_WORDS, *TIME_PART_WORDS, *DATETIME_PART_WORDS,
                         *_DURATION_UNITS})


class PartStoreMixin(VariantPlaceMixin, PinMixin, ExprMixin):
    """Writing a part of a value back into its place (mixed into the statement compiler
    through StoreMixin)."""

    def member_as_property(self, target: N.Member) -> bool:
        """Is `x.Name = v` the property store `x..Name = v`? A part of a date, time or
        duration (`d.Day = 5`); any name on a variable declared a Date, Time or DateTime,
        and on one declared a string, as `x.Name` reads `x..Name` (exprs.py x_Member,
        runtime/access.py get_member): one mistake, one message (`d.Foo = 1` said "A value
        of type string has no member 'Foo'" where `d..Foo = 1` says "A Date has no
        property 'Foo'"; `s.Year = 2020` refused a part `s..Year = 2020` sets)."""
        if self.is_part_of_time(target):
            return True
        if self.declared_kind(target.obj) in TIMED:
            return True
        obj = target.obj  # a string variable (its stores go through with_part)
        return isinstance(obj, N.Name) and (var := self.scope.lookup(fold(obj.name))) \
            is not None and var.stype == S.STR and var.spec.kind == Kind.STRING
    def store_prop(self, target: N.Prop, code: str) -> None:
        """`x..Part = v`: a part of a date, time or duration variable (which carries), of
        a member's, of a variant holding one; an item's Null; a member's value; else the
        property set on the object at run time."""
        if (var := self.prop_var(target)) is not None \
                and (kind := self.declared_kind(target.obj)) in (  # (a FOR EACH's Date
                    Kind.TIME, Kind.DATETIME, Kind.DATE, Kind.DURATION):  # element: its own)
            self.note_write(var)  # t..Minute += 50, d..Day += 90, du.Second = 5 (carries)
            self.out.emit(f"{var.pyname} = with_part_of({var.pyname}, {fold(target.name)!r}, "
                          f"{code}, {kind!r})")
        elif (var := self.prop_var(target)) is not None and var.stype in (S.DATE, S.STR):
            self.note_write(var)  # d..Day = 5 changes the date (a Buffer's refusal
            shown = ", 'Buffer'" if self.held_as(target.obj) == "wlbuffer" else ""  # names it)
            self.out.emit(f"{var.pyname} = with_part({var.pyname}, {fold(target.name)!r}, "
                          f"{code}{shown})")
        elif fold(target.name) == "null" \
                and isinstance(target.obj, N.Member):  # Customer.Email..Null = True
            obj = self.value(target.obj.obj)
            self.out.emit(f"set_item_null({obj}, {fold(target.obj.name)!r}, {code})")
        elif self.store_value_prop(target):
            self.store_value_of(target, code)  # j.a..Value = 5: the member's value
        elif self.data_item_part(target):  # Orders.OrderDate..Day = 1 (it carries)
            item = target.obj
            assert isinstance(item, N.Member)
            self.store_member(item, f"item_with_part({self.value(item)}, "
                                    f"{fold(target.name)!r}, {code})")
        elif (kind := self.part_of_place(target)):
            place = self.pinned_place(self.own_member(target.obj))  # o.d..Day += 1: read,
            # then written (`m_d..Day = 10` in a method: the object's member); a string
            # member or element (`o.s..Year = 2021`) as a string variable (with_part)
            kind_arg = "" if kind == Kind.STRING else f", {kind!r}"
            setter = "with_part" if kind == Kind.STRING else "with_part_of"
            self.store_into(place, f"{setter}({self.value(place)}, "
                                   f"{fold(target.name)!r}, {code}{kind_arg})")
        elif (var := self.prop_var(target)) is not None \
                and var.spec.kind == Kind.VARIANT and fold(target.name) in _HELD_PARTS:
            self.note_write(var)  # v..Minute = 5 where v holds a Duration or a date
            self.out.emit(f"{var.pyname} = held_with_part({var.pyname}, "
                          f"{fold(target.name)!r}, {code}, _ctx)")
        else:
            obj = self.value(target.obj)
            self.out.emit(f"set_prop({obj}, {fold(target.name)!r}, {code}, _ctx)")
    def data_item_part(self, target: N.Prop) -> bool:
        """Is `target` a date or time part of `File.Item` (File an undeclared name, maybe
        a data file: hfsql/hooks.py) or of `r.Item`, r a `Record of File` or a Data
        Source?"""
        item = target.obj
        if not isinstance(item, N.Member) or item.colon or not isinstance(item.obj, N.Name) \
                or fold(target.name) not in _ITEM_PARTS or self.prog.refs.get(item) is not None \
                or self.prog.refs.get(item.obj) not in (Ref.VAR, Ref.UNDECLARED):
            return False  # (a class's GLOBAL member `C.g..Day`: part_of_place below)
        spec = self.static_spec(item.obj)
        return spec is not None and spec.kind == Kind.OBJECT and spec.name in _RECORD_LIKE \
            or self.data_named(item.obj)

    def part_of_place(self, target: N.Prop) -> str:
        """The declared kind (date, time, datetime, duration, string) of the member or
        element whose part `target` sets (`ts[i].d..Day = 5`, `o.t..Minute += 50`), else ''. A
        variable's own parts are set above (prop_var)."""
        if not isinstance(target.obj, (N.Member, N.Index, N.ClassMember)) and not (
                isinstance(target.obj, N.Name)
                and self.prog.refs.of(target.obj) in (Ref.MEMBER, Ref.STATIC)):
            return ""  # (a member named bare in a method: `m_d..Day = 10`, `gdRef..Mois`)
        key = fold(target.name)
        spec = self.static_spec(target.obj)
        kind = spec.kind if spec is not None else ""
        if key in DATETIME_PART_WORDS:  # a DateTime's date or time part (o.dt..Date = ...)
            return kind if kind == Kind.DATETIME else ""
        if kind == Kind.DURATION:  # any: `st.du..InSeconds = 90` (it was refused as no
            return kind  # member), and one it lacks names the Duration (with_part_of)
        if key not in DATE_PART_WORDS and key not in TIME_PART_WORDS:
            return ""
        return kind if kind in (Kind.TIME, Kind.DATETIME, Kind.DATE, Kind.DURATION,
                                Kind.STRING) else ""

    def store_flag(self, target: N.Index, code: str) -> None:
        """`c[Option] = True`: a new combination stored back into `c`, whatever place `c`
        is (a variable, in a method the member by its name, `o.m`, `t[i]`, `t[i].c`).
        Unless `c` is known to be an integer, what it holds decides when the statement
        runs: an array, a structure's array member... is indexed in place instead."""
        holder = self.own_member(target.obj)  # in a method, m_c[Option] = True is the
        holder = self.pinned_place(holder)     # object's member  # read, then written: c[f()][Option] = True
        option = self.value(target.args[0])
        if not is_simple(option):
            option, tmp = self.temp(), option
            self.out.emit(f"{option} = {tmp}")
        if not is_simple(code):
            code, tmp = self.temp(), code
            self.out.emit(f"{code} = {tmp}")
        held, t = self.expr(holder)
        held = self.member_to_change(holder, "its elements cannot be changed either") \
            if isinstance(holder, N.Member) else held
        if t is S.INT:
            self.store_into(holder, f"with_flag({held}, {code}, {option})")
            return
        now = self.temp()
        self.out.emit(f"{now} = {held}")
        self.out.emit(f"if holds_flags({now}, {option}):")
        self.out.indent()
        self.store_into(holder, f"with_flag({now}, {code}, {option})")
        self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        self.out.emit(f"set_index({now}, {code}, {option})")
        self.out.dedent()

    def own_member(self, e: N.Expr) -> N.Expr:
        """`e`, or `objet.e` when `e` names a member of the current object bare (in a
        method), `::e` a global member of its class: the place a store through it writes."""
        if isinstance(e, N.Name) and (ref := self.prog.refs.of(e)) is Ref.MEMBER:
            return N.Member(e.line, e.col, self.var_node(e.line, e.col, "objet"), e.name)
        if isinstance(e, N.Name) and ref is Ref.STATIC:
            return N.ClassMember(e.line, e.col, None, e.name)
        return e

    def may_hold_flags(self, target: N.Index) -> bool:
        """`c[Option] = True` changes the combination held by `c` (an integer), so it is
        a store into `c` itself: when `c` is a variable, member or element not known to
        hold a container, of one subscript."""
        obj = target.obj
        if len(target.args) != 1 or not isinstance(obj, (N.Name, N.Member, N.Index)):
            return False
        if isinstance(obj, N.Name) and self.prog.refs.of(obj) is not Ref.MEMBER:
            var = self.scope.lookup(fold(obj.name))
            if var is None or var.stype not in (S.ANY, S.INT):
                return False
        return True

    def prop_var(self, target: N.Prop) -> Var | None:
        """The variable of `v..Part` (None when `v` is not a variable name)."""
        obj = target.obj
        return self.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
