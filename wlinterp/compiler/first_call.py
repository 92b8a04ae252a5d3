"""A procedure's code generated at its first call, not at load.

Generating the procedures' code is most of the compile pass (docs/performance.md), and
most procedures of a big program are not called in a given run. A procedure that no code
generated at load calls by name (a call by name generates its callee first, for its
result type: specialize.py `compile_callee`) waits: the program defines a stub in its
place (lazy.py, the stub Python's deferred `compile()` already uses), whose first call
generates the procedure's code, with the same compiler and in the same state as at
load, then compiles it. What that generation adds is given to the runs:
- its lines go after the program's last generated line (the line map and the generated
  source grow: run-time errors are placed as before);
- the values it names in the namespace (`_S`/`_K` types and constants, built-ins), the
  integer versions it makes (`__int`) and the names of its internal procedures reach
  every namespace of the program: the one running (at the stub's call), `wl test`'s next
  cases (engine.py `Rerun`: `LazyCode.sync`) and those made later (the compiler's
  namespace is the program's `consts`).

Not deferred: methods, procedures of several syntaxes, a procedure whose parameters the
stub cannot copy, anything in the REPL, and everything when the whole text is wanted
(`wl check`, `--python`, `Compile`, `benchmarks/codegen_fingerprint.py`:
`compile_program(defer=False)`, which generates in program order). A procedure that may
hold the one error only code generation finds (see `can_wait`) is generated at load,
where it stops the load as before. Code nested deeper than CPython compiles is reported
at the first call, positioned as at load (docs/performance.md: decided).
"""
from __future__ import annotations

__all__ = ["FirstCalls", "placed", "settle", "wait_test"]

import gc
from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from ..runtime.deferred_stops import stops_deferred
from ..semantics.symbols import ProcInfo, pyident
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, walk_stmts
from ..lazy_regex import lazy_compile
from .lazy import LazyCode, params_shape

if TYPE_CHECKING:
    from .program import CompiledProgram, ProgramCompiler

Chunk = tuple[list[str], list[tuple[int, int]]]
# a FOR EACH / POUR TOUT with WHERE / OÙ (OU) on its line or its continued lines
_WHERE = lazy_compile(r"(?i)\b(?:for|pour)\s+(?:each|all|tou[st])\b"
                      r"[^\n]*(?:\.\.\.[^\n]*\n[^\n]*)*\b(?:where|o[uù])\b")


def wait_test(defer: bool, source: str | None) -> Callable[[ProcInfo], bool]:
    """Whether a procedure may wait for its first call (`can_wait`); never unless
    `defer`. A FOR EACH on a data file with a condition is looked for in the statements
    only when one search of the text finds one may be written."""
    if not defer:
        return lambda proc: False
    filters = source is None or _WHERE.search(source) is not None
    return lambda proc: can_wait(proc, filters)


def settle(compiler: "ProgramCompiler", chunks: list[Chunk | None],
           waiting: list[tuple[int, ProcInfo]], main: int
           ) -> tuple[list[Chunk], int, "FirstCalls"]:
    """The program's chunks once the code generated at load is known (FirstCalls.settle),
    the main code's index among them, and the procedures still waiting."""
    lazy = compiler.ns.setdefault("__wl_lazy__", LazyCode(""))  # (named once compiled)
    first_calls = FirstCalls(compiler, lazy)
    ready, main = first_calls.settle(chunks, waiting, main)
    return ready, main, first_calls


def can_wait(proc: ProcInfo, filters: bool) -> bool:
    """May this procedure's code be generated at its first call? Its error must not be
    one only code generation finds (a FOR EACH on a data file whose condition compares
    no items: looked for only when the text has a WHERE / OÙ / OU, `filters`), and its
    stub must have its signature (no parameter after `*`)."""
    if proc.overloads is not None or proc.node.owner is not None:
        return False
    params = proc.node.params
    if any(p.star for p in params[:-1]):
        return False
    if not filters:
        return True
    bodies = [proc.node.body]
    while bodies:  # its internal procedures' code is part of its own
        for s in walk_stmts(body_stmts(bodies.pop())):
            if type(s) is N.ForEachFile and s.where is not None:
                return False
            if type(s) is N.Procedure:
                bodies.append(s.body)
    return True


def _signature(proc: ProcInfo) -> str:
    """The parameter list of the procedure's `def` (program.py compile_function)."""
    sig: list[str] = []
    optional = False
    for prm in proc.node.params:
        if prm.star:
            sig.append("*_rest")
            continue
        optional = optional or prm.default is not None
        py = f"a_{pyident(fold(prm.name))}"
        sig.append(f"{py}=_M" if optional else py)
    return ", ".join(sig)


