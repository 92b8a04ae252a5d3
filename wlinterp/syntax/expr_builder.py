"""Parse tree -> AST for expressions (mixed into `builder.Builder`)."""
from __future__ import annotations

__all__ = ["ExprBuilder", "SizedType"]

from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import WLSyntaxError
from . import nodes as N
from .blanks import WITHOUT_DIGIT_SEPARATORS
from .literal_range import MAX_DIGITS as _MAX_DIGITS, out_of_range
from .names import fold
from .currency_literal import INT8_MAX, INT8_MIN, CurrencyLiteral, LongLiteral, NumericLiteral
from .precedence import NotPrefix, build_chain
from .tokens import Token
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .array_dims import named_dims
    from .duration_text import duration_literal
    from .interpolation import interpolate
else:
    on_first_call(globals(), ".array_dims", "named_dims")
    on_first_call(globals(), ".duration_text", "duration_literal")
    on_first_call(globals(), ".interpolation", "interpolate")


class SizedType(NamedTuple):
    """An array type whose dimensions are expressions (`array of (n+1) int`)."""
    head: Token  # ARRAY_OF: `array of`, `un tableau de`
    text: str  # the type as written (the dimensions in it when numbers or names)
    dims: list[N.Expr]
    dims_text: str  # the type without its dimensions (`array of int`)


_MYPARAMS = frozenset({"myparameters", "mesparametres"})
_MAX_HEX_DIGITS = 32
_CURRENCY_STEP = Decimal("0.000001")  # a currency's 6 decimals (?1514043)
_PLACES = (N.Name, N.Member, N.Index)  # what a by-reference parameter can write back


def _number(tok: Token) -> int | float | Decimal:
    """The value of a number literal; one out of WLanguage's range is a syntax error
    at the literal (never Python's digit limit, never an `inf` that reads as a name).
    `0n12.5` is a numeric (a Decimal), and so is a decimal literal a real would round
    (more than 15 significant digits: a LongLiteral, which a numeric or a currency
    stores through a real): docs/semantics.md, "Decimal literals"; `0m12.5` is a
    currency ("Currency literals")."""
    t = tok.value.translate(WITHOUT_DIGIT_SEPARATORS)
    if t[:2].lower() == "0m":
        return _currency(tok, t[2:])
    numeric = t[:2].lower() == "0n"
    if numeric or ("." in t and "e" not in t.lower()
                   and len(t.replace(".", "").strip("0")) > 15):
        digits = t[2:] if numeric else t
        if len(digits.replace(".", "").lstrip("0")) > _MAX_DIGITS:
            raise _out_of_range(tok, f"more than {_MAX_DIGITS} digits")
        exact = Decimal(digits)
        if "." not in digits and (not numeric or INT8_MIN <= exact <= INT8_MAX):
            return int(exact)  # (an integer past 8 bytes is a real's, but not `0n`'s)
        return NumericLiteral(exact) if numeric else LongLiteral(exact)
    if t[:2].lower() == "0x":
        if len(t[2:].lstrip("0")) > _MAX_HEX_DIGITS:
            raise _out_of_range(tok, f"more than {_MAX_HEX_DIGITS} hexadecimal digits")
        return int(t[2:], 16)
    if "." in t or "e" in t.lower():
        value = float(t)
        if value == float("inf"):
            raise _out_of_range(tok, "beyond the largest real, about 1.8e308")
        return value
    if len(t.lstrip("0")) > _MAX_DIGITS:
        raise _out_of_range(tok, f"more than {_MAX_DIGITS} digits")
    return int(t)


def _currency(tok: Token, digits: str) -> Decimal:
    """A `0m` literal: its exact digits, never through a float (?1514043), with a
    currency's 6 decimals. One of 18 integer digits or more is a CurrencyLiteral: stored
    into a currency it keeps its digits, beyond the range too (?1514043 writes it so)."""
    if len(digits.replace(".", "").lstrip("0")) > _MAX_DIGITS:
        raise _out_of_range(tok, f"more than {_MAX_DIGITS} digits")
    exact = Decimal(digits)
    held = exact.quantize(_CURRENCY_STEP) if exact.adjusted() < 18 else exact
    return CurrencyLiteral(held) if held.adjusted() >= 17 else held


