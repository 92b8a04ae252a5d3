"""Argument counts of calls, as the semantic pass checks them (WL104): does a procedure
or method with these parameters take n arguments, and the message when it does not
(also the run-time error of a constructor given the wrong count).
"""
from __future__ import annotations

__all__ = ["arity", "arity_message", "counts", "fits", "spreads"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME = N.Name


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
    known = fc.sym.arities.get(id(params))  # (read once per procedure of the program)
    if known is None or known[0] is not params:
        known = fc.sym.arities[id(params)] = (params, *counts(params))
    _, required, most = known
    if n >= required and (most is None or n <= most):
        return
    if type(e) is N.Call and spreads(e):  # M(MyParameters[2 TO]): counted when it runs
        return
    message = arity_message(shown, required, most, n)
    if message is not None:
        fc.rep.report("WL104", message, e, len(shown), col=col, line=line)


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
    call receives as that many arguments (compiler/functions.py spread_arg)?"""
    for a in e.args:
        if type(a) is N.Substr and a.sliced and type(a.obj) is _NAME \
                and fold(a.obj.name) in ("myparameters", "mesparametres"):
            return True
    return False
