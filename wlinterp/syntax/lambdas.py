"""Lambdas become internal procedures of the body they are written in.

`ArraySort(t, asFunction, (a, b) => { RESULT a - b })` means the same as an internal
procedure declared in that body and passed by name: after the parse, each `Lambda`
expression's procedure is added to the statements of the enclosing body (main code,
procedure, internal procedure or lambda), where the compiler and the semantic pass
handle it as any internal procedure; the expression stays a reference to it by name.
"""
from __future__ import annotations

__all__ = ["hoist_lambdas", "LAMBDA_PREFIX"]

from . import nodes as N
from .walk import body_stmts, sub_exprs, walk_expr, walk_stmts

LAMBDA_PREFIX = "_lambda_"  # a lambda's procedure: _lambda_<line>_<column>


def hoist_lambdas(program: N.Program) -> None:
    """Add every lambda's procedure to the body that contains it (nested ones included)."""
    for body in [program.main, *(p.body for p in program.procedures)]:
        _hoist(body)


def _hoist(body: N.Body) -> None:
    found: list[N.Procedure] = []
    for s in walk_stmts(body_stmts(body)):
        if isinstance(s, N.Procedure):
            _hoist(s.body)  # an internal procedure: its lambdas are its own
            continue
        for e in sub_exprs(s):
            for x in walk_expr(e):
                if isinstance(x, N.Lambda) and x.proc is not None \
                        and all(x.proc is not p for p in found):
                    found.append(x.proc)
    for proc in found:
        _hoist(proc.body)
    body.stmts.extend(found)
