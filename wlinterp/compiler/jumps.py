"""GOTO and labels: a process with labels becomes a dispatch loop.

Python has no goto. The statements of a process with labels (semantics/jumps.py checks
they are all at its top level) are cut at each label into segments; segment k runs when
the state variable is at most k, inside `while True`, so falling through a label runs the
next segment and a GOTO sets the state to its label's segment and restarts the loop
(`continue`). A GOTO inside a loop cannot `continue` (that would restart its own loop):
it raises GotoJump, which the dispatch loop catches. A process without labels is compiled
as before: nothing here runs for it but one look at its top-level statements.

    _t1 = 0
    while True:
        try:
            if _t1 <= 0:
                <statements before the first label>
            if _t1 <= 1:
                <statements after label 1>
            break
        except GotoJump as _t2:
            _t1 = _t2.target
"""
from __future__ import annotations

__all__ = ["JumpMixin"]

from ..syntax import nodes as N
from ..syntax.names import fold
from ..semantics.jumps import top_labels
from .base import CompilerBase


class JumpMixin(CompilerBase):
    """`process_block` (a process's top-level statements) and `s_Goto`."""

    jump_state: tuple[str, dict[str, int]] | None = None  # state variable, label numbers

    def process_block(self, stmts: list[N.Stmt]) -> None:
        """A process's statements: as a block, or cut at its labels (module docstring)."""
        labels = top_labels(stmts)
        if not labels:
            self.block(stmts)
            return
        out = self.out
        state, caught = self.temp(), self.temp()
        self.jump_state = (state, labels)
        out.emit(f"{state} = 0")
        out.emit("while True:")
        out.indent()
        out.emit("try:")
        out.indent()
        segment: list[N.Stmt] = []
        number = 0
        for s in stmts + [N.Label(0, 0, "", True)]:  # (the last one ends the last segment)
            if type(s) is not N.Label or not s.jump:
                segment.append(s)
                continue
            out.emit(f"if {state} <= {number}:")
            out.indent()
            self.block(segment)
            out.dedent()
            segment, number = [], labels.get(fold(s.name), number)
        out.emit("break")
        out.dedent()
        out.emit(f"except GotoJump as {caught}:")
        out.indent()
        out.emit(f"{state} = {caught}.target")
        out.dedent()
        out.dedent()
        self.jump_state = None

    def s_Label(self, s: N.Label) -> None:
        """A label met as a statement: GLOBAL/LOCAL sections, or a GOTO label inside a
        block (one at the top level cuts the segments above), which the pass refuses."""
        if s.jump:
            raise self.refused(s)
        self.out.emit("pass")

    def s_Goto(self, s: N.Goto) -> None:
        if self.jump_state is None or fold(s.label) not in self.jump_state[1]:
            if any(d.line == s.line for d in self.prog.analysis.errors()):
                raise self.refused(s)
            self.out.emit("pass")  # (to a label inside a block: refused at the label)
            return
        state, labels = self.jump_state
        target = labels[fold(s.label)]
        if self.loops:
            self.out.emit(f"raise GotoJump({target})")
        else:
            self.out.emit(f"{state} = {target}")
            self.out.emit("continue")
