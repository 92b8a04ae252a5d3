"""Places whose subscripts are computed once.

A statement that reads a place and writes it back (`t[Next()] += 1`, `t[Next()]++`,
`t[Next()].v += 1`, `t[Next()]..Value = v`, `s[Next()][[2]] = "x"`, `c[Next()][Option] =
True`) would otherwise compute the place's subscripts twice, once for the read and once
for the write: `Next()` ran twice, `t[1]` was read and `t[2]` written. `pinned_place`
computes each subscript that could have a side effect (and a call the place starts from)
into a temporary before the statement, left to right, and gives the place back with
those temporaries in it. Plain variables and literals stay as they are, so the code of
ordinary statements does not change (docs/semantics.md §2).
"""
from __future__ import annotations

__all__ = ["PinMixin", "Pinned"]

from ..runtime.kinds import SType
from ..semantics.resolved import Ref
from ..syntax import nodes as N
from .base import CompilerBase


class Pinned(N.Expr):
    """A subscript (or a call) already computed into a temporary."""
    code: str
    stype: SType


class PinMixin(CompilerBase):
    """`pinned_place` and the node it makes (mixed into the statement compiler)."""

    def pinned_place(self, target: N.Expr) -> N.Expr:
        """`target` with each subscript that could have a side effect, on its whole way
        (`t[f()].m[g()]..Value`), computed once into a temporary: the same node when
        there is none."""
        if isinstance(target, N.Index):
            obj = self.pinned_place(target.obj)
            args = [self.pinned(a) for a in target.args]
            if obj is target.obj and all(a is b for a, b in zip(args, target.args)):
                return target
            return self.remade(target, N.Index(target.line, target.col, obj, args))
        if isinstance(target, (N.Member, N.Prop)):
            obj = self.pinned_place(target.obj)
            if obj is target.obj:
                return target
            return self.remade(target, type(target)(target.line, target.col, obj, target.name))
        if isinstance(target, N.Substr):
            obj = self.pinned_place(target.obj)
            a = None if target.a is None else self.pinned(target.a)
            b = None if target.b is None else self.pinned(target.b)
            if obj is target.obj and a is target.a and b is target.b:
                return target
            return N.Substr(target.line, target.col, obj, target.kind, a, b, target.sliced)
        if isinstance(target, N.Call):
            return self.pinned(target)  # f().m += 1: the object f() gives, once
        return target

    def pinned(self, e: N.Expr) -> N.Expr:
        """`e` itself when reading it twice gives the same without side effect, else its
        value computed now into a temporary."""
        if self.plain_subscript(e):
            return e
        code, t = self.expr(e)
        tmp = self.temp()
        self.out.emit(f"{tmp} = {code}")
        return Pinned(e.line, e.col, tmp, t)

    def remade(self, old: N.Expr, new: N.Expr) -> N.Expr:
        """`new` (a copy of the place `old` with pinned parts) with the verdict the
        semantic pass gave `old` (`Logger.level`: a class's global member)."""
        ref = self.prog.refs.get(old)
        if ref is not None:
            self.prog.refs.record(new, ref)
        return new

    def plain_subscript(self, arg: N.Expr) -> bool:
        """A subscript that reads the same twice: a literal, or a name that is a
        variable (a procedure named alone is a call)."""
        if isinstance(arg, (N.Num, N.Str, N.Const, Pinned)):
            return True
        return isinstance(arg, N.Name) and self.prog.refs.of(arg) in (Ref.VAR, Ref.UNDECLARED)

    def x_Pinned(self, e: Pinned) -> tuple[str, SType]:
        return e.code, e.stype
