"""Whole-program compilation: AST -> Python source -> code object.

Main code becomes `def __wl_main__()` so its variables are fast locals (a very long one:
parts, main_chunks.py); each PROCEDURE becomes a `def` (function_defs.py); main-code variables that a procedure uses become module globals.
The result carries the line map used to report runtime errors at WLanguage positions.
"""
from __future__ import annotations

__all__ = ["ProgramCompiler", "CompiledProgram", "compile_program"]

import gc
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..runtime.kinds import SType, STypeNames as S
from ..errors import WLSyntaxError
from ..syntax.names import fold
from ..registry import Registry
from ..runtime.types import StructDef, TypeSpec
from ..runtime import types as T
from ..windev_controls import forget_spellings, remember_spelling
from .function_defs import FunctionDefsMixin
from .tested_calls import automatic_errors
from .specialize import SpecializeMixin
from .global_symbols import GlobalSymbolsMixin
from .namespace_values import NAME_IDS, NamespaceMixin
from .overloads import OverloadMixin
from .base import CompilerBase
from .compiled_program import CompiledProgram
from .lazy import LazyCode, deferred_source
from .compile_weight import first_main_line, weigh_program
from .held_proofs import FreeSites, free_sites
from .main_globals import main_globals
from .main_chunks import main_groups
from ..lazy_import import on_first_call
from ..semantics.dynamic_names import compiled_names
from .counter_starts import start_place_spec
from ..semantics.symbols import (FuncScope, ProcInfo, Var, declared_immutable,
                                 declared_spec, facts, forget_facts, method_key, pyident,
                                 static_type)

if TYPE_CHECKING:
    from .first_call import placed, settle, wait_test
    from ..repl_state import Session
    from ..semantics.analysis import Analysis
    from ..semantics.diagnostics import Diagnostic
else:  # (a program without procedures never needs it: a one-line run)
    on_first_call(globals(), ".first_call", "placed", "settle", "wait_test")

MARKER = "<wl:{}>"
_Chunk = tuple[list[str], list[tuple[int, int]]]  # a function's lines and line map


