"""Building a string: `s += x` (or `s = s + x`) on a string variable appends in place,
linear even in a global (StringAppendMixin); on a `variant` local it stays an in-place
append while `s` holds a string (VariantAppendMixin).

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

__all__ = ["StringAppendMixin", "VariantAppendMixin"]

from typing import TYPE_CHECKING

from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..semantics.symbols import Var
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_expr
from .base import CompilerBase, RefNames as Ref
from .exprs import short_piece
from .simple_code import is_simple


class StringAppendMixin(CompilerBase):
    """`s += a` on a string variable (mixed into the statement compiler)."""

    if TYPE_CHECKING:  # the expression compiler's own
        def as_str(self, code: str, t: SType) -> str: ...

    def append_strings(self, var: Var, parts: list[N.Expr]) -> None:
        """Append each part's text to a string variable (all parts evaluated first)."""
        codes, shorts = [], []
        for part in parts:
            code, t = self.expr(part)
            text = self.as_str(*self.options_text(part, self._val(code, t), t))
            if len(parts) > 1 and not is_simple(text):
                tmp = self.temp()
                self.out.emit(f"{tmp} = {text}")
                text = tmp
            codes.append(text)
            shorts.append(short_piece(part, t))
        self.append_codes(var, codes, shorts)

    def append_codes(self, var: Var, codes: list[str], shorts: list[bool]) -> None:
        """`s += text`, in place. CPython appends in place only to a fast local or a
        cell; a module global is first moved into a local, so that building a long string
        in a global stays linear too. A piece of unknown length is checked against
        --max-string and, when long, --max-memory first (runtime/limits.py); short ones
        are sampled (size_watch.py)."""
        self.note_write(var)
        values = []
        for code, short in zip(codes, shorts):  # evaluated before a global is moved out
            if (var.is_global or not short) and not is_simple(code):
                tmp = self.temp()
                self.out.emit(f"{tmp} = {code}")
                code = tmp
            values.append((code, short))
        unknown = [value for value, short in values if not short]
        if unknown:  # checked before anything changes: a caught error leaves s as it was
            total = " + ".join(f"len({x})" for x in [var.pyname] + unknown)
            # `s = s + s` builds a copy; `s += t` grows s where it is (CPython's realloc)
            added = total if var.pyname in unknown else " + ".join(f"len({x})" for x in unknown)
            self.out.emit(f"if {total} > _big_str: check_growth({total}, {added})")
        hold = var.pyname
        if var.is_global:
            hold = self.temp()
            self.out.emit(f"{hold} = {var.pyname}; {var.pyname} = None")
        for value, _ in values:  # `s = s + s`: the global itself is in the hold now
            self.out.emit(f"{hold} += {hold if value == var.pyname else value}")
        if var.is_global:
            self.out.emit(f"{var.pyname} = {hold}; {hold} = None")
        if var.spec.name == "unicode":  # `u += x` keeps a UNICODE string's bytes UTF-16
            self.out.emit(f"{var.pyname} = to_unicode({var.pyname})")
        elif var.spec.dims:  # a `Buffer on N` keeps its N bytes
            self.out.emit(f"{var.pyname} = {self.store_code(var, var.pyname, S.STR)}")


class VariantAppendMixin(StringAppendMixin):
    """`s = s + a + b` on a variant local (mixed into the statement compiler)."""

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
