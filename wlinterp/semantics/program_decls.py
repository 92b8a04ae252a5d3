"""The program-level declarations the semantic pass collects before checking any body:
structures and classes (their members, duplicates), enumerations, constants, procedures
and methods (duplicates, unknown classes, inheritance cycles); what the REPL's earlier
inputs and the project's other files declare is outside_decls.py's.
"""
from __future__ import annotations

import os

__all__ = ["DECLARING", "add_interface", "another_syntax", "class_constants_of", "collect_program",
           "enumeration", "member_access", "member_types", "method_access"]

import re
from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from ..syntax import nodes as N
from ..syntax.extension_procs import overridden_builtins
from ..syntax.names import fold
from ..syntax.walk import body_stmts, sub_stmts_of, walk_stmts
from ..syntax.words import ACCESS_WORDS
from .redefinitions import check_redefinitions, inherit_syntaxes
from .global_constructor import check_global_constructors
from .program_symbols import ProgramSymbols, StructInfo, class_constants, implemented
from .reporter import Reporter
from .resolved import class_constant_key
from .symbols import declared_immutable, method_key
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .enum_values import values_twice
    from .method_headers import check_method_header
    from .overloads import same_parameters
else:
    on_first_call(globals(), ".enum_values", "values_twice")
    on_first_call(globals(), ".method_headers", "check_method_header")
    on_first_call(globals(), ".overloads", "same_parameters")


# The statements that declare program-level names (no subclasses: compared by class),
# and those that declare names in their function (variables, internal procedures, the
# data file of a FOR EACH over a file): FunctionChecker.declare_body.
_PROGRAM_LEVEL = frozenset({N.StructDecl, N.EnumDecl, N.ConstDecl, N.InterfaceDecl})
DECLARING = frozenset({N.Decl, N.Let, N.For, N.ForEach, N.Procedure, N.ForEachFile})


def collect_program(program: N.Program, symbols: ProgramSymbols, rep: Reporter) -> None:
    """The program-level names of every body (main code, procedures), and, for each body,
    its statements that declare something in it and whether it has a label
    (`ProgramSymbols.declaring`): one walk, in walk_stmts' order (depth first, internal
    procedures not entered), written out: it meets every statement of the program."""
    procedures = program.procedures
    nested, plain = _NESTED, _PLAIN
    for body in [program.main] + [p.body for p in procedures] if procedures \
            else [program.main]:
        declaring: list[N.Stmt] = []
        labelled = False
        stack = [iter(body.stmts if body.on_error is None and body.on_exception is None
                      and body.on_end is None else body_stmts(body))]
        while stack:
            for s in stack[-1]:
                t = type(s)
                if t in plain:  # most statements: nothing to note, no block inside
                    continue
                if t in DECLARING:
                    declaring.append(s)
                elif t in _PROGRAM_LEVEL:
                    _program_level(s, program, symbols, rep)
                    if t is _STRUCT:
                        continue  # its CONSTANT blocks are the class's (class_constants_of)
                elif t is _LABEL:
                    labelled = True
                get = nested.get(t, _UNSEEN)
                if get is _UNSEEN:
                    get = nested[t] = sub_stmts_of(t)
                    if get is None and t not in DECLARING and t not in _PROGRAM_LEVEL \
                            and t is not _LABEL:
                        plain.add(t)
                if get is not None:
                    inner = get(s)
                    if inner:
                        stack.append(iter(inner))
                        break
            else:
                stack.pop()
        symbols.declaring[id(body)] = (body, declaring, labelled)
    _program_procedures(program, symbols, rep)
    check_global_constructors(program, rep)


# sub_stmts_of each statement class met (None: it holds no statement)
_NESTED: dict[type, Callable[[Any], list[N.Stmt]] | None] = {}
_PLAIN: set[type] = set()  # statement classes that neither declare nor hold a block
_STRUCT = N.StructDecl
_LABEL = N.Label  # (noted: WL204's flow leaves out a function with labels)
_UNSEEN: Any = object()


