"""Calls of the program's procedures (mixed into the function compiler, functions.py):
the arguments compiled and kept as the callee declares them, the version or syntax
called, and the values of by-reference parameters written back into the caller's
variables, members and elements; a procedure as a value (`x is PROCEDURE = P`).
"""
from __future__ import annotations

__all__ = ["ProcedureCallMixin"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..runtime.kinds import SType, STypeNames as S
from ..syntax.names import fold
from ..semantics.symbols import ProcInfo
from .base import CompilerBase, RefNames as Ref
from .store_conversions import MARKED_KINDS
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .named_order import in_written_order
else:
    on_first_call(globals(), ".named_order", "in_written_order")


class ProcedureCallMixin(CompilerBase):
    """Calls of the program's procedures and their write-back (see the module's docstring)."""

    if TYPE_CHECKING:  # the other mixins' own (spreads.py, classes.py, class_statics.py)
        def spread_args(self, args: list[N.Expr], proc: ProcInfo) -> list[str]: ...
        def spread_target(self, args: list[N.Expr], spread: list[str], k: int,
                          proc: ProcInfo) -> N.Expr | None: ...
        def is_self(self, e: N.Expr) -> bool: ...
        def outside_read_only(self, key: str) -> bool: ...
        def static_class(self, e: N.ClassMember) -> str | None: ...

    def proc_ref_code(self, proc: ProcInfo) -> str:
        return f"proc_ref({proc.node.name!r}, {proc.pyname}, {bool(proc.writeback)})"

    def procedure_value(self, e: N.Expr) -> str | None:
        """`x is PROCEDURE = P` / `x = P`: a reference to P when P names a procedure;
        `x is PROCEDURE = Compile(name, code)`: the procedure compiled (?3013015, syntax
        2), not Compile's text."""
        if type(e) is N.Call and type(e.func) is N.Name and len(e.args) == 2 \
                and fold(e.func.name) == "compile" and self.prog.refs.of(e.func) is Ref.BUILTIN:
            return f"compiled_procedure(_rt, {self.expr(e)[0]})"
        if not isinstance(e, N.Name):
            return None
        ref = self.prog.refs.of(e)
        if ref in (Ref.PROC, Ref.PROC_REF):
            return self.proc_ref_code(self.prog.procs[fold(e.name)])
        internal = self.scope.lookup_proc(fold(e.name))
        if ref in (Ref.INTERNAL, Ref.INTERNAL_REF) and internal is not None:
            return self.proc_ref_code(internal)
        return None

    def proc_call(self, node: N.Call, proc: ProcInfo) -> tuple[str, SType]:
        args = node.args
        wrong = self.prog.call_error(node)  # a wrong argument count (semantic pass)
        if wrong is not None:
            return self.prog.call_fail(wrong), S.ANY
        spread = self.spread_args(args, proc)
        compiled = [self.expr(a) for a in args]
        if proc.overloads is not None:  # several syntaxes: the one chosen, or dispatched
            proc = self.prog.syntax_called(node, proc)
        else:
            self.prog.compile_callee(proc)
            if not any(spread):  # (a spread argument: as many as it holds)
                proc = self.prog.fast_call(self, proc, args,  # type: ignore[arg-type]
                                           [t for _, t in compiled])
        each = [many or (self.kept_options(a, c) if t == S.INT else
                         self._val(c, t) if t not in (S.STR, S.ANY, S.DEC) else
                         self.kept_options(a, self.kept_buffer(a, c, t)))
                if t not in MARKED_KINDS
                else f"dated_variant({c}, {MARKED_KINDS[t]!r})"
                for a, (c, t), many in zip(args, compiled, spread)]
        codes = ", ".join(in_written_order(node.order, each, self.temp) if node.order
                          else each)
        call = f"{proc.pyname}({codes})"
        ret = self.prog.ret_stype(proc)
        if not proc.writeback:
            return call, ret
        t = self.temp()
        parts = [f"({t} := {call})"]
        params = proc.node.params
        for j, k in enumerate(proc.writeback, 1):
            arg = self.spread_target(args, spread, k, proc) if any(spread) else \
                args[k] if k < len(args) else None
            if arg is not None:  # (a dispatcher's parameters are its first syntax's)
                wb = self.writeback(arg, f"{t}[{j}]", f"passed by reference to "
                                    f"{proc.node.name}, which assigns its parameter "
                                    f"'{params[k].name if k < len(params) else k + 1}'")
                if wb:
                    parts.append(wb)
        parts.append(f"{t}[0]")
        return "(" + ", ".join(parts) + ")[-1]", ret

    def writeback(self, arg: N.Expr, code: str, how: str = "") -> str | None:
        """Expression storing a by-reference parameter's final value into the argument
        (`how` names the procedure, for a CONSTANT member refused)."""
        if isinstance(arg, N.Name) and self.prog.refs.of(arg) is Ref.MEMBER:
            arg = N.Member(arg.line, arg.col, self.var_node(arg.line, arg.col, "objet"),
                           arg.name)  # in a method, a member of the object by its name
        if isinstance(arg, N.Name):  # the caller's own array or object back: kept as is
            var = self.prog.main_scope.vars[fold(arg.name)] \
                if self.prog.refs.of(arg) is Ref.MAIN_VAR else self.scope.lookup(fold(arg.name))
            # (above the function's variable of that name, the main code's: lookup.py)
            if var is None:  # (a GLOBAL member named bare in a method)
                return self.static_writeback(arg, code)
            self.note_write(var)
            v = var.pyname
            return f"({v} := {v} if {code} is {v} else {self.store_code(var, code, S.ANY)})"
        if isinstance(arg, N.Member):
            obj, key = self.value(arg.obj), fold(arg.name)
            if not self.is_self(arg.obj) and self.outside_read_only(key):
                return f"set_member_outside({obj}, {key!r}, {code}, _ctx, {arg.name!r}, {how!r})"
            return f"set_member_back({obj}, {key!r}, {code}, _ctx, {arg.name!r})"
        if isinstance(arg, N.Index):
            idx = ", ".join(self.value(a) for a in arg.args)
            return f"set_index_back({self.value(arg.obj)}, {code}, {idx})"
        return self.static_writeback(arg, code)

    def static_writeback(self, arg: N.Expr, code: str) -> str | None:
        """Storing back into a GLOBAL member passed by reference (`Inc(C::g)`, `Inc(::g)`,
        `Inc(g)` in a method): it kept its value, the procedure's change lost."""
        if isinstance(arg, N.Name) and self.prog.refs.of(arg) is Ref.STATIC:
            arg = N.ClassMember(arg.line, arg.col, None, arg.name)
        cls = self.static_class(arg) if isinstance(arg, N.ClassMember) else None
        if cls is None or self.prog.refs.get(arg) not in (None, Ref.STATIC):
            return None
        return f"class_static_set(_ctx, {cls!r}, {fold(arg.name)!r}, {code})"  # type: ignore[attr-defined]