def _out_of_range(tok: Token, why: str) -> WLSyntaxError:
    return WLSyntaxError(out_of_range(tok.value, why), tok.line, tok.column)


_SKIPPED = object()  # an empty slot of `(x, , z)` (skipped_slot)


class ExprBuilder:
    """Rule callbacks of the expression rules."""

    def ternary(self, items: list[Any]) -> N.Ternary:
        c, q, a, _, b = items
        return N.Ternary(q.line, q.column, c, a, b)

    def chain(self, items: list[Any]) -> N.Expr:
        return build_chain(items)

    def binop(self, items: list[Any]) -> Token:
        return items[0]

    def nots(self, items: list[Any]) -> N.Expr:
        node = items[-1]
        for tok in reversed(items[:-1]):
            node = NotPrefix(tok.line, tok.column, "not", node)
        return node

    def not_null_value(self, items: list[Any]) -> N.Expr:
        """`x?!`: x's value, an error where x is Null (Allowing nullable types ?1511031)."""
        e, op = items
        return N.Unary(op.line, op.column, "notnull", e)

    def neg(self, items: list[Any]) -> N.Expr:
        op, e = items
        if isinstance(e, N.Num):
            return N.Num(op.line, op.column, -e.value)
        return N.Unary(op.line, op.column, "neg", e)

    def address_of(self, items: list[Any]) -> N.AddressOf:
        return N.AddressOf(items[0].line, items[0].column, items[1])

    def bit_not(self, items: list[Any]) -> N.Unary:
        return N.Unary(items[0].line, items[0].column, "bitnot", items[1])

    def default_arg(self, items: list[Any]) -> N.DefaultArg:
        return N.DefaultArg(items[0].line, items[0].column)

    def named_arg(self, items: list[Any]) -> N.NamedArg:
        name, _, value = items
        return N.NamedArg(name.line, name.column, name.value, value)

    def automation(self, items: list[Any]) -> N.Automation:
        obj, op, name = items
        return N.Automation(op.line, op.column, obj, name[0])

    def new_typed(self, items: list[Any]) -> N.New:
        """`new array of 14 int`, `allouer un tableau de n entiers`: a dimension written
        with a name is kept as an expression, read when the `new` runs, as a declaration's
        (docs/semantics.md "An array sized by a variable")."""
        kw, phrase = items
        node = N.New(kw.line, kw.column, str(phrase))
        sized = named_dims(str(phrase), phrase.line, phrase.column)
        if sized is not None:
            node.dims, node.dims_text = sized
        return node

    def sized_type(self, items: list[Any]) -> SizedType:
        """`array of (n+1) int`, `tableau de n*2 par m entiers`: dimensions written as
        expressions (syntax/keyword_phrases.py), read when the `new` or the declaration
        runs."""
        head, *rest = items
        dims, phrase = rest[:-1:2], f"{head} {rest[-1]}"
        if all(type(d) is N.Name or N.is_count(d) for d in dims):  # `of (5) int`, `of (n) int`:
            written = " ".join(str(d.value if type(d) is N.Num else d.name) if k % 2 == 0
                               else str(d) for k, d in enumerate(rest[:-1]))
            return SizedType(head, f"{head} {written} {rest[-1]}", dims, phrase)
        return SizedType(head, phrase, dims, phrase)  # (the first: as written without
                                                      # the parentheses)

    def new_sized(self, items: list[Any]) -> N.New:
        """`new array of (n+1) int` / `allouer un tableau de (n+1) entiers`."""
        kw, sized = items
        return N.New(kw.line, kw.column, sized.text, dims=sized.dims,
                     dims_text=sized.dims_text)

    def pos(self, items: list[Any]) -> N.Expr:
        """`+x`; `+5`, `+0m1.5`, `+0n1.5` are the literal itself, as `-5` is its negation:
        the sign keeps the literal's kind (`let m = +0m1.5` declared a real, TypeVar said
        wlReal; a wide `+0m...` was a plain number, "Numeric overflow" once stored)."""
        op, e = items
        if isinstance(e, N.Num):
            return N.Num(op.line, op.column, e.value)
        return N.Unary(op.line, op.column, "pos", e)

    def call(self, items: list[Any]) -> N.Call:
        func, lpar, args, _ = items
        if isinstance(func, N.ClassMember):  # Class::Method(...) is Class.Method(...);
            func = (N.Member(func.line, func.col, N.Name(func.line, max(func.col - len(
                func.cls), 1), func.cls), func.name) if func.cls else  # ::Method(...) in a class is
                    N.Name(func.line, func.col, func.name))  # the method of its own class
        return N.Call(func.line, func.col, func, self._by_value(_passed_on(args)))

    def index(self, items: list[Any]) -> N.Index:
        obj, lb, args, _ = items
        return N.Index(lb.line, lb.column, obj, args)

    def member(self, items: list[Any]) -> N.Member:
        obj, dot, name = items
        return N.Member(dot.line, dot.column, obj, name[0], dot.type == "MCOLON")

    def prop(self, items: list[Any]) -> N.Prop:
        obj, dot, name = items
        return N.Prop(dot.line, dot.column, obj, name[0])

    def substr(self, items: list[Any]) -> N.Substr:
        obj, lsub, (kind, a, b), _ = items
        return N.Substr(lsub.line, lsub.column, obj, kind, a, b)

    def index_range(self, items: list[Any]) -> N.Substr:
        obj, lb, (kind, a, b), _ = items
        return N.Substr(lb.line, lb.column, obj, kind, a, b, True)

    def sub_one(self, items: list[Any]) -> tuple[str, Any, Any]:
        return ("one", items[0], None)

    def sub_range(self, items: list[Any]) -> tuple[str, Any, Any]:
        return ("range", items[0], items[2])

    def sub_from(self, items: list[Any]) -> tuple[str, Any, Any]:
        return ("from", items[0], None)

    def sub_upto(self, items: list[Any]) -> tuple[str, Any, Any]:
        return ("upto", None, items[1])

    def sub_len(self, items: list[Any]) -> tuple[str, Any, Any]:
        return ("len", items[0], items[2])

    def args(self, items: list[Any]) -> list[Any]:
        return [x for x in items if x is not None and not isinstance(x, Token)]

    call_args = args  # a call's, where `()` may be one (grammar call_arg)

    def number(self, items: list[Any]) -> N.Num:
        t = items[0]
        v = t.value
        if v.isdecimal() and len(v) <= _MAX_DIGITS:  # plain digits, most literals: int
            return N.Num(t.line, t.column, int(v))
        return N.Num(t.line, t.column, _number(t))

    def duration(self, items: list[Any]) -> N.DurationLit:
        t = items[0]
        try:  # `_` separates digits as in any number literal (1_000 ms)
            return N.DurationLit(t.line, t.column, duration_literal(t.value.replace("_", "")))
        except OverflowError as why:
            raise _out_of_range(t, str(why)) from None
        except ValueError:  # the lexer's numbers are wider (0x1F s, 1e3 ms, 1 000 ms)
            raise WLSyntaxError(f"'{t.value}' is not a duration: write a number in plain "
                                "digits (an optional decimal part) then its unit (ms, s, min, "
                                "h, d)", t.line, t.column) from None

    def string(self, items: list[Any]) -> N.Expr:
        t = items[0]
        if "[%" in t.value and "%]" in t.value:
            return interpolate(t)
        return N.Str(t.line, t.column, t.value)

    def true(self, items: list[Any]) -> N.Const:
        return N.Const(items[0].line, items[0].column, True)

    def false(self, items: list[Any]) -> N.Const:
        return N.Const(items[0].line, items[0].column, False)

    def switch_expr(self, items: list[Any]) -> N.SwitchExpr:
        kw = items[0]
        exprs = [x for x in items if isinstance(x, N.Expr)]
        has_default = any(isinstance(t, Token) and t.type == "ELSE" for t in items)
        default = exprs.pop() if has_default else None
        return N.SwitchExpr(kw.line, kw.column, exprs[0], exprs[1:], default)

    def self_member(self, items: list[Any]) -> N.Member:
        colon, name = items
        obj = N.Name(colon.line, colon.column, "objet")
        return N.Member(colon.line, colon.column, obj, name[0])

    def subject(self, items: list[Any]) -> N.Subject:
        return N.Subject(items[0].line, items[0].column)

    def null(self, items: list[Any]) -> N.Const:
        return N.Const(items[0].line, items[0].column, None)

    def var(self, items: list[Any]) -> N.Name:
        t = items[0]
        return N.Name(t.line, t.column, t.value)

    def paren(self, items: list[Any]) -> N.Expr:
        inner = items[1]
        if type(inner) in _PLACES:  # `P((x))`: remembered, for call() (by value)
            marks = self.__dict__.setdefault("_parenthesized", {})
            if len(marks) > 4096:  # (a bound: entries no call consumed)
                marks.clear()
            marks[id(inner)] = inner
        return inner

    def _by_value(self, args: list[Any]) -> list[Any]:
        """A call's arguments, a variable, member or element written in parentheses
        (`P((x))`) wrapped as `byval`: passed by value, the procedure cannot change it
        (docs/semantics.md, "Parameters are passed by reference")."""
        marks = self.__dict__.get("_parenthesized")
        if not marks:
            return args
        out = []
        for a in args:
            if marks.get(id(a)) is a:
                del marks[id(a)]
                a = N.Unary(a.line, a.col, "byval", a)
            elif type(a) is N.NamedArg and marks.get(id(a.value)) is a.value:
                del marks[id(a.value)]  # `P(n : (x))`: by value too
                a.value = N.Unary(a.value.line, a.value.col, "byval", a.value)
            out.append(a)
        return out

    def tuple_lit(self, items: list[Any]) -> N.TupleLit:
        slots = [x for x in items if x is _SKIPPED or isinstance(x, N.Expr)]
        return N.TupleLit(items[0].line, items[0].column,
                          [x for x in slots if isinstance(x, N.Expr)],
                          tuple(i for i, x in enumerate(slots) if x is _SKIPPED))

    def empty_tuple(self, items: list[Any]) -> N.TupleLit:
        """`()` as a call's argument: no values, as ParallelTaskExecute(P, (), ...) passes
        no parameters (?1000021211's example; it was "unexpected ')'"). Elsewhere (`x =
        ()`, `Trace(())` is a call's) the grammar refuses it, as before."""
        return N.TupleLit(items[0].line, items[0].column, [])

    def skipped_slot(self, items: list[Any]) -> object:
        """An empty slot of `(x, , z)`: its value is dropped (tuple_lit)."""
        return _SKIPPED

    def indirect(self, items: list[Any]) -> N.Indirect:
        return N.Indirect(items[0].line, items[0].column, items[1])

    def array_lit(self, items: list[Any]) -> N.ArrayLit:
        return N.ArrayLit(items[0].line, items[0].column, items[1])


def _passed_on(args: list[Any]) -> list[Any]:
    """`Error(MyParameters)` / `WL.Erreur(MesParamètres)` (PC SOFT's own classes forward
    a procedure's message lines so): MyParameters written whole as a call's argument is
    `MyParameters[1 TO]`, every parameter passed on, one argument each (docs/semantics.md,
    MyParameters); it was one array, `Trace` showed `[1,"a"]`, `P(MyParameters)` counted
    one argument. Marked `whole`: a built-in that takes an array gets the array itself
    (semantics/call_counts.py kept_whole)."""
    if all(type(a) is not N.Name for a in args):  # (most calls)
        return args
    return [N.Substr(a.line, a.col, a, "from", N.Num(a.line, a.col, 1), None, True, True)
            if type(a) is N.Name and fold(a.name) in _MYPARAMS else a for a in args]
