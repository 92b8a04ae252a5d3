"""`{name} = v` and `{name}` in a procedure or a method: the function's own variables
(parameters and locals, its enclosing functions' for an internal procedure) are reached
by name before the main code's (docs/semantics.md "Indirection on a function's own
variables").

A Python function's variables cannot be written through `locals()`, so the generated
code asks the run which variable the text names (`indirect_set` returns its folded name
instead of storing) and assigns it in the function itself, one branch per variable,
converted to its type as `x = v` converts. Only a function that has variables pays for
the branches, and only at an indirection store.
"""
from __future__ import annotations

__all__ = ["own_variables", "store_indirect"]

from typing import TYPE_CHECKING

from ..runtime.kinds import STypeNames as S
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from ..semantics.symbols import FuncScope, Var
    from .base import CompilerBase


def own_variables(fc: "CompilerBase") -> dict[str, "Var"]:
    """The variables (folded name -> Var) the code declares in the function it is in and
    in the functions enclosing it up to its method or procedure; empty in the main code
    (its variables are the program's globals, reached by name already). An enclosing
    function's variable is noted as read by this one (FuncScope.closure_reads): the
    generated function must hold it in its closure for `locals()` to give it to the
    indirection (bodies.assemble), when nothing else in it names the variable."""
    found: dict[str, Var] = {}
    scope: FuncScope | None = fc.scope
    top = fc.scope.method_owner()
    while scope is not None:
        for key, var in scope.vars.items():
            if key not in ("objet", "object") and not var.is_global and not var.implicit \
                    and key not in found:  # (an undeclared name's implicit variable is
                # not one: `{sFile + ".Ref"}` names a data file the run describes)
                found[key] = var
                if scope is not fc.scope:
                    fc.scope.closure_reads.add(var.pyname)
        scope = None if scope is top else scope.parent
    return found


_CONSTRUCTORS = frozenset({"constructor", "constructeur"})


def _in_constructor(fc: CompilerBase) -> bool:
    """Is the code in a constructor (or an internal procedure of one)? It may give its
    object's members declared `<immutable>` their value, by name too (`{"m_n"} = 3`),
    as `m_n = 3` there (semantics/immutable_writes.py fixed_member)."""
    method = fc.scope.method_owner()
    return method is not None and fold(method.name) in _CONSTRUCTORS


def store_indirect(fc: "CompilerBase", target: N.Indirect, code: str) -> None:
    """`{name} = code`: a variable of the function when the text names one, else what
    `indirect_set` reaches (a main-code variable, a member, a class's global member)."""
    own = own_variables(fc)
    fixed = sorted(k for k, v in own.items() if v.immutable)  # `<immutable>`: refused
    place = fc.indirect_place() + (f", fixed={tuple(fixed)!r}" if fixed else "") \
        + (", building=True" if _in_constructor(fc) else "")
    if not own:
        fc.out.emit(f"indirect_set(globals(), {fc.value(target.name)}, {code}, _ctx"
                    f"{place})")
        return
    value, found = fc.temp(), fc.temp()
    fc.out.emit(f"{value} = {code}")
    fc.out.emit(f"{found} = indirect_set(globals(), {fc.value(target.name)}, {value}, _ctx"
                f"{place})")
    word = "if"
    for key, var in own.items():
        fc.out.emit(f"{word} {found} == {key!r}:")
        fc.out.indent()
        fc.assign_var(var, value, S.ANY)
        fc.out.dedent()
        word = "elif"