class FirstCalls:
    """The procedures of one compiled program still waiting for their code."""

    def __init__(self, compiler: "ProgramCompiler", lazy: LazyCode) -> None:
        self.compiler: "ProgramCompiler | None" = compiler  # let go when none waits
        self.lazy = lazy
        self.program: "CompiledProgram | None" = None  # set once compiled (`placed`)
        self.waiting = 0
        self.fast_done = 0  # integer versions already in the program

    def settle(self, chunks: list[Chunk | None], waiting: list[tuple[int, ProcInfo]],
               main: int) -> tuple[list[Chunk], int]:
        """The program's chunks once the code generated at load is known: a waiting
        procedure that it called (compiled early) takes its place; the others get a
        stub. Returns the chunks left and the main code's new index."""
        compiler = self.compiler
        assert compiler is not None
        for i, info in waiting:
            early = compiler.early.pop(id(info), None)
            if early is not None:
                chunks[i] = early
                continue
            shape = params_shape(_signature(info))
            if shape is None:
                compiler.compiled.add(id(info))
                chunks[i] = compiler.compile_proc(info, compiler.main_scope)
                continue
            self.lazy.wait(info.pyname, shape, partial(self._generate, info))
            self.waiting += 1
        self.fast_done = len(compiler.fast_chunks)
        main = sum(1 for c in chunks[:main] if c is not None)
        return [c for c in chunks if c is not None], main

    def _generate(self, info: ProcInfo) -> tuple[str, int]:
        """The procedure's code (text, first line in the program), generated now (or
        earlier, by another waiting procedure calling it), placed at the end of the
        program's generated source; what else the generation made goes with it."""
        compiler, program = self.compiler, self.program
        assert compiler is not None and program is not None
        known = len(compiler.ns)
        enabled = gc.isenabled()
        gc.disable()  # as compile_program: no destructor may run inside the generation
        try:
            with stops_deferred():  # a --timeout must not cut the compiler's state in half
                chunk = compiler.early.pop(id(info), None)
                if chunk is None:
                    compiler.compiled.add(id(info))
                    chunk = compiler.compile_proc(info, compiler.main_scope)
        except RecursionError:  # as compile_program: code too deep for the compiler
            raise _too_deep(program.tree) from None
        finally:
            if enabled:
                gc.enable()
            # (a generation that failed may have named values its next attempt reuses)
            self.lazy.added.extend(list(compiler.ns)[known:])
        if chunk[0][0] != f"def {info.pyname}({_signature(info)}):":  # the stub's
            raise AssertionError(f"internal error: {chunk[0][0]!r} is not the stub's "
                                 f"signature")
        text, first = self._place(chunk)
        for made in compiler.fast_chunks[self.fast_done:]:  # integer versions made now
            self.fast_done += 1
            self._late(made)
        names = program.consts["__names__"]
        for fast, generic in compiler.fast_names.items():
            names.setdefault(fast, names.get(generic, generic))
        for pyname, name in compiler.internal_names.items():
            names.setdefault(pyname, name)
        self.waiting -= 1
        if self.waiting == 0:  # the compiler's state is no longer needed
            self.compiler = None
        return text, first

    def _place(self, chunk: Chunk) -> tuple[str, int]:
        """Put a chunk after the program's last line: its text and first line."""
        program = self.program
        assert program is not None
        lines, linemap = chunk
        first = len(program.linemap)
        text = "\n".join(lines)
        program.linemap.extend(linemap)
        program.source_py += text + "\n"
        return text, first

    def _late(self, chunk: Chunk) -> None:
        """An integer version made by a generation after load: a new stub, given to
        each namespace as it meets the program again (LazyCode.sync)."""
        text, first = self._place(chunk)
        head = chunk[0][0]
        name, _, rest = head[4:].partition("(")
        shape = params_shape(rest[:-2])
        assert shape is not None, head
        self.lazy.late(text, first, (name, *shape))


def placed(first_calls: FirstCalls, program: "CompiledProgram") -> None:
    """The compiled program the waiting procedures' code goes into."""
    first_calls.program = program
    lazy = first_calls.lazy
    lazy.consts = program.consts
    tree = program.tree
    lazy.too_deep = lambda: _too_deep(tree)


def _too_deep(tree: N.Program) -> Exception:
    """The "nests too deeply" error of the program (imported only then)."""
    from ..syntax.nesting import too_deep
    return too_deep([tree], tree.filename, tree.source)
