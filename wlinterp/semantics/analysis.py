"""The semantic pass over a whole program: the program-level symbols (structures and
classes, constants, procedures, methods), then each function body (checker.py).

`analyze` is what `wl check`, the compiler (compile_program) and the REPL all call: the
decisions "is this name declared", "does this call have the right number of arguments",
"is this a duplicate" are taken here once; the compiler refuses a program exactly when
an error here blocks it.
"""
from __future__ import annotations

import re

__all__ = ["Analysis", "ProgramSymbols", "analyze", "RUN_WARNINGS", "run_warning"]

from ..records import field, record
from typing import TYPE_CHECKING, Any

from ..errors import format_warning, source_lines
from ..registry import Registry
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, walk_stmts
from .diagnostics import KINDS, Diagnostic, Severity
from ..syntax.words import ACCESS_WORDS
from .resolved import Resolutions
from .flow import report_unassigned_reads
from .operands import builtin_kinds
from .symbols import collect_decls, facts, method_key, pair_accessors

if TYPE_CHECKING:
    from ..repl_state import Session
    from ..runtime.types import TypeSpec


# Diagnostics about a call (unknown callee, unavailable function, argument count).
CALL_CODES = frozenset({"WL102", "WL103", "WL104"})
# The diagnostics `wl run` shows as warnings, with what running does about each.
RUN_WARNINGS = {"WL101": "it is treated as an empty variant variable", "WL207": ""}


@record
class StructInfo:
    """A structure or class as the checker sees it: members (folded -> shown), parent."""

    name: str
    members: dict[str, str]
    base: str | None = None
    statics: frozenset[str] = frozenset()  # members of a GLOBAL section (folded)
    consts: frozenset[str] = frozenset()  # its CONSTANT blocks' names (folded)
    abstract: bool = False  # `X is a Class, abstract` (semantics/abstract.py)


def class_constants(s: N.StructDecl) -> frozenset[str]:
    """The folded names a class's CONSTANT blocks declare (`obj.NAME` reads them)."""
    return frozenset(fold(n) for c in s.consts for n, _, _, _ in c.items)


@record
class Analysis:
    """Everything the semantic pass found in one program."""

    program: N.Program
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # a call the pass found wrong (unknown callee, argument count), by the call's position:
    # the compiler makes it fail there when it runs, with the same message
    call_errors: dict[tuple[int, int], Diagnostic] = field(default_factory=dict)
    # what each name designates (resolved.py): code generation reads it, never re-decides
    refs: Resolutions = field(default_factory=Resolutions)

    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    def blocking(self, strict: bool = False) -> list[Diagnostic]:
        """The errors that stop `wl run` (all of them with --strict)."""
        return [d for d in self.errors() if strict or not d.deferred]

    def run_warnings(self) -> list[tuple[str, str]]:
        """(code, text) of what `wl run` prints before running, each once: undeclared
        names, which it runs as variants, and unknown types, whose variables are variants."""
        seen: set[str] = set()
        out = []
        for d in self.diagnostics:
            if d.code in RUN_WARNINGS and d.message not in seen:
                seen.add(d.message)
                out.append((d.code, run_warning(d, self.program.filename,
                                                self.program.source)))
        return out


def run_warning(d: Diagnostic, filename: str, source: str) -> str:
    """A diagnostic `wl run` runs anyway (RUN_WARNINGS), as it shows it: a warning saying
    what running does about it."""
    then = RUN_WARNINGS[d.code]
    text = d.message + (f" ({then})" if then else "")
    return format_warning(filename, d.line, d.column, text, source)


