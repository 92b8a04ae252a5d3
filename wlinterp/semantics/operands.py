"""Operands that are certainly wrong: arithmetic on a structure, a class instance, an
array, an associative array or a built-in object (WL113); a comparison of such a
variable with a number or a text (WL114), or a SWITCH on one. What such a variable
certainly holds (`composite_what`, `simple_what`) is read here for builtin_args.py too,
which checks a built-in's arguments (WL115, WL206).

WLanguage converts text and numbers into each other freely, so an operator is only
refused where no value of the operand's declared type could ever take part: a variable
declared as a composite type holds a composite value (or Null), and `+ - * / % ^` (and
unary minus, and `+=`...) on it fails whenever the line runs. A variant, an undeclared
name or a member of unknown type is never reported: its value is only known at run time.
A comparison is reported only against a number or text (a literal, or a variable
declared numeric or text): `p = Null` is how dynamic objects are tested, and a dynamic
object variable is never reported (it may be Null, which compares and converts).
"""
from __future__ import annotations

__all__ = ["check_arith", "check_unary", "check_compound", "check_dated_step", "check_increment", "check_compare",
           "check_switch_subject", "composite_what", "simple_what"]

from typing import TYPE_CHECKING, Any

from ..runtime.dated_products import refused_product
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.dated_mixes import refused_subtraction
    from .subscript_counts import row_of
    from .enum_arithmetic import check_enum_arith, check_enum_negated
else:
    on_first_call(globals(), "..runtime.dated_mixes", "refused_subtraction")
    on_first_call(globals(), ".subscript_counts", "row_of")
    on_first_call(globals(), ".enum_arithmetic", "check_enum_arith", "check_enum_negated")

if TYPE_CHECKING:
    from .checker import FunctionChecker

_ARITH = {"+", "-", "*", "/", "%", "^", "mod"}
_DATED = {Kind.DATE: "date", Kind.TIME: "time", Kind.DATETIME: "datetime",
          Kind.DURATION: "duration", Kind.INT: "number", Kind.REAL: "number",
          Kind.CURRENCY: "number", Kind.NUMERIC: "number", Kind.BOOLEAN: "number"}
# (a boolean beside a date is the number 1 or 0: docs/semantics.md "Date + boolean")
_DATED_OPS = frozenset({"-", "*", "/", "%"})
_DATED_SIDES = (N.Name, N.Num, N.DurationLit, N.Str)  # the operands _dated_subtraction reads
_WHAT = {Kind.STRUCT: "a structure", Kind.ARRAY: "an array",
         Kind.ASSOC: "an associative array", Kind.OBJECT: "an object"}


def check_arith(fc: "FunctionChecker", e: N.BinOp) -> None:
    """`a op b` with an arithmetic operator."""
    if e.op in ("/", "%") and type(e.right) is N.Num and e.right.value == 0 \
            and not isinstance(e.right.value, bool):
        _zero_divisor(fc, e)
    if e.op in _DATED_OPS and type(e.left) in _DATED_SIDES \
            and type(e.right) in _DATED_SIDES and _NAME in (type(e.left), type(e.right)):
        _dated_subtraction(fc, e)
    if fc.sym.enum_types:  # `Low + 0`: an enumeration's value is no number
        check_enum_arith(fc, e)
    if e.op == "+" and isinstance(e.right, N.ArrayLit) and _numeric(fc, e.left):
        fc.rep.report("WL113", "an array cannot be an operand of '+' after a number "
                      "(the run: 'A value of type array cannot be used as a number')",
                      e.right, 1)
    if e.op == "+" and isinstance(e.right, N.ArrayLit) and isinstance(e.left, N.ArrayLit):
        fc.rep.report("WL113", _BOTH_OPTIONAL, e.left, 1, hint="x + [s] appends s to the "
                      "text x unless x ends with it, [s] + x puts s before x unless x "
                      "starts with it; two texts are joined with s1 + s2")
    if not fc.scope.composite or fold(e.op) not in _ARITH:  # (no composite variable here)
        return
    if e.op == "+" and isinstance(e.right, N.ArrayLit):
        return  # `a + [b]`: optional concatenation, or an array literal
    for side in (e.left, e.right):
        if type(side) is _NAME:  # (only a variable is certainly of a composite type)
            _operand(fc, side, e.op, e.line, e.col)
        elif type(side) is N.Index:  # `t[1] + 1`, t of two dimensions: a row
            _row_operand(fc, side, e.op)


