"""Expression code generation: each WLanguage expression becomes one Python expression
and a static type tag ('int', 'real', 'str', 'bool', 'dec', 'array', 'struct', 'object'
or 'any').

Where both operand types are known the native Python operator is emitted; otherwise an
inline guard (`a + b if type(a) is type(b) is int else w_add(a, b)`) keeps the int fast
path and falls back to the semantics helpers in `values.py`.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..syntax import nodes as N
from ..runtime.kinds import Kind, NUMERIC, SType, SType as S
from ..syntax.names import fold
from ..syntax.words import DATE_PART_WORDS, TIME_PART_WORDS
from ..runtime.size_watch import SAMPLED
from .folding import NOT_CONSTANT, constant_value, literal
from .ranges import RangeMixin

_SIMPLE_RE = re.compile(r"^(?:[A-Za-z_]\w*|-?\d+(?:\.\d+)?|True|False|None|'[^'\\]*')$")
_ARITH = {"+": ("+", "w_add"), "-": ("-", "w_sub"), "*": ("*", "w_mul")}
_CMP_NATIVE = {"=": "==", "<>": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
def _null_test(code: str, t: SType) -> str:
    """`x = Null` (help page of the Variant type, ?1514019): for a numeric type Null
    means 0 (a string: ""); anything else (a variant, a JSON value, a dynamic object) is
    Null when it holds no value."""
    if t in NUMERIC or t == S.DEC:
        return f"w_eq({code}, 0)"
    if t == S.STR:
        return f"({code} == '')"
    return f"({code} is None)"


_CMP_HELPER = {"=": "w_eq", "<>": "w_ne", "<": "w_lt", "<=": "w_le", ">": "w_gt",
               ">=": "w_ge", "~=": "w_flex_eq", "~~": "w_vflex_eq"}
_BITWISE = {"&": "w_band", "|": "w_bor", "||": "w_bxor", "<<": "w_shl", ">>": "w_shr"}
_MATCH = {"[=": ("w_starts", 0), "[~": ("w_starts", 1), "[~~": ("w_starts", 2),
          "[=]": ("w_contains", 0), "[~]": ("w_contains", 1), "[~~]": ("w_contains", 2),
          "=]": ("w_ends", 0), "~]": ("w_ends", 1), "~~]": ("w_ends", 2)}
_FOLDABLE = (N.BinOp, N.Compare, N.Logic, N.Unary)
_TAGS = {bool: S.BOOL, int: S.INT, float: S.REAL, str: S.STR, Decimal: S.DEC}


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


def short_piece(e: N.Expr, t: SType) -> bool:
    """Is the text of `e` short whatever happens (a number's digits, a short literal)?
    Appending it needs no length check of its own where sizes are sampled (size_watch)."""
    if not SAMPLED:
        return False
    return t in NUMERIC or isinstance(e, N.Str) and len(e.value) <= 256


def is_simple(code: str) -> bool:
    """Can `code` be evaluated twice with no cost and no side effect?"""
    return bool(_SIMPLE_RE.match(code))


class ExprMixin(RangeMixin):
    """Expression compilation; mixed into the function compiler (see stmts.py)."""

    folded: dict[int, object]  # constant_value's memo for the function being compiled

    def expr(self, e: N.Expr) -> tuple[str, SType]:
        """(python code, static type) of a WLanguage expression; operators on literals
        only are computed now (folding.py)."""
        if isinstance(e, _FOLDABLE):
            value = constant_value(e, self.folded)
            if value is not NOT_CONSTANT:
                value = literal(value)
                return repr(value), _TAGS[type(value)]
        method = getattr(self, "x_" + type(e).__name__)
        return method(e)

    def value(self, e: N.Expr) -> str:
        """Code for an expression used as a value (array literals become arrays)."""
        code, t = self.expr(e)
        if t == S.LIST:
            return f"literal_to_value({code}, _ctx)"
        return code

    # -- leaves -------------------------------------------------------------
    def x_Num(self, e: N.Num) -> tuple[str, SType]:
        return repr(e.value), _TAGS[type(e.value)]  # a Decimal: `0n1.5`, a long literal

    def x_DurationLit(self, e: N.DurationLit) -> tuple[str, SType]:
        return f"WLDuration({e.ms})", S.ANY

    def x_Str(self, e: N.Str) -> tuple[str, SType]:
        return repr(e.value), S.STR

    def x_Const(self, e: N.Const) -> tuple[str, SType]:
        if e.value is None:
            return "None", S.ANY
        return repr(e.value), S.BOOL

    def x_Name(self, e: N.Name) -> tuple[str, SType]:
        return self.resolve_name(e)

    def x_Lambda(self, e: N.Lambda) -> tuple[str, SType]:
        """A lambda: a reference to its procedure (an internal procedure of this body)."""
        proc = self.scope.lookup_proc(fold(e.name))
        assert proc is not None  # syntax/lambdas.py made it an internal procedure here
        return self.proc_ref_code(proc), S.ANY

    def x_Step(self, e: N.Step) -> tuple[str, SType]:
        """`x++` in an expression (WLanguage 27+): x changes, the value before (`x++`) or
        after (`++x`) is the expression's value."""
        target = e.target
        var = self.scope.lookup(fold(target.name)) if isinstance(target, N.Name) else None
        if var is not None:
            self.note_write(var)
            t = var.stype if var.stype in (S.INT, S.REAL) else S.ANY
            new, nt = self._arith("+", var.pyname, t, str(e.delta), S.INT)
            store = f"({var.pyname} := {self.store_code(var, new, nt)})"
            if e.prefix:
                return store, t
            old = self.temp()
            return f"(({old} := {var.pyname}), {store})[0]", t
        if isinstance(target, N.Member):
            return (f"step_member({self.changed_value(target.obj)}, {fold(target.name)!r}, {e.delta}, "
                    f"{e.prefix}, _ctx)"), S.ANY
        if isinstance(target, N.Index):
            args = ", ".join(self.value(a) for a in target.args)
            return f"step_index({self.changed_value(target.obj)}, {e.delta}, {e.prefix}, {args})", S.ANY
        raise self.refused(e)

    def x_New(self, e: N.New) -> tuple[str, SType]:
        spec = self.prog.parse_spec(e.type_name, e)
        return self.construct_code(spec, e.args), S.ANY

    def construct_code(self, spec: Any, args: list[N.Expr] | None) -> str:
        """A new value of `spec`; with arguments, the class constructor receives them."""
        ref = self.prog.spec_ref(spec)
        if not args:
            return f"default_value({ref}, _ctx)"
        values = "".join(", " + self.value(a) for a in args)
        return f"construct({ref}, _ctx{values})"

    def x_SwitchExpr(self, e: N.SwitchExpr) -> tuple[str, SType]:
        """Only the chosen value is evaluated."""
        idx = self.value(e.index)
        lambdas = ", ".join(f"lambda: {self.value(c)}" for c in e.choices)
        default = f"lambda: {self.value(e.default)}" if e.default is not None else "None"
        return f"switch_value({idx}, ({lambdas},), {default})", S.ANY

    def x_Subject(self, e: N.Subject) -> tuple[str, SType]:
        subject = getattr(self, "subject", None)
        if subject is None:
            raise self.refused(e)
        return subject

    def x_TupleLit(self, e: N.TupleLit) -> tuple[str, SType]:
        return "(" + "".join(self.value(x) + ", " for x in e.items) + ")", S.TUPLE

    def x_Indirect(self, e: N.Indirect) -> tuple[str, SType]:
        return f"indirect_get(globals(), {self.value(e.name)})", S.ANY

    def x_ArrayLit(self, e: N.ArrayLit) -> tuple[str, SType]:
        items = ", ".join(self.expr(x)[0] for x in e.items)
        return f"[{items}]", S.LIST

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
        if e.op == "+" and isinstance(e.right, N.ArrayLit) and _optional(e.right):
            left = self.value(e.left)
            return f"opt_concat({left}, {self.value(e.right.items[0])})", S.STR
        ca, ta = self.expr(e.left)
        cb, tb = self.expr(e.right)
        ca, cb = self._val(ca, ta), self._val(cb, tb)
        op = e.op
        if op in _ARITH:
            return self._arith(op, ca, ta, cb, tb)
        if op == "/":
            return f"w_div({ca}, {cb})", S.ANY
        if op in _BITWISE:
            return f"{_BITWISE[op]}({ca}, {cb})", S.INT
        if op == "%":
            return self._modulo(e, ca, ta, cb, tb), S.INT
        return f"w_pow({ca}, {cb})", S.ANY

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
        pyop, helper = _ARITH[op]
        if op == "+" and (ta == S.STR or tb == S.STR):
            return f"({self.as_str(ca, ta)} + {self.as_str(cb, tb)})", S.STR
        if op in "+-" and S.DATE in (ta, tb):  # a date plus or minus days; date - date
            return f"date_{'add' if op == '+' else 'sub'}({ca}, {cb})", S.ANY
        timed = next((k for k in (ta, tb) if k in (S.TIME, S.DATETIME)), None)
        if op in "+-" and timed:  # time - time is a Duration; time + Duration a time
            return f"time_{'add' if op == '+' else 'sub'}({ca}, {cb}, {timed!r})", S.ANY
        if ta in NUMERIC and tb in NUMERIC:
            rt = S.REAL if S.REAL in (ta, tb) else S.INT
            return f"({ca} {pyop} {cb})", rt
        if ta == S.REAL or tb == S.REAL:
            return f"{helper}({ca}, {cb})", S.ANY
        return self._guarded(pyop, helper, ca, ta, cb, tb), S.ANY

    def _guarded(self, pyop: str, helper: str, ca: str, ta: SType, cb: str, tb: SType) -> str:
        """Native op when both operands are ints at run time, the helper otherwise."""
        if is_simple(ca) and is_simple(cb):
            checks = [f"type({c}) is int" for c, t in ((ca, ta), (cb, tb)) if t != S.INT]
            return f"({ca} {pyop} {cb} if {' and '.join(checks)} else {helper}({ca}, {cb}))"
        a1, a2 = self.bind(ca)
        b1, b2 = self.bind(cb)
        return f"({a2} {pyop} {b2} if type({a1}) is type({b1}) is int else {helper}({a2}, {b2}))"

    def x_NotPrefix(self, e: N.Unary) -> tuple[str, SType]:
        return self.x_Unary(e)

    def x_Unary(self, e: N.Unary) -> tuple[str, SType]:
        code, t = self.expr(e.operand)
        if e.op == "not":
            if t in (S.BOOL, S.INT, S.REAL):
                return f"(not {code})", S.BOOL
            return f"w_not({code})", S.BOOL
        if e.op == "bitnot":
            return f"w_bnot({code})", S.INT
        if e.op == "neg":
            if t in (S.INT, S.REAL):
                return f"(-{code})", t
            return f"w_neg({code})", S.ANY
        if t in (S.INT, S.REAL):
            return code, t
        return f"to_num({code})", S.ANY

    def x_Compare(self, e: N.Compare) -> tuple[str, SType]:
        compiled = [self.expr(x) for x in e.operands]
        compiled = [(self._val(c, t), t) for c, t in compiled]
        if len(e.ops) == 1:
            return self._compare(e.ops[0], *compiled[0], *compiled[1]), S.BOOL
        parts = []
        prev_code, prev_t = compiled[0]
        for op, (code, t) in zip(e.ops, compiled[1:]):
            first, again = self.bind(code)
            parts.append(self._compare(op, prev_code, prev_t, first, t))
            prev_code, prev_t = again, t
        return "(" + " and ".join(parts) + ")", S.BOOL

    def _compare(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> str:
        if op in ("=", "<>") and "None" in (ca, cb) and ca != cb:  # `x = Null`
            test = _null_test(*((cb, tb) if ca == "None" else (ca, ta)))
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

    def x_Logic(self, e: N.Logic) -> tuple[str, SType]:
        a = self.as_bool(*self.expr(e.left))
        b = self.as_bool(*self.expr(e.right))
        if e.op == "sand":
            return f"({a} and {b})", S.BOOL
        if e.op == "sor":
            return f"({a} or {b})", S.BOOL
        # AND / OR evaluate both sides (docs/semantics.md §3, [?1512003])
        return f"({a} {'&' if e.op == 'and' else '|'} {b})", S.BOOL

    def x_InList(self, e: N.InList) -> tuple[str, SType]:
        v = self.value(e.value)
        items = ", ".join(self.value(x) for x in e.items)
        code = f"w_in({v}, {items})"
        return (f"(not {code})" if e.negate else code), S.BOOL

    def x_Ternary(self, e: N.Ternary) -> tuple[str, SType]:
        c = self.as_bool(*self.expr(e.cond))
        a, ta = self.expr(e.a)
        b, tb = self.expr(e.b)
        return f"({self._val(a, ta)} if {c} else {self._val(b, tb)})", ta if ta == tb else S.ANY

    # -- access ------------------------------------------------------------
    def x_Member(self, e: N.Member) -> tuple[str, SType]:
        if self.is_part_of_time(e):
            return self.x_Prop(N.Prop(e.line, e.col, e.obj, e.name))
        return self.member_code(e), S.ANY

    def is_part_of_time(self, target: N.Member) -> bool:
        """`d.Day`, `t.Minute`: the modern spelling of `d..Day` on a Date, Time or
        DateTime variable (the help's own examples write `StartDate.Day += 5`)."""
        obj = target.obj
        var = self.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
        key = fold(target.name)
        return var is not None and var.spec.kind in (Kind.DATE, Kind.TIME, Kind.DATETIME) \
            and (key in DATE_PART_WORDS or key in TIME_PART_WORDS)

    def x_Prop(self, e: N.Prop) -> tuple[str, SType]:
        key = fold(e.name)
        kind = self.declared_kind(e.obj)
        if kind in (Kind.TIME, Kind.DATETIME):  # dt..Hour: by the declared type
            return f"part_of({self.value(e.obj)}, {key!r}, {kind!r})", S.ANY
        if key == "null" and isinstance(e.obj, N.Member):  # Customer.Email..Null
            return f"item_null({self.value(e.obj.obj)}, {fold(e.obj.name)!r})", S.BOOL
        if key in ("exist", "existe") and isinstance(e.obj, N.Index):
            obj = self.value(e.obj.obj)
            args = ", ".join(self.value(a) for a in e.obj.args)
            return f"exists({obj}, {args})", S.BOOL
        if key == "type" and kind == Kind.NUMERIC and (c := self.prog.registry.constants.get(
                "wlnumeric")) is not None:  # n..Type: a numeric, not the currency it looks like
            return repr(c.value), S.INT
        obj = self.value(e.obj)
        if key == "type" and (b := self.prog.registry.functions.get("typevar")) is not None:
            # v..Type: the wl... constant of what v holds, as TypeVar(v)
            return f"value_type({obj}, _rt, {self.prog.builtin_ref('typevar', b)})", S.ANY
        return f"get_prop({obj}, {key!r})", S.INT if key == "occurrence" else S.ANY

    def declared_kind(self, e: N.Expr) -> str:
        """The declared type kind of a variable (`time`, `date`...), '' if not a variable."""
        if isinstance(e, N.Name):
            var = self.scope.lookup(fold(e.name))
            if var is not None:
                return var.spec.kind
        return ""

    def x_Index(self, e: N.Index) -> tuple[str, SType]:
        obj, t = self.expr(e.obj)
        args = ", ".join(self.value(a) for a in e.args)
        if t == S.ARRAY:
            return f"{obj}.get({args})", S.ANY
        return f"get_index({obj}, {args})", S.ANY

    def x_Substr(self, e: N.Substr) -> tuple[str, SType]:
        s = self.value(e.obj)
        args = [self.value(x) for x in (e.a, e.b) if x is not None]
        if e.sliced:
            return f"w_slice({s}, {e.kind!r}, {', '.join(args)})", S.ANY
        return f"substr_{e.kind}({s}, {', '.join(args)})", S.STR

    def x_AddressOf(self, e: N.AddressOf) -> tuple[str, SType]:
        """`&x`: an opaque handle, stable per variable (runtime/operators.address_of)."""
        target = e.target
        key = f"{getattr(self.proc, 'pyname', '')}:{self.describe_target(target)}"
        return f"address_of(_ctx, {key!r}, {self.value(target)})", S.INT

    def describe_target(self, target: N.Expr) -> str:
        if isinstance(target, N.Name):
            var = self.scope.lookup(fold(target.name))
            return var.pyname if var is not None else fold(target.name)
        if isinstance(target, (N.Member, N.Prop)):
            return self.describe_target(target.obj) + "." + fold(target.name)
        return type(target).__name__

    def x_DefaultArg(self, e: N.DefaultArg) -> tuple[str, SType]:
        return "_M", S.ANY

    def x_Automation(self, e: N.Automation) -> tuple[str, SType]:
        return f"({self.value(e.obj)}, automation_fail({e.name!r}))[1]", S.ANY

    def x_Call(self, e: N.Call) -> tuple[str, SType]:
        return self.compile_call(e)

    def describe(self, e: Any) -> str:
        return type(e).__name__