class ProgramCompiler(NamespaceMixin, GlobalSymbolsMixin, OverloadMixin, FunctionDefsMixin,
                      SpecializeMixin):
    """Resolves the program's global names, then compiles each function."""

    # some process has CASE ERROR: or sets its error behaviour (compiler/tested_calls.py)
    auto_errors = False
    defer = False  # procedures' code generated at their first call (first_call.py)
    main_groups: list[list[N.Stmt]] | None = None  # a long main code's parts (main_chunks.py)
    main_shared: frozenset[str] = frozenset()  # ... and its variables procedures use

    def __init__(self, program: N.Program, registry: Registry,
                 session: "Session | None" = None, data_names: frozenset[str] = frozenset(),
                 analysis: "Analysis | None" = None) -> None:
        if analysis is None:
            from ..semantics.analysis import analyze
            analysis = analyze(program, registry, session, unused=False, known=set(data_names))
        self.analysis = analysis  # the semantic pass's decisions, which code generation follows
        self.refs = analysis.refs  # what each name designates (semantics/resolved.py)
        self.ref_table = analysis.refs.table()  # the same, id(node) -> (node, verdict)
        self.data_names = data_names  # data files and items of the analysis: no warning
        program = analysis.program  # (the pass's copy when it renamed block variables)
        self.program = program
        self.registry = registry
        self.session = session
        self.filename = program.filename
        self.source = program.source
        # a nullable type is written with `?` (`int?`: runtime/type_phrases.py): without
        # one in the text, no operand is nullable (nullable_ops.py asks no more)
        self.nullables = session is not None or "?" in (program.source or "?")
        self.structs: dict[str, StructDef] = dict(session.structs) if session else {}
        self.constants: dict[str, Any] = dict(session.constants) if session else {}
        self.procs: dict[str, ProcInfo] = {}
        self.methods: dict[tuple[str, str], ProcInfo] = {}
        self.own_procs: dict[str, ProcInfo] = {}  # the REPL: this input's (session_writeback)
        self.own_methods: dict[tuple[str, str], ProcInfo] = {}
        self.methods_back: set[str] = set()  # names of methods that assign parameters
        self.dispatchers: list[tuple[ProcInfo, bool]] = []  # names with several syntaxes
        self.properties: set[str] = set()  # names of <get>/<set> procedures
        # enumeration -> its values (folded), in order (and the REPL's earlier inputs')
        self.enums: dict[str, list[str]] = dict(session.enums) if session else {}
        self.enum_decls: dict[str, N.EnumDecl] = {}  # this input's (REPL)
        self.interfaces: set[str] = set()  # the interfaces (their variables: OBJECT_REF)
        self.interface_shown: dict[str, str] = {}  # ... as written (types.interface_spec)
        self.interface_decls: dict[str, N.InterfaceDecl] = {}  # this input's (REPL)
        # method names no class has as a member, and GLOBAL members' names: `obj.M`
        # where only the run knows obj's class (runtime/helpers.py member_or_method)
        self.methods_only: set[str] = set()
        self.combinations: set[str] = set(session.combinations) if session else set()
        self.read_only: set[tuple[str, str]] = set()  # (CONSTANT member, its class)
        self.ns: dict[str, Any] = {}  # values the generated code refers to
        self.specs: list[TypeSpec] = []
        self.main_scope = FuncScope("main")
        self.result_bounds: dict[int, Any] = {}
        self.ret_bounds: dict[int, Any] = {}
        # type text -> its TypeSpec (frozen), while no structure or enumeration is added
        self.spec_cache: dict[str, TypeSpec] = {}
        self.struct_names: dict[int, str] = {}  # id(StructDef) -> its global name
        self.internal_names: dict[str, str] = {}  # internal procedures (bodies.py)
        self.spec_cache_key = (0, 0, 0, 0)
        self.sizes: dict[str, int] = {}  # int_constants(), for this many constants:
        self.sizes_of = 0
        # while the structures are being read (global_symbols.py collect): every
        # structure and class the program declares, so that a member's type may name one
        # declared further down (`d is D("Bob")`: D, not the article "d")
        self.declared_structs: dict[str, object] = {}
        self.builtin_names: dict[str, str] = {}  # built-in (folded) -> its global name
        # procedures the program compiles by a literal name: called by name when run
        self.compiled_names = compiled_names(self.source or "") | (
            session.compiled if session is not None else frozenset())
        self.null_places: dict[tuple[int, str], list[tuple[int, int, str, bool]]] = {}
        self.init_specialize()

    @cached_property
    def frees(self) -> FreeSites:
        """Where the program may free an object (held_proofs.py): asked by loops only."""
        return free_sites(self.program, self.session, self.registry)

    # -- global symbols -------------------------------------------------------
    def error(self, message: str, node: Any) -> WLSyntaxError:
        return WLSyntaxError(message, node.line, node.col, self.filename, self.source)

    def refused(self, node: Any) -> WLSyntaxError:
        """The semantic pass's error at `node` (its line, nearest column): code generation
        meets code the pass refuses only when run without the pass's gate (the agreement
        test does), and then reports the pass's verdict rather than deciding again."""
        errors = [d for d in self.analysis.errors() if d.line == node.line]
        if not errors:
            return WLSyntaxError("internal error: the semantic pass accepted code that cannot "
                                 "be compiled", node.line, node.col, self.filename, self.source)
        d = min(errors, key=lambda d: abs(d.column - node.col))
        return WLSyntaxError(d.message, d.line, d.column, self.filename, self.source)

    def call_error(self, node: N.Call | N.Name | N.ClassMember | N.Member | N.Prop) -> "Diagnostic | None":
        """The semantic pass's verdict on a call it found wrong (unknown callee, argument
        count), or on a class's name read as a value: the generated code fails there,
        with the pass's message."""
        return self.analysis.call_errors.get((node.line, node.col))

    def null_place(self, line: int, member: str, obj: N.Expr, spec: TypeSpec) -> None:
        """Note that statement `line` uses `member` of `obj`, declared `spec` (a class,
        a structure or an interface): the error of a Null `obj` names it
        (null_objects.py)."""
        sdef = self.structs.get(fold(spec.name))
        what = f"{sdef.name} {'object' if sdef.is_class else 'structure'}" if sdef \
            else f"object of the interface {spec.name}" \
            if fold(spec.name) in self.interfaces else f"{spec.name} object"
        start = obj  # (where `o.m_child`, `t[i]`, `f().o` is written: its first word)
        while type(start) in (N.Member, N.Index, N.Prop, N.Call):
            start = start.func if type(start) is N.Call else start.obj  # type: ignore
        place = (start.line, start.col, what, spec.dynamic)
        self.null_places.setdefault((line, fold(member)), []).append(place)

    def fail_code(self, message: str, node: Any, col: int | None = None) -> str:
        """The code that stops the run with `message` at `node` (at `col` on its line
        when given: the part of the node `wl check` points at)."""
        return f"fail({message!r}, {node.line}, {node.col if col is None else col})"

    def call_fail(self, wrong: "Diagnostic") -> str:
        """The code that stops the run at a call the semantic pass refused, at the place
        `wl check` shows (the method's name in `o.M(1, 2)`, not its dot): both point at
        the same column."""
        return f"fail({wrong.sentence()!r}, {wrong.line}, {wrong.column})"

    def ret_stype(self, proc: ProcInfo) -> SType:
        """What a call of `proc` returns, as a static type. In the REPL nothing is
        assumed: a later input may redefine the procedure its callers call."""
        if self.session is not None:
            return S.ANY
        if proc.ret_spec:
            return static_type(proc.ret_spec)
        assumed = self.call_type_while_compiling(proc)
        return proc.inferred if assumed is None else assumed

    def implicit_var(self, fc: CompilerBase, node: N.Name | N.ClassMember) -> Var:
        """An undeclared name becomes an implicit variant variable, so help-page examples
        that leave variables undeclared still run (the semantic pass warns: WL101)."""
        key = fold(node.name)
        remember_spelling(node.name)  # `EDT_Name` in a run-time error, not EDT_NAME
        scope = fc.scope
        shared = self.main_groups is not None and scope is self.main_scope  # (a global)
        var = Var(node.name, f"{'g' if shared else 'v'}_{pyident(key)}", T.VARIANT, S.ANY,
                  shared, implicit=True, owner=scope)
        scope.vars[key] = var
        fc.implicit.append(var)
        return var

    def declare_vars(self, scope: FuncScope, body: N.Body, prefix: str,
                     globals_: set[str]) -> None:
        for name, stmt in facts(body).decls:
            key = fold(name)
            spec = declared_spec(key, stmt, self.parse_spec, self.constants, self.let_result,
                                 lambda e: start_place_spec(self.structs, scope, e))
            old = scope.vars.get(key)
            if old is not None and self.session is not None and scope is self.main_scope \
                    and key in self.session.vars and isinstance(stmt, (N.Decl, N.Let)):
                old = None  # REPL: a new declaration (`let` too) replaces the earlier one
            if old is not None:
                if old.spec != spec and not isinstance(stmt, (N.For, N.ForEach)):
                    raise self.refused(stmt)
                continue
            is_global = key in globals_
            py = f"{'g' if is_global else prefix}_{pyident(key)}"
            scope.vars[key] = Var(name, py, spec, static_type(spec), is_global, owner=scope,
                                  immutable=declared_immutable(stmt))

    # -- code generation -----------------------------------------------------
    def compile(self) -> CompiledProgram:
        """The program's code object: its symbols collected and its variables declared,
        its procedures and methods generated (procedure_chunks), the namespace's tables
        published, its main code generated, then joined and compiled (code_object)."""
        forget_facts()
        self.collect()
        self.auto_errors = automatic_errors(
            [self.program.main, *(p.body for p in self.program.procedures)])
        globals_ = main_globals(self)
        self.main_groups = main_groups(self.program, self.session)
        if self.main_groups is not None:  # parts of one main code share all its variables
            self.main_shared = frozenset(globals_)  # (globals of one function too)
            globals_ = {fold(n) for n, _ in facts(self.program.main).decls}
        self.declare_vars(self.main_scope, self.program.main, "v", globals_)
        self.ns["__wl_vars__"] = {k: (v.pyname, v.spec) for k, v in self.main_scope.vars.items()
                                  if v.is_global}
        fixed = frozenset(k for k, v in self.main_scope.vars.items() if v.is_global and v.immutable)
        if fixed:  # `{s} = 6`, s naming one: refused (runtime/indirection.py)
            self.ns["__wl_immutable__"] = fixed
        chunks, waiting = self.procedure_chunks()
        chunks += self.dispatcher_chunks()
        self.publish_tables()
        parts = self.compile_main()
        chunks += parts[:-1]
        main = len(chunks)
        chunks.append(parts[-1])
        ready, main, first_calls = settle(self, chunks, waiting, main) if waiting else (
            [c for c in chunks if c is not None], main, None)
        ready += self.fast_chunks
        names = self.ns["__names__"]
        names.update({fast: names[generic] for fast, generic in self.fast_names.items()})
        for pyname, name in self.internal_names.items():
            names.setdefault(pyname, name)
        code, py, linemap = self.code_object(ready, main)
        self.ns["__structs__"] = self.structs
        self.ns["__enum_types__"] = {e: self.constants[e] for e in self.enums  # (types.py)
                                     if e in self.constants and e not in self.combinations}
        compiled = CompiledProgram(code, py, linemap, self.filename, self.source,
                                   self.ns, tree=self.program, null_places=self.null_places)
        if first_calls is not None:
            placed(first_calls, compiled)
        return compiled

    def procedure_chunks(self) -> tuple[list[_Chunk | None], list[tuple[int, ProcInfo]]]:
        """The generated code of each procedure and method, in order; a procedure whose
        generation waits for its first call (first_call.py) holds its place (None) and is
        listed with it."""
        chunks: list[_Chunk | None] = []
        waiting: list[tuple[int, ProcInfo]] = []
        waits = wait_test(self.defer and self.session is None, self.source) \
            if self.program.procedures else None
        for p in self.program.procedures:
            if p.owner is not None:
                info = self.info_of(p, self.methods[(fold(p.owner), method_key(p))])
                chunks.append(self.compile_function(info, self.main_scope, owner=fold(p.owner)))
                continue
            info = self.info_of(p, self.procs[fold(p.name)])
            if waits is not None and waits(info):
                waiting.append((len(chunks), info))
                chunks.append(None)
                continue
            chunks.append(self.procedure_chunk(info))
        return chunks, waiting

    def code_object(self, ready: list[_Chunk], main: int
                    ) -> tuple[Any, str, list[tuple[int, int]]]:
        """(code object, Python source, line map) of the chunks joined; the procedures'
        code is compiled by Python on their first call (lazy.py) but in the REPL. A
        program CPython's compiler refuses is a WLanguage error."""
        linemap: list[tuple[int, int]] = [(0, 0)]
        for _, lm in ready:
            linemap += lm
        texts = ["\n".join(ls) for ls, _ in ready]  # each chunk joined once
        py = "\n".join(texts) + "\n"
        filename = MARKER.format(f"{self.filename}#{next(NAME_IDS)}")
        now = py
        if self.session is None:  # procedures compiled by Python on first call (lazy.py)
            lazy = self.ns.get("__wl_lazy__") or LazyCode(filename)
            lazy.filename = filename
            now = deferred_source(ready, texts, main, lazy)
            self.ns["__wl_lazy__"] = lazy
        weigh_program(now, self.program, self.filename, self.source)
        try:
            return compile(now, filename, "exec"), py, linemap
        except (SyntaxError, RecursionError, MemoryError) as exc:
            from ..syntax.nesting import is_nesting_failure, too_deep
            if is_nesting_failure(exc):
                raise too_deep([self.program], self.filename, self.source) from None
            raise WLSyntaxError(f"the program is too complex to compile ({type(exc).__name__})",
                                first_main_line(self.program), 1, self.filename,
                                self.source) from None