def member_types(s: N.StructDecl) -> dict[str, str]:
    """Each member's declared type as written (folded member -> type text)."""
    return {fold(n): d.type_text for d in s.members for n, _, _ in d.names}


def fixed_members(s: N.StructDecl) -> frozenset[str]:
    """The members `s` declares `<immutable>` (folded): immutable_writes.py refuses
    their writes."""
    return frozenset(fold(n) for d in s.members if d.attributes and declared_immutable(d)
                     for n, _, _ in d.names)


def _members(s: N.StructDecl, rep: Reporter) -> dict[str, str]:
    """A structure's or class's members (folded -> shown); one declared twice is WL105."""
    members: dict[str, str] = {}
    lines: dict[str, int] = {}
    for d in s.members:
        for n, line, col in d.names:
            key = fold(n)
            if key in members:
                rep.report("WL105", f"the member '{n}' of {s.name} is declared twice", d,
                           len(n), hint=f"first declared at line {lines[key]}",
                           line=line or d.line, col=col or d.col)
                continue
            members[key], lines[key] = n, line or d.line
    return members


def _program_level(s: N.Stmt, program: N.Program, symbols: ProgramSymbols,
                   rep: Reporter) -> None:
    """A structure or class, an enumeration or constants, wherever they are declared."""
    if isinstance(s, N.StructDecl):
        key = fold(s.name)
        elsewhere = symbols.declared_at.get(key, (program.filename, 0))[0]
        if key in symbols.structs and (key not in symbols.outside
                                       or elsewhere != program.filename):
            what = "class" if s.is_class else "structure"
            rep.report("WL105", symbols.twice(f"the {what} '{s.name}'", key, program), s,
                       len(s.name))
            return  # the first declaration stays: no cascade of member errors
        symbols.declared_at.setdefault(key, ("", s.line))
        members = _members(s, rep)
        symbols.structs[key] = StructInfo(s.name, members, s.base,
                                          frozenset(fold(n) for n in s.statics),
                                          class_constants(s), s.abstract, member_types(s),
                                          implemented(s), s.is_class, tuple(s.bases),
                                          frozenset(s.private_bases), fixed_members(s))
        symbols.immutables = symbols.immutables or bool(symbols.structs[key].fixed)
        member_access(symbols, s, members)
        class_constants_of(s, symbols, rep)
    elif isinstance(s, N.EnumDecl):
        values_twice(s, rep)  # (the program's own: another file's are read below)
        enumeration(s, symbols)
    elif isinstance(s, N.InterfaceDecl):  # a variable of its type: a reference to an object
        add_interface(s, symbols)
    elif isinstance(s, N.ConstDecl):
        for name, value, line, col in s.items:
            key = fold(name)  # (a window's declarations are also shared with its own blocks)
            symbols.const_values.setdefault(key, value)
            if key in symbols.constants and \
                    symbols.declared_at.get(("#const", key)) != (program.filename, line):
                rep.report("WL105", f"the constant '{name}' is declared twice", s,
                           len(name), line=line, col=col)
            symbols.constants[key] = name


def class_constants_of(s: N.StructDecl, symbols: ProgramSymbols, rep: Reporter | None
                     ) -> None:
    """A class's CONSTANT blocks: its own constants (resolved.class_constant_key), so
    two classes, or a class and the program, may each declare MAXV; one the class
    declares twice is WL105 (said by the check of the class's own file: `rep`)."""
    cls = fold(s.name)
    lines: dict[str, int] = {}
    for block in s.consts:
        for name, value, line, col in block.items:
            key = class_constant_key(cls, fold(name))
            if key in lines and rep is not None:
                rep.report("WL105", f"the constant '{name}' of {s.name} is declared twice",
                           block, len(name), line=line, col=col,
                           hint=f"first declared at line {lines[key]}")
                continue
            lines[key] = line
            symbols.constants[key] = name
            symbols.const_values[key] = value


