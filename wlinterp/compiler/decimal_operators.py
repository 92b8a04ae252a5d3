"""The decimals of a product or a quotient computed in a currency or a numeric: the
type the operands' declarations give (`decimal_spec`) and the rounding the operator's
code gets (`_kept_decimals`). Mixed into the operator compiler (operators.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..runtime.kinds import Kind, SType, STypeNames as S
from .base import CompilerBase

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec


def _decimals(spec: "TypeSpec") -> int:
    """How many decimals a numeric declaration keeps ("*": all, "i,d": d, "": 6)."""
    if spec.name == "*":
        return 10**6
    return int(spec.name.split(",")[1]) if "," in spec.name else (6 if not spec.name else 0)


_HELD = frozenset({S.ANY, S.DEC})
"""Static types whose values may be a currency or a numeric no declaration types"""


_SPEC_OPS = ("+", "-", "*", "/")


def _joined_spec(left: "TypeSpec | None", right: "TypeSpec | None") -> "TypeSpec | None":
    """The type an operation computes in from its operands' (decimal_spec)."""
    specs = [s for s in (left, right) if s]
    numerics = [s for s in specs if s.kind == Kind.NUMERIC]
    return max(numerics, key=_decimals) if numerics else (specs[0] if specs else None)


class DecimalOperatorMixin(CompilerBase):
    """Currency and numeric operands of `*` and `/`, and the type they compute in."""

    _spec_memo: "tuple[N.Expr | None, TypeSpec | None]" = (None, None)  # the last chain

    def _kept_decimals(self, e: N.BinOp, code: str, t: SType, ta: SType = S.ANY,
                       tb: SType = S.ANY) -> tuple[str, SType]:
        """`a * b` or `a / b` computed in a currency (6 decimals: `m / 3` is 3.333333,
        it showed 37 decimals) or a numeric (a numeric's precision, 6 decimals, or the
        declaration's decimals when it has more; every digit for `numeric (*)`), as the
        operands' declared types say; the code unchanged for other operands. A
        `numeric (10,2)` operand does not round the intermediate result to 2 decimals:
        only the store does (`19.99 * 1.196 * 3` is 71.72, it was 71.73). An operand no
        declaration types (`v / 3`, v a Variant) holding a currency or a numeric: 6
        decimals at run time (held_product). INFERRED (docs/semantics.md)."""
        spec = self.decimal_spec(e)
        if spec is None and (ta in _HELD or tb in _HELD):
            return f"held_product({code})", t
        if spec is None or spec.kind != Kind.CURRENCY and spec.name == "*":
            return code, t
        precision = None if spec.kind == Kind.CURRENCY else \
            spec.name if _decimals(spec) > 6 else ""  # "": 6 decimals
        if not (self.counts_in_decimals(e.left) and self.counts_in_decimals(e.right)):
            return f"co_product({code}, {precision!r})", S.ANY  # `du * mRate`: a Duration
        if precision is None:
            return f"co_currency({code})", S.DEC
        return f"co_numeric({code}, {precision!r})", S.DEC

    def decimal_spec(self, e: N.Expr) -> "TypeSpec | None":
        """The currency or numeric type `e` computes in: that of a variable, member,
        element or user procedure's result so declared; for `+ - * /` and `-x`, a
        numeric operand's (the one with the most decimals), else a currency operand's;
        None when no operand is either (a real, an integer, a variant...). A chain
        `a * b * ... * z` is walked along its left side, not by one recursion per term
        (1,000 factors ran out of Python's stack, "nests too deeply"), and each join's
        question starts from the answer for its left side when that was the last one
        asked (the compiler asks from the innermost join out: linear, not quadratic)."""
        spine: list[N.BinOp] = []
        node = e
        memo = self._spec_memo
        while isinstance(node, N.BinOp) and node.op in _SPEC_OPS and node is not memo[0]:
            spine.append(node)
            node = node.left
        spec = memo[1] if node is memo[0] and node is not None else self._operand_spec(node)
        for op in reversed(spine):
            spec = _joined_spec(spec, self.decimal_spec(op.right))
        if spine:
            self._spec_memo = (e, spec)
        return spec

    def _operand_spec(self, e: N.Expr) -> "TypeSpec | None":
        """decimal_spec of what is not a `+ - * /`."""
        if isinstance(e, N.Unary):
            return self.decimal_spec(e.operand) if e.op in ("neg", "pos") else None
        if isinstance(e, N.BinOp):
            return None
        if isinstance(e, N.Call):
            spec = self.result_spec(e)
        elif isinstance(e, (N.Name, N.Member, N.Index, N.ClassMember)):
            spec = self.static_spec(e)  # (a GLOBAL member too: `C::gmo / 7`)
        else:
            return None
        return spec if spec is not None and spec.kind in (Kind.CURRENCY, Kind.NUMERIC) else None
