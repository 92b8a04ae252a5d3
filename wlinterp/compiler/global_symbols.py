"""The program's global symbols, collected before any code is generated: enumerations
and constants, structures and classes (members, attributes, abstract classes),
procedures and methods, and which of them give back parameters by reference.
"""
from __future__ import annotations

__all__ = ["GlobalSymbolsMixin", "member_attributes"]

from typing import TYPE_CHECKING, Any

from ..errors import WLSyntaxError, source_lines
from ..records import replace
from ..syntax import nodes as N
from ..syntax.extension_procs import overridden_builtins
from ..syntax.member_inits import constructed_members
from ..syntax.names import fold
from ..runtime.types import StructDef, TypeSpec
from ..semantics.diagnostics import sentence
from ..semantics.facts import facts
from ..semantics.implicit_interfaces import add_implicit_interfaces
from ..semantics.program_symbols import implemented
from ..semantics.resolved import Resolutions
from ..semantics.symbols import (ProcInfo, declared_immutable, method_key, pyident,
                                 writeback_fixpoint)
from ..lazy_regex import lazy_compile
from .global_constants import GlobalConstantsMixin
from .session_writeback import (SessionByName, SessionCallable, fixpoint_tables,
                                refuse_changed_writeback)
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..semantics.abstract import is_abstract_method, missing_abstract, why_abstract
else:
    on_first_call(globals(), "..semantics.abstract",
                  "is_abstract_method", "missing_abstract", "why_abstract")

if TYPE_CHECKING:
    from ..errors import WLSyntaxError
    from ..repl_state import Session


