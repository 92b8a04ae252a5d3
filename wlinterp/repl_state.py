"""What the REPL keeps between inputs (its session state, not the compiler's): the
global variables, procedures, structures and constants earlier inputs declared. Each new
input is checked (semantics/) and compiled against it."""
from __future__ import annotations

__all__ = ["Session"]

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .runtime.types import StructDef
from .semantics.symbols import ProcInfo, Var

if TYPE_CHECKING:
    from .compiler.program import ProgramCompiler


@dataclass
class Session:
    """What the REPL keeps between inputs: global variables, procedures, structures and
    constants already compiled (their code lives in the session's namespace)."""

    vars: dict[str, Var] = field(default_factory=dict)
    procs: dict[str, ProcInfo] = field(default_factory=dict)
    structs: dict[str, StructDef] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    compiled: set[str] = field(default_factory=set)  # names given Compile (dynamic_names)
    interfaces: dict[str, Any] = field(default_factory=dict)  # folded -> N.InterfaceDecl
    methods: dict[tuple[str, str], ProcInfo] = field(default_factory=dict)  # (class, name)
    properties: set[str] = field(default_factory=set)  # names of <get>/<set> methods
    enums: dict[str, list[str]] = field(default_factory=dict)  # their values' names
    combinations: set[str] = field(default_factory=set)
    enum_decls: dict[str, Any] = field(default_factory=dict)  # folded -> N.EnumDecl
    # name -> {(class, name): its syntaxes}: what a call of the name may run, kept as
    # inputs come (compiler/session_writeback.py: an input walks its own procedures only)
    by_name: dict[str, dict[tuple[str, str], list[ProcInfo]]] = field(default_factory=dict)

    def absorb(self, compiler: "ProgramCompiler") -> None:
        """Keep what a successfully compiled input declared."""
        self.vars.update({k: v for k, v in compiler.main_scope.vars.items() if v.is_global})
        self.procs.update(compiler.procs)
        self.structs.update(compiler.structs)
        self.constants.update(compiler.constants)
        self.compiled |= compiler.compiled_names
        self.interfaces.update(compiler.interface_decls)
        self.methods.update(compiler.methods)
        self.properties |= compiler.properties
        self.enums.update(compiler.enums)
        self.combinations |= compiler.combinations
        self.enum_decls.update(compiler.enum_decls)
        from .compiler.session_writeback import index_methods
        index_methods(self.by_name, compiler.own_procs, compiler.own_methods)
