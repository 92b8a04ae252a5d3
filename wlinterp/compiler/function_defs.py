"""The `def` of each function (for ProgramCompiler, program.py): main code's
`__wl_main__` (or a long main code's parts, main_chunks.py), a procedure's or method's
with its parameters (the current object first in a method; known integers as they are,
specialize.py), its variables declared, its body laid out (bodies.py) and its default
result.
"""
from __future__ import annotations

__all__ = ["FunctionDefsMixin"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, STypeNames as S
from ..syntax.names import fold
from ..runtime.types import TypeSpec
from ..runtime import types as T
from .bodies import BodyMixin, inferred_type
from .functions import FunctionCompiler
from .main_chunks import main_chunks
from ..semantics.symbols import FuncScope, ProcInfo, Var, pyident, static_type

if TYPE_CHECKING:
    from ..errors import WLSyntaxError

_Chunk = tuple[list[str], list[tuple[int, int]]]  # a function's lines and line map


class FunctionDefsMixin(BodyMixin):
    """Methods of ProgramCompiler that generate one function's `def`."""

    if TYPE_CHECKING:  # ProgramCompiler's own, for the type checker
        program: N.Program
        main_scope: FuncScope
        main_groups: list[list[N.Stmt]] | None

        def refused(self, node: Any) -> WLSyntaxError: ...
        def declare_vars(self, scope: FuncScope, body: N.Body, prefix: str,
                         globals_: set[str]) -> None: ...

    def compile_main(self) -> list[_Chunk]:
        """`def __wl_main__():`, or a long main code's parts and the line joining them."""
        fc = FunctionCompiler(self, self.main_scope, None)  # type: ignore[arg-type]
        if self.main_groups is not None:
            return main_chunks(self, fc, self.main_groups)  # type: ignore[arg-type]
        self.function_body(fc, self.program.main)
        return [self.assemble(fc, "def __wl_main__():", [])]

    def compile_function(self, info: ProcInfo, parent: FuncScope | None,
                         owner: str | None = None, fast: frozenset[str] = frozenset()
                         ) -> tuple[list[str], list[tuple[int, int]]]:
        """One `def`; the parameters in `fast` are known integers (specialize.py)."""
        node = info.node
        scope = FuncScope(node.name, parent=parent)
        self_param = []
        if owner is not None:  # a method: `objet`/`object` is the current object
            spec = TypeSpec(Kind.STRUCT, name=owner)
            this = Var("objet", "a__objet", spec, S.STRUCT, owner=scope)
            scope.vars["objet"] = scope.vars["object"] = this
            scope.members = {m for m, _, _ in self.structs[owner].members}
            scope.owner = owner
            self_param = ["a__objet"]
        for prm in node.params:
            if prm.star:
                continue
            spec = self.parse_spec(prm.type_text, prm) if prm.type_text else T.VARIANT
            key = fold(prm.name)
            if key in scope.vars and key not in ("objet", "object"):
                raise self.refused(prm)
            stype = S.INT if key in fast else static_type(spec)
            scope.vars[key] = Var(prm.name, f"a_{pyident(key)}", spec, stype, owner=scope)
        self.declare_vars(scope, node.body, "v", set())
        fc = FunctionCompiler(self, scope, info)  # type: ignore[arg-type]
        fc.fast_params = fast
        fc.out.at(node.line, node.col)
        self.param_prologue(fc, node)
        self.function_body(fc, node.body)
        fallback = self.default_code(info.ret_spec) if info.ret_spec is not None else "None"
        if info.writeback:
            fc.out.emit(self.return_tuple(fc, fallback))
        elif info.ret_spec is not None:  # no RESULT reached: the declared type's default
            fc.out.emit(f"return {fallback}")
        info.inferred = inferred_type(info)
        self.settle_result_bounds(info)
        sig = list(self_param)
        optional = False  # Python refuses a required parameter after an optional one
        for prm in node.params:
            if prm.star:
                sig.append("*_rest")
                continue
            py = scope.vars[fold(prm.name)].pyname
            optional = optional or prm.default is not None
            sig.append(f"{py}=_M" if optional else py)
        return self.assemble(fc, f"def {info.pyname}({', '.join(sig)}):", [])
