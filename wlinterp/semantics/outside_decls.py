"""What the semantic pass sees declared outside the program checked: the REPL's earlier
inputs (their classes, constants, interfaces, enumerations, procedures and, after the
input's own, methods) and the project's other files (their procedures, structures,
classes, global variables, constants); read into the program's symbols as
program_decls.py reads the program's own.
"""
from __future__ import annotations

__all__ = ["from_files", "from_session", "session_methods"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, walk_stmts
from .file_globals import keep_globals
from .program_decls import (add_interface, another_syntax, class_constants_of, enumeration,
                            member_access, member_types, method_access)
from .program_symbols import ProgramSymbols, StructInfo, class_constants, implemented
from .symbols import collect_decls, method_key

if TYPE_CHECKING:
    from ..repl_state import Session


def from_session(symbols: ProgramSymbols, session: "Session") -> None:
    """REPL: what earlier inputs declared stays visible (and may be redeclared)."""
    kept: dict[str, set[str]] = {}  # a class's constants (`ca::k`): `CA::K`, `K` in CA
    for key in session.constants:
        cls, sep, name = key.partition("::")
        if sep:
            kept.setdefault(cls, set()).add(name)
    for key, sdef in session.structs.items():
        members = {m: shown for m, shown, _ in sdef.members}
        symbols.structs[key] = StructInfo(sdef.name, members,
                                          sdef.base.name if sdef.base else None,
                                          frozenset(sdef.statics),
                                          frozenset(kept.get(key, ())), abstract=sdef.abstract,
                                          implements=sdef.implements,
                                          is_class=sdef.is_class,
                                          bases=tuple(b.name for b in sdef.parents()))
    symbols.outside |= set(session.structs)
    symbols.constants.update({k: k for k in session.constants})
    for key, value in session.constants.items():  # an integer may size an array
        if type(value) is int:
            symbols.const_values.setdefault(key, N.Num(0, 0, value))
    for decl in session.interfaces.values():  # implemented and typed by later inputs
        add_interface(decl, symbols)
    for enum in session.enum_decls.values():  # types of later inputs' variables
        enumeration(enum, symbols)
    symbols.session_procs = dict(session.procs)
    for key, info in session.procs.items():  # a name given several syntaxes by an input
        if info.overloads:
            symbols.overloads[key] = [s.node for s in info.overloads]


def session_methods(symbols: ProgramSymbols, session: "Session") -> None:
    """REPL: the methods earlier inputs gave their classes, after this input's own (which
    may give a method again: the new one replaces it, as a procedure's does)."""
    for mkey, minfo in session.methods.items():
        symbols.methods.setdefault(mkey, minfo.node)


def from_files(symbols: ProgramSymbols, programs: list[N.Program],
               loaded_with: bool = False) -> None:
    """Other files of the project: their procedures, structures, classes and global
    variables (declared in their main code) are visible. `loaded_with`: the program
    checked is a file `wl run` loads with them (file_globals.py)."""
    for other in programs:
        declared = list(collect_decls(body_stmts(other.main)))
        symbols.known |= {fold(name) for name, _ in declared}
        if loaded_with:
            keep_globals(symbols, other.filename, declared)
        own_blocks: set[int] = set()  # a class's CONSTANT blocks: its own constants
        for s in walk_stmts(body_stmts(other.main)):
            if isinstance(s, N.StructDecl):
                own_blocks |= {id(b) for b in s.consts}
                class_constants_of(s, symbols, None)
                members = {fold(n): n for d in s.members for n, _, _ in d.names}
                member_access(symbols, s, members)
                symbols.structs[fold(s.name)] = StructInfo(
                    s.name, members, s.base, frozenset(fold(n) for n in s.statics),
                    class_constants(s), s.abstract, member_types(s), implemented(s),
                    s.is_class, tuple(s.bases), frozenset(s.private_bases))
                symbols.outside.add(fold(s.name))
                symbols.declared_at[fold(s.name)] = (other.filename, s.line)
            elif isinstance(s, N.EnumDecl):  # COMB_X is a combination, in a set
                enumeration(s, symbols)
            elif isinstance(s, N.InterfaceDecl):  # an interface a set declares
                add_interface(s, symbols)
            elif isinstance(s, N.ConstDecl) and id(s) not in own_blocks:  # a set's or a
                # window's CONSTANT block
                for name, value, line, _ in s.items:
                    symbols.constants.setdefault(fold(name), name)
                    symbols.const_values.setdefault(fold(name), value)
                    symbols.declared_at.setdefault(("#const", fold(name)), (other.filename, line))
        for p in other.procedures:
            if p.owner is not None:
                mkey = (fold(p.owner), method_key(p))
                first = symbols.methods.get(mkey)
                if first is not None and another_syntax(symbols, mkey, first, p):
                    continue  # a method's other syntax, in its class's file
                symbols.methods[mkey] = p
                method_access(symbols, p)
                symbols.declared_at[(fold(p.owner), method_key(p))] = (other.filename, p.line)
            else:
                key = fold(p.name)
                first = symbols.procs.get(key) if key in symbols.outside else None
                if first is None or not another_syntax(symbols, key, first, p):
                    symbols.procs[key] = p  # (a later file's of the same name wins)
                    symbols.declared_at[("proc", key)] = (other.filename, p.line)
                symbols.outside.add(key)
