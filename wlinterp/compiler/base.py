"""The one typed base of the function compiler and its mixins.

FunctionCompiler is assembled from mixins (statements, loops, expressions, classes) that
call each other's methods. They all derive from `CompilerBase`, which declares once the
state they share and, for the type checker only, the methods one mixin uses from another;
at run time the real methods come from the mixins (the declarations do not exist then).
"""
from __future__ import annotations

from ..runtime.kinds import SType

__all__ = ["CompilerBase"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..errors import WLSyntaxError
    from ..semantics.symbols import FuncScope, ProcInfo, Var
    from ..syntax import nodes as N
    from .emitter import Emitter
    from .ranges import Bounds
    from .program import ProgramCompiler


class CompilerBase:
    """State of the function being compiled, shared by every mixin."""

    prog: "ProgramCompiler"
    scope: "FuncScope"
    proc: "ProcInfo | None"
    out: "Emitter"
    loops: list[tuple[str, str | None]]
    implicit: "list[Var]"  # undeclared names made variables (declared at the top)
    folded: dict[int, object]  # constant operators (folding.py), by node id
    loop_bounds: "dict[str, Bounds]"  # FOR counters being compiled -> their bounds
    fast_params: frozenset[str]  # parameters known to be integers (specialize.py)

    if TYPE_CHECKING:
        def temp(self) -> str: ...
        def error(self, message: str, node: N.Node) -> WLSyntaxError: ...
        def expr(self, e: N.Expr) -> tuple[str, SType]: ...
        def value(self, e: N.Expr) -> str: ...
        def resolve_name(self, node: N.Name) -> tuple[str, SType]: ...
        def compile_call(self, node: N.Call, statement: bool = False) -> tuple[str, SType]: ...
        def note_write(self, var: Var) -> None: ...
        def store_code(self, var: Var, code: str, t: SType,
                       bounds: Bounds = (None, None)) -> str: ...
        def assign_var(self, var: Var, code: str, t: SType,
                       bounds: Bounds = (None, None)) -> None: ...
        def int_bounds(self, e: N.Expr) -> Bounds: ...
        def loop_body(self, body: list[N.Stmt], cont: str | None) -> None: ...
        def block(self, stmts: list[N.Stmt]) -> None: ...
        def member_code(self, e: N.Member) -> str: ...
        def procedure_value(self, e: N.Expr) -> str | None: ...
        def _val(self, code: str, t: SType) -> str: ...
        def _arith(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> tuple[str, SType]: ...
        def _compare(self, op: str, ca: str, ta: SType, cb: str, tb: SType) -> str: ...
