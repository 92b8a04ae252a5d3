"""Comparison code generation: `=`, `<>`, the orders, the flexible equalities, the
string matches (`[=`, `=]`, `[=]`...) and `IN`/`_IN_`, each one Python expression.

Where both operand types are known the native Python comparison is emitted; otherwise
the int fast path guard of operators.py (`_guarded`) or the helpers of
runtime/comparisons.py. Dates, Times and DateTimes compared with texts or numbers are
converted as dated_operands.py says.
"""
from __future__ import annotations

__all__ = ["CompareMixin"]

from ..syntax import nodes as N
from ..runtime.kinds import NUMERIC, SType, STypeNames as S
from .nullable_ops import NullableMixin, null_test
from .dated_operands import DATED as _DATED, dated as _dated, \
    dated_operands as _dated_operands, in_dated as _in_dated

_CMP_NATIVE = {"=": "==", "<>": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
_CMP_HELPER = {"=": "w_eq", "<>": "w_ne", "<": "w_lt", "<=": "w_le", ">": "w_gt",
               ">=": "w_ge", "~=": "w_flex_eq", "~~": "w_vflex_eq"}
_MATCH = {"[=": ("w_starts", 0), "[~": ("w_starts", 1), "[~~": ("w_starts", 2),
          "[=]": ("w_contains", 0), "[~]": ("w_contains", 1), "[~~]": ("w_contains", 2),
          "=]": ("w_ends", 0), "~]": ("w_ends", 1), "~~]": ("w_ends", 2)}


class CompareMixin(NullableMixin):
    """Comparisons and `IN`; mixed into the expression compiler through OperatorMixin."""

    def x_Compare(self, e: N.Compare) -> tuple[str, SType]:
        compiled = [self.expr(x) for x in e.operands]
        for _, t in compiled:
            if t == S.LIST:  # an array literal operand (_val)
                compiled = [(self._val(c, t), t) for c, t in compiled]
                break
        if len(e.ops) == 1:
            lifted = self.null_compared(e.ops[0], e.operands, compiled[0][0], compiled[1][0])
            return lifted or self._compare(e.ops[0], *compiled[0], *compiled[1]), S.BOOL
        parts = []
        prev_code, prev_t = compiled[0]
        for op, (code, t) in zip(e.ops, compiled[1:]):
            first, again = self.bind(code)
            parts.append(self._compare(op, prev_code, prev_t, first, t))
            prev_code, prev_t = again, t
        return "(" + " and ".join(parts) + ")", S.BOOL

    def _compare(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> str:
        """One comparison `ca op cb` as Python: native where both types allow it, else
        the runtime helper (Null, dated operands, pattern operators, reals' tolerance)."""
        if ta in _DATED or tb in _DATED:
            ca, ta, cb, tb = _dated_operands(ca, ta, cb, tb)
        if op in ("=", "<>") and "None" in (ca, cb) and ca != cb:  # `x = Null`
            test = null_test(*((cb, tb) if ca == "None" else (ca, ta)), self.temp())
            return test if op == "=" else f"(not {test})"
        if op in _MATCH:
            helper, mode = _MATCH[op]
            return f"{helper}({ca}, {cb}, {mode})"
        if op in ("=", "<>") and S.REAL in (ta, tb):  # with the reals' 10^-6 tolerance
            return f"{_CMP_HELPER[op]}({ca}, {cb})"
        if op in _CMP_NATIVE:
            native = _CMP_NATIVE[op]
            if (ta in NUMERIC and tb in NUMERIC) or (ta == tb == S.STR):
                return f"({ca} {native} {cb})"
            if ta in (S.INT, S.ANY) and tb in (S.INT, S.ANY):
                return self._guarded(native, _CMP_HELPER[op], ca, ta, cb, tb)
        return f"{_CMP_HELPER[op]}({ca}, {cb})"

    def x_InList(self, e: N.InList) -> tuple[str, SType]:
        v, vt = self.expr(e.value)
        v = self._val(v, vt)
        items_typed = [self.expr(x) for x in e.items]
        if vt not in _DATED and any(t in _DATED for _, t in items_typed):  # `v IN (d)`
            code = _in_dated(v, vt, items_typed, e.lazy, self._compare, self.temp)
            return (f"(not {code})" if e.negate else code), S.BOOL
        # `d IN ("2024-01-15", v, ...)`: the texts (a Variant's too) as dates, as `=` reads them
        item_codes = [_dated(c, vt) if vt in _DATED and t == S.STR else
                      f"dated_if_text({c}, {_DATED[vt]!r})" if vt in _DATED and t == S.ANY
                      else self._val(c, t) for c, t in items_typed]
        if vt == S.TIME and any(t != S.STR for _, t in items_typed):  # a number: as `=`
            v = f"dated_variant({v}, 'time')"
        if e.lazy and len(e.items) > 1:  # _IN_: each item evaluated only while none matched
            t = self.temp()
            tests = " or ".join(f"w_in({t}, {c})" for c in item_codes)
            code = f"(({t} := {v}), ({tests}))[-1]"
        else:
            items = ", ".join(item_codes)
            code = f"w_in({v}, {items})"
        return (f"(not {code})" if e.negate else code), S.BOOL
