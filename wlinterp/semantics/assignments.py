"""Assignments as the semantic pass checks them: what is assigned to (a variable, a
member, an element...; a value, a constant, a type or a procedure is refused, a CONSTANT
member outside its class too) and a value an integer variable cannot hold whole.
"""
from __future__ import annotations

__all__ = ["check_lossy", "check_place_lossy", "check_target", "static_of",
           "check_loop_constant", "check_text_added", "enumeration_value"]

import re
from typing import TYPE_CHECKING, Any

from ..runtime.kinds import Kind, SType, SType as S
from ..syntax import nodes as N
from ..syntax.names import fold
from .block_names import shown
from .currency_literals import check_currency_literal, check_duration_literal, \
    literal_number
from .combination_checks import check_combination, combination_of
from .dated_literals import DATED_KINDS as _DATED_KINDS, check_dated_literal
from .duration_stores import check_duration_into_moment
from .difference_stores import NUMBER_WORDS as _NUMBER_WORDS, \
    STORED_KINDS as _DIFFERENCE_KINDS, check_difference_store
from .enum_checks import check_enum
from .subscript_counts import below_one
from .integer_literals import check_integer_literal
from .datetime_stores import check_datetime_into_place, check_datetime_into_var
from .interfaces import check_interface_value
from .lookup import ancestor_private, in_global_method, member_in_global_method, not_a_variable
from .text_numbers import numeric, text_number
from .text_values import is_text
from .place_types import place_start, place_type
from .read_only import check_element_store, check_indirect_store
from .immutable_writes import check_immutable_indirect, check_immutable_place, \
    fixed_member
from .properties import global_property
from .resolved import Ref
from .scopes import Symbol

if TYPE_CHECKING:
    from .checker import FunctionChecker

# Enum members the hot paths read, as module globals (calls.py says why).
_INT, _REAL, _S_INT, _S_REAL = Kind.INT, Kind.REAL, S.INT, S.REAL
_VAR, _METHOD = Ref.VAR, Ref.METHOD
_VARIANT_KIND = Kind.VARIANT
_DECIMAL_KINDS = frozenset({Kind.REAL, Kind.CURRENCY, Kind.NUMERIC})  # (an int's: below)
# Expressions that are values, never places: assigning to one is refused.
_COMPOSITE_KINDS = frozenset({Kind.ARRAY, Kind.ASSOC, Kind.STRUCT, Kind.OBJECT})
_VALUES = frozenset({N.Num, N.Str, N.Const, N.Call, N.BinOp, N.Compare, N.Logic, N.Unary,
                     N.InList, N.Ternary, N.ArrayLit, N.New, N.Subject, N.Step, N.SwitchExpr,
                     N.AddressOf, N.DefaultArg, N.DurationLit, N.Lambda})
_NAME_NODE, _TUPLE, _MEMBER_NODE, _CLASS_MEMBER, _INDEX, _INDIRECT, _PROP = (
    N.Name, N.TupleLit, N.Member, N.ClassMember, N.Index, N.Indirect, N.Prop)
# values the checker may know to be a DateTime (a place, a call, `dt + 1`: clock_kind)
_DATED = (N.Name, N.Member, N.Index, N.Call, N.BinOp)


def check_target(fc: "FunctionChecker", t: N.Expr, compound: bool) -> Symbol | None:
    """Check an assignment target; the variable assigned, when it is one. The verdict
    on a name is recorded, as for a read (code generation stores accordingly)."""
    cls = type(t)  # (node classes have no subclasses: compared by class)
    x: Any = t  # (typed by the class compared)
    if cls is _NAME_NODE:
        return _name_target(fc, x, compound)
    if cls is _TUPLE:
        for item in x.items:
            check_target(fc, item, compound)
        return None
    if cls in _VALUES:
        fc.rep.report("WL111", "this expression cannot be assigned to", t)
    fc.assigning = t
    fc.expr(t)  # a member, an element, a property...: its parts are read
    fc.assigning = None
    _place_target(fc, x, cls)
    return None