def member_access(symbols: ProgramSymbols, s: N.StructDecl, members: dict[str, str]) -> None:
    """Who may use each member of `s` (PRIVATE, PROTECTED...) and which are CONSTANT, for
    WL112 and the read-only check, wherever the class is declared (this file or another
    of the project: `wl run` refuses both alike)."""
    key = fold(s.name)
    for m in members:
        symbols.access.setdefault(m, []).append((key, s.access.get(m, "public")))
    for m in s.read_only:
        symbols.read_only.setdefault(m, set()).add(key)


def method_access(symbols: ProgramSymbols, p: N.Procedure) -> None:
    """Who may call the method `p` (`PROCEDURE PRIVATE C::M()`), for WL112."""
    access = next((a for m in p.modifiers if (a := ACCESS_WORDS.get(m))), "public")
    symbols.access.setdefault(fold(p.name), []).append((fold(p.owner or ""), access))


def add_interface(s: N.InterfaceDecl, symbols: ProgramSymbols) -> None:
    """`IShape is Interface`: a type whose variables and array elements refer to an
    object of a class that implements it (docs/semantics.md "Interfaces")."""
    from ..runtime.types import interface_spec  # (docs/architecture.md)
    symbols.interfaces[fold(s.name)] = s
    symbols.named_types[fold(s.name)] = interface_spec(s.name)


def enumeration(s: N.EnumDecl, symbols: ProgramSymbols) -> None:
    """An enumeration or combination, of this file or another: its values are constants,
    its name a type."""
    key = fold(s.name)
    symbols.constants[key] = s.name
    from ..runtime.types import K_INT, K_VARIANT, TypeSpec  # (docs/architecture.md)
    # an enumeration's variables are typed by it (assignments.check_enum), as the
    # compiler types them; a combination's hold an integer, named by its combination
    # (combination_checks.py), as the compiler names it
    symbols.enum_types[key] = TypeSpec(K_INT, bits=64, name=key) if s.combination \
        else TypeSpec(K_VARIANT, name=key)
    symbols.named_types[key] = symbols.enum_types[key]
    values = symbols.comb_values if s.combination else symbols.enum_values
    for name, value, _, _ in s.items:
        symbols.constants[fold(name)] = name
        if value is not None:
            symbols.const_values.setdefault(fold(name), value)
        values.setdefault(fold(name), set()).add(key)


def _program_procedures(program: N.Program, symbols: ProgramSymbols, rep: Reporter) -> None:
    """Procedures and methods (duplicates, unknown classes), then inheritance cycles."""
    for p in program.procedures:
        if p.owner is not None:
            owner, key = fold(p.owner), method_key(p)
            method_access(symbols, p)
            if owner not in symbols.structs:
                rep.report("WL110", f"unknown class '{p.owner}' for the method {p.name}", p,
                           len(p.owner))
            elif (owner, key) in symbols.methods:
                if another_syntax(symbols, (owner, key), symbols.methods[(owner, key)], p):
                    continue
                rep.report("WL105", symbols.twice(f"the method {p.owner}::{p.name}",
                                                  (owner, key)), p, len(p.name),
                           col=_name_column(rep, p))
            symbols.declared_at.setdefault((owner, key), ("", p.line))
            symbols.methods[(owner, key)] = p
            check_method_header(p, rep, partial(_name_column, rep, p))
            if owner in symbols.structs and key in symbols.structs[owner].members:
                _member_and_method(symbols, p, rep)
            continue
        key = fold(p.name)
        if key in symbols.procs and key not in symbols.outside:
            if another_syntax(symbols, key, symbols.procs[key], p):
                continue
            rep.report("WL105", symbols.twice(f"the procedure '{p.name}'", ("proc", key)), p,
                       len(p.name), col=_name_column(rep, p))
        elif key in symbols.outside or symbols.overloads:  # replaces another file's or
            first = _another_files(symbols, program, key)  # an earlier REPL input's (all
            if first is not None:  # its syntaxes); another file's: as `wl run` links it
                if another_syntax(symbols, key, first, p):
                    continue
                rep.report("WL105", symbols.twice(f"the procedure '{p.name}'", ("proc", key),
                                                  program), p, len(p.name),
                           col=_name_column(rep, p))
            symbols.outside.discard(key)
            symbols.overloads.pop(key, None)
        symbols.declared_at.setdefault(("proc", key), ("", p.line))
        symbols.procs[key] = p
        for alias in overridden_builtins(p, symbols.registry.functions) if p.modifiers \
                else ():  # (only an <extension> procedure overrides one)
            symbols.procs.setdefault(alias, p)  # `Format` <extension>: StringFormat too
    inherit_syntaxes(symbols, method_key)
    check_redefinitions(program.procedures, symbols, rep, method_key)
    for key, info in symbols.structs.items():
        if any(key in symbols.lineage(p) for p in info.parents()):
            node = _struct_node(program, key)
            if node is not None:  # (a class of another file: that file says so)
                rep.report("WL111", f"the class {info.name} inherits from itself", node,
                           len(info.name))


