"""Operator code generation: arithmetic, logic, the ternary and the optional
concatenation `A + [B]`, each one Python expression with a static type tag (the
comparisons and IN: compare_ops.py; a Date, Time or Duration operand: dated_operators.py;
a currency or numeric product's decimals: decimal_operators.py).

Where both operand types are known the native Python operator is emitted; otherwise an
inline guard (`a + b if type(a) is type(b) is int else w_add(a, b)`) keeps the int fast
path and falls back to runtime/arithmetic.py.
"""
from __future__ import annotations

from typing import Callable

from ..syntax import nodes as N
from ..runtime.kinds import NUMERIC, Kind, SType, STypeNames as S
from .ranges import RangeMixin
from .compare_ops import CompareMixin
from .dated_operators import DatedOperatorMixin
from .decimal_operators import DecimalOperatorMixin
from .concat_chains import CHAINED as _CHAINED, ConcatChainMixin
from .simple_code import is_simple
from .dated_operands import DATED as _DATED, counted as _counted, operand_kind as _kind, \
    product as _product

_ARITH = {"+": ("+", "w_add"), "-": ("-", "w_sub"), "*": ("*", "w_mul")}
_BITWISE = {"&": "w_band", "|": "w_bor", "||": "w_bxor", "<<": "w_shl", ">>": "w_shr"}


def _optional(e: N.Expr) -> bool:
    """`A + [B]`: optional concatenation (B is added unless A is empty or ends with B)."""
    return isinstance(e, N.ArrayLit) and len(e.items) == 1


def leftmost_optional(e: N.Expr) -> bool:
    """Does a `+` chain start with `[B]` (as in `s += [", "] + x`)?"""
    while isinstance(e, N.BinOp) and e.op == "+":
        e = e.left
    return _optional(e)


def graft(target: N.Expr, e: N.Expr) -> N.Expr:
    """`target += [B] + x + y` as `((target + [B]) + x) + y`."""
    if isinstance(e, N.BinOp) and e.op == "+":
        return N.BinOp(e.line, e.col, "+", graft(target, e.left), e.right)
    return N.BinOp(e.line, e.col, "+", target, e)


def _short_literal(code: str) -> bool:
    """Is `code` a string literal of a few hundred characters at most?"""
    return code[:1] in ("'", '"') and len(code) <= 260


