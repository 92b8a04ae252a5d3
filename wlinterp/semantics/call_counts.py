"""Argument counts of calls, as the semantic pass checks them (WL104): does a procedure
or method with these parameters take n arguments, and the message when it does not
(also the run-time error of a constructor given the wrong count).
"""
from __future__ import annotations

__all__ = ["arity", "arity_message", "counts", "fits", "kept_whole", "spreads", "spread_rank"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..syntax.names import fold
from .named_args import place_named, star_without_default

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME, _NAMED, _DEFAULT = N.Name, N.NamedArg, N.DefaultArg


def counts(params: list[N.Param]) -> tuple[int, int | None]:
    """(required, most) arguments a procedure or method with these parameters takes
    (most None: any number more, a `*` parameter)."""
    plain = [p for p in params if not p.star]
    required = sum(1 for p in plain if p.default is None)
    return required, None if any(p.star for p in params) else len(plain)


def fits(params: list[N.Param], n: int) -> bool:
    """Can a procedure or method with these parameters take n arguments?"""
    required, most = counts(params)
    return n >= required and (most is None or n <= most)


def arity(fc: "FunctionChecker", e: N.Node, shown: str, params: list[N.Param], n: int,
          col: int, line: int | None = None) -> None:
    if type(e) is N.Call and _NAMED in map(type, e.args):  # `P(n : 5)`: to its place
        taken = n - len(e.args)
        if not place_named(fc, e.args, e, shown, params, taken, col, line):
            return
        n = len(fc.sym.refs.placed_call(e).args) + taken  # (the tree's stays as written)
    known = fc.sym.arities.get(id(params))  # (read once per procedure of the program)
    if known is None or known[0] is not params:
        known = fc.sym.arities[id(params)] = (params, *counts(params))
    _, required, most = known
    if n >= required and (most is None or n <= most):
        if type(e) is N.Call:  # `P(*, 5)` (its named arguments placed: named_args.py)
            call = fc.sym.refs.placed_call(e)
            if _DEFAULT in map(type, call.args):
                star_without_default(fc, call, shown, params, n - len(call.args))
        return
    if type(e) is N.Call and spreads(e):  # M(MyParameters[2 TO]): counted when it runs
        return
    message = arity_message(shown, required, most, n)
    if message is not None:
        fc.rep.report("WL104", message, e, len(shown), col=col, line=line,
                      hint=_named_alone_hint(fc, shown, col, line or e.line) if n == 0
                      else None)


def _named_alone_hint(fc: "FunctionChecker", shown: str, col: int, line: int) -> str | None:
    """`Trace(c.Deposit)`, Deposit a method that needs arguments, written without
    parentheses (as if it were a member or a property): say that it is a call."""
    text = fc.rep.lines[line - 1] if 0 < line <= len(fc.rep.lines) else ""
    if text[col - 1 + len(shown):].lstrip().startswith("(") \
            or not text[:col - 1].rstrip().endswith((".", ":")):
        return None
    return (f"{shown} is a method, not a member nor a property: named without "
            f"parentheses it is called with no arguments")


def arity_message(shown: str, required: int, most: int | None, n: int) -> str | None:
    """WL104's message when n arguments do not fit (`most` None: any number more), else
    None; also the run-time error of a constructor given the wrong count."""
    if n >= required and (most is None or n <= most):
        return None
    expect = f"at least {required}" if most is None else \
        str(required) if most == required else f"{required} to {most}"
    return f"{shown} expects {expect} parameter(s) but received {n}"


def spreads(e: N.Call) -> bool:
    """Is an argument a range of MyParameters (`P(x, MyParameters[2 TO])`), which the
    call receives as that many arguments (compiler/spreads.py spread_arg)?"""
    for a in e.args:
        if _is_range(a):
            return True
    return False


def _is_range(a: N.Expr) -> bool:
    return type(a) is N.Substr and a.sliced and type(a.obj) is _NAME \
        and fold(a.obj.name) in ("myparameters", "mesparametres")


def kept_whole(args: list[N.Expr], builtin: Any) -> list[N.Expr]:
    """A built-in's arguments with MyParameters written whole (`Count(MyParameters)`) as
    the array itself, unless the built-in takes any number of values and is no array
    function (`Trace(MyParameters)`, `Error(MyParameters)`: every parameter passed on,
    docs/semantics.md MyParameters): Count, ArrayToString, ArraySeek, ArrayCount take an
    array there, and spread they counted 0 or stopped."""
    if builtin.max_args is None and not builtin.family.startswith("Arrays") \
            or all(type(a) is not N.Substr or not a.whole for a in args):
        return args
    return [a.obj if type(a) is N.Substr and a.whole else a for a in args]


def spread_rank(args: list[N.Expr], k: int) -> int | None:
    """The rank (from 1) in the caller's MyParameters of what the callee's parameter k
    (from 0) receives through a range passed on (`MyParameters[2 TO]`, `[2 TO 3]`, `[TO
    2]`) given as the last argument, its bounds written as numbers; None when parameter
    k is given otherwise, or its rank is known only when the call runs. A by-reference
    parameter the callee assigns is given back to that parameter of the caller."""
    if not args or not _is_range(args[-1]):
        return None
    part, p = args[-1], len(args) - 1
    if k < p or any(_is_range(a) for a in args[:-1]):
        return None
    low, high = part.a, part.b  # type: ignore[attr-defined]
    start = 1 if part.kind == "upto" else _literal(low)  # type: ignore[attr-defined]
    end = None if part.kind == "from" else _literal(high)  # type: ignore[attr-defined]
    if start is None or (end is None and part.kind != "from"):  # type: ignore[attr-defined]
        return None
    rank = start + k - p
    return rank if end is None or rank <= end else None


def _literal(e: N.Expr | None) -> int | None:
    return e.value if isinstance(e, N.Num) and type(e.value) is int else None
