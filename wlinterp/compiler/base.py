"""The one typed base of the function compiler and its mixins.

FunctionCompiler is assembled from mixins (statements, loops, expressions, classes) that
call each other's methods. They all derive from `CompilerBase`, which declares once the
state they share and, for the type checker only, the methods one mixin uses from another;
at run time the real methods come from the mixins (the declarations do not exist then).
"""
from __future__ import annotations

__all__ = ["CompilerBase"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..errors import WLSyntaxError
    from ..semantics.symbols import FuncScope, ProcInfo, Var
    from ..syntax import nodes as N
    from .emitter import Emitter
    from .program import ProgramCompiler


class CompilerBase:
    """State of the function being compiled, shared by every mixin."""

    prog: "ProgramCompiler"
    scope: "FuncScope"
    proc: "ProcInfo | None"
    out: "Emitter"
    loops: list[tuple[str, str | None]]

    if TYPE_CHECKING:
        def temp(self) -> str: ...
        def error(self, message: str, node: N.Node) -> WLSyntaxError: ...
        def expr(self, e: N.Expr) -> tuple[str, str]: ...
        def value(self, e: N.Expr) -> str: ...
        def resolve_name(self, node: N.Name) -> tuple[str, str]: ...
        def compile_call(self, node: N.Call, statement: bool = False) -> tuple[str, str]: ...
        def note_write(self, var: Var) -> None: ...
        def store_code(self, var: Var, code: str, t: str) -> str: ...
        def assign_var(self, var: Var, code: str, t: str) -> None: ...
        def loop_body(self, body: list[N.Stmt], cont: str | None) -> None: ...
        def _val(self, code: str, t: str) -> str: ...
        def _arith(self, op: str, ca: str, ta: str, cb: str, tb: str) -> tuple[str, str]: ...
        def _compare(self, op: str, ca: str, ta: str, cb: str, tb: str) -> str: ...
