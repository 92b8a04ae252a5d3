"""Faster calls between procedures: a second, integer version of a procedure, and the
return type of recursive procedures.

- **Integer version.** `PROCEDURE Fib(n)` takes any value, so its body guards every use
  of `n` (`n - 1 if type(n) is int else w_sub(n, 1)`), and `PROCEDURE Add1(x is int)`
  converts and range-checks `x` on entry. When a call passes an integer (statically
  known: an `int` expression; for an `int` parameter one known to be within 32 bits),
  it calls `p_fib__int` instead: the same body compiled with those parameters known to
  be integers, so without guards nor entry checks. The version is compiled when the
  first such call is compiled. Everything else (indirect calls, `--call`, procedure
  references, other arguments) reaches the general `p_fib`, which stays as it was.
  A parameter qualifies only if nothing can change it in the body (no assignment, not
  passed on by reference to a procedure that assigns it, no indirection `{...}` in the
  program), so it stays an integer; an `int` parameter qualifies always (stores into it
  wrap). Not in the REPL (a later input may redefine a procedure). A method has one
  too, called where its call needs no dispatch (member_inline.py `held_method`).
- **Callees first.** A call to a procedure defined later in the file compiles that
  procedure first, so that the call knows its return type; its code still takes its place
  in program order. At most _EARLY_DEPTH procedures deep: a longer chain of calls is
  compiled in program order (or at first call), its calls typed 'any'.
- **Recursive results.** A procedure's call type is known once it is compiled, so its
  own recursive calls were compiled as "any". When the procedure's other RESULTs have
  one simple type T, it is compiled again assuming its calls return T; the assumption
  is kept only if that second compilation infers T again (then, by induction on the
  depth of recursion, every call does return T), else the first compilation stays.
"""
from __future__ import annotations

__all__ = ["SpecializeMixin"]

from typing import TYPE_CHECKING, Any

from ..records import replace
from ..runtime.kinds import SType, STypeNames as S
from ..semantics.facts import assigned_params
from ..semantics.symbols import FuncScope, ProcInfo, facts
from ..syntax import nodes as N
from ..syntax.names import fold
from .ranges import INT_MAX, INT_MIN, is_int32

if TYPE_CHECKING:
    from .functions import FunctionCompiler

Chunk = tuple[list[str], list[tuple[int, int]]]
_SIMPLE = (S.INT, S.STR, S.REAL, S.BOOL)
# How many procedures may be compiled one inside the other, each for the return type its
# caller needs (compile_callee) or as a caller's integer version: each costs some twenty
# of Python's frames, and a chain of 50 procedures each calling the next (in either
# order, with code generated at first call) ran out of them: the load stopped with
# "the code nests too deeply here to be compiled (7 levels ...)" at a plain call.
_EARLY_DEPTH = 12


