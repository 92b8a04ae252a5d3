"""Calls the code tests itself, which the automatic handling of non-fatal errors leaves
alone (ErrorPropagate's page, ?3034015: neither a CASE ERROR: section nor
ErrorChangeParameter's behaviour is triggered by `IF NOT <function or procedure> THEN`,
nor by a call followed by `IF ErrorOccurred = True THEN`). The call may give its result
to a variable (`s = fLoadText(f)`, `s is string = fLoadText(f)`) and the test may join
other conditions (`IF ErrorOccurred() _OR_ r.StatusCode <> 200 THEN`, as PC SOFT's own
wxFirebase classes write it) or ask the contrary (`IF NOT ErrorOccurred THEN`):
INFERRED, docs/semantics.md.

Such a call runs between error_test_enter and error_test_leave (runtime/error_modes.py).
Only a program where some process has a CASE ERROR: section or calls
ErrorChangeParameter gets this code (`ProgramCompiler.auto_errors`): elsewhere nothing
could be triggered, and the calls stay as they were.
"""
from __future__ import annotations

from typing import Any, Callable

from ..syntax import nodes as N
from ..syntax.names import fold
from .base import CompilerBase

_ERROR_OCCURRED = frozenset({"erroroccurred", "erreurdetectee"})


def automatic_errors(bodies: list[N.Body]) -> bool:
    """Does some process have a CASE ERROR: section or set its error behaviour?"""
    from .bodies import sets_error_mode
    return any(b.on_error is not None or sets_error_mode(b) for b in bodies)


def tests_error_occurred(s: N.Stmt) -> bool:
    """`IF ErrorOccurred [= True] THEN` (the first condition names ErrorOccurred, alone,
    negated or as the first operand of AND/OR)."""
    if not isinstance(s, N.If) or not s.branches:
        return False
    cond = s.branches[0][0]
    while isinstance(cond, N.Logic):
        cond = cond.left
    if isinstance(cond, N.Unary) and cond.op == "not":
        cond = cond.operand
    if isinstance(cond, N.Compare) and cond.operands:
        cond = cond.operands[0]
    if isinstance(cond, N.Call) and not cond.args:
        cond = cond.func
    return isinstance(cond, N.Name) and fold(cond.name) in _ERROR_OCCURRED


def tested_call(cond: N.Expr) -> bool:
    """`NOT f(...)`, `f(...) = False` or `f(...) = True`: a condition that tests a call's
    success (?3034010: "IF NOT xxxx = True or False")."""
    if isinstance(cond, N.Unary) and cond.op == "not":
        return isinstance(cond.operand, N.Call)
    if isinstance(cond, N.Compare) and cond.ops == ["="] and len(cond.operands) == 2:
        left, right = cond.operands
        return isinstance(left, N.Call) and isinstance(right, N.Const) \
            and (right.value is False or right.value is True)  # (keywords: a Const)
    return False


class TestedCallMixin(CompilerBase):
    """Statement helpers of the function compiler."""

    def tested(self, emit: Callable[[], None]) -> None:
        """Emit what `emit` emits, its calls' non-fatal errors left to the code."""
        saved = self.temp()
        self.out.emit(f"{saved} = error_test_enter(_rt)")
        self.out.emit("try:")
        self.out.indent()
        emit()
        self.out.dedent()
        self.out.emit("finally:")
        self.out.indent()
        self.out.emit(f"error_test_leave(_rt, {saved})")
        self.out.dedent()

    def tested_cond(self, cond: N.Expr) -> str:
        """`IF NOT f() THEN`: the condition's value, computed as a tested call into a
        temporary that the `if` then reads."""
        value = self.temp()
        self.tested(lambda: self.out.emit(f"{value} = {self.cond(cond)}"))
        return value


# the statements that may make a call the next one tests, each with what makes it one:
# `f()` (or a bare procedure name), `x = f()`, `x is T = f()`
_CALL_MAKERS: dict[type, Callable[[Any], bool]] = {
    N.ExprStmt: lambda s: isinstance(s.expr, (N.Call, N.Name)),
    N.Assign: lambda s: s.op == "=" and isinstance(s.value, N.Call),
    N.Decl: lambda s: isinstance(s.init, N.Call),
}
TESTABLE = tuple(_CALL_MAKERS)  # (compiler/stmts.py looks no further for the others)


def _makes_a_call(s: N.Stmt) -> bool:
    """Is `s` a statement of TESTABLE that makes the call (_CALL_MAKERS)?"""
    made = _CALL_MAKERS.get(type(s))
    return made is not None and made(s)


def uses_tested_calls(stmts: list[N.Stmt], i: int) -> bool:
    """Is statement i a call (alone or giving its result to a variable) that the next
    statement tests with ErrorOccurred?"""
    return i + 1 < len(stmts) and _makes_a_call(stmts[i]) \
        and tests_error_occurred(stmts[i + 1])


__all__ = ["TESTABLE", "TestedCallMixin", "automatic_errors", "tested_call", "tests_error_occurred",
           "uses_tested_calls"]
