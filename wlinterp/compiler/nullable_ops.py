"""The null operators (`??`, `??*`) and the operators on nullable values (`n is int?`,
"Allowing nullable types" ?1511031): an
arithmetic operation with a Null operand has no value (Null), an order comparison with
one is False, and `=` finds a Null equal only to Null (INFERRED: the stored page lists
its sections "Arithmetic operations" and "Comparison operations" without their text;
the rules are those of the languages the page's operators come from, docs/semantics.md
"Nullable values in operations").

Only operands declared nullable (variables, members, elements, calls whose declared
result is nullable) change: a Variant's Null keeps WINDEV's older rule (0 or
"" in a calculation, ?1514019), and code without a nullable declaration compiles to the
same Python as before.
"""
from __future__ import annotations

__all__ = ["NullableMixin", "ARITHMETIC_FUNCTIONS", "call_args", "null_test"]

from typing import TYPE_CHECKING, Any, Callable

from ..runtime.kinds import NUMERIC, SType, STypeNames as S
from ..syntax.names import fold
from ..syntax import nodes as N
from .base import CompilerBase, RefNames as Ref
from .concat_chains import LONG_SUM
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.value_methods import variable_method
else:
    on_first_call(globals(), "..runtime.value_methods", "variable_method")

def null_test(code: str, t: SType, tmp: str) -> str:
    """`x = Null` (help page of the Variant type, ?1514019): for a numeric type Null
    means 0 (a string: ""); anything else (a variant, a JSON value, a dynamic object) is
    Null when it holds no value, a JSON member never written included (its ..Type is
    wlNull: `j.status = Null` was False). `tmp` holds the value between the two tests."""
    if t in NUMERIC or t == S.DEC:
        return f"w_eq({code}, 0)"
    if t == S.STR:
        return f"({code} == '')"
    return f"(({tmp} := {code}) is None or is_missing({tmp}))"


_LIFTED = frozenset(("+", "-", "*", "/", "%", "^"))  # arithmetic: Null in, Null out
# The built-ins that are arithmetic written as a function (English names): Null in, Null
# out, as the operators (docs/semantics.md "Nullable values in operations")
ARITHMETIC_FUNCTIONS = frozenset((
    "Abs", "Round", "IntegerPart", "DecimalPart", "Modulo", "Power", "Root", "Sin", "Cos",
    "Tan", "CoTan", "ArcSin", "ArcCos", "ArcTan", "ArcTan2", "Exp", "LogE", "Log", "RoundUp",
    "RoundDown", "Truncate", "RoundToMultiple", "Sign", "Factorial", "Min", "Max"))
_ORDERS = frozenset(("<", "<=", ">", ">="))