def _name_target(fc: "FunctionChecker", x: N.Name, compound: bool) -> Symbol | None:
    """`v = ...`: a variable (written; read too by a compound operator), a member of the
    current object, else WL106 for a type, constant or procedure, or an undeclared
    name (an implicit variant)."""
    key = fold(x.name)
    sym = fc.scope.lookup(key)
    ref = _VAR if sym is not None else not_a_variable(fc, key)  # (own_name's order)
    if ref is Ref.MEMBER and in_global_method(fc) \
            and not global_property(fc, fc.scope.method, key):
        member_in_global_method(fc, x)
    if ref is Ref.MEMBER and fc.sym.access:
        ancestor_private(fc, x)
    if ref is Ref.MEMBER and fc.sym.immutables:  # `m_n = 5`, m_n declared <immutable>
        fixed_member(fc, x)
    if sym is not None:
        sym.written = True
        sym.read = sym.read or compound
        if sym.pending:
            fc.before_declaration(x, sym, "assigned")
        elif sym.immutable:  # `x is int <immutable> = 5` then `x = 6`
            from .variable_attributes import immutable_write
            immutable_write(fc, x, sym)
    if ref is not None and ref is not _METHOD and ref is not Ref.CONSTANT:
        fc.sym.refs.record(x, ref)
        return sym
    kind = "constant" if ref is Ref.CONSTANT else fc.global_kind(key) or ("procedure" if fc.scope.lookup_proc(key)
                                   else "method" if ref else None)
    if kind is not None:
        fc.sym.refs.record(x, Ref.TYPE if kind == "type" else
                           Ref.CONSTANT if kind == "constant" else Ref.PROC)
        fc.rep.report("WL106", f"cannot assign to the {kind} '{x.name}'", x, len(x.name))
        return None
    fc.sym.refs.record(x, Ref.UNDECLARED)
    if key not in fc.sym.known:
        fc.undeclared(x)
    return None


def _place_target(fc: "FunctionChecker", x: Any, cls: type) -> None:
    """A place assigned (its parts already read): WL106 for a constant or a read-only
    member, or a part of an immutable variable; a variant's sub-element created, a
    combination's or a Date's variable given a new value by writing an element or a part."""
    if fc.sym.immutables:  # `t[1] = 5`, `st.n = 5`, `{"x"} = 6`, t, st, x <immutable>
        if cls is _INDIRECT:
            check_immutable_indirect(fc, x)
        else:
            check_immutable_place(fc, x)
    if (cls is _MEMBER_NODE or cls is _CLASS_MEMBER) and _names_constant(fc, x):
        fc.rep.report("WL106", f"cannot assign to the constant '{x.name}'", x, len(x.name),
                      col=x.col + (2 if cls is _CLASS_MEMBER else 1))
        return
    if cls is _MEMBER_NODE:  # (no CONSTANT member in the program: nothing to refuse)
        if fc.sym.read_only and not fc.is_self(x.obj) and (why := fc.sym.read_only_write(
                x.name, fc.scope.method, fc.static_class(x.obj))):
            fc.rep.report("WL106", why, x, len(x.name), col=x.col + 1)
        _variant_written(fc, x.obj)
    elif cls is _CLASS_MEMBER:
        if x.cls is not None and (why := fc.sym.read_only_write(x.name, fc.scope.method,
                                                                 fold(x.cls))):
            fc.rep.report("WL106", why, x, len(x.name), col=x.col + 2)  # C::s_n = v
    elif cls is _INDEX:
        check_element_store(fc, x)
        if type(x.obj) is _MEMBER_NODE:
            _variant_written(fc, x.obj)
        if type(x.obj) is _NAME_NODE \
                and (sym := fc.scope.lookup(fold(x.obj.name))) is not None \
                and sym.spec.kind not in _COMPOSITE_KINDS:
            sym.written = True  # `c[Option] = True` gives the combination c a new value
    elif cls is _INDIRECT:
        check_indirect_store(fc, x)
    elif cls is _PROP and type(x.obj) is _NAME_NODE \
            and (sym := fc.scope.lookup(fold(x.obj.name))) is not None \
            and sym.spec.kind not in _COMPOSITE_KINDS:
        sym.written = True  # `d..Day = 5`, `du..InHours = 2` give the Date/Duration a value
    elif cls is N.Substr:
        _substring_store(fc, x)


def _substring_store(fc: "FunctionChecker", x: N.Substr) -> None:
    """`s[[1]] = "A"`, `b[[2]] = 0` (?1514042) write into s and b; `s[[0]] = "A"` (a
    literal 0 or below) is WL110 where the run stops (runtime/substrings.py substr_set:
    position 0 names no character; the check said nothing)."""
    if type(x.obj) is _NAME_NODE and (sym := fc.scope.lookup(fold(x.obj.name))) is not None:
        sym.written = True
    if x.kind == "one" and below_one(x.a):
        fc.rep.report("WL110", "position 0 or below is out of range in [[ ]]: positions "
                      "are counted from 1", x, 2, deferred=True)