@record
class ProgramSymbols:
    """What every function of the program can see besides its own variables."""

    registry: Registry
    structs: dict[str, StructInfo] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)  # folded -> shown
    procs: dict[str, N.Procedure] = field(default_factory=dict)
    methods: dict[tuple[str, str], N.Procedure] = field(default_factory=dict)
    session_procs: dict[str, Any] = field(default_factory=dict)  # REPL: earlier inputs
    known: set[str] = field(default_factory=set)  # names declared elsewhere (controls...)
    access: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # name -> (class, access)
    outside: set[str] = field(default_factory=set)  # procedures/structs of other files
    refs: Resolutions = field(default_factory=Resolutions)  # the verdict on each name
    read_only: dict[str, set[str]] = field(default_factory=dict)  # CONSTANT member -> classes
    # where a structure, class or method was first declared: (file or "" for this one, line)
    declared_at: dict[object, tuple[str, int]] = field(default_factory=dict)

    def twice(self, what: str, key: object) -> str:
        """WL105's message, naming the first declaration: with several files (a sibling
        library, the project's classes) the other one is otherwise hard to find."""
        where = self.declared_at.get(key)
        if where is None:
            return f"{what} is declared twice"
        filename, line = where
        from ..project.sources import shown_path
        place = f"{shown_path(filename)}:{line}" if filename else f"line {line}"
        return f"{what} is declared twice (first declared at {place})"
    # Without the project's analysis, a name passed to an H* function as its data file
    # (or, to a seek, as its key item) is taken for one: `infer_data` turns that on,
    # `data_used` collects those names, `undeclared` the WL101 reports they withdraw.
    infer_data: bool = False
    data_used: set[str] = field(default_factory=set)
    undeclared: list[tuple[str, Diagnostic]] = field(default_factory=list)
    # enumeration and combination names -> the type of their variables' values
    enum_types: dict[str, TypeSpec] = field(default_factory=dict)
    types_read: dict[str, TypeSpec] = field(default_factory=dict)  # type phrase -> its type
    # id(body) -> (body, its statements that declare variables, procedures, data files)
    declaring: dict[int, tuple[N.Body, list[N.Stmt]]] = field(default_factory=dict)
    # semantics/abstract.py: class -> why it has no objects (None: it has); the abstract
    # methods each class declares
    abstract_why: dict[str, str | None] = field(default_factory=dict)
    abstract_methods: dict[str, set[str]] = field(default_factory=dict)

    def lineage(self, key: str) -> list[str]:
        """A class and its ancestors (folded), nearest first, cycles cut."""
        out: list[str] = []
        while key in self.structs and key not in out:
            out.append(key)
            key = fold(self.structs[key].base or "")
        return out

    def unknown_ancestor(self, key: str) -> bool:
        """Does the class derive from a class this check does not see (declared in another
        file of the project)? Its members and methods may then come from that class."""
        lineage = self.lineage(key)
        return bool(lineage) and bool(self.structs[lineage[-1]].base)

    def has_member(self, struct: str, key: str) -> bool:
        """Does a structure or class have this member or method (inherited ones too)?
        A class deriving from an unseen class may have any."""
        return any(key in self.structs[c].members or (c, key) in self.methods
                   or (c, key + "#get") in self.methods or (c, key + "#set") in self.methods
                   for c in self.lineage(struct)) or self.unknown_ancestor(struct)

    def inaccessible(self, name: str, here: str | None) -> str | None:
        """Why a member or method `name` cannot be used from class `here` (None: it can):
        private members only from their class, protected ones from derived classes too."""
        declared = self.access.get(fold(name))
        if not declared or any(access == "public" for _, access in declared):
            return None
        lineage = self.lineage(here) if here else []
        for cls, access in declared:
            if here == cls or (access in ("protected", "restricted") and cls in lineage):
                return None
        cls, access = declared[0]
        shown = self.structs[cls].name if cls in self.structs else cls
        word = "private" if access == "private" else "protected"
        who = "its own methods" if access == "private" else \
            "its methods and those of its derived classes"
        return f"'{name}' is a {word} member of the class {shown}: only {who} can use it"

    def read_only_write(self, name: str, here: str | None, cls: str | None) -> str | None:
        """Why `obj.name = v` from class `here` (None: not in a method) is refused: the
        member is CONSTANT in its class (`cls`, when the object's class is known; else
        every class declaring a member of that name does so) and `here` is neither that
        class nor one derived from it. None when the write is allowed or undecidable."""
        key = fold(name)
        constant_in = self.read_only.get(key)
        if not constant_in:
            return None
        if cls is not None:
            owner = next((c for c in self.lineage(cls) if key in self.structs[c].members), None)
            owners = {owner} if owner is not None else set()
        else:
            owners = {c for c, _ in self.access.get(key, [])}
        if not owners or not owners <= constant_in or \
                (here is not None and owners & set(self.lineage(here))):
            return None
        shown = ", ".join(sorted(self.structs[c].name for c in owners))
        # imported here: runtime.containers and runtime.types import each other, and
        # only types may come first (`import wlinterp.semantics` alone must work)
        from ..runtime.containers import read_only_error
        return read_only_error(name, shown)

    def find_method(self, owner: str, key: str) -> N.Procedure | None:
        for cls in self.lineage(owner):
            p = self.methods.get((cls, key))
            if p is not None:
                return p
        return None