def _zero_divisor(fc: "FunctionChecker", e: N.BinOp) -> None:
    """`x / 0`, `x % 0`: a literal zero divisor stops the run at the operator, whatever x
    holds ("Division by zero.", "Modulo by zero.": runtime/arithmetic.py's words); the
    check said nothing. Not said where a WHEN EXCEPTION catches it (code that divides by
    zero on purpose, to try a handler: the run does not stop)."""
    if fc.probing or fc.guarded:
        return
    from ..runtime.arithmetic import DIVISION_BY_ZERO, MODULO_BY_ZERO
    said = DIVISION_BY_ZERO if e.op == "/" else MODULO_BY_ZERO
    fc.rep.report("WL113", said.rstrip("."), e, 1, col=fc.rep.find(e.line, e.col, e.op),
                  hint="the divisor is the literal 0")


# `[s] + [s]`: `+ [s]` is the optional concatenation of a text (?1512001), and the
# array before it is no text: the run stops at the first bracket with these words
# (compiler/operators.py); the check said nothing
_BOTH_OPTIONAL = ("an array cannot be an operand of '+' before an optional part [...] "
                  "(the run: 'A value of type array cannot be converted to a string')")


def _numeric(fc: "FunctionChecker", e: N.Expr) -> bool:
    """Is `e` a number literal or a variable declared a number? `n + [1]` is then refused
    when it runs (runtime/helpers.py opt_concat): the optional concatenation is for texts."""
    if type(e) is N.Num:
        return True
    if type(e) is not _NAME:
        return False
    sym = fc.scope.lookup(fold(e.name))
    spec = getattr(sym, "spec", None)
    return spec is not None and _DATED.get(spec.kind) == "number"


def _dated_subtraction(fc: "FunctionChecker", e: N.BinOp) -> None:
    """`d - t` or `du * d` between two variables declared Date, Time, DateTime, Duration
    (or, beside one of those, a number, a Duration or a text literal: `d * 2`, `10 / du`,
    `90 min * d`, `du * "abc"`)
    whose subtraction or product fails when it runs (a Time with a Date, a Date from a
    Duration, a Date multiplied...): WL113 with the run's own words (runtime/dated_mixes.py,
    runtime/dated_products.py), at the right operand's variable, else the left's. Not where
    a WHEN EXCEPTION catches it (the run goes on there), as `x / 0`."""
    if fc.probing or fc.guarded:
        return
    kinds = []
    for side in (e.left, e.right):
        if type(side) is N.Num:
            kinds.append("number")
            continue
        if type(side) is N.DurationLit:
            kinds.append("duration")
            continue
        if type(side) is N.Str:  # `du * "abc"`: a text is no factor (a difference of a
            kinds.append("text" if e.op != "-" else "")  # date and a text reads its date)
            continue
        sym = fc.scope.lookup(fold(side.name))  # type: ignore[attr-defined]
        spec = getattr(sym, "spec", None)
        if spec is not None and spec.kind is Kind.STRING and not spec.dims:  # as a literal
            kinds.append("text" if e.op != "-" else "")
            continue
        kinds.append(_DATED.get(spec.kind, "") if spec is not None and not spec.dims else "")
    if e.op != "-" and any(k and k != "number" for k in kinds):
        refused = refused_product(e.op, kinds[0], kinds[1]) if all(kinds) else None
    else:
        refused = refused_subtraction(kinds[0], kinds[1]) if all(kinds) else None
    if refused is not None:
        at: Any = e.right if type(e.right) is _NAME else e.left
        fc.rep.report("WL113", refused.rstrip("."), at, len(at.name))


def check_dated_step(fc: "FunctionChecker", s: N.Assign) -> None:
    """`n -= dt`, `du -= d`, `st.n -= dt`: the subtraction `n - dt` stored back, refused when
    it runs as the difference is (WL113 in the run's words, at the value's variable); it
    was silent (for a member or an element, until 7 Dec 2026, V)."""
    if s.op == "-=" and type(s.target) is _NAME and type(s.value) in _DATED_SIDES:
        _dated_subtraction(fc, N.BinOp(s.target.line, s.target.col, "-", s.target, s.value))
    elif s.op == "-=" and type(s.target) in (N.Member, N.Index) and type(s.value) is _NAME \
            and not (fc.probing or fc.guarded):  # `st.n -= dt`, `t[1] -= dt`
        from .place_types import place_type
        place = place_type(fc, s.target)
        held = fc.scope.lookup(fold(s.value.name))
        kinds = [_DATED.get(spec.kind, "") if spec is not None and not spec.dims else ""
                 for spec in (place[0] if place is not None else None,
                              held.spec if held is not None else None)]
        refused = refused_subtraction(kinds[0], kinds[1]) if all(kinds) else None
        if refused is not None:
            fc.rep.report("WL113", refused.rstrip("."), s.value, len(s.value.name))