class GlobalSymbolsMixin(GlobalConstantsMixin):
    """Methods of ProgramCompiler that fill its tables of global symbols (constants and
    enumerations: global_constants.py)."""

    if TYPE_CHECKING:  # ProgramCompiler's own, for the type checker (and GlobalConstantsMixin's)
        program: N.Program
        session: Session | None
        source: str
        filename: str
        declared_structs: dict[str, object]
        spec_cache: dict[str, TypeSpec]
        interfaces: set[str]
        interface_shown: dict[str, str]
        interface_decls: dict[str, N.InterfaceDecl]
        methods_only: set[str]
        procs: dict[str, ProcInfo]
        methods: dict[tuple[str, str], ProcInfo]
        methods_back: set[str]
        properties: set[str]
        read_only: set[tuple[str, str]]
        refs: Resolutions

        def parse_spec(self, text: str, node: Any) -> TypeSpec: ...
        def same_declared_type(self, a: str, b: str) -> bool: ...
        def syntax_info(self, p: N.Procedure, key: object, pyname: str) -> ProcInfo | None: ...
        def syntaxes_given_back(self) -> None: ...
        def inherited_syntaxes(self) -> None: ...

    def collect(self) -> None:
        level = [s for body in [self.program.main, *(p.body for p in self.program.procedures)]
                 for s in facts(body).program_level]
        self.interface_decls = {fold(s.name): s for s in level
                                if isinstance(s, N.InterfaceDecl)}
        self.interfaces = set(self.interface_decls)  # (and the REPL's earlier inputs')
        if self.session is not None:
            self.interfaces |= set(self.session.interfaces)
        self.interface_shown = {k: d.name for k, d in self.interface_decls.items()}
        if self.session is not None:
            self.interface_shown.update((k, d.name) for k, d in self.session.interfaces.items())
        self.collect_constants(level)  # first: a structure's member may be of such a type
        decls = {fold(s.name): s for s in level if isinstance(s, N.StructDecl)}
        self.declared_structs = dict(decls)  # a member may be of a class declared below
        self.spec_cache.clear()
        for key in decls:  # REPL: an input's structure or class replaces an earlier
            self.structs.pop(key, None)  # input's, as the semantic pass reads it
        for key in decls:
            self.add_struct(decls[key], decls)
        self.declared_structs = {}
        self.spec_cache.clear()
        for p in self.program.procedures:
            if p.owner is not None:
                self.add_method(p)
                continue
            key = fold(p.name)
            if self.syntax_info(p, key, f"p_{pyident(key)}") is not None:
                continue  # one of the name's syntaxes (compiler/overloads.py)
            if key in self.procs:
                raise self.refused(p)
            info = ProcInfo(p, key, f"p_{pyident(key)}")
            if p.ret_type:
                info.ret_spec = self.parse_spec(p.ret_type, p)
            self.procs[key] = info
            for alias in overridden_builtins(p, self.registry.functions):
                self.procs.setdefault(alias, info)  # `Format` <extension>: StringFormat too
        self.mark_abstract()
        self.inherited_syntaxes()  # an ancestor's syntaxes a class does not redefine
        self.own_procs, self.own_methods = self.procs, self.methods  # (the REPL's input's)
        if self.session is not None:  # REPL: earlier inputs' procedures and methods stay
            self.procs = {**self.session.procs, **self.procs}  # callable (an input may
            self.methods = {**self.session.methods, **self.methods}  # give them again)
            self.properties |= self.session.properties
        add_implicit_interfaces(self.structs, self.methods, {  # a class with the prototypes
            **(self.session.interfaces if self.session is not None else {}),
            **self.interface_decls}, self.same_declared_type)
        # methods give back the parameters they assign too (runtime/method_args.py)
        if self.session is None:
            table, by_name = fixpoint_tables(self.procs, self.methods)
            writeback_fixpoint(table, self.combinations, by_name)
        else:  # the input's own procedures only: the earlier inputs' are settled
            table, by_name = fixpoint_tables(self.own_procs, self.own_methods)
            writeback_fixpoint(table, self.combinations,
                               SessionByName(self.session, self.own_procs, self.own_methods,
                                             by_name),  # type: ignore[arg-type]
                               known=SessionCallable(self.procs))  # type: ignore[arg-type]
        self.syntaxes_given_back()
        refuse_changed_writeback(self.own_procs, self.own_methods, self.session,
                                 self.filename, self.source)
        self.methods_back = {k for (_, k), m in self.methods.items() if m.writeback}
        self.methods_only = {k for _, k in self.methods} - {  # `obj.M`: maybe a call
            m for sdef in self.structs.values() for m, _, _ in sdef.members}
        self.methods_only.update(  # `v.s_n`, maybe a GLOBAL member (helpers.member_or_method)
            m for sdef in self.structs.values() for m in sdef.statics)

    def mark_abstract(self) -> None:
        """A class leaving an abstract method of its lineage without a redefinition has no
        objects, as the semantic pass says (semantics/abstract.py)."""
        methods = self.methods
        keys: dict[str, set[str]] = {}
        for (cls, key), info in methods.items():
            if is_abstract_method(info.node.modifiers):
                keys.setdefault(cls, set()).add(key)
        if not keys:
            return
        for sdef in self.structs.values():
            missing = missing_abstract(sdef.lineage(), keys, lambda c, k: (c, k) in methods
                                       and not is_abstract_method(methods[(c, k)].node.modifiers))
            if missing is not None and not sdef.abstract:
                shown = methods[missing].node
                sdef.abstract_why = sentence(why_abstract(
                    sdef.name, False, missing,
                    lambda c, k: f"{self.structs[c].name}::{shown.name}") or "")

    def find_method(self, owner: str | None, key: str) -> ProcInfo | None:
        """A method of the class `owner` or of one of its ancestors."""
        if owner is None or owner not in self.structs:
            return None
        for cls in self.structs[owner].lineage():
            info = self.methods.get((cls, key))
            if info is not None:
                return info
        return None

    def add_method(self, p: N.Procedure) -> None:
        """`PROCEDURE CClass::Method(...)`: compiled with the object as first parameter."""
        owner, key = fold(p.owner or ""), fold(p.name)
        if owner not in self.structs:
            raise self.refused(p)
        if key != method_key(p):  # PROCEDURE CClass::X() <get>: the property X
            self.properties.add(key)
            key = method_key(p)
        pyname = f"m_{pyident(owner)}__{pyident(key.replace('#', '__'))}"
        if self.syntax_info(p, (owner, key), pyname) is not None:
            return  # one of the method's syntaxes (compiler/overloads.py)
        if (owner, key) in self.methods:
            raise self.refused(p)
        info = ProcInfo(p, key, pyname)
        if p.ret_type:
            info.ret_spec = self.parse_spec(p.ret_type, p)
        self.methods[(owner, key)] = info

    def add_struct(self, s: N.StructDecl, decls: dict[str, N.StructDecl],
                   seen: tuple[str, ...] = ()) -> StructDef:
        """A structure or class (its parent first: a class has its parent's members)."""
        key = fold(s.name)
        if key in self.structs:
            return self.structs[key]
        parents = self.parents(s, decls, seen)
        base = parents[0] if parents else None
        members = inherited_members(parents)
        statics: dict[str, list[Any]] = {}
        inits: dict[str, Any] = {k: v for p in reversed(parents) for k, v in p.inits.items()}
        static_args: dict[str, tuple[Any, ...]] = {}
        outer, self.const_class = self.const_class, key  # MAXV: the class's constant
        try:
            self.struct_members(s, members, statics, inits, static_args)
        finally:
            self.const_class = outer
        sdef = StructDef(s.name, members, base, statics,
                         read_only=frozenset(s.read_only).union(*(p.read_only for p in parents)),
                         inits=inits, abstract=s.abstract, is_class=s.is_class,
                         constructed=frozenset(constructed_members(s)).union(
                             *(p.constructed for p in parents)),
                         static_args=static_args,
                         implements=implemented(s), others=tuple(parents[1:]))
        sdef.attributes = {**{k: v for p in reversed(parents) for k, v in p.attributes.items()},
                           **member_attributes(self.source, s.members)}
        sdef.immutable = {**{k: v for p in reversed(parents) for k, v in p.immutable.items()},
                          **dict.fromkeys(immutable_members(s), sdef)}
        self.read_only |= {(m, key) for m in s.read_only}
        self.structs[key] = sdef
        return sdef

    def struct_members(self, s: N.StructDecl, members: list[Any],
                       statics: dict[str, list[Any]], inits: dict[str, Any],
                       static_args: dict[str, tuple[Any, ...]]) -> None:
        """The members `s` declares: their types (arrays sized by constants), initial
        values, GLOBAL ones apart; a constant they name is the class's first."""
        for d in s.members:
            spec = self.parse_spec(d.type_text, d) if d.dims is None else self.sized_member(d)
            if d.init is not None:  # (`m_a, m_b are int = 5`: the last one only)
                inits[fold(d.names[-1][0])] = self.member_init(d.init)
            for n, _, _ in d.names:
                if fold(n) in s.statics:
                    statics[fold(n)] = [spec]  # GLOBAL: one value for the class
                    if d.ctor_args:  # built on first use, with these constants
                        static_args[fold(n)] = tuple(map(self.member_init,
                                                         self.refs.args_of(d, d.ctor_args)))
                else:
                    members.append((fold(n), n, spec))

    def sized_member(self, d: N.Decl) -> TypeSpec:
        """`m_t is array of (MAXI+1) int` in a structure or class: the dimensions are
        constants' expressions, valued now (a member's type is the class's, fixed
        when compiling); anything else is the error of a CONSTANT's value."""
        dims = []
        for e in d.dims or ():
            value = self.const_value(e)
            if type(value) is not int or value < 0:
                raise WLSyntaxError(f"a member's array dimension must be a whole number, 0 "
                                    f"or more: not {value}", e.line, e.col, self.filename,
                                    self.source)
            dims.append(value)
        return replace(self.parse_spec(d.dims_text, d), dims=tuple(dims))

    def parents(self, s: N.StructDecl, decls: dict[str, N.StructDecl],
                seen: tuple[str, ...]) -> list[StructDef]:
        """The classes `s` inherits from (each made first), in the order written; a
        parent nobody declares is left out (the semantic pass warns, WL207)."""
        key, found = fold(s.name), []
        for name in s.bases or ([s.base] if s.base else []):
            bkey = fold(name)
            if bkey in seen or bkey == key:
                raise self.refused(s)
            if bkey in decls:
                found.append(self.add_struct(decls[bkey], decls, seen + (key,)))
            elif bkey in self.structs:
                found.append(self.structs[bkey])
        return found