class Reporter:
    """Collects diagnostics with their position and source line."""

    def __init__(self, filename: str, source: str) -> None:
        self.filename = filename
        self.source = source
        self._lines: list[str] | None = None
        self.out: list[Diagnostic] = []
        self.call_errors: dict[tuple[int, int], Diagnostic] = {}

    @property
    def lines(self) -> list[str]:
        """The source's lines, cut when first needed (most programs report nothing)."""
        if self._lines is None:
            self._lines = source_lines(self.source)
        return self._lines

    def find(self, line: int, col: int, name: str) -> int:
        """The column of `name` on `line` at or after `col` (statements that declare a
        name, such as `let x = ...`, start before it)."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        at = text.find(name, max(col - 1, 0))
        return at + 1 if at >= 0 else col

    def report(self, code: str, message: str, node: Any, length: int = 1,
               hint: str | None = None, line: int | None = None, col: int | None = None,
               deferred: bool | None = None) -> Diagnostic:
        line = node.line if line is None else line
        col = node.col if col is None else col
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        d = Diagnostic(code, message, self.filename, line, col, max(length, 1), hint, text,
                       KINDS[code].deferred if deferred is None else deferred)
        self.out.append(d)
        if code in CALL_CODES and isinstance(node, N.Call):
            self.call_errors.setdefault((node.line, node.col), d)
        return d


# The statements that declare program-level names (no subclasses: compared by class),
# and those that declare names in their function (variables, internal procedures, the
# data file of a FOR EACH over a file): FunctionChecker.declare_body.
_PROGRAM_LEVEL = frozenset({N.StructDecl, N.EnumDecl, N.ConstDecl})
DECLARING = frozenset({N.Decl, N.Let, N.For, N.ForEach, N.Procedure, N.ForEachFile})


def _collect(program: N.Program, symbols: ProgramSymbols, rep: Reporter) -> None:
    """The program-level names of every body (main code, procedures), and, for each body,
    its statements that declare something in it (`ProgramSymbols.declaring`): one walk."""
    pair_accessors(program.procedures)
    for body in [program.main] + [p.body for p in program.procedures]:
        declaring: list[N.Stmt] = []
        for s in walk_stmts(body_stmts(body)):
            if type(s) in DECLARING:
                declaring.append(s)
            elif type(s) in _PROGRAM_LEVEL:
                _program_level(s, program, symbols, rep)
        symbols.declaring[id(body)] = (body, declaring)
    _program_procedures(program, symbols, rep)


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
            rep.report("WL105", symbols.twice(f"the structure '{s.name}'", key), s,
                       len(s.name))
            return  # the first declaration stays: no cascade of member errors
        symbols.declared_at.setdefault(key, ("", s.line))
        members = _members(s, rep)
        symbols.structs[key] = StructInfo(s.name, members, s.base,
                                          frozenset(fold(n) for n in s.statics),
                                          class_constants(s), s.abstract)
        for m in members:
            symbols.access.setdefault(m, []).append((key, s.access.get(m, "public")))
        for m in s.read_only:
            symbols.read_only.setdefault(m, set()).add(key)
    elif isinstance(s, N.EnumDecl):  # its values are constants; its name a type
        symbols.constants[fold(s.name)] = s.name
        from ..runtime.types import INT8, VARIANT  # where used (docs/architecture.md)
        symbols.enum_types[fold(s.name)] = INT8 if s.combination else VARIANT
        for name, _, _, _ in s.items:
            symbols.constants[fold(name)] = name
    elif isinstance(s, N.ConstDecl):
        for name, _, line, col in s.items:
            if fold(name) in symbols.constants:
                rep.report("WL105", f"the constant '{name}' is declared twice", s,
                           len(name), line=line, col=col)
            symbols.constants[fold(name)] = name


def _program_procedures(program: N.Program, symbols: ProgramSymbols, rep: Reporter) -> None:
    """Procedures and methods (duplicates, unknown classes), then inheritance cycles."""
    for p in program.procedures:
        if p.owner is not None:
            owner, key = fold(p.owner), method_key(p)
            access = next((a for m in p.modifiers if (a := ACCESS_WORDS.get(m))), "public")
            symbols.access.setdefault(fold(p.name), []).append((owner, access))
            if owner not in symbols.structs:
                rep.report("WL110", f"unknown class '{p.owner}' for the method {p.name}", p,
                           len(p.owner))
            elif (owner, key) in symbols.methods:
                rep.report("WL105", symbols.twice(f"the method {p.owner}::{p.name}",
                                                  (owner, key)), p, len(p.name),
                           col=_name_column(rep, p))
            symbols.declared_at.setdefault((owner, key), ("", p.line))
            symbols.methods[(owner, key)] = p
            continue
        key = fold(p.name)
        if key in symbols.procs and key not in symbols.outside:
            rep.report("WL105", symbols.twice(f"the procedure '{p.name}'", ("proc", key)), p,
                       len(p.name), col=_name_column(rep, p))
        symbols.declared_at.setdefault(("proc", key), ("", p.line))
        symbols.procs[key] = p
    for key, info in symbols.structs.items():
        if info.base is not None and key in symbols.lineage(fold(info.base)):
            rep.report("WL111", f"the class {info.name} inherits from itself",
                       _struct_node(program, key) or program.main, len(info.name))


def _struct_node(program: N.Program, key: str) -> N.StructDecl | None:
    stmts = body_stmts(program.main) + [s for p in program.procedures for s in body_stmts(p.body)]
    return next((s for s in walk_stmts(stmts)
                 if isinstance(s, N.StructDecl) and fold(s.name) == key), None)


def _name_column(rep: Reporter, p: N.Procedure) -> int:
    """The column of a procedure's name on its header line (after `Class::` for a
    method), so the caret is under the name; the header's start if not found."""
    text = rep.lines[p.line - 1] if 0 < p.line <= len(rep.lines) else ""
    head = r"::\s*" if p.owner is not None else r"\s"
    m = re.search(head + "(" + re.escape(p.name) + r")\b", text[p.col - 1:], re.IGNORECASE)
    return p.col + m.start(1) if m else p.col


