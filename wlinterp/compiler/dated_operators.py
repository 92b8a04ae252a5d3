"""Operands that are a Date, a Time, a DateTime or a Duration in `+` and `-`: the kind a
moved time keeps (`moved_time`), whether the code says an operand is a Duration
(`is_duration`), members whose declared kind only the run knows (`dated_members`), and a
dated operand beside a Variant (`_dated_beside_any`). Mixed into the operator compiler
(operators.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..runtime.kinds import Kind, SType, STypeNames as S
from ..semantics.symbols import static_type
from .base import CompilerBase, RefNames as Ref
from .dated_operands import DATED as _DATED
from .simple_code import is_simple

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec


class DatedOperatorMixin(CompilerBase):
    """Date, Time, DateTime and Duration operands of `+` and `-`."""

    def _dated_beside_any(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> str:
        """`d - v`, `v + t`: a Date, Time or DateTime beside a value only the run knows
        (a Variant, an untyped parameter) goes marked with its kind, as a Variant's
        would, so the sum or difference is a Variant's: `d - vt` (vt a Variant's Time)
        stops as `d - t` does (it gave "9 h 55 min 3 s"), `t - vdt` too (it gave "0 s");
        with a number it moves the Date as before."""
        if ta in _DATED:
            ca = f"dated_variant({ca}, {_DATED[ta]!r})"
        if tb in _DATED:
            cb = f"dated_variant({cb}, {_DATED[tb]!r})"
        return f"w_{'add' if op == '+' else 'sub'}({ca}, {cb})"

    def dated_members(self, e: N.BinOp, ca: str, ta: SType, cb: str, tb: SType) -> str | None:
        """`p.dEnd - p.dStart` where p's type is not known when compiling (an untyped
        parameter, a variant): code asking the members' declared types at run time
        (runtime/dated_members.py); None when neither operand is such a member."""
        kinds = [self._member_kind(side, t) for side, t in ((e.left, ta), (e.right, tb))]
        if kinds == [None, None]:
            return None
        ka, kb = (k if k is not None else repr(_DATED.get(t, "")) for k, t in
                  zip(kinds, (ta, tb)))
        return f"dated_arith({e.op!r}, {ca}, {ka}, {cb}, {kb})"

    def _member_kind(self, side: N.Expr, t: SType) -> str | None:
        """Code of the run-time kind of `side` when it is a member read through a
        variable of unknown type (evaluating the variable again costs nothing), or the
        kind itself for a member of what a procedure declared to return a structure or
        a class gives (`Make().hEnd`)."""
        if t != S.ANY or type(side) is not N.Member:
            return None
        if type(side.obj) is N.Call:
            member = self._returned_member(side.obj, fold(side.name))
            kind = _DATED.get(static_type(member)) if member is not None else None
            return None if kind is None else repr(kind)
        if type(side.obj) is not N.Name:
            return None
        spec = self.static_spec(side.obj)
        if spec is None or spec.kind != Kind.VARIANT or spec.dynamic:
            return None
        obj, _ = self.expr(side.obj)
        return f"member_kind({obj}, {fold(side.name)!r})" if is_simple(obj) else None

    def _returned_member(self, call: N.Call, key: str) -> "TypeSpec | None":
        """The declared type of the member `key` of the structure or object that the
        user procedure `call` calls is declared to return; None when unknown."""
        func = call.func
        if type(func) is not N.Name or self.prog.refs.get(func) is not Ref.PROC \
                or self.prog.session is not None:  # the REPL: it may be redefined
            return None
        proc = self.prog.procs.get(fold(func.name))
        spec = proc.ret_spec if proc is not None else None
        if spec is None or spec.kind not in (Kind.STRUCT, Kind.OBJECT):
            return None
        return self.member_spec(spec.name, key)

    def moved_time(self, e: N.BinOp, ta: SType, tb: SType) -> SType:
        """The static type of a Date, Time or DateTime moved by a Duration (`t + 2 h`,
        `du + t`, `dt - du`, `1 h + d`, `d - (1 h + 2 min)`): that Date, Time or
        DateTime, as ?1514040's addition table says (Duration + Date is a Date), so that
        storing it into a DateTime or a Variant knows it (dated_values.py) and a FOR
        counter declared a number refuses it (`FOR i = 3 TO 1 h + d` counted to the
        Date's digits); ANY when the other side may be a text (then the two are joined)
        or a time (a Duration). A DateTime moved by a number of days (`dt + 1`,
        `dt - 0.5`) is a DateTime too, a Time moved by hundredths (`t + 2`:
        docs/semantics.md "A number added to a Time") a Time: a FOR counter declared a
        number counted to its digits, 10 million passes for `FOR i = 1 TO t + 2`."""
        for dated, other, other_t, first in ((ta, e.right, tb, True), (tb, e.left, ta, False)):
            if dated in (S.DATE, S.TIME, S.DATETIME) and (first or e.op == "+") and (
                    self.is_duration(other) or other_t in (S.INT, S.REAL, S.DEC)):
                return dated
        return S.ANY

    def is_duration(self, e: N.Expr) -> bool:
        """Does the code say `e` is a Duration: a literal (`2 h`), a variable, member,
        element or result declared one, a sum or difference of two such (`1 h + du`),
        its opposite (`-du`), one times or divided by a number (`du * 2`, `2 * du`,
        `du / 2`), as the check reads a FOR bound (semantics/block_statements.py
        offset_kind)?"""
        if isinstance(e, N.Unary):
            return e.op in ("neg", "pos") and self.is_duration(e.operand)
        if isinstance(e, N.BinOp):
            if e.op in ("+", "-"):
                return self.is_duration(e.left) and self.is_duration(e.right)
            return e.op == "*" and (self.is_duration(e.left) and self.counts_in_decimals(
                e.right) or self.counts_in_decimals(e.left) and self.is_duration(e.right)) \
                or e.op == "/" and self.is_duration(e.left) and self.counts_in_decimals(e.right)
        return isinstance(e, N.DurationLit) or self.declared_kind(e) == Kind.DURATION