def compile_program(program: N.Program, registry: Registry,
                    session: "Session | None" = None, strict: bool = False,
                    data_names: frozenset[str] = frozenset(),
                    analysis: "Analysis | None" = None, defer: bool = True
                    ) -> CompiledProgram:
    """Check the program (the semantic pass decides what is refused), then compile it.
    Errors that `wl run` defers (an undeclared variable, an unknown function...) stop the
    compilation only when `strict`. `analysis`: the pass's, already made with the same
    settings (`wl check`: Analysis.for_compiler), not made again. `defer`: a procedure
    nothing generated at load calls gets its code at its first call (first_call.py);
    False: all of it now, in program order (`wl check`, `--python`)."""
    enabled = gc.isenabled()
    gc.disable()  # see _compile_program
    try:
        return _compile_program(program, registry, session, strict, data_names, analysis,
                                defer)
    except RecursionError:  # a pass could not go that deep: here for every caller (the
        # REPL's inputs were "internal error: RecursionError", exit 70)
        from ..syntax.nesting import too_deep
        raise too_deep([program], program.filename, program.source) from None
    finally:
        if enabled:
            gc.enable()


def _compile_program(program: N.Program, registry: Registry, session: "Session | None",
                     strict: bool, data_names: frozenset[str],
                     analysis: "Analysis | None", defer: bool) -> CompiledProgram:
    """compile_program with Python's cyclic garbage collector paused: the pass allocates
    many objects and frees almost all of them by reference counting, so the collections
    it triggered only walked the program's tree again and again (a fifth of the pass on a
    12,000-line program, growing with the program: each full collection walks all of
    it). Garbage left in cycles meanwhile is collected once the pass is over."""
    from ..hfsql.names import described_names
    data_names = data_names | described_names(program)  # files described in code
    if analysis is None:
        from ..semantics.analysis import analyze
        analysis = analyze(program, registry, session, unused=False, known=set(data_names))
    blocking = analysis.blocking(strict)
    if blocking:
        d = blocking[0]
        raise WLSyntaxError(d.message, d.line, d.column, program.filename, program.source)
    program = analysis.program  # the tree the pass analysed (a copy it renamed in, maybe)
    if session is None:
        forget_spellings()  # the names of a program compiled before (windev_controls.py)
    compiler = ProgramCompiler(program, registry, session, data_names, analysis)
    compiler.defer = defer
    compiled = compiler.compile()
    compiled.diagnostics = analysis.diagnostics
    for code, text in analysis.run_warnings():  # decided by the semantic pass, not here
        compiled.warning_codes.append(code)
        compiled.warnings.append(text)
    if session is not None:
        session.absorb(compiler)
    return compiled