def _from_session(symbols: ProgramSymbols, session: "Session") -> None:
    """REPL: what earlier inputs declared stays visible (and may be redeclared)."""
    for key, sdef in session.structs.items():
        members = {m: shown for m, shown, _ in sdef.members}
        symbols.structs[key] = StructInfo(sdef.name, members,
                                          sdef.base.name if sdef.base else None,
                                          frozenset(sdef.statics), abstract=sdef.abstract)
    symbols.outside |= set(session.structs)
    symbols.constants.update({k: k for k in session.constants})
    symbols.session_procs = dict(session.procs)


def _from_files(symbols: ProgramSymbols, programs: list[N.Program]) -> None:
    """Other files of the project: their procedures, structures, classes and global
    variables (declared in their main code) are visible."""
    for other in programs:
        symbols.known |= {fold(name) for name, _ in collect_decls(body_stmts(other.main))}
        for s in walk_stmts(body_stmts(other.main)):
            if isinstance(s, N.StructDecl):
                members = {fold(n): n for d in s.members for n, _, _ in d.names}
                symbols.structs[fold(s.name)] = StructInfo(
                    s.name, members, s.base, frozenset(fold(n) for n in s.statics),
                    class_constants(s), s.abstract)
                symbols.outside.add(fold(s.name))
                symbols.declared_at[fold(s.name)] = (other.filename, s.line)
        pair_accessors(other.procedures)
        for p in other.procedures:
            if p.owner is not None:
                symbols.methods[(fold(p.owner), method_key(p))] = p
                symbols.declared_at[(fold(p.owner), method_key(p))] = (other.filename, p.line)
            else:
                symbols.procs[fold(p.name)] = p
                symbols.outside.add(fold(p.name))