class NullableMixin(CompilerBase):
    """What the operators compile to when an operand is declared nullable."""

    def coalesce(self, e: N.BinOp) -> tuple[str, SType]:
        """`a ?? b`: a, unless a is Null, then b; `a ??* b`: b also where a is empty (0,
        "", as `= Null` tests a value: comparisons.py w_eq). b is evaluated only when it
        is the result (Allowing nullable types ?1511031; the results INFERRED from the
        operators' names, docs/semantics.md "The null operators")."""
        ca, ta = self.expr(e.left)
        cb, tb = self.expr(e.right)
        t = self.temp()
        kept = f"(({t} := {self._val(ca, ta)}) is not None and not is_missing({t}))" \
            if e.op == "??" else f"not w_eq(({t} := {self._val(ca, ta)}), None)"
        return f"({t} if {kept} else {self._val(cb, tb)})", ta if ta == tb else S.ANY

    def null_leaves(self, e: N.Expr) -> list[N.Expr]:
        """The places declared nullable (`int?` variables, members, elements) whose
        value is `e`'s or an arithmetic operand of it: where one is Null, so is `e`.
        An element whose subscript calls something is left out (it would be read
        twice). Kept per node: the operators of a long sum ask for their operands'."""
        if not self.prog.nullables:
            return []
        cache: dict[int, tuple[N.Expr, list[N.Expr]]] = \
            self.__dict__.setdefault("null_leaves_seen", {})  # (the node kept: its id
        hit = cache.get(id(e))  # stays its own)
        if hit is not None and hit[0] is e:
            return hit[1]
        found = self.spine_leaves(e, cache) if type(e) is N.BinOp and e.op in _LIFTED \
            and type(e.left) is N.BinOp else self.leaves_of(e)
        cache[id(e)] = (e, found)
        return found

    def spine_leaves(self, e: N.BinOp, cache: dict[int, tuple[N.Expr, list[N.Expr]]]
                     ) -> list[N.Expr]:
        """null_leaves of a long sum (`a + b + ... + z`): its left spine walked down, not
        by one recursion per term (1,000 terms in a program holding a "?" ran out of
        Python's stack), and only the sum's own list kept: each join's list kept too was
        quadratic in memory and time (the joins of a chain being generated do not ask for
        theirs: x_BinOp)."""
        rights: list[N.Expr] = []
        node: Any = e
        while type(node) is N.BinOp and node.op in _LIFTED and (
                node is e or id(node) not in cache):
            rights.append(node.right)
            node = node.left
        found = list(self.null_leaves(node))
        for right in reversed(rights):
            found += self.null_leaves(right)
        return found

    def leaves_of(self, e: N.Expr) -> list[N.Expr]:
        """null_leaves, computed."""
        if type(e) is N.BinOp:
            return self.null_leaves(e.left) + self.null_leaves(e.right) \
                if e.op in _LIFTED else []
        if type(e) is N.Unary:
            return self.null_leaves(e.operand) if e.op in ("neg", "pos") else []
        if type(e) is N.Call and self.arithmetic_call(e):  # `Abs(i)`: as `-i` or `i`
            return [x for a in call_args(e) for x in self.null_leaves(a)]
        if type(e) is N.Call:  # `P() + 1`, P declared `: int?`
            spec = self.result_spec(e)
            return [e] if spec is not None and spec.nullable else []
        if not isinstance(e, (N.Name, N.Member, N.Index)):
            return []
        spec = self.static_spec(e)
        if spec is None or not spec.nullable or _calls(e):
            return []
        return [e]

    def arithmetic_call(self, e: N.Call) -> bool:
        """Is `e` a call of a built-in that is arithmetic written as a function (`Abs(i)`,
        `Round(r, 2)`, `Max(i, 3)`): Null where a nullable argument is Null?"""
        func = e.func
        if type(func) is N.Member and self.prog.refs.of(func) is Ref.BUILTIN_METHOD:
            key = fold(func.name)  # `r.Round(2)`: Round(r, 2)
            key = variable_method(key, self.prog.registry.functions) or key
        elif type(func) is N.Name and self.prog.refs.of(func) is Ref.BUILTIN:
            key = fold(func.name)
        else:
            return False
        b = self.prog.registry.functions.get(key)
        return b is not None and b.en in ARITHMETIC_FUNCTIONS

    def nullable(self, e: N.Expr) -> bool:
        """Whether the place `e` is declared nullable: `e += 1` and `e++` there are
        `e = e + 1`, Null when e is Null, as the operation written out is."""
        if not self.prog.nullables:
            return False
        spec = self.static_spec(e)
        return spec is not None and spec.nullable

    def null_lifted(self, e: N.Expr,
                    build: Callable[[], tuple[str, SType]]) -> tuple[str, SType]:
        """The code `build` gives for the arithmetic `e`, Null where a nullable operand
        is Null. Each operand is read once, into a temporary the test and the operation
        share: a `<get>` property runs once (it ran twice), and each runs even where an
        earlier one is Null (`|`, not `or`). Operands an enclosing
        operation has tested are its temporaries already."""
        if not self.prog.nullables:
            return build()
        bound = self.bound_leaves
        leaves = [x for x in self.null_leaves(e) if id(x) not in bound]
        if not leaves:
            return build()
        read = _operands(e, self.arithmetic_call) if any(type(x) is N.Call for x in leaves) \
            else leaves
        tested = {id(x) for x in leaves}
        tests = []
        for x in read:
            code, t = self.expr(x)
            temp = self.temp()
            tests.append(f"(({temp} := {code}) is None)" if id(x) in tested
                         else f"(({temp} := {code}) is None and False)")  # read, untested
            bound[id(x)] = (temp, t)
        try:
            code, _ = build()
        finally:
            for x in read:
                del bound[id(x)]
        if len(tests) > LONG_SUM:  # `a | b | ...` nests one level per operand in Python's
            return f"(None if True in ({', '.join(tests)}) else {code})", S.ANY  # compiler
        return f"(None if {' | '.join(tests)} else {code})", S.ANY

    def null_compared(self, op: str, operands: list[N.Expr], ca: str, cb: str) -> str | None:
        """A comparison of two operands, one nullable (`i < 3`, `i = j`): `null_order` /
        `null_equal` (runtime/comparisons.py), else None (the usual code)."""
        if op not in _ORDERS and op not in ("=", "<>"):
            return None
        if "None" in (ca, cb) or not any(self.null_leaves(x) for x in operands):
            return None  # `x = Null` keeps its own test
        if op in _ORDERS:
            return f"null_order({op!r}, {ca}, {cb})"
        return f"{'' if op == '=' else 'not '}null_equal({ca}, {cb})"


def _operands(e: N.Expr, arithmetic: Callable[[N.Call], bool]) -> list[N.Expr]:
    """The operands of the arithmetic `e`, left to right, where a nullable call is one
    of them: each is read into a temporary before the Null test, so `A() + P()` still
    calls A first (the test reads P's result, then the operation would read A's).
    `arithmetic` tells a built-in that is arithmetic (`Abs(P())`: its arguments). Walked
    with a stack, not by one recursion per term (`P() + n + ... + n`, 1,000 terms, nested
    too deeply)."""
    found: list[N.Expr] = []
    todo: list[N.Expr] = [e]
    while todo:
        x: Any = todo.pop()
        if type(x) is N.BinOp and x.op in _LIFTED:
            todo += (x.right, x.left)
        elif type(x) is N.Unary and x.op in ("neg", "pos"):
            todo.append(x.operand)
        elif type(x) is N.Call and arithmetic(x):
            todo += reversed(call_args(x))
        elif not isinstance(x, (N.Num, N.Str, N.Const, N.ArrayLit)):
            found.append(x)
    return found


def call_args(e: N.Call) -> list[N.Expr]:
    """The arguments a built-in receives from the call `e`: `r.Round(2)` gives r first."""
    return [e.func.obj, *e.args] if type(e.func) is N.Member else e.args


def _calls(e: N.Expr) -> bool:
    """Does reading the place `e` call something (`t[Next()]`)?"""
    while isinstance(e, (N.Member, N.Index)):
        if type(e) is N.Index and any(not isinstance(a, (N.Name, N.Num, N.Str))
                                      for a in e.args):
            return True
        e = e.obj
    return False