def _another_files(symbols: ProgramSymbols, program: N.Program, key: str
                   ) -> N.Procedure | None:
    """The procedure `key` of another file of the project (not of an earlier REPL input)
    that `wl run` links with this file's of the same name: another syntax of it, or the
    same declared twice, which the run refuses (WINDEV: "do not declare two procedures
    with the same name", ?1513009). None for a conftest's procedure or this file's being
    one: it replaces the project's (a mock, docs/testing.md)."""
    filename, _ = symbols.declared_at.get(("proc", key), ("", 0))
    if not filename or filename == program.filename \
            or "conftest.wl" in (_base(filename), _base(program.filename)):
        return None
    return symbols.procs.get(key)


def _base(path: str | None) -> str:
    return os.path.basename(path or "").lower()


def another_syntax(symbols: ProgramSymbols, key: object, first: N.Procedure,
                    p: N.Procedure) -> bool:
    """Is `p`, declared with the name of `first`, another syntax of it (help ?1514063:
    different parameters), not a duplicate? Then it joins the name's syntaxes."""
    group = symbols.overloads.get(key)
    if any(same_parameters(q, p) for q in (group or [first])):
        return False
    if group is None:
        group = symbols.overloads[key] = [first]
    group.append(p)
    return True


def _struct_node(program: N.Program, key: str) -> N.StructDecl | None:
    stmts = body_stmts(program.main) + [s for p in program.procedures for s in body_stmts(p.body)]
    return next((s for s in walk_stmts(stmts)
                 if isinstance(s, N.StructDecl) and fold(s.name) == key), None)


def _member_and_method(symbols: ProgramSymbols, p: N.Procedure, rep: Reporter) -> None:
    """WL105 for a method named like a member of its class (not a property's accessor,
    which may share its member's name): `o.m_x` read the member and the method was never
    reached, silently. *Decided* (INFERRED: one name, one thing in a class, as for two
    members)."""
    info = symbols.structs[fold(p.owner or "")]
    rep.report("WL105", f"'{p.name}' is already a member of the class {info.name}: a "
               "method cannot have a member's name (o." + p.name + " reads the member)", p,
               len(p.name), col=_name_column(rep, p))


def _name_column(rep: Reporter, p: N.Procedure) -> int:
    """The column of a procedure's name on its header line (after `Class::` for a
    method), so the caret is under the name; the header's start if not found."""
    text = rep.lines[p.line - 1] if 0 < p.line <= len(rep.lines) else ""
    head = r"::\s*" if p.owner is not None else r"\s"
    m = re.search(head + "(" + re.escape(p.name) + r")\b", text[p.col - 1:], re.IGNORECASE)
    return p.col + m.start(1) if m else p.col