def check_unary(fc: "FunctionChecker", e: N.Unary) -> None:
    if fc.sym.enum_types:  # `-Low`
        check_enum_negated(fc, e)
    if e.op == "neg" and fc.scope.composite:
        _operand(fc, e.operand, "-", e.line, e.col)
        _row_operand(fc, e.operand, "-")


def _row_operand(fc: "FunctionChecker", e: N.Expr, op: str) -> None:
    """WL113 for a row of an array (fewer subscripts than its declared dimensions) as an
    operand: the run refuses it ("A value of type array cannot be used as a number.")."""
    row = row_of(fc, e)
    if row is not None:
        start = e.obj  # type: ignore[attr-defined]
        fc.rep.report("WL113", f"{row} is an array: it cannot be an operand of '{op}'",
                      start, len(start.name), hint="give one subscript per dimension")


def check_compound(fc: "FunctionChecker", s: N.Assign) -> None:
    """`x += 1`, `x -= 2` on a composite variable, or `x += p` adding one (a structure,
    an object: the run refuses it as a number or a text); a row of an array on either
    side (`t[i] += t[j]`, `n += t[2]`, t of two dimensions: the run refuses the rows)."""
    op = s.op[:-1]
    if fc.scope.composite and s.op.endswith("=") and op in _ARITH \
            and not isinstance(s.value, N.ArrayLit):
        reported = len(fc.rep.out)
        _operand(fc, s.target, s.op, s.target.line, s.target.col)
        if len(fc.rep.out) == reported:  # (a composite target is the one error)
            _operand(fc, s.value, s.op, s.value.line, s.value.col)
        _row_operand(fc, s.target, s.op)
        _row_operand(fc, s.value, s.op)


def check_increment(fc: "FunctionChecker", s: N.IncDec) -> None:
    """`p++`, `o--` on a structure or an object: the run adds 1 to it as to a number and
    refuses it ("A value of type ST (a structure) cannot be used as a number.")."""
    if fc.scope.composite:
        _operand(fc, s.target, "++" if s.delta > 0 else "--", s.line, s.col)


def _operand(fc: "FunctionChecker", e: N.Expr, op: str, line: int, col: int) -> None:
    what = composite_what(fc, e, lenient=False)
    if what is None or not isinstance(e, N.Name):
        return
    sym = fc.scope.lookup(fold(e.name))
    assert sym is not None
    if sym.spec.kind == Kind.OBJECT and (op in ("+", "+=") and _text_form(fc, sym.spec.name)
                                         or _marked(fc, sym.spec.name, "wl_number_form")):
        return  # `"x" + j`, j a JSON variable: its text (stdlib/json_type.py); `c + 1`,
        # c a Color: its integer (stdlib/colors.py)
    fc.rep.report("WL113", f"'{e.name}' is {what}: it cannot be an operand of '{op}'",
                  e, len(e.name), hint=_hint(fc, e.name, sym.spec.kind, sym.spec.name))


def _text_form(fc: "FunctionChecker", name: str) -> bool:
    """Is `name` a built-in type whose values concatenate as text (its factory marked
    `wl_text_form`: the JSON type)?"""
    return _marked(fc, name, "wl_text_form")


def _marked(fc: "FunctionChecker", name: str, mark: str) -> bool:
    """Is `name` a built-in type whose factory carries `mark` (`wl_text_form`: its values
    concatenate as text; `wl_number_form`: they are numbers in arithmetic, a Color)?"""
    entry = fc.sym.registry.types.get(name)
    return bool(getattr(getattr(entry, "value", None), mark, False))


