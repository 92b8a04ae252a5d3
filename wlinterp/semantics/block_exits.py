"""Variables read after the END of the block that declares them (docs/semantics.md,
"Declarations in blocks"): `IF c THEN x is int = 5 END` then `Trace(x)`.

The name still designates that variable after the END (block_names.py: the lenient
reading real code needs), but the variable is given its value only where its declaration
runs: where the block did not run (a branch not taken, a loop that turned no time), the
run stops at the read, "The variable 'x' is used before its declaration". `wl check`
said nothing, so the same program passed the check and stopped or not by the branch the
run took. WL101 is a warning here (the run may well pass: the branch is often taken),
held by `wl run` until it tells whether it read it there (held_warnings.py), as a read
above a declaration is.

A body is walked only when one of its declarations sits in a nested block (most have
none); a name declared again outside before the read, a parameter, a FOR loop's variable
(the loop gives it a value even when it turns no time) is no such read.
"""
from __future__ import annotations

__all__ = ["reads_after_their_block", "report_reads_after_blocks"]

from typing import Any, Iterator

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import blocks, sub_exprs, walk_expr, walk_stmts
from .block_names import shown
from .missing_result import ends

_DECL, _LET, _NAME, _PROC = N.Decl, N.Let, N.Name, N.Procedure
_OPENERS = {N.If: "IF", N.Switch: "SWITCH", N.For: "FOR", N.ForEach: "FOR EACH",
            N.While: "loop", N.WhenException: "WHEN EXCEPTION"}

Found = tuple[N.Name, str, int, int]  # the read, the block's opener, its line, the decl's line
_LEAVERS = (N.Break, N.Continue, N.Goto, N.Return)
_LOOPS = (N.For, N.ForEach, N.While)
_SIBLING = "branch:"  # an opener's mark for a read in a later branch of the same IF/SWITCH


def report_reads_after_blocks(program: N.Program, declaring: dict[int, Any],
                              rep: Any) -> None:
    """WL226 for each read after its block in the program's main code, its procedures
    and their internal procedures (`declaring`: ProgramSymbols.declaring)."""
    bodies: list[tuple[N.Body, list[N.Param]]] = [(program.main, [])]
    bodies += [(p.body, p.params) for p in program.procedures]
    for body, params in bodies:  # (internal procedures' bodies are appended)
        listed = declaring.get(id(body))
        stmts = listed[1] if listed is not None and listed[0] is body else None
        bodies += [(s.body, s.params) for s in stmts or () if type(s) is _PROC]
        for x, kind, line, decl in reads_after_their_block(body, params, stmts):
            name = shown(x.name)
            sibling = kind.startswith(_SIBLING)
            kind = kind[len(_SIBLING):] if sibling else kind
            said = f"is read in another branch of the {kind} than the one that declares " \
                f"it: that branch never runs the declaration, so it is never given a " \
                f"value there" if sibling else f"is read after the END of the {kind} " \
                f"block that declares it: where that block did not run, it was never " \
                f"given a value"
            rep.report("WL226", f"'{name}' {said}", x, len(name),
                       hint=f"declared at line {decl}, in the {kind} of line {line}: "
                       f"declare '{name}' before that {kind}")


def reads_after_their_block(body: N.Body, params: list[N.Param],
                            declaring: list[Any] | None) -> list[Found]:
    """The first read of each variable of `body` that only a block already ended
    declares. `declaring`: the body's declaring statements (ProgramSymbols.declaring),
    asked first: with none inside a block, nothing is walked."""
    top = {id(s) for s in body.stmts}
    if declaring is not None and all(id(s) in top or type(s) is _PROC for s in declaring
                                     if type(s) in (_DECL, _LET)):
        return []
    walk = _Walk({fold(p.name) for p in params})
    walk.block(body.stmts, set(), None)
    visible = walk.top_names(body.stmts)
    for section in (body.on_error, body.on_exception, body.on_end):
        if section:
            walk.ended.clear()
            walk.block(section, set(visible), None)
    return walk.found


