"""Operator code generation: arithmetic, logic, the ternary and the optional
concatenation `A + [B]`, each one Python expression with a static type tag (the
comparisons and IN: compare_ops.py).

Where both operand types are known the native Python operator is emitted; otherwise an
inline guard (`a + b if type(a) is type(b) is int else w_add(a, b)`) keeps the int fast
path and falls back to runtime/arithmetic.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..runtime.kinds import NUMERIC, Kind, SType, STypeNames as S
from .ranges import RangeMixin
from .compare_ops import CompareMixin
from .base import RefNames as Ref
from ..semantics.symbols import static_type
from ..lazy_regex import lazy_compile
from .dated_operands import DATED as _DATED, counted as _counted, operand_kind as _kind, \
    product as _product

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec

_SIMPLE_RE = lazy_compile(r"^(?:[A-Za-z_]\w*|-?\d+(?:\.\d+)?|True|False|None|'[^'\\]*')$")
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


def _decimals(spec: "TypeSpec") -> int:
    """How many decimals a numeric declaration keeps ("*": all, "i,d": d, "": 6)."""
    if spec.name == "*":
        return 10**6
    return int(spec.name.split(",")[1]) if "," in spec.name else (6 if not spec.name else 0)


def _short_literal(code: str) -> bool:
    """Is `code` a string literal of a few hundred characters at most?"""
    return code[:1] in ("'", '"') and len(code) <= 260


def is_simple(code: str) -> bool:
    """Can `code` be evaluated twice with no cost and no side effect?"""
    return bool(_SIMPLE_RE.match(code))


_HELD = frozenset({S.ANY, S.DEC})
"""Static types whose values may be a currency or a numeric no declaration types"""


class OperatorMixin(RangeMixin, CompareMixin):
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
        return self.null_lifted(e, lambda: self.binop(e))  # Null from a nullable operand

    def binop(self, e: N.BinOp) -> tuple[str, SType]:
        if e.op == "+" and isinstance(e.right, N.ArrayLit) and _optional(e.right):
            left = self.value(e.left)
            return f"opt_concat({left}, {self.value(e.right.items[0])})", S.STR
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
            code, t = self._arith(op, ca, ta, cb, tb) if op == "*" else (f"w_div({ca}, {cb})", S.ANY)
            return self._kept_decimals(e, code, t, ta, tb)
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
        None when no operand is either (a real, an integer, a variant...)."""
        if isinstance(e, N.Unary):
            return self.decimal_spec(e.operand) if e.op in ("neg", "pos") else None
        if isinstance(e, N.BinOp):
            if e.op not in ("+", "-", "*", "/"):
                return None
            specs = [s for s in (self.decimal_spec(e.left), self.decimal_spec(e.right)) if s]
            numerics = [s for s in specs if s.kind == Kind.NUMERIC]
            return max(numerics, key=_decimals) if numerics else (specs[0] if specs else None)
        if isinstance(e, N.Call):
            spec = self.result_spec(e)
        elif isinstance(e, (N.Name, N.Member, N.Index, N.ClassMember)):
            spec = self.static_spec(e)  # (a GLOBAL member too: `C::gmo / 7`)
        else:
            return None
        return spec if spec is not None and spec.kind in (Kind.CURRENCY, Kind.NUMERIC) else None

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

    def _val(self, code: str, t: SType) -> str:
        return f"literal_to_value({code}, _ctx)" if t == S.LIST else code

    def _arith(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> tuple[str, SType]:
        pyop, helper = _ARITH[op]
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
        if ta in NUMERIC and tb in NUMERIC:
            rt = S.REAL if S.REAL in (ta, tb) else S.INT
            return f"({ca} {pyop} {cb})", rt
        if ta == S.REAL or tb == S.REAL:
            return f"{helper}({ca}, {cb})", S.ANY
        return self._guarded(pyop, helper, ca, ta, cb, tb), S.ANY

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
        sizes, parts = [], []
        for code, short, first in ((ca, small[0], True), (cb, small[1], False)):
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
        a = self.as_bool(*self.expr(e.left))
        b = self.as_bool(*self.expr(e.right))
        if e.op == "sand":
            return f"({a} and {b})", S.BOOL
        if e.op == "sor":
            return f"({a} or {b})", S.BOOL
        # AND / OR evaluate both sides (docs/semantics.md §3, [?1512003])
        return f"({a} {'&' if e.op == 'and' else '|'} {b})", S.BOOL

    def x_Ternary(self, e: N.Ternary) -> tuple[str, SType]:
        c = self.as_bool(*self.expr(e.cond))
        a, ta = self.expr(e.a)
        b, tb = self.expr(e.b)
        return f"({self._val(a, ta)} if {c} else {self._val(b, tb)})", ta if ta == tb else S.ANY