def composite_what(fc: "FunctionChecker", e: N.Expr, lenient: bool = True) -> str | None:
    """"a structure (Point)", "an object of class CA", "an array"...: what a variable declared as a composite
    type certainly holds. `lenient`: leave out dynamic objects (they may be Null, which
    compares and converts) and built-in objects (some have a text form)."""
    if not isinstance(e, N.Name):
        return None
    sym = fc.scope.lookup(fold(e.name))
    # (a variable read above its declaration is not the variable there: lookup.py)
    what = _WHAT.get(sym.spec.kind) if sym is not None and not sym.pending else None
    if sym is None or what is None or lenient and (sym.spec.dynamic
                                                   or sym.spec.kind == Kind.OBJECT):
        return None
    info = fc.sym.structs.get(sym.spec.name) if sym.spec.kind == Kind.STRUCT else None
    if info is not None and info.is_class:  # as the run names it ("CA (an object)")
        return f"an object of class {info.name}"
    return what + (f" ({info.name})" if info is not None else "")


_SIMPLE = {Kind.INT: "a number", Kind.REAL: "a number", Kind.CURRENCY: "a number",
           Kind.NUMERIC: "a number", Kind.STRING: "a text", Kind.BOOLEAN: "a boolean"}


def simple_what(fc: "FunctionChecker", e: N.Expr) -> str | None:
    """"a number", "a text"...: a literal, or a variable declared with a simple type."""
    if isinstance(e, N.Num):
        return "a number"
    if isinstance(e, N.Str):
        return "a text"
    if isinstance(e, N.Name):
        sym = fc.scope.lookup(fold(e.name))  # (above its declaration: not it, lookup.py)
        return _SIMPLE.get(sym.spec.kind) if sym is not None and not sym.pending else None
    return None


def check_compare(fc: "FunctionChecker", e: N.Compare) -> None:
    """`a = b`, `a < b`...: a composite variable against a number or a text never
    compares by value: against a text it fails when it runs, against a number it is
    told apart by identity (`=` is always False, the order meaningless)."""
    if not fc.scope.composite:
        return
    for i, op in enumerate(e.ops):
        a, b = e.operands[i], e.operands[i + 1]
        for side, other in ((a, b), (b, a)):
            if type(side) is not _NAME:  # (only a variable is certainly composite)
                continue
            what = composite_what(fc, side)
            against = simple_what(fc, other) if what is not None else None
            if what is not None and against is not None:
                assert isinstance(side, N.Name)
                sym = fc.scope.lookup(fold(side.name))
                assert sym is not None
                hint = _hint(fc, side.name, sym.spec.kind, sym.spec.name) \
                    if sym.spec.kind == Kind.STRUCT else None
                fc.rep.report("WL114", f"'{side.name}' is {what}: it cannot be compared "
                              f"with {against} ('{op}')", side, len(side.name), hint=hint)
                break


def check_switch_subject(fc: "FunctionChecker", s: N.Switch) -> None:
    """`SWITCH p` with p a variable declared a structure or an object: it equals no
    CASE's value, and the run stops at it (runtime/helpers.py switch_subject). So for a
    dynamic object (`o is CA dynamic`): Null is the only value a CASE can match, so it
    is told unless a CASE tests Null (the run stops at it as soon as it holds an object;
    the check said nothing: L, 5 Dec 2026 evening)."""
    e = s.subject
    if not isinstance(e, N.Name) or not fc.scope.composite:
        return
    what = composite_what(fc, e, lenient=False)
    sym = fc.scope.lookup(fold(e.name)) if what is not None else None
    if sym is None or sym.spec.kind != Kind.STRUCT \
            or sym.spec.dynamic and _tests_null(s):
        return
    dynamic = " (dynamic: Null, or an object)" if sym.spec.dynamic else ""
    fc.rep.report("WL114", f"'{e.name}' is {what}{dynamic}: SWITCH cannot test it, it "
                  "equals no CASE's value", e, len(e.name),
                  hint=_hint(fc, e.name, sym.spec.kind, sym.spec.name))


def _tests_null(s: N.Switch) -> bool:
    """Does a CASE of `s` test Null (`CASE Null:`)?"""
    return any(N.is_null(x) for conds, _ in s.cases for c in conds for x in (c.a, c.b))


_NAME = N.Name


def _hint(fc: "FunctionChecker", shown: str, kind: Kind, struct: str) -> str | None:
    """A member to use instead (a structure with one member), or the function to call."""
    if kind == Kind.STRUCT:
        members = [m for c in fc.sym.lineage(struct)
                   for m in fc.sym.structs[c].members.values()]
        if len(members) == 1:
            return f"did you mean {shown}.{members[0]}?"
        if members:
            return f"use one of its members: {', '.join(members[:5])}"
    if kind == Kind.ARRAY:
        return f"to add an element: ArrayAdd({shown}, value); to count them: " \
               f"ArrayCount({shown})"
    return None