class _Walk:
    def __init__(self, params: set[str]) -> None:
        self.params = params
        # folded name -> (the block's opener, its line, the declaration's line) for a
        # variable declared only in blocks that have ended
        self.ended: dict[str, tuple[str, int, int]] = {}
        self.found: list[Found] = []
        self.said: set[str] = set()
        self.loops = 0  # loops around the block walked: a later turn may read what an
        # earlier turn's branch declared, so no read in another branch is said there

    def block(self, stmts: list[N.Stmt], visible: set[str],
              opener: tuple[str, int] | None) -> dict[str, int]:
        """Walk `stmts` (a block opened by `opener`, None for the body) with `visible` the
        names declared in the blocks around it; the names it declares -> their line."""
        mine: dict[str, int] = {}
        for s in stmts:
            t = type(s)
            if t is _PROC:
                continue  # its own scope
            self.reads(s, visible, mine)
            for x in _stored(s):
                self.ended.pop(fold(shown(x.name)), None)  # given a value here
            if t is _DECL or t is _LET:
                for name in _declared(s):
                    key = fold(shown(name))
                    mine[key] = s.line
                    self.ended.pop(key, None)
            inner = blocks(s)
            if not inner:
                continue
            kind = _OPENERS.get(t, "block")
            if isinstance(s, N.For):
                mine.setdefault(fold(shown(s.var)), s.line)  # (its value, turned or not)
            elif isinstance(s, N.ForEach):  # its variables are given a value by each turn
                for attr in ("var", "counter", "rank"):
                    loop_var = getattr(s, attr, None)
                    if isinstance(loop_var, str):
                        self.ended.pop(fold(shown(loop_var)), None)
            each = self.branches(s, inner, visible | set(mine), kind)
            gone = _leaving_branches(s, inner)
            everywhere = _in_every_branch(s, each, gone) | _first_turn(s)
            for at, declared in enumerate(each):
                if at in gone:
                    continue  # that branch never reaches what follows the END
                for key, line in declared.items():
                    if key in everywhere:
                        mine.setdefault(key, line)  # given a value on every path
                    elif key not in mine and key not in visible and key not in self.params:
                        self.ended.setdefault(key, (kind, s.line, line))
        return mine

    def branches(self, s: N.Stmt, inner: list[list[N.Stmt]], visible: set[str],
                 kind: str) -> list[dict[str, int]]:
        """Walk the blocks of `s`; those of an IF or a SWITCH are branches of which one
        runs, so a name one branch declares is, in the branches after it, a variable whose
        declaration did not run (`IF c THEN s is string = "a" ELSE Trace(s)`: the run
        stops there whenever ELSE runs; decided, docs/semantics.md)."""
        if type(s) is not N.If and type(s) is not N.Switch:
            looping = type(s) in _LOOPS
            self.loops += looping
            try:
                return [self.block(b, visible, (kind, s.line)) for b in inner]
            finally:
                self.loops -= looping
        each: list[dict[str, int]] = []
        earlier: dict[str, int] = {}
        for b in inner:
            for key, line in earlier.items():
                if key not in visible and key not in self.params and not self.loops:
                    self.ended.setdefault(key, (_SIBLING + kind, s.line, line))
            each.append(self.block(b, visible, (kind, s.line)))
            earlier.update(each[-1])
        for key in earlier:  # (after the END, the usual reading: block() just below)
            if self.ended.get(key, ("",))[0].startswith(_SIBLING):
                del self.ended[key]
        return each

    def reads(self, s: N.Stmt, visible: set[str], mine: dict[str, int]) -> None:
        """The names statement `s` reads (its own expressions, not its blocks'). `x = v`
        after the END (`(x, y) = ...`, `x <- t` too) gives x a value on every path: no
        read of it after that counts, and x there is no read."""
        if not self.ended:
            return
        targets = {id(x) for x in _stored(s)}
        for x in _names(s):
            if id(x) in targets:
                continue
            key = fold(shown(x.name))
            if key in self.ended and key not in mine and key not in visible \
                    and key not in self.said:
                self.said.add(key)
                kind, line, decl = self.ended[key]
                self.found.append((x, kind, line, decl))

    @staticmethod
    def top_names(stmts: list[N.Stmt]) -> set[str]:
        return {fold(shown(n)) for s in stmts if type(s) in (_DECL, _LET)
                for n in _declared(s)}


def _leaving_branches(s: N.Stmt, inner: list[list[N.Stmt]]) -> set[int]:
    """The branches of an IF or a SWITCH that leave (end with RESULT, RETURN, BREAK,
    CONTINUE, GOTO, ErrorThrow...): what follows the END is never reached from them, so
    what they declare is not read there (a loop's BREAK does reach after its END)."""
    if type(s) is not N.If and type(s) is not N.Switch:
        return set()
    return {at for at, b in enumerate(inner)
            if ends(b) or any(type(x) in _LEAVERS for x in b)}


def _in_every_branch(s: N.Stmt, each: list[dict[str, int]], gone: set[int]) -> set[str]:
    """The names every branch of an IF with an ELSE, or of a SWITCH with an OTHER CASE,
    declares (`i is int` in both branches, as real code does): given a value whichever
    runs. A branch that leaves (`gone`) does not count: it never reaches the read.
    (blocks() leaves empty branches out: then a branch declares nothing.)"""
    if type(s) is N.If and s.orelse:
        branches = len(s.branches) + 1
    elif type(s) is N.Switch and s.other:
        branches = len(s.cases) + 1
    else:
        return set()
    if len(each) != branches:
        return set()
    staying = [declared for at, declared in enumerate(each) if at not in gone]
    if not staying:
        return set()
    common = set(staying[0])
    for declared in staying[1:]:
        common &= declared.keys()
    return common


def _stored(s: N.Stmt) -> list[N.Name]:
    """The variables a plain store gives a value to: `x = v`, `(x, y) = (1, 2)`, the
    reference store `x <- t` (not `x += v`, which reads x first)."""
    if type(s) is not N.Assign or s.op not in ("=", "<-"):
        return []
    target = s.target
    items = target.items if type(target) is N.TupleLit else [target]
    return [x for x in items if type(x) is _NAME]


def _first_turn(s: N.Stmt) -> set[str]:
    """The names a LOOP (LOOP...END, LOOP...DO WHILE, not LOOP (n)) or the IN part of a
    WHEN EXCEPTION IN declares in its own statements before the first one that may leave
    it (BREAK, CONTINUE, RESULT, GOTO, ErrorThrow... anywhere in that statement): that
    part always runs its first statements, so they are declared on every path (INFERRED,
    docs/semantics.md "Declarations in blocks")."""
    if type(s) is N.While and s.cond is None and s.count is None \
            or type(s) is N.WhenException:
        body: list[N.Stmt] = s.body
    else:
        return set()
    names: set[str] = set()
    for st in body:
        if any(type(x) in _LEAVERS or ends([x]) for x in walk_stmts([st])):
            break
        if type(st) is _DECL or type(st) is _LET:
            names.update(fold(shown(n)) for n in _declared(st))
    return names


def _declared(s: Any) -> list[str]:
    if type(s) is _DECL:
        return [n for n, _, _ in s.names]
    return list(s.names or [s.name])


def _names(s: N.Stmt) -> Iterator[N.Name]:
    for e in sub_exprs(s):
        for x in walk_expr(e):
            if type(x) is _NAME:
                yield x