_ATTRIBUTE = lazy_compile(r'<\s*([^\W\d][\w ]*?)\s*=\s*"?([^">]*?)"?\s*>')


def immutable_members(s: N.StructDecl) -> list[str]:
    """The members (folded) a structure or class declares `<immutable>`: a computed
    indirection writing one is refused when it runs (runtime/indirection.py)."""
    return [fold(n) for d in s.members if declared_immutable(d) for n, _, _ in d.names]


def member_attributes(source: str | None, decls: list[Any]) -> dict[str, dict[str, str]]:
    """`<serialize=false>`, `<nom="id">`... after a member's type, read from its source
    line (the lexer skips them in the type): folded member -> {folded name: value}.
    Lines as the lexer counts them (source_lines): `str.splitlines` also cuts at U+2028,
    FF, NEL..., so after a comment holding one each member read the line above it."""
    lines = source_lines(source or "")
    out: dict[str, dict[str, str]] = {}
    for d in decls:
        line = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
        code = line.split("//", 1)[0]
        found = {fold(k): v.strip() for k, v in _ATTRIBUTE.findall(code)}
        if found:
            for n, _, _ in d.names:
                out[fold(n)] = found
    return out


def inherited_members(parents: list[StructDef]) -> list[tuple[str, str, TypeSpec]]:
    """The members a class gets from its parents: the first parent's, then those of the
    next ones that no earlier parent has (a member two lines share, from a common
    ancestor or by name, is one member: the first line's; decided, docs/semantics.md
    "Several ancestors")."""
    members: list[tuple[str, str, TypeSpec]] = []
    seen: set[str] = set()
    for parent in parents:
        for member in parent.members:
            if member[0] not in seen:
                seen.add(member[0])
                members.append(member)
    return members
