"""Stores: a value converted for its target's declared type (int wraps at 32 bits,
string converts...), inline for int and string; stores into members, elements, flags of a
combination and parts of a date or time.

What every assignment ends with: the statement compilers (assigns.py, stmts.py, loops.py)
decide what to store, this module how the store is written.
"""
from __future__ import annotations

from typing import Any

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..runtime.iso_text import co_date
from ..syntax.names import fold
from ..syntax.currency_literal import INT8_MAX, INT8_MIN
from ..syntax.words import DATE_PART_WORDS, DATETIME_PART_WORDS, TIME_PART_WORDS
from ..runtime.durations import _IN as _DURATION_UNITS
from .declared_kinds import TIMED
from .exprs import ExprMixin
from .indirect_stores import store_indirect
from .simple_code import is_simple
from .pinned import PinMixin
from .variant_places import VariantPlaceMixin, changed_element
from .ranges import UNKNOWN, Bounds, range_check
from .base import RefNames as Ref
from .classes import _RECORD_LIKE
from ..semantics.symbols import Var

# The properties a Variant's Duration, Date, Time or DateTime has that `v..X = y` sets
# by replacing the value (runtime/dated_props.py held_with_part)
_ITEM_PARTS = frozenset({*DATE_PART_WORDS, *TIME_PART_WORDS})
_HELD_PARTS = frozenset({*DATE_PART_WORDS, *TIME_PART_WORDS, *DATETIME_PART_WORDS,
                         *_DURATION_UNITS})

_INT32 = "(({t}) if type({t} := {c}) is int and -2147483648 <= {t} <= 2147483647 else co_int32({t}))"

MARKED_KINDS = {S.DATE: "date", S.TIME: "time", S.DATETIME: "datetime"}
"""The static types whose values a Variant keeps marked with their kind
(runtime/dated_values.py)."""

_REAL = "({t} if ({t} := float({c})) - {t} == 0.0 else real_overflow({t}))"


def _literal_text(code: str) -> str | None:
    """The text a compiled string literal stands for (`'2024-01-15'`: a `repr` without
    escapes), else None (then converted when it runs)."""
    if len(code) < 2 or code[0] not in ("'", '"') or code[-1] != code[0] \
            or "\\" in code or code[0] in code[1:-1]:
        return None
    return code[1:-1]


_NUMBER_KINDS = frozenset((Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC))


def wide_integer_literal(code: str) -> str:
    """An integer literal past 8 bytes stored into a numeric, marked a LongLiteral: the
    compiler makes it a real, 15 significant digits ("Numeric (Variable type)" ?1514072:
    `num1 = 1234567890123456789123456789 // num1 does not contain the correct value`;
    runtime/stored_numbers.py real_as_numeric); any other code as it is."""
    digits = code[1:] if code[:1] == "-" else code
    if len(digits) < 19 or not digits.isdigit() or INT8_MIN <= int(code) <= INT8_MAX:
        return code
    return f"LongLiteral('{code}')"


def time_counter(kind: str) -> str:
    """The helper giving a Time's hundredths to a number of `kind`: an integer's drop
    the Time's thousandth (time_number), a real's, currency's or numeric's keep it as
    their tenth (time_count: `r is real = t + 2.5` is 4500002.5 at 12:30)."""
    return "time_number" if kind == Kind.INT else "time_count"


def dated_store(spec: Any, code: str, t: SType) -> str | None:
    """Code storing a Date, Time or DateTime value (static type `t`) where its kind must
    travel with it (runtime/dated_values.py): a Time into a DateTime is that time today
    (`dt = t`), a Date into a Time midnight, into a number its hundredths since
    midnight (`i = t`, time_counter), any
    of them into a Variant keeps its kind (TypeVar); None elsewhere."""
    if spec.kind == Kind.DATETIME and t == S.TIME:
        return f"time_as_datetime({code}, _ctx)"
    if spec.kind == Kind.TIME and t == S.DATE:  # midnight (h = dDate)
        return f"date_as_time({code})"
    if t == S.TIME and spec.kind in _NUMBER_KINDS:
        return f"{time_counter(spec.kind)}({code})"
    if t == S.DATE and spec.kind in _NUMBER_KINDS:  # one that names no day stops
        return f"date_number({code})"  # (`o.nDay = d`, `t[1] = d`: as `n = d`)
    if spec.kind == Kind.VARIANT and not spec.dynamic:
        return f"dated_variant({code}, {MARKED_KINDS[t]!r})"
    return None


