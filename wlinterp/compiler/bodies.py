"""Function bodies: parameter prologues, CASE ERROR / CASE EXCEPTION sections, internal
procedures, returns (with by-reference write-back) and assembling a `def`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..runtime.kinds import Kind, SType, STypeNames as S
from ..syntax.names import fold
from ..syntax.walk import walk_stmts
from ..semantics.facts import facts
from ..semantics.error_modes import sets_error_mode
from ..semantics.symbols import FuncScope, ProcInfo, Var, pyident, static_type
from ..runtime.types import StructDef, TypeSpec
from .base import CompilerBase

from .store_conversions import MARKED_KINDS
from .ranges import INT32, UNKNOWN, Bounds, is_int32, join
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..secret_names import is_secret_name
else:
    on_first_call(globals(), "..secret_names", "is_secret_name")

_MYPARAMS = frozenset({"myparameters", "mesparametres"})


class BodyMixin:
    """Methods of ProgramCompiler that lay out one function."""

    if TYPE_CHECKING:  # ProgramCompiler's own methods, for the type checker
        def spec_ref(self, spec: TypeSpec) -> str: ...
        def parse_spec(self, text: str, node: N.Node) -> TypeSpec: ...
        def default_code(self, spec: TypeSpec) -> str: ...
        def compile_proc(self, info: ProcInfo, parent: FuncScope | None,
                         fast: frozenset[str] = frozenset()
                         ) -> tuple[list[str], list[tuple[int, int]]]: ...

    result_bounds: dict[int, Bounds]  # id(ProcInfo) -> bounds of its RESULTs so far
    structs: dict[str, StructDef]
    internal_names: dict[str, str]  # pyname of an internal procedure -> its name
    ret_bounds: dict[int, Bounds]  # id(ProcInfo) -> bounds of what its calls return

    def param_prologue(self, fc: CompilerBase, node: N.Procedure) -> None:
        star = any(p.star for p in node.params)
        mine = star or not _MYPARAMS.isdisjoint(facts(node.body).referenced)
        if mine:  # MyParameters..NbReceived: the arguments given, before the defaults
            given = [fc.scope.vars[fold(p.name)].pyname for p in node.params if not p.star]
            fc.out.emit(f"_received = given_count(_M, {', '.join(reversed(given))})")
        for prm in node.params:
            if prm.star or fold(prm.name) in fc.fast_params:  # a known integer: as it is
                continue
            var = fc.scope.vars[fold(prm.name)]
            fc.out.at(prm.line, prm.col)
            if prm.default is not None:
                code, t = fc.expr(prm.default)
                fc.out.emit(f"if {var.pyname} is _M: {var.pyname} = {fc._val(code, t)}")
            if prm.type_text and var.stype in (S.ARRAY, S.STRUCT, S.OBJECT) and not prm.local:
                # by reference: the caller's array/structure itself, only checked; a
                # structure declared `= Null` may be given none (`IF p = Null`)
                held = f"if {var.pyname} is not None: " if var.stype == S.STRUCT \
                    and _null_default(prm) else ""
                fc.out.emit(f"{held}{var.pyname} = same_object({var.pyname}, "
                            f"{self.spec_ref(var.spec)}, _ctx)")
            elif prm.type_text and var.stype == S.INT and var.spec.bits == 32 \
                    and not var.spec.unsigned:
                fc.out.emit(f"if type({var.pyname}) is not int or not -2147483648 <= "
                            f"{var.pyname} <= 2147483647: {var.pyname} = co_int32({var.pyname})")
            elif prm.type_text:
                fc.out.emit(f"{var.pyname} = {fc.store_code(var, var.pyname, S.ANY)}")
            elif prm.local:
                fc.out.emit(f"{var.pyname} = co_any({var.pyname})")
            if is_secret_name(prm.name):  # its value is a secret wherever it goes next
                fc.out.emit(f"note_secret({var.pyname})")
        if mine:  # MyParameters / MesParamètres (?1511018): in any procedure that names it
            named = [fc.scope.vars[fold(p.name)].pyname for p in node.params if not p.star]
            rest = "_rest" if star else "()"
            fc.out.emit(f"_myparams = my_parameters([{', '.join(named)}], {rest}, _ctx, "
                        f"_received)")
            # read anew each time for the parameters' current values (O(parameters))
            fc.scope.myparams_code = f"_myparams.fresh({', '.join(named)})" if named \
                else "_myparams"
            fc.scope.myparams_names = tuple(p.name for p in node.params if not p.star)
            fc.scope.myparams = True

    def function_body(self, fc: CompilerBase, body: N.Body) -> None:
        """Body statements, wrapped in try/except when CASE ERROR/EXCEPTION sections exist
        and in try/finally when a `FIN:` / `END:` section does; a body that sets its
        automatic error behaviour (ErrorChangeParameter) runs in a frame of its own
        (runtime/error_modes.py), which epResult leaves with its value."""
        if not sets_error_mode(body):
            self.ended_body(fc, body)
            return
        out, frame, exc = fc.out, fc.temp(), fc.temp()
        out.emit(f"{frame} = error_mode_enter(_rt)")
        out.emit("try:")
        out.indent()
        self.ended_body(fc, body)
        out.emit("pass")
        out.dedent()
        out.emit(f"except ErrorModeResult as {exc}:")
        out.indent()
        out.emit(f"if {exc}.frame is not {frame}: raise")
        self.emit_mode_result(fc, f"{exc}.frame.value")
        out.dedent()
        out.emit(f"except CATCHABLE as {exc}:")  # ExceptionChangeParameter's procedure
        out.indent()
        out.emit(f"if {frame}.exc_proc is None or not exception_mode_run(_rt, {frame}, "
                 f"as_wl_exception({exc})): raise")
        self.emit_mode_result(fc, f"{frame}.exc_value")  # None but after epResult
        out.dedent()
        out.emit("finally:")
        out.indent()
        out.emit(f"error_mode_leave(_rt, {frame})")
        out.dedent()

    def emit_mode_result(self, fc: CompilerBase, value: str) -> None:
        """`return` the value ErrorChangeParameter(epResult, value) gave, converted to the
        declared return type, with the by-reference parameters written back."""
        if fc.proc is None:
            fc.out.emit("return None")
            return
        self.return_value(fc, value, S.ANY, UNKNOWN)

    def ended_body(self, fc: CompilerBase, body: N.Body) -> None:
        """The body in try/finally when a `FIN:` / `END:` section exists."""
        if body.on_end is None:
            self.handled_body(fc, body)
            return
        fc.out.emit("try:")
        fc.out.indent()
        self.handled_body(fc, body)
        fc.out.emit("pass")
        fc.out.dedent()
        fc.out.emit("finally:")
        fc.out.indent()
        fc.block(body.on_end)
        fc.out.emit("pass")
        fc.out.dedent()

    def handled_body(self, fc: CompilerBase, body: N.Body) -> None:
        stmts = body.stmts
        if facts(body).procedures:  # internal procedures first, wherever they are, each
            found = [s for s in walk_stmts(body.stmts) if isinstance(s, N.Procedure)]
            declared = [(s, self.declare_internal(fc, s)) for s in found]  # known before
            for s, info in declared:  # any is compiled: siblings call each other in any
                if info is not None:  # order (one calling the next one down failed with
                    self.compile_internal(fc, s, info)  # "called before its declaration")
            stmts = [s for s in body.stmts if not isinstance(s, N.Procedure)]
        if body.on_error is None and body.on_exception is None:
            fc.process_block(stmts, facts(body).labels)
            return
        out = fc.out
        if body.on_error is not None:
            out.emit("_rt.error_handlers += 1; _armed = True")
        out.emit("try:")
        out.indent()
        fc.process_block(stmts, facts(body).labels)
        out.dedent()
        if body.on_error is not None:
            out.emit("except NonFatalError:")
            out.indent()
            out.emit("_rt.error_handlers -= 1; _armed = False")
            fc.block(body.on_error)
            out.dedent()
        if body.on_exception is not None:
            exc = fc.temp()
            out.emit(f"except CATCHABLE as {exc}:")
            out.indent()
            out.emit(f"_rt.exception = as_wl_exception({exc})")
            fc.block(body.on_exception)
            out.dedent()
        if body.on_error is not None:
            out.emit("finally:")
            out.indent()
            out.emit("if _armed: _rt.error_handlers -= 1")
            out.dedent()

    def declare_internal(self, fc: CompilerBase, s: N.Procedure) -> ProcInfo | None:
        """Make the internal procedure `s` known to its body's scope; None when a
        procedure of that name already is (a second one is WL105)."""
        key = fold(s.name)
        if key in fc.scope.procs:
            return None
        info = ProcInfo(s, key, f"p_{pyident(key)}")
        if s.ret_type:
            info.ret_spec = self.parse_spec(s.ret_type, s)
        fc.scope.procs[key] = info
        return info

    def compile_internal(self, fc: CompilerBase, s: N.Procedure,
                         info: ProcInfo | None = None) -> None:
        """Compile the internal procedure `s` (`info`: as declare_internal made it known;
        None: make it known now, nothing when it already is)."""
        if info is None:
            info = self.declare_internal(fc, s)
            if info is None:
                return
        lines, positions = self.compile_proc(info, fc.scope)
        self.internal_names[info.pyname] = s.name  # errors name it (run_errors._shown_name)
        for line, pos in zip(lines, positions):
            # its own statements' positions: an error inside it is at its line, not at
            # the internal procedure's header
            fc.out.at(*(pos if pos != (0, 0) else (s.line, s.col)))
            fc.out.emit(line)

    def assemble(self, fc: CompilerBase, header: str,
                 extra: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
        pre = [header]
        if fc.scope.globals_used:
            pre.append("    global " + ", ".join(sorted(fc.scope.globals_used)))
        if fc.scope.nonlocals_used:
            pre.append("    nonlocal " + ", ".join(sorted(fc.scope.nonlocals_used)))
        held = fc.scope.closure_reads - fc.scope.nonlocals_used
        if held:  # named, never run: the enclosing variables join this closure
            pre.append("    if False: " + ", ".join(sorted(held)))
        for var in fc.implicit:
            pre.append(f"    {var.pyname} = ''")
        for slot, _ in fc.data_slots.values():
            pre.append(f"    {slot} = None")
        body = fc.out.lines or ["    pass"]  # emitted at the body's indentation
        first = fc.out.linemap[1] if len(fc.out.linemap) > 1 else (0, 0)
        linemap = [first] * len(pre) + fc.out.linemap[1:]
        if not fc.out.lines:
            linemap.append(first)
        return pre + body + extra, linemap

    def return_tuple(self, fc: CompilerBase, value: str) -> str:
        assert fc.proc is not None
        params = [p for p in fc.proc.params if not p.star]
        names = [fc.scope.vars[fold(params[i].name)].pyname for i in fc.proc.writeback]
        return f"return ({value}, {', '.join(names)})"

    def emit_return(self, fc: CompilerBase, s: N.Return) -> None:
        if fc.proc is None:
            if s.value is not None:
                fc.out.emit(fc.value(s.value))
            fc.out.emit("return None")
            return
        if s.value is not None and fc.proc.node.result_types:
            self.return_several(fc, s.value, fc.proc.node.result_types)
            return
        if s.value is not None:
            code, t = fc.expr(s.value)
            bounds = fc.int_bounds(s.value) if t == S.INT else UNKNOWN
            code = fc._val(code, t)
            if fc.proc.ret_spec is None:  # no declared type: a Buffer or a numeric keeps
                code = fc.kept_buffer(s.value, code, t)  # its kind, as in a Variant
            self.return_value(fc, code, t, bounds)
            return
        value = "None"
        if fc.proc.ret_spec is not None:  # RETURN without a value: the type's default
            value = self.default_code(fc.proc.ret_spec)
        else:
            fc.proc.ret_types.add(S.NONE)
        fc.out.emit(self.return_tuple(fc, value) if fc.proc.writeback else f"return {value}")

    def return_value(self, fc: CompilerBase, code: str, t: SType, bounds: Bounds) -> None:
        """`return code` (of type `t`) from a procedure: converted to the declared return
        type, its integer bounds noted for the calls, the by-reference parameters written
        back (RESULT, and the result ErrorChangeParameter's epResult gives)."""
        proc = fc.proc
        assert proc is not None  # (its callers return None outside a procedure)
        if proc.ret_spec is not None:
            spec = self.returned_spec(proc.ret_spec)
            tmp = Var("result", "_r", spec, static_type(spec))
            code = fc.store_code(tmp, code, t)
        elif t in MARKED_KINDS:  # no declared type: the value keeps its kind, as in a
            code = f"dated_variant({code}, {MARKED_KINDS[t]!r})"  # Variant (i = F())
        proc.ret_types.add(t)
        self.note_result_bounds(proc, bounds)
        fc.out.emit(self.return_tuple(fc, code) if proc.writeback else f"return {code}")

    def return_several(self, fc: CompilerBase, value: N.Expr, types: list[str]) -> None:
        """`RESULT (a, b)` in `PROCEDURE P() : (int, string)`: each value converted to
        its listed type, as a variable of that type stores it (docs/semantics.md "Several
        values"); a RESULT of another procedure's values converts them the same way."""
        proc = fc.proc
        assert proc is not None
        specs = [self.returned_spec(self.parse_spec(t, proc.node)) for t in types]
        slots = [Var("result", "_r", spec, static_type(spec)) for spec in specs]
        if type(value) is N.TupleLit and not value.skipped and len(value.items) == len(specs):
            parts = []
            for item, var in zip(value.items, slots):
                code, t = fc.expr(item)
                code = fc._val(code, t)
                if t == S.TIME:  # (its kind kept, as x_TupleLit keeps it)
                    code, t = f"dated_variant({code}, 'time')", S.ANY
                parts.append(fc.store_code(var, code, t))
        else:
            tmp = fc.temp()
            fc.out.emit(f"{tmp} = values_for({fc.value(value)}, {len(specs)})")
            parts = [fc.store_code(var, f"{tmp}[{i}]", S.ANY) for i, var in enumerate(slots)]
        code = "(" + "".join(part + ", " for part in parts) + ")"
        proc.ret_types.add(S.TUPLE)
        self.note_result_bounds(proc, UNKNOWN)
        fc.out.emit(self.return_tuple(fc, code) if proc.writeback else f"return {code}")

    def returned_spec(self, spec: TypeSpec) -> TypeSpec:
        """What RESULT converts its value to: the declared type, but for a class, whose
        object is given back itself (a reference: `inv.AddLine(1).AddLine(2)` works on
        inv; docs/semantics.md "Returning an object"); the caller's store decides
        whether it copies (`x is CInvoice = inv.AddLine(1)` does)."""
        sdef = self.structs.get(spec.name) if spec.kind == Kind.STRUCT and not spec.dynamic \
            else None
        if sdef is not None and sdef.is_class:
            return TypeSpec(Kind.STRUCT, name=spec.name, dynamic=True)
        return spec

    def note_result_bounds(self, proc: ProcInfo, bounds: Bounds) -> None:
        """Widen what calls of `proc` may return with one RESULT's integer bounds."""
        key = id(proc)
        if proc.ret_spec is not None:
            bounds = INT32 if is_int32(proc.ret_spec) else UNKNOWN
        self.result_bounds[key] = join(self.result_bounds.get(key, bounds), bounds)

    def settle_result_bounds(self, proc: ProcInfo) -> None:
        """Once `proc` is compiled: its calls' bounds, when every exit is a RESULT of an
        integer with known bounds (or the declared type is `int`)."""
        bounds = self.result_bounds.pop(id(proc), UNKNOWN)
        if proc.ret_spec is not None and is_int32(proc.ret_spec):
            self.ret_bounds[id(proc)] = INT32
        elif proc.inferred == S.INT and bounds != UNKNOWN:
            self.ret_bounds[id(proc)] = bounds


def inferred_type(info: ProcInfo) -> SType:
    """The static type of a call, for a procedure whose every exit is a RESULT of one
    simple type (so callers can skip type guards); 'any' otherwise."""
    stmts = info.node.body.stmts
    ends_with_result = bool(stmts) and isinstance(stmts[-1], N.Return) and \
        stmts[-1].value is not None
    handlers = info.node.body.on_error is not None or info.node.body.on_exception is not None \
        or sets_error_mode(info.node.body)
    if not ends_with_result or handlers or len(info.ret_types) != 1:
        return S.ANY
    t = next(iter(info.ret_types))
    return t if t in (S.INT, S.STR, S.REAL, S.BOOL) else S.ANY


def _null_default(prm: N.Param) -> bool:
    """Is `prm` declared with Null as its default (`stOption est STHttpOption = null`, a
    REST client's optional structure of options)? Such a by-reference structure
    parameter given no structure (the default, or Null) designates none: `p = Null` is
    True and a member read stops in words (*decided*, docs/semantics.md "Null and
    objects of a class"); it stopped the call ("A value of type Null cannot be stored in
    the structure STHttpOption.")."""
    return N.is_null(prm.default)
