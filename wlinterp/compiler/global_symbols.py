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
from ..semantics.resolved import Resolutions, class_constant_key
from ..semantics.symbols import ProcInfo, method_key, pyident, writeback_fixpoint
from ..lazy_regex import lazy_compile
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..semantics.abstract import is_abstract_method, missing_abstract, why_abstract
else:
    on_first_call(globals(), "..semantics.abstract",
                  "is_abstract_method", "missing_abstract", "why_abstract")

if TYPE_CHECKING:
    from ..errors import WLSyntaxError
    from ..repl_state import Session


class GlobalSymbolsMixin:
    """Methods of ProgramCompiler that fill its tables of global symbols."""

    if TYPE_CHECKING:  # ProgramCompiler's own, for the type checker
        program: N.Program
        session: Session | None
        registry: Any
        source: str
        filename: str
        structs: dict[str, StructDef]
        declared_structs: dict[str, object]
        spec_cache: dict[str, TypeSpec]
        constants: dict[str, Any]
        interfaces: set[str]
        interface_shown: dict[str, str]
        interface_decls: dict[str, N.InterfaceDecl]
        methods_only: set[str]
        pending_consts: dict[str, N.Expr]
        const_class: str | None
        const_parents: dict[str, list[str]]
        pending_enums: dict[str, N.EnumDecl]
        valued_enums: set[int]
        enum_decls: dict[str, N.EnumDecl]
        procs: dict[str, ProcInfo]
        methods: dict[tuple[str, str], ProcInfo]
        methods_back: set[str]
        properties: set[str]
        enums: dict[str, list[str]]
        combinations: set[str]
        read_only: set[tuple[str, str]]
        refs: Resolutions

        def parse_spec(self, text: str, node: Any) -> TypeSpec: ...
        def same_declared_type(self, a: str, b: str) -> bool: ...
        def refused(self, node: Any) -> WLSyntaxError: ...
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
        if self.session is not None:  # REPL: earlier inputs' procedures and methods stay
            self.procs = {**self.session.procs, **self.procs}  # callable (an input may
            self.methods = {**self.session.methods, **self.methods}  # give them again)
            self.properties |= self.session.properties
        add_implicit_interfaces(self.structs, self.methods, {  # a class with the prototypes
            **(self.session.interfaces if self.session is not None else {}),
            **self.interface_decls}, self.same_declared_type)
        # methods give back the parameters they assign too (runtime/method_args.py)
        by_name: dict[str, list[ProcInfo]] = {}
        for (_, k), m in self.methods.items():
            by_name.setdefault(k, []).extend(m.overloads or [m])
        procs = {k: i for k, i in self.procs.items() if i.overloads is None}
        for k, info in self.procs.items():  # a call of a name with several syntaxes may
            if info.overloads is not None:  # run any of them
                by_name.setdefault(k, []).extend(info.overloads)
                procs.update((f"{k}#{i}", s) for i, s in enumerate(info.overloads))
        methods = {f"{c}::{k}#{i}": s for (c, k), m in self.methods.items()
                   for i, s in enumerate(m.overloads or [m])}
        writeback_fixpoint({**procs, **methods}, self.combinations, by_name)
        self.syntaxes_given_back()
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

    def collect_constants(self, level: list[N.Stmt]) -> None:
        """Constants and enumerations get their values in the order their values need
        them: a constant may use one that a class, another procedure or file declares
        further down (the semantic pass refuses a cycle, and a use of a constant its own
        code declares below: docs/semantics.md)."""
        owners = {id(b): fold(s.name) for s in level if isinstance(s, N.StructDecl)
                  for b in s.consts}  # a class's blocks: its own constants
        self.const_class = None
        self.const_parents = {fold(s.name): [fold(b) for b in s.bases or
                                             ([s.base] if s.base else [])]
                              for s in level if isinstance(s, N.StructDecl)}
        for key, sdef in self.structs.items():  # (REPL: a class of an earlier input)
            self.const_parents.setdefault(key, [fold(b.name) for b in sdef.parents()])
        self.pending_consts = {_constant_key(owners.get(id(s)), fold(n)): e
                               for s in level if isinstance(s, N.ConstDecl)
                               for n, e, _, _ in s.items}
        self.pending_enums = {fold(n): s for s in level if isinstance(s, N.EnumDecl)
                              for n, *_ in s.items}
        self.valued_enums = set()
        self.enum_decls = {fold(s.name): s for s in level if isinstance(s, N.EnumDecl)}
        for s in level:
            if isinstance(s, N.EnumDecl):
                self.add_enum(s)
            elif isinstance(s, N.ConstDecl):
                for name, _, _, _ in s.items:
                    self.needed_constant(_constant_key(owners.get(id(s)), fold(name)))

    def needed_constant(self, key: str) -> bool:
        """Give the constant or enumeration value `key`, declared further down, its value
        now (False: no such declaration is waiting, or it is being valued: a cycle)."""
        expr = self.pending_consts.pop(key, None)
        if expr is not None:  # (valued where it is declared: in its class, if any)
            outer, self.const_class = self.const_class, \
                key.partition("::")[0] if "::" in key else None
            try:
                self.constants[key] = self.const_value(expr)
            finally:
                self.const_class = outer
            return True
        decl = self.pending_enums.get(key)
        if decl is not None and id(decl) not in self.valued_enums:
            self.add_enum(decl)
            return True
        return False

    def add_enum(self, s: N.EnumDecl) -> None:
        """An enumeration's values become constants (reached as `Green` or `Colors.Green`);
        a combination's are the flags 1, 2, 4..."""
        from ..runtime.enums import WLCombType, WLEnumType, WLEnumValue
        if id(s) in self.valued_enums:
            return  # valued already, for a constant declared above it
        self.valued_enums.add(id(s))
        keys = []
        values = []
        for rank, (name, expr, _, _) in enumerate(s.items, 1):
            value = self.const_value(expr) if expr is not None else None
            values.append(value)
            self.constants[fold(name)] = (1 << (rank - 1) if s.combination else
                                          WLEnumValue(s.name, name, rank, value))
            keys.append(fold(name))
        self.enums[fold(s.name)] = keys
        if s.combination:
            self.combinations.add(fold(s.name))
        if fold(s.name) in self.constants:
            return
        if s.combination:  # the combination named as a value (CombinationFromName)
            self.constants[fold(s.name)] = WLCombType(s.name, [n for n, *_ in s.items], values)
        else:  # the enumeration named as a value
            self.constants[fold(s.name)] = WLEnumType(
                s.name, [self.constants[k] for k in keys])

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

    def member_init(self, e: N.Expr) -> Any:
        """A member's initial value (`m_n is int = -1`, `= Level.Log`): a constant."""
        if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
            from ..runtime.arithmetic import w_sub
            value = self.member_init(e.operand)
            return w_sub(0, value) if e.op == "neg" else value
        if isinstance(e, N.Member) and isinstance(e.obj, N.Name) \
                and fold(e.name) in self.enums.get(fold(e.obj.name), ()):
            return self.constants[fold(e.name)]
        return self.const_value(e)

    def visible_constant(self, e: N.Name | N.ClassMember) -> str:
        """The key of the constant a constant's expression names: `CA::K` CA's K (or an
        ancestor's), `K` or `::K` in a class's declarations its class's first, else the
        program's `K` (semantics: program_decls `_class_constants`)."""
        key = fold(e.name)
        cls = fold(e.cls) if isinstance(e, N.ClassMember) and e.cls else self.const_class
        todo, seen = [cls] if cls else [], set()
        while todo:
            c = todo.pop(0)
            own = _constant_key(c, key)
            if own in self.constants or own in self.pending_consts:
                return own
            seen.add(c)
            todo += [p for p in self.const_parents.get(c, ()) if p not in seen]
        return key

    def const_value(self, e: N.Expr) -> Any:
        """The value of a CONSTANT's expression: literals, other constants (`C`,
        `CClass::C`, `::C`), built-in constants (`TAB`, `CR`), arithmetic and signs."""
        if isinstance(e, (N.Num, N.Str, N.Const)):
            return e.value
        if isinstance(e, (N.Name, N.ClassMember)):
            key = self.visible_constant(e)
            if key in self.constants or self.needed_constant(key):
                return self.constants[key]
        if isinstance(e, N.Name) and fold(e.name) in self.registry.constants:
            return self.registry.constants[fold(e.name)].value
        if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
            return self.member_init(e)
        if isinstance(e, N.Member) and isinstance(e.obj, N.Name):  # `Colour.Red`
            key = fold(e.name)
            if key in self.constants or self.needed_constant(key):
                if key in self.enums.get(fold(e.obj.name), ()):
                    return self.constants[key]
        if isinstance(e, N.BinOp) and e.op in ("+", "-", "*", "/"):
            from .folding import binary_constant  # decimal literals exact, as in code
            return binary_constant(e.op, self.const_value(e.left), self.const_value(e.right))
        raise self.refused(e)


_ATTRIBUTE = lazy_compile(r'<\s*([^\W\d][\w ]*?)\s*=\s*"?([^">]*?)"?\s*>')


def _constant_key(cls: str | None, key: str) -> str:
    """A constant's key: the class's (class_constant_key) for one of a class's blocks."""
    return key if cls is None else class_constant_key(cls, key)


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