def _variant_written(fc: "FunctionChecker", obj: N.Expr) -> None:
    """`v.name = x`, `v.list[2] = x`: a Variant (or JSON) variable given a member holds a
    value from then on (an object), as `v[k] = x` does: no WL204 for it."""
    while type(obj) in (_MEMBER_NODE, _INDEX):
        obj = obj.obj  # type: ignore[attr-defined]
    if type(obj) is _NAME_NODE and (sym := fc.scope.lookup(fold(obj.name))) is not None \
            and sym.spec.kind not in _COMPOSITE_KINDS:
        sym.written = True


def check_lossy(fc: "FunctionChecker", sym: Symbol, value: N.Expr, line: int, col: int) -> None:
    """An integer receiving a decimal or a text that is not a number; an enumeration
    variable receiving what is not one of its values (check_enum); an interface variable
    an object of a class that does not implement it (interfaces.py). (FunctionChecker.s_Decl
    asks only for the variables of those kinds.) A Duration or a number given
    DateTimeDifference's text (difference_stores.py) or a real, currency or numeric a
    text that is no number (`m is currency = "1234,50"` stores 1234); a Date, Time or
    DateTime given a text naming none (dated_literals.py)."""
    if sym.spec.kind in _DIFFERENCE_KINDS:
        check_difference_store(fc, sym, value, line, col)
        if sym.spec.kind is Kind.CURRENCY:  # `m is currency = 1e23`: beyond its range
            check_currency_literal(fc, sym, value, line, col)
        elif sym.spec.kind is Kind.DURATION:  # `du is Duration = 1e20` milliseconds
            check_duration_literal(fc, sym, value, line, col)
        if sym.spec.kind in _DECIMAL_KINDS and isinstance(value, N.Str) \
                and value.value.strip() and not numeric(value.value):  # "1234,50"
            fc.rep.report("WL206", f"'{sym.name}' is {_NUMBER_WORDS[sym.spec.kind]}: the "
                          f"text \"{value.value}\" is not a number and is stored as "
                          f"{text_number(value.value)}", value, line=line, col=col,
                          length=len(sym.name))
    elif sym.spec.kind in _DATED_KINDS:  # `d is Date = "12/03/2025"` (dated_literals.py)
        check_dated_literal(fc, sym, value, line, col)
        check_duration_into_moment(fc, sym, value, line, col)  # `d is Date = du`
    if sym.spec.kind != _INT:
        if sym.spec.kind is _VARIANT_KIND and sym.spec.dynamic and sym.spec.name:
            check_interface_value(fc, sym.spec, value, f"'{sym.name}'", line, col,
                                  len(sym.name))  # a variable of an interface
        elif sym.spec.kind is _VARIANT_KIND and sym.spec.name:
            check_enum(fc, sym.spec.name, value, f"'{sym.name}'", line, col, len(sym.name))
        return
    comb = combination_of(fc, sym.spec) if fc.sym.comb_values else ""
    if comb and check_combination(fc, comb, value, f"'{sym.name}'", line, col,
                                  len(sym.name)):
        return
    if fc.sym.enum_values and (enum := enumeration_value(fc, value)) is not None:
        fc.rep.report("WL110", f"'{sym.name}' cannot hold a value of the enumeration "
                      f"{enum}: it is neither a number nor a combination's value", value,
                      line=line, col=col, length=len(sym.name), deferred=True)
        return
    if check_integer_literal(fc, f"'{sym.name}'", sym.spec, value, line, col,
                             len(sym.name)):  # `i is int = 1e19`
        return
    st = static_of(fc, value)
    if st == _S_REAL:
        fc.rep.report("WL206", f"'{sym.name}' is an integer: the decimal part of this "
                      f"value is lost", value, line=line, col=col, length=len(sym.name))
    elif isinstance(value, N.Str) and not numeric(value.value):
        fc.rep.report("WL206", f"'{sym.name}' is an integer: the text "
                      f"\"{value.value}\" is not a number and is stored as "
                      f"{text_number(value.value, integer=True)}", value,
                      line=line, col=col, length=len(sym.name))
    else:  # `i = dt`, `st.n = st.dtWhen`: the run stops (Numeric overflow)
        check_datetime_into_var(fc, sym, value, line, col)


def check_text_added(fc: "FunctionChecker", sym: Symbol, s: N.Assign) -> None:
    """`m += "3,5"`, `n += sInput`, `n += ExtractString(s, 2, ";")`: a number variable
    given a text by `+=` (what counts as a text: text_values.py). `+` joins when
    one side is a text (docs/semantics.md section 5), so the variable's digits and the
    text are joined and the number read back is stored: 3 += "3,5" is "33,5", stored as
    33. The run does it without a word; WL206 says it (decided 6 Dec 2026, V)."""
    if s.op != "+=" or sym.spec.kind not in _NUMBER_WORDS or sym.spec.dims \
            or not is_text(fc, s.value):
        return
    fc.rep.report("WL206", f"'{sym.name}' is {_NUMBER_WORDS[sym.spec.kind]}: '+=' with a "
                  f"text joins the text to its digits ('+' joins when one side is a text) "
                  f"and stores the number read from the result; Val(text) adds its number",
                  s.value, line=s.target.line, col=s.target.col, length=len(sym.name))


