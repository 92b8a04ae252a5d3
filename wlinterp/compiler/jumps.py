"""GOTO and labels: a block with labels becomes a dispatch loop.

Python has no goto. A block (a process's statements, an IF's branch, a loop's body...)
that holds labels is cut at each label into segments; segment k runs when the state
variable is at most k, inside `while True`, so falling through a label runs the next
segment and a GOTO sets the state to its label's number and restarts the loop
(`continue`). Label numbers are given per process, consecutively per block, as its
dispatch loop opens. A GOTO whose label's dispatch loop is not the innermost Python loop
around it (a WLanguage loop or another block's dispatch loop lies between) raises
GotoJump, which each dispatch loop catches and passes on unless the label is its own. The
pass (semantics/jumps.py) lets a GOTO go only to a label of its own block or of a block
around it, never into a block. A process without labels is compiled as before: nothing
here runs for it but one test per block.

    _t1 = 0
    while True:
        try:
            if _t1 <= 0:
                <statements before the first label>
            if _t1 <= 1:
                <statements after label 1>
            break
        except GotoJump as _t2:
            if not 1 <= _t2.target <= 1: raise
            _t1 = _t2.target

A BREAK or CONTINUE of the loop around such a block would end or restart the dispatch
loop instead: it sets a flag, leaves the dispatch loop, and the flag is tested after it.
"""
from __future__ import annotations

__all__ = ["JumpMixin"]

from ..syntax import nodes as N
from ..syntax.names import fold
from .base import CompilerBase


class _Dispatch:
    """One block's dispatch loop being compiled: its state variable, its labels (folded
    name -> number), the flag a BREAK/CONTINUE inside it sets, and which of the two
    were met."""

    __slots__ = ("state", "labels", "flag", "exits")

    def __init__(self, state: str, labels: dict[str, int], flag: str) -> None:
        self.state = state
        self.labels = labels
        self.flag = flag
        self.exits: set[str] = set()


class JumpMixin(CompilerBase):
    """`process_block` (a process's statements), the dispatch loops of blocks holding
    labels, `s_Goto`, and BREAK/CONTINUE leaving a dispatch loop."""

    labelled = False  # the process being compiled holds labels
    label_count = 0  # labels numbered so far in this process

    def process_block(self, stmts: list[N.Stmt], labelled: bool = False) -> None:
        """A process's statements; `labelled`: it holds GOTO labels (Facts.labels)."""
        saved = self.labelled, self.label_count
        self.labelled, self.label_count = labelled, 0
        self.block(stmts)
        self.labelled, self.label_count = saved

    def dispatch_block(self, stmts: list[N.Stmt], names: list[str]) -> None:
        """A block holding the labels `names` (folded, in order), cut into segments."""
        out = self.out
        first = self.label_count + 1
        labels: dict[str, int] = {}
        for name in names:
            labels.setdefault(name, first + len(labels))
        self.label_count += len(labels)
        level = _Dispatch(self.temp(), labels, self.temp())
        caught = self.temp()
        out.emit(f"{level.state} = {first - 1}")
        out.emit(f"{level.flag} = None")
        out.emit("while True:")
        out.indent()
        out.emit("try:")
        out.indent()
        self.loops.append(("goto", level))
        segment: list[N.Stmt] = []
        number = first - 1
        for s in stmts + [N.Label(0, 0, "", True)]:  # (the last one ends the last segment)
            if type(s) is not N.Label or not s.jump:
                segment.append(s)
                continue
            out.emit(f"if {level.state} <= {number}:")
            out.indent()
            self.block(segment)
            out.dedent()
            segment, number = [], labels.get(fold(s.name), number)
        self.loops.pop()
        out.emit("break")
        out.dedent()
        out.emit(f"except GotoJump as {caught}:")
        out.indent()
        out.emit(f"if not {first} <= {caught}.target <= {self.label_count}: raise")
        out.emit(f"{level.state} = {caught}.target")
        out.dedent()
        out.dedent()
        for kind in sorted(level.exits):  # ("break", "continue")
            out.emit(f"if {level.flag} == {kind!r}:")
            out.indent()
            self.leave_loop(kind)
            out.dedent()

    def leave_loop(self, kind: str) -> None:
        """BREAK (`kind` "break") or CONTINUE of the innermost WLanguage loop, through the
        dispatch loops between (module docstring)."""
        top = self.loops[-1]
        if top[0] == "goto":
            level: _Dispatch = top[1]
            level.exits.add(kind)
            self.out.emit(f"{level.flag} = {kind!r}")
            self.out.emit("break")
            return
        if kind == "continue" and top[1]:
            self.out.emit(top[1])  # (the step of the loop)
        self.out.emit(kind)

    def in_loop(self) -> bool:
        """Is a WLanguage loop being compiled around this statement?"""
        return any(kind == "loop" for kind, _ in self.loops)

    def s_Label(self, s: N.Label) -> None:
        """A label met as a statement: GLOBAL/LOCAL sections (a GOTO label cuts the
        segments of its block's dispatch loop and never gets here)."""
        if s.jump:
            raise self.refused(s)
        self.out.emit("pass")

    def s_Goto(self, s: N.Goto) -> None:
        if s.to_end:  # GOTO FIN: leave the body as RETURN does (its END: section runs)
            self.s_Return(N.Return(s.line, s.col, None))  # type: ignore[attr-defined]
            return
        name = fold(s.label)
        between = False  # a Python loop lies between the GOTO and its label's loop
        for kind, level in reversed(self.loops):
            if kind == "goto" and name in level.labels:
                target = level.labels[name]
                if between:
                    self.out.emit(f"raise GotoJump({target})")
                else:
                    self.out.emit(f"{level.state} = {target}")
                    self.out.emit("continue")
                return
            between = True
        raise self.refused(s)
