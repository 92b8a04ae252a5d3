"""Building a string in a variant: `s = s + x` (or `s += x`) on a `variant` local stays
an in-place append while `s` holds a string.

The general code, `s = co_any(w_add(s, x))`, makes a new string each time while `s`
still holds the old one: building a text of n pieces costs n^2. When `s` holds a string
at run time, `s + x` is the concatenation `s + text of x` (arithmetic.w_add), which CPython
appends in place to a fast local: so the generated code tests the type and appends, and
any other value takes the general path. The pieces are evaluated first, so this is done
only where evaluating them cannot change `s` (no user procedure, no `++`, no `{name}`).
An undeclared variable (read through hfsql's data-name lookup) appends in place when
that lookup gives the variable itself, and only with pieces that call no function.
"""
from __future__ import annotations

__all__ = ["VariantAppendMixin"]

from typing import TYPE_CHECKING

from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..semantics.symbols import Var
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_expr
from .base import CompilerBase, RefNames as Ref
from .exprs import short_piece


class VariantAppendMixin(CompilerBase):
    """`s = s + a + b` on a variant local (mixed into the statement compiler)."""

    if TYPE_CHECKING:  # the statement and expression compilers' own
        def append_codes(self, var: Var, codes: list[str], shorts: list[bool]) -> None: ...
        def as_str(self, code: str, t: SType) -> str: ...

    def appends_in_place(self, var: Var, parts: list[N.Expr] | None) -> bool:
        """May `var = var + parts...` take the in-place path?"""
        if parts is None or var.spec.kind != Kind.VARIANT or var.is_global \
                or var.owner is not self.scope or self.var_type(var) != S.ANY:
            return False  # (a FOR EACH's Date element: `d = d + 1` adds a day)
        if var.implicit and any(isinstance(x, N.Call) for p in parts for x in walk_expr(p)):
            return False  # a built-in could change what the name designates (hfsql)
        return all(self._cannot_change_locals(p) for p in parts)

    def append_to_variant(self, var: Var, parts: list[N.Expr]) -> None:
        values = []
        for part in parts:
            code, t = self.expr(part)
            tmp = self.temp()
            self.out.emit(f"{tmp} = {self._val(code, t)}")
            values.append((tmp, t))
        read = self.read_var(var)
        test = f"type({var.pyname}) is str"
        if var.implicit:  # undeclared: unless the name is a data file or item of hfsql
            test += f" and {read} is {var.pyname}"
        self.out.emit(f"if {test}:")
        self.out.indent()
        self.append_codes(var, [self.as_str(tmp, t) for tmp, t in values],
                          [short_piece(part, t) for part, (_, t) in zip(parts, values)])
        self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        code, ct = read, S.ANY
        for tmp, t in values:
            code, ct = self._arith("+", code, ct, tmp, t)
        if var.implicit:  # as `Name = value` does (a data file takes a record)
            code, ct = f"data_assign(_rt, {fold(var.name)!r}, {var.pyname}, {code})", S.ANY
        self.assign_var(var, code, ct)
        self.out.dedent()

    def _cannot_change_locals(self, e: N.Expr) -> bool:
        """Only variables, literals, operators and built-in functions: nothing in `e`
        can assign a local variable."""
        for x in walk_expr(e):
            if isinstance(x, (N.Step, N.Indirect)):
                return False
            if isinstance(x, N.Call) and not (isinstance(x.func, N.Name) and
                                              self._builtin_name(x.func)):
                return False  # a procedure, a method, a procedure value: user code
            if isinstance(x, N.Name) and self.scope.lookup(fold(x.name)) is None \
                    and not self._builtin_name(x):
                return False  # a procedure called without parentheses
        return True

    def _builtin_name(self, name: N.Name) -> bool:
        """A built-in function, constant or variable (no user code runs)."""
        return self.prog.refs.of(name) in (Ref.BUILTIN, Ref.CONSTANT, Ref.BUILTIN_VAR)