def check_place_lossy(fc: "FunctionChecker", target: N.Expr, value: N.Expr) -> None:
    """WL206 for a member, a structure's field or an element declared an integer given a
    decimal or a text that is not a number (`o.m_n = "abc"`, `t[2] = 2.5`, `m_n = "x"`
    in a method), named as written, as for a variable (it said nothing: the run stores
    the number Val reads, 0 for "abc")."""
    if type(value) is not N.Str and static_of(fc, value) != _S_REAL \
            and not fc.sym.comb_values:  # (a combination's member: check_combination)
        if type(value) in _DATED:  # `t[1] = dt`, `st.n = dt`, `Product.Stock = dt`
            check_datetime_into_place(fc, target, value)
        return
    place = place_type(fc, target)
    if place is None or place[0].kind is not _INT:
        return
    start = place_start(target)
    check_lossy(fc, Symbol(place[1], start.line, start.col, "var", place[0]), value,
                start.line, start.col)


def _names_constant(fc: "FunctionChecker", t: N.Member | N.ClassMember) -> bool:
    """Does the target name a constant: a class's (`CA::VAT`, `::VAT`, `a.VAT`) or an
    enumeration's value (`EColour.Red`)? The run refuses the store, as for `VAT = 5`."""
    if fc.sym.refs.get(t) is Ref.CONSTANT:
        return True
    return type(t) is _MEMBER_NODE and enumeration_value(fc, t) is not None


def enumeration_value(fc: "FunctionChecker", e: N.Expr) -> str | None:
    """The enumeration (as written) whose value `e` names (`Red`, `EColour.Red`), when
    it is one: it cannot be stored into an integer or a combination (the run stops:
    "A value of type enumeration cannot be used as a number")."""
    if isinstance(e, N.Member) and isinstance(e.obj, N.Name) \
            and fc.scope.lookup(fold(e.obj.name)) is None:
        owner = fold(e.obj.name)
        return fc.sym.constants.get(owner, e.obj.name) \
            if owner in fc.sym.enum_values.get(fold(e.name), ()) else None
    if not isinstance(e, N.Name) or fc.scope.lookup(fold(e.name)) is not None:
        return None
    key = fold(e.name)
    enums = fc.sym.enum_values.get(key)
    if not enums or len(enums) != 1 or key in fc.sym.comb_values:  # (an option's name
        return None  # too: the run reads the one declared last; docs/semantics.md, M2)
    owner = next(iter(enums))
    return fc.sym.constants.get(owner, owner)


def static_of(fc: "FunctionChecker", e: N.Expr) -> SType | None:
    if isinstance(e, N.Num):
        return _S_REAL if isinstance(e.value, float) else _S_INT
    if isinstance(e, N.Name):
        sym = fc.scope.lookup(fold(e.name))
        return _S_REAL if sym is not None and sym.spec.kind == _REAL else None
    if isinstance(e, N.BinOp) and e.op == "/":
        a, b = literal_number(e.left), literal_number(e.right)  # `10 / 2` is 5, whole
        exact = a is not None and b and a == a.to_integral_value() \
            and b == b.to_integral_value() and a % b == 0
        return _S_INT if exact else _S_REAL
    return None


def check_loop_constant(fc: "FunctionChecker", s: N.For | N.ForEach, name: str,
                        sym: Symbol) -> None:
    """WL106 for a loop whose variable is a constant of the program (`FOR MAX = 1 TO 3`,
    `POUR TOUT MAX DE t`, MAX a CONSTANT): each turn assigns it. The loop declared a
    variable of that name instead, hiding the constant (the check said nothing, and a
    `MAX++` above the loop stopped the run as a read before that declaration)."""
    written = shown(name)
    if sym.role != "loop" or fold(written) not in fc.sym.constants:
        return
    text = fc.rep.lines[s.line - 1] if 0 < s.line <= len(fc.rep.lines) else ""
    found = re.search(r"(?<!\w)" + re.escape(written) + r"(?!\w)", text[s.col - 1:],
                      re.IGNORECASE)
    fc.rep.report("WL106", f"cannot assign to the constant '{written}': it is the "
                  f"variable of this loop", s, len(written),
                  col=s.col + found.start() if found else s.col)
