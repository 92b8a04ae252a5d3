"""A very long main code generated as several functions, each compiled on its own.

Python's compile() holds about 120 bytes per character of the code it compiles at its
peak (compile_weight.py), and the main code was one function: a 100,000-line main code
took `wl run` to 700 MB inside that one call. A main code spanning more than
`CHUNKED_FROM` lines is now cut, between top-level statements, into parts of about
`CHUNK_LINES` lines, `def __wl_main_1__():`, `def __wl_main_2__():`..., which Python
compiles one at a time at their first call (lazy.py); `__wl_main__` calls them in order
(runtime/main_parts.py). Every variable of such a main code lives as a module global
(as those a procedure uses always did), so the parts share them; the generated lines,
their line map and so every error position are those of the one function.

Not cut (one function, as before): the REPL; a main code with CASE ERROR/EXCEPTION or
END: sections, an error mode (ErrorChangeParameter), GOTO labels, internal procedures
(local functions of the main code) or a WHEN EXCEPTION without IN (it wraps the rest):
each needs the whole main code in one Python function.
"""
from __future__ import annotations

__all__ = ["CHUNKED_FROM", "CHUNK_LINES", "main_groups", "main_chunks"]

from functools import partial
from typing import TYPE_CHECKING

from ..lazy_regex import lazy_compile
from ..runtime.main_parts import main_parts, part_name
from ..semantics.symbols import facts
from ..syntax import nodes as N
from .bodies import sets_error_mode
from .compile_weight import weigh_program
from .tested_calls import uses_tested_calls

if TYPE_CHECKING:
    from ..repl_state import Session
    from .base import CompilerBase
    from .program import ProgramCompiler

CHUNKED_FROM = 4000  # a main code spanning more source lines than this is cut
CHUNK_LINES = 1000  # ... into parts of about this many source lines
_Chunk = tuple[list[str], list[tuple[int, int]]]
_WORD = lazy_compile(r"\b[A-Za-z_]\w*")


def main_groups(program: N.Program, session: "Session | None") -> list[list[N.Stmt]] | None:
    """The main code's top-level statements in the groups that become its parts; None
    when it stays one function (short, in the REPL, or needing one frame: see above)."""
    body = program.main
    stmts = body.stmts
    if session is not None or len(stmts) < 2 or \
            stmts[-1].line - stmts[0].line <= CHUNKED_FROM:
        return None
    if body.on_error is not None or body.on_exception is not None \
            or body.on_end is not None or sets_error_mode(body):
        return None
    found = facts(body)
    if found.procedures or found.labels or any(
            type(s) is N.WhenException and s.general for s in stmts):
        return None
    groups: list[list[N.Stmt]] = [[stmts[0]]]
    start = stmts[0].line
    for i in range(1, len(stmts)):
        s = stmts[i]
        # (a call the next statement tests with ErrorOccurred stays beside its test)
        if s.line - start >= CHUNK_LINES and not uses_tested_calls(stmts, i - 1):
            groups.append([])
            start = s.line
        groups[-1].append(s)
    return groups if len(groups) > 1 else None


def main_chunks(pc: "ProgramCompiler", fc: "CompilerBase",
                groups: list[list[N.Stmt]]) -> list[_Chunk]:
    """The parts' functions, then the module line making `__wl_main__` of them. The
    largest part is weighed against --max-memory now: the main code is still refused
    before any of it runs (compile_weight.py)."""
    out = fc.out
    ends: list[int] = []
    for group in groups:
        fc.process_block(group)
        ends.append(len(out.lines))
    inits = [f"{v.pyname} = ''" for v in fc.implicit]  # (globals here: program.py)
    written = fc.scope.globals_used | {v.pyname for v in fc.implicit}
    slots = [slot for slot, _ in fc.data_slots.values()]
    chunks: list[_Chunk] = []
    start = 0
    for k, end in enumerate(ends, 1):
        chunks.append(_part(k, out.lines[start:end], out.linemap[start + 1:end + 1],
                            written, slots, inits if k == 1 else []))
        start = end
    texts = ["\n".join(lines) for lines, _ in chunks]
    weigh_program(max(texts, key=len), pc.program, pc.filename, pc.source)
    pc.ns["__wl_main_parts__"] = partial(main_parts, release=_locals_order(pc, fc, texts))
    chunks.append(([f"__wl_main__ = __wl_main_parts__(globals(), {len(ends)})"],
                   [chunks[0][1][0]]))
    return chunks


def _locals_order(pc: "ProgramCompiler", fc: "CompilerBase", texts: list[str]
                  ) -> tuple[str, ...]:
    """The variables that one function would have held as locals (not those procedures
    use), in the order CPython numbers a function's locals (their first appearance in
    its code): the order their values are released when the main code ends, so that
    destructors run in the same order as with one function."""
    own = {v.pyname for key, v in pc.main_scope.vars.items() if key not in pc.main_shared}
    own |= {v.pyname for v in fc.implicit}
    seen: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(text):
            if word in own:
                seen.setdefault(word)
    return tuple(seen)


def _part(k: int, body: list[str], positions: list[tuple[int, int]], written: set[str],
          slots: list[str], inits: list[str]) -> _Chunk:
    """Part `k`: its `def`, the globals it assigns, the data slots (caches of a File.Item
    written, bodies.assemble) it uses, then its lines and `return True` (the driver's
    sign that no RETURN ended the main code in it)."""
    words = set(_WORD.findall("\n".join(body)))
    names = (written & words) | {line.split(" ", 1)[0] for line in inits}
    pre = [f"def {part_name(k)}():"]
    line = ""
    for name in sorted(names):  # short lines: one past lazy.py's _WIDE is compiled at load
        if line and len(line) + len(name) > 200:
            pre.append("    global " + line[2:])
            line = ""
        line += ", " + name
    if line:
        pre.append("    global " + line[2:])
    pre += ["    " + line for line in inits]
    pre += [f"    {slot} = None" for slot in slots if slot in words]
    first = positions[0] if positions else (0, 0)
    last = positions[-1] if positions else first
    lines = pre + (body or ["    pass"]) + ["    return True"]
    return lines, [first] * len(pre) + (positions or [first]) + [last]