class SpecializeMixin:
    """Methods of ProgramCompiler: integer versions of procedures, recursive results."""

    if TYPE_CHECKING:
        procs: dict[str, ProcInfo]
        program: N.Program
        session: Any
        ns: dict[str, Any]
        main_scope: FuncScope
        ret_bounds: dict[int, Any]

        def parse_spec(self, text: str, node: Any) -> Any: ...
        def compile_function(self, info: ProcInfo, parent: FuncScope | None,
                             owner: str | None = None,
                             fast: frozenset[str] = frozenset()) -> Chunk: ...

    def init_specialize(self) -> None:
        self.compiling: dict[int, SType] = {}  # id(ProcInfo) -> call type assumed meanwhile
        self.self_called: set[int] = set()  # procedures that called themselves compiling
        self.fast_versions: dict[int, ProcInfo] = {}  # id(procedure) -> its integer version
        self.fast_chunks: list[Chunk] = []
        self.fast_names: dict[str, str] = {}  # pyname of a version -> the procedure's
        self.retrying = 0  # > 0 while compiling again under an assumption
        self.plans: dict[int, frozenset[str] | None] = {}  # id(ProcInfo) -> fast_plan
        self.compiled: set[int] = set()  # procedures compiled (or being compiled)
        self.early: dict[int, Chunk] = {}  # compiled ahead of program order

    # -- return types ---------------------------------------------------------
    def call_type_while_compiling(self, proc: ProcInfo) -> SType | None:
        """The call type of a procedure being compiled (its own recursive calls), None
        for a procedure that is not being compiled."""
        key = id(proc)
        if key not in self.compiling:
            return None
        self.self_called.add(key)
        return self.compiling[key]

    def compile_proc(self, info: ProcInfo, parent: FuncScope | None,
                     fast: frozenset[str] = frozenset()) -> Chunk:
        """Compile a procedure (or its integer version); again, assuming its calls return
        T, when it calls itself and its RESULTs other than those calls have the type T."""
        key = id(info)
        self.compiling[key] = S.ANY
        try:
            chunk = self.compile_function(info, parent, fast=fast)
            if key not in self.self_called or info.ret_spec is not None:
                return chunk
            guess = {t for t in info.ret_types if t in _SIMPLE}
            if len(guess) != 1:
                return chunk
            first = (chunk, info.inferred, self.ret_bounds.get(key), set(info.ret_types))
            assumed = next(iter(guess))
            self.compiling[key] = assumed
            info.ret_types = set()
            self.retrying += 1
            try:
                again = self.compile_function(info, parent, fast=fast)
            finally:
                self.retrying -= 1
            if info.inferred == assumed:
                return again
            chunk, info.inferred, bounds, info.ret_types = first
            self.ret_bounds.pop(key, None)
            if bounds is not None:
                self.ret_bounds[key] = bounds
            return chunk
        finally:
            del self.compiling[key]
            self.self_called.discard(key)

    # -- callees first ------------------------------------------------------------
    def procedure_chunk(self, info: ProcInfo) -> Chunk:
        """A procedure's code, in program order: compiled now, or earlier when a caller
        needed its return type."""
        early = self.early.pop(id(info), None)
        if early is not None:
            return early
        self.compiled.add(id(info))
        return self.compile_proc(info, self.main_scope)

    def compile_callee(self, proc: ProcInfo) -> None:
        """Compile a procedure of the program before its caller uses its return type
        (a procedure defined later in the file would otherwise be 'any' to it). Not
        when _EARLY_DEPTH procedures are being compiled, one inside the other: the
        callee is then compiled in its place (or at its first call), its call typed
        'any', as a recursive call is."""
        key = id(proc)
        if self.session is not None or self.retrying or key in self.compiling \
                or key in self.compiled or self.procs.get(proc.key) is not proc \
                or len(self.compiling) >= _EARLY_DEPTH:
            return
        self.compiled.add(key)
        self.early[key] = self.compile_proc(proc, self.main_scope)

    # -- integer versions -------------------------------------------------------
    def fast_call(self, fc: "FunctionCompiler", proc: ProcInfo,
                  args: list[N.Expr], types: list[SType]) -> ProcInfo:
        """The version of `proc` this call may use: its integer version when every
        parameter that has one receives a known integer, else `proc` itself."""
        if self.session is not None or proc.key not in self.procs \
                or self.procs[proc.key] is not proc:
            return proc
        return self._fast_version(fc, proc, args, types, None)

    def fast_method(self, fc: "FunctionCompiler", info: ProcInfo, owner: str,
                    args: list[N.Expr], types: list[SType]) -> ProcInfo:
        """The same for a method of the class `owner` called straight by its function
        (member_inline.py `held_method`, no dispatch: no redefinition applies)."""
        if self.session is not None:
            return info
        return self._fast_version(fc, info, args, types, owner)

    def _fast_version(self, fc: "FunctionCompiler", proc: ProcInfo, args: list[N.Expr],
                      types: list[SType], owner: str | None) -> ProcInfo:
        plan = self.fast_plan(proc)
        if plan is None:
            return proc
        params = [p for p in proc.params if not p.star]
        for i, prm in enumerate(params):
            if fold(prm.name) not in plan:
                continue
            if i >= len(args) or types[i] != S.INT:
                return proc
            if prm.type_text:
                lo, hi = fc.int_bounds(args[i])
                if lo is None or hi is None or lo < INT_MIN or hi > INT_MAX:
                    return proc
        key = id(proc)
        if key not in self.fast_versions:
            if self.retrying or len(self.compiling) >= _EARLY_DEPTH:  # compiled under
                return proc  # an assumption that may not hold; too deep (compile_callee)
            version = replace(proc, pyname=proc.pyname + "__int",
                                          ret_types=set(), inferred=S.ANY)
            self.fast_versions[key] = version
            self.fast_names[version.pyname] = proc.pyname
            self.fast_chunks.append(
                self.compile_proc(version, self.main_scope, plan) if owner is None
                else self.compile_function(version, self.main_scope, owner, plan))
        return self.fast_versions[key]

    def fast_plan(self, proc: ProcInfo) -> frozenset[str] | None:
        """The parameters (folded names) the integer version knows to be integers, None
        when the procedure has no such parameter or cannot have the version."""
        if id(proc) not in self.plans:
            self.plans[id(proc)] = self._plan(proc)
        return self.plans[id(proc)]

    def _plan(self, proc: ProcInfo) -> frozenset[str] | None:
        node = proc.node
        if any(p.star for p in node.params):
            return None
        assigned = assigned_params(node) | _passed_by_reference(
            proc, self.procs, getattr(self, "registry", None))
        plan = set()
        for i, prm in enumerate(node.params):
            key = fold(prm.name)
            if prm.default is not None:
                continue
            if prm.type_text:
                if is_int32(self.parse_spec(prm.type_text, prm)):
                    plan.add(key)
            elif i not in proc.writeback and key not in assigned \
                    and not self.program.uses_indirection:
                plan.add(key)
        return frozenset(plan) or None


def _passed_by_reference(proc: ProcInfo, procs: dict[str, ProcInfo],
                         registry: Any = None) -> set[str]:
    """Names the body passes bare to a parameter that the callee may assign (a
    procedure's by-reference parameter, a built-in's OutArg: Serialize's result)."""
    out: set[str] = set()
    for call in facts(proc.node.body).calls:
        callee = procs.get(fold(call.func.name)) if isinstance(call.func, N.Name) else None
        if callee is None:
            out |= _output_names(call, registry)
            continue
        for i in callee.writeback:
            arg = call.args[i] if i < len(call.args) else None
            if isinstance(arg, N.Name):
                out.add(fold(arg.name))
    return out


def _output_names(call: N.Call, registry: Any) -> set[str]:
    """Names passed bare to a built-in's OutArg parameters (registry.py)."""
    if registry is None or not isinstance(call.func, N.Name):
        return set()
    b = registry.functions.get(fold(call.func.name))
    if b is None or "OutArg" not in str(b.func.__annotations__.values()):
        return set()
    ranks = [i for i, kind in enumerate(b.param_kinds()) if kind == "Out"]
    args = [call.args[i] for i in ranks if i < len(call.args)]
    return {fold(a.name) for a in args if isinstance(a, N.Name)}