class StoreMixin(VariantPlaceMixin, PinMixin, ExprMixin):
    """Writing a value into a variable or a place (mixed into the statement compiler)."""

    def store_code(self, var: Var, code: str, t: SType, bounds: Bounds = UNKNOWN) -> str:
        """Code converting `code` (static type `t`, integer `bounds` when known) for
        storage into `var`."""
        spec, st = var.spec, var.stype
        if spec.nullable:  # `n is int?`: Null, or a value converted (types.coerce)
            return f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if t == S.TIME and spec.kind in _NUMBER_KINDS:  # hundredths (dated_store)
            code, t = f"{time_counter(spec.kind)}({code})", S.INT if spec.kind == Kind.INT \
                else S.ANY
        elif t == S.DATE and spec.kind in _NUMBER_KINDS:  # one that names no day stops
            code = f"date_number({code})"
        if st == S.INT:
            if spec.bits == 32 and not spec.unsigned:
                if t == S.INT and code.lstrip("-").isdigit():
                    bounds = (int(code), int(code))
                if t == S.INT:  # already an int: only the 32-bit range is left to check
                    return range_check(self.temp(), code, bounds)
                return _INT32.format(t=self.temp(), c=code)
            return f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if st == S.STR and (spec.name == "unicode" or spec.dims):
            return f"to_unicode({code})" if not spec.dims else \
                f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"  # Buffer on N
        if st == S.STR and spec.name == "buffer" and t == S.LIST:  # b is Buffer = [0x41]
            return f"buffer_of_bytes(literal_to_value({code}, _ctx))"  # ?1514042
        if st == S.DATE and t != S.DATE:  # "2024-01-15" held as "20240115" (iso_text.py)
            if t == S.STR and (text := _literal_text(code)) is not None:
                return repr(co_date(text))  # converted once, here
            return f"co_date({code})" if t != S.LIST else \
                f"to_str(literal_to_value({code}, _ctx))"
        if st == S.STR and t == S.ANY and not spec.name:  # a Variant's Buffer: ANSI text
            return f"text_stored({code})"  # (runtime/ansi_text.py)
        if st in (S.STR, S.DATE):
            return code if t in (S.STR, S.DATE) else f"to_str({code})" if t != S.LIST else \
                f"to_str(literal_to_value({code}, _ctx))"
        if st == S.REAL and spec.name:  # `real on 4 bytes`: single precision
            return f"co_real4({code})"
        if st == S.REAL:
            if t in (S.INT, S.REAL):  # inline: beyond the range (inf, nan), the error
                return _REAL.format(t=self.temp(), c=code)
            return f"to_real({code})"
        if st == S.BOOL:
            return code if t == S.BOOL else f"co_bool({code})"
        if t in MARKED_KINDS and (dated := dated_store(spec, code, t)) is not None:
            return dated
        if spec.kind == Kind.CURRENCY:  # the common money case, without coerce's dispatch
            return f"co_currency({code})"
        if st == S.ANY and spec.kind != Kind.DURATION and not self.built_from_value(spec):
            if spec.kind == Kind.VARIANT and spec.dynamic and spec.name:  # an interface's:
                # an object of a class implementing it, or Null (types.py)
                return f"interface_ref({code}, {self.prog.spec_ref(spec)})"
            if t in (S.INT, S.REAL, S.STR, S.BOOL, S.DEC):
                return code
            if t == S.LIST:
                return f"literal_to_value({code}, _ctx)"
            if spec.kind == Kind.VARIANT and spec.dynamic:  # `o is object dynamic`
                return code  # designates the object assigned to it
            return f"co_any({code})"
        if spec.kind == Kind.ARRAY and t == S.ARRAY:  # `t2 = t1`, `t2 is array of int =
            # t1`: t2 designates t1's array (Assignment operators ?1515003)
            return f"array_reference({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if spec.kind == Kind.NUMERIC and t == S.INT:
            code = wide_integer_literal(code)
        return f"assign_value({code}, {self.prog.spec_ref(spec)}, _ctx)"

    def built_from_value(self, spec: Any) -> bool:
        """A built-in object type that a value assigned converts into (`wl_from_value`:
        `q is SQL Query = [SELECT ...]`)."""
        if spec.kind != Kind.OBJECT:
            return False
        entry = self.prog.registry.types.get(spec.name)
        return entry is not None and hasattr(entry.value, "wl_from_value")

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
