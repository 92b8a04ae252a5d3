"""Writing through `MyParameters[i]` (`MyParameters[i] = x`, `+= x`, `++`,
`MyParameters[i]..Day = 5`): the write goes to the procedure's ith parameter itself, not to
the array MyParameters shows (a fresh copy of the parameters' values, which nothing reads
back; ?1511018).
"""
from __future__ import annotations

__all__ = ["MyParametersStoreMixin"]

from typing import Callable

from ..syntax import nodes as N
from .base import RefNames as Ref
from .pinned import PinMixin, Pinned


class MyParametersStoreMixin(PinMixin):
    """Stores into places rooted at `MyParameters[i]` (mixed into the statement compiler)."""

    def my_parameter_store(self, target: N.Expr, write: Callable[[N.Expr], None]) -> bool:
        """A place starting from `MyParameters[i]` written (`MyParameters[i] = x`, `+= x`,
        `++`, `MyParameters[i]..Day = 5`): `write` it on the procedure's ith parameter
        itself, not on the array MyParameters shows (a fresh copy of the parameters'
        values, which nothing reads back). A rank written as a number picks the
        parameter now; a computed one is computed once, then picks the parameter at run
        time (a rank past the named parameters writes the array: a `*` argument). False
        when `target` is no such place."""
        root = target
        while isinstance(root, (N.Member, N.Prop, N.Substr)) \
                or isinstance(root, N.Index) and not self.my_parameters_at(root):
            root = root.obj
        if not isinstance(root, N.Index):
            return False
        scope, rank = self.myparams_scope(), root.args[0]
        if scope is None or scope is not self.scope or not scope.myparams_names:
            return False
        names = scope.myparams_names
        if isinstance(rank, N.Num):
            if type(rank.value) is not int or not 1 <= rank.value <= len(names):
                return False
            write(self.rooted(target, root, self.var_node(root.line, root.col,
                                                          names[rank.value - 1])))
            return True
        code, t = self.expr(rank)
        tmp = self.temp()
        self.out.emit(f"{tmp} = {code}")
        for i, name in enumerate(names, 1):
            self.out.emit(f"{'if' if i == 1 else 'elif'} {tmp} == {i}:")
            self.out.indent()
            write(self.rooted(target, root, self.var_node(root.line, root.col, name)))
            self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        pinned = Pinned(rank.line, rank.col, tmp, t)
        write(self.rooted(target, root, self.remade(root, N.Index(
            root.line, root.col, root.obj, [pinned]))))
        self.out.dedent()
        return True

    def my_parameters_at(self, place: N.Index) -> bool:
        """`place` is `MyParameters[i]` with a rank not yet computed."""
        return isinstance(place.obj, N.Name) and len(place.args) == 1 \
            and not isinstance(place.args[0], Pinned) \
            and self.prog.refs.get(place.obj) is Ref.MYPARAMS

    def rooted(self, place: N.Expr, root: N.Expr, new: N.Expr) -> N.Expr:
        """`place` with its part `root` replaced by `new` (`MyParameters[1]..Day` ->
        `d..Day`), each rebuilt node keeping the semantic pass's verdict."""
        if place is root or not isinstance(place, (N.Index, N.Substr, N.Member, N.Prop)):
            return new
        obj = self.rooted(place.obj, root, new)
        if isinstance(place, N.Index):
            return self.remade(place, N.Index(place.line, place.col, obj, place.args))
        if isinstance(place, N.Substr):
            return N.Substr(place.line, place.col, obj, place.kind, place.a, place.b,
                            place.sliced)
        return self.remade(place, type(place)(place.line, place.col, obj, place.name))