class _Builtins:
    """The built-in functions the program does not redefine, asked name by name: a set
    of them, made for each program, listed every family (and imported them all)."""

    def __init__(self, registry: Registry, redefined: set[str]) -> None:
        self.functions = registry.functions
        self.redefined = redefined

    def __contains__(self, key: object) -> bool:
        """(A built-in with an output parameter, Serialize's, counts as a callee that may
        assign what it is passed.)"""
        if not isinstance(key, str) or key in self.redefined:
            return False
        b = self.functions.get(key)
        return b is not None and not builtin_kinds(b).outputs


def _flow(program: N.Program, main: Any, procs: list[tuple[N.Procedure, Any]],
          rep: Reporter, registry: Registry) -> None:
    """Reads that no path has assigned (flow.py), in main code and each procedure."""
    def used_by_procs() -> set[str]:
        return {k for p in program.procedures for k in facts(p.body).referenced}
    builtins = _Builtins(registry, {fold(p.name) for p in program.procedures})
    report_unassigned_reads(rep, main, body_stmts(program.main), used_by_procs, builtins)
    for p, scope in procs:
        report_unassigned_reads(rep, scope, body_stmts(p.body), set, builtins)


def analyze(program: N.Program, registry: Registry, session: "Session | None" = None,
            unused: bool = True, shared: list[N.Program] | None = None,
            known: set[str] | None = None, infer_data: bool = False) -> Analysis:
    """Run the semantic pass; diagnostics come out in source order.

    `session`: the REPL's earlier inputs; `shared`: the other files of a project (their
    procedures and classes are visible); `known`: names declared outside any code (the
    controls of a window), accepted as they are; `infer_data`: no analysis is given, the
    data files are those the H* calls name (`wl check`)."""
    rep = Reporter(program.filename, program.source)
    symbols = ProgramSymbols(registry, known={fold(k) for k in known or ()},
                             infer_data=infer_data)
    if session is not None:
        _from_session(symbols, session)
    _from_files(symbols, shared or [])
    _collect(program, symbols, rep)
    main = Scope("main", None, is_main=True)
    if session is not None:
        main.adopt(session.vars)
    scopes = [main]
    procs: list[tuple[N.Procedure, Scope]] = []
    FunctionChecker(symbols, rep, main, None, scopes).check_body(program.main)
    for p in program.procedures:
        owner = fold(p.owner) if p.owner else None
        if owner is not None and owner not in symbols.structs:
            owner = None
        scope = Scope(p.name, main, owner=owner)
        scopes.append(scope)
        procs.append((p, scope))
        FunctionChecker(symbols, rep, scope, p, scopes).check_procedure(p)
    if unused and session is None and not program.uses_indirection:
        for scope in scopes:
            finish_scope(scope, rep)
        _flow(program, main, procs, rep, registry)
    if symbols.data_used:
        withdrawn = {id(d) for key, d in symbols.undeclared if key in symbols.data_used}
        rep.out = [d for d in rep.out if id(d) not in withdrawn]
    rep.out.sort(key=lambda d: (d.line, d.column))
    return Analysis(program, rep.out, rep.call_errors, symbols.refs)


# Last: checker and scopes use this module's classes (the package imports this one first).
from .checker import FunctionChecker  # noqa: E402
from .scopes import Scope, finish_scope  # noqa: E402
