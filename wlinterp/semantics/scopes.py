"""The checker's scopes: the variables of one function (with the enclosing function's as
parent) and what the function does with each, for the warnings decided at the end
(unused, never assigned)."""
from __future__ import annotations

__all__ = ["Scope", "Symbol", "finish_scope"]

from dataclasses import dataclass
from typing import Any

from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.lambdas import LAMBDA_PREFIX
from .analysis import Reporter


@dataclass
class Symbol:
    """A variable or parameter and what the function does with it."""

    name: str
    line: int
    col: int
    role: str  # var, param, loop, self, outer (REPL: an earlier input's variable)
    spec: TypeSpec
    initialized: bool = True
    read: bool = False
    written: bool = False


class Scope:
    """The variables of one function, with the enclosing function's as parent."""

    def __init__(self, name: str, parent: "Scope | None", is_main: bool = False,
                 owner: str | None = None) -> None:
        self.name = name
        self.parent = parent
        self.is_main = is_main
        self.owner = owner  # a method: its class (folded)
        # the class whose members bare names reach (a method, or an internal procedure in one)
        self.method: str | None = owner or (parent.method if parent is not None else None)
        self.star = False  # PROCEDURE P(*)
        self.vars: dict[str, Symbol] = {}
        self.procs: dict[str, N.Procedure] = {}

    def chain(self) -> list["Scope"]:
        out: list[Scope] = []
        scope: Scope | None = self
        while scope is not None:
            out.append(scope)
            scope = scope.parent
        return out

    def lookup(self, key: str) -> Symbol | None:
        """The variable `key` of this scope or of the nearest enclosing one that has it
        (None if none does). The commonest question of the pass: one plain loop."""
        scope: Scope | None = self
        while scope is not None:
            found = scope.vars.get(key)
            if found is not None:
                return found
            scope = scope.parent
        return None

    def lookup_proc(self, key: str) -> N.Procedure | None:
        """The internal procedure `key`, as `lookup` finds a variable."""
        scope: Scope | None = self
        while scope is not None:
            found = scope.procs.get(key)
            if found is not None:
                return found
            scope = scope.parent
        return None

    def method_owner(self) -> str | None:
        return self.method

    def adopt(self, variables: dict[str, Any]) -> None:
        """REPL: earlier inputs' variables (compiler Vars), visible and redeclarable."""
        for key, var in variables.items():
            self.vars[key] = Symbol(var.name, 0, 0, "outer", var.spec, read=True,
                                    written=True)


def finish_scope(scope: Scope, rep: Reporter) -> None:
    """Warnings known only once every function is checked: unused and never assigned."""
    for sym in {id(s): s for s in scope.vars.values()}.values():
        if sym.role == "var" and not sym.read:
            what = "assigned but never used" if sym.written else "declared but never used"
            rep.report("WL201", f"'{sym.name}' is {what}", sym, len(sym.name))
        elif sym.role == "param" and not sym.read and not sym.written \
                and not scope.name.startswith(LAMBDA_PREFIX):  # a lambda may ignore some
            rep.report("WL202", f"the parameter '{sym.name}' is never used", sym, len(sym.name))
        elif sym.role == "var" and not sym.initialized and not sym.written:
            rep.report("WL204", f"'{sym.name}' is used but never assigned: it always holds "
                       f"its default value", sym, len(sym.name))