class OperatorMixin(RangeMixin, CompareMixin, DatedOperatorMixin, DecimalOperatorMixin,
                    ConcatChainMixin):
    """Operators and the conversions they need; mixed into the expression compiler."""

    # -- conversions ----------------------------------------------------------
    def as_str(self, code: str, t: SType) -> str:
        if t == S.STR or t == S.DATE:
            return code
        if t == S.INT:
            return f"str({code})"
        return f"to_str({code})"

    def as_bool(self, code: str, t: SType) -> str:
        if t == S.BOOL:
            return code
        if t == S.INT:
            return f"({code} != 0)"
        return f"to_bool({code})"

    def bind(self, code: str) -> tuple[str, str]:
        """(first use, later uses) of a value that may be needed twice."""
        if is_simple(code):
            return code, code
        t = self.temp()
        return f"({t} := {code})", t

    # -- operators -----------------------------------------------------------
    def x_BinOp(self, e: N.BinOp) -> tuple[str, SType]:
        if e.op in _CHAINED and type(e.left) is N.BinOp:  # one recursion per chain, not
            if id(e.left) in self.bound_leaves:  # per term: a join of a chain being
                return self.binop(e)  # generated (long_chain), its operands read already
            if self.prog.nullables and self.null_leaves(e):  # Null from a nullable operand
                return self.null_lifted(e, lambda: self.long_chain(e, self.binop))
            return self.long_chain(e, self.binop)
        return self.null_lifted(e, lambda: self.binop(e))  # Null from a nullable operand

    def binop(self, e: N.BinOp) -> tuple[str, SType]:
        if e.op == "+" and isinstance(e.right, N.ArrayLit) and _optional(e.right):
            if isinstance(e.left, N.ArrayLit):  # `[s] + [s]`: no text before `+ [s]`
                return self.prog.fail_code("A value of type array cannot be converted to "
                                           "a string.", e.left), S.STR
            left, item = self.value(e.left), self.value(e.right.items[0])
            return self.chained(left, lambda a: f"opt_concat({a}, {item})"), S.STR
        if e.op in ("??", "??*"):
            return self.coalesce(e)
        ca, ta = self.expr(e.left)
        cb, tb = self.expr(e.right)
        if e.op == "+" and tb == S.STR and isinstance(e.left, N.ArrayLit) \
                and _optional(e.left):  # `[fSep] + "*.jpg"`
            return f"opt_prefix({self.value(e.left.items[0])}, {cb})", S.STR
        if ta == S.LIST or tb == S.LIST:  # an array literal operand (_val)
            ca, cb = self._val(ca, ta), self._val(cb, tb)
        op = e.op
        if op in ("+", "-") and (options := self.combined_options(e, ca, cb)) is not None:
            return options, S.INT
        if op == "+" and S.STR in (ta, tb) and self.prog.combinations:  # "x" + c: names
            (ca, ta), (cb, tb) = self.options_text(e.left, ca, ta), \
                self.options_text(e.right, cb, tb)
        if op in ("+", "-") and S.STR not in (ta, tb):
            dated = self.dated_members(e, ca, ta, cb, tb)
            if dated is not None:
                return dated, S.ANY
        if op in ("*", "/", "%"):  # a Time in a product counts its hundredths, as
            product = _product(op, ca, _kind(e.left, ta, self.declared_kind), cb,
                               _kind(e.right, tb, self.declared_kind))
            if product is not None:  # a Date, a Duration...: dated_products.py (with a
                return self._kept_decimals(e, product, S.ANY, ta, tb) \
                    if op != "%" else (product, S.ANY)  # currency, in its 6 decimals)
            (ca, ta), (cb, tb) = _counted(ca, ta), _counted(cb, tb)  # `i = t` does
        if op in ("*", "/"):
            return self._product_join(e, ca, ta, cb, tb)
        if op in ("+", "-") and (ta in _DATED and tb == S.ANY and not self.is_duration(e.right)
                                 or tb in _DATED and ta == S.ANY
                                 and not self.is_duration(e.left)):
            return self._dated_beside_any(op, ca, ta, cb, tb), S.ANY
        if op in _ARITH:
            code, t = self._arith(op, ca, ta, cb, tb)
            return code, self.moved_time(e, ta, tb) if t == S.ANY and op != "*" else t
        if op in _BITWISE:
            wide = self.eight_bytes(e.left, ta) or op not in ("<<", ">>") \
                and self.eight_bytes(e.right, tb)  # a shift's width is its value's
            return f"{_BITWISE[op]}({ca}, {cb}{', True' if wide else ''})", S.INT
        if op == "%":  # two Variants' Durations: a Duration (w_mod)
            known = ta != S.ANY and tb != S.ANY
            return self._modulo(e, ca, ta, cb, tb), S.INT if known else S.ANY
        return f"w_pow({ca}, {cb})", S.ANY

    def eight_bytes(self, e: N.Expr, t: SType) -> bool:
        """Does the binary operators page (?1512009) count this operand as 8 bytes: an
        `int on 8 bytes` variable, member or element, or a value that is no integer (its
        "Other" row: a real, a currency...)? A 4-byte result otherwise."""
        if t in (S.REAL, S.DEC):
            return True
        spec = self.static_spec(e) if isinstance(e, (N.Name, N.Member, N.Index)) else None
        return spec is not None and spec.kind == Kind.INT and spec.bits == 64

    def _modulo(self, e: N.BinOp, ca: str, ta: SType, cb: str, tb: SType) -> str:
        """`a % b`: Python's `%` where it agrees with WLanguage's (the sign of the
        dividend): a dividend known to be >= 0 and a divisor > 0; tested at run time only
        for what is not known when compiling."""
        if ta != S.INT or tb != S.INT:
            return f"w_mod({ca}, {cb})"
        divisor = self.int_bounds(e.right)
        positive = divisor[0] is not None and divisor[0] > 0
        dividend = self.int_bounds(e.left)
        if positive and dividend[0] is not None and dividend[0] >= 0:
            return f"({ca} % {cb})"
        a1, a2 = self.bind(ca)
        if positive:
            return f"({a2} % {cb} if {a1} >= 0 else w_mod({a2}, {cb}))"
        b1, b2 = self.bind(cb)
        # `&`, not `and`: both operands must be bound before either branch uses them
        return f"({a2} % {b2} if ({a1} >= 0) & ({b1} > 0) else w_mod({a2}, {b2}))"

    def _val(self, code: str, t: SType) -> str:
        return f"literal_to_value({code}, _ctx)" if t == S.LIST else code

    def _arith(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> tuple[str, SType]:
        if op == "+" and (ta == S.STR or tb == S.STR):
            return self._concat(self.as_str(ca, ta), ta, self.as_str(cb, tb), tb), S.STR
        if op == "+" and ta in _DATED and tb in _DATED:  # two of Date, Time, DateTime
            return f"({self.as_str(ca, ta)} + {self.as_str(cb, tb)})", S.STR  # ?1514040
        if op == "-" and ta in _DATED and tb in _DATED and ta != tb:  # Date - DateTime...
            return f"dated_sub({ca}, {_DATED[ta]!r}, {cb}, {_DATED[tb]!r})", S.ANY
        if op in "+-" and S.DATE in (ta, tb):  # a date plus or minus days; date - date
            days = tb if ta == S.DATE else ta  # (a number of days: the result is a Date,
            moved = days in NUMERIC and (op == "+" or ta == S.DATE)  # TypeVar's wlDate)
            return f"date_{'add' if op == '+' else 'sub'}({ca}, {cb})", \
                S.DATE if moved else S.ANY
        timed = next((k for k in (ta, tb) if k in (S.TIME, S.DATETIME)), None)
        if op in "+-" and timed:  # time - time is a Duration; time + Duration a time
            return f"time_{'add' if op == '+' else 'sub'}({ca}, {cb}, {timed!r})", S.ANY
        join, rt = self._arith_join(op, ta, cb, tb)  # (a long chain: flat, chained)
        return self.chained(ca, join), rt

    def _arith_join(self, op: str, ta: SType, cb: str, tb: SType
                    ) -> tuple[Callable[[str], str], SType]:
        """The code of `a op cb` for a left side `a` (`+ - *` of numbers) and its type."""
        pyop, helper = _ARITH[op]
        if ta in NUMERIC and tb in NUMERIC:
            return (lambda a: f"({a} {pyop} {cb})"), S.REAL if S.REAL in (ta, tb) else S.INT
        if ta == S.REAL or tb == S.REAL:
            return (lambda a: f"{helper}({a}, {cb})"), S.ANY
        return (lambda a: self._guarded(pyop, helper, a, ta, cb, tb)), S.ANY

    def _product_join(self, e: N.BinOp, ca: str, ta: SType, cb: str, tb: SType
                      ) -> tuple[str, SType]:
        """`a * b` or `a / b` with the decimals its operands keep, one join of a chain:
        `x / a / b / ...` nested one call per term (two with a currency's rounding) and
        1,000 terms passed CPython's 200 brackets, "nests too deeply"."""
        if e.op == "*":
            join, t = self._arith_join("*", ta, cb, tb)
        else:
            join, t = (lambda a: f"w_div({a}, {cb})"), S.ANY
        kept: list[SType] = []

        def joined(a: str) -> str:
            code, rt = self._kept_decimals(e, join(a), t, ta, tb)
            kept.append(rt)
            return code
        return self.chained(ca, joined), kept[0]

    def _concat(self, ca: str, ta: SType, cb: str, tb: SType) -> str:
        """Two texts joined. A long result goes through w_add, which weighs it against
        --max-string and --max-memory before building it (runtime/limits.check_growth):
        a number or a short literal on one side adds little, but the join copies the
        other side (`t = s + "y"` near the cap: three such copies of 60 MB took a run
        capped at 200 MB to 251 MB, faster than the sampling, size_watch.py, looks).
        Only a side that may be long is measured; a short side that is not a plain
        value is measured too when it comes first, so that it is still evaluated first."""
        small = [t in NUMERIC or _short_literal(c) for c, t in ((ca, ta), (cb, tb))]
        if all(small):
            return f"({ca} + {cb})"
        return self.chained(ca, lambda a: self._joined(a, small[0], cb, small[1]))

    def _joined(self, ca: str, short_a: bool, cb: str, short_b: bool) -> str:
        """The join of two texts, the long ones measured (see _concat)."""
        sizes, parts = [], []
        for code, short, first in ((ca, short_a, True), (cb, short_b, False)):
            if short and (not first or is_simple(code) or _short_literal(code)):
                parts.append(code)
                continue
            bound, later = self.bind(code)
            sizes.append(f"len({bound})")
            parts.append(later)
        return (f"({parts[0]} + {parts[1]} if {' + '.join(sizes)} <= _big_str "
                f"else w_add({parts[0]}, {parts[1]}))")

    def _guarded(self, pyop: str, helper: str, ca: str, ta: SType, cb: str, tb: SType) -> str:
        """Native op when both operands are ints at run time, the helper otherwise."""
        if is_simple(ca) and is_simple(cb):
            checks = [f"type({c}) is int" for c, t in ((ca, ta), (cb, tb)) if t != S.INT]
            return f"({ca} {pyop} {cb} if {' and '.join(checks)} else {helper}({ca}, {cb}))"
        a1, a2 = self.bind(ca)
        b1, b2 = self.bind(cb)
        if is_simple(ca) and ta == S.INT or is_simple(cb) and tb == S.INT:
            other = b1 if is_simple(ca) and ta == S.INT else a1  # (the int name: no test)
            return f"({a2} {pyop} {b2} if type({other}) is int else {helper}({a2}, {b2}))"
        return f"({a2} {pyop} {b2} if type({a1}) is type({b1}) is int else {helper}({a2}, {b2}))"

    def x_NotPrefix(self, e: N.Unary) -> tuple[str, SType]:
        return self.x_Unary(e)

    def x_Unary(self, e: N.Unary) -> tuple[str, SType]:
        if e.op == "neg":  # Null from a nullable operand
            return self.null_lifted(e, lambda: self.negated(e.operand))
        code, t = self.expr(e.operand)
        if e.op == "byval":  # P((x)): x's value, nothing written back
            return code, t
        if e.op == "not":
            if t in (S.BOOL, S.INT, S.REAL):
                return f"(not {code})", S.BOOL
            return f"w_not({code})", S.BOOL
        if e.op == "bitnot":
            return f"w_bnot({code})", S.INT
        if e.op == "notnull":  # x?! (?1511031)
            return f"present_value({self._val(code, t)})", t
        if t in (S.INT, S.REAL):
            return code, t
        return f"to_num({code})", S.ANY

    def negated(self, operand: N.Expr) -> tuple[str, SType]:
        """`-x`; for a Time, minus its hundredths."""
        code, t = _counted(*self.expr(operand))
        if t in (S.INT, S.REAL):
            return f"(-{code})", t
        return f"w_neg({code})", S.ANY

    def x_Logic(self, e: N.Logic) -> tuple[str, SType]:
        if type(e.left) is N.Logic:  # (one recursion per chain, not per condition)
            return self.long_chain(e, self.logic)
        return self.logic(e)

    def logic(self, e: N.Logic) -> tuple[str, SType]:
        """`a AND b`, `a OR b`, `a _AND_ b`, `a _OR_ b`: one join of a chain of conditions
        (flat from its 8th, as a `+` chain: 1,000 conditions nested 1,000 brackets)."""
        a = self.as_bool(*self.expr(e.left))
        b = self.as_bool(*self.expr(e.right))
        if e.op == "sand":
            return self.chained(a, lambda x: f"({x} and {b})"), S.BOOL
        if e.op == "sor":
            return self.chained(a, lambda x: f"({x} or {b})"), S.BOOL
        # AND / OR evaluate both sides (docs/semantics.md §3, [?1512003])
        op = "&" if e.op == "and" else "|"
        return self.chained(a, lambda x: f"({x} {op} {b})"), S.BOOL

    def x_Ternary(self, e: N.Ternary) -> tuple[str, SType]:
        c = self.as_bool(*self.expr(e.cond))
        a, ta = self.expr(e.a)
        b, tb = self.expr(e.b)
        return f"({self._val(a, ta)} if {c} else {self._val(b, tb)})", ta if ta == tb else S.ANY
