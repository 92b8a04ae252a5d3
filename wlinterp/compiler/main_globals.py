"""Which variables of the main code become module globals of the generated code: those a
procedure reads or writes (its body or a parameter's default value), all of them when
the program reaches variables by name at run time (`{name}` indirection, Compile,
EvaluateExpression), and in the REPL every one, since later inputs see them. The others
stay fast locals of `__wl_main__` (compiler/program.py).
"""
from __future__ import annotations

__all__ = ["main_globals"]

from typing import TYPE_CHECKING

from ..semantics.dynamic_names import calls_compile, calls_dynamic_code
from ..semantics.symbols import facts
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_expr

if TYPE_CHECKING:
    from .program import ProgramCompiler


def main_globals(pc: "ProgramCompiler") -> set[str]:
    """The main code's variables (folded) that live as globals; with `{name}`
    indirection the program's constants are given to the run too, and in the REPL the
    earlier inputs' variables join the main scope."""
    program = pc.program
    main_names = {fold(n) for n, _ in facts(program.main).decls}
    used_by_procs: set[str] = set()
    for p in program.procedures:
        local = {fold(n) for n, _ in facts(p.body).decls} | \
            {fold(x.name) for x in p.params}
        used_by_procs |= (facts(p.body).referenced | _default_names(p)) - local
    used_by_procs |= pc.refs.main_reads  # read above a same-named local (lookup.py)
    globals_ = main_names & used_by_procs
    if program.uses_indirection:  # {name} reaches main variables by name
        globals_ = set(main_names)
        pc.ns["__wl_consts__"] = dict(pc.constants)  # and reads constants
    elif calls_compile(pc.source or "") or calls_dynamic_code(pc.source or ""):
        # a procedure Compile makes at run time, code EvaluateExpression runs
        globals_ = set(main_names)  # reads them too (stdlib/dynamic_code.py)
    if pc.session is not None:  # REPL: every main variable lives on between inputs
        globals_ = main_names | set(pc.session.vars)
        pc.main_scope.vars.update(pc.session.vars)
    return globals_


def _default_names(p: N.Procedure) -> set[str]:
    """The names the default values of `p`'s parameters read (`PROCEDURE Cut(s, sSep =
    gsSep)`): a global of the main code named only there must be a global of the
    program, not a local of the main code (the call stopped with "The variable 'gsSep'
    is used before its declaration")."""
    return {fold(x.name) for prm in p.params if prm.default is not None
            for x in walk_expr(prm.default) if type(x) is N.Name}
